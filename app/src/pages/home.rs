//! The home page: the orientation's start ("what happened?"), direct links
//! to each procedure, and the emergency numbers.

use leptos::prelude::*;

use crate::components::Layout;
use crate::domain::helpline::Helpline;
use crate::domain::orientation::Destination;
use crate::i18n::t;
use crate::pages::guide::GuideTopic;
use crate::pages::orientation::{destination_href, HelplineList, START};

/// A procedure the citizen can go to directly: link, title key, text key.
fn procedure(href: String, title: &str, body: &str) -> impl IntoView {
    view! {
        <section class="card">
            <h3><a href=href>{t(title)}</a></h3>
            <p>{t(body)}</p>
        </section>
    }
}

/// The portal's front page.
#[component]
pub fn HomePage() -> impl IntoView {
    let numbers = vec![
        Helpline::Police,
        Helpline::European,
        Helpline::Sms,
        Helpline::ViolenceAgainstWomen,
        Helpline::Children,
        Helpline::Victims,
    ];
    view! {
        <Layout title=t("home-title")>
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <section class="orientation-start" aria-labelledby="orientation-start-title">
                <h2 id="orientation-start-title">{t("orientation-home-title")}</h2>
                <p>{t("orientation-home-body")}</p>
                <a class="button button-start" href=START>{t("orientation-home-start")}</a>
            </section>
            <h2>{t("orientation-home-direct")}</h2>
            <div class="card-list">
                {procedure("/pre-complaint".into(), "home-pre-complaint-title", "home-pre-complaint-body")}
                {procedure("/complaint".into(), "orientation-home-complaint-title", "orientation-home-complaint-body")}
                {procedure("/discrimination".into(), "orientation-home-discrimination-title", "orientation-home-discrimination-body")}
                {procedure(crate::pages::violence::START.into(), "violence-home-title", "violence-home-body")}
                {procedure(destination_href(Destination::InternetScam), "orientation-home-internet-title", "orientation-home-internet-body")}
                {procedure(destination_href(Destination::Support), "orientation-home-support-title", "orientation-home-support-body")}
                {procedure(destination_href(Destination::DefenseurDesDroits), "orientation-home-ddd-title", "orientation-home-ddd-body")}
                {procedure(crate::pages::follow_up::FOLLOW_UP.into(), "follow-up-home-title", "follow-up-home-body")}
            </div>
            <h2>{t("home-emergency-title")}</h2>
            <HelplineList lines=numbers/>
            <p><a href=GuideTopic::SupportNumbers.href()>{t("orientation-home-all-numbers")}</a></p>
        </Layout>
    }
}
