//! One component per page. A page receives everything it shows as props.

mod home;
mod problems;
pub mod pre_complaint;

pub use home::HomePage;
pub use problems::{Problem, ProblemPage, SessionExpiredPage};
