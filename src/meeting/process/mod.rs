//! The item processes behind one seam, and the table that says who owns
//! each command.
//!
//! Every agenda item runs one [`Process`]: integrative decision-making,
//! consent, an integrative election, or tactical triage. Each lives in its
//! own module with its decide (command → event or refusal) and apply (event
//! → the item's state); the meeting's own commands live in `meeting` and
//! the rules all of them share in `rules`. [`owner`] is the one exhaustive
//! match that sends a command to the meeting or to a process, so a new
//! command cannot land in the wrong bucket.

pub mod actions;
pub mod consent;
pub mod election;
pub(crate) mod integrative;
pub(crate) mod meeting;
pub mod offers;
pub mod parts;
pub mod per_owner;
pub mod projects;
pub(crate) mod rules;
pub mod tactical;

use chrono::{DateTime, FixedOffset};

use super::command::{Command, CommandKind};
use super::event::{Ending, Event, IdmStep};
use super::refusal::{Action, Refusal};
use super::setup::{MeetingFormat, RuleSet};
use super::state::{Item, MeetingState};

/// The process an agenda item runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Process {
    /// Integrative decision-making (Holacracy).
    Integrative,
    /// Consent decision-making (Sociocracy 3.0).
    Consent,
    /// An integrative election into a role.
    Election,
    /// Tactical triage: need, requests, outputs.
    Triage,
}

/// The meeting formats a command belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    /// Governance and tactical meetings alike.
    Any,
    /// Governance meetings only (refused in a tactical meeting).
    Governance,
    /// Tactical meetings only (refused in a governance meeting).
    Tactical,
}

/// Who decides a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The meeting itself, whatever item runs.
    Meeting,
    /// Integrative items only; under consent rules the command is refused,
    /// naming this action.
    Integrative(Action),
    /// Consent items only; under integrative rules the command is refused,
    /// naming this action.
    Consent(Action),
    /// Elections.
    Election,
    /// The tactical meeting: its list reviews and triage.
    Tactical,
    /// Whichever process runs the item (the proposal steps both governance
    /// processes share, and ending an item).
    ActiveProcess,
    /// The proposal's parts (integrative and consent items alike; an
    /// election refuses them).
    Parts,
}

/// Who owns each kind of command: the one place that says it.
pub fn owner(kind: CommandKind) -> Owner {
    use CommandKind as K;
    match kind {
        K::StartCheckIn
        | K::SetRoundOrder
        | K::Speak
        | K::Skip
        | K::OpenAgenda
        | K::AddItem
        | K::EditItem
        | K::RemoveItem
        | K::MoveItem
        | K::StartItem
        | K::RecordOutput
        | K::StartTimeOut
        | K::EndTimeOut
        | K::RecordOutOfOrder
        | K::Note
        | K::AddParticipant
        | K::SetPresence
        | K::SetFacilitator
        | K::SetSecretary
        | K::SetTimebox
        | K::OpenClosingRound
        | K::OpenCloseOut
        | K::Dispose
        | K::CloseSession
        | K::TakeOffer
        | K::LetGoOffer
        | K::Undo => Owner::Meeting,
        K::StateTension | K::GiveExample => Owner::Integrative(Action::PresentProposal),
        K::OpenObjectionRound => Owner::Integrative(Action::OpenObjectionRound),
        K::RequestTest | K::TestCriterion | K::RecordObjection | K::SecretaryRuling => {
            Owner::Integrative(Action::HandleConcern)
        }
        K::OpenIntegration => Owner::Integrative(Action::OpenIntegration),
        K::ConfirmObjector | K::ConfirmProposer | K::AbandonObjection => {
            Owner::Integrative(Action::Integrate)
        }
        K::RequestHelp
        | K::StateProposal
        | K::CorrectProposal
        | K::OpenClarifyingQuestions
        | K::AskQuestion
        | K::AnswerQuestion
        | K::RuleQuestionOutOfOrder
        | K::OpenReactionRound
        | K::OpenAmendAndClarify
        | K::Clarify
        | K::AmendProposal
        | K::EndItem => Owner::ActiveProcess,
        K::AddPart | K::ChangePart | K::RemovePart => Owner::Parts,
        K::DescribeDriver => Owner::Consent(Action::DescribeDriver),
        K::OpenConsentRound => Owner::Consent(Action::OpenConsentRound),
        K::AnswerConsent => Owner::Consent(Action::AnswerConsent),
        K::OpenResolution => Owner::Consent(Action::OpenResolution),
        K::ResolveObjection => Owner::Consent(Action::ResolveObjection),
        K::AdoptAgreement => Owner::Consent(Action::AdoptAgreement),
        K::RequalifyObjection => Owner::Consent(Action::RequalifyObjection),
        K::AddElection
        | K::DescribeRole
        | K::OpenNominations
        | K::Nominate
        | K::OpenNominationSharing
        | K::OpenNominationChanges
        | K::ChangeNomination
        | K::OpenCandidateProposal
        | K::ProposeCandidate => Owner::Election,
        K::OpenChecklist
        | K::OpenMetrics
        | K::OpenProgress
        | K::OpenActions
        | K::SetProjectStatus
        | K::DefineEntry
        | K::EditEntry
        | K::RemoveEntry
        | K::AnswerEntry
        | K::StateNeed
        | K::MakeRequest
        | K::AnswerRequest
        | K::ReviewAction => Owner::Tactical,
    }
}

/// The formats a command belongs to; an ending is judged by its kind.
pub fn formats(command: &Command) -> Formats {
    match owner(command.into()) {
        Owner::Meeting => Formats::Any,
        Owner::Integrative(_) | Owner::Consent(_) | Owner::Election | Owner::Parts => {
            Formats::Governance
        }
        Owner::Tactical => Formats::Tactical,
        Owner::ActiveProcess => match command {
            Command::EndItem { ending, .. } => ending_formats(*ending),
            _ => Formats::Governance,
        },
    }
}

/// The formats in which an item may end this way.
pub fn ending_formats(ending: Ending) -> Formats {
    match ending {
        Ending::Withdrawn | Ending::Unfinished => Formats::Any,
        Ending::Adopted | Ending::Discarded | Ending::Dropped | Ending::ProcessBreakdown => {
            Formats::Governance
        }
        Ending::NeedMet | Ending::CutOff => Formats::Tactical,
    }
}

impl Process {
    /// The process an item runs in this meeting.
    pub fn of(state: &MeetingState, item: &Item) -> Process {
        if state.format == MeetingFormat::Tactical {
            Process::Triage
        } else if item.is_election() {
            Process::Election
        } else {
            Process::of_rules(state.rules)
        }
    }

    /// The process of the item running now; with no item running, the one
    /// the meeting's format and rules give its items.
    pub fn active(state: &MeetingState) -> Process {
        match state.active_item() {
            Some(item) => Process::of(state, item),
            None if state.format == MeetingFormat::Tactical => Process::Triage,
            None => Process::of_rules(state.rules),
        }
    }

    fn of_rules(rules: RuleSet) -> Process {
        match rules {
            RuleSet::Integrative => Process::Integrative,
            RuleSet::Consent => Process::Consent,
        }
    }

    /// The step processing an item begins with.
    pub fn first_step(self) -> IdmStep {
        match self {
            Process::Integrative | Process::Consent => IdmStep::PresentProposal,
            Process::Election => IdmStep::DescribeRole,
            Process::Triage => IdmStep::Triage,
        }
    }

    /// The steps of this process, in the order an item goes through them.
    pub fn steps(self) -> &'static [IdmStep] {
        use IdmStep as S;
        match self {
            Process::Integrative => &[
                S::PresentProposal,
                S::ClarifyingQuestions,
                S::ReactionRound,
                S::AmendAndClarify,
                S::ObjectionRound,
                S::Integration,
            ],
            Process::Consent => &[
                S::PresentProposal,
                S::ClarifyingQuestions,
                S::ReactionRound,
                S::AmendAndClarify,
                S::ConsentRound,
                S::ResolveObjections,
            ],
            Process::Election => &[
                S::DescribeRole,
                S::Nominations,
                S::NominationSharing,
                S::NominationChanges,
                S::ProposeCandidate,
                S::ObjectionRound,
                S::Integration,
            ],
            Process::Triage => &[S::Triage],
        }
    }

    /// The step after this one: the next in [`Process::steps`], or, from
    /// the last, back to the round it returns to (integration goes back to
    /// the objection round, resolving objections back to consent).
    pub fn next_step(self, step: IdmStep) -> Option<IdmStep> {
        let steps = self.steps();
        let at = steps.iter().position(|s| *s == step)?;
        match steps.get(at + 1) {
            Some(next) => Some(*next),
            None => match step {
                IdmStep::Integration => Some(IdmStep::ObjectionRound),
                IdmStep::ResolveObjections => Some(IdmStep::ConsentRound),
                _ => None,
            },
        }
    }

    /// The endings this process allows at some step, in the order the
    /// outcome dialog lists them; the first is the one its `n` key ends an
    /// item with when no step follows (triage: the need is met).
    pub fn endings(self) -> &'static [Ending] {
        match self {
            Process::Integrative | Process::Consent => &[
                Ending::Adopted,
                Ending::Withdrawn,
                Ending::Discarded,
                Ending::Dropped,
                Ending::Unfinished,
                Ending::ProcessBreakdown,
            ],
            Process::Election => &[
                Ending::Adopted,
                Ending::Withdrawn,
                Ending::Dropped,
                Ending::Unfinished,
                Ending::ProcessBreakdown,
            ],
            Process::Triage => &[
                Ending::NeedMet,
                Ending::CutOff,
                Ending::Withdrawn,
                Ending::Unfinished,
            ],
        }
    }

    /// Whether an item of this process at `step` may end this way: the one
    /// table behind both the outcome dialog's choices and the engine's
    /// "not at this step" refusal.
    pub fn allows_ending(self, item: &Item, step: IdmStep, ending: Ending) -> bool {
        if !self.endings().contains(&ending) {
            return false;
        }
        match ending {
            Ending::Adopted => step == IdmStep::ObjectionRound,
            Ending::Withdrawn | Ending::Unfinished => true,
            Ending::Discarded => matches!(
                step,
                IdmStep::PresentProposal | IdmStep::ClarifyingQuestions
            ),
            Ending::Dropped => match step {
                IdmStep::PresentProposal => item.help_requested(),
                IdmStep::ClarifyingQuestions
                | IdmStep::AmendAndClarify
                | IdmStep::Integration
                | IdmStep::ResolveObjections => true,
                IdmStep::ReactionRound
                | IdmStep::ObjectionRound
                | IdmStep::ConsentRound
                | IdmStep::Triage
                | IdmStep::DescribeRole
                | IdmStep::Nominations
                | IdmStep::NominationSharing
                | IdmStep::NominationChanges
                | IdmStep::ProposeCandidate => false,
            },
            Ending::ProcessBreakdown => {
                matches!(step, IdmStep::Integration | IdmStep::ResolveObjections)
            }
            Ending::NeedMet | Ending::CutOff => step == IdmStep::Triage,
        }
    }

    /// Decides a command about the running item's work (the router has
    /// already checked format and rules).
    pub(crate) fn decide(self, state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
        match self {
            Process::Integrative => integrative::decide(state, command),
            Process::Consent => consent::decide_item(state, command),
            Process::Election => election::decide_item(state, command),
            Process::Triage => tactical::decide_item(state, command),
        }
    }

    /// Folds an event of this process into the state.
    pub(crate) fn apply(self, state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
        match self {
            Process::Integrative => integrative::apply(state, event, at),
            Process::Consent => consent::apply(state, event, at),
            Process::Election => election::apply(state, event, at),
            Process::Triage => tactical::apply(state, event, at),
        }
    }
}

#[cfg(test)]
mod seam_tests;
