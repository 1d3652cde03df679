//! The session file format and reading it. A session file is the setup
//! plus the complete event log, so the folded state is never stored and can
//! never disagree with the record.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::error::Category;

use super::error::{LoadError, LoadErrorKind, SpecialFile};
use super::fast;
use crate::meeting::{Recorded, Session, Setup, Source};

/// The `format` marker every session file carries, so spanning can tell
/// its own files from any other JSON in the folder.
pub const FORMAT_MARKER: &str = "spanning-session";

/// The newest file format version this spanning reads and writes.
/// Version 2 added tactical meetings, the consent rule set, elections,
/// roles on outputs and late arrivals joining a running round; a session that uses none of them is still written as
/// version 1 (see [`version_needed`]), so older spannings keep reading it,
/// and one that does says "written by a newer spanning" to an older
/// spanning instead of failing on an unknown entry. Version 3 added the
/// correction of a stated proposal; likewise only a session with one is
/// written as version 3.
///
/// Version 4 added the tactical action review's answers
/// (`action_reviewed`).
///
/// Version 5 marks an open meeting whose latest entries are in its journal
/// (see [`super::journal`]); it is the newest, so it covers whatever the
/// meeting holds. Only a running or crashed meeting's file has
/// it, and [`write_session`] never writes it.
///
/// Version 6 added proposal parts (`part_added`, `part_changed`,
/// `part_removed`: typed changes to the governance record); only a
/// session with one is written as version 6.
///
/// Version 7 (6 is the governance record's) added the circle's memory on
/// the agenda and in the tactical meeting: the items offered to the
/// agenda in the setup (`offered`), taking or letting one go
/// (`offer_taken`, `offer_let_go`) and the action review's own phase
/// (`phase_entered` with `actions`).
pub const FORMAT_VERSION: u32 = 7;

/// The oldest format version that can hold `session`: 2 as soon as it uses
/// anything version 1 did not have, else 1. Tactical and consent entries
/// only ever occur in a session whose setup says so, and election entries
/// only after an election was put on the agenda, so the setup, the items'
/// kinds and the outputs' roles decide it. A later feature that a version-2
/// reader cannot read raises [`FORMAT_VERSION`] and adds its test here.
pub fn version_needed(session: &Session) -> u32 {
    version_for(session.setup(), session.log())
}

/// [`version_needed`] for a setup and log not (yet) folded into a session.
pub fn version_for(setup: &Setup, log: &[Recorded]) -> u32 {
    use crate::meeting::{Event, ItemKind, MeetingFormat, RuleSet};
    let new_setup = setup.format != MeetingFormat::Governance
        || setup.rules != RuleSet::Integrative
        || !setup.tactical_lists.is_empty();
    let new_entry = || {
        log.iter().any(|r| match &r.event {
            Event::ItemAdded { kind, .. } => *kind != ItemKind::Tension,
            Event::OutputRecorded { role, .. } => role.is_some(),
            Event::ParticipantJoined { round_order, .. } => round_order.is_some(),
            _ => false,
        })
    };
    let corrected = || {
        log.iter()
            .any(|r| matches!(r.event, Event::ProposalCorrected { .. }))
    };
    let reviewed = || {
        log.iter()
            .any(|r| matches!(r.event, Event::ActionReviewed { .. }))
    };
    let memory = || {
        !setup.offered.is_empty()
            || setup
                .tactical_lists
                .progress
                .iter()
                .any(|d| d.waiting_on.is_some())
            || log.iter().any(|r| {
                matches!(
                    r.event,
                    Event::OfferTaken { .. }
                        | Event::OfferLetGo { .. }
                        | Event::ProjectStatusSet { .. }
                        | Event::PhaseEntered {
                            phase: crate::meeting::PhaseKind::Actions,
                            ..
                        }
                )
            })
    };
    let parts = || {
        log.iter().any(|r| {
            matches!(
                r.event,
                Event::PartAdded { .. } | Event::PartChanged { .. } | Event::PartRemoved { .. }
            )
        })
    };
    if memory() {
        7
    } else if parts() {
        6
    } else if reviewed() {
        4
    } else if corrected() {
        3
    } else if new_setup || new_entry() {
        2
    } else {
        1
    }
}

/// Largest file spanning will read (64 MiB): far beyond any real meeting,
/// small enough that a wrong file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A session file as stored: marker, version, ID, setup and log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFile {
    /// Always [`FORMAT_MARKER`].
    pub format: String,
    /// The file format version, [`FORMAT_VERSION`] when written.
    pub version: u32,
    /// The file stem, repeated inside so a copied or mailed file still
    /// says which session it is.
    pub id: String,
    /// The meeting's immutable head.
    pub setup: Setup,
    /// Every recorded event, in order.
    pub events: Vec<Recorded>,
}

/// The same shape, borrowed, so saving does not clone the log each time.
#[derive(Serialize)]
struct SessionFileRef<'a> {
    format: &'a str,
    version: u32,
    id: &'a str,
    setup: &'a Setup,
    events: &'a [Recorded],
}

/// Writes `session` as a pretty-printed session file with a trailing
/// newline, the form people can read and `jq` can process.
pub fn write_session(out: &mut impl Write, id: &str, session: &Session) -> io::Result<()> {
    write_as(out, id, session, None)
}

/// [`write_session`] in `version`, or the oldest that holds the session.
fn write_as(
    out: &mut impl Write,
    id: &str,
    session: &Session,
    version: Option<u32>,
) -> io::Result<()> {
    let file = SessionFileRef {
        format: FORMAT_MARKER,
        version: version.unwrap_or_else(|| version_needed(session)),
        id,
        setup: session.setup(),
        events: session.log(),
    };
    serde_json::to_writer_pretty(&mut *out, &file).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// The bytes [`write_session`] produces, for tests and for comparing a
/// session with what is on disk.
pub fn session_bytes(id: &str, session: &Session) -> Vec<u8> {
    session_bytes_as(id, session, None)
}

/// [`session_bytes`] in `version`, or the oldest that holds the session.
pub(super) fn session_bytes_as(id: &str, session: &Session, version: Option<u32>) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(256 * session.log().len() + 4096);
    // Writing to a Vec cannot fail, and serialising these types cannot either.
    let _ = write_as(&mut bytes, id, session, version);
    bytes
}

/// Reads the file at `path` into a session, checking each layer in turn so
/// the error says exactly what is wrong, with its journal's entries when it
/// has one. Only reads; never writes.
pub fn load_file(path: &Path) -> Result<(SessionFile, Source), LoadError> {
    super::journal::load(path)
}

/// What a loader records as the longest string of `bytes` (see
/// [`Source::longest_string`](crate::meeting::Source)): never less than
/// the longest JSON string as written. When the bytes are no longer than
/// a text may be, no string in them can be longer either, so their length
/// is the answer without looking at them (every real session file: the
/// pass over every quote was a tenth of `spanning list`); only larger
/// bytes are searched with [`longest_string`].
pub fn string_bound(bytes: &[u8]) -> usize {
    if bytes.len() <= crate::meeting::decide::MAX_TEXT_BYTES {
        bytes.len()
    } else {
        longest_string(bytes)
    }
}

/// The longest JSON string in `bytes` as written, escapes included: one
/// quick pass that lets the loader skip measuring every entry against the
/// text limit when no string in the file could break it.
pub fn longest_string(bytes: &[u8]) -> usize {
    // Only the quotes matter: memchr finds them many bytes at a time, and
    // a quote inside a string is escaped when an odd number of
    // backslashes (of that string) stands right before it.
    let mut longest = 0;
    let mut start = None;
    for at in memchr::memchr_iter(b'"', bytes) {
        match start {
            None => start = Some(at + 1),
            Some(from) => {
                let backslashes = bytes[from..at]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count();
                if backslashes % 2 == 0 {
                    longest = longest.max(at - from);
                    start = None;
                }
            }
        }
    }
    // An unterminated string (the parse would have refused it) counts whole.
    if let Some(from) = start {
        longest = longest.max(bytes.len() - from);
    }
    longest
}

/// Reads the whole file, refusing anything over [`MAX_FILE_BYTES`] even
/// if it grows while being read, and anything that is not a regular file.
pub(super) fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |e: io::Error| LoadError::new(path, io_kind(&e));
    let file = open_regular(path).map_err(|e| match e {
        OpenError::Io(e) => io_error(e),
        OpenError::Special(kind) => special(path, kind),
    })?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::new(
            path,
            LoadErrorKind::TooLarge { bytes: meta.len() },
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::new(
            path,
            LoadErrorKind::TooLarge {
                bytes: bytes.len() as u64,
            },
        ));
    }
    Ok(bytes)
}

/// The error for a path that is not a regular file. A directory keeps
/// its long-standing "is a directory" wording.
fn special(path: &Path, kind: SpecialFile) -> LoadError {
    let kind = match kind {
        SpecialFile::Directory => LoadErrorKind::Unreadable {
            detail: super::IS_A_DIRECTORY.to_owned(),
        },
        other => LoadErrorKind::NotAFile { kind: other },
    };
    LoadError::new(path, kind)
}

/// Why [`open_regular`] did not give a file.
#[derive(Debug)]
pub(crate) enum OpenError {
    /// The operating system refused.
    Io(io::Error),
    /// The path is something other than a regular file.
    Special(SpecialFile),
}

/// What a path is when it is not a regular file.
pub(crate) fn special_kind(meta: &std::fs::Metadata) -> Option<SpecialFile> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some(SpecialFile::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return Some(SpecialFile::Fifo);
        }
        if t.is_char_device() || t.is_block_device() {
            return Some(SpecialFile::Device);
        }
        if t.is_socket() {
            return Some(SpecialFile::Socket);
        }
    }
    Some(SpecialFile::Other)
}

/// Opens `path` for reading only if it is a regular file (a link to one is
/// fine), without ever blocking: the type is checked before opening, and
/// the open itself is non-blocking and never takes a terminal as the
/// controlling one, so a named pipe or a link to `/dev/tty` that appears
/// between the check and the open cannot hang or steal keystrokes either.
/// The type is checked again on the opened file by the caller.
pub(crate) fn open_regular(path: &Path) -> Result<File, OpenError> {
    let meta = std::fs::metadata(path).map_err(OpenError::Io)?;
    if let Some(kind) = special_kind(&meta) {
        return Err(OpenError::Special(kind));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(OpenError::Io)?;
    let meta = file.metadata().map_err(OpenError::Io)?;
    match special_kind(&meta) {
        Some(kind) => Err(OpenError::Special(kind)),
        None => Ok(file),
    }
}

/// Sorts an I/O error into the kinds a person can act on.
pub(crate) fn io_kind(e: &io::Error) -> LoadErrorKind {
    match e.kind() {
        io::ErrorKind::NotFound => LoadErrorKind::NotFound,
        io::ErrorKind::PermissionDenied => LoadErrorKind::PermissionDenied,
        _ => LoadErrorKind::Unreadable {
            detail: e.to_string(),
        },
    }
}

/// Checks the bytes layer by layer: something there, JSON, ours, a version
/// we read, the right shape. What [`load_file`] does once the bytes are
/// read, public so the parse alone can be measured (`benches/folder.rs`);
/// `path` only names the file in errors.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<SessionFile, LoadError> {
    let fail = |kind| Err(LoadError::new(path, kind));
    // Some editors start UTF-8 files with a byte order mark; JSON has no
    // place for one, so it is skipped rather than refused at line 1
    // column 1 (the file itself is left as it is).
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The common case, a good file, costs one typed parse. Only when that
    // fails or the head is not ours is the file examined layer by layer
    // (a second, untyped parse) to say exactly what is wrong: listing a
    // large folder used to pay for both parses on every file.
    // That typed parse reads events tag-first (see `fast`); any failure
    // goes on to the derived reader below, whose error is the one shown.
    if let Some(file) = fast::read(bytes)
        && file.format == FORMAT_MARKER
        && (1..=FORMAT_VERSION).contains(&file.version)
    {
        return Ok(file);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail(LoadErrorKind::Empty);
    }
    let value: serde_json::Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) if e.classify() == Category::Eof => {
            return fail(LoadErrorKind::Truncated {
                line: e.line(),
                column: e.column(),
            });
        }
        Err(e) => {
            return fail(LoadErrorKind::NotJson {
                line: e.line(),
                column: e.column(),
                detail: without_position(&e),
            });
        }
    };
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_MARKER) {
        return fail(LoadErrorKind::Foreign);
    }
    match value.get("version") {
        Some(v) => match v.as_u64() {
            Some(n) if n > u64::from(FORMAT_VERSION) => {
                return fail(LoadErrorKind::NewerVersion { found: n });
            }
            Some(n) if n >= 1 => {}
            _ => {
                return fail(LoadErrorKind::BadVersion {
                    found: v.to_string(),
                });
            }
        },
        None => {
            return fail(LoadErrorKind::BadVersion {
                found: String::new(),
            });
        }
    }
    // Parse again from the bytes (not the value) so errors carry positions.
    serde_json::from_slice(bytes).or_else(|e| {
        fail(
            no_offset(bytes, &value, 0, e.line()).unwrap_or_else(|| LoadErrorKind::Invalid {
                line: e.line(),
                column: e.column(),
                detail: without_position(&e),
            }),
        )
    })
}

/// When `value` (read from `bytes`, whose first line is line `first + 1`)
/// holds a time without its UTC offset, the error saying so. Chrono only
/// says "premature end of input", and the tag-first and flattened readers
/// put that at the end of the entry, so the time is looked up here: the
/// first one in the text, by its line (`fallback` when its spelling is
/// escaped and it cannot be found).
pub(super) fn no_offset(
    bytes: &[u8],
    value: &serde_json::Value,
    first: usize,
    fallback: usize,
) -> Option<LoadErrorKind> {
    let mut found = Vec::new();
    naive_times(value, None, &mut found);
    found
        .into_iter()
        .map(|(field, entry, time)| {
            let pattern = format!("\"{time}\"");
            let place = position_of(bytes, &field, pattern.as_bytes());
            (place, field, entry, time)
        })
        .min_by_key(|(place, ..)| *place)
        .map(|(place, field, entry, time)| LoadErrorKind::NoOffset {
            line: match bytes.get(..place) {
                Some(before) => first + 1 + before.iter().filter(|&&b| b == b'\n').count(),
                None => fallback,
            },
            field,
            entry,
            time,
        })
}

/// Every time field (`at`, `…_at`) in `value` whose text is a date and
/// time without an offset: (field, entry seq, text).
fn naive_times(
    value: &serde_json::Value,
    entry: Option<u64>,
    found: &mut Vec<(String, Option<u64>, String)>,
) {
    match value {
        serde_json::Value::Object(map) => {
            let entry = map.get("seq").and_then(serde_json::Value::as_u64).or(entry);
            for (key, v) in map {
                if let Some(text) = v.as_str()
                    && (key == "at" || key.ends_with("_at"))
                    && text
                        .parse::<chrono::DateTime<chrono::FixedOffset>>()
                        .is_err()
                    && text.parse::<chrono::NaiveDateTime>().is_ok()
                {
                    found.push((key.clone(), entry, text.to_owned()));
                } else {
                    naive_times(v, entry, found);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                naive_times(v, entry, found);
            }
        }
        _ => {}
    }
}

/// Where `"field": "time"` (any spacing) first occurs in `bytes`, or past
/// the end when it does not (an escaped spelling).
fn position_of(bytes: &[u8], field: &str, time: &[u8]) -> usize {
    let key = format!("\"{field}\"");
    let key = key.as_bytes();
    let mut from = 0;
    while let Some(at) = find(&bytes[from..], key).map(|i| i + from) {
        let rest = &bytes[at + key.len()..];
        let rest = rest.trim_ascii_start();
        if let Some(rest) = rest.strip_prefix(b":")
            && rest.trim_ascii_start().starts_with(time)
        {
            return at;
        }
        from = at + 1;
    }
    usize::MAX
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// serde_json's message without its " at line L column C" tail; the
/// position is kept separately so each language can phrase it.
pub(super) fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    let text = text.strip_suffix(&tail).unwrap_or(&text);
    // "unknown variant `teleported`, expected one of `phase_entered`, …"
    // lists every event type (sixty and more): a wall nobody reads. The
    // unknown name and the line say where to look; a short list stays.
    const EXPECTED: &str = ", expected one of ";
    match text.split_once(EXPECTED) {
        Some((head, list)) if list.len() > 120 => head.to_owned(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::{Just, any};

    use super::{longest_string, string_bound};
    use crate::meeting::decide::MAX_TEXT_BYTES;

    /// The byte-by-byte reading `longest_string` replaced.
    fn byte_by_byte(bytes: &[u8]) -> usize {
        let mut longest = 0;
        let mut start = None;
        let mut escaped = false;
        for (i, &b) in bytes.iter().enumerate() {
            match start {
                None if b == b'"' => start = Some(i + 1),
                None => {}
                Some(_) if escaped => escaped = false,
                Some(_) if b == b'\\' => escaped = true,
                Some(from) if b == b'"' => {
                    longest = longest.max(i - from);
                    start = None;
                }
                Some(_) => {}
            }
        }
        if let Some(from) = start {
            longest = longest.max(bytes.len() - from);
        }
        longest
    }

    proptest::proptest! {
        /// Quotes, backslashes and other bytes in any mix give the same
        /// longest string as reading byte by byte.
        #[test]
        fn the_longest_string_is_found_as_byte_by_byte(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    Just(b'"'),
                    Just(b'\\'),
                    Just(b'a'),
                    Just(b':'),
                    any::<u8>()
                ],
                0..300,
            ),
        ) {
            proptest::prop_assert_eq!(longest_string(&text), byte_by_byte(&text));
        }
    }

    proptest::proptest! {
        /// The bound the loader records is never below the longest string,
        /// and is the size itself for anything no longer than a text may be.
        #[test]
        fn the_string_bound_is_never_below_the_longest_string(
            text in proptest::collection::vec(
                proptest::prop_oneof![Just(b'"'), Just(b'\\'), Just(b'a'), any::<u8>()],
                0..300,
            ),
            long in 0usize..3,
        ) {
            let mut text = text;
            // Now and then past the text limit, so the search runs too.
            if long > 0 {
                text.extend(std::iter::repeat_n(b'a', MAX_TEXT_BYTES));
                text.push(b'"');
            }
            let bound = string_bound(&text);
            proptest::prop_assert!(bound >= longest_string(&text));
            if text.len() <= MAX_TEXT_BYTES {
                proptest::prop_assert_eq!(bound, text.len());
            } else {
                proptest::prop_assert_eq!(bound, longest_string(&text));
            }
        }
    }

    #[test]
    fn escaped_quotes_and_backslashes_stay_inside_the_string() {
        assert_eq!(longest_string(br#"{"a":"x\"y","b":"\\"}"#), 4);
        assert_eq!(longest_string(br#"{"a":"\\\\\"z"}"#), 7);
        assert_eq!(longest_string(br#""open"#), 4);
        assert_eq!(longest_string(b""), 0);
    }
}
