//! A bordered panel of wrapping text: tension, example, proposal. The text
//! wraps as [`Prose`]: by display width (wide characters and diacritics
//! wrap right), and an indented line keeps its indent when it wraps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Block;
use ratatui::widgets::Widget;

use super::prose::{self, Prose};

use crate::text::Words;
use crate::tui::theme::Theme;

/// What a panel shows; built by the screens, drawn here.
pub struct Panel {
    /// The heading in the border.
    pub title: Line<'static>,
    /// The body.
    pub text: Text<'static>,
    /// The body's style (the proposal is bold).
    pub style: Style,
    /// Focused panels get the "current" border.
    pub highlight: bool,
    /// Lines scrolled away at the top.
    pub scroll: u16,
    /// Words for the "▼ N more lines" marker on the bottom border when the
    /// text does not fit; every panel built by [`Panel::new`] gets none
    /// until [`Panel::counted`] gives them.
    pub more: Option<&'static dyn Words>,
}

impl Panel {
    /// A plain panel with a heading and text.
    pub fn new(title: Line<'static>, text: Text<'static>) -> Panel {
        Panel {
            title,
            text: flat(text),
            style: Style::new(),
            highlight: false,
            scroll: 0,
            more: None,
        }
    }

    /// The same panel, saying on its bottom border how many lines are cut off.
    pub fn counted(mut self, words: &'static dyn Words) -> Panel {
        self.more = Some(words);
        self
    }

    /// Rows this panel's text needs at `width` columns, borders included.
    pub fn rows_needed(&self, width: u16) -> u16 {
        let text = Prose::new(self.text.clone()).block(Block::bordered());
        u16::try_from(text.line_count(width.saturating_sub(2))).unwrap_or(u16::MAX)
    }

    /// Draws the panel, wrapped, in a titled block.
    pub fn draw(self, buf: &mut Buffer, area: Rect, theme: &Theme) {
        let shown = usize::from(area.height.saturating_sub(2)) + usize::from(self.scroll);
        let hidden = match self.more {
            Some(_) => rows_below(&self.text, area.width.saturating_sub(2), shown),
            None => 0,
        };
        self.draw_hiding(buf, area, theme, hidden);
    }

    /// Draws the panel, wrapped, in a titled block, saying (when
    /// [`Panel::counted`]) that `hidden` rows are below the view: for a
    /// caller that holds only the lines down to the view's bottom and
    /// counted the rest itself.
    pub fn draw_hiding(self, buf: &mut Buffer, area: Rect, theme: &Theme, hidden: usize) {
        let mut block = Block::bordered()
            .title(self.title)
            .border_style(if self.highlight {
                theme.current
            } else {
                theme.border
            });
        if let Some(words) = self.more {
            block = with_more_below(block, hidden, words, theme);
        }
        Prose::new(self.text)
            .style(self.style)
            .block(block)
            .scroll(self.scroll)
            .render(area, buf);
    }
}

/// Wrapped rows of `text` at `width` columns past the first `shown`. The
/// rows up to just past the view are wrapped exactly as drawn; the rest of a
/// long text (a closed meeting's summary) is counted by width, so a frame
/// costs what is on screen, not the whole text.
fn rows_below(text: &Text<'static>, width: u16, shown: usize) -> usize {
    let mut rows = 0usize;
    for line in &text.lines {
        rows += if rows <= shown {
            prose::rows(line, width)
        } else {
            prose::rows_estimate(line, line.width(), width)
        };
    }
    rows.saturating_sub(shown)
}

/// `block` with "▼ N more lines" on its bottom border when `hidden` > 0.
pub fn with_more_below<'a>(
    block: Block<'a>,
    hidden: usize,
    words: &dyn Words,
    theme: &Theme,
) -> Block<'a> {
    if hidden == 0 {
        return block;
    }
    block.title_bottom(
        Line::from(Span::styled(
            format!(" {} ", words.more_below(hidden)),
            theme.warn,
        ))
        .right_aligned(),
    )
}

/// A panel title: " ▶ Name " when focused, " Name " otherwise.
pub fn title(name: &str, focused: bool, theme: &Theme) -> Line<'static> {
    if focused {
        Line::from(Span::styled(format!(" ▶ {name} "), theme.current))
    } else {
        Line::from(Span::styled(format!(" {name} "), theme.heading))
    }
}

/// Text or a placeholder when it has not been given.
pub fn or_placeholder(text: Option<&str>, placeholder: &str, theme: &Theme) -> Text<'static> {
    match text {
        Some(t) if !t.trim().is_empty() => Text::from(t.to_owned()),
        _ => Text::from(Span::styled(placeholder.to_owned(), theme.muted)),
    }
}

/// `text` with every line break and tab inside a line made a space. Lines
/// are already split; a `\n` or `\t` left inside one (a typed turn, a
/// question or an objection of several lines shown as one list entry)
/// would otherwise be dropped by the terminal drawing, gluing the words
/// on either side together ("afbreken.Tweede").
pub fn flat(mut text: Text<'static>) -> Text<'static> {
    for line in &mut text.lines {
        flat_line(line);
    }
    text
}

/// [`flat`] for one line.
pub fn flat_line(line: &mut Line<'static>) {
    for span in &mut line.spans {
        if let std::borrow::Cow::Owned(one_line) = crate::sanitize::for_terminal_line(&span.content)
        {
            span.content = one_line.into();
        }
    }
}
