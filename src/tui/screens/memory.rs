//! What earlier meetings left this one, on screen: the action review
//! (the circle's open actions, each done / still open / dropped), the
//! items offered to the agenda (carried over, reviews due, terms ending;
//! drawn under the agenda), and the project board of a tactical meeting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

use super::View;
use crate::meeting::actions::ActionStatus;
use crate::tui::widgets::keep_in_view;
use crate::tui::widgets::text_panel::{Panel, title};

/// Draws the action review: each offered action with its owner, age and
/// answer, oldest first.
pub fn draw_actions(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let actions = &state.tactical.actions;
    let selected = view.selected.min(actions.len().saturating_sub(1));
    let answered = actions.iter().filter(|a| a.answer.is_some()).count();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, action) in actions.iter().enumerate() {
        let current = i == selected;
        let pointer = if current { "▸" } else { " " };
        let owner = action
            .offered
            .owner
            .clone()
            .unwrap_or_else(|| words.action_no_owner().to_owned());
        let mut owner = match &action.offered.role {
            Some(role) => format!("{owner} ({role})"),
            None => owner,
        };
        if action.offered.accepted {
            owner.push_str(&format!(", {}", words.accepted()));
        }
        lines.push(Line::from(vec![
            Span::styled(
                format!("{pointer}{}. {}", action.number, action.offered.text),
                if current {
                    theme.current
                } else {
                    theme.heading
                },
            ),
            Span::styled(
                format!(
                    "  — {owner}, {}",
                    words.action_since(action.offered.since.date_naive())
                ),
                theme.muted,
            ),
        ]));
        let answer = match &action.answer {
            Some(a) => {
                let mark = match a.status {
                    ActionStatus::Done => "✓",
                    ActionStatus::Open => "…",
                    ActionStatus::Dropped => "✗",
                };
                let mut text = format!("     {mark} {}", words.action_answer(a.status));
                if let Some(note) = &a.note {
                    text.push_str(&format!(": {note}"));
                }
                Span::styled(
                    text,
                    if a.status == ActionStatus::Open {
                        theme.warn
                    } else {
                        theme.ok
                    },
                )
            }
            None => Span::styled(format!("     {}", words.unanswered()), theme.muted),
        };
        lines.push(Line::from(answer));
    }
    if !actions.is_empty() {
        keep_in_view(&mut lines, selected * 2, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    let heading = format!(
        "{} ({answered}/{})",
        words.action_list_title(),
        actions.len()
    );
    Panel::new(title(&heading, true, theme), lines.into())
        .counted(words)
        .draw(buf, area, theme);
}

/// Rows the offers panel wants at `width` columns (0 when nothing is
/// offered): the agenda gives it that much, up to half its height.
pub fn offers_rows(view: &View, width: u16) -> u16 {
    if view.state.offers.is_empty() {
        return 0;
    }
    offers_panel(view).rows_needed(width)
}

fn offers_panel(view: &View) -> Panel {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let first_open = state.offers.iter().position(|o| o.is_open());
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, offer) in state.offers.iter().enumerate() {
        let marked = Some(i) == first_open;
        let pointer = if marked { "▸" } else { " " };
        let owner = offer
            .offered
            .owner
            .as_deref()
            .map_or_else(String::new, |o| format!(" ({o})"));
        let style = if marked {
            theme.current
        } else if offer.is_open() {
            theme.heading
        } else {
            theme.muted
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{pointer}{}. {}{owner}", offer.number, offer.offered.label),
                style,
            ),
            Span::styled(
                format!(
                    "  — {}; {}",
                    words.offer_reason(&offer.offered.kind),
                    words.offer_answer(offer.answer)
                ),
                theme.muted,
            ),
        ]));
    }
    if first_open.is_some() && !view.presentation {
        lines.push(Line::from(Span::styled(
            words.offer_keys().to_owned(),
            theme.muted,
        )));
    }
    Panel::new(
        title(words.offers_heading(), first_open.is_some(), theme),
        Text::from(lines),
    )
    .counted(words)
}

/// Draws the items earlier meetings offer the agenda, the first one still
/// to decide marked: `+` takes it, `-` lets it go.
pub fn draw_offers(view: &View, buf: &mut Buffer, area: Rect) {
    offers_panel(view).draw(buf, area, &view.theme);
}
