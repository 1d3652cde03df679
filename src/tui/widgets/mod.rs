//! Small building blocks shared by the screens: the phase bar, the meeting
//! clock, the round list, the wrapping text panel, key hints, keeping a
//! selection in view, and the "enlarge the terminal" notice every screen
//! shows below its minimum size.

pub mod clock;
pub mod help;
pub mod large_text;
pub mod phase_bar;
pub mod prose;
pub mod round_list;
pub mod text_panel;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::text::Words;
use crate::tui::theme::Theme;

/// A list taller than its bordered `area` keeps the line at `index` (and
/// `after` lines below it) in sight by dropping lines from the top and
/// putting `marker(dropped)` first. Wrapped lines are over-estimated, so
/// the kept line is never pushed out of sight; at worst a row stays empty.
pub fn keep_in_view(
    lines: &mut Vec<Line<'static>>,
    index: usize,
    after: usize,
    area: Rect,
    marker: impl Fn(usize) -> Line<'static>,
) {
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let height = usize::from(area.height.saturating_sub(2));
    // Hanging indents can take a row more than the width says.
    let rows = |line: &Line| {
        let w = line.width();
        let guess = if w <= width { 1 } else { w.div_ceil(width) + 1 };
        guess.max(prose::rows(line, area.width.saturating_sub(2)))
    };
    let end = (index + 1 + after).min(lines.len());
    let mut used: usize = lines[..end].iter().map(rows).sum();
    if used <= height {
        return;
    }
    used += 1;
    let mut first = 0;
    while first < index && used > height {
        used -= rows(&lines[first]);
        first += 1;
    }
    if first == 0 {
        // The selection is the first line and still does not fit: there is
        // nothing above to announce (a "0 more above" would only hide it).
        return;
    }
    lines.drain(..first);
    lines.insert(0, marker(first));
}

/// Key hints packed into lines of at most `width` columns, never splitting
/// a key from what it does (a lone "f" at a line end reads as nothing).
pub fn hint_lines(
    pairs: &[(String, &str)],
    width: usize,
    theme: &crate::tui::theme::Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (cap, what) in pairs {
        let cap = format!(" {cap} ");
        let what = format!(" {what} ");
        let needed = cap.width() + what.width();
        if used + needed > width && !line.is_empty() {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        used += needed;
        line.push(Span::styled(cap, theme.selected));
        line.push(Span::raw(what));
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

/// Seconds as a clock reading: "4:05", or "1:04:05" past the hour.
pub fn duration(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// A rectangle of at most `width` x `height`, centred in `area`; an odd
/// spare row or column goes below or to the right. (`Rect::centered` puts
/// it above, which would move every dialog and popup by one row.)
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// Says "please enlarge" and returns true when the area is below the
/// given size; views call it first and draw nothing else then.
pub fn too_small(
    buf: &mut Buffer,
    area: Rect,
    need: (u16, u16),
    words: &dyn Words,
    theme: &Theme,
) -> bool {
    if area.width >= need.0 && area.height >= need.1 {
        return false;
    }
    let text = words.too_small(area.width, area.height, need.0, need.1);
    prose::Prose::new(Span::styled(text, theme.warn))
        .alignment(Alignment::Center)
        .render(centered(area, area.width, 4), buf);
    true
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65), "1:05");
        assert_eq!(duration(3725), "1:02:05");
    }
}
