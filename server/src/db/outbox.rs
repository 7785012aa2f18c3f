//! The mail outbox: messages written in the same transaction as what they
//! announce, delivered later by the worker with retries and back-off.
//! Recipient, subject, bodies and the last relay error are stored sealed
//! ([`crate::crypto`]): mail waiting for an SMTP relay names the citizen.

use chrono::{DateTime, Duration, Utc};

use super::{Db, Tx};
use crate::crypto::{Column, DataKeys, OpenError};
use crate::{on_pool, on_tx, on_writer};

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage<'a> {
    /// The case the message is about, if any: the message is deleted with
    /// the case.
    pub submission_id: Option<i64>,
    /// Stable `Message-ID` (without angle brackets), so a message delivered
    /// twice after a crash is recognisable as one.
    pub message_id: &'a str,
    /// Recipient address.
    pub recipient: &'a str,
    /// Subject line.
    pub subject: &'a str,
    /// Plain-text body.
    pub body_text: &'a str,
    /// HTML body.
    pub body_html: &'a str,
}

/// Queues a message in `tx`, due at once, sealed with the current key.
pub async fn enqueue(
    tx: &mut Tx,
    keys: &DataKeys,
    message: &NewMessage<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO outbox (message_id, recipient, subject, body_text, body_html, created_at, next_attempt_at, attempts, submission_id) \
               VALUES ($1, $2, $3, $4, $5, $6, $6, 0, $7)";
    let recipient = keys.seal(Column::OutboxRecipient, message.recipient);
    let subject = keys.seal(Column::OutboxSubject, message.subject);
    let body_text = keys.seal(Column::OutboxBodyText, message.body_text);
    let body_html = keys.seal(Column::OutboxBodyHtml, message.body_html);
    on_tx!(tx, conn => sqlx::query(sql).bind(message.message_id).bind(&recipient).bind(&subject)
        .bind(&body_text).bind(&body_html).bind(now).bind(message.submission_id).execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A message taken by the worker: sealed as stored until [`Self::opened`].
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMessage {
    /// Row id.
    pub id: i64,
    /// Stable Message-ID.
    pub message_id: String,
    /// Recipient.
    pub recipient: String,
    /// Subject.
    pub subject: String,
    /// Plain text.
    pub body_text: String,
    /// HTML.
    pub body_html: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
}

impl OutboxMessage {
    /// The message with its recipient, subject and bodies opened.
    pub fn opened(self, keys: &DataKeys) -> Result<OutboxMessage, OpenError> {
        Ok(OutboxMessage {
            recipient: keys.open(Column::OutboxRecipient, &self.recipient)?,
            subject: keys.open(Column::OutboxSubject, &self.subject)?,
            body_text: keys.open(Column::OutboxBodyText, &self.body_text)?,
            body_html: keys.open(Column::OutboxBodyHtml, &self.body_html)?,
            ..self
        })
    }
}

/// Takes the oldest due message for `lease`, so another worker (another
/// process on PostgreSQL) does not send it at the same time.
pub async fn claim(
    db: &Db,
    now: DateTime<Utc>,
    lease: Duration,
) -> sqlx::Result<Option<OutboxMessage>> {
    let lease_until = now + lease;
    let pick = "SELECT id FROM outbox WHERE next_attempt_at <= $2 AND (lease_until IS NULL OR lease_until <= $2) \
                ORDER BY next_attempt_at, id LIMIT 1";
    let returning = "RETURNING id, message_id, recipient, subject, body_text, body_html, attempts";
    match db {
        Db::Sqlite(db) => {
            let _turn = db.turn().await?;
            let pool = &db.pool;
            let sql = format!("UPDATE outbox SET lease_until = $1, attempts = attempts + 1 WHERE id = ({pick}) {returning}");
            sqlx::query_as(&sql)
                .bind(lease_until)
                .bind(now)
                .fetch_optional(pool)
                .await
        }
        Db::Postgres(pool) => {
            let sql = format!(
                "UPDATE outbox SET lease_until = $1, attempts = attempts + 1 WHERE id = ({pick} FOR UPDATE SKIP LOCKED) {returning}"
            );
            sqlx::query_as(&sql)
                .bind(lease_until)
                .bind(now)
                .fetch_optional(pool)
                .await
        }
    }
}

/// Deletes a delivered message: the outbox keeps no copy of sent mail.
pub async fn delivered(db: &Db, id: i64) -> sqlx::Result<()> {
    on_writer!(db, pool => sqlx::query("DELETE FROM outbox WHERE id = $1").bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records a failed attempt (its error sealed) and when to try again.
pub async fn failed(
    db: &Db,
    keys: &DataKeys,
    id: i64,
    error: &str,
    retry_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql =
        "UPDATE outbox SET lease_until = NULL, next_attempt_at = $2, last_error = $3 WHERE id = $1";
    let error = keys.seal(Column::OutboxLastError, error);
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(retry_at).bind(&error).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// How many messages wait to be delivered.
pub async fn pending(db: &Db) -> sqlx::Result<i64> {
    let row: (i64,) =
        on_pool!(db, pool => sqlx::query_as("SELECT COUNT(*) FROM outbox").fetch_one(pool).await)?;
    Ok(row.0)
}
