//! The follow-up codes of violence reports: only the locator (the code's
//! first group) and an Argon2id hash of the rest are stored.

use chrono::{DateTime, Utc};

use super::Tx;
use crate::on_tx;

/// Records the code of a report, inside the sending transaction.
pub async fn create(
    tx: &mut Tx,
    submission_id: i64,
    locator: &str,
    code_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO follow_up_codes (submission_id, locator, code_hash, created_at, last_used_at) \
               VALUES ($1, $2, $3, $4, $4)";
    on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(locator).bind(code_hash).bind(now)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}
