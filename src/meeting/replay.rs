//! Replaying a stored log through the engine. A session file is only a
//! record of what the engine decided, so a file that says something the
//! engine would never have decided (an item adopted without an objection
//! round, a turn taken by a person who is not in the meeting, entries after
//! the close) was edited by hand or forged. Loading asks the engine, entry by
//! entry, which command could have produced each event and whether deciding
//! that command in the state of the moment gives exactly that event.
//!
//! Every entry, retracted ones included, is checked in the state the
//! meeting was in when it was recorded, exactly as `Session::execute` kept
//! it ([`replay_as_recorded`]). An entry is folded in only once the next
//! entry is not its undo, so the common "entry, undo" costs nothing; only
//! an undo right after another undo refolds. A file built to make that
//! expensive (thousands of undos in a row on a long log) exceeds a work
//! budget and is checked by [`replay`] instead: undo only ever retracts
//! the latest entry still in effect, so an entry in effect at the end was
//! decided in the state folded from the earlier entries in effect at the
//! end, one pass; the retracted entries, which never counted, are then
//! not checked.

use chrono::{DateTime, Datelike, FixedOffset};

use super::command::Command;
use super::decide::decide_at;
use super::election::ItemKind;
use super::event::{Direction, Event, Recorded};
use super::refusal::Refusal;
use super::session::LogProblem;
use super::setup::{PersonId, Setup};
use super::state::{MeetingState, TurnOutcome};

/// The years a stored time may fall in. Anything outside was not recorded
/// by a clock: it is refused at load, so no later arithmetic on it can
/// overflow.
pub const YEARS: std::ops::RangeInclusive<i32> = 1970..=9999;

/// Whether `at` is a time spanning accepts from a file.
pub fn supported_time(at: DateTime<FixedOffset>) -> bool {
    let utc = at.naive_utc().year();
    // An offset is less than a day, so the local year is the UTC year or
    // one either side: only a UTC year at an end of the range needs the
    // local one worked out (which costs a date computation per entry).
    let inner = (YEARS.start() + 1)..=(YEARS.end() - 1);
    inner.contains(&utc) || (YEARS.contains(&utc) && YEARS.contains(&at.year()))
}

/// Checks that every undo retracted the latest entry still in effect, as
/// `Session::execute` records it.
pub(super) fn check_undo_order(log: &[Recorded]) -> Result<(), LogProblem> {
    let mut in_effect: Vec<u64> = Vec::with_capacity(log.len());
    for entry in log {
        match entry.event {
            Event::Retracted { retracts } => {
                if in_effect.pop() != Some(retracts) {
                    return Err(LogProblem::BadRetraction { seq: entry.seq });
                }
            }
            _ => in_effect.push(entry.seq),
        }
    }
    Ok(())
}

/// Most entries a refold after a repeated undo may fold, in total, before
/// [`replay_as_recorded`] gives up (a real meeting stays far below: a few
/// undos in a row on a log of thousands of entries).
const REFOLD_BUDGET: usize = 2_000_000;

/// Replays the log as `Session::execute` recorded it, checking every entry
/// (retracted ones too) in the state of its moment. `None` when repeated
/// undos would cost more than [`REFOLD_BUDGET`]; the caller then uses
/// [`replay`]. Expects [`check_undo_order`] to have passed.
pub(super) fn replay_as_recorded(
    setup: &Setup,
    log: &[Recorded],
) -> Option<Result<MeetingState, LogProblem>> {
    let mut state = MeetingState::new(setup);
    // The latest entry, checked but not folded in yet, with what checking
    // it gave to fold.
    let mut pending: Option<(&Recorded, Checked)> = None;
    let mut budget = REFOLD_BUDGET;
    for (i, entry) in log.iter().enumerate() {
        if let Event::Retracted { retracts } = entry.event {
            match pending.take() {
                Some((p, _)) if p.seq == retracts => state.last_at = entry.at,
                other => {
                    if let Some((p, checked)) = other {
                        fold_checked(&mut state, p, checked);
                    }
                    budget = budget.checked_sub(i + 1)?;
                    state = super::session::fold(setup, log, i + 1);
                }
            }
            continue;
        }
        if let Some((p, checked)) = pending.take() {
            fold_checked(&mut state, p, checked);
        }
        match check_entry(&state, entry) {
            Ok(checked) => pending = Some((entry, checked)),
            Err(problem) => return Some(Err(problem)),
        }
    }
    if let Some((p, checked)) = pending {
        fold_checked(&mut state, p, checked);
    }
    Some(Ok(state))
}

/// What checking an entry gives to fold it: for a turn, the turn with the
/// words of the event the engine decided (equal to the entry's), so they
/// are moved into the round rather than copied from the entry again.
#[derive(Debug, Default)]
pub(super) struct Checked(Option<(PersonId, TurnOutcome)>);

/// Folds a checked entry into the state: exactly what
/// [`MeetingState::apply`] does with it, without copying a turn's words.
pub(super) fn fold_checked(state: &mut MeetingState, entry: &Recorded, checked: Checked) {
    match checked.0 {
        Some((person, outcome)) => {
            state.last_at = entry.at;
            state.record_turn(person, outcome, entry.at);
        }
        None => state.apply(&entry.event, entry.at),
    }
}

/// Folds the log through the engine and returns the final state, or the
/// first entry the engine would not have recorded. `retracted` holds the
/// sequence numbers that are retracted by the end of the log.
pub(super) fn replay(
    setup: &Setup,
    log: &[Recorded],
    retracted: &std::collections::HashSet<u64>,
) -> Result<MeetingState, LogProblem> {
    let mut state = MeetingState::new(setup);
    for entry in log {
        if matches!(entry.event, Event::Retracted { .. }) {
            state.last_at = entry.at;
            continue;
        }
        if retracted.contains(&entry.seq) {
            continue;
        }
        let checked = check_entry(&state, entry)?;
        fold_checked(&mut state, entry, checked);
    }
    Ok(state)
}

/// Whether the engine, in `state`, would record `entry` for some command.
/// The commands are made one at a time and the first that gives the entry
/// ends the search, so a phase change tries its usual opener alone rather
/// than building every opener first (that was a tenth of `spanning list`).
/// Gives what folding the entry needs from the event the engine decided
/// ([`Checked`]).
pub(super) fn check_entry(state: &MeetingState, entry: &Recorded) -> Result<Checked, LogProblem> {
    // The most natural command comes first, so its refusal is the one
    // named; a command the engine accepts but records differently means
    // the entry was changed, which says more than any refusal.
    let mut first_refusal: Option<Refusal> = None;
    let mut accepted = false;
    let mut checked = Checked::default();
    let mut gives_entry = |command: &Command| {
        let mut decided = decide_at(state, command, entry.at);
        match &mut decided {
            Ok(event) if *event == entry.event => {
                checked = Checked(MeetingState::take_turn(event));
                true
            }
            Ok(event) if same_as_decided(event, &entry.event) => true,
            Ok(_) => {
                accepted = true;
                false
            }
            Err(refusal) => {
                if first_refusal.is_none() {
                    first_refusal = Some(std::mem::replace(refusal, Refusal::NoRound));
                }
                false
            }
        }
    };
    if commands_for(&entry.event, &mut gives_entry) {
        return Ok(checked);
    }
    Err(match first_refusal {
        Some(refusal) if !accepted => LogProblem::Impossible {
            seq: entry.seq,
            refusal,
        },
        _ => LogProblem::NotAsDecided { seq: entry.seq },
    })
}

/// Whether a recorded event is what the engine decided. Exactly equal,
/// with one allowance for files older than the feature: a late arrival
/// recorded without `round_order` joined no running round (spanning did not
/// add them then), which the fold still honours.
fn same_as_decided(decided: &Event, recorded: &Event) -> bool {
    match (decided, recorded) {
        (
            Event::ParticipantJoined {
                person: p1,
                participant: a,
                ..
            },
            Event::ParticipantJoined {
                person: p2,
                participant: b,
                round_order: None,
            },
        ) => p1 == p2 && a == b,
        _ => decided == recorded,
    }
}

/// Commands that take no data and open a phase or a step: a recorded phase
/// or step change came from one of them. The one that usually opens
/// `event`'s phase or step goes first; the others are tried (in the order
/// of [`all_openers`]) only when it does not give the entry. Stops at the
/// first command `try_one` takes, and says whether there was one.
fn openers(event: &Event, try_one: &mut dyn FnMut(&Command) -> bool) -> bool {
    use super::event::{IdmStep, PhaseKind};
    let natural = match event {
        Event::PhaseEntered { phase, .. } => match phase {
            PhaseKind::CheckIn => Some(Command::StartCheckIn),
            PhaseKind::Agenda => Some(Command::OpenAgenda),
            PhaseKind::Closing => Some(Command::OpenClosingRound),
            PhaseKind::CloseOut => Some(Command::OpenCloseOut),
            PhaseKind::Closed => Some(Command::CloseSession),
            PhaseKind::Checklist => Some(Command::OpenChecklist),
            PhaseKind::Metrics => Some(Command::OpenMetrics),
            PhaseKind::Progress => Some(Command::OpenProgress),
            PhaseKind::Actions => Some(Command::OpenActions),
        },
        Event::StepEntered { step, .. } => match step {
            IdmStep::ClarifyingQuestions => Some(Command::OpenClarifyingQuestions),
            IdmStep::ReactionRound => Some(Command::OpenReactionRound),
            IdmStep::AmendAndClarify => Some(Command::OpenAmendAndClarify),
            IdmStep::ObjectionRound => Some(Command::OpenObjectionRound),
            IdmStep::Integration => Some(Command::OpenIntegration),
            IdmStep::ConsentRound => Some(Command::OpenConsentRound),
            IdmStep::ResolveObjections => Some(Command::OpenResolution),
            IdmStep::Nominations => Some(Command::OpenNominations),
            IdmStep::NominationSharing => Some(Command::OpenNominationSharing),
            IdmStep::NominationChanges => Some(Command::OpenNominationChanges),
            IdmStep::ProposeCandidate => Some(Command::OpenCandidateProposal),
            IdmStep::PresentProposal | IdmStep::DescribeRole | IdmStep::Triage => None,
        },
        _ => None,
    };
    if let Some(natural) = &natural
        && try_one(natural)
    {
        return true;
    }
    all_openers()
        .into_iter()
        .filter(|c| Some(c) != natural.as_ref())
        .any(|c| try_one(&c))
}

/// Every opener, in no particular order.
fn all_openers() -> Vec<Command> {
    vec![
        Command::StartCheckIn,
        Command::OpenAgenda,
        Command::OpenClarifyingQuestions,
        Command::OpenReactionRound,
        Command::OpenAmendAndClarify,
        Command::OpenObjectionRound,
        Command::OpenIntegration,
        Command::OpenClosingRound,
        Command::OpenCloseOut,
        Command::CloseSession,
        Command::OpenConsentRound,
        Command::OpenResolution,
        Command::OpenNominations,
        Command::OpenNominationSharing,
        Command::OpenNominationChanges,
        Command::OpenCandidateProposal,
        Command::OpenChecklist,
        Command::OpenMetrics,
        Command::OpenProgress,
        Command::OpenActions,
        Command::StartItem { item: None },
    ]
}

/// Hands `try_one` the commands that could have recorded `event`, one at
/// a time and most natural first, until it takes one; says whether it
/// did. Every event kind is listed (no catch-all), so a new event cannot
/// be added without saying how a stored one is checked.
fn commands_for(event: &Event, try_one: &mut dyn FnMut(&Command) -> bool) -> bool {
    let f = try_one;
    // Only what a command takes is copied out of the entry (a round's
    // order, a version number or a part stays where it is).
    match event {
        Event::PhaseEntered { .. } | Event::StepEntered { .. } => openers(event, f),
        Event::RoundReordered { order } => match order.first() {
            Some(&first) => [Direction::Forward, Direction::Backward]
                .into_iter()
                .any(|direction| f(&Command::SetRoundOrder { first, direction })),
            None => false,
        },
        Event::TurnTaken { person, speech } => f(&Command::Speak {
            person: Some(*person),
            speech: speech.clone(),
        }),
        Event::TurnSkipped { person, reason } => f(&Command::Skip {
            person: Some(*person),
            reason: reason.clone(),
        }),
        Event::ParticipantJoined { participant, .. } => f(&Command::AddParticipant {
            participant: participant.clone(),
        }),
        Event::PresenceChanged {
            person,
            present,
            reason,
        } => f(&Command::SetPresence {
            person: *person,
            present: *present,
            reason: reason.clone(),
        }),
        Event::FacilitatorChanged { person } => f(&Command::SetFacilitator { person: *person }),
        Event::SecretaryChanged { person } => f(&Command::SetSecretary { person: *person }),
        Event::TimeboxChanged { minutes } => f(&Command::SetTimebox { minutes: *minutes }),
        Event::ItemAdded {
            label, owner, kind, ..
        } => f(&match kind {
            ItemKind::Tension => Command::AddItem {
                label: label.clone(),
                owner: *owner,
            },
            ItemKind::Election => Command::AddElection {
                role: label.clone(),
                owner: *owner,
            },
        }),
        Event::ItemEdited { item, label, owner } => f(&Command::EditItem {
            item: *item,
            label: label.clone(),
            owner: *owner,
        }),
        Event::ItemRemoved { item } => f(&Command::RemoveItem { item: *item }),
        Event::ItemMoved { item, position } => f(&Command::MoveItem {
            item: *item,
            position: *position,
        }),
        Event::ItemStarted { item } => {
            f(&Command::StartItem { item: Some(*item) }) || f(&Command::StartItem { item: None })
        }
        Event::TensionStated { text } => f(&Command::StateTension { text: text.clone() }),
        Event::ExampleGiven { text } => f(&Command::GiveExample { text: text.clone() }),
        Event::HelpRequested => f(&Command::RequestHelp),
        Event::ActionReviewed {
            number,
            status,
            note,
        } => f(&Command::ReviewAction {
            number: *number,
            status: *status,
            note: note.clone(),
        }),
        Event::OfferTaken { number, owner, .. } => f(&Command::TakeOffer {
            number: *number,
            owner: *owner,
        }),
        Event::OfferLetGo { number } => f(&Command::LetGoOffer { number: *number }),
        Event::ProjectStatusSet { number, status } => f(&Command::SetProjectStatus {
            number: *number,
            status: status.clone(),
        }),
        Event::ProposalCorrected { text } => f(&Command::CorrectProposal { text: text.clone() }),
        Event::PartAdded { part, .. } => f(&Command::AddPart { part: part.clone() }),
        Event::PartChanged { number, part, .. } => f(&Command::ChangePart {
            number: *number,
            part: part.clone(),
        }),
        Event::PartRemoved { number, .. } => f(&Command::RemovePart { number: *number }),
        Event::ProposalStated {
            text,
            for_objection,
            ..
        } => {
            f(&Command::StateProposal { text: text.clone() })
                || f(&Command::AmendProposal {
                    text: text.clone(),
                    for_objection: *for_objection,
                })
        }
        Event::QuestionAsked { asker, text } => f(&Command::AskQuestion {
            asker: *asker,
            text: text.clone(),
        }),
        Event::QuestionAnswered { question, answer } => f(&Command::AnswerQuestion {
            question: *question,
            answer: answer.clone(),
        }),
        Event::QuestionRuledOutOfOrder { question, reason } => {
            f(&Command::RuleQuestionOutOfOrder {
                question: *question,
                reason: reason.clone(),
            })
        }
        Event::Clarified { text } => f(&Command::Clarify { text: text.clone() }),
        Event::TestRequested { concern, by } => f(&Command::RequestTest {
            concern: *concern,
            by: *by,
        }),
        Event::CriterionTested {
            concern,
            criterion,
            argument,
            holds,
        } => f(&Command::TestCriterion {
            concern: *concern,
            criterion: *criterion,
            argument: argument.clone(),
            holds: *holds,
        }),
        Event::ObjectionRecorded { concern } => f(&Command::RecordObjection { concern: *concern }),
        Event::SecretaryRuled {
            concern,
            upheld,
            note,
        } => f(&Command::SecretaryRuling {
            concern: *concern,
            upheld: *upheld,
            note: note.clone(),
        }),
        Event::ObjectorConfirmed { concern } => f(&Command::ConfirmObjector { concern: *concern }),
        Event::ProposerConfirmed { concern } => f(&Command::ConfirmProposer { concern: *concern }),
        Event::ObjectionAbandoned { concern, reason } => f(&Command::AbandonObjection {
            concern: *concern,
            reason: reason.clone(),
        }),
        Event::ItemEnded { ending, reason } => f(&Command::EndItem {
            ending: *ending,
            reason: reason.clone(),
        }),
        Event::OutputRecorded {
            kind,
            owner,
            text,
            role,
        } => f(&Command::RecordOutput {
            kind: *kind,
            owner: *owner,
            text: text.clone(),
            role: role.clone(),
        }),
        Event::TimeOutStarted {
            requested_by,
            reason,
        } => f(&Command::StartTimeOut {
            requested_by: *requested_by,
            reason: reason.clone(),
        }),
        Event::TimeOutEnded { note } => f(&Command::EndTimeOut { note: note.clone() }),
        Event::OutOfOrder { person, kind, note } => f(&Command::RecordOutOfOrder {
            person: *person,
            kind: *kind,
            note: note.clone(),
        }),
        Event::NoteRecorded { text } => f(&Command::Note { text: text.clone() }),
        Event::ItemDisposed { item, disposition } => f(&Command::Dispose {
            item: *item,
            disposition: *disposition,
        }),
        // Checked by `check_undo_order`; never replayed.
        Event::Retracted { .. } => false,
        Event::DriverDescribed { part, text } => f(&Command::DescribeDriver {
            part: *part,
            text: text.clone(),
        }),
        Event::ConsentAnswered { person, answer } => f(&Command::AnswerConsent {
            person: Some(*person),
            answer: answer.clone(),
        }),
        Event::ObjectionResolved { objection } => f(&Command::ResolveObjection {
            objection: *objection,
        }),
        Event::AgreementAdopted {
            review_date,
            criteria,
        } => f(&Command::AdoptAgreement {
            review_date: *review_date,
            criteria: criteria.clone(),
        }),
        Event::ObjectionRequalified { objection, reason } => f(&Command::RequalifyObjection {
            objection: *objection,
            reason: reason.clone(),
        }),
        Event::RoleDescribed { text, term } => f(&Command::DescribeRole {
            text: text.clone(),
            term: term.clone(),
        }),
        Event::Nominated { voter, nominee } => f(&Command::Nominate {
            voter: *voter,
            nominee: *nominee,
        }),
        Event::NominationChanged { voter, nominee } => f(&Command::ChangeNomination {
            voter: *voter,
            nominee: *nominee,
        }),
        Event::CandidateProposed {
            candidate,
            term,
            for_objection,
            ..
        } => {
            f(&Command::ProposeCandidate {
                candidate: *candidate,
                term: Some(term.clone()),
                for_objection: *for_objection,
            }) || f(&Command::ProposeCandidate {
                candidate: *candidate,
                term: None,
                for_objection: *for_objection,
            })
        }
        Event::EntryDefined {
            list,
            text,
            owner,
            role,
            ..
        } => f(&Command::DefineEntry {
            list: *list,
            text: text.clone(),
            owner: *owner,
            role: role.clone(),
        }),
        Event::EntryEdited {
            list,
            number,
            text,
            owner,
            role,
        } => f(&Command::EditEntry {
            list: *list,
            number: *number,
            text: text.clone(),
            owner: *owner,
            role: role.clone(),
        }),
        Event::EntryRemoved { list, number } => f(&Command::RemoveEntry {
            list: *list,
            number: *number,
        }),
        Event::EntryAnswered {
            list,
            number,
            answer,
        } => f(&Command::AnswerEntry {
            list: *list,
            number: *number,
            answer: answer.clone(),
        }),
        Event::NeedStated { text } => f(&Command::StateNeed { text: text.clone() }),
        Event::RequestMade { to, text, .. } => f(&Command::MakeRequest {
            to: to.clone(),
            text: text.clone(),
        }),
        Event::RequestAnswered { number, accepted } => f(&Command::AnswerRequest {
            number: *number,
            accepted: *accepted,
        }),
    }
}
