//! The minutes' Markdown read once by a CommonMark parser (pulldown-cmark)
//! and written out for other places: a standalone HTML page to paste into
//! mail or a chat, plain text without a Markdown mark, and styled text for
//! reading in a terminal (termimad). The Markdown is the one source: every
//! session text in it is escaped already ([`super::escape`]), and the
//! parser's escapes are resolved here, so `\+38` reads as `+38`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use termimad::minimad::{self, Composite, CompositeStyle, Compound};

use crate::text::Words;

/// The minutes as a standalone HTML page: one file with its styles inline
/// on each element (mail clients and Teams drop `<style>` blocks when a
/// page is pasted), no script, no external resource (font, image or
/// stylesheet). Every text is escaped by the HTML writer; raw HTML in the
/// Markdown (there is none: session texts are escaped) is written as text.
pub fn html(markdown: &str, title: &str, lang_code: &str, words: &dyn Words) -> String {
    let events = Parser::new_ext(markdown, Options::empty()).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut body = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut body, events);
    // Every `<` of a text is `&lt;` now, so a tag here is one the writer
    // made: give it its style.
    for (tag, style) in STYLES {
        body = body.replace(&format!("<{tag}>"), &format!("<{tag} style=\"{style}\">"));
    }
    let footer = escape_html(&words.html_footer(env!("CARGO_PKG_VERSION")));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n</head>\n\
         <body style=\"margin:0;padding:24px;background:#ffffff;color:#1f2328;\
         font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5\">\n\
         <div style=\"max-width:46em;margin:0 auto\">\n{body}\
         <p style=\"margin-top:32px;color:#6e7781;font-size:12px\">{footer}</p>\n\
         </div>\n</body>\n</html>\n",
        lang = escape_html(lang_code),
        title = escape_html(title),
    )
}

/// Inline styles per element: calm, readable, printable.
const STYLES: &[(&str, &str)] = &[
    ("h1", "font-size:26px;margin:0 0 4px 0;color:#1f2328"),
    (
        "h2",
        "font-size:20px;margin:28px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #d0d7de;color:#1f2328",
    ),
    ("h3", "font-size:17px;margin:22px 0 6px 0;color:#1f2328"),
    ("h4", "font-size:15px;margin:16px 0 4px 0;color:#424a53"),
    ("p", "margin:6px 0"),
    ("ul", "margin:6px 0;padding-left:24px"),
    ("ol", "margin:6px 0;padding-left:24px"),
    ("li", "margin:2px 0"),
    (
        "blockquote",
        "margin:8px 0;padding:4px 12px;border-left:4px solid #d0d7de;color:#424a53;background:#f6f8fa",
    ),
    (
        "code",
        "font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px",
    ),
];

/// Escapes text for HTML: the five characters that could end a text or an
/// attribute value.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
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

/// One line of the minutes as blocks see it, before it is written out.
struct Block {
    kind: Kind,
    /// Runs of text with their emphasis.
    runs: Vec<Run>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Heading(u8),
    Paragraph,
    /// A list entry at a depth (0 outermost); `first` on its first line.
    Item {
        depth: u8,
        first: bool,
    },
    /// A line of a block quote.
    Quote,
}

struct Run {
    text: String,
    bold: bool,
    italic: bool,
    code: bool,
}

/// Reads the Markdown into lines of runs: headings, paragraphs, list
/// entries and quote lines, hard line breaks starting a new line of the
/// same kind. Escapes are resolved by the parser.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut depth: u8 = 0;
    let mut quote = 0u8;
    let mut heading: Option<u8> = None;
    let mut bold = 0u8;
    let mut italic = 0u8;
    // The kind the next text starts, once a block opened.
    let mut open: Option<Kind> = None;
    let kind_now = |depth: u8, quote: u8, heading: Option<u8>, first: bool| {
        if let Some(level) = heading {
            Kind::Heading(level)
        } else if quote > 0 {
            Kind::Quote
        } else if depth > 0 {
            Kind::Item {
                depth: depth - 1,
                first,
            }
        } else {
            Kind::Paragraph
        }
    };
    for event in Parser::new_ext(markdown, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(level_number(level));
                open = Some(kind_now(depth, quote, heading, false));
            }
            Event::End(TagEnd::Heading(_)) => {
                heading = None;
                open = None;
            }
            Event::Start(Tag::List(_)) => depth = depth.saturating_add(1),
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) => open = Some(kind_now(depth, quote, heading, true)),
            Event::End(TagEnd::Item) => open = None,
            Event::Start(Tag::BlockQuote(_)) => quote = quote.saturating_add(1),
            Event::End(TagEnd::BlockQuote(_)) => quote = quote.saturating_sub(1),
            // The first paragraph of a list entry is the entry's line.
            Event::Start(Tag::Paragraph)
                if matches!(open, Some(Kind::Item { first: true, .. })) => {}
            Event::Start(Tag::Paragraph) => open = Some(kind_now(depth, quote, heading, false)),
            Event::End(TagEnd::Paragraph) => open = None,
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::HardBreak => {
                open = Some(kind_now(depth, quote, heading, false));
            }
            Event::SoftBreak => push_text(&mut out, &mut open, " ", bold > 0, italic > 0, false),
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                push_text(&mut out, &mut open, &text, bold > 0, italic > 0, false);
            }
            Event::Code(text) => push_text(&mut out, &mut open, &text, bold > 0, italic > 0, true),
            Event::Rule => out.push(Block {
                kind: Kind::Paragraph,
                runs: vec![Run {
                    text: "────".to_owned(),
                    bold: false,
                    italic: false,
                    code: false,
                }],
            }),
            _ => {}
        }
    }
    out
}

/// Adds text to the open line, or starts a line of the open kind.
fn push_text(
    out: &mut Vec<Block>,
    open: &mut Option<Kind>,
    text: &str,
    bold: bool,
    italic: bool,
    code: bool,
) {
    let run = Run {
        text: text.to_owned(),
        bold,
        italic,
        code,
    };
    match open.take() {
        // A new line starts here.
        Some(kind) => out.push(Block {
            kind,
            runs: vec![run],
        }),
        None => match out.last_mut() {
            Some(block) => block.runs.push(run),
            None => out.push(Block {
                kind: Kind::Paragraph,
                runs: vec![run],
            }),
        },
    }
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn plain(block: &Block) -> String {
    block.runs.iter().map(|r| r.text.as_str()).collect()
}

/// The minutes as plain text: no `#`, `**`, `>` or backslash; headings of
/// the first two levels in capitals, list entries with bullets, quoted
/// texts (proposals, tensions) indented. For a mail body or a ticket.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut last: Option<Kind> = None;
    for block in blocks(markdown) {
        let text = plain(&block);
        // A blank line between blocks, as the Markdown has them; list
        // entries and the lines of one quote stay together.
        let together = matches!(
            (last, block.kind),
            (Some(Kind::Item { .. }), Kind::Item { .. }) | (Some(Kind::Quote), Kind::Quote)
        );
        if last.is_some() && !together {
            out.push('\n');
        }
        match block.kind {
            Kind::Heading(level) if level <= 2 => out.push_str(&text.to_uppercase()),
            Kind::Heading(_) | Kind::Paragraph => out.push_str(&text),
            Kind::Item { depth, first } => {
                let indent = "  ".repeat(usize::from(depth));
                let mark = match (first, depth) {
                    (false, _) => "  ",
                    (true, 0) => "• ",
                    (true, _) => "◦ ",
                };
                out.push_str(&indent);
                out.push_str(mark);
                out.push_str(&text);
            }
            Kind::Quote => {
                out.push_str("    ");
                out.push_str(&text);
            }
        }
        out.push('\n');
        last = Some(block.kind);
    }
    out
}

/// Indentation for continued list entries.
const SPACES: &str = "                ";

/// The minutes styled for reading in a terminal `width` columns wide:
/// headings, bold, bullets and quote bars by termimad, escapes resolved.
/// The caller decides whether to (a terminal, colours allowed); the text
/// must be terminal-safe already.
pub fn for_terminal(markdown: &str, width: usize) -> String {
    let width = width.max(20);
    let blocks = blocks(markdown);
    let mut skin = termimad::MadSkin::default();
    for header in &mut skin.headers {
        header.align = minimad::Alignment::Left;
    }
    // Sections stand out from the items within them.
    skin.headers[1].add_attr(termimad::crossterm::style::Attribute::Bold);
    let format = |lines: Vec<minimad::Line>, width: usize| {
        let text = minimad::Text { lines };
        termimad::FmtText::from_text(&skin, text, Some(width)).to_string()
    };
    let mut out = String::new();
    let mut lines: Vec<minimad::Line> = Vec::with_capacity(blocks.len() * 2);
    let mut last: Option<Kind> = None;
    for block in &blocks {
        let together = matches!(
            (last, block.kind),
            (Some(Kind::Item { .. }), Kind::Item { .. }) | (Some(Kind::Quote), Kind::Quote)
        );
        if last.is_some() && !together {
            lines.push(minimad::Line::Normal(Composite::new()));
        }
        let style = match block.kind {
            Kind::Heading(level) => CompositeStyle::Header(level),
            Kind::Paragraph => CompositeStyle::Paragraph,
            Kind::Item { depth, first: true } => CompositeStyle::ListItem(depth * 2),
            // A continued entry: indented under its text, no bullet.
            Kind::Item { .. } => CompositeStyle::Paragraph,
            Kind::Quote => CompositeStyle::Quote,
        };
        let mut compounds: Vec<Compound> = Vec::with_capacity(block.runs.len());
        for run in &block.runs {
            let mut c = Compound::raw_str(&run.text);
            c.bold = run.bold;
            c.italic = run.italic;
            c.code = run.code;
            compounds.push(c);
        }
        let composite = minimad::Line::Normal(Composite { style, compounds });
        last = Some(block.kind);
        if let Kind::Item {
            depth,
            first: false,
        } = block.kind
        {
            // termimad wraps a paragraph from the left edge, so a continued
            // entry is wrapped on its own, narrower, and every row of it
            // indented: it reads as part of the entry, not a new paragraph.
            let indent = (usize::from(depth) * 2 + 2)
                .min(SPACES.len())
                .min(width / 2);
            out.push_str(&format(std::mem::take(&mut lines), width));
            for row in format(vec![composite], width - indent).lines() {
                out.push_str(&SPACES[..indent]);
                out.push_str(row);
                out.push('\n');
            }
            continue;
        }
        lines.push(composite);
    }
    out.push_str(&format(lines, width));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Title\n\n## Section\n\n- one \\+38 **bold**\n  - nested\n\n> quoted\\\n> second \\# line\n";

    #[test]
    fn a_continued_entry_keeps_its_indent_when_it_wraps() {
        let md = "- First item\n\n  A continued paragraph of the entry that wraps at thirty columns for sure\n";
        let out = for_terminal(md, 30);
        let rows: Vec<&str> = out
            .lines()
            .skip_while(|r| !r.contains("A continued"))
            .take_while(|r| !r.trim().is_empty())
            .collect();
        assert!(rows.len() >= 3, "{out}");
        for row in &rows {
            assert!(row.starts_with("  ") && !row.starts_with("   "), "{out}");
            assert!(row.trim_end().chars().count() <= 30, "{out}");
        }
        let words: Vec<&str> = rows.iter().map(|r| r.trim()).collect();
        assert_eq!(
            words.join(" "),
            "A continued paragraph of the entry that wraps at thirty columns for sure"
        );
    }

    #[test]
    fn plain_text_resolves_escapes_and_drops_marks() {
        let text = plain_text(MD);
        assert_eq!(
            text,
            "TITLE\n\nSECTION\n\n• one +38 bold\n  ◦ nested\n\n    quoted\n    second # line\n"
        );
    }

    #[test]
    fn terminal_text_has_the_words_without_the_marks() {
        let shown = for_terminal(MD, 60);
        for words in [
            "Title",
            "one +38 ",
            "bold",
            "nested",
            "quoted",
            "second # line",
        ] {
            assert!(shown.contains(words), "{words:?} in {shown:?}");
        }
        assert!(!shown.contains("**") && !shown.contains("\\+"), "{shown:?}");
        assert!(!shown.lines().any(|l| l.starts_with('#')), "{shown:?}");
    }

    #[test]
    fn html_escapes_raw_html_as_text() {
        let page = html(
            "<script>x</script>\n\n*a*",
            "<t>",
            "en",
            &crate::text::en::English,
        );
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;x&lt;/script&gt;"), "{page}");
        assert!(page.contains("<title>&lt;t&gt;</title>"), "{page}");
        assert!(page.contains("<em>a</em>"), "{page}");
    }
}
