//! Every page of the discrimination report renders in every language, with
//! every message found in the catalogue, errors and all.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::*;
use crate::components::{render_document, PageContext};
use crate::domain::discrimination::*;
use crate::domain::errors::FieldErrors;
use crate::domain::pre_complaint::{Witnesses, WitnessesForm};
use crate::domain::unit::{Unit, UnitKind};
use crate::i18n::Lang;

fn unit() -> Unit {
    Unit {
        code: "PN-69-LYON-01".into(),
        name: "Commissariat de Lyon".into(),
        kind: UnitKind::Police,
        address: "1 rue".into(),
        postcode: "69003".into(),
        town: "Lyon".into(),
    }
}

fn errors(fields: &[(&'static str, &'static str)]) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, key) in fields {
        errors.add(field, key);
    }
    errors
}

fn draft() -> DiscriminationDraft {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    DiscriminationDraft {
        safe: true,
        reporter: Some(Reporter::Representative),
        domain: Some(Domain::PublicOfficial),
        criteria: Some(Criteria::Known {
            criteria: Criterion::ALL.to_vec(),
        }),
        words: Some(Words::Said {
            verbatim: "« Dehors »".into(),
        }),
        author: Some(Author {
            kind: AuthorKind::Administration,
            known: true,
            name: None,
        }),
        when_where: WhenWhereForm {
            mode: "range".into(),
            from: "2026-10-01".into(),
            to: "2026-10-03".into(),
            postcode: "69003".into(),
            town: "Lyon".into(),
            place: "Mairie".into(),
            ..Default::default()
        }
        .parse(today)
        .ok(),
        account: Some("Line 1\nLine 2".into()),
        witnesses: Some(Witnesses::Some {
            details: "Sam".into(),
        }),
        unit: Some("PN-69-LYON-01".into()),
        contact: ContactForm {
            represented_name: "Lina".into(),
            surname: "Diallo".into(),
            given_names: "Awa".into(),
            address: "8 rue".into(),
            postcode: "75011".into(),
            town: "Paris".into(),
            email: "awa@example.fr".into(),
            consent_defenseur: vec!["yes".into()],
            ..Default::default()
        }
        .parse(Reporter::Representative)
        .ok(),
        checked: true,
    }
}

/// Renders `page` in every language; fails on a key missing from a catalogue.
fn renders<V: IntoView + 'static>(
    name: &str,
    page: impl Fn() -> V + Clone + 'static,
) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let context = PageContext {
                lang,
                path: "/discrimination".into(),
                csrf: "token".into(),
                ..Default::default()
            };
            let page = page.clone();
            let html = render_document(context, page);
            assert!(
                !html.contains("Unknown localization key"),
                "{name} in {lang:?}: {html}"
            );
            html
        })
        .collect()
}

#[test]
fn every_first_page_renders_with_its_messages() {
    renders("start", || view! { <StartPage/> });
    for reason in ElsewhereReason::ALL {
        renders("elsewhere", move || {
            view! { <ElsewherePage reason=*reason back=START/> }
        });
    }
    let e = errors(&[("danger", "error-choose"), ("violence", "error-choose")]);
    renders(
        "safety",
        move || view! { <SafetyPage form=SafetyForm::safe() errors=e.clone() from_check=true/> },
    );
    let e = errors(&[("reporter", "error-choose")]);
    renders(
        "role",
        move || view! { <RolePage reporter=String::new() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("domain", "error-choose")]);
    renders(
        "domain",
        move || view! { <DomainPage domain="other".into() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("criteria", "error-criteria-not-sure-alone")]);
    renders(
        "criteria",
        move || view! { <CriteriaPage criteria=vec![NOT_SURE.into()] errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("words_said", "error-choose"), ("words", "error-required")]);
    renders(
        "words",
        move || view! { <WordsPage form=WordsForm::default() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[
        ("author_kind", "error-choose"),
        ("author_known", "error-choose"),
    ]);
    renders(
        "author",
        move || view! { <AuthorPage form=AuthorForm::default() errors=e.clone() from_check=false/> },
    );
}

#[test]
fn every_later_page_renders_with_its_messages() {
    let e = errors(&[
        ("mode", "error-choose"),
        ("postcode", "error-postcode"),
        ("town", "error-required"),
    ]);
    renders(
        "when-where",
        move || view! { <WhenWherePage form=WhenWhereForm::default() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("account", "error-required")]);
    renders(
        "account",
        move || view! { <AccountPage account=String::new() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("any", "error-choose")]);
    renders(
        "witnesses",
        move || view! { <WitnessesPage form=WitnessesForm::default() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[("unit", "discrimination-error-unit")]);
    renders(
        "unit",
        move || view! { <UnitPage query="69".into() results=vec![unit()] chosen=String::new() errors=e.clone() from_check=false/> },
    );
    let e = errors(&[
        ("represented_name", "error-required"),
        ("email", "error-email"),
    ]);
    renders(
        "contact",
        move || view! { <ContactPage form=ContactForm::default() reporter=Reporter::Representative errors=e.clone() from_check=false/> },
    );
}

#[test]
fn the_check_page_lists_every_answer_with_a_change_link() {
    let html = renders("check", || {
        view! { <CheckPage draft=draft() unit=Some(unit()) errors=FieldErrors::new()/> }
    });
    let english = &html[1];
    for expected in [
        "« Dehors »",
        "Trade-union activities",
        "Discrimination by a public official",
        "Known, name not given",
        "Lina",
        "Pass the file on as well",
        "Commissariat de Lyon",
        "Line 2",
        "Mairie",
    ] {
        assert!(english.contains(expected), "check page lacks {expected}");
    }
    for step in Step::ALL.iter().filter(|s| **s != Step::Safety) {
        let href = format!("{}?from=check", step_href(*step));
        assert!(english.contains(&href), "no Change link to {href}");
    }
}

#[test]
fn agents_read_the_answers_without_change_links() {
    let sections = answer_sections(&draft(), Some(&unit()));
    assert_eq!(sections.len(), 3);
    assert!(sections
        .iter()
        .flat_map(|(_, rows)| rows)
        .all(|row| row.change.is_none()));
}

#[test]
fn the_confirmation_shows_the_reference_and_the_defenseur_des_droits() {
    let html = renders("confirmation", || {
        let receipt = DiscriminationReceipt {
            reference: "DI-0000-0000-0".into(),
            sent_on: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            unit: unit(),
        };
        view! { <ConfirmationPage receipt=receipt/> }
    });
    for page in html {
        assert!(page.contains("DI-0000-0000-0"));
        assert!(page.contains("tel:3928"));
        assert!(page.contains("antidiscriminations.fr"));
    }
}

#[test]
fn back_links_and_positions_follow_the_steps() {
    assert_eq!(back_href(Step::Safety, false), START);
    assert_eq!(back_href(Step::Role, false), "/discrimination/safety");
    assert_eq!(back_href(Step::Role, true), CHECK);
    assert_eq!(step_position(Step::Domain), (3, 11));
}
