//! Messages both ways between the reporter and the agent, the email that
//! only says a message is waiting, and violence reports first in the queue.

use chrono::{Duration, Utc};

use crate::common::agents::{create_agent, insert_case, sign_in};
use crate::common::follow_up::*;
use crate::common::*;
use crate::on_both_backends;

async fn outbox_rows(app: &TestApp) -> i64 {
    let sql = "SELECT COUNT(*) FROM outbox";
    server::on_pool!(&app.db, pool => sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

async fn messages_go_both_ways_with_an_anonymous_reporter(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let report = insert_violence_report(&app, None).await;
    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&typed_loosely(&report.code)).await;
    let csrf = csrf_of(&page.body);
    let empty = reporter
        .post("/follow-up/messages", &csrf, &[("reply", "  ")])
        .await
        .expect(422);
    assert!(empty.body.contains("Write your message"), "{}", empty.body);
    let long = "a".repeat(5001);
    let kept = reporter
        .post("/follow-up/messages", &csrf, &[("reply", &long)])
        .await
        .expect(422);
    assert!(kept.body.contains(&long) && kept.body.contains("longer than 5,000"));
    let mine = "I would like to talk, <b>not by phone</b>.";
    reporter
        .post("/follow-up/messages", &csrf, &[("reply", mine)])
        .await
        .expect_redirect("/follow-up/report");

    create_agent(&app.db, "officer@police.example", "agent", Some(UNIT)).await;
    let agent = sign_in(&app, "officer@police.example").await;
    let case = format!("/agent/cases/{}", report.id);
    let seen = agent.get(&case).await.expect(200);
    assert!(
        seen.body
            .contains("I would like to talk, &lt;b&gt;not by phone&lt;/b&gt;."),
        "{}",
        seen.body
    );
    agent
        .post(&format!("{case}/action"), &[("action", "claim")])
        .await
        .expect(303);
    let answer = "Thank you. We can meet at the station on Tuesday.";
    agent
        .post(&format!("{case}/messages"), &[("message_body", answer)])
        .await
        .expect_redirect(&case);
    assert_eq!(
        outbox_rows(&app).await,
        0,
        "no address: the message waits on the page"
    );

    let page = reporter.get("/follow-up/report").await.expect(200);
    assert!(
        page.body.contains("An officer is reading your report."),
        "{}",
        page.body
    );
    let from_me = page
        .body
        .find("not by phone")
        .expect("the reporter's message");
    let from_agent = page.body.find(answer).expect("the agent's answer");
    assert!(from_me < from_agent, "oldest first");
    assert!(page.body.contains("The person handling your report"));
    assert!(
        !page.body.contains("Agent officer@police.example"),
        "the agent's name is not shown"
    );
    let shown = format!("<p dir=\"auto\" class=\"timeline-text\">{answer}</p>");
    assert!(page.body.contains(&shown), "{}", page.body);
}
on_both_backends!(both_ways, messages_go_both_ways_with_an_anonymous_reporter);

async fn the_email_of_a_violence_case_only_says_a_message_waits(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let address = format!("reporter.{}@example.org", rand::random::<u32>());
    let report = insert_violence_report(&app, Some(&address)).await;
    create_agent(&app.db, "officer@police.example", "agent", Some(UNIT)).await;
    let agent = sign_in(&app, "officer@police.example").await;
    let case = format!("/agent/cases/{}", report.id);
    agent
        .post(&format!("{case}/action"), &[("action", "claim")])
        .await
        .expect(303);
    let secret_words = "We found the person named in your report";
    agent
        .post(
            &format!("{case}/messages"),
            &[("message_body", secret_words)],
        )
        .await
        .expect_redirect(&case);
    let email = wait_for_email_with(&app, &[&address]).await;
    assert!(
        email.contains("A new message is waiting for you"),
        "{email}"
    );
    assert!(email.contains("Follow my report"), "{email}");
    assert!(
        !email.contains(secret_words) && !email.contains("person named"),
        "{email}"
    );
    let grouped = report.code.grouped();
    for spelling in [
        grouped.as_str(),
        &grouped.replace('-', ""),
        report.code.secret(),
    ] {
        assert!(!email.contains(spelling), "the code in the email");
    }
    assert!(!email.contains(&report.reference), "nothing names the case");

    let reporter = ReporterBrowser::new(&app);
    let page = reporter.open_report(&grouped).await;
    assert!(
        page.body.contains(secret_words),
        "the message itself waits on the page"
    );
}
on_both_backends!(
    email,
    the_email_of_a_violence_case_only_says_a_message_waits
);

async fn violence_reports_come_first_in_the_queue(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let older = Utc::now() - Duration::hours(3);
    insert_case(&app.db, UNIT, "PP-OLDR-0001-0", older, 3).await;
    let report = insert_report_with_priority(&app, None, 1).await;
    let danger = insert_report_with_priority(&app, None, 0).await;
    create_agent(&app.db, "queue@police.example", "agent", Some(UNIT)).await;
    let agent = sign_in(&app, "queue@police.example").await;
    let queue = agent.get("/agent").await.expect(200);
    let at = |reference: &str| queue.body.find(reference).expect(reference);
    assert!(
        at(&danger.reference) < at(&report.reference),
        "immediate danger first"
    );
    assert!(
        at(&report.reference) < at("PP-OLDR-0001-0"),
        "then violence, before older cases"
    );
    agent
        .post("/agent/queue/next", &[])
        .await
        .expect_redirect(&format!("/agent/cases/{}", danger.id));
}
on_both_backends!(queue_order, violence_reports_come_first_in_the_queue);
