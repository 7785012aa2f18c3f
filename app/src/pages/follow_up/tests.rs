//! The follow-up pages render what they are given, and nothing more.

use leptos::prelude::*;

use super::*;
use crate::components::{render_document, PageContext};
use crate::domain::case::CaseStatus;
use crate::domain::errors::FieldErrors;
use crate::i18n::Lang;

fn render<V: IntoView + 'static>(page: impl FnOnce() -> V) -> String {
    let context = PageContext {
        lang: Lang::En,
        path: FOLLOW_UP_REPORT.into(),
        csrf: "c".repeat(64),
        ..Default::default()
    };
    render_document(context, page)
}

fn report(status: CaseStatus) -> FollowUpReport {
    FollowUpReport {
        status,
        sent_on: "03/12/2026".into(),
        messages: vec![
            FollowUpMessage {
                from_reporter: false,
                when: "04/12/2026 09:00".into(),
                text: "Hello, how can we help?".into(),
            },
            FollowUpMessage {
                from_reporter: true,
                when: "04/12/2026 10:00".into(),
                text: "<b>I would like a call</b>".into(),
            },
        ],
        session_end: crate::components::SessionEnd {
            idle_minutes: 30,
            at: "10:30 CET".into(),
        },
    }
}

#[test]
fn the_code_form_never_shows_a_code_and_turns_help_off() {
    let mut errors = FieldErrors::new();
    errors.add("code", "follow-up-error-unknown");
    let html = render(move || view! { <FollowUpCodePage errors=errors/> });
    assert!(html.contains("name=\"code\""), "{html}");
    assert!(html.contains("value=\"\""), "the field is empty: {html}");
    assert!(html.contains("autocomplete=\"off\""));
    assert!(html.contains("spellcheck=\"false\""));
    assert!(html.contains("This code was not recognised"), "{html}");
    assert!(html.contains("<title>Error: Follow my report"), "{html}");
    assert!(html.contains(&format!("action=\"{FOLLOW_UP}\"")));
}

#[test]
fn the_report_shows_status_date_and_messages_both_ways_as_text() {
    let html = render(|| {
        view! { <FollowUpReportPage report=report(CaseStatus::InReview) reply="" errors=FieldErrors::new()/> }
    });
    assert!(html.contains("<title>Your report"), "{html}");
    assert!(
        html.contains("An officer is reading your report."),
        "{html}"
    );
    assert!(html.contains("Sent on 03/12/2026."));
    let officer = html
        .find("Hello, how can we help?")
        .expect("the officer's message");
    let mine = html
        .find("&lt;b&gt;I would like a call&lt;/b&gt;")
        .expect("the reporter's message, escaped");
    assert!(officer < mine, "oldest first");
    assert!(html.contains("dir=\"auto\""));
    assert!(html.contains(&format!("action=\"{FOLLOW_UP_MESSAGES}\"")));
    assert!(html.contains(&format!("action=\"{FOLLOW_UP_STOP}\"")));
    assert_eq!(
        html.matches(&"c".repeat(64)).count(),
        2,
        "both forms carry the token"
    );
}

#[test]
fn a_finished_report_cannot_be_answered_but_can_be_left() {
    let html = render(|| {
        view! { <FollowUpReportPage report=report(CaseStatus::Closed) reply="" errors=FieldErrors::new()/> }
    });
    assert!(!html.contains(FOLLOW_UP_MESSAGES), "{html}");
    assert!(html.contains("messages can no longer be sent"));
    assert!(html.contains(FOLLOW_UP_STOP));
}

#[test]
fn an_answer_in_error_is_kept() {
    let mut errors = FieldErrors::new();
    errors.add("reply", "error-too-long");
    let html = render(move || {
        view! { <FollowUpReportPage report=report(CaseStatus::New) reply="my words" errors=errors/> }
    });
    assert!(html.contains(">my words</textarea>"), "{html}");
    assert!(html.contains("longer than 5,000 characters"), "{html}");
}

#[test]
fn every_status_has_its_own_sentence_in_every_language() {
    for lang in Lang::ALL {
        let mut seen = std::collections::HashSet::new();
        for status in CaseStatus::ALL {
            let sentence = lang.text(&format!("follow-up-status-{}", status.slug()));
            assert!(!sentence.starts_with("follow-up-"), "{lang:?} {status:?}");
            assert!(
                seen.insert(sentence),
                "{lang:?}: {status:?} repeats another"
            );
        }
    }
}

#[test]
fn the_pause_pages_are_calm_and_lead_back_to_the_form() {
    for reason in [FollowUpPause::ThisCode, FollowUpPause::Everyone] {
        let html = render(move || view! { <FollowUpPausedPage reason=reason/> });
        assert!(html.contains("Please wait before trying again"), "{html}");
        assert!(html.contains(&format!("href=\"{FOLLOW_UP}\"")));
    }
}

#[test]
fn the_report_states_when_the_session_ends_and_offers_to_keep_it() {
    for status in [CaseStatus::New, CaseStatus::Closed] {
        let html = render(move || {
            view! { <FollowUpReportPage report=report(status) reply="" errors=FieldErrors::new()/> }
        });
        assert!(html.contains("30 minutes without any action"), "{html}");
        assert!(html.contains("it ends at 10:30 CET"), "{html}");
        assert!(
            html.contains(r#"name="intent" value="keep""#),
            "{status:?}: {html}"
        );
    }
}
