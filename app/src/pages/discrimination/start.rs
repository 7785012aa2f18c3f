//! The start page (what discrimination is, the two routes), and the pages
//! that send people elsewhere when they are in danger or were attacked.

use leptos::prelude::*;

use super::START;
use crate::components::{BackLink, FormGuard, Layout};
use crate::i18n::t;

/// The Défenseur des droits' discrimination platform.
pub const ANTIDISCRIMINATIONS_URL: &str = "https://www.antidiscriminations.fr";

/// The Défenseur des droits' contacts: phone, chat, hours.
#[component]
pub fn DefenseurContacts() -> impl IntoView {
    view! {
        <ul class="numbers">
            <li><a class="phone-number" href="tel:3928">"3928"</a>" "{t("discrimination-defenseur-phone")}</li>
            <li>
                <a href=ANTIDISCRIMINATIONS_URL>"antidiscriminations.fr"</a>" "
                {t("discrimination-defenseur-chat")}
            </li>
        </ul>
        <p>{t("discrimination-defenseur-hours")}</p>
    }
}

/// What discrimination is in law, the two routes, what to have at hand,
/// and the start button.
#[component]
pub fn StartPage() -> impl IntoView {
    view! {
        <Layout title=t("discrimination-start-title")>
            <h1>{t("discrimination-start-title")}</h1>
            <p class="lead">{t("discrimination-start-lead")}</p>
            <p class="warning">{t("discrimination-start-danger")}</p>
            <h2>{t("discrimination-start-law-title")}</h2>
            <p>{t("discrimination-start-law-body")}</p>
            <ul class="list-bullet">
                <li>{t("discrimination-domain-goods-and-services")}</li>
                <li>{t("discrimination-domain-employment")}</li>
                <li>{t("discrimination-domain-public-official")}</li>
            </ul>
            <p>{t("discrimination-start-law-offence")}</p>
            <h2>{t("discrimination-start-routes-title")}</h2>
            <p>{t("discrimination-start-routes-intro")}</p>
            <h3>{t("discrimination-start-police-title")}</h3>
            <p>{t("discrimination-start-police-body")}</p>
            <h3>{t("discrimination-start-defenseur-title")}</h3>
            <p>{t("discrimination-start-defenseur-body")}</p>
            <DefenseurContacts/>
            <h2>{t("discrimination-start-need-title")}</h2>
            <ul class="list-bullet">
                <li>{t("discrimination-start-need-when")}</li>
                <li>{t("discrimination-start-need-words")}</li>
                <li>{t("discrimination-start-need-people")}</li>
                <li>{t("discrimination-start-need-email")}</li>
            </ul>
            <p class="inset">{t("discrimination-start-evidence")}</p>
            <p>{t("discrimination-start-time")}</p>
            <form method="post" action=START>
                <FormGuard/>
                <button type="submit" class="button button-start">{t("discrimination-start-button")}</button>
            </form>
        </Layout>
    }
}

/// Why this form is not the right way now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElsewhereReason {
    /// Someone is in danger now.
    Danger,
    /// Someone was physically attacked.
    Violence,
}

impl ElsewhereReason {
    /// Every reason.
    pub const ALL: &'static [ElsewhereReason] =
        &[ElsewhereReason::Danger, ElsewhereReason::Violence];

    /// URL part, and the middle of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            ElsewhereReason::Danger => "danger",
            ElsewhereReason::Violence => "violence",
        }
    }

    /// The reason whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|r| r.slug() == slug)
    }

    /// URL of its page.
    pub fn href(self) -> String {
        format!("{START}/elsewhere/{}", self.slug())
    }
}

/// Tells the citizen where to go instead, with the emergency numbers.
#[component]
pub fn ElsewherePage(
    /// Why this form does not fit now.
    reason: ElsewhereReason,
    /// Where the back link goes.
    #[prop(into)]
    back: String,
) -> impl IntoView {
    let slug = reason.slug();
    let title = t(&format!("discrimination-elsewhere-{slug}-title"));
    view! {
        <Layout title=title.clone()>
            <BackLink href=back/>
            <div class="narrow">
                <h1>{title}</h1>
                <p class="lead">{t(&format!("discrimination-elsewhere-{slug}-body"))}</p>
                <ul class="numbers">
                    <li><a class="phone-number" href="tel:17">"17"</a>" "{t("number-17")}</li>
                    <li><a class="phone-number" href="tel:112">"112"</a>" "{t("number-112")}</li>
                    <li><a class="phone-number" href="sms:114">"114"</a>" "{t("number-114")}</li>
                </ul>
                <p>{t(&format!("discrimination-elsewhere-{slug}-next"))}</p>
                <h2>{t("discrimination-elsewhere-defenseur-title")}</h2>
                <p>{t("discrimination-elsewhere-defenseur-body")}</p>
                <DefenseurContacts/>
                <p><a href="/">{t("go-home")}</a></p>
            </div>
        </Layout>
    }
}
