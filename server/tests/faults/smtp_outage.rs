//! The SMTP relay stopped while submissions arrive
//! (`PORTAL_TEST_SMTP_OUTAGE_SECONDS`, 60 s by default): nothing is lost,
//! every confirmation mail arrives once the relay is back, each exactly
//! once (its Message-ID is stable), and the outbox ends empty.

use std::time::{Duration, Instant};

use crate::checks::*;
use crate::common::process::{ServerProcess, ServerSettings};
use crate::common::smtp_sink::SmtpSink;
use crate::common::*;
use server::db::outbox;
use server::db::Db;

/// Submissions sent while the relay is away.
const DURING_OUTAGE: usize = 6;
/// The longest wait between two attempts, set short so that the mail goes
/// out soon after the relay is back.
const RETRY_MAX_SECONDS: u64 = 10;

fn outage() -> Duration {
    let seconds = std::env::var("PORTAL_TEST_SMTP_OUTAGE_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    Duration::from_secs(seconds)
}

/// A citizen sends a pre-complaint; the reference shown.
async fn a_citizen_sends(server: &ServerProcess, db: &Db) -> String {
    let mut citizen = server.citizen(db);
    answer_every_step(&mut citizen).await;
    citizen
        .post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    reference_of(
        &citizen
            .get("/pre-complaint/confirmation")
            .await
            .expect(200)
            .body,
    )
}

/// The Message-ID delivered for `reference`, with how many copies arrived.
fn delivered_for(sink: &SmtpSink, reference: &str) -> Vec<(String, usize)> {
    let prefix = format!("{}.", reference.to_lowercase());
    delivered_message_ids(&sink.delivered())
        .into_iter()
        .filter(|(id, _)| id.starts_with(&prefix))
        .collect()
}

/// Waits until `done` holds, failing with the server's log after `within`.
async fn wait_until(server: &ServerProcess, within: Duration, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !done().await {
        assert!(Instant::now() < deadline, "{}", server.log_text());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_outage_loses_no_mail_and_sends_each_once() {
    if let Some(reason) = SmtpSink::unavailable_reason() {
        return println!("SMTP outage test skipped: {reason}");
    }
    let (url, dir) = fresh_database(Backend::Sqlite).await;
    let mut sink = SmtpSink::start(&dir.join("maildir")).await;
    let mut settings = ServerSettings::new(&url, &dir);
    settings.smtp_url = Some(sink.url());
    settings.extra_env.push((
        "PORTAL_MAIL_RETRY_MAX_SECONDS".into(),
        RETRY_MAX_SECONDS.to_string(),
    ));
    let server = ServerProcess::start(settings).await;
    let db = Db::connect(&url).await.unwrap();

    // The relay works: a first mail goes through.
    let before = a_citizen_sends(&server, &db).await;
    wait_until(&server, Duration::from_secs(30), async || {
        !delivered_for(&sink, &before).is_empty()
    })
    .await;

    // The relay is away while citizens keep sending.
    sink.stop();
    let stopped_at = Instant::now();
    let mut references = vec![before];
    for n in 0..DURING_OUTAGE {
        let due = outage() * n as u32 / DURING_OUTAGE as u32;
        if let Some(wait) = due.checked_sub(stopped_at.elapsed()) {
            tokio::time::sleep(wait).await;
        }
        references.push(a_citizen_sends(&server, &db).await);
    }
    wait_until(&server, outage(), async || {
        let tried = "SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND last_error IS NOT NULL";
        scalar(&db, tried).await == DURING_OUTAGE as i64
    })
    .await;
    assert_eq!(outbox::pending(&db).await.unwrap(), DURING_OUTAGE as i64);
    if let Some(left) = outage().checked_sub(stopped_at.elapsed()) {
        tokio::time::sleep(left).await;
    }

    // Back on the same port: everything arrives, once.
    sink.resume().await;
    let back_at = Instant::now();
    wait_until(&server, Duration::from_secs(60), async || {
        outbox::pending(&db).await.unwrap() == 0
    })
    .await;
    let delivered_after = back_at.elapsed();
    for reference in &references {
        let copies = delivered_for(&sink, reference);
        assert_eq!(
            copies.len(),
            1,
            "one Message-ID for {reference}: {copies:?}"
        );
        assert_eq!(copies[0].1, 1, "{reference} delivered more than once");
    }
    let all = delivered_message_ids(&sink.delivered());
    assert_eq!(all.len(), references.len(), "no other mail: {all:?}");
    println!(
        "SMTP away for {:?}: {} mails sent meanwhile, all {} delivered once, the last {delivered_after:?} after the relay was back",
        back_at - stopped_at,
        DURING_OUTAGE,
        all.len(),
    );
}
