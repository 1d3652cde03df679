//! What can go wrong with the sessions folder, as values the shells can
//! match on. They carry data only: `text::store` words them (and gives
//! them an English `Display` for logs and `?`), so the store imports
//! nothing of the text layer.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::meeting::SessionLoadProblem;

/// Why a session file could not be read. Loading never changes the file,
/// so every one of these leaves the bytes on disk as they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file that was being read; every message names it.
    pub path: PathBuf,
    /// What was wrong.
    pub kind: LoadErrorKind,
}

/// The distinct ways a session file can be unreadable; each needs a
/// different remedy, so each gets its own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// There is no such file.
    NotFound,
    /// The file exists but may not be read.
    PermissionDenied,
    /// Any other I/O failure (a directory, a disk error).
    Unreadable {
        /// The operating system's description.
        detail: String,
    },
    /// Not a regular file (a named pipe, a device such as a terminal, a
    /// socket), directly or through a link: never opened for reading, since
    /// reading one could block forever or take a person's keystrokes.
    NotAFile {
        /// What it is.
        kind: SpecialFile,
    },
    /// The file is larger than any real session; refused to protect memory.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// The file has no content.
    Empty,
    /// The JSON ends early: the file was cut off.
    Truncated {
        /// Line where the text ends (from 1).
        line: usize,
        /// Column where the text ends (from 1).
        column: usize,
    },
    /// The file is not JSON at all.
    NotJson {
        /// Line of the first error (from 1).
        line: usize,
        /// Column of the first error (from 1).
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// Valid JSON, but not marked `"format": "spanning-session"`.
    Foreign,
    /// Written by a newer spanning with a file format this one cannot read.
    NewerVersion {
        /// The version in the file.
        found: u64,
    },
    /// The version field is missing, not a number, or older than any
    /// version spanning ever wrote.
    BadVersion {
        /// What the file holds there, as JSON text (empty if missing).
        found: String,
    },
    /// A spanning session file whose content does not fit the format
    /// (an unknown event type, a missing field).
    Invalid {
        /// Line of the problem (from 1).
        line: usize,
        /// Column of the problem (from 1).
        column: usize,
        /// The parser's description, without the position.
        detail: String,
    },
    /// A time written without its UTC offset (`2026-03-02T10:00:00`, as
    /// a hand edit or another program might): which moment it is cannot be
    /// known, so the file is refused, naming the spot, rather than guessed.
    NoOffset {
        /// Line of the time (from 1).
        line: usize,
        /// The field holding it (`opened_at`, `at`).
        field: String,
        /// The entry (its `seq`) the field belongs to; `None` in the setup.
        entry: Option<u64>,
        /// The time as written.
        time: String,
    },
    /// The journal of a running meeting (see `store::journal`) whose
    /// entries jump ahead of its session file: it belongs to another copy.
    JournalGap {
        /// The last entry the session file and journal agree on.
        after: u64,
    },
    /// Where a running meeting's journal should be is something other than
    /// a regular file (a folder, a pipe, a device), so it is not read.
    JournalNotAFile,
    /// The content is well-formed but the meeting it records does not hold
    /// together (bad setup, gaps in the log).
    Inconsistent(SessionLoadProblem),
}

/// What a path in the sessions folder is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialFile {
    /// A folder.
    Directory,
    /// A named pipe (FIFO).
    Fifo,
    /// A device, such as a terminal (`/dev/tty`) or a disk.
    Device,
    /// A socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl LoadError {
    /// An error about `path`.
    pub fn new(path: &Path, kind: LoadErrorKind) -> Self {
        Self {
            path: path.to_path_buf(),
            kind,
        }
    }
}

impl std::error::Error for LoadError {}

/// Who holds a session's lock, as written in the lock file; only for
/// messages, the OS lock is what actually protects the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    /// Process id of the holding spanning.
    pub pid: u32,
    /// Host it runs on (a shared folder can be open on two machines).
    pub host: String,
    /// When it took the lock.
    pub since: Option<DateTime<FixedOffset>>,
}

/// What is at a lock file's path instead of a plain file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockFound {
    /// A folder.
    Directory,
    /// A symbolic link.
    Symlink,
    /// A FIFO, socket or device.
    Special,
}

/// Why a session could not be created, opened for writing, or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Another spanning has the session open for writing.
    Locked {
        /// The session file.
        path: PathBuf,
        /// Who, if the lock file says so.
        holder: Option<LockHolder>,
    },
    /// The session's lock file is not a plain file (a folder, a link,
    /// a device): spanning never makes one, and cannot lock through it.
    StrangeLock {
        /// The lock file's path.
        path: PathBuf,
        /// What it is instead.
        found: LockFound,
    },
    /// The session file is a symbolic link; writing through it could
    /// overwrite a file elsewhere, so spanning refuses.
    Symlink {
        /// The link.
        path: PathBuf,
    },
    /// The sessions folder could not be created.
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The operating system's description.
        detail: String,
    },
    /// Writing the session file failed; the previous version is intact.
    Write {
        /// The session file (or the folder, for a new one).
        path: PathBuf,
        /// The operating system's description.
        detail: String,
    },
    /// The lock file could not be created or locked.
    Lock {
        /// The lock file.
        path: PathBuf,
        /// The operating system's description.
        detail: String,
    },
    /// Every name tried for a new session was taken.
    NoFreeName {
        /// The sessions folder.
        dir: PathBuf,
    },
    /// The session to resume could not be loaded.
    Load(LoadError),
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Load(e) => Some(e),
            _ => None,
        }
    }
}

impl From<LoadError> for StoreError {
    fn from(e: LoadError) -> Self {
        StoreError::Load(e)
    }
}

/// Why a session ID given on the command line names no single session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// Nothing matches.
    Unknown {
        /// What was asked for.
        id: String,
        /// The folder searched.
        dir: PathBuf,
    },
    /// Several sessions start with this prefix.
    Ambiguous {
        /// What was asked for.
        id: String,
        /// The matching IDs, sorted.
        candidates: Vec<String>,
    },
    /// `resume` without an ID, but every session is closed (or none exists).
    NothingOpen {
        /// The folder searched.
        dir: PathBuf,
    },
}

impl std::error::Error for ResolveError {}
