//! Dialogs drawn over the screen: forms, yes/no confirmations, the
//! objection-testing dialog and the help overlay.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::meeting::state::MeetingState;
use crate::text::Words;
use crate::text::tui::{KeyText, Label};
use crate::tui::fields::{FieldRef, FormView, PeopleDialog};
use crate::tui::keys;
use crate::tui::theme::Theme;
use crate::tui::widgets::centered;
use crate::tui::widgets::prose::{self, Prose};
use crate::tui::widgets::text_panel::with_more_below;

pub(crate) use super::objection_test::test;

pub(super) fn frame_block(title: String, width: u16, theme: &Theme) -> Block<'static> {
    Block::bordered()
        .title(Line::from(Span::styled(
            format!(" {} ", fit_title(&title, width)),
            theme.current,
        )))
        .border_style(theme.heading)
}

/// A dialog's title as it fits on the top border of a dialog `width`
/// columns wide: cut with "…" where it is longer (a Dutch title at 60
/// columns lost its end without a sign).
fn fit_title(title: &str, width: u16) -> String {
    let room = usize::from(width.saturating_sub(4));
    if title.width() <= room {
        return title.to_owned();
    }
    let mut shown = String::new();
    for c in title.chars() {
        if shown.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > room {
            break;
        }
        shown.push(c);
    }
    format!("{}…", shown.trim_end())
}

/// A form: a choice shows as ‹ option ›, text as an editor; focus is ▶.
pub(crate) fn form(
    frame: &mut Frame,
    area: Rect,
    form: &FormView<'_>,
    words: &dyn Words,
    theme: &Theme,
) {
    let texts = form
        .fields
        .iter()
        .filter(|f| matches!(f, FieldRef::Text(_)))
        .count() as u16;
    let choices = form.fields.len() as u16 - texts;
    let wanted_text_rows = if area.height >= 40 { 10 } else { 5 };
    let width = (area.width.saturating_sub(4)).min(if area.width >= 140 { 120 } else { 100 });
    // The line under the title (whose turn, the objection being
    // integrated) wraps; a long one is shortened with "…" (it is whole on
    // the screen under the dialog) rather than cut without a sign.
    let mut subtitle = if form.subtitle.is_empty() {
        Vec::new()
    } else {
        prose::wrap_line(
            &Line::from(Span::styled(form.subtitle.to_owned(), theme.heading)),
            width.saturating_sub(2),
        )
    };
    prose::shorten(
        &mut subtitle,
        if area.height >= 40 { 6 } else { 3 },
        width.saturating_sub(2),
    );
    // A blank row under a one-row subtitle, as ever.
    let subtitle_rows = match subtitle.len() {
        0 => 0,
        n => u16::try_from(n).unwrap_or(u16::MAX).max(2),
    };
    // A long text (a pasted proposal) gets the height the screen has: each
    // editor as tall as its wrapped text needs, at least the usual rows.
    let editor_rows: u16 = form
        .fields
        .iter()
        .map(|f| match f {
            FieldRef::Text(field) => {
                let lines: Vec<Line<'static>> = field
                    .area
                    .lines()
                    .iter()
                    .map(|l| Line::from(l.clone()))
                    .collect();
                if field.single_line {
                    3
                } else {
                    (typed_rows(&lines, width.saturating_sub(4)) + 2).max(wanted_text_rows)
                }
            }
            FieldRef::Choice(_) => 0,
        })
        .sum();
    // Only one-line values to type: no editor takes the spare row.
    let one_line = form
        .fields
        .iter()
        .any(|f| matches!(f, FieldRef::Text(t) if t.single_line))
        && !form
            .fields
            .iter()
            .any(|f| matches!(f, FieldRef::Text(t) if !t.single_line));
    let hint = words.key_line(match form.fields.as_slice() {
        [FieldRef::Text(field)] if field.single_line => KeyText::LineKeys,
        // One choice: nothing to type a new line in.
        [FieldRef::Choice(_)] => KeyText::ChoiceKeys,
        [_] | [] => KeyText::EditKeys,
        _ => KeyText::FormKeys,
    });
    // The least each editor gets: one row for a one-line value, the usual
    // rows for free text.
    let least_editor_rows: u16 = form
        .fields
        .iter()
        .map(|f| match f {
            FieldRef::Text(field) if field.single_line => 4,
            FieldRef::Text(_) => wanted_text_rows + 1,
            FieldRef::Choice(_) => 0,
        })
        .sum();
    // The keys are never cut: a line wider than the dialog takes two rows,
    // broken between hints; past two rows the hints that may go do.
    let mut key_lines =
        crate::tui::widgets::key_rows(&hint, width.saturating_sub(2), 2, theme.muted);
    let hint_rows = key_lines.len().max(1) as u16;
    let height = (2 + subtitle_rows + choices * 2 + texts + editor_rows + 2)
        .min(area.height.saturating_sub(2))
        .max(2 + subtitle_rows + choices * 2 + least_editor_rows + 2)
        + hint_rows
        - 1
        // A free-text editor takes a spare row; one-line values need none.
        - u16::from(one_line);
    // The least the fields need: each label, a one-line editor's three
    // rows, one row to type in for free text (and its borders).
    let least = subtitle_rows
        + choices * 2
        + form
            .fields
            .iter()
            .map(|f| match f {
                FieldRef::Text(_) => 4,
                FieldRef::Choice(_) => 0,
            })
            .sum::<u16>();
    let mut rect = below_the_step(area, width, height);
    // Too short for that and the keys (a role with four texts, in Dutch,
    // at 80x24): the keys keep one row, save and cancel in it; still too
    // short, the dialog covers the step's rows rather than an editor
    // losing its last row to type in.
    if least + u16::try_from(key_lines.len()).unwrap_or(u16::MAX) + 2 > rect.height {
        key_lines = crate::tui::widgets::key_rows(&hint, width.saturating_sub(2), 1, theme.muted);
        if least + 3 > rect.height {
            rect = centered(area, width, height);
        }
    }
    let hint_rows = key_lines.len().max(1) as u16;
    frame.render_widget(Clear, rect);
    let mut block = frame_block(words.dialog(form.title).to_owned(), rect.width, theme);
    let inner = block.inner(rect);
    // Where not even that fits (four texts at 60x16), the fields around
    // the focus show, and the border says how many are above and below:
    // Tab brings them in.
    let (first, last) = field_window(
        &form.fields,
        form.focus,
        inner.height.saturating_sub(hint_rows + subtitle_rows),
    );
    let (above, below) = (first, form.fields.len() - last);
    if above + below > 0 {
        block = block.title_bottom(
            Line::from(Span::styled(
                format!(" {} ", words.fields_hidden(above, below)),
                theme.warn,
            ))
            .right_aligned(),
        );
    }
    frame.render_widget(block, rect);
    let shown = || form.fields.iter().enumerate().take(last).skip(first);

    let mut constraints = Vec::new();
    if subtitle_rows > 0 {
        constraints.push(Constraint::Length(subtitle_rows));
    }
    for (_, field) in shown() {
        match field {
            FieldRef::Choice(_) => constraints.push(Constraint::Length(2)),
            FieldRef::Text(field) if field.single_line => {
                constraints.push(Constraint::Length(1));
                constraints.push(Constraint::Length(3));
            }
            // At least one row to type in, inside the borders.
            FieldRef::Text(_) => {
                constraints.push(Constraint::Length(1));
                constraints.push(Constraint::Min(3));
            }
        }
    }
    // With no free-text editor to take the spare room, it goes between
    // the fields and the keys.
    if one_line {
        constraints.push(Constraint::Min(0));
    }
    constraints.push(Constraint::Length(hint_rows));
    let rows = Layout::vertical(constraints).split(inner);
    let mut row = 0;
    if subtitle_rows > 0 {
        frame.render_widget(Paragraph::new(subtitle), rows[0]);
        row = 1;
    }
    for (i, field) in shown() {
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        match field {
            FieldRef::Choice(choice) => {
                let (options, selected) = (choice.options(), choice.selected());
                // An empty choice says so instead of showing blank brackets.
                let option = options
                    .get(selected)
                    .cloned()
                    .unwrap_or_else(|| words.label(Label::NothingToPick).to_owned());
                let line = Line::from(vec![
                    Span::styled(
                        format!("{marker}{}: ", words.label(choice.label())),
                        theme.heading,
                    ),
                    Span::styled(
                        format!("‹ {option} ›"),
                        if focused {
                            theme.current
                        } else {
                            theme.selected
                        },
                    ),
                    Span::styled(
                        format!("  {}/{}", (selected + 1).min(options.len()), options.len()),
                        theme.muted,
                    ),
                ]);
                frame.render_widget(Paragraph::new(line), rows[row]);
                row += 1;
            }
            FieldRef::Text(field) => {
                let editor = &field.area;
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        format!("{marker}{}", words.label(field.label)),
                        theme.heading,
                    )),
                    rows[row],
                );
                let editor_rect = rows[row + 1];
                let block = Block::bordered().border_style(if focused {
                    theme.current
                } else {
                    theme.border
                });
                let inner = block.inner(editor_rect);
                if focused {
                    // The editor itself is drawn, so it knows its page:
                    // PgDn and PgUp move by what the screen shows.
                    frame.render_widget(&**editor, inner);
                } else {
                    let mut shown = (**editor).clone();
                    shown.set_cursor_style(ratatui::style::Style::new());
                    frame.render_widget(&shown, inner);
                }
                // Text below what is shown is said on the bottom border.
                let lines: Vec<Line<'static>> = editor
                    .lines()
                    .iter()
                    .map(|l| Line::from(l.clone()))
                    .collect();
                let below = typed_rows(&lines, inner.width)
                    .saturating_sub(editor.scroll_offset().0 + inner.height);
                frame.render_widget(
                    with_more_above(
                        with_more_below(block, usize::from(below), words, theme),
                        editor,
                        words,
                        theme,
                    ),
                    editor_rect,
                );
                row += 2;
            }
        }
    }
    if let Some(r) = rows.last() {
        frame.render_widget(Paragraph::new(key_lines), *r);
    }
}

/// The fields `first..last` of a form that fit in `rows` rows at their
/// least (a choice two rows, a text four), around the one with focus and
/// then those after it (where Tab goes); all of them when they fit.
fn field_window(fields: &[FieldRef<'_>], focus: usize, rows: u16) -> (usize, usize) {
    let least = |f: &FieldRef<'_>| match f {
        FieldRef::Choice(_) => 2,
        FieldRef::Text(_) => 4,
    };
    let focus = focus.min(fields.len().saturating_sub(1));
    let (mut first, mut last) = (focus, (focus + 1).min(fields.len()));
    let mut used: u16 = fields[first..last].iter().map(least).sum();
    loop {
        let mut grew = false;
        if let Some(next) = fields.get(last)
            && used + least(next) <= rows
        {
            used += least(next);
            last += 1;
            grew = true;
        }
        if first > 0 && used + least(&fields[first - 1]) <= rows {
            first -= 1;
            used += least(&fields[first]);
            grew = true;
        }
        if !grew {
            return (first, last);
        }
    }
}

/// `block` with "⋮ N more above" on its top border when `editor`, just
/// drawn, is scrolled down: a long pasted text is shown from where the
/// cursor is, and what is above it must not look like all there is.
fn with_more_above<'a>(
    block: Block<'a>,
    editor: &ratatui_textarea::TextArea<'_>,
    words: &dyn Words,
    theme: &Theme,
) -> Block<'a> {
    let above = usize::from(editor.scroll_offset().0);
    if above == 0 {
        return block;
    }
    block.title_top(
        Line::from(Span::styled(
            format!(" {} ", words.more_above(above)),
            theme.warn,
        ))
        .right_aligned(),
    )
}

/// The borders of an editor drawn inside `rect`, saying what is scrolled
/// away above and below.
pub(super) fn editor_borders<'a>(
    block: Block<'a>,
    editor: &ratatui_textarea::TextArea<'_>,
    rect: Rect,
    words: &dyn Words,
    theme: &Theme,
) -> Block<'a> {
    let inner = block.inner(rect);
    let lines: Vec<Line<'static>> = editor
        .lines()
        .iter()
        .map(|l| Line::from(l.clone()))
        .collect();
    let below =
        typed_rows(&lines, inner.width).saturating_sub(editor.scroll_offset().0 + inner.height);
    with_more_above(
        with_more_below(block, usize::from(below), words, theme),
        editor,
        words,
        theme,
    )
}

/// How many rows a text editor's `lines` take at `width`: the editor
/// soft-wraps by itself, at spaces and without a hanging indent, as a
/// ratatui paragraph does.
fn typed_rows(lines: &[Line<'static>], width: u16) -> u16 {
    let rows = Paragraph::new(lines.to_vec())
        .wrap(Wrap { trim: false })
        .line_count(width.max(1));
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// A yes/no question.
pub fn confirm(
    frame: &mut Frame,
    area: Rect,
    footer: u16,
    question: &str,
    words: &dyn Words,
    theme: &Theme,
) {
    let width = area.width.saturating_sub(4).min(70);
    let mut text = vec![
        Line::from(Span::styled(question.to_owned(), theme.proposal)),
        Line::default(),
    ];
    text.extend(crate::tui::widgets::key_rows(
        &words.key_line(KeyText::ConfirmKeys),
        width.saturating_sub(2),
        2,
        theme.heading,
    ));
    let text = Text::from(text);
    let paragraph = Prose::new(text);
    // Just as tall as the question (wrapped inside the borders), low on
    // the screen, right above the `footer` rows (prompt, status line and
    // the step's key hints, however many rows they take): the proposal or
    // round the group is asked about stays in sight above it, even at
    // 80x24, and neither the prompt nor the keys are half covered.
    let lines = paragraph.line_count(width.saturating_sub(2)) as u16;
    let height = lines.saturating_add(2).min(area.height);
    let paragraph = paragraph.block(frame_block(
        words.label(Label::ConfirmTitle).to_owned(),
        width.min(area.width),
        theme,
    ));
    let bottom = area.bottom().saturating_sub(footer).max(area.y + height);
    let rect = Rect {
        y: bottom.saturating_sub(height).max(area.y),
        ..centered(area, width, height)
    };
    frame.render_widget(Clear, rect);
    frame.render_widget(paragraph, rect);
}

/// The people dialog: everyone in seating order (late arrivals last) with
/// ★ facilitator, ✎ secretary, present or absent, and roles; then the
/// timebox and the dialog's keys, from its own key table.
pub(crate) fn people(
    frame: &mut Frame,
    area: Rect,
    dialog: &PeopleDialog,
    state: &MeetingState,
    now: chrono::DateTime<chrono::FixedOffset>,
    words: &dyn Words,
    theme: &Theme,
) {
    let name_width = state
        .people
        .iter()
        .map(|p| p.who.name.width())
        .max()
        .unwrap_or(0);
    let role_width = [Label::Facilitator, Label::Secretary]
        .iter()
        .map(|l| words.label(*l).width() + 2)
        .max()
        .unwrap_or(0);
    let presence_width = [Label::Present, Label::Absent]
        .iter()
        .map(|l| words.label(*l).width())
        .max()
        .unwrap_or(0);
    let pad = |text: &str, width: usize| {
        let fill = width.saturating_sub(text.width());
        format!("{text}{}", " ".repeat(fill))
    };
    let mut lines = Vec::new();
    for (i, person) in state.people.iter().enumerate() {
        let chosen = i == dialog.selected;
        let mark = if state.facilitator == person.id {
            format!("★ {}", words.label(Label::Facilitator))
        } else if state.secretary == Some(person.id) {
            format!("✎ {}", words.label(Label::Secretary))
        } else {
            String::new()
        };
        let presence = words.label(if person.present {
            Label::Present
        } else {
            Label::Absent
        });
        let base = if !person.present {
            theme.muted
        } else {
            ratatui::style::Style::new()
        };
        let name_style = if chosen { theme.current } else { base };
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}",
                    if chosen { "▶ " } else { "  " },
                    pad(&person.who.name, name_width)
                ),
                name_style,
            ),
            Span::styled(format!("  {}", pad(&mark, role_width)), theme.heading),
            Span::styled(
                format!("  {}", pad(presence, presence_width)),
                if person.present {
                    theme.ok
                } else {
                    theme.muted
                },
            ),
            Span::styled(format!("  {}", person.who.roles.join(" / ")), theme.muted),
        ]));
    }
    // A line wider than the dialog (many roles at 60 columns) ends in "…"
    // rather than losing its end without a sign.
    let room = area.width.saturating_sub(4).min(90).saturating_sub(2);
    for line in &mut lines {
        if line.width() > usize::from(room) {
            let mut rows = prose::wrap_line(line, room);
            prose::shorten(&mut rows, 1, room);
            *line = rows.into_iter().next().unwrap_or_default();
        }
    }
    // Both secretary and facilitator: the second mark goes on its own line.
    if let Some(s) = state.secretary.filter(|s| *s == state.facilitator) {
        lines.push(Line::from(Span::styled(
            format!("  ✎ {}: {}", words.label(Label::Secretary), state.name(s)),
            theme.heading,
        )));
    }
    lines.push(Line::default());
    let timebox = match state.timebox_minutes {
        Some(m) => words.timebox_value(m),
        None => words.label(Label::NoTimebox).to_owned(),
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!("  {}: ", words.label(Label::Timebox)),
            theme.heading,
        ),
        Span::raw(timebox),
    ]));
    // What the timebox gives the items not started: changed here, seen here.
    for text in crate::tui::widgets::clock::waiting_share(state, now, words) {
        lines.push(Line::from(Span::styled(format!("  {text}"), theme.muted)));
    }
    let width = area.width.saturating_sub(4).min(90);
    let pairs: Vec<(String, &str)> = keys::people_bindings()
        .into_iter()
        .filter(|b| b.hint)
        .map(|b| (b.cap(words), words.key_action(b.action)))
        .collect();
    let key_lines =
        crate::tui::widgets::hint_lines(&pairs, usize::from(width.saturating_sub(2)), theme);
    let hint_rows = key_lines.len() as u16;
    let height = lines.len() as u16 + 1 + hint_rows + 2;
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = frame_block(
        words.label(Label::PeopleTitle).to_owned(),
        rect.width,
        theme,
    );
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [list, keys_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(hint_rows + 1)]).areas(inner);
    // Keep the selection visible when the list is taller than the dialog.
    let visible = usize::from(list.height).max(1);
    let skip = (dialog.selected + 1).saturating_sub(visible) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((skip, 0)), list);
    let mut shown = vec![Line::default()];
    shown.extend(key_lines);
    frame.render_widget(Paragraph::new(shown), keys_area);
}

/// The part list (`*`): the proposal's parts, numbered as on the diff
/// panel, the picked one marked ▶, with how to pick and the list's keys.
pub(crate) fn part_list(
    frame: &mut Frame,
    area: Rect,
    parts: &[crate::meeting::Part],
    selected: usize,
    words: &dyn Words,
    theme: &Theme,
) {
    let width = area.width.saturating_sub(4).min(100);
    let inner_width = usize::from(width.saturating_sub(2));
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut selected_row = 0;
    for (i, part) in parts.iter().enumerate() {
        let picked = i == selected;
        if picked {
            selected_row = lines.len();
        }
        let marker = if picked { "▶" } else { " " };
        let style = if picked {
            theme.current
        } else {
            theme.selected
        };
        let head = format!("{marker} {:>2}  ", i + 1);
        let hang = u16::try_from(head.width()).unwrap_or(u16::MAX);
        let line = Line::from(vec![
            Span::styled(head, theme.heading),
            Span::styled(words.part(part), style),
        ]);
        // Long parts wrap under their text, not under the number.
        let room = u16::try_from(inner_width).unwrap_or(u16::MAX);
        lines.extend(prose::wrap_line_under(&line, room, hang));
    }
    let pairs: Vec<(String, &str)> = keys::parts_bindings()
        .into_iter()
        .filter(|b| b.hint)
        .map(|b| (b.cap(words), words.key_action(b.action)))
        .collect();
    let key_lines = crate::tui::widgets::hint_lines(&pairs, inner_width, theme);
    let hint_rows = key_lines.len() as u16 + 2;
    let height = (lines.len() as u16 + 2 + hint_rows).min(area.height.saturating_sub(2));
    let rect = centered(area, width, height);
    frame.render_widget(Clear, rect);
    let block = frame_block(words.label(Label::PartsTitle).to_owned(), rect.width, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [list, keys_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(hint_rows)]).areas(inner);
    // Keep the picked part in sight when the list is taller than the dialog.
    let visible = usize::from(list.height).max(1);
    let skip = (selected_row + 1).saturating_sub(visible) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((skip, 0)), list);
    let mut shown = vec![
        Line::default(),
        Line::from(Span::styled(words.parts_pick(), theme.muted)),
    ];
    shown.extend(key_lines);
    frame.render_widget(Paragraph::new(shown), keys_area);
}

/// Rows at the top of a meeting's screen that say where the meeting is:
/// its title, the phase bar with the step, and the clock.
const STEP_ROWS: u16 = 3;

/// Where a dialog `height` rows high goes: centred, but never over the
/// title, the step and the clock when the screen has room to keep them
/// (from 20 rows): a tall editor (a long pasted turn at 80x24) used to
/// cover them, and the group lost which step it was in while the turn
/// was typed. Such a dialog is a few rows shorter; its editor scrolls and
/// says what is above and below.
fn below_the_step(area: Rect, width: u16, height: u16) -> Rect {
    let rect = centered(area, width, height);
    if rect.y >= area.y + STEP_ROWS || area.height < 20 {
        return rect;
    }
    let below = Rect {
        y: area.y + STEP_ROWS,
        height: area.height - STEP_ROWS,
        ..area
    };
    centered(below, width, height.min(below.height))
}
