//! Cross-cutting HTTP behaviour: security headers, health, languages,
//! problem pages and malformed requests.

mod common;

use common::*;

const PAGES: &[&str] = &[
    "/",
    "/pre-complaint",
    "/nope",
    "/healthz",
    "/language/en?back=/",
];

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    let home = app.get("/").await.expect(200);
    let css = home
        .body
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let mut paths: Vec<String> = PAGES.iter().map(|p| p.to_string()).collect();
    paths.push(css.clone());
    for path in &paths {
        let page = app.get(path).await;
        let h = &page.headers;
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .starts_with("default-src 'none'"),
            "{path}"
        );
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{path}");
        assert!(h.contains_key("permissions-policy"), "{path}");
        assert!(!h.contains_key("server"), "{path}");
        if *path == css {
            assert!(h["cache-control"].to_str().unwrap().contains("immutable"));
        } else {
            assert_eq!(h["cache-control"], "no-store", "{path}");
        }
    }
    app.start_pre_complaint().await;
    let redirect = app
        .post("/pre-complaint/eligibility", &[("emergency", "yes")])
        .await
        .expect(303);
    assert_eq!(redirect.headers["cache-control"], "no-store");
    assert!(redirect.headers.contains_key("content-security-policy"));
}

#[tokio::test]
async fn health_readiness_and_the_unavailable_page() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    assert_eq!(app.get("/healthz").await.expect(200).body, "ok");
    app.get("/readyz").await.expect(200);
    app.start_pre_complaint().await;
    app.db.close().await;
    app.get("/readyz").await.expect(503);
    assert_eq!(app.get("/healthz").await.expect(200).body, "ok");
    let page = app.get("/pre-complaint/declarant").await.expect(503);
    assert!(
        page.body.contains("Service temporarily unavailable") || page.body.contains("indisponible"),
        "{}",
        page.body
    );
    assert!(page.body.contains("tel:112"), "the emergency banner stays");
}

#[tokio::test]
async fn unknown_pages_get_the_404_page_in_the_visitors_language() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let page = app.get("/nope").await.expect(404);
    assert!(page.body.contains("<html lang=\"en\""));
    assert!(page.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let mut french = TestApp::spawn(Backend::Sqlite).await;
    french.client = browser("fr-FR,fr;q=0.9");
    assert!(french
        .get("/nope")
        .await
        .expect(404)
        .body
        .contains("Page introuvable"));
}

#[tokio::test]
async fn the_language_switch_keeps_the_page_and_the_draft() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
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
    app.post("/pre-complaint/declarant", &[("declarant", "minor-child")])
        .await;
    app.get("/language/fr?back=/pre-complaint/declarant")
        .await
        .expect_redirect("/pre-complaint/declarant");
    let page = app.get("/pre-complaint/declarant").await.expect(200);
    assert!(page.body.contains("<html lang=\"fr\""));
    assert!(page.body.contains("value=\"minor-child\" checked"));
    app.get("/language/en?back=//evil.example")
        .await
        .expect_redirect("/");
    app.get("/language/xx?back=/").await.expect(404);
}

#[tokio::test]
async fn malformed_requests_get_a_clear_4xx() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    app.start_pre_complaint().await;
    let mut invalid_utf8 = format!("csrf={}&surname=", app.csrf).into_bytes();
    invalid_utf8.extend_from_slice(&[0xff, 0xfe, 0xfd]);
    let page = app.post_raw("/pre-complaint/identity", invalid_utf8).await;
    assert!(page.status.is_client_error(), "{}", page.status);
    let huge = format!("csrf={}&account={}", app.csrf, "a".repeat(200_000)).into_bytes();
    app.post_raw("/pre-complaint/facts", huge).await.expect(413);
    let repeated =
        format!("csrf={}&declarant=myself&declarant=organisation", app.csrf).into_bytes();
    let page = app.post_raw("/pre-complaint/declarant", repeated).await;
    assert!(
        page.status.is_client_error() || page.status == 303,
        "{}",
        page.status
    );
    let page = app
        .client
        .delete(format!("{}/pre-complaint/identity", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 405);
}

#[tokio::test]
async fn over_tls_cookies_are_host_prefixed_and_hsts_is_sent() {
    let (url, dir) = fresh_database(Backend::Sqlite).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let config = server::config::Config {
        secure_cookies: true,
        ..test_config(&url, &dir)
    };
    let running = server::start(config, listener).await.unwrap();
    // No cookie store: it would not send the `Secure` start cookie over
    // this test's plain HTTP.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let start = client
        .get(format!("http://{}/pre-complaint", running.addr))
        .send()
        .await
        .unwrap();
    let start_cookie = start.headers()["set-cookie"].to_str().unwrap().to_string();
    let token = csrf_of(&start.text().await.unwrap());
    assert!(
        start_cookie.starts_with(&format!("portal_start={token};"))
            && start_cookie.contains("; Secure"),
        "{start_cookie}"
    );
    let response = client
        .post(format!("http://{}/pre-complaint", running.addr))
        .header("cookie", format!("portal_start={token}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert!(response.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-portal_session="), "{cookie}");
    for attribute in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(
        !cookie.contains("Max-Age") && !cookie.contains("Expires"),
        "a session cookie: {cookie}"
    );
    running.server.abort();
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_take_it() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let fetch = |encoding: Option<&'static str>| {
        let request = app.client.get(format!("{}/", app.base));
        let request = match encoding {
            Some(e) => request.header("accept-encoding", e),
            None => request,
        };
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            let headers = response.headers().clone();
            (headers, response.bytes().await.unwrap())
        }
    };
    let (headers, plain) = fetch(None).await;
    assert!(headers.get("content-encoding").is_none());
    assert!(std::str::from_utf8(&plain).unwrap().contains("<html"));
    for (accepted, expected) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let (headers, body) = fetch(Some(accepted)).await;
        assert_eq!(headers["content-encoding"], expected, "{accepted}");
        assert_eq!(headers["cache-control"], "no-store", "{accepted}");
        assert!(
            headers.contains_key("content-security-policy"),
            "{accepted}"
        );
        assert!(
            body.len() * 2 < plain.len(),
            "{accepted}: {} bytes of {}",
            body.len(),
            plain.len()
        );
    }
}

#[tokio::test]
async fn the_benchmark_upper_bound_is_served_only_when_asked() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    app.get("/bench/bytes/1000").await.expect(404);
    let app = TestApp::spawn_with(Backend::Sqlite, |config, _| config.bench_routes = true).await;
    let page = app.get("/bench/bytes/12345").await.expect(200);
    assert_eq!(page.body.len(), 12345);
    assert!(page.headers.contains_key("content-security-policy"));
    app.get("/bench/bytes/99999999").await.expect(404);
}
