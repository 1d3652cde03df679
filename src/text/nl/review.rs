//! Dutch words for review and replay ("terugkijken" and "naspelen").

use super::Dutch;
use crate::meeting::Disposition;
use crate::review::{Highlight, Outcome, Segment, SpanKind, Speed, Status};
use crate::text::{EngineWords, MinutesWords, ReviewWords};

impl ReviewWords for Dutch {
    fn speed(&self, speed: Speed) -> &'static str {
        match speed {
            Speed::X1 => "1×",
            Speed::X2 => "2×",
            Speed::X4 => "4×",
            Speed::X16 => "16×",
            Speed::NextEvent => "stap",
        }
    }

    fn idle_compressed(&self, real_secs: u64) -> String {
        let secs = i64::try_from(real_secs).unwrap_or(i64::MAX);
        let rounded = if secs >= 120 { secs / 60 * 60 } else { secs };
        format!("⏩ {} stilte ingekort", self.duration(rounded))
    }

    fn highlight(&self, highlight: Highlight) -> &'static str {
        match highlight {
            Highlight::ObjectionTest => "mogelijk bezwaar getoetst",
            Highlight::ObjectionRecorded => "zonder toetsing vastgelegd als bezwaar",
            Highlight::SecretaryRuling => "oordeel van de secretaris",
            Highlight::OutOfOrder => "buiten de orde",
            Highlight::TimeOut => "time-out",
            Highlight::TimeOutEnded => "einde time-out",
            Highlight::Abandon => "bezwaar opgegeven",
            Highlight::ObjectionRequalified => "bezwaar als zorg vastgelegd",
            Highlight::QuestionRuledOut => "vraag buiten de orde verklaard",
        }
    }

    fn span_kind(&self, kind: SpanKind) -> &'static str {
        match kind {
            SpanKind::Same => "ongewijzigd",
            SpanKind::Added => "toegevoegd",
            SpanKind::Removed => "geschrapt",
        }
    }

    fn segment(&self, segment: Segment) -> &'static str {
        match segment {
            Segment::Opening => "opening",
            Segment::CheckIn => "incheckronde",
            Segment::Agenda => "agenda opstellen",
            Segment::Item(_) => "agendapunt",
            Segment::Closing => "sluitingsronde",
            Segment::CloseOut => "afronding",
            Segment::Review(list) => crate::text::TacticalWords::list_title(self, list),
            Segment::Actions => "actielijst",
        }
    }

    fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::CarriedOver => self.disposition(Disposition::CarriedOver).to_owned(),
            Outcome::LetGo => self.disposition(Disposition::LetGo).to_owned(),
            Outcome::Ended(ending) => self.ending(ending).to_owned(),
            Outcome::Undecided => "nog niet besloten".to_owned(),
        }
    }

    fn thread_status(&self, status: &Status) -> String {
        match status {
            Status::Open => "staat nog open".to_owned(),
            Status::Resolved { ending, session } => {
                format!("{} in {session}", self.ending(*ending))
            }
            Status::LetGo { session } => format!("losgelaten in {session}"),
        }
    }

    fn reading(&self) -> &'static str {
        "inlezen…"
    }

    fn reading_record(&self) -> &'static str {
        "Alle sessies in de map worden gelezen (de governance gaat over cirkels heen)…"
    }

    fn reading_work(&self) -> &'static str {
        "De sessies van deze cirkel in de map worden gelezen…"
    }

    fn reading_record_stop(&self) -> &'static str {
        "Esc stopt"
    }

    fn reading_progress(&self, read: usize, total: usize) -> String {
        format!("{read} van {total} sessies ingelezen")
    }

    fn no_matches(&self) -> &'static str {
        "Geen sessie gevonden."
    }
}
