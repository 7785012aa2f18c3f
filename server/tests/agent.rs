//! The agent workspace over HTTP: sign-in with a second factor, the queue,
//! claiming, the case workflow, the citizen's appointment link, the audit
//! chain. Each rule runs on SQLite and on PostgreSQL.

mod common;

use chrono::{Duration, Utc};
use common::agents::*;
use common::*;
use server::db::audit;

const UNIT: &str = "PN-69-LYON-01";
const OTHER_UNIT: &str = "PN-13-MARSEILLE-NOAILLES";

async fn anonymous_visitors_get_the_sign_in_page_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0001-0", Utc::now(), 3).await;
    for path in [
        "/agent",
        "/agent/statistics",
        "/agent/admin",
        &format!("/agent/cases/{id}"),
        "/agent/anything",
    ] {
        let page = app.get(path).await.expect(401);
        assert!(page.body.contains("name=\"password\""), "{path}");
        assert!(
            !page.body.contains("PP-AAAA-0001-0"),
            "{path} leaks the case"
        );
    }
    app.post_raw(
        &format!("/agent/cases/{id}/action"),
        b"action=claim".to_vec(),
    )
    .await
    .expect(401);
}
on_both_backends!(anonymous, anonymous_visitors_get_the_sign_in_page_only);

async fn sign_in_needs_the_second_factor_and_a_code_works_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "camille@police.example", "agent", Some(UNIT)).await;
    let client = browser("en");
    assert_eq!(
        submit_password(&app, &client, "camille@police.example", "wrong password!")
            .await
            .status,
        422
    );
    let first = submit_password(&app, &client, "Camille@Police.example", PASSWORD)
        .await
        .expect_redirect("/agent/enrol");
    let enrol = app.get_in(&client, "/agent/enrol").await.expect(200);
    assert!(enrol.body.contains("<svg"), "QR code drawn on the server");
    // Before the second factor, the workspace is closed.
    assert_eq!(
        client
            .get(format!("{}/agent", app.base))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let code = code_for(&app.db, "camille@police.example", 0).await;
    submit_code(&app, &client, "/agent/enrol", "000000")
        .await
        .expect(422);
    let signed_in = submit_code(&app, &client, "/agent/enrol", &code)
        .await
        .expect_redirect("/agent");
    let cookie = |p: &Page| {
        p.headers
            .get("set-cookie")
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
    };
    assert_ne!(
        cookie(&first),
        cookie(&signed_in),
        "the session is renewed at sign-in"
    );
    assert_eq!(
        client
            .get(format!("{}/agent", app.base))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // Signing in again: the same code is refused, the next one works.
    let again = browser("en");
    submit_password(&app, &again, "camille@police.example", PASSWORD)
        .await
        .expect_redirect("/agent/sign-in/code");
    submit_code(&app, &again, "/agent/sign-in/code", &code)
        .await
        .expect(422);
    let next = code_for(&app.db, "camille@police.example", 1).await;
    submit_code(&app, &again, "/agent/sign-in/code", &next)
        .await
        .expect_redirect("/agent");
}
on_both_backends!(
    second_factor,
    sign_in_needs_the_second_factor_and_a_code_works_once
);

async fn failed_sign_ins_are_limited_per_account(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "locked@police.example", "agent", Some(UNIT)).await;
    let client = browser("en");
    for _ in 0..5 {
        submit_password(&app, &client, "locked@police.example", "not the password")
            .await
            .expect(422);
    }
    let page = submit_password(&app, &client, "locked@police.example", PASSWORD).await;
    assert_eq!(page.status, 429, "locked even with the right password");
    // An unknown account answers exactly like a wrong password.
    let unknown = submit_password(&app, &client, "nobody@police.example", PASSWORD).await;
    assert_eq!(unknown.status, 422);
}
on_both_backends!(rate_limit, failed_sign_ins_are_limited_per_account);

async fn two_agents_claiming_at_once_never_get_the_same_case(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "a@police.example", "agent", Some(UNIT)).await;
    create_agent(&app.db, "b@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0002-0", Utc::now(), 3).await;
    let a = sign_in(&app, "a@police.example").await;
    let b = sign_in(&app, "b@police.example").await;
    let path = format!("/agent/cases/{id}/action");
    let (ra, rb) = tokio::join!(
        a.post(&path, &[("action", "claim")]),
        b.post(&path, &[("action", "claim")])
    );
    let statuses = [ra.status.as_u16(), rb.status.as_u16()];
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "exactly one wins: {statuses:?}"
    );
    // "Take the next" with one case left and two agents: one gets it.
    let id2 = insert_case(&app.db, UNIT, "PP-AAAA-0003-0", Utc::now(), 3).await;
    let (na, nb) = tokio::join!(
        a.post("/agent/queue/next", &[]),
        b.post("/agent/queue/next", &[])
    );
    let targets: Vec<_> = [na.location, nb.location].into_iter().flatten().collect();
    assert_eq!(
        targets
            .iter()
            .filter(|l| **l == format!("/agent/cases/{id2}"))
            .count(),
        1,
        "{targets:?}"
    );
    assert_eq!(
        server::db::cases::counts_by_status(&app.db, UNIT)
            .await
            .unwrap(),
        server::db::cases::counted_by_status(&app.db, UNIT)
            .await
            .unwrap(),
        "counters exact after concurrent claims"
    );
}
on_both_backends!(
    concurrent_claims,
    two_agents_claiming_at_once_never_get_the_same_case
);

async fn other_units_get_404_and_the_attempt_is_audited(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "lyon@police.example", "agent", Some(UNIT)).await;
    create_agent(&app.db, "admin@police.example", "admin", None).await;
    let id = insert_case(&app.db, OTHER_UNIT, "PP-AAAA-0004-0", Utc::now(), 3).await;
    let lyon = sign_in(&app, "lyon@police.example").await;
    let page = lyon.get(&format!("/agent/cases/{id}")).await.expect(404);
    assert!(!page.body.contains("PP-AAAA-0004-0"));
    lyon.post(&format!("/agent/cases/{id}/action"), &[("action", "claim")])
        .await
        .expect(404);
    let denied = audit::for_case(&app.db, id).await.unwrap();
    assert!(
        denied.iter().any(|r| r.action == "case.denied"),
        "{denied:?}"
    );
    let admin = sign_in(&app, "admin@police.example").await;
    admin.get(&format!("/agent/cases/{id}")).await.expect(404);
    admin.get("/agent").await.expect_redirect("/agent/admin");
}
on_both_backends!(
    unit_isolation,
    other_units_get_404_and_the_attempt_is_audited
);

async fn forms_without_the_session_token_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "csrf@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0005-0", Utc::now(), 3).await;
    let mut agent = sign_in(&app, "csrf@police.example").await;
    agent.csrf = "f".repeat(64);
    agent
        .post(&format!("/agent/cases/{id}/action"), &[("action", "claim")])
        .await
        .expect(403);
    agent.post("/agent/queue/next", &[]).await.expect(403);
    // The sign-in form needs its token too.
    let client = browser("en");
    let body = "csrf=x&email=csrf%40police.example&password=correct+horse+battery+staple";
    let response = client
        .post(format!("{}/agent/sign-in", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}
on_both_backends!(agent_csrf, forms_without_the_session_token_are_refused);

async fn a_case_goes_from_new_to_appointment_booked(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect(303);
    let reference = reference_of(&app.get("/pre-complaint/confirmation").await.body);
    let submission = server::db::submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .unwrap();
    create_agent(
        &app.db,
        "work@police.example",
        "agent",
        Some(&submission.unit_code),
    )
    .await;
    let agent = sign_in(&app, "work@police.example").await;
    let queue = agent.get("/agent").await.expect(200);
    assert!(queue.body.contains(&reference));
    let case = format!("/agent/cases/{}", submission.id);
    agent
        .post("/agent/queue/next", &[])
        .await
        .expect_redirect(&case);
    let page = agent.get(&case).await.expect(200);
    assert!(
        page.body.contains("Camille") && page.body.contains("my phone was taken"),
        "answers shown"
    );

    agent
        .post(
            &format!("{case}/notes"),
            &[("note_body", "Check the tram CCTV")],
        )
        .await
        .expect(303);
    agent
        .post(
            &format!("{case}/messages"),
            &[("message_body", "Please bring the phone's box.")],
        )
        .await
        .expect(303);
    let email = wait_for_email_with(&app, &["Please bring the phone", &reference]).await;
    assert!(
        !email.contains("Check the tram CCTV"),
        "internal notes never reach the citizen"
    );

    let slot = (Utc::now() + Duration::days(2))
        .format("%Y-%m-%dT10:30")
        .to_string();
    let late = (Utc::now() + Duration::days(40))
        .format("%Y-%m-%dT10:30")
        .to_string();
    agent
        .post(&format!("{case}/slots"), &[("slot_1", &late)])
        .await
        .expect(422);
    agent
        .post(&format!("{case}/slots"), &[("slot_1", &slot)])
        .await
        .expect(303);
    let email = wait_for_email_with(&app, &["/appointment/", &reference]).await;
    let link = email.split("/appointment/").nth(1).unwrap();
    let token: String = link.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
    assert_eq!(token.len(), 64);

    let citizen = browser("en");
    let choice = app
        .get_in(&citizen, &format!("/appointment/{token}"))
        .await
        .expect(200);
    let slot_id = text_between(&choice.body, "name=\"slot\" value=\"", "\"");
    let csrf = csrf_of(&choice.body);
    let post_slot = |client: &reqwest::Client, body: String| {
        client
            .post(format!("{}/appointment/{token}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    // The link alone does not book: another site that saw it has no token.
    let elsewhere = browser("en");
    for body in [
        format!("slot={slot_id}"),
        format!("csrf={csrf}&slot={slot_id}"),
    ] {
        let refused = post_slot(&elsewhere, body).await.unwrap();
        assert_eq!(
            refused.status(),
            403,
            "a slot chosen without the form's token"
        );
    }
    let refused = post_slot(&citizen, format!("slot={slot_id}"))
        .await
        .unwrap();
    assert_eq!(refused.status(), 403, "the form's token is required");
    let unchosen = TestApp::read(post_slot(&citizen, format!("csrf={csrf}")).await.unwrap())
        .await
        .expect(422);
    let address = text_between(&choice.body, "class=\"inset\">", "</p>");
    assert!(address.contains("Lyon"), "{address}");
    assert_eq!(csrf_of(&unchosen.body), csrf, "the form keeps its token");
    assert!(unchosen.body.contains(address), "and the unit's address");
    let booked = post_slot(&citizen, format!("csrf={csrf}&slot={slot_id}"))
        .await
        .unwrap();
    assert_eq!(booked.status(), 200);
    assert_eq!(
        citizen
            .get(format!("{}/appointment/{token}", app.base))
            .send()
            .await
            .unwrap()
            .status(),
        410,
        "the link works once"
    );
    let entry = server::db::submissions::queue_entry(&app.db, submission.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(entry.status, "appointment-booked");
    let unit = &submission.unit_code;
    assert_eq!(
        server::db::cases::counts_by_status(&app.db, unit)
            .await
            .unwrap(),
        server::db::cases::counted_by_status(&app.db, unit)
            .await
            .unwrap(),
        "the status counters follow every change"
    );
    let history = agent.get(&case).await.expect(200);
    assert!(
        history
            .body
            .contains("Appointment offered → Appointment booked"),
        "the booking is in the history"
    );
}
on_both_backends!(workflow, a_case_goes_from_new_to_appointment_booked);

async fn the_audit_chain_detects_an_edited_row(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "audit@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0006-0", Utc::now(), 3).await;
    let agent = sign_in(&app, "audit@police.example").await;
    agent.get(&format!("/agent/cases/{id}")).await.expect(200);
    agent
        .post(&format!("/agent/cases/{id}/action"), &[("action", "claim")])
        .await
        .expect(303);
    let records = audit::all(&app.db).await.unwrap();
    assert!(records.iter().any(|r| r.action == "sign-in.success"));
    assert!(records
        .iter()
        .any(|r| r.action == "case.view" && r.submission_id == Some(id)));
    assert!(
        records.iter().all(|r| !r.detail.contains("Camille")),
        "no case content in the audit log"
    );
    assert_eq!(app::domain::audit::verify(&records), Ok(records.len()));
    let last = records.last().unwrap();
    assert_eq!(
        audit::head(&app.db).await.unwrap(),
        (last.id, last.hash.clone()),
        "the head names the last entry"
    );
    let sql = "UPDATE audit_log SET detail = 'nothing happened' WHERE action = 'case.claim'";
    server::on_pool!(&app.db, pool => sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    let tampered = audit::all(&app.db).await.unwrap();
    assert!(
        app::domain::audit::verify(&tampered).is_err(),
        "edited entry detected"
    );
}
on_both_backends!(audit_chain, the_audit_chain_detects_an_edited_row);

async fn the_queue_pages_with_a_keyset(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "pages@police.example", "agent", Some(UNIT)).await;
    let start = Utc::now() - Duration::hours(60);
    for i in 0..30 {
        let reference = format!("PP-PAGE-{i:04}-0");
        insert_case(
            &app.db,
            UNIT,
            &reference,
            start + Duration::minutes(i),
            if i == 29 { 2 } else { 3 },
        )
        .await;
    }
    let agent = sign_in(&app, "pages@police.example").await;
    let first = agent.get("/agent").await.expect(200);
    let position = |body: &str, r: &str| body.find(r);
    assert!(
        position(&first.body, "PP-PAGE-0029-0") < position(&first.body, "PP-PAGE-0000-0"),
        "priority first"
    );
    assert_eq!(first.body.matches("href=\"/agent/cases/").count(), 25);
    let next = first
        .body
        .split("rel=\"next\"")
        .next()
        .unwrap()
        .rsplit("href=\"")
        .next()
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let next = next.replace("&amp;", "&");
    let second = agent.get(&next).await.expect(200);
    assert_eq!(second.body.matches("href=\"/agent/cases/").count(), 5);
    assert!(!second.body.contains("PP-PAGE-0000-0") && second.body.contains("PP-PAGE-0028-0"));
    let filtered = agent.get("/agent?status=in-review").await.expect(200);
    assert_eq!(filtered.body.matches("href=\"/agent/cases/").count(), 0);
    agent.get("/agent?status=bogus").await.expect(422);
}
on_both_backends!(keyset, the_queue_pages_with_a_keyset);

async fn supervisors_see_statistics_and_export_figures_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "sup@police.example", "supervisor", Some(UNIT)).await;
    create_agent(&app.db, "plain@police.example", "agent", Some(UNIT)).await;
    insert_case(
        &app.db,
        UNIT,
        "PP-STAT-0001-0",
        Utc::now() - Duration::hours(3),
        3,
    )
    .await;
    let supervisor = sign_in(&app, "sup@police.example").await;
    supervisor.post("/agent/queue/next", &[]).await.expect(303);
    supervisor.get("/agent/statistics").await.expect(200);
    let csv = supervisor.get("/agent/statistics.csv").await.expect(200);
    assert!(csv.body.starts_with("kind,key,"), "{}", csv.body);
    assert!(csv.body.contains("pre-complaint"));
    assert!(!csv.body.contains("PP-STAT"), "no references in the export");
    let exports = audit::all(&app.db).await.unwrap();
    assert!(exports.iter().any(|r| r.action == "statistics.export"));
    let agent = sign_in(&app, "plain@police.example").await;
    agent.get("/agent/statistics").await.expect(404);
}
on_both_backends!(
    statistics,
    supervisors_see_statistics_and_export_figures_only
);

async fn the_signing_deadline_is_enforced(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "late@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(
        &app.db,
        UNIT,
        "PP-LATE-0001-0",
        Utc::now() - Duration::days(31),
        3,
    )
    .await;
    let agent = sign_in(&app, "late@police.example").await;
    agent
        .post(&format!("/agent/cases/{id}/action"), &[("action", "claim")])
        .await
        .expect(303);
    let slot = (Utc::now() + Duration::days(1))
        .format("%Y-%m-%dT10:30")
        .to_string();
    let page = agent
        .post(&format!("/agent/cases/{id}/slots"), &[("slot_1", &slot)])
        .await;
    assert!(page.status.is_client_error(), "{}", page.status);
    let entry = server::db::submissions::queue_entry(&app.db, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(entry.status, "in-review");
}
on_both_backends!(deadline, the_signing_deadline_is_enforced);

async fn sign_out_ends_the_session(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "out@police.example", "agent", Some(UNIT)).await;
    let agent = sign_in(&app, "out@police.example").await;
    agent
        .post("/agent/sign-out", &[])
        .await
        .expect_redirect("/agent/sign-in");
    agent.get("/agent").await.expect(401);
}
on_both_backends!(sign_out, sign_out_ends_the_session);

async fn audit_verify_reports_edits_and_deletions(backend: Backend) {
    use server::cli::{AuditCommand, Command};
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "verify@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0007-0", Utc::now(), 3).await;
    let agent = sign_in(&app, "verify@police.example").await;
    agent.get(&format!("/agent/cases/{id}")).await.expect(200);
    agent.get(&format!("/agent/cases/{id}")).await.expect(200);
    let config = test_config(&app.database_url, &app.data_dir);
    let verify = || server::cli::run(Command::Audit(AuditCommand::Verify), &config);
    assert_eq!(verify().await.unwrap(), 0, "intact");
    let delete_last = "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)";
    server::on_pool!(&app.db, pool => sqlx::query(delete_last).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(
        verify().await.unwrap(),
        2,
        "a deleted last entry is detected through the head"
    );
    let delete_middle = "DELETE FROM audit_log WHERE id = (SELECT MIN(id) + 1 FROM audit_log)";
    server::on_pool!(&app.db, pool => sqlx::query(delete_middle).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(verify().await.unwrap(), 2);
}
on_both_backends!(audit_verify, audit_verify_reports_edits_and_deletions);

async fn a_supervisor_releases_an_idle_claim(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "idle@police.example", "agent", Some(UNIT)).await;
    create_agent(&app.db, "boss@police.example", "supervisor", Some(UNIT)).await;
    create_agent(&app.db, "peer@police.example", "agent", Some(UNIT)).await;
    let id = insert_case(&app.db, UNIT, "PP-AAAA-0008-0", Utc::now(), 3).await;
    let idle = sign_in(&app, "idle@police.example").await;
    idle.post(&format!("/agent/cases/{id}/action"), &[("action", "claim")])
        .await
        .expect(303);
    let peer = sign_in(&app, "peer@police.example").await;
    peer.post(
        &format!("/agent/cases/{id}/action"),
        &[("action", "release")],
    )
    .await
    .expect(422);
    let boss = sign_in(&app, "boss@police.example").await;
    boss.post(
        &format!("/agent/cases/{id}/action"),
        &[("action", "release")],
    )
    .await
    .expect(303);
    let entry = server::db::submissions::queue_entry(&app.db, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(entry.status, "new");
    let peer_id = server::db::agents::find_by_email(&app.db, "peer@police.example")
        .await
        .unwrap()
        .unwrap()
        .id;
    boss.post(
        &format!("/agent/cases/{id}/assign"),
        &[("agent_id", &peer_id.to_string())],
    )
    .await
    .expect(303);
    let page = peer.get(&format!("/agent/cases/{id}")).await.expect(200);
    assert!(
        page.body.contains("/messages"),
        "the assigned agent can write to the citizen"
    );
}
on_both_backends!(release, a_supervisor_releases_an_idle_claim);

async fn an_idle_session_ends(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    create_agent(&app.db, "sleepy@police.example", "agent", Some(UNIT)).await;
    let agent = sign_in(&app, "sleepy@police.example").await;
    agent.get("/agent").await.expect(200);
    let long_ago = Utc::now() - Duration::minutes(31);
    server::on_pool!(&app.db, pool => sqlx::query("UPDATE agent_sessions SET last_seen_at = $1").bind(long_ago)
        .execute(pool).await.map(|r| r.rows_affected()))
    .unwrap();
    agent.get("/agent").await.expect(401);
}
on_both_backends!(idle_session, an_idle_session_ends);

async fn lapsed_pre_complaints_are_closed_and_deleted(backend: Backend) {
    // The database alone, without a server whose worker would do it first.
    let db = bare_database(backend).await;
    let lapsed = insert_case(
        &db,
        UNIT,
        "PP-OLD0-0001-0",
        Utc::now() - Duration::days(40),
        3,
    )
    .await;
    let current = insert_case(
        &db,
        UNIT,
        "PP-NEW0-0001-0",
        Utc::now() - Duration::days(10),
        3,
    )
    .await;
    let closed = server::retention::close_lapsed(&db, Utc::now().date_naive())
        .await
        .unwrap();
    assert_eq!(closed, 1);
    assert!(
        server::db::submissions::queue_entry(&db, lapsed)
            .await
            .unwrap()
            .is_none(),
        "off the queue"
    );
    assert!(
        server::db::cases::find(&db, lapsed)
            .await
            .unwrap()
            .is_none(),
        "the case and its answers are deleted"
    );
    let untouched = server::db::cases::find(&db, current)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(untouched.status, "new");
    assert_ne!(untouched.data, "{}");
    assert!(audit::for_case(&db, lapsed)
        .await
        .unwrap()
        .iter()
        .any(|r| r.action == "case.lapse"));
    assert_eq!(
        server::retention::close_lapsed(&db, Utc::now().date_naive())
            .await
            .unwrap(),
        0,
        "once"
    );
}
on_both_backends!(lapse, lapsed_pre_complaints_are_closed_and_deleted);
