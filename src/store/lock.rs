//! One writer per session. The OS file lock does the protecting (and is
//! released by the OS when a process dies); the lock file's text only says
//! who holds it, for messages.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use super::error::{LockFound, LockHolder, StoreError};

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
                Ok(meta) if !meta.file_type().is_file() => {
                    let found = if meta.file_type().is_symlink() {
                        LockFound::Symlink
                    } else if meta.is_dir() {
                        LockFound::Directory
                    } else {
                        LockFound::Special
                    };
                    return Err(StoreError::StrangeLock { path, found });
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
            if let Err(e) = write_holder(&mut file) {
                // A full disk cannot take even the holder's line. Leaving
                // the empty file would make the next start report a crash;
                // remove it (still holding the lock) and say why.
                let _ = fs::remove_file(&path);
                let _ = file.unlock();
                return Err(lock_err(e));
            }
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

/// Why the spanning named in a lock file can no longer use the session,
/// so `resume` may offer to take the lock over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abandoned {
    /// No process with that id runs on this machine (or only its remains).
    Gone,
    /// It still runs, but its terminal is gone (window closed, connection
    /// dropped): nobody can type into it or see it any more.
    NoTerminal,
}

/// Whether the holder of a lock is gone or has lost its terminal. Only a
/// holder on this machine can be judged, and only where the system shows
/// its processes under `/proc`; anything else, a holder still at its
/// terminal included, gives `None`: its lock is never taken.
pub fn abandoned(holder: &LockHolder) -> Option<Abandoned> {
    abandoned_in(Path::new("/proc"), holder, &host_name(), std::process::id())
}

/// [`abandoned`] with the process table, this machine's name and our own
/// process id passed in, so the rule can be tested on a made-up table.
fn abandoned_in(proc: &Path, holder: &LockHolder, host: &str, own: u32) -> Option<Abandoned> {
    if holder.host != host || holder.pid == own || holder.pid == 0 {
        return None;
    }
    // Without a process table (not Linux) nothing can be judged.
    if !proc.join(own.to_string()).join("stat").exists() {
        return None;
    }
    let dir = proc.join(holder.pid.to_string());
    let stat = match fs::read_to_string(dir.join("stat")) {
        Ok(stat) => stat,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Some(Abandoned::Gone),
        Err(_) => return None,
    };
    // "pid (name) state ppid pgrp session tty_nr …"; the name may hold
    // spaces and parentheses, so fields are counted after the last ')'.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let (state, tty) = (*fields.first()?, *fields.get(4)?);
    if matches!(state, "Z" | "X" | "x") {
        return Some(Abandoned::Gone);
    }
    // A hung-up terminal is taken from its processes: no controlling
    // terminal any more. Its device may also have disappeared while the
    // process still holds it open.
    let terminal_deleted = fs::read_link(dir.join("fd").join("0")).is_ok_and(|t| {
        t.to_string_lossy().starts_with("/dev/") && t.to_string_lossy().ends_with(" (deleted)")
    });
    (tty == "0" || terminal_deleted).then_some(Abandoned::NoTerminal)
}

/// Makes an abandoned holder of `session_path`'s lock let go, after the
/// person agreed: a spanning without a terminal is asked to stop (SIGTERM;
/// it saves and gives the lock back) and stopped if it does not within a
/// second (SIGKILL; every confirmed entry is already saved); a lock file
/// naming a holder that is gone is removed. The holder is judged again
/// first, so a holder that got its terminal back keeps its lock. The lock
/// is then free for `open_for_writing`, which reports it as left behind.
pub fn take_over(session_path: &Path, holder: &LockHolder) -> io::Result<()> {
    let refused = || io::Error::other(format!("spanning (pid {}) is still in use", holder.pid));
    match abandoned(holder).ok_or_else(refused)? {
        Abandoned::NoTerminal => {
            // It may have let go by itself meanwhile; then its process id
            // may already belong to someone else, who must not be signalled.
            if lock_is_free(session_path) {
                return Ok(());
            }
            for (signal, wait) in [
                ("TERM", Duration::from_secs(1)),
                ("KILL", Duration::from_secs(3)),
            ] {
                send_signal(holder.pid, signal)?;
                let deadline = Instant::now() + wait;
                while Instant::now() < deadline {
                    if abandoned(holder) == Some(Abandoned::Gone) {
                        return Ok(());
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
            Err(io::Error::other(format!(
                "spanning (pid {}) did not stop",
                holder.pid
            )))
        }
        Abandoned::Gone => {
            let path = lock_path(session_path);
            // Only the lock file that still names this holder goes.
            let names = fs::read_to_string(&path)
                .ok()
                .and_then(|t| parse_holder(&t))
                .is_some_and(|h| h.pid == holder.pid && h.host == holder.host);
            if names {
                fs::remove_file(&path)?;
            }
            Ok(())
        }
    }
}

/// Whether nobody holds the lock of `session_path` right now.
pub(super) fn lock_is_free(session_path: &Path) -> bool {
    // Never blocks: a named pipe or a device in the lock's place is
    // not a lock anybody holds, and is refused when locking.
    let file = match super::file::open_regular(&lock_path(session_path)) {
        Ok(file) => file,
        Err(super::file::OpenError::Special(_)) => return false,
        Err(super::file::OpenError::Io(_)) => return true,
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = file.unlock();
            true
        }
        Err(_) => false,
    }
}

/// Sends `signal` (a name such as `TERM`) to process `pid` through the
/// shell's `kill`, which every Unix has.
fn send_signal(pid: u32, signal: &str) -> io::Result<()> {
    let status = std::process::Command::new("sh")
        .args([
            "-c",
            "kill -s \"$1\" \"$2\" 2>/dev/null",
            "sh",
            signal,
            &pid.to_string(),
        ])
        .stdin(std::process::Stdio::null())
        .status()?;
    // Already gone is what was wanted.
    if status.success() || abandoned_pid_gone(pid) {
        Ok(())
    } else {
        Err(io::Error::other(format!("could not signal pid {pid}")))
    }
}

/// Whether no process `pid` runs any more (or only its remains).
fn abandoned_pid_gone(pid: u32) -> bool {
    match fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")) {
        Ok(stat) => stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| matches!(state, "Z" | "X" | "x")),
        Err(e) => e.kind() == io::ErrorKind::NotFound,
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

#[cfg(test)]
mod tests {
    use super::{Abandoned, LockHolder, abandoned_in};
    use std::fs;
    use std::path::Path;

    /// A made-up `/proc` with our own process (1) and the given others.
    fn table(processes: &[(u32, &str)]) -> tempfile::TempDir {
        let proc = tempfile::tempdir().expect("temp dir");
        for (pid, stat) in [(1, "1 (spanning) S 0 1 1 34816 1")]
            .iter()
            .chain(processes)
        {
            let dir = proc.path().join(pid.to_string());
            fs::create_dir_all(dir.join("fd")).expect("process folder");
            fs::write(dir.join("stat"), stat).expect("stat");
        }
        proc
    }

    fn holder(pid: u32, host: &str) -> LockHolder {
        LockHolder {
            pid,
            host: host.to_owned(),
            since: None,
        }
    }

    fn judge(proc: &Path, who: &LockHolder) -> Option<Abandoned> {
        abandoned_in(proc, who, "here", 1)
    }

    #[test]
    fn a_holder_at_its_terminal_keeps_its_lock() {
        let proc = table(&[(7, "7 (span ning) x) S 1 7 7 34817 7 0")]);
        assert_eq!(judge(proc.path(), &holder(7, "here")), None);
    }

    #[test]
    fn a_holder_without_a_terminal_or_gone_may_be_taken_over() {
        let proc = table(&[
            (7, "7 (spanning) R 1 7 7 0 -1"),
            (8, "8 (spanning) Z 1 8 8 0 -1"),
        ]);
        assert_eq!(
            judge(proc.path(), &holder(7, "here")),
            Some(Abandoned::NoTerminal)
        );
        assert_eq!(
            judge(proc.path(), &holder(8, "here")),
            Some(Abandoned::Gone)
        );
        assert_eq!(
            judge(proc.path(), &holder(9, "here")),
            Some(Abandoned::Gone)
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_holder_whose_terminal_device_disappeared_has_no_terminal() {
        let proc = table(&[(7, "7 (spanning) S 1 7 7 34817 7 0")]);
        std::os::unix::fs::symlink("/dev/pts/3 (deleted)", proc.path().join("7/fd/0"))
            .expect("link");
        assert_eq!(
            judge(proc.path(), &holder(7, "here")),
            Some(Abandoned::NoTerminal)
        );
    }

    #[test]
    fn another_machine_ourselves_or_no_process_table_are_never_judged() {
        let proc = table(&[(7, "7 (spanning) R 1 7 7 0 -1")]);
        assert_eq!(judge(proc.path(), &holder(7, "elsewhere")), None);
        assert_eq!(judge(proc.path(), &holder(1, "here")), None);
        let empty = tempfile::tempdir().expect("temp dir");
        assert_eq!(judge(empty.path(), &holder(7, "here")), None);
    }
}
