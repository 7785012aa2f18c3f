//! The support the person would like: a call back, information about
//! filing a complaint, Violences Femmes Info (3919), France Victimes
//! (116 006). Optional; several may be chosen.

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;

/// A kind of support the person would like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportWish {
    /// To be called back by a trained police officer or gendarme.
    CallBack,
    /// Information about filing a complaint.
    ComplaintInformation,
    /// To talk with Violences Femmes Info (3919).
    ViolenceAgainstWomenLine,
    /// Help from a victim support association (France Victimes, 116 006).
    VictimSupport,
}

impl SupportWish {
    /// Every choice, in display order.
    pub const ALL: &'static [SupportWish] = &[
        SupportWish::CallBack,
        SupportWish::ComplaintInformation,
        SupportWish::ViolenceAgainstWomenLine,
        SupportWish::VictimSupport,
    ];

    /// Form value and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            SupportWish::CallBack => "call-back",
            SupportWish::ComplaintInformation => "complaint-information",
            SupportWish::ViolenceAgainstWomenLine => "line-3919",
            SupportWish::VictimSupport => "victim-support",
        }
    }
}

/// Raw answers of the support page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SupportForm {
    /// Ticked boxes (repeated field).
    pub support: Vec<String>,
}

impl SupportForm {
    /// The form values of saved wishes, for re-displaying the page.
    pub fn values(wishes: &[SupportWish]) -> Vec<String> {
        wishes.iter().map(|w| w.slug().to_string()).collect()
    }

    /// Parses the ticked boxes: none is fine; repeated values count once,
    /// in display order; a value not offered is refused.
    pub fn parse(&self) -> Result<Vec<SupportWish>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut ticked = Vec::new();
        for value in &self.support {
            match SupportWish::ALL.iter().find(|w| w.slug() == value) {
                Some(wish) => ticked.push(*wish),
                None => errors.add("support", "error-invalid"),
            }
        }
        errors.into_result(|| {
            SupportWish::ALL
                .iter()
                .copied()
                .filter(|w| ticked.contains(w))
                .collect()
        })
    }
}
