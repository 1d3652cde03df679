//! The help overlay every screen shows on `?`, meeting and review alike:
//! the screen's key table, keycap and meaning per row, in two columns when
//! one does not fit the height, with a closing note below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::theme::Theme;

/// Rows under the keys at least: a blank one and three of the closing
/// note; more where the note wraps to more at the overlay's width.
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
        // The whole closing note, however narrow: it says how to leave.
        let note = Line::from(self.footer);
        let note_rows = super::prose::wrap_line(&note, width.saturating_sub(2)).len();
        let footer_rows = FOOTER_ROWS.max(u16::try_from(note_rows + 1).unwrap_or(u16::MAX));
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
        let tallest = column_lines.iter().map(Vec::len).max().unwrap_or(0);
        let mut height = u16::try_from(tallest)
            .unwrap_or(u16::MAX)
            .saturating_add(footer_rows + 2);
        // Where the wrapped rows would not all fit the screen, every key
        // keeps one row (a long meaning cut at the column's edge) rather
        // than keys falling off the bottom.
        let column_lines = if height > area.height {
            height = per_column as u16 + footer_rows + 2;
            self.rows
                .chunks(per_column.max(1))
                .map(|chunk| chunk.iter().map(row).collect())
                .collect()
        } else {
            column_lines
        };
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
        let [table, footer] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(footer_rows)]).areas(inner);
        for (lines, column) in column_lines.into_iter().zip(split(table).iter()) {
            Paragraph::new(lines).render(*column, buf);
        }
        super::prose::Prose::new(vec![
            Line::default(),
            Line::from(Span::styled(self.footer.to_owned(), theme.muted)),
        ])
        .render(footer, buf);
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
