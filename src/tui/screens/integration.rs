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
    // At most the rows the objections may take (the proposal keeps five).
    let most_rows = body.height.saturating_sub(5).max(4);
    let list = objections(state);
    let current = item.current_version().map_or(0, |v| v.number);
    let selected = view.selected.min(list.len().saturating_sub(1));
    let inner = usize::from(body.width.saturating_sub(2));
    let mut lines = Vec::new();
    let mut selected_status = 0;
    for (i, c) in list.iter().enumerate() {
        let (style, pointer) = if i == selected {
            (theme.current, "▸ ")
        } else {
            (theme.heading, "  ")
        };
        let headline = format!(
            "{pointer}{}",
            words.concern_line(c.number, state.name(c.objector), &c.text)
        );
        // The selected objection is read in full as far as the panel
        // holds it with its status line (and the "more above" line when
        // objections come before it), shortened with "…" beyond that; the
        // others keep one line each, so every objection's confirmations
        // stay on the panel.
        let headline = if i == selected {
            let above = usize::from(i > 0);
            let rows = usize::from(most_rows.saturating_sub(2)).saturating_sub(1 + above);
            crate::text::clip(&headline, rows.saturating_sub(1).max(1) * inner.max(1))
        } else {
            crate::text::clip(&headline, inner)
        };
        lines.push(Line::from(Span::styled(headline, style)));
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
        if i == selected {
            selected_status = lines.len();
        }
        lines.push(Line::from(spans));
    }
    let panel = Panel::new(
        title(words.label(Label::Objections), false, theme),
        lines.clone().into(),
    );
    // As tall as the objections need, leaving the proposal five rows.
    let needed = panel.rows_needed(body.width);
    let rows = needed.min(body.height.saturating_sub(5)).max(4);
    let [proposal, objections_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(rows)]).areas(body);
    proposal_panel(view, item, false).draw(buf, proposal, theme);
    if !list.is_empty() && needed > rows {
        // The selected objection's status line (its ✓ confirmations) in sight.
        crate::tui::widgets::keep_in_view(&mut lines, selected_status, 0, objections_area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    Panel::new(
        title(words.label(Label::Objections), false, theme),
        lines.into(),
    )
    .counted(words)
    .draw(buf, objections_area, theme);
}
