//! English. Plain words a facilitator would say aloud.

mod engine;

/// The English language.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;
