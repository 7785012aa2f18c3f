//! The pre-complaint flow walked over HTTP against the real server.

mod common;

use common::*;
use server::db::submissions;

async fn complete_flow_reaches_the_triage_queue_with_its_email(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    let check = app.get("/pre-complaint/check").await.expect(200);
    for answer in [
        "Camille Martin",
        "camille.martin@example.fr",
        "Fairphone",
        "490154203237518",
        "my phone was taken",
    ] {
        assert!(check.body.contains(answer), "check page lacks {answer}");
    }
    assert!(check.body.contains("/pre-complaint/identity?from=check"));
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    let confirmation = app.get("/pre-complaint/confirmation").await.expect(200);
    let reference = reference_of(&confirmation.body);
    assert!(
        reference
            .parse::<app::domain::reference::Reference>()
            .is_ok(),
        "{reference}"
    );
    assert!(confirmation.body.contains("30"), "the 30-day rule is shown");

    let stored = submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .expect("submission stored");
    assert_eq!(stored.category, "pre-complaint");
    assert_eq!(
        stored.sign_by,
        Some(app::domain::pre_complaint::signing_deadline(
            stored.submitted_at.date_naive()
        ))
    );
    let entry = submissions::queue_entry(&app.db, stored.id)
        .await
        .unwrap()
        .expect("queue entry");
    assert_eq!(entry.status, "new");
    assert_eq!(entry.unit_code, stored.unit_code);
    assert!(
        entry.unit_code.starts_with("PN-69") || entry.unit_code.starts_with("GN-69"),
        "{}",
        entry.unit_code
    );
    assert_eq!(entry.priority, 3);

    let email = wait_for_email(&app, &reference).await;
    assert!(email.contains("camille.martin@example.fr"));
    assert!(email.contains("Message-ID: <"), "stable Message-ID header");
}
on_both_backends!(
    complete_flow,
    complete_flow_reaches_the_triage_queue_with_its_email
);

async fn invalid_input_keeps_every_value_and_answers_422(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    app.start_pre_complaint().await;
    app.post(
        "/pre-complaint/eligibility",
        &[
            ("emergency", "no"),
            ("known_perpetrator", "no"),
            ("violence", "no"),
        ],
    )
    .await;
    app.post("/pre-complaint/declarant", &[("declarant", "myself")])
        .await;
    let page = app
        .post(
            "/pre-complaint/identity",
            &[
                ("surname", ""),
                ("given_names", "Zoé <script>alert(1)</script>"),
                ("email", "camille@"),
                ("postcode", "123"),
            ],
        )
        .await
        .expect(422);
    assert!(page.body.contains("class=\"error-summary\""));
    assert!(page.body.contains("href=\"#surname\""));
    assert!(page.body.contains("href=\"#email\""));
    assert!(page.body.contains("href=\"#postcode\""));
    assert!(
        page.body.contains(">Enter your surname.</a>"),
        "field-specific message in the summary"
    );
    assert!(page.body.contains("value=\"camille@\""), "typed email kept");
    assert!(
        page.body
            .contains("Zoé &lt;script&gt;alert(1)&lt;/script&gt;"),
        "typed text kept and escaped"
    );
    assert!(!page.body.contains("<script>alert(1)"));
    assert!(page.body.contains("aria-invalid=\"true\""));
    assert!(page.body.contains("<title>Error:") || page.body.contains("<title>Erreur"));
    // The answer was not saved: the step is still the first one missing.
    app.get("/pre-complaint/when")
        .await
        .expect_redirect("/pre-complaint/identity");
}
on_both_backends!(
    invalid_input,
    invalid_input_keeps_every_value_and_answers_422
);

async fn a_repeated_send_creates_one_submission(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    app.get("/pre-complaint/check").await.expect(200);
    let (a, b) = tokio::join!(
        app.post("/pre-complaint/send", &[("declaration", "yes")]),
        app.post("/pre-complaint/send", &[("declaration", "yes")]),
    );
    assert_eq!(a.status, 303);
    assert_eq!(b.status, 303);
    let first = reference_of(
        &app.get("/pre-complaint/confirmation")
            .await
            .expect(200)
            .body,
    );
    // Back to the check page and send again: the same reference, nothing new.
    app.get("/pre-complaint/check")
        .await
        .expect_redirect("/pre-complaint/confirmation");
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    let second = reference_of(
        &app.get("/pre-complaint/confirmation")
            .await
            .expect(200)
            .body,
    );
    assert_eq!(first, second);
    assert_eq!(submissions::count(&app.db).await.unwrap(), 1);
}
on_both_backends!(repeated_send, a_repeated_send_creates_one_submission);

async fn sending_needs_the_declaration(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    let page = app.post("/pre-complaint/send", &[]).await.expect(422);
    assert!(page.body.contains("href=\"#declaration\""));
    assert_eq!(submissions::count(&app.db).await.unwrap(), 0);
}
on_both_backends!(declaration_required, sending_needs_the_declaration);

async fn a_draft_survives_a_restart(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    app.start_pre_complaint().await;
    app.post(
        "/pre-complaint/eligibility",
        &[
            ("emergency", "no"),
            ("known_perpetrator", "no"),
            ("violence", "no"),
        ],
    )
    .await;
    app.post("/pre-complaint/declarant", &[("declarant", "organisation")])
        .await
        .expect(303);
    app.stop().await;
    let (url, dir, client) = (
        app.database_url.clone(),
        app.data_dir.clone(),
        app.client.clone(),
    );
    let restarted = TestApp::spawn_on(&url, &dir, client).await;
    let page = restarted.get("/pre-complaint/declarant").await.expect(200);
    assert!(
        page.body.contains("value=\"organisation\" checked"),
        "answer kept across the restart"
    );
    let identity = restarted.get("/pre-complaint/identity").await.expect(200);
    assert!(identity.body.contains("name=\"organisation_name\""));
}
on_both_backends!(restart, a_draft_survives_a_restart);

async fn forms_need_the_session_token(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    app.start_pre_complaint().await;
    let good = app.csrf.clone();
    app.csrf = "0".repeat(64);
    app.post("/pre-complaint/eligibility", &[("emergency", "no")])
        .await
        .expect(403);
    app.csrf = good;
    let stranger = TestApp::spawn(backend).await;
    stranger
        .post_raw(
            "/pre-complaint/eligibility",
            b"csrf=x&emergency=no".to_vec(),
        )
        .await
        .expect(403);
    let expired = stranger.get("/pre-complaint/identity").await.expect(200);
    assert!(
        expired.body.contains("href=\"/pre-complaint\""),
        "the expired page offers a fresh start"
    );
}
on_both_backends!(csrf, forms_need_the_session_token);

#[tokio::test]
async fn steps_open_in_order_and_eligibility_routes_elsewhere() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    app.start_pre_complaint().await;
    app.get("/pre-complaint/facts")
        .await
        .expect_redirect("/pre-complaint/eligibility");
    app.post("/pre-complaint/eligibility", &[("emergency", "yes")])
        .await
        .expect_redirect("/pre-complaint/elsewhere/emergency");
    let page = app
        .get("/pre-complaint/elsewhere/emergency")
        .await
        .expect(200);
    assert!(page.body.contains("tel:112"));
    app.post(
        "/pre-complaint/eligibility",
        &[
            ("emergency", "no"),
            ("known_perpetrator", "yes"),
            ("violence", "no"),
        ],
    )
    .await
    .expect_redirect("/pre-complaint/elsewhere/known-perpetrator");
    app.post(
        "/pre-complaint/eligibility",
        &[
            ("emergency", "no"),
            ("known_perpetrator", "no"),
            ("violence", "yes"),
        ],
    )
    .await
    .expect_redirect("/pre-complaint/elsewhere/violence");
    app.get("/pre-complaint/declarant")
        .await
        .expect_redirect("/pre-complaint/eligibility");
    app.get("/pre-complaint/elsewhere/nowhere")
        .await
        .expect(404);
}

#[tokio::test]
async fn internet_scams_go_to_the_dedicated_service() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    answer_every_step(&mut app).await;
    app.post("/pre-complaint/facts", &[("offence", "internet-scam")])
        .await
        .expect_redirect("/pre-complaint/elsewhere/internet-scam");
    assert!(app
        .get("/pre-complaint/elsewhere/internet-scam")
        .await
        .expect(200)
        .body
        .contains("THESEE"));
}

#[tokio::test]
async fn items_can_be_changed_and_removed() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    answer_every_step(&mut app).await;
    app.get("/pre-complaint/check").await.expect(200);
    app.get("/pre-complaint/items/0").await.expect(200);
    app.post(
        "/pre-complaint/items/0",
        &[("brand", "Nokia"), ("imei", "not an imei")],
    )
    .await
    .expect(422);
    app.post("/pre-complaint/items/0", &[("brand", "Nokia")])
        .await
        .expect_redirect("/pre-complaint/items");
    let list = app.get("/pre-complaint/items").await.expect(200);
    assert!(list.body.contains("Nokia") && !list.body.contains("Fairphone"));
    app.post(
        "/pre-complaint/items/new/vehicle",
        &[("plate", "ab123cd"), ("brand", "Renault")],
    )
    .await
    .expect_redirect("/pre-complaint/items");
    app.post("/pre-complaint/items/0/remove", &[])
        .await
        .expect_redirect("/pre-complaint/items");
    let list = app.get("/pre-complaint/items").await.expect(200);
    assert!(!list.body.contains("Nokia") && list.body.contains("AB-123-CD"));
    app.post("/pre-complaint/items/5/remove", &[])
        .await
        .expect(404);
    // The citizen has seen the check page: finishing the items returns there.
    app.post("/pre-complaint/items", &[("add_item", "no")])
        .await
        .expect_redirect("/pre-complaint/check");
}

#[tokio::test]
async fn the_unit_search_works_without_script() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    answer_every_step(&mut app).await;
    let page = app
        .post(
            "/pre-complaint/unit",
            &[("intent", "search"), ("q", "marseille")],
        )
        .await
        .expect(200);
    assert!(page.body.contains("Marseille"));
    assert!(page.body.contains("value=\"marseille\""), "query kept");
    let by_department = app
        .post("/pre-complaint/unit", &[("intent", "search"), ("q", "13")])
        .await
        .expect(200);
    assert!(by_department.body.contains("name=\"unit\" value=\"PN-13"));
    app.post("/pre-complaint/unit", &[("intent", "search"), ("q", "?")])
        .await
        .expect(422);
    let missing = app
        .post(
            "/pre-complaint/unit",
            &[("intent", "choose"), ("unit", "NOPE"), ("q", "13")],
        )
        .await
        .expect(422);
    assert!(missing.body.contains("href=\"#unit\""));
}

#[tokio::test]
async fn changing_an_answer_from_the_check_page_returns_there() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    answer_every_step(&mut app).await;
    app.get("/pre-complaint/check").await.expect(200);
    let page = app
        .get("/pre-complaint/witnesses?from=check")
        .await
        .expect(200);
    assert!(
        page.body.contains("href=\"/pre-complaint/check\""),
        "back link returns to the check page"
    );
    app.post(
        "/pre-complaint/witnesses",
        &[
            ("any", "yes"),
            ("details", "A shopkeeper, 04 00 00 00 00"),
            ("from", "check"),
        ],
    )
    .await
    .expect_redirect("/pre-complaint/check");
    // Changing who declares makes the identity step ask for the organisation.
    app.post("/pre-complaint/declarant", &[("declarant", "organisation")])
        .await
        .expect_redirect("/pre-complaint/identity");
    app.get("/pre-complaint/check")
        .await
        .expect_redirect("/pre-complaint/identity");
}
