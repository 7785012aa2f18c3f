//! The pre-complaint flow.
