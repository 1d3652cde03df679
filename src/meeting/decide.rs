//! Validation: turns a command into the one event it stands for, or refuses
//! it with the reason. Reads state, never changes it.

use super::command::Command;
use super::event::ItemId;
use super::event::{Direction, Ending, Event, IdmStep, PhaseKind, RoundKind, RoundStart, Speech};
use super::refusal::{Action, Field, Refusal};
use super::setup::PersonId;
use super::state::{Concern, ConcernStatus, Item, MeetingState, Phase, Round};

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

/// [`decide`] at a moment in time. The few rules that need the clock (a
/// tactical item may be cut off only once its fair share is used) are
/// checked after every rule that does not, so the session recording a
/// command and a screen probing before a dialog always get the same reason.
pub fn decide_at(
    state: &MeetingState,
    command: &Command,
    at: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Event, Refusal> {
    let event = decide(state, command)?;
    super::tactical::check_at(state, command, at)?;
    Ok(event)
}

/// Decides what a command means for this state. `Undo` is the session's
/// business (it needs the log) and is refused here.
pub fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    if state.is_closed() {
        return Err(not_now(state, Action::Anything));
    }
    if state.time_out.is_some() && !allowed_during_time_out(command) {
        return Err(Refusal::TimeOutRunning);
    }
    if let Some(result) = super::tactical::decide(state, command) {
        return result;
    }
    if let Some(decided) = super::election::decide(state, command) {
        return decided;
    }
    if let Some(result) = super::consent::decide(state, command) {
        return result;
    }
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
            if !item.versions.is_empty() {
                return Err(Refusal::ProposalAlreadyStated);
            }
            Ok(Event::HelpRequested)
        }
        Command::StateProposal { text } => {
            let item = require_step(state, Action::PresentProposal, &[IdmStep::PresentProposal])?;
            if !item.versions.is_empty() {
                return Err(Refusal::ProposalAlreadyStated);
            }
            Ok(Event::ProposalStated {
                version: 1,
                text: required(text, Field::Proposal)?,
                for_objection: None,
            })
        }
        Command::OpenClarifyingQuestions => {
            let item = require_step(
                state,
                Action::OpenClarifyingQuestions,
                &[IdmStep::PresentProposal],
            )?;
            if item.versions.is_empty() {
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
                .questions
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
            let text = required(text, Field::Proposal)?;
            let current = item.current_version().ok_or(Refusal::NoProposal)?;
            if current.text.trim() == text {
                return Err(Refusal::UnchangedProposal);
            }
            if let Some(number) = for_objection {
                if item.step != Some(IdmStep::Integration) {
                    return Err(not_now(state, Action::Integrate));
                }
                open_objection(item, *number)?;
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
            if !item.concerns.iter().any(|c| c.is_open_objection()) {
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
        // Decided by `consent::decide` above, which answers every one of them.
        Command::DescribeDriver { .. }
        | Command::OpenConsentRound
        | Command::AnswerConsent { .. }
        | Command::OpenResolution
        | Command::ResolveObjection { .. }
        | Command::AdoptAgreement { .. }
        | Command::RequalifyObjection { .. } => Err(Refusal::WrongRules {
            action: Action::Anything,
            rules: state.rules,
        }),
        Command::AddElection { .. }
        | Command::DescribeRole { .. }
        | Command::OpenNominations
        | Command::Nominate { .. }
        | Command::OpenNominationSharing
        | Command::OpenNominationChanges
        | Command::ChangeNomination { .. }
        | Command::OpenCandidateProposal
        | Command::ProposeCandidate { .. } => unreachable!("decided by meeting::election"),
        // Decided in `tactical` above (refused there in governance meetings).
        Command::OpenChecklist
        | Command::OpenMetrics
        | Command::OpenProgress
        | Command::DefineEntry { .. }
        | Command::EditEntry { .. }
        | Command::RemoveEntry { .. }
        | Command::AnswerEntry { .. }
        | Command::StateNeed { .. }
        | Command::MakeRequest { .. }
        | Command::AnswerRequest { .. } => Err(not_now(state, Action::Triage)),
    }
}

fn allowed_during_time_out(command: &Command) -> bool {
    matches!(
        command,
        Command::EndTimeOut { .. }
            | Command::Note { .. }
            | Command::RecordOutOfOrder { .. }
            | Command::AddParticipant { .. }
            | Command::SetPresence { .. }
            | Command::SetFacilitator { .. }
            | Command::SetSecretary { .. }
            | Command::SetTimebox { .. }
            | Command::Undo
    )
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
    let allowed = match ending {
        Ending::Adopted => step == IdmStep::ObjectionRound,
        Ending::Withdrawn | Ending::Unfinished => true,
        Ending::Discarded => matches!(
            step,
            IdmStep::PresentProposal | IdmStep::ClarifyingQuestions
        ),
        Ending::Dropped => match step {
            IdmStep::PresentProposal => item.help_requested,
            IdmStep::ClarifyingQuestions | IdmStep::AmendAndClarify | IdmStep::Integration => true,
            IdmStep::ReactionRound
            | IdmStep::ObjectionRound
            | IdmStep::ConsentRound
            | IdmStep::Triage => false,
            IdmStep::ResolveObjections => true,
            IdmStep::DescribeRole
            | IdmStep::Nominations
            | IdmStep::NominationSharing
            | IdmStep::NominationChanges
            | IdmStep::ProposeCandidate => false,
        },
        Ending::ProcessBreakdown => {
            matches!(step, IdmStep::Integration | IdmStep::ResolveObjections)
        }
        Ending::NeedMet | Ending::CutOff => step == IdmStep::Triage,
    };
    if !allowed {
        return Err(Refusal::EndingNotAllowed { step });
    }
    match ending {
        Ending::Adopted => {
            if item.versions.is_empty() {
                return Err(Refusal::NoProposal);
            }
            require_round_complete(state)?;
            require_concerns_handled(state, item)?;
            require_no_open_objections(state, item)?;
        }
        Ending::Discarded => {
            let has = |t: &Option<String>| t.as_deref().is_some_and(|s| !s.trim().is_empty());
            if has(&item.tension) && has(&item.example) {
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

pub(super) fn not_now(state: &MeetingState, action: Action) -> Refusal {
    Refusal::NotNow {
        action,
        phase: state.phase,
    }
}

pub(super) fn require_phase(
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

pub(super) fn agenda_open(phase: Phase) -> bool {
    matches!(phase, Phase::Agenda | Phase::Item { .. })
}

pub(super) fn require_step<'s>(
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

pub(super) fn require_round_complete(state: &MeetingState) -> Result<(), Refusal> {
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

/// Names of the people whose concerns in this item match `which`.
pub(super) fn objectors(
    state: &MeetingState,
    item: &Item,
    which: fn(&Concern) -> bool,
) -> Vec<String> {
    let people = item
        .concerns
        .iter()
        .filter(|c| which(c))
        .map(|c| c.objector)
        .collect();
    names(state, people)
}

pub(super) fn names(state: &MeetingState, people: Vec<PersonId>) -> Vec<String> {
    people
        .into_iter()
        .map(|p| state.name(p).to_owned())
        .collect()
}

pub(super) fn person(state: &MeetingState, id: PersonId) -> Result<(), Refusal> {
    state
        .person(id)
        .map(|_| ())
        .ok_or(Refusal::UnknownPerson { id: id.0 })
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

fn open_question(item: &Item, number: u32) -> Result<(), Refusal> {
    let q = number
        .checked_sub(1)
        .and_then(|i| item.questions.get(i as usize))
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

pub(super) fn turn_taker(
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

pub(super) fn step(step: IdmStep, round: Option<RoundStart>) -> Event {
    Event::StepEntered { step, round }
}

/// The default order of the next round: present people in seating order,
/// starting person and direction rotating with the round number so the
/// facilitator is not always first (process.md, "Rounds").
pub(super) fn default_round(
    state: &MeetingState,
    kind: RoundKind,
    except: Option<PersonId>,
) -> RoundStart {
    let number = state.rounds.len() as u32;
    let eligible: Vec<PersonId> = state
        .present_people()
        .map(|p| p.id)
        .filter(|p| Some(*p) != except)
        .collect();
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
        order: super::election::candidate_last(state, kind, rotate(&eligible, start, direction)),
    }
}

/// Everyone in `seating`, starting at index `start`, going `direction`.
fn rotate(seating: &[PersonId], start: usize, direction: Direction) -> Vec<PersonId> {
    let n = seating.len();
    (0..n)
        .map(|k| match direction {
            Direction::Forward => seating[(start + k) % n],
            Direction::Backward => seating[(start + n - k) % n],
        })
        .collect()
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

pub(super) fn label_text(label: &str) -> Result<String, Refusal> {
    let label = required(label, Field::Label)?;
    let words = label.split_whitespace().count();
    if words > MAX_LABEL_WORDS {
        return Err(Refusal::LabelTooLong { words });
    }
    Ok(label.split_whitespace().collect::<Vec<_>>().join(" "))
}
