//! Pieces shared by every page: the page shell, form fields with their
//! label, hint and error, the error summary, the summary list, the step
//! indicator, the unit search page, the quick exit, the scrolling region
//! of a wide table and the notice of a session's time limit.

mod fields;
mod layout;
mod safety;
mod session_limit;
mod summary;
mod table_region;
mod unit_choice;

pub use fields::*;
pub use layout::*;
pub use safety::*;
pub use session_limit::*;
pub use summary::*;
pub use table_region::*;
pub use unit_choice::*;
