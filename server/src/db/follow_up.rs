//! The follow-up codes of violence reports: only the locator (the code's
//! first group) and an Argon2id hash of the rest are stored; wrong codes
//! are counted by locator and time only; a right code opens a short
//! session stored as the SHA-256 of its cookie.

use chrono::{DateTime, Utc};

use super::{Db, Tx};
use crate::{on_pool, on_tx, on_writer};

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

/// A stored code that shares a typed code's locator.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    /// The report it opens.
    pub submission_id: i64,
    /// Its Argon2id hash.
    pub code_hash: String,
}

/// The codes whose locator is `locator` (usually none or one), read
/// through the locator's index rather than by scanning every hash.
pub async fn candidates(db: &Db, locator: &str) -> sqlx::Result<Vec<Candidate>> {
    let sql = "SELECT submission_id, code_hash FROM follow_up_codes WHERE locator = $1 ORDER BY submission_id";
    on_pool!(db, pool => sqlx::query_as(sql).bind(locator).fetch_all(pool).await)
}

/// Notes when a code was last used to open its report.
pub async fn touch_code(db: &Db, submission_id: i64, now: DateTime<Utc>) -> sqlx::Result<()> {
    let sql = "UPDATE follow_up_codes SET last_used_at = $2 WHERE submission_id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(submission_id).bind(now).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records an attempt on `locator` as a failure (nothing else about it is
/// kept) and returns its id. Attempts are recorded *before* the code is
/// checked, so that concurrent guesses count each other; a right code then
/// takes its attempt back with [`forgive`].
pub async fn record_failure(db: &Db, locator: &str, now: DateTime<Utc>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO follow_up_failures (locator, failed_at) VALUES ($1, $2) RETURNING id";
    let row: (i64,) =
        on_writer!(db, pool => sqlx::query_as(sql).bind(locator).bind(now).fetch_one(pool).await)?;
    Ok(row.0)
}

/// Removes an attempt recorded by [`record_failure`]: the code was right,
/// or the attempt was refused by a limit and never checked.
pub async fn forgive(db: &Db, failure_id: i64) -> sqlx::Result<()> {
    let sql = "DELETE FROM follow_up_failures WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(failure_id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Failures on `locator` since `since`.
pub async fn failures_for(db: &Db, locator: &str, since: DateTime<Utc>) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM follow_up_failures WHERE locator = $1 AND failed_at > $2";
    let row: (i64,) =
        on_pool!(db, pool => sqlx::query_as(sql).bind(locator).bind(since).fetch_one(pool).await)?;
    Ok(row.0)
}

/// Failures on every locator since `since`.
pub async fn failures_in_all(db: &Db, since: DateTime<Utc>) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM follow_up_failures WHERE failed_at > $1";
    let row: (i64,) = on_pool!(db, pool => sqlx::query_as(sql).bind(since).fetch_one(pool).await)?;
    Ok(row.0)
}

/// A follow-up session: the report it opens and its CSRF token.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    /// SHA-256 of the cookie, hex.
    pub id: String,
    /// The report.
    pub submission_id: i64,
    /// The token its forms carry.
    pub csrf_token: String,
    /// When it ends unless used again.
    pub expires_at: DateTime<Utc>,
}

/// Opens a session on a report.
pub async fn create_session(db: &Db, session: &SessionRow) -> sqlx::Result<()> {
    let sql = "INSERT INTO follow_up_sessions (id, submission_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)";
    on_writer!(db, pool => sqlx::query(sql).bind(&session.id).bind(session.submission_id)
        .bind(&session.csrf_token).bind(session.expires_at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The session with this id, if it has not expired.
pub async fn find_session(
    db: &Db,
    id: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<SessionRow>> {
    let sql = "SELECT id, submission_id, csrf_token, expires_at FROM follow_up_sessions \
               WHERE id = $1 AND expires_at > $2";
    on_pool!(db, pool => sqlx::query_as(sql).bind(id).bind(now).fetch_optional(pool).await)
}

/// Moves a live session's end to `expires_at` (it was just used).
pub async fn extend_session(db: &Db, id: &str, expires_at: DateTime<Utc>) -> sqlx::Result<()> {
    let sql = "UPDATE follow_up_sessions SET expires_at = $2 WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(expires_at).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends a session.
pub async fn delete_session(db: &Db, id: &str) -> sqlx::Result<()> {
    let sql = "DELETE FROM follow_up_sessions WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Deletes failures older than `before` (they no longer count towards any
/// limit) and sessions that have ended; returns how many rows went.
pub async fn purge(db: &Db, before: DateTime<Utc>, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let failures = "DELETE FROM follow_up_failures WHERE failed_at <= $1";
    let sessions = "DELETE FROM follow_up_sessions WHERE expires_at <= $1";
    let a = on_writer!(db, pool => sqlx::query(failures).bind(before).execute(pool).await.map(|r| r.rows_affected()))?;
    let b = on_writer!(db, pool => sqlx::query(sessions).bind(now).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(a + b)
}
