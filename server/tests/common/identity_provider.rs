//! A real OpenID Connect provider for the tests: the certified
//! `oidc-provider` npm package (end2end/oidc/provider.mjs, installed by
//! `npm ci` in end2end/), started on a free port for one test and stopped
//! when dropped; and a walk through its sign-in and consent pages.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use server::config::{Config, IdentityProviderConfig, Secret};

use super::{free_port, Page, TestApp};

const CLIENT_ID: &str = "portal";
const CLIENT_SECRET: &str = "portal-test-secret";

/// A running provider.
pub struct TestProvider {
    /// Its issuer URL.
    pub issuer: String,
    child: Child,
}

impl Drop for TestProvider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TestProvider {
    /// Starts a provider on `port` that sends citizens back to the portal
    /// at `portal`.
    pub async fn start(port: u16, portal: std::net::SocketAddr) -> TestProvider {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../end2end/oidc/provider.mjs");
        let child = Command::new("node")
            .arg(&script)
            .env("OIDC_PORT", port.to_string())
            .env("OIDC_CLIENT_ID", CLIENT_ID)
            .env("OIDC_CLIENT_SECRET", CLIENT_SECRET)
            .env("OIDC_REDIRECT_URIS", callback(portal))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs the test identity provider (npm ci in end2end/)");
        let provider = TestProvider {
            issuer: issuer(port),
            child,
        };
        let discovery = format!("{}/.well-known/openid-configuration", provider.issuer);
        for _ in 0..200 {
            if let Ok(response) = reqwest::get(&discovery).await {
                if response.status().is_success() {
                    return provider;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the test identity provider did not start (is oidc-provider installed in end2end/node_modules?)");
    }
}

fn issuer(port: u16) -> String {
    format!("http://127.0.0.1:{port}")
}

fn callback(portal: std::net::SocketAddr) -> String {
    format!("http://{portal}/complaint/callback")
}

/// The portal's settings for a provider at `issuer`.
pub fn settings(issuer: &str, portal: std::net::SocketAddr) -> IdentityProviderConfig {
    IdentityProviderConfig {
        issuer: issuer.to_string(),
        client_id: CLIENT_ID.into(),
        client_secret: Secret::new(CLIENT_SECRET),
        redirect_url: callback(portal),
        scopes: vec!["profile".into(), "email".into()],
        name: "FranceConnect".into(),
    }
}

/// Starts the portal with a provider configured, then the provider (the
/// portal reads the provider's discovery document on first use).
pub async fn portal_with_provider(backend: super::Backend) -> (TestApp, TestProvider) {
    let port = free_port();
    let mut portal = None;
    let app = TestApp::spawn_with(backend, |config: &mut Config, addr| {
        portal = Some(addr);
        config.identity_provider = Some(settings(&issuer(port), addr));
    })
    .await;
    let provider = TestProvider::start(port, portal.expect("address known")).await;
    (app, provider)
}

/// What the citizen does at the provider's consent page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtProvider {
    /// Signs in as this account and consents.
    Consent(&'static str),
    /// Signs in as this account, then cancels.
    Cancel(&'static str),
}

fn attribute_after(html: &str, marker: &str) -> Option<String> {
    let start = html.find(marker)? + marker.len();
    let value = html[start..].split('"').next()?;
    Some(
        value
            .replace("&amp;", "&")
            .replace("&#x2F;", "/")
            .replace("&#47;", "/"),
    )
}

fn absolute(base: &str, location: &str) -> String {
    if location.starts_with("http") {
        location.to_string()
    } else {
        format!("{base}{location}")
    }
}

/// Starts the online complaint on the portal and walks the provider's
/// pages as `choice` says, until the provider sends the browser back to
/// the portal; returns that callback URL (not yet opened).
pub async fn verify_at_provider(
    app: &TestApp,
    provider: &TestProvider,
    choice: AtProvider,
) -> String {
    let start = app.get("/complaint").await.expect(200);
    let csrf = super::csrf_of(&start.body);
    let sent = app
        .post_raw("/complaint", format!("csrf={csrf}").into_bytes())
        .await;
    let mut url = sent.location.clone().expect("sent to the provider");
    assert!(url.starts_with(&provider.issuer), "{url}");
    for _ in 0..20 {
        if url.starts_with(&format!("{}/complaint/callback", app.base)) {
            return url;
        }
        let page = TestApp::read(app.client.get(&url).send().await.unwrap()).await;
        if let Some(location) = &page.location {
            url = absolute(&provider.issuer, location);
            continue;
        }
        url = act_on(app, provider, &page, choice).await;
    }
    panic!("the provider never sent the browser back");
}

async fn act_on(app: &TestApp, provider: &TestProvider, page: &Page, choice: AtProvider) -> String {
    let action = attribute_after(&page.body, "action=\"").expect("a form at the provider");
    let action = absolute(&provider.issuer, &action);
    let (login, cancel) = match choice {
        AtProvider::Consent(login) => (login, false),
        AtProvider::Cancel(login) => (login, true),
    };
    let body = if page.body.contains("name=\"login\"") {
        format!("prompt=login&login={login}&password=any")
    } else if cancel {
        let abort = attribute_after(&page.body, "href=\"").filter(|h| h.contains("abort"));
        let abort = abort.unwrap_or_else(|| {
            let marker = page.body.find("abort").expect("a cancel link");
            let start = page.body[..marker].rfind('"').unwrap() + 1;
            page.body[start..].split('"').next().unwrap().to_string()
        });
        return absolute(&provider.issuer, &abort);
    } else {
        "prompt=consent".to_string()
    };
    let answer = app
        .client
        .post(&action)
        .header(
            reqwest::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .body(body)
        .send()
        .await
        .unwrap();
    let answer = TestApp::read(answer).await;
    absolute(
        &provider.issuer,
        answer.location.as_deref().expect("the provider redirects"),
    )
}
