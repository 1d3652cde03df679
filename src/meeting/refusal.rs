//! Why the engine refused a command. Typed, so callers can react; the words
//! live in the `text` layer, so every language phrases them its own way.

use chrono::NaiveDate;

use super::election::{ElectionAction, ElectionField, ElectionRefusal};
use super::event::{Criterion, IdmStep, RoundKind};
use super::setup::RuleSet;
use super::state::Phase;
use super::tactical::TacticalRefusal;

/// What the facilitator tried to do, for "not now" refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(ActionKind),
    derive(strum::VariantArray),
    doc = "Which action it is, without its data: the word tests check every kind is worded."
)]
pub enum Action {
    /// Start the check-in round.
    StartCheckIn,
    /// Choose the round order.
    SetRoundOrder,
    /// Record a turn or skip.
    TakeTurn,
    /// Move on to agenda building.
    OpenAgenda,
    /// Add an agenda item.
    AddItem,
    /// Change, remove or move an agenda item.
    ChangeAgenda,
    /// Start processing an item.
    StartItem,
    /// Present tension, example or proposal.
    PresentProposal,
    /// Correct the stated proposal before clarifying questions start.
    CorrectProposal,
    /// Open clarifying questions.
    OpenClarifyingQuestions,
    /// Ask, answer or rule on a question.
    HandleQuestion,
    /// Open the reaction round.
    OpenReactionRound,
    /// Open amend and clarify.
    OpenAmendAndClarify,
    /// Clarify in amend-and-clarify.
    Clarify,
    /// Amend the proposal.
    Amend,
    /// Open the objection round.
    OpenObjectionRound,
    /// Test, record or rule on a concern.
    HandleConcern,
    /// Open integration.
    OpenIntegration,
    /// Confirm or abandon an objection in integration.
    Integrate,
    /// Adopt the proposal.
    Adopt,
    /// Withdraw the proposal.
    Withdraw,
    /// Discard the proposal.
    Discard,
    /// Drop the proposal.
    Drop,
    /// Mark the item unfinished.
    MarkUnfinished,
    /// Declare a process breakdown.
    DeclareBreakdown,
    /// Record an output.
    RecordOutput,
    /// End a time-out.
    EndTimeOut,
    /// Open the closing round.
    OpenClosingRound,
    /// Open close-out.
    OpenCloseOut,
    /// Mark an item carried over or let go.
    Dispose,
    /// Close the session.
    CloseSession,
    /// Change participants or roles.
    ChangeParticipants,
    /// Anything at all (the session is closed).
    Anything,
    /// Describe the driver (consent rules).
    DescribeDriver,
    /// Open the consent round (consent rules).
    OpenConsentRound,
    /// Record consent, a concern or an objection (consent rules).
    AnswerConsent,
    /// Move on to resolving objections (consent rules).
    OpenResolution,
    /// Confirm an objection is resolved (consent rules).
    ResolveObjection,
    /// Adopt an agreement with a review date (consent rules).
    AdoptAgreement,
    /// Take an objection as a concern (consent rules).
    RequalifyObjection,
    /// A step of an election.
    Election(ElectionAction),
    /// Open the checklist review.
    OpenChecklist,
    /// Open the metrics review.
    OpenMetrics,
    /// Open progress updates.
    OpenProgress,
    /// Define, edit or remove a checklist item, metric or project.
    ChangeList,
    /// Answer a checklist item, metric or project.
    AnswerEntry,
    /// Record a need or a request in triage.
    Triage,
    /// End triage: the owner got what they need.
    MeetNeed,
    /// Cut an item off.
    CutOff,
    /// Open the action review (tactical).
    OpenActions,
    /// Take or let go an item offered to the agenda.
    AnswerOffer,
    /// Add, change or remove a part of the proposal.
    EditParts,
}

/// Fields a text is required for, so "empty" refusals say which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(FieldKind),
    derive(strum::VariantArray),
    doc = "Which field it is, without its data: the word tests check every kind is worded."
)]
pub enum Field {
    /// An agenda item's label.
    Label,
    /// The tension.
    Tension,
    /// The example.
    Example,
    /// The proposal.
    Proposal,
    /// A question.
    Question,
    /// An answer.
    Answer,
    /// A reason.
    Reason,
    /// What was said in a turn.
    Speech,
    /// A clarification.
    Clarification,
    /// An argument for a criterion.
    Argument,
    /// A note.
    Note,
    /// A name.
    Name,
    /// An output's text.
    Output,
    /// The driver's situation: what is happening.
    Situation,
    /// The driver's effect: what the situation causes.
    Effect,
    /// A need: the driver's (consent rules) or the item owner's (triage).
    Need,
    /// The impact of meeting the need.
    Impact,
    /// How an agreement will be evaluated at its review.
    Criteria,
    /// A text an election asks for.
    Election(ElectionField),
    /// A role's name.
    Role,
    /// A request's text (triage).
    Request,
    /// A checklist item, metric or project.
    Entry,
    /// A metric's value.
    Value,
    /// A progress update.
    Update,
    /// On whom (or what) a project waits.
    WaitingOn,
}

/// A refused command and exactly why.
#[derive(Debug, Clone, PartialEq, Eq, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(RefusalKind),
    derive(strum::VariantArray),
    doc = "Which refusal it is, without its data: the word tests check every kind is worded."
)]
pub enum Refusal {
    /// The action does not fit the current phase.
    NotNow {
        /// What was tried.
        action: Action,
        /// Where the meeting is.
        phase: Phase,
    },
    /// A time-out is running; only process talk is recorded until it ends.
    TimeOutRunning,
    /// There is no time-out to end.
    NoTimeOut,
    /// A round must be complete first.
    RoundIncomplete {
        /// Which round.
        kind: RoundKind,
        /// Who has not had a turn, by name.
        waiting: Vec<String>,
    },
    /// No round is running.
    NoRound,
    /// The round order can only be chosen before the first turn.
    RoundAlreadyStarted,
    /// This person already had their turn.
    AlreadyHadTurn {
        /// Who.
        name: String,
    },
    /// This person is not in the current round (absent, or the proposer in a
    /// reaction round).
    NotInRound {
        /// Who.
        name: String,
    },
    /// Everyone in the round has had a turn already.
    RoundComplete,
    /// No participant with that handle.
    UnknownPerson {
        /// The handle asked for.
        id: u32,
    },
    /// No agenda item with that handle.
    UnknownItem {
        /// The handle asked for.
        id: u32,
    },
    /// No question with that number in this item.
    UnknownQuestion {
        /// The number asked for.
        number: u32,
    },
    /// No concern with that number in this item.
    UnknownConcern {
        /// The number asked for.
        number: u32,
    },
    /// A required text is empty.
    Empty {
        /// Which text.
        field: Field,
    },
    /// A text is longer than any spoken contribution could be (a pasted
    /// file, say); refused so one paste cannot make the session file too
    /// big to load or the screen unusable.
    TextTooLong {
        /// Which text.
        field: Field,
        /// The limit in kilobytes.
        limit_kb: usize,
    },
    /// The meeting already has as many participants as spanning supports.
    TooManyPeople {
        /// The limit.
        limit: usize,
    },
    /// The agenda already has as many items as spanning supports.
    AgendaFull {
        /// The limit.
        limit: usize,
    },
    /// The session's record is as long (in entries or in bytes) as a
    /// session file may be and still load; a new meeting continues.
    SessionFull {
        /// The limit in entries.
        limit: usize,
    },
    /// A label must be one to three words.
    LabelTooLong {
        /// How many words it has.
        words: usize,
    },
    /// A name is already taken by another participant.
    DuplicateName {
        /// The name.
        name: String,
    },
    /// A participant must be present for this.
    NotPresent {
        /// Who.
        name: String,
    },
    /// The item has already been started; only pending items change.
    ItemNotPending {
        /// Its label.
        label: String,
    },
    /// Items can only move behind those already processed.
    PositionTaken {
        /// The earliest allowed position.
        earliest: u32,
    },
    /// The agenda has nothing left to process.
    NoPendingItems,
    /// The proposal must exist first.
    NoProposal,
    /// The first proposal has already been stated; amend later instead.
    ProposalAlreadyStated,
    /// An amendment must change the text.
    UnchangedProposal,
    /// Questions still need an answer or a ruling.
    QuestionsOpen {
        /// Their numbers.
        numbers: Vec<u32>,
    },
    /// The question was already answered or ruled on.
    QuestionSettled {
        /// Its number.
        number: u32,
    },
    /// Concerns still need to be recorded or tested.
    ConcernsUnhandled {
        /// Who raised them, by name.
        objectors: Vec<String>,
    },
    /// Valid objections stand; integrate them first.
    ObjectionsOpen {
        /// Who raised them, by name.
        objectors: Vec<String>,
    },
    /// There are no valid objections to integrate.
    NoObjections,
    /// The concern is not in a state that allows this.
    ConcernNotOpen {
        /// Its number.
        number: u32,
    },
    /// Someone asked for a test, so the facilitator must test.
    TestRequired {
        /// Who asked.
        by: String,
    },
    /// This criterion was already ruled on.
    CriterionAlreadyTested {
        /// Which.
        criterion: Criterion,
    },
    /// A rules ruling needs a secretary.
    NoSecretary,
    /// The secretary has already ruled on this concern.
    SecretaryAlreadyRuled {
        /// Concern number.
        number: u32,
    },
    /// Integration needs an amendment before confirmations.
    NotAmendedSinceObjection {
        /// Concern number.
        number: u32,
    },
    /// A proposal can only be discarded when the tension or example is missing.
    NotDiscardable,
    /// This ending needs a reason.
    ReasonRequired,
    /// The current step does not allow that ending.
    EndingNotAllowed {
        /// The step.
        step: IdmStep,
    },
    /// Items still need a close-out decision.
    ItemsUndecided {
        /// Their labels.
        labels: Vec<String>,
    },
    /// The item does not need a close-out decision.
    NoDispositionNeeded {
        /// Its label.
        label: String,
    },
    /// Nothing to undo.
    NothingToUndo,
    /// Timebox must be more than zero minutes.
    BadTimebox,
    /// The command belongs to the other rule set than the one this
    /// meeting was set up with (recorded at setup, never switched).
    WrongRules {
        /// What was tried.
        action: Action,
        /// The rule set the meeting uses.
        rules: RuleSet,
    },
    /// Consent rules: in the consent round a turn is consent, a concern or
    /// an objection, not free speech.
    ConsentAnswerNeeded,
    /// Consent rules: an agreement is adopted with a review date and
    /// evaluation criteria, not with a bare "adopt".
    ReviewNeeded,
    /// A review date must not be before the meeting.
    ReviewDateBeforeMeeting {
        /// The date given.
        date: NaiveDate,
        /// The meeting's date.
        meeting: NaiveDate,
    },
    /// Consent rules: the driver's situation and need were both described,
    /// so the proposal cannot be discarded as invalid.
    DriverComplete,
    /// Consent rules: no objection with that number in this item.
    UnknownObjection {
        /// The number asked for.
        number: u32,
    },
    /// Consent rules: that objection is already resolved.
    ObjectionNotOpen {
        /// Its number.
        number: u32,
    },
    /// Consent rules: objections stand; resolve them (or take them as
    /// concerns) first.
    ObjectionsUnresolved {
        /// Who raised them, by name.
        objectors: Vec<String>,
    },
    /// Consent rules: there is no objection to resolve.
    NothingToResolve,
    /// An election rule (see `meeting::election`).
    Election(ElectionRefusal),
    /// A tactical-meeting refusal (format, lists, triage).
    Tactical(TacticalRefusal),
    /// An offered agenda item cannot be taken or let go.
    Offer(super::offers::OfferRefusal),
    /// A proposal-part rule (see `meeting::parts`).
    Part(super::parts::PartRefusal),
}
