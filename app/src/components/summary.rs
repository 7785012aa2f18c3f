//! The frame of a question page (back link, step indicator, error summary,
//! heading, form, Continue) and the summary list of the check page.

use leptos::prelude::*;

use super::fields::{ErrorSummary, FormGuard};
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_args};

/// A back link; plain link, so it works without script.
#[component]
pub fn BackLink(
    /// Where it goes.
    #[prop(into)]
    href: String,
) -> impl IntoView {
    view! { <a class="back-link" href=href>{t("back")}</a> }
}

/// The frame of a question page of a flow.
#[component]
pub fn QuestionPage(
    /// Heading and title.
    #[prop(into)]
    title: String,
    /// Step number and total, for "Step 3 of 11".
    step: (usize, usize),
    /// Where the back link goes.
    #[prop(into)]
    back: String,
    /// Errors of the submitted form.
    errors: FieldErrors,
    /// Whether the citizen came from the check page.
    #[prop(optional)]
    from_check: bool,
    /// The heading is inside the form (a fieldset legend) instead of above it.
    #[prop(optional)]
    heading_in_form: bool,
    /// Text of the submit button; "Continue" by default.
    #[prop(optional, into)]
    submit: Option<String>,
    /// Where the form posts; the page itself by default.
    #[prop(optional, into)]
    action: Option<String>,
    /// Sensitive answers: the browser keeps nothing typed here
    /// (`autocomplete="off"` on the form, no suggestions, no form restored).
    #[prop(optional)]
    private: bool,
    /// The questions.
    children: Children,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    let heading = (!heading_in_form).then(|| view! { <h1>{title.clone()}</h1> });
    let step_text = t_args(
        "step-of",
        &[("step", step.0.to_string()), ("total", step.1.to_string())],
    );
    view! {
        <super::layout::Layout title=title has_errors=has_errors>
            <BackLink href=back/>
            <div class="narrow">
                <ErrorSummary errors=errors/>
                <p class="step-indicator">{step_text}</p>
                {heading}
                <form method="post" action=action novalidate autocomplete=private.then_some("off")>
                    <FormGuard from_check=from_check/>
                    {children()}
                    <button type="submit" class="button">{submit.unwrap_or_else(|| t("continue"))}</button>
                </form>
            </div>
        </super::layout::Layout>
    }
}

/// One answer on the check page.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    /// The question, short.
    pub key: String,
    /// The answer; each entry is a line.
    pub value: Vec<String>,
    /// The Change link, `None` for answers that cannot be changed here.
    pub change: Option<String>,
}

/// A list of questions and answers with Change links.
#[component]
pub fn SummaryList(
    /// The rows.
    rows: Vec<SummaryRow>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|row| {
            let key = row.key.clone();
            let lines = row.value.into_iter().map(|line| view! { <span class="summary-line" dir="auto">{line}</span> }).collect_view();
            let change = row.change.map(|href| {
                view! {
                    <dd class="summary-action">
                        <a href=href>{t("change")}<span class="visually-hidden">" "{key.clone()}</span></a>
                    </dd>
                }
            });
            view! {
                <div class="summary-row">
                    <dt class="summary-key">{row.key}</dt>
                    <dd class="summary-value">{lines}</dd>
                    {change}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="summary-list">{rows}</dl> }
}
