//! Text folding for search and matching: people type "zoe" for "Zoë" and
//! "Release calendar" for "release  Calendar.", and both must be found.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercases `text` and strips diacritics (NFKD, combining marks
/// dropped), folding the Latin letters that do not decompose (ß, ø, ł, æ,
/// œ, đ, þ) by hand, so searching is case- and diacritic-insensitive.
pub fn fold(text: &str) -> String {
    // ASCII has no diacritics and decomposes to itself: lowercasing is
    // all there is to do, and most text searched is ASCII.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Folding goes character by character: lowercasing and decomposing
    // look at one character each, and the only thing decomposition does
    // across characters is put combining marks in order, which are all
    // dropped. So the ASCII between other characters takes the quick
    // path too: a session's text with one "ë" in it no longer goes
    // through the decomposer whole (a tenth of review reading a folder).
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (plain, tail) = rest.split_at(ascii);
        out.push_str(&plain.to_ascii_lowercase());
        let Some(c) = tail.chars().next() else {
            break;
        };
        fold_char(c, &mut out);
        rest = &tail[c.len_utf8()..];
    }
    out
}

/// Folds one character onto `out`: lowercased, decomposed (NFKD) with
/// the combining marks dropped, and the Latin letters that do not
/// decompose spelled out.
fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        for d in std::iter::once(lower).nfkd() {
            if !is_combining_mark(d) {
                spell(d, out);
            }
        }
    }
}

/// Puts a lowercased, decomposed character onto `out`, spelling out the
/// Latin letters that do not decompose.
fn spell(c: char, out: &mut String) {
    match c {
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'þ' => out.push_str("th"),
        'ø' => out.push('o'),
        'ł' => out.push('l'),
        'đ' | 'ð' => out.push('d'),
        'ı' => out.push('i'),
        _ => out.push(c),
    }
}

/// The one name among `names` that `typed` means: the name itself
/// (ignoring case and spaces around it), else the only name equal to it
/// ignoring diacritics too (`eva` for Ëva, `chen` for Chén). `None` when
/// nothing or several match.
pub fn name_index<'a>(names: impl IntoIterator<Item = &'a str>, typed: &str) -> Option<usize> {
    find_name(names, typed, false)
}

/// Like [`name_index`], and else the only name starting with `typed`
/// ignoring case and diacritics (`ch` for Chén).
pub fn name_or_prefix_index<'a>(
    names: impl IntoIterator<Item = &'a str>,
    typed: &str,
) -> Option<usize> {
    find_name(names, typed, true)
}

fn find_name<'a>(
    names: impl IntoIterator<Item = &'a str>,
    typed: &str,
    prefix: bool,
) -> Option<usize> {
    let names: Vec<&str> = names.into_iter().collect();
    let wanted = typed.trim();
    if wanted.is_empty() {
        return None;
    }
    let lower = wanted.to_lowercase();
    if let Some(i) = names.iter().position(|n| n.trim().to_lowercase() == lower) {
        return Some(i);
    }
    let folded = fold(wanted);
    let only = |hit: &dyn Fn(&str) -> bool| {
        let mut hits = names
            .iter()
            .enumerate()
            .filter(|(_, n)| hit(&fold(n.trim())));
        match (hits.next(), hits.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    };
    only(&|n: &str| n == folded).or_else(|| {
        prefix
            .then(|| only(&|n: &str| n.starts_with(&folded)))
            .flatten()
    })
}

/// Whether `name` starts with `letter`, ignoring case and diacritics: the
/// jump key of a person list (`e` reaches Ëva).
pub fn starts_with_letter(name: &str, letter: char) -> bool {
    let wanted = fold(&letter.to_string());
    !wanted.is_empty()
        && name
            .trim_start()
            .chars()
            .next()
            .is_some_and(|first| fold(&first.to_string()) == wanted)
}

/// A matching key: folded, with punctuation turned into spaces and runs of
/// spaces collapsed, so labels typed slightly differently in two meetings
/// ("Release calendar." / "release  calendar") are the same item.
pub fn key(text: &str) -> String {
    let folded: String = fold(text)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_folds_as_the_general_path_does() {
        // Every ASCII character, through the quick path and the general one.
        let ascii: String = (0u8..128).map(char::from).collect();
        let general: String = ascii
            .chars()
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .nfkd()
            .filter(|c| !is_combining_mark(*c))
            .collect();
        assert_eq!(fold(&ascii), general);
        assert_eq!(fold("Release CALENDAR"), "release calendar");
    }

    /// How text was folded before folding went character by character:
    /// the whole text lowercased, then decomposed, marks dropped.
    fn fold_whole(text: &str) -> String {
        let lower: String = text.chars().flat_map(char::to_lowercase).collect();
        let mut out = String::new();
        for c in lower.nfkd().filter(|c| !is_combining_mark(*c)) {
            spell(c, &mut out);
        }
        out
    }

    proptest::proptest! {
        /// Folding character by character gives what folding the whole
        /// text at once gave, for text mixing ASCII with accented,
        /// decomposed, ligature, Greek, Turkish and wide characters and
        /// stray combining marks (several in a row, out of order too).
        #[test]
        fn folding_by_character_is_folding_the_whole_text(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::char::range('\u{20}', '\u{7e}'),
                    proptest::sample::select(vec![
                        'é', 'Ë', 'ß', 'Æ', 'œ', 'Þ', 'Ø', 'Ł', 'Đ', 'ð', 'ı', 'İ', 'Σ', 'ς',
                        'ﬁ', 'ℌ', '①', '﨑', '한', 'Å', 'ǅ', '\u{301}', '\u{308}', '\u{327}',
                        '\u{316}', '\u{345}', '\u{1e9e}', '\u{212b}', '\u{fb03}',
                    ]),
                    proptest::char::any(),
                ],
                0..40,
            )
        ) {
            let text: String = text.into_iter().collect();
            proptest::prop_assert_eq!(fold(&text), fold_whole(&text), "{:?}", text);
        }
    }

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("ÉLINE Straße"), "eline strasse");
        assert_eq!(fold("Søren Łukasz"), "soren lukasz");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn typed_names_match_ignoring_case_and_diacritics() {
        let names = ["Ana", "Chén", "Ëva", "Eva-Lotte"];
        assert_eq!(name_index(names, "chen"), Some(1));
        assert_eq!(name_index(names, "  EVA "), Some(2));
        assert_eq!(name_index(names, "Eva-lotte"), Some(3));
        assert_eq!(name_index(names, "ch"), None, "no prefix");
        assert_eq!(name_or_prefix_index(names, "ch"), Some(1));
        assert_eq!(name_or_prefix_index(names, "e"), None, "two start with e");
        assert_eq!(name_index(names, ""), None);
        assert_eq!(name_index(["Eva", "Ëva"], "ëva"), Some(1), "exact first");
        assert!(starts_with_letter("Ëva", 'e'));
        assert!(starts_with_letter("émile", 'É'));
        assert!(!starts_with_letter("Ana", 'e'));
    }

    #[test]
    fn keys_ignore_punctuation_and_spacing() {
        assert_eq!(key("  Release  Calendar. "), "release calendar");
        assert_eq!(key("Café-opening"), "cafe opening");
    }
}
