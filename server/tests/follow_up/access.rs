//! Opening a report with its code: typed loosely, a wrong or malformed
//! code, the session's cookie, its end, and the forms' CSRF tokens.

use reqwest::header::SET_COOKIE;
use sha2::{Digest, Sha256};

use crate::common::follow_up::*;
use crate::common::*;
use crate::on_both_backends;
use crate::{failures_for, follow_up_cells};

/// Every way the code could be written: grouped, bare, its secret, loose.
fn spellings(code: &app::domain::follow_up_code::FollowUpCode) -> Vec<String> {
    let grouped = code.grouped();
    vec![
        grouped.clone(),
        grouped.replace('-', ""),
        code.secret().to_string(),
        typed_loosely(code),
    ]
}

async fn the_code_typed_loosely_opens_the_report(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let form = reporter.get("/follow-up").await.expect(200);
    assert!(
        form.body.contains("autocomplete=\"off\"") && form.body.contains("spellcheck=\"false\"")
    );
    assert!(
        form.body.contains("href=\"/leave\""),
        "the quick exit is offered"
    );
    let typed = typed_loosely(&report.code);
    assert_ne!(typed, report.code.grouped());
    let opened = reporter
        .post("/follow-up", &csrf_of(&form.body), &[("code", &typed)])
        .await
        .expect_redirect("/follow-up/report");
    let cookie = opened
        .headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("portal_follow_up="))
        .expect("a follow-up session cookie")
        .to_string();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(
        !cookie.contains("Max-Age") && !cookie.contains("Expires"),
        "{cookie}"
    );
    let token = cookie["portal_follow_up=".len()..]
        .split(';')
        .next()
        .unwrap();
    let cells = follow_up_cells(&app).await;
    assert!(
        cells.iter().all(|c| !c.contains(token)),
        "the cookie is not stored"
    );
    let hashed = hex::encode(Sha256::digest(token.as_bytes()));
    assert!(
        cells.iter().any(|c| c.starts_with(&hashed)),
        "its SHA-256 is"
    );

    let page = reporter.get("/follow-up/report").await.expect(200);
    assert!(page.body.contains("<title>Your report"), "a neutral title");
    assert!(
        page.body.contains("Your report has been received."),
        "{}",
        page.body
    );
    assert!(page.body.contains("No messages yet."));
    assert!(
        page.body.contains("href=\"/leave\""),
        "the quick exit is offered"
    );
    assert!(
        !page.body.contains(&report.reference),
        "the agents' reference is not shown"
    );
    for spelling in spellings(&report.code) {
        for text in [&page.body, &form.body, &opened.body, &cookie] {
            assert!(!text.contains(&spelling), "{spelling} shown");
        }
        assert!(
            cells.iter().all(|c| !c.contains(&spelling)),
            "{spelling} stored"
        );
    }
    assert_eq!(
        failures_for(&app, report.code.locator()).await,
        0,
        "a right code is no failure"
    );
}
on_both_backends!(typed_loosely_opens, the_code_typed_loosely_opens_the_report);

async fn a_wrong_code_is_refused_and_leaves_only_its_locator_and_time(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let wrong = format!("{}-WXYZ-WXYZ-WXYZ-WXYZ", report.code.locator());
    let refused = reporter.type_code(&wrong).await.expect(422);
    assert!(
        refused.body.contains("This code was not recognised"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("name=\"code\"") && refused.body.contains("value=\"\""));
    assert!(!refused.body.contains("WXYZ") && !refused.body.contains(report.code.locator()));
    assert_eq!(refused.location, None);
    assert_eq!(failures_for(&app, report.code.locator()).await, 1);
    let sql = "SELECT locator FROM follow_up_failures";
    let rows: Vec<String> =
        server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_all(pool).await).unwrap();
    assert_eq!(rows, vec![report.code.locator().to_string()]);
    let columns = "SELECT * FROM follow_up_failures";
    let width = server::on_pool!(&app.db, pool => {
        use sqlx::Row;
        sqlx::query(columns).fetch_one(pool).await.map(|r| r.len())
    })
    .unwrap();
    assert_eq!(
        width, 3,
        "id, locator and time: nothing else about the attempt"
    );
    if backend == Backend::Sqlite {
        for file in ["portal.db", "portal.db-wal"] {
            let bytes = std::fs::read(app.data_dir.join(file)).unwrap_or_default();
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("WXYZWXYZWXYZWXYZ"),
                "the wrong secret in {file}"
            );
        }
    }

    for (typed, message) in [
        ("", "Enter your follow-up code"),
        ("12345", "Enter the 20 letters"),
    ] {
        let page = reporter.type_code(typed).await.expect(422);
        assert!(page.body.contains(message), "{typed:?}: {}", page.body);
    }
    assert_eq!(
        failures_for(&app, report.code.locator()).await,
        1,
        "malformed codes are not tried"
    );
    reporter.open_report(&report.code.grouped()).await;
}
on_both_backends!(
    wrong_code,
    a_wrong_code_is_refused_and_leaves_only_its_locator_and_time
);

async fn a_session_ends_when_idle_or_stopped(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&report.code.grouped()).await;
    let csrf = csrf_of(&page.body);
    let sql = "UPDATE follow_up_sessions SET expires_at = $1";
    let idle = server::db::now() - chrono::Duration::seconds(1);
    server::on_pool!(&app.db, pool => sqlx::query(sql).bind(idle).execute(pool).await.map(|_| ()))
        .unwrap();
    reporter
        .get("/follow-up/report")
        .await
        .expect_redirect("/follow-up");
    reporter
        .post("/follow-up/messages", &csrf, &[("reply", "Still there?")])
        .await
        .expect(403);

    let page = reporter.open_report(&report.code.grouped()).await;
    let live = "SELECT expires_at FROM follow_up_sessions";
    let expires: chrono::DateTime<chrono::Utc> =
        server::on_pool!(&app.db, pool => sqlx::query_scalar(live).fetch_one(pool).await).unwrap();
    let left = expires - chrono::Utc::now();
    assert!(left > chrono::Duration::minutes(29) && left <= chrono::Duration::minutes(30));
    let stopped = reporter
        .post("/follow-up/stop", &csrf_of(&page.body), &[])
        .await
        .expect_redirect("/follow-up/stopped");
    let removal = stopped.headers.get(SET_COOKIE).unwrap().to_str().unwrap();
    assert!(
        removal.starts_with("portal_follow_up=;") && removal.contains("Max-Age=0"),
        "{removal}"
    );
    let sessions = "SELECT COUNT(*) FROM follow_up_sessions";
    let left: i64 =
        server::on_pool!(&app.db, pool => sqlx::query_scalar(sessions).fetch_one(pool).await)
            .unwrap();
    assert_eq!(left, 0, "the session is deleted");
    let after = reporter.get("/follow-up/stopped").await.expect(200);
    assert!(after.body.contains("Access closed") && after.body.contains("href=\"/leave\""));
    reporter
        .get("/follow-up/report")
        .await
        .expect_redirect("/follow-up");
}
on_both_backends!(session_end, a_session_ends_when_idle_or_stopped);

async fn forms_without_their_token_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    reporter.get("/follow-up").await.expect(200);
    let code = report.code.grouped();
    for csrf in [
        "",
        "0000000000000000000000000000000000000000000000000000000000000000",
    ] {
        reporter
            .post("/follow-up", csrf, &[("code", &code)])
            .await
            .expect(403);
    }
    let stranger = ReporterBrowser::new(&app);
    let form = reporter.get("/follow-up").await.expect(200);
    stranger
        .post("/follow-up", &csrf_of(&form.body), &[("code", &code)])
        .await
        .expect(403);
    assert_eq!(failures_for(&app, report.code.locator()).await, 0);

    let page = reporter.open_report(&code).await;
    let foreign = csrf_of(&stranger.get("/follow-up").await.body);
    for csrf in ["", foreign.as_str()] {
        reporter
            .post("/follow-up/messages", csrf, &[("reply", "Hello")])
            .await
            .expect(403);
        reporter
            .post("/follow-up/stop", csrf, &[])
            .await
            .expect(403);
    }
    reporter
        .post(
            "/follow-up/messages",
            &csrf_of(&page.body),
            &[("reply", "Hello")],
        )
        .await
        .expect_redirect("/follow-up/report");
    let bad_utf8 = format!("csrf={}&reply=%FF", csrf_of(&page.body));
    let response = reporter
        .client
        .post(format!("{}/follow-up/messages", app.base))
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(bad_utf8)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}
on_both_backends!(csrf, forms_without_their_token_are_refused);
