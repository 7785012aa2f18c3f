//! Every orientation page, destination and information page renders in
//! every language with no key left untranslated.

use leptos::prelude::*;

use super::*;
use crate::components::{render_document, PageContext};
use crate::domain::errors::FieldErrors;
use crate::domain::orientation::{Destination, Question};
use crate::i18n::Lang;
use crate::pages::guide::{GuidePage, GuideTopic};
use crate::pages::HomePage;

fn render<V: IntoView + 'static>(lang: Lang, page: impl FnOnce() -> V) -> String {
    let context = PageContext {
        lang,
        csrf: "token".into(),
        ..Default::default()
    };
    render_document(context, page)
}

fn assert_translated(html: &str, what: &str) {
    assert!(!html.contains("Unknown localization"), "{what}: {html}");
}

#[test]
fn every_page_renders_in_every_language() {
    for &lang in Lang::ALL {
        for &question in Question::ALL {
            let html = render(lang, move || {
                view! { <OrientationQuestionPage question=question earlier=vec![(Question::Danger, "no")]
                selected=None errors=missing_answer(question)/> }
            });
            assert_translated(&html, question.slug());
            assert!(html.contains("name=\"go\" value=\"back\""), "{html}");
        }
        for &destination in Destination::ALL {
            let html = render(
                lang,
                move || view! { <DestinationPage destination=destination/> },
            );
            assert_translated(&html, destination.slug());
        }
        for &topic in GuideTopic::ALL {
            let html = render(lang, move || view! { <GuidePage topic=topic/> });
            assert_translated(&html, topic.slug());
        }
        assert_translated(&render(lang, || view! { <HomePage/> }), "home");
    }
}

#[test]
fn a_question_carries_earlier_answers_and_its_error() {
    let html = render(Lang::En, || {
        view! { <OrientationQuestionPage question=Question::Internet
        earlier=vec![(Question::Danger, "no"), (Question::WhatHappened, "property")]
        selected=None errors=missing_answer(Question::Internet)/> }
    });
    assert!(
        html.contains("<input type=\"hidden\" name=\"what\" value=\"property\">"),
        "{html}"
    );
    assert!(html.contains("name=\"question\" value=\"internet\""));
    assert!(
        html.contains("href=\"#internet\""),
        "the summary links to the radios"
    );
    assert!(
        html.contains("<title>Error: Did it happen on the internet?"),
        "{html}"
    );
}

#[test]
fn the_first_question_goes_back_home_and_keeps_a_selected_answer() {
    let html = render(Lang::Fr, || {
        view! { <OrientationQuestionPage question=Question::Danger earlier=vec![]
        selected=Some("no") errors=FieldErrors::new()/> }
    });
    assert!(html.contains("href=\"/\" class=\"back-link\""), "{html}");
    assert!(html.contains("value=\"no\" checked"), "{html}");
    assert!(!html.contains("name=\"go\""));
}

#[test]
fn the_support_page_has_a_neutral_title() {
    for &lang in Lang::ALL {
        let html = render(
            lang,
            || view! { <DestinationPage destination=Destination::Support/> },
        );
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next());
        let title = title.expect("a title").to_lowercase();
        assert!(!title.contains("sex"), "{title}");
        assert!(
            html.contains("tel:3919") && html.contains("tel:119") && html.contains("tel:116006")
        );
        assert!(html.contains("arretonslesviolences.gouv.fr"));
    }
}
