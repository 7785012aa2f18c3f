//! Helpers for the follow-up tests: a violence report inserted directly
//! (submission, queue entry and follow-up code in one transaction, as the
//! sending step does), and a reporter's browser opened with its code.

use app::domain::follow_up_code::FollowUpCode;
use app::domain::reference::{Reference, ReferenceKind};
use rand::Rng;
use reqwest::Client;
use server::crypto::{Column, DataKeys};
use server::db::submissions::{self, NewSubmission};

use super::{browser, csrf_of, Page, TestApp};

/// The unit the test reports go to.
pub const UNIT: &str = "PN-69-LYON-01";

/// A violence report sent to [`UNIT`]: its id, reference and code.
pub struct TestReport {
    pub id: i64,
    pub reference: String,
    pub code: FollowUpCode,
}

/// The answers of a report whose reporter is safe; identified with
/// `email` when given, anonymous otherwise.
fn answers(email: Option<&str>) -> String {
    let contact = match email {
        Some(email) => serde_json::json!({
            "choice": "identified", "name": null, "reach": { "email": email }, "safe_times": null
        }),
        None => serde_json::json!({ "choice": "anonymous" }),
    };
    serde_json::json!({
        "safe_now": "yes",
        "who": { "reporter": "myself", "age": "adult" },
        "contact": contact,
        "description": "A colleague keeps making remarks.",
    })
    .to_string()
}

/// Inserts a violence report (priority 1: the reporter is safe) with a
/// fresh follow-up code, sealed with the test server's data keys, as
/// `flow/send.rs` does.
pub async fn insert_violence_report(app: &TestApp, email: Option<&str>) -> TestReport {
    insert_report_with_priority(app, email, 1).await
}

/// [`insert_violence_report`] with the queue priority given.
pub async fn insert_report_with_priority(
    app: &TestApp,
    email: Option<&str>,
    priority: i32,
) -> TestReport {
    let keys = DataKeys::from_file(&app.data_dir.join("data-keys"), false).expect("data keys");
    let data = keys.seal(Column::SubmissionData, &answers(email));
    let reference =
        Reference::from_random(ReferenceKind::Violence, rand::rng().random()).to_string();
    // A code with a 0 and a 1, so that typing it back can use look-alikes.
    let code = std::iter::repeat_with(server::follow_up::generate)
        .find(|c| c.grouped().contains('0') && c.grouped().contains('1'))
        .unwrap();
    super::logs::canary_code(&code.grouped());
    let hash = server::follow_up::hash(&code).await.unwrap();
    let now = server::db::now();
    let mut tx = app.db.begin().await.unwrap();
    let new = NewSubmission {
        reference: &reference,
        category: "violence",
        draft_id: &reference,
        lang: "en",
        unit_code: UNIT,
        data: &data,
        submitted_at: now,
        sign_by: None,
        priority,
        anonymous: email.is_none(),
    };
    let id = submissions::insert(&mut tx, &new)
        .await
        .unwrap()
        .expect("a new reference");
    server::db::follow_up::create(&mut tx, id, code.locator(), &hash, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    TestReport {
        id,
        reference,
        code,
    }
}

/// The code as a reporter might type it back: lower case, spaces instead
/// of hyphens, o for 0, and i and l in turn for 1.
pub fn typed_loosely(code: &FollowUpCode) -> String {
    let mut ones = ['i', 'l'].into_iter().cycle();
    code.grouped()
        .chars()
        .map(|c| match c {
            '-' => ' ',
            '0' => 'o',
            '1' => ones.next().unwrap_or('l'),
            other => other.to_ascii_lowercase(),
        })
        .collect()
}

/// A reporter's browser: its client and the CSRF token of the last form seen.
pub struct ReporterBrowser {
    pub client: Client,
    pub base: String,
}

impl ReporterBrowser {
    /// A new browser, with no cookie yet.
    pub fn new(app: &TestApp) -> ReporterBrowser {
        ReporterBrowser {
            client: browser("en"),
            base: app.base.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let response = self.client.get(format!("{}{path}", self.base)).send();
        TestApp::read(response.await.unwrap()).await
    }

    /// Posts `fields` to `path` with `csrf`.
    pub async fn post(&self, path: &str, csrf: &str, fields: &[(&str, &str)]) -> Page {
        let mut all = vec![("csrf", csrf)];
        all.extend_from_slice(fields);
        for (name, value) in &all {
            super::logs::canary_field(name, value);
        }
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(serde_html_form::to_string(&all).unwrap())
            .send();
        TestApp::read(response.await.unwrap()).await
    }

    /// Opens the code form and types `typed` into it.
    pub async fn type_code(&self, typed: &str) -> Page {
        let form = self.get("/follow-up").await.expect(200);
        self.post("/follow-up", &csrf_of(&form.body), &[("code", typed)])
            .await
    }

    /// Types `typed`, expects the report, and returns its page.
    pub async fn open_report(&self, typed: &str) -> Page {
        self.type_code(typed)
            .await
            .expect_redirect("/follow-up/report");
        self.get("/follow-up/report").await.expect(200)
    }
}
