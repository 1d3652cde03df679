//! English words for the sessions folder.

use crate::text::io::IoWords;
use std::path::Path;

use super::English;
use crate::meeting::SessionLoadProblem;
use crate::store::{
    Abandoned, LoadError, LoadErrorKind, LockFound, LockHolder, MAX_FILE_BYTES, ResolveError,
    SessionStatus, SpecialFile, StoreError,
};
use crate::text::{EngineWords, StoreWords};

/// Says the file was left alone, so people dare to inspect or restore it.
const UNCHANGED: &str = "spanning has not changed it";

impl StoreWords for English {
    fn load_error(&self, error: &LoadError) -> String {
        let file = error.path.display();
        match &error.kind {
            LoadErrorKind::NotFound => format!(
                "Cannot open {file}: there is no such file. Check the name, or run `spanning list` to see the sessions."
            ),
            LoadErrorKind::PermissionDenied => format!(
                "Cannot read {file}: permission denied. Check the file's permissions or ask whoever owns it."
            ),
            LoadErrorKind::Unreadable { detail } => {
                let detail = self.os_detail(detail);
                format!("Cannot read {file}: {detail}.")
            }
            LoadErrorKind::NotAFile { kind } => format!(
                "{file} is {}, not a session file: spanning reads only regular files, so it was not opened. Remove it from the sessions folder, or rename it so its name does not end in .json.",
                match kind {
                    SpecialFile::Fifo => "a named pipe (FIFO)",
                    SpecialFile::Device => "a device (such as a terminal)",
                    SpecialFile::Socket => "a socket",
                    SpecialFile::Directory => "a folder",
                    SpecialFile::Other => "not a regular file",
                }
            ),
            LoadErrorKind::TooLarge { bytes } => format!(
                "{file} is too large to be a session ({} MiB; spanning reads up to {} MiB). Check that it is the right file.",
                bytes.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadErrorKind::Empty => format!(
                "{file} is empty, so it holds no session. Restore it from a backup or delete it."
            ),
            LoadErrorKind::Truncated { line, column } => format!(
                "{file} ends too early (at line {line}, column {column}): the file was cut off, perhaps by a copy that did not finish. Restore it from a backup; {UNCHANGED}."
            ),
            LoadErrorKind::NotJson {
                line,
                column,
                detail,
            } => format!(
                "{file} is not a spanning session: it is not valid JSON ({detail} at line {line}, column {column}). Move it out of the sessions folder."
            ),
            LoadErrorKind::Foreign => format!(
                "{file} is JSON but not a spanning session (it lacks \"format\": \"spanning-session\"). Move it out of the sessions folder."
            ),
            LoadErrorKind::NewerVersion { found } => format!(
                "{file} was written by a newer spanning (file format version {found}; this spanning reads up to version {}). Upgrade spanning to open it.",
                crate::store::FORMAT_VERSION
            ),
            LoadErrorKind::BadVersion { found } => {
                let found = if found.is_empty() {
                    "none".to_owned()
                } else {
                    found.clone()
                };
                format!(
                    "{file} has an invalid file format version ({found}); versions start at 1. The file is damaged; restore it from a backup ({UNCHANGED})."
                )
            }
            LoadErrorKind::Invalid {
                line,
                column,
                detail,
            } => format!(
                "{file} is a damaged session file: {detail} (line {line}, column {column}). Fix that spot by hand or restore a backup; {UNCHANGED}."
            ),
            LoadErrorKind::NoOffset {
                line,
                field,
                entry,
                time,
            } => {
                let place = match entry {
                    Some(seq) => format!("\"{field}\" of event {seq}"),
                    None => format!("\"{field}\""),
                };
                format!(
                    "{file} has a time without its UTC offset: {place} on line {line} is {time}, so which moment it means is unknown. Add the offset by hand, e.g. write it as {time}+01:00 (or {time}Z for UTC); {UNCHANGED}."
                )
            }
            LoadErrorKind::JournalGap { after } => format!(
                "{file} is the journal of a running meeting, but its entries do not follow on from the session file (they jump ahead after entry {after}): it belongs to another copy of the session. Move it out of the sessions folder to open the session as it was last written in full; {UNCHANGED}."
            ),
            LoadErrorKind::JournalNotAFile => format!(
                "{file} should be the journal of a running meeting but is not a regular file (a folder, a pipe or a device). Move it away; {UNCHANGED}."
            ),
            LoadErrorKind::Inconsistent(SessionLoadProblem::Setup(problem)) => format!(
                "{file} records a meeting that could never have started: {} Fix the setup by hand or restore a backup; {UNCHANGED}.",
                self.setup_problem(problem)
            ),
            LoadErrorKind::Inconsistent(SessionLoadProblem::Log(problem)) => format!(
                "{file} has a broken event log: {}. Fix the log by hand or restore a backup; {UNCHANGED}.",
                self.log_problem(problem)
            ),
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::Locked { path, holder } => {
                let who = match holder {
                    Some(h) => {
                        let since = h
                            .since
                            .map(|t| format!(", since {}", t.format("%H:%M")))
                            .unwrap_or_default();
                        format!("another spanning (pid {} on {}{since})", h.pid, h.host)
                    }
                    None => "another spanning".to_owned(),
                };
                let id = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!(
                    "{}: {who} has this session open and is the only one who may write it. Close it there, or follow it read-only: spanning replay {id}, spanning show {id} or the browser, spanning review.",
                    path.display()
                )
            }
            StoreError::StrangeLock { path, found } => {
                let what = match found {
                    LockFound::Directory => "a folder",
                    LockFound::Symlink => "a symbolic link",
                    LockFound::Special => "a special file (not a plain file)",
                };
                format!(
                    "{} should be this session's lock file, but it is {what}; spanning never makes one, so someone or something else did. Remove it (no spanning has the session open while it is there) and try again.",
                    path.display()
                )
            }
            StoreError::Symlink { path } => format!(
                "{} is a symbolic link; spanning does not write through links, so it cannot overwrite a file elsewhere. Copy the real file into the sessions folder and use that.",
                path.display()
            ),
            StoreError::CreateDir { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Cannot create the sessions folder {}: {detail}. Choose another folder with --sessions-dir.",
                    path.display()
                )
            }
            StoreError::Write { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Cannot save {}: {detail}. The last saved version is intact; free some space or fix the permissions and try again.",
                    path.display()
                )
            }
            StoreError::Lock { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Cannot lock {}: {detail}. Check that the sessions folder is writable.",
                    path.display()
                )
            }
            StoreError::NoFreeName { dir } => format!(
                "Cannot find a free file name in {}; too many sessions share this minute and circle. Try again in a minute.",
                dir.display()
            ),
            StoreError::Load(e) => self.load_error(e),
        }
    }

    fn resolve_error(&self, error: &ResolveError) -> String {
        match error {
            ResolveError::Unknown { id, dir } => format!(
                "No session \"{id}\" in {}. Run `spanning list` to see the sessions.",
                dir.display()
            ),
            ResolveError::Ambiguous { id, candidates } => format!(
                "\"{id}\" matches {} sessions: {}. Type more of the ID.",
                candidates.len(),
                candidates.join(", ")
            ),
            ResolveError::NothingOpen { dir } => format!(
                "There is no open session in {} to resume. Start one with `spanning new`, or run `spanning list`.",
                dir.display()
            ),
        }
    }

    fn recovered_stale_lock(&self, path: &Path, holder: Option<&LockHolder>) -> String {
        let who = match holder {
            Some(h) => format!(" (pid {} on {})", h.pid, h.host),
            None => String::new(),
        };
        format!(
            "{} was not closed properly last time{who}; nothing saved was lost, and the meeting continues from the last recorded event.",
            path.display()
        )
    }

    fn take_over_question(&self, path: &Path, holder: &LockHolder, why: Abandoned) -> String {
        let since = holder
            .since
            .map(|t| format!(", since {}", t.format("%H:%M")))
            .unwrap_or_default();
        let (state, action) = match why {
            Abandoned::Gone => (
                "has stopped, yet its lock is still there",
                "Remove its lock",
            ),
            Abandoned::NoTerminal => (
                "lost its terminal (the window was closed or the connection dropped), so nobody can use it any more",
                "Stop it (everything it confirmed is saved)",
            ),
        };
        format!(
            "{}: the spanning that has this session open (pid {} on {}{since}) {state}. {action} and continue the meeting here? [y/N] ",
            path.display(),
            holder.pid,
            holder.host
        )
    }

    fn take_over_agreed(&self, answer: &str) -> bool {
        matches!(answer.trim().to_lowercase().as_str(), "y" | "yes")
    }

    fn temp_copy_question(&self, copy: &Path, session: &Path, more: usize) -> String {
        let entries = if more == 1 { "entry" } else { "entries" };
        format!(
            "{}: a copy of this session with {more} more {entries} is in the temporary folder at {} (left there when the session could not be saved). Move it back into the sessions folder? [y/N] ",
            session.display(),
            copy.display()
        )
    }

    fn temp_copy_moved(&self, session: &Path) -> String {
        format!("Moved the copy back: {}", session.display())
    }

    fn temp_copy_left(&self, copy: &Path) -> String {
        format!(
            "A longer copy of this session stays in the temporary folder at {}; the next `spanning` or `spanning resume` offers to move it back",
            copy.display()
        )
    }

    fn temp_copy_refused(&self, copy: &Path, session: &Path) -> String {
        format!(
            "Not moved back: {} is longer than the copy or different from it now, and is never overwritten. The copy stays at {}",
            session.display(),
            copy.display()
        )
    }

    fn session_status(&self, status: SessionStatus) -> &'static str {
        match status {
            SessionStatus::Open => "open",
            SessionStatus::Closed => "closed",
        }
    }
}
