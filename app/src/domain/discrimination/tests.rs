//! One test per rule of the discrimination report.

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

#[test]
fn danger_wins_even_when_the_other_answer_is_missing() {
    let form = SafetyForm {
        danger: "yes".into(),
        ..Default::default()
    };
    assert_eq!(form.parse(), Ok(Safety::Danger));
}

#[test]
fn physical_violence_goes_to_a_complaint_in_person() {
    let mut form = SafetyForm::safe();
    assert_eq!(form.parse(), Ok(Safety::Continue));
    form.violence = "yes".into();
    assert_eq!(form.parse(), Ok(Safety::Violence));
}

#[test]
fn the_safety_check_needs_both_answers() {
    let errors = SafetyForm {
        danger: "no".into(),
        ..Default::default()
    }
    .parse()
    .unwrap_err();
    assert_eq!(errors.get("violence"), Some("error-choose"));
}

#[test]
fn role_and_domain_are_chosen_from_their_lists() {
    assert_eq!(Reporter::parse("witness"), Ok(Reporter::Witness));
    assert_eq!(
        Reporter::parse("boss").unwrap_err().get("reporter"),
        Some("error-choose")
    );
    assert_eq!(Domain::parse("public-official"), Ok(Domain::PublicOfficial));
    assert_eq!(
        Domain::parse("").unwrap_err().get("domain"),
        Some("error-choose")
    );
}

#[test]
fn criteria_follow_the_order_of_the_law_and_count_once() {
    let parsed = criteria(&["age", "origin", "age"]).parse().unwrap();
    assert_eq!(
        parsed,
        Criteria::Known {
            criteria: vec![Criterion::Origin, Criterion::Age]
        }
    );
    assert_eq!(parsed.values(), vec!["origin", "age"]);
}

#[test]
fn not_sure_alone_is_an_answer() {
    assert_eq!(criteria(&[NOT_SURE]).parse(), Ok(Criteria::NotSure));
}

#[test]
fn not_sure_cannot_be_combined_with_a_criterion() {
    let errors = criteria(&["disability", NOT_SURE]).parse().unwrap_err();
    assert_eq!(
        errors.get("criteria"),
        Some("error-criteria-not-sure-alone")
    );
}

#[test]
fn criteria_need_at_least_one_known_box() {
    assert_eq!(
        criteria(&[]).parse().unwrap_err().get("criteria"),
        Some("error-choose")
    );
    assert_eq!(
        criteria(&["horoscope"])
            .parse()
            .unwrap_err()
            .get("criteria"),
        Some("error-invalid")
    );
}

#[test]
fn the_law_lists_twenty_one_criteria_with_distinct_slugs() {
    let mut slugs: Vec<_> = Criterion::ALL.iter().map(|c| c.slug()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 21);
    assert!(!slugs.contains(&NOT_SURE));
}

#[test]
fn words_said_must_be_quoted() {
    let form = WordsForm {
        words_said: "yes".into(),
        words: "  ".into(),
    };
    assert_eq!(
        form.parse().unwrap_err().get("words"),
        Some("error-required")
    );
    let quoted = WordsForm {
        words: "« Pas de ça ici »\n".into(),
        ..form
    };
    assert_eq!(
        quoted.parse(),
        Ok(Words::Said {
            verbatim: "« Pas de ça ici »".into()
        })
    );
}

#[test]
fn no_words_needs_no_quote_and_drops_any() {
    let form = WordsForm {
        words_said: "no".into(),
        words: "typed before changing my mind".into(),
    };
    assert_eq!(form.parse(), Ok(Words::None));
    let missing = WordsForm::default().parse().unwrap_err();
    assert_eq!(missing.get("words_said"), Some("error-choose"));
}

#[test]
fn an_author_name_is_optional_and_kept_only_when_known() {
    let known = AuthorForm {
        author_kind: "company".into(),
        author_known: "yes".into(),
        author_name: "Agence Dupont".into(),
    };
    assert_eq!(
        known.parse().unwrap().name.as_deref(),
        Some("Agence Dupont")
    );
    let nameless = AuthorForm {
        author_name: String::new(),
        ..known.clone()
    };
    assert_eq!(nameless.parse().unwrap().name, None);
    let unknown = AuthorForm {
        author_known: "no".into(),
        ..known
    };
    let author = unknown.parse().unwrap();
    assert!(!author.known);
    assert_eq!(author.name, None);
}

#[test]
fn an_author_needs_a_kind_and_whether_known() {
    let errors = AuthorForm::default().parse().unwrap_err();
    assert_eq!(errors.get("author_kind"), Some("error-choose"));
    assert_eq!(errors.get("author_known"), Some("error-choose"));
}

#[test]
fn dates_may_be_approximate_but_not_in_the_future() {
    let range = WhenWhereForm {
        mode: "range".into(),
        from: "2026-10-01".into(),
        to: "2026-10-31".into(),
        ..when_where_form()
    };
    assert!(matches!(
        range.parse(today()).unwrap().when,
        When::Range { .. }
    ));
    let reversed = WhenWhereForm {
        from: "2026-10-31".into(),
        to: "2026-10-01".into(),
        ..range
    };
    assert_eq!(
        reversed.parse(today()).unwrap_err().get("to"),
        Some("error-range-order")
    );
    let future = WhenWhereForm {
        date: "2026-11-30".into(),
        ..when_where_form()
    };
    assert_eq!(
        future.parse(today()).unwrap_err().get("date"),
        Some("error-date-future")
    );
}

#[test]
fn the_town_needs_a_french_postcode_and_errors_come_in_page_order() {
    let form = WhenWhereForm {
        postcode: "690".into(),
        town: " ".into(),
        mode: String::new(),
        ..when_where_form()
    };
    let errors = form.parse(today()).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, vec!["mode", "postcode", "town"]);
    assert_eq!(errors.get("postcode"), Some("error-postcode"));
    let place = when_where_form().parse(today()).unwrap().place;
    assert_eq!(place.postcode, Postcode::parse("69003").unwrap());
}

#[test]
fn the_account_is_required_and_limited() {
    let empty = AccountForm {
        account: "\n ".into(),
    };
    assert_eq!(
        empty.parse().unwrap_err().get("account"),
        Some("error-required")
    );
    let long = AccountForm {
        account: "a".repeat(crate::domain::form::LONG_MAX + 1),
    };
    assert_eq!(
        long.parse().unwrap_err().get("account"),
        Some("error-too-long")
    );
}

#[test]
fn contact_needs_names_address_and_email_and_consent_is_off_by_default() {
    let contact = contact_form().parse(Reporter::Victim).unwrap();
    assert!(!contact.consent_defenseur);
    assert_eq!(contact.country, "France");
    let errors = ContactForm::default().parse(Reporter::Witness).unwrap_err();
    for field in [
        "surname",
        "given_names",
        "address",
        "postcode",
        "town",
        "email",
    ] {
        assert_eq!(errors.get(field), Some("error-required"), "{field}");
    }
}

#[test]
fn consent_is_given_only_by_the_ticked_box() {
    let ticked = ContactForm {
        consent_defenseur: vec!["yes".into()],
        ..contact_form()
    };
    assert!(ticked.parse(Reporter::Victim).unwrap().consent_defenseur);
    let forged = ContactForm {
        consent_defenseur: vec!["yes".into(), "no".into()],
        ..contact_form()
    };
    assert_eq!(
        forged
            .parse(Reporter::Victim)
            .unwrap_err()
            .get("consent_defenseur"),
        Some("error-invalid")
    );
}

#[test]
fn a_representative_names_the_victim() {
    let errors = contact_form().parse(Reporter::Representative).unwrap_err();
    assert_eq!(errors.get("represented_name"), Some("error-required"));
    let form = ContactForm {
        represented_name: "Lina Diallo".into(),
        organisation_name: "SOS Racisme".into(),
        ..contact_form()
    };
    let contact = form.parse(Reporter::Representative).unwrap();
    assert!(contact.fits(Reporter::Representative));
    assert!(!contact.fits(Reporter::Victim));
}

#[test]
fn contact_refuses_a_bad_email_phone_or_postcode() {
    let form = ContactForm {
        email: "awa@".into(),
        phone: "12".into(),
        postcode: "7501".into(),
        ..contact_form()
    };
    let errors = form.parse(Reporter::Victim).unwrap_err();
    assert_eq!(errors.get("email"), Some("error-email"));
    assert_eq!(errors.get("phone"), Some("error-phone"));
    assert_eq!(errors.get("postcode"), Some("error-postcode"));
    let abroad = ContactForm {
        postcode: "B-1000".into(),
        country: "Belgique".into(),
        ..contact_form()
    };
    assert!(abroad.parse(Reporter::Victim).is_ok());
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
