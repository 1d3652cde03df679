//! Dutch (Nederlands). Written the way a Dutch facilitator speaks in a
//! meeting, with the words of process.md: spanning, agendapunt, voorstel,
//! bezwaar, rolverleg. Not a word-for-word translation of `en/`.

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

/// The Dutch language.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dutch;
