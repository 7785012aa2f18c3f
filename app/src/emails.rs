//! The portal's emails, one function per message, each rendered in the
//! citizen's language as a subject, a plain-text body and an HTML body.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::pages::complaint::ComplaintReceipt;
use crate::pages::pre_complaint::{display_date, Receipt};

/// A message ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailContent {
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub text: String,
    /// HTML body.
    pub html: String,
}

/// Wraps a message's own part in the greeting, the emergency reminder and
/// the signature, in plain text and in HTML.
fn letter<V: IntoView + 'static>(
    lang: Lang,
    subject: String,
    text: String,
    html: impl FnOnce() -> V,
) -> EmailContent {
    let text = format!(
        "{}\n\n{text}\n\n{}\n\n{}\n",
        lang.text("email-greeting"),
        lang.text("email-emergency"),
        lang.text("email-signature")
    );
    let html = Owner::new().with(|| {
        view! {
            <html lang=lang.code() dir=lang.dir()>
                <body>
                    <p>{lang.text("email-greeting")}</p>
                    {html()}
                    <p>{lang.text("email-emergency")}</p>
                    <p>{lang.text("email-signature")}</p>
                </body>
            </html>
        }
        .to_html()
    });
    EmailContent {
        subject,
        text,
        html: format!("<!DOCTYPE html>{html}"),
    }
}

/// Confirms that a pre-complaint was received, with its reference, the
/// signing deadline, the unit and what to bring.
pub fn pre_complaint_received(lang: Lang, receipt: &Receipt) -> EmailContent {
    let reference = receipt.reference.clone();
    let subject = lang.text_args(
        "email-received-subject",
        &[("reference", reference.clone())],
    );
    let deadline = lang.text_args(
        "confirmation-deadline",
        &[("date", display_date(receipt.sign_by))],
    );
    let unit = &receipt.unit;
    let unit_lines = [
        unit.name.clone(),
        unit.address.clone(),
        format!("{} {}", unit.postcode, unit.town),
    ];
    let bring = [
        lang.text("confirmation-bring-reference"),
        lang.text("confirmation-bring-identity"),
        lang.text("confirmation-bring-proof"),
        lang.text("confirmation-bring-bank"),
    ];
    let text = format!(
        "{intro}\n\n{ref_label} {reference}\n\n{deadline}\n\n{next}\n\n{unit}\n\n{bring_title}\n{bring}",
        intro = lang.text("email-received-intro"),
        ref_label = lang.text("confirmation-reference-label"),
        next = lang.text("confirmation-next-body"),
        unit = unit_lines.join("\n"),
        bring_title = lang.text("confirmation-bring-title"),
        bring = bring.iter().map(|b| format!("- {b}")).collect::<Vec<_>>().join("\n"),
    );
    letter(lang, subject, text, move || {
        let items = bring
            .iter()
            .map(|b| view! { <li>{b.clone()}</li> })
            .collect_view();
        view! {
            <p>{lang.text("email-received-intro")}</p>
            <p>{lang.text("confirmation-reference-label")}" "<strong>{reference}</strong></p>
            <p><strong>{deadline}</strong></p>
            <p>{lang.text("confirmation-next-body")}</p>
            <p>{unit_lines[0].clone()}<br/>{unit_lines[1].clone()}<br/>{unit_lines[2].clone()}</p>
            <p>{lang.text("confirmation-bring-title")}</p>
            <ul>{items}</ul>
        }
    })
}

/// A message from the agent handling a case.
pub fn agent_message(lang: Lang, reference: &str, body: &str) -> EmailContent {
    let subject = lang.text_args(
        "email-message-subject",
        &[("reference", reference.to_string())],
    );
    let intro = lang.text_args(
        "email-message-intro",
        &[("reference", reference.to_string())],
    );
    let text = format!("{intro}\n\n{body}");
    let lines: Vec<String> = body.lines().map(str::to_string).collect();
    letter(lang, subject, text, move || {
        let paragraphs = lines
            .into_iter()
            .map(|l| view! { <p>{l}</p> })
            .collect_view();
        view! {
            <p>{intro}</p>
            <blockquote dir="auto">{paragraphs}</blockquote>
        }
    })
}

/// Appointment slots offered to sign a pre-complaint, with the link to pick one.
pub fn appointment_proposed(
    lang: Lang,
    reference: &str,
    unit: &str,
    slots: &[String],
    link: &str,
) -> EmailContent {
    let subject = lang.text_args(
        "email-slots-subject",
        &[("reference", reference.to_string())],
    );
    let intro = lang.text_args("email-slots-intro", &[("reference", reference.to_string())]);
    let choose = lang.text("email-slots-choose");
    let text = format!(
        "{intro}\n\n{unit}\n\n{slots}\n\n{choose}\n{link}",
        slots = slots
            .iter()
            .map(|s| format!("- {s}"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let (unit, slots, link) = (unit.to_string(), slots.to_vec(), link.to_string());
    letter(lang, subject, text, move || {
        let items = slots
            .into_iter()
            .map(|s| view! { <li>{s}</li> })
            .collect_view();
        view! {
            <p>{intro}</p>
            <p>{unit}</p>
            <ul>{items}</ul>
            <p><a href=link>{choose}</a></p>
        }
    })
}

/// Confirms that an online complaint (identity verified) was filed, with
/// its reference and the unit handling it; nothing to sign.
pub fn complaint_received(lang: Lang, receipt: &ComplaintReceipt) -> EmailContent {
    let reference = receipt.reference.clone();
    let subject = lang.text_args(
        "email-complaint-subject",
        &[("reference", reference.clone())],
    );
    let unit = &receipt.unit;
    let unit_lines = [
        unit.name.clone(),
        unit.address.clone(),
        format!("{} {}", unit.postcode, unit.town),
    ];
    let text = format!(
        "{intro}\n\n{ref_label} {reference}\n\n{no_signing}\n\n{next}\n\n{unit}",
        intro = lang.text("email-complaint-intro"),
        ref_label = lang.text("confirmation-reference-label"),
        no_signing = lang.text("complaint-confirmation-no-signing"),
        next = lang.text("complaint-confirmation-next-body"),
        unit = unit_lines.join("\n"),
    );
    letter(lang, subject, text, move || {
        view! {
            <p>{lang.text("email-complaint-intro")}</p>
            <p>{lang.text("confirmation-reference-label")}" "<strong>{reference}</strong></p>
            <p><strong>{lang.text("complaint-confirmation-no-signing")}</strong></p>
            <p>{lang.text("complaint-confirmation-next-body")}</p>
            <p>{unit_lines[0].clone()}<br/>{unit_lines[1].clone()}<br/>{unit_lines[2].clone()}</p>
        }
    })
}

/// The link that reopens a saved draft: single use, valid `days` days.
pub fn resume_link(lang: Lang, link: &str, days: i64) -> EmailContent {
    let subject = lang.text("email-resume-subject");
    let intro = lang.text("email-resume-intro");
    let expiry = lang.text_args("email-resume-expiry", &[("days", days.to_string())]);
    let not_you = lang.text("email-resume-not-you");
    let text = format!("{intro}\n\n{link}\n\n{expiry}\n\n{not_you}");
    let link = link.to_string();
    letter(lang, subject, text, move || {
        view! {
            <p>{intro}</p>
            <p><a href=link.clone()>{link.clone()}</a></p>
            <p>{expiry}</p>
            <p>{not_you}</p>
        }
    })
}

/// Confirms that a discrimination report was received, with its
/// reference, the unit handling it, and the Défenseur des droits' contacts
/// (3928, antidiscriminations.fr).
pub fn discrimination_received(
    lang: Lang,
    receipt: &crate::pages::discrimination::DiscriminationReceipt,
) -> EmailContent {
    let reference = receipt.reference.clone();
    let subject = lang.text_args(
        "discrimination-email-subject",
        &[("reference", reference.clone())],
    );
    let unit = &receipt.unit;
    let unit_lines = [
        unit.name.clone(),
        unit.address.clone(),
        format!("{} {}", unit.postcode, unit.town),
    ];
    let text = format!(
        "{intro}\n\n{unit}\n\n{ref_label} {reference}\n\n{complaint}\n\n{defenseur}",
        intro = lang.text("discrimination-email-intro"),
        unit = unit_lines.join("\n"),
        ref_label = lang.text("confirmation-reference-label"),
        complaint = lang.text("discrimination-confirmation-complaint"),
        defenseur = lang.text("discrimination-email-defenseur"),
    );
    letter(lang, subject, text, move || {
        view! {
            <p>{lang.text("discrimination-email-intro")}</p>
            <p>{unit_lines[0].clone()}<br/>{unit_lines[1].clone()}<br/>{unit_lines[2].clone()}</p>
            <p>{lang.text("confirmation-reference-label")}" "<strong>{reference}</strong></p>
            <p>{lang.text("discrimination-confirmation-complaint")}</p>
            <p>{lang.text("discrimination-email-defenseur")}</p>
        }
    })
}

/// Tells the reporter of a violence case that a message waits on the
/// follow-up page: never the message itself, the code or the reference
/// (someone else may read the mailbox).
pub fn follow_up_message_waiting(lang: Lang) -> EmailContent {
    let subject = lang.text("follow-up-email-subject");
    let body = lang.text("follow-up-email-body");
    let text = body.clone();
    letter(lang, subject, text, move || view! { <p>{body}</p> })
}

/// Acknowledges a report of violence to a reporter who gave their
/// identity and asked to be contacted by email: a neutral text, without
/// the follow-up code, the reference or any detail of the facts (someone
/// else may read the mailbox).
pub fn violence_received(lang: Lang) -> EmailContent {
    let subject = lang.text("violence-email-subject");
    let body = lang.text("violence-email-body");
    let text = body.clone();
    letter(lang, subject, text, move || view! { <p>{body}</p> })
}

#[cfg(test)]
mod tests {
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
}
