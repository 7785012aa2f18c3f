//! The domain model: what a submission is, the rules its answers follow and
//! the decisions taken from them. Pure code: no I/O, no clock, no randomness.

pub mod audit;
pub mod case;
pub mod discrimination;
pub mod errors;
pub mod follow_up_code;
pub mod form;
pub mod helpline;
pub mod orientation;
pub mod pre_complaint;
pub mod questionnaire;
pub mod queue;
pub mod reference;
pub mod statistics;
pub mod unit;
pub mod values;
pub mod violence;
