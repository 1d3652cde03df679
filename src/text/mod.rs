//! Every word the product shows, in one place. Each area (engine, store,
//! CLI, minutes, screens) has a trait of words; each language implements all
//! of them in its own folder (`en/`, `nl/`). A language that misses a word does not
//! compile, which is the strongest "missing key" test there is.

pub mod calendar;
pub mod cli;
pub mod election;
pub mod en;
pub mod engine;
pub mod follow;
pub mod git;
pub mod gov_screen;
pub mod governance;
pub mod io;
pub mod keys;
pub mod memory;
pub mod minutes;
pub mod nl;
pub mod review;
pub mod review_screens;
pub mod serve;
pub mod store;
pub mod tactical;
pub mod tui;
pub mod work;

pub use calendar::CalendarWords;
pub use cli::{CliHelp, CliWords, UsageProblem};
pub use election::ElectionWords;
pub use engine::EngineWords;
pub use follow::FollowWords;
pub use git::GitWords;
pub use gov_screen::GovScreenWords;
pub use governance::GovernanceWords;
pub use io::{IoDoing, IoWords};
pub use memory::MemoryWords;
pub use minutes::MinutesWords;
pub use review::ReviewWords;
pub use review_screens::ReviewScreenWords;
pub use serve::ServeWords;
pub use store::StoreWords;
pub use tactical::TacticalWords;
pub use tui::TuiWords;
pub use work::WorkWords;

pub use crate::meeting::Lang;

/// Words are the text layer's business: the engine knows only which
/// language a meeting is held in (an inherent method may live in any module
/// of the crate, so `meeting` never imports `text`).
impl Lang {
    /// The words of this language.
    pub fn words(self) -> &'static dyn Words {
        match self {
            Lang::En => &en::English,
            Lang::Nl => &nl::Dutch,
        }
    }
}

/// All words of one language.
pub trait Words:
    EngineWords
    + CliWords
    + StoreWords
    + MinutesWords
    + TuiWords
    + ReviewWords
    + ReviewScreenWords
    + ElectionWords
    + TacticalWords
    + WorkWords
    + MemoryWords
    + GovernanceWords
    + GovScreenWords
    + ServeWords
    + FollowWords
    + GitWords
    + CalendarWords
    + IoWords
    + Sync
{
}

impl<T> Words for T where
    T: EngineWords
        + CliWords
        + StoreWords
        + MinutesWords
        + TuiWords
        + ReviewWords
        + ReviewScreenWords
        + ElectionWords
        + TacticalWords
        + WorkWords
        + MemoryWords
        + GovernanceWords
        + GovScreenWords
        + ServeWords
        + FollowWords
        + GitWords
        + CalendarWords
        + IoWords
        + Sync
{
}

/// Joins names as a person would say them: "Ana", "Ana and Bram",
/// "Ana, Bram and Chen".
pub fn join_names(names: &[String], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Upper-cases the first letter ("next action" → "Next action"), for words
/// that start a sentence or an entry; works for any script.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Shortens to `max` display columns (not bytes or chars: wide characters
/// and emoji count double) with an ellipsis, for table cells and lists.
pub fn clip(text: &str, max: usize) -> String {
    if unicode_width::UnicodeWidthStr::width(text) <= max {
        return text.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    // A cut that lands after a word ends on the word, not on a space
    // before the mark ("word…", not "word …").
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}
