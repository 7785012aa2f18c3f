//! One test per rule of the pre-complaint.

use super::*;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 29);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn identity_form() -> IdentityForm {
    IdentityForm {
        surname: "Martin".into(),
        given_names: "Camille".into(),
        birth_date: "1990-04-12".into(),
        birth_place: "Lyon".into(),
        address: "3 rue de la Paix".into(),
        postcode: "75002".into(),
        town: "Paris".into(),
        email: "camille@example.fr".into(),
        ..Default::default()
    }
}

#[test]
fn emergency_wins_even_when_other_answers_are_missing() {
    let form = EligibilityForm {
        emergency: "yes".into(),
        ..Default::default()
    };
    assert_eq!(form.parse(), Ok(Eligibility::Emergency));
}

#[test]
fn eligibility_routes_violence_and_known_perpetrators_elsewhere() {
    let mut form = EligibilityForm::eligible();
    assert_eq!(form.parse(), Ok(Eligibility::Eligible));
    form.known_perpetrator = "yes".into();
    assert_eq!(form.parse(), Ok(Eligibility::KnownPerpetrator));
    form.violence = "yes".into();
    assert_eq!(form.parse(), Ok(Eligibility::Violence));
}

#[test]
fn eligibility_requires_every_answer() {
    let errors = EligibilityForm {
        emergency: "no".into(),
        ..Default::default()
    }
    .parse()
    .unwrap_err();
    assert_eq!(errors.get("known_perpetrator"), Some("error-choose"));
    assert_eq!(errors.get("violence"), Some("error-choose"));
}

#[test]
fn identity_parses_and_defaults_the_country_to_france() {
    let identity = identity_form().parse(Declarant::Myself, today()).unwrap();
    assert_eq!(identity.country, "France");
    assert!(identity.fits(Declarant::Myself));
    assert!(!identity.fits(Declarant::MinorChild));
}

#[test]
fn identity_reports_each_bad_field() {
    let form = IdentityForm {
        surname: " ".into(),
        birth_date: "2030-01-01".into(),
        postcode: "750".into(),
        email: "camille@".into(),
        phone: "12".into(),
        ..identity_form()
    };
    let errors = form.parse(Declarant::Myself, today()).unwrap_err();
    assert_eq!(errors.get("surname"), Some("error-required"));
    assert_eq!(errors.get("birth_date"), Some("error-date-future"));
    assert_eq!(errors.get("postcode"), Some("error-postcode"));
    assert_eq!(errors.get("email"), Some("error-email"));
    assert_eq!(errors.get("phone"), Some("error-phone"));
    let order: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        order,
        ["surname", "birth_date", "postcode", "email", "phone"]
    );
}

#[test]
fn foreign_postcodes_are_free_form() {
    let form = IdentityForm {
        country: "Belgique".into(),
        postcode: "1000".into(),
        ..identity_form()
    };
    assert_eq!(
        form.parse(Declarant::Myself, today()).unwrap().postcode,
        "1000"
    );
}

#[test]
fn a_child_must_be_under_eighteen() {
    let form = IdentityForm {
        child_surname: "Martin".into(),
        child_given_names: "Léo".into(),
        child_birth_date: "2000-01-01".into(),
        ..identity_form()
    };
    let errors = form.parse(Declarant::MinorChild, today()).unwrap_err();
    assert_eq!(
        errors.get("child_birth_date"),
        Some("error-child-not-minor")
    );
    let form = IdentityForm {
        child_birth_date: "2015-06-01".into(),
        ..form
    };
    assert!(form
        .parse(Declarant::MinorChild, today())
        .unwrap()
        .child
        .is_some());
}

#[test]
fn an_organisation_needs_a_name_a_role_and_a_valid_siret_if_given() {
    let form = IdentityForm {
        organisation_siret: "123".into(),
        ..identity_form()
    };
    let errors = form.parse(Declarant::Organisation, today()).unwrap_err();
    assert_eq!(errors.get("organisation_name"), Some("error-required"));
    assert_eq!(errors.get("organisation_role"), Some("error-required"));
    assert_eq!(errors.get("organisation_siret"), Some("error-siret"));
}

#[test]
fn when_accepts_an_exact_day_without_time_and_refuses_the_future() {
    let form = WhenForm {
        mode: "exact".into(),
        date: "2026-11-28".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse(today()),
        Ok(When::Exact {
            date: day(2026, 11, 28),
            time: None
        })
    );
    let form = WhenForm {
        date: "2026-11-30".into(),
        ..form
    };
    assert_eq!(
        form.parse(today()).unwrap_err().get("date"),
        Some("error-date-future")
    );
}

#[test]
fn a_range_must_be_in_order() {
    let form = WhenForm {
        mode: "range".into(),
        from: "2026-11-20".into(),
        to: "2026-11-10".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse(today()).unwrap_err().get("to"),
        Some("error-range-order")
    );
    let form = WhenForm {
        from: "2026-11-01".into(),
        ..form
    };
    assert!(form.parse(today()).is_ok());
}

#[test]
fn the_place_needs_a_french_postcode_and_a_town() {
    let form = PlaceForm {
        kind: "street".into(),
        postcode: "ABCDE".into(),
        ..Default::default()
    };
    let errors = form.parse().unwrap_err();
    assert_eq!(errors.get("postcode"), Some("error-postcode"));
    assert_eq!(errors.get("town"), Some("error-required"));
}

#[test]
fn internet_scams_go_to_the_dedicated_service() {
    let form = FactsForm {
        offence: "internet-scam".into(),
        account: String::new(),
    };
    assert_eq!(form.parse(), Ok(FactsOutcome::InternetScam));
    let form = FactsForm {
        offence: "burglary".into(),
        account: String::new(),
    };
    assert_eq!(
        form.parse().unwrap_err().get("account"),
        Some("error-required")
    );
}

#[test]
fn phone_items_check_the_imei() {
    let form = ItemForm {
        brand: "Fairphone".into(),
        imei: "490154203237519".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse(ItemKind::Phone).unwrap_err().get("imei"),
        Some("error-imei")
    );
    let form = ItemForm {
        imei: "490154203237518".into(),
        ..form
    };
    assert!(matches!(form.parse(ItemKind::Phone), Ok(Item::Phone(_))));
}

#[test]
fn vehicle_items_need_a_plate() {
    let form = ItemForm {
        brand: "Renault".into(),
        plate: "?".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse(ItemKind::Vehicle).unwrap_err().get("plate"),
        Some("error-plate")
    );
}

#[test]
fn bank_cards_keep_only_four_digits_and_drop_the_amount_without_fraud() {
    let form = ItemForm {
        bank: "Banque".into(),
        last_digits: "4970 1234".into(),
        blocked: "yes".into(),
        fraudulent_payments: "no".into(),
        ..Default::default()
    };
    assert_eq!(
        form.parse(ItemKind::BankCard)
            .unwrap_err()
            .get("last_digits"),
        Some("error-last-digits")
    );
    let form = ItemForm {
        last_digits: "1234".into(),
        amount: "50".into(),
        ..form
    };
    let Ok(Item::BankCard(card)) = form.parse(ItemKind::BankCard) else {
        panic!("card refused")
    };
    assert_eq!(card.amount, None);
}

#[test]
fn a_described_perpetrator_needs_a_description() {
    let form = PerpetratorForm {
        seen: "yes".into(),
        description: " ".into(),
    };
    assert_eq!(
        form.parse().unwrap_err().get("description"),
        Some("error-required")
    );
    let form = PerpetratorForm {
        seen: "no".into(),
        description: String::new(),
    };
    assert_eq!(form.parse(), Ok(Perpetrator::Unknown));
}

#[test]
fn appointment_days_are_deduplicated_and_sorted() {
    let form = AppointmentForm {
        days: vec!["fri".into(), "mon".into(), "fri".into()],
        time_of_day: "morning".into(),
        needs: String::new(),
    };
    let answer = form.parse().unwrap();
    assert_eq!(answer.days, [chrono::Weekday::Mon, chrono::Weekday::Fri]);
    let form = AppointmentForm {
        days: vec!["sun".into()],
        ..form
    };
    assert_eq!(form.parse().unwrap_err().get("days"), Some("error-choose"));
}

#[test]
fn steps_open_in_order_and_the_first_missing_one_is_found() {
    let mut draft = PreComplaintDraft::default();
    assert_eq!(draft.first_missing_step(), Some(Step::Eligibility));
    assert!(!draft.can_open(Step::Identity));
    draft.eligible = true;
    draft.declarant = Some(Declarant::Myself);
    assert_eq!(draft.first_missing_step(), Some(Step::Identity));
    assert!(draft.can_open(Step::Identity));
    assert!(draft.can_open(Step::Declarant));
    assert!(!draft.can_open(Step::When));
}

#[test]
fn changing_the_declarant_reopens_the_identity_step() {
    let mut draft = PreComplaintDraft {
        eligible: true,
        declarant: Some(Declarant::Myself),
        identity: Some(identity_form().parse(Declarant::Myself, today()).unwrap()),
        ..Default::default()
    };
    assert_eq!(draft.first_missing_step(), Some(Step::When));
    draft.declarant = Some(Declarant::Organisation);
    assert_eq!(draft.first_missing_step(), Some(Step::Identity));
}

#[test]
fn stolen_documents_and_unblocked_cards_raise_the_priority() {
    let mut draft = PreComplaintDraft::default();
    assert_eq!(draft.priority(), 3);
    draft.items.push(Item::IdentityDocument(DocumentItem {
        document: DocumentKind::Passport,
        number: None,
    }));
    assert_eq!(draft.priority(), 2);
}

#[test]
fn the_signing_deadline_is_thirty_days_after_sending() {
    assert_eq!(signing_deadline(day(2026, 11, 29)), day(2026, 12, 29));
    assert_eq!(signing_deadline(day(2027, 2, 1)), day(2027, 3, 3));
}

#[test]
fn step_slugs_round_trip_and_steps_chain() {
    for step in Step::ALL {
        assert_eq!(Step::from_slug(step.slug()), Some(*step));
    }
    assert_eq!(Step::Eligibility.previous(), None);
    assert_eq!(Step::Eligibility.next(), Some(Step::Declarant));
    assert_eq!(Step::Appointment.next(), None);
}

#[test]
fn a_verified_identity_makes_the_appointment_step_moot() {
    let mut draft = PreComplaintDraft::default();
    assert!(draft.applies(Step::Appointment));
    assert_eq!(draft.progress(Step::Unit), (10, 11));
    draft.verified = Some(VerifiedIdentity {
        given_names: "Camille".into(),
        family_name: "Martin".into(),
        birth_date: None,
        email: None,
        provider: "https://id.example".into(),
    });
    assert!(!draft.applies(Step::Appointment));
    assert_eq!(draft.step_after(Step::Unit), None);
    assert_eq!(draft.progress(Step::Unit), (10, 10));
}
