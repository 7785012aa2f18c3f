//! The quick exit (`GET /leave`, its script) and the forms' CSRF tokens
//! on the report's pages.

use crate::common::follow_up::{insert_violence_report, ReporterBrowser};
use crate::common::*;
use crate::walk::*;
use crate::{count, on_both_backends};
use server::db::submissions;

async fn the_quick_exit_ends_the_session(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    walk.start().await;
    walk.step("/report/safe", &[("safe_now", "yes")], "/report/who")
        .await;
    assert_eq!(count(&walk.app.db, "drafts").await, 1);
    let page = walk.get("/report/who").await;
    assert!(page
        .body
        .contains("<a href=\"/leave\" class=\"quick-exit-link\">"));
    let script = page
        .body
        .split("<script src=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let served = walk.app.get(script).await.expect(200);
    assert!(served.body.contains("location.replace"));
    assert!(served.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    walk.app
        .get("/script/quick-exit-0000000000000000.js")
        .await
        .expect(404);

    let left = walk.get("/leave").await;
    assert_eq!(left.status.as_u16(), 303);
    assert_eq!(left.location.as_deref(), Some("https://meteofrance.com/"));
    let header = |name: &str| {
        left.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    };
    assert_eq!(
        header("clear-site-data").as_deref(),
        Some("\"cache\", \"cookies\", \"storage\"")
    );
    assert_eq!(header("cache-control").as_deref(), Some("no-store"));
    assert_eq!(header("referrer-policy").as_deref(), Some("no-referrer"));
    assert_eq!(header("x-frame-options").as_deref(), Some("DENY"));
    assert!(header("content-security-policy")
        .unwrap()
        .contains("script-src 'self'"));
    let removed: Vec<&str> = left
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .filter(|c| c.contains("Max-Age=0"))
        .collect();
    for name in ["portal_session=;", "portal_start=;"] {
        assert!(
            removed.iter().any(|c| c.starts_with(name)),
            "{name} is removed: {removed:?}"
        );
    }
    assert_eq!(count(&walk.app.db, "drafts").await, 0, "the draft is gone");
    let after = walk.get("/report/who").await.expect(200);
    assert!(
        !after.body.contains("name=\"report_for\""),
        "the form is gone"
    );
    assert!(after.body.contains("quick-exit-link"), "still offered");
    walk.get("/leave")
        .await
        .expect_redirect("https://meteofrance.com/");
    walk.assert_neutral(None);
}
on_both_backends!(quick_exit, the_quick_exit_ends_the_session);

async fn forms_need_the_session_token(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    walk.start().await;
    let good = walk.app.csrf.clone();
    walk.app.csrf = "0".repeat(64);
    let refused = walk
        .post("/report/safe", &[("safe_now", "yes")])
        .await
        .expect(403);
    assert!(
        refused.body.contains("quick-exit-link"),
        "error pages offer the quick exit"
    );
    walk.post("/report/send", &[]).await.expect(403);
    walk.app.csrf = good;
    walk.get("/report/who")
        .await
        .expect_redirect("/report/safe");
    let stranger = TestApp::spawn(backend).await;
    stranger
        .post_raw("/report/safe", b"csrf=x&safe_now=yes".to_vec())
        .await
        .expect(403);
    stranger
        .post_raw("/report/send", b"csrf=x".to_vec())
        .await
        .expect(403);
    assert_eq!(submissions::count(&walk.app.db).await.unwrap(), 0);
    let missing = walk.get("/report/nowhere").await.expect(404);
    assert!(missing.body.contains("quick-exit-link"));
}
on_both_backends!(csrf, forms_need_the_session_token);

async fn leaving_ends_a_follow_up_session_too(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let open = reporter.open_report(&report.code.grouped()).await;
    assert!(open.body.contains("name=\"reply\""), "the report is open");
    let left = reporter.get("/leave").await;
    assert_eq!(left.status.as_u16(), 303);
    let cookies: Vec<&str> = left
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("portal_follow_up=;") && c.contains("Max-Age=0")),
        "{cookies:?}"
    );
    assert_eq!(
        count(&app.db, "follow_up_sessions").await,
        0,
        "the session is gone"
    );
    let after = reporter.get("/follow-up/report").await;
    assert!(
        !after.body.contains("name=\"reply\""),
        "the report is closed"
    );
}
on_both_backends!(follow_up_session, leaving_ends_a_follow_up_session_too);
