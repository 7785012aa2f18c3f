//! Check your answers, the same answers laid out for an agent, and the
//! confirmation with the reference.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{step_href, DefenseurContacts, START};
use crate::components::{
    BackLink, Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout, SummaryList, SummaryRow,
    UnitAddress,
};
use crate::domain::discrimination::{Criteria, DiscriminationDraft, Step, Words};
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{When, Witnesses};
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args};
use crate::pages::pre_complaint::display_date;

fn row(key: &str, value: Vec<String>, step: Step) -> SummaryRow {
    SummaryRow {
        key: t(key),
        value,
        change: Some(format!("{}?from=check", step_href(step))),
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

fn when_text(when: &When) -> String {
    match when {
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
    }
}

fn report_rows(draft: &DiscriminationDraft) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(reporter) = draft.reporter {
        let label = t(&format!("discrimination-reporter-{}", reporter.slug()));
        rows.push(row("discrimination-check-role", vec![label], Step::Role));
    }
    if let Some(domain) = draft.domain {
        let label = t(&format!("discrimination-domain-{}", domain.slug()));
        rows.push(row(
            "discrimination-check-domain",
            vec![label],
            Step::Domain,
        ));
    }
    if let Some(criteria) = &draft.criteria {
        let labels = match criteria {
            Criteria::NotSure => vec![t("discrimination-criterion-not-sure")],
            Criteria::Known { criteria } => criteria
                .iter()
                .map(|c| t(&format!("discrimination-criterion-{}", c.slug())))
                .collect(),
        };
        rows.push(row("discrimination-check-criteria", labels, Step::Criteria));
    }
    if let Some(words) = &draft.words {
        let value = match words {
            Words::None => vec![t("discrimination-check-no-words")],
            Words::Said { verbatim } => lines(verbatim),
        };
        rows.push(row("discrimination-check-words", value, Step::Words));
    }
    if let Some(author) = &draft.author {
        let mut value = vec![t(&format!(
            "discrimination-author-kind-{}",
            author.kind.slug()
        ))];
        value.push(match (&author.name, author.known) {
            (Some(name), _) => name.clone(),
            (None, true) => t("discrimination-check-author-known"),
            (None, false) => t("discrimination-check-author-unknown"),
        });
        rows.push(row("discrimination-check-author", value, Step::Author));
    }
    rows
}

fn facts_rows(draft: &DiscriminationDraft) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(when_where) = &draft.when_where {
        rows.push(row(
            "check-when",
            vec![when_text(&when_where.when)],
            Step::WhenWhere,
        ));
        let place = &when_where.place;
        let mut value = vec![format!("{} {}", place.postcode.as_str(), place.town)];
        value.extend(place.details.clone());
        rows.push(row("check-place", value, Step::WhenWhere));
    }
    if let Some(account) = &draft.account {
        rows.push(row("check-account", lines(account), Step::Account));
    }
    if let Some(witnesses) = &draft.witnesses {
        let value = match witnesses {
            Witnesses::None => vec![t("answer-no")],
            Witnesses::Some { details } => lines(details),
        };
        rows.push(row("check-witnesses", value, Step::Witnesses));
    }
    rows
}

fn contact_rows(draft: &DiscriminationDraft, unit: Option<&Unit>) -> Vec<SummaryRow> {
    let mut rows = Vec::new();
    if let Some(contact) = &draft.contact {
        if let Some(represented) = &contact.represented {
            let mut value = vec![represented.name.clone()];
            value.extend(represented.organisation.clone());
            rows.push(row(
                "discrimination-check-represented",
                value,
                Step::Contact,
            ));
        }
        let name = format!("{} {}", contact.given_names, contact.surname);
        rows.push(row("check-name", vec![name], Step::Contact));
        let address = vec![
            contact.address.clone(),
            format!("{} {}", contact.postcode, contact.town),
            contact.country.clone(),
        ];
        rows.push(row("check-address", address, Step::Contact));
        let mut reach = vec![contact.email.as_str().to_string()];
        reach.extend(contact.phone.as_ref().map(|p| p.as_str().to_string()));
        rows.push(row("check-contact", reach, Step::Contact));
        let consent = if contact.consent_defenseur {
            t("discrimination-check-consent-yes")
        } else {
            t("discrimination-check-consent-no")
        };
        rows.push(row(
            "discrimination-check-consent",
            vec![consent],
            Step::Contact,
        ));
    }
    if let Some(unit) = unit {
        let value = vec![
            unit.name.clone(),
            unit.address.clone(),
            format!("{} {}", unit.postcode, unit.town),
        ];
        rows.push(row("discrimination-check-unit", value, Step::Unit));
    }
    rows
}

/// Every answer in titled sections, with or without Change links.
fn sections(
    draft: &DiscriminationDraft,
    unit: Option<&Unit>,
    changeable: bool,
) -> Vec<(String, Vec<SummaryRow>)> {
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
            t("discrimination-check-section-report"),
            finish(report_rows(draft)),
        ),
        (t("check-section-facts"), finish(facts_rows(draft))),
        (
            t("discrimination-check-section-you"),
            finish(contact_rows(draft, unit)),
        ),
    ]
}

/// Every answer, in titled sections, without Change links: how an agent
/// reads a discrimination report.
pub fn answer_sections(
    draft: &DiscriminationDraft,
    unit: Option<&Unit>,
) -> Vec<(String, Vec<SummaryRow>)> {
    sections(draft, unit, false)
}

/// Every answer with a Change link, the declaration, and Send.
#[component]
pub fn CheckPage(
    draft: DiscriminationDraft,
    unit: Option<Unit>,
    errors: FieldErrors,
) -> impl IntoView {
    let title = t("check-title");
    let has_errors = !errors.is_empty();
    let declaration = vec![Choice::new("yes", t("check-declaration"))];
    let lists = sections(&draft, unit.as_ref(), true)
        .into_iter()
        .map(|(heading, rows)| view! { <h2>{heading}</h2><SummaryList rows=rows/> })
        .collect_view();
    view! {
        <Layout title=title.clone() has_errors=has_errors>
            <BackLink href=step_href(Step::Contact)/>
            <ErrorSummary errors=errors.clone()/>
            <h1>{title}</h1>
            {lists}
            <h2>{t("discrimination-check-send-title")}</h2>
            <p>{t("discrimination-check-send-body")}</p>
            <form method="post" action=format!("{START}/send") novalidate>
                <FormGuard/>
                <ChoiceGroup name="declaration" legend=t("check-declaration-legend") choices=declaration
                    selected=Vec::new() error=errors.get("declaration") multiple=true/>
                <button type="submit" class="button">{t("discrimination-check-send-button")}</button>
            </form>
        </Layout>
    }
}

/// What the confirmation page shows.
#[derive(Debug, Clone)]
pub struct DiscriminationReceipt {
    /// The reference, e.g. `DI-7K3Q-9MXD-C`.
    pub reference: String,
    /// Day the report was sent.
    pub sent_on: NaiveDate,
    /// The unit that handles it.
    pub unit: Unit,
}

/// The reference, what happens next, the Défenseur des droits' contacts;
/// printable as a receipt.
#[component]
pub fn ConfirmationPage(receipt: DiscriminationReceipt) -> impl IntoView {
    view! {
        <Layout title=t("discrimination-confirmation-title")>
            <div class="confirmation-panel">
                <h1>{t("discrimination-confirmation-title")}</h1>
                <p>{t("confirmation-reference-label")}</p>
                <p class="reference"><bdi>{receipt.reference.clone()}</bdi></p>
            </div>
            <p>{t_args("discrimination-confirmation-sent-on", &[("date", display_date(receipt.sent_on))])}</p>
            <p>{t("discrimination-confirmation-email")}</p>
            <h2>{t("discrimination-confirmation-next-title")}</h2>
            <p>{t("discrimination-confirmation-next")}</p>
            <UnitAddress unit=receipt.unit.clone()/>
            <p>{t("discrimination-confirmation-complaint")}</p>
            <p class="inset">{t("discrimination-start-evidence")}</p>
            <h2>{t("discrimination-confirmation-defenseur-title")}</h2>
            <p>{t("discrimination-confirmation-defenseur-body")}</p>
            <DefenseurContacts/>
            <p class="no-print">{t("confirmation-print")}</p>
            <p class="no-print"><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}
