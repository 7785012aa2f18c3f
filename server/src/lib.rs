//! The citizen complaint portal's server: configuration, HTTP routes and
//! middleware, storage on SQLite or PostgreSQL, the mail outbox and its
//! worker. `main.rs` wires them together; tests use [`spawn`].

pub mod auth;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod db;
pub mod follow_up;
pub mod http;
pub mod identity_provider;
pub mod mail;
pub mod retention;
pub mod worker;

use std::sync::Arc;

use axum::serve::ListenerExt;
use tokio::net::TcpListener;
use tokio::sync::Notify;

use config::Config;
use db::Db;
use http::AppState;
use identity_provider::IdentityProvider;
use mail::Mailer;

/// A running portal: its address and database.
pub struct Running {
    /// Where it listens.
    pub addr: std::net::SocketAddr,
    /// Its database.
    pub db: Db,
    /// The server task.
    pub server: tokio::task::JoinHandle<std::io::Result<()>>,
    /// The worker task.
    pub worker: tokio::task::JoinHandle<()>,
}

/// Connects to the database (applying migrations and the unit seed), builds
/// the mailer, binds `listener`, and starts the server and the worker.
pub async fn start(config: Config, listener: TcpListener) -> anyhow::Result<Running> {
    let db = Db::connect(config.database_url.expose()).await?;
    let added = db::units::seed(&db).await?;
    if added > 0 {
        tracing::info!(units = added, "units added from the seed list");
    }
    let mailer = match &config.smtp_url {
        Some(url) => Mailer::smtp(url.expose())?,
        None => {
            tracing::info!(folder = %config.outbox_dir().display(), "no SMTP_URL: mail is written as .eml files");
            Mailer::folder(config.outbox_dir())?
        }
    };
    let keys = Arc::new(config.data_keys.load()?);
    let wake = Arc::new(Notify::new());
    let worker = tokio::spawn(worker::run(
        db.clone(),
        keys.clone(),
        mailer,
        config.mail_from.clone(),
        wake.clone(),
        config.retention,
        config.mail_backoff,
    ));
    if !db::agents::has_admin(&db).await? {
        tracing::warn!(
            "no administrator account yet; create one with: cargo run -p server -- agent add --email EMAIL --name NAME --role admin"
        );
    }
    let quota = governor::Quota::per_minute(std::num::NonZeroU32::new(120).expect("non-zero"))
        .allow_burst(std::num::NonZeroU32::new(30).expect("non-zero"));
    let identity_provider = match &config.identity_provider {
        Some(settings) => Some(Arc::new(IdentityProvider::new(settings.clone())?)),
        None => None,
    };
    let send_limits = Arc::new(http::SendLimits::new(&config.send_limits));
    let state = AppState {
        db: db.clone(),
        keys,
        identity_provider,
        config: Arc::new(config),
        outbox_wake: wake,
        sign_in_limiter: Arc::new(governor::RateLimiter::direct(quota)),
        send_limits,
    };
    let addr = listener.local_addr()?;
    let app = http::router(state);
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "could not set TCP_NODELAY");
        }
    });
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
    });
    Ok(Running {
        addr,
        db,
        server,
        worker,
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
