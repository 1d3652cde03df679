//! One circle's sessions folded in time order without holding them all:
//! the files are put in order from what their starts say (see
//! [`store::head`]), then read a batch at a time on every core, folded
//! and dropped. Reading a 2,000-session circle whole held about 400 MB
//! (`spanning actions` over 10,000 sessions peaked there); a batch holds
//! a few megabytes.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::{Fold, Folded, FolderProblem, Memory, changes, circle_key, governance};
use crate::review::Digest;
use crate::store::{self, Loaded};

/// How many files are read together: enough to keep every core busy,
/// few enough that a batch of large sessions stays small.
/// (Small in tests, so that a test folder spans several batches.)
const BATCH: usize = if cfg!(test) { 4 } else { 64 };

/// A session of the circle, waiting its turn.
pub(super) enum Queued {
    /// Not read yet; its start gave the opening time.
    Unread {
        /// The file.
        path: PathBuf,
        /// When the meeting opened, as the file's start says.
        opened_at: DateTime<FixedOffset>,
    },
    /// Already read whole (its start did not say enough).
    Read {
        /// The file.
        path: PathBuf,
        /// The session.
        loaded: Box<Loaded>,
    },
}

impl Queued {
    /// Opening time, then ID: the order the circle is folded in, the same
    /// as sorting the loaded sessions.
    fn order(&self) -> (DateTime<FixedOffset>, String) {
        match self {
            Queued::Unread { path, opened_at } => (*opened_at, store::id_of(path)),
            Queued::Read { loaded, .. } => (loaded.session.setup().opened_at, loaded.id.clone()),
        }
    }
}

/// A file whose whole reading did not agree with what its start said
/// (another circle or another opening time): the caller folds the way
/// that reads every file first.
#[derive(Debug)]
pub(super) struct Disagrees;

/// One circle folded in time order (see [`super::fold_sessions`]), a
/// session at a time: `add` them oldest first, then `finish`.
pub(super) struct CircleFold<'c> {
    memory: Memory,
    pending: std::iter::Peekable<std::slice::Iter<'c, changes::Change>>,
}

impl<'c> CircleFold<'c> {
    /// Nothing folded yet; `changes` are the changes made between
    /// meetings, oldest first.
    pub(super) fn new(circle: &str, changes: &'c [changes::Change]) -> Self {
        CircleFold {
            memory: Memory {
                circle: circle.trim().to_owned(),
                ..Memory::default()
            },
            pending: changes.iter().peekable(),
        }
    }

    /// Folds the next session: the changes made before it opened first,
    /// so it sees them, and its own review counts after them.
    pub(super) fn add(&mut self, path: &Path, l: &Loaded) {
        let opened = l.session.setup().opened_at;
        while let Some(change) = self.pending.next_if(|c| c.at < opened) {
            self.memory.work.apply(change);
        }
        let digest = Digest::without_text(path, l);
        let folded = Folded {
            id: &l.id,
            path,
            opened_at: opened,
            session: &l.session,
            digest: &digest,
        };
        self.memory.work.session(&folded);
        self.memory.work.keep(digest);
        self.memory.sessions.push(l.id.clone());
        self.memory.circle = l.session.setup().circle.trim().to_owned();
    }

    /// The memory, with the changes made after the last session.
    pub(super) fn finish(mut self) -> Memory {
        for change in self.pending {
            self.memory.work.apply(change);
        }
        self.memory
    }
}

/// What folding one circle's queue gave.
pub(super) struct Streamed {
    /// The circle's memory (governance left for the caller).
    pub memory: Memory,
    /// What each session adopted, for the governance record.
    pub adopted: Vec<governance::Adopted>,
    /// Files that could not be read.
    pub problems: Vec<FolderProblem>,
}

/// Folds the sessions in `queue`, all of the circle `key` by what their
/// starts say (named `name` until a session names it), in time order, reading a batch at a time. A file read
/// whole that is of another circle is passed over when `skip_others`
/// (what folding one circle always did), and otherwise, like a file
/// whose opening time differs from its start's, answers [`Disagrees`].
pub(super) fn fold_circle(
    key: &str,
    name: &str,
    mut queue: Vec<Queued>,
    changes: &[changes::Change],
    skip_others: bool,
) -> Result<Streamed, Disagrees> {
    queue.sort_by_cached_key(Queued::order);
    let mut fold: Option<CircleFold> = None;
    let mut adopted = Vec::new();
    let mut problems = Vec::new();
    let mut queue = queue.into_iter().peekable();
    while queue.peek().is_some() {
        let batch: Vec<Queued> = queue.by_ref().take(BATCH).collect();
        let read = store::parallel::map_in_order(batch.len(), |i| match &batch[i] {
            Queued::Unread { path, .. } => Some(store::load(path)),
            Queued::Read { .. } => None,
        });
        for (queued, read) in batch.iter().zip(read) {
            let (path, loaded) = match (queued, &read) {
                (Queued::Read { path, loaded }, _) => (path, &**loaded),
                (Queued::Unread { path, opened_at }, Some(Ok(loaded))) => {
                    let setup = loaded.session.setup();
                    if setup.opened_at != *opened_at && circle_key(&setup.circle) == key {
                        return Err(Disagrees);
                    }
                    (path, loaded)
                }
                (Queued::Unread { .. }, Some(Err(e))) => {
                    problems.push(FolderProblem::Unloadable(e.clone()));
                    continue;
                }
                (Queued::Unread { .. }, None) => unreachable!("every unread file was read"),
            };
            if circle_key(&loaded.session.setup().circle) != key {
                if skip_others {
                    continue;
                }
                return Err(Disagrees);
            }
            adopted.push(governance::Adopted::of(&loaded.id, &loaded.session));
            fold.get_or_insert_with(|| CircleFold::new(name, changes))
                .add(path, loaded);
        }
    }
    let memory = match fold {
        Some(fold) => fold.finish(),
        None => CircleFold::new(name, changes).finish(),
    };
    Ok(Streamed {
        memory,
        adopted,
        problems,
    })
}
