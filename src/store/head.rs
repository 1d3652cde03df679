//! Which circle a session file belongs to, read from the start of the file
//! only. Spanning writes `setup` before `events`, so the circle is in the
//! first few kilobytes of a file of any size; a fold of one circle's
//! sessions (what a new meeting is offered) can then pass over the other
//! circles' files without reading and replaying them, which in a folder of
//! 10,000 sessions was most of the wait before a new meeting's first
//! screen.
//!
//! Only ever a shortcut: whenever the start of a file does not say (the
//! keys in another order, a setup longer than the part read, a file that
//! is not JSON), the answer is `None` and the caller reads the whole file
//! as before, so no session is ever passed over that the whole reading
//! would have taken.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use super::{SessionStatus, SessionSummary};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

/// How much of a file is read first: a usual setup and what comes before
/// it.
const FIRST_BYTES: u64 = 8 * 1024;

/// How much of a file is read at most: far more than any setup spanning
/// writes (a title, a circle, people and their roles, the lists
/// remembered and the actions offered).
const HEAD_BYTES: u64 = 256 * 1024;

/// What the start of a session file says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The circle, as the setup names it.
    pub circle: String,
    /// When the meeting opened.
    pub opened_at: DateTime<FixedOffset>,
}

/// The circle named by the setup of the session file at `path`, read from
/// its start; `None` when that part does not say (then read the whole
/// file to know). Never blocks on a named pipe or a terminal, and never
/// writes.
pub fn circle_of(path: &Path) -> Option<String> {
    head_of(path).map(|h| h.circle)
}

/// What the start of the session file at `path` says (see [`circle_of`]).
pub fn head_of(path: &Path) -> Option<Head> {
    let mut file = super::file::open_regular(path).ok()?;
    let mut head = Vec::new();
    (&mut file).take(FIRST_BYTES).read_to_end(&mut head).ok()?;
    if let Some(found) = head_in(&head) {
        return Some(found);
    }
    if (head.len() as u64) < FIRST_BYTES {
        return None;
    }
    file.take(HEAD_BYTES - FIRST_BYTES)
        .read_to_end(&mut head)
        .ok()?;
    head_in(&head)
}

/// [`circle_of`] on bytes already read.
pub fn circle_in(head: &[u8]) -> Option<String> {
    head_in(head).map(|h| h.circle)
}

/// [`head_of`] on bytes already read.
pub fn head_in(head: &[u8]) -> Option<Head> {
    let found = RefCell::new(None);
    let mut reader = serde_json::Deserializer::from_slice(head);
    // The reader stops as soon as the setup has been read, by failing on
    // purpose: the rest of the file (the events) is never looked at. What
    // was found is kept aside, so the failure itself says nothing.
    let _ = HeadSeed { found: &found }.deserialize(&mut reader);
    found.into_inner()
}

/// The newest session that is not closed, as [`super::SessionsDir::list`]
/// orders them (opening time, newest first, then ID), reading the whole of
/// as few files as it can: every file's start gives its opening time, and
/// files are then read newest first until one is open. A file whose start
/// does not say is read whole first. In a folder of 10,000 sessions this
/// is what `follow`, `serve` and `resume` wait for before their first
/// screen; reading and replaying every file took seconds.
pub(super) fn newest_open(paths: &[PathBuf]) -> Option<SessionSummary> {
    let order = |s: &SessionSummary| (Reverse(s.opened_at), s.id.clone());
    let summary = |path: &PathBuf| {
        super::load(path)
            .ok()
            .map(|loaded| SessionSummary::of(path, &loaded))
    };
    let mut known = Vec::new();
    let mut unknown: Option<SessionSummary> = None;
    for path in paths {
        match head_of(path) {
            Some(head) => known.push((Reverse(head.opened_at), super::id_of(path), path)),
            None => {
                if let Some(s) = summary(path).filter(|s| s.status == SessionStatus::Open)
                    && unknown.as_ref().is_none_or(|u| order(&s) < order(u))
                {
                    unknown = Some(s);
                }
            }
        }
    }
    known.sort();
    for (at, id, path) in known {
        if let Some(u) = &unknown
            && order(u) <= (at, id)
        {
            break;
        }
        if let Some(s) = summary(path).filter(|s| s.status == SessionStatus::Open) {
            return Some(s);
        }
    }
    unknown
}

/// What the setup is read as: its circle, every other field passed over.
#[derive(Deserialize)]
struct SetupHead {
    circle: String,
    opened_at: DateTime<FixedOffset>,
}

/// Reads the top-level object up to its `setup`.
struct HeadSeed<'a> {
    found: &'a RefCell<Option<Head>>,
}

/// Why the reader stopped once the setup was read (never shown).
const STOP: &str = "setup read";

impl<'de> DeserializeSeed<'de> for HeadSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for HeadSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a session file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "setup" {
                let setup: SetupHead = map.next_value()?;
                *self.found.borrow_mut() = Some(Head {
                    circle: setup.circle,
                    opened_at: setup.opened_at,
                });
                return Err(de::Error::custom(STOP));
            }
            // Anything before the setup (format, version, id) is small;
            // events before it run past the part read and end the search.
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_circle_is_read_from_the_setup_whatever_follows() {
        let head = br#"{"format":"spanning-session","version":7,"id":"x",
            "setup":{"title":"T","circle":"Sociaal Domein","participants":[],
            "opened_at":"2026-11-22T14:05:00+01:00"},
            "events":[{"seq":1,"at":"2026-"#;
        assert_eq!(circle_in(head).as_deref(), Some("Sociaal Domein"));
    }

    #[test]
    fn events_before_the_setup_or_a_setup_cut_short_say_nothing() {
        let events_first =
            br#"{"events":[{"seq":1,"at":"2026-01-01T00:00:00Z","type":"note","text":"x"}"#;
        assert_eq!(circle_in(events_first), None);
        let cut = br#"{"format":"spanning-session","setup":{"title":"T","circ"#;
        assert_eq!(circle_in(cut), None);
        assert_eq!(circle_in(b"not json"), None);
        assert_eq!(circle_in(br#"{"setup":{"title":"no circle"}}"#), None);
        let at = r#""opened_at":"2026-11-22T14:05:00+01:00""#;
        assert_eq!(
            circle_in(format!(r#"{{"setup":{{"circle":7,{at}}}}}"#).as_bytes()),
            None
        );
        assert_eq!(
            circle_in(br#"{"setup":{"circle":"C","opened_at":"yesterday"}}"#),
            None
        );
    }
}
