//! The language a meeting is held in. The engine records it and never
//! words anything; the `text` layer gives each language its words.

use serde::{Deserialize, Serialize};

/// Languages the product speaks. Recorded in each session so review and
/// export default to the language the meeting was held in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Dutch (Nederlands): many of the teams using spanning meet in Dutch.
    Nl,
}

impl Lang {
    /// Every supported language, for tests that check each one.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The ISO 639-1 code, as written in session files and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// Parses a code such as `en` or `nl` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}
