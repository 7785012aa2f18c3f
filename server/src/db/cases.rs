//! Cases as agents see them: the triage queue (keyset pagination), claiming,
//! status changes with their history, notes, messages and appointment slots.

use chrono::{DateTime, Utc};

use super::{Db, Tx};
use app::domain::case::CaseStatus;

use crate::crypto::{Column, DataKeys};
use crate::{on_pool, on_tx, on_writer};

/// One line of the queue.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueRow {
    /// The submission.
    pub submission_id: i64,
    /// Its reference.
    pub reference: String,
    /// Category.
    pub category: String,
    /// Status slug.
    pub status: String,
    /// Priority, 0 first.
    pub priority: i32,
    /// When it arrived.
    pub created_at: DateTime<Utc>,
    /// Who claimed it.
    pub owner_name: Option<String>,
}

/// What the queue lists.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    /// The unit.
    pub unit_code: String,
    /// Only this status.
    pub status: Option<String>,
    /// Only this category.
    pub category: Option<String>,
    /// Arrived at or after.
    pub from: Option<DateTime<Utc>>,
    /// Arrived before.
    pub until: Option<DateTime<Utc>>,
    /// Start after this position (priority, arrival, id).
    pub after: Option<(i32, DateTime<Utc>, i64)>,
    /// Page size.
    pub limit: i64,
}

enum Param {
    Text(String),
    Time(DateTime<Utc>),
    Int(i64),
}

/// A page of the queue in priority order, then oldest first. The position
/// comparison `(priority, created_at, submission_id) > (…)` walks the
/// `queue_by_unit_order` index: no OFFSET, so every page costs the same.
pub async fn queue_page(db: &Db, query: &QueueQuery) -> sqlx::Result<Vec<QueueRow>> {
    // The page is picked from the queue alone (an index walk that stops
    // after `limit` rows), then joined: planners then never sort the whole
    // unit's queue to join it first.
    let mut sql = String::from(
        "SELECT q.submission_id, q.category, q.status, q.priority, q.created_at, q.owner_id \
         FROM queue_entries q WHERE q.unit_code = $1",
    );
    let mut params = vec![Param::Text(query.unit_code.clone())];
    let mut push = |sql: &mut String, clause: &str, param: Param| {
        params.push(param);
        sql.push_str(&clause.replace('?', &format!("${}", params.len())));
    };
    if let Some(status) = &query.status {
        push(&mut sql, " AND q.status = ?", Param::Text(status.clone()));
    }
    if let Some(category) = &query.category {
        push(
            &mut sql,
            " AND q.category = ?",
            Param::Text(category.clone()),
        );
    }
    if let Some(from) = query.from {
        push(&mut sql, " AND q.created_at >= ?", Param::Time(from));
    }
    if let Some(until) = query.until {
        push(&mut sql, " AND q.created_at < ?", Param::Time(until));
    }
    if let Some((priority, created_at, id)) = query.after {
        let n = params.len();
        sql.push_str(&format!(
            " AND (q.priority, q.created_at, q.submission_id) > (${a}, ${b}, ${c})",
            a = n + 1,
            b = n + 2,
            c = n + 3
        ));
        params.extend([
            Param::Int(priority.into()),
            Param::Time(created_at),
            Param::Int(id),
        ]);
    }
    params.push(Param::Int(query.limit));
    sql.push_str(&format!(
        " ORDER BY q.priority, q.created_at, q.submission_id LIMIT ${}",
        params.len()
    ));
    let sql = format!(
        "SELECT p.submission_id, s.reference, p.category, p.status, p.priority, p.created_at, a.name AS owner_name \
         FROM ({sql}) p JOIN submissions s ON s.id = p.submission_id LEFT JOIN agents a ON a.id = p.owner_id \
         ORDER BY p.priority, p.created_at, p.submission_id"
    );
    on_pool!(db, pool => {
        let mut q = sqlx::query_as::<_, QueueRow>(&sql);
        for param in &params {
            q = match param {
                Param::Text(v) => q.bind(v.clone()),
                Param::Time(v) => q.bind(*v),
                Param::Int(v) => q.bind(*v),
            };
        }
        q.fetch_all(pool).await
    })
}

/// How many cases of the unit are in each status (from the counters).
pub async fn counts_by_status(db: &Db, unit_code: &str) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = "SELECT status, CAST(SUM(n) AS BIGINT) FROM queue_counts WHERE unit_code = $1 \
               GROUP BY status HAVING SUM(n) > 0 ORDER BY status";
    on_pool!(db, pool => sqlx::query_as(sql).bind(unit_code).fetch_all(pool).await)
}

/// The same figures counted from the queue itself (to check the counters).
pub async fn counted_by_status(db: &Db, unit_code: &str) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = "SELECT status, COUNT(*) FROM queue_entries WHERE unit_code = $1 GROUP BY status ORDER BY status";
    on_pool!(db, pool => sqlx::query_as(sql).bind(unit_code).fetch_all(pool).await)
}

/// Shards of each counter (see migration 0007).
const COUNT_SHARDS: i64 = 16;

/// Moves case `submission_id` between status counters in `tx`: each
/// `(status, delta)`, on the case's shard of the counters, so that agents
/// changing different cases of one unit at once do not queue on one row.
/// All the changes go in one statement, in status order, so that two
/// transactions never wait for each other's counters in opposite orders.
pub async fn adjust_counts(
    tx: &mut Tx,
    unit_code: &str,
    submission_id: i64,
    changes: &[(&str, i64)],
) -> sqlx::Result<()> {
    // One row per status (an upsert may not touch a row twice).
    let mut merged: Vec<(&str, i64)> = Vec::with_capacity(changes.len());
    for &(status, delta) in changes {
        match merged.iter_mut().find(|(s, _)| *s == status) {
            Some((_, sum)) => *sum += delta,
            None => merged.push((status, delta)),
        }
    }
    merged.retain(|(_, delta)| *delta != 0);
    merged.sort_by_key(|(status, _)| *status);
    if merged.is_empty() {
        return Ok(());
    }
    // SMALLINT on PostgreSQL; an INTEGER on SQLite takes it as well.
    let shard = submission_id.rem_euclid(COUNT_SHARDS) as i16;
    let rows: Vec<String> = (0..merged.len())
        .map(|i| format!("($1, ${}, $2, ${})", 3 + 2 * i, 4 + 2 * i))
        .collect();
    let sql = format!(
        "INSERT INTO queue_counts (unit_code, status, shard, n) VALUES {} \
         ON CONFLICT (unit_code, status, shard) DO UPDATE SET n = queue_counts.n + excluded.n",
        rows.join(", ")
    );
    on_tx!(tx, conn => {
        let mut query = sqlx::query(&sql).bind(unit_code).bind(shard);
        for (status, delta) in &merged {
            query = query.bind(*status).bind(*delta);
        }
        query.execute(conn).await.map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// Claims the first new case of the unit for `agent_id`, atomically: two
/// agents (or two processes) never get the same case.
pub async fn claim_next(
    tx: &mut Tx,
    unit_code: &str,
    agent_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    let pick = "SELECT submission_id FROM queue_entries WHERE unit_code = $1 AND status = 'new' \
                ORDER BY priority, created_at, submission_id LIMIT 1";
    let set = "UPDATE queue_entries SET status = 'in-review', owner_id = $2, claimed_at = $3, \
               first_claimed_at = COALESCE(first_claimed_at, $3), updated_at = $3";
    let row: Option<(i64,)> = match tx {
        Tx::Sqlite(tx) => {
            let sql = format!(
                "{set} WHERE submission_id = ({pick}) AND status = 'new' RETURNING submission_id"
            );
            sqlx::query_as(&sql)
                .bind(unit_code)
                .bind(agent_id)
                .bind(now)
                .fetch_optional(&mut **tx)
                .await?
        }
        Tx::Postgres(tx) => {
            let sql = format!("{set} WHERE submission_id = ({pick} FOR UPDATE SKIP LOCKED) AND status = 'new' RETURNING submission_id");
            sqlx::query_as(&sql)
                .bind(unit_code)
                .bind(agent_id)
                .bind(now)
                .fetch_optional(&mut **tx)
                .await?
        }
    };
    if let Some((id,)) = row {
        adjust_counts(tx, unit_code, id, &[("new", -1), ("in-review", 1)]).await?;
    }
    Ok(row.map(|r| r.0))
}

/// The queue state of a case: status, owner and unit.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseHead {
    /// The submission.
    pub submission_id: i64,
    /// Reference.
    pub reference: String,
    /// Category.
    pub category: String,
    /// Status slug.
    pub status: String,
    /// Owner.
    pub owner_id: Option<i64>,
    /// Owner's name.
    pub owner_name: Option<String>,
    /// Unit.
    pub unit_code: String,
    /// Priority.
    pub priority: i32,
    /// Citizen's language.
    pub lang: String,
    /// The answers, JSON.
    pub data: String,
    /// When it arrived.
    pub submitted_at: DateTime<Utc>,
    /// Last day to sign.
    pub sign_by: Option<chrono::NaiveDate>,
    /// When it was claimed.
    pub claimed_at: Option<DateTime<Utc>>,
}

/// Loads a case.
pub async fn find(db: &Db, submission_id: i64) -> sqlx::Result<Option<CaseHead>> {
    let sql = "SELECT q.submission_id, s.reference, q.category, q.status, q.owner_id, a.name AS owner_name, q.unit_code, \
               q.priority, s.lang, s.data, s.submitted_at, s.sign_by, q.claimed_at \
               FROM queue_entries q JOIN submissions s ON s.id = q.submission_id \
               LEFT JOIN agents a ON a.id = q.owner_id WHERE q.submission_id = $1";
    on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_optional(pool).await)
}

/// Changes status and owner if they are still what the caller read
/// (compare and set): `false` when another agent changed the case meanwhile.
/// As the first write of `tx`, it also takes the case's lock.
#[allow(clippy::too_many_arguments)]
pub async fn set_state(
    tx: &mut Tx,
    submission_id: i64,
    from: (&str, Option<i64>),
    to: (&str, Option<i64>),
    claimed: bool,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let claim = if claimed {
        ", claimed_at = $5, first_claimed_at = COALESCE(first_claimed_at, $5)"
    } else {
        ""
    };
    // When a case leaves the open statuses, the time is kept: anonymous
    // reports are deleted a set time after their closure.
    let closed = match CaseStatus::from_slug(to.0).is_some_and(|s| !s.is_open()) {
        true => ", closed_at = COALESCE(closed_at, $5)",
        false => ", closed_at = NULL",
    };
    let sql = format!(
        "UPDATE queue_entries SET status = $2, owner_id = $3, updated_at = $5{claim}{closed} \
         WHERE submission_id = $1 AND status = $4 AND COALESCE(owner_id, 0) = $6 RETURNING unit_code"
    );
    let unit: Option<(String,)> = on_tx!(tx, conn => sqlx::query_as(&sql).bind(submission_id).bind(to.0).bind(to.1)
        .bind(from.0).bind(now).bind(from.1.unwrap_or(0)).fetch_optional(conn).await)?;
    let Some((unit_code,)) = unit else {
        return Ok(false);
    };
    if from.0 != to.0 {
        adjust_counts(tx, &unit_code, submission_id, &[(from.0, -1), (to.0, 1)]).await?;
    }
    Ok(true)
}

/// A status change in a case's history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    /// Who.
    pub actor: String,
    /// Action slug.
    pub action: String,
    /// Status before.
    pub from_status: String,
    /// Status after.
    pub to_status: String,
    /// Reason, destination or slot.
    pub detail: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// Adds a history line. Its detail (a refer note, a reason for rejecting,
/// a slot) is an agent's or a citizen's words: sealed like notes. An empty
/// detail says nothing and stays empty.
pub async fn add_event(
    tx: &mut Tx,
    keys: &DataKeys,
    submission_id: i64,
    event: &EventRow,
) -> sqlx::Result<()> {
    let detail = if event.detail.is_empty() {
        String::new()
    } else {
        keys.seal(Column::EventDetail, &event.detail)
    };
    let sql = "INSERT INTO case_events (submission_id, actor, action, from_status, to_status, detail, created_at) \
               VALUES ($1, $2, $3, $4, $5, $6, $7)";
    on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(&event.actor).bind(&event.action)
        .bind(&event.from_status).bind(&event.to_status).bind(detail).bind(event.created_at)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The history of a case, oldest first, its details opened.
pub async fn events(db: &Db, keys: &DataKeys, submission_id: i64) -> sqlx::Result<Vec<EventRow>> {
    let sql = "SELECT actor, action, from_status, to_status, detail, created_at FROM case_events \
               WHERE submission_id = $1 ORDER BY id";
    let rows: Vec<EventRow> =
        on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_all(pool).await)?;
    rows.into_iter()
        .map(|row| {
            let detail = keys
                .open(Column::EventDetail, &row.detail)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            Ok(EventRow { detail, ..row })
        })
        .collect()
}

/// A note or a message.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TextRow {
    /// `agent` or `citizen` for messages; `agent` for notes.
    pub author: String,
    /// The agent's name, when an agent wrote it.
    pub agent_name: Option<String>,
    /// The text.
    pub body: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// Opens the sealed bodies of notes or messages read from `column`.
fn opened(keys: &DataKeys, column: Column, rows: Vec<TextRow>) -> sqlx::Result<Vec<TextRow>> {
    rows.into_iter()
        .map(|row| {
            let body = keys
                .open(column, &row.body)
                .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            Ok(TextRow { body, ..row })
        })
        .collect()
}

impl CaseHead {
    /// The citizen's answers (JSON), opened with the data keys.
    pub fn answers(&self, keys: &DataKeys) -> sqlx::Result<String> {
        keys.open(Column::SubmissionData, &self.data)
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))
    }
}

/// Adds an internal note, sealed.
pub async fn add_note(
    tx: &mut Tx,
    keys: &DataKeys,
    submission_id: i64,
    agent_id: i64,
    body: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let body = keys.seal(Column::NoteBody, body);
    let sql = "INSERT INTO case_notes (submission_id, agent_id, body, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(agent_id).bind(body).bind(now)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The internal notes of a case, oldest first, opened.
pub async fn notes(db: &Db, keys: &DataKeys, submission_id: i64) -> sqlx::Result<Vec<TextRow>> {
    let sql =
        "SELECT 'agent' AS author, a.name AS agent_name, n.body, n.created_at FROM case_notes n \
               LEFT JOIN agents a ON a.id = n.agent_id WHERE n.submission_id = $1 ORDER BY n.id";
    let rows = on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_all(pool).await)?;
    opened(keys, Column::NoteBody, rows)
}

/// Adds a message between the agent and the citizen, sealed.
pub async fn add_message(
    tx: &mut Tx,
    keys: &DataKeys,
    submission_id: i64,
    agent_id: Option<i64>,
    body: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let author = if agent_id.is_some() {
        "agent"
    } else {
        "citizen"
    };
    let body = keys.seal(Column::MessageBody, body);
    let sql = "INSERT INTO case_messages (submission_id, author, agent_id, body, created_at) VALUES ($1, $2, $3, $4, $5)";
    on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(author).bind(agent_id).bind(body).bind(now)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The messages of a case, oldest first, opened.
pub async fn messages(db: &Db, keys: &DataKeys, submission_id: i64) -> sqlx::Result<Vec<TextRow>> {
    let sql = "SELECT m.author, a.name AS agent_name, m.body, m.created_at FROM case_messages m \
               LEFT JOIN agents a ON a.id = m.agent_id WHERE m.submission_id = $1 ORDER BY m.id";
    let rows = on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_all(pool).await)?;
    opened(keys, Column::MessageBody, rows)
}

/// An appointment slot offered to the citizen.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SlotRow {
    /// Row id.
    pub id: i64,
    /// When.
    pub starts_at: DateTime<Utc>,
    /// The citizen picked it.
    pub chosen: bool,
}

/// Replaces the slots offered for a case and stores the hash of the new
/// link that lets the citizen pick one.
pub async fn offer_slots(
    tx: &mut Tx,
    submission_id: i64,
    slots: &[DateTime<Utc>],
    token_hash: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    on_tx!(tx, conn => sqlx::query("DELETE FROM appointment_slots WHERE submission_id = $1").bind(submission_id)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    on_tx!(tx, conn => sqlx::query("DELETE FROM appointment_links WHERE submission_id = $1").bind(submission_id)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    for slot in slots {
        let sql = "INSERT INTO appointment_slots (submission_id, starts_at, chosen, created_at) VALUES ($1, $2, FALSE, $3)";
        on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(*slot).bind(now)
            .execute(conn).await.map(|r| r.rows_affected()))?;
    }
    let sql =
        "INSERT INTO appointment_links (token_hash, submission_id, expires_at) VALUES ($1, $2, $3)";
    on_tx!(tx, conn => sqlx::query(sql).bind(token_hash).bind(submission_id).bind(expires_at)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The slots of a case, in time order.
pub async fn slots(db: &Db, submission_id: i64) -> sqlx::Result<Vec<SlotRow>> {
    let sql = "SELECT id, starts_at, chosen FROM appointment_slots WHERE submission_id = $1 ORDER BY starts_at";
    on_pool!(db, pool => sqlx::query_as(sql).bind(submission_id).fetch_all(pool).await)
}

/// The case a live, unused appointment link points to.
pub async fn case_of_link(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    let sql = "SELECT submission_id FROM appointment_links WHERE token_hash = $1 AND expires_at > $2 AND used_at IS NULL";
    let row: Option<(i64,)> = on_pool!(db, pool => sqlx::query_as(sql).bind(token_hash).bind(now).fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}

/// Marks the chosen slot and uses up the link.
pub async fn choose_slot(
    tx: &mut Tx,
    submission_id: i64,
    slot_id: i64,
    token_hash: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let sql = "UPDATE appointment_slots SET chosen = TRUE WHERE id = $1 AND submission_id = $2";
    let changed = on_tx!(tx, conn => sqlx::query(sql).bind(slot_id).bind(submission_id)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let sql = "UPDATE appointment_links SET used_at = $2 WHERE token_hash = $1";
    on_tx!(tx, conn => sqlx::query(sql).bind(token_hash).bind(now).execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(changed == 1)
}

/// Arrival and first claim of every case of a unit, for statistics.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TimingRow {
    /// Category.
    pub category: String,
    /// Status.
    pub status: String,
    /// Arrival.
    pub created_at: DateTime<Utc>,
    /// First claim.
    pub first_claimed_at: Option<DateTime<Utc>>,
}

/// The timings of a unit's cases that arrived since `since`.
pub async fn timings(
    db: &Db,
    unit_code: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<TimingRow>> {
    let sql = "SELECT category, status, created_at, first_claimed_at FROM queue_entries \
               WHERE unit_code = $1 AND created_at >= $2";
    on_pool!(db, pool => sqlx::query_as(sql).bind(unit_code).bind(since).fetch_all(pool).await)
}

/// Open pre-complaints whose signing deadline passed before `today`:
/// (case, status, owner, unit).
pub async fn lapsed(
    db: &Db,
    today: chrono::NaiveDate,
) -> sqlx::Result<Vec<(i64, String, Option<i64>, String)>> {
    let sql = "SELECT q.submission_id, q.status, q.owner_id, q.unit_code FROM queue_entries q \
               JOIN submissions s ON s.id = q.submission_id \
               WHERE q.category = 'pre-complaint' AND s.sign_by < $1 \
               AND q.status IN ('new', 'in-review', 'appointment-proposed', 'appointment-booked', 'more-information-requested') \
               ORDER BY q.submission_id LIMIT 500";
    on_pool!(db, pool => sqlx::query_as(sql).bind(today).fetch_all(pool).await)
}

/// Anonymous reports closed before `before`: id, unit and status.
pub async fn closed_anonymous(db: &Db, before: DateTime<Utc>) -> sqlx::Result<Vec<Expired>> {
    let sql =
        "SELECT q.submission_id AS id, q.unit_code, q.status, q.category FROM queue_entries q \
               JOIN submissions s ON s.id = q.submission_id \
               WHERE s.anonymous AND q.closed_at IS NOT NULL AND q.closed_at < $1";
    on_pool!(db, pool => sqlx::query_as(sql).bind(before).fetch_all(pool).await)
}

/// A case whose retention period has ended.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Expired {
    /// The case.
    pub id: i64,
    /// Its unit (for the queue counts).
    pub unit_code: String,
    /// Its status (for the queue counts).
    pub status: String,
    /// Its category.
    pub category: String,
}

/// Where the retention periods end, as instants.
#[derive(Debug, Clone, Copy)]
pub struct RetentionLimits {
    /// Online complaints submitted before this are deleted.
    pub complaint_submitted_before: DateTime<Utc>,
    /// Discrimination reports submitted before this are deleted.
    pub discrimination_submitted_before: DateTime<Utc>,
    /// Cases closed before this are deleted.
    pub closed_before: DateTime<Utc>,
}

/// Up to `limit` cases past one of the `limits`, oldest first.
pub async fn past_retention(
    db: &Db,
    limits: &RetentionLimits,
    limit: i64,
) -> sqlx::Result<Vec<Expired>> {
    let sql =
        "SELECT q.submission_id AS id, q.unit_code, q.status, q.category FROM queue_entries q \
               JOIN submissions s ON s.id = q.submission_id \
               WHERE (q.category = 'complaint' AND s.submitted_at < $1) \
               OR (q.category = 'discrimination' AND s.submitted_at < $2) \
               OR (q.closed_at IS NOT NULL AND q.closed_at < $3) \
               ORDER BY q.submission_id LIMIT $4";
    on_pool!(db, pool => sqlx::query_as(sql).bind(limits.complaint_submitted_before)
        .bind(limits.discrimination_submitted_before).bind(limits.closed_before).bind(limit)
        .fetch_all(pool).await)
}

/// Deletes a case and everything attached to it (by cascade); keeps the
/// status counts right. `false` when it changed status meanwhile.
pub async fn delete(
    tx: &mut Tx,
    submission_id: i64,
    unit: &str,
    status: &str,
) -> sqlx::Result<bool> {
    let sql = "DELETE FROM queue_entries WHERE submission_id = $1 AND status = $2";
    let gone = on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).bind(status)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    if gone == 0 {
        return Ok(false);
    }
    adjust_counts(tx, unit, submission_id, &[(status, -1)]).await?;
    // The rest goes by cascade (history, notes, messages, slots, links,
    // follow-up code and sessions, queued mail); the sent draft has no
    // foreign key, since a draft exists before its submission.
    for sql in [
        "DELETE FROM drafts WHERE submission_id = $1",
        "DELETE FROM submissions WHERE id = $1",
    ] {
        on_tx!(tx, conn => sqlx::query(sql).bind(submission_id).execute(conn).await.map(|r| r.rows_affected()))?;
    }
    Ok(true)
}

/// Deletes the follow-up codes unused since `before`; returns how many.
pub async fn forget_unused_codes(db: &Db, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let sql = "DELETE FROM follow_up_codes WHERE last_used_at < $1";
    on_writer!(db, pool => sqlx::query(sql).bind(before).execute(pool).await.map(|r| r.rows_affected()))
}
