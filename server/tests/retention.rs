//! Retention of what is left without a name: anonymous reports are deleted
//! a set time after their closure (and only then), and follow-up codes
//! unused for a set time stop opening their report. The database has no
//! server on it, so no worker purges anything behind the test's back.

mod common;

use chrono::{Duration, Utc};
use common::agents::insert_case;
use common::*;
use server::db::{cases, follow_up, submissions, Db};
use server::retention::{delete_closed_anonymous, expire_follow_up_codes, RetentionPolicy};

const UNIT: &str = "GN-35-BRIGADE-NUMERIQUE";

async fn execute(db: &Db, sql: &str, id: i64) {
    match db {
        server::db::Db::Sqlite(db) => sqlx::query(sql)
            .bind(id)
            .execute(&db.pool)
            .await
            .map(|_| ()),
        server::db::Db::Postgres(pool) => sqlx::query(sql).bind(id).execute(pool).await.map(|_| ()),
    }
    .unwrap();
}

/// Closes a case `days_ago` days ago through the repository.
async fn close(db: &Db, id: i64, days_ago: i64) {
    let at = Utc::now() - Duration::days(days_ago);
    let mut tx = db.begin().await.unwrap();
    assert!(
        cases::set_state(&mut tx, id, ("new", None), ("closed", None), false, at)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
}

async fn anonymous_reports_are_deleted_after_their_closure_only(backend: Backend) {
    let db = bare_database(backend).await;
    let policy = RetentionPolicy::default();
    let now = Utc::now();
    let old_anonymous = insert_case(&db, UNIT, "VS-AAAA-0001-0", now, 1).await;
    let recent_anonymous = insert_case(&db, UNIT, "VS-AAAA-0002-0", now, 1).await;
    let open_anonymous = insert_case(&db, UNIT, "VS-AAAA-0003-0", now, 1).await;
    let old_named = insert_case(&db, UNIT, "VS-AAAA-0004-0", now, 1).await;
    for id in [old_anonymous, recent_anonymous, open_anonymous] {
        execute(
            &db,
            "UPDATE submissions SET anonymous = TRUE WHERE id = $1",
            id,
        )
        .await;
    }
    close(&db, old_anonymous, policy.anonymous_after_closure_days + 1).await;
    close(
        &db,
        recent_anonymous,
        policy.anonymous_after_closure_days - 1,
    )
    .await;
    close(&db, old_named, policy.anonymous_after_closure_days + 1).await;

    assert_eq!(delete_closed_anonymous(&db, &policy, now).await.unwrap(), 1);
    assert!(submissions::queue_entry(&db, old_anonymous)
        .await
        .unwrap()
        .is_none());
    assert!(cases::find(&db, old_anonymous).await.unwrap().is_none());
    for kept in [recent_anonymous, open_anonymous, old_named] {
        assert!(
            cases::find(&db, kept).await.unwrap().is_some(),
            "{kept} kept"
        );
    }
    let counts = cases::counts_by_status(&db, UNIT).await.unwrap();
    let closed = counts
        .iter()
        .find(|(s, _)| s == "closed")
        .map_or(0, |(_, n)| *n);
    assert_eq!(closed, 2, "the status counts follow the deletion");
    assert_eq!(delete_closed_anonymous(&db, &policy, now).await.unwrap(), 0);
}
on_both_backends!(
    anonymous_reports,
    anonymous_reports_are_deleted_after_their_closure_only
);

async fn unused_follow_up_codes_stop_working(backend: Backend) {
    let db = bare_database(backend).await;
    let policy = RetentionPolicy::default();
    let now = Utc::now();
    let unused = insert_case(&db, UNIT, "VS-AAAA-0005-0", now, 1).await;
    let used = insert_case(&db, UNIT, "VS-AAAA-0006-0", now, 1).await;
    let long_ago = now - Duration::days(policy.follow_up_inactivity_days + 1);
    let mut tx = db.begin().await.unwrap();
    follow_up::create(&mut tx, unused, "AAAA", "hash", long_ago)
        .await
        .unwrap();
    follow_up::create(&mut tx, used, "BBBB", "hash", now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(expire_follow_up_codes(&db, &policy, now).await.unwrap(), 1);
    assert_eq!(expire_follow_up_codes(&db, &policy, now).await.unwrap(), 0);
    assert!(
        cases::find(&db, unused).await.unwrap().is_some(),
        "the report stays"
    );
}
on_both_backends!(follow_up_codes, unused_follow_up_codes_stop_working);
