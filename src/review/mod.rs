//! Reviewing and replaying past sessions, as pure data for a screen to
//! draw: a searchable catalogue of the sessions folder, carried-over items
//! across a circle's sessions, the story of one session (proposal diffs,
//! time charts) and a replay cursor. No terminal code lives here, and
//! every text that comes from a session is untrusted: sanitize before
//! display.
//!
//! A browser screen and a replay screen would use it like this:
//!
//! ```no_run
//! use spanning::review::{Catalogue, Query, Replay, Speed, Story};
//! use spanning::store::{self, SessionsDir};
//!
//! let dir = SessionsDir::new("sessions");
//! // First screen: names only, no file read yet.
//! let mut catalogue = Catalogue::scan(&dir);
//! // Then a few files per frame (or `read_entry` on a worker thread).
//! while catalogue.fill_pending(20) > 0 {
//!     let hits = catalogue.search(&Query::text("zoe").in_circle("Operations"));
//!     # let _ = hits;
//! }
//! let threads = catalogue.carried("Operations");
//! # let _ = threads;
//!
//! // One session: its story and a replay cursor.
//! let newest = catalogue.order()[0];
//! let loaded = store::load(&catalogue.entries()[newest].path).expect("readable");
//! let story = Story::of(&loaded.session);
//! let mut replay = Replay::from_session(loaded.session);
//! replay.next_item();
//! let wait = replay.delay_to_next(Speed::X4);
//! # let _ = (story, wait);
//! ```

pub mod carried;
pub mod catalogue;
pub mod fold;
mod grams;
pub mod metrics;
pub mod replay;
pub mod story;

pub use carried::{Appearance, Outcome, Status, Thread};
pub use catalogue::{Catalogue, Digest, Entry, EntryStatus, ItemDigest, Query, read_entry};
pub use replay::{Commentary, Delay, Highlight, Marker, MarkerKind, Replay, Speed, Timeline};
pub use story::{ItemTime, PhaseTime, Segment, Span, SpanKind, SpeakerTime, Story, VersionDiff};
