//! The online complaint: the start page that sends the citizen to the
//! identity provider, what they see when they come back (verified or not),
//! and the confirmation. The questions in between are the pre-complaint's.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::pre_complaint::display_date;
use crate::components::{FormGuard, Layout, SummaryList, SummaryRow, UnitAddress};
use crate::domain::pre_complaint::VerifiedIdentity;
use crate::domain::unit::Unit;
use crate::i18n::{t, t_args};

/// URL of the online complaint's start page.
pub const COMPLAINT_START: &str = "/complaint";

/// What an online complaint is, and the way in: the identity provider when
/// one is configured, otherwise the pre-complaint with an appointment.
#[component]
pub fn ComplaintStartPage(
    /// The identity provider's name; `None` when none is configured.
    provider: Option<String>,
) -> impl IntoView {
    let way_in = match provider {
        Some(provider) => view! {
            <ol class="list-number">
                <li>{t_args("complaint-step-verify", &[("provider", provider.clone())])}</li>
                <li>{t("complaint-step-answer")}</li>
                <li>{t("complaint-step-done")}</li>
            </ol>
            <p class="inset">{t("complaint-provider-leaves")}</p>
            <form method="post" action=COMPLAINT_START>
                <FormGuard/>
                <button type="submit" class="button button-start">
                    {t_args("complaint-start-button", &[("provider", provider)])}
                </button>
            </form>
        }
        .into_any(),
        None => view! {
            <p class="inset">{t("complaint-no-provider")}</p>
            <p><a class="button button-start" href="/pre-complaint">{t("complaint-use-pre-complaint")}</a></p>
        }
        .into_any(),
    };
    view! {
        <Layout title=t("complaint-start-title")>
            <h1>{t("complaint-start-title")}</h1>
            <p class="lead">{t("complaint-start-lead")}</p>
            <h2>{t("start-covers-title")}</h2>
            <ul class="list-bullet">
                <li>{t("offence-theft")}</li>
                <li>{t("offence-burglary")}</li>
                <li>{t("offence-vehicle-theft")}</li>
                <li>{t("offence-damage")}</li>
                <li>{t("offence-card-fraud")}</li>
                <li>{t("offence-scam")}</li>
            </ul>
            <p>{t("start-unknown-perpetrator")}</p>
            <h2>{t("complaint-how-title")}</h2>
            {way_in}
        </Layout>
    }
}

/// Back from the provider with a verified identity.
#[component]
pub fn IdentityVerifiedPage(
    /// The identity as the provider gave it.
    identity: VerifiedIdentity,
    /// The provider's name.
    provider: String,
    /// Where the questions go on.
    #[prop(into)]
    next: String,
) -> impl IntoView {
    let mut rows = vec![SummaryRow {
        key: t("check-name"),
        value: vec![format!("{} {}", identity.given_names, identity.family_name)],
        change: None,
    }];
    if let Some(born) = identity.birth_date {
        rows.push(SummaryRow {
            key: t("identity-birth-date"),
            value: vec![display_date(born)],
            change: None,
        });
    }
    view! {
        <Layout title=t("complaint-verified-title")>
            <div class="confirmation-panel">
                <h1>{t("complaint-verified-title")}</h1>
            </div>
            <p>{t_args("complaint-verified-body", &[("provider", provider)])}</p>
            <SummaryList rows=rows/>
            <p>{t("complaint-verified-next")}</p>
            <p><a class="button" href=next>{t("continue")}</a></p>
        </Layout>
    }
}

/// Why the identity was not verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotVerified {
    /// The citizen stopped at the provider (or refused consent).
    Refused,
    /// The answer did not verify, came too late, or the provider is down.
    Failed,
}

/// Back from the provider without a verified identity: nothing was kept;
/// try again or declare a pre-complaint instead.
#[component]
pub fn IdentityNotVerifiedPage(reason: NotVerified) -> impl IntoView {
    let body = match reason {
        NotVerified::Refused => t("complaint-refused-body"),
        NotVerified::Failed => t("complaint-failed-body"),
    };
    view! {
        <Layout title=t("complaint-not-verified-title")>
            <h1>{t("complaint-not-verified-title")}</h1>
            <p>{body}</p>
            <h2>{t("complaint-what-now")}</h2>
            <ul class="list-bullet">
                <li><a href=COMPLAINT_START>{t("complaint-try-again")}</a></li>
                <li><a href="/pre-complaint">{t("complaint-use-pre-complaint")}</a></li>
            </ul>
        </Layout>
    }
}

/// What the confirmation of an online complaint shows.
#[derive(Debug, Clone)]
pub struct ComplaintReceipt {
    /// The reference, e.g. `PL-7K3Q-9MXD-C`.
    pub reference: String,
    /// Day it was filed.
    pub sent_on: NaiveDate,
    /// The unit that handles it.
    pub unit: Unit,
}

/// The reference; no appointment to sign; printable as a receipt.
#[component]
pub fn ComplaintConfirmationPage(receipt: ComplaintReceipt) -> impl IntoView {
    view! {
        <Layout title=t("complaint-confirmation-title")>
            <div class="confirmation-panel">
                <h1>{t("complaint-confirmation-title")}</h1>
                <p>{t("confirmation-reference-label")}</p>
                <p class="reference"><bdi>{receipt.reference.clone()}</bdi></p>
            </div>
            <p>{t_args("confirmation-sent-on", &[("date", display_date(receipt.sent_on))])}</p>
            <p>{t("confirmation-email")}</p>
            <h2>{t("confirmation-next-title")}</h2>
            <p class="inset"><strong>{t("complaint-confirmation-no-signing")}</strong></p>
            <p>{t("complaint-confirmation-next-body")}</p>
            <UnitAddress unit=receipt.unit.clone()/>
            <p class="no-print">{t("confirmation-print")}</p>
            <p class="no-print"><a href="/">{t("go-home")}</a></p>
        </Layout>
    }
}
