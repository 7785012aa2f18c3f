//! Information pages in plain language under `/guide/<slug>`: how a
//! pre-complaint works, what to bring, how long data is kept, anonymity,
//! and the support numbers.

mod topics;

use leptos::prelude::*;

use super::orientation::HelplineList;
use crate::components::Layout;
use crate::i18n::t;
pub use topics::Section;

/// The subject of an information page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideTopic {
    /// How the pre-complaint and signing work.
    PreComplaint,
    /// What to bring when you sign.
    WhatToBring,
    /// How long data is kept.
    DataRetention,
    /// What anonymity means here.
    Anonymity,
    /// Emergency and support numbers with their hours.
    SupportNumbers,
}

impl GuideTopic {
    /// Every topic, in the order the footer lists them.
    pub const ALL: &'static [GuideTopic] = &[
        GuideTopic::PreComplaint,
        GuideTopic::WhatToBring,
        GuideTopic::DataRetention,
        GuideTopic::Anonymity,
        GuideTopic::SupportNumbers,
    ];

    /// URL part, and the middle of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            GuideTopic::PreComplaint => "pre-complaint",
            GuideTopic::WhatToBring => "what-to-bring",
            GuideTopic::DataRetention => "data-retention",
            GuideTopic::Anonymity => "anonymity",
            GuideTopic::SupportNumbers => "support-numbers",
        }
    }

    /// The topic whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|g| g.slug() == slug)
    }

    /// The page's URL.
    pub fn href(self) -> String {
        format!("/guide/{}", self.slug())
    }

    /// The sections of the page, after its lead paragraph.
    pub fn sections(self) -> &'static [Section] {
        topics::sections(self)
    }
}

/// Links to information pages.
#[component]
pub fn GuideLinks(
    /// The pages linked.
    topics: Vec<GuideTopic>,
) -> impl IntoView {
    let items = topics
        .into_iter()
        .map(|topic| {
            view! { <li><a href=topic.href()>{t(&format!("guide-{}-title", topic.slug()))}</a></li> }
        })
        .collect_view();
    view! {
        <h2>{t("guide-more-title")}</h2>
        <ul class="list-bullet">{items}</ul>
    }
}

/// One section: a heading, paragraphs, then a list.
fn section(section: &'static Section) -> impl IntoView {
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|key| view! { <p>{t(key)}</p> })
        .collect_view();
    let items = (!section.items.is_empty()).then(|| {
        let items = section
            .items
            .iter()
            .map(|key| view! { <li>{t(key)}</li> })
            .collect_view();
        view! { <ul class="list-bullet">{items}</ul> }
    });
    let numbers = (!section.helplines.is_empty()).then(|| {
        view! { <HelplineList lines=section.helplines.to_vec() hours=true/> }
    });
    view! {
        <h2>{t(section.heading)}</h2>
        {paragraphs}
        {items}
        {numbers}
    }
}

/// An information page.
#[component]
pub fn GuidePage(
    /// What the page is about.
    topic: GuideTopic,
) -> impl IntoView {
    let slug = topic.slug();
    let title = t(&format!("guide-{slug}-title"));
    let sections = topic.sections().iter().map(section).collect_view();
    let others: Vec<GuideTopic> = GuideTopic::ALL
        .iter()
        .copied()
        .filter(|other| *other != topic)
        .collect();
    let start = (topic == GuideTopic::PreComplaint).then(|| {
        view! { <p><a class="button" href="/pre-complaint">{t("guide-pre-complaint-start")}</a></p> }
    });
    view! {
        <Layout title=title.clone()>
            <div class="narrow guide">
                <h1>{title}</h1>
                <p class="lead">{t(&format!("guide-{slug}-lead"))}</p>
                {sections}
                {start}
                <GuideLinks topics=others/>
                <p><a href="/orientation">{t("orientation-find-procedure")}</a></p>
            </div>
        </Layout>
    }
}

/// The information pages, listed in the footer of every page.
#[component]
pub fn GuideFooterLinks() -> impl IntoView {
    let items = GuideTopic::ALL
        .iter()
        .map(|topic| {
            view! { <li><a href=topic.href()>{t(&format!("guide-{}-title", topic.slug()))}</a></li> }
        })
        .collect_view();
    view! { <ul class="footer-links footer-guides">{items}</ul> }
}
