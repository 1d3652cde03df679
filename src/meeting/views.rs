//! Derived views the screens, minutes and review need; all computed from
//! the folded state, never stored.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::command::Command;
use super::event::OutputKind;
use super::event::{Ending, IdmStep, ItemId};
use super::process::Process;
use super::setup::{MeetingFormat, PersonId, RuleSet};
use super::state::{Concern, ConcernStatus, Item, MeetingState, Phase, Round, Turn, TurnOutcome};

/// Seconds each person held the floor in rounds, in seating order. A
/// skipped turn is not speaking time: the person was not there.
pub fn speaking_time(state: &MeetingState) -> Vec<(PersonId, i64)> {
    let mut totals: BTreeMap<PersonId, i64> = state.people.iter().map(|p| (p.id, 0)).collect();
    for turn in state
        .rounds
        .iter()
        .flat_map(|r| &r.turns)
        .filter(|t| !matches!(t.outcome, TurnOutcome::Skipped { .. }))
    {
        *totals.entry(turn.person).or_default() += turn.seconds;
    }
    totals.into_iter().collect()
}

/// Seconds spent on an item so far (until it ended, or until `now`).
pub fn item_time_used(item: &Item, now: DateTime<FixedOffset>) -> Option<i64> {
    let start = item.started_at?;
    let end = item.end.as_ref().map_or(now, |e| e.at);
    Some((end - start).num_seconds().max(0))
}

/// Seconds the current speaker has held the floor. A time-out pauses the
/// turn (the engine moves `floor_since` on when it ends), so while one runs
/// the reading stays at its start instead of counting talk about process
/// against the speaker.
pub fn floor_secs(state: &MeetingState, round: &Round, now: DateTime<FixedOffset>) -> i64 {
    let until = state.time_out.as_ref().map_or(now, |t| t.since.min(now));
    (until - round.floor_since).num_seconds().max(0)
}

/// Seconds of meeting time since the clock started (until the meeting
/// closed, or until `now`); 0 while the ready-to-start screen waits.
pub fn elapsed_secs(state: &MeetingState, now: DateTime<FixedOffset>) -> i64 {
    let Some(start) = state.clock_from else {
        return 0;
    };
    let end = state.closed_at.unwrap_or(now);
    (end - start).num_seconds().max(0)
}

/// "Item n of m" for the phase bar: the active item's 1-based position and
/// the agenda length.
pub fn item_position(state: &MeetingState) -> Option<(usize, usize)> {
    let Phase::Item { item, .. } = state.phase else {
        return None;
    };
    let index = state.agenda.iter().position(|i| i.id == item)?;
    Some((index + 1, state.agenda.len()))
}

/// Counts for lists and summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Items on the agenda.
    pub items: usize,
    /// Items adopted.
    pub adopted: usize,
    /// Items ended any other way.
    pub ended_otherwise: usize,
    /// Items carried over.
    pub carried_over: usize,
    /// Next actions and projects.
    pub actions: usize,
}

/// Counts of what a session produced.
pub fn tally(state: &MeetingState) -> Tally {
    let mut t = Tally {
        items: state.agenda.len(),
        actions: state
            .outputs
            .iter()
            .filter(|o| matches!(o.kind, OutputKind::NextAction | OutputKind::Project))
            .count(),
        ..Tally::default()
    };
    for item in &state.agenda {
        match item.end.as_ref().map(|e| e.ending) {
            Some(Ending::Adopted) => t.adopted += 1,
            Some(_) => t.ended_otherwise += 1,
            None => {}
        }
        if item.disposition == Some(super::event::Disposition::CarriedOver) {
            t.carried_over += 1;
        }
    }
    t
}

/// Items that ended, with how, in agenda order.
pub fn outcomes(state: &MeetingState) -> Vec<(ItemId, Ending)> {
    state
        .agenda
        .iter()
        .filter_map(|i| i.end.as_ref().map(|e| (i.id, e.ending)))
        .collect()
}

/// What "next" (the `n` key) means in the meeting's current phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// Record this command at once.
    Record(Command),
    /// Ask before recording this command: it closes the meeting or ends an item.
    Confirm(Command),
    /// Adoption under consent rules: the review date and evaluation
    /// criteria must be asked for first.
    Adopt,
    /// Nothing follows from here.
    Nothing,
}

/// The next step for `n`. `selected` is the agenda item chosen on the
/// agenda screen (the next pending one if `None`). Within an item the step
/// that follows comes from the item's process ([`Process::next_step`]); a
/// deciding round with no open objection ends the item adopted, and the
/// last step of a process without a deciding round ends it with the
/// process's first ending.
pub fn next_step(state: &MeetingState, selected: Option<ItemId>) -> NextStep {
    NextStep::Record(match state.phase {
        Phase::Opening => Command::StartCheckIn,
        Phase::CheckIn
            if state.format == MeetingFormat::Tactical && !state.tactical.actions.is_empty() =>
        {
            Command::OpenActions
        }
        Phase::CheckIn if state.format == MeetingFormat::Tactical => Command::OpenChecklist,
        Phase::Actions => Command::OpenChecklist,
        Phase::CheckIn => Command::OpenAgenda,
        Phase::Checklist => Command::OpenMetrics,
        Phase::Metrics => Command::OpenProgress,
        Phase::Progress => Command::OpenAgenda,
        Phase::Agenda => Command::StartItem { item: selected },
        Phase::Closing => Command::OpenCloseOut,
        Phase::CloseOut => return NextStep::Confirm(Command::CloseSession),
        Phase::Closed => return NextStep::Nothing,
        Phase::Item { step, .. } => {
            let process = Process::active(state);
            let deciding = matches!(step, IdmStep::ObjectionRound | IdmStep::ConsentRound);
            if deciding && !has_open_objection(state) {
                return if needs_review_date(state, Ending::Adopted) {
                    NextStep::Adopt
                } else {
                    NextStep::Confirm(end(Ending::Adopted))
                };
            }
            match process.next_step(step) {
                Some(next) => match opening(next) {
                    Some(command) => command,
                    None => return NextStep::Nothing,
                },
                None => match process.endings().first() {
                    Some(ending) => return NextStep::Confirm(end(*ending)),
                    None => return NextStep::Nothing,
                },
            }
        }
    })
}

/// The command that opens an item's step; `None` for a first step, which
/// starting the item opens.
fn opening(step: IdmStep) -> Option<Command> {
    Some(match step {
        IdmStep::PresentProposal | IdmStep::DescribeRole | IdmStep::Triage => return None,
        IdmStep::ClarifyingQuestions => Command::OpenClarifyingQuestions,
        IdmStep::ReactionRound => Command::OpenReactionRound,
        IdmStep::AmendAndClarify => Command::OpenAmendAndClarify,
        IdmStep::ObjectionRound => Command::OpenObjectionRound,
        IdmStep::Integration => Command::OpenIntegration,
        IdmStep::ConsentRound => Command::OpenConsentRound,
        IdmStep::ResolveObjections => Command::OpenResolution,
        IdmStep::Nominations => Command::OpenNominations,
        IdmStep::NominationSharing => Command::OpenNominationSharing,
        IdmStep::NominationChanges => Command::OpenNominationChanges,
        IdmStep::ProposeCandidate => Command::OpenCandidateProposal,
    })
}

fn end(ending: Ending) -> Command {
    Command::EndItem {
        ending,
        reason: None,
    }
}

fn has_open_objection(state: &MeetingState) -> bool {
    state
        .active_item()
        .is_some_and(|i| i.concerns().iter().any(Concern::is_open_objection))
}

/// The endings the outcome dialog offers for the active item, in order:
/// its process's ([`Process::endings`]), the same table the engine judges
/// an ending by.
pub fn endings(state: &MeetingState) -> &'static [Ending] {
    Process::active(state).endings()
}

/// Whether giving the active item `ending` needs a review date first:
/// adoption under consent rules records an agreement with one.
pub fn needs_review_date(state: &MeetingState, ending: Ending) -> bool {
    ending == Ending::Adopted && state.active_rules() == RuleSet::Consent
}

/// The active item's concerns that count as objections: found valid in
/// testing, and what became of them since (integrated or abandoned).
pub fn objections(state: &MeetingState) -> Vec<&Concern> {
    state
        .active_item()
        .map(|item| {
            item.concerns()
                .iter()
                .filter(|c| {
                    matches!(
                        c.status(),
                        ConcernStatus::Valid
                            | ConcernStatus::Integrated { .. }
                            | ConcernStatus::Abandoned
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Items close-out must decide (carry over or let go), in agenda order;
/// decided ones included, so they can be seen and changed.
pub fn undecided(state: &MeetingState) -> Vec<&Item> {
    state
        .agenda
        .iter()
        .filter(|i| i.needs_disposition())
        .collect()
}

/// Who has the floor now, for "speaking: X" on every step with a speaker
/// and the projector's large text: the person whose turn it is in a round;
/// the proposer while presenting, answering clarifying questions and
/// amending; in integration (and, under consent rules, while resolving
/// objections) the objector of the first open objection with the proposer. Empty when nobody does (agenda building, a finished
/// round, close-out) or during a time-out, which is about process.
pub fn floor_holders(state: &MeetingState) -> Vec<PersonId> {
    if state.time_out.is_some() {
        return Vec::new();
    }
    if let Some(round) = state.current_round() {
        return round.current().into_iter().collect();
    }
    let Phase::Item { step, .. } = state.phase else {
        return Vec::new();
    };
    let Some(item) = state.active_item() else {
        return Vec::new();
    };
    match step {
        IdmStep::PresentProposal | IdmStep::ClarifyingQuestions | IdmStep::AmendAndClarify => {
            vec![item.owner]
        }
        IdmStep::Integration | IdmStep::ResolveObjections => {
            let mut people: Vec<PersonId> = item
                .concerns()
                .iter()
                .find(|c| c.is_open_objection())
                .map(|c| c.objector)
                .into_iter()
                .collect();
            if !people.contains(&item.owner) {
                people.push(item.owner);
            }
            people
        }
        _ => Vec::new(),
    }
}

/// Who has spoken in a round and whose turn it is (kept here with the
/// other readings of the state).
impl Round {
    /// Has this person had their turn (or been skipped)?
    pub fn has_had_turn(&self, person: PersonId) -> bool {
        self.turns.iter().any(|t| t.person == person)
    }

    /// Whose turn it is: the first in order who has not had one.
    pub fn current(&self) -> Option<PersonId> {
        self.order.iter().copied().find(|p| !self.has_had_turn(*p))
    }

    /// People in order who have not had their turn yet.
    pub fn waiting(&self) -> Vec<PersonId> {
        self.order
            .iter()
            .copied()
            .filter(|p| !self.has_had_turn(*p))
            .collect()
    }

    /// Everyone in the order has had a turn.
    pub fn is_complete(&self) -> bool {
        self.current().is_none()
    }

    /// The turn this person had, if any.
    pub fn turn_of(&self, person: PersonId) -> Option<&Turn> {
        self.turns.iter().find(|t| t.person == person)
    }
}
