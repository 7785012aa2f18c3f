//! Helpers for the discrimination report tests: a report opened and
//! answered with valid values up to the check page.

use super::{csrf_of, first_unit_code, TestApp};

/// The words the reporter quotes; the markup must come back as text.
pub const WORDS: &str = "Pas de <gens comme vous> ici, dehors";

/// Opens a report and reads its CSRF token from the first question.
pub async fn start(app: &mut TestApp) {
    let start = app.get("/discrimination").await.expect(200);
    assert!(
        start.body.contains("3928"),
        "the start page offers the Défenseur des droits"
    );
    let csrf = csrf_of(&start.body);
    app.post_raw("/discrimination", format!("csrf={csrf}").into_bytes())
        .await
        .expect_redirect("/discrimination/safety");
    let page = app.get("/discrimination/safety").await.expect(200);
    app.csrf = csrf_of(&page.body);
}

/// Answers every step with valid values, up to the check page; returns the
/// chosen unit's code.
pub async fn answer_every_step(app: &mut TestApp) -> String {
    start(app).await;
    /// A step, its answers, and the step it leads to.
    type StepAnswers<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let steps: Vec<StepAnswers> = vec![
        ("safety", vec![("danger", "no"), ("violence", "no")], "role"),
        ("role", vec![("reporter", "representative")], "domain"),
        ("domain", vec![("domain", "goods-and-services")], "criteria"),
        (
            "criteria",
            vec![("criteria", "origin"), ("criteria", "place-of-residence")],
            "words",
        ),
        (
            "words",
            vec![("words_said", "yes"), ("words", WORDS)],
            "author",
        ),
        (
            "author",
            vec![
                ("author_kind", "company"),
                ("author_known", "yes"),
                ("author_name", "Le Club 21"),
            ],
            "when-where",
        ),
        (
            "when-where",
            vec![
                ("mode", "range"),
                ("from", "2026-01-10"),
                ("to", "2026-01-11"),
                ("postcode", "69003"),
                ("town", "Lyon"),
                ("place", "Entrée de la discothèque"),
            ],
            "account",
        ),
        (
            "account",
            vec![("account", "The doorman let my friends in and stopped me.")],
            "witnesses",
        ),
        ("witnesses", vec![("any", "no")], "unit"),
    ];
    for (step, fields, next) in steps {
        app.post(&format!("/discrimination/{step}"), &fields)
            .await
            .expect_redirect(&format!("/discrimination/{next}"));
    }
    let unit_page = app.get("/discrimination/unit").await.expect(200);
    let code = first_unit_code(&unit_page.body);
    app.post(
        "/discrimination/unit",
        &[("intent", "choose"), ("unit", &code)],
    )
    .await
    .expect_redirect("/discrimination/contact");
    app.post(
        "/discrimination/contact",
        &[
            ("represented_name", "Yanis Benali"),
            ("organisation_name", "Association Égalité"),
            ("surname", "Benali"),
            ("given_names", "Nadia"),
            ("address", "4 rue Paul Bert"),
            ("postcode", "69003"),
            ("town", "Lyon"),
            ("email", "nadia.benali@example.fr"),
            ("consent_defenseur", "yes"),
        ],
    )
    .await
    .expect_redirect("/discrimination/check");
    code
}
