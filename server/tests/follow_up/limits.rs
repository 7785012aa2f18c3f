//! The limits on guessing codes: per code (its locator), in all, and
//! under a burst of concurrent guesses from separate clients.

use chrono::{Duration, Utc};

use crate::common::follow_up::*;
use crate::common::*;
use crate::failures_for;
use crate::on_both_backends;

/// Moves every recorded failure `minutes` into the past.
async fn age_failures(app: &TestApp, minutes: i64) {
    let sql = "UPDATE follow_up_failures SET failed_at = $1";
    let at = server::db::now() - Duration::minutes(minutes);
    server::on_pool!(&app.db, pool => sqlx::query(sql).bind(at).execute(pool).await.map(|_| ()))
        .unwrap();
}

/// A wrong code with the same locator as `report`'s.
fn near_miss(report: &TestReport, n: usize) -> String {
    let secret: String = report
        .code
        .secret()
        .chars()
        .map(|c| if c == 'Z' { 'Y' } else { 'Z' })
        .collect();
    format!("{}{}{n:04}", report.code.locator(), &secret[4..])
}

async fn the_sixth_attempt_on_a_code_waits_even_when_right(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let other = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    for n in 0..5 {
        reporter.type_code(&near_miss(&report, n)).await.expect(422);
    }
    let paused = reporter.type_code(&report.code.grouped()).await.expect(429);
    assert!(
        paused.body.contains("Please wait before trying again"),
        "{}",
        paused.body
    );
    assert!(paused.body.contains("for this code") && paused.body.contains("href=\"/leave\""));
    assert!(!paused.body.contains(&report.code.grouped()));
    assert_eq!(
        failures_for(&app, report.code.locator()).await,
        5,
        "a refused attempt is not a failure"
    );
    if other.code.locator() != report.code.locator() {
        reporter.open_report(&other.code.grouped()).await;
    }
    age_failures(&app, 61).await;
    reporter.open_report(&report.code.grouped()).await;
}
on_both_backends!(per_code, the_sixth_attempt_on_a_code_waits_even_when_right);

async fn many_wrong_codes_in_a_minute_pause_every_code(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let now = server::db::now();
    for n in 0..100 {
        let locator = format!("{:04}", n % 10_000);
        server::db::follow_up::record_failure(&app.db, &locator, now)
            .await
            .unwrap();
    }
    let reporter = ReporterBrowser::new(&app);
    let paused = reporter.type_code(&report.code.grouped()).await.expect(429);
    assert!(
        paused.body.contains("Many codes were tried"),
        "{}",
        paused.body
    );
    let in_all = server::db::follow_up::failures_in_all(&app.db, now - Duration::minutes(5))
        .await
        .unwrap();
    assert_eq!(in_all, 100);
    age_failures(&app, 2).await;
    reporter.open_report(&report.code.grouped()).await;
}
on_both_backends!(global, many_wrong_codes_in_a_minute_pause_every_code);

/// Types each code at once, each from its own client; returns the statuses.
async fn guess_together(app: &TestApp, codes: Vec<String>) -> Vec<u16> {
    let guesses: Vec<_> = codes
        .into_iter()
        .map(|typed| {
            let guesser = ReporterBrowser {
                client: browser("en"),
                base: app.base.clone(),
            };
            tokio::spawn(async move { guesser.type_code(&typed).await.status.as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for guess in guesses {
        statuses.push(guess.await.unwrap());
    }
    statuses
}

async fn a_hundred_concurrent_guesses_open_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let started = Utc::now();

    // A hundred codes of all kinds at once: each is checked, none opens.
    let random = (0..100)
        .map(|_| server::follow_up::generate().grouped())
        .collect();
    let statuses = guess_together(&app, random).await;
    assert!(statuses.iter().all(|s| *s == 422), "{statuses:?}");
    let since = server::db::now() - Duration::minutes(5);
    let in_all = server::db::follow_up::failures_in_all(&app.db, since)
        .await
        .unwrap();
    assert_eq!(in_all, 100);
    let right = ReporterBrowser::new(&app)
        .type_code(&report.code.grouped())
        .await;
    assert_eq!(
        right.status, 429,
        "the hundred-and-first code in a minute waits"
    );
    age_failures(&app, 2).await;

    // A hundred guesses of one code at once: at most five are checked.
    let near = (0..100).map(|n| near_miss(&report, n)).collect();
    let statuses = guess_together(&app, near).await;
    let count = |s: u16| statuses.iter().filter(|x| **x == s).count();
    assert_eq!(count(303), 0, "no guess opened the report");
    assert!(
        count(422) <= 5,
        "at most five guesses checked: {statuses:?}"
    );
    assert_eq!(count(422) + count(429), 100, "{statuses:?}");
    let recorded = failures_for(&app, report.code.locator()).await;
    assert_eq!(
        recorded,
        count(422) as i64,
        "refused guesses are not failures"
    );
    assert!(Utc::now() - started < Duration::seconds(90));
    // Concurrent attempts count each other before the refused ones are
    // taken back, so fewer than five may have been checked: the limit
    // errs on the side of refusing.
    let right = ReporterBrowser::new(&app)
        .type_code(&report.code.grouped())
        .await;
    assert_eq!(right.status, if recorded == 5 { 429 } else { 303 });
}
on_both_backends!(concurrent, a_hundred_concurrent_guesses_open_nothing);
