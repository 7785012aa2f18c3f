//! The frame every email shares (greeting, emergency numbers, signature,
//! in text and in HTML) and the plain paragraphs most messages are made of.

use leptos::prelude::*;

use super::EmailContent;
use crate::i18n::Lang;

/// Wraps a message's own part in the greeting, the emergency reminder and
/// the signature, in plain text and in HTML.
pub(super) fn letter<V: IntoView + 'static>(
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

/// A paragraph of a plain message, rendered in text and in HTML.
pub(super) enum Block {
    /// A paragraph.
    Text(String),
    /// A paragraph in bold.
    Strong(String),
    /// A label followed by a value in bold (e.g. the reference).
    Labelled(String, String),
    /// Lines kept together (e.g. an address).
    Lines(Vec<String>),
}

/// A message made of `blocks`, in the letter frame.
pub(super) fn plain_letter(lang: Lang, subject: String, blocks: Vec<Block>) -> EmailContent {
    let text = blocks
        .iter()
        .map(|block| match block {
            Block::Text(t) | Block::Strong(t) => t.clone(),
            Block::Labelled(label, value) => format!("{label} {value}"),
            Block::Lines(lines) => lines.join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    letter(lang, subject, text, move || {
        blocks
            .into_iter()
            .map(|block| match block {
                Block::Text(t) => view! { <p>{t}</p> }.into_any(),
                Block::Strong(t) => view! { <p><strong>{t}</strong></p> }.into_any(),
                Block::Labelled(label, value) => {
                    view! { <p>{label}" "<strong>{value}</strong></p> }.into_any()
                }
                Block::Lines(lines) => {
                    let last = lines.len().saturating_sub(1);
                    let lines = lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, line)| view! { {line}{(i < last).then(|| view! { <br/> })} })
                        .collect_view();
                    view! { <p>{lines}</p> }.into_any()
                }
            })
            .collect_view()
    })
}

/// A unit's name and address, one line each.
pub(super) fn unit_lines(unit: &crate::domain::unit::Unit) -> Vec<String> {
    vec![
        unit.name.clone(),
        unit.address.clone(),
        format!("{} {}", unit.postcode, unit.town),
    ]
}
