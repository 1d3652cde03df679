//! One writer per session. The OS file lock does the protecting (and is
//! released by the OS when a process dies); the lock file's text only says
//! who holds it, for messages.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use super::error::{LockHolder, StoreError};

/// How often to retry when the lock file is replaced while locking it.
const ATTEMPTS: usize = 5;

/// The lock file of a session: `.<stem>.lock` beside it, hidden so lists
/// and file managers skip it.
pub fn lock_path(session_path: &Path) -> PathBuf {
    let stem = session_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    session_path.with_file_name(format!(".{stem}.lock"))
}

/// A held lock; dropping it deletes the lock file and releases the lock.
#[derive(Debug)]
pub(crate) struct SessionLock {
    path: PathBuf,
    file: File,
    stale: Option<Option<LockHolder>>,
}

impl SessionLock {
    /// Takes the lock of `session_path`, or says who has it.
    pub(crate) fn acquire(session_path: &Path) -> Result<Self, StoreError> {
        let path = lock_path(session_path);
        let lock_err = |e: io::Error| StoreError::Lock {
            path: path.clone(),
            detail: e.to_string(),
        };
        for _ in 0..ATTEMPTS {
            let existed = match fs::symlink_metadata(&path) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    return Err(StoreError::Symlink { path });
                }
                Ok(_) => true,
                Err(e) if e.kind() == io::ErrorKind::NotFound => false,
                Err(e) => return Err(lock_err(e)),
            };
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(lock_err)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked {
                        path: session_path.to_path_buf(),
                        holder: read_holder(&mut file),
                    });
                }
                Err(TryLockError::Error(e)) => return Err(lock_err(e)),
            }
            // A holder that was just closing deletes the lock file; locking
            // that orphaned file would protect nothing, so try again.
            if !still_named(&file, &path) {
                continue;
            }
            let stale = existed.then(|| read_holder(&mut file));
            write_holder(&mut file).map_err(lock_err)?;
            return Ok(Self { path, file, stale });
        }
        Err(lock_err(io::Error::other("the lock file kept changing")))
    }

    /// The lock file.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Whether a lock file was left behind by a spanning that stopped
    /// without closing (a crash), and who that was if it said.
    pub(crate) fn stale(&self) -> Option<&Option<LockHolder>> {
        self.stale.as_ref()
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Remove the name while still holding the lock, so nobody can lock
        // the file between the unlock and the removal.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// Whether `path` still names the open `file`.
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Whether `path` still names the open `file` (best effort where the OS
/// gives no file identity).
#[cfg(not(unix))]
fn still_named(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// Reads "pid host started-at" from a lock file; `None` if it says
/// nothing usable.
fn read_holder(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.take(1024).read_to_string(&mut text).ok()?;
    parse_holder(&text)
}

/// Parses the lock file's text.
pub(crate) fn parse_holder(text: &str) -> Option<LockHolder> {
    let mut parts = text.split_whitespace();
    let pid = parts.next()?.parse().ok()?;
    let host = parts.next()?.to_owned();
    let since = parts
        .next()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok());
    Some(LockHolder { pid, host, since })
}

/// Writes who we are into the lock file we hold.
fn write_holder(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    let now = Local::now().fixed_offset().to_rfc3339();
    writeln!(file, "{} {} {now}", std::process::id(), host_name())?;
    file.sync_all()
}

/// This machine's name, without a dependency: the kernel's, the usual
/// files, or the environment.
fn host_name() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .iter()
                .filter_map(|v| std::env::var(v).ok()),
        )
        .map(|h| h.split_whitespace().next().unwrap_or_default().to_owned())
        .find(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown-host".to_owned())
}
