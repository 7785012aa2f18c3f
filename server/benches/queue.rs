//! Queue benchmark: the agent's queue page and claiming, with many
//! submissions in the database.
//!
//! `cargo bench -p server --bench queue` seeds a fresh SQLite database
//! (or PostgreSQL: set `PORTAL_BENCH_POSTGRES_URL` to an admin URL) with
//! `BENCH_ROWS` submissions (default 100,000) spread over ten units, starts
//! the real server on a random port, signs an agent in (password + TOTP),
//! then times requests one after another and prints percentiles.

use std::time::{Duration, Instant};

use chrono::Utc;
use server::auth;
use server::config::{Config, Secret};
use server::db::agents::{self, NewAgent};
use server::db::submissions::{self, NewSubmission};
use server::db::Db;
use sqlx::Connection;

const UNITS: [&str; 10] = [
    "PN-69-LYON-01",
    "PN-69-LYON-02",
    "PN-75-PARIS-05",
    "PN-13-MARSEILLE-NOAILLES",
    "PN-06-NICE",
    "PN-31-TOULOUSE",
    "PN-33-BORDEAUX",
    "PN-59-LILLE",
    "PN-67-STRASBOURG",
    "PN-44-NANTES",
];
const STATUSES: [&str; 4] = ["new", "in-review", "appointment-proposed", "closed"];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<34} n={:<4} p50={:>7.2} ms  p90={:>7.2} ms  p99={:>7.2} ms  max={:>7.2} ms",
        samples.len(),
        ms(percentile(&samples, 50.0)),
        ms(percentile(&samples, 90.0)),
        ms(percentile(&samples, 99.0)),
        ms(*samples.last().unwrap())
    );
}

async fn database() -> (String, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("portal-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    match std::env::var("PORTAL_BENCH_POSTGRES_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(admin) => {
            let name = format!("portal_bench_{}", std::process::id());
            let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            let base = admin.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap();
            (format!("{base}/{name}"), dir)
        }
        None => (format!("sqlite://{}", dir.join("bench.db").display()), dir),
    }
}

async fn seed(db: &Db, rows: usize) {
    let started = Instant::now();
    let now = server::db::now();
    let mut tx = db.begin().await.unwrap();
    for i in 0..rows {
        let reference = format!("PP-{:04X}-{:04X}-B", i / 65536, i % 65536);
        let draft = format!("bench-{i}");
        let at = now - chrono::Duration::seconds((rows - i) as i64 * 30);
        let new = NewSubmission {
            reference: &reference,
            category: "pre-complaint",
            draft_id: &draft,
            lang: "fr",
            unit_code: UNITS[i % UNITS.len()],
            data: "{\"eligible\":true}",
            submitted_at: at,
            sign_by: Some((at + chrono::Duration::days(30)).date_naive()),
            priority: if i % 7 == 0 { 2 } else { 3 },
            anonymous: false,
        };
        submissions::insert(&mut tx, &new).await.unwrap().unwrap();
        if i % 5000 == 4999 {
            tx.commit().await.unwrap();
            tx = db.begin().await.unwrap();
        }
    }
    tx.commit().await.unwrap();
    // Most cases are no longer new: spread the statuses as in a real queue.
    let spread = "UPDATE queue_entries SET status = CASE submission_id % 4 WHEN 0 THEN 'new' WHEN 1 THEN 'in-review' \
                  WHEN 2 THEN 'appointment-proposed' ELSE 'closed' END";
    server::on_pool!(db, pool => sqlx::query(spread).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    // The spread bypassed the status counters: count them again.
    for sql in [
        "DELETE FROM queue_counts",
        "INSERT INTO queue_counts (unit_code, status, n) SELECT unit_code, status, COUNT(*) FROM queue_entries GROUP BY unit_code, status",
    ] {
        server::on_pool!(db, pool => sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    }
    let analyze = if matches!(db, Db::Sqlite(_)) {
        "ANALYZE"
    } else {
        "ANALYZE queue_entries"
    };
    server::on_pool!(db, pool => sqlx::query(analyze).execute(pool).await.map(|r| r.rows_affected())).unwrap();
    println!(
        "seeded {rows} submissions in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let _ = STATUSES;
}

async fn post(client: &reqwest::Client, url: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_html_form::to_string(fields).unwrap())
        .send()
        .await
        .unwrap()
}

fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).unwrap() + marker.len();
    html[start..start + 64].to_string()
}

#[tokio::main]
async fn main() {
    let rows: usize = std::env::var("BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let (url, dir) = database().await;
    let db = Db::connect(&url).await.unwrap();
    server::db::units::seed(&db).await.unwrap();
    seed(&db, rows).await;
    let email = "bench@police.example";
    let hash = auth::hash_password("a long bench password").unwrap();
    let new = NewAgent {
        email,
        name: "Bench",
        role: "agent",
        unit_code: Some(UNITS[0]),
        password_hash: &hash,
    };
    agents::insert(&db, &new, Utc::now()).await.unwrap();

    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url: Secret::new(url.clone()),
        smtp_url: None,
        data_dir: dir.clone(),
        mail_from: "Bench <bench@plainte.localhost>".into(),
        public_url: "http://127.0.0.1".into(),
        secure_cookies: false,
        identity_provider: None,
        data_keys: server::config::DataKeySource::File {
            path: dir.join("data-keys"),
            create: true,
        },
        send_limits: Default::default(),
        retention: Default::default(),
        mail_backoff: Default::default(),
        request_timeout: server::config::DEFAULT_REQUEST_TIMEOUT,
        bench_routes: false,
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let running = server::start(config, listener).await.unwrap();
    let base = format!("http://{}", running.addr);
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    let page = client
        .get(format!("{base}/agent/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&page);
    post(
        &client,
        &format!("{base}/agent/sign-in"),
        &[
            ("csrf", &csrf),
            ("email", email),
            ("password", "a long bench password"),
        ],
    )
    .await;
    let page = client
        .get(format!("{base}/agent/enrol"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&page);
    let secret = agents::find_by_email(&db, email)
        .await
        .unwrap()
        .unwrap()
        .totp_secret
        .unwrap();
    let code = auth::totp_code(&secret, auth::totp_step(Utc::now().timestamp())).unwrap();
    let signed = post(
        &client,
        &format!("{base}/agent/enrol"),
        &[("csrf", &csrf), ("code", &code)],
    )
    .await;
    assert_eq!(signed.status(), 303, "signed in");
    let queue = client
        .get(format!("{base}/agent"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = csrf_of(&queue);
    let in_unit = rows / UNITS.len();
    println!(
        "queue of the agent's unit: {in_unit} cases ({} new)",
        in_unit / 4
    );

    let time_get = |path: String| {
        let client = client.clone();
        let base = base.clone();
        async move {
            let started = Instant::now();
            let response = client.get(format!("{base}{path}")).send().await.unwrap();
            assert_eq!(response.status(), 200, "{path}");
            let _ = response.bytes().await.unwrap();
            started.elapsed()
        }
    };
    for _ in 0..20 {
        time_get("/agent".into()).await;
    }
    let mut first = Vec::new();
    for _ in 0..200 {
        first.push(time_get("/agent".into()).await);
    }
    report("queue, first page", first);
    let mut filtered = Vec::new();
    for _ in 0..200 {
        filtered.push(time_get("/agent?status=new".into()).await);
    }
    report("queue, status=new", filtered);
    // A page deep in the queue: the cursor of a case halfway through.
    let deep_cursor = {
        let middle = server::db::now() - chrono::Duration::seconds((rows as i64 / 2) * 30);
        app::domain::queue::QueueCursor {
            priority: 3,
            created_at: middle,
            submission_id: (rows / 2) as i64,
        }
        .encode()
    };
    let mut deep = Vec::new();
    for _ in 0..200 {
        deep.push(time_get(format!("/agent?after={deep_cursor}")).await);
    }
    report("queue, page halfway down", deep);
    let mut claims = Vec::new();
    for _ in 0..100 {
        let started = Instant::now();
        let response = post(
            &client,
            &format!("{base}/agent/queue/next"),
            &[("csrf", &csrf)],
        )
        .await;
        assert_eq!(response.status(), 303);
        claims.push(started.elapsed());
    }
    report("take the next (claim)", claims);
    running.server.abort();
    running.worker.abort();
    db.close().await;
    if url.starts_with("sqlite") {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
