//! English words for the minutes.

use chrono::{DateTime, FixedOffset};

use super::English;
use crate::meeting::{MeetingFormat, OutputKind, RuleSet};
use crate::text::{EngineWords, MinutesWords, capitalise};

fn holds_word(holds: bool) -> &'static str {
    if holds { "holds" } else { "does not hold" }
}

impl MinutesWords for English {
    fn date_time(&self, at: DateTime<FixedOffset>) -> String {
        at.format("%-d %B %Y, %H:%M").to_string()
    }

    fn date(&self, date: chrono::NaiveDate) -> String {
        date.format("%-d %B %Y").to_string()
    }

    fn time(&self, at: DateTime<FixedOffset>) -> String {
        at.format("%H:%M").to_string()
    }

    fn duration(&self, secs: i64) -> String {
        let secs = secs.max(0);
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        match (h, m, s) {
            (0, 0, s) => format!("{s} s"),
            (0, m, 0) => format!("{m} min"),
            (0, m, s) => format!("{m} min {s} s"),
            (h, 0, _) => format!("{h} h"),
            (h, m, _) => format!("{h} h {m:02} min"),
        }
    }

    fn so_far(&self, duration: &str) -> String {
        format!("{duration} so far")
    }

    fn quoted(&self, label: &str) -> String {
        format!("“{label}”")
    }

    fn none(&self) -> &'static str {
        "None."
    }

    fn nobody(&self) -> &'static str {
        "none"
    }

    fn subtitle(&self, circle: &str, date: &str) -> String {
        format!("Circle {circle}, {date}")
    }

    fn still_open(&self, place: &str) -> String {
        format!("**Still open.** This meeting has not been closed; it stands at: {place}.")
    }

    fn at_item(&self, step: &str, number: usize, label: &str) -> String {
        format!("item {number} {label}, {step}")
    }

    fn during_time_out(&self, place: &str) -> String {
        format!("{place}, during a time-out")
    }

    fn decisions_heading(&self) -> &'static str {
        "Decisions"
    }

    fn no_decisions(&self) -> &'static str {
        "No proposal was adopted."
    }

    fn adopted_summary(&self, owner: &str, version: &str, time: &str) -> String {
        format!("Proposed by {owner}; {version} adopted at {time}:")
    }

    fn objection_integrated(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Objection {number} by {objector} was integrated in {version}.")
    }

    fn actions_heading(&self) -> &'static str {
        "Next actions and projects"
    }

    fn information_heading(&self) -> &'static str {
        "Shared information"
    }

    fn output_entry(
        &self,
        kind: OutputKind,
        text: &str,
        owner: Option<&str>,
        item: Option<&str>,
    ) -> String {
        let mut entry = match kind {
            OutputKind::Information => text.to_owned(),
            kind => format!("{}: {text}", capitalise(self.output_kind(kind))),
        };
        if let Some(owner) = owner {
            entry = format!("{entry} — {owner}");
        }
        if let Some(item) = item {
            entry = format!("{entry} (from {item})");
        }
        entry
    }

    fn dispositions_heading(&self) -> &'static str {
        "Carried over and let go"
    }

    fn disposition_entry(&self, label: &str, owner: &str, disposition: &str) -> String {
        format!("{label} ({owner}): {disposition}")
    }

    fn meeting_heading(&self) -> &'static str {
        "Meeting"
    }

    fn circle_field(&self) -> &'static str {
        "Circle"
    }

    fn date_field(&self) -> &'static str {
        "Date"
    }

    fn duration_field(&self) -> &'static str {
        "Duration"
    }

    fn format_field(&self) -> &'static str {
        "Format"
    }

    fn rules_field(&self) -> &'static str {
        "Rules"
    }

    fn timebox_field(&self) -> &'static str {
        "Timebox"
    }

    fn facilitator_field(&self) -> &'static str {
        "Facilitator"
    }

    fn secretary_field(&self) -> &'static str {
        "Secretary"
    }

    fn participants_field(&self) -> &'static str {
        "Participants"
    }

    fn format_name(&self, format: MeetingFormat) -> &'static str {
        match format {
            MeetingFormat::Governance => "governance meeting",
            MeetingFormat::Tactical => "tactical meeting",
        }
    }

    fn rule_set_name(&self, rules: RuleSet) -> &'static str {
        match rules {
            RuleSet::Integrative => {
                "integrative decision-making (following the Holacracy Constitution v5)"
            }
            RuleSet::Consent => "consent decision-making (Sociocracy 3.0 style)",
        }
    }

    fn with_roles(&self, name: &str, roles: &str) -> String {
        format!("{name} ({roles})")
    }

    fn joined_late(&self, entry: &str) -> String {
        format!("{entry}, joined later")
    }

    fn not_present(&self, entry: &str) -> String {
        format!("{entry}, not present at the end")
    }

    fn absent(&self, entry: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{entry}, absent ({reason})"),
            None => format!("{entry}, absent"),
        }
    }

    fn changes_heading(&self) -> &'static str {
        "Changes during the meeting"
    }

    fn joined(&self, name: &str) -> String {
        format!("{name} joined")
    }

    fn left(&self, name: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{name} left — {reason}"),
            None => format!("{name} left"),
        }
    }

    fn came_back(&self, name: &str) -> String {
        format!("{name} came back")
    }

    fn facilitator_changed(&self, name: &str) -> String {
        format!("{name} facilitates from here on")
    }

    fn secretary_changed(&self, name: Option<&str>) -> String {
        match name {
            Some(name) => format!("{name} is secretary from here on"),
            None => "no secretary from here on".to_owned(),
        }
    }

    fn timebox_changed(&self, duration: Option<&str>) -> String {
        match duration {
            Some(duration) => format!("timebox set to {duration}"),
            None => "timebox removed".to_owned(),
        }
    }

    fn item_removed(&self, label: &str) -> String {
        format!("{label} taken off the agenda")
    }

    fn corrections(&self, count: usize) -> String {
        match count {
            1 => {
                "1 entry was corrected (undone); the minutes show the corrected record.".to_owned()
            }
            n => format!(
                "{n} entries were corrected (undone); the minutes show the corrected record."
            ),
        }
    }

    fn over_time(&self, length: &str) -> String {
        format!("{length}, over time")
    }

    fn not_held(&self) -> &'static str {
        "Not held."
    }

    fn waiting_for_turn(&self) -> &'static str {
        "no turn yet"
    }

    fn concern_turn(&self, number: u32, text: &str) -> String {
        format!("concern {number}: {text}")
    }

    fn agenda_heading(&self) -> &'static str {
        "Agenda items"
    }

    fn no_items(&self) -> &'static str {
        "The agenda stayed empty."
    }

    fn owner_field(&self) -> &'static str {
        "Owner"
    }

    fn outcome_field(&self) -> &'static str {
        "Outcome"
    }

    fn close_out_field(&self) -> &'static str {
        "Close-out"
    }

    fn time_field(&self) -> &'static str {
        "Time"
    }

    fn time_used(&self, used: &str, fair_share: Option<&str>) -> String {
        match fair_share {
            Some(share) => format!("{used} used of a fair share of {share}"),
            None => format!("{used} used"),
        }
    }

    fn adopted_at(&self, version: &str, time: &str) -> String {
        format!("adopted ({version}) at {time}")
    }

    fn ended_at(&self, ending: &str, time: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{ending} at {time} — {reason}"),
            None => format!("{ending} at {time}"),
        }
    }

    fn in_progress(&self, step: &str) -> String {
        format!("in progress ({step})")
    }

    fn not_reached(&self) -> &'static str {
        "not reached"
    }

    fn tension_heading(&self) -> &'static str {
        "Tension"
    }

    fn example_heading(&self) -> &'static str {
        "Example"
    }

    fn proposal_heading(&self) -> &'static str {
        "Proposal"
    }

    fn not_stated(&self) -> &'static str {
        "Not stated."
    }

    fn help_requested(&self) -> &'static str {
        "The proposer asked for help crafting a proposal."
    }

    fn amended_for(&self, objection: u32) -> String {
        format!("amended for objection {objection}")
    }

    fn questions_heading(&self) -> &'static str {
        "Clarifying questions"
    }

    fn answer(&self, answer: &str) -> String {
        format!("Answer: {answer}")
    }

    fn not_specified(&self) -> &'static str {
        "not specified"
    }

    fn not_answered(&self) -> &'static str {
        "Not answered yet."
    }

    fn ruled_out_of_order(&self, reason: &str) -> String {
        format!("Ruled out of order: {reason}")
    }

    fn clarifications_heading(&self) -> &'static str {
        "Clarifications"
    }

    fn objection_round_on(&self, version: &str) -> String {
        format!("Objection round on {version}")
    }

    fn concerns_label(&self) -> &'static str {
        "Concerns"
    }

    fn concern_heading(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Concern {number} by {objector} (against {version})")
    }

    fn test_requested_by(&self, name: &str) -> String {
        format!("test requested by {name}")
    }

    fn recorded_untested(&self) -> &'static str {
        "recorded as an objection without a test"
    }

    fn no_argument(&self) -> &'static str {
        "no argument given"
    }

    fn criterion_result(
        &self,
        letter: char,
        criterion: &str,
        argument: &str,
        holds: bool,
    ) -> String {
        format!("({letter}) {criterion}: {argument} — {}", holds_word(holds))
    }

    fn secretary_ruling(&self, upheld: bool, note: &str) -> String {
        if upheld {
            format!("the secretary ruled the proposal breaks the rules: {note}")
        } else {
            format!("the secretary ruled the proposal does not break the rules: {note}")
        }
    }

    fn concern_unhandled(&self) -> &'static str {
        "not handled yet"
    }

    fn concern_testing(&self) -> &'static str {
        "being tested"
    }

    fn concern_valid(&self) -> &'static str {
        "valid objection, not integrated"
    }

    fn dismissed_on(&self, letter: char, criterion: &str) -> String {
        format!("dismissed: criterion ({letter}) {criterion} does not hold")
    }

    fn integrated_in(&self, version: &str) -> String {
        format!("integrated in {version}, confirmed by objector and proposer")
    }

    fn abandoned(&self, reason: &str) -> String {
        format!("abandoned: {reason}")
    }

    fn notes_heading(&self) -> &'static str {
        "Notes"
    }

    fn rulings_heading(&self) -> &'static str {
        "Rulings"
    }

    fn ruling_question(&self, question: u32, asker: &str, reason: &str) -> String {
        format!("question {question} by {asker} ruled out of order: {reason}")
    }

    fn ruling_test(
        &self,
        concern: u32,
        objector: &str,
        letter: char,
        criterion: &str,
        holds: bool,
    ) -> String {
        format!(
            "concern {concern} by {objector} tested on ({letter}) {criterion}: {}",
            holds_word(holds)
        )
    }

    fn ruling_recorded(&self, concern: u32, objector: &str) -> String {
        format!("concern {concern} by {objector} recorded as an objection without a test")
    }

    fn ruling_secretary(&self, concern: u32, objector: &str, upheld: bool, note: &str) -> String {
        let verdict = if upheld { "upheld" } else { "not upheld" };
        format!("secretary's ruling on concern {concern} by {objector}: {verdict}; {note}")
    }

    fn ruling_abandoned(&self, concern: u32, objector: &str, reason: &str) -> String {
        format!("objection {concern} by {objector} abandoned: {reason}")
    }

    fn ruling_out_of_order(&self, kind: &str, person: Option<&str>, note: &str) -> String {
        match person {
            Some(person) => format!("out of order ({kind}), {person}: {note}"),
            None => format!("out of order ({kind}): {note}"),
        }
    }

    fn ruling_time_out(
        &self,
        requested_by: Option<&str>,
        reason: &str,
        length: Option<&str>,
        note: Option<&str>,
    ) -> String {
        let mut text = String::from("time-out");
        if let Some(who) = requested_by {
            text = format!("{text} requested by {who}");
        }
        text = match length {
            Some(length) => format!("{text} ({length}) — {reason}"),
            None => format!("{text} (still running) — {reason}"),
        };
        if let Some(note) = note {
            text = format!("{text} — agreed: {note}");
        }
        text
    }

    fn speaking_time_heading(&self) -> &'static str {
        "Speaking time"
    }

    fn speaking_time_explained(&self) -> &'static str {
        "Time each person held the floor in rounds, time-outs excluded (mm:ss)."
    }

    fn person_column(&self) -> &'static str {
        "Person"
    }

    fn time_column(&self) -> &'static str {
        "Time"
    }

    fn driver_heading(&self) -> &'static str {
        "Driver"
    }

    fn consent_round_on(&self, version: &str) -> String {
        format!("Consent round on {version}")
    }

    fn consent_given(&self) -> &'static str {
        "consent"
    }

    fn concern_logged(&self, text: &str) -> String {
        format!("concern (logged, not blocking): {text}")
    }

    fn objection_turn(&self, number: u32, text: &str) -> String {
        format!("objection {number}: {text}")
    }

    fn objections_label(&self) -> &'static str {
        "Objections"
    }

    fn objection_heading(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Objection {number} by {objector} (against {version})")
    }

    fn resolved_in(&self, version: &str) -> String {
        format!("resolved in {version}, confirmed by the objector")
    }

    fn objection_open(&self) -> &'static str {
        "not resolved"
    }

    fn review_field(&self) -> &'static str {
        "Review date"
    }

    fn criteria_field(&self) -> &'static str {
        "Evaluation criteria"
    }

    fn objection_resolved(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Objection {number} by {objector} was resolved in {version}.")
    }

    fn concern_logged_by(&self, name: &str, text: &str) -> String {
        format!("Concern logged by {name}: {text}")
    }

    fn requalified(&self, reason: &str) -> String {
        format!("taken as a concern (logged, not blocking): {reason}")
    }

    fn ruling_requalified(&self, objection: u32, objector: &str, reason: &str) -> String {
        format!("objection {objection} by {objector} taken as a concern: {reason}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_and_durations_read_naturally() {
        let at = FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 2, 9, 5, 0).single())
            .expect("valid time");
        assert_eq!(English.date_time(at), "2 November 2026, 09:05");
        assert_eq!(English.time(at), "09:05");
        assert_eq!(English.duration(45), "45 s");
        assert_eq!(English.duration(600), "10 min");
        assert_eq!(English.duration(860), "14 min 20 s");
        assert_eq!(English.duration(3600), "1 h");
        assert_eq!(English.duration(3900), "1 h 05 min");
        assert_eq!(English.duration(-5), "0 s");
    }
}
