//! English. Plain words a facilitator would say aloud.

mod calendar;
pub mod cli;
mod election;
mod engine;
mod follow;
mod git;
mod gov_screen;
mod governance;
mod io;
mod memory;
mod minutes;
mod review;
mod review_screens;
mod serve;
mod store;
mod tactical;
mod tui;
mod work;

/// The English language.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;
