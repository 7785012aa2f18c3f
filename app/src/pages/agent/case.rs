//! The case page: the citizen's answers laid out for reading, the history,
//! internal notes, messages with the citizen, appointment slots, and the
//! actions the state machine allows.

use leptos::prelude::*;

use super::{AgentBadge, AgentLayout};
use crate::components::{ErrorSummary, FormGuard, SummaryList, SummaryRow, TextArea, TextField};
use crate::domain::case::Referral;
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_args};

/// A line of history, a note or a message, ready to show.
#[derive(Debug, Clone)]
pub struct TimelineLine {
    /// Who wrote it or acted.
    pub who: String,
    /// When, as shown.
    pub when: String,
    /// What: the text, or "New → In review".
    pub text: String,
}

/// A status change, ready to show in the page's language.
#[derive(Debug, Clone)]
pub struct HistoryLine {
    /// Who acted.
    pub who: String,
    /// When, as shown.
    pub when: String,
    /// Action slug (or `assign`).
    pub action: String,
    /// Status before.
    pub from: String,
    /// Status after.
    pub to: String,
    /// Reason, destination or slot.
    pub detail: String,
}

impl HistoryLine {
    fn text(&self) -> String {
        let action = match self.action.as_str() {
            "assign" => t("case-assign"),
            other => t(&format!("case-action-{other}")),
        };
        let change = t_args(
            "case-history-line",
            &[
                ("action", action),
                ("from", t(&format!("status-{}", self.from))),
                ("to", t(&format!("status-{}", self.to))),
            ],
        );
        if self.detail.is_empty() {
            change
        } else {
            format!("{change} ({})", self.detail)
        }
    }
}

/// Everything the case page shows.
#[derive(Debug, Clone)]
pub struct CaseView {
    /// The case.
    pub submission_id: i64,
    /// Reference.
    pub reference: String,
    /// Category slug.
    pub category: String,
    /// Status slug.
    pub status: String,
    /// Who claimed it.
    pub owner: Option<String>,
    /// Sent on, as shown.
    pub submitted: String,
    /// Last day to sign and days left, for pre-complaints.
    pub sign_by: Option<(String, i64)>,
    /// The citizen's language (endonym).
    pub language: String,
    /// The answers, by section.
    pub answers: Vec<(String, Vec<SummaryRow>)>,
    /// Status history.
    pub history: Vec<HistoryLine>,
    /// Internal notes.
    pub notes: Vec<TimelineLine>,
    /// Messages with the citizen.
    pub messages: Vec<TimelineLine>,
    /// Slots offered, and whether chosen.
    pub slots: Vec<(String, bool)>,
    /// Actions the signed-in agent may take now (slugs).
    pub actions: Vec<&'static str>,
    /// The signed-in agent owns the case (notes, messages, slots).
    pub is_owner: bool,
    /// Agents a supervisor can assign the case to: (id, name).
    pub assignable: Vec<(i64, String)>,
}

fn timeline(title: String, lines: &[TimelineLine], empty: String) -> impl IntoView {
    let items = lines
        .iter()
        .map(|l| {
            view! {
                <li>
                    <p class="timeline-meta"><bdi>{l.who.clone()}</bdi>" · "<bdi>{l.when.clone()}</bdi></p>
                    <p class="timeline-text" dir="auto">{l.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{title}</h2>
        {if lines.is_empty() { Some(view! { <p>{empty}</p> }) } else { None }}
        <ul class="timeline">{items}</ul>
    }
}

/// Actions that are a single button.
const SIMPLE: &[&str] = &[
    "claim",
    "release",
    "mark-signed",
    "convert-to-complaint",
    "request-information",
    "information-received",
    "close",
];

/// The case page.
#[component]
pub fn CasePage(
    badge: AgentBadge,
    case: CaseView,
    errors: FieldErrors,
    notice: Option<String>,
) -> impl IntoView {
    let action_url = format!("/agent/cases/{}/action", case.submission_id);
    let can = |a: &str| case.actions.contains(&a);
    let buttons = SIMPLE
        .iter()
        .filter(|a| can(a))
        .map(|a| {
            let url = action_url.clone();
            view! {
                <form method="post" action=url class="inline-form action-form">
                    <FormGuard/>
                    <input type="hidden" name="action" value=*a/>
                    <button type="submit" class="button button-secondary">{t(&format!("case-action-{a}"))}</button>
                </form>
            }
        })
        .collect_view();
    let refer = can("refer").then(|| {
        let options = Referral::ALL
            .iter()
            .map(|r| view! { <option value=r.slug()>{t(&format!("referral-{}", r.slug()))}</option> })
            .collect_view();
        view! {
            <form method="post" action=action_url.clone() class="panel" novalidate>
                <FormGuard/>
                <input type="hidden" name="action" value="refer"/>
                <div class="field">
                    <label class="label" for="destination">{t("case-refer-to")}</label>
                    <select class="input" id="destination" name="destination">{options}</select>
                </div>
                <TextField name="note" label=t("case-refer-note") value=String::new() error=errors.get("note")/>
                <button type="submit" class="button button-secondary">{t("case-action-refer")}</button>
            </form>
        }
    });
    let reject = can("reject").then(|| {
        view! {
            <form method="post" action=action_url.clone() class="panel" novalidate>
                <FormGuard/>
                <input type="hidden" name="action" value="reject"/>
                <TextArea name="reason" label=t("case-reject-reason") value=String::new() error=errors.get("reason") rows=3/>
                <button type="submit" class="button button-secondary">{t("case-action-reject")}</button>
            </form>
        }
    });
    let propose = can("propose-appointment").then(|| {
        let url = format!("/agent/cases/{}/slots", case.submission_id);
        view! {
            <form method="post" action=url class="panel" novalidate>
                <FormGuard/>
                <h3>{t("case-slots-title")}</h3>
                <p class="hint">{t("case-slots-hint")}</p>
                <TextField name="slot_1" label=t_args("case-slot-n", &[("n", "1".into())]) value=String::new()
                    input_type="datetime-local" error=errors.get("slot_1")/>
                <TextField name="slot_2" label=t_args("case-slot-n", &[("n", "2".into())]) value=String::new()
                    input_type="datetime-local" error=errors.get("slot_2")/>
                <TextField name="slot_3" label=t_args("case-slot-n", &[("n", "3".into())]) value=String::new()
                    input_type="datetime-local" error=errors.get("slot_3")/>
                <button type="submit" class="button">{t("case-action-propose-appointment")}</button>
            </form>
        }
    });
    let assign = (!case.assignable.is_empty()).then(|| {
        let options = case
            .assignable
            .iter()
            .map(|(id, name)| view! { <option value=id.to_string()>{name.clone()}</option> })
            .collect_view();
        let url = format!("/agent/cases/{}/assign", case.submission_id);
        view! {
            <form method="post" action=url class="panel">
                <FormGuard/>
                <div class="field">
                    <label class="label" for="agent_id">{t("case-assign-to")}</label>
                    <select class="input" id="agent_id" name="agent_id">{options}</select>
                </div>
                <button type="submit" class="button button-secondary">{t("case-assign")}</button>
            </form>
        }
    });
    let writing = case.is_owner.then(|| {
        let notes_url = format!("/agent/cases/{}/notes", case.submission_id);
        let messages_url = format!("/agent/cases/{}/messages", case.submission_id);
        view! {
            <form method="post" action=notes_url class="panel" novalidate>
                <FormGuard/>
                <TextArea name="note_body" label=t("case-note-label") hint=t("case-note-hint") value=String::new()
                    error=errors.get("note_body") rows=3/>
                <button type="submit" class="button button-secondary">{t("case-note-button")}</button>
            </form>
            <form method="post" action=messages_url class="panel" novalidate>
                <FormGuard/>
                <TextArea name="message_body" label=t("case-message-label") hint=t("case-message-hint") value=String::new()
                    error=errors.get("message_body") rows=4/>
                <button type="submit" class="button">{t("case-message-button")}</button>
            </form>
        }
    });
    let slots = (!case.slots.is_empty()).then(|| {
        let items = case
            .slots
            .iter()
            .map(|(when, chosen)| {
                let label = if *chosen {
                    format!("{when} — {}", t("case-slot-chosen"))
                } else {
                    when.clone()
                };
                view! { <li>{label}</li> }
            })
            .collect_view();
        view! { <h2>{t("case-slots-offered")}</h2><ul>{items}</ul> }
    });
    let deadline = case.sign_by.clone().map(|(date, left)| {
        let text = if left >= 0 {
            t_args(
                "case-sign-by",
                &[("date", date), ("days", left.to_string())],
            )
        } else {
            t_args("case-sign-by-passed", &[("date", date)])
        };
        view! { <p class="inset"><strong>{text}</strong></p> }
    });
    let answers = case
        .answers
        .iter()
        .map(|(title, rows)| view! { <h3>{title.clone()}</h3><SummaryList rows=rows.clone()/> })
        .collect_view();
    let history: Vec<TimelineLine> = case
        .history
        .iter()
        .map(|h| TimelineLine {
            who: h.who.clone(),
            when: h.when.clone(),
            text: h.text(),
        })
        .collect();
    let notice = notice.map(|n| view! { <p class="notice" role="status">{n}</p> });
    let title = t_args("case-title", &[("reference", case.reference.clone())]);
    let has_errors = !errors.is_empty();
    view! {
        <AgentLayout title=title.clone() badge=badge has_errors=has_errors>
            <a class="back-link" href="/agent">{t("agent-back-to-queue")}</a>
            <ErrorSummary errors=errors.clone()/>
            {notice}
            <h1>{title}</h1>
            <dl class="case-facts">
                <dt>{t("agent-col-category")}</dt><dd>{t(&format!("category-{}", case.category))}</dd>
                <dt>{t("agent-col-status")}</dt><dd class="case-status">{t(&format!("status-{}", case.status))}</dd>
                <dt>{t("agent-col-owner")}</dt><dd dir="auto">{case.owner.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{t("case-submitted")}</dt><dd><bdi>{case.submitted.clone()}</bdi></dd>
                <dt>{t("case-language")}</dt><dd>{case.language.clone()}</dd>
            </dl>
            {deadline}
            <div class="case-actions">{buttons}</div>
            {assign}
            {propose}
            {refer}
            {reject}
            {slots}
            {writing}
            {timeline(t("case-messages-title"), &case.messages, t("case-messages-empty"))}
            {timeline(t("case-notes-title"), &case.notes, t("case-notes-empty"))}
            <h2>{t("case-answers-title")}</h2>
            {answers}
            {timeline(t("case-history-title"), &history, t("case-history-empty"))}
        </AgentLayout>
    }
}
