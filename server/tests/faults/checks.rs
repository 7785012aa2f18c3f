//! What the fault tests check after a fault: the database holds whole
//! submissions only, and every mail is accounted for by its Message-ID.

use std::collections::BTreeMap;
use std::path::Path;

use server::db::Db;

/// A single number from `sql`.
pub async fn scalar(db: &Db, sql: &str) -> i64 {
    let row: (i64,) = server::on_pool!(db, pool => sqlx::query_as(sql).fetch_one(pool).await)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    row.0
}

/// Every way a submission could be half written, each as a query that
/// counts the offending rows.
const HALF_WRITTEN: [(&str, &str); 5] = [
    (
        "a submission without its queue entry",
        "SELECT COUNT(*) FROM submissions s \
         WHERE NOT EXISTS (SELECT 1 FROM queue_entries q WHERE q.submission_id = s.id)",
    ),
    (
        "a submission whose draft is not marked sent with it",
        "SELECT COUNT(*) FROM submissions s WHERE NOT EXISTS \
         (SELECT 1 FROM drafts d WHERE d.id = s.draft_id AND d.submission_id = s.id)",
    ),
    (
        "a draft marked sent without its submission",
        "SELECT COUNT(*) FROM drafts d WHERE d.submission_id IS NOT NULL \
         AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = d.submission_id)",
    ),
    (
        "a queue count that disagrees with the queue",
        "SELECT COUNT(*) FROM (SELECT unit_code, status, SUM(n) AS n FROM queue_counts \
         GROUP BY unit_code, status) c WHERE c.n <> \
         (SELECT COUNT(*) FROM queue_entries q WHERE q.unit_code = c.unit_code AND q.status = c.status)",
    ),
    (
        "queue entries missing from the queue counts",
        "SELECT COUNT(*) FROM (SELECT unit_code, status FROM queue_entries GROUP BY unit_code, status) g \
         WHERE NOT EXISTS (SELECT 1 FROM queue_counts c WHERE c.unit_code = g.unit_code AND c.status = g.status)",
    ),
];

/// Fails the test on any half-written submission.
pub async fn assert_no_half_written_submission(db: &Db) {
    for (what, sql) in HALF_WRITTEN {
        assert_eq!(scalar(db, sql).await, 0, "found {what}");
    }
}

/// The Message-IDs (without angle brackets) of the `.eml` or Maildir files
/// in `folder`, with how many files carry each.
pub fn delivered_message_ids(folder: &Path) -> BTreeMap<String, usize> {
    let mut ids = BTreeMap::new();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let id = text
            .lines()
            .take_while(|line| !line.is_empty())
            .find_map(|line| {
                let (name, value) = line.split_once(':')?;
                name.eq_ignore_ascii_case("message-id")
                    .then(|| value.trim().trim_matches(['<', '>']).to_string())
            });
        if let Some(id) = id {
            *ids.entry(id).or_insert(0) += 1;
        }
    }
    ids
}

/// The Message-IDs still waiting in the outbox, with the domain the
/// mailer adds.
pub async fn queued_message_ids(db: &Db) -> Vec<String> {
    let sql = "SELECT message_id FROM outbox";
    let rows: Vec<(String,)> =
        server::on_pool!(db, pool => sqlx::query_as(sql).fetch_all(pool).await).unwrap();
    rows.into_iter()
        .map(|(id,)| format!("{id}@plainte.localhost"))
        .collect()
}

/// The reference a confirmation mail's Message-ID names
/// (`pp-xxxx-xxxx.<random>@domain` → `PP-XXXX-XXXX`).
pub fn reference_in_message_id(message_id: &str) -> String {
    message_id
        .split('.')
        .next()
        .unwrap_or_default()
        .to_uppercase()
}

/// Every reference in `submissions`.
pub async fn stored_references(db: &Db) -> Vec<String> {
    let sql = "SELECT reference FROM submissions ORDER BY reference";
    let rows: Vec<(String,)> =
        server::on_pool!(db, pool => sqlx::query_as(sql).fetch_all(pool).await).unwrap();
    rows.into_iter().map(|(r,)| r).collect()
}
