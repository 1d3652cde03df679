//! Commands: what the facilitator asks the engine to record. The engine
//! checks each against the current state and either turns it into one event
//! or refuses it with a reason.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::actions::ActionStatus;
use super::election::Term;
use super::event::{
    ConsentAnswer, Criterion, Direction, Disposition, DriverPart, Ending, ItemId, OutOfOrderKind,
    OutputKind, Speech,
};
use super::parts::Part;
use super::setup::{Participant, PersonId};
use super::tactical::{EntryAnswer, RequestTo, TacticalList};

/// A request to change the meeting. Serializable so that scripted meetings
/// (tests, examples, generators) can be written down as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, strum::EnumDiscriminants)]
#[serde(tag = "command", rename_all = "snake_case")]
#[strum_discriminants(
    name(CommandKind),
    derive(strum::EnumIter, Hash, PartialOrd, Ord),
    doc = "Which command it is, without its data: what the router in `decide` matches on to find the command's owner."
)]
pub enum Command {
    /// Begin the check-in round (the first thing a meeting does).
    StartCheckIn,
    /// Choose who starts the current round and which way it goes.
    SetRoundOrder {
        /// Who speaks first.
        first: PersonId,
        /// Which way round.
        direction: Direction,
    },
    /// Record a turn in the current round; `person: None` means whoever is next.
    Speak {
        /// Whose turn; `None` for the next in order.
        person: Option<PersonId>,
        /// What they said, or pass.
        speech: Speech,
    },
    /// Skip someone's turn with a reason; `person: None` means whoever is next.
    Skip {
        /// Whose turn; `None` for the next in order.
        person: Option<PersonId>,
        /// Why (absent, left early, ...).
        reason: String,
    },
    /// Check-in is complete: start building the agenda.
    OpenAgenda,
    /// Put a tension on the agenda.
    AddItem {
        /// One to three words.
        label: String,
        /// The person whose tension it is.
        owner: PersonId,
    },
    /// Correct a pending item.
    EditItem {
        /// Which item.
        item: ItemId,
        /// New label.
        label: String,
        /// New owner.
        owner: PersonId,
    },
    /// Take a pending item off the agenda.
    RemoveItem {
        /// Which item.
        item: ItemId,
    },
    /// Move a pending item to another place in the agenda.
    MoveItem {
        /// Which item.
        item: ItemId,
        /// Zero-based position in the whole agenda.
        position: u32,
    },
    /// Start processing an item: the given one, or the next pending in order.
    StartItem {
        /// Which item; `None` for the next in agenda order.
        item: Option<ItemId>,
    },
    /// The proposer describes the tension.
    StateTension {
        /// The tension.
        text: String,
    },
    /// The proposer gives a real example.
    GiveExample {
        /// The example.
        text: String,
    },
    /// The proposer asks the group for help crafting a proposal.
    RequestHelp,
    /// State the first proposal (version 1).
    StateProposal {
        /// The proposal text.
        text: String,
    },
    /// Correct a typo in the stated proposal while it is still being
    /// presented (until clarifying questions start): a correction of the
    /// same version, not a new one.
    CorrectProposal {
        /// The corrected proposal text.
        text: String,
    },
    /// Move from presenting to clarifying questions.
    OpenClarifyingQuestions,
    /// Record a clarifying question.
    AskQuestion {
        /// Who asks.
        asker: PersonId,
        /// The question.
        text: String,
    },
    /// Record the proposer's answer; `None` means "not specified".
    AnswerQuestion {
        /// Question number, from 1.
        question: u32,
        /// The answer, or `None` for "not specified".
        answer: Option<String>,
    },
    /// Rule a question out of order (a reaction in disguise).
    RuleQuestionOutOfOrder {
        /// Question number.
        question: u32,
        /// Why.
        reason: String,
    },
    /// Start the reaction round.
    OpenReactionRound,
    /// Move to amend and clarify (only the proposer speaks).
    OpenAmendAndClarify,
    /// The proposer clarifies without changing the proposal.
    Clarify {
        /// The clarification.
        text: String,
    },
    /// A new version of the proposal: in amend-and-clarify, or during
    /// integration for a given objection.
    AmendProposal {
        /// The full new text.
        text: String,
        /// The objection this amendment integrates (integration only).
        for_objection: Option<u32>,
    },
    /// Start the objection round (from amend-and-clarify, or back from integration).
    OpenObjectionRound,
    /// A participant asks that a concern be tested.
    RequestTest {
        /// Concern number, from 1.
        concern: u32,
        /// Who asks.
        by: PersonId,
    },
    /// Record the objector's argument for one criterion and the ruling on it.
    TestCriterion {
        /// Concern number.
        concern: u32,
        /// Which criterion.
        criterion: Criterion,
        /// The argument as heard.
        argument: String,
        /// Whether the argument is reasonable.
        holds: bool,
    },
    /// Accept a concern as an objection without testing it.
    RecordObjection {
        /// Concern number.
        concern: u32,
    },
    /// The secretary's ruling on a concern that claims a rules violation.
    SecretaryRuling {
        /// Concern number.
        concern: u32,
        /// True if the proposal breaks the rules.
        upheld: bool,
        /// The interpretation.
        note: String,
    },
    /// Move to integration of the valid objections.
    OpenIntegration,
    /// The objector confirms the amended proposal no longer causes the harm.
    ConfirmObjector {
        /// Concern number.
        concern: u32,
    },
    /// The proposer confirms the amended proposal still addresses the tension.
    ConfirmProposer {
        /// Concern number.
        concern: u32,
    },
    /// Rule that the objector made no good-faith effort; the objection lapses.
    AbandonObjection {
        /// Concern number.
        concern: u32,
        /// What was observed.
        reason: String,
    },
    /// End the current item: adopt, withdraw, discard, drop, unfinished, breakdown.
    EndItem {
        /// How it ends.
        ending: Ending,
        /// Why; required for discarded, dropped and process breakdown.
        reason: Option<String>,
    },
    /// Capture a next action, project or information.
    RecordOutput {
        /// What kind.
        kind: OutputKind,
        /// Who owns it.
        owner: Option<PersonId>,
        /// The output.
        text: String,
        /// The role the owner takes it on in (tactical meetings).
        #[serde(default)]
        role: Option<String>,
    },
    /// Begin a time-out.
    StartTimeOut {
        /// Who asked, if a participant.
        requested_by: Option<PersonId>,
        /// What it is about.
        reason: String,
    },
    /// End the running time-out.
    EndTimeOut {
        /// What was agreed, if anything.
        note: Option<String>,
    },
    /// Record an out-of-order intervention.
    RecordOutOfOrder {
        /// Who, if one person.
        person: Option<PersonId>,
        /// What kind.
        kind: OutOfOrderKind,
        /// What happened.
        note: String,
    },
    /// A free note for the minutes.
    Note {
        /// The note.
        text: String,
    },
    /// Someone joins after the start.
    AddParticipant {
        /// Who.
        participant: Participant,
    },
    /// Someone leaves or comes back.
    SetPresence {
        /// Who.
        person: PersonId,
        /// Present from now on or not.
        present: bool,
        /// Why, if said.
        reason: Option<String>,
    },
    /// Hand facilitation to someone else.
    SetFacilitator {
        /// The new facilitator.
        person: PersonId,
    },
    /// Change (or clear) the secretary.
    SetSecretary {
        /// The new secretary, if any.
        person: Option<PersonId>,
    },
    /// Change the meeting's timebox.
    SetTimebox {
        /// Minutes, or `None` for no timebox.
        minutes: Option<u32>,
    },
    /// No more items for now: start the closing round.
    OpenClosingRound,
    /// Closing round done: mark unfinished items.
    OpenCloseOut,
    /// Mark an unreached or unfinished item carried over or let go.
    Dispose {
        /// Which item.
        item: ItemId,
        /// What happens to it.
        disposition: Disposition,
    },
    /// Close the session; every unfinished item must be disposed of first.
    CloseSession,
    /// Retract the last entry (recorded as a correction).
    Undo,
    /// Consent rules: the proposer describes one part of the driver.
    DescribeDriver {
        /// Which part: situation, effect, need or impact.
        part: DriverPart,
        /// The words.
        text: String,
    },
    /// Consent rules: start the consent round (from amend and clarify, or
    /// back from resolving objections).
    OpenConsentRound,
    /// Consent rules: record a turn in the consent round; `person: None`
    /// means whoever is next.
    AnswerConsent {
        /// Whose turn; `None` for the next in order.
        person: Option<PersonId>,
        /// Consent, a concern or an objection.
        answer: ConsentAnswer,
    },
    /// Consent rules: move on to resolving the objections one by one.
    OpenResolution,
    /// Consent rules: the objector confirms the amended proposal resolves it.
    ResolveObjection {
        /// Objection number.
        objection: u32,
    },
    /// Consent rules: adopt the current proposal as an agreement.
    AdoptAgreement {
        /// When to review it; not before the meeting's date.
        review_date: NaiveDate,
        /// How it will be evaluated.
        criteria: String,
    },
    /// Consent rules: the facilitator, having checked it with the
    /// objector, takes an objection as a concern (logged, not blocking).
    RequalifyObjection {
        /// Objection number.
        objection: u32,
        /// Why it does not stand in the way of the driver or the purpose.
        reason: String,
    },
    /// Ask for an election: it goes first among the pending items.
    AddElection {
        /// The role to elect someone into (one to three words).
        role: String,
        /// Who asked for the election.
        owner: PersonId,
    },
    /// Describe (or correct) the role and the term of the running election.
    DescribeRole {
        /// What the role is about.
        text: String,
        /// How long the elected person holds it.
        term: Term,
    },
    /// Election: move on to the nominations.
    OpenNominations,
    /// Election: enter (or correct) one participant's ballot.
    Nominate {
        /// Who nominates (present).
        voter: PersonId,
        /// Whom (any participant, oneself included).
        nominee: PersonId,
    },
    /// Election: all ballots are in; start the nomination sharing round.
    OpenNominationSharing,
    /// Election: sharing round done; a chance to change nominations.
    OpenNominationChanges,
    /// Election: record a changed nomination.
    ChangeNomination {
        /// Who changes.
        voter: PersonId,
        /// The new nominee.
        nominee: PersonId,
    },
    /// Election: move on to proposing a candidate.
    OpenCandidateProposal,
    /// Election: propose a candidate (with most nominations; in integration
    /// anyone, or the same one with another term).
    ProposeCandidate {
        /// The candidate.
        candidate: PersonId,
        /// Another term; `None` keeps the one in force.
        term: Option<Term>,
        /// The objection this candidacy integrates (integration only).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        for_objection: Option<u32>,
    },
    /// Tactical: check-in done (or a later review), review the checklist.
    OpenChecklist,
    /// Tactical: review the metrics.
    OpenMetrics,
    /// Tactical: hear progress updates.
    OpenProgress,
    /// Tactical: add a checklist item, metric or project to the list under review.
    DefineEntry {
        /// Which list.
        list: TacticalList,
        /// The item, metric name or project.
        text: String,
        /// Who answers for it.
        owner: Option<PersonId>,
        /// The role it belongs to.
        role: Option<String>,
    },
    /// Tactical: correct a checklist item, metric or project.
    EditEntry {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
        /// New text.
        text: String,
        /// New owner.
        owner: Option<PersonId>,
        /// New role.
        role: Option<String>,
    },
    /// Tactical: stop keeping a checklist item, metric or project.
    RemoveEntry {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
    },
    /// Tactical: check / no check, a value, or a progress update.
    AnswerEntry {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
        /// The answer.
        answer: EntryAnswer,
    },
    /// Tactical triage: record what the owner needs.
    StateNeed {
        /// The need.
        text: String,
    },
    /// Tactical triage: ask a person or role for something.
    MakeRequest {
        /// To whom.
        to: RequestTo,
        /// What is asked.
        text: String,
    },
    /// Tactical triage: the request was accepted or declined.
    AnswerRequest {
        /// Request number, from 1.
        number: u32,
        /// Accepted or declined.
        accepted: bool,
    },
    /// Tactical action review: an open action is done, still open or
    /// dropped.
    ReviewAction {
        /// Its number in the review, from 1.
        number: u32,
        /// The answer.
        status: ActionStatus,
        /// Anything said with it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Tactical: open the action review (after the check-in).
    OpenActions,
    /// Put an item the memory offered (carried over, review due, term
    /// ending) on the agenda, owned by `owner`.
    TakeOffer {
        /// Its number among the offers, from 1.
        number: u32,
        /// Whose item it is in this meeting.
        owner: PersonId,
    },
    /// Let an offered item go: it will not be offered again.
    LetGoOffer {
        /// Its number among the offers, from 1.
        number: u32,
    },
    /// Tactical progress review: where a project stands.
    SetProjectStatus {
        /// The project's number in the progress list.
        number: u32,
        /// Current, waiting (on whom), done or dropped.
        status: super::projects::ProjectState,
    },
    /// Add a part (a typed change to the governance record) to the
    /// proposal: to the current version while no round has heard it, else
    /// to a new version copied from it.
    AddPart {
        /// The part.
        part: Part,
    },
    /// Replace a part of the proposal (same versioning as `AddPart`).
    ChangePart {
        /// Its number in the current version, from 1.
        number: u32,
        /// The part as it becomes.
        part: Part,
    },
    /// Remove a part from the proposal (same versioning as `AddPart`).
    RemovePart {
        /// Its number in the current version, from 1.
        number: u32,
    },
}
