//! A bordered panel of wrapping text: tension, example, proposal. Ratatui
//! measures display width, so wide characters and diacritics wrap right.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Paragraph, Wrap};

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
}

impl Panel {
    /// A plain panel with a heading and text.
    pub fn new(title: Line<'static>, text: Text<'static>) -> Panel {
        Panel {
            title,
            text,
            style: Style::new(),
            highlight: false,
            scroll: 0,
        }
    }

    /// Draws the panel, wrapped, in a titled block.
    pub fn draw(self, buf: &mut Buffer, area: Rect, theme: &Theme) {
        let block = Block::bordered()
            .title(self.title)
            .border_style(if self.highlight {
                theme.current
            } else {
                theme.border
            });
        let paragraph = Paragraph::new(self.text)
            .style(self.style)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((self.scroll, 0));
        paragraph.render(area, buf);
    }
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
