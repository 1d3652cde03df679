//! The objection-testing dialog: the objection, criteria a→d with the
//! rulings so far, the question for the next criterion, the argument's
//! editor and the keys.
//!
//! The editor keeps at least three rows to type in: where the screen is
//! short (80x24 with a long objection and long arguments) the rest gives
//! way first, in this order: the blank rows, the arguments already ruled
//! on (one row each, ending in "…"), the objection (down to one row,
//! ending in "…"; Tab shows it whole), the criteria after the one being
//! tested, then those before it. The criterion being tested stays in
//! sight.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::dialogs::{editor_borders, frame_block};
use crate::meeting::Criterion;
use crate::meeting::state::MeetingState;
use crate::text::Words;
use crate::text::tui::{KeyText, Label};
use crate::tui::fields::TestDialog;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centered, key_rows, prose};

/// The editor's least height: three rows to type in, and its borders.
const EDITOR_LEAST: u16 = 5;

/// The dialog's usual height, where the screen has it.
const USUAL_HEIGHT: u16 = 26;

/// What the dialog lists above the question, each as wrapped rows.
struct Parts {
    /// The objection ("1. Chloë: …").
    objection: Vec<Line<'static>>,
    /// Who asked for the test, if someone did.
    requested: Vec<Line<'static>>,
    /// Criteria a→d, each its rows.
    criteria: Vec<Vec<Line<'static>>>,
    /// Which criteria are ruled on.
    ruled: Vec<bool>,
    /// The criterion being tested.
    current: Option<usize>,
}

impl Parts {
    /// All rows with every part whole and both blank rows.
    fn wanted(&self) -> u16 {
        rows_of(&self.objection)
            + rows_of(&self.requested)
            + 1
            + self.criteria.iter().map(|c| rows_of(c)).sum::<u16>()
            + 1
    }

    /// The rows shown in `room` rows, giving way in the module's order;
    /// `whole` keeps the objection whole. Also says whether the objection
    /// was shortened.
    fn fit(
        &self,
        room: u16,
        whole: bool,
        width: u16,
        words: &dyn Words,
        theme: &Theme,
    ) -> (Vec<Line<'static>>, bool) {
        let mut objection = self.objection.clone();
        let mut criteria = self.criteria.clone();
        let total = |o: &[Line<'static>], c: &[Vec<Line<'static>>], gaps: u16| {
            rows_of(o) + rows_of(&self.requested) + c.iter().map(|c| rows_of(c)).sum::<u16>() + gaps
        };
        let mut gaps = 2;
        while gaps > 0 && total(&objection, &criteria, gaps) > room {
            gaps -= 1;
        }
        if total(&objection, &criteria, gaps) > room {
            for (rows, done) in criteria.iter_mut().zip(&self.ruled) {
                if *done {
                    prose::shorten(rows, 1, width);
                }
            }
        }
        if !whole {
            let over = total(&objection, &criteria, gaps).saturating_sub(room);
            let keep = rows_of(&objection).saturating_sub(over).max(1);
            prose::shorten(&mut objection, usize::from(keep), width);
        }
        // What the shortening freed goes back to the blank rows first.
        while gaps < 2 && total(&objection, &criteria, gaps + 1) <= room {
            gaps += 1;
        }
        let shortened = objection.len() < self.objection.len();
        // Still too tall: the criteria after the one being tested go, then
        // those before it, keeping it in sight.
        let (mut first, mut last) = (0, criteria.len());
        while total(&objection, &criteria[first..last], gaps) > room {
            match self.current {
                Some(c) if last > c + 1 => last -= 1,
                Some(c) if first < c => first += 1,
                None if last > first => last -= 1,
                _ => break,
            }
        }
        let mut lines = objection;
        lines.extend(self.requested.iter().cloned());
        if gaps == 2 {
            lines.push(Line::default());
        }
        for rows in &criteria[first..last] {
            lines.extend(rows.iter().cloned());
        }
        // A whole objection taller than the room: what does not fit is said.
        let room = usize::from(room);
        if lines.len() > room && room > 0 {
            let hidden = lines.len() - (room - 1);
            lines.truncate(room - 1);
            lines.push(Line::from(Span::styled(
                words.more_below(hidden),
                theme.warn,
            )));
        }
        if gaps >= 1 {
            lines.push(Line::default());
        }
        (lines, shortened)
    }
}

/// The objection-testing dialog for `test`.
pub(crate) fn test(
    frame: &mut Frame,
    area: Rect,
    test: &TestDialog,
    state: &MeetingState,
    words: &dyn Words,
    theme: &Theme,
) {
    let width = area.width.saturating_sub(4).min(110);
    let inner_width = width.saturating_sub(2);
    let Some(concern) = state.active_item().and_then(|i| i.concern(test.concern)) else {
        return;
    };
    let next = concern.next_criterion();
    let wrap = |line: Line<'static>| prose::wrap_line(&line, inner_width);
    let objection = wrap(Line::from(Span::styled(
        words.concern_line(concern.number, state.name(concern.objector), &concern.text),
        theme.proposal,
    )));
    let requested = concern
        .test_requested_by
        .map(|by| {
            wrap(Line::from(Span::styled(
                format!(
                    "{}: {}",
                    words.label(Label::TestRequestedBy),
                    state.name(by)
                ),
                theme.muted,
            )))
        })
        .unwrap_or_default();
    let mut criteria = Vec::new();
    let mut ruled = Vec::new();
    let mut current = None;
    for (i, criterion) in Criterion::ALL.into_iter().enumerate() {
        let done = concern.tests.iter().find(|t| t.criterion == criterion);
        let name = format!("({}) {}", criterion.letter(), words.criterion(criterion));
        let line = match done {
            Some(t) if t.holds => Line::from(vec![
                Span::styled(format!("✓ {name}: "), theme.ok),
                Span::raw(t.argument.clone()),
            ]),
            Some(t) => Line::from(vec![
                Span::styled(format!("✗ {name}: "), theme.error),
                Span::raw(t.argument.clone()),
            ]),
            None if Some(criterion) == next => {
                current = Some(i);
                Line::from(Span::styled(format!("▶ {name}"), theme.current))
            }
            None => Line::from(Span::styled(format!("  {name}"), theme.muted)),
        };
        ruled.push(done.is_some());
        criteria.push(wrap(line));
    }
    let parts = Parts {
        objection,
        requested,
        criteria,
        ruled,
        current,
    };
    // The question for the criterion being tested.
    let question: Vec<Line<'static>> = next
        .map(|c| {
            let mut rows = wrap(Line::from(Span::styled(
                words.criterion_heading(c.letter(), words.criterion(c)),
                theme.heading,
            )));
            rows.extend(wrap(Line::from(Span::styled(
                words.criterion_question(c),
                theme.proposal,
            ))));
            rows
        })
        .unwrap_or_default();

    // As tall as everything needs with the editor at its least, at least
    // the usual height, at most the screen.
    let plain = keys_line(test, false, words, theme, inner_width, 2);
    let height = (parts.wanted() + rows_of(&question) + rows_of(&plain) + EDITOR_LEAST + 2)
        .max(USUAL_HEIGHT)
        .min(area.height.saturating_sub(2));
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = frame_block(words.label(Label::TestTitle).to_owned(), rect.width, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);

    // The rows above the question when the keys take `keys` rows.
    let room = |keys: &[Line<'static>]| {
        inner
            .height
            .saturating_sub(rows_of(&question) + rows_of(keys) + EDITOR_LEAST)
    };
    // Tab is offered when the objection is shortened to fit.
    let toggle = parts.fit(room(&plain), false, inner_width, words, theme).1;
    let mut keys = if toggle {
        keys_line(test, true, words, theme, inner_width, 2)
    } else {
        plain
    };
    // Too short for the objection and the criterion being tested: the keys
    // keep one row, with save and cancel.
    if room(&keys) < 2 {
        keys = keys_line(test, toggle, words, theme, inner_width, 1);
    }
    let (lines, _) = parts.fit(room(&keys), test.whole, inner_width, words, theme);

    let [list, question_area, editor, hint] = Layout::vertical([
        Constraint::Length(rows_of(&lines)),
        Constraint::Length(rows_of(&question)),
        Constraint::Min(EDITOR_LEAST.min(inner.height)),
        Constraint::Length(rows_of(&keys)),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(Paragraph::new(question), question_area);
    let block = Block::bordered()
        .title(format!(" {} ", words.label(Label::Argument)))
        .border_style(if test.ruling {
            theme.border
        } else {
            theme.current
        });
    let shown = (*test.argument).clone();
    frame.render_widget(&shown, block.inner(editor));
    frame.render_widget(editor_borders(block, &shown, editor, words, theme), editor);
    frame.render_widget(Paragraph::new(keys), hint);
}

/// The dialog's keys at `width` in at most `rows` rows: typing or ruling,
/// with Tab to show the objection whole (or shortened again) when
/// `toggle` says it is cut.
fn keys_line(
    test: &TestDialog,
    toggle: bool,
    words: &dyn Words,
    theme: &Theme,
    width: u16,
    rows: usize,
) -> Vec<Line<'static>> {
    let (keys, style): (KeyText, Style) = if test.ruling {
        (KeyText::RulingKeys, theme.current)
    } else {
        (KeyText::EditKeys, theme.muted)
    };
    let mut line = words.key_line(keys);
    if toggle {
        let tab = words.key_line(if test.whole {
            KeyText::ShortObjection
        } else {
            KeyText::WholeObjection
        });
        // After the first hint: Alt+Enter goes before it where the row is
        // too narrow for both.
        let at = 1.min(line.hints.len());
        for (i, hint) in tab.hints.into_iter().enumerate() {
            line.hints.insert(at + i, hint);
        }
    }
    key_rows(&line, width, rows, style)
}

fn rows_of(rows: &[Line<'static>]) -> u16 {
    u16::try_from(rows.len()).unwrap_or(u16::MAX)
}
