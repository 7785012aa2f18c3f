//! The portal's emails, one function per message, each rendered in the
//! citizen's language as a subject, a plain-text body and an HTML body.

mod frame;

use leptos::prelude::*;

use frame::{letter, plain_letter, unit_lines, Block};

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
    let unit_lines = unit_lines(&receipt.unit);
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
    let blocks = vec![
        Block::Text(lang.text("email-complaint-intro")),
        Block::Labelled(lang.text("confirmation-reference-label"), reference),
        Block::Strong(lang.text("complaint-confirmation-no-signing")),
        Block::Text(lang.text("complaint-confirmation-next-body")),
        Block::Lines(unit_lines(&receipt.unit)),
    ];
    plain_letter(lang, subject, blocks)
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
    let blocks = vec![
        Block::Text(lang.text("discrimination-email-intro")),
        Block::Lines(unit_lines(&receipt.unit)),
        Block::Labelled(lang.text("confirmation-reference-label"), reference),
        Block::Text(lang.text("discrimination-confirmation-complaint")),
        Block::Text(lang.text("discrimination-email-defenseur")),
    ];
    plain_letter(lang, subject, blocks)
}

/// Tells the reporter of a violence case that a message waits on the
/// follow-up page: never the message itself, the code or the reference
/// (someone else may read the mailbox).
pub fn follow_up_message_waiting(lang: Lang) -> EmailContent {
    let subject = lang.text("follow-up-email-subject");
    plain_letter(
        lang,
        subject,
        vec![Block::Text(lang.text("follow-up-email-body"))],
    )
}

/// Acknowledges a report of violence to a reporter who gave their
/// identity and asked to be contacted by email: a neutral text, without
/// the follow-up code, the reference or any detail of the facts (someone
/// else may read the mailbox).
pub fn violence_received(lang: Lang) -> EmailContent {
    let subject = lang.text("violence-email-subject");
    plain_letter(
        lang,
        subject,
        vec![Block::Text(lang.text("violence-email-body"))],
    )
}

#[cfg(test)]
mod tests;
