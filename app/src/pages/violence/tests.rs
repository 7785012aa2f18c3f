//! Every page of the violence report renders in every language with every
//! message found, offers the quick exit first, keeps nothing typed in the
//! browser, and names the subject neither in its title nor in its links.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::*;
use crate::components::{render_document, PageContext};
use crate::domain::errors::FieldErrors;
use crate::domain::violence::*;
use crate::i18n::Lang;

/// Words that must not appear in a title or a URL, in both languages.
const SUBJECT_WORDS: &[&str] = &[
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

fn errors(fields: &[(&'static str, &'static str)]) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, key) in fields {
        errors.add(field, key);
    }
    errors
}

fn title_of(html: &str) -> String {
    let start = html.find("<title>").expect("a title") + "<title>".len();
    html[start..]
        .split("</title>")
        .next()
        .unwrap()
        .to_lowercase()
}

/// Renders `page` at `path` in every language and checks what every page
/// of the flow must be; returns the English HTML.
fn renders<V: IntoView + 'static>(
    name: &str,
    path: &str,
    page: impl Fn() -> V + Clone + 'static,
) -> String {
    let mut english = String::new();
    for &lang in Lang::ALL {
        let context = PageContext {
            lang,
            path: path.into(),
            csrf: "token".into(),
            ..Default::default()
        };
        let html = render_document(context, page.clone());
        assert!(
            !html.contains("Unknown localization key"),
            "{name} in {lang:?}: {html}"
        );
        let title = title_of(&html);
        for word in SUBJECT_WORDS {
            assert!(!title.contains(word), "{name} in {lang:?}: title {title}");
        }
        for href in html
            .split("href=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
        {
            if href.starts_with('/') {
                assert!(
                    SUBJECT_WORDS.iter().all(|w| !href.contains(w)),
                    "{name}: {href}"
                );
            }
        }
        let body = html.split("<body>").nth(1).expect("a body");
        let first_link = body.find("<a ").unwrap();
        assert!(
            body.starts_with("<nav ") && body[..first_link].contains("class=\"quick-exit\""),
            "{name}: the quick exit comes first"
        );
        assert!(
            body[first_link..].starts_with("<a href=\"/leave\" class=\"quick-exit-link\">"),
            "{name}: its link is the first"
        );
        assert!(html.contains("<script src=\"/script/quick-exit-"), "{name}");
        if lang == Lang::En {
            english = html;
        }
    }
    english
}

#[test]
fn the_pages_around_the_questions_render() {
    let start = renders("start", START, || view! { <StartPage/> });
    assert!(start.contains("href=\"/report/safety-advice\""));
    assert!(start.contains("history"), "what quick exit does not do");
    renders("advice", SAFETY_ADVICE, || view! { <SafetyAdvicePage/> });
    let help = renders(
        "help",
        HELP,
        || view! { <HelpPage in_danger=true minor=true next="/report/who"/> },
    );
    for number in ["tel:17", "tel:112", "sms:114", "tel:119"] {
        assert!(help.contains(number), "{number}");
    }
    let calm = renders(
        "help",
        HELP,
        || view! { <HelpPage in_danger=false minor=true next="/report/who"/> },
    );
    assert_eq!(
        calm.matches("href=\"tel:17\"").count(),
        1,
        "the banner's only"
    );
    assert!(calm.contains("tel:119"));
}

#[test]
fn every_question_renders_privately_with_its_errors() {
    let e = errors(&[("safe_now", "error-choose")]);
    let safe = renders("safe", "/report/safe", move || {
        view! { <SafePage safe_now=String::new() errors=e.clone() from_check=false/> }
    });
    assert!(safe.contains("autocomplete=\"off\""));
    let e = errors(&[("report_for", "error-choose"), ("age", "error-invalid")]);
    renders("who", "/report/who", move || {
        view! { <WhoPage report_for="witness".to_string() age="unknown".to_string() errors=e.clone() from_check=true/> }
    });
    let e = errors(&[
        ("anonymity", "error-choose"),
        ("email", "error-email"),
        ("phone", "error-phone"),
    ]);
    let contact = renders("contact", "/report/contact-choice", move || {
        let form = ContactForm {
            anonymity: IDENTIFIED.into(),
            email: "a@".into(),
            ..Default::default()
        };
        view! { <ContactChoicePage form=form errors=e.clone() from_check=false/> }
    });
    assert_eq!(
        contact.matches("autocomplete=\"off\"").count(),
        5,
        "form and four fields"
    );
    let e = errors(&[("facts", "error-invalid")]);
    renders("what", "/report/what", move || {
        view! { <WhatPage facts=vec!["images".into(), NOT_SURE.into()] errors=e.clone() from_check=false/> }
    });
    let e = errors(&[("area", "error-area")]);
    renders("when", "/report/when", move || {
        view! { <WhenPage form=WhenForm { period: "weeks".into(), area: "Lyon".into() } errors=e.clone() from_check=false/> }
    });
    renders("person", "/report/person", || {
        view! { <PersonPage relationship="partner".to_string() errors=FieldErrors::new() from_check=false/> }
    });
    let e = errors(&[("details", "error-too-long")]);
    let details = renders("details", "/report/details", move || {
        view! { <DetailsPage details="x".to_string() errors=e.clone() from_check=false/> }
    });
    assert!(
        details.contains("href=\"/report/check\""),
        "you can stop here"
    );
    renders("support", "/report/support", || {
        view! { <SupportPage support=vec!["call-back".into()] errors=FieldErrors::new() from_check=false/> }
    });
}

fn full_draft() -> ViolenceDraft {
    ViolenceDraft {
        safe_now: Some(SafeNow::NotSure),
        who: Some(Who {
            reporter: Reporter::SomeoneElse,
            age: Some(Age::Under18),
        }),
        contact: Some(Contact::Identified(Identified {
            name: Some("Camille".into()),
            reach: Reach::Phone(crate::domain::values::Phone::parse("0612345678").unwrap()),
            safe_times: Some("Mornings <only>".into()),
        })),
        facts: Some(Facts {
            kinds: FactKind::ALL.to_vec(),
            not_sure: true,
        }),
        when_where: WhenForm {
            period: "over-a-year".into(),
            area: "2A".into(),
        }
        .parse()
        .unwrap(),
        relationship: Some(Relationship::WorkOrStudies),
        description: Some("Line 1\nLine 2".into()),
        support: SupportWish::ALL.to_vec(),
        checked: true,
    }
}

#[test]
fn the_check_page_shows_every_answer_and_skipped_ones() {
    let html = renders("check", CHECK, || view! { <CheckPage draft=full_draft()/> });
    for shown in [
        "Camille",
        "0612345678",
        "Mornings &lt;only&gt;",
        "2A",
        "Line 2",
    ] {
        assert!(html.contains(shown), "{shown}");
    }
    assert!(html.contains("href=\"/report/details?from=check\""));
    assert!(html.contains("action=\"/report/send\""));
    let bare = ViolenceDraft {
        safe_now: Some(SafeNow::Yes),
        ..started()
    };
    let html = renders(
        "check",
        CHECK,
        move || view! { <CheckPage draft=bare.clone()/> },
    );
    assert!(html.contains("Not answered"));
    assert!(html.contains("Stay anonymous"));
    let sections = Owner::new().with(|| answer_sections(&full_draft()));
    assert!(sections
        .iter()
        .flat_map(|(_, rows)| rows)
        .all(|r| r.change.is_none()));
}

fn started() -> ViolenceDraft {
    ViolenceDraft {
        who: Some(Who {
            reporter: Reporter::Myself,
            age: None,
        }),
        ..Default::default()
    }
}

#[test]
fn the_confirmation_shows_the_code_once_and_the_later_page_does_not() {
    let receipt = ViolenceReceipt {
        reference: "VS-0000-0000-0".into(),
        sent_on: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        in_danger: true,
        minor: true,
        support: vec![SupportWish::ComplaintInformation],
        identified: false,
    };
    let html = renders("confirmation", SEND, move || {
        view! { <ConfirmationPage receipt=receipt.clone() code="ABCD-EFGH-JKMN-PQRS-TVWX"/> }
    });
    assert!(html.contains("<p class=\"follow-up-code\"><bdi>ABCD-EFGH-JKMN-PQRS-TVWX</bdi></p>"));
    assert!(html.contains("cannot be recovered"));
    assert!(html.contains("href=\"/follow-up\""));
    assert!(html.contains("tel:119"));
    assert_eq!(
        html.matches("href=\"tel:17\"").count(),
        2,
        "the banner and the page"
    );
    let sent_on = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let later = renders("sent", SENT, move || {
        view! { <SentPage reference="VS-0000-0000-0" sent_on=sent_on/> }
    });
    assert!(!later.contains("follow-up-code\""));
    assert!(later.contains("shown only once"));
}
