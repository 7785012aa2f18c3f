//! The pages around the questions: the interruption page before the flow
//! (what quick exit does and does not do), the safety advice, and the
//! numbers to call now when the person is not safe or under 18.

use leptos::prelude::*;

use super::{SAFETY_ADVICE, START};
use crate::components::{BackLink, FormGuard, Layout};
use crate::domain::helpline::Helpline;
use crate::i18n::t;
use crate::pages::orientation::HelplineList;

/// A paragraph from the catalogue.
fn para(key: &str) -> impl IntoView {
    view! { <p>{t(key)}</p> }
}

/// A bulleted list of catalogue entries.
fn bullets(keys: &[&str]) -> impl IntoView {
    let items = keys
        .iter()
        .map(|key| view! { <li>{t(key)}</li> })
        .collect_view();
    view! { <ul class="list-bullet">{items}</ul> }
}

/// The numbers to call in an emergency, shown wherever danger is mentioned.
fn emergency_numbers() -> impl IntoView {
    view! { <HelplineList lines=vec![Helpline::Police, Helpline::European, Helpline::Sms]/> }
}

/// What leaving quickly does, and what it does not do.
fn quick_exit_explained() -> impl IntoView {
    view! {
        <h2>{t("violence-quick-exit-title")}</h2>
        {para("violence-quick-exit-does")}
        {para("violence-quick-exit-shortcut")}
        <h2>{t("violence-quick-exit-not-title")}</h2>
        {para("violence-quick-exit-not-history")}
        {para("violence-quick-exit-not-watch")}
    }
}

/// The interruption page before the flow: what the report is, how to
/// leave quickly and what that does not do, and the start button.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Layout title=t("violence-start-title")>
            <div class="narrow">
                <h1>{t("violence-start-title")}</h1>
                <p class="lead">{t("violence-start-lead")}</p>
                <div class="warning">
                    <p>{t("violence-start-danger")}</p>
                    {emergency_numbers()}
                </div>
                {quick_exit_explained()}
                <p><a href=SAFETY_ADVICE>{t("violence-start-advice-link")}</a></p>
                <h2>{t("violence-start-how-title")}</h2>
                {bullets(&["violence-start-how-required", "violence-start-how-anonymous",
                    "violence-start-how-code", "violence-start-how-time"])}
                <form method="post" action=START>
                    <FormGuard/>
                    <button type="submit" class="button button-start">{t("violence-start-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// Advice for using the site when someone may watch the device.
#[component]
pub fn SafetyAdvicePage() -> impl IntoView {
    let lines = vec![
        Helpline::ViolenceAgainstWomen,
        Helpline::Police,
        Helpline::European,
        Helpline::Sms,
        Helpline::Children,
        Helpline::Victims,
    ];
    view! {
        <Layout title=t("violence-advice-title")>
            <BackLink href=START/>
            <div class="narrow">
                <h1>{t("violence-advice-title")}</h1>
                <p class="lead">{t("violence-advice-lead")}</p>
                <h2>{t("violence-advice-before-title")}</h2>
                {bullets(&["violence-advice-before-private", "violence-advice-before-device",
                    "violence-advice-before-watched"])}
                <h2>{t("violence-advice-after-title")}</h2>
                {bullets(&["violence-advice-after-history", "violence-advice-after-close",
                    "violence-advice-after-code"])}
                {quick_exit_explained()}
                <h2>{t("violence-advice-talk-title")}</h2>
                <HelplineList lines=lines hours=true/>
                <p><a href=START>{t("violence-advice-back")}</a></p>
            </div>
        </Layout>
    }
}

/// The numbers to call now: 17, 112 and 114 when the person is not safe,
/// 119 when the person concerned is under 18. The report can go on.
#[component]
pub fn HelpPage(
    /// The person said they are not safe, or not sure.
    in_danger: bool,
    /// The person concerned is under 18.
    minor: bool,
    /// Where the report goes on.
    #[prop(into)]
    next: String,
) -> impl IntoView {
    let danger = in_danger.then(|| {
        view! {
            <h2>{t("violence-help-danger-title")}</h2>
            {para("violence-help-danger-body")}
            {emergency_numbers()}
            {para("violence-help-danger-place")}
        }
    });
    let child = minor.then(|| {
        view! {
            <h2>{t("violence-help-child-title")}</h2>
            {para("violence-help-child-body")}
            <HelplineList lines=vec![Helpline::Children] hours=true/>
        }
    });
    view! {
        <Layout title=t("violence-help-title")>
            <div class="narrow">
                <h1>{t("violence-help-title")}</h1>
                {danger}
                {child}
                <h2>{t("violence-help-go-on-title")}</h2>
                {para("violence-help-go-on-body")}
                <p><a class="button" href=next>{t("violence-help-go-on")}</a></p>
            </div>
        </Layout>
    }
}
