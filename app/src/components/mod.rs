//! Pieces shared by every page: the page shell, form fields with their
//! label, hint and error, the error summary, the summary list, the step
//! indicator and the unit search page.

mod fields;
mod layout;
mod summary;
mod unit_choice;

pub use fields::*;
pub use layout::*;
pub use summary::*;
pub use unit_choice::*;
