//! English. Plain words a facilitator would say aloud.

mod engine;
mod tui;

/// The English language.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;
