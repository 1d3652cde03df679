//! Saving an open meeting in constant time: the journal.
//!
//! While a meeting runs, each save appends the new entries to a hidden
//! sidecar, `.<id>.journal` beside `<id>.json`, one JSON entry a line,
//! and syncs its data (`fdatasync`), instead of rewriting the whole file.
//! The session file then says `"version": 5` ([`JOURNAL_VERSION`]): "my
//! latest entries are in the journal", so a reader knows to read both and
//! an older spanning says "written by a newer spanning" instead of
//! silently showing a meeting without its latest entries.
//!
//! Every step on disk leaves something a reader can trust:
//! - an entry's line is appended and synced before the save returns; a
//!   crash in the middle of an append leaves a last line without its
//!   newline, which readers ignore: that entry was never confirmed;
//! - the journal is only emptied or created while the session file on
//!   disk is complete without it (a version 1 or 2 file, which readers
//!   read alone), and the version 5 file that points to the journal is
//!   written after the journal is ready;
//! - at close, when the meeting is left, and when the journal grows as
//!   long as the file (compaction), the complete file is written again in
//!   its ordinary version, and only then is the journal removed or
//!   emptied.
//!
//! Readers never write: they read the file, then the journal's entries
//! that continue it (by `seq`). A journal entry that does not continue the
//! file means the writer compacted between the two reads; the reader then
//! reads both again.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::error::{LoadError, LoadErrorKind};
use super::file::{self, MAX_FILE_BYTES, SessionFile, session_bytes_as, version_for};
use super::{sync_dir, write_atomically};
use crate::meeting::{Recorded, Session, Setup, Source};

/// The file version of a session whose latest entries are in its journal.
/// Only an open meeting's file ever has it: closing or leaving the meeting
/// writes the complete file in version 1 or 2 again.
pub const JOURNAL_VERSION: u32 = 5;

/// Journal entries allowed beyond this many before the session file is
/// written whole again, whatever its length: keeps a journal short for
/// readers without costing a short meeting any rewrite.
const MIN_COMPACT_ENTRIES: usize = 4096;

/// The journal of the session file at `session_path`: hidden, beside it,
/// named after its stem like the lock.
pub fn journal_path(session_path: &Path) -> PathBuf {
    let stem = session_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    session_path.with_file_name(format!(".{stem}.journal"))
}

/// Reads a session file, and its journal when the file says it has one.
/// Only reads. A file compacted while it was being read is read again.
pub(super) fn load(path: &Path) -> Result<(SessionFile, Source), LoadError> {
    let mut attempts = 0;
    loop {
        let bytes = file::read_bounded(path)?;
        let mut source = Source {
            bytes: bytes.len(),
            longest_string: file::string_bound(&bytes),
        };
        let mut stored = file::parse(path, &bytes)?;
        if stored.version != JOURNAL_VERSION {
            return Ok((stored, source));
        }
        match extend(path, &mut stored.events, &mut source)? {
            Some(()) => return Ok((stored, source)),
            None if attempts < 3 => attempts += 1,
            None => {
                return Err(LoadError::new(
                    &journal_path(path),
                    LoadErrorKind::JournalGap {
                        after: stored.events.len() as u64,
                    },
                ));
            }
        }
    }
}

/// Appends the journal's entries that continue `events`. `None` when an
/// entry skips ahead of them (the file was compacted since it was read).
fn extend(
    path: &Path,
    events: &mut Vec<Recorded>,
    source: &mut Source,
) -> Result<Option<()>, LoadError> {
    let journal = journal_path(path);
    let Some(bytes) = read_journal(&journal)? else {
        return Ok(Some(()));
    };
    Ok(continue_with(&journal, &bytes, 0, 0, events, source)?.map(|_| ()))
}

/// Appends the entries in `bytes`, a stretch of the journal at `journal`
/// that starts at a line boundary `line_offset` lines in, that continue
/// `events` (which follow `before` entries kept elsewhere), and counts
/// them in `source`. Only whole lines are read: the
/// text after the last newline is an append cut short by a crash, or one
/// still being written, so not (yet) part of the meeting. Gives how many
/// bytes were whole lines, or `None` when an entry skips ahead of `events`
/// (the file was compacted since it was read). Shared by loading and by
/// [`super::tail`], which reads a growing journal a stretch at a time.
pub(super) fn continue_with(
    journal: &Path,
    bytes: &[u8],
    line_offset: usize,
    before: usize,
    events: &mut Vec<Recorded>,
    source: &mut Source,
) -> Result<Option<usize>, LoadError> {
    let complete = match bytes.iter().rposition(|&b| b == b'\n') {
        Some(end) => &bytes[..=end],
        None => return Ok(Some(0)),
    };
    // The journal's entries count against the same limits as the file's.
    source.bytes += complete.len();
    source.longest_string = source.longest_string.max(file::string_bound(complete));
    for (i, line) in complete.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let number = line_offset + i;
        let entry: Recorded = serde_json::from_slice(line).map_err(|e| {
            let no_offset = serde_json::from_slice(line)
                .ok()
                .and_then(|value| file::no_offset(line, &value, number, number + 1));
            LoadError::new(
                journal,
                no_offset.unwrap_or_else(|| LoadErrorKind::Invalid {
                    line: number + 1,
                    column: e.column(),
                    detail: file::without_position(&e),
                }),
            )
        })?;
        let next = (before + events.len()) as u64 + 1;
        if entry.seq < next {
            continue;
        }
        if entry.seq > next {
            return Ok(None);
        }
        events.push(entry);
    }
    Ok(Some(complete.len()))
}

/// The journal's bytes, or `None` if there is none. Refuses anything but
/// a regular file (a pipe would block the reader) and anything too large.
pub(super) fn read_journal(journal: &Path) -> Result<Option<Vec<u8>>, LoadError> {
    let fail = |e: &io::Error| LoadError::new(journal, file::io_kind(e));
    let meta = match fs::symlink_metadata(journal) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(fail(&e)),
    };
    if !meta.file_type().is_file() {
        return Err(LoadError::new(journal, LoadErrorKind::JournalNotAFile));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    // Opened non-blocking and checked again once open, so a pipe swapped in
    // between the two calls cannot block either (see `file::open_regular`).
    match file::open_regular(journal) {
        Ok(f) => f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes),
        // Removed between the two calls: the file was settled meanwhile.
        Err(file::OpenError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(file::OpenError::Io(e)) => return Err(fail(&e)),
        Err(file::OpenError::Special(_)) => {
            return Err(LoadError::new(journal, LoadErrorKind::JournalNotAFile));
        }
    }
    .map_err(|e| fail(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(
            journal,
            LoadErrorKind::TooLarge {
                bytes: bytes.len() as u64,
            },
        ));
    }
    Ok(Some(bytes))
}

/// What the writer knows is on disk for its session.
#[derive(Debug)]
pub(super) struct Disk {
    /// The setup on disk; a session with another one is written whole.
    setup: Setup,
    /// Entries on disk (in the file and the journal together).
    len: usize,
    /// The last of them, to check that a save continues what is on disk.
    last: Option<Recorded>,
    /// Entries inside the session file itself.
    in_file: usize,
    /// The file on disk is a version 5 file, pointing to its journal.
    journalled: bool,
    /// The journal, open for appending, when it holds exactly the
    /// entries after the file's; `None` sends the next save to a rewrite.
    journal: Option<Appender>,
}

/// The open journal and how long it is when whole.
#[derive(Debug)]
struct Appender {
    file: File,
    path: PathBuf,
    bytes: u64,
    entries: usize,
    /// Which file the journal is, and which file the session file was
    /// when written: an append only goes where readers will look, not
    /// into a file deleted or moved away under the meeting.
    journal_is: FileId,
    session_is: FileId,
}

/// A file's identity on its device (`None` where the platform has none
/// to offer, where only existence is checked).
type FileId = Option<(u64, u64)>;

/// The identity of the file at `path`, not following a link.
fn file_id(path: &Path) -> io::Result<FileId> {
    let meta = fs::symlink_metadata(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(Some((meta.dev(), meta.ino())))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Ok(None)
    }
}

impl Disk {
    /// A session just written whole in its ordinary version, or loaded
    /// from a file that `was_journalled`.
    pub(super) fn written(session: &Session, was_journalled: bool) -> Self {
        Self {
            setup: session.setup().clone(),
            len: session.log().len(),
            last: session.log().last().cloned(),
            in_file: session.log().len(),
            journalled: was_journalled,
            journal: None,
        }
    }

    /// Saves `session` at `path`: appends its new entries to the journal
    /// when it continues what is on disk and is still open, else writes
    /// the file whole (see the module's comment for the order of steps).
    pub(super) fn save(&mut self, path: &Path, id: &str, session: &Session) -> io::Result<()> {
        if let Some(j) = &self.journal
            && (file_id(path).ok() != Some(j.session_is)
                || file_id(&j.path).ok() != Some(j.journal_is))
        {
            // Deleted, moved or replaced under the meeting: written anew.
            self.journal = None;
        }
        let log = session.log();
        let continues = session.setup() == &self.setup
            && log.len() >= self.len
            && self.len.checked_sub(1).map(|i| &log[i]) == self.last.as_ref();
        if !continues {
            // Whatever is on disk is not this session's past; nothing
            // about it can be trusted below.
            self.journal = None;
        }
        let closed = session.state().is_closed();
        let compact = self
            .journal
            .as_ref()
            .is_some_and(|j| j.entries >= MIN_COMPACT_ENTRIES.max(self.in_file));
        if continues && log.len() == self.len {
            return Ok(());
        }
        if continues && !closed && !compact && self.journal.is_some() {
            self.append(&log[self.len..])?;
        } else {
            self.rewrite(path, id, session, closed)?;
        }
        self.len = log.len();
        self.last = log.last().cloned();
        Ok(())
    }

    /// Appends entries as lines with one write and one data sync. A failed
    /// append is cut back off, and the journal given up until a rewrite.
    fn append(&mut self, entries: &[Recorded]) -> io::Result<()> {
        let Some(journal) = self.journal.as_mut() else {
            return Err(io::Error::other("no journal"));
        };
        let mut lines = Vec::with_capacity(256 * entries.len());
        for entry in entries {
            serde_json::to_writer(&mut lines, entry).map_err(io::Error::other)?;
            lines.push(b'\n');
        }
        let written = match super::save_pause() {
            None => journal.file.write_all(&lines),
            // The kill test's hook: a torn line, then a whole line not yet
            // synced, are both on disk for a while.
            Some(pause) => {
                let (first, rest) = lines.split_at(lines.len() / 2);
                journal.file.write_all(first).and_then(|()| {
                    std::thread::sleep(pause);
                    journal.file.write_all(rest)?;
                    std::thread::sleep(pause);
                    Ok(())
                })
            }
        }
        .and_then(|()| journal.file.sync_data());
        match written {
            Ok(()) => {
                journal.bytes += lines.len() as u64;
                journal.entries += entries.len();
                Ok(())
            }
            Err(e) => {
                let _ = journal.file.set_len(journal.bytes);
                self.journal = None;
                Err(e)
            }
        }
    }

    /// Writes the file whole: first complete in its ordinary version if
    /// the file on disk points to a journal or the meeting is closed, then,
    /// for a meeting still open, a fresh empty journal and the version 5
    /// file pointing to it.
    fn rewrite(
        &mut self,
        path: &Path,
        id: &str,
        session: &Session,
        closed: bool,
    ) -> io::Result<()> {
        self.journal = None;
        let journal = journal_path(path);
        if self.journalled || closed {
            let bytes = session_bytes_as(id, session, None);
            write_atomically(path, id, &bytes, true)?;
            self.journalled = false;
            self.in_file = session.log().len();
            self.setup = session.setup().clone();
        }
        if closed {
            remove_journal(&journal);
            return Ok(());
        }
        let mut appender = fresh_journal(&journal, path)?;
        let bytes = session_bytes_as(id, session, Some(JOURNAL_VERSION));
        write_atomically(path, id, &bytes, true)?;
        appender.session_is = file_id(path)?;
        self.journalled = true;
        self.in_file = session.log().len();
        self.setup = session.setup().clone();
        self.journal = Some(appender);
        Ok(())
    }

    /// When the meeting is left: if the file points to a journal, writes
    /// it whole in its ordinary version from what is on disk, and removes
    /// the journal. Any failure leaves the journalled pair, which reads
    /// the same.
    pub(super) fn settle(&mut self, path: &Path, id: &str) {
        if !self.journalled {
            return;
        }
        self.journal = None;
        let Ok((stored, _)) = load(path) else { return };
        let version = version_for(&stored.setup, &stored.events);
        let whole = SessionFile {
            version,
            id: id.to_owned(),
            ..stored
        };
        let mut bytes = Vec::new();
        if serde_json::to_writer_pretty(&mut bytes, &whole).is_err() {
            return;
        }
        bytes.push(b'\n');
        if write_atomically(path, id, &bytes, true).is_ok() {
            self.journalled = false;
            remove_journal(&journal_path(path));
        }
    }
}

/// An empty journal, created anew so that nothing else (a link, a file
/// left by a crash) is ever appended to. Only called while the session
/// file on disk does not point to a journal.
/// It is as private as the session file: readable by whom the file is.
fn fresh_journal(journal: &Path, session_path: &Path) -> io::Result<Appender> {
    remove_journal(journal);
    let mut options = OpenOptions::new();
    options.append(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(journal)?;
    if let Ok(meta) = fs::metadata(session_path) {
        let _ = file.set_permissions(meta.permissions());
    }
    Ok(Appender {
        file,
        path: journal.to_path_buf(),
        bytes: 0,
        entries: 0,
        journal_is: file_id(journal)?,
        session_is: None,
    })
}

/// Removes a journal nobody needs any more (the file on disk is complete
/// without it); one that cannot be removed is harmless, since only a
/// version 5 file is ever read with its journal.
fn remove_journal(journal: &Path) {
    if fs::remove_file(journal).is_ok()
        && let Some(dir) = journal.parent()
    {
        sync_dir(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        });
    }
}
