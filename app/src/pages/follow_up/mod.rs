//! "Follow my report": the pages a reporter sees with their follow-up code.
//! The code is typed on the first page and never shown again; the report
//! page shows where the report stands and the messages both ways. Titles
//! and addresses stay neutral: nothing names the subject of the report.

mod code;
mod report;

#[cfg(test)]
mod tests;

pub use code::*;
pub use report::*;

/// The page where the code is typed.
pub const FOLLOW_UP: &str = "/follow-up";
/// The report's page, once the code was recognised.
pub const FOLLOW_UP_REPORT: &str = "/follow-up/report";
/// Where the reporter's messages are posted.
pub const FOLLOW_UP_MESSAGES: &str = "/follow-up/messages";
/// Where "Stop here" posts.
pub const FOLLOW_UP_STOP: &str = "/follow-up/stop";
/// The page shown once the reporter stopped.
pub const FOLLOW_UP_STOPPED: &str = "/follow-up/stopped";
