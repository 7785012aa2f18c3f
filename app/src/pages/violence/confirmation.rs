//! After sending: the confirmation that shows the follow-up code once
//! (the answer to the send itself, never reached by a URL), and the page
//! a later visit shows, which says the code was shown once and cannot be
//! shown again.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::FOLLOW_UP;
use crate::components::Layout;
use crate::domain::helpline::Helpline;
use crate::domain::violence::SupportWish;
use crate::i18n::{t, t_args};
use crate::pages::orientation::HelplineList;
use crate::pages::pre_complaint::display_date;

/// What the confirmation shows besides the code.
#[derive(Debug, Clone)]
pub struct ViolenceReceipt {
    /// The case reference, e.g. `VS-7K3Q-9MXD-C`.
    pub reference: String,
    /// Day the report was sent.
    pub sent_on: NaiveDate,
    /// The person said they are not safe, or not sure.
    pub in_danger: bool,
    /// The person concerned is under 18.
    pub minor: bool,
    /// The support the person asked for.
    pub support: Vec<SupportWish>,
    /// The person gave a way to be contacted.
    pub identified: bool,
}

impl ViolenceReceipt {
    /// The numbers to show: emergencies when not safe, 119 for a minor,
    /// the support lines asked for (3919 and 116 006 otherwise).
    fn numbers(&self) -> Vec<Helpline> {
        let mut lines = Vec::new();
        if self.in_danger {
            lines.extend([Helpline::Police, Helpline::European, Helpline::Sms]);
        }
        if self.minor {
            lines.push(Helpline::Children);
        }
        lines.extend([Helpline::ViolenceAgainstWomen, Helpline::Victims]);
        lines
    }
}

/// The reference and the date, on both pages.
fn sent_panel(title: String, reference: String, sent_on: NaiveDate) -> impl IntoView {
    view! {
        <div class="confirmation-panel">
            <h1>{title}</h1>
            <p>{t("confirmation-reference-label")}</p>
            <p class="reference"><bdi>{reference}</bdi></p>
        </div>
        <p>{t_args("violence-confirmation-sent-on", &[("date", display_date(sent_on))])}</p>
    }
}

/// How to follow the report with the code.
fn how_to_follow() -> impl IntoView {
    view! {
        <h2>{t("violence-confirmation-follow-title")}</h2>
        <p>{t("violence-confirmation-follow-body")}</p>
        <p class="no-print"><a href=FOLLOW_UP>{t("violence-confirmation-follow-link")}</a></p>
    }
}

/// The confirmation of a report just sent, with the follow-up code shown
/// this once (grouped in fours, large, printable).
#[component]
pub fn ConfirmationPage(
    /// What was sent.
    receipt: ViolenceReceipt,
    /// The follow-up code, grouped: `XXXX-XXXX-XXXX-XXXX-XXXX`.
    #[prop(into)]
    code: String,
) -> impl IntoView {
    let title = t("violence-confirmation-title");
    let next = if receipt.identified {
        t("violence-confirmation-next-identified")
    } else {
        t("violence-confirmation-next-anonymous")
    };
    let asked_complaint = receipt
        .support
        .contains(&SupportWish::ComplaintInformation)
        .then(|| view! { <p>{t("violence-confirmation-complaint")}</p> });
    let numbers = receipt.numbers();
    view! {
        <Layout title=title.clone()>
            {sent_panel(title, receipt.reference.clone(), receipt.sent_on)}
            <section class="follow-up-code-panel" aria-labelledby="follow-up-code-title">
                <h2 id="follow-up-code-title">{t("violence-confirmation-code-title")}</h2>
                <p class="follow-up-code"><bdi>{code}</bdi></p>
                <p class="warning"><strong>{t("violence-confirmation-code-once")}</strong></p>
                <p>{t("violence-confirmation-code-keep")}</p>
                <p class="no-print">{t("violence-confirmation-code-print")}</p>
            </section>
            {how_to_follow()}
            <h2>{t("violence-confirmation-next-title")}</h2>
            <p>{next}</p>
            {asked_complaint}
            <h2>{t("violence-confirmation-numbers-title")}</h2>
            <HelplineList lines=numbers hours=true/>
            <p class="no-print">{t("violence-confirmation-leave")}</p>
        </Layout>
    }
}

/// A later visit to a sent report (a refresh, Back): the report was sent,
/// and the code was shown once and cannot be shown again.
#[component]
pub fn SentPage(
    /// The case reference.
    #[prop(into)]
    reference: String,
    /// Day the report was sent.
    sent_on: NaiveDate,
) -> impl IntoView {
    let title = t("violence-confirmation-title");
    view! {
        <Layout title=title.clone()>
            {sent_panel(title, reference, sent_on)}
            <h2>{t("violence-sent-code-title")}</h2>
            <p>{t("violence-sent-code-body")}</p>
            {how_to_follow()}
            <HelplineList lines=vec![Helpline::Police, Helpline::European, Helpline::Sms,
                Helpline::ViolenceAgainstWomen, Helpline::Victims]/>
        </Layout>
    }
}
