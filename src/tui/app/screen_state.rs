//! What the app keeps per screen that is not in the session: the selected
//! row, the scroll offset and the focused panel. It belongs to one screen,
//! named by its id, and is rebuilt when the screen changes, so a screen
//! never starts on a row or panel another screen left behind.

use crate::tui::keys::Screen;

/// The UI state of the screen on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ScreenState {
    /// Which screen this state belongs to.
    pub screen: Screen,
    /// The selected row of the screen's list.
    pub selected: usize,
    /// How far the screen's long text is scrolled.
    pub scroll: u16,
    /// The panel with focus (present proposal, driver).
    pub focus: usize,
}

impl ScreenState {
    /// A screen's state when it comes up: top row, no scroll, first panel.
    pub(crate) fn new(screen: Screen) -> ScreenState {
        ScreenState {
            screen,
            selected: 0,
            scroll: 0,
            focus: 0,
        }
    }

    /// Keeps this state if it is `screen`'s, else starts `screen`'s
    /// afresh. Returns whether the screen changed.
    pub(crate) fn follow(&mut self, screen: Screen) -> bool {
        if self.screen == screen {
            return false;
        }
        *self = ScreenState::new(screen);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_screen_starts_afresh_and_the_same_screen_keeps_its_state() {
        let mut ui = ScreenState::new(Screen::Agenda);
        ui.selected = 3;
        ui.scroll = 6;
        ui.focus = 1;
        assert!(!ui.follow(Screen::Agenda));
        assert_eq!((ui.selected, ui.scroll, ui.focus), (3, 6, 1));
        assert!(ui.follow(Screen::Present));
        assert_eq!(ui, ScreenState::new(Screen::Present));
    }
}
