//! The circle's memory: what lasts between meetings (process.md, "The
//! circle's memory"). Always *derived*: a fold, in time order, over the
//! sessions of one circle in the sessions folder. Nothing here is stored or
//! cached as truth, and no file is shared and rewritten by several meetings,
//! so a sessions folder kept in git never has a merge conflict.
//!
//! One fold, one module: every concern (the governance record, the work
//! between meetings) implements [`Fold`] and sees the same sessions in the
//! same order. Layer: above `store` and `review`, below `minutes`, `text`,
//! `tui` and `cli`.

pub mod work;

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use crate::meeting::Session;
use crate::review::fold::key;
use crate::store::{self, SessionsDir};

/// One concern of the memory, folded session by session in time order.
pub trait Fold {
    /// Takes the next session of the circle into account.
    fn session(&mut self, session: &Folded<'_>);
}

/// A session as the fold sees it: where it comes from and the meeting.
#[derive(Debug, Clone, Copy)]
pub struct Folded<'a> {
    /// The session's ID (its file stem), for "where does this come from?".
    pub id: &'a str,
    /// When the meeting opened; the fold's order.
    pub opened_at: DateTime<FixedOffset>,
    /// The meeting, folded.
    pub session: &'a Session,
}

/// A file (or the folder itself) the fold could not read; named, never
/// fatal: one bad file never stops the others. Worded by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    /// The folder could not be listed.
    Unlisted {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        kind: std::io::ErrorKind,
    },
    /// A session file could not be loaded.
    Unloadable(store::LoadError),
}

/// Everything a circle's next meeting starts from.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// The circle as named by its newest session.
    pub circle: String,
    /// The IDs of the sessions folded, oldest first.
    pub sessions: Vec<String>,
    /// Files that could not be read (not only this circle's: a bad file
    /// might have been one of its sessions).
    pub problems: Vec<FolderProblem>,
    /// Actions, projects, metrics, carried items, due reviews.
    pub work: work::Work,
}

/// The key that identifies a circle across sessions: its name ignoring
/// case, diacritics, punctuation and spacing ("Sociaal Domein" and
/// "sociaal  domein." are one circle).
pub fn circle_key(name: &str) -> String {
    key(name)
}

/// Folds the sessions of `circle` in `dir`, oldest first, up to and
/// including `as_of` when given (the memory as it stood then).
pub fn fold(dir: &SessionsDir, circle: &str, as_of: Option<DateTime<FixedOffset>>) -> Memory {
    let wanted = circle_key(circle);
    let mut memory = Memory {
        circle: circle.trim().to_owned(),
        ..Memory::default()
    };
    let paths = match dir.session_paths() {
        Ok(paths) => paths,
        Err(e) => {
            memory.problems.push(FolderProblem::Unlisted {
                path: dir.root().to_path_buf(),
                kind: e.kind(),
            });
            return memory;
        }
    };
    let mut loaded = Vec::new();
    for path in paths {
        match store::load(&path) {
            Ok(l) => {
                let setup = l.session.setup();
                if circle_key(&setup.circle) != wanted {
                    continue;
                }
                if as_of.is_some_and(|t| setup.opened_at > t) {
                    continue;
                }
                loaded.push(l);
            }
            Err(e) => memory.problems.push(FolderProblem::Unloadable(e)),
        }
    }
    loaded.sort_by(|a, b| {
        (a.session.setup().opened_at, &a.id).cmp(&(b.session.setup().opened_at, &b.id))
    });
    for l in &loaded {
        let folded = Folded {
            id: &l.id,
            opened_at: l.session.setup().opened_at,
            session: &l.session,
        };
        memory.work.session(&folded);
        memory.sessions.push(l.id.clone());
        memory.circle = l.session.setup().circle.trim().to_owned();
    }
    memory
}
