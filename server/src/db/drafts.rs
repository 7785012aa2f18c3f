//! Drafts: the server-side record of a citizen's answers in progress.

use chrono::{DateTime, Duration, Utc};

use super::{Db, Tx};
use crate::crypto::{Column, DataKeys};
use crate::{on_pool, on_tx, on_writer};

/// How long an untouched draft is kept.
pub const DRAFT_LIFETIME_DAYS: i64 = 30;
/// How long a sent draft is kept, so a repeated send shows the same reference.
pub const SENT_DRAFT_LIFETIME_DAYS: i64 = 1;

/// A stored draft.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DraftRow {
    /// SHA-256 of the session cookie, hex.
    pub id: String,
    /// Which flow it belongs to, e.g. `pre-complaint`.
    pub flow: String,
    /// The answers, JSON (opened when read through [`find`]).
    pub data: String,
    /// The CSRF token every form of this session carries.
    pub csrf_token: String,
    /// The submission made from it, once sent.
    pub submission_id: Option<i64>,
}

/// Creates an empty draft.
pub async fn create(
    db: &Db,
    id: &str,
    flow: &str,
    csrf_token: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql =
        "INSERT INTO drafts (id, flow, data, csrf_token, created_at, updated_at, expires_at) \
               VALUES ($1, $2, '{}', $3, $4, $4, $5)";
    let expires = now + Duration::days(DRAFT_LIFETIME_DAYS);
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(flow).bind(csrf_token).bind(now).bind(expires)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The draft with this id, unless it has expired; its answers opened.
pub async fn find(
    db: &Db,
    keys: &DataKeys,
    id: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<DraftRow>> {
    let sql = "SELECT id, flow, data, csrf_token, submission_id FROM drafts WHERE id = $1 AND expires_at > $2";
    let row: Option<DraftRow> =
        on_pool!(db, pool => sqlx::query_as(sql).bind(id).bind(now).fetch_optional(pool).await)?;
    row.map(|row| {
        let data = keys
            .open(Column::DraftData, &row.data)
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        Ok(DraftRow { data, ..row })
    })
    .transpose()
}

/// Saves the answers of a draft that has not been sent (sealed), and
/// extends its life.
pub async fn save(
    db: &Db,
    keys: &DataKeys,
    id: &str,
    data: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let data = keys.seal(Column::DraftData, data);
    let sql = "UPDATE drafts SET data = $2, updated_at = $3, expires_at = $4 \
               WHERE id = $1 AND submission_id IS NULL";
    let expires = now + Duration::days(DRAFT_LIFETIME_DAYS);
    let result = on_writer!(db, pool => sqlx::query(sql).bind(id).bind(&data).bind(now).bind(expires)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(result == 1)
}

/// Records the submission made from a draft, inside the sending
/// transaction, and forgets its answers, which now live in the submission.
/// Returns `false` when the draft was already sent: the transaction must
/// then be rolled back. Two sends of the same draft wait for each other
/// here (row lock on PostgreSQL, write lock on SQLite), so only one goes
/// through.
pub async fn mark_sent(
    tx: &mut Tx,
    id: &str,
    submission_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let sql = "UPDATE drafts SET submission_id = $2, data = '{}', expires_at = $3 \
               WHERE id = $1 AND submission_id IS NULL";
    let expires = now + Duration::days(SENT_DRAFT_LIFETIME_DAYS);
    let result = on_tx!(tx, conn => sqlx::query(sql).bind(id).bind(submission_id).bind(expires).execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(result == 1)
}

/// Moves an unsent, live draft to a new id (the hash of a new session
/// cookie), inside `tx`; returns `false` when there is no such draft.
pub async fn rebind(tx: &mut Tx, id: &str, new_id: &str, now: DateTime<Utc>) -> sqlx::Result<bool> {
    let sql = "UPDATE drafts SET id = $2, updated_at = $3 \
               WHERE id = $1 AND submission_id IS NULL AND expires_at > $3";
    let result = on_tx!(tx, conn => sqlx::query(sql).bind(id).bind(new_id).bind(now).execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(result == 1)
}

/// Deletes expired drafts; returns how many.
pub async fn purge_expired(db: &Db, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM drafts WHERE expires_at <= $1";
    on_writer!(db, pool => sqlx::query(sql).bind(now).execute(pool).await.map(|r| r.rows_affected()))
}

/// Deletes a draft, sent or not: the quick exit ends the session at once
/// (a sent draft's submission stays). Returns how many rows went.
pub async fn delete(db: &Db, id: &str) -> sqlx::Result<u64> {
    let sql = "DELETE FROM drafts WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|r| r.rows_affected()))
}
