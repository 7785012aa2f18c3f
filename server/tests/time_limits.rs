//! Time limits a visitor can meet while typing (WCAG 2.2.1): the follow-up
//! session and the agent session end after 30 minutes without a request.
//! Each page says so, with the time it ends, and offers a button that
//! gives the full time again without losing what was typed. The clock is
//! moved by ageing the session in the database. Each rule runs on SQLite
//! and on PostgreSQL.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::agents::*;
use common::follow_up::*;
use common::*;

const UNIT: &str = "PN-69-LYON-01";

/// The end of the only follow-up session.
async fn follow_up_session_end(app: &TestApp) -> DateTime<Utc> {
    let sql = "SELECT expires_at FROM follow_up_sessions";
    server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

/// Moves the end of every follow-up session to `at`.
async fn set_follow_up_session_end(app: &TestApp, at: DateTime<Utc>) {
    let sql = "UPDATE follow_up_sessions SET expires_at = $1";
    server::on_pool!(&app.db, pool => sqlx::query(sql).bind(at).execute(pool).await.map(|r| r.rows_affected())).unwrap();
}

async fn the_follow_up_page_states_its_limit_and_keeping_it_loses_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&report.code.grouped()).await;
    assert!(
        page.body.contains("30 minutes without any action"),
        "{}",
        page.body
    );
    assert!(page.body.contains("name=\"intent\" value=\"keep\""));

    // 28 minutes later, with an answer half typed: two minutes are left.
    set_follow_up_session_end(&app, Utc::now() + Duration::minutes(2)).await;
    let typed = "I am still writing this answer";
    let kept = reporter
        .post(
            "/follow-up/messages",
            &csrf_of(&page.body),
            &[("reply", typed), ("intent", "keep")],
        )
        .await
        .expect(200);
    assert!(
        kept.body
            .contains(">I am still writing this answer</textarea>"),
        "the answer comes back as typed: {}",
        kept.body
    );
    let end = follow_up_session_end(&app).await;
    assert!(
        end > Utc::now() + Duration::minutes(29),
        "the full 30 minutes again, not {end}"
    );
    let messages = "SELECT COUNT(*) FROM case_messages";
    let sent: i64 =
        server::on_pool!(&app.db, pool => sqlx::query_scalar(messages).fetch_one(pool).await)
            .unwrap();
    assert_eq!(sent, 0, "keeping the session sends nothing");

    // Any request extends it as well; without one, it ends.
    set_follow_up_session_end(&app, Utc::now() + Duration::minutes(1)).await;
    reporter.get("/follow-up/report").await.expect(200);
    assert!(follow_up_session_end(&app).await > Utc::now() + Duration::minutes(29));
    set_follow_up_session_end(&app, Utc::now() - Duration::seconds(1)).await;
    reporter
        .get("/follow-up/report")
        .await
        .expect_redirect("/follow-up");
}
on_both_backends!(
    follow_up_limit,
    the_follow_up_page_states_its_limit_and_keeping_it_loses_nothing
);

/// When the only agent session was last used.
async fn agent_last_seen(app: &TestApp) -> DateTime<Utc> {
    let sql = "SELECT last_seen_at FROM agent_sessions";
    server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

/// Ages every agent session to its last use `ago`.
async fn set_agent_last_seen(app: &TestApp, ago: Duration) {
    let sql = "UPDATE agent_sessions SET last_seen_at = $1";
    let at = Utc::now() - ago;
    server::on_pool!(&app.db, pool => sqlx::query(sql).bind(at).execute(pool).await.map(|r| r.rows_affected())).unwrap();
}

async fn the_agent_pages_state_the_limit_and_keep_the_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "limit@example.fr", "supervisor", Some(UNIT)).await;
    let agent = sign_in(&app, "limit@example.fr").await;
    for path in ["/agent", "/agent/statistics"] {
        let page = agent.get(path).await.expect(200);
        assert!(
            page.body.contains("30 minutes without any action"),
            "{path}: {}",
            page.body
        );
        assert!(
            page.body.contains("action=\"/agent/session/keep\""),
            "{path}"
        );
        assert!(
            page.body
                .contains(&format!("name=\"back\" value=\"{path}\"")),
            "{path}"
        );
    }

    // A request marks the session as used, at most once a minute.
    set_agent_last_seen(&app, Duration::seconds(30)).await;
    let marked = agent_last_seen(&app).await;
    agent.get("/agent").await.expect(200);
    assert_eq!(
        agent_last_seen(&app).await,
        marked,
        "marked 30 s ago: not again"
    );
    set_agent_last_seen(&app, Duration::seconds(90)).await;
    let page = agent.get("/agent").await.expect(200);
    assert!(agent_last_seen(&app).await > Utc::now() - Duration::seconds(10));
    let ends = (agent_last_seen(&app).await + Duration::minutes(30))
        .format("%H:%M UTC")
        .to_string();
    assert!(
        page.body.contains(&ends),
        "the page says when it ends: {ends}"
    );

    // 29 minutes without a request, then "Keep my session open".
    set_agent_last_seen(&app, Duration::minutes(29)).await;
    agent
        .post("/agent/session/keep", &[("back", "/agent/statistics")])
        .await
        .expect_redirect("/agent/statistics");
    assert!(agent_last_seen(&app).await > Utc::now() - Duration::minutes(1));
    agent.get("/agent/statistics").await.expect(200);

    // The way back stays inside the workspace.
    agent
        .post(
            "/agent/session/keep",
            &[("back", "https://elsewhere.example")],
        )
        .await
        .expect_redirect("/agent");

    // Past the limit, the session is gone and keeping it is refused.
    set_agent_last_seen(&app, Duration::minutes(31)).await;
    agent.get("/agent").await.expect(401);
    agent
        .post("/agent/session/keep", &[("back", "/agent")])
        .await
        .expect(401);
}
on_both_backends!(
    agent_limit,
    the_agent_pages_state_the_limit_and_keep_the_session
);
