//! "Save and continue later" links: a single-use token, stored as its
//! SHA-256, that moves a saved draft to the session of whoever opens the
//! emailed link.

use chrono::{DateTime, Duration, Utc};

use super::{Db, Tx};
use crate::{on_pool, on_tx, on_writer};

/// How long a link works: as long as an untouched draft is kept.
pub const LINK_LIFETIME_DAYS: i64 = super::drafts::DRAFT_LIFETIME_DAYS;
/// Most links sent for one draft in a day, so that the form cannot be
/// used to flood someone's mailbox.
pub const LINKS_PER_DRAFT_PER_DAY: i64 = 5;

/// Records a link for `draft_id`.
pub async fn create(
    tx: &mut Tx,
    token_hash: &str,
    draft_id: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO resume_links (token_hash, draft_id, created_at, expires_at) VALUES ($1, $2, $3, $4)";
    let expires = now + Duration::days(LINK_LIFETIME_DAYS);
    on_tx!(tx, conn => sqlx::query(sql).bind(token_hash).bind(draft_id).bind(now).bind(expires)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// How many links were made for `draft_id` since `since`.
pub async fn count_since(db: &Db, draft_id: &str, since: DateTime<Utc>) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM resume_links WHERE draft_id = $1 AND created_at > $2";
    let row: (i64,) =
        on_pool!(db, pool => sqlx::query_as(sql).bind(draft_id).bind(since).fetch_one(pool).await)?;
    Ok(row.0)
}

/// Whether a live link has this hash (the page before the button).
pub async fn is_live(db: &Db, token_hash: &str, now: DateTime<Utc>) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM resume_links WHERE token_hash = $1 AND expires_at > $2";
    let row: (i64,) =
        on_pool!(db, pool => sqlx::query_as(sql).bind(token_hash).bind(now).fetch_one(pool).await)?;
    Ok(row.0 == 1)
}

/// Uses a link inside `tx`: deletes it and every other link of the same
/// draft (the draft is about to move to a new session, which the old links
/// must not reach), and returns the draft id. `None` when the link is
/// unknown, used or expired.
pub async fn take(
    tx: &mut Tx,
    token_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<String>> {
    let sql =
        "DELETE FROM resume_links WHERE token_hash = $1 AND expires_at > $2 RETURNING draft_id";
    let found: Option<(String,)> = on_tx!(tx, conn => sqlx::query_as(sql).bind(token_hash).bind(now).fetch_optional(conn).await)?;
    let Some((draft_id,)) = found else {
        return Ok(None);
    };
    let sql = "DELETE FROM resume_links WHERE draft_id = $1";
    on_tx!(tx, conn => sqlx::query(sql).bind(&draft_id).execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(Some(draft_id))
}

/// Deletes expired links; returns how many.
pub async fn purge_expired(db: &Db, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM resume_links WHERE expires_at <= $1";
    on_writer!(db, pool => sqlx::query(sql).bind(now).execute(pool).await.map(|r| r.rows_affected()))
}
