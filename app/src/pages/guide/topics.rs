//! What each information page says, as catalogue keys: the sections, their
//! paragraphs and lists, and the numbers they show.

use super::GuideTopic;
use crate::domain::helpline::Helpline;

/// A part of an information page.
#[derive(Debug)]
pub struct Section {
    /// Key of the heading.
    pub heading: &'static str,
    /// Keys of the paragraphs.
    pub paragraphs: &'static [&'static str],
    /// Keys of the list items (none: no list).
    pub items: &'static [&'static str],
    /// Numbers shown with their hours (none: no list).
    pub helplines: &'static [Helpline],
}

const fn text(heading: &'static str, paragraphs: &'static [&'static str]) -> Section {
    Section {
        heading,
        paragraphs,
        items: &[],
        helplines: &[],
    }
}

const fn list(
    heading: &'static str,
    paragraphs: &'static [&'static str],
    items: &'static [&'static str],
) -> Section {
    Section {
        heading,
        paragraphs,
        items,
        helplines: &[],
    }
}

const fn numbers(heading: &'static str, helplines: &'static [Helpline]) -> Section {
    Section {
        heading,
        paragraphs: &[],
        items: &[],
        helplines,
    }
}

const PRE_COMPLAINT: &[Section] = &[
    text("guide-pc-declare-title", &["guide-pc-declare-body"]),
    text("guide-pc-unit-title", &["guide-pc-unit-body"]),
    text("guide-pc-contact-title", &["guide-pc-contact-body"]),
    text(
        "guide-pc-sign-title",
        &["guide-pc-sign-body", "guide-pc-sign-lapse"],
    ),
    list(
        "guide-pc-covers-title",
        &["guide-pc-covers-body"],
        &[
            "guide-pc-covers-theft",
            "guide-pc-covers-burglary",
            "guide-pc-covers-vehicle",
            "guide-pc-covers-damage",
            "guide-pc-covers-card",
            "guide-pc-covers-scam",
        ],
    ),
    list(
        "guide-pc-who-title",
        &[],
        &[
            "guide-pc-who-victim",
            "guide-pc-who-parent",
            "guide-pc-who-organisation",
        ],
    ),
    text("guide-pc-not-title", &["guide-pc-not-body"]),
];

const WHAT_TO_BRING: &[Section] = &[
    list(
        "guide-bring-always-title",
        &[],
        &["guide-bring-identity", "guide-bring-reference"],
    ),
    list(
        "guide-bring-items-title",
        &["guide-bring-items-body"],
        &[
            "guide-bring-ownership",
            "guide-bring-phone",
            "guide-bring-vehicle",
            "guide-bring-card",
            "guide-bring-damage",
        ],
    ),
    text("guide-bring-other-title", &["guide-bring-other-body"]),
    text("guide-bring-missing-title", &["guide-bring-missing-body"]),
];

const DATA_RETENTION: &[Section] = &[
    list(
        "guide-data-periods-title",
        &[],
        &[
            "guide-data-pre-complaint",
            "guide-data-complaint",
            "guide-data-draft",
        ],
    ),
    text("guide-data-signed-title", &["guide-data-signed-body"]),
    text("guide-data-never-title", &["guide-data-never-body"]),
    text("guide-data-deleted-title", &["guide-data-deleted-body"]),
];

const ANONYMITY: &[Section] = &[
    text("guide-anon-records-title", &["guide-anon-records-body"]),
    list(
        "guide-anon-not-title",
        &[],
        &[
            "guide-anon-not-ip",
            "guide-anon-not-tracking",
            "guide-anon-not-mail",
        ],
    ),
    text("guide-anon-report-title", &["guide-anon-report-body"]),
    text(
        "guide-anon-complaint-title",
        &["guide-anon-complaint-body", "guide-anon-complaint-address"],
    ),
    text("guide-anon-device-title", &["guide-anon-device-body"]),
];

const SUPPORT_NUMBERS: &[Section] = &[
    numbers("guide-numbers-emergency-title", Helpline::EMERGENCY),
    numbers(
        "guide-numbers-support-title",
        &[
            Helpline::ViolenceAgainstWomen,
            Helpline::Children,
            Helpline::Victims,
            Helpline::Online,
            Helpline::DefenseurDesDroits,
        ],
    ),
];

/// The sections of a topic's page.
pub fn sections(topic: GuideTopic) -> &'static [Section] {
    match topic {
        GuideTopic::PreComplaint => PRE_COMPLAINT,
        GuideTopic::WhatToBring => WHAT_TO_BRING,
        GuideTopic::DataRetention => DATA_RETENTION,
        GuideTopic::Anonymity => ANONYMITY,
        GuideTopic::SupportNumbers => SUPPORT_NUMBERS,
    }
}
