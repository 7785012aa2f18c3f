//! The portal's emails, one function per message, each rendered in the
//! citizen's language as a subject, a plain-text body and an HTML body.

use leptos::prelude::*;

use crate::i18n::Lang;
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
        "{greeting}\n\n{intro}\n\n{ref_label} {reference}\n\n{deadline}\n\n{next}\n\n{unit}\n\n{bring_title}\n{bring}\n\n{emergency}\n\n{signature}\n",
        greeting = lang.text("email-greeting"),
        intro = lang.text("email-received-intro"),
        ref_label = lang.text("confirmation-reference-label"),
        next = lang.text("confirmation-next-body"),
        unit = unit_lines.join("\n"),
        bring_title = lang.text("confirmation-bring-title"),
        bring = bring.iter().map(|b| format!("- {b}")).collect::<Vec<_>>().join("\n"),
        emergency = lang.text("email-emergency"),
        signature = lang.text("email-signature"),
    );
    let html = Owner::new().with(|| {
        let items = bring.iter().map(|b| view! { <li>{b.clone()}</li> }).collect_view();
        view! {
            <html lang=lang.code() dir=lang.dir()>
                <body>
                    <p>{lang.text("email-greeting")}</p>
                    <p>{lang.text("email-received-intro")}</p>
                    <p>{lang.text("confirmation-reference-label")}" "<strong>{reference.clone()}</strong></p>
                    <p><strong>{deadline.clone()}</strong></p>
                    <p>{lang.text("confirmation-next-body")}</p>
                    <p>{unit_lines[0].clone()}<br/>{unit_lines[1].clone()}<br/>{unit_lines[2].clone()}</p>
                    <p>{lang.text("confirmation-bring-title")}</p>
                    <ul>{items}</ul>
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
    let text = format!(
        "{greeting}\n\n{intro}\n\n{body}\n\n{emergency}\n\n{signature}\n",
        greeting = lang.text("email-greeting"),
        emergency = lang.text("email-emergency"),
        signature = lang.text("email-signature"),
    );
    let html = Owner::new().with(|| {
        let paragraphs = body
            .lines()
            .map(|l| view! { <p>{l.to_string()}</p> })
            .collect_view();
        view! {
            <html lang=lang.code() dir=lang.dir()>
                <body>
                    <p>{lang.text("email-greeting")}</p>
                    <p>{intro.clone()}</p>
                    <blockquote dir="auto">{paragraphs}</blockquote>
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
        "{greeting}\n\n{intro}\n\n{unit}\n\n{slots}\n\n{choose}\n{link}\n\n{emergency}\n\n{signature}\n",
        greeting = lang.text("email-greeting"),
        slots = slots.iter().map(|s| format!("- {s}")).collect::<Vec<_>>().join("\n"),
        emergency = lang.text("email-emergency"),
        signature = lang.text("email-signature"),
    );
    let html = Owner::new().with(|| {
        let items = slots
            .iter()
            .map(|s| view! { <li>{s.clone()}</li> })
            .collect_view();
        view! {
            <html lang=lang.code() dir=lang.dir()>
                <body>
                    <p>{lang.text("email-greeting")}</p>
                    <p>{intro.clone()}</p>
                    <p>{unit.to_string()}</p>
                    <ul>{items}</ul>
                    <p><a href=link.to_string()>{choose.clone()}</a></p>
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
