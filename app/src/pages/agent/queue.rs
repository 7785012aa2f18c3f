//! The triage queue of the agent's unit.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::{plain_age, AgentBadge, AgentLayout};
use crate::components::{ErrorSummary, FormGuard, TableRegion};
use crate::domain::case::CaseStatus;
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_count};

/// One line of the queue, ready to show.
#[derive(Debug, Clone)]
pub struct QueueLine {
    /// The case.
    pub submission_id: i64,
    /// Reference.
    pub reference: String,
    /// Category slug.
    pub category: String,
    /// Status slug.
    pub status: String,
    /// 0 first.
    pub priority: i32,
    /// When it arrived.
    pub arrived: DateTime<Utc>,
    /// Who claimed it.
    pub owner: Option<String>,
}

/// The queue filters as typed.
#[derive(Debug, Clone, Default)]
pub struct QueueFilterForm {
    /// Status slug or empty.
    pub status: String,
    /// Category slug or empty.
    pub category: String,
    /// From date.
    pub from: String,
    /// To date.
    pub to: String,
}

/// Everything the queue page shows.
#[derive(Debug, Clone)]
pub struct QueueView {
    /// Cases per status in the unit.
    pub counts: Vec<(String, i64)>,
    /// This page of the queue.
    pub lines: Vec<QueueLine>,
    /// The filters.
    pub filter: QueueFilterForm,
    /// Link to the next page, if any.
    pub next: Option<String>,
    /// Link back to the first page, when not on it.
    pub first: Option<String>,
    /// Catalogue key of a message after an action ("nothing to claim").
    pub notice: Option<&'static str>,
    /// Now, to say how old each case is.
    pub now: DateTime<Utc>,
}

const CATEGORIES: &[&str] = &["pre-complaint", "complaint", "discrimination", "violence"];

fn select(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is = value == selected;
            view! { <option value=value selected=is>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field filter-field">
            <label class="label" for=name>{label}</label>
            <select class="input" id=name name=name>
                <option value="">{t("agent-filter-any")}</option>
                {options}
            </select>
        </div>
    }
}

/// The queue: counts, filters, "take the next", the list and paging.
#[component]
pub fn QueuePage(badge: AgentBadge, view: QueueView, errors: FieldErrors) -> impl IntoView {
    let counts = view
        .counts
        .iter()
        .map(|(status, count)| {
            view! { <li><span class="count">{*count}</span>" "{t(&format!("status-{status}"))}</li> }
        })
        .collect_view();
    let statuses = CaseStatus::ALL
        .iter()
        .map(|s| (s.slug().to_string(), t(&format!("status-{}", s.slug()))))
        .collect();
    let categories = CATEGORIES
        .iter()
        .map(|c| (c.to_string(), t(&format!("category-{c}"))))
        .collect();
    let rows = view
        .lines
        .iter()
        .map(|line| {
            let href = format!("/agent/cases/{}", line.submission_id);
            let urgent = line.priority <= 2;
            view! {
                <tr>
                    <td><a href=href><bdi>{line.reference.clone()}</bdi></a></td>
                    <td>{t(&format!("category-{}", line.category))}</td>
                    <td>{t(&format!("status-{}", line.status))}</td>
                    <td>{if urgent { t("agent-priority-high") } else { t("agent-priority-normal") }}</td>
                    <td>{plain_age(line.arrived, view.now)}</td>
                    <td dir="auto">{line.owner.clone().unwrap_or_else(|| "—".to_string())}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = view
        .lines
        .is_empty()
        .then(|| view! { <p class="inset">{t("agent-queue-empty")}</p> });
    let next = view
        .next
        .clone()
        .map(|href| view! { <a href=href rel="next">{t("agent-queue-next-page")}</a> });
    let first = view
        .first
        .clone()
        .map(|href| view! { <a href=href>{t("agent-queue-first-page")}</a> });
    let notice = view
        .notice
        .map(|n| view! { <p class="notice" role="status">{t(n)}</p> });
    let shown = t_count("agent-queue-shown", "count", view.lines.len());
    let has_errors = !errors.is_empty();
    view! {
        <AgentLayout title=t("agent-queue-title") badge=badge has_errors=has_errors>
            <ErrorSummary errors=errors.clone()/>
            <h1>{t("agent-queue-title")}</h1>
            {notice}
            <ul class="status-counts" aria-label=t("agent-queue-counts")>{counts}</ul>
            <form method="post" action="/agent/queue/next">
                <FormGuard/>
                <button type="submit" class="button">{t("agent-take-next")}</button>
            </form>
            <form method="get" action="/agent" class="filters">
                {select("status", t("agent-filter-status"), statuses, view.filter.status.clone())}
                {select("category", t("agent-filter-category"), categories, view.filter.category.clone())}
                <div class="field filter-field">
                    <label class="label" for="from">{t("agent-filter-from")}</label>
                    <input class="input" type="date" id="from" name="from" value=view.filter.from.clone()
                        aria-invalid=errors.get("from").map(|_| "true")/>
                </div>
                <div class="field filter-field">
                    <label class="label" for="to">{t("agent-filter-to")}</label>
                    <input class="input" type="date" id="to" name="to" value=view.filter.to.clone()
                        aria-invalid=errors.get("to").map(|_| "true")/>
                </div>
                <button type="submit" class="button button-secondary">{t("agent-filter-button")}</button>
            </form>
            <p role="status">{shown}</p>
            {empty}
            <TableRegion label=t("agent-queue-title")>
            <table class="queue">
                <caption class="visually-hidden">{t("agent-queue-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("agent-col-reference")}</th>
                        <th scope="col">{t("agent-col-category")}</th>
                        <th scope="col">{t("agent-col-status")}</th>
                        <th scope="col">{t("agent-col-priority")}</th>
                        <th scope="col">{t("agent-col-age")}</th>
                        <th scope="col">{t("agent-col-owner")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </TableRegion>
            <nav class="pagination" aria-label=t("agent-queue-pages")>{first}" "{next}</nav>
        </AgentLayout>
    }
}
