//! Faults against the real server binary run as a child process: kill -9
//! during a burst of sends, a PostgreSQL outage under load, and an SMTP
//! outage while submissions arrive.

#[path = "faults/checks.rs"]
mod checks;
mod common;
#[path = "faults/kill.rs"]
mod kill;
#[path = "faults/postgres_outage.rs"]
mod postgres_outage;
#[path = "faults/smtp_outage.rs"]
mod smtp_outage;
