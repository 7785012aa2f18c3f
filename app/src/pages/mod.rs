//! One component per page. A page receives everything it shows as props.

pub mod agent;
mod home;
pub mod pre_complaint;
mod problems;

pub use home::HomePage;
pub use problems::{Problem, ProblemPage, SessionExpiredPage};
