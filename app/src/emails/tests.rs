//! Tests of the emails.

use super::*;

#[test]
fn the_waiting_message_email_names_only_the_follow_up_page() {
    for lang in [Lang::Fr, Lang::En] {
        let email = follow_up_message_waiting(lang);
        let page = lang.text("follow-up-title");
        assert!(email.text.contains(&page) && email.html.contains(&page));
        for text in [&email.subject, &email.text, &email.html] {
            let lower = text.to_lowercase();
            for word in ["violence", "sexu", "code", "vs-"] {
                assert!(!lower.contains(word), "{word} in {text}");
            }
        }
    }
}

#[test]
fn messages_carry_greeting_body_and_emergency_numbers_in_both_forms() {
    let email = agent_message(Lang::En, "PP-0000-0000-0", "Line one\nLine <two>");
    assert!(email.subject.contains("PP-0000-0000-0"));
    assert!(email.text.contains("Line one\nLine <two>"));
    assert!(email.text.contains("112"));
    assert!(
        email.html.contains("<p>Line &lt;two&gt;</p>"),
        "{}",
        email.html
    );
    assert!(email.html.starts_with("<!DOCTYPE html><html lang=\"en\""));
}

#[test]
fn the_slot_email_links_to_the_choice() {
    let slots = ["03/12/2026 10:30".to_string()];
    let email = appointment_proposed(
        Lang::Fr,
        "PP-1",
        "Unit",
        &slots,
        "https://example.fr/appointment/abc",
    );
    assert!(email.text.contains("https://example.fr/appointment/abc"));
    assert!(email
        .html
        .contains("href=\"https://example.fr/appointment/abc\""));
    assert!(email.text.contains("- 03/12/2026 10:30"));
}

#[test]
fn the_violence_acknowledgement_is_neutral() {
    for lang in [Lang::Fr, Lang::En] {
        let email = violence_received(lang);
        for text in [&email.subject, &email.text, &email.html] {
            let lower = text.to_lowercase();
            for word in ["violence", "sexu", "viol", "code", "vs-"] {
                assert!(!lower.contains(word), "{word} in {text}");
            }
        }
        assert!(email.text.contains("112"), "the emergency numbers");
    }
}

#[test]
fn the_discrimination_email_gives_the_reference_and_the_defenseur_des_droits() {
    let receipt = crate::pages::discrimination::DiscriminationReceipt {
        reference: "DI-0000-0000-0".into(),
        sent_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
        unit: crate::domain::unit::Unit {
            code: "PN-69".into(),
            name: "Commissariat".into(),
            kind: crate::domain::unit::UnitKind::Police,
            address: "1 rue".into(),
            postcode: "69003".into(),
            town: "Lyon".into(),
        },
    };
    for lang in [Lang::Fr, Lang::En] {
        let email = discrimination_received(lang, &receipt);
        assert!(email.subject.contains("DI-0000-0000-0"));
        for body in [&email.text, &email.html] {
            assert!(body.contains("DI-0000-0000-0"), "{body}");
            assert!(body.contains("3928"), "{body}");
            assert!(body.contains("antidiscriminations.fr"), "{body}");
            assert!(body.contains("Commissariat"), "{body}");
        }
    }
}
