//! The pages of the discrimination report, one component per page.

mod check;
mod contact;
mod facts;
mod situation;
mod start;

pub use check::*;
pub use contact::*;
pub use facts::*;
pub use situation::*;
pub use start::*;

use crate::components::selected;
use crate::domain::discrimination::{DiscriminationDraft, Step};
use crate::domain::questionnaire::Questionnaire;

/// URL of the flow's start page.
pub const START: &str = "/discrimination";
/// URL of the check-your-answers page.
pub const CHECK: &str = "/discrimination/check";
/// URL of the confirmation page.
pub const CONFIRMATION: &str = "/discrimination/confirmation";

/// URL of a step.
pub fn step_href(step: Step) -> String {
    format!("{START}/{}", step.slug())
}

/// Where a step's back link goes: the check page when the citizen came
/// from there, the previous step otherwise.
pub fn back_href(step: Step, from_check: bool) -> String {
    if from_check {
        return CHECK.to_string();
    }
    DiscriminationDraft::default()
        .step_before(step)
        .map_or_else(|| START.to_string(), step_href)
}

/// "Step n of N" numbers of a step (every step applies to every report).
pub fn step_position(step: Step) -> (usize, usize) {
    DiscriminationDraft::default().progress(step)
}

#[cfg(test)]
mod tests;
