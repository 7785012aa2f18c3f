//! Check your answers (a Change link for each, skipped questions shown as
//! such), and the same answers laid out for an agent.

use leptos::prelude::*;

use super::{step_href, SEND};
use crate::components::{BackLink, FormGuard, Layout, SummaryList, SummaryRow};
use crate::domain::violence::{Contact, Reach, Step, ViolenceDraft};
use crate::i18n::t;

fn row(key: &str, value: Vec<String>, step: Step) -> SummaryRow {
    SummaryRow {
        key: t(key),
        value,
        change: Some(format!("{}?from=check", step_href(step))),
    }
}

/// "Not answered", for a skipped question.
fn skipped() -> Vec<String> {
    vec![t("violence-check-skipped")]
}

fn label(prefix: &str, slug: &str) -> String {
    t(&format!("{prefix}-{slug}"))
}

fn situation_rows(draft: &ViolenceDraft) -> Vec<SummaryRow> {
    let safe = draft
        .safe_now
        .map_or_else(skipped, |s| vec![label("violence-safe", s.slug())]);
    let mut rows = vec![row("violence-check-safe", safe, Step::Safe)];
    if let Some(who) = &draft.who {
        let reporter = vec![label("violence-reporter", who.reporter.slug())];
        rows.push(row("violence-check-who", reporter, Step::Who));
        let age = who
            .age
            .map_or_else(skipped, |a| vec![label("violence-age", a.slug())]);
        rows.push(row("violence-check-age", age, Step::Who));
    }
    rows
}

fn contact_rows(draft: &ViolenceDraft) -> Vec<SummaryRow> {
    let Some(Contact::Identified(who)) = &draft.contact else {
        let value = vec![t("violence-contact-anonymous")];
        return vec![row("violence-check-contact", value, Step::ContactChoice)];
    };
    let mut rows = vec![row(
        "violence-check-contact",
        vec![t("violence-contact-identified")],
        Step::ContactChoice,
    )];
    let name = who.name.clone().map_or_else(skipped, |n| vec![n]);
    rows.push(row("violence-check-name", name, Step::ContactChoice));
    let reach = match &who.reach {
        Reach::Email(email) => vec![t("violence-contact-by-email"), email.as_str().into()],
        Reach::Phone(phone) => vec![t("violence-contact-by-phone"), phone.as_str().into()],
    };
    rows.push(row("violence-check-reach", reach, Step::ContactChoice));
    let times = who.safe_times.clone().map_or_else(skipped, |t| vec![t]);
    rows.push(row("violence-check-safe-times", times, Step::ContactChoice));
    rows
}

fn facts_rows(draft: &ViolenceDraft) -> Vec<SummaryRow> {
    let facts = draft.facts.as_ref().map_or_else(skipped, |f| {
        let mut lines: Vec<String> = f
            .kinds
            .iter()
            .map(|k| label("violence-fact", k.slug()))
            .collect();
        if f.not_sure {
            lines.push(t("violence-fact-not-sure"));
        }
        lines
    });
    let when_where = draft.when_where.as_ref();
    let period = when_where
        .and_then(|w| w.period)
        .map_or_else(skipped, |p| vec![label("violence-period", p.slug())]);
    let area = when_where
        .and_then(|w| w.area.as_ref())
        .map_or_else(skipped, |a| vec![a.display().to_string()]);
    let relationship = draft
        .relationship
        .map_or_else(skipped, |r| vec![label("violence-relationship", r.slug())]);
    let details = draft
        .description
        .as_ref()
        .map_or_else(skipped, |d| d.lines().map(str::to_string).collect());
    vec![
        row("violence-check-facts", facts, Step::What),
        row("violence-check-period", period, Step::When),
        row("violence-check-area", area, Step::When),
        row("violence-check-person", relationship, Step::Person),
        row("violence-check-details", details, Step::Details),
    ]
}

fn support_rows(draft: &ViolenceDraft) -> Vec<SummaryRow> {
    let wishes = if draft.support.is_empty() {
        skipped()
    } else {
        draft
            .support
            .iter()
            .map(|w| label("violence-support", w.slug()))
            .collect()
    };
    vec![row("violence-check-support", wishes, Step::Support)]
}

/// Every answer in titled sections, with or without Change links.
fn sections(draft: &ViolenceDraft, changeable: bool) -> Vec<(String, Vec<SummaryRow>)> {
    let finish = |rows: Vec<SummaryRow>| -> Vec<SummaryRow> {
        rows.into_iter()
            .map(|r| SummaryRow {
                change: r.change.filter(|_| changeable),
                ..r
            })
            .collect()
    };
    vec![
        (
            t("violence-check-section-situation"),
            finish(situation_rows(draft)),
        ),
        (
            t("violence-check-section-contact"),
            finish(contact_rows(draft)),
        ),
        (t("violence-check-section-facts"), finish(facts_rows(draft))),
        (
            t("violence-check-section-support"),
            finish(support_rows(draft)),
        ),
    ]
}

/// Every answer, in titled sections, without Change links: how an agent
/// reads a violence report (whether it is anonymous, and when identified
/// how and when the reporter may be contacted).
pub fn answer_sections(draft: &ViolenceDraft) -> Vec<(String, Vec<SummaryRow>)> {
    sections(draft, false)
}

/// Every answer with a Change link, and Send.
#[component]
pub fn CheckPage(draft: ViolenceDraft) -> impl IntoView {
    let title = t("check-title");
    let lists = sections(&draft, true)
        .into_iter()
        .map(|(heading, rows)| view! { <h2>{heading}</h2><SummaryList rows=rows/> })
        .collect_view();
    view! {
        <Layout title=title.clone()>
            <BackLink href=step_href(Step::Support)/>
            <h1>{title}</h1>
            {lists}
            <h2>{t("violence-check-send-title")}</h2>
            <p>{t("violence-check-send-code")}</p>
            <form method="post" action=SEND novalidate autocomplete="off">
                <FormGuard/>
                <button type="submit" class="button">{t("violence-check-send-button")}</button>
            </form>
        </Layout>
    }
}
