//! The citizen's side of an appointment: pick one of the slots offered,
//! from the link in the email, without an account.

use leptos::prelude::*;

use crate::components::{Choice, ChoiceGroup, ErrorSummary, FormGuard, Layout};
use crate::domain::errors::FieldErrors;
use crate::i18n::{t, t_args};

/// The slots offered for a pre-complaint.
#[component]
pub fn SlotChoicePage(
    /// The reference of the pre-complaint.
    reference: String,
    /// The unit's name and address.
    unit: String,
    /// (slot id, when as shown).
    slots: Vec<(i64, String)>,
    /// Errors.
    errors: FieldErrors,
) -> impl IntoView {
    let choices = slots
        .into_iter()
        .map(|(id, when)| Choice::new(id.to_string(), when))
        .collect();
    let has_errors = !errors.is_empty();
    view! {
        <Layout title=t("slot-title") has_errors=has_errors>
            <div class="narrow">
                <ErrorSummary errors=errors.clone()/>
                <h1>{t("slot-title")}</h1>
                <p>{t_args("slot-intro", &[("reference", reference)])}</p>
                <p class="inset" dir="auto">{unit}</p>
                <form method="post" novalidate>
                    <FormGuard/>
                    <ChoiceGroup name="slot" legend=t("slot-legend") choices=choices selected=Vec::new() error=errors.get("slot")/>
                    <button type="submit" class="button">{t("slot-button")}</button>
                </form>
            </div>
        </Layout>
    }
}

/// The appointment is booked (or the link no longer works).
#[component]
pub fn SlotOutcomePage(
    /// The slot chosen, as shown; `None` when the link is used or expired.
    chosen: Option<String>,
) -> impl IntoView {
    let (title, body) = match chosen {
        Some(when) => (
            t("slot-booked-title"),
            t_args("slot-booked-body", &[("when", when)]),
        ),
        None => (t("slot-gone-title"), t("slot-gone-body")),
    };
    view! {
        <Layout title=title.clone()>
            <div class="narrow">
                <h1>{title}</h1>
                <p>{body}</p>
                <p><a href="/">{t("go-home")}</a></p>
            </div>
        </Layout>
    }
}
