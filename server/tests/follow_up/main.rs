//! "Follow my report" over HTTP: the code typed back, the limits on
//! guessing, the follow-up session, and the messages both ways with the
//! agent. Each rule runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;

mod access;
mod limits;
mod messages;

use common::TestApp;

/// Every text cell of the follow-up tables, to look for what must not be
/// stored there.
pub async fn follow_up_cells(app: &TestApp) -> Vec<String> {
    let sql = "SELECT locator FROM follow_up_failures \
               UNION ALL SELECT locator || ' ' || code_hash FROM follow_up_codes \
               UNION ALL SELECT id || ' ' || csrf_token FROM follow_up_sessions";
    server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_all(pool).await).unwrap()
}

/// How many wrong codes are recorded for `locator`.
pub async fn failures_for(app: &TestApp, locator: &str) -> i64 {
    let since = chrono::Utc::now() - chrono::Duration::hours(2);
    server::db::follow_up::failures_for(&app.db, locator, since)
        .await
        .unwrap()
}
