//! Helpers for the agent workspace tests: accounts, sign-in with TOTP,
//! cases inserted directly.

use chrono::{DateTime, Duration, Utc};
use reqwest::Client;
use server::auth;
use server::db::agents::{self, NewAgent};
use server::db::submissions::{self, NewSubmission};
use server::db::Db;

use super::{browser, csrf_of, fill_and_post, Page, TestApp};

/// The password every test account gets.
pub const PASSWORD: &str = "correct horse battery staple";

/// Creates an account in `unit`.
pub async fn create_agent(db: &Db, email: &str, role: &str, unit: Option<&str>) -> i64 {
    super::logs::canary(PASSWORD);
    let hash = auth::hash_password(PASSWORD).unwrap();
    let new = NewAgent {
        email,
        name: &format!("Agent {email}"),
        role,
        unit_code: unit,
        password_hash: &hash,
    };
    agents::insert(db, &new, Utc::now())
        .await
        .unwrap()
        .expect("new account")
}

/// Inserts a pre-complaint directly, with its queue entry; returns its id.
pub async fn insert_case(
    db: &Db,
    unit: &str,
    reference: &str,
    at: DateTime<Utc>,
    priority: i32,
) -> i64 {
    let at = chrono::SubsecRound::trunc_subsecs(at, 6);
    let mut tx = db.begin().await.unwrap();
    let data = serde_json::json!({ "eligible": true }).to_string();
    let new = NewSubmission {
        reference,
        category: "pre-complaint",
        draft_id: reference,
        lang: "en",
        unit_code: unit,
        data: &data,
        submitted_at: at,
        sign_by: Some((at + Duration::days(30)).date_naive()),
        priority,
        anonymous: false,
    };
    let id = submissions::insert(&mut tx, &new).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    id
}

/// An agent's browser, signed in through password and TOTP.
pub struct AgentBrowser {
    pub client: Client,
    pub csrf: String,
    pub base: String,
}

impl AgentBrowser {
    pub async fn get(&self, path: &str) -> Page {
        TestApp::read(
            self.client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        all.extend_from_slice(fields);
        for (name, value) in &all {
            super::logs::canary_field(name, value);
        }
        let body = serde_html_form::to_string(&all).unwrap();
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body)
            .send()
            .await
            .unwrap();
        TestApp::read(response).await
    }
}

/// Posts the password form; returns the response (303 to the second factor).
pub async fn submit_password(app: &TestApp, client: &Client, email: &str, password: &str) -> Page {
    fill_and_post(
        app,
        client,
        "/agent/sign-in",
        &[("email", email), ("password", password)],
    )
    .await
}

/// Posts a TOTP code on `path` (`/agent/enrol` or `/agent/sign-in/code`).
pub async fn submit_code(app: &TestApp, client: &Client, path: &str, code: &str) -> Page {
    fill_and_post(app, client, path, &[("code", code)]).await
}

/// The TOTP code of an account for the step `offset` steps from now.
pub async fn code_for(db: &Db, email: &str, offset: i64) -> String {
    let agent = agents::find_by_email(db, email).await.unwrap().unwrap();
    let step = auth::totp_step(Utc::now().timestamp()) + offset;
    auth::totp_code(&agent.totp_secret.expect("enrolment started"), step).unwrap()
}

/// Signs in a new account (enrolling its TOTP) and returns its browser.
pub async fn sign_in(app: &TestApp, email: &str) -> AgentBrowser {
    let client = browser("en");
    submit_password(app, &client, email, PASSWORD)
        .await
        .expect_redirect("/agent/enrol");
    let code = code_for(&app.db, email, 0).await;
    let landing = submit_code(app, &client, "/agent/enrol", &code)
        .await
        .expect(303);
    let page = TestApp::read(
        client
            .get(format!("{}{}", app.base, landing.location.unwrap()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    AgentBrowser {
        csrf: csrf_of(&page.body),
        client,
        base: app.base.clone(),
    }
}
