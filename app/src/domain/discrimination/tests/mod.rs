//! One test per rule of the discrimination report: the answers in
//! `situation` and `facts`, the order of the steps and the priority here.

mod facts;
mod situation;

use chrono::NaiveDate;

use super::*;
use crate::domain::pre_complaint::{When, Witnesses};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::values::Postcode;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn criteria(values: &[&str]) -> CriteriaForm {
    CriteriaForm {
        criteria: values.iter().map(|v| v.to_string()).collect(),
    }
}

fn contact_form() -> ContactForm {
    ContactForm {
        surname: "Diallo".into(),
        given_names: "Awa".into(),
        address: "8 rue Oberkampf".into(),
        postcode: "75011".into(),
        town: "Paris".into(),
        email: "awa.diallo@example.fr".into(),
        ..Default::default()
    }
}

fn when_where_form() -> WhenWhereForm {
    WhenWhereForm {
        mode: "exact".into(),
        date: "2026-11-20".into(),
        postcode: "69003".into(),
        town: "Lyon".into(),
        ..Default::default()
    }
}

fn complete_draft() -> DiscriminationDraft {
    DiscriminationDraft {
        safe: true,
        reporter: Some(Reporter::Victim),
        domain: Some(Domain::GoodsAndServices),
        criteria: Some(Criteria::NotSure),
        words: Some(Words::None),
        author: Some(Author {
            kind: AuthorKind::Company,
            known: false,
            name: None,
        }),
        when_where: Some(when_where_form().parse(today()).unwrap()),
        account: Some("Refused at the door.".into()),
        witnesses: Some(Witnesses::None),
        unit: Some("PN-69-LYON-01".into()),
        contact: Some(contact_form().parse(Reporter::Victim).unwrap()),
        checked: false,
    }
}

#[test]
fn steps_open_in_order_and_a_complete_draft_goes_to_the_check_page() {
    let mut draft = DiscriminationDraft::default();
    assert_eq!(draft.first_missing_step(), Some(Step::Safety));
    assert!(!draft.can_open(Step::Criteria));
    draft = complete_draft();
    assert_eq!(draft.first_missing_step(), None);
    assert_eq!(draft.progress(Step::Contact), (11, 11));
    assert_eq!(Step::from_slug("when-where"), Some(Step::WhenWhere));
}

#[test]
fn becoming_a_representative_reopens_the_contact_step() {
    let mut draft = complete_draft();
    draft.reporter = Some(Reporter::Representative);
    assert_eq!(draft.first_missing_step(), Some(Step::Contact));
}

#[test]
fn public_authority_and_hateful_words_raise_the_priority() {
    let mut draft = complete_draft();
    assert_eq!(draft.priority(), PRIORITY_USUAL);
    draft.domain = Some(Domain::PublicOfficial);
    assert_eq!(draft.priority(), PRIORITY_SERIOUS);
    draft.domain = Some(Domain::Employment);
    draft.author = draft.author.map(|a| Author {
        kind: AuthorKind::Administration,
        ..a
    });
    assert_eq!(draft.priority(), PRIORITY_SERIOUS);
    let mut words = complete_draft();
    words.words = Some(Words::Said {
        verbatim: "…".into(),
    });
    assert_eq!(words.priority(), PRIORITY_SERIOUS);
    // Never ahead of the pre-complaint's urgent cases (2).
    const { assert!(PRIORITY_SERIOUS >= 2) };
}
