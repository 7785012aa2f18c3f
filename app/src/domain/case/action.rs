//! What someone asks to do to a case ([`CaseAction`]) and who asks
//! ([`Actor`]).

use super::{Referral, Role};

/// A change asked of a case. Agents send it from the case page (the slug is
/// the form value); the citizen books a slot; the system closes lapsed cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    /// Take an unclaimed case.
    Claim,
    /// Give a claimed case back to the queue.
    Release,
    /// Offer appointment slots to sign (again, if already offered).
    ProposeAppointment,
    /// The citizen picks one of the slots.
    BookAppointment,
    /// The citizen signed at the unit.
    MarkSigned,
    /// The case became a complaint without a signing appointment.
    ConvertToComplaint,
    /// Send the case elsewhere, with an optional note.
    Refer {
        /// Where it goes.
        to: Referral,
        /// Why, for the receiving service; may be blank.
        note: String,
    },
    /// Ask the citizen for more information.
    RequestInformation,
    /// The citizen answered: the case is back in review.
    InformationReceived,
    /// Refuse the case, with a reason the citizen will read.
    Reject {
        /// The reason; required.
        reason: String,
    },
    /// Close the case.
    Close,
}

impl CaseAction {
    /// Slugs of every action, in the order the case page lists its buttons.
    pub const SLUGS: [&'static str; 11] = [
        "claim",
        "release",
        "propose-appointment",
        "book-appointment",
        "mark-signed",
        "convert-to-complaint",
        "refer",
        "request-information",
        "information-received",
        "reject",
        "close",
    ];

    /// The form value of the action.
    pub fn slug(&self) -> &'static str {
        match self {
            CaseAction::Claim => "claim",
            CaseAction::Release => "release",
            CaseAction::ProposeAppointment => "propose-appointment",
            CaseAction::BookAppointment => "book-appointment",
            CaseAction::MarkSigned => "mark-signed",
            CaseAction::ConvertToComplaint => "convert-to-complaint",
            CaseAction::Refer { .. } => "refer",
            CaseAction::RequestInformation => "request-information",
            CaseAction::InformationReceived => "information-received",
            CaseAction::Reject { .. } => "reject",
            CaseAction::Close => "close",
        }
    }

    /// Builds an action from a posted form: the action slug, the referral
    /// slug (read only for `refer`) and the free text (the note of `refer`,
    /// the reason of `reject`). `None` for an unknown action or destination;
    /// the text itself is checked by [`super::transition`].
    pub fn from_form(action: &str, referral: &str, text: &str) -> Option<Self> {
        let text = text.trim().to_string();
        Some(match action {
            "claim" => CaseAction::Claim,
            "release" => CaseAction::Release,
            "propose-appointment" => CaseAction::ProposeAppointment,
            "book-appointment" => CaseAction::BookAppointment,
            "mark-signed" => CaseAction::MarkSigned,
            "convert-to-complaint" => CaseAction::ConvertToComplaint,
            "refer" => CaseAction::Refer {
                to: Referral::from_slug(referral)?,
                note: text,
            },
            "request-information" => CaseAction::RequestInformation,
            "information-received" => CaseAction::InformationReceived,
            "reject" => CaseAction::Reject { reason: text },
            "close" => CaseAction::Close,
            _ => return None,
        })
    }
}

/// Who asks for a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in account of the unit.
    Agent {
        /// The account id.
        id: i64,
        /// Its role.
        role: Role,
    },
    /// The citizen, through the follow-up page.
    Citizen,
    /// The server itself (e.g. the worker closing lapsed pre-complaints).
    System,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_slugs_match_the_form_values() {
        for slug in CaseAction::SLUGS {
            let action = CaseAction::from_form(slug, "prosecutor", " why ");
            assert_eq!(action.map(|a| a.slug()), Some(slug));
        }
        assert_eq!(
            CaseAction::from_form("reject", "", "  no scope \n"),
            Some(CaseAction::Reject {
                reason: "no scope".into()
            })
        );
    }

    #[test]
    fn unknown_actions_and_destinations_are_refused() {
        assert_eq!(CaseAction::from_form("delete", "", ""), None);
        assert_eq!(CaseAction::from_form("refer", "mayor", ""), None);
    }
}
