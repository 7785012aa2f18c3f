//! The pages of the violence report, one component per page. Every URL is
//! under the neutral `/report`, and every `<title>` is a neutral question
//! or heading: nothing in the address bar, the history or the title bar
//! names the subject. Every page offers the quick exit (its path is under
//! `/report`, see [`crate::components::QUICK_EXIT_PATHS`]).

mod check;
mod confirmation;
mod facts;
mod questions;
mod start;

pub use check::*;
pub use confirmation::*;
pub use facts::*;
pub use questions::*;
pub use start::*;

use crate::components::selected;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::violence::{Step, ViolenceDraft};

/// URL of the interruption page that opens the flow.
pub const START: &str = "/report";
/// URL of the safety advice.
pub const SAFETY_ADVICE: &str = "/report/safety-advice";
/// URL of the page with the numbers to call now (danger, a minor).
pub const HELP: &str = "/report/help";
/// URL of the check-your-answers page.
pub const CHECK: &str = "/report/check";
/// Where the check page's form posts; its answer shows the code once.
pub const SEND: &str = "/report/send";
/// URL of the page a sent report shows afterwards (without the code).
pub const SENT: &str = "/report/sent";
/// The page where the reporter follows their report with the code.
pub const FOLLOW_UP: &str = "/follow-up";

/// URL of a step.
pub fn step_href(step: Step) -> String {
    format!("{START}/{}", step.slug())
}

/// Where a step's back link goes: the check page when the person came
/// from there, the previous step otherwise.
pub fn back_href(step: Step, from_check: bool) -> String {
    if from_check {
        return CHECK.to_string();
    }
    ViolenceDraft::default()
        .step_before(step)
        .map_or_else(|| START.to_string(), step_href)
}

/// "Step n of N" numbers of a step (every step applies to every report).
pub fn step_position(step: Step) -> (usize, usize) {
    ViolenceDraft::default().progress(step)
}

#[cfg(test)]
mod tests;
