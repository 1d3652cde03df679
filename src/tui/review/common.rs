//! Pieces every review view draws with: the "enlarge" notice, key hints
//! and the help overlay generated from the key tables, and a word wrapper
//! for styled lines, so section jumps land on exact rows.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub use crate::text::clip;
pub use crate::tui::widgets::too_small;

use super::keys::{ReviewAction, ReviewScreen, bindings};
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;
use crate::tui::widgets::help::Help;
use crate::tui::widgets::hint_lines;

/// Draws the text of a list view: `lines` wrapped to `body`'s width,
/// from row `*scroll` (kept so the last row can still reach the bottom),
/// and the view's key hints on `keys_row`. The carried-items, due and
/// board views are this and their own lines.
#[allow(clippy::too_many_arguments)]
pub fn scrolled_text(
    frame: &mut Frame,
    body: Rect,
    keys_row: Rect,
    lines: &[Line<'static>],
    scroll: &mut usize,
    screen: ReviewScreen,
    words: &dyn Words,
    theme: &Theme,
) {
    let rows: Vec<Line> = lines
        .iter()
        .flat_map(|l| wrap(l, usize::from(body.width)))
        .collect();
    *scroll = (*scroll).min(rows.len().saturating_sub(usize::from(body.height)));
    frame.render_widget(
        ratatui::widgets::Paragraph::new(
            rows.into_iter()
                .skip(*scroll)
                .take(usize::from(body.height))
                .collect::<Vec<_>>(),
        ),
        body,
    );
    frame.render_widget(
        ratatui::widgets::Paragraph::new(hints(screen, keys_row.width, words, theme)),
        keys_row,
    );
}

/// The one-line key hints of a view for a row `width` columns wide:
/// keycap in reverse, then its action; when they do not all fit, the
/// hints before help and back are dropped from the last one on, so help
/// and back always show (every key stays in the help overlay).
pub fn hints(screen: ReviewScreen, width: u16, words: &dyn Words, theme: &Theme) -> Line<'static> {
    let mut pairs: Vec<(String, &str)> = bindings(screen)
        .iter()
        .filter(|b| b.hint)
        .map(|b| (b.cap(words), words.review_action(b.action)))
        .collect();
    let fixed = |a: ReviewAction| matches!(a, ReviewAction::Help | ReviewAction::Back);
    let mut optional: Vec<usize> = bindings(screen)
        .iter()
        .filter(|b| b.hint)
        .enumerate()
        .filter(|(_, b)| !fixed(b.action))
        .map(|(i, _)| i)
        .collect();
    // Each hint is " cap  what "; the last one's trailing space may go.
    let wide = |pairs: &[(String, &str)]| -> usize {
        pairs
            .iter()
            .map(|(c, w)| c.width() + w.width() + 4)
            .sum::<usize>()
            .saturating_sub(1)
    };
    while wide(&pairs) > usize::from(width)
        && let Some(i) = optional.pop()
    {
        pairs.remove(i);
    }
    hint_lines(&pairs, usize::MAX, theme)
        .pop()
        .unwrap_or_default()
}

/// A box over the view saying what is being read (`title`, `what`) and
/// which key stops it (`stop`), while a background read runs.
pub fn reading_box(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    what: &str,
    stop: &str,
    theme: &Theme,
) {
    use ratatui::widgets::{Block, Clear};
    let width = (area.width * 2 / 3).clamp(20.min(area.width), area.width);
    let inner = usize::from(width.saturating_sub(4)).max(1);
    // Rows of the wrapped text, a blank row, the key, and the border.
    let rows = what.width().div_ceil(inner) + 4;
    let height = u16::try_from(rows).unwrap_or(u16::MAX).min(area.height);
    let rect = crate::tui::widgets::centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        crate::tui::widgets::prose::Prose::new(vec![
            Line::from(what.to_owned()),
            Line::default(),
            Line::from(Span::styled(stop.to_owned(), theme.muted)),
        ])
        .block(
            Block::bordered()
                .border_style(theme.border)
                .title(Span::styled(format!(" {title} "), theme.title))
                .padding(ratatui::widgets::Padding::horizontal(1)),
        ),
        rect,
    );
}

/// The help overlay: every key of the view with what it does.
pub fn help(frame: &mut Frame, area: Rect, screen: ReviewScreen, words: &dyn Words, theme: &Theme) {
    Help {
        title: words.review_label(ReviewLabel::HelpTitle),
        rows: bindings(screen)
            .iter()
            .map(|b| (b.cap(words), words.review_action(b.action)))
            .collect(),
        footer: words.review_label(ReviewLabel::HelpClose),
        theme,
    }
    .render(area, frame.buffer_mut());
}

/// Wraps a styled line to `width` columns at spaces, keeping styles, with
/// the hanging indent every screen's text has (`widgets::prose`):
/// continuation rows start under the first row's text, after a bullet or
/// number, so lists stay readable; a word longer than the row is cut.
pub fn wrap(line: &Line<'static>, width: usize) -> Vec<Line<'static>> {
    crate::tui::widgets::prose::wrap_line(line, u16::try_from(width).unwrap_or(u16::MAX))
}

/// Moves a list view's scroll offset for the scrolling actions (line,
/// page, top, bottom; drawing clamps it); other actions are the host's.
/// One place for the carried-over and due-for-review views.
pub fn scroll(offset: &mut usize, action: ReviewAction) {
    match action {
        ReviewAction::Up => *offset = offset.saturating_sub(1),
        ReviewAction::Down => *offset = offset.saturating_add(1),
        ReviewAction::PageUp => *offset = offset.saturating_sub(10),
        ReviewAction::PageDown => *offset = offset.saturating_add(10),
        ReviewAction::Top => *offset = 0,
        ReviewAction::Bottom => *offset = usize::MAX,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits() {
        let line = Line::from(vec![
            Span::raw("- Create a role Website "),
            Span::styled("Steward, accountable", Style::new().bold()),
            Span::raw(" for answering the contact form within three working days"),
        ]);
        for width in [1, 5, 12, 30, 80] {
            let rows = wrap(&line, width);
            for row in &rows {
                assert!(
                    text(row).trim_end().width() <= width.max(3),
                    "{width}: {rows:?}"
                );
            }
            let joined: String = rows.iter().map(text).collect::<Vec<_>>().join(" ");
            for word in ["Create", "accountable", "days"] {
                assert!(joined.contains(word) || width < 20, "{width}: {joined}");
            }
        }
    }

    #[test]
    fn clipping_counts_columns() {
        assert_eq!(clip("short", 10), "short");
        assert!(clip("Vergadering 🙂🙂🙂🙂", 12).width() <= 12);
        assert_eq!(clip("abc", 0), "");
    }
}
