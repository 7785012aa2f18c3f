//! `server`: serves the portal (`cargo run --release -p server`).

use anyhow::Context;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

use server::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(first) = args.first() {
        if first == "--help" || first == "-h" {
            println!("server: serves the citizen complaint portal. Configuration through the environment: see README.md");
            return Ok(());
        }
        anyhow::bail!("unknown command {first:?}; run without arguments to serve the portal");
    }
    let config = Config::from_env()?;
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            config.data_dir.display()
        )
    })?;
    let listener = TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    let running = server::start(config, listener).await?;
    tracing::info!(addr = %running.addr, "portal listening on http://{}", running.addr);
    running.server.await??;
    Ok(())
}
