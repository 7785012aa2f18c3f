//! "Save and continue later": the emailed link reopens the draft once, in
//! another browser, and not after it expired or was used.

mod common;

use chrono::{Duration, Utc};
use common::*;

/// An address no other test uses (the SMTP sink is shared by every test).
fn unique_address(name: &str) -> String {
    format!("{name}.{:08x}@example.fr", rand::random::<u32>())
}

/// The resume link in the email sent to `to`, with its token.
async fn link_sent_to(app: &TestApp, to: &str) -> String {
    let email = wait_for_email_with(app, &[to, "/resume/"]).await;
    let start = email.find("/resume/").unwrap() + "/resume/".len();
    let token: String = email[start..].chars().take(64).collect();
    assert!(token.chars().all(|c| c.is_ascii_hexdigit()), "{token}");
    format!("/resume/{token}")
}

async fn ask_for_link(app: &TestApp, to: &str) -> String {
    let page = app.get("/save-for-later").await.expect(200);
    assert!(page.body.contains("Save and continue later"));
    let sent = app
        .post("/save-for-later", &[("email", to)])
        .await
        .expect(200);
    assert!(sent.body.contains(to));
    link_sent_to(app, to).await
}

/// Opens `link` in a new browser and presses its button; returns the page
/// the browser is sent to.
async fn resume_in_new_browser(app: &TestApp, link: &str) -> (reqwest::Client, Page) {
    let client = browser("en");
    let page = fill_and_post(app, &client, link, &[]).await;
    (client, page)
}

async fn a_saved_draft_reopens_once_in_another_browser(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    let page = app.get("/pre-complaint/when").await.expect(200);
    assert!(
        page.body.contains("href=\"/save-for-later\""),
        "every step offers it"
    );
    let form = app.get("/save-for-later").await.expect(200);
    assert!(
        form.body.contains("camille.martin@example.fr"),
        "the known address is suggested"
    );
    let link = ask_for_link(&app, &unique_address("camille.saved")).await;

    let (other, opened) = resume_in_new_browser(&app, &link).await;
    opened.expect_redirect("/pre-complaint/check");
    let check = app.get_in(&other, "/pre-complaint/check").await.expect(200);
    assert!(check.body.contains("Fairphone"), "the answers came back");

    // The old browser's session no longer reaches the draft.
    let old = app.get("/pre-complaint/check").await.expect(200);
    assert!(!old.body.contains("Fairphone"));
    assert!(old.body.contains("href=\"/pre-complaint\""), "start again");
    // The link works once.
    check_gone(&app, &link).await;
}
on_both_backends!(saved_draft, a_saved_draft_reopens_once_in_another_browser);

async fn an_expired_link_no_longer_works(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    app.start_pre_complaint().await;
    let link = ask_for_link(&app, &unique_address("late")).await;
    let token = link.trim_start_matches("/resume/");
    let hash = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(token.as_bytes()));
    let past = Utc::now() - Duration::days(31);
    let sql = "UPDATE resume_links SET expires_at = $1 WHERE token_hash = $2";
    let updated = match &app.db {
        server::db::Db::Sqlite(db) => sqlx::query(sql)
            .bind(past)
            .bind(&hash)
            .execute(&db.pool)
            .await
            .unwrap()
            .rows_affected(),
        server::db::Db::Postgres(pool) => sqlx::query(sql)
            .bind(past)
            .bind(&hash)
            .execute(pool)
            .await
            .unwrap()
            .rows_affected(),
    };
    assert_eq!(updated, 1);
    check_gone(&app, &link).await;
}
on_both_backends!(expired_link, an_expired_link_no_longer_works);

async fn check_gone(app: &TestApp, link: &str) {
    let page = app.get(link).await;
    assert_eq!(page.status, 410);
    assert!(page.body.contains("no longer works"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_link_form_checks_the_address_its_token_and_a_daily_limit() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    app.start_pre_complaint().await;
    let invalid = app
        .post("/save-for-later", &[("email", "not an address")])
        .await
        .expect(422);
    assert!(
        invalid.body.contains("value=\"not an address\""),
        "the typed value is kept"
    );
    let forged = app
        .post_raw(
            "/save-for-later",
            b"csrf=forged&email=a%40example.fr".to_vec(),
        )
        .await;
    assert_eq!(forged.status, 403);
    for _ in 0..5 {
        app.post("/save-for-later", &[("email", "limit@example.fr")])
            .await
            .expect(200);
    }
    let refused = app
        .post("/save-for-later", &[("email", "limit@example.fr")])
        .await
        .expect(429);
    assert!(refused.body.contains("Too many links"));
    let unknown = app.get(&format!("/resume/{}", "0".repeat(64))).await;
    assert_eq!(unknown.status, 410);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discrimination_report_can_be_saved_and_reopened_where_it_stopped() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    app.open_flow("/discrimination")
        .await
        .expect_redirect("/discrimination/safety");
    let page = app.get("/discrimination/safety").await.expect(200);
    assert!(page.body.contains("href=\"/save-for-later\""));
    app.csrf = csrf_of(&page.body);
    app.post(
        "/discrimination/safety",
        &[("danger", "no"), ("violence", "no")],
    )
    .await
    .expect_redirect("/discrimination/role");
    let link = ask_for_link(&app, &unique_address("reporter.saved")).await;
    let (_, opened) = resume_in_new_browser(&app, &link).await;
    opened.expect_redirect("/discrimination/role");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sent_draft_cannot_be_saved_for_later() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    answer_every_step(&mut app).await;
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    app.get("/save-for-later").await.expect_redirect("/");
    let confirmation = app.get("/pre-complaint/confirmation").await.expect(200);
    assert!(!confirmation.body.contains("href=\"/save-for-later\""));
}
