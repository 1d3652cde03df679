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
    let lower: String = text.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(lower.len());
    for c in lower.nfkd().filter(|c| !is_combining_mark(*c)) {
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
    out
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
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("ÉLINE Straße"), "eline strasse");
        assert_eq!(fold("Søren Łukasz"), "soren lukasz");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

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

    #[test]
    fn keys_ignore_punctuation_and_spacing() {
        assert_eq!(key("  Release  Calendar. "), "release calendar");
        assert_eq!(key("Café-opening"), "cafe opening");
    }
}
