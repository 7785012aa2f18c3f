//! Agents, their sessions, and failed sign-ins.

use chrono::{DateTime, Utc};

use super::Db;
use crate::{on_pool, on_writer};

/// An agent account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AgentRow {
    /// Row id.
    pub id: i64,
    /// Email, lower case: the sign-in name.
    pub email: String,
    /// Name shown to colleagues.
    pub name: String,
    /// `agent`, `supervisor` or `admin`.
    pub role: String,
    /// The unit whose queue the agent works; none for some administrators.
    pub unit_code: Option<String>,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Base32 TOTP secret, once enrolment started.
    pub totp_secret: Option<String>,
    /// The agent proved they hold the secret.
    pub totp_confirmed: bool,
    /// The last TOTP time step accepted: a code is accepted once.
    pub totp_last_step: i64,
    /// A disabled account cannot sign in.
    pub disabled: bool,
}

const AGENT_COLUMNS: &str =
    "id, email, name, role, unit_code, password_hash, totp_secret, totp_confirmed, totp_last_step, disabled";

/// What is needed to create an account.
#[derive(Debug, Clone)]
pub struct NewAgent<'a> {
    /// Email, lower case.
    pub email: &'a str,
    /// Name.
    pub name: &'a str,
    /// Role slug.
    pub role: &'a str,
    /// Unit code.
    pub unit_code: Option<&'a str>,
    /// Argon2id hash of the password.
    pub password_hash: &'a str,
}

/// Creates an account; `None` when the email is taken.
pub async fn insert(db: &Db, new: &NewAgent<'_>, now: DateTime<Utc>) -> sqlx::Result<Option<i64>> {
    let sql = "INSERT INTO agents (email, name, role, unit_code, password_hash, created_at) \
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id";
    let row: Option<(i64,)> = on_writer!(db, pool => sqlx::query_as(sql).bind(new.email).bind(new.name).bind(new.role)
        .bind(new.unit_code).bind(new.password_hash).bind(now).fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}

/// The account with this email.
pub async fn find_by_email(db: &Db, email: &str) -> sqlx::Result<Option<AgentRow>> {
    let sql = format!("SELECT {AGENT_COLUMNS} FROM agents WHERE email = $1");
    on_pool!(db, pool => sqlx::query_as(&sql).bind(email).fetch_optional(pool).await)
}

/// The account with this id.
pub async fn find(db: &Db, id: i64) -> sqlx::Result<Option<AgentRow>> {
    let sql = format!("SELECT {AGENT_COLUMNS} FROM agents WHERE id = $1");
    on_pool!(db, pool => sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// Every account, by unit then name.
pub async fn list(db: &Db) -> sqlx::Result<Vec<AgentRow>> {
    let sql = format!("SELECT {AGENT_COLUMNS} FROM agents ORDER BY unit_code, name, id");
    on_pool!(db, pool => sqlx::query_as(&sql).fetch_all(pool).await)
}

/// The active agents and supervisors of a unit (for assignment).
pub async fn of_unit(db: &Db, unit_code: &str) -> sqlx::Result<Vec<AgentRow>> {
    let sql = format!(
        "SELECT {AGENT_COLUMNS} FROM agents WHERE unit_code = $1 AND NOT disabled AND role <> 'admin' ORDER BY name, id"
    );
    on_pool!(db, pool => sqlx::query_as(&sql).bind(unit_code).fetch_all(pool).await)
}

/// Whether an active administrator exists.
pub async fn has_admin(db: &Db) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM agents WHERE role = 'admin' AND NOT disabled";
    let row: (i64,) = on_pool!(db, pool => sqlx::query_as(sql).fetch_one(pool).await)?;
    Ok(row.0 > 0)
}

/// Disables an account and ends its sessions; `false` when unknown.
pub async fn disable(db: &Db, email: &str) -> sqlx::Result<bool> {
    let sql = "UPDATE agents SET disabled = TRUE WHERE email = $1";
    let changed = on_writer!(db, pool => sqlx::query(sql).bind(email).execute(pool).await.map(|r| r.rows_affected()))?;
    let sql =
        "DELETE FROM agent_sessions WHERE agent_id IN (SELECT id FROM agents WHERE email = $1)";
    on_writer!(db, pool => sqlx::query(sql).bind(email).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Stores a new (unconfirmed) TOTP secret for enrolment.
pub async fn set_totp_secret(db: &Db, id: i64, secret: &str) -> sqlx::Result<()> {
    let sql = "UPDATE agents SET totp_secret = $2, totp_confirmed = FALSE WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(secret).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Records an accepted TOTP step, only if it is later than the last one:
/// `false` means the code was already used (or an older one), so refuse it.
pub async fn accept_totp_step(db: &Db, id: i64, step: i64) -> sqlx::Result<bool> {
    let sql = "UPDATE agents SET totp_last_step = $2, totp_confirmed = TRUE WHERE id = $1 AND totp_last_step < $2";
    let changed = on_writer!(db, pool => sqlx::query(sql).bind(id).bind(step).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// A signed-in (or signing-in) agent's session.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    /// SHA-256 of the cookie.
    pub id: String,
    /// The agent.
    pub agent_id: i64,
    /// `second-factor`, `enrolment` or `signed-in`.
    pub stage: String,
    /// CSRF token of the session's forms.
    pub csrf_token: String,
    /// Last request.
    pub last_seen_at: DateTime<Utc>,
    /// Start of the session.
    pub created_at: DateTime<Utc>,
}

/// Opens a session at `stage`.
pub async fn create_session(
    db: &Db,
    id: &str,
    agent_id: i64,
    stage: &str,
    csrf_token: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql =
        "INSERT INTO agent_sessions (id, agent_id, stage, csrf_token, created_at, last_seen_at) \
               VALUES ($1, $2, $3, $4, $5, $5)";
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(agent_id).bind(stage).bind(csrf_token).bind(now)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The session with this id, unless idle since before `idle_since` or
/// started before `started_since`.
pub async fn find_session(
    db: &Db,
    id: &str,
    idle_since: DateTime<Utc>,
    started_since: DateTime<Utc>,
) -> sqlx::Result<Option<SessionRow>> {
    let sql =
        "SELECT id, agent_id, stage, csrf_token, last_seen_at, created_at FROM agent_sessions \
               WHERE id = $1 AND last_seen_at > $2 AND created_at > $3";
    on_pool!(db, pool => sqlx::query_as(sql).bind(id).bind(idle_since).bind(started_since).fetch_optional(pool).await)
}

/// A live session at any stage and its account, in one query (every
/// request of the workspace reads both).
pub async fn find_session_and_agent(
    db: &Db,
    id: &str,
    idle_since: DateTime<Utc>,
    started_since: DateTime<Utc>,
) -> sqlx::Result<Option<(SessionRow, AgentRow)>> {
    #[derive(sqlx::FromRow)]
    struct Joined {
        session_id: String,
        stage: String,
        csrf_token: String,
        last_seen_at: DateTime<Utc>,
        session_created_at: DateTime<Utc>,
        #[sqlx(flatten)]
        agent: AgentRow,
    }
    // `id` is the only account column the sessions table has too: the
    // list starts with it, so `a.` before the list qualifies it.
    let sql = format!(
        "SELECT s.id AS session_id, s.stage, s.csrf_token, s.last_seen_at, \
         s.created_at AS session_created_at, a.{AGENT_COLUMNS} \
         FROM agent_sessions s JOIN agents a ON a.id = s.agent_id \
         WHERE s.id = $1 AND s.last_seen_at > $2 AND s.created_at > $3"
    );
    let row: Option<Joined> = on_pool!(db, pool => sqlx::query_as(&sql).bind(id).bind(idle_since)
        .bind(started_since).fetch_optional(pool).await)?;
    Ok(row.map(|row| {
        let session = SessionRow {
            id: row.session_id,
            agent_id: row.agent.id,
            stage: row.stage,
            csrf_token: row.csrf_token,
            last_seen_at: row.last_seen_at,
            created_at: row.session_created_at,
        };
        (session, row.agent)
    }))
}

/// Marks a session as used now.
pub async fn touch_session(db: &Db, id: &str, now: DateTime<Utc>) -> sqlx::Result<()> {
    let sql = "UPDATE agent_sessions SET last_seen_at = $2 WHERE id = $1";
    on_writer!(db, pool => sqlx::query(sql).bind(id).bind(now).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Ends a session.
pub async fn delete_session(db: &Db, id: &str) -> sqlx::Result<()> {
    on_writer!(db, pool => sqlx::query("DELETE FROM agent_sessions WHERE id = $1").bind(id)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Deletes sessions idle since before `idle_since`; returns how many.
pub async fn purge_sessions(db: &Db, idle_since: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM agent_sessions WHERE last_seen_at <= $1";
    on_writer!(db, pool => sqlx::query(sql).bind(idle_since).execute(pool).await.map(|r| r.rows_affected()))
}

/// Records a failed sign-in for an account key (a hash of the email typed).
pub async fn record_failure(db: &Db, account_key: &str, now: DateTime<Utc>) -> sqlx::Result<()> {
    let sql = "INSERT INTO sign_in_failures (account_key, at) VALUES ($1, $2)";
    on_writer!(db, pool => sqlx::query(sql).bind(account_key).bind(now).execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Failed sign-ins since `since`: for this account key, and in all.
pub async fn failures_since(
    db: &Db,
    account_key: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<(i64, i64)> {
    let sql = "SELECT COALESCE(SUM(CASE WHEN account_key = $1 THEN 1 ELSE 0 END), 0), COUNT(*) \
               FROM sign_in_failures WHERE at > $2";
    on_pool!(db, pool => sqlx::query_as(sql).bind(account_key).bind(since).fetch_one(pool).await)
}

/// Forgets failures older than `before`.
pub async fn purge_failures(db: &Db, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM sign_in_failures WHERE at <= $1";
    on_writer!(db, pool => sqlx::query(sql).bind(before).execute(pool).await.map(|r| r.rows_affected()))
}
