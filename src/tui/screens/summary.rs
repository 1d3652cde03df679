//! The closed session: every item's outcome, the outputs with owners, and
//! where the session file is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::View;
use crate::text::tui::Label;
use crate::tui::widgets::text_panel::{Panel, title};

/// The summary's lines and each one's width: built once for a closed
/// meeting that does not change (the replay builds it once per position),
/// so a frame wraps only the lines on screen and counts the rows below
/// from the widths.
pub struct SummaryText {
    lines: Vec<Line<'static>>,
    widths: Vec<usize>,
}

impl SummaryText {
    /// The summary of the meeting `view` shows.
    pub fn of(view: &View) -> SummaryText {
        let lines = lines(view);
        let widths = lines.iter().map(width).collect();
        SummaryText { lines, widths }
    }
}

/// [`Line::width`], with printable ASCII (most of a summary) counted by
/// its length: one column a byte, as the general measure gives it.
fn width(line: &Line) -> usize {
    line.spans
        .iter()
        .map(|span| {
            let text = span.content.as_ref();
            if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
                text.len()
            } else {
                span.width()
            }
        })
        .sum()
}

/// Draws the summary.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    match view.summary {
        Some(text) => draw_text(view, text, buf, area),
        None => draw_text(view, &SummaryText::of(view), buf, area),
    }
}

/// Draws `text` in the summary's panel: the lines down to the bottom of
/// the view, wrapped exactly as drawn, and the rows below counted by
/// width (as [`Panel::draw`] counts them).
fn draw_text(view: &View, text: &SummaryText, buf: &mut Buffer, area: Rect) {
    let width = area.width.saturating_sub(2);
    let shown = usize::from(area.height.saturating_sub(2)) + usize::from(view.scroll);
    let mut rows = 0usize;
    let mut visible = Vec::new();
    for (line, &w) in text.lines.iter().zip(&text.widths) {
        rows += if rows <= shown {
            visible.push(line.clone());
            crate::tui::widgets::prose::rows(line, width)
        } else {
            crate::tui::widgets::prose::rows_estimate(line, w, width)
        };
    }
    let mut panel = Panel::new(
        title(view.words.label(Label::Summary), true, &view.theme),
        visible.into(),
    )
    .counted(view.words);
    panel.scroll = view.scroll;
    panel.draw_hiding(buf, area, &view.theme, rows.saturating_sub(shown));
}

/// Every line of the summary.
fn lines(view: &View) -> Vec<Line<'static>> {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let mut lines = vec![Line::from(Span::styled(
        words.label(Label::Outcomes),
        theme.heading,
    ))];
    for item in &state.agenda {
        let mut outcome = match &item.end {
            Some(end) => match end.adopted_version {
                Some(_) if item.is_election() => words.elected_word().to_owned(),
                Some(v) => words.adopted_version(v),
                None => words.ending(end.ending).to_owned(),
            },
            None => String::new(),
        };
        if let Some(d) = item.disposition {
            if !outcome.is_empty() {
                outcome.push_str(" → ");
            }
            outcome.push_str(words.disposition(d));
        }
        let mark = if item.end.as_ref().map(|e| e.adopted_version.is_some()) == Some(true) {
            "✓"
        } else {
            "•"
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{mark} {}", item.label)),
            Span::styled(format!("  ({}): ", state.name(item.owner)), theme.muted),
            Span::raw(outcome),
        ]));
        if let Some(line) = super::election::elected_line(view, item) {
            lines.push(line);
        } else if let Some(v) = item.end.as_ref().and_then(|e| e.adopted_version)
            && let Some(version) = item.versions().iter().find(|x| x.number == v)
        {
            lines.push(Line::from(Span::styled(
                format!("    {}", version.text.replace('\n', " ")),
                theme.proposal,
            )));
        }
        lines.extend(super::consent::review_line(item, words, theme));
    }
    lines.push(Line::default());
    if state.format == crate::meeting::MeetingFormat::Tactical {
        lines.extend(super::tactical::per_owner_lines(state, words, theme));
        lines.extend(super::memory::action_review_lines(view));
        lines.extend(super::tactical::review_lines(state, words, theme));
    } else {
        outputs(state, words, theme, &mut lines);
    }
    if let Some(path) = view.saved_to {
        lines.push(Line::default());
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", words.label(Label::SavedTo)), theme.heading),
            Span::raw(path.to_owned()),
        ]));
    }
    lines
}

/// Every output in the order recorded (governance meetings).
fn outputs(
    state: &crate::meeting::MeetingState,
    words: &dyn crate::text::Words,
    theme: &crate::tui::theme::Theme,
    lines: &mut Vec<Line<'static>>,
) {
    lines.push(Line::from(Span::styled(
        words.label(Label::Outputs),
        theme.heading,
    )));
    if state.outputs.is_empty() {
        lines.push(Line::from(Span::styled(
            words.label(Label::NoOutputs),
            theme.muted,
        )));
    }
    for output in &state.outputs {
        let owner = output
            .owner
            .map(|o| format!(" ({})", state.name(o)))
            .unwrap_or_default();
        lines.push(Line::from(format!(
            "• {}: {}{owner}",
            words.output_kind(output.kind),
            output.text
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Spec, session};
    use crate::text::Lang;
    use crate::tui::theme::{Theme, ThemeChoice};

    #[test]
    fn widths_are_what_ratatui_measures() {
        for text in [
            "plain text",
            "é and ë",
            "中文",
            "a\u{301}",
            "tab\there",
            "~ ok",
            "",
        ] {
            let line = Line::from(vec![Span::raw(text), Span::raw(" (x): "), Span::raw(text)]);
            assert_eq!(width(&line), line.width(), "{text:?}");
        }
    }

    /// Drawing only the lines down to the view's bottom, with the rows
    /// below counted from kept widths, gives the very screen the panel
    /// gives with every line, at any size and scroll, in both languages.
    #[test]
    fn the_visible_lines_draw_what_every_line_draws() {
        for lang in [Lang::En, Lang::Nl] {
            let s = session(Spec {
                seed: 3,
                events: 1500,
                lang,
                leave_open: false,
            });
            let view = View {
                state: s.state(),
                setup: s.setup(),
                words: lang.words(),
                theme: Theme::new(ThemeChoice::Default),
                now: s.setup().opened_at,
                selected: 0,
                scroll: 0,
                focus: 0,
                presentation: true,
                saved_to: Some("sessions/a-long-meeting.json"),
                status: None,
                save_error: None,
                governance: None,
                conflicts: &[],
                summary: None,
            };
            assert_eq!(view.state.phase, crate::meeting::Phase::Closed);
            let kept = SummaryText::of(&view);
            assert!(kept.lines.len() > 60, "a summary longer than the view");
            for (line, &w) in kept.lines.iter().zip(&kept.widths) {
                assert_eq!(w, line.width(), "{line:?}");
            }
            for (w, h) in [(80, 24), (160, 48), (31, 7)] {
                for scroll in [0u16, 5, 40] {
                    let view = View { scroll, ..view };
                    let area = Rect::new(0, 0, w, h);
                    let mut every = Buffer::empty(area);
                    let mut panel = Panel::new(
                        title(view.words.label(Label::Summary), true, &view.theme),
                        lines(&view).into(),
                    )
                    .counted(view.words);
                    panel.scroll = scroll;
                    panel.draw(&mut every, area, &view.theme);
                    let mut built = Buffer::empty(area);
                    draw(&view, &mut built, area);
                    assert_eq!(built, every, "{lang:?} {w}x{h} scroll {scroll}");
                    let mut from_kept = Buffer::empty(area);
                    draw(
                        &View {
                            summary: Some(&kept),
                            ..view
                        },
                        &mut from_kept,
                        area,
                    );
                    assert_eq!(from_kept, every, "{lang:?} {w}x{h} scroll {scroll} kept");
                }
            }
        }
    }
}
