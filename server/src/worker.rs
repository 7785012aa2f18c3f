//! The background worker: delivers the mail outbox with retries and
//! back-off, deletes expired drafts and idle sessions, closes and deletes
//! lapsed pre-complaints and deletes cases past their retention period. Every server process runs one;
//! messages are claimed with a lease, so two workers never send the same one.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::Notify;

use crate::crypto::DataKeys;
use crate::db::{agents, drafts, follow_up, identity_checks, outbox, resume_links, Db};
use crate::mail::{mask, Mailer};

/// How long a claimed message is reserved for the worker sending it.
const LEASE_SECONDS: i64 = 120;
/// How often the worker looks for due work when nobody wakes it.
const POLL: Duration = Duration::from_secs(5);

/// When a message that could not be delivered is tried again: 10 s after
/// the first attempt, doubling at each one, never more than `max_seconds`
/// apart, so that mail goes out soon after a long relay outage ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// `PORTAL_MAIL_RETRY_MAX_SECONDS`: the longest wait between two
    /// attempts (default 300).
    pub max_seconds: i64,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff { max_seconds: 300 }
    }
}

impl Backoff {
    /// The wait after attempt number `attempts` failed.
    pub fn seconds(&self, attempts: i32) -> i64 {
        let exponent = attempts.clamp(1, 20) - 1;
        (10i64 << exponent).min(self.max_seconds)
    }
}

/// Runs until the process stops.
pub async fn run(
    db: Db,
    keys: Arc<DataKeys>,
    mailer: Mailer,
    from: String,
    wake: Arc<Notify>,
    retention: crate::retention::RetentionPolicy,
    backoff: Backoff,
) {
    let mut last_purge = None;
    loop {
        let now = Utc::now();
        if last_purge
            .is_none_or(|at: chrono::DateTime<Utc>| now - at > chrono::Duration::minutes(10))
        {
            match drafts::purge_expired(&db, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(drafts = n, "expired drafts deleted"),
                Err(e) => tracing::warn!(error = %e, "could not purge drafts"),
            }
            if let Err(e) = resume_links::purge_expired(&db, now).await {
                tracing::warn!(error = %e, "could not purge resume links");
            }
            if let Err(e) = identity_checks::purge_expired(&db, now).await {
                tracing::warn!(error = %e, "could not purge identity checks");
            }
            if let Err(e) = follow_up::purge(&db, now - chrono::Duration::hours(1), now).await {
                tracing::warn!(error = %e, "could not purge follow-up attempts and sessions");
            }
            let idle = now - chrono::Duration::minutes(crate::http::AGENT_IDLE_MINUTES);
            if let Err(e) = agents::purge_sessions(&db, idle).await {
                tracing::warn!(error = %e, "could not purge agent sessions");
            }
            if let Err(e) = agents::purge_failures(&db, now - chrono::Duration::days(1)).await {
                tracing::warn!(error = %e, "could not purge sign-in failures");
            }
            match crate::retention::close_lapsed(&db, now.date_naive()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(cases = n, "lapsed pre-complaints closed and deleted"),
                Err(e) => tracing::warn!(error = %e, "could not close lapsed pre-complaints"),
            }
            match crate::retention::delete_closed_anonymous(&db, &retention, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(reports = n, "closed anonymous reports deleted"),
                Err(e) => tracing::warn!(error = %e, "could not delete closed anonymous reports"),
            }
            match crate::retention::delete_past_retention(&db, &retention, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(cases = n, "cases deleted at the end of their retention"),
                Err(e) => tracing::warn!(error = %e, "could not delete cases past their retention"),
            }
            match crate::retention::expire_follow_up_codes(&db, &retention, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(codes = n, "unused follow-up codes ended"),
                Err(e) => tracing::warn!(error = %e, "could not end unused follow-up codes"),
            }
            last_purge = Some(now);
        }
        match deliver_due(&db, &keys, &mailer, &from, backoff).await {
            Ok(0) => {
                tracing::trace!("outbox empty");
                tokio::select! {
                    _ = wake.notified() => {}
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "outbox unavailable");
                tokio::time::sleep(POLL).await;
            }
        }
    }
}

/// Sends every due message; returns how many were attempted. A message
/// that does not open (its key left the ring) is retried with back-off
/// like an undelivered one, so that restoring the key sends it.
pub async fn deliver_due(
    db: &Db,
    keys: &DataKeys,
    mailer: &Mailer,
    from: &str,
    backoff: Backoff,
) -> sqlx::Result<usize> {
    let mut attempted = 0;
    while let Some(sealed) =
        outbox::claim(db, Utc::now(), chrono::Duration::seconds(LEASE_SECONDS)).await?
    {
        attempted += 1;
        let (id, attempts) = (sealed.id, sealed.attempts);
        let message = match sealed.opened(keys) {
            Ok(message) => message,
            Err(e) => {
                let wait = backoff.seconds(attempts);
                let retry_at = Utc::now() + chrono::Duration::seconds(wait);
                outbox::failed(db, keys, id, &e.to_string(), retry_at).await?;
                tracing::error!(id, attempts, error = %e, "queued mail does not open, will retry");
                continue;
            }
        };
        match mailer.send(from, &message).await {
            Ok(()) => {
                outbox::delivered(db, message.id).await?;
                tracing::info!(to = %mask(&message.recipient), attempts = message.attempts, "mail delivered");
            }
            Err(e) => {
                let wait = backoff.seconds(message.attempts);
                let retry_at = Utc::now() + chrono::Duration::seconds(wait);
                outbox::failed(db, keys, message.id, &e.to_string(), retry_at).await?;
                tracing::warn!(to = %mask(&message.recipient), attempts = message.attempts, retry_in_s = wait, error = %e,
                    "mail not delivered, will retry");
            }
        }
    }
    Ok(attempted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let backoff = Backoff::default();
        assert_eq!(backoff.seconds(1), 10);
        assert_eq!(backoff.seconds(2), 20);
        assert_eq!(backoff.seconds(5), 160);
        assert_eq!(backoff.seconds(6), 300);
        assert_eq!(backoff.seconds(30), 300);
    }

    #[test]
    fn a_shorter_cap_applies_from_the_first_retry() {
        let backoff = Backoff { max_seconds: 5 };
        assert_eq!(backoff.seconds(1), 5);
        assert_eq!(backoff.seconds(9), 5);
    }
}
