//! The discrimination report (Code pénal art. 225-1, 225-2 and 432-7):
//! its answers, the order of its steps, and its triage priority.
//!
//! The report goes to the police unit the citizen chooses; with the
//! citizen's consent, the file is passed on to the Défenseur des droits too.

mod contact;
mod criteria;
mod facts;
mod situation;

pub use contact::*;
pub use criteria::*;
pub use facts::*;
pub use situation::*;

use serde::{Deserialize, Serialize};

use super::pre_complaint::Witnesses;
use super::questionnaire::Questionnaire;

/// Every answer given so far; stored as the server-side draft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DiscriminationDraft {
    /// Nobody is in danger and nobody was physically attacked.
    pub safe: bool,
    /// Who reports.
    pub reporter: Option<Reporter>,
    /// The domain of life where it happened.
    pub domain: Option<Domain>,
    /// The grounds, or "not sure".
    pub criteria: Option<Criteria>,
    /// Insulting, defamatory or provoking words, verbatim.
    pub words: Option<Words>,
    /// Who the author is.
    pub author: Option<Author>,
    /// When and where.
    pub when_where: Option<WhenWhere>,
    /// The account, in the citizen's words.
    pub account: Option<String>,
    /// Witnesses.
    pub witnesses: Option<Witnesses>,
    /// Code of the unit that will handle the report.
    pub unit: Option<String>,
    /// The reporter's identity, contact and consent.
    pub contact: Option<Contact>,
    /// The citizen has seen the check page: a changed answer returns there.
    pub checked: bool,
}

/// A page of the flow that collects answers, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Danger now? Physical violence?
    Safety,
    /// Victim, witness or representative.
    Role,
    /// Domain of life.
    Domain,
    /// Grounds of discrimination.
    Criteria,
    /// Words said or written.
    Words,
    /// The author.
    Author,
    /// When and where.
    WhenWhere,
    /// The account.
    Account,
    /// Witnesses.
    Witnesses,
    /// The unit that will handle the report.
    Unit,
    /// Identity, contact and consent.
    Contact,
}

impl Step {
    /// Every step, in the order the citizen meets them.
    pub const ALL: &'static [Step] = &[
        Step::Safety,
        Step::Role,
        Step::Domain,
        Step::Criteria,
        Step::Words,
        Step::Author,
        Step::WhenWhere,
        Step::Account,
        Step::Witnesses,
        Step::Unit,
        Step::Contact,
    ];

    /// The last part of the step's URL, `/discrimination/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Safety => "safety",
            Step::Role => "role",
            Step::Domain => "domain",
            Step::Criteria => "criteria",
            Step::Words => "words",
            Step::Author => "author",
            Step::WhenWhere => "when-where",
            Step::Account => "account",
            Step::Witnesses => "witnesses",
            Step::Unit => "unit",
            Step::Contact => "contact",
        }
    }

    /// The step whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.iter().copied().find(|s| s.slug() == slug)
    }
}

impl Questionnaire for DiscriminationDraft {
    type Step = Step;
    const STEPS: &'static [Step] = Step::ALL;

    fn is_complete(&self, step: Step) -> bool {
        match step {
            Step::Safety => self.safe,
            Step::Role => self.reporter.is_some(),
            Step::Domain => self.domain.is_some(),
            Step::Criteria => self.criteria.is_some(),
            Step::Words => self.words.is_some(),
            Step::Author => self.author.is_some(),
            Step::WhenWhere => self.when_where.is_some(),
            Step::Account => self.account.is_some(),
            Step::Witnesses => self.witnesses.is_some(),
            Step::Unit => self.unit.is_some(),
            Step::Contact => self
                .contact
                .as_ref()
                .zip(self.reporter)
                .is_some_and(|(contact, reporter)| contact.fits(reporter)),
        }
    }

    fn checked(&self) -> bool {
        self.checked
    }
}

/// Priority of a report by a person holding public authority, or with
/// hateful words: as urgent as the pre-complaint's urgent cases.
pub const PRIORITY_SERIOUS: i32 = 2;
/// Priority of any other report.
pub const PRIORITY_USUAL: i32 = 3;

impl DiscriminationDraft {
    /// Triage priority, 0 being the most urgent. Discrimination by someone
    /// holding public authority (art. 432-7, a heavier offence) and
    /// insulting, defamatory or provoking words (which may be a separate
    /// offence, and whose proof fades fast) come before the others; never
    /// before danger and violence, which do not come through this form.
    pub fn priority(&self) -> i32 {
        let public_authority = self.domain == Some(Domain::PublicOfficial)
            || self
                .author
                .as_ref()
                .is_some_and(|a| a.kind == AuthorKind::Administration);
        let words = matches!(self.words, Some(Words::Said { .. }));
        if public_authority || words {
            PRIORITY_SERIOUS
        } else {
            PRIORITY_USUAL
        }
    }

    /// Where the confirmation and the agent's messages go.
    pub fn email(&self) -> Option<&str> {
        self.contact.as_ref().map(|c| c.email.as_str())
    }
}

#[cfg(test)]
mod tests;
