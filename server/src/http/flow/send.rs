//! Sending a draft: the submission, its triage-queue entry and the
//! confirmation email (outbox row) written in one transaction. The
//! reference is shown only after it commits; a second send of the same
//! draft (double click, Back and resubmit) creates nothing.

use chrono::{DateTime, NaiveDate, Utc};
use rand::TryRngCore;

use app::domain::follow_up_code::FollowUpCode;
use app::domain::reference::{Reference, ReferenceKind};
use app::emails::EmailContent;

use super::{CitizenFlow, Flow};
use crate::crypto::Column;
use crate::db::outbox::{self, NewMessage};
use crate::db::submissions::{self, NewSubmission};
use crate::db::{drafts, follow_up};
use crate::http::AppError;

/// What a flow sends, besides the answers.
pub struct Outgoing<'a> {
    /// Queue category, one of `app::domain::queue::CATEGORIES`.
    pub category: &'a str,
    /// The reference's kind (its prefix).
    pub kind: ReferenceKind,
    /// The unit whose queue receives it.
    pub unit_code: &'a str,
    /// Last day to sign, for a pre-complaint.
    pub sign_by: Option<NaiveDate>,
    /// Triage priority, 0 first.
    pub priority: i32,
    /// Issue a secret follow-up code (the violence report).
    pub follow_up: bool,
    /// Made without a name: deleted a set time after the case is closed.
    pub anonymous: bool,
}

fn random_u64() -> u64 {
    rand::rngs::OsRng
        .try_next_u64()
        .expect("the operating system's random generator works")
}

/// Writes the submission, its queue entry, its follow-up code's hash (when
/// asked) and the email `confirmation` builds from the reference (recipient
/// and content, or none) in one transaction. Returns the follow-up code, to
/// show once; `None` when none was asked or the draft was already sent.
pub async fn submit<Q: CitizenFlow>(
    flow: &Flow<Q>,
    outgoing: Outgoing<'_>,
    confirmation: impl FnOnce(&str, DateTime<Utc>) -> Option<(String, EmailContent)>,
) -> Result<Option<FollowUpCode>, AppError> {
    let state = flow.state();
    let now = crate::db::now();
    let data = serde_json::to_string(&flow.answers).map_err(|e| AppError::Internal(e.into()))?;
    let data = state.keys.seal(Column::SubmissionData, &data);
    let draft_id = &flow.draft.row.id;
    // Hashed before the transaction, so that no lock waits on Argon2.
    let code = match outgoing.follow_up {
        true => {
            let code = crate::follow_up::generate();
            let hash = crate::follow_up::hash(&code).await?;
            Some((code, hash))
        }
        false => None,
    };
    let mut tx = state.db.begin().await?;
    let mut inserted = None;
    for _ in 0..8 {
        let reference = Reference::from_random(outgoing.kind, random_u64()).to_string();
        let new = NewSubmission {
            reference: &reference,
            category: outgoing.category,
            draft_id,
            lang: flow.visitor.lang.code(),
            unit_code: outgoing.unit_code,
            data: &data,
            submitted_at: now,
            sign_by: outgoing.sign_by,
            priority: outgoing.priority,
            anonymous: outgoing.anonymous,
        };
        if let Some(id) = submissions::insert(&mut tx, &new).await? {
            inserted = Some((id, reference));
            break;
        }
        if submissions::sent_from_draft(&mut tx, draft_id).await? {
            return Ok(None);
        }
    }
    let (submission_id, reference) = inserted
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no free reference after 8 draws")))?;
    if let Some((code, hash)) = &code {
        follow_up::create(&mut tx, submission_id, code.locator(), hash, now).await?;
    }
    if let Some((recipient, email)) = confirmation(&reference, now) {
        // A violence report's mail names nothing, not even in its headers.
        let message_id = match outgoing.follow_up {
            true => format!("{:016x}.{:016x}", random_u64(), random_u64()),
            false => format!("{}.{:016x}", reference.to_lowercase(), random_u64()),
        };
        let message = NewMessage {
            submission_id: Some(submission_id),
            message_id: &message_id,
            recipient: &recipient,
            subject: &email.subject,
            body_text: &email.text,
            body_html: &email.html,
        };
        outbox::enqueue(&mut tx, &state.keys, &message, now).await?;
    }
    // Of two sends of one draft (a double click), the second waits for the
    // first at the submission's insert, and finds the draft sent there.
    if !drafts::mark_sent(&mut tx, draft_id, submission_id, now).await? {
        return Ok(None);
    }
    tx.commit().await?;
    state.outbox_wake.notify_one();
    tracing::info!(category = outgoing.category, "submission received");
    Ok(code.map(|(code, _)| code))
}
