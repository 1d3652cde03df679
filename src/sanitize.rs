//! Text from session files is untrusted: sessions are shared through git, so
//! anyone with push access can put bytes in front of a facilitator's
//! terminal or into the minutes. Everything a session says passes through
//! here before it is shown, so that it can never move the cursor, change
//! colours, set the window title, open hyperlinks, or reorder what the
//! reader sees (bidi spoofing).
//!
//! Whatever is removed is replaced by one visible U+FFFD REPLACEMENT
//! CHARACTER. Why that marker rather than `^[`-style caret escapes: it is a
//! single column wide (tables stay aligned), it is no Markdown syntax (the
//! minutes' escaping stays simple), it is what every reader already knows as
//! "something unreadable was here", and a whole escape sequence becomes one
//! marker instead of a line of noise. Nothing is dropped silently: the reader
//! always sees that something was there.

use std::borrow::Cow;

/// The visible stand-in for anything removed.
pub const MARKER: char = '\u{FFFD}';

/// Makes untrusted text safe to print on a terminal, keeping line breaks and
/// tabs. Plain text (any script, diacritics, emoji) comes back borrowed and
/// unchanged; carriage returns and Unicode line/paragraph separators become
/// `\n` (they mean "new line", and a bare `\r` would let text overwrite
/// itself); every control character, escape sequence, bidi control and
/// invisible format character becomes [`MARKER`].
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    clean(s, false)
}

/// Like [`for_terminal`], for one-line places (table cells, list entries,
/// status bars): line breaks and tabs become single spaces as well.
pub fn for_terminal_line(s: &str) -> Cow<'_, str> {
    clean(s, true)
}

/// A path as it may be printed on a terminal: one line, with every
/// control character, escape sequence and bidi control made visible as
/// [`MARKER`]. A file name is chosen by whoever put the file in the
/// folder, so "Session saved in <path>" must not let it set the window
/// title or clear the screen.
pub fn path_for_terminal(path: &std::path::Path) -> String {
    for_terminal_line(&path.to_string_lossy()).into_owned()
}

/// JSON text made safe to print on a terminal without changing what it
/// says: every character [`for_terminal`] would remove (C0 and C1
/// controls, DEL, bidi controls, invisible format characters, line
/// separators) is written as a `\uXXXX` escape instead. JSON allows any
/// character to be escaped so, parsed, the document is exactly the same;
/// only its bytes can no longer drive a terminal. Outside strings JSON is
/// plain ASCII, so only string contents are ever touched.
pub fn json_for_terminal(json: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| !matches!(c, '\n' | '\t') && classify(c) != Class::Plain;
    if !json.chars().any(unsafe_char) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// How the sanitizer treats one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Printed as it is.
    Plain,
    /// `\n` or `\t`: kept, or a space on one line.
    Space,
    /// `\r`, U+2028, U+2029: a line break.
    LineBreak,
    /// ESC or a C1 introducer: starts a sequence.
    Escape,
    /// Anything else that may not be printed.
    Unsafe,
}

fn classify(c: char) -> Class {
    match c {
        '\n' | '\t' => Class::Space,
        '\r' | '\u{2028}' | '\u{2029}' => Class::LineBreak,
        '\u{1b}' | '\u{90}' | '\u{98}' | '\u{9b}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => Class::Escape,
        // C0 controls, DEL, C1 controls.
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Class::Unsafe,
        // Bidi marks, embeddings, overrides and isolates: they reorder what
        // the reader sees ("Trojan Source").
        '\u{061c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Class::Unsafe,
        // Invisible characters that can make two different texts look the
        // same (a name with a zero-width space in it): soft hyphen, Hangul
        // fillers, Mongolian vowel separator, zero-width space, word joiner
        // and invisible operators, deprecated format controls, BOM,
        // interlinear annotation, shorthand format controls. Zero-width
        // (non-)joiners and variation selectors stay: emoji and several
        // scripts need them.
        '\u{00ad}'
        | '\u{115f}'
        | '\u{1160}'
        | '\u{180e}'
        | '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206a}'..='\u{206f}'
        | '\u{3164}'
        | '\u{feff}'
        | '\u{ffa0}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{1bca0}'..='\u{1bca3}' => Class::Unsafe,
        // Tag characters are invisible; they are only allowed inside an
        // emoji flag sequence (handled by the caller).
        '\u{e0000}'..='\u{e007f}' => Class::Unsafe,
        _ => Class::Plain,
    }
}

/// U+1F3F4 WAVING BLACK FLAG starts the tag sequences of subdivision flags.
const BLACK_FLAG: char = '\u{1f3f4}';
/// Tag characters a flag sequence may contain (tag digits and letters).
const TAG_SPEC: std::ops::RangeInclusive<char> = '\u{e0020}'..='\u{e007e}';
/// CANCEL TAG ends a flag sequence.
const CANCEL_TAG: char = '\u{e007f}';

fn clean(s: &str, one_line: bool) -> Cow<'_, str> {
    // Printable ASCII (nearly all text) needs no work and is recognised
    // byte by byte, without decoding it into characters first.
    if s.bytes().all(|b| plain_ascii(b, one_line)) {
        return Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    if !needs_work(&chars, one_line) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match classify(c) {
            Class::Plain => {
                out.push(c);
                i += 1;
                if c == BLACK_FLAG {
                    let tags = flag_tags_len(&chars, i);
                    out.extend(&chars[i..i + tags]);
                    i += tags;
                }
            }
            Class::Space => {
                out.push(if one_line { ' ' } else { c });
                i += 1;
            }
            Class::LineBreak => {
                out.push(if one_line { ' ' } else { '\n' });
                // "\r\n" is one line break, not two.
                i += if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                    2
                } else {
                    1
                };
            }
            Class::Escape => {
                out.push(MARKER);
                i = skip_sequence(&chars, i);
            }
            Class::Unsafe => {
                out.push(MARKER);
                i += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// A byte that is printed as it is: printable ASCII, and a line break or
/// tab where text keeps them.
fn plain_ascii(b: u8, one_line: bool) -> bool {
    matches!(b, b' '..=b'~') || (!one_line && matches!(b, b'\n' | b'\t'))
}

/// Whether anything would change; lets plain text (nearly all of it) be
/// returned without copying.
fn needs_work(chars: &[char], one_line: bool) -> bool {
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match classify(c) {
            Class::Plain if c == BLACK_FLAG => i += flag_tags_len(chars, i),
            Class::Plain => {}
            Class::Space if !one_line => {}
            _ => return true,
        }
    }
    false
}

/// How many characters from `i` form the tags of a subdivision flag
/// (🏴 + tag letters + cancel tag), 0 if they do not. Tags that do not form
/// a complete sequence are left to the caller, which marks them.
fn flag_tags_len(chars: &[char], i: usize) -> usize {
    let mut end = i;
    while end < chars.len() && TAG_SPEC.contains(&chars[end]) {
        end += 1;
    }
    if end > i && chars.get(end) == Some(&CANCEL_TAG) {
        end + 1 - i
    } else {
        0
    }
}

/// Skips one escape sequence starting at `start` (an ESC or C1 introducer)
/// and returns the index after it. Follows ECMA-48's shapes loosely; a
/// malformed sequence ends at the first character that cannot belong to it,
/// and string sequences (OSC, DCS, ...) end at their terminator or at the
/// end of the line, so hostile text can hide at most the rest of one line.
fn skip_sequence(chars: &[char], start: usize) -> usize {
    let (kind, mut i) = if chars[start] == '\u{1b}' {
        match chars.get(start + 1) {
            Some('[') => (Seq::Csi, start + 2),
            Some(']' | 'P' | 'X' | '^' | '_') => (Seq::String, start + 2),
            Some(&c) if ('\u{20}'..='\u{2f}').contains(&c) => (Seq::Nf, start + 1),
            Some(&c) if ('\u{30}'..='\u{7e}').contains(&c) => return start + 2,
            _ => return start + 1,
        }
    } else if chars[start] == '\u{9b}' {
        (Seq::Csi, start + 1)
    } else {
        (Seq::String, start + 1)
    };
    match kind {
        Seq::Csi => {
            // Parameter and intermediate bytes, then one final byte.
            while let Some(&c) = chars.get(i) {
                if ('\u{20}'..='\u{3f}').contains(&c) {
                    i += 1;
                } else if ('\u{40}'..='\u{7e}').contains(&c) {
                    return i + 1;
                } else {
                    return i;
                }
            }
            i
        }
        Seq::Nf => {
            while let Some(&c) = chars.get(i) {
                if ('\u{20}'..='\u{2f}').contains(&c) {
                    i += 1;
                } else if ('\u{30}'..='\u{7e}').contains(&c) {
                    return i + 1;
                } else {
                    return i;
                }
            }
            i
        }
        Seq::String => {
            while let Some(&c) = chars.get(i) {
                match c {
                    '\u{7}' | '\u{9c}' => return i + 1,
                    '\u{1b}' if chars.get(i + 1) == Some(&'\\') => return i + 2,
                    '\n' | '\r' | '\u{1b}' => return i,
                    _ => i += 1,
                }
            }
            i
        }
    }
}

/// The shapes of escape sequences the skipper knows.
enum Seq {
    /// Control sequence: `ESC [` params final.
    Csi,
    /// `ESC` intermediates final (character set selection and the like).
    Nf,
    /// OSC, DCS, SOS, PM, APC: a string ended by ST or BEL.
    String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn forbidden(c: char) -> bool {
        matches!(c,
            '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
            | '\u{061c}' | '\u{200b}' | '\u{200e}' | '\u{200f}'
            | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{2028}' | '\u{2029}')
    }

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        for s in [
            "Bram de Vries",
            "Zoë, Anaïs en Noël: één café, twee crèmes brûlées",
            "会议记录 Chen 陈",
            "👍 🎉 👨‍👩‍👧 🇳🇱 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
            "שלום and مرحبا",
            "tabs\tand\nnew lines",
        ] {
            assert!(matches!(for_terminal(s), Cow::Borrowed(_)), "{s:?}");
            assert_eq!(for_terminal(s), s);
        }
    }

    #[test]
    fn escape_sequences_become_one_marker() {
        assert_eq!(
            for_terminal("a\u{1b}[31mred\u{1b}[0m"),
            "a\u{fffd}red\u{fffd}"
        );
        assert_eq!(
            for_terminal("\u{1b}]8;;https://evil.example\u{1b}\\click\u{1b}]8;;\u{7}"),
            "\u{fffd}click\u{fffd}"
        );
        assert_eq!(for_terminal("\u{1b}]0;title\nnext"), "\u{fffd}\nnext");
        assert_eq!(for_terminal("\u{1b}(Bx"), "\u{fffd}x");
        assert_eq!(for_terminal("\u{1b}7x"), "\u{fffd}x");
        assert_eq!(for_terminal("\u{9b}2Jx"), "\u{fffd}x");
        assert_eq!(for_terminal("end\u{1b}"), "end\u{fffd}");
    }

    #[test]
    fn controls_and_bidi_are_marked() {
        assert_eq!(
            for_terminal("a\u{7}b\u{7f}c\u{85}d"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d"
        );
        assert_eq!(
            for_terminal("name\u{202e}fdp.exe\u{2066}x\u{2069}"),
            "name\u{fffd}fdp.exe\u{fffd}x\u{fffd}"
        );
        assert_eq!(for_terminal("Br\u{200b}am"), "Br\u{fffd}am");
        assert_eq!(for_terminal("lone\u{e0041}tag"), "lone\u{fffd}tag");
    }

    #[test]
    fn line_breaks_are_normalised() {
        assert_eq!(for_terminal("a\r\nb\rc\u{2028}d"), "a\nb\nc\nd");
        assert_eq!(for_terminal_line("a\r\nb\tc\nd\u{2029}e"), "a b c d e");
        assert!(matches!(for_terminal_line("one line"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_the_full_check_on_every_byte() {
        for b in 0u8..128 {
            let s = format!("x{}y", char::from(b));
            let chars: Vec<char> = s.chars().collect();
            for one_line in [false, true] {
                let borrowed = matches!(clean(&s, one_line), Cow::Borrowed(_));
                assert_eq!(
                    plain_ascii(b, one_line),
                    !needs_work(&chars, one_line),
                    "byte {b:#04x}, one line: {one_line}"
                );
                assert_eq!(borrowed, !needs_work(&chars, one_line), "byte {b:#04x}");
            }
        }
    }

    proptest! {
        #[test]
        fn output_never_carries_control(s in any::<String>()) {
            let multi = for_terminal(&s);
            prop_assert!(!multi.chars().any(forbidden), "{:?}", multi);
            let line = for_terminal_line(&s);
            prop_assert!(!line.chars().any(|c| forbidden(c) || c == '\n' || c == '\t'));
        }

        #[test]
        fn hostile_mixes_never_carry_control(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("\u{1b}".to_owned()),
                    Just("\u{1b}[".to_owned()),
                    Just("\u{1b}]".to_owned()),
                    Just("\u{9b}".to_owned()),
                    Just("\u{202e}".to_owned()),
                    Just("\r".to_owned()),
                    Just("\u{7}".to_owned()),
                    "[ -~]{0,4}",
                ],
                0..12,
            )
        ) {
            let s: String = parts.concat();
            prop_assert!(!for_terminal(&s).chars().any(forbidden));
        }

        #[test]
        fn plain_text_passes_unchanged(
            s in "[a-zA-Z0-9 .,:;!?()'\"\\-éëïöüàèçñßøåæ\u{4e00}-\u{4e2f}\u{1f600}-\u{1f64f}\n\t]{0,60}"
        ) {
            prop_assert_eq!(for_terminal(&s), s.as_str());
        }
    }
}
