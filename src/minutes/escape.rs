//! Markdown escaping for untrusted session text. Minutes are read rendered
//! (forges, chat, wikis) and raw (terminals), so every text from a session
//! is first made terminal-safe (`crate::sanitize`) and then escaped so that
//! it can only ever be literal text: it can never open a heading, list,
//! table, code block, link, HTML tag or entity, however it is written.

use crate::sanitize::{for_terminal, for_terminal_line};

/// ASCII punctuation that means something in CommonMark or GitHub Flavored
/// Markdown anywhere in a line: escapes, code, emphasis, links, HTML,
/// headings, tables, strikethrough, and entities (`&#x202E;` would render a
/// bidi override the sanitizer removed).
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];

/// A non-breaking space: looks like indentation but is not whitespace to
/// Markdown, so indented text can never become a code block.
const NBSP: char = '\u{a0}';

/// One line of untrusted text for a place inside a Markdown line (list
/// entries, headings, table cells): line breaks and tabs become spaces.
pub fn inline(text: &str) -> String {
    escape_line(for_terminal_line(text).trim())
}

/// Multi-line untrusted text (proposals, tensions) as a blockquote: every
/// line is escaped and prefixed with `> `, lines are kept apart with hard
/// breaks, and leading indentation is kept visible but made inert. Ends
/// with a newline.
pub fn block(text: &str) -> String {
    let clean = for_terminal(text);
    let lines: Vec<&str> = clean.trim_matches('\n').split('\n').collect();
    let mut out = String::with_capacity(clean.len() + 16);
    for (i, line) in lines.iter().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str(">\n");
            continue;
        }
        out.push_str("> ");
        out.push_str(&escape_line(&inert_indent(line)));
        let next_has_text = lines.get(i + 1).is_some_and(|l| !l.trim().is_empty());
        if next_has_text {
            // CommonMark hard line break: keeps the author's line breaks
            // without trailing spaces an editor might strip.
            out.push('\\');
        }
        out.push('\n');
    }
    if out.is_empty() {
        out.push_str(">\n");
    }
    out
}

/// Untrusted text for an HTML page (`spanning serve`): made terminal-safe
/// first (controls and bidi overrides become a visible U+FFFD, carriage
/// returns line breaks), then every character that means something in HTML
/// (`&`, `<`, `>`, `"`, `'`) becomes a character reference, so the text is
/// inert in element content and in quoted attribute values alike: a title
/// `<script>` stays text.
pub fn html(text: &str) -> String {
    let clean = for_terminal(text);
    let mut out = String::with_capacity(clean.len() + 16);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Replaces leading spaces and tabs with non-breaking spaces.
fn inert_indent(line: &str) -> String {
    let body = line.trim_start_matches([' ', '\t']);
    let indent = &line[..line.len() - body.len()];
    let mut out = String::with_capacity(line.len() + indent.len() * 2);
    for c in indent.chars() {
        let width = if c == '\t' { 4 } else { 1 };
        out.extend(std::iter::repeat_n(NBSP, width));
    }
    out.push_str(body);
    out
}

/// Escapes one line that contains no line breaks: every special character,
/// plus the markers that only count at the start of a line (list items,
/// setext underlines, ordered-list numbers), checked at the first
/// non-blank character so the text is safe wherever it is placed.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let start = line.len() - line.trim_start_matches([' ', '\t', NBSP]).len();
    let (indent, body) = line.split_at(start);
    out.push_str(indent);
    let marker_at = line_start_marker(body);
    for (i, c) in body.char_indices() {
        if SPECIAL.contains(&c) || Some(i) == marker_at {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Byte index of a character that would make a line a list item or a
/// setext heading underline: a leading `-`, `+` or `=`, or the `.`/`)`
/// after leading digits.
fn line_start_marker(body: &str) -> Option<usize> {
    let first = body.chars().next()?;
    if matches!(first, '-' | '+' | '=') {
        return Some(0);
    }
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && matches!(body[digits..].chars().next(), Some('.' | ')')) {
        return Some(digits);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Drops the escaping backslashes: what a Markdown renderer shows.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                out.extend(chars.next());
            } else {
                out.push(c);
            }
        }
        out
    }

    /// Every special character is preceded by an escaping backslash.
    fn all_specials_escaped(s: &str) -> bool {
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                chars.next();
            } else if SPECIAL.contains(&c) {
                return false;
            }
        }
        true
    }

    fn starts_structural(line: &str) -> bool {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        line.starts_with(['-', '+', '=', ' ', '\t'])
            // A leading backslash is our escape; any other special is not.
            || SPECIAL.iter().any(|c| *c != '\\' && line.starts_with(*c))
            || (digits > 0 && line[digits..].starts_with(['.', ')']))
    }

    proptest! {
        #[test]
        fn inline_is_one_literal_line(s in any::<String>()) {
            let escaped = inline(&s);
            prop_assert!(!escaped.contains('\n'));
            let shown = for_terminal_line(&s);
            prop_assert_eq!(unescape(&escaped), shown.trim());
            prop_assert!(!starts_structural(&escaped), "{:?}", escaped);
            prop_assert!(all_specials_escaped(&escaped), "{:?}", escaped);
        }

        #[test]
        fn block_lines_are_all_quoted_and_literal(s in any::<String>()) {
            let quoted = block(&s);
            for line in quoted.lines() {
                prop_assert!(line == ">" || line.starts_with("> "), "{:?}", line);
                let body = line.strip_prefix("> ").unwrap_or("");
                prop_assert!(!starts_structural(body), "{:?}", body);
                prop_assert!(all_specials_escaped(body), "{:?}", body);
            }
        }
    }

    #[test]
    fn inline_escapes_everything_structural() {
        assert_eq!(inline("# Heading"), "\\# Heading");
        assert_eq!(inline("| a | b |"), "\\| a \\| b \\|");
        assert_eq!(inline("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(inline("[link](x)"), "\\[link\\](x)");
        assert_eq!(inline("```"), "\\`\\`\\`");
        assert_eq!(inline("*a* _b_ ~c~ \\"), "\\*a\\* \\_b\\_ \\~c\\~ \\\\");
        assert_eq!(inline("&#x202E;"), "\\&\\#x202E;");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("+ item"), "\\+ item");
        assert_eq!(inline("==="), "\\===");
        assert_eq!(inline("12. twelve"), "12\\. twelve");
        assert_eq!(inline("3) three"), "3\\) three");
        assert_eq!(inline("2026 was good"), "2026 was good");
        assert_eq!(inline("a\nb\tc"), "a b c");
    }

    #[test]
    fn plain_text_is_untouched() {
        assert_eq!(
            inline("Zoë, één café — 会议 👍 (ok)!"),
            "Zoë, één café — 会议 👍 (ok)!"
        );
    }

    #[test]
    fn block_quotes_and_escapes_every_line() {
        let text = "# Heading\n    code?\n- item\n\n1. one\n===\n```";
        assert_eq!(
            block(text),
            "> \\# Heading\\\n\
             > \u{a0}\u{a0}\u{a0}\u{a0}code?\\\n\
             > \\- item\n\
             >\n\
             > 1\\. one\\\n\
             > \\===\\\n\
             > \\`\\`\\`\n"
        );
    }

    #[test]
    fn html_makes_markup_and_controls_inert() {
        assert_eq!(
            html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(html("a\u{202e}b\r\nc"), "a\u{fffd}b\nc");
        assert_eq!(html("Zoë 会议 👍"), "Zoë 会议 👍");
    }

    #[test]
    fn block_makes_controls_visible() {
        assert_eq!(block("a\u{1b}[2Jb\r\nc"), "> a\u{fffd}b\\\n> c\n");
    }
}
