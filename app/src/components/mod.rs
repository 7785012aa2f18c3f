//! Pieces shared by every page: the page shell, form fields with their
//! label, hint and error, the error summary, the summary list and the step
//! indicator.

mod fields;
mod layout;
mod summary;

pub use fields::*;
pub use layout::*;
pub use summary::*;
