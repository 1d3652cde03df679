//! Check-in, reaction and closing rounds. During a reaction round the
//! proposal is shown beside (or under) the round, since that is what
//! people react to.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::item::proposal_panel;
use crate::tui::app::App;
use crate::tui::widgets::round_list;

/// Draws the round screen.
pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let state = app.session.state();
    let Some(round) = state.current_round() else {
        return;
    };
    match state.active_item() {
        None => round_list::draw(frame, area, round, state, app.now, app.words, &app.theme),
        Some(item) => {
            let [left, right] = split(area, round.order.len());
            round_list::draw(frame, left, round, state, app.now, app.words, &app.theme);
            proposal_panel(app, item, false).draw(frame, right, &app.theme);
        }
    }
}

/// Side by side on wide terminals, stacked (round first) on narrow ones.
pub fn split(area: Rect, people: usize) -> [Rect; 2] {
    if area.width >= 110 {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    } else {
        let round_rows = (people as u16 + 4).min(area.height / 2 + 2);
        Layout::vertical([Constraint::Length(round_rows), Constraint::Min(0)]).areas(area)
    }
}
