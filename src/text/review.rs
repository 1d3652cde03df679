//! Words for reviewing and replaying past sessions: playback speeds, the
//! idle-gap notice, ruling highlights, diff legends and carried-over
//! history. Names of phases, endings and criteria come from
//! [`crate::text::EngineWords`]; durations from
//! [`crate::text::MinutesWords::duration`].

use crate::review::{Highlight, Outcome, Segment, SpanKind, Speed, Status};

/// How a language labels the review and replay screens.
pub trait ReviewWords {
    /// A playback speed for the speed picker, e.g. "4×" or "step".
    fn speed(&self, speed: Speed) -> &'static str;
    /// Said when playback shortened an idle gap, so a compressed pause is
    /// never mistaken for a quick exchange, e.g. "⏩ 4 min compressed".
    fn idle_compressed(&self, real_secs: u64) -> String;
    /// What kind of ruling a highlighted event is.
    fn highlight(&self, highlight: Highlight) -> &'static str;
    /// A legend entry for diff spans, so marks are explained in words.
    fn span_kind(&self, kind: SpanKind) -> &'static str;
    /// A time-chart segment's name; items are shown by their label instead,
    /// so this is only the fallback "item".
    fn segment(&self, segment: Segment) -> &'static str;
    /// What became of a carried item in one session.
    fn outcome(&self, outcome: Outcome) -> String;
    /// Where a carried item stands now.
    fn thread_status(&self, status: &Status) -> String;
    /// Placeholder for a catalogue entry whose file is still being read.
    fn reading(&self) -> &'static str;
    /// Said while the governance record is read for review's record view
    /// (every session of the folder).
    fn reading_record(&self) -> &'static str;
    /// While a circle's metric history or project board is read: what is
    /// being read (that circle's sessions of the whole folder).
    fn reading_work(&self) -> &'static str;
    /// The key that stops reading the record (or a circle's work).
    fn reading_record_stop(&self) -> &'static str;
    /// Progress line while the catalogue fills, e.g. "read 340 of 1000 sessions".
    fn reading_progress(&self, read: usize, total: usize) -> String;
    /// Said when a search matches nothing.
    fn no_matches(&self) -> &'static str;
}
