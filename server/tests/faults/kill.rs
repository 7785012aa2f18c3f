//! kill -9 during a burst of sends: every reference a citizen was shown is
//! stored whole (submission, queue entry, confirmation mail), nothing is
//! half written, and a citizen whose send was cut off sends again.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::sync::Barrier;
use tokio::task::JoinSet;

use crate::checks::*;
use crate::common::process::{ServerProcess, ServerSettings};
use crate::common::*;
use crate::on_both_backends;
use server::db::{submissions, Db};

/// Citizens sending at the same moment.
const CITIZENS: usize = 32;
/// The server is killed once this many citizens were shown their reference.
const KILL_AFTER: usize = 6;

/// How a citizen's send ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// The confirmation page showed this reference.
    Acknowledged(String),
    /// The send was answered with the redirect to the confirmation, which
    /// did not open.
    Unconfirmed,
    /// The send got no answer, or 503.
    CutOff,
}

/// Sends the citizen's checked pre-complaint and opens the confirmation,
/// as a browser would; a dead server ends it early.
async fn send(citizen: &TestApp) -> Outcome {
    let sent = citizen
        .client
        .post(format!("{}/pre-complaint/send", citizen.base))
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(format!("csrf={}&declaration=yes", citizen.csrf))
        .send()
        .await;
    match sent {
        Ok(r) if r.status() == StatusCode::SEE_OTHER => {}
        // A busy moment may ask the citizen to try again; nothing was shown.
        Ok(r) if r.status() == StatusCode::SERVICE_UNAVAILABLE => return Outcome::CutOff,
        Ok(r) => panic!("the send answered {}", r.status()),
        Err(_) => return Outcome::CutOff,
    }
    match confirmation(citizen).await {
        Some(reference) => Outcome::Acknowledged(reference),
        None => Outcome::Unconfirmed,
    }
}

/// The reference on the citizen's confirmation page, if it opens.
async fn confirmation(citizen: &TestApp) -> Option<String> {
    let url = format!("{}/pre-complaint/confirmation", citizen.base);
    let response = citizen.client.get(url).send().await.ok()?;
    if response.status() != StatusCode::OK {
        return None;
    }
    let body = response.text().await.ok()?;
    Some(reference_of(&body))
}

/// `CITIZENS` citizens with their pre-complaint answered up to the check
/// page.
async fn citizens_at_the_check_page(server: &ServerProcess, db: &Db) -> Vec<TestApp> {
    let mut filling = JoinSet::new();
    for _ in 0..CITIZENS {
        let mut citizen = server.citizen(db);
        filling.spawn(async move {
            answer_every_step(&mut citizen).await;
            citizen
        });
    }
    filling.join_all().await
}

async fn a_kill_during_a_burst_loses_no_acknowledged_submission(backend: Backend) {
    let (url, dir) = fresh_database(backend).await;
    let mut server = ServerProcess::start(ServerSettings::new(&url, &dir)).await;
    let db = Db::connect(&url).await.unwrap();
    let citizens = citizens_at_the_check_page(&server, &db).await;

    // Every citizen sends at once; the server dies mid-burst.
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let finished = Arc::new(AtomicUsize::new(0));
    let start = Arc::new(Barrier::new(CITIZENS + 1));
    let mut burst = JoinSet::new();
    for citizen in citizens {
        let (acknowledged, finished, start) =
            (acknowledged.clone(), finished.clone(), start.clone());
        burst.spawn(async move {
            start.wait().await;
            let outcome = send(&citizen).await;
            if matches!(outcome, Outcome::Acknowledged(_)) {
                acknowledged.fetch_add(1, Ordering::SeqCst);
            }
            finished.fetch_add(1, Ordering::SeqCst);
            (citizen, outcome)
        });
    }
    start.wait().await;
    let deadline = Instant::now() + Duration::from_secs(60);
    while acknowledged.load(Ordering::SeqCst) < KILL_AFTER
        && finished.load(Ordering::SeqCst) < CITIZENS
    {
        assert!(Instant::now() < deadline, "the burst never got answers");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    server.kill();
    let results = burst.join_all().await;
    let shown: Vec<String> = results
        .iter()
        .filter_map(|(_, outcome)| match outcome {
            Outcome::Acknowledged(reference) => Some(reference.clone()),
            _ => None,
        })
        .collect();
    let count = |wanted: &Outcome| results.iter().filter(|(_, o)| o == wanted).count();
    println!(
        "{backend:?}: {CITIZENS} sends, {} acknowledged before the kill, {} unconfirmed, {} cut off",
        shown.len(),
        count(&Outcome::Unconfirmed),
        count(&Outcome::CutOff),
    );
    assert!(shown.len() >= KILL_AFTER.min(CITIZENS));

    // Started again on the same database.
    let settings = server.settings.clone();
    drop(server);
    let server = ServerProcess::start(settings).await;
    for reference in &shown {
        let stored = submissions::find_by_reference(&db, reference)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("acknowledged {reference} was lost"));
        assert!(
            submissions::queue_entry(&db, stored.id)
                .await
                .unwrap()
                .is_some(),
            "{reference} has no queue entry"
        );
    }
    assert_no_half_written_submission(&db).await;

    // Each citizen finds their sent pre-complaint, or sends it again.
    for (mut citizen, outcome) in results {
        citizen.base = server.base.clone();
        let reference = match confirmation(&citizen).await {
            Some(reference) => reference,
            None => {
                assert!(
                    !matches!(outcome, Outcome::Acknowledged(_)),
                    "an acknowledged send has no confirmation after the restart"
                );
                match send(&citizen).await {
                    Outcome::Acknowledged(reference) => reference,
                    other => panic!("a send after the restart ended {other:?}"),
                }
            }
        };
        if let Outcome::Acknowledged(before) = &outcome {
            assert_eq!(&reference, before, "the confirmation changed");
        }
    }
    let stored = stored_references(&db).await;
    assert_eq!(stored.len(), CITIZENS, "one submission per citizen");
    assert_eq!(submissions::count(&db).await.unwrap() as usize, CITIZENS);
    assert_no_half_written_submission(&db).await;

    // Every submission's confirmation mail is queued or delivered, and no
    // mail names a submission that does not exist.
    let mut mails = queued_message_ids(&db).await;
    mails.extend(delivered_message_ids(&dir.join("outbox")).into_keys());
    mails.sort();
    mails.dedup();
    let mut mailed: Vec<String> = mails.iter().map(|m| reference_in_message_id(m)).collect();
    mailed.sort();
    assert_eq!(mailed, stored, "one confirmation mail per submission");
}
on_both_backends!(
    kill_during_a_burst,
    a_kill_during_a_burst_loses_no_acknowledged_submission
);
