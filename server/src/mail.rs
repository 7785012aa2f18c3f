//! Sending mail with lettre: through an SMTP relay, or as `.eml` files in a
//! folder when none is configured (development, demonstrations).

use std::path::PathBuf;

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::db::outbox::OutboxMessage;

/// Where mail goes.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP relay.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in a folder.
    Folder(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Mailer {
    /// An SMTP mailer from a URL such as `smtp://127.0.0.1:2525` or
    /// `smtps://user:pass@relay.example:465`.
    pub fn smtp(url: &str) -> anyhow::Result<Mailer> {
        Ok(Mailer::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build(),
        ))
    }

    /// A mailer that writes each message to `folder` (created if missing).
    pub fn folder(folder: PathBuf) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(&folder)?;
        Ok(Mailer::Folder(AsyncFileTransport::new(&folder), folder))
    }

    /// Sends one outbox message from `from`.
    pub async fn send(&self, from: &str, message: &OutboxMessage) -> anyhow::Result<()> {
        let from: Mailbox = from.parse()?;
        let to: Mailbox = message.recipient.parse()?;
        let domain = from.email.domain().to_string();
        let email = Message::builder()
            .from(from)
            .to(to)
            .subject(&message.subject)
            .message_id(Some(format!("<{}@{domain}>", message.message_id)))
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(message.body_text.clone()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(message.body_html.clone()),
                    ),
            )?;
        match self {
            Mailer::Smtp(transport) => {
                transport.send(email).await?;
            }
            Mailer::Folder(transport, _) => {
                transport.send(email).await?;
            }
        }
        Ok(())
    }
}

/// Masks an address for logs: `camille@example.fr` → `c…@example.fr`.
pub fn mask(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => format!("{}…@{domain}", local.chars().next().unwrap_or('?')),
        None => "…".to_string(),
    }
}
