//! A round: everyone in speaking order with ✓ spoke, – passed, ⤼ skipped,
//! and an unmissable ▶ reversed bold row for whose turn it is, under a
//! headline with the turn timer (⚠ when running over).

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Paragraph};

use super::duration;
use super::prose::Prose;
use crate::meeting::PersonId;
use crate::meeting::state::{MeetingState, Round, TurnOutcome};
use crate::meeting::views;
use crate::text::Words;
use crate::text::tui::Label;
use crate::tui::theme::Theme;

/// Draws the round in `area`.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    round: &Round,
    state: &MeetingState,
    now: DateTime<FixedOffset>,
    words: &dyn Words,
    theme: &Theme,
) {
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(area);
    let headline = match round.current() {
        Some(p) => {
            let used = views::floor_secs(state, round, now);
            let limit = round.kind.default_turn_limit_secs().map(i64::from);
            let over = limit.is_some_and(|l| used > l);
            let timer = words.floor_time("", &duration(used), limit.map(duration).as_deref());
            vec![
                Span::styled(
                    format!(
                        " ▶ {}: {} ",
                        words.label(Label::Now),
                        state.name(p).to_uppercase()
                    ),
                    theme.current,
                ),
                Span::raw(" "),
                if over {
                    Span::styled(format!("⚠{timer}"), theme.warn)
                } else {
                    Span::raw(timer.trim_start().to_owned())
                },
            ]
        }
        None => vec![Span::styled(words.label(Label::RoundComplete), theme.ok)],
    };
    let head_text = Text::from(vec![
        Line::from(Span::styled(
            words.round(round.kind).to_uppercase(),
            theme.heading,
        )),
        Line::from(headline),
    ]);
    Paragraph::new(head_text).render(head, buf);

    let current = round.current();
    let mut lines = Vec::new();
    for person in &round.order {
        let name = state.name(*person).to_owned();
        let away = absent_marker(state, round, *person, words, theme);
        let line = if Some(*person) == current {
            Line::from(
                [Span::styled(format!("▶ {name}"), theme.current)]
                    .into_iter()
                    .chain(away)
                    .collect::<Vec<_>>(),
            )
        } else if let Some(away) = away {
            Line::from(vec![Span::raw(format!("  {name}")), away])
        } else {
            match round.turn_of(*person).map(|t| (&t.outcome, t.seconds)) {
                Some((TurnOutcome::Said { text }, secs)) => Line::from(vec![
                    Span::styled("✓ ", theme.ok),
                    Span::styled(name, theme.heading),
                    Span::styled(format!(" ({})", duration(secs)), theme.muted),
                    Span::raw(format!(": {text}")),
                ]),
                Some((TurnOutcome::Pass, _)) => Line::from(vec![
                    Span::styled("– ", theme.muted),
                    Span::raw(name),
                    Span::styled(words.pass_after_name(round.kind), theme.muted),
                ]),
                Some((TurnOutcome::Skipped { reason }, _)) => Line::from(vec![
                    Span::styled("⤼ ", theme.muted),
                    Span::raw(name),
                    Span::styled(format!(": {} ({reason})", words.skipped()), theme.muted),
                ]),
                None => Line::from(Span::raw(format!("  {name}"))),
            }
        };
        lines.push(line);
    }
    lines.iter_mut().for_each(super::text_panel::flat_line);
    if let Some(index) = current.and_then(|c| round.order.iter().position(|p| *p == c)) {
        // In a big round, whose turn it is and the two after them stay in sight.
        super::keep_in_view(&mut lines, index, 2, list, |n| {
            Line::from(Span::styled(words.earlier_turns(n), theme.muted))
        });
    }
    let total = Prose::new(lines.clone()).line_count(list.width.saturating_sub(2));
    let hidden = total.saturating_sub(usize::from(list.height.saturating_sub(2)));
    let block = super::text_panel::with_more_below(
        Block::bordered().border_style(theme.border),
        hidden,
        words,
        theme,
    );
    Prose::new(lines).block(block).render(list, buf);
}

/// "(absent)" after someone who left but is still in this round's order
/// until skipped, so the facilitator skips them instead of waiting. Every
/// round screen (the plain rounds and the consent round) shows it.
pub fn absent_marker(
    state: &MeetingState,
    round: &Round,
    person: PersonId,
    words: &dyn Words,
    theme: &Theme,
) -> Option<Span<'static>> {
    state
        .person(person)
        .is_some_and(|p| !p.present && !round.has_had_turn(person))
        .then(|| Span::styled(format!("  ({})", words.label(Label::Absent)), theme.warn))
}
