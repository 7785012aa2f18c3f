//! The security headers of DESIGN.md §8 on every kind of response: every
//! GET route of the router (citizen and agent, signed in and not), 303
//! redirects, 404, 405, 403, 422, 413, 429, 503, the static files, the
//! health checks and `/leave`. The routes are read from the router's
//! source, so that a new GET route fails this test until it is probed here.

mod common;

use std::collections::BTreeSet;

use chrono::Utc;
use common::agents::*;
use common::follow_up::{insert_violence_report, typed_loosely, ReporterBrowser, UNIT};
use common::*;
use reqwest::Client;
use server::http::STYLESHEET_PATH;

/// The policy of every response but one.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The identity provider's address configured in these tests (never
/// contacted: the start page only names it in its policy).
const ISSUER: &str = "http://127.0.0.1:9/provider";

/// Every feature the `Permissions-Policy` must deny.
const FEATURES: &[&str] = &[
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "fullscreen",
    "display-capture",
];

/// The router's GET routes, read from the source of `server/src/http`:
/// the first argument of every `.route(…)` whose method router has `get(`,
/// constants resolved by [`constant`].
fn get_routes_in_source() -> BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/http");
    let mut routes = BTreeSet::new();
    let mut files = vec![root];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let file = path.display().to_string();
        let mut rest = source.as_str();
        while let Some(at) = rest.find(".route(") {
            rest = &rest[at + ".route(".len()..];
            // The call's arguments, up to the matching parenthesis.
            let mut depth = 1;
            let end = rest
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|(i, _)| i)
                .expect("balanced parentheses");
            let args = &rest[..end];
            let (first, handlers) = args.split_once(',').expect("two arguments");
            if !handlers.contains("get(") {
                continue;
            }
            let first = first.trim();
            let path = match first.strip_prefix('"') {
                Some(literal) => literal.trim_end_matches('"').to_string(),
                None => constant(&file, first),
            };
            routes.insert(path);
        }
    }
    routes
}

/// The value of a route constant used in `file`.
fn constant(file: &str, name: &str) -> String {
    let value = match (file.rsplit("src/http/").next().unwrap(), name) {
        ("mod.rs", "assets::STYLESHEET_ROUTE") => "/style/{file}",
        ("mod.rs", "assets::BENCH_BYTES_ROUTE") => "/bench/bytes/{n}",
        ("mod.rs", "assets::SCRIPT_ROUTE") => "/script/{file}",
        ("pre_complaint/mod.rs", "START") => app::pages::pre_complaint::START,
        ("pre_complaint/mod.rs", "CHECK") => app::pages::pre_complaint::CHECK,
        ("discrimination/mod.rs", "START") => app::pages::discrimination::START,
        ("discrimination/mod.rs", "CHECK") => app::pages::discrimination::CHECK,
        ("discrimination/mod.rs", "CONFIRMATION") => app::pages::discrimination::CONFIRMATION,
        ("violence/mod.rs", "START") => app::pages::violence::START,
        ("violence/mod.rs", "SAFETY_ADVICE") => app::pages::violence::SAFETY_ADVICE,
        ("violence/mod.rs", "HELP") => app::pages::violence::HELP,
        ("violence/mod.rs", "CHECK") => app::pages::violence::CHECK,
        ("violence/mod.rs", "SENT") => app::pages::violence::SENT,
        ("complaint.rs", "COMPLAINT_START") => app::pages::complaint::COMPLAINT_START,
        ("complaint.rs", "CALLBACK") => "/complaint/callback",
        ("save_for_later.rs", "SAVE_FOR_LATER") => "/save-for-later",
        ("follow_up/mod.rs", "FOLLOW_UP") => app::pages::follow_up::FOLLOW_UP,
        ("follow_up/mod.rs", "FOLLOW_UP_REPORT") => app::pages::follow_up::FOLLOW_UP_REPORT,
        ("follow_up/mod.rs", "FOLLOW_UP_STOPPED") => app::pages::follow_up::FOLLOW_UP_STOPPED,
        ("orientation.rs", "START") => app::pages::orientation::START,
        (file, name) => {
            panic!("the route constant {name} of {file} is unknown here: add it to `constant`")
        }
    };
    value.to_string()
}

/// The responses seen, and the routes they covered.
struct Probe {
    base: String,
    tls: bool,
    covered: BTreeSet<String>,
    statuses: BTreeSet<u16>,
    /// The names of the cookies seen.
    cookies: BTreeSet<String>,
}

impl Probe {
    fn new(app: &TestApp, tls: bool) -> Probe {
        Probe {
            base: app.base.clone(),
            tls,
            covered: BTreeSet::new(),
            statuses: BTreeSet::new(),
            cookies: BTreeSet::new(),
        }
    }

    /// GETs `path` (an instance of `route`) in `client`; checks the status
    /// and the headers.
    async fn get(&mut self, client: &Client, route: &str, path: &str, status: u16) -> Page {
        let response = client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let page = TestApp::read(response).await;
        self.covered.insert(route.to_string());
        self.check(&format!("GET {path}"), page, status)
    }

    /// Checks the status and the full header set of a response.
    fn check(&mut self, what: &str, page: Page, status: u16) -> Page {
        assert_eq!(
            page.status.as_u16(),
            status,
            "{what}: {}",
            &page.body[..page.body.len().min(400)]
        );
        self.statuses.insert(status);
        let header = |name: &str| {
            page.headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
        };
        let csp = header("content-security-policy").unwrap_or_default();
        let provider_origin = "http://127.0.0.1:9";
        let expected_csp = if what == "GET /complaint" {
            CSP.replace(
                "form-action 'self'",
                &format!("form-action 'self' {provider_origin}"),
            )
        } else {
            CSP.to_string()
        };
        assert_eq!(csp, expected_csp, "{what}: Content-Security-Policy");
        for (name, value) in [
            ("referrer-policy", "no-referrer"),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "DENY"),
            ("cross-origin-opener-policy", "same-origin"),
            ("cross-origin-resource-policy", "same-origin"),
        ] {
            assert_eq!(header(name).as_deref(), Some(value), "{what}: {name}");
        }
        let permissions = header("permissions-policy").unwrap_or_default();
        for feature in FEATURES {
            assert!(
                permissions.contains(&format!("{feature}=()")),
                "{what}: Permissions-Policy denies {feature}: {permissions}"
            );
        }
        let cache = header("cache-control").unwrap_or_default();
        let is_static = what.starts_with("GET /style/main-") || what.starts_with("GET /script/");
        if is_static && status == 200 {
            assert_eq!(cache, "public, max-age=31536000, immutable", "{what}");
        } else {
            assert_eq!(cache, "no-store", "{what}: Cache-Control");
        }
        let hsts = header("strict-transport-security");
        if self.tls {
            assert_eq!(
                hsts.as_deref(),
                Some("max-age=63072000; includeSubDomains"),
                "{what}: HSTS"
            );
        } else {
            assert_eq!(hsts, None, "{what}: no HSTS without TLS");
        }
        for name in ["server", "x-powered-by"] {
            assert_eq!(header(name), None, "{what}: {name}");
        }
        for cookie in page.headers.get_all("set-cookie") {
            self.check_cookie(what, cookie.to_str().unwrap());
        }
        page
    }

    /// Every cookie is out of the page's scripts' reach, and over TLS
    /// never sent in clear. Those that carry a secret (a session, a form
    /// token) are `SameSite=Strict`: no other site can make the browser
    /// send them, so no other site can have a page holding a secret
    /// rendered for its visitor, nor measure its compressed size (BREACH).
    /// Only the language choice and the identity provider's return (a
    /// cross-site redirect back, which must carry it) are `Lax`.
    fn check_cookie(&mut self, what: &str, cookie: &str) {
        let attributes: Vec<String> = cookie
            .split(';')
            .skip(1)
            .map(|a| a.trim().to_ascii_lowercase())
            .collect();
        let has = |a: &str| attributes.iter().any(|x| x == a);
        let (name, value) = cookie
            .split(';')
            .next()
            .and_then(|pair| pair.split_once('='))
            .unwrap_or_default();
        assert_eq!(
            has("secure"),
            self.tls,
            "{what}: {cookie} is Secure over TLS only"
        );
        self.cookies.insert(name.to_string());
        if value.is_empty() {
            // A removal: it carries nothing, but a `__Host-` cookie is only
            // removed by a removal that is itself `Secure`.
            return;
        }
        assert!(has("httponly"), "{what}: {cookie} is HttpOnly");
        let lax = ["portal_lang", "portal_identity_check"].contains(&name);
        let same_site = if lax {
            "samesite=lax"
        } else {
            "samesite=strict"
        };
        assert!(has(same_site), "{what}: {cookie} is {same_site}");
    }

    /// POSTs a form body to `path` in `client` and checks the response.
    async fn post(
        &mut self,
        client: &Client,
        path: &str,
        fields: &[(&str, &str)],
        status: u16,
    ) -> Page {
        let body = serde_html_form::to_string(fields).unwrap();
        self.post_raw(client, path, body.into_bytes(), status).await
    }

    async fn post_raw(&mut self, client: &Client, path: &str, body: Vec<u8>, status: u16) -> Page {
        let page = common::post_form_bytes(client, &format!("{}{path}", self.base), body).await;
        self.check(&format!("POST {path}"), page, status)
    }
}

/// Probes every page of the pre-complaint, its edge responses (403, 422,
/// 413, 405) and the save-for-later pages, with a draft answered up to the
/// check page, then sends it.
async fn pre_complaint(probe: &mut Probe, app: &mut TestApp) {
    let anonymous = browser("en");
    probe
        .get(&anonymous, "/pre-complaint", "/pre-complaint", 200)
        .await;
    probe_any(
        probe,
        &anonymous,
        "/pre-complaint/eligibility",
        "/pre-complaint/eligibility",
    )
    .await;
    answer_every_step(app).await;
    let c = app.client.clone();
    for step in [
        "eligibility",
        "declarant",
        "identity",
        "when",
        "place",
        "facts",
        "items",
        "items/new",
        "perpetrator",
        "witnesses",
        "unit",
        "appointment",
        "check",
    ] {
        let path = format!("/pre-complaint/{step}");
        probe.get(&c, &path, &path, 200).await;
    }
    probe
        .get(
            &c,
            "/pre-complaint/items/new/{kind}",
            "/pre-complaint/items/new/phone",
            200,
        )
        .await;
    probe
        .get(
            &c,
            "/pre-complaint/items/{index}",
            "/pre-complaint/items/0",
            200,
        )
        .await;
    probe
        .get(
            &c,
            "/pre-complaint/elsewhere/{reason}",
            "/pre-complaint/elsewhere/emergency",
            200,
        )
        .await;
    probe
        .get(
            &c,
            "/save-for-later",
            "/save-for-later?back=/pre-complaint/facts",
            200,
        )
        .await;
    probe
        .get(
            &c,
            "/resume/{token}",
            &format!("/resume/{}", "0".repeat(64)),
            410,
        )
        .await;
    // 403: a form without its token; 422: an invalid answer; 413: too large;
    // 405: a method the route does not have.
    probe
        .post(&c, "/pre-complaint/facts", &[("offence", "theft")], 403)
        .await;
    probe
        .post(
            &c,
            "/pre-complaint/when",
            &[("csrf", &app.csrf), ("mode", "exact"), ("date", "tomorrow")],
            422,
        )
        .await;
    probe
        .post_raw(
            &c,
            "/pre-complaint/facts",
            vec![b'a'; server::http::MAX_BODY_BYTES + 1],
            413,
        )
        .await;
    probe
        .post(
            &c,
            "/pre-complaint/confirmation",
            &[("csrf", &app.csrf)],
            405,
        )
        .await;
    probe
        .post(
            &c,
            "/pre-complaint/send",
            &[("csrf", &app.csrf), ("declaration", "yes")],
            303,
        )
        .await;
    probe
        .get(
            &c,
            "/pre-complaint/confirmation",
            "/pre-complaint/confirmation",
            200,
        )
        .await;
}

/// Probes the discrimination report's pages: the start page, and each
/// step of a draft just opened (a step not reached yet sends back).
async fn discrimination(probe: &mut Probe, app: &TestApp) {
    let c = browser("en");
    let start = probe
        .get(&c, "/discrimination", "/discrimination", 200)
        .await;
    probe_any(
        probe,
        &c,
        "/discrimination/safety",
        "/discrimination/safety",
    )
    .await;
    probe.post_raw(&c, "/discrimination", Vec::new(), 403).await;
    let csrf = format!("csrf={}", csrf_of(&start.body));
    probe
        .post_raw(&c, "/discrimination", csrf.into_bytes(), 303)
        .await;
    probe
        .get(&c, "/discrimination/safety", "/discrimination/safety", 200)
        .await;
    for step in [
        "role",
        "domain",
        "criteria",
        "words",
        "author",
        "when-where",
        "account",
        "witnesses",
        "unit",
        "contact",
        "check",
        "confirmation",
    ] {
        let path = format!("/discrimination/{step}");
        let page = probe_any(probe, &c, &path, &path).await;
        assert!(
            [200, 303].contains(&page.status.as_u16()),
            "{path}: {}",
            page.status
        );
    }
    probe
        .get(
            &c,
            "/discrimination/elsewhere/{reason}",
            "/discrimination/elsewhere/danger",
            200,
        )
        .await;
    let _ = app;
}

/// GETs a page whose status depends on the flow's order (200 or 303).
async fn probe_any(probe: &mut Probe, client: &Client, route: &str, path: &str) -> Page {
    let response = client
        .get(format!("{}{path}", probe.base))
        .send()
        .await
        .unwrap();
    let page = TestApp::read(response).await;
    probe.covered.insert(route.to_string());
    let status = page.status.as_u16();
    assert!(status < 500, "GET {path}: {status}");
    probe.check(&format!("GET {path}"), page, status)
}

/// Probes the violence report's pages, with and without a draft.
async fn violence(probe: &mut Probe) {
    let c = browser("en");
    let start = probe.get(&c, "/report", "/report", 200).await;
    probe
        .get(&c, "/report/safety-advice", "/report/safety-advice", 200)
        .await;
    probe.get(&c, "/report/help", "/report/help", 200).await;
    probe_any(probe, &c, "/report/sent", "/report/sent").await;
    let csrf = format!("csrf={}", csrf_of(&start.body));
    probe.post_raw(&c, "/report", csrf.into_bytes(), 303).await;
    for step in [
        "safe",
        "who",
        "contact-choice",
        "what",
        "when",
        "person",
        "details",
        "support",
        "check",
    ] {
        let path = format!("/report/{step}");
        let page = probe_any(probe, &c, &path, &path).await;
        assert!(
            [200, 303].contains(&page.status.as_u16()),
            "{path}: {}",
            page.status
        );
    }
}

/// Probes the follow-up pages: the code form, a report opened with its
/// code, the page after stopping, and 429 after too many wrong codes.
async fn follow_up(probe: &mut Probe, app: &TestApp) {
    let anonymous = browser("en");
    probe.get(&anonymous, "/follow-up", "/follow-up", 200).await;
    probe
        .get(&anonymous, "/follow-up/report", "/follow-up/report", 303)
        .await;
    probe
        .get(&anonymous, "/follow-up/stopped", "/follow-up/stopped", 200)
        .await;
    let report = insert_violence_report(app, None).await;
    let reporter = ReporterBrowser::new(app);
    reporter.open_report(&typed_loosely(&report.code)).await;
    probe
        .get(
            &reporter.client,
            "/follow-up/report",
            "/follow-up/report",
            200,
        )
        .await;
    // Five wrong codes of one locator, then the pause.
    let secret: String = report
        .code
        .secret()
        .chars()
        .map(|c| if c == 'Z' { 'Y' } else { 'Z' })
        .collect();
    let wrong = |n: usize| format!("{}{}{n:04}", report.code.locator(), &secret[4..]);
    let guesser = ReporterBrowser::new(app);
    for n in 0..5 {
        guesser.type_code(&wrong(n)).await.expect(422);
    }
    let form = guesser.get("/follow-up").await.expect(200);
    probe
        .post(
            &guesser.client,
            "/follow-up",
            &[("csrf", &csrf_of(&form.body)), ("code", &wrong(5))],
            429,
        )
        .await;
}

/// Probes the agent workspace signed out, then signed in as an agent, a
/// supervisor and an administrator.
async fn agent(probe: &mut Probe, app: &TestApp) {
    let anonymous = browser("en");
    for route in [
        "/agent",
        "/agent/",
        "/agent/statistics",
        "/agent/statistics.csv",
        "/agent/admin",
        "/agent/sign-in/code",
        "/agent/enrol",
    ] {
        probe_any(probe, &anonymous, route, route).await;
    }
    probe_any(probe, &anonymous, "/agent/cases/{id}", "/agent/cases/1").await;
    probe_any(probe, &anonymous, "/agent/{*rest}", "/agent/nowhere").await;
    probe
        .get(&anonymous, "/agent/sign-in", "/agent/sign-in", 200)
        .await;

    let id = insert_case(&app.db, UNIT, "PR-HEADERS01", Utc::now(), 1).await;
    create_agent(&app.db, "headers.agent@example.fr", "agent", Some(UNIT)).await;
    let agent = sign_in(app, "headers.agent@example.fr").await;
    probe.get(&agent.client, "/agent/", "/agent/", 200).await;
    probe.get(&agent.client, "/agent", "/agent", 200).await;
    probe
        .get(
            &agent.client,
            "/agent/cases/{id}",
            &format!("/agent/cases/{id}"),
            200,
        )
        .await;
    probe
        .get(
            &agent.client,
            "/agent/cases/{id}",
            "/agent/cases/999999",
            404,
        )
        .await;
    probe
        .get(&agent.client, "/agent/{*rest}", "/agent/nowhere", 404)
        .await;
    probe
        .get(&agent.client, "/agent/admin", "/agent/admin", 404)
        .await;

    create_agent(&app.db, "headers.lead@example.fr", "supervisor", Some(UNIT)).await;
    let lead = sign_in(app, "headers.lead@example.fr").await;
    probe
        .get(&lead.client, "/agent/statistics", "/agent/statistics", 200)
        .await;
    probe
        .get(
            &lead.client,
            "/agent/statistics.csv",
            "/agent/statistics.csv",
            200,
        )
        .await;

    create_agent(&app.db, "headers.admin@example.fr", "admin", None).await;
    let admin = sign_in(app, "headers.admin@example.fr").await;
    probe
        .get(&admin.client, "/agent/admin", "/agent/admin", 200)
        .await;
}

async fn every_response_carries_the_header_set(backend: Backend) {
    let mut app = TestApp::spawn_with(backend, |config, addr| {
        config.identity_provider = Some(common::identity_provider::settings(ISSUER, addr));
    })
    .await;
    let mut probe = Probe::new(&app, false);
    let c = browser("en");

    probe.get(&c, "/", "/", 200).await;
    probe.get(&c, "/healthz", "/healthz", 200).await;
    probe.get(&c, "/readyz", "/readyz", 200).await;
    probe.get(&c, "/leave", "/leave", 303).await;
    probe
        .get(
            &c,
            "/language/{code}",
            "/language/fr?back=/guide/anonymity",
            303,
        )
        .await;
    probe.get(&c, "/language/{code}", "/language/xx", 404).await;
    probe
        .get(&c, "/style/{file}", STYLESHEET_PATH.as_str(), 200)
        .await;
    probe
        .get(&c, "/style/{file}", "/style/main-0000000000000000.css", 404)
        .await;
    probe
        .get(
            &c,
            "/script/{file}",
            app::components::QUICK_EXIT_SCRIPT_PATH.as_str(),
            200,
        )
        .await;
    probe
        .get(&c, "/script/{file}", "/script/quick-exit-0.js", 404)
        .await;
    probe.get(&c, "/favicon.ico", "/favicon.ico", 404).await;
    // The benchmark's upper bound is off unless PORTAL_BENCH_ROUTES is set
    // (its headers when on: tests/http.rs).
    probe
        .get(&c, "/bench/bytes/{n}", "/bench/bytes/100", 404)
        .await;
    probe.get(&c, "/nowhere", "/nowhere", 404).await;
    probe.post(&c, "/healthz", &[], 405).await;
    probe.get(&c, "/orientation", "/orientation", 200).await;
    probe
        .get(
            &c,
            "/orientation/result/{slug}",
            "/orientation/result/pre-complaint",
            200,
        )
        .await;
    probe
        .get(&c, "/guide/{slug}", "/guide/data-retention", 200)
        .await;
    probe.get(&c, "/guide/{slug}", "/guide/nothing", 404).await;
    probe.get(&c, "/complaint", "/complaint", 200).await;
    probe
        .get(&c, "/complaint/callback", "/complaint/callback", 400)
        .await;
    probe
        .get(
            &c,
            "/appointment/{token}",
            &format!("/appointment/{}", "0".repeat(64)),
            410,
        )
        .await;

    pre_complaint(&mut probe, &mut app).await;
    discrimination(&mut probe, &app).await;
    violence(&mut probe).await;
    follow_up(&mut probe, &app).await;
    agent(&mut probe, &app).await;

    // 503: the database is gone.
    app.db.close().await;
    probe.get(&c, "/readyz", "/readyz", 503).await;
    let with_draft = app.client.clone();
    probe
        .get(
            &with_draft,
            "/pre-complaint/when",
            "/pre-complaint/when",
            503,
        )
        .await;

    let routes = get_routes_in_source();
    for known in [
        "/",
        "/pre-complaint/check",
        "/report/sent",
        "/agent/statistics.csv",
    ] {
        assert!(
            routes.contains(known),
            "{known} read from the source: {routes:?}"
        );
    }
    let missing: Vec<&String> = routes.difference(&probe.covered).collect();
    assert!(
        missing.is_empty(),
        "GET routes of the router that this test does not probe: {missing:?}"
    );
    for name in [
        "portal_complaint_form",
        "portal_follow_up_form",
        "portal_lang",
        "portal_orientation",
        "portal_session",
        "portal_sign_in",
    ] {
        assert!(probe.cookies.contains(name), "{name}: {:?}", probe.cookies);
    }
    for status in [200, 303, 400, 403, 404, 405, 413, 422, 429, 503] {
        assert!(
            probe.statuses.contains(&status),
            "a {status} response was checked"
        );
    }
}
on_both_backends!(every_response, every_response_carries_the_header_set);

/// Over TLS, HSTS is on every kind of response too.
async fn over_tls_every_response_carries_hsts(backend: Backend) {
    let app = TestApp::spawn_with(backend, |config, _| config.secure_cookies = true).await;
    let mut probe = Probe::new(&app, true);
    let c = browser("en");
    probe.get(&c, "/", "/", 200).await;
    probe.get(&c, "/healthz", "/healthz", 200).await;
    probe.get(&c, "/leave", "/leave", 303).await;
    probe
        .get(&c, "/style/{file}", STYLESHEET_PATH.as_str(), 200)
        .await;
    probe.get(&c, "/nowhere", "/nowhere", 404).await;
    probe.post(&c, "/healthz", &[], 405).await;
    probe
        .get(&c, "/pre-complaint/check", "/pre-complaint/check", 200)
        .await;
    probe
        .post(&c, "/pre-complaint/facts", &[("offence", "theft")], 403)
        .await;
    // Cookies set by the handlers without a thought for TLS.
    probe.get(&c, "/orientation", "/orientation", 200).await;
    probe
        .get(&c, "/language/{code}", "/language/fr?back=/", 303)
        .await;
    // The quick exit removes the sessions' `__Host-` cookies: a removal
    // without `Secure` would be ignored by the browser.
    let mut held = reqwest::header::HeaderMap::new();
    let token = "ab".repeat(32);
    held.insert(
        reqwest::header::COOKIE,
        format!("__Host-portal_session={token}; __Host-portal_follow_up={token}")
            .parse()
            .unwrap(),
    );
    let holder = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(held)
        .build()
        .unwrap();
    probe.get(&holder, "/leave", "/leave", 303).await;
    for name in [
        "__Host-portal_session",
        "__Host-portal_follow_up",
        "portal_lang",
        "portal_orientation",
    ] {
        assert!(probe.cookies.contains(name), "{name}: {:?}", probe.cookies);
    }
}
on_both_backends!(over_tls, over_tls_every_response_carries_hsts);
