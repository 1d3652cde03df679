//! Text folding for search and matching, shared with the engine (which
//! matches typed names by it): see [`crate::meeting::fold`].

pub use crate::meeting::fold::{fold, key};
