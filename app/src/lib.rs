//! The citizen complaint portal's pages, domain model and translations.
//!
//! Everything here is pure: pages are Leptos components rendered to HTML on
//! the server (no WebAssembly, no hydration), handed every value they show;
//! the domain parses what citizens type and decides where they go next.

pub mod components;
pub mod domain;
pub mod emails;
pub mod i18n;

#[cfg(test)]
mod catalogue_tests;
pub mod pages;
