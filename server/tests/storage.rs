//! The storage contract, run on SQLite and on PostgreSQL.

mod common;

use app::domain::unit::UnitSearch;
use chrono::{Duration, Utc};
use common::*;
use server::db::outbox::{self, NewMessage};
use server::db::submissions::{self, NewSubmission};
use server::db::{drafts, units, Db};

async fn database(backend: Backend) -> Db {
    bare_database(backend).await
}

async fn units_are_seeded_and_searchable(backend: Backend) {
    let db = database(backend).await;
    assert_eq!(
        units::seed(&db).await.unwrap(),
        0,
        "seeding twice adds nothing"
    );
    let lyon = units::search(&db, &UnitSearch::parse("lyon").unwrap(), 50)
        .await
        .unwrap();
    assert!(lyon.len() >= 2);
    assert!(lyon.iter().all(|u| u.town.to_lowercase().contains("lyon")));
    let paris = units::search(&db, &UnitSearch::parse("75").unwrap(), 50)
        .await
        .unwrap();
    assert!(paris.iter().all(|u| u.postcode.starts_with("75")) && !paris.is_empty());
    let accented = units::search(&db, &UnitSearch::parse("saint etienne").unwrap(), 5)
        .await
        .unwrap();
    assert!(accented.iter().all(|u| u.town.contains("Étienne")));
    let one = &paris[0];
    assert_eq!(
        units::find(&db, &one.code).await.unwrap().as_ref(),
        Some(one)
    );
    assert_eq!(units::find(&db, "NOPE").await.unwrap(), None);
}
on_both_backends!(unit_storage, units_are_seeded_and_searchable);

async fn drafts_are_saved_sent_once_and_purged(backend: Backend) {
    let db = database(backend).await;
    let keys = server::crypto::DataKeys::random();
    let now = Utc::now();
    drafts::create(&db, "d1", "pre-complaint", "token", now)
        .await
        .unwrap();
    assert!(drafts::save(&db, &keys, "d1", "{\"eligible\":true}", now)
        .await
        .unwrap());
    let row = drafts::find(&db, &keys, "d1", now).await.unwrap().unwrap();
    assert_eq!(row.data, "{\"eligible\":true}");
    let stored: (String,) = match &db {
        server::db::Db::Sqlite(db) => {
            sqlx::query_as("SELECT data FROM drafts")
                .fetch_one(&db.pool)
                .await
        }
        server::db::Db::Postgres(pool) => {
            sqlx::query_as("SELECT data FROM drafts")
                .fetch_one(pool)
                .await
        }
    }
    .unwrap();
    assert!(
        stored.0.starts_with("enc:v1:"),
        "answers are stored sealed: {}",
        stored.0
    );
    assert_eq!(row.csrf_token, "token");

    let mut tx = db.begin().await.unwrap();
    let new = NewSubmission {
        reference: "PP-0000-0001-X",
        category: "pre-complaint",
        draft_id: "d1",
        lang: "fr",
        unit_code: "PN-75-PARIS-05",
        data: "{}",
        submitted_at: now,
        sign_by: Some(now.date_naive()),
        priority: 3,
        anonymous: false,
    };
    let unit = units::search(&db, &UnitSearch::parse("75").unwrap(), 1)
        .await
        .unwrap()
        .remove(0);
    let new = NewSubmission {
        unit_code: &unit.code,
        ..new
    };
    let id = submissions::insert(&mut tx, &new)
        .await
        .unwrap()
        .expect("inserted");
    assert_eq!(
        submissions::insert(
            &mut tx,
            &NewSubmission {
                draft_id: "d2",
                ..new.clone()
            }
        )
        .await
        .unwrap(),
        None,
        "reference taken"
    );
    assert!(drafts::mark_sent(&mut tx, "d1", id, now).await.unwrap());
    tx.commit().await.unwrap();

    let row = drafts::find(&db, &keys, "d1", now).await.unwrap().unwrap();
    assert_eq!(row.submission_id, Some(id));
    assert_eq!(
        row.data, "{}",
        "answers are not kept in the draft once sent"
    );
    assert!(
        !drafts::save(&db, &keys, "d1", "{}", now).await.unwrap(),
        "a sent draft cannot change"
    );
    let mut tx = db.begin().await.unwrap();
    assert!(
        !drafts::mark_sent(&mut tx, "d1", id, now).await.unwrap(),
        "a sent draft cannot be sent again"
    );
    drop(tx);
    let entry = submissions::queue_entry(&db, id).await.unwrap().unwrap();
    assert_eq!((entry.status.as_str(), entry.priority), ("new", 3));

    assert_eq!(drafts::purge_expired(&db, now).await.unwrap(), 0);
    assert_eq!(
        drafts::purge_expired(&db, now + Duration::days(2))
            .await
            .unwrap(),
        1
    );
    assert!(drafts::find(&db, &keys, "d1", now).await.unwrap().is_none());
}
on_both_backends!(draft_storage, drafts_are_saved_sent_once_and_purged);

async fn the_outbox_leases_retries_and_deletes(backend: Backend) {
    let db = database(backend).await;
    let keys = server::crypto::DataKeys::random();
    let now = Utc::now();
    let mut tx = db.begin().await.unwrap();
    let message = NewMessage {
        submission_id: None,
        message_id: "m1",
        recipient: "camille.canary@example.fr",
        subject: "subject canary",
        body_text: "text canary",
        body_html: "<p>html canary</p>",
    };
    outbox::enqueue(&mut tx, &keys, &message, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let sql = "SELECT COUNT(*) FROM outbox WHERE recipient || subject || body_text || body_html LIKE '%canary%'";
    let clear: i64 =
        server::on_pool!(&db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap();
    assert_eq!(clear, 0, "recipient, subject and bodies are stored sealed");

    let lease = Duration::seconds(60);
    let claimed = outbox::claim(&db, now, lease)
        .await
        .unwrap()
        .expect("due message");
    assert_eq!((claimed.message_id.as_str(), claimed.attempts), ("m1", 1));
    let opened = claimed.clone().opened(&keys).unwrap();
    assert_eq!(
        (
            opened.recipient.as_str(),
            opened.subject.as_str(),
            opened.body_text.as_str(),
            opened.body_html.as_str()
        ),
        (
            message.recipient,
            message.subject,
            message.body_text,
            message.body_html
        )
    );
    assert!(
        claimed
            .clone()
            .opened(&server::crypto::DataKeys::random())
            .is_err(),
        "another ring does not open it"
    );
    assert!(
        outbox::claim(&db, now, lease).await.unwrap().is_none(),
        "leased to the first worker"
    );
    let refusal = "550 <camille.canary@example.fr> unknown";
    outbox::failed(&db, &keys, claimed.id, refusal, now + Duration::seconds(10))
        .await
        .unwrap();
    let sql = "SELECT COUNT(*) FROM outbox WHERE last_error LIKE '%canary%'";
    let clear: i64 =
        server::on_pool!(&db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap();
    assert_eq!(clear, 0, "the relay's refusal is stored sealed");
    assert!(
        outbox::claim(&db, now, lease).await.unwrap().is_none(),
        "not due before its retry time"
    );
    let again = outbox::claim(&db, now + Duration::seconds(11), lease)
        .await
        .unwrap()
        .expect("due again");
    assert_eq!(again.attempts, 2);
    outbox::delivered(&db, again.id).await.unwrap();
    assert_eq!(outbox::pending(&db).await.unwrap(), 0);
}
on_both_backends!(outbox_storage, the_outbox_leases_retries_and_deletes);
