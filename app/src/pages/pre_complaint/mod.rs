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

use leptos::prelude::use_context;

use crate::components::selected;
use crate::domain::pre_complaint::Step;

/// URL of the flow's start page.
pub const START: &str = "/pre-complaint";
/// URL of the check-your-answers page.
pub const CHECK: &str = "/pre-complaint/check";

/// URL of a step.
pub fn step_href(step: Step) -> String {
    format!("{START}/{}", step.slug())
}

/// In the render context of a page when the draft is an online complaint
/// (identity verified): its steps stop before the appointment step, and
/// its pages say "complaint" rather than "pre-complaint".
#[derive(Debug, Clone, Copy)]
pub struct OnlineComplaint;

/// Whether the page being rendered belongs to an online complaint.
pub fn is_online_complaint() -> bool {
    use_context::<OnlineComplaint>().is_some()
}

/// Where a step's back link goes: the check page when the citizen came
/// from there, the previous step otherwise.
pub fn back_href(step: Step, from_check: bool) -> String {
    if from_check {
        return CHECK.to_string();
    }
    step.previous().map_or_else(|| START.to_string(), step_href)
}

/// The last step the citizen answers before checking.
pub fn last_step() -> Step {
    if is_online_complaint() {
        Step::Unit
    } else {
        Step::Appointment
    }
}

/// "Step n of N" numbers of a step.
pub fn step_position(step: Step) -> (usize, usize) {
    (step.number(), last_step().number())
}
