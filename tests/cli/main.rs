//! The cli tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod bounded_memory;
mod cli;
mod consent_cli;
mod smaller;
mod theme;
