//! The help overlay every screen shows on `?`, meeting and review alike:
//! the screen's key table, keycap and meaning per row, in two columns when
//! one does not fit the height, with a closing note below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::centered;
use crate::tui::theme::Theme;

/// Rows under the keys: a blank one and up to three of the closing note.
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
        let height = per_column as u16 + FOOTER_ROWS + 2;
        let width = area
            .width
            .saturating_sub(4)
            .min(if columns == 2 { 90 } else { 56 });
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
            Layout::vertical([Constraint::Min(0), Constraint::Length(FOOTER_ROWS)]).areas(inner);
        let halves = Layout::horizontal(vec![
            Constraint::Ratio(1, u32::from(columns));
            usize::from(columns)
        ])
        .split(table);
        for (i, chunk) in self.rows.chunks(per_column.max(1)).enumerate() {
            if let Some(column) = halves.get(i) {
                let lines: Vec<Line> = chunk.iter().map(row).collect();
                Paragraph::new(lines).render(*column, buf);
            }
        }
        Paragraph::new(vec![
            Line::default(),
            Line::from(Span::styled(self.footer.to_owned(), theme.muted)),
        ])
        .wrap(Wrap { trim: true })
        .render(footer, buf);
    }
}
