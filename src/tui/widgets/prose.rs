//! Wrapped text with a hanging indent: the one place every screen's
//! paragraphs are wrapped, so an indented line that runs over keeps its
//! indent on every row it takes ("    ⟳ review on …" continues under
//! "review", a bullet "• x" under "x", not under the bullet and not at the
//! panel's edge, where it would read as a new paragraph).
//!
//! Ratatui's own wrapping (`Wrap`) starts every continuation at column 0
//! and has no hook for an indent, so lines are wrapped here, before
//! drawing, and handed to a `Paragraph` that only has to draw rows that
//! already fit. Where a row breaks is decided by `textwrap`'s first-fit
//! algorithm (the same greedy filling ratatui does, so unindented text
//! wraps as before, except where ratatui's own wrap went wrong: a word of
//! wide characters ending past the row, cut off there, and the second of
//! two spaces at a break, starting the next row); the pieces are measured here,
//! grapheme by grapheme with ratatui's own `cell_width` and whitespace
//! rule, so a row never comes out wider than ratatui then draws it (wide
//! CJK characters and emoji included). `textwrap`'s string wrapping is not
//! used: it measures with its own width table and knows no styles.
//!
//! On a narrow panel the indent shrinks: text keeps at least half of the
//! row, so a 30-column terminal still shows words, not a wall of spaces.

use std::borrow::Cow;

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, StyledGrapheme, Text};
use ratatui::widgets::{Block, Paragraph, Widget};
use textwrap::core::Fragment;
use unicode_segmentation::UnicodeSegmentation;

/// A paragraph whose lines wrap at spaces with a hanging indent: the
/// drop-in for `Paragraph::new(text).wrap(Wrap { .. })` on every screen
/// (same `block`, `style`, `scroll`, `alignment` and `line_count`).
#[derive(Debug, Clone, Default)]
pub struct Prose<'a> {
    text: Text<'a>,
    block: Option<Block<'a>>,
    style: Style,
    scroll: u16,
    alignment: Alignment,
}

impl<'a> Prose<'a> {
    /// Prose of `text`, left-aligned, unscrolled, without a block.
    pub fn new(text: impl Into<Text<'a>>) -> Self {
        Prose {
            text: text.into(),
            ..Prose::default()
        }
    }

    /// The same prose inside `block` (drawn around it, like a paragraph's).
    #[must_use]
    pub fn block(mut self, block: Block<'a>) -> Self {
        self.block = Some(block);
        self
    }

    /// The same prose with `style` under the whole area.
    #[must_use]
    pub fn style(mut self, style: impl Into<Style>) -> Self {
        self.style = style.into();
        self
    }

    /// The same prose scrolled down by `rows` wrapped rows.
    #[must_use]
    pub fn scroll(mut self, rows: u16) -> Self {
        self.scroll = rows;
        self
    }

    /// The same prose with lines that set no alignment of their own aligned
    /// so. Only left-aligned lines hang; centred ones wrap plainly.
    #[must_use]
    pub fn alignment(mut self, alignment: Alignment) -> Self {
        self.alignment = alignment;
        self
    }

    /// Rows the text takes when wrapped at `width` columns, plus the
    /// block's top and bottom borders, exactly as drawn. Like
    /// `Paragraph::line_count`, `width` is the text's own width (a caller
    /// with a bordered block subtracts the borders), and 0 gives 0.
    pub fn line_count(&self, width: u16) -> usize {
        if width == 0 {
            return 0;
        }
        // The block's borders and padding above and below the text.
        let frame = self.block.as_ref().map_or(0, |block| {
            let probe = Rect::new(0, 0, 100, 100);
            usize::from(probe.height - block.inner(probe).height)
        });
        let rows: usize = self
            .text
            .lines
            .iter()
            .map(|line| wrapped(line, width, self.align(line), None).len())
            .sum();
        rows + frame
    }

    fn align(&self, line: &Line) -> Alignment {
        line.alignment
            .or(self.text.alignment)
            .unwrap_or(self.alignment)
    }
}

impl Widget for Prose<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Widget::render(&self, area, buf);
    }
}

impl Widget for &Prose<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let inner = self.block.as_ref().map_or(area, |block| block.inner(area));
        // Only the rows down to the bottom of the view are wrapped: a long
        // closed meeting's summary costs what is on screen.
        let needed = usize::from(self.scroll) + usize::from(inner.height);
        let mut rows = Vec::new();
        for line in &self.text.lines {
            if rows.len() >= needed || inner.width == 0 {
                break;
            }
            rows.extend(wrapped(line, inner.width, self.align(line), None));
        }
        let mut text = Text::from(rows);
        text.style = self.text.style;
        text.alignment = self.text.alignment;
        let mut paragraph = Paragraph::new(text)
            .style(self.style)
            .alignment(self.alignment)
            .scroll((self.scroll, 0));
        if let Some(block) = &self.block {
            paragraph = paragraph.block(block.clone());
        }
        paragraph.render(area, buf);
    }
}

/// Rows `line` takes when wrapped at `width` columns (at least one).
pub fn rows(line: &Line, width: u16) -> usize {
    wrap_line(line, width).len()
}

/// `line` wrapped at `width` columns: the first row keeps the line's
/// leading spaces, every further row starts under the first row's text
/// (under the text after a bullet or a number such as "•", "-", "⟳",
/// "1."), at most half the width in. Styles and alignment are kept; a word
/// longer than a row is cut at a character boundary; every row fits.
pub fn wrap_line(line: &Line, width: u16) -> Vec<Line<'static>> {
    wrapped(line, width, line.alignment.unwrap_or(Alignment::Left), None)
}

/// `line` wrapped at `width` columns with every further row starting
/// `hang` columns in (at most half the width): for a row whose text
/// starts at a column of its own, as a help row's meaning after its key
/// or a numbered part after its number.
pub fn wrap_line_under(line: &Line, width: u16, hang: u16) -> Vec<Line<'static>> {
    wrapped(line, width, Alignment::Left, Some(hang))
}

/// One grapheme of a line being wrapped: which span it came from, where,
/// how wide it is drawn, and whether a row may break at it.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    span: usize,
    start: usize,
    end: usize,
    width: u16,
    space: bool,
}

/// A word and the whitespace after it, as `textwrap` places them: glyphs
/// `start..gap` are the word, `gap..end` the space.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    gap: usize,
    end: usize,
    width: u16,
    space: u16,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        f64::from(self.width)
    }

    fn whitespace_width(&self) -> f64 {
        f64::from(self.space)
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

fn wrapped(line: &Line, width: u16, alignment: Alignment, hang: Option<u16>) -> Vec<Line<'static>> {
    let width = width.max(1);
    let glyphs = glyphs(line);
    if glyphs.iter().map(|g| usize::from(g.width)).sum::<usize>() <= usize::from(width) {
        return vec![owned(line)];
    }
    // The first row's leading spaces, and the hang under the text.
    let (lead_end, lead, hang) = indents(line, &glyphs, width, alignment, hang);
    let mut pieces = pieces(&glyphs, lead_end);
    let bar = quote_bar(line, &glyphs, &pieces, hang);
    let first_room = width - lead;
    let room = width - hang;
    pieces = cut_long_words(&glyphs, pieces, room);
    let rows = textwrap::wrap_algorithms::wrap_first_fit(
        &pieces,
        &[f64::from(first_room), f64::from(room)],
    );
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let (Some(first), Some(last)) = (row.first(), row.last()) else {
            continue;
        };
        let mut spans = Vec::new();
        if i == 0 {
            push_glyphs(&mut spans, line, &leading(&glyphs[..lead_end], lead));
        } else if let Some(bar) = bar {
            push_glyphs(&mut spans, line, &glyphs[..bar]);
        } else if hang > 0 {
            spans.push(Span::raw(" ".repeat(usize::from(hang))));
        }
        // Whitespace between words stays; the space at a break goes, except
        // at the very end of the line, which is kept as written.
        let end = if i + 1 == rows.len() {
            last.end
        } else {
            last.gap
        };
        push_glyphs(&mut spans, line, &glyphs[first.start..end]);
        let mut row = Line::from(spans).style(line.style);
        row.alignment = line.alignment;
        out.push(row);
    }
    if out.is_empty() {
        out.push(owned(line));
    }
    out
}

/// Rows `line`, `line_width` columns wide, takes at `width` columns,
/// reckoned from its width and its indent alone (it may be a row short
/// where words leave ends of rows empty): for counting the rows of a long
/// text far below the view without wrapping it.
pub fn rows_estimate(line: &Line, line_width: usize, width: u16) -> usize {
    let width = width.max(1);
    if line_width <= usize::from(width) {
        return 1;
    }
    let alignment = line.alignment.unwrap_or(Alignment::Left);
    let (_, _, hang) = indents(line, &glyphs_upto(line, true), width, alignment, None);
    let room = usize::from(width - hang);
    1 + (line_width - usize::from(width)).div_ceil(room)
}

/// Where `glyphs` (all of a line, or its start through its first word and
/// the first glyph after) leave their leading whitespace, how wide the
/// first row's indent is drawn and how far further rows hang: under the
/// first row's text, after a marker, or `hang` where the caller says;
/// both at most half the width.
fn indents(
    line: &Line,
    glyphs: &[Glyph],
    width: u16,
    alignment: Alignment,
    hang: Option<u16>,
) -> (usize, u16, u16) {
    let lead_end = glyphs.iter().position(|g| !g.space).unwrap_or(glyphs.len());
    let cap = width / 2;
    let lead = glyphs[..lead_end]
        .iter()
        .map(|g| g.width)
        .sum::<u16>()
        .min(cap);
    let hang = match hang {
        Some(hang) => hang.min(cap),
        None if alignment == Alignment::Left => {
            let marker = match pieces(glyphs, lead_end).as_slice() {
                [first, _, ..] if is_marker(line, &glyphs[first.start..first.gap]) => {
                    first.width + first.space
                }
                _ => 0,
            };
            lead.saturating_add(marker).min(cap)
        }
        None => 0,
    };
    (lead_end, lead, hang)
}

/// The drawable graphemes of `line`, as ratatui splits and measures them
/// (control characters are dropped, as ratatui drops them).
fn glyphs(line: &Line) -> Vec<Glyph> {
    glyphs_upto(line, false)
}

/// [`glyphs`], or with `start_only` only through the first word, the
/// whitespace after it and one glyph more: enough to tell the indent.
fn glyphs_upto(line: &Line, start_only: bool) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    // Runs of space and of text begun so far (leading spaces, first word,
    // the space after it): a fourth run is the second word.
    let mut runs = 0;
    for (index, span) in line.spans.iter().enumerate() {
        let content = span.content.as_ref();
        for (start, symbol) in content.grapheme_indices(true) {
            if symbol.contains(char::is_control) {
                continue;
            }
            let space = StyledGrapheme::new(symbol, Style::default()).is_whitespace();
            if out.last().is_none_or(|g| g.space != space) {
                runs += if out.is_empty() && !space { 2 } else { 1 };
            }
            out.push(Glyph {
                span: index,
                start,
                end: start + symbol.len(),
                width: symbol.cell_width(),
                space,
            });
            if start_only && runs >= 4 {
                return out;
            }
        }
    }
    out
}

/// Words from `from` on, each with the whitespace after it.
fn pieces(glyphs: &[Glyph], from: usize) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut i = from;
    while i < glyphs.len() {
        let start = i;
        while i < glyphs.len() && !glyphs[i].space {
            i += 1;
        }
        let gap = i;
        while i < glyphs.len() && glyphs[i].space {
            i += 1;
        }
        pieces.push(Piece {
            start,
            gap,
            end: i,
            width: glyphs[start..gap].iter().map(|g| g.width).sum(),
            space: glyphs[gap..i].iter().map(|g| g.width).sum(),
        });
    }
    pieces
}

/// Words wider than `room` cut into pieces that fit (a grapheme wider than
/// the whole row stands alone; ratatui leaves such a one out when drawing).
fn cut_long_words(glyphs: &[Glyph], pieces: Vec<Piece>, room: u16) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if piece.width <= room {
            out.push(piece);
            continue;
        }
        let mut start = piece.start;
        let mut width = 0u16;
        for (i, glyph) in glyphs.iter().enumerate().take(piece.gap).skip(piece.start) {
            let w = glyph.width;
            if width + w > room && i > start {
                out.push(Piece {
                    start,
                    gap: i,
                    end: i,
                    width,
                    space: 0,
                });
                start = i;
                width = 0;
            }
            width += w;
        }
        out.push(Piece {
            start,
            width,
            ..piece
        });
    }
    out
}

/// Does the first word look like a list marker that the rest hangs under:
/// a short run of symbols ("•", "-", "⟳", "▶", "│", "→") or a number or
/// letter closed by "." or ")" ("1.", "12)", "a)")?
fn is_marker(line: &Line, word: &[Glyph]) -> bool {
    let text: String = word
        .iter()
        .map(|g| &line.spans[g.span].content[g.start..g.end])
        .collect();
    let width: u16 = word.iter().map(|g| g.width).sum();
    if width == 0 || width > 3 {
        return false;
    }
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    let body = text.strip_suffix(['.', ')']).unwrap_or("");
    !body.is_empty()
        && (body.chars().all(|c| c.is_ascii_digit())
            || (body.len() == 1 && body.chars().all(|c| c.is_ascii_lowercase())))
}

/// Where a quoted line's bar ends: for a line that starts (after its
/// indent) with a quote bar "│" and a space, and hangs its rows under the
/// text after it, the glyphs before that text, which every further row
/// repeats, so a wrapped quote reads as one block with its bar down the
/// side, as the Markdown it comes from is shown elsewhere. `None` for any
/// other line, or when the indent had to shrink on a narrow row.
fn quote_bar(line: &Line, glyphs: &[Glyph], pieces: &[Piece], hang: u16) -> Option<usize> {
    let first = pieces.first()?;
    let word: String = glyphs[first.start..first.gap]
        .iter()
        .map(|g| &line.spans[g.span].content[g.start..g.end])
        .collect();
    let before: u16 = glyphs[..first.end].iter().map(|g| g.width).sum();
    (word == "│" && first.space > 0 && pieces.len() > 1 && before == hang).then_some(first.end)
}

/// The leading whitespace glyphs that fit in `width` columns.
fn leading(glyphs: &[Glyph], width: u16) -> Vec<Glyph> {
    let mut used = 0;
    glyphs
        .iter()
        .take_while(|g| {
            used += g.width;
            used <= width
        })
        .copied()
        .collect()
}

/// Appends `glyphs` to `spans`, one span per run from the same source span.
fn push_glyphs(spans: &mut Vec<Span<'static>>, line: &Line, glyphs: &[Glyph]) {
    let mut i = 0;
    while i < glyphs.len() {
        let span = glyphs[i].span;
        let mut j = i;
        let mut text = String::new();
        while j < glyphs.len() && glyphs[j].span == span {
            let g = glyphs[j];
            text.push_str(&line.spans[span].content[g.start..g.end]);
            j += 1;
        }
        spans.push(Span::styled(text, line.spans[span].style));
        i = j;
    }
}

fn owned(line: &Line) -> Line<'static> {
    let spans = line
        .spans
        .iter()
        .map(|s| Span::styled(Cow::Owned(s.content.to_string()), s.style))
        .collect::<Vec<_>>();
    let mut out = Line::from(spans).style(line.style);
    out.alignment = line.alignment;
    out
}

/// `rows` cut to at most `keep` rows, the last one ending in "…" when
/// anything was cut, within `width` columns.
pub fn shorten(rows: &mut Vec<Line<'static>>, keep: usize, width: u16) {
    if rows.len() <= keep {
        return;
    }
    rows.truncate(keep.max(1));
    let Some(last) = rows.last_mut() else { return };
    let room = usize::from(width).saturating_sub(1);
    // Drop characters from the end until "…" fits after the text; a word
    // cut that way goes whole, unless it is the row's only one.
    let mut cut = false;
    while last.width() > room
        || (cut && !ends_at_space(last) && has_space(last))
        || last.spans.last().is_some_and(|s| s.content.ends_with(' '))
    {
        let Some(span) = last.spans.last_mut() else {
            break;
        };
        let mut text = span.content.to_string();
        let Some(dropped) = text.pop() else {
            last.spans.pop();
            continue;
        };
        span.content = text.into();
        // A word cut goes back to the space before it.
        if dropped != ' ' {
            cut = !ends_at_space(last);
        }
    }
    let style = last.spans.last().map_or(Style::new(), |s| s.style);
    last.spans.push(Span::styled("…", style));
}

fn ends_at_space(line: &Line<'static>) -> bool {
    line.spans
        .iter()
        .rev()
        .find(|s| !s.content.is_empty())
        .is_none_or(|s| s.content.ends_with(' '))
}

/// Whether `line` has a space after its first character (a word to cut
/// back to other than its start).
fn has_space(line: &Line<'static>) -> bool {
    line.to_string().trim_start().contains(' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Wrap;

    fn plain(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn rows_of(text: &str, width: u16) -> Vec<String> {
        wrap_line(&Line::from(text.to_owned()), width)
            .iter()
            .map(plain)
            .collect()
    }

    /// Every row fits, and the words read back in order, none lost.
    fn check_fits_and_keeps(text: &str, width: u16, rows: &[String]) {
        for row in rows {
            assert!(
                row.as_str().cell_width() <= width,
                "{row:?} wider than {width}: {rows:?}"
            );
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let joined: String = rows.concat().split_whitespace().collect();
        assert_eq!(joined, words.concat(), "{rows:?}");
    }

    #[test]
    fn an_indented_line_keeps_its_indent_on_every_row() {
        let text =
            "    The Release lead writes release notes of at most five bullets for every release";
        let rows = rows_of(text, 30);
        assert!(rows.len() > 2, "{rows:?}");
        for row in &rows {
            assert!(row.starts_with("    "), "{rows:?}");
            assert!(!row.starts_with("     "), "{rows:?}");
        }
        check_fits_and_keeps(text, 30, &rows);
    }

    #[test]
    fn a_quote_keeps_its_bar_on_every_row() {
        let line = Line::from(vec![
            Span::styled("  │ ", Style::new().italic()),
            Span::raw("Meetings run over because agenda items are not prepared in time"),
        ]);
        let rows = wrap_line(&line, 24);
        assert!(rows.len() > 2, "{rows:?}");
        for row in &rows {
            assert!(plain(row).starts_with("  │ "), "{rows:?}");
            assert!(!plain(row).starts_with("  │  "), "{rows:?}");
            // The bar keeps its own style on every row.
            assert_eq!(row.spans[0].style, Style::new().italic(), "{rows:?}");
        }
        let text: Vec<String> = rows.iter().map(|r| plain(r)[6..].to_owned()).collect();
        check_fits_and_keeps(
            "Meetings run over because agenda items are not prepared in time",
            24,
            &text,
        );
        // Any other marker still hangs under its text with spaces only.
        let rows = rows_of("  • first second third fourth fifth sixth", 16);
        assert!(
            rows[1..]
                .iter()
                .all(|r| r.starts_with("    ") && !r.contains('•'))
        );
    }

    #[test]
    fn a_bullet_or_number_hangs_under_its_text() {
        for (text, hang) in [
            ("  • first second third fourth fifth sixth", 4),
            ("⟳ review on 22 February 2027: ask the developers", 2),
            ("12. Noor: the mobile team plans on Tuesdays", 4),
            ("- Create a role Website Steward, accountable", 2),
        ] {
            let rows = rows_of(text, 16);
            assert!(rows.len() > 1, "{rows:?}");
            for row in &rows[1..] {
                let lead = row.len() - row.trim_start().len();
                assert_eq!(lead, hang, "{text}: {rows:?}");
            }
            check_fits_and_keeps(text, 16, &rows);
        }
        // A word is not a bullet: the rest hangs under the first row.
        let rows = rows_of("  Tension: the mobile team plans on Tuesdays", 16);
        assert!(
            rows[1..]
                .iter()
                .all(|r| r.starts_with("  ") && !r.starts_with("   "))
        );
    }

    #[test]
    fn wide_characters_are_measured_as_drawn() {
        let text = "    ⟳ 会议记录会议记录会议记录 🙂 review 🙂🙂🙂 はい";
        for width in [8, 11, 12, 20] {
            let rows = rows_of(text, width);
            check_fits_and_keeps(text, width, &rows);
            for row in &rows[1..] {
                assert!(row.starts_with("  "), "{width}: {rows:?}");
            }
        }
    }

    #[test]
    fn a_narrow_panel_shrinks_the_indent_to_half_the_row() {
        let text = format!("{}deep text that must still show words", " ".repeat(24));
        let rows = rows_of(&text, 30);
        check_fits_and_keeps(&text, 30, &rows);
        for row in &rows {
            let lead = row.len() - row.trim_start().len();
            assert_eq!(lead, 15, "{rows:?}");
        }
        // Ten columns: five for the indent, five for text.
        let rows = rows_of("        • narrow", 10);
        check_fits_and_keeps("narrow", 10, &rows[1..]);
        assert!(rows.iter().all(|r| r.cell_width() <= 10), "{rows:?}");
    }

    #[test]
    fn an_over_long_word_is_cut_under_the_indent() {
        let text = "    see https://example.org/a/very/long/path/that/never/ends";
        let rows = rows_of(text, 20);
        check_fits_and_keeps(text, 20, &rows);
        assert!(rows.len() >= 4, "{rows:?}");
        for row in &rows[1..] {
            assert!(
                row.starts_with("    ") && !row.starts_with("     "),
                "{rows:?}"
            );
        }
    }

    #[test]
    fn styles_stay_with_their_words() {
        let line = Line::from(vec![
            Span::raw("  • "),
            Span::styled("bold words here", Style::new().bold()),
            Span::raw(" and plain ones after"),
        ]);
        let rows = wrap_line(&line, 14);
        let bold: String = rows
            .iter()
            .flat_map(|r| &r.spans)
            .filter(|s| s.style == Style::new().bold())
            .map(|s| s.content.as_ref())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(bold, "bold words here", "{rows:?}");
    }

    /// Unindented text wraps exactly as ratatui's own `Wrap` did, so only
    /// indented lines look different. (Not wide characters: where a word
    /// of them ends past the row, ratatui draws it anyway and loses what
    /// falls off the edge; prose moves it to the next row. Nor two spaces
    /// at a break: ratatui starts the next row with the second one.)
    #[test]
    fn unindented_text_wraps_as_ratatui_wraps_it() {
        let texts = [
            "Fatima runs a 30-minute design review every Monday at 9:00 before planning; notes go to the wiki.",
            "Ask: what has your attention? One turn each, or pass. Nobody responds.",
            "word supercalifragilisticexpialidocious end",
        ];
        for text in texts {
            for width in 5..=40 {
                let area = Rect::new(0, 0, width, 12);
                let mut ours = Buffer::empty(area);
                let mut theirs = Buffer::empty(area);
                let prose = Prose::new(text);
                prose.clone().render(area, &mut ours);
                let paragraph = Paragraph::new(text).wrap(Wrap { trim: false });
                paragraph.clone().render(area, &mut theirs);
                assert_eq!(ours, theirs, "{text} at {width}");
                assert_eq!(
                    prose.line_count(width),
                    paragraph.line_count(width),
                    "{text} at {width}"
                );
            }
        }
    }

    #[test]
    fn no_row_starts_with_the_space_of_a_break() {
        let text = "Release notes  (Bram): adopted v3 → carried over  x  and  two  spaces";
        for width in 5..=40 {
            let rows = rows_of(text, width);
            check_fits_and_keeps(text, width, &rows);
            assert!(rows.iter().all(|r| !r.starts_with(' ')), "{rows:?}");
        }
    }

    #[test]
    fn a_wide_word_that_would_end_past_the_row_moves_down_whole() {
        let rows = rows_of("words 🙂🙂 after", 9);
        assert_eq!(rows, ["words", "🙂🙂", "after"]);
    }

    #[test]
    fn line_count_is_the_rows_drawn() {
        let text = Text::from(vec![
            Line::from("    The Release lead writes release notes of at most five bullets"),
            Line::default(),
            Line::from("• a bullet that wraps onto a second row at least"),
        ]);
        for width in [12u16, 20, 40] {
            let prose = Prose::new(text.clone()).block(Block::bordered());
            let rows = prose.line_count(width - 2);
            let area = Rect::new(0, 0, width, 40);
            let mut buf = Buffer::empty(area);
            prose.render(area, &mut buf);
            // The bottom border sits right under the last row of text.
            let bottom = (0..40u16)
                .rev()
                .find(|&y| buf[(0, y)].symbol() == "└")
                .expect("a bottom border");
            assert_eq!(usize::from(bottom) + 1, 40, "the block fills the area");
            let last_text = (1..39u16)
                .rev()
                .find(|&y| (1..width - 1).any(|x| buf[(x, y)].symbol() != " "))
                .expect("some text");
            assert_eq!(usize::from(last_text) + 2, rows, "{width}");
        }
    }

    #[test]
    fn the_estimate_below_the_view_counts_the_hang() {
        let line = Line::from(format!("    {}", "ab ".repeat(40)));
        assert_eq!(rows(&line, 20), 8);
        assert_eq!(rows_estimate(&line, line.width(), 20), 8);
        let bullet = Line::from(format!("• {}", "abc ".repeat(30)));
        assert_eq!(
            rows_estimate(&bullet, bullet.width(), 22),
            rows(&bullet, 22),
            "{:?}",
            wrap_line(&bullet, 22)
        );
        assert_eq!(rows_estimate(&Line::from("short"), 5, 20), 1);
    }

    #[test]
    fn scrolling_skips_wrapped_rows() {
        let prose = Prose::new("    one two three four five six seven eight").scroll(1);
        let area = Rect::new(0, 0, 12, 2);
        let mut buf = Buffer::empty(area);
        prose.render(area, &mut buf);
        let row: String = (0..12).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(row, "    three   ");
    }

    #[test]
    fn nothing_to_draw_in_no_room() {
        assert_eq!(Prose::new("    text").line_count(0), 0);
        assert_eq!(wrap_line(&Line::default(), 5).len(), 1);
        assert_eq!(rows_of("        ", 3).len(), 1);
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        Prose::new("    wide 会 text").render(Rect::new(0, 0, 1, 1), &mut buf);
    }
}
