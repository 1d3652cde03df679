//! Journals nothing reads, for `spanning check`: only looks, never writes
//! or removes.
//!
//! A journal (`.<stem>.journal`, see [`super::journal`]) is read only with
//! a session file beside it that says `"version": 5` (the file of a
//! meeting saved to its journal). Two others can be found in a folder:
//! - beside a file in any other version, one left when a crash hit after
//!   the whole file was written and before the journal was removed: the
//!   file is complete without it, and it is safe to delete;
//! - with no session file beside it (the file was deleted, or moved or
//!   renamed without its journal): nothing reads it either, but if the
//!   file was moved, its latest entries may be in it.
//!
//! A journal beside a version 5 file, or of a meeting whose lock is held
//! right now (which writes its journal and then its file), is in use.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::journal::{JOURNAL_VERSION, journal_path};

/// A journal that no reader uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrayJournal {
    /// The journal.
    pub journal: PathBuf,
    /// The session file it belongs to, by its name.
    pub session: PathBuf,
    /// Why nothing reads it.
    pub kind: StrayKind,
}

/// Why a journal is read by nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrayKind {
    /// The session file beside it is complete without it: safe to delete.
    Stale,
    /// There is no session file beside it.
    NoSession,
}

/// The journals in the folder `dir` that nothing reads, sorted by name.
/// Only looks; a journal it cannot be sure of (a session file that does
/// not read) is left out, as `check` reports that file itself.
pub fn stray_journals(dir: &Path) -> io::Result<Vec<StrayJournal>> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_journal_name)
        })
        .collect();
    found.sort();
    Ok(found
        .into_iter()
        .filter_map(|journal| {
            // A name that is not UTF-8 names no session spanning wrote.
            let name = journal.file_name()?.to_str()?;
            let stem = &name[1..name.len() - ".journal".len()];
            stray_beside(&journal.with_file_name(format!("{stem}.json")))
        })
        .collect())
}

/// Whether a file name is a journal's: `.<stem>.journal`.
fn is_journal_name(name: &str) -> bool {
    name.len() > ".journal".len() + 1 && name.starts_with('.') && name.ends_with(".journal")
}

/// The journal of the session file at `session`, if it is there and
/// nothing reads it.
pub fn stray_beside(session: &Path) -> Option<StrayJournal> {
    let journal = journal_path(session);
    let meta = fs::symlink_metadata(&journal).ok()?;
    if !meta.is_file() || !super::lock::lock_is_free(session) {
        return None;
    }
    let kind = match fs::symlink_metadata(session) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => StrayKind::NoSession,
        Err(_) => return None,
        Ok(_) => match version_of(session)? {
            JOURNAL_VERSION => return None,
            _ => StrayKind::Stale,
        },
    };
    Some(StrayJournal {
        journal,
        session: session.to_path_buf(),
        kind,
    })
}

/// The version a session file says it is in; `None` if it does not read.
fn version_of(session: &Path) -> Option<u32> {
    #[derive(serde::Deserialize)]
    struct Version {
        version: u32,
    }
    let bytes = super::file::read_bounded(session).ok()?;
    serde_json::from_slice::<Version>(&bytes)
        .ok()
        .map(|v| v.version)
}
