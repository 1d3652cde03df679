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
use crate::text::tui::{KeyHint, KeyLine};
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

/// A dialog's key line in rows of at most `width` columns, in `style`,
/// broken between hints and never inside one ("Esc =" at a row's end and
/// "annuleren" on the next read as two things): a row that breaks ends
/// with the separator's mark, so the line still reads as one. Past
/// `max_rows` rows the hints that may go are dropped, from the last one
/// on, until it fits; the kept ones (save, cancel) always show. The lead,
/// if any, wraps as words, and the hints follow it on its last row when
/// they fit there.
pub fn key_rows(
    line: &KeyLine,
    width: u16,
    max_rows: usize,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let mut hints: Vec<&KeyHint> = line.hints.iter().collect();
    loop {
        let rows = pack_hints(&line.lead, &hints, line.between, usize::from(width.max(1)));
        if rows.len() <= max_rows.max(1) {
            return styled_rows(rows, style);
        }
        match hints.iter().rposition(|h| !h.keep) {
            Some(i) => {
                hints.remove(i);
            }
            None => return styled_rows(rows, style),
        }
    }
}

fn styled_rows(rows: Vec<String>, style: ratatui::style::Style) -> Vec<Line<'static>> {
    rows.into_iter()
        .map(|r| Line::from(Span::styled(r, style)))
        .collect()
}

/// The rows of a lead and hints at `width` columns (see [`key_rows`]).
fn pack_hints(lead: &str, hints: &[&KeyHint], between: &str, width: usize) -> Vec<String> {
    let mark = between.trim_end();
    let mut rows: Vec<String> = if lead.is_empty() {
        Vec::new()
    } else {
        prose::wrap_line(&Line::from(lead.to_owned()), width as u16)
            .iter()
            .map(|l| l.to_string().trim_end().to_owned())
            .collect()
    };
    // The row being filled, and whether it ends with a hint (a separator
    // goes before the next one) or with the lead's words (a space does).
    let mut row = rows.pop().unwrap_or_default();
    let mut after_hint = false;
    for (i, hint) in hints.iter().enumerate() {
        let last = i + 1 == hints.len();
        let join = match (row.is_empty(), after_hint) {
            (true, _) => "",
            (false, true) => between,
            (false, false) => " ",
        };
        // A hint that is not the last must leave room for the mark a
        // break after it would put at the row's end.
        let tail = if last { 0 } else { mark.width() };
        if row.is_empty() || row.width() + join.width() + hint.text.width() + tail <= width {
            row.push_str(join);
        } else {
            if after_hint && row.width() + mark.width() <= width {
                row.push_str(mark);
            }
            rows.push(std::mem::take(&mut row));
        }
        if hint.text.width() + tail > width {
            // Wider than a row on its own (a very narrow dialog): it wraps
            // as words, as nothing else can show it whole.
            let wrapped = prose::wrap_line(&Line::from(hint.text.clone()), width as u16);
            let mut wrapped: Vec<String> = wrapped.iter().map(|l| l.to_string()).collect();
            if !row.is_empty() {
                rows.push(std::mem::take(&mut row));
            }
            row = wrapped.pop().unwrap_or_default();
            rows.extend(wrapped);
        } else {
            row.push_str(&hint.text);
        }
        after_hint = true;
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
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
