//! The agent workspace: sign-in with a second factor, the triage queue, the
//! case page, statistics and administration. Every page receives what it
//! shows; nothing here reads the database.

mod admin;
mod case;
mod layout;
mod queue;
mod sign_in;
mod slots;
mod statistics;

pub use admin::*;
pub use case::*;
pub use layout::*;
pub use queue::*;
pub use sign_in::*;
pub use slots::*;
pub use statistics::*;

use chrono::{DateTime, Utc};

use crate::domain::statistics::plain_duration;
use crate::i18n::t_count;

/// "3 hours", "2 days": how long ago, in plain words.
pub fn plain_age(since: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let (amount, unit) = plain_duration((now - since).num_seconds().max(0));
    t_count(&format!("duration-{unit}"), "count", amount as usize)
}

/// A date and time as agents read it (UTC shown as such).
pub fn display_time(at: DateTime<Utc>) -> String {
    at.format("%d/%m/%Y %H:%M UTC").to_string()
}
