//! The page where a citizen searches for a police station or gendarmerie
//! unit and picks one, shared by every flow that sends a case to a unit.
//! Without script, the search button posts the same form and the page
//! comes back with the results.

use leptos::prelude::*;

use super::fields::{Choice, ChoiceGroup, ErrorSummary, FormGuard, TextField};
use super::layout::Layout;
use super::summary::BackLink;
use crate::domain::errors::FieldErrors;
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args, t_count};

/// Searching and choosing a unit, with the flow's own heading and intro.
#[component]
pub fn UnitChoicePage(
    /// Heading and title.
    #[prop(into)]
    title: String,
    /// What the unit will do with the case.
    #[prop(into)]
    intro: String,
    /// Step number and total, for "Step 3 of 11".
    step: (usize, usize),
    /// Where the back link goes.
    #[prop(into)]
    back: String,
    /// What the citizen searched for.
    query: String,
    /// Units matching the search.
    results: Vec<Unit>,
    /// Code of the unit already chosen, if any.
    chosen: String,
    /// Errors of the submitted form.
    errors: FieldErrors,
    /// Whether the citizen came from the check page.
    from_check: bool,
) -> impl IntoView {
    let count = results.len();
    let choices: Vec<Choice> = results
        .into_iter()
        .map(|u| {
            let kind = t(&format!("unit-kind-{}", u.kind.slug()));
            Choice::with_hint(
                u.code,
                u.name,
                // The address is isolated (FSI…PDI): in Arabic its street
                // number and postcode keep their place beside the words.
                format!(
                    "{kind} · \u{2068}{}, {} {}\u{2069}",
                    u.address, u.postcode, u.town
                ),
            )
        })
        .collect();
    let selected = super::fields::selected(&chosen);
    let results_view = if choices.is_empty() {
        (!query.trim().is_empty())
            .then(|| view! { <p class="inset" role="status">{t("unit-no-results")}</p> }.into_any())
    } else {
        Some(
            view! {
                <p role="status">{t_count("unit-results", "count", count)}</p>
                <ChoiceGroup name="unit" legend=t("unit-choose") choices=choices selected=selected error=errors.get("unit")/>
            }
            .into_any(),
        )
    };
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=title.clone() has_errors=has_errors>
            <BackLink href=back/>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <p class="step-indicator">{t_args("step-of", &[("step", step.0.to_string()), ("total", step.1.to_string())])}</p>
                <h1>{title}</h1>
                <p>{intro}</p>
                <form method="post" novalidate>
                    <FormGuard from_check=from_check/>
                    <div class="search-row">
                        <TextField name="q" label=t("unit-search") hint=t("unit-search-hint") value=query error=errors.get("q")/>
                        <button type="submit" class="button button-secondary" name="intent" value="search">{t("unit-search-button")}</button>
                    </div>
                    {results_view}
                    <button type="submit" class="button" name="intent" value="choose">{t("continue")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// A unit's postal address on a confirmation page. Each line is isolated
/// (`<bdi>`), so a French address keeps its order on an Arabic page ("66 La
/// Canebière", "13001 Marseille").
#[component]
pub fn UnitAddress(
    /// The unit chosen for the appointment or the follow-up.
    unit: Unit,
) -> impl IntoView {
    view! {
        <address class="unit-address">
            <strong><bdi>{unit.name}</bdi></strong><br/>
            <bdi>{unit.address}</bdi><br/>
            <bdi>{format!("{} {}", unit.postcode, unit.town)}</bdi>
        </address>
    }
}
