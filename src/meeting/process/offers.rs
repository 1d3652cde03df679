//! What the circle's memory offers a new meeting's agenda (process.md,
//! "Work between meetings"): items carried over at an earlier close-out
//! of the same circle and format, and, for a governance meeting,
//! agreements past their review date and elected roles whose term ends
//! before the next meeting. The offer is recorded in the setup (as the
//! sessions folder had it when the meeting was set up), so replay and the
//! minutes never depend on the folder later; each offer is then taken onto
//! the agenda or let go, and that answer is an event.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::meeting::command::Command;
use crate::meeting::event::{Event, ItemId};
use crate::meeting::refusal::{Action, Refusal};
use crate::meeting::setup::{PersonId, Setup};
use crate::meeting::state::{MeetingState, Phase};

use super::election::ItemKind;

/// Why an item is offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum OfferKind {
    /// Carried over at an earlier close-out and not settled since.
    Carried {
        /// How many close-outs carried it over.
        times: u32,
        /// When it first appeared (that meeting's opening).
        since: DateTime<FixedOffset>,
    },
    /// An agreement whose review date has passed.
    ReviewDue {
        /// The day it was to be reviewed.
        review_date: NaiveDate,
        /// The session that adopted it.
        adopted_in: String,
    },
    /// An elected role whose term ends before the next meeting.
    TermEnds {
        /// Who fills the role now.
        person: String,
        /// The day the term ends.
        ends: NaiveDate,
    },
}

/// One item offered to the agenda. Names, not handles: people are
/// numbered per session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferedItem {
    /// The item's label (for a term: the role).
    pub label: String,
    /// Whose tension (the agreement's proposer); none for a term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Why it is offered.
    #[serde(flatten)]
    pub kind: OfferKind,
}

impl OfferedItem {
    /// The kind of agenda item it becomes when taken: an election for an
    /// ending term, a tension otherwise.
    pub fn item_kind(&self) -> ItemKind {
        match self.kind {
            OfferKind::TermEnds { .. } => ItemKind::Election,
            _ => ItemKind::Tension,
        }
    }
}

/// What the meeting did with an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "answer")]
pub enum OfferAnswer {
    /// Put on the agenda as this item.
    Taken {
        /// The agenda item it became.
        item: ItemId,
    },
    /// Let go: it will not come back.
    LetGo,
}

/// One offer in this meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// Number, from 1, in the order offered.
    pub number: u32,
    /// What was offered.
    pub offered: OfferedItem,
    /// The owner among this meeting's participants, matched by name.
    pub owner: Option<PersonId>,
    /// Taken or let go, once answered.
    pub answer: Option<OfferAnswer>,
}

impl Offer {
    /// Still waiting for take / let go?
    pub fn is_open(&self) -> bool {
        self.answer.is_none()
    }
}

/// Why an offer could not be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferRefusal {
    /// No offer with that number.
    Unknown {
        /// The number asked for.
        number: u32,
    },
    /// The offer was already taken or let go.
    Answered {
        /// Its number.
        number: u32,
    },
}

/// The setup's offers, numbered, owners matched to participants (case
/// ignored).
pub fn offered(setup: &Setup) -> Vec<Offer> {
    setup
        .offered
        .iter()
        .enumerate()
        .map(|(i, o)| Offer {
            number: i as u32 + 1,
            owner: o.owner.as_ref().and_then(|name| {
                setup
                    .participants
                    .iter()
                    .position(|p| p.name.trim().to_lowercase() == name.trim().to_lowercase())
                    .map(|i| PersonId(i as u32))
            }),
            offered: o.clone(),
            answer: None,
        })
        .collect()
}

fn open_offer(state: &MeetingState, number: u32) -> Result<&Offer, Refusal> {
    let offer = state
        .offers
        .iter()
        .find(|o| o.number == number)
        .ok_or(Refusal::Offer(OfferRefusal::Unknown { number }))?;
    if offer.answer.is_some() {
        return Err(Refusal::Offer(OfferRefusal::Answered { number }));
    }
    Ok(offer)
}

/// Decides `TakeOffer` and `LetGoOffer`: while the agenda is built (or
/// between items), an offer not yet answered.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    let number = match command {
        Command::TakeOffer { number, .. } | Command::LetGoOffer { number } => *number,
        _ => {
            return Err(Refusal::NotNow {
                action: Action::AnswerOffer,
                phase: state.phase,
            });
        }
    };
    if state.phase != Phase::Agenda {
        return Err(Refusal::NotNow {
            action: Action::AnswerOffer,
            phase: state.phase,
        });
    }
    open_offer(state, number)?;
    match command {
        Command::TakeOffer { owner, .. } => {
            if state.next_item_id as usize > super::rules::MAX_AGENDA_ITEMS {
                return Err(Refusal::AgendaFull {
                    limit: super::rules::MAX_AGENDA_ITEMS,
                });
            }
            super::rules::person(state, *owner)?;
            Ok(Event::OfferTaken {
                number,
                item: ItemId(state.next_item_id),
                owner: *owner,
            })
        }
        _ => Ok(Event::OfferLetGo { number }),
    }
}

/// Applies `OfferTaken` (the item joins the agenda) and `OfferLetGo`.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    match event {
        Event::OfferTaken {
            number,
            item,
            owner,
        } => {
            let Some(offer) = state.offers.iter_mut().find(|o| o.number == *number) else {
                return;
            };
            offer.answer = Some(OfferAnswer::Taken { item: *item });
            let (label, kind) = (offer.offered.label.clone(), offer.offered.item_kind());
            state.add_item(*item, label, *owner, kind, at);
        }
        Event::OfferLetGo { number } => {
            if let Some(offer) = state.offers.iter_mut().find(|o| o.number == *number) {
                offer.answer = Some(OfferAnswer::LetGo);
            }
        }
        _ => {}
    }
}
