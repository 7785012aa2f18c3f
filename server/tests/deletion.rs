//! Deletion when retention ends, for every kind of case: a lapsed
//! pre-complaint, an online complaint or a discrimination report past its
//! period, a closed case of any category; everything that belongs to the
//! case goes with it, the queue counts follow, the audit log keeps the
//! deletion (the case's number, no content), and on SQLite the deleted
//! words are in no page of the database file nor of its WAL. The clock is
//! moved by giving the retention functions a later "now".

mod common;

use chrono::{DateTime, Duration, Utc};
use common::agents::create_agent;
use common::*;
use server::crypto::DataKeys;
use server::db::outbox::{self, NewMessage};
use server::db::submissions::{self, NewSubmission};
use server::db::{audit, cases, drafts, follow_up, Db};
use server::retention::{close_lapsed, delete_past_retention, RetentionPolicy};

const UNIT: &str = "GN-35-BRIGADE-NUMERIQUE";
const CANARY: &str = "canary-91c4-amber-otter";

async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    server::on_pool!(db, pool => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await).unwrap()
}

/// A case of `category` submitted at `at`, with something in every table
/// that belongs to a case; the canary is in its answers (in clear, as
/// written before encryption existed) and in a message written the same
/// way, so that only deletion can make it disappear.
async fn case_with_everything(db: &Db, category: &str, reference: &str, at: DateTime<Utc>) -> i64 {
    let keys = DataKeys::random();
    let at = chrono::SubsecRound::trunc_subsecs(at, 6);
    let data = format!("{{\"account\":\"{CANARY}\"}}");
    let new = NewSubmission {
        reference,
        category,
        draft_id: reference,
        lang: "en",
        unit_code: UNIT,
        data: &data,
        submitted_at: at,
        sign_by: (category == "pre-complaint").then(|| (at + Duration::days(30)).date_naive()),
        priority: 1,
        anonymous: false,
    };
    let mut tx = db.begin().await.unwrap();
    let id = submissions::insert(&mut tx, &new).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    drafts::create(db, reference, category, "csrf", at)
        .await
        .unwrap();
    let agent = create_agent(
        db,
        &format!("{}@example.fr", reference.to_lowercase()),
        "agent",
        Some(UNIT),
    )
    .await;
    let mut tx = db.begin().await.unwrap();
    assert!(drafts::mark_sent(&mut tx, reference, id, at).await.unwrap());
    cases::add_note(&mut tx, &keys, id, agent, "a note", at)
        .await
        .unwrap();
    follow_up::create(&mut tx, id, "AAAA", "hash", at)
        .await
        .unwrap();
    let event = cases::EventRow {
        actor: format!("agent:{agent}"),
        action: "note".into(),
        from_status: "new".into(),
        to_status: "new".into(),
        detail: String::new(),
        created_at: at,
    };
    cases::add_event(&mut tx, &keys, id, &event).await.unwrap();
    let message = NewMessage {
        submission_id: Some(id),
        message_id: reference,
        recipient: "camille@example.fr",
        subject: "subject",
        body_text: "text",
        body_html: "html",
    };
    outbox::enqueue(&mut tx, &keys, &message, at).await.unwrap();
    tx.commit().await.unwrap();
    let sql = "INSERT INTO case_messages (submission_id, author, body, created_at) VALUES ($1, 'citizen', $2, $3)";
    let body = format!("message {CANARY}");
    server::on_pool!(db, pool => sqlx::query(sql).bind(id).bind(&body).bind(at).execute(pool).await.map(|_| ()))
        .unwrap();
    let sql =
        "INSERT INTO appointment_slots (submission_id, starts_at, created_at) VALUES ($1, $2, $2)";
    server::on_pool!(db, pool => sqlx::query(sql).bind(id).bind(at).execute(pool).await.map(|_| ()))
        .unwrap();
    id
}

/// Rows left in every table that belongs to case `id`.
async fn rows_of(db: &Db, id: i64) -> Vec<(&'static str, i64)> {
    let mut left = Vec::new();
    for (table, column) in [
        ("submissions", "id"),
        ("queue_entries", "submission_id"),
        ("case_events", "submission_id"),
        ("case_notes", "submission_id"),
        ("case_messages", "submission_id"),
        ("appointment_slots", "submission_id"),
        ("follow_up_codes", "submission_id"),
        ("drafts", "submission_id"),
        ("outbox", "submission_id"),
    ] {
        let n = count(
            db,
            &format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"),
            id,
        )
        .await;
        if n > 0 {
            left.push((table, n));
        }
    }
    left
}

async fn closed(db: &Db, id: i64, at: DateTime<Utc>) {
    let mut tx = db.begin().await.unwrap();
    assert!(
        cases::set_state(&mut tx, id, ("new", None), ("closed", None), false, at)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
}

fn count_of(counts: &[(String, i64)], status: &str) -> i64 {
    counts
        .iter()
        .find(|(s, _)| s == status)
        .map_or(0, |(_, n)| *n)
}

async fn each_kind_of_case_is_deleted_when_its_period_ends(backend: Backend) {
    let db = bare_database(backend).await;
    let policy = RetentionPolicy::default();
    let now = Utc::now();
    let complaint = case_with_everything(&db, "complaint", "PL-AAAA-0001-0", now).await;
    let discrimination = case_with_everything(&db, "discrimination", "DI-AAAA-0001-0", now).await;
    let closed_violence = case_with_everything(&db, "violence", "VS-AAAA-0001-0", now).await;
    let open_violence = case_with_everything(&db, "violence", "VS-AAAA-0002-0", now).await;
    closed(&db, closed_violence, now).await;
    assert_eq!(
        rows_of(&db, complaint).await.len(),
        9,
        "the case has a row in every table"
    );

    // Nothing is due yet.
    assert_eq!(delete_past_retention(&db, &policy, now).await.unwrap(), 0);

    let later = now + Duration::days(policy.complaint_days + 1);
    assert!(policy.discrimination_days > policy.complaint_days);
    assert_eq!(
        delete_past_retention(&db, &policy, later).await.unwrap(),
        1,
        "the complaint"
    );
    assert_eq!(rows_of(&db, complaint).await, vec![]);

    let later = now + Duration::days(policy.discrimination_days.max(policy.closed_days) + 1);
    assert_eq!(
        delete_past_retention(&db, &policy, later).await.unwrap(),
        2,
        "the discrimination report and the closed case"
    );
    for gone in [discrimination, closed_violence] {
        assert_eq!(rows_of(&db, gone).await, vec![], "{gone}");
    }
    assert_eq!(
        rows_of(&db, open_violence).await.len(),
        9,
        "an open report stays"
    );
    let counts = cases::counts_by_status(&db, UNIT).await.unwrap();
    assert_eq!(
        (count_of(&counts, "new"), count_of(&counts, "closed")),
        (1, 0),
        "{counts:?}"
    );
    assert_eq!(
        counts,
        cases::counted_by_status(&db, UNIT).await.unwrap(),
        "the counters match a recount"
    );

    let record = audit::for_case(&db, complaint).await.unwrap();
    assert!(
        record.iter().any(|r| r.action == "case.delete"),
        "the deletion is audited"
    );
    let audit_text = format!("{:?}", audit::all(&db).await.unwrap());
    assert!(
        !audit_text.contains(CANARY) && !audit_text.contains("PL-AAAA"),
        "{audit_text}"
    );
    assert_eq!(
        delete_past_retention(&db, &policy, later).await.unwrap(),
        0,
        "once"
    );
}
on_both_backends!(periods, each_kind_of_case_is_deleted_when_its_period_ends);

async fn a_lapsed_pre_complaint_is_deleted(backend: Backend) {
    let db = bare_database(backend).await;
    let now = Utc::now();
    let lapsed = case_with_everything(
        &db,
        "pre-complaint",
        "PP-AAAA-0001-0",
        now - Duration::days(40),
    )
    .await;
    let current = case_with_everything(
        &db,
        "pre-complaint",
        "PP-AAAA-0002-0",
        now - Duration::days(10),
    )
    .await;
    assert_eq!(close_lapsed(&db, now.date_naive()).await.unwrap(), 1);
    assert_eq!(rows_of(&db, lapsed).await, vec![]);
    assert_eq!(rows_of(&db, current).await.len(), 9);
    let actions: Vec<_> = audit::for_case(&db, lapsed)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect();
    assert_eq!(actions, ["case.delete", "case.lapse"], "newest first");
    let counts = cases::counts_by_status(&db, UNIT).await.unwrap();
    assert_eq!(counts, cases::counted_by_status(&db, UNIT).await.unwrap());
    assert_eq!(count_of(&counts, "new"), 1);
    assert_eq!(
        close_lapsed(&db, now.date_naive()).await.unwrap(),
        0,
        "once"
    );
}
on_both_backends!(lapse, a_lapsed_pre_complaint_is_deleted);

/// Whether any file of `dir` (database, WAL, shared memory) holds `needle`.
fn in_files(dir: &std::path::Path, needle: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path())
                .is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        })
        .map(|e| e.path().display().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_words_are_gone_from_the_sqlite_file_and_its_wal() {
    let (url, dir) = fresh_database(Backend::Sqlite).await;
    let db = Db::connect(&url).await.unwrap();
    server::db::units::seed(&db).await.unwrap();
    let secure: i64 = server::on_pool!(&db, pool => sqlx::query_scalar("PRAGMA secure_delete").fetch_one(pool).await).unwrap();
    assert_eq!(secure, 1, "secure_delete is on");
    let now = Utc::now();
    case_with_everything(
        &db,
        "pre-complaint",
        "PP-AAAA-0001-0",
        now - Duration::days(40),
    )
    .await;
    assert!(
        !in_files(&dir, CANARY).is_empty(),
        "the canary is written somewhere first"
    );
    assert!(!in_files(&dir, "PP-AAAA-0001-0").is_empty());
    assert_eq!(close_lapsed(&db, now.date_naive()).await.unwrap(), 1);
    assert_eq!(
        in_files(&dir, CANARY),
        Vec::<String>::new(),
        "the words are gone"
    );
    assert_eq!(
        in_files(&dir, "PP-AAAA-0001-0"),
        Vec::<String>::new(),
        "the reference is gone"
    );
    db.close().await;
}
