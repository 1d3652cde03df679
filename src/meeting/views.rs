//! Derived views the screens, minutes and review need; all computed from
//! the folded state, never stored.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::event::OutputKind;
use super::event::{Ending, ItemId};
use super::setup::PersonId;
use super::state::{Item, MeetingState, Phase, Round, TurnOutcome};

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

/// Seconds since the meeting opened (until it closed, or until `now`).
pub fn elapsed_secs(state: &MeetingState, now: DateTime<FixedOffset>) -> i64 {
    let end = state.closed_at.unwrap_or(now);
    (end - state.opened_at).num_seconds().max(0)
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
