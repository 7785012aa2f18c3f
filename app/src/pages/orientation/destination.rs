//! Where the orientation ends: one plain-language page per destination,
//! each with a clear next action.

use leptos::prelude::*;

use super::{HelplineList, START};
use crate::components::Layout;
use crate::domain::helpline::Helpline;
use crate::domain::orientation::{Destination, StationReason};
use crate::i18n::t;
use crate::pages::guide::{GuideLinks, GuideTopic};

/// A link to another website, saying where it goes.
fn external(href: &'static str, label: &str) -> impl IntoView {
    view! { <a href=href rel="noreferrer">{label.to_string()}</a> }
}

/// The main action of a page, as a button-like link.
fn action(href: &'static str, key: &str) -> impl IntoView {
    view! { <p><a class="button button-start" href=href>{t(key)}</a></p> }
}

/// A paragraph from the catalogue.
fn para(key: &str) -> impl IntoView {
    view! { <p>{t(key)}</p> }
}

/// How to reach the Défenseur des droits: phone, chat, website.
#[component]
pub fn DefenseurContact() -> impl IntoView {
    view! {
        <ul class="contact-list">
            <li>
                {t("orientation-ddd-phone")}" "
                <a class="phone-number" href="tel:3928">"3928"</a>" "
                {t("orientation-ddd-hours")}
            </li>
            <li>
                {t("orientation-ddd-chat")}" "
                {external("https://www.antidiscriminations.fr", "antidiscriminations.fr")}
            </li>
            <li>
                {t("orientation-ddd-website")}" "
                {external("https://www.defenseurdesdroits.fr", "defenseurdesdroits.fr")}
            </li>
        </ul>
    }
}

/// The part of the page that differs by destination.
fn body(destination: Destination) -> AnyView {
    let d = destination.slug();
    let own = |part: &str| para(&format!("orientation-dest-{d}-{part}"));
    match destination {
        Destination::Emergency => view! {
            <HelplineList lines=Helpline::EMERGENCY.to_vec()/>
            {own("safe")}
        }
        .into_any(),
        Destination::PreComplaint => view! {
            {own("body")}
            {action("/pre-complaint", "orientation-dest-pre-complaint-action")}
        }
        .into_any(),
        Destination::OnlineComplaint => view! {
            {own("body")}
            {action("/complaint", "orientation-dest-online-complaint-action")}
            <h2>{t("orientation-dest-online-complaint-other-title")}</h2>
            {own("other")}
            <p><a href="/pre-complaint">{t("orientation-dest-online-complaint-other-link")}</a></p>
        }
        .into_any(),
        Destination::Discrimination => view! {
            <h2>{t("orientation-dest-discrimination-police-title")}</h2>
            {own("police")}
            {action("/discrimination", "orientation-dest-discrimination-action")}
            <h2>{t("orientation-dest-discrimination-ddd-title")}</h2>
            {own("ddd")}
            <DefenseurContact/>
        }
        .into_any(),
        Destination::Support => view! {
            <h2>{t("orientation-dest-support-talk-title")}</h2>
            <HelplineList lines=vec![Helpline::ViolenceAgainstWomen, Helpline::Police, Helpline::European,
                Helpline::Sms, Helpline::Children, Helpline::Victims] hours=true/>
            <h2>{t("orientation-dest-support-report-title")}</h2>
            {own("report")}
            <p>{external("https://arretonslesviolences.gouv.fr", "arretonslesviolences.gouv.fr")}</p>
            {para("violence-orientation-report")}
            {action(crate::pages::violence::START, "violence-orientation-action")}
        }
        .into_any(),
        Destination::InternetScam => view! {
            <h2>{t("orientation-dest-internet-scam-title")}</h2>
            {own("scam")}
            <p>{external("https://www.service-public.fr", "service-public.fr")}</p>
            <h2>{t("orientation-dest-internet-card-title")}</h2>
            {own("card")}
            <h2>{t("orientation-dest-internet-site-title")}</h2>
            {own("site")}
            <p>{external("https://www.internet-signalement.gouv.fr", "internet-signalement.gouv.fr")}</p>
            <p class="inset">{t("orientation-dest-internet-now")}</p>
        }
        .into_any(),
        Destination::DefenseurDesDroits => view! {
            {own("body")}
            <DefenseurContact/>
        }
        .into_any(),
        Destination::PoliceStation(reason) => {
            let numbers = (reason == StationReason::Violence).then(|| {
                view! { <HelplineList lines=vec![Helpline::Police, Helpline::European, Helpline::Sms, Helpline::Victims]/> }
            });
            view! {
                <p class="inset">{t(&format!("orientation-dest-{d}-reason"))}</p>
                {para("orientation-station-any")}
                {numbers}
                {para("orientation-station-bring")}
            }
            .into_any()
        }
    }
}

/// The information pages that help after each destination.
fn guides(destination: Destination) -> Vec<GuideTopic> {
    use GuideTopic::*;
    match destination {
        Destination::Emergency | Destination::Support => vec![SupportNumbers, Anonymity],
        Destination::PreComplaint => vec![PreComplaint, WhatToBring, DataRetention],
        Destination::OnlineComplaint => vec![DataRetention, WhatToBring],
        Destination::Discrimination => vec![Anonymity, DataRetention, SupportNumbers],
        Destination::InternetScam | Destination::DefenseurDesDroits => vec![SupportNumbers],
        Destination::PoliceStation(_) => vec![WhatToBring, SupportNumbers],
    }
}

/// The page at the end of the orientation.
#[component]
pub fn DestinationPage(
    /// Where the answers led.
    destination: Destination,
) -> impl IntoView {
    let d = destination.slug();
    let title = t(&format!("orientation-dest-{d}-title"));
    view! {
        <Layout title=title.clone()>
            <div class="narrow destination">
                <h1>{title}</h1>
                <p class="lead">{t(&format!("orientation-dest-{d}-lead"))}</p>
                {body(destination)}
                <GuideLinks topics=guides(destination)/>
                <p class="restart"><a href=START>{t("orientation-restart")}</a></p>
            </div>
        </Layout>
    }
}
