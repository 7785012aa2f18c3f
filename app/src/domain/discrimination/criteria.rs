//! The grounds of discrimination the law lists (Code pénal art. 225-1),
//! and the citizen's choice among them: one or more, or "not sure".

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;

/// A ground of discrimination listed in article 225-1 of the Code pénal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// Origin.
    Origin,
    /// Sex.
    Sex,
    /// Family situation.
    FamilySituation,
    /// Pregnancy.
    Pregnancy,
    /// Physical appearance.
    PhysicalAppearance,
    /// Particular vulnerability resulting from one's economic situation.
    EconomicVulnerability,
    /// Surname.
    Surname,
    /// Place of residence.
    PlaceOfResidence,
    /// State of health.
    Health,
    /// Loss of autonomy.
    LossOfAutonomy,
    /// Disability.
    Disability,
    /// Genetic characteristics.
    GeneticCharacteristics,
    /// Morals (mœurs).
    Morals,
    /// Sexual orientation.
    SexualOrientation,
    /// Gender identity.
    GenderIdentity,
    /// Age.
    Age,
    /// Political opinions.
    PoliticalOpinions,
    /// Trade-union activities.
    TradeUnion,
    /// Ability to express oneself in a language other than French.
    Language,
    /// Membership or non-membership, real or supposed, of an ethnic group,
    /// a nation, a so-called race or a religion.
    EthnicityNationRaceReligion,
    /// Status of whistleblower, facilitator or person connected to one.
    Whistleblower,
}

impl Criterion {
    /// Every criterion, in the order of the law.
    pub const ALL: &'static [Criterion] = &[
        Criterion::Origin,
        Criterion::Sex,
        Criterion::FamilySituation,
        Criterion::Pregnancy,
        Criterion::PhysicalAppearance,
        Criterion::EconomicVulnerability,
        Criterion::Surname,
        Criterion::PlaceOfResidence,
        Criterion::Health,
        Criterion::LossOfAutonomy,
        Criterion::Disability,
        Criterion::GeneticCharacteristics,
        Criterion::Morals,
        Criterion::SexualOrientation,
        Criterion::GenderIdentity,
        Criterion::Age,
        Criterion::PoliticalOpinions,
        Criterion::TradeUnion,
        Criterion::Language,
        Criterion::EthnicityNationRaceReligion,
        Criterion::Whistleblower,
    ];

    /// Criteria whose label needs a short explanation beside it.
    pub const WITH_HINT: &'static [Criterion] = &[
        Criterion::Origin,
        Criterion::FamilySituation,
        Criterion::EconomicVulnerability,
        Criterion::PlaceOfResidence,
        Criterion::LossOfAutonomy,
        Criterion::GeneticCharacteristics,
        Criterion::Morals,
        Criterion::GenderIdentity,
        Criterion::Language,
        Criterion::EthnicityNationRaceReligion,
        Criterion::Whistleblower,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Criterion::Origin => "origin",
            Criterion::Sex => "sex",
            Criterion::FamilySituation => "family-situation",
            Criterion::Pregnancy => "pregnancy",
            Criterion::PhysicalAppearance => "physical-appearance",
            Criterion::EconomicVulnerability => "economic-vulnerability",
            Criterion::Surname => "surname",
            Criterion::PlaceOfResidence => "place-of-residence",
            Criterion::Health => "health",
            Criterion::LossOfAutonomy => "loss-of-autonomy",
            Criterion::Disability => "disability",
            Criterion::GeneticCharacteristics => "genetic-characteristics",
            Criterion::Morals => "morals",
            Criterion::SexualOrientation => "sexual-orientation",
            Criterion::GenderIdentity => "gender-identity",
            Criterion::Age => "age",
            Criterion::PoliticalOpinions => "political-opinions",
            Criterion::TradeUnion => "trade-union",
            Criterion::Language => "language",
            Criterion::EthnicityNationRaceReligion => "ethnicity-nation-race-religion",
            Criterion::Whistleblower => "whistleblower",
        }
    }

    /// Whether the label has a hint.
    pub fn has_hint(self) -> bool {
        Criterion::WITH_HINT.contains(&self)
    }
}

/// The form value of "I am not sure".
pub const NOT_SURE: &str = "not-sure";

/// The grounds the citizen believes the discrimination was based on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "sure", rename_all = "kebab-case")]
pub enum Criteria {
    /// The citizen does not know which ground applies.
    NotSure,
    /// One or more grounds, in the order of the law.
    Known {
        /// The grounds, never empty.
        criteria: Vec<Criterion>,
    },
}

impl Criteria {
    /// The form values, for re-displaying the page.
    pub fn values(&self) -> Vec<String> {
        match self {
            Criteria::NotSure => vec![NOT_SURE.to_string()],
            Criteria::Known { criteria } => criteria.iter().map(|c| c.slug().to_string()).collect(),
        }
    }
}

/// Raw answers of the criteria page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CriteriaForm {
    /// Ticked boxes (repeated field).
    pub criteria: Vec<String>,
}

impl CriteriaForm {
    /// Parses the ticked boxes: at least one; "not sure" alone or not at
    /// all; repeated values count once.
    pub fn parse(&self) -> Result<Criteria, FieldErrors> {
        let mut errors = FieldErrors::new();
        let not_sure = self.criteria.iter().any(|v| v == NOT_SURE);
        let mut chosen = Vec::new();
        for value in self.criteria.iter().filter(|v| *v != NOT_SURE) {
            match Criterion::ALL.iter().find(|c| c.slug() == value) {
                Some(criterion) => chosen.push(*criterion),
                None => errors.add("criteria", "error-invalid"),
            }
        }
        if not_sure && !chosen.is_empty() {
            errors.add("criteria", "error-criteria-not-sure-alone");
        }
        if !not_sure && chosen.is_empty() {
            errors.add("criteria", "error-choose");
        }
        errors.into_result(|| {
            if not_sure {
                return Criteria::NotSure;
            }
            let criteria = Criterion::ALL
                .iter()
                .copied()
                .filter(|c| chosen.contains(c))
                .collect();
            Criteria::Known { criteria }
        })
    }
}
