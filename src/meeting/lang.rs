//! The language a meeting is held in. The engine records it and never
//! words anything; the `text` layer gives each language its words.

use serde::{Deserialize, Serialize};

/// Languages the product speaks. Recorded in each session so review and
/// export default to the language the meeting was held in.
///
/// A new language is one variant here (its code is the variant's name in
/// lower case), one folder `src/text/<code>/` with its words, and its line
/// in `Lang::words` (src/text/mod.rs).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::VariantArray,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Dutch (Nederlands): many of the teams using spanning meet in Dutch.
    Nl,
}

impl Lang {
    /// Every supported language, for tests that check each one.
    pub const ALL: [Lang; <Lang as strum::VariantArray>::VARIANTS.len()] = {
        let variants = <Lang as strum::VariantArray>::VARIANTS;
        let mut all = [Lang::En; <Lang as strum::VariantArray>::VARIANTS.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = variants[i];
            i += 1;
        }
        all
    };

    /// The ISO 639-1 code, as written in session files and `--lang`.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a code such as `en` or `nl` (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}
