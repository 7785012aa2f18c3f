//! The discrimination report walked over HTTP against the real server, from
//! the start page to the agents' triage queue.

mod common;

use common::agents::*;
use common::discrimination::{answer_every_step, start};
use common::*;
use server::db::submissions;

/// Sends the report; returns the reference on the confirmation page.
async fn send(app: &TestApp) -> String {
    app.post("/discrimination/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/discrimination/confirmation");
    let confirmation = app.get("/discrimination/confirmation").await.expect(200);
    assert!(
        confirmation.body.contains("3928"),
        "the Défenseur des droits' number"
    );
    assert!(confirmation.body.contains("antidiscriminations.fr"));
    reference_of(&confirmation.body)
}

async fn a_complete_report_reaches_the_triage_queue_with_its_email(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    let unit = answer_every_step(&mut app).await;
    let check = app.get("/discrimination/check").await.expect(200);
    for answer in [
        "Pas de &lt;gens comme vous&gt; ici, dehors",
        "Origin",
        "Place of residence",
        "Le Club 21",
        "Yanis Benali",
        "nadia.benali@example.fr",
        "Pass the file on as well",
    ] {
        assert!(check.body.contains(answer), "check page lacks {answer}");
    }
    assert!(
        !check.body.contains("<gens comme vous>"),
        "typed markup is escaped"
    );
    assert!(check.body.contains("/discrimination/criteria?from=check"));

    let reference = send(&app).await;
    assert!(reference.starts_with("DI-"), "{reference}");
    assert!(reference
        .parse::<app::domain::reference::Reference>()
        .is_ok());

    let stored = submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .expect("submission stored");
    assert_eq!(stored.category, "discrimination");
    assert_eq!(stored.unit_code, unit);
    assert_eq!(stored.sign_by, None, "nothing to sign within 30 days");
    let entry = submissions::queue_entry(&app.db, stored.id)
        .await
        .unwrap()
        .expect("queue entry");
    assert_eq!(entry.status, "new");
    assert_eq!(entry.category, "discrimination");
    assert_eq!(entry.priority, 2, "hateful words come first");

    let email = wait_for_email_with(&app, &[&reference, "3928"]).await;
    assert!(email.contains("nadia.benali@example.fr"));
    assert!(email.contains("antidiscriminations.fr"));
}
on_both_backends!(
    complete_flow,
    a_complete_report_reaches_the_triage_queue_with_its_email
);

async fn a_repeated_send_creates_one_submission(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    app.get("/discrimination/check").await.expect(200);
    let (a, b) = tokio::join!(
        app.post("/discrimination/send", &[("declaration", "yes")]),
        app.post("/discrimination/send", &[("declaration", "yes")]),
    );
    assert_eq!((a.status.as_u16(), b.status.as_u16()), (303, 303));
    let first = send(&app).await;
    app.get("/discrimination/check")
        .await
        .expect_redirect("/discrimination/confirmation");
    assert_eq!(send(&app).await, first);
    assert_eq!(submissions::count(&app.db).await.unwrap(), 1);
}
on_both_backends!(repeated_send, a_repeated_send_creates_one_submission);

async fn invalid_answers_keep_every_value_and_answer_422(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    start(&mut app).await;
    app.post(
        "/discrimination/safety",
        &[("danger", "no"), ("violence", "no")],
    )
    .await
    .expect_redirect("/discrimination/role");
    app.post("/discrimination/role", &[("reporter", "witness")])
        .await
        .expect(303);
    app.post("/discrimination/domain", &[("domain", "employment")])
        .await
        .expect(303);
    let page = app
        .post(
            "/discrimination/criteria",
            &[("criteria", "age"), ("criteria", "not-sure")],
        )
        .await
        .expect(422);
    assert!(page.body.contains("href=\"#criteria\""));
    assert!(page
        .body
        .contains("“I am not sure” cannot be ticked with another ground."));
    assert!(
        page.body.contains("value=\"age\" checked"),
        "ticked boxes kept"
    );
    assert!(page.body.contains("value=\"not-sure\" checked"));
    app.post("/discrimination/criteria", &[("criteria", "age")])
        .await
        .expect_redirect("/discrimination/words");

    let page = app
        .post(
            "/discrimination/words",
            &[("words_said", "yes"), ("words", " ")],
        )
        .await
        .expect(422);
    assert!(page.body.contains("class=\"error-summary\""));
    assert!(page
        .body
        .contains(">Copy the words that were said or written.</a>"));
    assert!(
        page.body.contains("value=\"yes\" checked"),
        "the answer is kept"
    );
    assert!(page.body.contains("<title>Error:"));
    // Nothing was saved: the words are still the first missing answer.
    app.get("/discrimination/author")
        .await
        .expect_redirect("/discrimination/words");
}
on_both_backends!(
    invalid_answers,
    invalid_answers_keep_every_value_and_answer_422
);

async fn forms_need_the_session_token(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    start(&mut app).await;
    let good = app.csrf.clone();
    app.csrf = "0".repeat(64);
    app.post(
        "/discrimination/safety",
        &[("danger", "no"), ("violence", "no")],
    )
    .await
    .expect(403);
    app.csrf = good;
    app.get("/discrimination/role")
        .await
        .expect_redirect("/discrimination/safety");
    let stranger = TestApp::spawn(backend).await;
    stranger
        .post_raw("/discrimination/safety", b"csrf=x&danger=no".to_vec())
        .await
        .expect(403);
}
on_both_backends!(csrf, forms_need_the_session_token);

async fn an_agent_of_the_unit_reads_the_report_and_writes_to_the_reporter(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    let unit = answer_every_step(&mut app).await;
    let reference = send(&app).await;
    let id = submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .expect("stored")
        .id;
    create_agent(&app.db, "ines@police.example", "agent", Some(&unit)).await;
    let agent = sign_in(&app, "ines@police.example").await;
    let queue = agent
        .get("/agent?category=discrimination")
        .await
        .expect(200);
    assert!(
        queue.body.contains(&reference),
        "the report is in the unit's queue"
    );

    let case = format!("/agent/cases/{id}");
    let page = agent.get(&case).await.expect(200);
    for answer in [
        "Pas de &lt;gens comme vous&gt; ici, dehors",
        "Origin",
        "Being refused goods or a service",
        "Le Club 21",
        "Yanis Benali",
        "Association Égalité",
        "Pass the file on as well",
        "The doorman let my friends in",
    ] {
        assert!(page.body.contains(answer), "case page lacks {answer}");
    }
    assert!(
        !page.body.contains("?from=check"),
        "no Change links for agents"
    );

    agent
        .post(&format!("{case}/action"), &[("action", "claim")])
        .await
        .expect(303);
    agent
        .post(
            &format!("{case}/messages"),
            &[("message_body", "Could you send us the club's reply?")],
        )
        .await
        .expect(303);
    let email = wait_for_email_with(&app, &["send us the club", &reference]).await;
    assert!(
        email.contains("nadia.benali@example.fr"),
        "the reporter is written to"
    );
}
on_both_backends!(
    agent_case_page,
    an_agent_of_the_unit_reads_the_report_and_writes_to_the_reporter
);

#[tokio::test]
async fn danger_and_violence_send_the_citizen_elsewhere() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    start(&mut app).await;
    app.get("/discrimination/criteria")
        .await
        .expect_redirect("/discrimination/safety");
    app.post("/discrimination/safety", &[("danger", "yes")])
        .await
        .expect_redirect("/discrimination/elsewhere/danger");
    let danger = app
        .get("/discrimination/elsewhere/danger")
        .await
        .expect(200);
    assert!(danger.body.contains("tel:112") && danger.body.contains("sms:114"));
    app.post(
        "/discrimination/safety",
        &[("danger", "no"), ("violence", "yes")],
    )
    .await
    .expect_redirect("/discrimination/elsewhere/violence");
    let violence = app
        .get("/discrimination/elsewhere/violence")
        .await
        .expect(200);
    assert!(violence.body.contains("police station or a gendarmerie"));
    assert!(violence.body.contains("tel:3928"));
    app.get("/discrimination/role")
        .await
        .expect_redirect("/discrimination/safety");
    app.get("/discrimination/elsewhere/nowhere")
        .await
        .expect(404);
}
