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
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

/// How much of a file is read: far more than any setup spanning writes
/// (a title, a circle, people and their roles, the lists remembered).
const HEAD_BYTES: u64 = 256 * 1024;

/// The circle named by the setup of the session file at `path`, read from
/// its first [`HEAD_BYTES`]; `None` when that part does not say (then
/// read the whole file to know). Never blocks on a named pipe or a
/// terminal, and never writes.
pub fn circle_of(path: &Path) -> Option<String> {
    let file = super::file::open_regular(path).ok()?;
    let mut head = Vec::new();
    file.take(HEAD_BYTES).read_to_end(&mut head).ok()?;
    circle_in(&head)
}

/// [`circle_of`] on bytes already read.
pub fn circle_in(head: &[u8]) -> Option<String> {
    let found = RefCell::new(None);
    let mut reader = serde_json::Deserializer::from_slice(head);
    // The reader stops as soon as the setup has been read, by failing on
    // purpose: the rest of the file (the events) is never looked at. What
    // was found is kept aside, so the failure itself says nothing.
    let _ = Head { found: &found }.deserialize(&mut reader);
    found.into_inner()
}

/// What the setup is read as: its circle, every other field passed over.
#[derive(Deserialize)]
struct SetupHead {
    circle: String,
}

/// Reads the top-level object up to its `setup`.
struct Head<'a> {
    found: &'a RefCell<Option<String>>,
}

/// Why the reader stopped once the setup was read (never shown).
const STOP: &str = "setup read";

impl<'de> DeserializeSeed<'de> for Head<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Head<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a session file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "setup" {
                let setup: SetupHead = map.next_value()?;
                *self.found.borrow_mut() = Some(setup.circle);
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
            "setup":{"title":"T","circle":"Sociaal Domein","participants":[]},
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
        assert_eq!(circle_in(br#"{"setup":{"circle":7}}"#), None);
    }
}
