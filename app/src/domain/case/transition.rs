//! The one state machine of a case. Every change, whoever asks for it, goes
//! through [`transition`]; the case page shows only the buttons that
//! [`available_actions`] says would succeed.
//!
//! Checks run in a fixed order so the refusal names the first thing to fix:
//! an admin is refused outright, then the status must allow the action, then
//! the actor must be allowed, then the signing deadline, then the text.

use chrono::NaiveDate;

use super::{Actor, CaseAction, CaseState, CaseStatus, Referral, Role};

/// Longest reason or note, in characters.
pub const REASON_MAX_CHARS: usize = 1000;

/// Why a change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    /// Admins manage accounts and never act on cases.
    #[error("admins do not act on cases")]
    Forbidden,
    /// Someone already claimed the case.
    #[error("the case is already claimed")]
    AlreadyClaimed,
    /// Another agent claimed the case.
    #[error("the case is claimed by another agent")]
    NotOwner,
    /// Only the agent who claims the case may do this, and nobody has.
    #[error("the case must be claimed first")]
    NotClaimed,
    /// The pre-complaint lapsed: the signing deadline is over.
    #[error("the signing deadline has passed")]
    SigningDeadlinePassed,
    /// A rejection needs a reason.
    #[error("a reason is required")]
    ReasonRequired,
    /// The reason or note is longer than [`REASON_MAX_CHARS`].
    #[error("the text is longer than {REASON_MAX_CHARS} characters")]
    ReasonTooLong,
    /// The action does not apply to a case in this status, or not for this
    /// kind of actor.
    #[error("`{action}` is not allowed from `{}`", from.slug())]
    NotAllowed {
        /// The status of the case.
        from: CaseStatus,
        /// The slug of the action.
        action: &'static str,
    },
}

impl TransitionError {
    /// The catalogue key of the message shown to the agent.
    pub fn message_key(&self) -> &'static str {
        match self {
            TransitionError::Forbidden => "case-error-forbidden",
            TransitionError::AlreadyClaimed => "case-error-already-claimed",
            TransitionError::NotOwner => "case-error-not-owner",
            TransitionError::NotClaimed => "case-error-not-claimed",
            TransitionError::SigningDeadlinePassed => "case-error-deadline-passed",
            TransitionError::ReasonRequired => "case-error-reason-required",
            TransitionError::ReasonTooLong => "case-error-reason-too-long",
            TransitionError::NotAllowed { .. } => "case-error-not-allowed",
        }
    }
}

/// Who may ask for an action, besides the status being right.
#[derive(Clone, Copy)]
struct Allowed {
    any_agent: bool,
    owner: bool,
    supervisor: bool,
    citizen: bool,
    system: bool,
}

const NOBODY: Allowed = Allowed {
    any_agent: false,
    owner: false,
    supervisor: false,
    citizen: false,
    system: false,
};
const ANY_AGENT: Allowed = Allowed {
    any_agent: true,
    ..NOBODY
};
const OWNER: Allowed = Allowed {
    owner: true,
    ..NOBODY
};
const OWNER_OR_SUPERVISOR: Allowed = Allowed {
    supervisor: true,
    ..OWNER
};
const CITIZEN: Allowed = Allowed {
    citizen: true,
    ..NOBODY
};
/// The citizen answers, or the system records an answer received otherwise.
const OWNER_CITIZEN_OR_SYSTEM: Allowed = Allowed {
    citizen: true,
    system: true,
    ..OWNER
};
/// The system closes lapsed cases.
const OWNER_SUPERVISOR_OR_SYSTEM: Allowed = Allowed {
    system: true,
    ..OWNER_OR_SUPERVISOR
};

/// The open statuses, from which a case can be closed.
const OPEN: &[CaseStatus] = &[
    CaseStatus::New,
    CaseStatus::InReview,
    CaseStatus::AppointmentProposed,
    CaseStatus::AppointmentBooked,
    CaseStatus::MoreInformationRequested,
];
/// Where an appointment is under way.
const APPOINTMENT: &[CaseStatus] = &[
    CaseStatus::AppointmentProposed,
    CaseStatus::AppointmentBooked,
];
/// Where the case can still be sent elsewhere.
const REFERABLE: &[CaseStatus] = &[
    CaseStatus::InReview,
    CaseStatus::AppointmentProposed,
    CaseStatus::AppointmentBooked,
    CaseStatus::MoreInformationRequested,
];
/// Where the case can still be refused.
const REJECTABLE: &[CaseStatus] = &[
    CaseStatus::InReview,
    CaseStatus::MoreInformationRequested,
    CaseStatus::AppointmentProposed,
];

/// The rule of one action: from which statuses, to which, by whom, and
/// whether the signing deadline applies.
struct Rule {
    from: &'static [CaseStatus],
    to: CaseStatus,
    allowed: Allowed,
    deadline: bool,
}

fn rule(action: &CaseAction) -> Rule {
    use CaseStatus::*;
    let (from, to, allowed, deadline) = match action {
        CaseAction::Claim => (&[New][..], InReview, ANY_AGENT, false),
        CaseAction::Release => (&[InReview][..], New, OWNER_OR_SUPERVISOR, false),
        CaseAction::ProposeAppointment => (
            &[InReview, AppointmentProposed][..],
            AppointmentProposed,
            OWNER,
            true,
        ),
        CaseAction::BookAppointment => {
            (&[AppointmentProposed][..], AppointmentBooked, CITIZEN, true)
        }
        CaseAction::MarkSigned => (APPOINTMENT, Signed, OWNER, true),
        CaseAction::ConvertToComplaint => (APPOINTMENT, ConvertedToComplaint, OWNER, false),
        CaseAction::Refer { .. } => (REFERABLE, Referred, OWNER, false),
        CaseAction::RequestInformation => (&[InReview][..], MoreInformationRequested, OWNER, false),
        CaseAction::InformationReceived => (
            &[MoreInformationRequested][..],
            InReview,
            OWNER_CITIZEN_OR_SYSTEM,
            false,
        ),
        CaseAction::Reject { .. } => (REJECTABLE, Rejected, OWNER, false),
        CaseAction::Close => (OPEN, Closed, OWNER_SUPERVISOR_OR_SYSTEM, false),
    };
    Rule {
        from,
        to,
        allowed,
        deadline,
    }
}

fn check_actor(
    allowed: &Allowed,
    state: &CaseState,
    actor: &Actor,
    refused: TransitionError,
) -> Result<(), TransitionError> {
    let ok = match *actor {
        Actor::Citizen => allowed.citizen,
        Actor::System => allowed.system,
        Actor::Agent { id, role } => {
            allowed.any_agent
                || (allowed.supervisor && role == Role::Supervisor)
                || (allowed.owner && state.owner == Some(id))
        }
    };
    match (ok, actor, state.owner) {
        (true, _, _) => Ok(()),
        (false, Actor::Agent { .. }, None) if allowed.owner => Err(TransitionError::NotClaimed),
        (false, Actor::Agent { .. }, Some(_)) if allowed.owner => Err(TransitionError::NotOwner),
        _ => Err(refused),
    }
}

fn check_text(action: &CaseAction) -> Result<(), TransitionError> {
    let (text, required) = match action {
        CaseAction::Reject { reason } => (reason, true),
        CaseAction::Refer { note, .. } => (note, false),
        _ => return Ok(()),
    };
    let text = text.trim();
    if required && text.is_empty() {
        Err(TransitionError::ReasonRequired)
    } else if text.chars().count() > REASON_MAX_CHARS {
        Err(TransitionError::ReasonTooLong)
    } else {
        Ok(())
    }
}

/// Whether the signing deadline `sign_by` is over on `today`; the last day
/// itself is still in time.
pub fn signing_deadline_passed(today: NaiveDate, sign_by: Option<NaiveDate>) -> bool {
    sign_by.is_some_and(|last_day| today > last_day)
}

/// Applies `action`, asked by `actor` on `today`, to a case in `state`
/// whose signing deadline is `sign_by` (`None` when no deadline applies):
/// the new state, or why the change is refused.
pub fn transition(
    state: &CaseState,
    action: &CaseAction,
    actor: &Actor,
    today: NaiveDate,
    sign_by: Option<NaiveDate>,
) -> Result<CaseState, TransitionError> {
    if let Actor::Agent {
        role: Role::Admin, ..
    } = actor
    {
        return Err(TransitionError::Forbidden);
    }
    let not_allowed = TransitionError::NotAllowed {
        from: state.status,
        action: action.slug(),
    };
    if *action == CaseAction::Claim && state.owner.is_some() && state.status.is_open() {
        return Err(TransitionError::AlreadyClaimed);
    }
    let rule = rule(action);
    if !rule.from.contains(&state.status) {
        return Err(not_allowed);
    }
    check_actor(&rule.allowed, state, actor, not_allowed)?;
    if rule.deadline && signing_deadline_passed(today, sign_by) {
        return Err(TransitionError::SigningDeadlinePassed);
    }
    check_text(action)?;
    let owner = match (action, actor) {
        (CaseAction::Claim, Actor::Agent { id, .. }) => Some(*id),
        (CaseAction::Release, _) => None,
        _ => state.owner,
    };
    Ok(CaseState {
        status: rule.to,
        owner,
    })
}

/// The slugs of the actions `actor` could take now, in button order. Refer
/// and reject are tried with a placeholder text, since the text is typed
/// after the button is chosen.
pub fn available_actions(
    state: &CaseState,
    actor: &Actor,
    today: NaiveDate,
    sign_by: Option<NaiveDate>,
) -> Vec<&'static str> {
    let candidates = [
        CaseAction::Claim,
        CaseAction::Release,
        CaseAction::ProposeAppointment,
        CaseAction::BookAppointment,
        CaseAction::MarkSigned,
        CaseAction::ConvertToComplaint,
        CaseAction::Refer {
            to: Referral::OtherUnit,
            note: String::new(),
        },
        CaseAction::RequestInformation,
        CaseAction::InformationReceived,
        CaseAction::Reject {
            reason: "reason".into(),
        },
        CaseAction::Close,
    ];
    candidates
        .iter()
        .filter(|action| transition(state, action, actor, today, sign_by).is_ok())
        .map(CaseAction::slug)
        .collect()
}
