//! Reviewing and replaying past sessions, as pure data for a screen to
//! draw: a searchable catalogue of the sessions folder, carried-over items
//! across a circle's sessions, the story of one session (proposal diffs,
//! time charts) and a replay cursor. No terminal code lives here, and
//! every text that comes from a session is untrusted: sanitize before
//! display.

pub mod carried;
pub mod catalogue;
pub mod fold;
pub mod replay;
pub mod story;

pub use carried::{Appearance, Outcome, Status, Thread};
pub use catalogue::{Catalogue, Digest, Entry, EntryStatus, ItemDigest, Query, read_entry};
pub use replay::{Commentary, Delay, Highlight, Marker, MarkerKind, Replay, Speed, Timeline};
pub use story::{ItemTime, PhaseTime, Segment, Span, SpanKind, SpeakerTime, Story, VersionDiff};
