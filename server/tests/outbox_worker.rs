//! The outbox worker: an unreachable relay loses nothing, and the message
//! goes out once the relay is back.

mod common;

use chrono::{Duration, Utc};
use common::*;
use server::db::outbox::{self, NewMessage};
use server::db::Db;
use server::mail::Mailer;
use server::worker::{deliver_due, Backoff};

const FROM: &str = "Plainte en ligne <ne-pas-repondre@plainte.localhost>";

async fn an_unreachable_relay_loses_nothing(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let db = Db::connect(&url).await.unwrap();
    let keys = server::crypto::DataKeys::random();
    let mut tx = db.begin().await.unwrap();
    let message = NewMessage {
        submission_id: None,
        message_id: "pp-test.1",
        recipient: "camille@example.fr",
        subject: "Votre pré-plainte",
        body_text: "Bonjour",
        body_html: "<p>Bonjour</p>",
    };
    outbox::enqueue(&mut tx, &keys, &message, Utc::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    // Nothing listens on port 9 of the loopback: the relay is down.
    let down = Mailer::smtp("smtp://127.0.0.1:9").unwrap();
    assert_eq!(
        deliver_due(&db, &keys, &down, FROM, Backoff::default())
            .await
            .unwrap(),
        1
    );
    assert_eq!(outbox::pending(&db).await.unwrap(), 1, "kept for a retry");
    assert_eq!(
        deliver_due(&db, &keys, &down, FROM, Backoff::default())
            .await
            .unwrap(),
        0,
        "not retried before its back-off"
    );

    // Later, the relay is back (here: the folder transport).
    let folder = dir.join("delivered");
    let up = Mailer::folder(folder.clone()).unwrap();
    let retry = outbox::claim(
        &db,
        Utc::now() + Duration::seconds(11),
        Duration::seconds(60),
    )
    .await
    .unwrap()
    .unwrap()
    .opened(&keys)
    .unwrap();
    assert_eq!(retry.attempts, 2);
    up.send(FROM, &retry).await.unwrap();
    outbox::delivered(&db, retry.id).await.unwrap();
    assert_eq!(outbox::pending(&db).await.unwrap(), 0);
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(
        text.contains("Message-ID: <pp-test.1@plainte.localhost>"),
        "{text}"
    );
}
on_both_backends!(unreachable_relay, an_unreachable_relay_loses_nothing);
