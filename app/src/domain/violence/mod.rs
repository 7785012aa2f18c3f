//! The report of sexual and sexist violence (DESIGN.md §5 and §6 (c)): its
//! answers, the order of its steps, its triage priority and the unit that
//! receives it.
//!
//! Only the first two questions (is the person safe now, and for whom they
//! report) must be answered; every later question may be skipped, so the
//! check page can be reached as soon as those two are answered ("you can
//! stop here"). The reporter stays anonymous unless they choose otherwise.

mod contact;
mod facts;
mod situation;
mod support;
mod when;

pub use contact::*;
pub use facts::*;
pub use situation::*;
pub use support::*;
pub use when::*;

use serde::{Deserialize, Serialize};

use super::questionnaire::Questionnaire;
use super::unit::UnitSearch;

/// Every answer given so far; stored as the server-side draft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViolenceDraft {
    /// Whether the person is safe right now.
    pub safe_now: Option<SafeNow>,
    /// For whom the person reports, and whether that person is under 18.
    pub who: Option<Who>,
    /// Anonymous, or identified with a way to be contacted; `None` when
    /// the question was skipped (anonymous then).
    pub contact: Option<Contact>,
    /// The kinds of facts, in plain words.
    pub facts: Option<Facts>,
    /// When (roughly) and where (a département or a postcode).
    pub when_where: Option<WhenWhere>,
    /// Who the author is to the person.
    pub relationship: Option<Relationship>,
    /// What happened, in the person's words.
    pub description: Option<String>,
    /// The support the person would like.
    pub support: Vec<SupportWish>,
    /// The person has seen the check page: a changed answer returns there.
    pub checked: bool,
}

/// A page of the flow that collects answers, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Are you safe right now?
    Safe,
    /// For whom: myself, someone else, as a witness; under 18?
    Who,
    /// Anonymous or identified, and how to be contacted.
    ContactChoice,
    /// The kinds of facts.
    What,
    /// When and where, roughly.
    When,
    /// Who the author is to the person.
    Person,
    /// What happened, in the person's words.
    Details,
    /// The support wanted.
    Support,
}

impl Step {
    /// Every step, in the order the person meets them.
    pub const ALL: &'static [Step] = &[
        Step::Safe,
        Step::Who,
        Step::ContactChoice,
        Step::What,
        Step::When,
        Step::Person,
        Step::Details,
        Step::Support,
    ];

    /// The last part of the step's URL, `/report/<slug>`: neutral words
    /// that do not name the subject (browser history, address bar).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Safe => "safe",
            Step::Who => "who",
            Step::ContactChoice => "contact-choice",
            Step::What => "what",
            Step::When => "when",
            Step::Person => "person",
            Step::Details => "details",
            Step::Support => "support",
        }
    }

    /// The step whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.slug() == slug)
    }

    /// Whether the step must be answered before the report can be sent.
    pub fn required(self) -> bool {
        matches!(self, Step::Safe | Step::Who)
    }
}

impl Questionnaire for ViolenceDraft {
    type Step = Step;
    const STEPS: &'static [Step] = Step::ALL;

    /// The first two steps need an answer; every other one may be skipped.
    fn is_complete(&self, step: Step) -> bool {
        match step {
            Step::Safe => self.safe_now.is_some(),
            Step::Who => self.who.is_some(),
            _ => true,
        }
    }

    fn checked(&self) -> bool {
        self.checked
    }
}

/// Priority of a report by someone who is not safe right now: before
/// every other case.
pub const PRIORITY_DANGER: i32 = 0;
/// Priority of every other report of violence: before the other
/// categories, which use 2 and 3.
pub const PRIORITY_REPORT: i32 = 1;

/// The gendarmerie's digital brigade: receives the reports whose
/// département has no unit, or that do not say where it happened.
pub const NATIONAL_UNIT: &str = "GN-35-BRIGADE-NUMERIQUE";

impl ViolenceDraft {
    /// Whether the person said they are not safe, or not sure of it.
    pub fn in_danger(&self) -> bool {
        self.safe_now.is_some_and(|s| s != SafeNow::Yes)
    }

    /// Whether the person concerned is under 18 (119 is offered then).
    pub fn concerns_a_minor(&self) -> bool {
        self.who
            .as_ref()
            .is_some_and(|w| w.age == Some(Age::Under18))
    }

    /// Triage priority, 0 being the most urgent: immediate danger first,
    /// then every other report of violence, before any other category.
    pub fn priority(&self) -> i32 {
        if self.in_danger() {
            PRIORITY_DANGER
        } else {
            PRIORITY_REPORT
        }
    }

    /// Where to look for the unit that receives the report: the units of
    /// the département given, if any. The first active one found receives
    /// it; with none, [`NATIONAL_UNIT`] does.
    pub fn unit_search(&self) -> Option<UnitSearch> {
        let area = self.when_where.as_ref()?.area.as_ref()?;
        Some(UnitSearch::Postcode(area.postcode_prefix()))
    }

    /// Where the acknowledgement and the agent's messages may be emailed:
    /// only when the person gave their identity and asked to be contacted
    /// by email.
    pub fn email_for_messages(&self) -> Option<&str> {
        match &self.contact {
            Some(Contact::Identified(identified)) => match &identified.reach {
                Reach::Email(email) => Some(email.as_str()),
                Reach::Phone(_) => None,
            },
            _ => None,
        }
    }

    /// Whether the person chose to stay anonymous (or skipped the question).
    pub fn is_anonymous(&self) -> bool {
        !matches!(self.contact, Some(Contact::Identified(_)))
    }
}

#[cfg(test)]
mod tests;
