//! The facilitator's preferences, remembered across runs: for now the look
//! of the screens (`--theme`). A small JSON file in the user's config
//! folder (`$XDG_CONFIG_HOME/spanning/config.json`, else
//! `~/.config/spanning/config.json`), never in the sessions folder: a
//! projector preference belongs to the person at the keyboard, not to the
//! circle's shared record. A broken file is reported, left untouched and
//! ignored; nothing here ever stops a meeting from starting.

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::sanitize::for_terminal;
use crate::text::Words;
use crate::tui::{Look, ThemeChoice};

/// Largest preferences file read; anything bigger is not ours.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// A theme as named on the command line and in the preferences file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::VariantArray)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Calm colours for everyday use.
    Default,
    /// Strong contrast, for washed-out screens and video calls.
    HighContrast,
    /// High contrast plus the current step and who has the floor in large
    /// letters when the terminal is big enough, for the back of the room.
    Projector,
    /// No colour at all (as NO_COLOR asks).
    NoColor,
}

impl ThemeName {
    /// The name `--theme` takes and the file stores.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Projector => "projector",
            ThemeName::NoColor => "no-color",
        }
    }

    /// Reads a name in any case, with `_` or a space for `-`.
    pub fn parse(text: &str) -> Option<ThemeName> {
        let wanted = text.trim().to_lowercase().replace(['_', ' '], "-");
        <ThemeName as strum::VariantArray>::VARIANTS
            .iter()
            .copied()
            .find(|t| t.name() == wanted)
    }

    /// Palette and large text for the screens.
    pub fn look(self) -> Look {
        let theme = match self {
            ThemeName::Default => ThemeChoice::Default,
            ThemeName::HighContrast | ThemeName::Projector => ThemeChoice::HighContrast,
            ThemeName::NoColor => ThemeChoice::NoColor,
        };
        Look {
            theme,
            large_text: self == ThemeName::Projector,
        }
    }
}

/// What the preferences file holds. Fields this spanning does not know (a
/// newer one's) are kept as they are and written back unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    /// The theme chosen last with `--theme`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeName>,
    /// Everything else in the file.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// Where the preferences file lives: `$XDG_CONFIG_HOME/spanning/config.json`
/// when that is an absolute path (the XDG rule), else
/// `$HOME/.config/spanning/config.json`; `None` with neither.
pub fn config_path(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            env("HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .map(|home| home.join(".config"))
        })?;
    Some(base.join("spanning").join("config.json"))
}

/// Reads the preferences; a missing file is no preferences. The error
/// says what is wrong, in words fit for the message around it.
pub fn load(path: &Path) -> Result<Prefs, String> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Prefs::default()),
        Err(e) => return Err(e.to_string()),
    };
    // A folder, a pipe or a device there is not a preferences file, and
    // reading a pipe would wait forever.
    if !meta.is_file() {
        return Err("not a regular file".to_owned());
    }
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_CONFIG_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > MAX_CONFIG_BYTES {
        return Err(format!("larger than {} KiB", MAX_CONFIG_BYTES / 1024));
    }
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// Writes the preferences whole (a temporary file renamed over the old
/// one), creating the folder if needed.
pub fn save(path: &Path, prefs: &Prefs) -> Result<(), String> {
    let dir = path.parent().ok_or("no folder")?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut bytes = serde_json::to_vec_pretty(prefs).map_err(|e| e.to_string())?;
    bytes.push(b'\n');
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| e.to_string())?;
    std::fs::write(tmp.path(), &bytes).map_err(|e| e.to_string())?;
    tmp.persist(path).map_err(|e| e.error.to_string())?;
    Ok(())
}

/// The look for this run: `--theme` if given (and then remembered), else
/// the remembered one, else the default. Problems with the file are said
/// on stderr and never stop the run; a broken file is never overwritten,
/// so nothing someone wrote by hand is lost.
pub fn choose(
    flag: Option<&str>,
    words: &dyn Words,
    env: impl Fn(&str) -> Option<OsString>,
) -> anyhow::Result<Look> {
    let given = match flag {
        Some(text) => Some(ThemeName::parse(text).ok_or_else(|| {
            let known: Vec<&str> = <ThemeName as strum::VariantArray>::VARIANTS
                .iter()
                .map(|t| t.name())
                .collect();
            anyhow::anyhow!(
                for_terminal(&words.unknown_theme(text, &known.join(", "))).into_owned()
            )
        })?),
        None => None,
    };
    let path = config_path(env);
    let shown = |p: &Path| p.display().to_string();
    let (stored, broken) = match path.as_deref().map(|p| (p, load(p))) {
        Some((_, Ok(prefs))) => (Some(prefs), None),
        Some((p, Err(problem))) => {
            eprintln!("{}", for_terminal(&words.bad_config(&shown(p), &problem)));
            (None, Some(problem))
        }
        None => (Some(Prefs::default()), None),
    };
    if let (Some(theme), Some(p)) = (given, path.as_deref()) {
        let saved = match (&stored, broken) {
            (Some(prefs), _) if prefs.theme == Some(theme) => Ok(()),
            (Some(prefs), _) => save(
                p,
                &Prefs {
                    theme: Some(theme),
                    ..prefs.clone()
                },
            ),
            // A broken file is left as it is: what someone wrote by hand
            // is not replaced by a one-line file.
            (None, problem) => Err(problem.unwrap_or_default()),
        };
        if let Err(problem) = saved {
            eprintln!(
                "{}",
                for_terminal(&words.theme_not_remembered(&shown(p), &problem))
            );
        }
    }
    let name = given
        .or_else(|| stored.and_then(|p| p.theme))
        .unwrap_or(ThemeName::Default);
    Ok(name.look())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_in_any_case_and_separator() {
        for t in <ThemeName as strum::VariantArray>::VARIANTS {
            assert_eq!(ThemeName::parse(t.name()), Some(*t));
            assert_eq!(ThemeName::parse(&t.name().to_uppercase()), Some(*t));
        }
        assert_eq!(
            ThemeName::parse("high_contrast"),
            Some(ThemeName::HighContrast)
        );
        assert_eq!(ThemeName::parse("beamer"), None);
    }

    #[test]
    fn the_config_folder_follows_xdg_then_home() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| OsString::from(v))
            }
        };
        assert_eq!(
            config_path(env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")])),
            Some(PathBuf::from("/x/spanning/config.json"))
        );
        // A relative XDG_CONFIG_HOME is ignored, as the spec says.
        assert_eq!(
            config_path(env(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/h")])),
            Some(PathBuf::from("/h/.config/spanning/config.json"))
        );
        assert_eq!(config_path(env(&[])), None);
    }

    #[test]
    fn saving_keeps_what_a_newer_spanning_wrote() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("spanning").join("config.json");
        std::fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        std::fs::write(&path, r#"{"theme":"default","font":"large"}"#).expect("file");
        let mut prefs = load(&path).expect("reads");
        prefs.theme = Some(ThemeName::Projector);
        save(&path, &prefs).expect("saves");
        let back: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        assert_eq!(back["theme"], "projector");
        assert_eq!(back["font"], "large");
    }

    #[test]
    fn projector_is_high_contrast_with_large_text() {
        let look = ThemeName::Projector.look();
        assert_eq!(look.theme, ThemeChoice::HighContrast);
        assert!(look.large_text);
        assert!(!ThemeName::HighContrast.look().large_text);
    }
}
