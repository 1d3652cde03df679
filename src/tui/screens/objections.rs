//! The objection round: the round itself, the proposal it is about, and
//! each concern with how it is being handled.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::item::{header, proposal_panel};
use super::rounds::split;
use crate::meeting::state::{ConcernStatus, Item};
use crate::text::tui::Label;
use crate::tui::widgets::round_list;
use crate::tui::widgets::text_panel::{Panel, title};

/// Draws the objection round screen.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let Some(item) = state.active_item() else {
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    ratatui::widgets::Paragraph::new(header(view, item)).render(head, buf);
    let Some(round) = state.current_round() else {
        return;
    };
    if body.width < 110 && round.is_complete() && !item.concerns().is_empty() {
        // Narrow screen, round done: the concerns are what the facilitator
        // works on now; the proposal's version stays in the header.
        let rows = (round.order.len() as u16 + 4).min(body.height / 2);
        let [top, bottom] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(body);
        round_list::draw(buf, top, round, state, view.now, view.words, &view.theme);
        concern_list(view, item, bottom).draw(buf, bottom, &view.theme);
        return;
    }
    let [left, right] = split(body, round.order.len());
    round_list::draw(buf, left, round, state, view.now, view.words, &view.theme);
    if item.concerns().is_empty() {
        proposal_panel(view, item, false).draw(buf, right, &view.theme);
    } else {
        let [proposal, concerns] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(right);
        proposal_panel(view, item, false).draw(buf, proposal, &view.theme);
        concern_list(view, item, concerns).draw(buf, concerns, &view.theme);
    }
}

/// The concerns, two lines each, scrolled so the selected one is in sight.
fn concern_list(view: &View, item: &Item, area: Rect) -> Panel {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let selected = view.selected.min(item.concerns().len().saturating_sub(1));
    let mut lines = Vec::new();
    for (i, c) in item.concerns().iter().enumerate() {
        let status = c.status();
        let (style, pointer) = if i == selected {
            (theme.current, "▸ ")
        } else {
            (theme.heading, "  ")
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{pointer}{}",
                words.concern_line(c.number, state.name(c.objector), &c.text)
            ),
            style,
        )));
        let status_style = match status {
            ConcernStatus::Raised | ConcernStatus::Testing | ConcernStatus::Valid => theme.warn,
            _ => theme.muted,
        };
        let mut spans = vec![Span::styled(
            format!("    {}", words.concern_status(&status)),
            status_style,
        )];
        if let Some(by) = c.test_requested_by {
            spans.push(Span::styled(
                format!(
                    " · {} {}",
                    words.label(Label::TestRequestedBy),
                    state.name(by)
                ),
                theme.muted,
            ));
        }
        lines.push(Line::from(spans));
    }
    if !item.concerns().is_empty() {
        crate::tui::widgets::keep_in_view(&mut lines, 2 * selected, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    Panel::new(
        title(words.label(Label::Concerns), false, theme),
        lines.into(),
    )
}
