//! The domain model: what a submission is, the rules its answers follow and
//! the decisions taken from them. Pure code: no I/O, no clock, no randomness.

pub mod errors;
pub mod form;
pub mod pre_complaint;
pub mod reference;
pub mod unit;
pub mod values;
