//! Where a tactical meeting's projects stand (process.md, "Work between
//! meetings"): current, waiting (on whom), done ("afgerond") or dropped,
//! set during the progress review. A project done or dropped stays on
//! this meeting's list with its last update, so the minutes keep it, and
//! is not offered to the next meeting; one waiting is offered still
//! waiting.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::meeting::command::Command;
use crate::meeting::event::Event;
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::state::MeetingState;

use super::tactical::{TacticalList, TacticalRefusal};

/// Where a project stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ProjectState {
    /// Being worked on.
    Current,
    /// Waiting on someone or something.
    Waiting {
        /// On whom or what.
        on: String,
    },
    /// Finished ("afgerond").
    Done,
    /// Let go.
    Dropped,
}

impl ProjectState {
    /// Done or dropped: off the board from the next meeting on.
    pub fn is_finished(&self) -> bool {
        matches!(self, ProjectState::Done | ProjectState::Dropped)
    }
}

/// Decides `SetProjectStatus`: during the progress review, a project on
/// the list; waiting needs someone (or something) to wait on.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    let Command::SetProjectStatus { number, status } = command else {
        return Err(Refusal::NotNow {
            action: Action::AnswerEntry,
            phase: state.phase,
        });
    };
    super::rules::require_phase(state, Action::AnswerEntry, |p| {
        p == TacticalList::Progress.phase()
    })?;
    if state
        .tactical
        .entry(TacticalList::Progress, *number)
        .is_none()
    {
        return Err(TacticalRefusal::UnknownEntry {
            list: TacticalList::Progress,
            number: *number,
        }
        .into());
    }
    let status = match status {
        ProjectState::Waiting { on } => ProjectState::Waiting {
            on: super::rules::required(on, Field::WaitingOn)?,
        },
        other => other.clone(),
    };
    Ok(Event::ProjectStatusSet {
        number: *number,
        status,
    })
}

/// Applies `ProjectStatusSet`.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, _at: DateTime<FixedOffset>) {
    if let Event::ProjectStatusSet { number, status } = event
        && let Some(entry) = state.tactical.entry_mut(TacticalList::Progress, *number)
    {
        entry.status = Some(status.clone());
    }
}
