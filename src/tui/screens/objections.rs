//! The objection round: the round itself, the proposal it is about, and
//! each concern with how it is being handled.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use super::item::{header, proposal_panel};
use super::rounds::split;
use crate::meeting::state::{ConcernStatus, Item, Round};
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
    if body.width < 110 {
        narrow(view, buf, body, item, round);
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

/// Below 110 columns everything is stacked: the round, the proposal under
/// decision and the concerns. Each keeps a minimum (three lines of
/// proposal; three turns and one concern while the round runs, one turn and
/// two concerns once it is done) so none disappears at 80x24, and the rest of
/// the height goes first to what the facilitator works on now: the turns
/// while the round runs, the concerns once it is done. Whatever is cut
/// says so on its bottom border.
fn narrow(view: &View, buf: &mut Buffer, body: Rect, item: &Item, round: &Round) {
    let proposal = proposal_panel(view, item, false);
    let width = body.width;
    let wanted_proposal = proposal.rows_needed(width).clamp(3, 8);
    let count = item.concerns().len() as u16;
    let wanted_concerns = if count == 0 { 0 } else { 2 * count + 2 };
    let wanted_round = round.order.len() as u16 + 4;
    let running = !round.is_complete();
    let mut round_least = wanted_round.min(if running { 7 } else { 5 });
    if count > 0 {
        // A concern just raised stays in sight (one line of it at least)
        // before the round keeps more than its current speaker and the
        // next: on a short screen with a long status line, the concerns
        // used to be left their borders alone.
        let short = (round_least + wanted_proposal.min(5) + 3).saturating_sub(body.height);
        round_least = round_least.saturating_sub(short).max(4.min(round_least));
    }
    let mut proposal_least = wanted_proposal.min(5);
    // Still too short for one concern (60x16, the round done): the round
    // keeps its headline ("everyone has had a turn") without the list, and
    // the proposal one row of text, before the concerns vanish unsaid.
    if count > 0 && round_least + proposal_least + 3 > body.height {
        proposal_least = proposal_least.min(3);
        if !running {
            round_least = round_least.min(2);
        }
    }
    let [rows_round, rows_proposal, rows_concerns] = share_rows(
        body.height,
        [
            (round_least, wanted_round),
            (proposal_least, wanted_proposal),
            (
                wanted_concerns.min(if running { 4 } else { 6 }),
                wanted_concerns,
            ),
        ],
        if running { [0, 1, 2] } else { [2, 1, 0] },
        if count > 0 { 2 } else { 1 },
    );
    let [top, middle, bottom] = Layout::vertical([
        Constraint::Length(rows_round),
        Constraint::Length(rows_proposal),
        Constraint::Length(rows_concerns),
    ])
    .areas(body);
    let state = view.state;
    round_list::draw(buf, top, round, state, view.now, view.words, &view.theme);
    proposal.draw(buf, middle, &view.theme);
    if count > 0 {
        concern_list(view, item, bottom).draw(buf, bottom, &view.theme);
    }
}

/// Splits `height` rows between parts given as (minimum, wanted): every part
/// first gets its minimum (the earlier parts first when even that does not
/// fit), then the parts in `order` grow to what they want, and what is left
/// goes to part `rest`.
pub fn share_rows<const N: usize>(
    height: u16,
    parts: [(u16, u16); N],
    order: [usize; N],
    rest: usize,
) -> [u16; N] {
    let mut rows = [0u16; N];
    let mut left = height;
    for (i, (min, _)) in parts.iter().enumerate() {
        rows[i] = (*min).min(left);
        left -= rows[i];
    }
    for &i in &order {
        let grow = parts[i].1.saturating_sub(rows[i]).min(left);
        rows[i] += grow;
        left -= grow;
    }
    rows[rest] += left;
    rows
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
    .counted(words)
}
