//! Words for the minutes: headings, field names and the fixed phrases
//! around session text. Session text reaches these methods already escaped;
//! an implementation only places it, so a translation cannot break the
//! Markdown.

use chrono::{DateTime, FixedOffset};

use crate::meeting::{MeetingFormat, OutputKind, RuleSet};

/// How a language writes meeting minutes. Names of phases, steps, rounds,
/// criteria and endings come from [`crate::text::EngineWords`]; this trait
/// holds only what the minutes add.
pub trait MinutesWords {
    /// A date and time as people write it, e.g. "22 November 2026, 14:05".
    fn date_time(&self, at: DateTime<FixedOffset>) -> String;
    /// A calendar date in words, as the headers write it, e.g.
    /// "22 February 2027" ("22 februari 2027").
    fn date(&self, date: chrono::NaiveDate) -> String;
    /// A date as it is pre-filled in a field to edit, in the order people of
    /// this language type it ("2027-02-22"; Dutch "22-02-2027").
    fn date_input(&self, date: chrono::NaiveDate) -> String {
        date.format("%Y-%m-%d").to_string()
    }
    /// A time of day, e.g. "14:05".
    fn time(&self, at: DateTime<FixedOffset>) -> String;
    /// A length of time, e.g. "1 h 05 min", "14 min 20 s".
    fn duration(&self, secs: i64) -> String;
    /// A duration of a meeting that has not ended, e.g. "25 min so far".
    fn so_far(&self, duration: &str) -> String;
    /// A label in quotation marks, e.g. “Website owner”.
    fn quoted(&self, label: &str) -> String;
    /// "None." where a section has nothing to list.
    fn none(&self) -> &'static str;
    /// "none" as a field's value (no secretary, no timebox).
    fn nobody(&self) -> &'static str;

    /// The line under the title: circle and when.
    fn subtitle(&self, circle: &str, date: &str) -> String;
    /// The notice on an unclosed session, with where it stands.
    fn still_open(&self, place: &str) -> String;
    /// Where an open session stands inside an item.
    fn at_item(&self, step: &str, number: usize, label: &str) -> String;
    /// Where an open session stands while a time-out runs.
    fn during_time_out(&self, place: &str) -> String;

    /// Heading of the adopted decisions.
    fn decisions_heading(&self) -> &'static str;
    /// Shown when nothing was adopted.
    fn no_decisions(&self) -> &'static str;
    /// Who proposed a decision, which version was adopted and when.
    fn adopted_summary(&self, owner: &str, version: &str, time: &str) -> String;
    /// An objection integrated into a decision.
    fn objection_integrated(&self, number: u32, objector: &str, version: &str) -> String;
    /// Heading of next actions and projects.
    fn actions_heading(&self) -> &'static str;
    /// Heading of shared information.
    fn information_heading(&self) -> &'static str;
    /// One output with its owner and the item it came from.
    fn output_entry(
        &self,
        kind: OutputKind,
        text: &str,
        owner: Option<&str>,
        item: Option<&str>,
    ) -> String;
    /// Heading of items carried over or let go.
    fn dispositions_heading(&self) -> &'static str;
    /// One carried-over or let-go item.
    fn disposition_entry(&self, label: &str, owner: &str, disposition: &str) -> String;

    /// Heading of the meeting's details.
    fn meeting_heading(&self) -> &'static str;
    /// Field name: circle.
    fn circle_field(&self) -> &'static str;
    /// Field name: date.
    fn date_field(&self) -> &'static str;
    /// Field name: duration.
    fn duration_field(&self) -> &'static str;
    /// Field name: meeting format.
    fn format_field(&self) -> &'static str;
    /// Field name: rule set.
    fn rules_field(&self) -> &'static str;
    /// Field name: timebox.
    fn timebox_field(&self) -> &'static str;
    /// Field name: facilitator.
    fn facilitator_field(&self) -> &'static str;
    /// Field name: secretary.
    fn secretary_field(&self) -> &'static str;
    /// Field name: participants.
    fn participants_field(&self) -> &'static str;
    /// Name of a meeting format.
    fn format_name(&self, format: MeetingFormat) -> &'static str;
    /// Name of a rule set (may say which rules it follows, never brand them).
    fn rule_set_name(&self, rules: RuleSet) -> &'static str;
    /// A participant with their roles.
    fn with_roles(&self, name: &str, roles: &str) -> String;
    /// Marks a participant who joined after the start.
    fn joined_late(&self, entry: &str) -> String;
    /// Marks a participant absent at the end.
    fn not_present(&self, entry: &str) -> String;
    /// Marks a participant marked absent before the check-in, with the
    /// reason if given: "absent (on leave)", not "left".
    fn absent(&self, entry: &str, reason: Option<&str>) -> String;

    /// Heading of changes during the meeting (people, functions, timebox).
    fn changes_heading(&self) -> &'static str;
    /// Someone joined after the start.
    fn joined(&self, name: &str) -> String;
    /// Someone left, with why if said.
    fn left(&self, name: &str, reason: Option<&str>) -> String;
    /// Someone came back.
    fn came_back(&self, name: &str) -> String;
    /// Someone else facilitates from now on.
    fn facilitator_changed(&self, name: &str) -> String;
    /// Someone else (or nobody) is secretary from now on.
    fn secretary_changed(&self, name: Option<&str>) -> String;
    /// The timebox changed (or was removed).
    fn timebox_changed(&self, duration: Option<&str>) -> String;
    /// An item was taken off the agenda.
    fn item_removed(&self, label: &str) -> String;
    /// How many log entries were retracted (undo), so readers know.
    fn corrections(&self, count: usize) -> String;

    /// A turn longer than the round's timebox.
    fn over_time(&self, length: &str) -> String;
    /// A round that never started.
    fn not_held(&self) -> &'static str;
    /// Someone in an open round who has not had a turn.
    fn waiting_for_turn(&self) -> &'static str;
    /// A concern raised in an objection round, with its number.
    fn concern_turn(&self, number: u32, text: &str) -> String;

    /// Heading of the agenda items.
    fn agenda_heading(&self) -> &'static str;
    /// Shown when the agenda stayed empty.
    fn no_items(&self) -> &'static str;
    /// Field name: owner (proposer).
    fn owner_field(&self) -> &'static str;
    /// Field name: outcome.
    fn outcome_field(&self) -> &'static str;
    /// Field name: what close-out decided.
    fn close_out_field(&self) -> &'static str;
    /// Field name: time.
    fn time_field(&self) -> &'static str;
    /// Time used by an item, against its fair share if there was one.
    fn time_used(&self, used: &str, fair_share: Option<&str>) -> String;
    /// Adopted outcome: which version, when.
    fn adopted_at(&self, version: &str, time: &str) -> String;
    /// Any other ending: how, when, why.
    fn ended_at(&self, ending: &str, time: &str, reason: Option<&str>) -> String;
    /// An item still being processed, and its step.
    fn in_progress(&self, step: &str) -> String;
    /// An item never started.
    fn not_reached(&self) -> &'static str;
    /// Heading: tension.
    fn tension_heading(&self) -> &'static str;
    /// Heading: example.
    fn example_heading(&self) -> &'static str;
    /// Heading: proposal versions.
    fn proposal_heading(&self) -> &'static str;
    /// A missing tension, example or proposal.
    fn not_stated(&self) -> &'static str;
    /// The proposer asked for help crafting a proposal.
    fn help_requested(&self) -> &'static str;
    /// A version amended to integrate an objection.
    fn amended_for(&self, objection: u32) -> String;
    /// Heading: clarifying questions.
    fn questions_heading(&self) -> &'static str;
    /// An answer to a question.
    fn answer(&self, answer: &str) -> String;
    /// The proposer's "not specified".
    fn not_specified(&self) -> &'static str;
    /// A question still waiting for an answer.
    fn not_answered(&self) -> &'static str;
    /// A question ruled out of order, with why.
    fn ruled_out_of_order(&self, reason: &str) -> String;
    /// Heading: clarifications in amend-and-clarify.
    fn clarifications_heading(&self) -> &'static str;
    /// Heading of an objection round, with the version it asked about.
    fn objection_round_on(&self, version: &str) -> String;

    /// Label before the concerns an objection round raised.
    fn concerns_label(&self) -> &'static str;
    /// A concern: number, objector, version it was raised against.
    fn concern_heading(&self, number: u32, objector: &str, version: &str) -> String;
    /// Who asked for the concern to be tested.
    fn test_requested_by(&self, name: &str) -> String;
    /// Accepted as an objection without a test.
    fn recorded_untested(&self) -> &'static str;
    /// A failed criterion with no argument given.
    fn no_argument(&self) -> &'static str;
    /// One tested criterion: letter, name, argument, ruling.
    fn criterion_result(
        &self,
        letter: char,
        criterion: &str,
        argument: &str,
        holds: bool,
    ) -> String;
    /// The secretary's ruling on a rules-violation claim.
    fn secretary_ruling(&self, upheld: bool, note: &str) -> String;
    /// Outcome: not handled yet.
    fn concern_unhandled(&self) -> &'static str;
    /// Outcome: testing not finished.
    fn concern_testing(&self) -> &'static str;
    /// Outcome: a valid objection, not (yet) integrated.
    fn concern_valid(&self) -> &'static str;
    /// Outcome: dismissed because a criterion failed.
    fn dismissed_on(&self, letter: char, criterion: &str) -> String;
    /// Outcome: integrated in a version.
    fn integrated_in(&self, version: &str) -> String;
    /// Outcome: abandoned, with why.
    fn abandoned(&self, reason: &str) -> String;

    /// Heading: notes.
    fn notes_heading(&self) -> &'static str;
    /// Heading: the rulings log.
    fn rulings_heading(&self) -> &'static str;
    /// Ruling: a question ruled out of order.
    fn ruling_question(&self, question: u32, asker: &str, reason: &str) -> String;
    /// Ruling: one criterion tested.
    fn ruling_test(
        &self,
        concern: u32,
        objector: &str,
        letter: char,
        criterion: &str,
        holds: bool,
    ) -> String;
    /// Ruling: a concern recorded as an objection without a test.
    fn ruling_recorded(&self, concern: u32, objector: &str) -> String;
    /// Ruling: the secretary on a rules-violation claim.
    fn ruling_secretary(&self, concern: u32, objector: &str, upheld: bool, note: &str) -> String;
    /// Ruling: an objection abandoned.
    fn ruling_abandoned(&self, concern: u32, objector: &str, reason: &str) -> String;
    /// Ruling: an out-of-order intervention.
    fn ruling_out_of_order(&self, kind: &str, person: Option<&str>, note: &str) -> String;
    /// Ruling: a time-out, its length (none while running) and what was agreed.
    fn ruling_time_out(
        &self,
        requested_by: Option<&str>,
        reason: &str,
        length: Option<&str>,
        note: Option<&str>,
    ) -> String;

    /// Heading: speaking time.
    fn speaking_time_heading(&self) -> &'static str;
    /// What speaking time counts.
    fn speaking_time_explained(&self) -> &'static str;
    /// Column: person.
    fn person_column(&self) -> &'static str;
    /// Column: time.
    fn time_column(&self) -> &'static str;

    /// Heading: the driver (consent rules).
    fn driver_heading(&self) -> &'static str;
    /// Heading: a consent round on a proposal version.
    fn consent_round_on(&self, version: &str) -> String;
    /// A consent-round turn: consent.
    fn consent_given(&self) -> &'static str;
    /// A consent-round turn: a concern, logged and not blocking.
    fn concern_logged(&self, text: &str) -> String;
    /// A consent-round turn: an objection with its number.
    fn objection_turn(&self, number: u32, text: &str) -> String;
    /// Label before the objections a consent round raised.
    fn objections_label(&self) -> &'static str;
    /// An objection: number, objector, version it was raised against.
    fn objection_heading(&self, number: u32, objector: &str, version: &str) -> String;
    /// Outcome of an objection: resolved in a version.
    fn resolved_in(&self, version: &str) -> String;
    /// Outcome of an objection: not resolved (yet).
    fn objection_open(&self) -> &'static str;
    /// Field: the agreement's review date.
    fn review_field(&self) -> &'static str;
    /// Field: how the agreement will be evaluated.
    fn criteria_field(&self) -> &'static str;
    /// Decisions: an objection resolved in a version (consent rules).
    fn objection_resolved(&self, number: u32, objector: &str, version: &str) -> String;
    /// Decisions: a concern logged in a consent round, kept for the review.
    fn concern_logged_by(&self, name: &str, text: &str) -> String;
    /// Outcome of an objection: taken as a concern, with why.
    fn requalified(&self, reason: &str) -> String;
    /// Ruling: an objection taken as a concern.
    fn ruling_requalified(&self, objection: u32, objector: &str, reason: &str) -> String;
}
