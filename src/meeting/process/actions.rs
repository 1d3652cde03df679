//! The action review of a tactical meeting (process.md, "Work between
//! meetings"): the circle's open next actions, as the sessions folder had
//! them when the meeting was set up, each answered done / still open /
//! dropped with an optional note. The list the meeting was offered is
//! recorded in its setup (`TacticalLists::actions`), so replay and review
//! see exactly what the group saw; the answers are events.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::meeting::command::Command;
use crate::meeting::event::Event;
use crate::meeting::refusal::{Field, Refusal};
use crate::meeting::setup::{MeetingFormat, PersonId, Setup};
use crate::meeting::state::{MeetingState, Phase};

use super::rules::optional;
use super::tactical::TacticalRefusal;

/// Where a next action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum ActionStatus {
    /// Still to do ("loopt nog"); every action of an older session starts
    /// here.
    Open,
    /// Done ("gedaan").
    Done,
    /// Let go: it will not be done ("vervalt").
    Dropped,
}

/// An open action offered to the meeting for review. Names, not handles:
/// people are numbered per session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedAction {
    /// The action's key in the circle's memory (session ID, `#`, place).
    pub key: String,
    /// What is to be done.
    pub text: String,
    /// The owner's name, if anyone owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The role it was taken on in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// When it was recorded.
    pub since: DateTime<FixedOffset>,
    /// A request the owner accepted ("toegezegd") rather than a next
    /// action; left out of the file when not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub accepted: bool,
}

/// How the meeting answered one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionAnswer {
    /// Done, still open or dropped.
    pub status: ActionStatus,
    /// Anything said with it.
    pub note: Option<String>,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// One offered action in this meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewedAction {
    /// Number in the review, from 1, in the order offered.
    pub number: u32,
    /// What was offered.
    pub offered: OfferedAction,
    /// The owner among this meeting's participants, if present by name.
    pub owner: Option<PersonId>,
    /// The answer, once given (the latest counts).
    pub answer: Option<ActionAnswer>,
}

/// The offered actions, numbered, owners matched to participants.
pub fn offered(setup: &Setup) -> Vec<ReviewedAction> {
    setup
        .tactical_lists
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| ReviewedAction {
            number: i as u32 + 1,
            owner: a.owner.as_ref().and_then(|name| {
                setup
                    .participants
                    .iter()
                    .position(|p| p.name.eq_ignore_ascii_case(name))
                    .map(|i| PersonId(i as u32))
            }),
            offered: a.clone(),
            answer: None,
        })
        .collect()
}

/// Decides `ReviewAction`: a tactical meeting, from the check-in until
/// close-out, an action it was offered.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    let Command::ReviewAction {
        number,
        status,
        note,
    } = command
    else {
        return Err(Refusal::Tactical(TacticalRefusal::TacticalOnly));
    };
    if state.format != MeetingFormat::Tactical {
        return Err(TacticalRefusal::TacticalOnly.into());
    }
    if matches!(state.phase, Phase::Opening | Phase::Closed) {
        return Err(TacticalRefusal::ActionReviewClosed.into());
    }
    if !state.tactical.actions.iter().any(|a| a.number == *number) {
        return Err(TacticalRefusal::UnknownAction { number: *number }.into());
    }
    Ok(Event::ActionReviewed {
        number: *number,
        status: *status,
        note: optional(note.as_deref(), Field::Note)?,
    })
}

/// Decides `OpenActions`: a tactical meeting that was offered open
/// actions, right after its check-in round.
pub(crate) fn open(state: &MeetingState) -> Result<Event, Refusal> {
    if state.format != MeetingFormat::Tactical {
        return Err(TacticalRefusal::TacticalOnly.into());
    }
    if state.phase != Phase::CheckIn {
        return Err(Refusal::NotNow {
            action: crate::meeting::refusal::Action::OpenActions,
            phase: state.phase,
        });
    }
    super::rules::require_round_complete(state)?;
    if state.tactical.actions.is_empty() {
        return Err(TacticalRefusal::NoActionsOffered.into());
    }
    Ok(Event::PhaseEntered {
        phase: crate::meeting::event::PhaseKind::Actions,
        round: None,
    })
}

/// Applies `ActionReviewed`.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    if let Event::ActionReviewed {
        number,
        status,
        note,
    } = event
        && let Some(a) = state
            .tactical
            .actions
            .iter_mut()
            .find(|a| a.number == *number)
    {
        a.answer = Some(ActionAnswer {
            status: *status,
            note: note.clone(),
            at,
        });
    }
}
