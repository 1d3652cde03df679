//! The consent rule set (Sociocracy 3.0 style, process.md "Consent rule
//! set"): the same shape as integrative decision-making, but an item starts
//! from a driver, reactions are quick, the consent round records consent,
//! concerns (logged, never blocking) and objections, objections are resolved
//! one by one, and an agreement is adopted with a review date and
//! evaluation criteria.
//!
//! Kept apart from the integrative process so both rule sets read on their
//! own: the router in `decide` sends consent's commands to `decide` and a
//! consent item's proposal steps to `decide_item`; `MeetingState::apply`
//! hands the consent events to `apply`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::rules::{
    default_round, not_now, require_round_complete, require_step, required, step, turn_taker,
};
use crate::meeting::command::Command;
use crate::meeting::event::{Ending, Event, IdmStep, RoundKind};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::setup::{PersonId, RuleSet};
use crate::meeting::state::{
    Concern, ConcernStatus, Item, MeetingState, Phase, RulingKind, TurnOutcome,
};

/// The four parts of a driver statement (S3 "Describe Drivers").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DriverPart {
    /// What is happening.
    Situation,
    /// The effect of what is happening.
    Effect,
    /// What is needed.
    Need,
    /// The impact of meeting the need.
    Impact,
}

impl DriverPart {
    /// All parts in the order a driver statement reads.
    pub const ALL: [DriverPart; 4] = [
        DriverPart::Situation,
        DriverPart::Effect,
        DriverPart::Need,
        DriverPart::Impact,
    ];

    /// The text field a refusal names for this part.
    pub fn field(self) -> Field {
        match self {
            DriverPart::Situation => Field::Situation,
            DriverPart::Effect => Field::Effect,
            DriverPart::Need => Field::Need,
            DriverPart::Impact => Field::Impact,
        }
    }
}

/// What a person says in the consent round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum ConsentAnswer {
    /// Good enough for now, safe enough to try.
    Consent,
    /// An opinion or worry; logged, does not block.
    Concern {
        /// The gist.
        text: String,
    },
    /// A reason the proposal stands in the way of responding to the driver
    /// or of the organisation's purpose; blocks until resolved.
    Objection {
        /// The gist.
        text: String,
    },
}

/// The driver as described so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Driver {
    /// What is happening.
    pub situation: Option<String>,
    /// Its effect.
    pub effect: Option<String>,
    /// What is needed.
    pub need: Option<String>,
    /// The impact of meeting the need.
    pub impact: Option<String>,
}

impl Driver {
    /// The text of one part, if described.
    pub fn part(&self, part: DriverPart) -> Option<&str> {
        match part {
            DriverPart::Situation => self.situation.as_deref(),
            DriverPart::Effect => self.effect.as_deref(),
            DriverPart::Need => self.need.as_deref(),
            DriverPart::Impact => self.impact.as_deref(),
        }
    }

    fn set(&mut self, part: DriverPart, text: String) {
        let slot = match part {
            DriverPart::Situation => &mut self.situation,
            DriverPart::Effect => &mut self.effect,
            DriverPart::Need => &mut self.need,
            DriverPart::Impact => &mut self.impact,
        };
        *slot = Some(text);
    }

    /// Nothing described yet (an integrative item, or a consent item
    /// before the proposer spoke).
    pub fn is_empty(&self) -> bool {
        DriverPart::ALL.iter().all(|p| self.part(*p).is_none())
    }

    /// Situation and need both described: the minimum that makes a
    /// proposal valid, as tension plus example does under integrative rules.
    pub fn is_valid(&self) -> bool {
        self.situation.is_some() && self.need.is_some()
    }
}

/// One turn of a consent round, as the round screen and minutes list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentTurn {
    /// The round it was given in.
    pub round: u32,
    /// The proposal version it answered.
    pub version: u32,
    /// Who.
    pub person: PersonId,
    /// What they said.
    pub answer: ConsentAnswer,
    /// For an objection: its number (shared numbering with `Item::concerns`).
    pub objection: Option<u32>,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// What an adopted agreement records for its review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgreementReview {
    /// When to review it.
    pub date: NaiveDate,
    /// How it will be evaluated.
    pub criteria: String,
}

/// Decides consent's own commands; the router sends them here only when
/// the running item (or the meeting) follows consent rules.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::DescribeDriver { part, text } => {
            require_step(state, Action::DescribeDriver, &[IdmStep::PresentProposal])?;
            Ok(Event::DriverDescribed {
                part: *part,
                text: required(text, part.field())?,
            })
        }
        Command::OpenConsentRound => open_consent_round(state),
        Command::AnswerConsent { person, answer } => answer_consent(state, *person, answer),
        Command::OpenResolution => open_resolution(state),
        Command::ResolveObjection { objection } => resolve(state, *objection),
        Command::AdoptAgreement {
            review_date,
            criteria,
        } => adopt(state, *review_date, criteria),
        Command::RequalifyObjection { objection, reason } => requalify(state, *objection, reason),
        _ => Err(not_now(state, Action::Anything)),
    }
}

/// Decides a command about a consent item's proposal steps and ending:
/// consent's own amendments while resolving objections and its endings,
/// else the proposal steps it shares with integrative items.
pub(crate) fn decide_item(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::EndItem {
            ending: Ending::Adopted,
            ..
        } => Err(Refusal::ReviewNeeded),
        Command::EndItem {
            ending: Ending::Discarded,
            ..
        } if state.active_item().is_some_and(|i| i.driver().is_valid()) => {
            Err(Refusal::DriverComplete)
        }
        Command::AmendProposal {
            text,
            for_objection,
        } if matches!(
            state.phase,
            Phase::Item {
                step: IdmStep::ResolveObjections,
                ..
            }
        ) =>
        {
            amend(state, text, *for_objection)
        }
        _ => super::integrative::decide(state, command),
    }
}

/// Under consent rules a consent round takes answers, not speeches.
pub(crate) fn speak_refused(state: &MeetingState) -> Option<Refusal> {
    (state.current_round().map(|r| r.kind) == Some(RoundKind::Consent)
        && state.active_rules() == RuleSet::Consent)
        .then_some(Refusal::ConsentAnswerNeeded)
}

/// The round kind reactions use under these rules: S3's quick reactions.
pub(crate) fn reaction_kind(state: &MeetingState) -> RoundKind {
    match state.active_rules() {
        RuleSet::Consent => RoundKind::QuickReaction,
        RuleSet::Integrative => RoundKind::Reaction,
    }
}

fn open_consent_round(state: &MeetingState) -> Result<Event, Refusal> {
    let item = require_step(
        state,
        Action::OpenConsentRound,
        &[IdmStep::AmendAndClarify, IdmStep::ResolveObjections],
    )?;
    if item.step == Some(IdmStep::ResolveObjections) {
        require_resolved(state, item)?;
    }
    Ok(step(
        IdmStep::ConsentRound,
        Some(default_round(state, RoundKind::Consent, None)),
    ))
}

fn answer_consent(
    state: &MeetingState,
    who: Option<PersonId>,
    answer: &ConsentAnswer,
) -> Result<Event, Refusal> {
    require_step(state, Action::AnswerConsent, &[IdmStep::ConsentRound])?;
    let round = state.current_round().ok_or(Refusal::NoRound)?;
    let person = turn_taker(state, round, who)?;
    let answer = match answer {
        ConsentAnswer::Consent => ConsentAnswer::Consent,
        ConsentAnswer::Concern { text } => ConsentAnswer::Concern {
            text: required(text, Field::Speech)?,
        },
        ConsentAnswer::Objection { text } => ConsentAnswer::Objection {
            text: required(text, Field::Speech)?,
        },
    };
    Ok(Event::ConsentAnswered { person, answer })
}

fn open_resolution(state: &MeetingState) -> Result<Event, Refusal> {
    let item = require_step(state, Action::OpenResolution, &[IdmStep::ConsentRound])?;
    require_round_complete(state)?;
    if !item.concerns().iter().any(Concern::is_open_objection) {
        return Err(Refusal::NothingToResolve);
    }
    Ok(step(IdmStep::ResolveObjections, None))
}

fn resolve(state: &MeetingState, number: u32) -> Result<Event, Refusal> {
    let item = require_step(
        state,
        Action::ResolveObjection,
        &[IdmStep::ResolveObjections],
    )?;
    let objection = open_objection(item, number)?;
    let current = item.current_version().map_or(0, |v| v.number);
    if current <= objection.against_version {
        return Err(Refusal::NotAmendedSinceObjection { number });
    }
    Ok(Event::ObjectionResolved { objection: number })
}

fn amend(state: &MeetingState, text: &str, for_objection: Option<u32>) -> Result<Event, Refusal> {
    let item = require_step(state, Action::Amend, &[IdmStep::ResolveObjections])?;
    let current = item.current_version().ok_or(Refusal::NoProposal)?;
    // Whether an amendment may be made at all is judged before its text,
    // so a dialog opening with the current text learns "not now" or "no
    // such objection", not "unchanged".
    if let Some(number) = for_objection {
        open_objection(item, number)?;
    }
    let text = required(text, Field::Proposal)?;
    if current.text.trim() == text {
        return Err(Refusal::UnchangedProposal);
    }
    Ok(Event::ProposalStated {
        version: current.number + 1,
        text,
        for_objection,
    })
}

/// S3 facilitators check that an objection is a reason the proposal
/// stands in the way of responding to the driver or of the organisation's
/// purpose; one that is not is logged as a concern instead: in the consent
/// round where it is raised, or while resolving, when it turns out so.
fn requalify(state: &MeetingState, number: u32, reason: &str) -> Result<Event, Refusal> {
    let item = require_step(
        state,
        Action::RequalifyObjection,
        &[IdmStep::ConsentRound, IdmStep::ResolveObjections],
    )?;
    open_objection(item, number)?;
    Ok(Event::ObjectionRequalified {
        objection: number,
        reason: required(reason, Field::Reason)?,
    })
}

fn adopt(state: &MeetingState, date: NaiveDate, criteria: &str) -> Result<Event, Refusal> {
    let item = require_step(state, Action::AdoptAgreement, &[IdmStep::ConsentRound])?;
    if item.versions().is_empty() {
        return Err(Refusal::NoProposal);
    }
    require_round_complete(state)?;
    require_resolved(state, item)?;
    let criteria = required(criteria, Field::Criteria)?;
    let meeting = state.opened_at.date_naive();
    if date < meeting {
        return Err(Refusal::ReviewDateBeforeMeeting { date, meeting });
    }
    Ok(Event::AgreementAdopted {
        review_date: date,
        criteria,
    })
}

fn require_resolved(state: &MeetingState, item: &Item) -> Result<(), Refusal> {
    let open = super::rules::objectors(state, item, Concern::is_open_objection);
    if open.is_empty() {
        Ok(())
    } else {
        Err(Refusal::ObjectionsUnresolved { objectors: open })
    }
}

fn open_objection(item: &Item, number: u32) -> Result<&Concern, Refusal> {
    let c = item
        .concern(number)
        .ok_or(Refusal::UnknownObjection { number })?;
    if c.status() == ConcernStatus::Valid {
        Ok(c)
    } else {
        Err(Refusal::ObjectionNotOpen { number })
    }
}

/// Folds a consent event into the state (called from `MeetingState::apply`).
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    match event {
        Event::DriverDescribed { part, text } => {
            if let Some(record) = state.active_item_mut().and_then(Item::consent_mut) {
                record.driver.set(*part, text.clone());
            }
        }
        Event::ConsentAnswered { person, answer } => {
            let Some(round) = state.current_round().map(|r| r.number) else {
                return;
            };
            let outcome = match answer {
                ConsentAnswer::Consent => TurnOutcome::Pass,
                ConsentAnswer::Concern { text } | ConsentAnswer::Objection { text } => {
                    TurnOutcome::Said { text: text.clone() }
                }
            };
            state.record_turn(*person, outcome, at);
            let Some(item) = state.active_item_mut() else {
                return;
            };
            let version = item.current_version().map_or(0, |v| v.number);
            let objection = match answer {
                ConsentAnswer::Objection { text } => {
                    let Some(proposal) = item.proposal_mut() else {
                        return;
                    };
                    let number = proposal.concerns.len() as u32 + 1;
                    proposal.concerns.push(Concern {
                        number,
                        round,
                        against_version: version,
                        objector: *person,
                        text: text.clone(),
                        at,
                        test_requested_by: None,
                        tests: Vec::new(),
                        recorded_untested: true,
                        secretary_ruling: None,
                        objector_confirmed: None,
                        proposer_confirmed: None,
                        abandoned: None,
                        integrated_in: None,
                        requalified: None,
                    });
                    Some(number)
                }
                _ => None,
            };
            let Some(record) = item.consent_mut() else {
                return;
            };
            record.consent_turns.push(ConsentTurn {
                round,
                version,
                person: *person,
                answer: answer.clone(),
                objection,
                at,
            });
        }
        Event::ObjectionResolved { objection } => {
            if let Some(item) = state.active_item_mut() {
                let version = item.current_version().map_or(0, |v| v.number);
                if let Some(c) = item.concern_mut(*objection) {
                    c.objector_confirmed = Some(version);
                    c.integrated_in = Some(version);
                }
            }
        }
        Event::ObjectionRequalified { objection, reason } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*objection))
            {
                c.requalified = Some(reason.clone());
            }
            state.ruling(
                at,
                RulingKind::ObjectionRequalified {
                    objection: *objection,
                    reason: reason.clone(),
                },
            );
        }
        Event::AgreementAdopted {
            review_date,
            criteria,
        } => {
            if let Phase::Item { item, .. } = state.phase {
                state.apply(
                    &Event::ItemEnded {
                        ending: Ending::Adopted,
                        reason: None,
                    },
                    at,
                );
                if let Some(record) = state.item_mut(item).and_then(Item::consent_mut) {
                    record.review = Some(AgreementReview {
                        date: *review_date,
                        criteria: criteria.clone(),
                    });
                }
            }
        }
        _ => {}
    }
}

/// The turns of one consent round, in the order given.
pub fn round_turns(item: &Item, round: u32) -> impl Iterator<Item = &ConsentTurn> {
    item.consent_turns()
        .iter()
        .filter(move |t| t.round == round)
}

/// Consents, concerns and objections given in a round: the tally the
/// consent screen shows. An objection taken as a concern counts as one.
pub fn tally(item: &Item, round: u32) -> (usize, usize, usize) {
    round_turns(item, round).fold((0, 0, 0), |(c, n, o), t| match t.answer {
        ConsentAnswer::Consent => (c + 1, n, o),
        ConsentAnswer::Concern { .. } => (c, n + 1, o),
        ConsentAnswer::Objection { .. } if requalified(item, t).is_some() => (c, n + 1, o),
        ConsentAnswer::Objection { .. } => (c, n, o + 1),
    })
}

/// Why this turn's objection was taken as a concern, if it was.
pub fn requalified<'i>(item: &'i Item, turn: &ConsentTurn) -> Option<&'i str> {
    turn.objection
        .and_then(|n| item.concern(n))
        .and_then(|c| c.requalified.as_deref())
}
