//! Keys of the review screens. As in the live meeting, one table per view
//! is both what the dispatcher reads and what the help overlay lists, so
//! help can never drift from the keys. No key here can change a session:
//! review and replay are read-only.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::tui::keys::{Binding, bind, find};

pub use crate::text::keys::ReviewAction;

/// Which key table applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewScreen {
    /// The list of sessions.
    Browser,
    /// One session's outputs, story and charts.
    Session,
    /// Carried-over threads of a circle.
    Carried,
    /// The replay of a session.
    Replay,
    /// Agreements past their review date.
    Due,
    /// Each metric's history in a circle.
    Metrics,
    /// The project board of a circle.
    Board,
    /// The governance record of a circle: its roles and policies.
    Record,
    /// One role's or policy's history in the governance record.
    RecordHistory,
}

/// One row of a review key table.
pub type ReviewBinding = Binding<ReviewAction>;

const fn b(code: KeyCode, action: ReviewAction, hint: bool) -> ReviewBinding {
    bind(code, action, hint)
}

use ReviewAction as A;

/// A key table with the six keys every list view scrolls by (↑ ↓ PgUp
/// PgDn Home End, none on the hint bar) between its own keys: `head`
/// before them, `tail` after, in the order help lists them.
macro_rules! with_scrolling {
    ([$($head:expr),* $(,)?], [$($tail:expr),* $(,)?]) => {
        &[
            $($head,)*
            b(KeyCode::Up, A::Up, false),
            b(KeyCode::Down, A::Down, false),
            b(KeyCode::PageUp, A::PageUp, false),
            b(KeyCode::PageDown, A::PageDown, false),
            b(KeyCode::Home, A::Top, false),
            b(KeyCode::End, A::Bottom, false),
            $($tail,)*
        ]
    };
}

const BROWSER: &[ReviewBinding] = with_scrolling!(
    [
        b(KeyCode::Enter, A::Open, true),
        b(KeyCode::Char('/'), A::Search, true),
        b(KeyCode::Esc, A::Clear, false),
        b(KeyCode::Char('f'), A::FilterCircle, true),
        b(KeyCode::Char('w'), A::FilterParticipant, true),
        b(KeyCode::Char('c'), A::Carried, true),
        b(KeyCode::Char('m'), A::Metrics, false),
        b(KeyCode::Char('v'), A::Due, false),
        b(KeyCode::Char('b'), A::Board, false),
        b(KeyCode::Char('g'), A::Record, false),
    ],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Char('q'), A::Back, true),
    ]
);

const SESSION: &[ReviewBinding] = with_scrolling!(
    [
        b(KeyCode::Tab, A::NextSection, true),
        b(KeyCode::BackTab, A::PrevSection, false),
        b(KeyCode::Char('r'), A::Replay, true),
        b(KeyCode::Char('e'), A::Export, true),
        b(KeyCode::Char('g'), A::Record, true),
    ],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Char('q'), A::Back, true),
        b(KeyCode::Esc, A::Back, false),
    ]
);

const CARRIED: &[ReviewBinding] = with_scrolling!(
    [],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Char('q'), A::Back, true),
        b(KeyCode::Esc, A::Back, false),
    ]
);

const BOARD: &[ReviewBinding] = with_scrolling!(
    [b(KeyCode::Char('b'), A::Board, true)],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Char('q'), A::Back, true),
        b(KeyCode::Esc, A::Back, false),
    ]
);

const REPLAY: &[ReviewBinding] = &[
    b(KeyCode::Char(' '), A::PlayPause, true),
    b(KeyCode::Char('+'), A::Faster, true),
    b(KeyCode::Char('-'), A::Slower, false),
    b(KeyCode::Right, A::StepForward, true),
    b(KeyCode::Left, A::StepBack, false),
    b(KeyCode::Char(']'), A::NextPhase, false),
    b(KeyCode::Char('['), A::PrevPhase, false),
    b(KeyCode::Char('}'), A::NextItem, true),
    b(KeyCode::Char('{'), A::PrevItem, false),
    b(KeyCode::PageDown, A::NextItem, false),
    b(KeyCode::PageUp, A::PrevItem, false),
    b(KeyCode::Home, A::Start, false),
    b(KeyCode::End, A::End, false),
    b(KeyCode::Char('g'), A::Record, false),
    b(KeyCode::Char('?'), A::Help, true),
    b(KeyCode::Char('q'), A::Back, true),
    b(KeyCode::Esc, A::Back, false),
];

const RECORD: &[ReviewBinding] = with_scrolling!(
    [
        b(KeyCode::Enter, A::History, true),
        b(KeyCode::Left, A::EarlierPoint, true),
        b(KeyCode::Right, A::LaterPoint, true),
        b(KeyCode::Char('/'), A::Search, false),
    ],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Char('q'), A::Back, true),
        b(KeyCode::Esc, A::Back, false),
    ]
);

const RECORD_HISTORY: &[ReviewBinding] = with_scrolling!(
    [
        b(KeyCode::Left, A::EarlierPoint, true),
        b(KeyCode::Right, A::LaterPoint, true),
    ],
    [
        b(KeyCode::Char('?'), A::Help, true),
        b(KeyCode::Esc, A::Back, true),
        b(KeyCode::Char('q'), A::Back, false),
    ]
);

/// Every review view, in the order README's Keys section lists them.
pub const ALL: [ReviewScreen; 9] = [
    ReviewScreen::Browser,
    ReviewScreen::Session,
    ReviewScreen::Replay,
    ReviewScreen::Carried,
    ReviewScreen::Due,
    ReviewScreen::Metrics,
    ReviewScreen::Board,
    ReviewScreen::Record,
    ReviewScreen::RecordHistory,
];

/// The key table of a view; help and the dispatcher both read it.
pub fn bindings(screen: ReviewScreen) -> &'static [ReviewBinding] {
    match screen {
        ReviewScreen::Browser => BROWSER,
        ReviewScreen::Session => SESSION,
        ReviewScreen::Carried => CARRIED,
        ReviewScreen::Replay => REPLAY,
        ReviewScreen::Due => CARRIED,
        ReviewScreen::Metrics => CARRIED,
        ReviewScreen::Board => BOARD,
        ReviewScreen::Record => RECORD,
        ReviewScreen::RecordHistory => RECORD_HISTORY,
    }
}

/// What a key press means on a view. Ctrl and Alt combinations mean
/// nothing here (Ctrl-C is handled before, as "leave").
pub fn lookup(screen: ReviewScreen, key: &KeyEvent) -> Option<ReviewAction> {
    find(bindings(screen), key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_means_two_things_on_one_view() {
        for screen in ALL {
            let table = bindings(screen);
            for (i, a) in table.iter().enumerate() {
                for other in &table[i + 1..] {
                    assert!(a.code != other.code, "{screen:?}: {:?} bound twice", a.code);
                }
            }
        }
    }

    #[test]
    fn every_view_has_help_and_back() {
        for screen in ALL {
            let table = bindings(screen);
            assert!(table.iter().any(|b| b.action == ReviewAction::Help));
            assert!(table.iter().any(|b| b.action == ReviewAction::Back));
        }
    }
}
