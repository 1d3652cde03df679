//! Check-in, reaction and closing rounds. During a reaction round the
//! proposal is shown beside (or under) the round, since that is what
//! people react to.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

use super::View;
use super::item::proposal_panel;
use crate::tui::widgets::round_list;

/// Draws the round screen.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let Some(round) = state.current_round() else {
        return;
    };
    match state.active_item() {
        None => round_list::draw(buf, area, round, state, view.now, view.words, &view.theme),
        Some(item) => {
            let [left, right] = split(area, round.order.len());
            round_list::draw(buf, left, round, state, view.now, view.words, &view.theme);
            proposal_panel(view, item, false).draw(buf, right, &view.theme);
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
