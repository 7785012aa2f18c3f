//! PostgreSQL stopped under load (`PORTAL_TEST_POSTGRES_OUTAGE_SECONDS`,
//! 10 s by default): pages that need the database answer 503 with the
//! friendly page in the visitor's language, `/readyz` says so, `/healthz`
//! does not; once PostgreSQL is back, the same server process serves pages
//! and takes sends again by itself.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, RETRY_AFTER};
use reqwest::StatusCode;
use tokio::task::JoinSet;

use crate::checks::delivered_message_ids;
use crate::common::postgres_cluster::PgCluster;
use crate::common::process::{ServerProcess, ServerSettings};
use crate::common::*;
use server::db::Db;

/// Citizens loading pages (and sending) throughout.
const LOADERS: usize = 4;
/// How long PostgreSQL may take to be usable again once started.
const RECOVERY_DEADLINE: Duration = Duration::from_secs(30);

fn outage() -> Duration {
    let seconds = std::env::var("PORTAL_TEST_POSTGRES_OUTAGE_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    Duration::from_secs(seconds)
}

/// What the load saw: every status, and anything that was not a page.
#[derive(Default)]
struct Seen {
    statuses: Vec<u16>,
    failures: Vec<String>,
}

/// Checks a 503: the friendly page in the citizen's language, with the
/// headers every page carries and when to come back.
fn assert_friendly_503(page: &Page, title: &str) {
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.body
    );
    assert!(
        page.body.contains(title),
        "not the friendly page: {}",
        page.body
    );
    let header = |name| page.headers.get(name).and_then(|v| v.to_str().ok());
    assert!(header(CONTENT_TYPE).is_some_and(|v| v.starts_with("text/html")));
    assert_eq!(header(CACHE_CONTROL), Some("no-store"));
    assert!(header(CONTENT_SECURITY_POLICY).is_some_and(|v| v.contains("default-src 'none'")));
    assert!(header(RETRY_AFTER).is_some());
}

/// One round of a loader: the check page (reads the draft), a step
/// (writes it), the home page (no database).
async fn load_round(citizen: &TestApp, seen: &Mutex<Seen>) {
    let check = citizen
        .client
        .get(format!("{}/pre-complaint/check", citizen.base));
    let step = citizen
        .client
        .post(format!(
            "{}/pre-complaint/perpetrator?from=check",
            citizen.base
        ))
        .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(format!("csrf={}&seen=no", citizen.csrf));
    let home = citizen.client.get(format!("{}/", citizen.base));
    for request in [check, step, home] {
        let outcome = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let page = TestApp::read(response).await;
                match status {
                    200 | 303 => Ok(status),
                    503 if page.body.contains("Service temporarily unavailable") => Ok(status),
                    _ => Err(format!("{status}: {}", page.body)),
                }
            }
            Err(e) => Err(format!("no answer: {e}")),
        };
        let mut seen = seen.lock().unwrap();
        match outcome {
            Ok(status) => seen.statuses.push(status),
            Err(failure) => seen.failures.push(failure),
        }
    }
}

/// Sends the citizen's pre-complaint; the reference shown.
async fn send_pre_complaint(citizen: &TestApp) -> String {
    citizen
        .post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    reference_of(
        &citizen
            .get("/pre-complaint/confirmation")
            .await
            .expect(200)
            .body,
    )
}

/// Citizens at their check page, loading pages until `stop`.
async fn start_load(
    server: &ServerProcess,
    db: &Db,
    stop: &Arc<AtomicBool>,
    seen: &Arc<Mutex<Seen>>,
) -> JoinSet<()> {
    let mut load = JoinSet::new();
    for _ in 0..LOADERS {
        let mut citizen = server.citizen(db);
        answer_every_step(&mut citizen).await;
        let (stop, seen) = (stop.clone(), seen.clone());
        load.spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                load_round(&citizen, &seen).await;
            }
        });
    }
    load
}

/// Polls `path` until it answers `status`; how long that took.
async fn wait_for(citizen: &TestApp, path: &str, status: u16, deadline: Duration) -> Duration {
    let start = Instant::now();
    loop {
        let url = format!("{}{path}", citizen.base);
        if let Ok(r) = citizen.client.get(url).send().await {
            if r.status().as_u16() == status {
                return start.elapsed();
            }
        }
        assert!(start.elapsed() < deadline, "{path} never answered {status}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgresql_outage_gives_503_and_recovers_by_itself() {
    let cluster = match PgCluster::start().await {
        Ok(cluster) => cluster,
        Err(reason) => return println!("PostgreSQL outage test skipped: {reason}"),
    };
    let dir = std::env::temp_dir().join(format!("portal-test-pg-outage-{}", free_port()));
    let mut server = ServerProcess::start(ServerSettings::new(&cluster.url(), &dir)).await;
    let pid = server.pid();
    let db = Db::connect(&cluster.url()).await.unwrap();
    let mut english = server.citizen(&db);
    answer_every_step(&mut english).await;
    let mut french = server.citizen(&db);
    french.client = browser("fr");
    answer_every_step(&mut french).await;
    let (stop, seen) = (Arc::new(AtomicBool::new(false)), Arc::default());
    let load = start_load(&server, &db, &stop, &seen).await;

    cluster.stop().await.unwrap();
    let stopped_at = Instant::now();
    wait_for(&english, "/readyz", 503, outage()).await;
    assert_friendly_503(
        &english.get("/pre-complaint/check").await,
        "Service temporarily unavailable",
    );
    assert_friendly_503(
        &french.get("/pre-complaint/check").await,
        "Service momentanément indisponible",
    );
    english.get("/healthz").await.expect(200);
    english.get("/").await.expect(200);
    let refused = english
        .post("/pre-complaint/send", &[("declaration", "yes")])
        .await;
    assert_friendly_503(&refused, "Service temporarily unavailable");
    if let Some(left) = outage().checked_sub(stopped_at.elapsed()) {
        tokio::time::sleep(left).await;
    }

    let down = stopped_at.elapsed();
    cluster.resume().await.unwrap();
    let recovery = wait_for(&english, "/readyz", 200, RECOVERY_DEADLINE).await;
    english.get("/pre-complaint/check").await.expect(200);
    let reference = send_pre_complaint(&english).await;
    stop.store(true, Ordering::SeqCst);
    load.join_all().await;
    assert!(
        server.is_running() && server.pid() == pid,
        "the same process"
    );

    let Seen { statuses, failures } = std::mem::take(&mut *seen.lock().unwrap());
    let unavailable = statuses.iter().filter(|&&s| s == 503).count();
    println!(
        "PostgreSQL down for {down:?}: the load got {} answers ({unavailable} x 503); \
         ready again {recovery:?} after PostgreSQL started",
        statuses.len(),
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(unavailable > 0, "the load met the outage");

    // The worker came through too: the confirmation mail goes out.
    let deadline = Instant::now() + RECOVERY_DEADLINE;
    let mailed = |ids: &std::collections::BTreeMap<String, usize>| {
        ids.keys()
            .any(|id| id.starts_with(&format!("{}.", reference.to_lowercase())))
    };
    while !mailed(&delivered_message_ids(&dir.join("outbox"))) {
        assert!(Instant::now() < deadline, "{}", server.log_text());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = std::fs::remove_dir_all(&dir);
}
