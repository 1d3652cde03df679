//! Following an open meeting from another process: read-only live reading
//! of one session file and its journal (see [`super::journal`]).
//!
//! A [`Tail`] holds the meeting as last read. [`Tail::refresh`] looks at
//! the file and, while it is unchanged and points to its journal, reads
//! only the bytes appended to the journal since the last look; a last line
//! without its newline is an append still being written (or cut short by a
//! crash) and is simply not there yet. When the writer wrote the file whole
//! (a compaction, the close, leaving the meeting) the file is a new one on
//! disk, and the pair is read again from the start. A [`Watch`] says when
//! to look: the operating system's file watcher (`notify`), with `stat`
//! polling where no watcher works (and, slowly, behind a working one, for
//! file systems that drop events, such as network shares).
//!
//! Nothing here takes a lock, writes, or changes a file: a follower can
//! never disturb the meeting it follows.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use super::error::{LoadError, LoadErrorKind, LockHolder, StoreError};
use super::file::{self, MAX_FILE_BYTES, OpenError};
use super::journal::{self, JOURNAL_VERSION, journal_path};
use super::lock::{self, Abandoned, lock_path};
use crate::meeting::{Recorded, Session, Setup, Source};

/// How often a full read is tried again when the writer rewrote the file
/// while it was being read.
const ATTEMPTS: usize = 5;

/// How often the watcher's fallback looks at the files when the operating
/// system's watcher cannot be used: well inside the 200 ms a follower may
/// lag behind a save.
pub const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// How often the files are looked at behind a working file watcher, for
/// file systems that lose its events (network shares).
pub const BACKUP_POLL_INTERVAL: Duration = Duration::from_secs(1);

/// One session, read as it grows.
#[derive(Debug)]
pub struct Tail {
    path: PathBuf,
    id: String,
    session: Session,
    setup: Setup,
    /// The session file as it was when read.
    file: Signature,
    /// Where reading the journal goes on, while the file points to one.
    journal: Option<JournalRead>,
    /// What the session was read from, for the engine's limits.
    source: Source,
    /// How many times the pair was read from the start.
    whole_reads: usize,
}

/// How far a journal was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct JournalRead {
    /// Which file it was (`None`: there was none).
    id: FileId,
    /// Bytes of whole lines read.
    offset: u64,
    /// Whole lines read.
    lines: usize,
}

/// A file's identity on its device, where the platform has one.
type FileId = Option<(u64, u64)>;

/// Enough of a file's metadata to tell that it was replaced or changed:
/// identity, length and change times (an inode number can be reused by
/// the next file written whole, its change time cannot go back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Signature {
    id: FileId,
    len: u64,
    modified: Option<SystemTime>,
    changed: Option<(i64, i64)>,
}

impl Signature {
    fn of(meta: &fs::Metadata) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Self {
                id: Some((meta.dev(), meta.ino())),
                len: meta.len(),
                modified: meta.modified().ok(),
                changed: Some((meta.ctime(), meta.ctime_nsec())),
            }
        }
        #[cfg(not(unix))]
        {
            Self {
                id: None,
                len: meta.len(),
                modified: meta.modified().ok(),
                changed: None,
            }
        }
    }

    /// The signature of the file at `path` (following a link: a linked-in
    /// session is read where it is).
    fn at(path: &Path) -> Result<Self, LoadError> {
        fs::metadata(path)
            .map(|m| Self::of(&m))
            .map_err(|e| LoadError::new(path, file::io_kind(&e)))
    }
}

/// What one full read of the pair gives.
struct Read1 {
    setup: Setup,
    events: Vec<Recorded>,
    file: Signature,
    journal: Option<JournalRead>,
    source: Source,
}

impl Tail {
    /// Reads the session at `path` (and its journal) to follow it. Only
    /// reads: no lock, nothing written.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let read = read_whole(path)?;
        let session = build(path, &read)?;
        Ok(Self {
            path: path.to_path_buf(),
            id: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            session,
            setup: read.setup,
            file: read.file,
            journal: read.journal,
            source: read.source,
            whole_reads: 1,
        })
    }

    /// The meeting as last read.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// What the meeting as last read was read from (file and journal),
    /// for [`Session::extend_stored`] on a copy of it.
    pub fn source(&self) -> Source {
        self.source
    }

    /// The session file followed.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The session's ID (its file stem).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Reads what was saved since the last look: only the journal's new
    /// whole lines while the file is unchanged, the pair again when the
    /// file was written whole. `true` when the meeting changed. On an
    /// error the meeting as last read stays, so a follower keeps showing
    /// it while saying what is wrong.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        let now = Signature::at(&self.path)?;
        if now == self.file {
            match self.journal {
                None => return Ok(false),
                Some(journal) => {
                    if let Some(changed) = self.read_on(journal)? {
                        return Ok(changed);
                    }
                }
            }
        }
        self.reread()
    }

    /// Reads the pair again from the start.
    fn reread(&mut self) -> Result<bool, StoreError> {
        let read = read_whole(&self.path)?;
        self.whole_reads += 1;
        let log = self.session.log();
        let same = read.setup == self.setup
            && read.events.len() == log.len()
            && read.events.last() == log.last();
        if !same {
            self.session = build(&self.path, &read)?;
        }
        self.setup = read.setup;
        self.file = read.file;
        self.journal = read.journal;
        self.source = read.source;
        Ok(!same)
    }

    /// Reads the journal on from where it was left. `None` when that
    /// cannot be done (the journal was replaced, shrank, or skips ahead)
    /// and the pair must be read again.
    fn read_on(&mut self, read: JournalRead) -> Result<Option<bool>, StoreError> {
        let journal = journal_path(&self.path);
        let mut handle = match file::open_regular(&journal) {
            Ok(handle) => handle,
            Err(OpenError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(read.id.is_none().then_some(false));
            }
            Err(_) => return Ok(None),
        };
        let Ok(meta) = handle.metadata() else {
            return Ok(None);
        };
        let here = Signature::of(&meta);
        if here.id != read.id || meta.len() < read.offset {
            return Ok(None);
        }
        if meta.len() == read.offset {
            return Ok(Some(false));
        }
        let mut bytes = Vec::new();
        let room = MAX_FILE_BYTES.saturating_sub(self.source.bytes as u64);
        let took = handle
            .seek(SeekFrom::Start(read.offset))
            .and_then(|_| (&mut handle).take(room + 1).read_to_end(&mut bytes));
        if took.is_err() || bytes.len() as u64 > room {
            // Unreadable or too long: the full read says exactly what.
            return Ok(None);
        }
        let mut new = Vec::new();
        let mut source = self.source;
        let Ok(Some(consumed)) = journal::continue_with(
            &journal,
            &bytes,
            read.lines,
            self.session.log().len(),
            &mut new,
            &mut source,
        ) else {
            return Ok(None);
        };
        // Rewritten meanwhile: what was read may belong to another journal.
        if Signature::at(&self.path)? != self.file {
            return Ok(None);
        }
        let lines = bytes[..consumed].iter().filter(|&&b| b == b'\n').count();
        self.journal = Some(JournalRead {
            id: read.id,
            offset: read.offset + consumed as u64,
            lines: read.lines + lines,
        });
        self.source = source;
        if new.is_empty() {
            return Ok(Some(false));
        }
        // Only the new entries are checked and folded in; anything they
        // are refused for is said by reading the pair again.
        match self.session.extend_stored(&new, source) {
            Ok(()) => Ok(Some(true)),
            Err(_) => Ok(None),
        }
    }

    /// How many times the file and journal were read from the start (the
    /// opening included) rather than on from where reading stopped: once,
    /// plus once per time the writer wrote the file whole.
    pub fn whole_reads(&self) -> usize {
        self.whole_reads
    }

    /// Whether the spanning writing this meeting still runs, from its lock
    /// file, read only (see [`Writer`]).
    pub fn writer(&self) -> Writer {
        writer_of(&self.path, self.session.state().is_closed())
    }
}

/// Reads the session file and, if it points to one, its journal, again
/// while the writer rewrote the file in between.
fn read_whole(path: &Path) -> Result<Read1, LoadError> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        match read_once(path)? {
            Some(read) => return Ok(read),
            None if attempt < ATTEMPTS => {}
            // The writer keeps rewriting; the store's own reader says
            // what it finds (a journal from another copy, say).
            None => {
                let (stored, source) = journal::load(path)?;
                return Ok(Read1 {
                    setup: stored.setup,
                    events: stored.events,
                    file: Signature::at(path)?,
                    journal: None,
                    source,
                });
            }
        }
    }
}

/// One attempt of [`read_whole`]; `None` when the file changed under it.
fn read_once(path: &Path) -> Result<Option<Read1>, LoadError> {
    let before = Signature::at(path)?;
    let bytes = file::read_bounded(path)?;
    let stored = file::parse(path, &bytes)?;
    let mut source = Source {
        bytes: bytes.len(),
        longest_string: file::string_bound(&bytes),
    };
    let mut events = stored.events;
    let journal = if stored.version == JOURNAL_VERSION {
        let at = journal_path(path);
        let (id, bytes) = read_journal(&at)?.unwrap_or_default();
        match journal::continue_with(&at, &bytes, 0, 0, &mut events, &mut source)? {
            Some(consumed) => Some(JournalRead {
                id,
                offset: consumed as u64,
                lines: bytes[..consumed].iter().filter(|&&b| b == b'\n').count(),
            }),
            None => return Ok(None),
        }
    } else {
        None
    };
    if Signature::at(path)? != before {
        return Ok(None);
    }
    Ok(Some(Read1 {
        setup: stored.setup,
        events,
        file: before,
        journal,
        source,
    }))
}

/// The journal's identity and bytes, from one open file, or `None` if
/// there is none. Refuses anything but a regular file, and anything too
/// large.
fn read_journal(at: &Path) -> Result<Option<(FileId, Vec<u8>)>, LoadError> {
    let fail = |e: &io::Error| LoadError::new(at, file::io_kind(e));
    let handle: File = match file::open_regular(at) {
        Ok(handle) => handle,
        Err(OpenError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(OpenError::Io(e)) => return Err(fail(&e)),
        Err(OpenError::Special(_)) => {
            return Err(LoadError::new(at, LoadErrorKind::JournalNotAFile));
        }
    };
    let meta = handle.metadata().map_err(|e| fail(&e))?;
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    handle
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(
            at,
            LoadErrorKind::TooLarge {
                bytes: bytes.len() as u64,
            },
        ));
    }
    Ok(Some((Signature::of(&meta).id, bytes)))
}

/// The meeting a full read holds.
fn build(path: &Path, read: &Read1) -> Result<Session, LoadError> {
    Session::from_stored(read.setup.clone(), read.events.clone(), read.source)
        .map_err(|p| LoadError::new(path, LoadErrorKind::Inconsistent(p)))
}

/// What a follower can tell about the spanning writing the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Writer {
    /// The meeting is closed: nothing more will be written.
    Closed,
    /// A spanning holds the meeting open (or one on another machine may:
    /// only this machine's processes can be judged).
    Writing(Option<LockHolder>),
    /// Nobody holds the meeting: its facilitator left it without closing
    /// it (`spanning resume` continues it).
    Left,
    /// The spanning named in the lock file is gone, or lost its terminal,
    /// without letting go of the meeting: it crashed or was killed. Every
    /// entry it saved is in the file.
    Stopped(LockHolder),
}

/// [`Tail::writer`] for the session at `path`.
fn writer_of(path: &Path, closed: bool) -> Writer {
    if closed {
        return Writer::Closed;
    }
    let lock = lock_path(path);
    // Only a small regular file is read, never a pipe or a device.
    let Ok(mut handle) = file::open_regular(&lock) else {
        return if fs::symlink_metadata(&lock).is_ok() {
            Writer::Writing(None)
        } else {
            Writer::Left
        };
    };
    let mut text = String::new();
    if (&mut handle).take(1024).read_to_string(&mut text).is_err() {
        return Writer::Writing(None);
    }
    let Some(holder) = lock::parse_holder(&text) else {
        // Being written by a spanning just taking the lock.
        return Writer::Writing(None);
    };
    match lock::abandoned(&holder) {
        Some(Abandoned::Gone | Abandoned::NoTerminal) => Writer::Stopped(holder),
        None => Writer::Writing(Some(holder)),
    }
}

/// Which watcher a [`Watch`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchMode {
    /// The operating system's file watcher, with a slow backup poll.
    Notify,
    /// Polling every [`POLL_INTERVAL`]: no watcher could be started.
    Polling,
}

/// Calls back when a session's file, journal or lock may have changed,
/// for as long as it lives. A call may come without a change (the caller
/// refreshes its [`Tail`], which is cheap when nothing changed); a change
/// never goes without a call.
pub struct Watch {
    mode: WatchMode,
    stop: Arc<AtomicBool>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watch").field("mode", &self.mode).finish()
    }
}

impl Watch {
    /// Watches the session at `path`, calling `on_change` from another
    /// thread: with the operating system's watcher on its folder (files
    /// are replaced by renaming, so the folder is what is watched), else
    /// by polling.
    pub fn start(path: &Path, on_change: impl Fn() + Send + Sync + 'static) -> Self {
        let on_change: Arc<dyn Fn() + Send + Sync> = Arc::new(on_change);
        match notify_watcher(path, on_change.clone()) {
            Ok(watcher) => {
                let mut watch = Self::polling(path, BACKUP_POLL_INTERVAL, on_change);
                watch.mode = WatchMode::Notify;
                watch._watcher = Some(watcher);
                watch
            }
            Err(_) => Self::polling(path, POLL_INTERVAL, on_change),
        }
    }

    /// Watches by looking at the files every `interval`, without the
    /// operating system's watcher: the fallback, public so it can be
    /// tested and chosen where a watcher is known not to work.
    pub fn polling(
        path: &Path,
        interval: Duration,
        on_change: Arc<dyn Fn() + Send + Sync>,
    ) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let paths = [path.to_path_buf(), journal_path(path), lock_path(path)];
        let stopped = stop.clone();
        let look = move || {
            paths
                .each_ref()
                .map(|p| fs::metadata(p).ok().map(|m| Signature::of(&m)))
        };
        // Taken before returning, so a save right after is never missed.
        let mut seen = look();
        let spawned = std::thread::Builder::new()
            .name("spanning-watch".into())
            .spawn(move || {
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(interval);
                    let now = look();
                    if now != seen {
                        seen = now;
                        on_change();
                    }
                }
            });
        // Without a thread nothing can be polled; the caller still
        // refreshes whenever it draws.
        drop(spawned);
        Self {
            mode: WatchMode::Polling,
            stop,
            _watcher: None,
        }
    }

    /// Which watcher is in use.
    pub fn mode(&self) -> WatchMode {
        self.mode
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The operating system's watcher on the folder of `path`, calling back
/// for events about the session's file, journal or lock.
fn notify_watcher(
    path: &Path,
    on_change: Arc<dyn Fn() + Send + Sync>,
) -> notify::Result<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let names: Vec<std::ffi::OsString> = [path.to_path_buf(), journal_path(path), lock_path(path)]
        .iter()
        .filter_map(|p| p.file_name().map(ToOwned::to_owned))
        .collect();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        match event {
            // Reads (our own among them) change nothing.
            Ok(event) if matches!(event.kind, EventKind::Access(_)) => {}
            Ok(event) => {
                if event
                    .paths
                    .iter()
                    .any(|p| p.file_name().is_some_and(|n| names.iter().any(|w| w == n)))
                {
                    on_change();
                }
            }
            // Events were lost (a queue overflow): look again anyway.
            Err(_) => on_change(),
        }
    })?;
    watcher.watch(&folder, RecursiveMode::NonRecursive)?;
    Ok(watcher)
}
