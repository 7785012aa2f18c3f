//! `server`: serves the portal (`cargo run --release -p server`), or runs an
//! administration command (`cargo run -p server -- agent add …`).

use anyhow::Context;
use clap::Parser;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

use server::cli::Cli;
use server::config::Config;

fn main() -> anyhow::Result<()> {
    give_large_blocks_back();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run())
}

/// With the GNU C library's allocator, a block of 1 MiB or more is mapped
/// on its own and given back to the system when freed. By default the
/// library raises that threshold to the largest block freed so far, and the
/// 19 MiB of each Argon2 check then came from the shared heap, where small
/// allocations fragmented it: twenty agents signing in left the server
/// holding 250 MB. With the threshold fixed, the peak is 74 MB and the
/// server goes back to 36 MB (measured with bench/run's agents).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_large_blocks_back() {
    // SAFETY: mallopt only sets an allocator parameter; it takes the
    // allocator's own locks and is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_large_blocks_back() {}

async fn run() -> anyhow::Result<()> {
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
