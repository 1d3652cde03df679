//! Close-out: every unreached or unfinished item is carried over or let go.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::View;
use crate::meeting::state::{Item, MeetingState};
use crate::text::tui::{KeyText, Label};
use crate::tui::widgets::text_panel::{Panel, title};

/// Items close-out must decide, in agenda order (decided ones included, so
/// the facilitator can see and change them).
pub fn undecided(state: &MeetingState) -> Vec<&Item> {
    crate::meeting::views::undecided(state)
}

/// Draws the close-out screen.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let items = undecided(state);
    let selected = view.selected.min(items.len().saturating_sub(1));
    let mut lines: Vec<Line> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let decided = item.disposition.map(|d| words.disposition(d));
            let mark = if decided.is_some() { "✓" } else { "?" };
            let (style, pointer) = if i == selected {
                (theme.current, "▸")
            } else {
                (theme.heading, " ")
            };
            Line::from(vec![
                Span::styled(
                    format!(
                        "{pointer}{mark} {}  ({})",
                        item.label,
                        state.name(item.owner)
                    ),
                    style,
                ),
                Span::styled(
                    format!("  → {}", decided.unwrap_or("…")),
                    if decided.is_some() {
                        theme.ok
                    } else {
                        theme.warn
                    },
                ),
            ])
        })
        .collect();
    if !items.is_empty() {
        crate::tui::widgets::keep_in_view(&mut lines, selected, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n), theme.muted))
        });
    }
    if items.iter().all(|i| i.disposition.is_some()) {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            words.key_text(KeyText::AllDecided),
            theme.ok,
        )));
    }
    Panel::new(
        title(words.label(Label::CloseOut), true, theme),
        lines.into(),
    )
    .counted(words)
    .draw(buf, area, theme);
}
