//! Test helpers: spawn the real server on port 0 with a fresh database
//! (SQLite always; PostgreSQL when `PORTAL_TEST_POSTGRES_URL` is set) and
//! talk to it over HTTP like a browser without script would.

#![allow(dead_code)]

pub mod agents;
pub mod discrimination;
pub mod follow_up;
pub mod identity_provider;
pub mod logs;
pub mod postgres_cluster;
pub mod process;
pub mod smtp_sink;

use std::path::PathBuf;
use std::time::Duration;

use rand::Rng;
use reqwest::header::LOCATION;
use reqwest::{redirect, Client, StatusCode};
use server::config::{Config, Secret};
use server::db::Db;
use sqlx::Connection;
use tokio::net::TcpListener;

/// The storage backend a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a test body on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$body($crate::common::Backend::Sqlite).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if $crate::common::postgres_admin_url().is_some() {
                    super::$body($crate::common::Backend::Postgres).await;
                }
            }
        }
    };
}

/// The PostgreSQL server for tests; in CI it must be there.
pub fn postgres_admin_url() -> Option<String> {
    let url = std::env::var("PORTAL_TEST_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI must provide PORTAL_TEST_POSTGRES_URL so that the PostgreSQL tests run");
    }
    url
}

/// A port free at the time of the call, for a server the test starts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn random_name() -> String {
    format!("{:016x}", rand::rng().random::<u64>())
}

/// A fresh, empty database URL on `backend`, with its temporary folder.
pub async fn fresh_database(backend: Backend) -> (String, PathBuf) {
    let dir = std::env::temp_dir().join(format!("portal-test-{}", random_name()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("portal.db").display()),
        Backend::Postgres => {
            let admin = postgres_admin_url().expect("PostgreSQL configured");
            let name = format!("portal_test_{}", random_name());
            let mut conn = sqlx::PgConnection::connect(&admin)
                .await
                .expect("PostgreSQL reachable");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            let base = admin
                .rsplit_once('/')
                .map(|(base, _)| base)
                .unwrap_or(&admin);
            format!("{base}/{name}")
        }
    };
    (url, dir)
}

/// A fresh database with its migrations and the unit seed, and no server
/// (so no worker runs its purges meanwhile).
pub async fn bare_database(backend: Backend) -> Db {
    let (url, _dir) = fresh_database(backend).await;
    let db = Db::connect(&url).await.expect("connects and migrates");
    server::db::units::seed(&db).await.unwrap();
    db
}

/// A running portal and a browser-like client with its own cookies.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub client: Client,
    pub csrf: String,
    running: Option<server::Running>,
}

/// A response, read whole.
pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// Fails the test with the body when the status is not `expected`.
    pub fn expect(self, expected: u16) -> Page {
        assert_eq!(self.status.as_u16(), expected, "body: {}", self.body);
        self
    }

    /// The `Location` of a 303 to `path`.
    pub fn expect_redirect(self, path: &str) -> Page {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "body: {}", self.body);
        assert_eq!(self.location.as_deref(), Some(path));
        self
    }
}

/// The configuration of a test server on `database_url`.
pub fn test_config(database_url: &str, data_dir: &std::path::Path) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url: Secret::new(database_url),
        smtp_url: std::env::var("PORTAL_TEST_SMTP_URL")
            .ok()
            .filter(|u| !u.is_empty())
            .map(Secret::new),
        data_dir: data_dir.to_path_buf(),
        mail_from: "Plainte en ligne <ne-pas-repondre@plainte.localhost>".into(),
        public_url: "http://127.0.0.1".into(),
        secure_cookies: false,
        identity_provider: None,
        data_keys: server::config::DataKeySource::File {
            path: data_dir.join("data-keys"),
            create: true,
        },
        send_limits: Default::default(),
        retention: Default::default(),
        mail_backoff: Default::default(),
        request_timeout: server::config::DEFAULT_REQUEST_TIMEOUT,
        bench_routes: false,
    }
}

/// A client that keeps cookies and does not follow redirects.
pub fn browser(lang: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, lang.parse().unwrap());
    Client::builder()
        .cookie_store(true)
        .redirect(redirect::Policy::none())
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

impl TestApp {
    /// Starts the portal on a fresh database.
    pub async fn spawn(backend: Backend) -> TestApp {
        let (url, dir) = fresh_database(backend).await;
        TestApp::spawn_on(&url, &dir, browser("en")).await
    }

    /// Starts the portal on an existing database, with `client`.
    pub async fn spawn_on(url: &str, dir: &std::path::Path, client: Client) -> TestApp {
        TestApp::spawn_configured(url, dir, client, |_, _| {}).await
    }

    /// Starts the portal on a fresh database with a configuration changed
    /// by `configure`, which is given the address the portal will listen on.
    pub async fn spawn_with(
        backend: Backend,
        configure: impl FnOnce(&mut Config, std::net::SocketAddr),
    ) -> TestApp {
        let (url, dir) = fresh_database(backend).await;
        TestApp::spawn_configured(&url, &dir, browser("en"), configure).await
    }

    /// A client of a portal already running at `base` (a server process
    /// on `database_url`, which the test reads through `db`).
    pub fn attach(
        base: &str,
        db: Db,
        data_dir: &std::path::Path,
        database_url: &str,
        client: Client,
    ) -> TestApp {
        TestApp {
            base: base.to_string(),
            db,
            data_dir: data_dir.to_path_buf(),
            database_url: database_url.to_string(),
            client,
            csrf: String::new(),
            running: None,
        }
    }

    async fn spawn_configured(
        url: &str,
        dir: &std::path::Path,
        client: Client,
        configure: impl FnOnce(&mut Config, std::net::SocketAddr),
    ) -> TestApp {
        logs::capture();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let mut config = test_config(url, dir);
        configure(&mut config, listener.local_addr().unwrap());
        let running = server::start(config, listener)
            .await
            .expect("server starts");
        TestApp {
            base: format!("http://{}", running.addr),
            db: running.db.clone(),
            data_dir: dir.to_path_buf(),
            database_url: url.to_string(),
            client,
            csrf: String::new(),
            running: Some(running),
        }
    }

    /// Stops the server as a crash would (tasks aborted, pool closed).
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.server.abort();
            running.worker.abort();
            running.db.close().await;
        }
    }

    /// Reads a whole response.
    pub async fn read(response: reqwest::Response) -> Page {
        let status = response.status();
        let headers = response.headers().clone();
        let location = headers
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.text().await.unwrap();
        logs::canaries_of_response(&headers, &body);
        Page {
            status,
            location,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_in(&self.client, path).await
    }

    /// GETs `path` in another browser, `client`.
    pub async fn get_in(&self, client: &Client, path: &str) -> Page {
        Self::read(
            client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    /// Posts a form with the session's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let mut all: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        all.extend_from_slice(fields);
        for (name, value) in &all {
            logs::canary_field(name, value);
        }
        self.post_raw(path, serde_html_form::to_string(&all).unwrap().into_bytes())
            .await
    }

    /// Posts raw bytes as a form body.
    pub async fn post_raw(&self, path: &str, body: Vec<u8>) -> Page {
        post_form_bytes(&self.client, &format!("{}{path}", self.base), body).await
    }

    /// Shows the start page of the flow at `start`, then presses its Start
    /// button (with the token of the page's form); returns the answer.
    pub async fn open_flow(&self, start: &str) -> Page {
        fill_and_post(self, &self.client, start, &[]).await
    }

    /// Opens a draft and reads its CSRF token from the first question.
    pub async fn start_pre_complaint(&mut self) {
        self.open_flow("/pre-complaint")
            .await
            .expect_redirect("/pre-complaint/eligibility");
        let page = self.get("/pre-complaint/eligibility").await.expect(200);
        self.csrf = csrf_of(&page.body);
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            running.server.abort();
            running.worker.abort();
        }
    }
}

/// The CSRF token in a page's forms.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("page has a CSRF field") + marker.len();
    html[start..start + 64].to_string()
}

/// The reference shown on a confirmation page.
pub fn reference_of(html: &str) -> String {
    let marker = "class=\"reference\"><bdi>";
    let start = html.find(marker).expect("page shows a reference") + marker.len();
    html[start..].split('<').next().unwrap().to_string()
}

/// Answers every step of the pre-complaint with valid values, up to the
/// check page.
pub async fn answer_every_step(app: &mut TestApp) {
    app.start_pre_complaint().await;
    answer_steps_up_to_unit(app).await;
    app.post(
        "/pre-complaint/appointment",
        &[("days", "mon"), ("days", "sat"), ("time_of_day", "morning")],
    )
    .await
    .expect_redirect("/pre-complaint/check");
}

/// Answers the steps of the session's pre-complaint draft from the first
/// one to the unit; the draft's CSRF token must be in `app.csrf`. Returns
/// where the unit step led (the appointment step, or the check page for an
/// online complaint).
pub async fn answer_steps_up_to_unit(app: &mut TestApp) -> String {
    /// A step, its answers, and the step it leads to.
    type StepAnswers<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let steps: Vec<StepAnswers> = vec![
        (
            "eligibility",
            vec![
                ("emergency", "no"),
                ("known_perpetrator", "no"),
                ("violence", "no"),
            ],
            "declarant",
        ),
        ("declarant", vec![("declarant", "myself")], "identity"),
        (
            "identity",
            vec![
                ("surname", "Martin"),
                ("given_names", "Camille"),
                ("birth_date", "1990-04-12"),
                ("birth_place", "Lyon"),
                ("address", "3 rue de la Paix"),
                ("postcode", "69003"),
                ("town", "Lyon"),
                ("email", "camille.martin@example.fr"),
                ("phone", "06 12 34 56 78"),
            ],
            "when",
        ),
        (
            "when",
            vec![("mode", "exact"), ("date", "2026-11-20"), ("time", "14:30")],
            "place",
        ),
        (
            "place",
            vec![("kind", "street"), ("postcode", "69003"), ("town", "Lyon")],
            "facts",
        ),
        (
            "facts",
            vec![
                ("offence", "pickpocketing"),
                ("account", "On the tram, my phone was taken from my bag."),
            ],
            "items",
        ),
    ];
    for (step, fields, next) in steps {
        app.post(&format!("/pre-complaint/{step}"), &fields)
            .await
            .expect_redirect(&format!("/pre-complaint/{next}"));
    }
    app.post("/pre-complaint/items", &[("add_item", "yes")])
        .await
        .expect_redirect("/pre-complaint/items/new");
    app.post("/pre-complaint/items/new", &[("kind", "phone")])
        .await
        .expect_redirect("/pre-complaint/items/new/phone");
    app.post(
        "/pre-complaint/items/new/phone",
        &[
            ("brand", "Fairphone"),
            ("model", "5"),
            ("imei", "490154203237518"),
        ],
    )
    .await
    .expect_redirect("/pre-complaint/items");
    app.post("/pre-complaint/items", &[("add_item", "no")])
        .await
        .expect_redirect("/pre-complaint/perpetrator");
    app.post("/pre-complaint/perpetrator", &[("seen", "no")])
        .await
        .expect_redirect("/pre-complaint/witnesses");
    app.post("/pre-complaint/witnesses", &[("any", "no")])
        .await
        .expect_redirect("/pre-complaint/unit");
    let unit_page = app.get("/pre-complaint/unit").await.expect(200);
    let code = first_unit_code(&unit_page.body);
    let chosen = app
        .post(
            "/pre-complaint/unit",
            &[("intent", "choose"), ("unit", &code)],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    chosen.location.unwrap_or_default()
}

/// Opens `path` in `client`, then posts its form with the page's CSRF
/// token and `fields`, as a browser would.
pub async fn fill_and_post(
    app: &TestApp,
    client: &Client,
    path: &str,
    fields: &[(&str, &str)],
) -> Page {
    let page = app.get_in(client, path).await.expect(200);
    let csrf = csrf_of(&page.body);
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    for (name, value) in &all {
        logs::canary_field(name, value);
    }
    let response = client
        .post(format!("{}{path}", app.base))
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(serde_html_form::to_string(&all).unwrap())
        .send()
        .await
        .unwrap();
    TestApp::read(response).await
}

/// The text of `html` between the first `start` and the next `end`.
pub fn text_between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} in the page"))
        + start.len();
    html[from..].split(end).next().unwrap()
}

/// The code of the first unit listed on the unit page.
pub fn first_unit_code(html: &str) -> String {
    let marker = "name=\"unit\" value=\"";
    let start = html.find(marker).expect("units are listed") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

/// Waits until a delivered email containing `needle` exists, and returns it.
pub async fn wait_for_email(app: &TestApp, needle: &str) -> String {
    wait_for_email_with(app, &[needle]).await
}

/// Waits until a delivered email containing every one of `needles` exists
/// (the SMTP sink is shared by every test), and returns it.
pub async fn wait_for_email_with(app: &TestApp, needles: &[&str]) -> String {
    let needle = needles.join(" + ");
    let folder = match std::env::var("PORTAL_TEST_MAILDIR")
        .ok()
        .filter(|v| !v.is_empty())
    {
        Some(maildir) if std::env::var("PORTAL_TEST_SMTP_URL").is_ok() => {
            PathBuf::from(maildir).join("new")
        }
        _ => app.data_dir.join("outbox"),
    };
    for _ in 0..100 {
        if let Ok(entries) = std::fs::read_dir(&folder) {
            for entry in entries.flatten() {
                // Undo quoted-printable soft line breaks, which split long lines.
                let text = std::fs::read_to_string(entry.path())
                    .unwrap_or_default()
                    .replace("=\r\n", "")
                    .replace("=\n", "");
                if needles.iter().all(|n| text.contains(n)) {
                    return text;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no email containing {needle} in {}", folder.display());
}

/// Posts raw bytes as a form body with `client` and reads the answer.
pub async fn post_form_bytes(client: &reqwest::Client, url: &str, body: Vec<u8>) -> Page {
    let mut request = client.post(url).header(
        reqwest::header::CONTENT_TYPE,
        "application/x-www-form-urlencoded",
    );
    if body.len() > server::http::MAX_BODY_BYTES {
        // The server answers 413 without reading such a body, then closes
        // the connection; the client must not put it back in its pool, or
        // the next request may go out on it as it closes.
        request = request.header(reqwest::header::CONNECTION, "close");
    }
    let response = request.body(body).send().await.unwrap();
    TestApp::read(response).await
}
