//! The pages of the property pre-complaint, one component per page.

mod about;
mod check;
mod follow_up;
mod incident;
mod items;
mod start;

pub use about::*;
pub use check::*;
pub use follow_up::*;
pub use incident::*;
pub use items::*;
pub use start::*;

use crate::domain::pre_complaint::Step;

/// URL of the flow's start page.
pub const START: &str = "/pre-complaint";
/// URL of the check-your-answers page.
pub const CHECK: &str = "/pre-complaint/check";

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
    step.previous().map_or_else(|| START.to_string(), step_href)
}

/// "Step n of N" numbers of a step.
pub fn step_position(step: Step) -> (usize, usize) {
    (step.number(), Step::ALL.len())
}

/// The form value of a choice, as a one-element selection.
fn selected(value: &str) -> Vec<String> {
    if value.is_empty() {
        Vec::new()
    } else {
        vec![value.to_string()]
    }
}
