//! Events: the facts a session file records. Each accepted command becomes
//! exactly one event, so undo ("retract the last entry") is always one step.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::actions::ActionStatus;
pub use super::consent::{ConsentAnswer, DriverPart};
use super::election::{ItemKind, Term};
use super::parts::Part;
use super::setup::{Participant, PersonId};
use super::tactical::{EntryAnswer, RequestTo, TacticalList};

/// Stable handle for an agenda item; never reused, even after removal, so old
/// references in the log stay unambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u32);

/// Which way a round goes around the seating order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// In seating order.
    Forward,
    /// Against seating order.
    Backward,
}

/// The rounds process.md names; each gives everyone present one turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum RoundKind {
    /// What has your attention?
    CheckIn,
    /// Personal reactions to a proposal (everyone but the proposer).
    Reaction,
    /// "Do you see a reason why adopting this would cause harm?"
    Objection,
    /// Reflections on the meeting.
    Closing,
    /// Consent rules: quick reactions to a proposal (everyone but the proposer).
    QuickReaction,
    /// Consent rules: consent, a concern or an objection from each person.
    Consent,
    /// Election: each says whom they nominated and why (the ballots are
    /// revealed with this round).
    NominationSharing,
}

impl RoundKind {
    /// Default per-turn timebox in seconds: one minute for check-in and closing
    /// (process.md, "Rounds"); running over is shown, never enforced.
    pub fn default_turn_limit_secs(self) -> Option<u32> {
        match self {
            RoundKind::CheckIn | RoundKind::Closing | RoundKind::NominationSharing => Some(60),
            RoundKind::Reaction
            | RoundKind::Objection
            | RoundKind::QuickReaction
            | RoundKind::Consent => None,
        }
    }
}

// Declared through `tag_first!`, which also gives it its `Deserialize`:
// a speech is in every `turn_taken`, and serde's own reader copied each
// one into a buffer before reading it (see `super::tag_first`).
super::tag_first::tag_first! {
/// What a person did with their turn. In an objection round `Said` is a
/// concern to be handled and `Pass` means "no objection".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Speech {
    /// A contribution; the facilitator types its gist.
    Said {
        /// The gist of what was said.
        text: String,
    },
    /// Nothing to add (in an objection round: no objection).
    Pass,
}

/// [`Speech`] read once its `kind` is known, externally tagged.
#[derive(Deserialize)]
#[serde(remote = "Speech", rename_all = "snake_case")]
mirror enum SpeechByTag;

/// serde's own (internally tagged) reader for [`Speech`], for other orders.
#[derive(Deserialize)]
#[serde(remote = "Speech", tag = "kind", rename_all = "snake_case")]
general pub(crate) enum SpeechTagged;
tag "kind";
}

/// The validity criteria an objection is tested against (process.md, a–d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum Criterion {
    /// (a) it would reduce the circle's capacity to express its purpose or accountabilities.
    Harm,
    /// (b) the harm limits one of the objector's own roles.
    Role,
    /// (c) the tension would not exist without the proposal.
    CausedByProposal,
    /// (d) the harm is known, or there is no chance to adapt before significant harm.
    NotSafeToTry,
}

impl Criterion {
    /// All criteria in the order the facilitator walks them.
    pub const ALL: [Criterion; 4] = [
        Criterion::Harm,
        Criterion::Role,
        Criterion::CausedByProposal,
        Criterion::NotSafeToTry,
    ];

    /// The letter process.md gives the criterion, for compact displays.
    pub fn letter(self) -> char {
        match self {
            Criterion::Harm => 'a',
            Criterion::Role => 'b',
            Criterion::CausedByProposal => 'c',
            Criterion::NotSafeToTry => 'd',
        }
    }
}

/// The steps of one agenda item: integrative decision-making for a
/// tension in a governance meeting (present proposal .. integration, or
/// their consent-rule counterparts), for an election the steps from
/// describing the role to proposing a candidate (after which the election
/// uses the same objection round and integration), and triage in a
/// tactical meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum IdmStep {
    /// Tension, example, proposal (or a request for help crafting one).
    PresentProposal,
    /// Questions to understand the proposal; answers or "not specified".
    ClarifyingQuestions,
    /// Everyone but the proposer reacts in turn.
    ReactionRound,
    /// Only the proposer speaks: clarify, amend, or keep.
    AmendAndClarify,
    /// Everyone in turn: objection or not; concerns tested.
    ObjectionRound,
    /// Amend until each valid objection is resolved.
    Integration,
    /// Consent rules: everyone in turn gives consent, a concern or an objection.
    ConsentRound,
    /// Consent rules: objections resolved one by one, then back to consent.
    ResolveObjections,
    /// Election: describe the role and the term.
    DescribeRole,
    /// Election: one named ballot per present participant, hidden on screen
    /// until all are in.
    Nominations,
    /// Election: each says whom they nominated and why (ballots revealed).
    NominationSharing,
    /// Election: a chance to change one's nomination.
    NominationChanges,
    /// Election: the facilitator proposes the candidate with most nominations.
    ProposeCandidate,
    /// Tactical meeting: the owner's need, requests, and outputs.
    Triage,
}

/// How an agenda item ended (process.md, "Ways an item ends").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum Ending {
    /// No valid objections: the current proposal version is adopted.
    Adopted,
    /// The proposer took the proposal back.
    Withdrawn,
    /// Invalid proposal: no tension or no example.
    Discarded,
    /// Dropped for lack of good faith (rules of integration).
    Dropped,
    /// Time ran out before it could finish.
    Unfinished,
    /// No resolution after reasonable effort.
    ProcessBreakdown,
    /// Tactical: the owner confirmed they got what they need.
    NeedMet,
    /// Tactical: the facilitator cut the item off when its time share was
    /// used; close-out carries it over or lets it go.
    CutOff,
}

/// What close-out decides for an item that was not reached or not finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum Disposition {
    /// On the next meeting's agenda.
    CarriedOver,
    /// Let go: the tension will come back if it still matters.
    LetGo,
}

/// Kinds of output a session produces besides decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum OutputKind {
    /// A concrete action someone can take right away.
    NextAction,
    /// An outcome worth working towards.
    Project,
    /// Information shared with the group.
    Information,
}

/// What kind of out-of-order intervention the facilitator recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum OutOfOrderKind {
    /// Talking across someone else.
    CrossTalk,
    /// A reaction or opinion offered as a clarifying question.
    ReactionAsQuestion,
    /// Discussion or response to someone else's turn during a round.
    DiscussionInRound,
    /// Anything else the facilitator ruled out of order.
    Other,
}

/// Broad phases of a meeting, recorded when the facilitator moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// The check-in round.
    CheckIn,
    /// Agenda building; also the place between items.
    Agenda,
    /// The closing round.
    Closing,
    /// Marking unfinished items carried over or let go.
    CloseOut,
    /// Done; the outputs are final.
    Closed,
    /// Tactical: checklist review.
    Checklist,
    /// Tactical: metrics review.
    Metrics,
    /// Tactical: progress updates.
    Progress,
    /// Tactical: the review of the circle's open actions (file version 7).
    Actions,
}

/// The order of a new round, recorded in full so replay never has to
/// recompute the rotation rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundStart {
    /// Session-wide round number, counted from 0; drives default rotation.
    pub number: u32,
    /// Which round this is.
    pub kind: RoundKind,
    /// Who speaks, in order.
    pub order: Vec<PersonId>,
}

// Declared through `tag_first!` so that the store can read an event's
// variant straight after its tag (see `super::tag_first`); the text
// inside is an ordinary enum declaration.
super::tag_first::tag_first! {
/// One thing that happened in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A new phase began; rounds begin with it.
    PhaseEntered {
        /// The phase now running.
        phase: PhaseKind,
        /// The round the phase opens with (check-in, closing).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundStart>,
    },
    /// The facilitator chose who starts the current round and which way.
    RoundReordered {
        /// The new order of the current round.
        order: Vec<PersonId>,
    },
    /// Someone had their turn in the current round.
    TurnTaken {
        /// Whose turn it was.
        person: PersonId,
        /// What they said, or pass.
        speech: Speech,
    },
    /// Someone's turn was skipped (absent, left early).
    TurnSkipped {
        /// Who was skipped.
        person: PersonId,
        /// Why.
        reason: String,
    },
    /// Someone joined after the start.
    ParticipantJoined {
        /// The new person's handle (next free index).
        person: PersonId,
        /// Who they are.
        participant: Participant,
        /// The running round's new order with them in it: a round gives
        /// every present participant a turn (process.md), so someone who
        /// joins during a round gets one too. Absent when no round runs (and
        /// in files from before spanning did this, which keep their meaning).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round_order: Option<Vec<PersonId>>,
    },
    /// Someone left or came back.
    PresenceChanged {
        /// Who.
        person: PersonId,
        /// Present from now on or not.
        present: bool,
        /// Why, if said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// Another person facilitates from now on.
    FacilitatorChanged {
        /// The new facilitator.
        person: PersonId,
    },
    /// Another person (or nobody) is secretary from now on.
    SecretaryChanged {
        /// The new secretary, if any.
        person: Option<PersonId>,
    },
    /// The meeting's timebox changed.
    TimeboxChanged {
        /// New length of the whole meeting in minutes, if any.
        minutes: Option<u32>,
    },
    /// A tension went on the agenda.
    ItemAdded {
        /// Its handle.
        item: ItemId,
        /// One to three words (for an election: the role).
        label: String,
        /// Whose tension it is (the proposer; for an election: who asked for it).
        owner: PersonId,
        /// A tension or an election; tension is left out of the file, so
        /// sessions without elections are written as before.
        #[serde(default, skip_serializing_if = "ItemKind::is_tension")]
        kind: ItemKind,
    },
    /// A pending item's label or owner was corrected.
    ItemEdited {
        /// Which item.
        item: ItemId,
        /// New label.
        label: String,
        /// New owner.
        owner: PersonId,
    },
    /// A pending item came off the agenda.
    ItemRemoved {
        /// Which item.
        item: ItemId,
    },
    /// A pending item moved in the agenda.
    ItemMoved {
        /// Which item.
        item: ItemId,
        /// Its new zero-based position in the whole agenda.
        position: u32,
    },
    /// Processing of an item began (step: present proposal).
    ItemStarted {
        /// Which item.
        item: ItemId,
    },
    /// The item moved to another step of integrative decision-making.
    StepEntered {
        /// The new step.
        step: IdmStep,
        /// The round this step opens with (reactions, objections).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        round: Option<RoundStart>,
    },
    /// The proposer described the tension.
    TensionStated {
        /// The tension in the proposer's words.
        text: String,
    },
    /// The proposer gave a real example of the tension.
    ExampleGiven {
        /// The example.
        text: String,
    },
    /// The proposer asked for help crafting a proposal.
    HelpRequested,
    /// A proposal version: the first one, an amendment, or an integration amendment.
    ProposalStated {
        /// Version number, from 1.
        version: u32,
        /// The full text of this version.
        text: String,
        /// The objection this amendment integrates, if made during integration.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        for_objection: Option<u32>,
    },
    /// The stated proposal was corrected before clarifying questions
    /// started (a typo): the same version with this text, not a new one.
    ProposalCorrected {
        /// The corrected full text.
        text: String,
    },
    /// A clarifying question was asked.
    QuestionAsked {
        /// Who asked.
        asker: PersonId,
        /// The question.
        text: String,
    },
    /// The proposer answered a question, or said "not specified" (no text).
    QuestionAnswered {
        /// Question number within the item, from 1.
        question: u32,
        /// The answer; `None` means "not specified".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answer: Option<String>,
    },
    /// A question was ruled out of order (usually a reaction in disguise).
    QuestionRuledOutOfOrder {
        /// Question number.
        question: u32,
        /// The ruling's reason.
        reason: String,
    },
    /// In amend-and-clarify, the proposer clarified without amending.
    Clarified {
        /// The clarification.
        text: String,
    },
    /// A participant asked that a concern be tested; the facilitator must test.
    TestRequested {
        /// Concern number within the item, from 1.
        concern: u32,
        /// Who asked.
        by: PersonId,
    },
    /// The objector's argument for one criterion, and the facilitator's ruling.
    CriterionTested {
        /// Concern number.
        concern: u32,
        /// Which criterion.
        criterion: Criterion,
        /// The objector's argument, as heard.
        argument: String,
        /// Whether the argument was found reasonable (logical, not true or important).
        holds: bool,
    },
    /// The facilitator recorded a concern as an objection without testing it.
    ObjectionRecorded {
        /// Concern number.
        concern: u32,
    },
    /// The secretary ruled on a concern that claims the proposal breaks the rules.
    SecretaryRuled {
        /// Concern number.
        concern: u32,
        /// True: it breaks the rules, so the objection is valid.
        upheld: bool,
        /// The secretary's interpretation.
        note: String,
    },
    /// The objector confirmed the amended proposal no longer causes the harm.
    ObjectorConfirmed {
        /// Concern number.
        concern: u32,
    },
    /// The proposer confirmed the amended proposal still addresses the tension.
    ProposerConfirmed {
        /// Concern number.
        concern: u32,
    },
    /// The objector made no good-faith effort to integrate; the objection is gone.
    ObjectionAbandoned {
        /// Concern number.
        concern: u32,
        /// What the facilitator observed.
        reason: String,
    },
    /// The current item ended.
    ItemEnded {
        /// How.
        ending: Ending,
        /// Why, in the facilitator's words.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// A next action, project or piece of information was captured.
    OutputRecorded {
        /// What kind.
        kind: OutputKind,
        /// Who owns it, if anyone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<PersonId>,
        /// The output.
        text: String,
        /// The role the owner takes it on in, if said (tactical meetings).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
    },
    /// A time-out began: the group talks about process, not content.
    TimeOutStarted {
        /// Who asked for it, if a participant did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        requested_by: Option<PersonId>,
        /// What it is about.
        reason: String,
    },
    /// The time-out ended; the meeting continues where it was.
    TimeOutEnded {
        /// What was agreed, if anything.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The facilitator ruled something out of order.
    OutOfOrder {
        /// Who, if one person.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        person: Option<PersonId>,
        /// What kind of intervention.
        kind: OutOfOrderKind,
        /// What happened.
        note: String,
    },
    /// A free note for the minutes.
    NoteRecorded {
        /// The note.
        text: String,
    },
    /// Close-out decided what happens to an unreached or unfinished item.
    ItemDisposed {
        /// Which item.
        item: ItemId,
        /// Carried over or let go.
        disposition: Disposition,
    },
    /// Undo: the entry with this sequence number no longer counts.
    /// History is never rewritten; the correction is itself recorded.
    Retracted {
        /// Sequence number of the retracted entry. Not called `seq`:
        /// `Recorded` flattens the event beside its own `seq`.
        retracts: u64,
    },
    /// Consent rules: the proposer described one part of the driver.
    DriverDescribed {
        /// Which part.
        part: DriverPart,
        /// In the proposer's words.
        text: String,
    },
    /// Consent rules: someone's turn in the consent round.
    ConsentAnswered {
        /// Whose turn it was.
        person: PersonId,
        /// Consent, a concern or an objection.
        answer: ConsentAnswer,
    },
    /// Consent rules: the objector confirmed the amended proposal resolves the objection.
    ObjectionResolved {
        /// Objection number within the item (shared with concerns' numbering).
        objection: u32,
    },
    /// Consent rules: the current proposal version became an agreement.
    AgreementAdopted {
        /// When the agreement is to be reviewed.
        review_date: NaiveDate,
        /// How the agreement will be evaluated at review.
        criteria: String,
    },
    /// Consent rules: an objection was taken as a concern; it no longer blocks.
    ObjectionRequalified {
        /// Objection number.
        objection: u32,
        /// Why, as the facilitator checked it with the objector.
        reason: String,
    },
    /// Election: the role and the term were described (again: corrected).
    RoleDescribed {
        /// What the role is about.
        text: String,
        /// How long the elected person holds it.
        term: Term,
    },
    /// Election: a participant's ballot (again for the same voter: a
    /// correction). Screens show only that it is in until all are.
    Nominated {
        /// Who nominates.
        voter: PersonId,
        /// Whom.
        nominee: PersonId,
    },
    /// Election: after the sharing round, a participant changed their nomination.
    NominationChanged {
        /// Who changed.
        voter: PersonId,
        /// The new nominee.
        nominee: PersonId,
    },
    /// Election: the facilitator proposed a candidate and term (a new
    /// version of the election's proposal).
    CandidateProposed {
        /// Version number, from 1 (shared with proposal versions).
        version: u32,
        /// The candidate.
        candidate: PersonId,
        /// The term proposed.
        term: Term,
        /// The tied leaders the facilitator chose among, when there was a tie.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tied: Vec<PersonId>,
        /// The objection this candidacy integrates, if made during integration.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        for_objection: Option<u32>,
    },
    /// Tactical: a checklist item, metric or project was defined.
    EntryDefined {
        /// Which list.
        list: TacticalList,
        /// Its number within the list.
        number: u32,
        /// The item, metric name or project.
        text: String,
        /// Who answers for it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<PersonId>,
        /// The role it belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
    },
    /// Tactical: a checklist item, metric or project was corrected.
    EntryEdited {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
        /// New text.
        text: String,
        /// New owner.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<PersonId>,
        /// New role.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
    },
    /// Tactical: a checklist item, metric or project is no longer kept.
    EntryRemoved {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
    },
    /// Tactical: check / no check, a metric's value, or a progress update.
    EntryAnswered {
        /// Which list.
        list: TacticalList,
        /// Its number.
        number: u32,
        /// The answer.
        answer: EntryAnswer,
    },
    /// Tactical triage: what the item's owner needs.
    NeedStated {
        /// The need in the owner's words.
        text: String,
    },
    /// Tactical triage: the owner asked a person or role for something.
    RequestMade {
        /// Number within the item, from 1.
        number: u32,
        /// To whom.
        to: RequestTo,
        /// What is asked.
        text: String,
    },
    /// Tactical triage: a request was accepted or declined.
    RequestAnswered {
        /// Its number.
        number: u32,
        /// Accepted (true) or declined (false).
        accepted: bool,
    },
    /// Tactical action review: an offered action was answered.
    ActionReviewed {
        /// Its number in the review.
        number: u32,
        /// Done, still open or dropped.
        status: ActionStatus,
        /// Anything said with it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// An item the memory offered was put on the agenda (file version 7).
    OfferTaken {
        /// Its number among the setup's offers.
        number: u32,
        /// The agenda item it became.
        item: ItemId,
        /// Whose item it is in this meeting.
        owner: PersonId,
    },
    /// An item the memory offered was let go (file version 7).
    OfferLetGo {
        /// Its number among the setup's offers.
        number: u32,
    },
    /// Where a project stands was said (file version 7).
    ProjectStatusSet {
        /// The project's number in the progress list.
        number: u32,
        /// Current, waiting (on whom), done or dropped.
        status: super::projects::ProjectState,
    },
    /// A part was added to the proposal version `version` (one more than
    /// the current: a new version copied from it).
    PartAdded {
        /// The version it belongs to.
        version: u32,
        /// The part (boxed: the largest field of any event, which would
        /// otherwise make every entry its size).
        part: Box<Part>,
    },
    /// A part of the proposal version `version` was replaced.
    PartChanged {
        /// The version.
        version: u32,
        /// Its number, from 1.
        number: u32,
        /// The part as it became (boxed, as in `PartAdded`).
        part: Box<Part>,
    },
    /// A part was removed from the proposal version `version`.
    PartRemoved {
        /// The version.
        version: u32,
        /// Its number, from 1.
        number: u32,
    },
}

/// [`Event`] read once its `type` is known: the same variants, externally
/// tagged, so serde reads the named variant's fields straight from the
/// file instead of buffering the object (`store::fast` uses it).
#[derive(Deserialize)]
#[serde(remote = "Event", rename_all = "snake_case")]
mirror pub(crate) enum EventByTag;
}

/// An event with its place in the log and the moment it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    /// Position in the log, from 1, without gaps.
    pub seq: u64,
    /// When it happened (RFC 3339 with offset).
    #[serde(deserialize_with = "timestamp")]
    pub at: DateTime<FixedOffset>,
    /// What happened.
    #[serde(flatten)]
    pub event: Event,
}

/// Reads an event's time. Every event carries one, so on a large folder
/// chrono's general parser was over a tenth of `spanning list`; the exact
/// form spanning writes (`2024-03-05T14:02:09+01:00`) is read directly, and
/// anything else (fractions, `Z`, a space, hand edits) goes to chrono, so
/// what is accepted and what it means are unchanged.
fn timestamp<'de, D: serde::Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
    match fast_timestamp(&text) {
        Some(at) => Ok(at),
        None => text.parse().map_err(serde::de::Error::custom),
    }
}

/// `YYYY-MM-DDTHH:MM:SS±HH:MM` and nothing else; `None` sends the text to
/// chrono's full parser.
pub(crate) fn fast_timestamp(text: &str) -> Option<DateTime<FixedOffset>> {
    use chrono::{NaiveDate, TimeZone};
    let b = text.as_bytes();
    if b.len() != 25
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[22] != b':'
    {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let sign = match b[19] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let offset_secs = (num(20..22)? * 3600 + num(23..25)? * 60) as i32;
    if num(23..25)? >= 60 {
        return None;
    }
    let offset = FixedOffset::east_opt(sign * offset_secs)?;
    let local = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?.and_hms_opt(
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    )?;
    offset.from_local_datetime(&local).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path must agree with chrono wherever it answers, and leave
    /// every other form to chrono.
    #[test]
    fn fast_timestamps_agree_with_chrono() {
        for text in [
            "2024-03-05T14:02:09+01:00",
            "2024-03-05T14:02:09-05:30",
            "1999-12-31T23:59:59+00:00",
            "2024-02-29T00:00:00+14:00",
        ] {
            let chrono: DateTime<FixedOffset> = text.parse().expect("valid");
            assert_eq!(fast_timestamp(text), Some(chrono), "{text}");
            assert_eq!(
                fast_timestamp(text).map(|t| t.offset().local_minus_utc()),
                Some(chrono.offset().local_minus_utc())
            );
        }
        for text in [
            "2024-03-05T14:02:09.5+01:00",
            "2024-03-05T14:02:09Z",
            "2024-03-05 14:02:09+01:00",
            "2023-02-29T00:00:00+01:00",
            "2024-03-05T24:00:00+01:00",
            "2024-03-05T14:02:60+01:00",
            "2024-03-05T14:02:09+01:60",
            "2024-03-05T14:02:09+99:00",
            "2024-13-05T14:02:09+01:00",
            "2024-03-05T14:0a:09+01:00",
        ] {
            assert_eq!(fast_timestamp(text), None, "{text}");
        }
    }

    #[test]
    fn events_with_other_time_forms_still_load() {
        let json = r#"{"seq":1,"at":"2024-03-05T14:02:09.250Z","type":"note_recorded","text":"x"}"#;
        let r: Recorded = serde_json::from_str(json).expect("loads");
        assert_eq!(
            r.at,
            "2024-03-05T14:02:09.250Z"
                .parse::<DateTime<FixedOffset>>()
                .expect("valid")
        );
        let bad = r#"{"seq":1,"at":"yesterday","type":"note_recorded","text":"x"}"#;
        assert!(serde_json::from_str::<Recorded>(bad).is_err());
    }
}
