//! One orientation question per page. The earlier answers travel in hidden
//! fields of the form (never in the URL), and so does the way back.

use leptos::prelude::*;

use super::START;
use crate::components::{BackLink, Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout};
use crate::domain::errors::FieldErrors;
use crate::domain::orientation::Question;
use crate::i18n::{current_lang, t};

/// The options of a question, with their hints where the catalogue has one.
fn choices(question: Question) -> Vec<Choice> {
    let q = question.slug();
    question
        .choices()
        .into_iter()
        .map(|answer| {
            let label = t(&format!("orientation-a-{q}-{answer}"));
            match current_lang().text_exact(&format!("orientation-a-{q}-{answer}-hint"), &[]) {
                Some(hint) => Choice::with_hint(answer, label, hint),
                None => Choice::new(answer, label),
            }
        })
        .collect()
}

/// The error of a question sent without a valid answer.
pub fn missing_answer(question: Question) -> FieldErrors {
    let message = match question {
        Question::Danger => "orientation-error-danger",
        Question::WhatHappened => "orientation-error-what",
        Question::Internet => "orientation-error-internet",
        Question::KnownAuthor => "orientation-error-known",
        Question::OnlineIdentity => "orientation-error-identity",
    };
    let mut errors = FieldErrors::new();
    errors.add(question.slug(), message);
    errors
}

/// Hidden fields carrying the answers given before this question.
fn carried(earlier: &[(Question, &'static str)]) -> impl IntoView {
    earlier
        .iter()
        .map(|(question, answer)| {
            view! { <input type="hidden" name=question.slug() value=*answer/> }
        })
        .collect_view()
}

/// The back control: a link home on the first question, else a small form
/// that posts the earlier answers and reopens the previous question.
fn back(earlier: Vec<(Question, &'static str)>) -> AnyView {
    if earlier.is_empty() {
        return view! { <BackLink href="/"/> }.into_any();
    }
    view! {
        <form method="post" action=START class="back-form">
            <FormGuard/>
            <input type="hidden" name="go" value="back"/>
            {carried(&earlier)}
            <button type="submit" class="link-button back-link">{t("back")}</button>
        </form>
    }
    .into_any()
}

/// A question of the orientation: heading, radios, Continue.
#[component]
pub fn OrientationQuestionPage(
    /// The question asked.
    question: Question,
    /// The answers given before it, on the way to it.
    earlier: Vec<(Question, &'static str)>,
    /// The answer to show selected (when coming back to the question).
    selected: Option<&'static str>,
    /// The error, when the form was sent without a valid answer.
    errors: FieldErrors,
) -> impl IntoView {
    let slug = question.slug();
    let title = t(&format!("orientation-q-{slug}-title"));
    let has_errors = !errors.is_empty();
    let error = errors.get(slug);
    let form = view! {
        <form method="post" action=START novalidate>
            <FormGuard/>
            <input type="hidden" name="question" value=slug/>
            {carried(&earlier)}
            <ChoiceGroup name=slug legend=title.clone() heading=true choices=choices(question)
                selected=selected.map(str::to_string).into_iter().collect()
                error=error hint=t(&format!("orientation-q-{slug}-hint"))/>
            <button type="submit" class="button">{t("continue")}</button>
        </form>
    }
    .into_any();
    view! {
        <Layout title=title has_errors=has_errors>
            {back(earlier)}
            <div class="narrow">
                <ErrorSummary errors=errors/>
                {form}
            </div>
        </Layout>
    }
}
