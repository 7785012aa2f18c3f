//! Walking the violence report like a browser without script: every page
//! seen and every redirect followed is recorded, so the tests can check
//! that no title, URL or `Location` names the subject or carries the code.

use crate::common::{csrf_of, Page, TestApp};

/// Words that must never appear in a title, a URL or a `Location`.
pub const SUBJECT_WORDS: &[&str] = &[
    "sexual",
    "sexist",
    "violence",
    "rape",
    "assault",
    "sexuel",
    "sexiste",
    "viol",
    "agression",
];

/// A step, its answers, and the step it leads to.
type StepAnswers<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

/// A browser walking the report, and everything it saw.
pub struct Walk {
    pub app: TestApp,
    /// Every path requested, and every `Location` received.
    pub urls: Vec<String>,
    /// Every `<title>` shown.
    pub titles: Vec<String>,
}

/// The `<title>` of a page, if it has one.
pub fn title_of(html: &str) -> Option<String> {
    let start = html.find("<title>")? + "<title>".len();
    html[start..].split("</title>").next().map(str::to_string)
}

/// The follow-up code shown on a confirmation page.
pub fn code_of(html: &str) -> Option<String> {
    let marker = "class=\"follow-up-code\"><bdi>";
    let start = html.find(marker)? + marker.len();
    html[start..].split('<').next().map(str::to_string)
}

/// Whether `code` reads as five groups of four Crockford characters.
pub fn is_grouped_code(code: &str) -> bool {
    let groups: Vec<&str> = code.split('-').collect();
    groups.len() == 5
        && groups.iter().all(|g| {
            g.len() == 4
                && g.bytes()
                    .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b))
        })
}

impl Walk {
    /// Starts the portal on `backend`.
    pub async fn spawn(backend: crate::common::Backend) -> Walk {
        Walk {
            app: TestApp::spawn(backend).await,
            urls: Vec::new(),
            titles: Vec::new(),
        }
    }

    fn record(&mut self, path: &str, page: &Page) {
        self.urls.push(path.to_string());
        self.urls.extend(page.location.clone());
        self.titles.extend(title_of(&page.body));
    }

    /// A GET, recorded.
    pub async fn get(&mut self, path: &str) -> Page {
        let page = self.app.get(path).await;
        self.record(path, &page);
        page
    }

    /// A POST with the session's token, recorded.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.app.post(path, fields).await;
        self.record(path, &page);
        page
    }

    /// Posts a step and follows its 303 to `next` (a GET, recorded).
    pub async fn step(&mut self, path: &str, fields: &[(&str, &str)], next: &str) -> Page {
        self.post(path, fields).await.expect_redirect(next);
        self.get(next).await.expect(200)
    }

    /// The interruption page, then Start: on the first question, with the
    /// session's CSRF token.
    pub async fn start(&mut self) -> Page {
        let start = self.get("/report").await.expect(200);
        assert!(start.body.contains("href=\"/report/safety-advice\""));
        self.get("/report/safety-advice").await.expect(200);
        let csrf = format!("csrf={}", csrf_of(&start.body));
        let opened = self.app.post_raw("/report", csrf.into_bytes()).await;
        self.record("/report", &opened);
        opened.expect_redirect("/report/safe");
        let page = self.get("/report/safe").await.expect(200);
        self.app.csrf = csrf_of(&page.body);
        page
    }

    /// From the first question to the check page: safe now (`safe`), for
    /// myself, anonymous, two kinds of facts, `area` (if any) and the
    /// rest answered.
    pub async fn anonymous_to_check(&mut self, safe: &str, area: &str) -> Page {
        self.start().await;
        if safe == "yes" {
            self.step("/report/safe", &[("safe_now", "yes")], "/report/who")
                .await;
        } else {
            let help = self
                .step("/report/safe", &[("safe_now", safe)], "/report/help")
                .await;
            for number in ["href=\"tel:17\"", "href=\"tel:112\"", "href=\"sms:114\""] {
                assert!(
                    help.body.matches(number).count() >= 2,
                    "{number} on the page"
                );
            }
            assert!(
                help.body.contains("href=\"/report/who\""),
                "the report goes on"
            );
            self.get("/report/who").await.expect(200);
        }
        let steps: [StepAnswers; 7] = [
            (
                "who",
                vec![("report_for", "myself"), ("age", "adult")],
                "contact-choice",
            ),
            ("contact-choice", vec![("anonymity", "anonymous")], "what"),
            (
                "what",
                vec![("facts", "harassment"), ("facts", "images")],
                "when",
            ),
            ("when", vec![("period", "weeks"), ("area", area)], "person"),
            (
                "person",
                vec![("relationship", "work-or-studies")],
                "details",
            ),
            (
                "details",
                vec![("details", "He sends me <b>messages</b> every night.")],
                "support",
            ),
            (
                "support",
                vec![("support", "complaint-information")],
                "check",
            ),
        ];
        let mut page = None;
        for (step, fields, next) in steps {
            let path = format!("/report/{step}");
            page = Some(self.step(&path, &fields, &format!("/report/{next}")).await);
        }
        page.expect("the check page")
    }

    /// Sends from the check page: the confirmation (200) and its code.
    pub async fn send(&mut self) -> (Page, String) {
        let page = self.post("/report/send", &[]).await.expect(200);
        let code = code_of(&page.body).expect("the code is shown");
        (page, code)
    }

    /// Asserts that nothing seen names the subject or carries `code`.
    pub fn assert_neutral(&self, code: Option<&str>) {
        for title in &self.titles {
            let lower = title.to_lowercase();
            for word in SUBJECT_WORDS {
                assert!(!lower.contains(word), "title {title:?} names the subject");
            }
        }
        for url in &self.urls {
            let lower = url.to_lowercase();
            for word in SUBJECT_WORDS {
                assert!(!lower.contains(word), "URL {url} names the subject");
            }
            if let Some(code) = code {
                let compact = code.replace('-', "");
                assert!(
                    !url.contains(code) && !url.contains(&compact),
                    "{url} carries the code"
                );
            }
        }
        assert!(self.titles.len() >= 3, "{:?}", self.titles);
    }
}
