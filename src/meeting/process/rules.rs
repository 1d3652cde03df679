//! Rules every process shares: where the meeting must be, who may speak,
//! how texts are cleaned and limited, and the default order of a round.
//! The processes and the meeting's own commands call these; none of them
//! keeps a copy.

use crate::meeting::event::RoundKind;
use crate::meeting::event::{Direction, Event, IdmStep, RoundStart};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::setup::PersonId;
use crate::meeting::state::{Concern, Item, MeetingState, Phase, Round};

/// Longest agenda label, in words (process.md: "one to three words").
pub const MAX_LABEL_WORDS: usize = 3;

/// Longest text of any one entry, in bytes (256 KiB): a 100 KB proposal
/// fits with room to spare, a pasted file or log does not.
pub const MAX_TEXT_BYTES: usize = 256 * 1024;

/// Most participants a meeting can have: well above any real circle, low
/// enough that every round and choice stays usable on screen.
pub const MAX_PARTICIPANTS: usize = 200;

/// Most agenda items a meeting can have (removed ones count too).
pub const MAX_AGENDA_ITEMS: usize = 1000;

pub(crate) fn not_now(state: &MeetingState, action: Action) -> Refusal {
    Refusal::NotNow {
        action,
        phase: state.phase,
    }
}

pub(crate) fn require_phase(
    state: &MeetingState,
    action: Action,
    ok: impl Fn(Phase) -> bool,
) -> Result<(), Refusal> {
    if ok(state.phase) {
        Ok(())
    } else {
        Err(not_now(state, action))
    }
}

pub(crate) fn agenda_open(phase: Phase) -> bool {
    matches!(phase, Phase::Agenda | Phase::Item { .. })
}

pub(crate) fn require_step<'s>(
    state: &'s MeetingState,
    action: Action,
    steps: &[IdmStep],
) -> Result<&'s Item, Refusal> {
    match state.phase {
        Phase::Item { step, .. } if steps.contains(&step) => {
            state.active_item().ok_or_else(|| not_now(state, action))
        }
        _ => Err(not_now(state, action)),
    }
}

pub(crate) fn require_round_complete(state: &MeetingState) -> Result<(), Refusal> {
    let round = state.current_round().ok_or(Refusal::NoRound)?;
    let waiting = round.waiting();
    if waiting.is_empty() {
        Ok(())
    } else {
        Err(Refusal::RoundIncomplete {
            kind: round.kind,
            waiting: names(state, waiting),
        })
    }
}

/// Names of the people whose concerns in this item match `which`.
pub(crate) fn objectors(
    state: &MeetingState,
    item: &Item,
    which: fn(&Concern) -> bool,
) -> Vec<String> {
    let people = item
        .concerns()
        .iter()
        .filter(|c| which(c))
        .map(|c| c.objector)
        .collect();
    names(state, people)
}

pub(crate) fn names(state: &MeetingState, people: Vec<PersonId>) -> Vec<String> {
    people
        .into_iter()
        .map(|p| state.name(p).to_owned())
        .collect()
}

pub(crate) fn person(state: &MeetingState, id: PersonId) -> Result<(), Refusal> {
    state
        .person(id)
        .map(|_| ())
        .ok_or(Refusal::UnknownPerson { id: id.0 })
}

pub(crate) fn turn_taker(
    state: &MeetingState,
    round: &Round,
    who: Option<PersonId>,
) -> Result<PersonId, Refusal> {
    match who {
        None => round.current().ok_or(Refusal::RoundComplete),
        Some(p) => {
            person(state, p)?;
            if !round.order.contains(&p) {
                Err(Refusal::NotInRound {
                    name: state.name(p).to_owned(),
                })
            } else if round.has_had_turn(p) {
                Err(Refusal::AlreadyHadTurn {
                    name: state.name(p).to_owned(),
                })
            } else {
                Ok(p)
            }
        }
    }
}

pub(crate) fn step(step: IdmStep, round: Option<RoundStart>) -> Event {
    Event::StepEntered { step, round }
}

/// The default order of the next round: present people in seating order,
/// starting person and direction rotating with the round number so the
/// facilitator is not always first (process.md, "Rounds").
pub(crate) fn default_round(
    state: &MeetingState,
    kind: RoundKind,
    except: Option<PersonId>,
) -> RoundStart {
    let number = state.rounds.len() as u32;
    let mut eligible: Vec<PersonId> = Vec::with_capacity(state.people.len());
    eligible.extend(
        state
            .present_people()
            .map(|p| p.id)
            .filter(|p| Some(*p) != except),
    );
    let direction = if number.is_multiple_of(2) {
        Direction::Forward
    } else {
        Direction::Backward
    };
    let start = if eligible.is_empty() {
        0
    } else {
        number as usize % eligible.len()
    };
    RoundStart {
        number,
        kind,
        order: {
            rotate_in_place(&mut eligible, start, direction);
            super::election::candidate_last(state, kind, eligible)
        },
    }
}

/// Everyone in `seating`, starting at index `start`, going `direction`.
pub(crate) fn rotate(seating: &[PersonId], start: usize, direction: Direction) -> Vec<PersonId> {
    let mut order = seating.to_vec();
    rotate_in_place(&mut order, start, direction);
    order
}

/// [`rotate`] on a list it may reorder, so a new round's order is built
/// without a second list.
fn rotate_in_place(order: &mut [PersonId], start: usize, direction: Direction) {
    let n = order.len();
    if n == 0 {
        return;
    }
    match direction {
        Direction::Forward => order.rotate_left(start % n),
        // Reversed, the one at `start` is at `n - 1 - start`: from there on.
        Direction::Backward => {
            order.reverse();
            order.rotate_left(n - 1 - start % n);
        }
    }
}

pub(crate) fn required(text: &str, field: Field) -> Result<String, Refusal> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(Refusal::Empty { field })
    } else {
        not_too_long(trimmed, field)?;
        Ok(trimmed.to_owned())
    }
}

pub(crate) fn optional(text: Option<&str>, field: Field) -> Result<Option<String>, Refusal> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    if let Some(t) = text {
        not_too_long(t, field)?;
    }
    Ok(text.map(str::to_owned))
}

fn not_too_long(text: &str, field: Field) -> Result<(), Refusal> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Refusal::TextTooLong {
            field,
            limit_kb: MAX_TEXT_BYTES / 1024,
        });
    }
    Ok(())
}

pub(crate) fn label_text(label: &str) -> Result<String, Refusal> {
    let label = required(label, Field::Label)?;
    let words = label.split_whitespace().count();
    if words > MAX_LABEL_WORDS {
        return Err(Refusal::LabelTooLong { words });
    }
    // Already one space between words (as every stored label is): nothing
    // to join again.
    let spaced = !label.contains(|c: char| c.is_whitespace() && c != ' ') && !label.contains("  ");
    if spaced {
        return Ok(label);
    }
    Ok(label.split_whitespace().collect::<Vec<_>>().join(" "))
}
