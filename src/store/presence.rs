//! Who follows a meeting: each follower process (`spanning follow`, or
//! `spanning serve` for its browsers) keeps one small file saying how many
//! people it stands for, so the facilitator's screen can say how many
//! follow. The files live outside the sessions folder, which a follower
//! never writes: under `$XDG_RUNTIME_DIR` (or the temporary folder),
//! `spanning-followers/<hash of the sessions folder>/<session id>/<pid>`.
//! A follower rewrites its file every [`REFRESH`] and removes it when it
//! ends; a file not rewritten for [`STALE_AFTER`] (its follower was killed)
//! no longer counts. Only followers on this machine, as this user, can be
//! counted.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

/// How often a follower rewrites its presence file.
pub const REFRESH: Duration = Duration::from_secs(3);

/// How old a presence file may be and still count.
pub const STALE_AFTER: Duration = Duration::from_secs(10);

/// The name of the folder holding every presence file.
const FOLDER: &str = "spanning-followers";

/// Why a follower could not make itself counted. Following goes on
/// without it; the facilitator only sees one follower fewer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot write {}: {detail}", path.display())]
pub struct PresenceError {
    /// The file or folder that could not be written.
    pub path: PathBuf,
    /// The operating system's description.
    pub detail: String,
}

/// Where presence files are kept: `$XDG_RUNTIME_DIR/spanning-followers`,
/// else the temporary folder's.
pub fn root() -> PathBuf {
    root_from(std::env::var_os("XDG_RUNTIME_DIR"))
}

/// [`root`] with the runtime folder given (an empty one counts as unset).
pub fn root_from(runtime: Option<std::ffi::OsString>) -> PathBuf {
    runtime
        .filter(|r| !r.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
        .join(FOLDER)
}

/// The folder of one session's presence files under `root`: the sessions
/// folder is named by a hash of its canonical path, so the same folder
/// reached by two paths is one, and no path text lands in a file name.
pub fn session_folder(root: &Path, sessions_dir: &Path, id: &str) -> PathBuf {
    let sessions_dir = if sessions_dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        sessions_dir
    };
    let canonical = fs::canonicalize(sessions_dir).unwrap_or_else(|_| sessions_dir.to_path_buf());
    let key = fnv1a(canonical.to_string_lossy().as_bytes());
    // An ID is a file stem; anything that could climb out is flattened.
    let id: String = id
        .chars()
        .map(|c| if c == '/' || c == '\\' { '_' } else { c })
        .collect();
    let id = if id.starts_with('.') || id.is_empty() {
        format!("_{id}")
    } else {
        id
    };
    root.join(format!("{key:016x}")).join(id)
}

/// A stable 64-bit hash (FNV-1a): the same in every spanning build, unlike
/// the standard library's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// How many people follow session `id` of `sessions_dir` now: the sum of
/// every fresh presence file. Only reads.
pub fn count(sessions_dir: &Path, id: &str) -> usize {
    count_in(&root(), sessions_dir, id, SystemTime::now())
}

/// [`count`] under `root`, at time `now`.
pub fn count_in(root: &Path, sessions_dir: &Path, id: &str, now: SystemTime) -> usize {
    let folder = session_folder(root, sessions_dir, id);
    let Ok(entries) = fs::read_dir(&folder) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| read_fresh(&e.path(), now))
        .fold(0usize, usize::saturating_add)
}

/// The count in one presence file, if it is a fresh regular file that
/// says one.
fn read_fresh(path: &Path, now: SystemTime) -> Option<usize> {
    let handle = super::file::open_regular(path).ok()?;
    let modified = handle.metadata().ok()?.modified().ok()?;
    // A time ahead of now (clock skew) counts as fresh.
    if now
        .duration_since(modified)
        .is_ok_and(|age| age > STALE_AFTER)
    {
        return None;
    }
    let mut text = String::new();
    handle.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse::<usize>().ok().filter(|&n| n <= 100_000)
}

/// This process's presence, kept fresh by a thread until dropped, when
/// its file is removed.
#[derive(Debug)]
pub struct Presence {
    shared: Arc<Shared>,
    file: PathBuf,
}

/// What the refreshing thread and the owner share.
#[derive(Debug)]
struct Shared {
    count: AtomicUsize,
    stop: AtomicBool,
    wake: (Mutex<()>, Condvar),
}

impl Presence {
    /// Says that this process stands for `followers` people following
    /// session `id` of `sessions_dir`.
    pub fn announce(
        sessions_dir: &Path,
        id: &str,
        followers: usize,
    ) -> Result<Self, PresenceError> {
        Self::announce_in(&root(), sessions_dir, id, followers)
    }

    /// [`Presence::announce`] under `root`.
    pub fn announce_in(
        root: &Path,
        sessions_dir: &Path,
        id: &str,
        followers: usize,
    ) -> Result<Self, PresenceError> {
        let folder = session_folder(root, sessions_dir, id);
        create_private(&folder).map_err(|e| PresenceError {
            path: folder.clone(),
            detail: e.to_string(),
        })?;
        let file = folder.join(std::process::id().to_string());
        write_count(&file, followers).map_err(|e| PresenceError {
            path: file.clone(),
            detail: e.to_string(),
        })?;
        remove_stale(&folder);
        let shared = Arc::new(Shared {
            count: AtomicUsize::new(followers),
            stop: AtomicBool::new(false),
            wake: (Mutex::new(()), Condvar::new()),
        });
        let thread_shared = shared.clone();
        let thread_file = file.clone();
        // Without the thread the file goes stale after a while; following
        // goes on regardless.
        let _ = std::thread::Builder::new()
            .name("spanning-presence".into())
            .spawn(move || refresh_loop(&thread_shared, &thread_file));
        Ok(Self { shared, file })
    }

    /// Changes how many people this process stands for (a browser came or
    /// went); written at once.
    pub fn set(&self, followers: usize) {
        if self.shared.count.swap(followers, Ordering::Relaxed) != followers {
            self.shared.wake.1.notify_all();
        }
    }

    /// The presence file.
    pub fn path(&self) -> &Path {
        &self.file
    }
}

impl Drop for Presence {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        self.shared.wake.1.notify_all();
        let _ = fs::remove_file(&self.file);
    }
}

/// Rewrites the file every [`REFRESH`], or at once when the count changes.
fn refresh_loop(shared: &Shared, file: &Path) {
    let Ok(mut guard) = shared.wake.0.lock() else {
        return;
    };
    loop {
        let Ok((next, _)) = shared.wake.1.wait_timeout(guard, REFRESH) else {
            return;
        };
        guard = next;
        if shared.stop.load(Ordering::Relaxed) {
            return;
        }
        let _ = write_count(file, shared.count.load(Ordering::Relaxed));
        // Dropped meanwhile: leave nothing behind.
        if shared.stop.load(Ordering::Relaxed) {
            let _ = fs::remove_file(file);
            return;
        }
    }
}

/// Writes the count whole (a temporary file renamed over the old one), so
/// a reader never sees half of it.
fn write_count(file: &Path, followers: usize) -> io::Result<()> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = file.with_file_name(format!(".{name}.tmp"));
    fs::write(&temp, format!("{followers}\n"))?;
    fs::rename(&temp, file)
}

/// Creates the folder (and its parents) readable by this user only where
/// it is new, since the temporary folder is shared.
fn create_private(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder)
}

/// Removes presence files of followers killed long ago, so the folder does
/// not fill up over the months.
fn remove_stale(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .ok()
            .filter(fs::Metadata::is_file)
            .and_then(|m| m.modified().ok())
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER * 6);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}
