//! The sessions folder: one pretty-printed JSON file per meeting, kept
//! after every event so a crash loses nothing (while the meeting runs, the
//! latest entries are appended to a journal beside it, see [`journal`]),
//! locked so two spannings never write the same meeting, and read without
//! ever being changed so a damaged file can still be rescued by hand.

mod error;
mod fast;
mod file;
pub mod git;
pub mod head;
pub mod journal;
mod lock;
mod name;
pub mod parallel;
pub mod presence;
mod remember;
mod stray;
pub mod tail;

use std::cmp::Reverse;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Serialize, Serializer};

pub use error::{
    LoadError, LoadErrorKind, LockFound, LockHolder, ResolveError, SpecialFile, StoreError,
};
pub use file::{
    FORMAT_MARKER, FORMAT_VERSION, MAX_FILE_BYTES, SessionFile, parse, session_bytes,
    version_needed, write_session,
};
pub(crate) use file::{OpenError, open_regular};
pub use journal::{JOURNAL_VERSION, journal_path};
pub use lock::{Abandoned, abandoned, lock_path, take_over};
pub use name::{EMPTY_SLUG, MAX_SLUG_CHARS, format_token, slug, stem};
pub use remember::{Remembered, remembered_lists};
pub use stray::{StrayJournal, StrayKind, stray_beside, stray_journals};

use crate::meeting::Lang;
use crate::meeting::views::tally;
use crate::meeting::{MeetingFormat, RuleSet, Session};
use lock::SessionLock;

/// Environment variable naming the sessions folder, for people who keep
/// their sessions in one place regardless of where they start spanning.
pub const SESSIONS_DIR_ENV: &str = "SPANNING_SESSIONS_DIR";

/// The detail of a session path that is a folder (the text layer words it).
pub const IS_A_DIRECTORY: &str = "is a directory";

/// The detail when a temporary copy cannot be taken back because the
/// session file went on without it (the text layer words it).
pub const NOT_CONTINUED: &str = "the copy does not continue this session";

/// The sessions folder when neither flag nor environment names one:
/// `./sessions`, beside wherever the facilitator works.
pub const DEFAULT_SESSIONS_DIR: &str = "sessions";

/// How many names a new session tries before giving up; with 65536
/// suffixes per minute and circle, running out means something is wrong.
const NAME_ATTEMPTS: usize = 64;

/// A session read from disk, with the ID it is known by (its file stem).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The file stem; what `list` shows and `resume`/`review` accept.
    pub id: String,
    /// The rebuilt meeting.
    pub session: Session,
}

/// Reads a session file. Never writes or modifies it, so a file that fails
/// to load is left exactly as found for a person to inspect.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let (stored, source) = file::load_file(path)?;
    let session = Session::from_stored(stored.setup, stored.events, source)
        .map_err(|p| LoadError::new(path, LoadErrorKind::Inconsistent(p)))?;
    Ok(Loaded {
        id: id_of(path),
        session,
    })
}

/// A session's ID: its file stem. The file name, not the `id` inside, is
/// what people type, so a renamed file is known by its new name.
pub(crate) fn id_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Whether a meeting can still be resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum SessionStatus {
    /// Not closed yet: `resume` continues it.
    Open,
    /// Closed: only review and export.
    Closed,
}

/// One line of `spanning list`: enough to recognise a meeting without
/// opening it. Serialisable for `list --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionSummary {
    /// The session ID (file stem).
    pub id: String,
    /// Where the file is.
    #[serde(serialize_with = "lossy_path")]
    pub path: PathBuf,
    /// When the meeting opened, in its own offset.
    pub opened_at: DateTime<FixedOffset>,
    /// Time of the latest recorded event (the opening time if none).
    pub last_at: DateTime<FixedOffset>,
    /// The meeting's title.
    pub title: String,
    /// The circle that met.
    pub circle: String,
    /// Meeting format.
    pub format: MeetingFormat,
    /// Decision rules.
    pub rules: RuleSet,
    /// Language the meeting was held in.
    pub lang: Lang,
    /// Everyone who took part, late arrivals included.
    pub participants: usize,
    /// Agenda items.
    pub items: usize,
    /// Items adopted.
    pub adopted: usize,
    /// Open or closed.
    pub status: SessionStatus,
    /// Consent rules: agreements adopted with a review date, so `list`
    /// and review can say which are due without reading the file again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agreements: Vec<AgreementSummary>,
}

/// An agreement adopted under the consent rule set, as `list` and the
/// due-for-review view need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgreementSummary {
    /// The item's label.
    pub label: String,
    /// The proposer's name.
    pub owner: String,
    /// When to review it.
    pub review_date: chrono::NaiveDate,
    /// How it will be evaluated.
    pub criteria: String,
}

impl SessionSummary {
    /// Summarises a loaded session found at `path`.
    pub fn of(path: &Path, loaded: &Loaded) -> Self {
        let setup = loaded.session.setup();
        let state = loaded.session.state();
        let counts = tally(state);
        Self {
            id: loaded.id.clone(),
            path: path.to_path_buf(),
            opened_at: setup.opened_at,
            last_at: state.last_at,
            title: setup.title.clone(),
            circle: setup.circle.clone(),
            format: setup.format,
            rules: setup.rules,
            lang: setup.lang,
            participants: state.people.len(),
            items: counts.items,
            adopted: counts.adopted,
            status: if state.is_closed() {
                SessionStatus::Closed
            } else {
                SessionStatus::Open
            },
            agreements: state
                .agenda
                .iter()
                .filter_map(|i| {
                    let review = i.review()?;
                    Some(AgreementSummary {
                        label: i.label.clone(),
                        owner: state.name(i.owner).to_owned(),
                        review_date: review.date,
                        criteria: review.criteria.clone(),
                    })
                })
                .collect(),
        }
    }
}

/// Paths go into JSON as text even when not valid UTF-8, so one odd file
/// name cannot break `list --json`.
fn lossy_path<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

/// One entry of a listing: a session, or a file in the folder that could
/// not be read (the error names it), so nothing is silently skipped.
pub type Listed = Result<SessionSummary, LoadError>;

/// The folder holding session files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionsDir {
    root: PathBuf,
}

impl SessionsDir {
    /// Where the sessions folder is: the `--sessions-dir` flag, else
    /// `$SPANNING_SESSIONS_DIR`, else `./sessions`.
    pub fn resolve(flag: Option<PathBuf>) -> PathBuf {
        Self::resolve_from(flag, std::env::var_os(SESSIONS_DIR_ENV))
    }

    /// [`SessionsDir::resolve`] with the environment passed in, so the
    /// precedence can be tested without touching the process environment.
    /// An empty variable counts as unset.
    pub fn resolve_from(flag: Option<PathBuf>, env: Option<OsString>) -> PathBuf {
        flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from(DEFAULT_SESSIONS_DIR))
    }

    /// The folder at `root`; nothing is created until the first write.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The folder's path.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes a new session's first file under a fresh name and locks it.
    /// Never overwrites: a name that is taken is skipped.
    pub fn create(&self, session: &Session) -> Result<OpenSession, StoreError> {
        fs::create_dir_all(&self.root).map_err(|e| StoreError::CreateDir {
            path: self.root.clone(),
            detail: e.to_string(),
        })?;
        for _ in 0..NAME_ATTEMPTS {
            let id = stem(session.setup(), name::fresh_suffix());
            let path = self.root.join(format!("{id}.json"));
            if fs::symlink_metadata(&path).is_ok() {
                continue;
            }
            let lock = match SessionLock::acquire(&path) {
                Ok(lock) => lock,
                Err(StoreError::Locked { .. }) => continue,
                Err(e) => return Err(e),
            };
            match write_atomically(&path, &id, &session_bytes(&id, session), false) {
                Ok(()) => {
                    return Ok(OpenSession {
                        path,
                        id,
                        recovered: None,
                        lock,
                        disk: journal::Disk::written(session, false),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(StoreError::Write {
                        path,
                        detail: e.to_string(),
                    });
                }
            }
        }
        Err(StoreError::NoFreeName {
            dir: self.root.clone(),
        })
    }

    /// Locks and loads an existing session to continue it (`resume`). The
    /// lock is taken first, so what is loaded is what nobody else can change.
    pub fn open_for_writing(&self, path: &Path) -> Result<(OpenSession, Session), StoreError> {
        refuse_symlink(path)?;
        // A wrong path should say "no such file", not leave a lock behind.
        if let Err(e) = fs::metadata(path) {
            return Err(LoadError::new(path, file::io_kind(&e)).into());
        }
        let lock = SessionLock::acquire(path)?;
        let (stored, source) = file::load_file(path)?;
        let journalled = stored.version == JOURNAL_VERSION;
        let session = Session::from_stored(stored.setup, stored.events, source)
            .map_err(|p| LoadError::new(path, LoadErrorKind::Inconsistent(p)))?;
        let loaded = Loaded {
            id: id_of(path),
            session,
        };
        let recovered = lock.stale().cloned();
        if recovered.is_some() {
            remove_orphaned_temps(path, &loaded.id);
        }
        Ok((
            OpenSession {
                path: path.to_path_buf(),
                id: loaded.id,
                recovered,
                lock,
                disk: journal::Disk::written(&loaded.session, journalled),
            },
            loaded.session,
        ))
    }

    /// Every session file in the folder, newest first, followed by every
    /// file that looks like a session but could not be read. A missing
    /// folder lists as empty. Hidden files (locks, temporary files) and
    /// anything not ending in `.json` are not sessions and are skipped.
    pub fn list(&self) -> Vec<Listed> {
        let paths = match self.session_paths() {
            Ok(paths) => paths,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Vec::new(),
            Err(e) => return vec![Err(LoadError::new(&self.root, file::io_kind(&e)))],
        };
        let mut good = Vec::new();
        let mut bad = Vec::new();
        for listed in summarise_all(&paths) {
            match listed {
                Ok(summary) => good.push(summary),
                Err(e) => bad.push(e),
            }
        }
        good.sort_by(|a, b| {
            Reverse(a.opened_at)
                .cmp(&Reverse(b.opened_at))
                .then_with(|| a.id.cmp(&b.id))
        });
        bad.sort_by(|a, b| a.path.cmp(&b.path));
        good.into_iter()
            .map(Ok)
            .chain(bad.into_iter().map(Err))
            .collect()
    }

    /// The files that count as sessions, sorted by name, without reading
    /// any of them: review's catalogue shows names at once and reads the
    /// files afterwards. Since names start with the opening time, the
    /// order is already by time.
    pub fn session_paths(&self) -> io::Result<Vec<PathBuf>> {
        let mut named = Vec::new();
        for entry in fs::read_dir(&self.root)? {
            let entry = entry?;
            let name = entry.file_name();
            let text = name.to_string_lossy();
            if text.starts_with('.') || !text.ends_with(".json") {
                continue;
            }
            // The folder listing says what each entry is, so only a link
            // (or a file system that does not say) costs a `stat`; links
            // are followed: a linked-in session is fine to read.
            let is_dir = match entry.file_type() {
                Ok(t) if !t.is_symlink() => t.is_dir(),
                _ => fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()),
            };
            if !is_dir {
                named.push(name);
            }
        }
        // By name: the same order as sorting whole paths of one folder,
        // without comparing them component by component.
        named.sort_unstable();
        Ok(named.into_iter().map(|n| self.root.join(n)).collect())
    }

    /// Finds the session a person means: an existing file path, a session
    /// ID (file stem, with or without `.json`), or a unique prefix of one.
    pub fn find(&self, id: &str) -> Result<PathBuf, ResolveError> {
        let wanted = id.trim();
        let unknown = || ResolveError::Unknown {
            id: wanted.to_owned(),
            dir: self.root.clone(),
        };
        if wanted.is_empty() {
            return Err(unknown());
        }
        let as_path = Path::new(wanted);
        if as_path.is_file() {
            return Ok(as_path.to_path_buf());
        }
        // Only a plain name is looked up inside the folder, so an ID can
        // never reach outside it.
        let mut parts = as_path.components();
        if !matches!(
            (parts.next(), parts.next()),
            (Some(Component::Normal(_)), None)
        ) {
            return Err(unknown());
        }
        let wanted = wanted.strip_suffix(".json").unwrap_or(wanted);
        // An exact ID is one file to look at, not the whole folder to list.
        let exact = self.root.join(format!("{wanted}.json"));
        if !wanted.starts_with('.') && fs::metadata(&exact).is_ok_and(|m| !m.is_dir()) {
            return Ok(exact);
        }
        let paths = self.session_paths().unwrap_or_default();
        if let Some(exact) = paths.iter().find(|p| id_of(p) == wanted) {
            return Ok(exact.clone());
        }
        let matches: Vec<&PathBuf> = paths
            .iter()
            .filter(|p| id_of(p).starts_with(wanted))
            .collect();
        match matches.as_slice() {
            [] => Err(unknown()),
            [one] => Ok((*one).clone()),
            many => Err(ResolveError::Ambiguous {
                id: wanted.to_owned(),
                candidates: many.iter().map(|p| id_of(p)).collect(),
            }),
        }
    }

    /// The newest session that is not closed: what `spanning resume`
    /// without an ID continues.
    pub fn latest_open(&self) -> Result<SessionSummary, ResolveError> {
        self.session_paths()
            .ok()
            .and_then(|paths| head::newest_open(&paths))
            .ok_or_else(|| ResolveError::NothingOpen {
                dir: self.root.clone(),
            })
    }
}

/// Summarises every file, spread over the machine's cores: reading a
/// folder is mostly JSON parsing, which is CPU-bound, so a team with a
/// thousand sessions waits half as long on two cores. The order of the
/// result is the order of `paths`.
fn summarise_all(paths: &[PathBuf]) -> Vec<Listed> {
    parallel::map_in_order(paths.len(), |i| {
        load(&paths[i]).map(|loaded| SessionSummary::of(&paths[i], &loaded))
    })
}

/// A session this process is writing: holds the lock until dropped, when
/// the file is written whole if it has a journal and the lock file is
/// removed.
#[derive(Debug)]
pub struct OpenSession {
    path: PathBuf,
    id: String,
    recovered: Option<Option<LockHolder>>,
    lock: SessionLock,
    disk: journal::Disk,
}

impl Drop for OpenSession {
    /// Leaving a meeting, even one not closed, leaves one complete file
    /// in its ordinary version, readable by every spanning that can.
    fn drop(&mut self) {
        if refuse_symlink(&self.path).is_ok() {
            self.disk.settle(&self.path, &self.id);
        }
    }
}

impl OpenSession {
    /// Where the session file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The session ID (file stem).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// True when a lock file was left by a spanning that stopped without
    /// closing (a crash) and was taken over; the shell tells the
    /// facilitator, since the meeting continues from the last saved event.
    pub fn recovered_stale_lock(&self) -> bool {
        self.recovered.is_some()
    }

    /// Who held the stale lock, if it was recovered and said.
    pub fn stale_holder(&self) -> Option<&LockHolder> {
        self.recovered.as_ref().and_then(Option::as_ref)
    }

    /// The lock file this session holds.
    pub fn lock_path(&self) -> &Path {
        self.lock.path()
    }

    /// Saves the session so that a crash from the moment this returns
    /// loses nothing: while it is open, by appending its new entries to
    /// the journal (one line and one data sync each); at close, and when
    /// the journal is as long as the file, by writing the file whole
    /// atomically. A crash at any moment leaves the previous or the new
    /// state on disk, never a mix.
    pub fn save(&mut self, session: &Session) -> Result<(), StoreError> {
        refuse_symlink(&self.path)?;
        self.disk
            .save(&self.path, &self.id, session)
            .map_err(|e| StoreError::Write {
                path: self.path.clone(),
                detail: e.to_string(),
            })
    }
}

impl OpenSession {
    /// Moves the session to `target` and keeps saving there: a folder
    /// (created if missing; the file keeps its name, or gets a numbered
    /// one if that is taken) or a `.json` file that does not exist yet.
    /// Never overwrites a file, and takes the new file's lock before
    /// letting go of the old one. For when the sessions folder cannot be
    /// written (a full disk, a folder deleted under the meeting).
    pub fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<(), StoreError> {
        let as_file = target.extension().is_some_and(|e| e == "json") && !target.is_dir();
        let (dir, stems): (PathBuf, Vec<String>) = if as_file {
            let stem = id_of(target);
            let dir = target.parent().map(Path::to_path_buf).unwrap_or_default();
            (dir, vec![stem])
        } else {
            let stems = std::iter::once(self.id.clone())
                .chain((2..NAME_ATTEMPTS).map(|n| format!("{}-{n}", self.id)))
                .collect();
            (target.to_path_buf(), stems)
        };
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        fs::create_dir_all(&dir).map_err(|e| StoreError::CreateDir {
            path: dir.clone(),
            detail: e.to_string(),
        })?;
        let mut last = None;
        for stem in stems {
            let path = dir.join(format!("{stem}.json"));
            if fs::symlink_metadata(&path).is_ok() {
                last = Some(io::Error::from(io::ErrorKind::AlreadyExists));
                continue;
            }
            let lock = SessionLock::acquire(&path)?;
            match write_atomically(&path, &stem, &session_bytes(&stem, session), false) {
                Ok(()) => {
                    // The old lock goes with the old place (dropped here);
                    // the old place keeps what it had, journal and all.
                    self.disk = journal::Disk::written(session, false);
                    self.lock = lock;
                    self.path = path;
                    self.id = stem;
                    return Ok(());
                }
                Err(e) => last = Some(e),
            }
        }
        let detail = last.map(|e| e.to_string()).unwrap_or_default();
        Err(StoreError::Write {
            path: target.to_path_buf(),
            detail,
        })
    }
}

/// Removes the hidden temporary files a crash in the middle of a save left
/// beside a session (`.<id>.XXXX.tmp`). Only called with the session's
/// lock held, so no other spanning can be writing one of them; the session
/// file itself was never touched by an unfinished save.
fn remove_orphaned_temps(path: &Path, id: &str) {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = format!(".{id}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_temp = name.starts_with(&prefix) && name.ends_with(".tmp");
        if is_temp && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Refuses a session path that is a symbolic link: renaming over it would
/// silently detach the link, and following it could write anywhere.
fn refuse_symlink(path: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(StoreError::Symlink {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// Writes a session file's `bytes` to a hidden temporary file beside
/// `path`, syncs it, and renames it into place (over the old file if
/// `replace`, else only if the name is free), then syncs the folder so the
/// rename itself survives a power cut.
fn write_atomically(path: &Path, id: &str, bytes: &[u8], replace: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = format!(".{id}.");
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)?;
    // Serialised whole into memory and written with one call: a session
    // file is a few hundred kilobytes, and a buffered writer would hand it
    // to the kernel in 8 KiB pieces. The kill test's pause (if set) falls
    // between the two halves, so a kill lands inside a write.
    match save_pause() {
        None => temp.as_file_mut().write_all(bytes)?,
        Some(pause) => {
            let (first, rest) = bytes.split_at(bytes.len() / 2);
            temp.as_file_mut().write_all(first)?;
            std::thread::sleep(pause);
            temp.as_file_mut().write_all(rest)?;
        }
    }
    // Keep whatever permissions the person gave the file; a new file gets
    // what the umask allows (the temporary file is private until then).
    let _ = give_mode(temp.path(), path);
    temp.as_file().sync_all()?;
    if let Some(pause) = save_pause() {
        std::thread::sleep(pause);
    }
    if replace {
        temp.persist(path).map_err(|e| e.error)?;
    } else {
        temp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    sync_dir(dir);
    Ok(())
}

/// Gives `temp`, about to be renamed to `target`, the mode `target` has,
/// or for a new file the mode the umask allows (0666 without its bits),
/// so saving or exporting never changes who can read a file.
pub fn give_mode(temp: &Path, target: &Path) -> io::Result<()> {
    if let Ok(meta) = fs::metadata(target) {
        return fs::set_permissions(temp, meta.permissions());
    }
    #[cfg(unix)]
    if let Some(umask) = umask() {
        use std::os::unix::fs::PermissionsExt;
        return fs::set_permissions(temp, fs::Permissions::from_mode(0o666 & !umask));
    }
    Ok(())
}

/// The process's umask, from /proc (Linux 4.7 and later); `None` where it
/// cannot be read, and new files then stay private (0600).
#[cfg(unix)]
fn umask() -> Option<u32> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let value = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
    u32::from_str_radix(value.trim(), 8).ok()
}

/// A test hook: with `SPANNING_TEST_SAVE_PAUSE_MS` set, every save pauses
/// that long halfway through writing its temporary file (or its journal
/// line) and again before renaming it (or syncing the line), so the kill
/// test can aim its kills at saves (tests/e2e/crash.rs). Read once; unset
/// in normal use.
fn save_pause() -> Option<std::time::Duration> {
    static PAUSE: std::sync::OnceLock<Option<std::time::Duration>> = std::sync::OnceLock::new();
    *PAUSE.get_or_init(|| {
        std::env::var("SPANNING_TEST_SAVE_PAUSE_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map(std::time::Duration::from_millis)
    })
}

/// Makes a rename durable. Some file systems refuse to sync a folder; the
/// file itself is already synced, so that is not worth failing a save for.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Folders cannot be synced on this platform; the rename is as durable as
/// the OS makes it.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Where leaving a meeting with entries unsaved puts its copy: the
/// temporary folder, under the session's ID, so the next start finds it.
pub fn temp_copy_path(id: &str) -> PathBuf {
    temp_copy_path_in(&std::env::temp_dir(), id)
}

/// [`temp_copy_path`] with the temporary folder given.
pub fn temp_copy_path_in(temp_dir: &Path, id: &str) -> PathBuf {
    temp_dir.join(format!("{id}.json"))
}

/// Every name a copy of session `id` may have in `temp_dir`: its ID, or,
/// when that was taken, the ID with a number, as [`OpenSession::save_elsewhere`]
/// names it.
fn temp_copy_candidates(temp_dir: &Path, id: &str) -> impl Iterator<Item = PathBuf> {
    std::iter::once(temp_copy_path_in(temp_dir, id))
        .chain((2..NAME_ATTEMPTS).map(move |n| temp_dir.join(format!("{id}-{n}.json"))))
}

/// A copy in the temporary folder that continues a session file: same
/// setup, the file's log a prefix of the copy's, and longer.
#[derive(Debug, Clone)]
pub struct TempCopy {
    /// Where the copy is.
    pub path: PathBuf,
    /// The copy's meeting.
    pub session: Session,
    /// How many entries it holds beyond the session file.
    pub more: usize,
}

/// Whether `copy` continues `file`: same setup, `file`'s log a strict
/// prefix of `copy`'s.
fn continues(file: &Session, copy: &Session) -> bool {
    file.setup() == copy.setup()
        && copy.log().len() > file.log().len()
        && copy.log().starts_with(file.log())
}

/// The temporary-folder copy of the session at `path` (whose content is
/// `file`), if there is one that continues it. Only reads.
pub fn continuing_copy(path: &Path, file: &Session) -> Option<TempCopy> {
    continuing_copy_in(&std::env::temp_dir(), path, file)
}

/// [`continuing_copy`] with the temporary folder given: of every copy
/// under the session's names there, the one that continues `file` furthest.
pub fn continuing_copy_in(temp_dir: &Path, path: &Path, file: &Session) -> Option<TempCopy> {
    temp_copy_candidates(temp_dir, &id_of(path))
        .filter(|p| p != path && fs::symlink_metadata(p).is_ok_and(|m| m.is_file()))
        .filter_map(|copy_path| {
            let copy = load(&copy_path).ok()?.session;
            continues(file, &copy).then(|| TempCopy {
                path: copy_path,
                more: copy.log().len() - file.log().len(),
                session: copy,
            })
        })
        .max_by_key(|c| c.more)
}

impl OpenSession {
    /// Moves a temporary-folder copy back into this session's file, which
    /// holds `file` (read under this lock): written through the journal
    /// or whole and atomically, as every save. Refuses, touching nothing,
    /// if the copy does not continue the file (the file is longer or
    /// different now). The copy is removed once it is in.
    pub fn take_back(&mut self, file: &Session, copy: &TempCopy) -> Result<(), StoreError> {
        if !continues(file, &copy.session) {
            return Err(StoreError::Write {
                path: self.path.clone(),
                detail: NOT_CONTINUED.into(),
            });
        }
        self.save(&copy.session)?;
        let _ = fs::remove_file(&copy.path);
        let _ = fs::remove_file(journal::journal_path(&copy.path));
        Ok(())
    }
}
