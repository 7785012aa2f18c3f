//! Configuration, read once at start-up from the environment (names in
//! DESIGN.md §4). A bad value stops the server with a clear message.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// A value that must never appear in logs (`Debug` prints a placeholder).
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// The portal's configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// `PORTAL_ADDR`: where to listen.
    pub addr: SocketAddr,
    /// `DATABASE_URL`: `sqlite://…` or `postgres://…` (may hold a password).
    pub database_url: Secret,
    /// `SMTP_URL`: the mail relay; `None` writes `.eml` files instead.
    pub smtp_url: Option<Secret>,
    /// `PORTAL_DATA_DIR`: the SQLite file and the mail folder live here.
    pub data_dir: PathBuf,
    /// `PORTAL_MAIL_FROM`: the sender of the portal's mail.
    pub mail_from: String,
    /// `PORTAL_PUBLIC_URL`: the portal's address as citizens reach it, for
    /// links in emails.
    pub public_url: String,
    /// `PORTAL_SECURE_COOKIES`: set `Secure` and the `__Host-` prefix on
    /// cookies; on when the portal is served over TLS (behind a proxy).
    pub secure_cookies: bool,
}

impl Config {
    /// Reads the configuration from the environment.
    pub fn from_env() -> anyhow::Result<Config> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let data_dir = PathBuf::from(var("PORTAL_DATA_DIR").unwrap_or_else(|| "data".into()));
        let addr = var("PORTAL_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr.parse().map_err(|e| {
            anyhow::anyhow!("PORTAL_ADDR={addr:?} is not an address such as 127.0.0.1:3000: {e}")
        })?;
        let database_url = var("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("portal.db").display()));
        let secure_cookies = match var("PORTAL_SECURE_COOKIES").as_deref() {
            None | Some("0") | Some("false") => false,
            Some("1") | Some("true") => true,
            Some(other) => anyhow::bail!("PORTAL_SECURE_COOKIES={other:?} must be true or false"),
        };
        Ok(Config {
            addr,
            database_url: Secret::new(database_url),
            smtp_url: var("SMTP_URL").map(Secret::new),
            data_dir,
            public_url: var("PORTAL_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}")),
            mail_from: var("PORTAL_MAIL_FROM")
                .unwrap_or_else(|| "Plainte en ligne <ne-pas-repondre@plainte.localhost>".into()),
            secure_cookies,
        })
    }

    /// The folder where mail goes when no SMTP relay is configured.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }
}
