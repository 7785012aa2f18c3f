//! One component per page. A page receives everything it shows as props.

pub mod agent;
pub mod complaint;
pub mod discrimination;
pub mod follow_up;
pub mod guide;
mod home;
pub mod orientation;
pub mod pre_complaint;
mod problems;
mod save_for_later;
pub mod violence;

pub use home::HomePage;
pub use problems::{Problem, ProblemPage, SessionExpiredPage};
pub use save_for_later::*;
