//! What citizens write is stored sealed: a canary phrase typed into the
//! answers of a case, an agent's note or reason for rejecting, or an
//! anonymous report and the
//! messages about it appears nowhere in the raw database files (SQLite file
//! and WAL), in any text column (on PostgreSQL too), in the outbox or in
//! the logs (captured at debug level for every crate); nor does the
//! follow-up code. Yet the people it is for read it in clear.

mod common;

use common::agents::*;
use common::follow_up::ReporterBrowser;
use common::*;

const CANARY: &str = "canary-4b1d-mauve-heron";

/// Starts capturing the logs of this binary's servers (debug level, every
/// crate of the server).
fn logs() {
    common::logs::capture();
}

/// The logs captured so far, as text.
fn logged() -> String {
    common::logs::logged()
}

/// Every file under `dir`, read as bytes, that contains `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path) {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(path.display().to_string());
            }
        }
    }
    found
}

/// Every stored text value (all tables, all text columns) containing `needle`.
async fn rows_containing(app: &TestApp, needle: &str) -> Vec<String> {
    let like = format!("%{needle}%");
    let columns: Vec<(String, String)> = match &app.db {
        server::db::Db::Sqlite(db) => sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND p.type = 'TEXT'",
        )
        .fetch_all(&db.pool)
        .await
        .unwrap(),
        server::db::Db::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type = 'text'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    let mut found = Vec::new();
    for (table, column) in columns {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE $1");
        let (count,): (i64,) = match &app.db {
            server::db::Db::Sqlite(db) => {
                sqlx::query_as(&sql).bind(&like).fetch_one(&db.pool).await
            }
            server::db::Db::Postgres(pool) => {
                sqlx::query_as(&sql).bind(&like).fetch_one(pool).await
            }
        }
        .unwrap();
        if count > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    found
}

async fn a_canary_is_stored_nowhere_in_clear(backend: Backend) {
    logs();
    let mut app = TestApp::spawn(backend).await;
    answer_every_step(&mut app).await;
    app.get("/pre-complaint/check").await.expect(200);
    // The account of the facts, changed to carry the canary.
    app.post(
        "/pre-complaint/facts?from=check",
        &[
            ("offence", "pickpocketing"),
            (
                "account",
                &format!("On the tram, {CANARY}, my phone was taken."),
            ),
            ("from", "check"),
        ],
    )
    .await
    .expect_redirect("/pre-complaint/check");
    assert_eq!(
        rows_containing(&app, CANARY).await,
        Vec::<String>::new(),
        "draft sealed"
    );
    app.post("/pre-complaint/send", &[("declaration", "yes")])
        .await
        .expect_redirect("/pre-complaint/confirmation");
    let confirmation = app.get("/pre-complaint/confirmation").await.expect(200);
    let reference = reference_of(&confirmation.body);

    // An agent of the unit reads the account in clear and notes the canary
    // internally. (Messages to an identified citizen leave by email, so
    // they pass through the outbox; the anonymous report's test covers
    // sealed messages.)
    let stored = server::db::submissions::find_by_reference(&app.db, &reference)
        .await
        .unwrap()
        .unwrap();
    create_agent(
        &app.db,
        "canary.agent@example.fr",
        "agent",
        Some(&stored.unit_code),
    )
    .await;
    let agent = sign_in(&app, "canary.agent@example.fr").await;
    let case = format!("/agent/cases/{}", stored.id);
    let page = agent.get(&case).await.expect(200);
    assert!(page.body.contains(CANARY), "the agent reads the account");
    agent
        .post(&format!("{case}/action"), &[("action", "claim")])
        .await
        .expect(303);
    agent
        .post(
            &format!("{case}/notes"),
            &[("note_body", &format!("note {CANARY}"))],
        )
        .await
        .expect(303);
    let page = agent.get(&case).await.expect(200);
    assert!(page.body.contains(&format!("note {CANARY}")));
    // The reason for rejecting it goes into the case's history.
    agent
        .post(
            &format!("{case}/action"),
            &[
                ("action", "reject"),
                ("reason", &format!("reason {CANARY}")),
            ],
        )
        .await
        .expect(303);
    let page = agent.get(&case).await.expect(200);
    assert!(page.body.contains(&format!("reason {CANARY}")), "history");

    assert_eq!(rows_containing(&app, CANARY).await, Vec::<String>::new());
    assert!(!logged().contains(CANARY), "the answers are not logged");
    if backend == Backend::Sqlite {
        // Checkpoint nothing: the WAL is read as it is, with the file.
        let files = files_containing(&app.data_dir, CANARY);
        let outside_outbox: Vec<_> = files.iter().filter(|f| !f.contains("outbox")).collect();
        assert!(outside_outbox.is_empty(), "canary in {outside_outbox:?}");
    }
}
on_both_backends!(canary, a_canary_is_stored_nowhere_in_clear);

/// Walks the violence report anonymously with `narrative` as the
/// description; returns the follow-up code shown at the end.
async fn report_anonymously(app: &mut TestApp, narrative: &str) -> String {
    app.open_flow("/report")
        .await
        .expect_redirect("/report/safe");
    let first = app.get("/report/safe").await.expect(200);
    app.csrf = csrf_of(&first.body);
    /// A step, its answers, and the step it leads to.
    type StepAnswers<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);
    let steps: Vec<StepAnswers> = vec![
        ("safe", vec![("safe_now", "yes")], "who"),
        (
            "who",
            vec![("report_for", "myself"), ("age", "adult")],
            "contact-choice",
        ),
        ("contact-choice", vec![("anonymity", "anonymous")], "what"),
        ("what", vec![("facts", "harassment")], "when"),
        ("when", vec![("period", "weeks"), ("area", "35")], "person"),
        (
            "person",
            vec![("relationship", "work-or-studies")],
            "details",
        ),
        ("details", vec![("details", narrative)], "support"),
        (
            "support",
            vec![("support", "complaint-information")],
            "check",
        ),
    ];
    for (step, fields, next) in steps {
        app.post(&format!("/report/{step}"), &fields)
            .await
            .expect_redirect(&format!("/report/{next}"));
    }
    let sent = app.post("/report/send", &[]).await.expect(200);
    let shown = sent
        .body
        .split("class=\"follow-up-code\"><bdi>")
        .nth(1)
        .expect("the code is shown");
    shown.split('<').next().unwrap_or_default().to_string()
}

async fn an_anonymous_reports_words_are_stored_nowhere_in_clear(backend: Backend) {
    logs();
    let mut app = TestApp::spawn(backend).await;
    let code = report_anonymously(&mut app, &format!("It started at work. {CANARY}")).await;
    assert_eq!(code.len(), 24, "{code}");

    // The reporter writes with the code; an agent reads and answers.
    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&code.to_lowercase()).await;
    reporter
        .post(
            "/follow-up/messages",
            &csrf_of(&page.body),
            &[("reply", &format!("reply {CANARY}"))],
        )
        .await
        .expect_redirect("/follow-up/report");
    create_agent(
        &app.db,
        "brigade@gendarmerie.example",
        "agent",
        Some("GN-35-BRIGADE-NUMERIQUE"),
    )
    .await;
    let agent = sign_in(&app, "brigade@gendarmerie.example").await;
    let sql = "SELECT id FROM submissions WHERE category = 'violence'";
    let id: i64 =
        server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap();
    let case = format!("/agent/cases/{id}");
    let seen = agent.get(&case).await.expect(200);
    assert!(seen.body.contains(&format!("It started at work. {CANARY}")));
    assert!(seen.body.contains(&format!("reply {CANARY}")));
    agent
        .post(&format!("{case}/action"), &[("action", "claim")])
        .await
        .expect(303);
    agent
        .post(
            &format!("{case}/messages"),
            &[("message_body", &format!("answer {CANARY}"))],
        )
        .await
        .expect(303);
    let page = reporter.get("/follow-up/report").await.expect(200);
    assert!(
        page.body.contains(&format!("answer {CANARY}")),
        "the reporter reads the answer"
    );

    assert_eq!(rows_containing(&app, CANARY).await, Vec::<String>::new());
    let log = logged();
    assert!(log.contains("submission received"), "the logs are captured");
    assert!(!log.contains(CANARY), "the words are not logged");
    assert!(!log.contains(&code), "the code is not logged");
    assert!(
        !log.contains(&code.replace('-', "")),
        "the code is not logged"
    );
    assert_eq!(
        rows_containing(&app, &code).await,
        Vec::<String>::new(),
        "the code is not stored"
    );
    if backend == Backend::Sqlite {
        let files = files_containing(&app.data_dir, CANARY);
        assert!(
            files.is_empty(),
            "canary in {files:?} (database, WAL or outbox)"
        );
    }
}
on_both_backends!(
    anonymous_canary,
    an_anonymous_reports_words_are_stored_nowhere_in_clear
);
