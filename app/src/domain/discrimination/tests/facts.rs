//! When and where, the account, the contact details and the consent.

use super::*;

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
