//! The start page, and the pages that send people elsewhere.

use leptos::prelude::*;

use crate::components::{BackLink, FormGuard, Layout};
use crate::i18n::t;

/// What a pre-complaint is, what to have at hand, and the start button.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Layout title=t("start-title")>
            <h1>{t("start-title")}</h1>
            <p class="lead">{t("start-lead")}</p>
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
            <h2>{t("start-need-title")}</h2>
            <ul class="list-bullet">
                <li>{t("start-need-identity")}</li>
                <li>{t("start-need-email")}</li>
                <li>{t("start-need-items")}</li>
            </ul>
            <h2>{t("start-next-title")}</h2>
            <p>{t("start-next-body")}</p>
            <p class="inset">{t("start-time")}</p>
            <form method="post" action="/pre-complaint">
                <FormGuard/>
                <button type="submit" class="button button-start">{t("start-button")}</button>
            </form>
        </Layout>
    }
}

/// Why a pre-complaint does not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElsewhereReason {
    /// Someone is in danger now.
    Emergency,
    /// The perpetrator is known.
    KnownPerpetrator,
    /// Violence against a person.
    Violence,
    /// A scam on the internet.
    InternetScam,
}

impl ElsewhereReason {
    /// Every reason.
    pub const ALL: &'static [ElsewhereReason] = &[
        ElsewhereReason::Emergency,
        ElsewhereReason::KnownPerpetrator,
        ElsewhereReason::Violence,
        ElsewhereReason::InternetScam,
    ];

    /// URL part, and the middle of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            ElsewhereReason::Emergency => "emergency",
            ElsewhereReason::KnownPerpetrator => "known-perpetrator",
            ElsewhereReason::Violence => "violence",
            ElsewhereReason::InternetScam => "internet-scam",
        }
    }

    /// The reason whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.slug() == slug)
    }
}

/// Tells the citizen where to go instead, and how to reach help.
#[component]
pub fn ElsewherePage(
    /// Why a pre-complaint does not fit.
    reason: ElsewhereReason,
    /// Where the back link goes.
    #[prop(into)]
    back: String,
) -> impl IntoView {
    let slug = reason.slug();
    let title = t(&format!("elsewhere-{slug}-title"));
    let numbers = (reason == ElsewhereReason::Emergency || reason == ElsewhereReason::Violence)
        .then(|| {
            view! {
                <ul class="numbers">
                    <li><a class="phone-number" href="tel:17">"17"</a>" "{t("number-17")}</li>
                    <li><a class="phone-number" href="tel:112">"112"</a>" "{t("number-112")}</li>
                    <li><a class="phone-number" href="sms:114">"114"</a>" "{t("number-114")}</li>
                    <li><a class="phone-number" href="tel:3919">"3919"</a>" "{t("number-3919")}</li>
                </ul>
            }
        });
    view! {
        <Layout title=title.clone()>
            <BackLink href=back/>
            <div class="narrow">
                <h1>{title}</h1>
                <p class="lead">{t(&format!("elsewhere-{slug}-body"))}</p>
                {numbers}
                <p>{t(&format!("elsewhere-{slug}-next"))}</p>
                <p><a href="/">{t("go-home")}</a></p>
            </div>
        </Layout>
    }
}
