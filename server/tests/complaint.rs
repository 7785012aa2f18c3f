//! The online complaint against a real OpenID Connect provider
//! (oidc-provider, started by the test): verified identity, refused
//! consent, tampered or replayed answers, and no provider at all.

mod common;

use common::identity_provider::{portal_with_provider, verify_at_provider, AtProvider};
use common::*;
use server::db::submissions;

async fn a_verified_complaint_reaches_the_queue_without_an_appointment(backend: Backend) {
    let (mut app, provider) = portal_with_provider(backend).await;
    let callback = verify_at_provider(&app, &provider, AtProvider::Consent("camille")).await;
    let verified = TestApp::read(app.client.get(&callback).send().await.unwrap())
        .await
        .expect(200);
    assert!(
        verified.body.contains("Your identity is verified"),
        "{}",
        verified.body
    );
    assert!(verified.body.contains("Camille Martin"));
    assert!(verified.body.contains("01/05/1990"));
    assert!(verified
        .body
        .contains("href=\"/pre-complaint/eligibility\""));

    let first = app.get("/pre-complaint/eligibility").await.expect(200);
    app.csrf = csrf_of(&first.body);
    assert!(first.body.contains("Step 1 of 10"), "no appointment step");
    let after_unit = answer_steps_up_to_unit(&mut app).await;
    assert_eq!(after_unit, "/pre-complaint/check");
    app.get("/pre-complaint/appointment")
        .await
        .expect_redirect("/pre-complaint/check");

    // The identity step shows the verified fields locked, and a forged
    // post cannot change them.
    let identity = app.get("/pre-complaint/identity").await.expect(200);
    assert!(identity.body.contains("verified by FranceConnect"));
    assert!(identity.body.contains("readonly"));
    let check = app.get("/pre-complaint/check").await.expect(200);
    assert!(
        check.body.contains("Camille Martin"),
        "verified names kept over typed ones"
    );
    assert!(
        !check.body.contains("12/04/1990"),
        "typed birth date replaced"
    );
    assert!(check.body.contains("Verified online"));
    assert!(!check.body.contains("/pre-complaint/appointment?from=check"));

    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    let confirmation = app.get("/pre-complaint/confirmation").await.expect(200);
    let reference = reference_of(&confirmation.body);
    assert!(reference.starts_with("PL-"), "{reference}");
    assert!(confirmation
        .body
        .contains("do not need to go anywhere to sign"));
    let stored = submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(stored.category, "complaint");
    assert_eq!(stored.sign_by, None);
    let entry = submissions::queue_entry(&app.db, stored.id)
        .await
        .unwrap()
        .expect("queued");
    assert_eq!(
        (entry.category.as_str(), entry.status.as_str()),
        ("complaint", "new")
    );
    let email = wait_for_email_with(&app, &[&reference, "has been recorded"]).await;
    assert!(email.contains("camille.martin@example.fr"));
}
on_both_backends!(
    verified_complaint,
    a_verified_complaint_reaches_the_queue_without_an_appointment
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusing_at_the_provider_verifies_nothing() {
    let (mut app, provider) = portal_with_provider(Backend::Sqlite).await;
    let start = app.get("/complaint").await.expect(200);
    let policy = start.headers["content-security-policy"].to_str().unwrap();
    assert!(
        policy.contains(&format!("form-action 'self' {}", provider.issuer)),
        "the start form may lead to the provider: {policy}"
    );
    let home = app.get("/").await;
    let policy = home.headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("form-action 'self';"), "{policy}");
    let callback = verify_at_provider(&app, &provider, AtProvider::Cancel("camille")).await;
    assert!(callback.contains("error=access_denied"), "{callback}");
    let page = TestApp::read(app.client.get(&callback).send().await.unwrap())
        .await
        .expect(200);
    assert!(page.body.contains("You stopped the identity check"));
    assert!(
        page.body.contains("href=\"/pre-complaint\""),
        "a way on without it"
    );
    // The draft opened for the complaint stays an ordinary pre-complaint.
    let first = app.get("/pre-complaint/eligibility").await.expect(200);
    app.csrf = csrf_of(&first.body);
    assert!(first.body.contains("Step 1 of 11"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_foreign_or_replayed_answer_is_refused() {
    let (app, provider) = portal_with_provider(Backend::Sqlite).await;
    let callback = verify_at_provider(&app, &provider, AtProvider::Consent("camille")).await;

    // A forged state.
    let (base, query) = callback.split_once('?').unwrap();
    let forged: String = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some(("state", _)) => "state=forged-state".to_string(),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&");
    let page = TestApp::read(
        app.client
            .get(format!("{base}?{forged}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("did not work"));

    // The right state in another browser (no binding cookie) is refused
    // and uses the check up, so the right browser cannot use it after.
    let other = browser("en");
    let page = TestApp::read(other.get(&callback).send().await.unwrap()).await;
    assert_eq!(page.status, 400);
    let page = TestApp::read(app.client.get(&callback).send().await.unwrap()).await;
    assert_eq!(page.status, 400, "a used check cannot be replayed");
    let identity = app.get("/pre-complaint/eligibility").await.expect(200);
    assert!(
        identity.body.contains("Step 1 of 11"),
        "nothing was verified"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_provider_the_complaint_points_to_the_pre_complaint() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let page = app.get("/complaint").await.expect(200);
    assert!(page.body.contains("not available at the moment"));
    assert!(page.body.contains("href=\"/pre-complaint\""));
    assert!(
        !page.body.contains("name=\"csrf\""),
        "no form to send anyone away"
    );
    let forged = app.post_raw("/complaint", b"csrf=forged".to_vec()).await;
    assert_eq!(forged.status, 403);
}
