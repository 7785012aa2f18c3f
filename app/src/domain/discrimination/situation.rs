//! The first answers of a discrimination report: the safety check, who
//! reports, the domain of life where it happened, the words said and who
//! the author is.

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::{
    choice, optional_text, required_long_text, yes_no, yes_no_value, SHORT_MAX,
};

/// Raw answers of the safety page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SafetyForm {
    /// Is someone in danger right now? `yes` or `no`.
    pub danger: String,
    /// Was anyone physically attacked? `yes` or `no`.
    pub violence: String,
}

/// Where the safety answers send the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    /// Nobody is in danger and nobody was hit: the report fits.
    Continue,
    /// Someone is in danger now: call 17 or 112, or text 114.
    Danger,
    /// Physical violence: a complaint in person at a police station or
    /// gendarmerie, where the discriminatory motive is an aggravating
    /// circumstance.
    Violence,
}

impl SafetyForm {
    /// The answers of a citizen who may continue, for re-displaying the page.
    pub fn safe() -> Self {
        SafetyForm {
            danger: yes_no_value(false),
            violence: yes_no_value(false),
        }
    }

    /// Decides where the citizen goes; danger wins over everything, even
    /// over a missing answer.
    pub fn parse(&self) -> Result<Safety, FieldErrors> {
        let mut errors = FieldErrors::new();
        let danger = yes_no(&mut errors, "danger", &self.danger);
        if danger == Some(true) {
            return Ok(Safety::Danger);
        }
        let violence = yes_no(&mut errors, "violence", &self.violence);
        errors.into_result(|| {
            if violence == Some(true) {
                Safety::Violence
            } else {
                Safety::Continue
            }
        })
    }
}

/// Who makes the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reporter {
    /// The person discriminated against.
    Victim,
    /// Someone who saw or heard it.
    Witness,
    /// Someone acting for the victim: a parent, a guardian, an association.
    Representative,
}

impl Reporter {
    /// Every choice, in display order.
    pub const ALL: &'static [Reporter] = &[
        Reporter::Victim,
        Reporter::Witness,
        Reporter::Representative,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Reporter::Victim => "victim",
            Reporter::Witness => "witness",
            Reporter::Representative => "representative",
        }
    }

    /// Parses the `reporter` radio.
    pub fn parse(input: &str) -> Result<Reporter, FieldErrors> {
        let mut errors = FieldErrors::new();
        choice(
            &mut errors,
            "reporter",
            input,
            Reporter::ALL,
            Reporter::slug,
        )
        .ok_or(errors)
    }
}

/// The domain of life where the discrimination happened (Code pénal
/// art. 225-2 and 432-7), plus "something else".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Domain {
    /// A good or a service refused: shops, housing, banking, leisure.
    GoodsAndServices,
    /// The normal exercise of an economic activity hindered.
    EconomicActivity,
    /// Hiring refused, a sanction or a dismissal.
    Employment,
    /// A good, a service, a job offer or an internship made conditional on
    /// a criterion.
    ConditionalOffer,
    /// A social-security internship (Code de la sécurité sociale
    /// art. L. 412-8) refused.
    SocialSecurityInternship,
    /// A person holding public authority refused a right or hindered an
    /// economic activity (art. 432-7).
    PublicOfficial,
    /// Anything else.
    Other,
}

impl Domain {
    /// Every choice, in display order.
    pub const ALL: &'static [Domain] = &[
        Domain::GoodsAndServices,
        Domain::EconomicActivity,
        Domain::Employment,
        Domain::ConditionalOffer,
        Domain::SocialSecurityInternship,
        Domain::PublicOfficial,
        Domain::Other,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Domain::GoodsAndServices => "goods-and-services",
            Domain::EconomicActivity => "economic-activity",
            Domain::Employment => "employment",
            Domain::ConditionalOffer => "conditional-offer",
            Domain::SocialSecurityInternship => "social-security-internship",
            Domain::PublicOfficial => "public-official",
            Domain::Other => "other",
        }
    }

    /// Parses the `domain` radio.
    pub fn parse(input: &str) -> Result<Domain, FieldErrors> {
        let mut errors = FieldErrors::new();
        choice(&mut errors, "domain", input, Domain::ALL, Domain::slug).ok_or(errors)
    }
}

/// Insulting, defamatory or provoking words said or written during the facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "said", rename_all = "kebab-case")]
pub enum Words {
    /// No such words.
    None,
    /// Words were said or written, quoted as the citizen remembers them.
    Said {
        /// The words, verbatim.
        verbatim: String,
    },
}

/// Raw answers of the words page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WordsForm {
    /// `yes` when words were said or written.
    pub words_said: String,
    /// The words, verbatim.
    pub words: String,
}

impl WordsForm {
    /// Re-displays a saved answer.
    pub fn from_answer(answer: &Words) -> Self {
        match answer {
            Words::None => WordsForm {
                words_said: yes_no_value(false),
                ..Default::default()
            },
            Words::Said { verbatim } => WordsForm {
                words_said: yes_no_value(true),
                words: verbatim.clone(),
            },
        }
    }

    /// Parses the page; the words are required only when some were said.
    pub fn parse(&self) -> Result<Words, FieldErrors> {
        let mut errors = FieldErrors::new();
        match yes_no(&mut errors, "words_said", &self.words_said) {
            Some(true) => required_long_text(&mut errors, "words", &self.words)
                .map(|verbatim| Words::Said { verbatim })
                .ok_or(errors),
            Some(false) => Ok(Words::None),
            None => Err(errors),
        }
    }
}

/// What kind of author the discrimination came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthorKind {
    /// A private person.
    Person,
    /// A company, a shop, a landlord, an association.
    Company,
    /// An administration or a public service.
    Administration,
}

impl AuthorKind {
    /// Every choice, in display order.
    pub const ALL: &'static [AuthorKind] = &[
        AuthorKind::Person,
        AuthorKind::Company,
        AuthorKind::Administration,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            AuthorKind::Person => "person",
            AuthorKind::Company => "company",
            AuthorKind::Administration => "administration",
        }
    }
}

/// Who the author is, as far as the citizen knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    /// A person, a company or an administration.
    pub kind: AuthorKind,
    /// Whether the citizen knows who it is.
    pub known: bool,
    /// Name of the person or organisation, when known and given.
    pub name: Option<String>,
}

/// Raw answers of the author page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AuthorForm {
    /// `person`, `company` or `administration`.
    pub author_kind: String,
    /// `yes` when the citizen knows who it is.
    pub author_known: String,
    /// Name of the person or organisation (optional).
    pub author_name: String,
}

impl AuthorForm {
    /// Re-displays a saved answer.
    pub fn from_answer(author: &Author) -> Self {
        AuthorForm {
            author_kind: author.kind.slug().into(),
            author_known: yes_no_value(author.known),
            author_name: author.name.clone().unwrap_or_default(),
        }
    }

    /// Parses the page; a name typed for an unknown author is not kept.
    pub fn parse(&self) -> Result<Author, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = choice(
            &mut errors,
            "author_kind",
            &self.author_kind,
            AuthorKind::ALL,
            AuthorKind::slug,
        );
        let known = yes_no(&mut errors, "author_known", &self.author_known);
        let name = optional_text(&mut errors, "author_name", &self.author_name, SHORT_MAX);
        match (kind, known) {
            (Some(kind), Some(known)) if errors.is_empty() => Ok(Author {
                kind,
                known,
                name: name.filter(|_| known),
            }),
            _ => Err(errors),
        }
    }
}
