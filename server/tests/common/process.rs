//! The real server binary as a child process, for the fault tests: started
//! with an environment of its own on a free port, killed with SIGKILL as a
//! crash would, and started again on the same database.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use server::db::Db;

use super::{browser, TestApp};

/// How long a server may take to migrate and start listening.
const START_DEADLINE: Duration = Duration::from_secs(60);

/// What a server process is started with.
#[derive(Debug, Clone)]
pub struct ServerSettings {
    /// `DATABASE_URL`.
    pub database_url: String,
    /// `PORTAL_DATA_DIR` (the SQLite file, the data keys, `.eml` mail).
    pub data_dir: PathBuf,
    /// `SMTP_URL`; `None` writes mail as `.eml` files.
    pub smtp_url: Option<String>,
    /// Any other variable, e.g. `PORTAL_MAIL_RETRY_MAX_SECONDS`.
    pub extra_env: Vec<(String, String)>,
}

impl ServerSettings {
    /// A server on `database_url` keeping its files in `data_dir`.
    pub fn new(database_url: &str, data_dir: &Path) -> ServerSettings {
        ServerSettings {
            database_url: database_url.to_string(),
            data_dir: data_dir.to_path_buf(),
            smtp_url: None,
            extra_env: Vec::new(),
        }
    }
}

/// A running server process; killed when dropped.
pub struct ServerProcess {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// What it was started with.
    pub settings: ServerSettings,
    child: Child,
    log: PathBuf,
}

impl ServerProcess {
    /// Starts `target/…/server` and waits until it listens. Its log goes to
    /// `server.log` in the data folder (appended at each start).
    pub async fn start(settings: ServerSettings) -> ServerProcess {
        std::fs::create_dir_all(&settings.data_dir).unwrap();
        let log = settings.data_dir.join("server.log");
        let start_offset = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
        let log_file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
        // Only what is set here: the tests' own variables must not leak in.
        command
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("NO_COLOR", "1")
            .env("RUST_LOG", "info,sqlx=warn")
            .env("PORTAL_ADDR", "127.0.0.1:0")
            .env("DATABASE_URL", &settings.database_url)
            .env("PORTAL_DATA_DIR", &settings.data_dir);
        if let Some(smtp) = &settings.smtp_url {
            command.env("SMTP_URL", smtp);
        }
        for (name, value) in &settings.extra_env {
            command.env(name, value);
        }
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(log_file))
            .spawn()
            .expect("the server binary starts");
        let mut process = ServerProcess {
            base: String::new(),
            settings,
            child,
            log,
        };
        process.base = process.wait_until_listening(start_offset).await;
        process
    }

    /// Reads the address the server logs once it listens.
    async fn wait_until_listening(&mut self, offset: u64) -> String {
        let marker = "portal listening on http://";
        let deadline = Instant::now() + START_DEADLINE;
        while Instant::now() < deadline {
            let text = std::fs::read(&self.log).unwrap_or_default();
            let text = String::from_utf8_lossy(&text[offset as usize..]);
            if let Some(at) = text.find(marker) {
                let addr: String = text[at + marker.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
                    .collect();
                return format!("http://{addr}");
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the server stopped ({status}) before listening:\n{text}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "the server did not listen within {START_DEADLINE:?}:\n{}",
            self.log_text()
        );
    }

    /// Kills the process with SIGKILL (no shutdown of any kind) and reaps it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Whether the process still runs (it was not restarted behind the
    /// test's back).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the server logged so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// A citizen with a browser of their own, on this server; `db` is the
    /// test's own connection to the server's database.
    pub fn citizen(&self, db: &Db) -> TestApp {
        TestApp::attach(
            &self.base,
            db.clone(),
            &self.settings.data_dir,
            &self.settings.database_url,
            browser("en"),
        )
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
        // The log joins the run's logs, which scripts/check-log-canaries scans.
        if let Some(dir) = super::logs::dir() {
            let name = self
                .settings
                .data_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let _ = std::fs::copy(&self.log, dir.join(format!("server-{name}.log")));
        }
    }
}
