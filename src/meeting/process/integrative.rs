//! The integrative decision-making process (process.md, "Integrative
//! decision-making"): tension and example, proposal, clarifying questions,
//! reactions, amend and clarify, objection round with its criteria tests,
//! and integration. Consent items and elections reuse its proposal steps.

use chrono::{DateTime, FixedOffset};

use crate::meeting::command::Command;
use crate::meeting::event::{Ending, Event, IdmStep, RoundKind};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::state::{
    Concern, ConcernStatus, CriterionTest, Item, MeetingState, Phase, ProposalVersion, Question,
    RulingKind,
};

use super::rules::{
    default_round, not_now, objectors, optional, person, require_round_complete, require_step,
    required, step,
};

/// Decides a command of the proposal steps; the router sends only those
/// (and `EndItem`) here.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::StateTension { text } => {
            require_step(state, Action::PresentProposal, &[IdmStep::PresentProposal])?;
            Ok(Event::TensionStated {
                text: required(text, Field::Tension)?,
            })
        }
        Command::GiveExample { text } => {
            require_step(state, Action::PresentProposal, &[IdmStep::PresentProposal])?;
            Ok(Event::ExampleGiven {
                text: required(text, Field::Example)?,
            })
        }
        Command::RequestHelp => {
            let item = require_step(state, Action::PresentProposal, &[IdmStep::PresentProposal])?;
            if !item.versions().is_empty() {
                return Err(Refusal::ProposalAlreadyStated);
            }
            Ok(Event::HelpRequested)
        }
        Command::StateProposal { text } => {
            let item = require_step(state, Action::PresentProposal, &[IdmStep::PresentProposal])?;
            if !item.versions().is_empty() {
                return Err(Refusal::ProposalAlreadyStated);
            }
            Ok(Event::ProposalStated {
                version: 1,
                text: required(text, Field::Proposal)?,
                for_objection: None,
            })
        }
        Command::CorrectProposal { text } => {
            let item = require_step(state, Action::CorrectProposal, &[IdmStep::PresentProposal])?;
            let current = item.current_version().ok_or(Refusal::NoProposal)?;
            let text = required(text, Field::Proposal)?;
            if current.text.trim() == text {
                return Err(Refusal::UnchangedProposal);
            }
            Ok(Event::ProposalCorrected { text })
        }
        Command::OpenClarifyingQuestions => {
            let item = require_step(
                state,
                Action::OpenClarifyingQuestions,
                &[IdmStep::PresentProposal],
            )?;
            if item.versions().is_empty() {
                return Err(Refusal::NoProposal);
            }
            Ok(step(IdmStep::ClarifyingQuestions, None))
        }
        Command::AskQuestion { asker, text } => {
            require_step(
                state,
                Action::HandleQuestion,
                &[IdmStep::ClarifyingQuestions],
            )?;
            person(state, *asker)?;
            Ok(Event::QuestionAsked {
                asker: *asker,
                text: required(text, Field::Question)?,
            })
        }
        Command::AnswerQuestion { question, answer } => {
            let item = require_step(
                state,
                Action::HandleQuestion,
                &[IdmStep::ClarifyingQuestions],
            )?;
            open_question(item, *question)?;
            let answer = match answer {
                Some(text) => Some(required(text, Field::Answer)?),
                None => None,
            };
            Ok(Event::QuestionAnswered {
                question: *question,
                answer,
            })
        }
        Command::RuleQuestionOutOfOrder { question, reason } => {
            let item = require_step(
                state,
                Action::HandleQuestion,
                &[IdmStep::ClarifyingQuestions],
            )?;
            open_question(item, *question)?;
            Ok(Event::QuestionRuledOutOfOrder {
                question: *question,
                reason: required(reason, Field::Reason)?,
            })
        }
        Command::OpenReactionRound => {
            let item = require_step(
                state,
                Action::OpenReactionRound,
                &[IdmStep::ClarifyingQuestions],
            )?;
            let open: Vec<u32> = item
                .questions()
                .iter()
                .filter(|q| !q.is_settled())
                .map(|q| q.number)
                .collect();
            if !open.is_empty() {
                return Err(Refusal::QuestionsOpen { numbers: open });
            }
            Ok(step(
                IdmStep::ReactionRound,
                Some(default_round(
                    state,
                    super::consent::reaction_kind(state),
                    Some(item.owner),
                )),
            ))
        }
        Command::OpenAmendAndClarify => {
            require_step(
                state,
                Action::OpenAmendAndClarify,
                &[IdmStep::ReactionRound],
            )?;
            require_round_complete(state)?;
            Ok(step(IdmStep::AmendAndClarify, None))
        }
        Command::Clarify { text } => {
            require_step(state, Action::Clarify, &[IdmStep::AmendAndClarify])?;
            Ok(Event::Clarified {
                text: required(text, Field::Clarification)?,
            })
        }
        Command::AmendProposal {
            text,
            for_objection,
        } => {
            let item = require_step(
                state,
                Action::Amend,
                &[IdmStep::AmendAndClarify, IdmStep::Integration],
            )?;
            let current = item.current_version().ok_or(Refusal::NoProposal)?;
            // Whether an amendment may be made at all is judged before its
            // text, so a dialog opening with the current text learns "not
            // now" or "no such objection", not "unchanged".
            if let Some(number) = for_objection {
                if item.step != Some(IdmStep::Integration) {
                    return Err(not_now(state, Action::Integrate));
                }
                open_objection(item, *number)?;
            }
            let text = required(text, Field::Proposal)?;
            if current.text.trim() == text {
                return Err(Refusal::UnchangedProposal);
            }
            Ok(Event::ProposalStated {
                version: current.number + 1,
                text,
                for_objection: *for_objection,
            })
        }
        Command::OpenObjectionRound => {
            let item = require_step(
                state,
                Action::OpenObjectionRound,
                &[IdmStep::AmendAndClarify, IdmStep::Integration],
            )?;
            if item.step == Some(IdmStep::Integration) {
                require_no_open_objections(state, item)?;
            }
            Ok(step(
                IdmStep::ObjectionRound,
                Some(default_round(state, RoundKind::Objection, None)),
            ))
        }
        Command::RequestTest { concern, by } => {
            let item = require_step(state, Action::HandleConcern, &[IdmStep::ObjectionRound])?;
            unhandled_concern(item, *concern)?;
            person(state, *by)?;
            Ok(Event::TestRequested {
                concern: *concern,
                by: *by,
            })
        }
        Command::TestCriterion {
            concern,
            criterion,
            argument,
            holds,
        } => {
            let item = require_step(state, Action::HandleConcern, &[IdmStep::ObjectionRound])?;
            let c = unhandled_concern(item, *concern)?;
            if c.tests.iter().any(|t| t.criterion == *criterion) {
                return Err(Refusal::CriterionAlreadyTested {
                    criterion: *criterion,
                });
            }
            let argument = if *holds {
                required(argument, Field::Argument)?
            } else {
                argument.trim().to_owned()
            };
            Ok(Event::CriterionTested {
                concern: *concern,
                criterion: *criterion,
                argument,
                holds: *holds,
            })
        }
        Command::RecordObjection { concern } => {
            let item = require_step(state, Action::HandleConcern, &[IdmStep::ObjectionRound])?;
            let c = unhandled_concern(item, *concern)?;
            if let Some(by) = c.test_requested_by {
                return Err(Refusal::TestRequired {
                    by: state.name(by).to_owned(),
                });
            }
            if !c.tests.is_empty() {
                return Err(Refusal::ConcernNotOpen { number: *concern });
            }
            Ok(Event::ObjectionRecorded { concern: *concern })
        }
        Command::SecretaryRuling {
            concern,
            upheld,
            note,
        } => {
            let item = require_step(state, Action::HandleConcern, &[IdmStep::ObjectionRound])?;
            if state.secretary.is_none() {
                return Err(Refusal::NoSecretary);
            }
            if unhandled_concern(item, *concern)?
                .secretary_ruling
                .is_some()
            {
                return Err(Refusal::SecretaryAlreadyRuled { number: *concern });
            }
            Ok(Event::SecretaryRuled {
                concern: *concern,
                upheld: *upheld,
                note: required(note, Field::Reason)?,
            })
        }
        Command::OpenIntegration => {
            let item = require_step(state, Action::OpenIntegration, &[IdmStep::ObjectionRound])?;
            require_round_complete(state)?;
            require_concerns_handled(state, item)?;
            if !item.concerns().iter().any(|c| c.is_open_objection()) {
                return Err(Refusal::NoObjections);
            }
            Ok(step(IdmStep::Integration, None))
        }
        Command::ConfirmObjector { concern } | Command::ConfirmProposer { concern } => {
            let item = require_step(state, Action::Integrate, &[IdmStep::Integration])?;
            let c = open_objection(item, *concern)?;
            let current = item.current_version().map_or(0, |v| v.number);
            if current <= c.against_version {
                return Err(Refusal::NotAmendedSinceObjection { number: *concern });
            }
            Ok(match command {
                Command::ConfirmObjector { .. } => Event::ObjectorConfirmed { concern: *concern },
                _ => Event::ProposerConfirmed { concern: *concern },
            })
        }
        Command::AbandonObjection { concern, reason } => {
            let item = require_step(state, Action::Integrate, &[IdmStep::Integration])?;
            open_objection(item, *concern)?;
            Ok(Event::ObjectionAbandoned {
                concern: *concern,
                reason: required(reason, Field::Reason)?,
            })
        }
        Command::EndItem { ending, reason } => end_item(state, *ending, reason.as_deref()),
        _ => Err(not_now(state, Action::Anything)),
    }
}

fn end_item(state: &MeetingState, ending: Ending, reason: Option<&str>) -> Result<Event, Refusal> {
    let action = match ending {
        Ending::Adopted => Action::Adopt,
        Ending::Withdrawn => Action::Withdraw,
        Ending::Discarded => Action::Discard,
        Ending::Dropped => Action::Drop,
        Ending::Unfinished => Action::MarkUnfinished,
        Ending::ProcessBreakdown => Action::DeclareBreakdown,
        Ending::NeedMet => Action::MeetNeed,
        Ending::CutOff => Action::CutOff,
    };
    let Phase::Item { step, .. } = state.phase else {
        return Err(not_now(state, action));
    };
    let item = state.active_item().ok_or_else(|| not_now(state, action))?;
    let reason = optional(reason, Field::Reason)?;
    let needs_reason = matches!(
        ending,
        Ending::Discarded | Ending::Dropped | Ending::ProcessBreakdown
    );
    let allowed = super::Process::of(state, item).allows_ending(item, step, ending);
    if !allowed {
        return Err(Refusal::EndingNotAllowed { step });
    }
    match ending {
        Ending::Adopted => {
            if item.versions().is_empty() {
                return Err(Refusal::NoProposal);
            }
            require_round_complete(state)?;
            require_concerns_handled(state, item)?;
            require_no_open_objections(state, item)?;
        }
        Ending::Discarded => {
            let has = |t: Option<&str>| t.is_some_and(|s| !s.trim().is_empty());
            if has(item.tension()) && has(item.example()) {
                return Err(Refusal::NotDiscardable);
            }
        }
        _ => {}
    }
    if needs_reason && reason.is_none() {
        return Err(Refusal::ReasonRequired);
    }
    Ok(Event::ItemEnded { ending, reason })
}

fn require_concerns_handled(state: &MeetingState, item: &Item) -> Result<(), Refusal> {
    match objectors(state, item, Concern::is_unhandled) {
        objectors if objectors.is_empty() => Ok(()),
        objectors => Err(Refusal::ConcernsUnhandled { objectors }),
    }
}

fn require_no_open_objections(state: &MeetingState, item: &Item) -> Result<(), Refusal> {
    match objectors(state, item, Concern::is_open_objection) {
        objectors if objectors.is_empty() => Ok(()),
        objectors => Err(Refusal::ObjectionsOpen { objectors }),
    }
}

fn open_question(item: &Item, number: u32) -> Result<(), Refusal> {
    let q = number
        .checked_sub(1)
        .and_then(|i| item.questions().get(i as usize))
        .ok_or(Refusal::UnknownQuestion { number })?;
    if q.is_settled() {
        Err(Refusal::QuestionSettled { number })
    } else {
        Ok(())
    }
}

fn unhandled_concern(item: &Item, number: u32) -> Result<&Concern, Refusal> {
    let c = item
        .concern(number)
        .ok_or(Refusal::UnknownConcern { number })?;
    if c.is_unhandled() {
        Ok(c)
    } else {
        Err(Refusal::ConcernNotOpen { number })
    }
}

fn open_objection(item: &Item, number: u32) -> Result<&Concern, Refusal> {
    let c = item
        .concern(number)
        .ok_or(Refusal::UnknownConcern { number })?;
    if c.status() == ConcernStatus::Valid {
        Ok(c)
    } else {
        Err(Refusal::ConcernNotOpen { number })
    }
}

/// Folds an event of the proposal steps into the running item.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    match event {
        Event::TensionStated { text } => {
            if let Some(record) = state.active_item_mut().and_then(Item::integrative_mut) {
                record.tension = Some(text.clone());
            }
        }
        Event::ExampleGiven { text } => {
            if let Some(record) = state.active_item_mut().and_then(Item::integrative_mut) {
                record.example = Some(text.clone());
            }
        }
        Event::HelpRequested => {
            if let Some(proposal) = state.active_item_mut().and_then(Item::proposal_mut) {
                proposal.help_requested = true;
            }
        }
        Event::ProposalStated {
            version,
            text,
            for_objection,
        } => {
            let Some(item) = state.active_item_mut() else {
                return;
            };
            let stated = Some((
                item.step.unwrap_or(IdmStep::PresentProposal),
                item.rounds.len(),
            ));
            if let Some(proposal) = item.proposal_mut() {
                // An amendment keeps the parts of the version it amends.
                let parts = proposal
                    .versions
                    .last()
                    .map(|v| v.parts.clone())
                    .unwrap_or_default();
                proposal.versions.push(ProposalVersion {
                    number: *version,
                    text: text.clone(),
                    at,
                    for_objection: *for_objection,
                    parts,
                    stated,
                });
            }
        }
        Event::ProposalCorrected { text } => {
            if let Some(version) = state
                .active_item_mut()
                .and_then(Item::proposal_mut)
                .and_then(|p| p.versions.last_mut())
            {
                version.text = text.clone();
            }
        }
        Event::QuestionAsked { asker, text } => {
            if let Some(proposal) = state.active_item_mut().and_then(Item::proposal_mut) {
                let number = proposal.questions.len() as u32 + 1;
                proposal.questions.push(Question {
                    number,
                    asker: *asker,
                    text: text.clone(),
                    at,
                    answer: None,
                    ruled_out: None,
                });
            }
        }
        Event::QuestionAnswered { question, answer } => {
            if let Some(q) = state
                .active_item_mut()
                .and_then(|i| question_mut(i, *question))
            {
                q.answer = Some(answer.clone());
            }
        }
        Event::QuestionRuledOutOfOrder { question, reason } => {
            if let Some(q) = state
                .active_item_mut()
                .and_then(|i| question_mut(i, *question))
            {
                q.ruled_out = Some(reason.clone());
            }
            state.ruling(
                at,
                RulingKind::QuestionOutOfOrder {
                    question: *question,
                    reason: reason.clone(),
                },
            );
        }
        Event::Clarified { text } => {
            if let Some(proposal) = state.active_item_mut().and_then(Item::proposal_mut) {
                proposal.clarifications.push(text.clone());
            }
        }
        Event::TestRequested { concern, by } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*concern))
            {
                c.test_requested_by = Some(*by);
            }
        }
        Event::CriterionTested {
            concern,
            criterion,
            argument,
            holds,
        } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*concern))
            {
                c.tests.push(CriterionTest {
                    criterion: *criterion,
                    argument: argument.clone(),
                    holds: *holds,
                });
            }
            state.ruling(
                at,
                RulingKind::CriterionTested {
                    concern: *concern,
                    criterion: *criterion,
                    holds: *holds,
                },
            );
        }
        Event::ObjectionRecorded { concern } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*concern))
            {
                c.recorded_untested = true;
            }
            state.ruling(at, RulingKind::ObjectionRecorded { concern: *concern });
        }
        Event::SecretaryRuled {
            concern,
            upheld,
            note,
        } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*concern))
            {
                c.secretary_ruling = Some((*upheld, note.clone()));
            }
            state.ruling(
                at,
                RulingKind::SecretaryRuled {
                    concern: *concern,
                    upheld: *upheld,
                    note: note.clone(),
                },
            );
        }
        Event::ObjectorConfirmed { concern } | Event::ProposerConfirmed { concern } => {
            let objector_side = matches!(event, Event::ObjectorConfirmed { .. });
            if let Some(item) = state.active_item_mut() {
                let version = item.current_version().map_or(0, |v| v.number);
                if let Some(c) = item.concern_mut(*concern) {
                    if objector_side {
                        c.objector_confirmed = Some(version);
                    } else {
                        c.proposer_confirmed = Some(version);
                    }
                    if c.objector_confirmed == Some(version)
                        && c.proposer_confirmed == Some(version)
                    {
                        c.integrated_in = Some(version);
                    }
                }
            }
        }
        Event::ObjectionAbandoned { concern, reason } => {
            if let Some(c) = state
                .active_item_mut()
                .and_then(|i| i.concern_mut(*concern))
            {
                c.abandoned = Some(reason.clone());
            }
            state.ruling(
                at,
                RulingKind::ObjectionAbandoned {
                    concern: *concern,
                    reason: reason.clone(),
                },
            );
        }
        _ => {}
    }
}

fn question_mut(item: &mut Item, number: u32) -> Option<&mut Question> {
    number
        .checked_sub(1)
        .and_then(|i| item.proposal_mut()?.questions.get_mut(i as usize))
}
