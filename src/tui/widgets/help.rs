//! The help overlay every screen shows on `?`, meeting and review alike:
//! the screen's key table, keycap and meaning per row, in two columns when
//! one does not fit the height, with a closing note below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::theme::Theme;

/// Rows under the keys where there is room, at least: a blank one and
/// three of the closing note; more where the note wraps to more at the
/// overlay's width.
const FOOTER_ROWS: u16 = 4;

/// The overlay, built from a key table already put into words.
pub struct Help<'a> {
    /// The heading in the border.
    pub title: &'a str,
    /// Keycap and meaning, in table order.
    pub rows: Vec<(String, &'a str)>,
    /// How to close it.
    pub footer: &'a str,
    /// The colours.
    pub theme: &'a Theme,
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let row = |(cap, what): &(String, &str)| {
            Line::from(vec![
                Span::styled(format!(" {cap:>5} "), theme.selected),
                Span::raw(format!(" {what}")),
            ])
        };
        let n = self.rows.len() as u16;
        // One column while it leaves a row above and below: the phase bar
        // and the last row of key hints (how to leave) stay readable.
        let columns: u16 = if n + FOOTER_ROWS + 4 > area.height {
            2
        } else {
            1
        };
        let per_column = self.rows.len().div_ceil(usize::from(columns));
        let width = area
            .width
            .saturating_sub(4)
            .min(if columns == 2 { 90 } else { 56 });
        let split = |table: Rect| {
            Layout::horizontal(vec![
                Constraint::Ratio(1, u32::from(columns));
                usize::from(columns)
            ])
            .split(table)
        };
        // Each column's rows, a meaning too long for its column wrapping
        // under the meaning (not under the key) instead of being cut off.
        let widths = split(Rect::new(0, 0, width.saturating_sub(2), 1));
        let column_lines: Vec<Vec<Line>> = self
            .rows
            .chunks(per_column.max(1))
            .zip(widths.iter())
            .map(|(chunk, column)| {
                chunk
                    .iter()
                    .flat_map(|r| {
                        let line = row(r);
                        let hang = line.spans.first().map_or(0, |s| s.width() + 1);
                        let hang = u16::try_from(hang).unwrap_or(u16::MAX);
                        super::prose::wrap_line_under(&line, column.width, hang)
                    })
                    .collect()
            })
            .collect();
        // The whole closing note, wrapped, under a blank row: it says how
        // to leave (shortened only where the keys would not fit otherwise).
        let mut note = super::prose::wrap_line(
            &Line::from(Span::styled(self.footer.to_owned(), theme.muted)),
            width.saturating_sub(2),
        );
        let mut blank = 1;
        // As before where there is room: four rows, whatever the note.
        let footer_rows = |note: &[Line<'static>], blank: u16| {
            let rows = u16::try_from(note.len()).unwrap_or(u16::MAX) + blank;
            if blank > 0 {
                rows.max(FOOTER_ROWS)
            } else {
                rows
            }
        };
        let tallest = column_lines.iter().map(Vec::len).max().unwrap_or(0);
        let mut height = u16::try_from(tallest)
            .unwrap_or(u16::MAX)
            .saturating_add(footer_rows(&note, blank) + 2);
        // Where the wrapped rows would not all fit the screen, every key
        // keeps one row (a long meaning shortened with "…" at the column's
        // edge) rather than keys falling off the bottom.
        let column_lines = if height > area.height {
            height = per_column as u16 + footer_rows(&note, blank) + 2;
            self.rows
                .chunks(per_column.max(1))
                .zip(widths.iter())
                .map(|(chunk, column)| {
                    chunk
                        .iter()
                        .map(|r| {
                            let mut rows = super::prose::wrap_line(&row(r), column.width);
                            super::prose::shorten(&mut rows, 1, column.width);
                            rows.into_iter().next().unwrap_or_default()
                        })
                        .collect()
                })
                .collect()
        } else {
            column_lines
        };
        // Still too tall (Dutch at 60x16): the blank row goes, then the
        // note is shortened; every key stays (any key closes the help).
        if height > area.height {
            blank = 0;
            height -= 1;
        }
        if height > area.height {
            let over = usize::from(height - area.height);
            let keep = note.len().saturating_sub(over).max(1);
            super::prose::shorten(&mut note, keep, width.saturating_sub(2));
            height = per_column as u16 + footer_rows(&note, blank) + 2;
        }
        let rect = centered(area, width, height);
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(Line::from(Span::styled(
                format!(" {} ", self.title),
                theme.current,
            )))
            .border_style(theme.heading);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let [table, footer] = Layout::vertical([
            Constraint::Min(0),
            Constraint::Length(footer_rows(&note, blank)),
        ])
        .areas(inner);
        for (lines, column) in column_lines.into_iter().zip(split(table).iter()) {
            Paragraph::new(lines).render(*column, buf);
        }
        let mut footer_lines = vec![Line::default(); usize::from(blank)];
        footer_lines.extend(note);
        Paragraph::new(footer_lines).render(footer, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    }

    fn help<'a>(theme: &'a Theme, what: &'a str) -> Help<'a> {
        Help {
            title: "Keys",
            rows: vec![("Enter".to_owned(), what), ("q".to_owned(), "leave")],
            footer: "Any key closes this help.",
            theme,
        }
    }

    #[test]
    fn a_long_meaning_wraps_under_the_meaning() {
        let theme = Theme::new(crate::tui::ThemeChoice::default());
        let area = Rect::new(0, 0, 34, 20);
        let mut buf = Buffer::empty(area);
        help(&theme, "type the turn of whoever speaks now, then save it").render(area, &mut buf);
        let rows = screen(&buf);
        let first = rows
            .iter()
            .position(|r| r.contains("Enter  type"))
            .expect("the key's row");
        let meaning_at = rows[first].find("type").expect("meaning");
        let next = &rows[first + 1];
        assert!(!next.contains("leave"), "{rows:#?}");
        let inside = next.trim_start().trim_start_matches('│');
        assert!(
            inside.len() - inside.trim_start().len() == 8,
            "eight in, under the meaning: {rows:#?}"
        );
        assert!(
            next[meaning_at..].starts_with(|c: char| c.is_alphabetic()),
            "continues under the meaning: {rows:#?}"
        );
        assert!(rows.iter().any(|r| r.contains("save it")), "{rows:#?}");
        assert!(rows.iter().any(|r| r.contains("q  leave")), "{rows:#?}");
    }

    #[test]
    fn where_wrapping_would_not_fit_every_key_keeps_its_row() {
        let theme = Theme::new(crate::tui::ThemeChoice::default());
        let area = Rect::new(0, 0, 34, 8);
        let mut buf = Buffer::empty(area);
        help(&theme, "type the turn of whoever speaks now, then save it").render(area, &mut buf);
        let rows = screen(&buf);
        assert!(rows.iter().any(|r| r.contains("q  leave")), "{rows:#?}");
    }
}
