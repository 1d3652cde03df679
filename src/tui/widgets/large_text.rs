//! Projector mode's large letters: the current step and who has the floor,
//! drawn with `tui-big-text` across the top of the meeting screen when the
//! terminal is big enough for the back of the room to read them and the
//! screen below to keep its panels.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};
use unicode_normalization::UnicodeNormalization;

use super::phase_bar;
use crate::meeting::{MeetingState, views};
use crate::text::Words;
use crate::tui::theme::Theme;

/// The smallest terminal that gets the large letters: below it the
/// screen's own panels need every row.
pub const MIN_AREA: (u16, u16) = (100, 40);

/// Rows one line of large letters takes (an 8-pixel font, two pixels a row).
const LINE_ROWS: u16 = 4;

/// Rows the large letters take in `area`: none below [`MIN_AREA`] or when
/// the theme does not ask for them, else two lines and a blank row.
pub fn rows(theme: &Theme, area: Rect) -> u16 {
    if theme.large_text && area.width >= MIN_AREA.0 && area.height >= MIN_AREA.1 {
        2 * LINE_ROWS + 1
    } else {
        0
    }
}

/// Draws the step on the first line and the name(s) of who has the floor
/// on the second (empty when nobody has it), centred.
pub fn draw(state: &MeetingState, words: &dyn Words, theme: &Theme, buf: &mut Buffer, area: Rect) {
    if area.height < 2 * LINE_ROWS {
        return;
    }
    let [step_area, speaker_area, _] = Layout::vertical([
        Constraint::Length(LINE_ROWS),
        Constraint::Length(LINE_ROWS),
        Constraint::Min(0),
    ])
    .areas(area);
    let step = phase_bar::where_now(state, words);
    big(&step, theme.heading, buf, step_area);
    let names: Vec<&str> = views::floor_holders(state)
        .into_iter()
        .map(|p| state.name(p))
        .collect();
    if !names.is_empty() {
        big(&names.join(" & "), theme.current, buf, speaker_area);
    }
}

/// One line of large letters: eight columns a letter when it fits, four
/// when that does not (a long Dutch step name), cut at the edge beyond.
fn big(text: &str, style: Style, buf: &mut Buffer, area: Rect) {
    let text = for_font(text);
    let letters = text.chars().count();
    let size = if letters * 8 <= usize::from(area.width) {
        PixelSize::HalfHeight
    } else {
        PixelSize::Quadrant
    };
    BigText::builder()
        .pixel_size(size)
        .style(style)
        .centered()
        .lines(vec![Line::from(text)])
        .build()
        .render(area, buf);
}

/// The text in capitals the 8x8 font can draw: ASCII and Latin-1 as they
/// are, other letters by their base letter (`Ş` as `S`), anything else as
/// `?`, so a name never silently loses a letter.
pub fn for_font(text: &str) -> String {
    let drawable = |c: char| matches!(u32::from(c), 0x20..=0x7e | 0xa0..=0xff);
    crate::sanitize::for_terminal_line(text)
        .to_uppercase()
        .chars()
        .map(|c| {
            if drawable(c) {
                c
            } else {
                std::iter::once(c)
                    .nfd()
                    .next()
                    .filter(|b| drawable(*b))
                    .unwrap_or('?')
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::for_font;

    #[test]
    fn letters_outside_the_font_fall_back_to_their_base_letter() {
        assert_eq!(for_font("Ayşe"), "AYSE");
        assert_eq!(for_font("Chloë"), "CHLOË");
        assert_eq!(for_font("Łukasz 李"), "?UKASZ ?");
    }
}
