//! File names for sessions: sortable by time, readable by circle, and
//! impossible to steer outside the sessions folder, whatever the title or
//! circle contains.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::meeting::{MeetingFormat, Setup};

/// Longest slug taken from a circle name, so file names stay listable.
pub const MAX_SLUG_CHARS: usize = 40;

/// The slug used when a name has nothing usable in it (only emoji, say).
pub const EMPTY_SLUG: &str = "session";

/// Turns any text into a safe, lowercase ASCII file-name part: common Latin
/// diacritics are folded (é → e, ß → ss), everything else that is not a
/// letter or digit becomes '-', runs are collapsed and the ends trimmed.
/// The result never contains '/', '\\', '.', or NUL, so it cannot name
/// another folder.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(folded) = fold(c) {
            out.push_str(folded);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    let cut: String = trimmed.chars().take(MAX_SLUG_CHARS).collect();
    let cut = cut.trim_end_matches('-');
    if cut.is_empty() {
        EMPTY_SLUG.to_owned()
    } else {
        cut.to_owned()
    }
}

/// ASCII for the lowercase Latin letters people commonly type in circle
/// names; anything not listed becomes a separator.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The file-name token of a meeting format; part of every file name so a
/// folder with several formats stays readable.
pub fn format_token(format: MeetingFormat) -> &'static str {
    match format {
        MeetingFormat::Governance => "governance",
        MeetingFormat::Tactical => "tactical",
    }
}

/// The file stem (name without `.json`) for a session with this setup and
/// suffix: `YYYY-MM-DDTHHMM-<circle>-<format>-<suffix>`, the time in the
/// meeting's own offset so the name matches the clock on the wall.
pub fn stem(setup: &Setup, suffix: u16) -> String {
    format!(
        "{}-{}-{}-{suffix:04x}",
        setup.opened_at.format("%Y-%m-%dT%H%M"),
        slug(&setup.circle),
        format_token(setup.format),
    )
}

/// A fresh 16-bit suffix: two sessions opened in the same minute by
/// different processes (or twice in one) get different names without a
/// random-number crate.
pub fn fresh_suffix() -> u16 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u128(nanos);
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    (hasher.finish() & 0xffff) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_collapses() {
        assert_eq!(slug("Team Alpha"), "team-alpha");
        assert_eq!(slug("  Café -- Zoë  "), "cafe-zoe");
        assert_eq!(
            slug("Straße Ĳssel Øresund Ålborg"),
            "strasse-ijssel-oresund-alborg"
        );
        assert_eq!(slug("ÉÈÜ"), "eeu");
        assert_eq!(slug(""), "session");
        assert_eq!(slug("🙂🙂"), "session");
    }

    #[test]
    fn slug_is_bounded() {
        let long = "a".repeat(500);
        assert_eq!(slug(&long).len(), MAX_SLUG_CHARS);
        let spaced = format!("{} b", "a".repeat(39));
        assert!(!slug(&spaced).ends_with('-'));
    }
}
