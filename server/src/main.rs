//! `server`: serves the portal (`cargo run --release -p server`), or runs an
//! administration command (`cargo run -p server -- agent add …`).

use anyhow::Context;
use clap::Parser;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

use server::cli::Cli;
use server::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let config = Config::from_env()?;
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            config.data_dir.display()
        )
    })?;
    if let Some(command) = cli.command {
        let code = server::cli::run(command, &config).await?;
        std::process::exit(code);
    }
    let listener = TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    let running = server::start(config, listener).await?;
    tracing::info!(addr = %running.addr, "portal listening on http://{}", running.addr);
    running.server.await??;
    Ok(())
}
