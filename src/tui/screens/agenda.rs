//! Agenda building, and the place between items: what has been processed,
//! what is in progress, what is waiting, with the selection reversed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

use super::View;
use crate::text::tui::Label;
use crate::tui::widgets::prose::Prose;
use crate::tui::widgets::text_panel::{Panel, title};

/// Draws the agenda, with what earlier meetings offer it underneath.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let offers = super::memory::offers_rows(view, area.width).min(area.height / 2);
    let [area, below] = ratatui::layout::Layout::vertical([
        ratatui::layout::Constraint::Min(3),
        ratatui::layout::Constraint::Length(offers),
    ])
    .areas(area);
    if offers > 0 {
        super::memory::draw_offers(view, buf, below);
    }
    let conflicts = super::conflicts_line(view).map(|line| {
        let rows = Prose::new(line.clone())
            .line_count(area.width)
            .min(usize::from(area.height / 3)) as u16;
        (line, rows)
    });
    let area = match conflicts {
        Some((line, rows)) => {
            let [top, rest] = ratatui::layout::Layout::vertical([
                ratatui::layout::Constraint::Length(rows),
                ratatui::layout::Constraint::Min(3),
            ])
            .areas(area);
            ratatui::widgets::Widget::render(Prose::new(line), top, buf);
            rest
        }
        None => area,
    };
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let mut scrolled = None;
    // With nothing on the agenda yet and an item offered below, the keys
    // act on the offer: only that panel is marked as the one in use, and
    // the empty agenda says how to take it.
    let offered = state.agenda.is_empty() && state.offers.iter().any(|o| o.is_open());
    let text: Text = if state.agenda.is_empty() {
        let empty = if offered && !view.presentation {
            Label::AgendaEmptyOffered
        } else {
            Label::AgendaEmpty
        };
        Text::from(Span::styled(words.label(empty), theme.muted))
    } else {
        let selected = view.selected.min(state.agenda.len() - 1);
        scrolled = Some(selected);
        state
            .agenda
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let (mark, status) = match &item.end {
                    Some(end) => (
                        "✓",
                        words.ending_for(end.ending, item.is_election()).to_owned(),
                    ),
                    None if item.started_at.is_some() => {
                        ("▶", words.label(Label::InProgress).to_owned())
                    }
                    None => ("·", words.label(Label::Waiting).to_owned()),
                };
                let pointer = if i == selected { "▸" } else { " " };
                let body = format!(
                    "{pointer}{mark} {}. {}  ({}: {})",
                    i + 1,
                    super::election::agenda_label(item, words),
                    words.label(Label::Owner),
                    state.name(item.owner)
                );
                let style = if i == selected {
                    theme.current
                } else if item.end.is_some() {
                    theme.muted
                } else {
                    theme.heading
                };
                Line::from(vec![
                    Span::styled(body, style),
                    Span::styled(format!("  — {status}"), theme.muted),
                ])
            })
            .collect::<Vec<_>>()
            .into()
    };
    let mut text = text;
    if let Some(selected) = scrolled {
        crate::tui::widgets::keep_in_view(&mut text.lines, selected, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n), theme.muted))
        });
    }
    Panel::new(title(words.label(Label::Agenda), !offered, theme), text)
        .counted(words)
        .draw(buf, area, theme);
}
