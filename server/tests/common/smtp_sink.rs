//! An SMTP sink that a test may stop and start again on the same port:
//! aiosmtpd (Debian's python3-aiosmtpd) writing every message it accepts
//! into a Maildir. Stopped when dropped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The Python that has Debian's aiosmtpd.
const PYTHON: &str = "/usr/bin/python3";

/// A sink on a port of the loopback.
pub struct SmtpSink {
    /// Its port.
    pub port: u16,
    /// Where accepted messages land (`new/` holds one file each).
    pub maildir: PathBuf,
    child: Option<Child>,
}

impl SmtpSink {
    /// Why no sink can run here, if so (the caller skips the test then,
    /// except in CI where it must run).
    pub fn unavailable_reason() -> Option<String> {
        let found = Command::new(PYTHON)
            .args(["-c", "import aiosmtpd"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        let reason = (!found).then(|| format!("{PYTHON} has no aiosmtpd (python3-aiosmtpd)"));
        if let Some(reason) = &reason {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI must run the SMTP outage test: {reason}");
            }
        }
        reason
    }

    /// Starts a sink on a free port writing to `maildir`.
    pub async fn start(maildir: &Path) -> SmtpSink {
        let mut sink = SmtpSink {
            port: super::free_port(),
            maildir: maildir.to_path_buf(),
            child: None,
        };
        sink.resume().await;
        sink
    }

    /// The `SMTP_URL` of the sink.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts the sink (again) on its port and waits until it accepts
    /// connections.
    pub async fn resume(&mut self) {
        let listen = format!("127.0.0.1:{}", self.port);
        let child = Command::new(PYTHON)
            .args(["-m", "aiosmtpd", "-n", "-l", &listen])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd starts");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(30);
        while tokio::net::TcpStream::connect(&listen).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen on {listen}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Stops the sink at once (the port refuses connections).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The folder of delivered messages.
    pub fn delivered(&self) -> PathBuf {
        self.maildir.join("new")
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop();
    }
}
