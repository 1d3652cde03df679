//! English words of the review screens.

use super::English;
use crate::text::MinutesWords;
use crate::text::keys::ReviewAction;
use crate::text::review_screens::{ReviewLabel, ReviewScreenWords};

impl ReviewScreenWords for English {
    fn review_label(&self, label: ReviewLabel) -> &'static str {
        use ReviewLabel as L;
        match label {
            L::BrowserTitle => "Past sessions",
            L::Search => "Search",
            L::SearchHint => "type words; Enter keeps them, Esc clears",
            L::Circle => "circle",
            L::Participant => "participant",
            L::Any => "any",
            L::ColDate => "Date",
            L::ColTitle => "Title",
            L::ColCircle => "Circle",
            L::ColFormat => "Format",
            L::ColPeople => "People",
            L::ColItems => "Items",
            L::ColAdopted => "Adopted",
            L::ColStatus => "Status",
            L::Unreadable => "⚠ unreadable",
            L::NoSessions => "No sessions in this folder yet.",
            L::CarriedTitle => "Carried-over items",
            L::NoCarried => "Nothing has been carried over in this circle.",
            L::MetricsTitle => "Metric history",
            L::NoMetrics => "No metric has been reported in this circle's tactical meetings.",
            L::Charts => "Charts",
            L::SpeakingTime => "Speaking time per person",
            L::TimePerPhase => "Time per phase",
            L::TimePerItem => "Time per item against its fair share",
            L::FairShareMark => "│ fair share",
            L::OverMark => "▓ over the fair share",
            L::NotStarted => "not started",
            L::Changes => "Changes between versions",
            L::ExportTitle => "Export the minutes",
            L::ExportHint => "File to write (never overwritten). Enter writes, Esc cancels.",
            L::ReplayTitle => "Replay",
            L::Playing => "▶ playing",
            L::Paused => "‖ paused",
            L::ReadOnly => "read-only",
            L::AtOpening => "the meeting as opened",
            L::AtEnd => "end of the record",
            L::HelpTitle => "Keys",
            L::HelpClose => "Ctrl-L redraws the screen. Any key closes this help.",
            L::PickCircle => "Show sessions of circle",
            L::PickParticipant => "Show sessions with",
            L::PickHint => "↑↓ choose · Enter picks · Esc cancels",
            L::LaterUndone => "later undone",
            L::PhaseMark => "phase",
            L::ItemMark => "item",
            L::Partial => "still reading: more may match",
            L::DueTitle => "Agreements due for review",
            L::NoDue => "No agreement is past its review date.",
            L::Criteria => "evaluate by",
        }
    }

    fn review_action(&self, action: ReviewAction) -> &'static str {
        use ReviewAction as A;
        match action {
            A::Help => "help",
            A::Back => "back",
            A::Up => "up",
            A::Down => "down",
            A::PageUp => "page up",
            A::PageDown => "page down",
            A::Top => "to the top",
            A::Bottom => "to the bottom",
            A::Open => "open",
            A::Search => "search",
            A::Clear => "clear search and filters",
            A::FilterCircle => "circle",
            A::FilterParticipant => "who",
            A::Carried => "carried over",
            A::Metrics => "metric history",
            A::Due => "due for review",
            A::Board => "project board",
            A::Record => "governance record",
            A::History => "history",
            A::EarlierPoint => "earlier session",
            A::LaterPoint => "later session",
            A::NextSection => "next section",
            A::PrevSection => "previous section",
            A::Export => "export",
            A::Replay => "replay",
            A::PlayPause => "play/pause",
            A::Faster => "faster",
            A::Slower => "slower",
            A::StepForward => "step",
            A::StepBack => "back a step",
            A::NextPhase => "next phase",
            A::PrevPhase => "previous phase",
            A::NextItem => "next item",
            A::PrevItem => "previous item",
            A::Start => "to the start",
            A::End => "to the end",
        }
    }

    fn shown_of(&self, shown: usize, total: usize) -> String {
        format!("{shown} of {total} sessions")
    }

    fn event_of(&self, position: usize, total: usize) -> String {
        format!("event {position} of {total}")
    }

    fn version_change(&self, from: u32, to: u32, for_objection: Option<u32>) -> String {
        match for_objection {
            Some(n) => format!("v{from} → v{to} (amended for objection {n})"),
            None => format!("v{from} → v{to}"),
        }
    }

    fn used_of_share(&self, used: &str, share: Option<&str>) -> String {
        match share {
            Some(share) => format!("{used} of {share}"),
            None => format!("{used}, no fair share"),
        }
    }

    fn over_by(&self, over_secs: i64) -> String {
        if over_secs > 0 {
            format!("▲ {} over", self.duration(over_secs))
        } else {
            format!("{} under", self.duration(-over_secs))
        }
    }

    fn section_of(&self, n: usize, total: usize) -> String {
        format!("section {n} of {total}")
    }

    fn cannot_open(&self, error: &str) -> String {
        format!("Cannot open this session: {error}")
    }

    fn appearances(&self, count: usize) -> String {
        if count == 1 {
            "in 1 meeting".to_owned()
        } else {
            format!("in {count} meetings")
        }
    }

    fn metric_point(&self, date: chrono::NaiveDate, value: &str) -> String {
        format!("{}: {value}", date.format("%-d %b"))
    }

    fn metric_span(&self, values: usize, since: chrono::NaiveDate) -> String {
        match values {
            1 => format!("1 value, {}", date_long(since)),
            n => format!("{n} values since {}", date_long(since)),
        }
    }

    fn review_overdue(&self, date: &str, days: i64) -> String {
        match days {
            1 => format!("review {date}, 1 day overdue"),
            n => format!("review {date}, {n} days overdue"),
        }
    }

    fn bad_speed(&self, speed: u32) -> String {
        format!("Replay plays at 1, 2, 4 or 16 times real time, not {speed}.")
    }
}

/// "22 Nov 2026".
fn date_long(date: chrono::NaiveDate) -> String {
    crate::text::WorkWords::day(&super::English, date)
}
