//! Before the check-in round: who is here and in which role.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Paragraph};

use super::View;
use crate::text::tui::Label;
use crate::tui::widgets::duration;
use crate::tui::widgets::text_panel::{Panel, title};

/// From this width the people and what comes back stand side by side.
const SIDE_BY_SIDE: u16 = 120;

/// Draws the opening screen: who is here and, when earlier meetings left
/// this one something, what comes back (beside it on a wide screen, below
/// it on a narrow one, each given what it needs while both fit and at
/// least half the height for what comes back when they do not).
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    if !super::coming_back::any(view) {
        draw_people(view, buf, area);
        return;
    }
    if area.width >= SIDE_BY_SIDE {
        let [people, back] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(area);
        draw_people(view, buf, people);
        super::coming_back::draw(view, buf, back);
        return;
    }
    let height = area.height;
    let people = people_rows(view, area.width);
    let back = super::coming_back::rows_needed(view, area.width);
    let people = if people.saturating_add(back) <= height {
        people
    } else {
        let back = back.min(height / 2).max(height.saturating_sub(people));
        height.saturating_sub(back)
    };
    let [top, bottom] =
        Layout::vertical([Constraint::Length(people), Constraint::Min(0)]).areas(area);
    draw_people(view, buf, top);
    super::coming_back::draw(view, buf, bottom);
}

/// Rows the participants' panel needs at `width` in one column, borders
/// included.
fn people_rows(view: &View, width: u16) -> u16 {
    let (mut lines, timebox) = people_lines(view);
    lines.extend(timebox);
    Panel::new(Line::default(), lines.into()).rows_needed(width)
}

/// Who is here (with facilitator, secretary and roles), and under it the
/// timebox, conflicts and when the clock starts.
fn people_lines(view: &View) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let mut lines = Vec::new();
    for person in state.present_people() {
        let mut spans = vec![Span::styled(
            format!("• {}", person.who.name),
            theme.heading,
        )];
        if person.id == state.facilitator {
            spans.push(Span::raw(format!(
                "  ({})",
                words.label(Label::Facilitator)
            )));
        }
        if Some(person.id) == state.secretary {
            spans.push(Span::raw(format!("  ({})", words.label(Label::Secretary))));
        }
        if !person.who.roles.is_empty() {
            spans.push(Span::styled(
                format!("  {}", person.who.roles.join(", ")),
                theme.muted,
            ));
        }
        lines.push(Line::from(spans));
    }
    let mut timebox = Vec::new();
    if let Some(line) = super::conflicts_line(view) {
        timebox.push(Line::default());
        timebox.push(line);
    }
    if let Some(minutes) = state.timebox_minutes {
        timebox.push(Line::default());
        timebox.push(Line::from(format!(
            "⏱ {}",
            duration(i64::from(minutes) * 60)
        )));
    }
    if state.clock_from.is_none() {
        timebox.push(Line::default());
        timebox.push(Line::styled(
            words.label(Label::ClockStartsAtCheckIn),
            theme.muted,
        ));
    }
    (lines, timebox)
}

/// Draws who is here into `area`: in two columns when one does not fit.
fn draw_people(view: &View, buf: &mut Buffer, area: Rect) {
    let (words, theme) = (view.words, &view.theme);
    let (mut lines, timebox) = people_lines(view);
    let heading = format!(
        "{} · {}",
        words.label(Label::Opening),
        words.label(Label::Participants)
    );
    // A big circle does not fit one column: everyone should find their
    // name on the shared screen, so use two columns rather than cut it off.
    let rows = usize::from(area.height.saturating_sub(2));
    if lines.len() + timebox.len() > rows && area.width >= 60 {
        let block = Block::bordered()
            .title(title(&heading, true, theme))
            .border_style(theme.border);
        let inner = block.inner(area);
        block.render(area, buf);
        let half = lines.len().div_ceil(2);
        let [people, clock] =
            Layout::vertical([Constraint::Length(half as u16), Constraint::Min(0)]).areas(inner);
        let right = lines.split_off(half);
        let [left_area, right_area] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(people);
        Paragraph::new(lines).render(left_area, buf);
        Paragraph::new(right).render(right_area, buf);
        crate::tui::widgets::prose::Prose::new(timebox).render(clock, buf);
        return;
    }
    lines.extend(timebox);
    let mut panel = Panel::new(title(&heading, true, theme), lines.into()).counted(words);
    panel.scroll = view.scroll;
    panel.draw(buf, area, theme);
}
