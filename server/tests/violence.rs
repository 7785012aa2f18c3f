//! The report of sexual and sexist violence walked over HTTP against the
//! real server: from the interruption page to the confirmation with its
//! follow-up code, the quick exit, the errors, and the agents' queue.

mod common;
#[path = "violence/safety.rs"]
mod safety;
#[path = "violence/walk.rs"]
mod walk;

use chrono::{Duration, Utc};
use common::agents::*;
use common::*;
use server::db::{submissions, Db};
use walk::*;

/// The digital brigade, which receives reports from nowhere in particular.
const NATIONAL_UNIT: &str = "GN-35-BRIGADE-NUMERIQUE";

pub async fn count(db: &Db, table: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {table}");
    let row: (i64,) = match db {
        Db::Sqlite(db) => sqlx::query_as(&sql).fetch_one(&db.pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_as(&sql).fetch_one(pool).await.unwrap(),
    };
    row.0
}

/// Messages queued or delivered to files.
async fn mails(app: &TestApp) -> usize {
    let files = std::fs::read_dir(app.data_dir.join("outbox")).map_or(0, |d| d.count());
    files + count(&app.db, "outbox").await as usize
}

/// The stored submission and queue entry of a confirmation page.
async fn stored(app: &TestApp, page: &Page) -> (submissions::SubmissionSummary, i32) {
    let reference = reference_of(&page.body);
    assert!(reference.starts_with("VS-"), "{reference}");
    let submission = submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .expect("stored");
    let entry = submissions::queue_entry(&app.db, submission.id)
        .await
        .unwrap()
        .expect("queued");
    assert_eq!(
        (entry.category.as_str(), entry.status.as_str()),
        ("violence", "new")
    );
    (submission, entry.priority)
}

async fn an_anonymous_report_shows_its_code_once(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    let check = walk.anonymous_to_check("yes", "69003").await;
    assert!(check
        .body
        .contains("He sends me &lt;b&gt;messages&lt;/b&gt; every night."));
    assert!(check.body.contains("href=\"/report/when?from=check\""));
    let (confirmation, code) = walk.send().await;
    assert!(is_grouped_code(&code), "{code}");
    assert!(confirmation.body.contains("cannot be recovered"));
    assert!(confirmation.body.contains("href=\"/follow-up\""));
    let (submission, priority) = stored(&walk.app, &confirmation).await;
    assert_eq!(submission.category, "violence");
    assert_eq!(priority, 1, "before every other category");
    assert_eq!(
        submission.unit_code, "PN-69-LYON-01",
        "the first unit of the 69"
    );

    let later = walk.get("/report/sent").await.expect(200);
    assert!(code_of(&later.body).is_none() && !later.body.contains(&code));
    assert!(later.body.contains("shown only once"));
    let again = walk
        .post("/report/send", &[])
        .await
        .expect_redirect("/report/sent");
    assert!(!again.body.contains(&code));
    walk.get("/report/check")
        .await
        .expect_redirect("/report/sent");
    assert_eq!(submissions::count(&walk.app.db).await.unwrap(), 1);
    assert_eq!(
        mails(&walk.app).await,
        0,
        "no email for an anonymous report"
    );
    walk.assert_neutral(Some(&code));
}
on_both_backends!(anonymous_report, an_anonymous_report_shows_its_code_once);

async fn a_person_in_danger_comes_first_and_may_skip_everything(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    walk.start().await;
    walk.step("/report/safe", &[("safe_now", "no")], "/report/help")
        .await;
    let help = walk
        .step(
            "/report/who",
            &[("report_for", "someone-else"), ("age", "under-18")],
            "/report/help",
        )
        .await;
    assert!(help.body.contains("href=\"tel:119\"") && help.body.contains("href=\"sms:114\""));
    assert!(help.body.contains("href=\"/report/contact-choice\""));
    walk.get("/report/check").await.expect(200);
    let (confirmation, code) = walk.send().await;
    assert!(is_grouped_code(&code));
    assert!(confirmation.body.contains("href=\"tel:119\""));
    let (submission, priority) = stored(&walk.app, &confirmation).await;
    assert_eq!(priority, 0, "not safe now: first of all");
    assert_eq!(submission.unit_code, NATIONAL_UNIT, "no place given");
    walk.assert_neutral(Some(&code));

    let mut other = Walk::spawn(backend).await;
    other.anonymous_to_check("not-sure", "48").await;
    // A double click: one submission, one code, shown once.
    let (a, b) = tokio::join!(
        other.app.post("/report/send", &[]),
        other.app.post("/report/send", &[])
    );
    let (confirmation, again) = if a.status.as_u16() == 200 {
        (a, b)
    } else {
        (b, a)
    };
    let code = code_of(&confirmation.body).expect("the first send shows the code");
    let again = again.expect_redirect("/report/sent");
    assert!(!again.body.contains(&code));
    assert_eq!(submissions::count(&other.app.db).await.unwrap(), 1);
    let (submission, priority) = stored(&other.app, &confirmation).await;
    assert_eq!(priority, 0, "not sure counts as not safe");
    assert_eq!(submission.unit_code, NATIONAL_UNIT, "no unit in the Lozère");
}
on_both_backends!(
    danger,
    a_person_in_danger_comes_first_and_may_skip_everything
);

async fn an_identified_reporter_gets_a_neutral_email(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    walk.start().await;
    walk.step("/report/safe", &[("safe_now", "yes")], "/report/who")
        .await;
    walk.step(
        "/report/who",
        &[("report_for", "myself")],
        "/report/contact-choice",
    )
    .await;
    let fields = [
        ("anonymity", "identified"),
        ("name", "Camille"),
        ("contact_by", "email"),
        ("email", "camille.vss@example.org"),
        ("safe_times", "Weekdays, 9 to 12"),
    ];
    walk.step("/report/contact-choice", &fields, "/report/what")
        .await;
    walk.step("/report/what", &[("facts", "touching")], "/report/when")
        .await;
    walk.step("/report/when", &[], "/report/person").await;
    walk.step("/report/person", &[], "/report/details").await;
    walk.step(
        "/report/details",
        &[("details", "CANARY-7731 at the office")],
        "/report/support",
    )
    .await;
    let check = walk.step("/report/support", &[], "/report/check").await;
    assert!(
        check.body.contains("camille.vss@example.org") && check.body.contains("Weekdays, 9 to 12")
    );
    let (confirmation, code) = walk.send().await;
    let reference = reference_of(&confirmation.body);
    let email = wait_for_email_with(
        &walk.app,
        &["camille.vss@example.org", "received your message"],
    )
    .await;
    for secret in [
        code.as_str(),
        &code.replace('-', ""),
        &reference,
        "CANARY-7731",
        "touch",
    ] {
        assert!(!email.contains(secret), "the email carries {secret}");
    }
    assert!(!email.to_lowercase().contains("violence") && !email.to_lowercase().contains("sexu"));
    walk.assert_neutral(Some(&code));
}
on_both_backends!(identified, an_identified_reporter_gets_a_neutral_email);

async fn invalid_answers_answer_422_with_values_kept(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    walk.start().await;
    let page = walk.post("/report/safe", &[]).await.expect(422);
    assert!(page.body.contains("href=\"#safe_now\"") && page.body.contains("<title>Error:"));
    walk.step("/report/safe", &[("safe_now", "yes")], "/report/who")
        .await;
    walk.post("/report/who", &[("age", "adult")])
        .await
        .expect(422);
    walk.step(
        "/report/who",
        &[("report_for", "witness")],
        "/report/contact-choice",
    )
    .await;
    let fields = [
        ("anonymity", "identified"),
        ("contact_by", "email"),
        ("email", "camille@"),
    ];
    let page = walk
        .post("/report/contact-choice", &fields)
        .await
        .expect(422);
    assert!(
        page.body.contains("value=\"camille@\""),
        "the typed email is kept"
    );
    assert!(page.body.contains("Enter a valid email address"));
    let page = walk
        .post("/report/contact-choice", &[("phone", "0612345678")])
        .await
        .expect(422);
    assert!(
        page.body.contains("value=\"0612345678\"") && page.body.contains("href=\"#anonymity\"")
    );
    walk.step("/report/contact-choice", &[], "/report/what")
        .await;
    walk.post("/report/what", &[("facts", "worse")])
        .await
        .expect(422);
    walk.step("/report/what", &[], "/report/when").await;
    let page = walk
        .post("/report/when", &[("period", "months"), ("area", "Lyon")])
        .await
        .expect(422);
    assert!(page.body.contains("value=\"Lyon\"") && page.body.contains("value=\"months\" checked"));
    assert!(page.body.contains("autocomplete=\"off\""));
    walk.assert_neutral(None);
}
on_both_backends!(invalid_answers, invalid_answers_answer_422_with_values_kept);

async fn the_digital_brigade_sees_the_report_first(backend: Backend) {
    let mut walk = Walk::spawn(backend).await;
    let older = Utc::now() - Duration::days(3);
    insert_case(&walk.app.db, NATIONAL_UNIT, "PP-OLDR-CASE-0", older, 2).await;
    walk.anonymous_to_check("yes", "").await;
    let (confirmation, _) = walk.send().await;
    let reference = reference_of(&confirmation.body);
    let (submission, _) = stored(&walk.app, &confirmation).await;
    assert_eq!(submission.unit_code, NATIONAL_UNIT);

    create_agent(
        &walk.app.db,
        "brigade@gendarmerie.example",
        "agent",
        Some(NATIONAL_UNIT),
    )
    .await;
    let agent = sign_in(&walk.app, "brigade@gendarmerie.example").await;
    let queue = agent.get("/agent").await.expect(200);
    let (ours, older) = (
        queue.body.find(&reference),
        queue.body.find("PP-OLDR-CASE-0"),
    );
    assert!(ours.is_some() && older.is_some(), "both in the queue");
    assert!(ours < older, "the report comes before an older case");
    let case = agent
        .get(&format!("/agent/cases/{}", submission.id))
        .await
        .expect(200);
    for shown in [
        "Stay anonymous",
        "He sends me &lt;b&gt;messages&lt;/b&gt;",
        "In the last few weeks",
    ] {
        assert!(case.body.contains(shown), "the case page lacks {shown}");
    }
    assert!(
        !case.body.contains("?from=check"),
        "no Change links for agents"
    );
}
on_both_backends!(agent_queue, the_digital_brigade_sees_the_report_first);
