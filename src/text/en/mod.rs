//! English. Plain words a facilitator would say aloud.

mod engine;
mod store;

/// The English language.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;
