//! Status changes between meetings: "I did it on Tuesday" without waiting
//! for the next meeting. Each change is a small new file of its own in the
//! folder `.changes` inside the sessions folder, never rewritten, so no
//! closed session and no shared file is ever edited and a folder kept in
//! git never has a merge conflict. The fold reads them after the
//! sessions, in time order (process.md, "The circle's memory").
//!
//! The sessions listing skips dot-folders, so these files are never
//! mistaken for sessions.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::work::ActionStatus;
use crate::store::{OpenError, SessionsDir, SpecialFile, open_regular};

/// The folder, inside the sessions folder, that holds the changes.
pub const CHANGES_DIR: &str = ".changes";

/// The marker every change file carries, so other JSON is never read as one.
pub const CHANGE_MARKER: &str = "spanning-change";

/// Largest change file read (64 KiB): a change is a few lines.
const MAX_CHANGE_BYTES: u64 = 64 * 1024;

/// One status change made between meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// Always [`CHANGE_MARKER`].
    pub format: String,
    /// File format version, 1.
    pub version: u32,
    /// When it was made, with the maker's offset.
    pub at: DateTime<FixedOffset>,
    /// The action's key (see `Action::key`).
    pub action: String,
    /// The new status.
    pub status: ActionStatus,
    /// Anything said with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Change {
    /// A change of `action` to `status` at `at`.
    pub fn new(
        action: &str,
        status: ActionStatus,
        note: Option<String>,
        at: DateTime<FixedOffset>,
    ) -> Change {
        Change {
            format: CHANGE_MARKER.to_owned(),
            version: 1,
            at,
            action: action.to_owned(),
            status,
            note: note.filter(|n| !n.trim().is_empty()),
        }
    }
}

/// A change file that could not be read, and why (in English for logs;
/// the text layer words it for people).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadChange {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub problem: ChangeProblem,
}

/// Why a change file cannot be read; `text` words it in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeProblem {
    /// Not a regular file (a pipe or a link to a device would block).
    Special(SpecialFile),
    /// The system refused to read it.
    Unreadable(io::ErrorKind),
    /// Larger than any change spanning writes.
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// Not valid JSON of a change, at this place.
    Invalid {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// Valid JSON, but not a status change.
    NotAChange,
    /// Written by a newer spanning.
    Newer {
        /// The version it says.
        version: u32,
    },
}

/// The changes folder of `dir`.
pub fn changes_dir(dir: &SessionsDir) -> PathBuf {
    dir.root().join(CHANGES_DIR)
}

/// The entry files of one of the folder's record folders (`.changes/`,
/// `.governance/`): its `*.json` files, hidden ones left out, in name
/// order (names start with their time). No folder: none.
pub(crate) fn entry_paths(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    paths
}

/// Reads every change file, oldest first (by time, then file name); bad
/// files are returned beside them, never fatal. No folder: no changes.
pub fn load_changes(dir: &SessionsDir) -> (Vec<Change>, Vec<BadChange>) {
    let paths = entry_paths(&changes_dir(dir));
    let mut changes = Vec::new();
    let mut bad = Vec::new();
    for path in paths {
        match read_change(&path) {
            Ok(change) => changes.push((change, path)),
            Err(problem) => bad.push(BadChange { path, problem }),
        }
    }
    changes.sort_by(|(a, pa), (b, pb)| (a.at, pa).cmp(&(b.at, pb)));
    (changes.into_iter().map(|(c, _)| c).collect(), bad)
}

fn read_change(path: &Path) -> Result<Change, ChangeProblem> {
    // The store's reader: never blocks on a pipe, never takes a terminal.
    let file = open_regular(path).map_err(|e| match e {
        OpenError::Special(kind) => ChangeProblem::Special(kind),
        OpenError::Io(e) => ChangeProblem::Unreadable(e.kind()),
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_CHANGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ChangeProblem::Unreadable(e.kind()))?;
    if bytes.len() as u64 > MAX_CHANGE_BYTES {
        return Err(ChangeProblem::TooLarge {
            limit: MAX_CHANGE_BYTES,
        });
    }
    let change: Change = serde_json::from_slice(&bytes).map_err(|e| ChangeProblem::Invalid {
        line: e.line(),
        column: e.column(),
    })?;
    if change.format != CHANGE_MARKER {
        return Err(ChangeProblem::NotAChange);
    }
    if change.version != 1 {
        return Err(ChangeProblem::Newer {
            version: change.version,
        });
    }
    Ok(change)
}

/// Writes `change` as a new file and returns its path. Never overwrites:
/// a name already taken gets a number added.
pub fn write_change(dir: &SessionsDir, change: &Change) -> io::Result<PathBuf> {
    let stamp = change.at.format("%Y-%m-%dT%H%M%S").to_string();
    let bytes = serde_json::to_vec_pretty(change).map_err(io::Error::other)?;
    write_new(&changes_dir(dir), &stamp, &bytes)
}

/// Writes `bytes` (and a final newline) as a NEW file `<stem>.json` in
/// `folder`, made if missing, synced, and returns its path. Never
/// overwrites: a name already taken gets a number added (`<stem>-1.json`),
/// so two writers in the same second each get a file of their own. The
/// one way the memory's dated entries (status changes, governance
/// imports) are written.
pub(crate) fn write_new(folder: &Path, stem: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    fs::create_dir_all(folder)?;
    for n in 0..1000u32 {
        let name = if n == 0 {
            format!("{stem}.json")
        } else {
            format!("{stem}-{n}.json")
        };
        let path = folder.join(name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(bytes)?;
                file.write_all(b"\n")?;
                file.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("too many entries named {stem} in the same second"),
    ))
}
