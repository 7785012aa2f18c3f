//! The orientation pages: one question per page, then the destination
//! page that says where to go; and the lists of helplines they show.

mod destination;
mod helplines;
mod question;

pub use destination::*;
pub use helplines::*;
pub use question::*;

use crate::domain::orientation::Destination;

/// URL of the first question; every question form posts here.
pub const START: &str = "/orientation";

/// URL of a destination page. It names the destination, never an answer.
pub fn destination_href(destination: Destination) -> String {
    format!("{START}/result/{}", destination.slug())
}

#[cfg(test)]
mod tests;
