//! Check your answers, and the confirmation with the reference.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{item_summary, last_step, step_href, START};
use crate::components::{
    BackLink, Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout, SummaryList, SummaryRow,
    UnitAddress,
};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{
    weekday_slug, Perpetrator, PreComplaintDraft, Step, When, Witnesses,
};
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args};

/// A date as the portal writes it.
pub fn display_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

fn row(key: &str, value: Vec<String>, step: Step) -> SummaryRow {
    SummaryRow {
        key: t(key),
        value,
        change: Some(format!("{}?from=check", step_href(step))),
    }
}

fn identity_rows(draft: &PreComplaintDraft) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(verified) = &draft.verified {
        rows.push(SummaryRow {
            key: t("check-verified"),
            value: vec![t_args(
                "check-verified-value",
                &[("provider", verified.provider.clone())],
            )],
            change: None,
        });
    }
    if let Some(declarant) = draft.declarant {
        rows.push(row(
            "check-declarant",
            vec![t(&format!("declarant-{}", declarant.slug()))],
            Step::Declarant,
        ));
    }
    let Some(identity) = &draft.identity else {
        return rows;
    };
    if let Some(org) = &identity.organisation {
        let mut lines = vec![org.name.clone()];
        lines.extend(org.siret.as_ref().map(|s| format!("SIRET {s}")));
        lines.push(org.role.clone());
        rows.push(row("check-organisation", lines, Step::Identity));
    }
    if let Some(child) = &identity.child {
        let lines = vec![
            format!("{} {}", child.given_names, child.surname),
            display_date(child.birth_date),
        ];
        rows.push(row("check-child", lines, Step::Identity));
    }
    rows.push(row(
        "check-name",
        vec![format!("{} {}", identity.given_names, identity.surname)],
        Step::Identity,
    ));
    rows.push(row(
        "check-birth",
        vec![
            display_date(identity.birth_date),
            identity.birth_place.clone(),
        ],
        Step::Identity,
    ));
    rows.push(row(
        "check-address",
        vec![
            identity.address.clone(),
            format!("{} {}", identity.postcode, identity.town),
            identity.country.clone(),
        ],
        Step::Identity,
    ));
    let mut contact = vec![identity.email.as_str().to_string()];
    contact.extend(identity.phone.as_ref().map(|p| p.as_str().to_string()));
    rows.push(row("check-contact", contact, Step::Identity));
    rows
}

fn facts_rows(draft: &PreComplaintDraft) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(when) = &draft.when {
        let text = match when {
            When::Exact {
                date,
                time: Some(time),
            } => t_args(
                "check-when-exact-time",
                &[
                    ("date", display_date(*date)),
                    ("time", time.format("%H:%M").to_string()),
                ],
            ),
            When::Exact { date, time: None } => display_date(*date),
            When::Range { from, to } => t_args(
                "check-when-range",
                &[("from", display_date(*from)), ("to", display_date(*to))],
            ),
        };
        rows.push(row("check-when", vec![text], Step::When));
    }
    if let Some(place) = &draft.place {
        let mut lines = vec![t(&format!("place-kind-{}", place.kind.slug()))];
        lines.extend(place.address.clone());
        lines.push(format!("{} {}", place.postcode.as_str(), place.town));
        lines.extend(place.details.clone());
        rows.push(row("check-place", lines, Step::Place));
    }
    if let Some(facts) = &draft.facts {
        rows.push(row(
            "check-offence",
            vec![t(&format!("offence-{}", facts.offence.slug()))],
            Step::Facts,
        ));
        rows.push(row(
            "check-account",
            facts.account.lines().map(str::to_string).collect(),
            Step::Facts,
        ));
    }
    let items = if draft.items.is_empty() {
        vec![t("check-no-items")]
    } else {
        draft.items.iter().map(item_summary).collect()
    };
    rows.push(row("check-items", items, Step::Items));
    rows
}

fn follow_up_rows(draft: &PreComplaintDraft, unit: Option<&Unit>) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(perpetrator) = &draft.perpetrator {
        let lines = match perpetrator {
            Perpetrator::Unknown => vec![t("perpetrator-seen-no")],
            Perpetrator::Described { description } => {
                description.lines().map(str::to_string).collect()
            }
        };
        rows.push(row("check-perpetrator", lines, Step::Perpetrator));
    }
    if let Some(witnesses) = &draft.witnesses {
        let lines = match witnesses {
            Witnesses::None => vec![t("answer-no")],
            Witnesses::Some { details } => details.lines().map(str::to_string).collect(),
        };
        rows.push(row("check-witnesses", lines, Step::Witnesses));
    }
    if let Some(unit) = unit {
        let lines = vec![
            unit.name.clone(),
            unit.address.clone(),
            format!("{} {}", unit.postcode, unit.town),
        ];
        rows.push(row("check-unit", lines, Step::Unit));
    }
    if let Some(appointment) = draft.appointment.as_ref().filter(|_| !draft.is_complaint()) {
        let days = if appointment.days.is_empty() {
            t("appointment-any-day")
        } else {
            appointment
                .days
                .iter()
                .map(|d| t(&format!("day-{}", weekday_slug(*d))))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut lines = vec![
            days,
            t(&format!("time-of-day-{}", appointment.time_of_day.slug())),
        ];
        lines.extend(appointment.needs.clone());
        rows.push(row("check-appointment", lines, Step::Appointment));
    }
    rows
}

/// Every answer, in three titled sections, without Change links: how an
/// agent reads a pre-complaint.
pub fn answer_sections(
    draft: &PreComplaintDraft,
    unit: Option<&Unit>,
) -> Vec<(String, Vec<SummaryRow>)> {
    let read_only = |rows: Vec<SummaryRow>| {
        rows.into_iter()
            .map(|r| SummaryRow { change: None, ..r })
            .collect()
    };
    vec![
        (t("check-section-you"), read_only(identity_rows(draft))),
        (t("check-section-facts"), read_only(facts_rows(draft))),
        (
            t("check-section-follow-up"),
            read_only(follow_up_rows(draft, unit)),
        ),
    ]
}

/// Every answer with a Change link, the declaration, and Send.
#[component]
pub fn CheckPage(
    draft: PreComplaintDraft,
    unit: Option<Unit>,
    errors: FieldErrors,
) -> impl IntoView {
    let title = t("check-title");
    let has_errors = !errors.is_empty();
    let declaration = vec![Choice::new("yes", t("check-declaration"))];
    view! {
        <Layout title=title.clone() has_errors=has_errors>
            <BackLink href=step_href(last_step())/>
            <ErrorSummary errors=errors.clone()/>
            <h1>{title}</h1>
            <h2>{t("check-section-you")}</h2>
            <SummaryList rows=identity_rows(&draft)/>
            <h2>{t("check-section-facts")}</h2>
            <SummaryList rows=facts_rows(&draft)/>
            <h2>{t("check-section-follow-up")}</h2>
            <SummaryList rows=follow_up_rows(&draft, unit.as_ref())/>
            <h2>{t("check-send-title")}</h2>
            <p>{if draft.is_complaint() { t("check-send-body-complaint") } else { t("check-send-body") }}</p>
            <form method="post" action=format!("{START}/send") novalidate>
                <FormGuard/>
                <ChoiceGroup name="declaration" legend=t("check-declaration-legend") choices=declaration
                    selected=Vec::new() error=errors.get("declaration") multiple=true/>
                <button type="submit" class="button">{t("check-send-button")}</button>
            </form>
        </Layout>
    }
}

/// What the confirmation page shows.
#[derive(Debug, Clone)]
pub struct Receipt {
    /// The reference, e.g. `PP-7K3Q-9MXD-C`.
    pub reference: String,
    /// Day the pre-complaint was sent.
    pub sent_on: NaiveDate,
    /// Last day to sign.
    pub sign_by: NaiveDate,
    /// Where to sign.
    pub unit: Unit,
}

/// The reference, the 30-day rule, what to bring; printable as a receipt.
#[component]
pub fn ConfirmationPage(receipt: Receipt) -> impl IntoView {
    let deadline = t_args(
        "confirmation-deadline",
        &[("date", display_date(receipt.sign_by))],
    );
    view! {
        <Layout title=t("confirmation-title")>
            <div class="confirmation-panel">
                <h1>{t("confirmation-title")}</h1>
                <p>{t("confirmation-reference-label")}</p>
                <p class="reference"><bdi>{receipt.reference.clone()}</bdi></p>
            </div>
            <p>{t_args("confirmation-sent-on", &[("date", display_date(receipt.sent_on))])}</p>
            <p>{t("confirmation-email")}</p>
            <h2>{t("confirmation-next-title")}</h2>
            <p class="inset"><strong>{deadline}</strong></p>
            <p>{t("confirmation-next-body")}</p>
            <UnitAddress unit=receipt.unit.clone()/>
            <h2>{t("confirmation-bring-title")}</h2>
            <ul class="list-bullet">
                <li>{t("confirmation-bring-reference")}</li>
                <li>{t("confirmation-bring-identity")}</li>
                <li>{t("confirmation-bring-proof")}</li>
                <li>{t("confirmation-bring-bank")}</li>
            </ul>
            <p class="no-print">{t("confirmation-print")}</p>
            <p class="no-print"><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}
