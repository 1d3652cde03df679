//! English words for review and replay.

use super::English;
use crate::review::{Highlight, Outcome, Segment, SpanKind, Speed, Status};
use crate::text::{EngineWords, MinutesWords, ReviewWords};

impl ReviewWords for English {
    fn speed(&self, speed: Speed) -> &'static str {
        match speed {
            Speed::X1 => "1×",
            Speed::X2 => "2×",
            Speed::X4 => "4×",
            Speed::X16 => "16×",
            Speed::NextEvent => "step",
        }
    }

    fn idle_compressed(&self, real_secs: u64) -> String {
        let secs = i64::try_from(real_secs).unwrap_or(i64::MAX);
        let rounded = if secs >= 120 { secs / 60 * 60 } else { secs };
        format!("⏩ {} compressed", self.duration(rounded))
    }

    fn highlight(&self, highlight: Highlight) -> &'static str {
        match highlight {
            Highlight::ObjectionTest => "objection test",
            Highlight::ObjectionRecorded => "objection recorded without a test",
            Highlight::SecretaryRuling => "secretary's ruling",
            Highlight::OutOfOrder => "out of order",
            Highlight::TimeOut => "time-out",
            Highlight::TimeOutEnded => "time-out ended",
            Highlight::Abandon => "objection abandoned",
            Highlight::ObjectionRequalified => "objection taken as a concern",
            Highlight::QuestionRuledOut => "question ruled out of order",
        }
    }

    fn span_kind(&self, kind: SpanKind) -> &'static str {
        match kind {
            SpanKind::Same => "unchanged",
            SpanKind::Added => "added",
            SpanKind::Removed => "removed",
        }
    }

    fn segment(&self, segment: Segment) -> &'static str {
        match segment {
            Segment::Opening => "opening",
            Segment::CheckIn => "check-in round",
            Segment::Agenda => "agenda building",
            Segment::Item(_) => "item",
            Segment::Closing => "closing round",
            Segment::CloseOut => "close-out",
            Segment::Review(list) => crate::text::TacticalWords::list_title(self, list),
            Segment::Actions => "action review",
        }
    }

    fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::CarriedOver => self
                .disposition(crate::meeting::Disposition::CarriedOver)
                .to_owned(),
            Outcome::LetGo => self
                .disposition(crate::meeting::Disposition::LetGo)
                .to_owned(),
            Outcome::Ended(ending) => self.ending(ending).to_owned(),
            Outcome::Undecided => "not decided yet".to_owned(),
        }
    }

    fn thread_status(&self, status: &Status) -> String {
        match status {
            Status::Open => "still open".to_owned(),
            Status::Resolved { ending, session } => {
                format!("{} in {session}", self.ending(*ending))
            }
            Status::LetGo { session } => format!("let go in {session}"),
        }
    }

    fn reading(&self) -> &'static str {
        "reading…"
    }

    fn reading_record(&self) -> &'static str {
        "Reading every session in the folder (the record spans circles)…"
    }

    fn reading_work(&self) -> &'static str {
        "Reading this circle's sessions across the folder…"
    }

    fn reading_record_stop(&self) -> &'static str {
        "Esc stops"
    }

    fn reading_progress(&self, read: usize, total: usize) -> String {
        format!("read {read} of {total} sessions")
    }

    fn no_matches(&self) -> &'static str {
        "No session matches."
    }
}
