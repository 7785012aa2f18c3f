//! Key rotation: values sealed with an old key are re-sealed with the
//! current one, after which the old key can leave the ring and every value
//! still reads; a second rotation re-seals nothing; a value whose key is
//! missing stops the rotation with a clear error.

mod common;

use base64::Engine;
use chrono::Utc;
use common::agents::{create_agent, insert_case};
use common::*;
use server::crypto::{Column, DataKeys};
use server::db::outbox::{self, NewMessage};
use server::db::rekey::{reseal_column, RekeyError};
use server::db::{cases, drafts, Db};

const UNIT: &str = "GN-35-BRIGADE-NUMERIQUE";

fn key(id: &str, byte: u8) -> String {
    let key = base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    format!("{id}:{key}")
}

async fn execute(db: &Db, sql: &str, value: &str, id: i64) {
    server::on_pool!(db, pool => sqlx::query(sql).bind(value).bind(id).execute(pool).await.map(|_| ()))
        .unwrap();
}

/// One value of every sealed column, sealed with `keys`; returns the case.
async fn store_everything(db: &Db, keys: &DataKeys) -> i64 {
    let now = Utc::now();
    let id = insert_case(db, UNIT, "PP-AAAA-0001-0", now, 1).await;
    let answers = keys.seal(Column::SubmissionData, "{\"account\":\"answers\"}");
    execute(
        db,
        "UPDATE submissions SET data = $1 WHERE id = $2",
        &answers,
        id,
    )
    .await;
    drafts::create(db, "draft-1", "pre-complaint", "csrf", now)
        .await
        .unwrap();
    assert!(drafts::save(db, keys, "draft-1", "{\"draft\":1}", now)
        .await
        .unwrap());
    let agent = create_agent(db, "rotation@example.fr", "agent", Some(UNIT)).await;
    let mut tx = db.begin().await.unwrap();
    cases::add_note(&mut tx, keys, id, agent, "a note", now)
        .await
        .unwrap();
    cases::add_message(&mut tx, keys, id, None, "a message", now)
        .await
        .unwrap();
    // A history line with a reason, and one without: nothing to seal.
    for detail in ["a reason", ""] {
        let event = cases::EventRow {
            actor: format!("agent:{agent}"),
            action: "reject".into(),
            from_status: "in-review".into(),
            to_status: "rejected".into(),
            detail: detail.into(),
            created_at: now,
        };
        cases::add_event(&mut tx, keys, id, &event).await.unwrap();
    }
    let message = NewMessage {
        submission_id: None,
        message_id: "m1",
        recipient: "camille@example.fr",
        subject: "subject",
        body_text: "text",
        body_html: "<p>html</p>",
    };
    outbox::enqueue(&mut tx, keys, &message, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// Rotates every column; returns how many values it re-sealed.
async fn rotate(db: &Db, keys: &DataKeys) -> Result<u64, RekeyError> {
    let mut total = 0;
    for column in Column::ALL {
        // Batches of 1 so that batching itself is exercised.
        total += reseal_column(db, keys, column, 1).await?;
    }
    Ok(total)
}

async fn every_value_reads_after_the_old_key_leaves(backend: Backend) {
    let db = bare_database(backend).await;
    let old = DataKeys::parse(&key("a", 1)).unwrap();
    let id = store_everything(&db, &old).await;
    let now = Utc::now();
    // A message that failed once has its relay error sealed too.
    let claimed = outbox::claim(&db, now, chrono::Duration::seconds(1))
        .await
        .unwrap()
        .unwrap();
    outbox::failed(&db, &old, claimed.id, "relay down", now)
        .await
        .unwrap();

    let both = DataKeys::parse(&format!("{},{}", key("b", 2), key("a", 1))).unwrap();
    // drafts.data, submissions.data, a note, a message, a history line's
    // detail, and the outbox's recipient, subject, two bodies and last error.
    assert_eq!(rotate(&db, &both).await.unwrap(), 10);
    assert_eq!(rotate(&db, &both).await.unwrap(), 0, "nothing left to do");

    let new_only = DataKeys::parse(&key("b", 2)).unwrap();
    let draft = drafts::find(&db, &new_only, "draft-1", now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(draft.data, "{\"draft\":1}");
    let head = cases::find(&db, id).await.unwrap().unwrap();
    assert_eq!(
        head.answers(&new_only).unwrap(),
        "{\"account\":\"answers\"}"
    );
    let notes = cases::notes(&db, &new_only, id).await.unwrap();
    assert_eq!(notes[0].body, "a note");
    let messages = cases::messages(&db, &new_only, id).await.unwrap();
    assert_eq!(messages[0].body, "a message");
    let history = cases::events(&db, &new_only, id).await.unwrap();
    let details: Vec<&str> = history.iter().map(|e| e.detail.as_str()).collect();
    assert_eq!(details, ["a reason", ""]);
    let mail = outbox::claim(
        &db,
        now + chrono::Duration::hours(1),
        chrono::Duration::seconds(60),
    )
    .await
    .unwrap()
    .unwrap()
    .opened(&new_only)
    .unwrap();
    assert_eq!(
        (mail.recipient.as_str(), mail.body_html.as_str()),
        ("camille@example.fr", "<p>html</p>")
    );
    let sql = "SELECT last_error FROM outbox";
    let error: String =
        server::on_pool!(&db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap();
    assert!(error.starts_with("enc:v1:b:"), "{error}");
    assert_eq!(
        new_only.open(Column::OutboxLastError, &error).unwrap(),
        "relay down"
    );
}
on_both_backends!(rotation, every_value_reads_after_the_old_key_leaves);

async fn a_value_sealed_with_a_missing_key_stops_the_rotation(backend: Backend) {
    let db = bare_database(backend).await;
    let lost = DataKeys::parse(&key("lost", 3)).unwrap();
    store_everything(&db, &lost).await;
    let ring = DataKeys::parse(&key("b", 2)).unwrap();
    let error = reseal_column(&db, &ring, Column::NoteBody, 100)
        .await
        .unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("case_notes.body") && text.contains("\"lost\""),
        "{text}"
    );
    let sql = "SELECT body FROM case_notes";
    let body: String =
        server::on_pool!(&db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap();
    assert!(body.starts_with("enc:v1:lost:"), "left as it was");
}
on_both_backends!(
    missing_key,
    a_value_sealed_with_a_missing_key_stops_the_rotation
);
