//! What happened, in plain and non-graphic words: the kinds of facts
//! (or "not sure"), who the author is to the person, and the person's own
//! description. Every answer here is optional.

use serde::{Deserialize, Serialize};

use super::situation::optional_choice;
use crate::domain::errors::FieldErrors;
use crate::domain::form::optional_long_text;

/// A kind of facts, named in plain words on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// Sexist remarks, insults or behaviour.
    Sexist,
    /// Repeated unwanted remarks, messages or behaviour of a sexual nature.
    Harassment,
    /// Being touched in a sexual way without agreeing to it.
    Touching,
    /// A sexual act forced on the person, rape included.
    ForcedAct,
    /// Someone exposing their body in a sexual way.
    Exposure,
    /// Intimate images taken or shared without agreement, sexual messages.
    Images,
    /// Violence, threats or control from a partner or an ex-partner.
    Partner,
    /// Something else.
    Other,
}

impl FactKind {
    /// Every kind, in display order.
    pub const ALL: &'static [FactKind] = &[
        FactKind::Sexist,
        FactKind::Harassment,
        FactKind::Touching,
        FactKind::ForcedAct,
        FactKind::Exposure,
        FactKind::Images,
        FactKind::Partner,
        FactKind::Other,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            FactKind::Sexist => "sexist",
            FactKind::Harassment => "harassment",
            FactKind::Touching => "touching",
            FactKind::ForcedAct => "forced-act",
            FactKind::Exposure => "exposure",
            FactKind::Images => "images",
            FactKind::Partner => "partner",
            FactKind::Other => "other",
        }
    }
}

/// The form value of "I am not sure how to describe it".
pub const NOT_SURE: &str = "not-sure";

/// The kinds of facts ticked, and whether the person is not sure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The kinds ticked, in display order.
    pub kinds: Vec<FactKind>,
    /// "I am not sure how to describe it" is ticked.
    pub not_sure: bool,
}

impl Facts {
    /// The form values, for re-displaying the page.
    pub fn values(&self) -> Vec<String> {
        let mut values: Vec<String> = self.kinds.iter().map(|k| k.slug().to_string()).collect();
        if self.not_sure {
            values.push(NOT_SURE.to_string());
        }
        values
    }
}

/// Raw answers of the "what happened" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FactsForm {
    /// Ticked boxes (repeated field).
    pub facts: Vec<String>,
}

impl FactsForm {
    /// Parses the ticked boxes: none is a skipped question (`None`);
    /// "not sure" may go with other boxes (the person may know part of
    /// it); repeated values count once; a value not offered is refused.
    pub fn parse(&self) -> Result<Option<Facts>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let not_sure = self.facts.iter().any(|v| v == NOT_SURE);
        let mut ticked = Vec::new();
        for value in self.facts.iter().filter(|v| *v != NOT_SURE) {
            match FactKind::ALL.iter().find(|k| k.slug() == value) {
                Some(kind) => ticked.push(*kind),
                None => errors.add("facts", "error-invalid"),
            }
        }
        errors.into_result(|| {
            let kinds: Vec<FactKind> = FactKind::ALL
                .iter()
                .copied()
                .filter(|k| ticked.contains(k))
                .collect();
            (not_sure || !kinds.is_empty()).then_some(Facts { kinds, not_sure })
        })
    }
}

/// Who the author is to the person it happened to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// A partner or an ex-partner.
    Partner,
    /// Someone in the family.
    Family,
    /// Someone the person knows: a friend, a neighbour, an acquaintance.
    Acquaintance,
    /// Someone from work, school or studies.
    WorkOrStudies,
    /// Someone met online.
    Online,
    /// Someone the person does not know.
    Stranger,
    /// The reporter would rather not say.
    RatherNotSay,
}

impl Relationship {
    /// Every choice, in display order.
    pub const ALL: &'static [Relationship] = &[
        Relationship::Partner,
        Relationship::Family,
        Relationship::Acquaintance,
        Relationship::WorkOrStudies,
        Relationship::Online,
        Relationship::Stranger,
        Relationship::RatherNotSay,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Relationship::Partner => "partner",
            Relationship::Family => "family",
            Relationship::Acquaintance => "acquaintance",
            Relationship::WorkOrStudies => "work-or-studies",
            Relationship::Online => "online",
            Relationship::Stranger => "stranger",
            Relationship::RatherNotSay => "rather-not-say",
        }
    }
}

/// Raw answer of the "who is this person to you" page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RelationshipForm {
    /// One of [`Relationship::slug`], or nothing.
    pub relationship: String,
}

impl RelationshipForm {
    /// Parses the optional choice.
    pub fn parse(&self) -> Result<Option<Relationship>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let found = optional_choice(
            &mut errors,
            "relationship",
            &self.relationship,
            Relationship::ALL,
            Relationship::slug,
        );
        errors.into_result(|| found)
    }
}

/// Raw answer of the description page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DetailsForm {
    /// What happened, in the person's words (optional).
    pub details: String,
}

impl DetailsForm {
    /// Parses the optional description: blank is `None`, at most
    /// [`crate::domain::form::LONG_MAX`] characters.
    pub fn parse(&self) -> Result<Option<String>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = optional_long_text(&mut errors, "details", &self.details);
        errors.into_result(|| text)
    }
}
