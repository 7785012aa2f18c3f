//! The logs of the servers a test binary starts, and the canaries the
//! tests plant.
//!
//! Every server logs through one subscriber per test binary, at debug level
//! for every crate but the test client's own (reqwest, hyper's client and
//! the cookie store log the addresses they connect to and the cookies they
//! receive; the server's logs are what is checked).
//! The lines are kept in memory ([`logged`]) and, when
//! `PORTAL_TEST_LOG_DIR` is set, appended to a file there. The tests record
//! there too, in `canaries.txt`, every secret they meet: the free text they
//! type, passwords, follow-up codes and session cookies.
//! The server processes of the fault tests copy their log there too.
//! `scripts/check-log-canaries` then fails the run if any log holds one of
//! them or an IP address.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

/// The variable naming the folder of logs and canaries.
const LOG_DIR: &str = "PORTAL_TEST_LOG_DIR";

#[derive(Clone)]
struct Captured {
    memory: Arc<Mutex<Vec<u8>>>,
    file: Option<Arc<Mutex<std::fs::File>>>,
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.memory.lock().unwrap().extend_from_slice(bytes);
        if let Some(file) = &self.file {
            file.lock().unwrap().write_all(bytes)?;
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The folder of logs and canaries, when `PORTAL_TEST_LOG_DIR` names one.
pub fn dir() -> Option<std::path::PathBuf> {
    let dir = std::env::var(LOG_DIR).ok().filter(|v| !v.is_empty())?;
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.into())
}

fn captured() -> &'static Captured {
    static CAPTURED: OnceLock<Captured> = OnceLock::new();
    CAPTURED.get_or_init(|| {
        let file = dir().map(|dir| {
            let binary = std::env::current_exe()
                .ok()
                .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .unwrap_or_else(|| "test".into());
            let path = dir.join(format!("{binary}.{}.log", std::process::id()));
            Arc::new(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .expect("the test log file opens"),
            ))
        });
        let captured = Captured {
            memory: Arc::default(),
            file,
        };
        let writer = captured.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                "debug,reqwest=info,hyper_util::client=info,cookie_store=info",
            ))
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .try_init();
        captured
    })
}

/// Starts capturing the logs (once per test binary).
pub fn capture() {
    captured();
}

/// Everything logged so far by this test binary's servers.
pub fn logged() -> String {
    String::from_utf8_lossy(&captured().memory.lock().unwrap()).into_owned()
}

/// Records a secret that no log may contain (with `PORTAL_TEST_LOG_DIR`).
pub fn canary(secret: &str) {
    let secret = secret.trim();
    let first = secret.chars().next().unwrap_or(' ');
    if secret.len() < 6 || secret.contains('\n') || secret.chars().all(|c| c == first) {
        return;
    }
    static FILE: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();
    let file = FILE.get_or_init(|| {
        let dir = dir()?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("canaries.txt"))
            .ok()?;
        Some(Mutex::new(file))
    });
    if let Some(file) = file {
        let _ = writeln!(file.lock().unwrap(), "{secret}");
    }
}

/// Records what a form field carries when it is free text or an email
/// address (choices, dates and codes of units may be logged).
pub fn canary_field(name: &str, value: &str) {
    let value = value.trim();
    let secret = name == "csrf" || name.contains("password");
    if secret || value.contains('@') || (value.len() >= 12 && value.contains(' ')) {
        canary(value);
    }
}

/// Records the secrets a response hands out: session cookies (every
/// cookie value long enough to be a token) and a follow-up code shown.
pub fn canaries_of_response(headers: &reqwest::header::HeaderMap, body: &str) {
    for cookie in headers.get_all(reqwest::header::SET_COOKIE) {
        let Ok(cookie) = cookie.to_str() else {
            continue;
        };
        let value = cookie
            .split(';')
            .next()
            .and_then(|pair| pair.split_once('='))
            .map(|(_, value)| value)
            .unwrap_or("");
        if value.len() >= 20 {
            canary(value);
        }
    }
    let marker = "class=\"follow-up-code\"><bdi>";
    if let Some(start) = body.find(marker) {
        if let Some(code) = body[start + marker.len()..].split('<').next() {
            canary_code(code);
        }
    }
}

/// Records a follow-up code in the forms a log could show it: grouped,
/// without hyphens, and its secret part.
pub fn canary_code(grouped: &str) {
    canary(grouped);
    let compact: String = grouped.chars().filter(|c| *c != '-').collect();
    canary(&compact);
    if compact.len() > 4 {
        canary(&compact[4..]);
    }
}
