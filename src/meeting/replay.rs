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
use super::event::{Direction, Event, Recorded, Speech};
use super::parts::Part;
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
    log: &mut [Recorded],
) -> Option<Result<MeetingState, LogProblem>> {
    let mut state = MeetingState::new(setup);
    // The latest entry (by position), checked but not folded in yet, with
    // what checking it gave to fold.
    let mut pending: Option<(usize, Checked)> = None;
    let mut budget = REFOLD_BUDGET;
    for i in 0..log.len() {
        let at = log[i].at;
        if let Event::Retracted { retracts } = log[i].event {
            match pending.take() {
                Some((p, _)) if log[p].seq == retracts => state.last_at = at,
                other => {
                    if let Some((p, checked)) = other {
                        fold_checked(&mut state, &log[p], checked);
                    }
                    budget = budget.checked_sub(i + 1)?;
                    state = super::session::fold(setup, log, i + 1);
                }
            }
            continue;
        }
        if let Some((p, checked)) = pending.take() {
            fold_checked(&mut state, &log[p], checked);
        }
        match check_entry(&state, &mut log[i]) {
            Ok(checked) => pending = Some((i, checked)),
            Err(problem) => return Some(Err(problem)),
        }
    }
    if let Some((p, checked)) = pending {
        fold_checked(&mut state, &log[p], checked);
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
    log: &mut [Recorded],
    retracted: &std::collections::HashSet<u64>,
) -> Result<MeetingState, LogProblem> {
    let mut state = MeetingState::new(setup);
    for entry in log.iter_mut() {
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
/// ([`Checked`]). The entry is borrowed mutably only to lend a turn's words
/// to the command deciding it; it is given back unchanged.
pub(super) fn check_entry(
    state: &MeetingState,
    entry: &mut Recorded,
) -> Result<Checked, LogProblem> {
    let mut check = Check {
        state,
        at: entry.at,
        first_refusal: None,
        accepted: false,
        checked: Checked::default(),
    };
    if commands_for(&mut entry.event, &mut check) {
        return Ok(check.checked);
    }
    Err(match check.first_refusal {
        Some(refusal) if !check.accepted => LogProblem::Impossible {
            seq: entry.seq,
            refusal,
        },
        _ => LogProblem::NotAsDecided { seq: entry.seq },
    })
}

/// One entry's check in progress: the commands tried so far and what they
/// gave.
struct Check<'s> {
    state: &'s MeetingState,
    at: DateTime<FixedOffset>,
    // The most natural command comes first, so its refusal is the one
    // named; a command the engine accepts but records differently means
    // the entry was changed, which says more than any refusal.
    first_refusal: Option<Refusal>,
    accepted: bool,
    checked: Checked,
}

impl Check<'_> {
    /// What the engine decides for `command` at the entry's moment.
    fn decide(&self, command: &Command) -> Result<Event, Refusal> {
        decide_at(self.state, command, self.at)
    }

    /// Whether what the engine decided is the recorded entry; remembers the
    /// first refusal, and whether some command was accepted but recorded
    /// differently.
    fn judge(&mut self, mut decided: Result<Event, Refusal>, recorded: &Event) -> bool {
        match &mut decided {
            Ok(event) if event == recorded => {
                self.checked = Checked(MeetingState::take_turn(event));
                true
            }
            Ok(event) if same_as_decided(event, recorded) => true,
            Ok(_) => {
                self.accepted = true;
                false
            }
            Err(refusal) => {
                if self.first_refusal.is_none() {
                    self.first_refusal = Some(std::mem::replace(refusal, Refusal::NoRound));
                }
                false
            }
        }
    }

    /// Whether `command` gives the recorded entry.
    fn gives(&mut self, command: &Command, recorded: &Event) -> bool {
        let decided = self.decide(command);
        self.judge(decided, recorded)
    }
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
/// first command that gives the entry, and says whether there was one.
fn openers(event: &Event, check: &mut Check) -> bool {
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
        && check.gives(natural, event)
    {
        return true;
    }
    all_openers()
        .into_iter()
        .filter(|c| Some(c) != natural.as_ref())
        .any(|c| check.gives(&c, event))
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

/// Tries the commands that could have recorded `event`, one at a time and
/// most natural first, until one gives it; says whether one did. `event`
/// is mutable only so a turn's words can be lent to its command; it is
/// left as it was. Every event kind is listed (no catch-all), so a new
/// event cannot be added without saying how a stored one is checked.
fn commands_for(event: &mut Event, check: &mut Check) -> bool {
    // Only what a command takes is copied out of the entry (a round's
    // order, a version number or a part stays where it is).
    match event {
        Event::PhaseEntered { .. } | Event::StepEntered { .. } => openers(event, check),
        Event::RoundReordered { order } => match order.first() {
            Some(&first) => [Direction::Forward, Direction::Backward]
                .into_iter()
                .any(|direction| check.gives(&Command::SetRoundOrder { first, direction }, event)),
            None => false,
        },
        Event::TurnTaken { person, speech } => {
            // The words are lent to the command and given back, not copied:
            // turns are nearly half of all entries.
            let command = Command::Speak {
                person: Some(*person),
                speech: std::mem::replace(speech, Speech::Pass),
            };
            let decided = check.decide(&command);
            if let Command::Speak { speech: words, .. } = command {
                *speech = words;
            }
            check.judge(decided, event)
        }
        Event::TurnSkipped { person, reason } => check.gives(
            &Command::Skip {
                person: Some(*person),
                reason: reason.clone(),
            },
            event,
        ),
        Event::ParticipantJoined { participant, .. } => check.gives(
            &Command::AddParticipant {
                participant: participant.clone(),
            },
            event,
        ),
        Event::PresenceChanged {
            person,
            present,
            reason,
        } => check.gives(
            &Command::SetPresence {
                person: *person,
                present: *present,
                reason: reason.clone(),
            },
            event,
        ),
        Event::FacilitatorChanged { person } => {
            check.gives(&Command::SetFacilitator { person: *person }, event)
        }
        Event::SecretaryChanged { person } => {
            check.gives(&Command::SetSecretary { person: *person }, event)
        }
        Event::TimeboxChanged { minutes } => {
            check.gives(&Command::SetTimebox { minutes: *minutes }, event)
        }
        Event::ItemAdded {
            label, owner, kind, ..
        } => check.gives(
            &match kind {
                ItemKind::Tension => Command::AddItem {
                    label: label.clone(),
                    owner: *owner,
                },
                ItemKind::Election => Command::AddElection {
                    role: label.clone(),
                    owner: *owner,
                },
            },
            event,
        ),
        Event::ItemEdited { item, label, owner } => check.gives(
            &Command::EditItem {
                item: *item,
                label: label.clone(),
                owner: *owner,
            },
            event,
        ),
        Event::ItemRemoved { item } => check.gives(&Command::RemoveItem { item: *item }, event),
        Event::ItemMoved { item, position } => check.gives(
            &Command::MoveItem {
                item: *item,
                position: *position,
            },
            event,
        ),
        Event::ItemStarted { item } => {
            check.gives(&Command::StartItem { item: Some(*item) }, event)
                || check.gives(&Command::StartItem { item: None }, event)
        }
        Event::TensionStated { text } => {
            check.gives(&Command::StateTension { text: text.clone() }, event)
        }
        Event::ExampleGiven { text } => {
            check.gives(&Command::GiveExample { text: text.clone() }, event)
        }
        Event::HelpRequested => check.gives(&Command::RequestHelp, event),
        Event::ActionReviewed {
            number,
            status,
            note,
        } => check.gives(
            &Command::ReviewAction {
                number: *number,
                status: *status,
                note: note.clone(),
            },
            event,
        ),
        Event::OfferTaken { number, owner, .. } => check.gives(
            &Command::TakeOffer {
                number: *number,
                owner: *owner,
            },
            event,
        ),
        Event::OfferLetGo { number } => {
            check.gives(&Command::LetGoOffer { number: *number }, event)
        }
        Event::ProjectStatusSet { number, status } => check.gives(
            &Command::SetProjectStatus {
                number: *number,
                status: status.clone(),
            },
            event,
        ),
        Event::ProposalCorrected { text } => {
            check.gives(&Command::CorrectProposal { text: text.clone() }, event)
        }
        Event::PartAdded { part, .. } => check.gives(
            &Command::AddPart {
                part: Part::clone(part),
            },
            event,
        ),
        Event::PartChanged { number, part, .. } => check.gives(
            &Command::ChangePart {
                number: *number,
                part: Part::clone(part),
            },
            event,
        ),
        Event::PartRemoved { number, .. } => {
            check.gives(&Command::RemovePart { number: *number }, event)
        }
        Event::ProposalStated {
            text,
            for_objection,
            ..
        } => {
            let for_objection = *for_objection;
            let stated = Command::StateProposal { text: text.clone() };
            if check.gives(&stated, event) {
                return true;
            }
            let Command::StateProposal { text } = stated else {
                return false;
            };
            check.gives(
                &Command::AmendProposal {
                    text,
                    for_objection,
                },
                event,
            )
        }
        Event::QuestionAsked { asker, text } => check.gives(
            &Command::AskQuestion {
                asker: *asker,
                text: text.clone(),
            },
            event,
        ),
        Event::QuestionAnswered { question, answer } => check.gives(
            &Command::AnswerQuestion {
                question: *question,
                answer: answer.clone(),
            },
            event,
        ),
        Event::QuestionRuledOutOfOrder { question, reason } => check.gives(
            &Command::RuleQuestionOutOfOrder {
                question: *question,
                reason: reason.clone(),
            },
            event,
        ),
        Event::Clarified { text } => check.gives(&Command::Clarify { text: text.clone() }, event),
        Event::TestRequested { concern, by } => check.gives(
            &Command::RequestTest {
                concern: *concern,
                by: *by,
            },
            event,
        ),
        Event::CriterionTested {
            concern,
            criterion,
            argument,
            holds,
        } => check.gives(
            &Command::TestCriterion {
                concern: *concern,
                criterion: *criterion,
                argument: argument.clone(),
                holds: *holds,
            },
            event,
        ),
        Event::ObjectionRecorded { concern } => {
            check.gives(&Command::RecordObjection { concern: *concern }, event)
        }
        Event::SecretaryRuled {
            concern,
            upheld,
            note,
        } => check.gives(
            &Command::SecretaryRuling {
                concern: *concern,
                upheld: *upheld,
                note: note.clone(),
            },
            event,
        ),
        Event::ObjectorConfirmed { concern } => {
            check.gives(&Command::ConfirmObjector { concern: *concern }, event)
        }
        Event::ProposerConfirmed { concern } => {
            check.gives(&Command::ConfirmProposer { concern: *concern }, event)
        }
        Event::ObjectionAbandoned { concern, reason } => check.gives(
            &Command::AbandonObjection {
                concern: *concern,
                reason: reason.clone(),
            },
            event,
        ),
        Event::ItemEnded { ending, reason } => check.gives(
            &Command::EndItem {
                ending: *ending,
                reason: reason.clone(),
            },
            event,
        ),
        Event::OutputRecorded {
            kind,
            owner,
            text,
            role,
        } => check.gives(
            &Command::RecordOutput {
                kind: *kind,
                owner: *owner,
                text: text.clone(),
                role: role.clone(),
            },
            event,
        ),
        Event::TimeOutStarted {
            requested_by,
            reason,
        } => check.gives(
            &Command::StartTimeOut {
                requested_by: *requested_by,
                reason: reason.clone(),
            },
            event,
        ),
        Event::TimeOutEnded { note } => {
            check.gives(&Command::EndTimeOut { note: note.clone() }, event)
        }
        Event::OutOfOrder { person, kind, note } => check.gives(
            &Command::RecordOutOfOrder {
                person: *person,
                kind: *kind,
                note: note.clone(),
            },
            event,
        ),
        Event::NoteRecorded { text } => check.gives(&Command::Note { text: text.clone() }, event),
        Event::ItemDisposed { item, disposition } => check.gives(
            &Command::Dispose {
                item: *item,
                disposition: *disposition,
            },
            event,
        ),
        // Checked by `check_undo_order`; never replayed.
        Event::Retracted { .. } => false,
        Event::DriverDescribed { part, text } => check.gives(
            &Command::DescribeDriver {
                part: *part,
                text: text.clone(),
            },
            event,
        ),
        Event::ConsentAnswered { person, answer } => check.gives(
            &Command::AnswerConsent {
                person: Some(*person),
                answer: answer.clone(),
            },
            event,
        ),
        Event::ObjectionResolved { objection } => check.gives(
            &Command::ResolveObjection {
                objection: *objection,
            },
            event,
        ),
        Event::AgreementAdopted {
            review_date,
            criteria,
        } => check.gives(
            &Command::AdoptAgreement {
                review_date: *review_date,
                criteria: criteria.clone(),
            },
            event,
        ),
        Event::ObjectionRequalified { objection, reason } => check.gives(
            &Command::RequalifyObjection {
                objection: *objection,
                reason: reason.clone(),
            },
            event,
        ),
        Event::RoleDescribed { text, term } => check.gives(
            &Command::DescribeRole {
                text: text.clone(),
                term: term.clone(),
            },
            event,
        ),
        Event::Nominated { voter, nominee } => check.gives(
            &Command::Nominate {
                voter: *voter,
                nominee: *nominee,
            },
            event,
        ),
        Event::NominationChanged { voter, nominee } => check.gives(
            &Command::ChangeNomination {
                voter: *voter,
                nominee: *nominee,
            },
            event,
        ),
        Event::CandidateProposed {
            candidate,
            term,
            for_objection,
            ..
        } => {
            let (candidate, term, for_objection) = (*candidate, term.clone(), *for_objection);
            check.gives(
                &Command::ProposeCandidate {
                    candidate,
                    term: Some(term),
                    for_objection,
                },
                event,
            ) || check.gives(
                &Command::ProposeCandidate {
                    candidate,
                    term: None,
                    for_objection,
                },
                event,
            )
        }
        Event::EntryDefined {
            list,
            text,
            owner,
            role,
            ..
        } => check.gives(
            &Command::DefineEntry {
                list: *list,
                text: text.clone(),
                owner: *owner,
                role: role.clone(),
            },
            event,
        ),
        Event::EntryEdited {
            list,
            number,
            text,
            owner,
            role,
        } => check.gives(
            &Command::EditEntry {
                list: *list,
                number: *number,
                text: text.clone(),
                owner: *owner,
                role: role.clone(),
            },
            event,
        ),
        Event::EntryRemoved { list, number } => check.gives(
            &Command::RemoveEntry {
                list: *list,
                number: *number,
            },
            event,
        ),
        Event::EntryAnswered {
            list,
            number,
            answer,
        } => check.gives(
            &Command::AnswerEntry {
                list: *list,
                number: *number,
                answer: answer.clone(),
            },
            event,
        ),
        Event::NeedStated { text } => {
            check.gives(&Command::StateNeed { text: text.clone() }, event)
        }
        Event::RequestMade { to, text, .. } => check.gives(
            &Command::MakeRequest {
                to: to.clone(),
                text: text.clone(),
            },
            event,
        ),
        Event::RequestAnswered { number, accepted } => check.gives(
            &Command::AnswerRequest {
                number: *number,
                accepted: *accepted,
            },
            event,
        ),
    }
}
