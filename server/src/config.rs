//! Configuration, read once at start-up from the environment (names in
//! DESIGN.md §4). A bad value stops the server with a clear message.

use std::fmt;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;

/// The longest a request may take unless `PORTAL_REQUEST_TIMEOUT_SECS` says otherwise.
pub const DEFAULT_REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

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
    /// The identity provider for online complaints; `None` when
    /// `PORTAL_OIDC_ISSUER` is unset.
    pub identity_provider: Option<IdentityProviderConfig>,
    /// Where the keys that seal stored reports come from.
    pub data_keys: DataKeySource,
    /// `PORTAL_ANONYMOUS_RETENTION_DAYS` (default 90),
    /// `PORTAL_FOLLOW_UP_INACTIVITY_DAYS` (default 180),
    /// `PORTAL_COMPLAINT_RETENTION_DAYS` (183),
    /// `PORTAL_DISCRIMINATION_RETENTION_DAYS` (365) and
    /// `PORTAL_CLOSED_RETENTION_DAYS` (365).
    pub retention: crate::retention::RetentionPolicy,
    /// `PORTAL_REQUEST_TIMEOUT_SECS` (default 30): the longest a request may
    /// take, body included; a client that stalls is answered 408 and cut off.
    pub request_timeout: std::time::Duration,
    /// `PORTAL_SEND_LIMIT_PER_SESSION` and `PORTAL_SEND_LIMIT_PER_MINUTE`.
    pub send_limits: SendLimitConfig,
    /// `PORTAL_MAIL_RETRY_MAX_SECONDS` (default 300): the longest wait
    /// between two attempts at an undelivered mail.
    pub mail_backoff: crate::worker::Backoff,
    /// `PORTAL_BENCH_ROUTES`: serve `/bench/bytes/{n}`, the benchmark's
    /// upper bound (`n` bytes from memory behind the same middleware).
    /// Off by default.
    pub bench_routes: bool,
}

/// How many sends (submissions, save-for-later emails, a reporter's
/// messages) are accepted.
#[derive(Debug, Clone, Copy)]
pub struct SendLimitConfig {
    /// `PORTAL_SEND_LIMIT_PER_SESSION`: sends per hour from one session
    /// (default 10).
    pub per_session_per_hour: NonZeroU32,
    /// `PORTAL_SEND_LIMIT_PER_MINUTE`: sends per minute from every session
    /// together (default 300).
    pub per_minute: NonZeroU32,
}

impl Default for SendLimitConfig {
    fn default() -> SendLimitConfig {
        SendLimitConfig {
            per_session_per_hour: NonZeroU32::new(10).expect("non-zero"),
            per_minute: NonZeroU32::new(300).expect("non-zero"),
        }
    }
}

/// Where the data keys come from (never from the database).
#[derive(Debug, Clone)]
pub enum DataKeySource {
    /// `PORTAL_DATA_KEYS`: `id:base64key` entries, comma separated, the
    /// first one current.
    Inline(Secret),
    /// `PORTAL_DATA_KEY_FILE`, or `$PORTAL_DATA_DIR/data-keys` by default
    /// (then created with a new key when missing).
    File {
        /// The key file.
        path: PathBuf,
        /// Create it when missing (the default file only).
        create: bool,
    },
}

impl DataKeySource {
    /// Reads the key ring (creating the default key file when missing).
    pub fn load(&self) -> anyhow::Result<crate::crypto::DataKeys> {
        match self {
            DataKeySource::Inline(keys) => crate::crypto::DataKeys::parse(keys.expose())
                .map_err(|e| anyhow::anyhow!("PORTAL_DATA_KEYS: {e}")),
            DataKeySource::File { path, create } => {
                crate::crypto::DataKeys::from_file(path, *create)
            }
        }
    }
}

/// An OpenID Connect provider (FranceConnect, or any certified provider)
/// that verifies a citizen's identity for an online complaint.
#[derive(Debug, Clone)]
pub struct IdentityProviderConfig {
    /// `PORTAL_OIDC_ISSUER`: the issuer URL; its discovery document is read
    /// from `<issuer>/.well-known/openid-configuration`.
    pub issuer: String,
    /// `PORTAL_OIDC_CLIENT_ID`.
    pub client_id: String,
    /// `PORTAL_OIDC_CLIENT_SECRET`.
    pub client_secret: Secret,
    /// `PORTAL_OIDC_REDIRECT_URL`: this portal's `/complaint/callback` as
    /// registered with the provider.
    pub redirect_url: String,
    /// `PORTAL_OIDC_SCOPES`: scopes besides `openid`, space separated
    /// (default `profile email`; FranceConnect names each claim, e.g.
    /// `given_name family_name birthdate email`).
    pub scopes: Vec<String>,
    /// `PORTAL_OIDC_PROVIDER_NAME`: the provider's name on the buttons
    /// (default `FranceConnect`).
    pub name: String,
}

impl IdentityProviderConfig {
    /// Reads the provider's settings; all four of issuer, client id, client
    /// secret and redirect URL, or none of them.
    fn from_env(var: impl Fn(&str) -> Option<String>) -> anyhow::Result<Option<Self>> {
        let names = [
            "PORTAL_OIDC_ISSUER",
            "PORTAL_OIDC_CLIENT_ID",
            "PORTAL_OIDC_CLIENT_SECRET",
            "PORTAL_OIDC_REDIRECT_URL",
        ];
        let values: Vec<Option<String>> = names.iter().map(|n| var(n)).collect();
        if values.iter().all(Option::is_none) {
            return Ok(None);
        }
        if let Some(missing) = names.iter().zip(&values).find(|(_, v)| v.is_none()) {
            anyhow::bail!(
                "{} is missing: an identity provider needs {}",
                missing.0,
                names.join(", ")
            );
        }
        let [issuer, client_id, client_secret, redirect_url] =
            <[Option<String>; 4]>::try_from(values).map_err(|_| anyhow::anyhow!("four values"))?;
        let scopes = var("PORTAL_OIDC_SCOPES").unwrap_or_else(|| "profile email".into());
        Ok(Some(IdentityProviderConfig {
            issuer: issuer.unwrap_or_default(),
            client_id: client_id.unwrap_or_default(),
            client_secret: Secret::new(client_secret.unwrap_or_default()),
            redirect_url: redirect_url.unwrap_or_default(),
            scopes: scopes
                .split_whitespace()
                .filter(|s| *s != "openid")
                .map(str::to_string)
                .collect(),
            name: var("PORTAL_OIDC_PROVIDER_NAME").unwrap_or_else(|| "FranceConnect".into()),
        }))
    }
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
        let bench_routes = match var("PORTAL_BENCH_ROUTES").as_deref() {
            None | Some("0") | Some("false") => false,
            Some("1") | Some("true") => true,
            Some(other) => anyhow::bail!("PORTAL_BENCH_ROUTES={other:?} must be 1 or 0"),
        };
        let data_keys = match (var("PORTAL_DATA_KEYS"), var("PORTAL_DATA_KEY_FILE")) {
            (Some(keys), _) => DataKeySource::Inline(Secret::new(keys)),
            (None, Some(file)) => DataKeySource::File {
                path: PathBuf::from(file),
                create: false,
            },
            (None, None) => DataKeySource::File {
                path: data_dir.join("data-keys"),
                create: true,
            },
        };
        let days = |name: &str, default: i64| -> anyhow::Result<i64> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .parse::<i64>()
                    .ok()
                    .filter(|d| (1..=3650).contains(d))
                    .ok_or_else(|| {
                        anyhow::anyhow!("{name}={v:?} must be a number of days from 1 to 3650")
                    }),
            }
        };
        let defaults = crate::retention::RetentionPolicy::default();
        let retention = crate::retention::RetentionPolicy {
            anonymous_after_closure_days: days(
                "PORTAL_ANONYMOUS_RETENTION_DAYS",
                defaults.anonymous_after_closure_days,
            )?,
            follow_up_inactivity_days: days(
                "PORTAL_FOLLOW_UP_INACTIVITY_DAYS",
                defaults.follow_up_inactivity_days,
            )?,
            complaint_days: days("PORTAL_COMPLAINT_RETENTION_DAYS", defaults.complaint_days)?,
            discrimination_days: days(
                "PORTAL_DISCRIMINATION_RETENTION_DAYS",
                defaults.discrimination_days,
            )?,
            closed_days: days("PORTAL_CLOSED_RETENTION_DAYS", defaults.closed_days)?,
        };
        let count = |name: &str, default: NonZeroU32| -> anyhow::Result<NonZeroU32> {
            match var(name) {
                None => Ok(default),
                Some(v) => v.parse::<NonZeroU32>().map_err(|_| {
                    anyhow::anyhow!("{name}={v:?} must be a whole number greater than 0")
                }),
            }
        };
        let default_sends = SendLimitConfig::default();
        let send_limits = SendLimitConfig {
            per_session_per_hour: count(
                "PORTAL_SEND_LIMIT_PER_SESSION",
                default_sends.per_session_per_hour,
            )?,
            per_minute: count("PORTAL_SEND_LIMIT_PER_MINUTE", default_sends.per_minute)?,
        };
        let mail_backoff = match var("PORTAL_MAIL_RETRY_MAX_SECONDS") {
            None => crate::worker::Backoff::default(),
            Some(v) => crate::worker::Backoff {
                max_seconds: v
                    .parse::<i64>()
                    .ok()
                    .filter(|s| (1..=86_400).contains(s))
                    .ok_or_else(|| {
                        anyhow::anyhow!(
                            "PORTAL_MAIL_RETRY_MAX_SECONDS={v:?} must be a number of seconds from 1 to 86400"
                        )
                    })?,
            },
        };
        let request_timeout = match var("PORTAL_REQUEST_TIMEOUT_SECS") {
            None => DEFAULT_REQUEST_TIMEOUT,
            Some(v) => v
                .parse::<u64>()
                .ok()
                .filter(|s| (1..=600).contains(s))
                .map(std::time::Duration::from_secs)
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "PORTAL_REQUEST_TIMEOUT_SECS={v:?} must be a number of seconds from 1 to 600"
                    )
                })?,
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
            identity_provider: IdentityProviderConfig::from_env(var)?,
            data_keys,
            retention,
            send_limits,
            mail_backoff,
            request_timeout,
            bench_routes,
        })
    }

    /// The folder where mail goes when no SMTP relay is configured.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }
}
