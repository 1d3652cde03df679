//! Integration: the objections, one selected, with both confirmations
//! visible, beside the proposal and its versions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::View;
use super::item::{draw_head, proposal_panel};
use crate::meeting::state::{Concern, MeetingState};
use crate::text::tui::Label;
use crate::tui::widgets::text_panel::{Panel, title};

/// The concerns that are, or were, valid objections on this item.
pub fn objections(state: &MeetingState) -> Vec<&Concern> {
    crate::meeting::views::objections(state)
}

/// Draws the integration screen.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(item) = state.active_item() else {
        return;
    };
    let body = draw_head(view, item, buf, area);
    let list = objections(state);
    let rows = (list.len() as u16 * 2 + 2).min(body.height / 2).max(4);
    let [proposal, objections_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(rows)]).areas(body);
    proposal_panel(view, item, false).draw(buf, proposal, theme);
    let current = item.current_version().map_or(0, |v| v.number);
    let selected = view.selected.min(list.len().saturating_sub(1));
    let mut lines = Vec::new();
    for (i, c) in list.iter().enumerate() {
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
        let mut spans = vec![Span::styled(
            format!("    {}", words.concern_status(&c.status())),
            if c.is_open_objection() {
                theme.warn
            } else {
                theme.muted
            },
        )];
        if c.is_open_objection() {
            for (confirmed, label) in [
                (c.objector_confirmed, Label::ObjectorConfirmed),
                (c.proposer_confirmed, Label::ProposerConfirmed),
            ] {
                if confirmed == Some(current) {
                    spans.push(Span::styled(format!("  {}", words.label(label)), theme.ok));
                }
            }
        }
        lines.push(Line::from(spans));
    }
    Panel::new(
        title(words.label(Label::Objections), false, theme),
        lines.into(),
    )
    .draw(buf, objections_area, theme);
}
