//! Every language is complete: the same keys as French, the same
//! placeholders, nothing left in French, and every key the pages build at
//! run time (`offence-<slug>`, …) exists.

use std::collections::BTreeMap;

use crate::domain::case::{CaseAction, CaseStatus, Referral, Role, TransitionError};
use crate::domain::pre_complaint::{
    weekday_slug, Declarant, DocumentKind, ItemKind, Offence, PlaceKind, TimeOfDay,
    APPOINTMENT_DAYS,
};
use crate::domain::queue::CATEGORIES;
use crate::domain::unit::UnitKind;
use crate::i18n::Lang;
use crate::pages::pre_complaint::ElsewhereReason;
use crate::pages::Problem;

/// The folder of every catalogue.
fn locales_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The `.ftl` files of one language folder, sorted.
fn ftl_files(code: &str) -> Vec<std::path::PathBuf> {
    let dir = locales_dir().join(code);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable locale folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}

/// The text of every `.ftl` file of a language folder, joined. Files are
/// read at test time so that a new area's file is checked as soon as it
/// exists.
fn catalogue_text(code: &str) -> String {
    ftl_files(code)
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("readable catalogue"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every language offered, with its catalogue text, French first.
fn catalogues() -> Vec<(Lang, String)> {
    Lang::ALL
        .iter()
        .map(|&lang| (lang, catalogue_text(lang.code())))
        .collect()
}

/// Every language folder present (offered or still being prepared).
fn language_folders() -> Vec<String> {
    let mut codes: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("readable locales folder")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .filter_map(|path| Some(path.file_name()?.to_str()?.to_string()))
        .collect();
    codes.sort();
    codes
}

#[test]
fn every_catalogue_file_is_valid_fluent() {
    // The loader parses every folder when the first page is rendered; one
    // broken file would break every page.
    for code in language_folders() {
        for path in ftl_files(&code) {
            let text = std::fs::read_to_string(&path).expect("readable catalogue");
            if let Err((_, errors)) = fluent_templates::fluent_bundle::FluentResource::try_new(text)
            {
                panic!("{}: {errors:?}", path.display());
            }
        }
    }
}

#[test]
fn every_language_folder_has_the_french_keys_and_placeholders() {
    let french = messages(&catalogue_text("fr"));
    for code in language_folders().iter().filter(|c| *c != "fr") {
        let other = messages(&catalogue_text(code));
        let missing: Vec<_> = french.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !french.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        assert!(extra.is_empty(), "{code} has unknown keys {extra:?}");
        for (key, text) in &french {
            assert_eq!(
                placeholders(text),
                placeholders(&other[key]),
                "{code}: placeholders of {key}"
            );
        }
    }
}

/// Words that are the same in several languages and may stay identical.
const SAME_IN_BOTH: &[&str] = &[
    "when-date",
    "check-when",
    "item-description",
    "admin-actions",
    "agent-nav-admin",
    "role-agent",
    "category-discrimination",
    "duration-minutes",
];

/// Message key → its full text (continuation lines included).
fn messages(source: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            if let Some((key, value)) = line
                .split_once(" = ")
                .or_else(|| line.strip_suffix(" =").map(|k| (k, "")))
            {
                current = Some(key.trim().to_string());
                out.insert(key.trim().to_string(), value.to_string());
                continue;
            }
        }
        if let Some(key) = &current {
            let text = out.get_mut(key).expect("current key exists");
            text.push('\n');
            text.push_str(line.trim());
        }
    }
    out
}

/// The `$placeholders` of a message, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let catalogues = catalogues();
    let french = messages(&catalogues[0].1);
    assert!(
        french.len() > 200,
        "French catalogue parsed ({} keys)",
        french.len()
    );
    for (lang, source) in &catalogues[1..] {
        let other = messages(source);
        let missing: Vec<_> = french.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !french.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has unknown keys {extra:?}");
        for (key, text) in &french {
            assert_eq!(
                placeholders(text),
                placeholders(&other[key]),
                "{lang:?}: placeholders of {key}"
            );
            let digits_only = text.chars().all(|c| !c.is_alphabetic());
            if !digits_only && !SAME_IN_BOTH.contains(&key.as_str()) {
                assert_ne!(text, &other[key], "{lang:?}: {key} is still in French");
            }
        }
    }
}

#[test]
fn every_language_catalogue_parses_and_resolves_each_key() {
    for (lang, source) in catalogues() {
        for (key, text) in messages(&source) {
            let names = placeholders(&text);
            let args: Vec<(&'static str, String)> = names
                .iter()
                .map(|n| (&*n.clone().leak(), "1".to_string()))
                .collect();
            assert!(
                lang.text_exact(&key, &args).is_some(),
                "{lang:?}: {key} does not resolve"
            );
        }
    }
}

/// The keys the orientation, its destinations, the helplines and the
/// information pages build from slugs.
fn orientation_keys() -> Vec<String> {
    use crate::domain::helpline::Helpline;
    use crate::domain::orientation::{Destination, Question};
    use crate::pages::guide::GuideTopic;
    let mut keys: Vec<String> = Vec::new();
    for q in Question::ALL {
        let q = q.slug();
        keys.extend(["title", "hint"].map(|part| format!("orientation-q-{q}-{part}")));
        keys.push(format!("orientation-error-{q}"));
    }
    for q in Question::ALL {
        keys.extend(
            q.choices()
                .iter()
                .map(|a| format!("orientation-a-{}-{a}", q.slug())),
        );
    }
    for d in Destination::ALL {
        keys.extend(["title", "lead"].map(|part| format!("orientation-dest-{}-{part}", d.slug())));
    }
    for line in Helpline::ALL {
        keys.extend(["name", "hours"].map(|part| format!("helpline-{}-{part}", line.slug())));
    }
    for topic in GuideTopic::ALL {
        keys.extend(["title", "lead"].map(|part| format!("guide-{}-{part}", topic.slug())));
        for section in topic.sections() {
            keys.push(section.heading.to_string());
            keys.extend(section.paragraphs.iter().map(|k| k.to_string()));
            keys.extend(section.items.iter().map(|k| k.to_string()));
        }
    }
    keys
}

/// The keys the discrimination report builds from slugs.
fn discrimination_keys() -> Vec<String> {
    use crate::domain::discrimination::{AuthorKind, Criterion, Domain, Reporter};
    use crate::pages::discrimination::ElsewhereReason;
    let mut keys: Vec<String> = Vec::new();
    let with_hint =
        |prefix: &str, slug: &str| [format!("{prefix}-{slug}"), format!("{prefix}-{slug}-hint")];
    for r in Reporter::ALL {
        keys.extend(with_hint("discrimination-reporter", r.slug()));
    }
    for d in Domain::ALL {
        keys.extend(with_hint("discrimination-domain", d.slug()));
    }
    for k in AuthorKind::ALL {
        keys.extend(with_hint("discrimination-author-kind", k.slug()));
    }
    for c in Criterion::ALL {
        keys.push(format!("discrimination-criterion-{}", c.slug()));
        if c.has_hint() {
            keys.push(format!("discrimination-criterion-{}-hint", c.slug()));
        }
    }
    for r in ElsewhereReason::ALL {
        keys.extend(
            ["title", "body", "next"]
                .map(|part| format!("discrimination-elsewhere-{}-{part}", r.slug())),
        );
    }
    keys
}

/// The keys the violence report builds from slugs.
fn violence_keys() -> Vec<String> {
    use crate::domain::violence::{
        Age, FactKind, Period, Relationship, Reporter, SafeNow, SupportWish,
    };
    let mut keys: Vec<String> = Vec::new();
    keys.extend(
        SafeNow::ALL
            .iter()
            .map(|s| format!("violence-safe-{}", s.slug())),
    );
    for r in Reporter::ALL {
        keys.extend([
            format!("violence-reporter-{}", r.slug()),
            format!("violence-reporter-{}-hint", r.slug()),
        ]);
    }
    keys.extend(
        Age::ALL
            .iter()
            .map(|a| format!("violence-age-{}", a.slug())),
    );
    for by in ["email", "phone"] {
        keys.extend([
            format!("violence-contact-by-{by}"),
            format!("violence-contact-by-{by}-hint"),
        ]);
    }
    keys.extend(
        FactKind::ALL
            .iter()
            .map(|k| format!("violence-fact-{}", k.slug())),
    );
    keys.extend(
        Period::ALL
            .iter()
            .map(|p| format!("violence-period-{}", p.slug())),
    );
    keys.extend(
        Relationship::ALL
            .iter()
            .map(|r| format!("violence-relationship-{}", r.slug())),
    );
    for w in SupportWish::ALL {
        keys.extend([
            format!("violence-support-{}", w.slug()),
            format!("violence-support-{}-hint", w.slug()),
        ]);
    }
    keys
}

#[test]
fn keys_built_at_run_time_exist() {
    let mut keys: Vec<String> = Vec::new();
    keys.extend(Offence::ALL.iter().flat_map(|o| {
        [
            format!("offence-{}", o.slug()),
            format!("offence-{}-hint", o.slug()),
        ]
    }));
    keys.extend(
        PlaceKind::ALL
            .iter()
            .map(|k| format!("place-kind-{}", k.slug())),
    );
    keys.extend(Declarant::ALL.iter().flat_map(|d| {
        [
            format!("declarant-{}", d.slug()),
            format!("declarant-{}-hint", d.slug()),
        ]
    }));
    keys.extend(ItemKind::ALL.iter().flat_map(|k| {
        [
            format!("item-kind-{}", k.slug()),
            format!("item-title-{}", k.slug()),
        ]
    }));
    keys.extend(
        DocumentKind::ALL
            .iter()
            .map(|d| format!("document-{}", d.slug())),
    );
    keys.extend(
        TimeOfDay::ALL
            .iter()
            .map(|t| format!("time-of-day-{}", t.slug())),
    );
    keys.extend(
        APPOINTMENT_DAYS
            .iter()
            .map(|d| format!("day-{}", weekday_slug(*d))),
    );
    keys.extend(
        [UnitKind::Police, UnitKind::Gendarmerie]
            .iter()
            .map(|k| format!("unit-kind-{}", k.slug())),
    );
    keys.extend(orientation_keys());
    keys.extend(discrimination_keys());
    keys.extend(violence_keys());
    keys.extend(ElsewhereReason::ALL.iter().flat_map(|r| {
        ["title", "body", "next"].map(|part| format!("elsewhere-{}-{part}", r.slug()))
    }));
    for problem in [
        Problem::NotFound,
        Problem::BadRequest,
        Problem::Forbidden,
        Problem::TooLarge,
        Problem::TooManyRequests,
        Problem::Internal,
        Problem::Unavailable,
    ] {
        let html = crate::components::render_document(Default::default(), move || {
            leptos::view! { <crate::pages::ProblemPage problem=problem/> }
        });
        assert!(
            !html.contains("problem-"),
            "untranslated key in {problem:?}: {html}"
        );
    }
    keys.extend(Role::ALL.iter().map(|r| format!("role-{}", r.slug())));
    keys.extend(
        CaseStatus::ALL
            .iter()
            .map(|s| format!("status-{}", s.slug())),
    );
    keys.extend(
        CaseStatus::ALL
            .iter()
            .map(|s| format!("follow-up-status-{}", s.slug())),
    );
    keys.extend(
        Referral::ALL
            .iter()
            .map(|r| format!("referral-{}", r.slug())),
    );
    keys.extend(CaseAction::SLUGS.iter().map(|a| format!("case-action-{a}")));
    keys.extend(CATEGORIES.iter().map(|c| format!("category-{c}")));
    keys.extend(["active", "not-enrolled", "disabled"].map(|s| format!("admin-state-{s}")));
    keys.extend(["minutes", "hours", "days"].map(|u| format!("duration-{u}")));
    for error in [
        TransitionError::Forbidden,
        TransitionError::AlreadyClaimed,
        TransitionError::NotOwner,
        TransitionError::NotClaimed,
        TransitionError::SigningDeadlinePassed,
        TransitionError::ReasonRequired,
        TransitionError::ReasonTooLong,
        TransitionError::NotAllowed {
            from: CaseStatus::New,
            action: "close",
        },
    ] {
        keys.push(error.message_key().to_string());
    }
    for error in [
        "error-required",
        "error-too-long",
        "error-invalid",
        "error-choose",
        "error-email",
    ] {
        keys.push(error.to_string());
    }
    for (lang, _) in catalogues() {
        for key in &keys {
            assert!(
                lang.text_exact(key, &[("count", "1".to_string())])
                    .is_some(),
                "{lang:?} lacks {key}"
            );
        }
    }
}
