//! Sends (the submission of every flow, save-for-later emails, a
//! reporter's messages) are limited per session and in all: past the
//! limit, 429 with the "too many attempts" page in the visitor's language
//! and `Retry-After`.

mod common;

use std::num::NonZeroU32;

use common::follow_up::{insert_violence_report, typed_loosely, ReporterBrowser};
use common::*;
use server::config::SendLimitConfig;

/// A portal allowing `per_session` sends per hour per session and
/// `per_minute` in all.
async fn portal(backend: Backend, per_session: u32, per_minute: u32) -> TestApp {
    TestApp::spawn_with(backend, |config, _| {
        config.send_limits = SendLimitConfig {
            per_session_per_hour: NonZeroU32::new(per_session).unwrap(),
            per_minute: NonZeroU32::new(per_minute).unwrap(),
        }
    })
    .await
}

/// Checks a refused send: 429, the translated page, and a wait in seconds.
fn assert_refused(page: &Page, title: &str) {
    assert_eq!(page.status.as_u16(), 429, "{}", page.body);
    assert!(page.body.contains(title), "{}", page.body);
    let wait: u64 = page
        .headers
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1, "{wait}");
}

async fn a_session_past_its_sends_waits(backend: Backend) {
    let mut app = portal(backend, 2, 1000).await;
    answer_every_step(&mut app).await;
    for _ in 0..2 {
        app.post("/pre-complaint/send", &[("declaration", "yes")])
            .await
            .expect_redirect("/pre-complaint/confirmation");
    }
    let refused = app
        .post("/pre-complaint/send", &[("declaration", "yes")])
        .await;
    assert_refused(&refused, "Too many attempts");
    // Retry-After: one send comes back every half hour.
    let wait: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait <= 1800, "{wait}");
}
on_both_backends!(per_session, a_session_past_its_sends_waits);

async fn other_sessions_keep_their_own_count(backend: Backend) {
    let mut app = portal(backend, 1, 1000).await;
    answer_every_step(&mut app).await;
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect(429);
    // A second browser, in French, has its own count.
    app.client = browser("fr");
    answer_every_step(&mut app).await;
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    let refused = app
        .post("/pre-complaint/send", &[("declaration", "yes")])
        .await;
    assert_refused(&refused, "Trop de tentatives");
}
on_both_backends!(own_count, other_sessions_keep_their_own_count);

/// Opens a draft of the flow at `start` and returns the CSRF token of its
/// first step, `first`.
async fn open_draft(app: &TestApp, start: &str, first: &str) -> String {
    app.open_flow(start).await.expect_redirect(first);
    csrf_of(&app.get(first).await.expect(200).body)
}

async fn every_kind_of_send_is_counted(backend: Backend) {
    let mut app = portal(backend, 1, 1000).await;
    let title = "Too many attempts";

    // The discrimination report and the violence report: an early send
    // (refused by the flow itself: nothing answered) still counts.
    for (start, first, send) in [
        (
            "/discrimination",
            "/discrimination/safety",
            "/discrimination/send",
        ),
        ("/report", "/report/safe", "/report/send"),
    ] {
        app.client = browser("en");
        app.csrf = open_draft(&app, start, first).await;
        let first_send = app.post(send, &[]).await;
        assert_ne!(first_send.status.as_u16(), 429, "{send}");
        assert_refused(&app.post(send, &[]).await, title);
    }

    // The save-for-later email.
    app.client = browser("en");
    app.start_pre_complaint().await;
    app.post("/save-for-later", &[("email", "camille@example.fr")])
        .await
        .expect(200);
    assert_refused(
        &app.post("/save-for-later", &[("email", "camille@example.fr")])
            .await,
        title,
    );

    // A reporter's message about their report.
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&typed_loosely(&report.code)).await;
    let csrf = csrf_of(&page.body);
    let sent = reporter
        .post(
            "/follow-up/messages",
            &csrf,
            &[("reply", "A first message.")],
        )
        .await;
    assert_eq!(sent.status.as_u16(), 303, "{}", sent.body);
    assert_refused(
        &reporter
            .post(
                "/follow-up/messages",
                &csrf,
                &[("reply", "A second message.")],
            )
            .await,
        title,
    );
}
on_both_backends!(every_kind, every_kind_of_send_is_counted);

async fn every_session_shares_the_limit_in_all(backend: Backend) {
    let mut app = portal(backend, 100, 2).await;
    for _ in 0..2 {
        app.client = browser("en");
        app.start_pre_complaint().await;
        app.post("/save-for-later", &[("email", "camille@example.fr")])
            .await
            .expect(200);
    }
    app.client = browser("en");
    app.start_pre_complaint().await;
    let refused = app
        .post("/save-for-later", &[("email", "camille@example.fr")])
        .await;
    assert_refused(&refused, "Too many attempts");
    let wait: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait <= 31, "one send comes back every 30 seconds: {wait}");
}
on_both_backends!(in_all, every_session_shares_the_limit_in_all);

async fn a_send_without_session_is_not_counted(backend: Backend) {
    let app = portal(backend, 1, 1).await;
    for _ in 0..3 {
        app.post_raw("/pre-complaint/send", b"declaration=yes".to_vec())
            .await
            .expect(403);
    }
}
on_both_backends!(no_session, a_send_without_session_is_not_counted);
