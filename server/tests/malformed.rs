//! Malformed requests on every POST route: invalid UTF-8, a 10 MB field,
//! missing, repeated, mistyped and unknown fields, a missing, stale or
//! foreign CSRF token, a wrong content type and an empty body. Each gets a
//! clear 4xx page (or the 303 the route answers by design), never a 5xx,
//! and the portal still answers afterwards. Bodies over the limit get 413
//! before they are read whole, and a client that stalls its body is cut off.

mod common;
#[path = "violence/walk.rs"]
#[allow(dead_code)]
mod walk;

use std::time::Duration;

use app::domain::reference::{Reference, ReferenceKind};
use chrono::Utc;
use common::agents::{create_agent, insert_case, sign_in, submit_password, PASSWORD};
use common::follow_up::{insert_violence_report, typed_loosely, ReporterBrowser};
use common::*;
use reqwest::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const UNIT: &str = "PN-69-LYON-01";

/// Who sends a route's form: the session it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    /// A visitor without a session (the form carries its own token, or none).
    Nobody,
    /// A citizen with a pre-complaint draft answered up to the check page.
    PreComplaint,
    /// A citizen with a discrimination report draft.
    Discrimination,
    /// A citizen with a violence report draft.
    Violence,
    /// A reporter who opened their report with its follow-up code.
    Reporter,
    /// An agent between the password and the code of the second factor.
    SigningIn,
    /// A new agent between the password and the enrolment of the second factor.
    Enrolling,
    /// A supervisor, signed in.
    Supervisor,
    /// An administrator, signed in.
    Admin,
}

/// A POST route, who posts to it, and the page whose form posts to it (its
/// fields and token are read from there).
struct Route {
    path: &'static str,
    who: Who,
    form_page: &'static str,
}

const fn route(path: &'static str, who: Who, form_page: &'static str) -> Route {
    Route {
        path,
        who,
        form_page,
    }
}

/// Every POST route of the portal. `{id}` is a case, `{index}` the first
/// item, `{kind}` an item kind, `{token}` a link token. Within a session,
/// the routes that end it come last.
const POST_ROUTES: &[Route] = &[
    route("/orientation", Who::Nobody, "/orientation"),
    route("/complaint", Who::Nobody, "/complaint"),
    route("/follow-up", Who::Nobody, "/follow-up"),
    route("/resume/{token}", Who::Nobody, "/resume/{token}"),
    route("/appointment/{token}", Who::Nobody, "/appointment/{token}"),
    route("/agent/sign-in", Who::Nobody, "/agent/sign-in"),
    route("/agent/sign-in/code", Who::SigningIn, "/agent/sign-in/code"),
    route("/agent/enrol", Who::Enrolling, "/agent/enrol"),
    route("/pre-complaint", Who::Nobody, "/pre-complaint"),
    route("/discrimination", Who::Nobody, "/discrimination"),
    route("/report", Who::Nobody, "/report"),
    route(
        "/pre-complaint/eligibility",
        Who::PreComplaint,
        "/pre-complaint/eligibility",
    ),
    route(
        "/pre-complaint/declarant",
        Who::PreComplaint,
        "/pre-complaint/declarant",
    ),
    route(
        "/pre-complaint/identity",
        Who::PreComplaint,
        "/pre-complaint/identity",
    ),
    route(
        "/pre-complaint/when",
        Who::PreComplaint,
        "/pre-complaint/when",
    ),
    route(
        "/pre-complaint/place",
        Who::PreComplaint,
        "/pre-complaint/place",
    ),
    route(
        "/pre-complaint/facts",
        Who::PreComplaint,
        "/pre-complaint/facts",
    ),
    route(
        "/pre-complaint/items",
        Who::PreComplaint,
        "/pre-complaint/items",
    ),
    route(
        "/pre-complaint/items/new",
        Who::PreComplaint,
        "/pre-complaint/items/new",
    ),
    route(
        "/pre-complaint/items/new/{kind}",
        Who::PreComplaint,
        "/pre-complaint/items/new/{kind}",
    ),
    route(
        "/pre-complaint/items/{index}",
        Who::PreComplaint,
        "/pre-complaint/items/{index}",
    ),
    route(
        "/pre-complaint/perpetrator",
        Who::PreComplaint,
        "/pre-complaint/perpetrator",
    ),
    route(
        "/pre-complaint/witnesses",
        Who::PreComplaint,
        "/pre-complaint/witnesses",
    ),
    route(
        "/pre-complaint/unit",
        Who::PreComplaint,
        "/pre-complaint/unit",
    ),
    route(
        "/pre-complaint/appointment",
        Who::PreComplaint,
        "/pre-complaint/appointment",
    ),
    route("/save-for-later", Who::PreComplaint, "/save-for-later"),
    route(
        "/pre-complaint/items/{index}/remove",
        Who::PreComplaint,
        "/pre-complaint/items",
    ),
    route(
        "/pre-complaint/send",
        Who::PreComplaint,
        "/pre-complaint/check",
    ),
    route(
        "/discrimination/safety",
        Who::Discrimination,
        "/discrimination/safety",
    ),
    route(
        "/discrimination/role",
        Who::Discrimination,
        "/discrimination/role",
    ),
    route(
        "/discrimination/domain",
        Who::Discrimination,
        "/discrimination/domain",
    ),
    route(
        "/discrimination/criteria",
        Who::Discrimination,
        "/discrimination/criteria",
    ),
    route(
        "/discrimination/words",
        Who::Discrimination,
        "/discrimination/words",
    ),
    route(
        "/discrimination/author",
        Who::Discrimination,
        "/discrimination/author",
    ),
    route(
        "/discrimination/when-where",
        Who::Discrimination,
        "/discrimination/when-where",
    ),
    route(
        "/discrimination/account",
        Who::Discrimination,
        "/discrimination/account",
    ),
    route(
        "/discrimination/witnesses",
        Who::Discrimination,
        "/discrimination/witnesses",
    ),
    route(
        "/discrimination/unit",
        Who::Discrimination,
        "/discrimination/unit",
    ),
    route(
        "/discrimination/contact",
        Who::Discrimination,
        "/discrimination/contact",
    ),
    route(
        "/discrimination/send",
        Who::Discrimination,
        "/discrimination/check",
    ),
    route("/report/safe", Who::Violence, "/report/safe"),
    route("/report/who", Who::Violence, "/report/who"),
    route(
        "/report/contact-choice",
        Who::Violence,
        "/report/contact-choice",
    ),
    route("/report/what", Who::Violence, "/report/what"),
    route("/report/when", Who::Violence, "/report/when"),
    route("/report/person", Who::Violence, "/report/person"),
    route("/report/details", Who::Violence, "/report/details"),
    route("/report/support", Who::Violence, "/report/support"),
    route("/report/send", Who::Violence, "/report/check"),
    route("/follow-up/messages", Who::Reporter, "/follow-up/report"),
    route("/follow-up/stop", Who::Reporter, "/follow-up/report"),
    route(
        "/agent/cases/{id}/action",
        Who::Supervisor,
        "/agent/cases/{id}",
    ),
    route(
        "/agent/cases/{id}/notes",
        Who::Supervisor,
        "/agent/cases/{id}",
    ),
    route(
        "/agent/cases/{id}/messages",
        Who::Supervisor,
        "/agent/cases/{id}",
    ),
    route(
        "/agent/cases/{id}/slots",
        Who::Supervisor,
        "/agent/cases/{id}",
    ),
    route(
        "/agent/cases/{id}/assign",
        Who::Supervisor,
        "/agent/cases/{id}",
    ),
    route("/agent/session/keep", Who::Supervisor, "/agent/"),
    route("/agent/queue/next", Who::Supervisor, "/agent/"),
    route("/agent/sign-out", Who::Supervisor, "/agent/"),
    route("/agent/admin/agents", Who::Admin, "/agent/admin"),
    route(
        "/agent/admin/agents/{id}/disable",
        Who::Admin,
        "/agent/admin",
    ),
];

/// Counts the POST handlers registered in the router's source: a route
/// added without being listed above fails the test.
fn post_handlers_in_source() -> usize {
    fn visit(dir: &std::path::Path, count: &mut usize) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, count);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                *count += source
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .map(|line| {
                        line.match_indices("post(")
                            .filter(|(at, _)| {
                                let before = line[..*at].chars().next_back();
                                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                            })
                            .count()
                    })
                    .sum::<usize>();
            }
        }
    }
    let mut count = 0;
    visit(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http"),
        &mut count,
    );
    count
}

#[test]
fn every_post_route_is_listed() {
    assert_eq!(
        post_handlers_in_source(),
        POST_ROUTES.len(),
        "a POST route was added or removed in server/src/http: list it in POST_ROUTES"
    );
    let mut paths: Vec<&str> = POST_ROUTES.iter().map(|r| r.path).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), POST_ROUTES.len(), "a route is listed twice");
}

/// A browser that keeps cookies and does not follow redirects.
fn client() -> Client {
    browser("en")
}

/// The field names of the forms of a page (besides the CSRF token).
fn field_names(html: &str) -> Vec<String> {
    let mut names: Vec<String> = html
        .match_indices("name=\"")
        .filter_map(|(at, marker)| html[at + marker.len()..].split('"').next())
        .filter(|name| *name != "csrf" && !name.is_empty())
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The CSRF token of a page's forms, if it has one.
fn token_of(html: &str) -> Option<String> {
    html.contains("name=\"csrf\" value=\"")
        .then(|| csrf_of(html))
}

/// A form body from raw names and values (each percent-encoded).
fn encode(pairs: &[(&str, &str)]) -> Vec<u8> {
    serde_html_form::to_string(pairs).unwrap().into_bytes()
}

/// One malformed request: what it is, its body and content type.
struct Case {
    name: &'static str,
    body: Vec<u8>,
    content_type: &'static str,
}

/// The malformed requests for a form with `fields` and the session's
/// `token`, a `stale` token from an ended session and a `foreign` one
/// from another live session.
fn cases(fields: &[String], token: &str, stale: &str, foreign: &str) -> Vec<Case> {
    let form = "application/x-www-form-urlencoded";
    let fields: Vec<&str> = if fields.is_empty() {
        vec!["answer"]
    } else {
        fields.iter().map(String::as_str).collect()
    };
    let with_token = |pairs: Vec<(&str, &str)>| {
        let mut all = vec![("csrf", token)];
        all.extend(pairs);
        encode(&all)
    };
    let mut invalid_utf8 = format!("csrf={token}").into_bytes();
    for field in &fields {
        invalid_utf8.extend_from_slice(format!("&{field}=").as_bytes());
        invalid_utf8.extend_from_slice(b"Zo\xe9\xff%C3%28");
    }
    let huge = "a".repeat(10 * 1024 * 1024);
    let wrong = "3e999 not-a-date 32/13/0000 \u{1F600}";
    // The cases without the session's token first: a case with it may
    // end the session (sending, signing out).
    vec![
        Case {
            name: "no CSRF token",
            body: encode(&fields.iter().map(|f| (*f, "x")).collect::<Vec<_>>()),
            content_type: form,
        },
        Case {
            name: "a stale CSRF token",
            body: encode(&[("csrf", stale), (fields[0], "x")]),
            content_type: form,
        },
        Case {
            name: "another session's CSRF token",
            body: encode(&[("csrf", foreign), (fields[0], "x")]),
            content_type: form,
        },
        Case {
            name: "a wrong content type",
            body: format!("{{\"csrf\":\"{token}\",\"{}\":[1,2]}}", fields[0]).into_bytes(),
            content_type: "application/json",
        },
        Case {
            name: "an empty body",
            body: Vec::new(),
            content_type: form,
        },
        Case {
            name: "invalid UTF-8",
            body: invalid_utf8,
            content_type: form,
        },
        Case {
            name: "a 10 MB field",
            body: with_token(vec![(fields[0], huge.as_str())]),
            content_type: form,
        },
        Case {
            name: "missing fields",
            body: with_token(vec![]),
            content_type: form,
        },
        Case {
            name: "repeated fields",
            body: with_token(
                fields
                    .iter()
                    .flat_map(|f| [(*f, "yes"), (*f, "no"), (*f, "1")])
                    .collect(),
            ),
            content_type: form,
        },
        Case {
            name: "wrong types",
            body: with_token(fields.iter().map(|f| (*f, wrong)).collect()),
            content_type: form,
        },
        Case {
            name: "unknown fields",
            body: with_token(
                fields
                    .iter()
                    .map(|f| (*f, "x"))
                    .chain([("unknown", "1"), ("csrf[]", "1"), ("a[b][c]", "d")])
                    .collect(),
            ),
            content_type: form,
        },
    ]
}

/// Routes whose form is complete with the token alone (a "send" button).
const TOKEN_ONLY_FORMS: &[&str] = &["/report/send"];

/// Whether `status` is a right answer to `case` on `route`.
fn acceptable(route: &Route, case: &Case, status: u16) -> bool {
    match case.name {
        "a 10 MB field" => status == 413,
        // The session's sends are counted before the form is read; past
        // the limit, every later one is refused the same way.
        _ if status == 429 => true,
        "no CSRF token"
        | "a stale CSRF token"
        | "another session's CSRF token"
        | "a wrong content type"
        | "an empty body" => status == 403,
        "invalid UTF-8" => status == 400,
        "missing fields" if TOKEN_ONLY_FORMS.contains(&route.path) => status == 200,
        // A clear refusal, or the step's designed redirect (the session
        // ended by the case before, or a form that stands as sent).
        _ => (400..500).contains(&status) || status == 303,
    }
}

/// Sends `body` to `path` with `client`.
async fn send(app: &TestApp, client: &Client, path: &str, case: &Case) -> Page {
    let response = client
        .post(format!("{}{path}", app.base))
        .header(reqwest::header::CONTENT_TYPE, case.content_type)
        .body(case.body.clone())
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {path} ({}): {e}", case.name));
    TestApp::read(response).await
}

/// The sessions the routes need, two of each kind (the second one's token
/// is the foreign token).
struct Sessions {
    clients: Vec<(Who, Client, Client)>,
    citizen_stale: String,
    agent_stale: String,
    case_id: i64,
    /// An account for the administrator's forms to act on.
    agent_id: i64,
}

impl Sessions {
    fn of(&self, who: Who) -> (&Client, &Client) {
        let (_, own, other) = self
            .clients
            .iter()
            .find(|(w, _, _)| *w == who)
            .expect("a session of every kind");
        (own, other)
    }
}

/// Shows the start page at `path` and presses Start: opens a draft.
async fn open_draft(app: &TestApp, client: &Client, path: &str) {
    let opened = fill_and_post(app, client, path, &[]).await;
    assert_eq!(opened.status, 303, "opening {path}");
}

async fn sessions(app: &mut TestApp) -> Sessions {
    // A citizen token that no longer opens anything: its session was ended.
    let gone = client();
    open_draft(app, &gone, "/pre-complaint").await;
    let page = app
        .get_in(&gone, "/pre-complaint/eligibility")
        .await
        .expect(200);
    let citizen_stale = csrf_of(&page.body);
    gone.get(format!("{}/leave", app.base))
        .send()
        .await
        .unwrap();

    // Each flow answered to its check page, in a browser of its own (the
    // test app's browser, replaced after each flow).
    let mut clients = Vec::new();
    let mut walk = walk::Walk {
        app: std::mem::replace(app, placeholder_app().await),
        urls: Vec::new(),
        titles: Vec::new(),
    };
    walk.anonymous_to_check("yes", "69003").await;
    std::mem::swap(app, &mut walk.app);
    let mut flows: Vec<(Who, &str, Client)> = vec![(Who::Violence, "/report", app.client.clone())];
    app.client = client();
    common::discrimination::answer_every_step(app).await;
    flows.push((Who::Discrimination, "/discrimination", app.client.clone()));
    app.client = client();
    answer_every_step(app).await;
    flows.push((Who::PreComplaint, "/pre-complaint", app.client.clone()));
    for (who, start, own) in flows {
        let other = client();
        open_draft(app, &other, start).await;
        clients.push((who, own, other));
    }
    clients.push((Who::Nobody, client(), client()));

    // Agents half-way through signing in: enrolled ones at the code, new
    // ones at the enrolment.
    for (who, enrolled, next) in [
        (Who::SigningIn, true, "/agent/sign-in/code"),
        (Who::Enrolling, false, "/agent/enrol"),
    ] {
        let mut pending = Vec::new();
        for n in 0..2 {
            let email = format!("pending{n}-{enrolled}@police.example");
            create_agent(&app.db, &email, "agent", Some(UNIT)).await;
            if enrolled {
                sign_in(app, &email).await;
            }
            let browser = client();
            submit_password(app, &browser, &email, PASSWORD)
                .await
                .expect_redirect(next);
            pending.push(browser);
        }
        let other = pending.pop().unwrap();
        clients.push((who, pending.pop().unwrap(), other));
    }

    let mut reporters = Vec::new();
    for _ in 0..2 {
        let report = insert_violence_report(app, None).await;
        let reporter = ReporterBrowser::new(app);
        reporter.open_report(&typed_loosely(&report.code)).await;
        reporters.push(reporter.client);
    }
    let other_reporter = reporters.pop().unwrap();
    clients.push((Who::Reporter, reporters.pop().unwrap(), other_reporter));

    let reference = Reference::from_random(ReferenceKind::PreComplaint, 77).to_string();
    let case_id = insert_case(&app.db, UNIT, &reference, Utc::now(), 3).await;
    for (who, role, unit) in [
        (Who::Supervisor, "supervisor", Some(UNIT)),
        (Who::Admin, "admin", None),
    ] {
        let mut signed_in = Vec::new();
        for n in 0..2 {
            let email = format!("{role}{n}@police.example");
            create_agent(&app.db, &email, role, unit).await;
            let agent = sign_in(app, &email).await;
            if who == Who::Supervisor && n == 0 {
                // The case is theirs: notes and messages are the owner's.
                agent
                    .post(
                        &format!("/agent/cases/{case_id}/action"),
                        &[("action", "claim")],
                    )
                    .await
                    .expect(303);
            }
            signed_in.push(agent.client);
        }
        let other = signed_in.pop().unwrap();
        clients.push((who, signed_in.pop().unwrap(), other));
    }
    // An agent token from a session that was signed out.
    let agent_id = create_agent(&app.db, "gone@police.example", "agent", Some(UNIT)).await;
    let gone_agent = sign_in(app, "gone@police.example").await;
    let agent_stale = gone_agent.csrf.clone();
    gone_agent
        .post("/agent/sign-out", &[])
        .await
        .expect_redirect("/agent/sign-in");

    Sessions {
        clients,
        citizen_stale,
        agent_stale,
        case_id,
        agent_id,
    }
}

/// A portal that stands in for the test app while a walk borrows it.
async fn placeholder_app() -> TestApp {
    TestApp::spawn(Backend::Sqlite).await
}

/// A route's path with its parameters filled in.
fn concrete(path: &str, sessions: &Sessions) -> String {
    let id = if path.starts_with("/agent/admin") {
        sessions.agent_id
    } else {
        sessions.case_id
    };
    path.replace("{id}", &id.to_string())
        .replace("{index}", "0")
        .replace("{kind}", "phone")
        .replace("{token}", &"ab".repeat(32))
}

async fn every_post_route_refuses_malformed_requests_clearly(backend: Backend) {
    let mut app = TestApp::spawn(backend).await;
    let sessions = sessions(&mut app).await;
    let mut failures = Vec::new();
    let mut table = Vec::new();
    let mut tokens = std::collections::HashMap::new();
    let mut sent = 0;
    for route in POST_ROUTES {
        let (own, other) = sessions.of(route.who);
        let path = concrete(route.path, &sessions);
        let form_page = concrete(route.form_page, &sessions);
        let page = TestApp::read(
            own.get(format!("{}{form_page}", app.base))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert!(
            page.status.as_u16() < 500,
            "GET {form_page}: {}",
            page.status
        );
        let fields = field_names(&page.body);
        // A form page that sends the visitor elsewhere (a step not open any
        // more) shows no token: the session's token is the same on every page.
        let token = match token_of(&page.body) {
            Some(token) => tokens.entry(route.who).insert_entry(token).get().clone(),
            None => tokens.get(&route.who).cloned().unwrap_or_default(),
        };
        let foreign_page = TestApp::read(
            other
                .get(format!("{}{form_page}", app.base))
                .send()
                .await
                .unwrap(),
        )
        .await;
        let foreign = token_of(&foreign_page.body).unwrap_or_else(|| "f".repeat(64));
        let stale = match route.who {
            Who::Supervisor | Who::Admin => &sessions.agent_stale,
            _ => &sessions.citizen_stale,
        };
        let mut statuses = Vec::new();
        for case in cases(&fields, &token, stale, &foreign) {
            let (status, is_page) = if case.name == "a 10 MB field" {
                post_ten_megabytes(&app, &path, &case).await
            } else {
                let answer = send(&app, own, &path, &case).await;
                let is_page = answer
                    .headers
                    .get(reqwest::header::CONTENT_TYPE)
                    .is_some_and(|v| v.as_bytes().starts_with(b"text/html"))
                    && answer.body.contains("<h1");
                (answer.status.as_u16(), is_page)
            };
            sent += 1;
            statuses.push(status.to_string());
            if !acceptable(route, &case, status) || (status >= 400 && !is_page) {
                failures.push(format!(
                    "POST {path} with {}: {status} {}",
                    case.name,
                    if is_page { "page" } else { "(no page)" }
                ));
            }
        }
        table.push(format!("{:40} {}", route.path, statuses.join(" ")));
    }
    println!("{}", table.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(sent, POST_ROUTES.len() * 11);
    app.get("/healthz").await.expect(200);
    app.get("/").await.expect(200);
}

on_both_backends!(
    malformed_requests,
    every_post_route_refuses_malformed_requests_clearly
);

/// Opens a raw connection to the portal, sends `head` and then, from
/// another task, `body` (repeated `times`); reads the answer while the body
/// is still being written. Returns the answer's head and body, and how many
/// bytes of the body were written before the portal stopped reading.
async fn raw_exchange(base: &str, head: String, body: Vec<u8>, times: usize) -> (String, usize) {
    let addr = base.trim_start_matches("http://");
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let writing = tokio::spawn(async move {
        if writer.write_all(head.as_bytes()).await.is_err() {
            return 0;
        }
        let mut written = 0;
        for _ in 0..times {
            if writer.write_all(&body).await.is_err() {
                break;
            }
            written += body.len();
        }
        written
    });
    let answer = read_answer(&mut reader).await;
    drop(reader);
    (answer, writing.await.unwrap())
}

/// Reads an answer: its head, then its body up to its `Content-Length` (or
/// until the connection closes).
async fn read_answer(reader: &mut (impl AsyncReadExt + Unpin)) -> String {
    let mut answer = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        let text = String::from_utf8_lossy(&answer).to_ascii_lowercase();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok());
            if length.is_some_and(|length| answer.len() >= end + 4 + length) {
                break;
            }
        }
        let n = tokio::time::timeout(Duration::from_secs(20), reader.read(&mut buffer))
            .await
            .expect("the portal answers without waiting for the rest of the body")
            .unwrap_or(0);
        if n == 0 {
            break;
        }
        answer.extend_from_slice(&buffer[..n]);
    }
    String::from_utf8_lossy(&answer).into_owned()
}

/// A 10 MB field, sent with its `Content-Length` over a raw connection (a
/// client library gives up writing when the portal answers early).
async fn post_ten_megabytes(app: &TestApp, path: &str, case: &Case) -> (u16, bool) {
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
        case.content_type,
        case.body.len()
    );
    let (answer, _) = raw_exchange(&app.base, head, case.body.clone(), 1).await;
    let status = answer
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no answer to POST {path}: {answer}"));
    let lower = answer.to_ascii_lowercase();
    (
        status,
        lower.contains("content-type: text/html") && lower.contains("<h1"),
    )
}

async fn bodies_over_the_limit_get_413_before_they_are_read(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // Announced far above the limit: answered at once, in the visitor's
    // language, with the security headers, and nothing is read.
    let (answer, _) = raw_exchange(
        &app.base,
        "POST /pre-complaint/facts HTTP/1.1\r\nHost: x\r\nCookie: portal_lang=de\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: 10000000000\r\n\r\n"
            .to_string(),
        Vec::new(),
        0,
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let lower = answer.to_ascii_lowercase();
    for expected in [
        "content-security-policy: default-src 'none'",
        "x-content-type-options: nosniff",
        "x-frame-options: deny",
        "referrer-policy: no-referrer",
        "cache-control: no-store",
        "content-type: text/html",
        "<html lang=\"de\"",
        "<h1",
    ] {
        assert!(lower.contains(expected), "{expected}: {answer}");
    }
    // A body that never ends (chunked, no length): refused once it passes
    // the limit, and the portal stops reading it.
    let chunk = format!("{:x}\r\n{}\r\n", 8192, "a".repeat(8192)).into_bytes();
    let rounds = 128 * 1024; // 1 GiB if it were all read
    let (answer, written) = raw_exchange(
        &app.base,
        "POST /orientation HTTP/1.1\r\nHost: x\r\n\
         Content-Type: application/x-www-form-urlencoded\r\n\
         Transfer-Encoding: chunked\r\n\r\n"
            .to_string(),
        chunk.clone(),
        rounds,
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("<h1"), "{answer}");
    assert!(
        written < rounds * chunk.len(),
        "the portal kept reading a body it had refused"
    );
    app.get("/healthz").await.expect(200);
}

on_both_backends!(
    over_the_limit,
    bodies_over_the_limit_get_413_before_they_are_read
);

async fn a_client_that_stalls_its_body_is_cut_off(backend: Backend) {
    let app = TestApp::spawn_with(backend, |config, _| {
        config.request_timeout = Duration::from_secs(2);
    })
    .await;
    let started = std::time::Instant::now();
    let addr = app.base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(
            b"POST /orientation HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\n\
              Content-Length: 100\r\n\r\ncsrf=",
        )
        .await
        .unwrap();
    let answer = read_answer(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("<h1"), "a page: {answer}");
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "not before the configured time"
    );
    // The connection is closed after the answer.
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "the stalled connection stays open");
    app.get("/healthz").await.expect(200);
}

on_both_backends!(stalled_bodies, a_client_that_stalls_its_body_is_cut_off);
