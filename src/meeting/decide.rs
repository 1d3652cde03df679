//! Validation: turns a command into the one event it stands for, or refuses
//! it with the reason. Reads state, never changes it.
//!
//! This is only the router: the meeting's own commands are decided in
//! `process::meeting`, each item process's in its module under
//! [`super::process`], and [`super::process::owner`] says which is which.

use super::command::{Command, CommandKind};
use super::event::Event;
use super::process::{
    Formats, Owner, Process, consent, election, formats, meeting, owner, parts, rules::not_now,
    tactical,
};
use super::refusal::{Action, Refusal};
use super::setup::{MeetingFormat, RuleSet};
use super::state::MeetingState;
use super::tactical::TacticalRefusal;

pub use super::process::rules::{
    MAX_AGENDA_ITEMS, MAX_LABEL_WORDS, MAX_PARTICIPANTS, MAX_TEXT_BYTES,
};

/// [`decide`] at a moment in time. The few rules that need the clock (a
/// tactical item may be cut off only once its fair share is used) are
/// checked after every rule that does not, so the session recording a
/// command and a screen probing before a dialog always get the same reason.
pub fn decide_at(
    state: &MeetingState,
    command: &Command,
    at: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Event, Refusal> {
    let decided = decide(state, command);
    if decided.is_ok()
        && let Err(refusal) = tactical::check_at(state, command, at)
    {
        return Err(refusal);
    }
    // Returned as it came, so the event is not moved on the way.
    decided
}

/// Decides what a command means for this state. `Undo` is the session's
/// business (it needs the log) and is refused here.
///
/// In order: a closed meeting refuses everything; a time-out refuses all
/// but a few commands; a command of the other format is refused; a command
/// of the other rule set is refused naming it; then its owner decides.
pub fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    if state.is_closed() {
        return Err(not_now(state, Action::Anything));
    }
    let kind = CommandKind::from(command);
    if state.time_out.is_some() && !allowed_during_time_out(kind) {
        return Err(Refusal::TimeOutRunning);
    }
    match (formats(command), state.format) {
        (Formats::Governance, MeetingFormat::Tactical) => {
            return Err(TacticalRefusal::GovernanceOnly.into());
        }
        (Formats::Tactical, MeetingFormat::Governance) => {
            return Err(TacticalRefusal::TacticalOnly.into());
        }
        _ => {}
    }
    // Asked only of the commands that depend on it: most entries are the
    // meeting's own, and the rules are the active item's.
    let rules = || state.active_rules();
    match owner(kind) {
        Owner::Meeting => meeting::decide(state, command),
        Owner::Integrative(action) if rules() == RuleSet::Consent => Err(Refusal::WrongRules {
            action,
            rules: RuleSet::Consent,
        }),
        Owner::Consent(action) if rules() != RuleSet::Consent => Err(Refusal::WrongRules {
            action,
            rules: RuleSet::Integrative,
        }),
        Owner::Consent(_) => consent::decide(state, command),
        Owner::Election => election::decide(state, command),
        Owner::Tactical => tactical::decide(state, command),
        Owner::Parts => parts::decide(state, command),
        Owner::Integrative(_) | Owner::ActiveProcess => {
            Process::active(state).decide(state, command)
        }
    }
}

/// The commands a time-out lets through: keeping the record, and the
/// people and timebox of the meeting.
fn allowed_during_time_out(kind: CommandKind) -> bool {
    matches!(
        kind,
        CommandKind::EndTimeOut
            | CommandKind::Note
            | CommandKind::RecordOutOfOrder
            | CommandKind::AddParticipant
            | CommandKind::SetPresence
            | CommandKind::SetFacilitator
            | CommandKind::SetSecretary
            | CommandKind::SetTimebox
            | CommandKind::Undo
    )
}
