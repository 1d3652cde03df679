//! The meeting's own commands: its phases, rounds, agenda, people,
//! timeboxes, time-outs, notes and close-out, in every format and under
//! every rule set. A process may add a rule to one of them (an election
//! must come first, a consent round takes answers, not speeches); the
//! router in `decide` asks it through `Process`.

use crate::meeting::command::Command;
use crate::meeting::event::{Event, ItemId, PhaseKind, RoundKind, Speech};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::setup::PersonId;
use crate::meeting::state::{Item, MeetingState, Phase};

use super::rules::{
    MAX_AGENDA_ITEMS, MAX_PARTICIPANTS, agenda_open, default_round, label_text, not_now, optional,
    person, require_phase, require_round_complete, required, rotate, turn_taker,
};

/// Decides one of the meeting's own commands. The router sends only those
/// here; anything else is refused as not possible now.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::StartCheckIn => {
            require_phase(state, Action::StartCheckIn, |p| p == Phase::Opening)?;
            Ok(Event::PhaseEntered {
                phase: PhaseKind::CheckIn,
                round: Some(default_round(state, RoundKind::CheckIn, None)),
            })
        }
        Command::SetRoundOrder { first, direction } => {
            let round = state.current_round().ok_or(Refusal::NoRound)?;
            if !round.turns.is_empty() {
                return Err(Refusal::RoundAlreadyStarted);
            }
            person(state, *first)?;
            if !round.order.contains(first) {
                return Err(Refusal::NotInRound {
                    name: state.name(*first).to_owned(),
                });
            }
            let mut seating = round.order.clone();
            seating.sort();
            let start = seating.iter().position(|p| p == first).unwrap_or(0);
            Ok(Event::RoundReordered {
                order: super::election::candidate_last(
                    state,
                    round.kind,
                    rotate(&seating, start, *direction),
                ),
            })
        }
        Command::Speak {
            person: who,
            speech,
        } => {
            if let Some(refusal) = super::consent::speak_refused(state) {
                return Err(refusal);
            }
            let round = state.current_round().ok_or(Refusal::NoRound)?;
            let who = turn_taker(state, round, *who)?;
            let speech = match speech {
                Speech::Said { text } => Speech::Said {
                    text: required(text, Field::Speech)?,
                },
                Speech::Pass => Speech::Pass,
            };
            Ok(Event::TurnTaken {
                person: who,
                speech,
            })
        }
        Command::Skip {
            person: who,
            reason,
        } => {
            let round = state.current_round().ok_or(Refusal::NoRound)?;
            let who = turn_taker(state, round, *who)?;
            Ok(Event::TurnSkipped {
                person: who,
                reason: required(reason, Field::Reason)?,
            })
        }
        Command::OpenAgenda => {
            if let Some(event) = super::tactical::open_agenda(state) {
                return Ok(event);
            }
            require_phase(state, Action::OpenAgenda, |p| p == Phase::CheckIn)?;
            require_round_complete(state)?;
            Ok(Event::PhaseEntered {
                phase: PhaseKind::Agenda,
                round: None,
            })
        }
        Command::AddItem { label, owner } => {
            require_phase(state, Action::AddItem, agenda_open)?;
            if state.next_item_id as usize > MAX_AGENDA_ITEMS {
                return Err(Refusal::AgendaFull {
                    limit: MAX_AGENDA_ITEMS,
                });
            }
            person(state, *owner)?;
            Ok(Event::ItemAdded {
                item: ItemId(state.next_item_id),
                label: label_text(label)?,
                owner: *owner,
                kind: super::election::ItemKind::Tension,
            })
        }
        Command::EditItem { item, label, owner } => {
            require_phase(state, Action::ChangeAgenda, agenda_open)?;
            pending_item(state, *item)?;
            person(state, *owner)?;
            Ok(Event::ItemEdited {
                item: *item,
                label: label_text(label)?,
                owner: *owner,
            })
        }
        Command::RemoveItem { item } => {
            require_phase(state, Action::ChangeAgenda, agenda_open)?;
            pending_item(state, *item)?;
            Ok(Event::ItemRemoved { item: *item })
        }
        Command::MoveItem { item, position } => {
            if let Some(refusal) = super::election::check_move(state, *item, *position) {
                return Err(refusal);
            }
            require_phase(state, Action::ChangeAgenda, agenda_open)?;
            pending_item(state, *item)?;
            let earliest = state.agenda.iter().filter(|i| !i.is_pending()).count() as u32;
            if *position < earliest {
                return Err(Refusal::PositionTaken { earliest });
            }
            let last = state.agenda.len().saturating_sub(1) as u32;
            Ok(Event::ItemMoved {
                item: *item,
                position: (*position).min(last),
            })
        }
        Command::StartItem { item } => {
            if let Some(refusal) = item.and_then(|id| super::election::check_start(state, id)) {
                return Err(refusal);
            }
            require_phase(state, Action::StartItem, |p| p == Phase::Agenda)?;
            let target = match item {
                Some(id) => {
                    let it = pending_item(state, *id)?;
                    if it.disposition.is_some() {
                        return Err(Refusal::ItemNotPending {
                            label: it.label.clone(),
                        });
                    }
                    it.id
                }
                None => {
                    state
                        .agenda
                        .iter()
                        .find(|i| i.is_pending() && i.disposition.is_none())
                        .ok_or(Refusal::NoPendingItems)?
                        .id
                }
            };
            Ok(Event::ItemStarted { item: target })
        }
        Command::RecordOutput {
            kind,
            owner,
            text,
            role,
        } => {
            require_phase(state, Action::RecordOutput, |p| {
                !matches!(p, Phase::Opening | Phase::Closed)
            })?;
            if let Some(owner) = owner {
                person(state, *owner)?;
            }
            Ok(Event::OutputRecorded {
                kind: *kind,
                owner: *owner,
                text: required(text, Field::Output)?,
                role: optional(role.as_deref(), Field::Role)?,
            })
        }
        Command::StartTimeOut {
            requested_by,
            reason,
        } => {
            if let Some(p) = requested_by {
                person(state, *p)?;
            }
            Ok(Event::TimeOutStarted {
                requested_by: *requested_by,
                reason: required(reason, Field::Reason)?,
            })
        }
        Command::EndTimeOut { note } => {
            if state.time_out.is_none() {
                return Err(Refusal::NoTimeOut);
            }
            Ok(Event::TimeOutEnded {
                note: optional(note.as_deref(), Field::Note)?,
            })
        }
        Command::RecordOutOfOrder {
            person: who,
            kind,
            note,
        } => {
            if let Some(p) = who {
                person(state, *p)?;
            }
            Ok(Event::OutOfOrder {
                person: *who,
                kind: *kind,
                note: required(note, Field::Note)?,
            })
        }
        Command::Note { text } => Ok(Event::NoteRecorded {
            text: required(text, Field::Note)?,
        }),
        Command::AddParticipant { participant } => {
            if state.people.len() >= MAX_PARTICIPANTS {
                return Err(Refusal::TooManyPeople {
                    limit: MAX_PARTICIPANTS,
                });
            }
            let name = required(&participant.name, Field::Name)?;
            if state
                .people
                .iter()
                .any(|p| p.who.name.to_lowercase() == name.to_lowercase())
            {
                return Err(Refusal::DuplicateName { name });
            }
            let mut participant = participant.clone();
            participant.name = name;
            participant.roles = participant
                .roles
                .iter()
                .map(|r| r.trim().to_owned())
                .filter(|r| !r.is_empty())
                .collect();
            let person = PersonId(state.people.len() as u32);
            // The running round gets them at the end (before an election's
            // candidate, who is asked last).
            let round_order = state.current_round().map(|round| {
                let mut order = round.order.clone();
                order.push(person);
                super::election::candidate_last(state, round.kind, order)
            });
            Ok(Event::ParticipantJoined {
                person,
                participant,
                round_order,
            })
        }
        Command::SetPresence {
            person: who,
            present,
            reason,
        } => {
            person(state, *who)?;
            Ok(Event::PresenceChanged {
                person: *who,
                present: *present,
                reason: optional(reason.as_deref(), Field::Reason)?,
            })
        }
        Command::SetFacilitator { person: who } => {
            person(state, *who)?;
            Ok(Event::FacilitatorChanged { person: *who })
        }
        Command::SetSecretary { person: who } => {
            if let Some(p) = who {
                person(state, *p)?;
            }
            Ok(Event::SecretaryChanged { person: *who })
        }
        Command::SetTimebox { minutes } => {
            if *minutes == Some(0) {
                return Err(Refusal::BadTimebox);
            }
            Ok(Event::TimeboxChanged { minutes: *minutes })
        }
        Command::OpenClosingRound => {
            require_phase(state, Action::OpenClosingRound, |p| p == Phase::Agenda)?;
            Ok(Event::PhaseEntered {
                phase: PhaseKind::Closing,
                round: Some(default_round(state, RoundKind::Closing, None)),
            })
        }
        Command::OpenCloseOut => {
            require_phase(state, Action::OpenCloseOut, |p| p == Phase::Closing)?;
            require_round_complete(state)?;
            Ok(Event::PhaseEntered {
                phase: PhaseKind::CloseOut,
                round: None,
            })
        }
        Command::TakeOffer { .. } | Command::LetGoOffer { .. } => {
            super::offers::decide(state, command)
        }
        Command::Dispose { item, disposition } => {
            require_phase(state, Action::Dispose, |p| p == Phase::CloseOut)?;
            let it = state
                .item(*item)
                .ok_or(Refusal::UnknownItem { id: item.0 })?;
            if !it.needs_disposition() {
                return Err(Refusal::NoDispositionNeeded {
                    label: it.label.clone(),
                });
            }
            Ok(Event::ItemDisposed {
                item: *item,
                disposition: *disposition,
            })
        }
        Command::CloseSession => {
            require_phase(state, Action::CloseSession, |p| p == Phase::CloseOut)?;
            let undecided: Vec<String> = state
                .agenda
                .iter()
                .filter(|i| i.needs_disposition() && i.disposition.is_none())
                .map(|i| i.label.clone())
                .collect();
            if !undecided.is_empty() {
                return Err(Refusal::ItemsUndecided { labels: undecided });
            }
            Ok(Event::PhaseEntered {
                phase: PhaseKind::Closed,
                round: None,
            })
        }
        Command::Undo => Err(Refusal::NothingToUndo),
        _ => Err(not_now(state, Action::Anything)),
    }
}

fn pending_item(state: &MeetingState, id: ItemId) -> Result<&Item, Refusal> {
    let item = state.item(id).ok_or(Refusal::UnknownItem { id: id.0 })?;
    if item.is_pending() {
        Ok(item)
    } else {
        Err(Refusal::ItemNotPending {
            label: item.label.clone(),
        })
    }
}
