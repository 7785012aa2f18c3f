//! The property pre-complaint (pré-plainte): its answers, the order of its
//! steps, and the decisions taken from it (priority, signing deadline).

mod about;
mod follow_up;
mod incident;
mod items;
mod verified;

pub use about::*;
pub use follow_up::*;
pub use incident::*;
pub use items::*;
pub use verified::*;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::questionnaire::Questionnaire;

/// Days a citizen has to sign a pre-complaint at the chosen unit.
pub const SIGNING_DAYS: u64 = 30;

/// Every answer given so far; stored as the server-side draft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreComplaintDraft {
    /// The three eligibility questions were answered "no".
    pub eligible: bool,
    /// Who declares.
    pub declarant: Option<Declarant>,
    /// Identity and contact details.
    pub identity: Option<Identity>,
    /// When it happened.
    pub when: Option<When>,
    /// Where it happened.
    pub place: Option<Place>,
    /// What happened.
    pub facts: Option<Facts>,
    /// Items stolen or damaged.
    pub items: Vec<Item>,
    /// The citizen said they have no more items to add.
    pub items_done: bool,
    /// What is known of the perpetrator.
    pub perpetrator: Option<Perpetrator>,
    /// Witnesses.
    pub witnesses: Option<Witnesses>,
    /// Code of the unit where the citizen will sign.
    pub unit: Option<String>,
    /// Appointment preferences.
    pub appointment: Option<AppointmentPreferences>,
    /// The citizen has seen the check page: a changed answer returns there.
    pub checked: bool,
    /// The identity an OpenID Connect provider vouched for: the draft is
    /// then an online complaint, not a pre-complaint.
    pub verified: Option<VerifiedIdentity>,
}

/// A page of the flow that collects answers, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Emergency, known perpetrator, violence.
    Eligibility,
    /// Myself, my minor child, an organisation.
    Declarant,
    /// Identity and contact.
    Identity,
    /// Date or date range.
    When,
    /// Place.
    Place,
    /// Offence type and account.
    Facts,
    /// Items, an add-another loop.
    Items,
    /// Perpetrator description.
    Perpetrator,
    /// Witnesses.
    Witnesses,
    /// Unit where the citizen will sign.
    Unit,
    /// Appointment preferences.
    Appointment,
}

impl Step {
    /// Every step, in the order the citizen meets them.
    pub const ALL: &'static [Step] = &[
        Step::Eligibility,
        Step::Declarant,
        Step::Identity,
        Step::When,
        Step::Place,
        Step::Facts,
        Step::Items,
        Step::Perpetrator,
        Step::Witnesses,
        Step::Unit,
        Step::Appointment,
    ];

    /// The last part of the step's URL, `/pre-complaint/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Eligibility => "eligibility",
            Step::Declarant => "declarant",
            Step::Identity => "identity",
            Step::When => "when",
            Step::Place => "place",
            Step::Facts => "facts",
            Step::Items => "items",
            Step::Perpetrator => "perpetrator",
            Step::Witnesses => "witnesses",
            Step::Unit => "unit",
            Step::Appointment => "appointment",
        }
    }

    /// The step whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.slug() == slug)
    }

    /// Position from 1, for "Step 3 of 11".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step after this one, `None` after the last.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before this one, `None` before the first.
    pub fn previous(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// Whether the draft holds an answer for this step.
    pub fn is_complete(self, draft: &PreComplaintDraft) -> bool {
        match self {
            Step::Eligibility => draft.eligible,
            Step::Declarant => draft.declarant.is_some(),
            Step::Identity => draft
                .identity
                .as_ref()
                .zip(draft.declarant)
                .is_some_and(|(identity, declarant)| identity.fits(declarant)),
            Step::When => draft.when.is_some(),
            Step::Place => draft.place.is_some(),
            Step::Facts => draft.facts.is_some(),
            Step::Items => draft.items_done,
            Step::Perpetrator => draft.perpetrator.is_some(),
            Step::Witnesses => draft.witnesses.is_some(),
            Step::Unit => draft.unit.is_some(),
            Step::Appointment => draft.appointment.is_some(),
        }
    }
}

impl Questionnaire for PreComplaintDraft {
    type Step = Step;
    const STEPS: &'static [Step] = Step::ALL;

    fn is_complete(&self, step: Step) -> bool {
        step.is_complete(self)
    }

    /// A complaint completed online with a verified identity needs no
    /// signing appointment.
    fn applies(&self, step: Step) -> bool {
        step != Step::Appointment || self.verified.is_none()
    }

    fn checked(&self) -> bool {
        self.checked
    }
}

impl PreComplaintDraft {
    /// Triage priority, 0 being the most urgent. A stolen identity document
    /// or a bank card that is not yet blocked can be misused at once, so those
    /// come before other property cases.
    pub fn priority(&self) -> i32 {
        let urgent = self.items.iter().any(|item| match item {
            Item::IdentityDocument(_) => true,
            Item::BankCard(card) => !card.blocked,
            _ => false,
        });
        if urgent {
            2
        } else {
            3
        }
    }
}

/// The last day on which a pre-complaint sent on `sent_on` can be signed.
pub fn signing_deadline(sent_on: NaiveDate) -> NaiveDate {
    sent_on
        .checked_add_days(Days::new(SIGNING_DAYS))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests;
