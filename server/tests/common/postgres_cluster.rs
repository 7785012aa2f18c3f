//! A throwaway PostgreSQL cluster that a test may stop and start (the
//! shared test server of `PORTAL_TEST_POSTGRES_URL` must never be stopped):
//! initdb as the `postgres` user (through runuser, so the test must run as
//! root, as in CI) in a temporary folder, listening on a free port of the
//! loopback. Removed when dropped.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian installs PostgreSQL 15's programs.
const BIN: &str = "/usr/lib/postgresql/15/bin";

/// A running cluster of our own.
pub struct PgCluster {
    /// Its port on 127.0.0.1.
    pub port: u16,
    dir: PathBuf,
}

/// Runs a command to its end on a blocking thread; its output on failure.
async fn run(program: &str, args: Vec<String>) -> Result<(), String> {
    let line = format!("{program} {}", args.join(" "));
    let output = tokio::task::spawn_blocking({
        let program = program.to_string();
        move || Command::new(program).args(args).output()
    })
    .await
    .expect("the command's thread ends")
    .map_err(|e| format!("{line}: {e}"))?;
    match output.status.success() {
        true => Ok(()),
        false => Err(format!(
            "{line}: {}\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )),
    }
}

/// `runuser -u postgres -- BIN/program args…`.
async fn as_postgres(program: &str, args: &[&str]) -> Result<(), String> {
    let mut all = vec!["-u".to_string(), "postgres".into(), "--".into()];
    all.push(Path::new(BIN).join(program).display().to_string());
    all.extend(args.iter().map(|a| a.to_string()));
    run("runuser", all).await
}

impl PgCluster {
    /// Why no cluster can be made here, if so.
    fn unavailable_reason() -> Option<String> {
        if !Path::new(BIN).join("initdb").exists() {
            return Some(format!("PostgreSQL 15 is not installed ({BIN})"));
        }
        match std::fs::metadata("/proc/self").map(|m| m.uid()) {
            Ok(0) => None,
            _ => Some("the tests do not run as root (initdb needs runuser -u postgres)".into()),
        }
    }

    /// Creates and starts a cluster, or says why it cannot (the caller
    /// skips the test then, except in CI where it must run).
    pub async fn start() -> Result<PgCluster, String> {
        if let Some(reason) = Self::unavailable_reason() {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI must run the PostgreSQL outage test: {reason}");
            }
            return Err(reason);
        }
        let dir = std::env::temp_dir().join(format!("portal-pg-{}", super::random_name()));
        let cluster = PgCluster {
            port: super::free_port(),
            dir,
        };
        let dir = cluster.dir.display().to_string();
        let args = ["-d", "-o", "postgres", "-g", "postgres", "-m", "700", &dir];
        run("install", args.iter().map(|a| a.to_string()).collect()).await?;
        let data = cluster.data().display().to_string();
        let initdb = [
            "-D",
            &data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ];
        as_postgres("initdb", &initdb).await?;
        cluster.resume().await?;
        Ok(cluster)
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// The URL of its `postgres` database.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Starts the stopped cluster again and waits until it accepts
    /// connections.
    pub async fn resume(&self) -> Result<(), String> {
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {}",
            self.port,
            self.dir.display()
        );
        let data = self.data().display().to_string();
        let log = self.dir.join("log").display().to_string();
        as_postgres(
            "pg_ctl",
            &["-D", &data, "-l", &log, "-w", "-o", &options, "start"],
        )
        .await
    }

    /// Stops the cluster as an operator would for a restart: `-m fast`
    /// ends every session at once.
    pub async fn stop(&self) -> Result<(), String> {
        let data = self.data().display().to_string();
        as_postgres("pg_ctl", &["-D", &data, "-w", "-m", "fast", "stop"]).await
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let data = self.data().display().to_string();
        let pg_ctl = Path::new(BIN).join("pg_ctl").display().to_string();
        let _ = Command::new("runuser")
            .args([
                "-u",
                "postgres",
                "--",
                &pg_ctl,
                "-D",
                &data,
                "-m",
                "immediate",
                "stop",
            ])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
