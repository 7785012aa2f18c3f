//! The report as its reporter follows it: where it stands in plain words,
//! when it was sent, the messages both ways, a form to answer, and "Stop
//! here".

use leptos::prelude::*;

use super::{FOLLOW_UP_MESSAGES, FOLLOW_UP_REPORT, FOLLOW_UP_STOP};
use crate::components::{
    ErrorSummary, FormGuard, KeepSessionButton, Layout, SessionEnd, SessionLimitNotice, TextArea,
};
use crate::domain::case::CaseStatus;
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_args};

/// A message of the exchange, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpMessage {
    /// The reporter wrote it (else an officer did).
    pub from_reporter: bool,
    /// When, as shown.
    pub when: String,
    /// The text, as written.
    pub text: String,
}

/// Everything the report page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpReport {
    /// Where the report stands.
    pub status: CaseStatus,
    /// The day it was sent, as shown.
    pub sent_on: String,
    /// The messages, oldest first.
    pub messages: Vec<FollowUpMessage>,
    /// When the session ends if nothing happens.
    pub session_end: SessionEnd,
}

/// The sentence that says where a report stands.
pub fn status_sentence(status: CaseStatus) -> String {
    t(&format!("follow-up-status-{}", status.slug()))
}

fn message_list(messages: Vec<FollowUpMessage>) -> impl IntoView {
    let empty = messages
        .is_empty()
        .then(|| view! { <p>{t("follow-up-messages-empty")}</p> });
    let items = messages
        .into_iter()
        .map(|m| {
            let who = if m.from_reporter {
                t("follow-up-from-you")
            } else {
                t("follow-up-from-officer")
            };
            view! {
                <li>
                    <p class="timeline-meta">{who}" · "{m.when}</p>
                    <p class="timeline-text" dir="auto">{m.text}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        {empty}
        <ol class="timeline">{items}</ol>
    }
}

/// The answer form. Its second button keeps the session open and shows
/// the page again with the answer as typed, so nothing is lost to the
/// time limit.
fn reply_form(reply: String, errors: &FieldErrors, end: SessionEnd) -> impl IntoView {
    view! {
        <form method="post" action=FOLLOW_UP_MESSAGES novalidate>
            <FormGuard/>
            <TextArea name="reply" label=t("follow-up-reply-label") value=reply
                hint=t("follow-up-reply-hint") error=errors.get("reply")/>
            <button type="submit" class="button">{t("follow-up-reply-button")}</button>
            <SessionLimitNotice end=end/>
            <KeepSessionButton/>
        </form>
    }
}

/// The report page. An open report can be answered; a finished one
/// says that messages end there.
#[component]
pub fn FollowUpReportPage(
    /// The report.
    report: FollowUpReport,
    /// The answer as typed, kept when it could not be sent.
    #[prop(into)]
    reply: String,
    /// Why the answer could not be sent.
    errors: FieldErrors,
) -> impl IntoView {
    let has_errors = !errors.is_empty();
    let open = report.status.is_open();
    let end = report.session_end.clone();
    let answer = if open {
        reply_form(reply, &errors, end).into_any()
    } else {
        // Nothing to type: showing the page again keeps the session.
        view! {
            <p class="inset">{t("follow-up-closed")}</p>
            <form method="get" action=FOLLOW_UP_REPORT>
                <SessionLimitNotice end=end/>
                <KeepSessionButton/>
            </form>
        }
        .into_any()
    };
    view! {
        <Layout title=t("follow-up-report-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("follow-up-report-title")}</h1>
                <div class="panel">
                    <p class="follow-up-status"><strong>{status_sentence(report.status)}</strong></p>
                    <p>{t_args("follow-up-sent-on", &[("date", report.sent_on.clone())])}</p>
                </div>
                <h2>{t("follow-up-messages-title")}</h2>
                {message_list(report.messages)}
                {answer}
                <h2>{t("follow-up-stop-title")}</h2>
                <p>{t("follow-up-stop-hint")}</p>
                <form method="post" action=FOLLOW_UP_STOP>
                    <FormGuard/>
                    <button type="submit" class="button button-secondary">{t("follow-up-stop-button")}</button>
                </form>
                <p class="inset">{t("follow-up-help")}</p>
            </div>
        </Layout>
    }
}
