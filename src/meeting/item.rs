//! An agenda item and what happened while processing it: its proposal
//! versions, questions and concerns, and each process's own record.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use super::consent::{AgreementReview, ConsentTurn, Driver};
use super::election::Election;
use super::event::{Criterion, Disposition, Ending, IdmStep, ItemId, OutputKind};
use super::setup::PersonId;
use super::tactical::Triage;

/// A clarifying question and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Number within the item, from 1.
    pub number: u32,
    /// Who asked.
    pub asker: PersonId,
    /// The question.
    pub text: String,
    /// When it was asked.
    pub at: DateTime<FixedOffset>,
    /// Answer; `Some(None)` is "not specified".
    pub answer: Option<Option<String>>,
    /// Reason if ruled out of order.
    pub ruled_out: Option<String>,
}

impl Question {
    /// Answered or ruled out: nothing more to do with it.
    pub fn is_settled(&self) -> bool {
        self.answer.is_some() || self.ruled_out.is_some()
    }
}

/// A version of the proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposalVersion {
    /// From 1.
    pub number: u32,
    /// Full text.
    pub text: String,
    /// When it was stated.
    pub at: DateTime<FixedOffset>,
    /// The objection it was amended for, if in integration.
    pub for_objection: Option<u32>,
    /// Its parts: typed changes to the governance record (none for a
    /// free-text proposal).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<super::parts::Part>,
    /// The step it was stated in and how many rounds the item had held
    /// then: while both still hold, no round has heard it and its parts
    /// may change (see `parts`). Derived, never exported.
    #[serde(skip)]
    pub(crate) stated: Option<(IdmStep, usize)>,
}

/// The result of testing one criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CriterionTest {
    /// Which criterion.
    pub criterion: Criterion,
    /// The objector's argument.
    pub argument: String,
    /// Whether it was found reasonable.
    pub holds: bool,
}

/// Where a concern stands; drives what the facilitator may do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ConcernStatus {
    /// Raised, not yet handled (record or test).
    Raised,
    /// Testing has begun; not all criteria ruled yet.
    Testing,
    /// A valid objection waiting for integration.
    Valid,
    /// Dismissed: the argument for this criterion was not reasonable.
    /// (A secretary finding no rules violation does not dismiss a concern:
    /// it can still be tested as an ordinary objection.)
    Dismissed {
        /// The criterion that failed.
        criterion: Criterion,
    },
    /// Resolved by an amendment confirmed by objector and proposer.
    Integrated {
        /// The proposal version both confirmed.
        version: u32,
    },
    /// The objector made no good-faith effort; lapsed.
    Abandoned,
    /// Consent rules: taken as a concern (logged, not blocking).
    Requalified,
}

/// A concern raised in an objection round, and its handling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Concern {
    /// Number within the item, from 1.
    pub number: u32,
    /// The objection round it was raised in.
    pub round: u32,
    /// The proposal version it was raised against.
    pub against_version: u32,
    /// Who raised it.
    pub objector: PersonId,
    /// What they said.
    pub text: String,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who asked for a test, if anyone.
    pub test_requested_by: Option<PersonId>,
    /// Criterion-by-criterion test results.
    pub tests: Vec<CriterionTest>,
    /// Recorded as an objection without a test.
    pub recorded_untested: bool,
    /// The secretary's rules-violation ruling, if asked: (upheld, note).
    pub secretary_ruling: Option<(bool, String)>,
    /// The version the objector confirmed, if any.
    pub objector_confirmed: Option<u32>,
    /// The version the proposer confirmed, if any.
    pub proposer_confirmed: Option<u32>,
    /// Why it was abandoned, if it was.
    pub abandoned: Option<String>,
    /// Version at which it was integrated.
    pub integrated_in: Option<u32>,
    /// Consent rules: why the objection was taken as a concern, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requalified: Option<String>,
}

impl Concern {
    /// Derived status; the single place that interprets the handling record.
    pub fn status(&self) -> ConcernStatus {
        if let Some(version) = self.integrated_in {
            return ConcernStatus::Integrated { version };
        }
        if self.abandoned.is_some() {
            return ConcernStatus::Abandoned;
        }
        if self.requalified.is_some() {
            return ConcernStatus::Requalified;
        }
        if let Some(failed) = self.tests.iter().find(|t| !t.holds) {
            return ConcernStatus::Dismissed {
                criterion: failed.criterion,
            };
        }
        if matches!(self.secretary_ruling, Some((true, _))) || self.recorded_untested {
            return ConcernStatus::Valid;
        }
        if Criterion::ALL
            .iter()
            .all(|c| self.tests.iter().any(|t| t.criterion == *c && t.holds))
        {
            return ConcernStatus::Valid;
        }
        if self.tests.is_empty() {
            ConcernStatus::Raised
        } else {
            ConcernStatus::Testing
        }
    }

    /// Still needs the facilitator: raised or partly tested.
    pub fn is_unhandled(&self) -> bool {
        matches!(
            self.status(),
            ConcernStatus::Raised | ConcernStatus::Testing
        )
    }

    /// A valid objection not yet integrated or abandoned.
    pub fn is_open_objection(&self) -> bool {
        self.status() == ConcernStatus::Valid
    }

    /// The next criterion to test, in a–d order.
    pub fn next_criterion(&self) -> Option<Criterion> {
        Criterion::ALL
            .into_iter()
            .find(|c| !self.tests.iter().any(|t| t.criterion == *c))
    }
}

/// How an item ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemEnd {
    /// The way it ended.
    pub ending: Ending,
    /// Why.
    pub reason: Option<String>,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// For adoption: which version was adopted.
    pub adopted_version: Option<u32>,
}

/// A next action, project or piece of information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Output {
    /// What kind.
    pub kind: OutputKind,
    /// Who owns it.
    pub owner: Option<PersonId>,
    /// The text.
    pub text: String,
    /// The item during which it was captured.
    pub item: Option<ItemId>,
    /// The role the owner takes it on in, if said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// An agenda item and everything that happened while processing it.
/// Serialised flat, every process's record side by side (see `ItemShape`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Handle.
    pub id: ItemId,
    /// One to three words.
    pub label: String,
    /// Whose tension (the proposer).
    pub owner: PersonId,
    /// When it went on the agenda.
    pub added_at: DateTime<FixedOffset>,
    /// When processing began.
    pub started_at: Option<DateTime<FixedOffset>>,
    /// The current step while processing.
    pub step: Option<IdmStep>,
    /// Numbers of this item's rounds (reaction, objection).
    pub rounds: Vec<u32>,
    /// How it ended.
    pub end: Option<ItemEnd>,
    /// What close-out decided.
    pub disposition: Option<Disposition>,
    /// Fair share of the remaining meeting time when it started, in seconds.
    pub allowance_secs: Option<i64>,
    /// What the item's own process records: its state, not every
    /// format's fields.
    pub process: ItemProcess,
}

/// What an item's own process records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemProcess {
    /// Integrative decision-making: the tension and its example, and the
    /// proposal.
    Integrative(IntegrativeRecord),
    /// Consent decision-making: the driver, the proposal, the consent
    /// rounds' answers and the adopted agreement's review.
    Consent(ConsentRecord),
    /// An election: the role, ballots and candidacies, and the candidacies
    /// as proposal versions with their objections.
    Election {
        /// The role, ballots and candidacies.
        election: Box<Election>,
        /// Each candidacy as a proposal version, and the objections to it.
        proposal: Proposal,
    },
    /// Tactical triage: the need and the requests.
    Triage(Triage),
}

/// A proposal and what the circle did with it: the part integrative
/// items, consent items and elections share.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proposal {
    /// Whether the proposer asked for help crafting a proposal.
    pub help_requested: bool,
    /// All proposal versions, v1 first.
    pub versions: Vec<ProposalVersion>,
    /// Clarifying questions.
    pub questions: Vec<Question>,
    /// Clarifications in amend-and-clarify.
    pub clarifications: Vec<String>,
    /// Concerns raised in objection rounds.
    pub concerns: Vec<Concern>,
}

/// An integrative item's own record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IntegrativeRecord {
    /// The tension as described.
    pub tension: Option<String>,
    /// The real example.
    pub example: Option<String>,
    /// The proposal.
    pub proposal: Proposal,
}

/// A consent item's own record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentRecord {
    /// The proposal.
    pub proposal: Proposal,
    /// The driver (instead of tension and example).
    pub driver: Driver,
    /// Every consent-round turn (consent, concern, objection).
    pub consent_turns: Vec<ConsentTurn>,
    /// The adopted agreement's review date and criteria.
    pub review: Option<AgreementReview>,
}

static NO_DRIVER: Driver = Driver {
    situation: None,
    effect: None,
    need: None,
    impact: None,
};

static NO_PROPOSAL: Proposal = Proposal {
    help_requested: false,
    versions: Vec::new(),
    questions: Vec::new(),
    clarifications: Vec::new(),
    concerns: Vec::new(),
};

static NO_TRIAGE: Triage = Triage {
    need: None,
    requests: Vec::new(),
};

impl Item {
    /// The proposal and what the circle did with it (empty for a triage
    /// item, which has none).
    pub fn proposal(&self) -> &Proposal {
        match &self.process {
            ItemProcess::Integrative(r) => &r.proposal,
            ItemProcess::Consent(r) => &r.proposal,
            ItemProcess::Election { proposal, .. } => proposal,
            ItemProcess::Triage(_) => &NO_PROPOSAL,
        }
    }

    pub(crate) fn proposal_mut(&mut self) -> Option<&mut Proposal> {
        match &mut self.process {
            ItemProcess::Integrative(r) => Some(&mut r.proposal),
            ItemProcess::Consent(r) => Some(&mut r.proposal),
            ItemProcess::Election { proposal, .. } => Some(proposal),
            ItemProcess::Triage(_) => None,
        }
    }

    /// Whether the proposer asked for help crafting a proposal.
    pub fn help_requested(&self) -> bool {
        self.proposal().help_requested
    }

    /// All proposal versions, v1 first.
    pub fn versions(&self) -> &[ProposalVersion] {
        &self.proposal().versions
    }

    /// Clarifying questions.
    pub fn questions(&self) -> &[Question] {
        &self.proposal().questions
    }

    /// Clarifications in amend-and-clarify.
    pub fn clarifications(&self) -> &[String] {
        &self.proposal().clarifications
    }

    /// Concerns raised in objection rounds.
    pub fn concerns(&self) -> &[Concern] {
        &self.proposal().concerns
    }

    /// The tension as described (integrative items only).
    pub fn tension(&self) -> Option<&str> {
        match &self.process {
            ItemProcess::Integrative(r) => r.tension.as_deref(),
            _ => None,
        }
    }

    /// The real example (integrative items only).
    pub fn example(&self) -> Option<&str> {
        match &self.process {
            ItemProcess::Integrative(r) => r.example.as_deref(),
            _ => None,
        }
    }

    /// The driver as described so far (empty unless a consent item).
    pub fn driver(&self) -> &Driver {
        match &self.process {
            ItemProcess::Consent(r) => &r.driver,
            _ => &NO_DRIVER,
        }
    }

    /// Every consent-round turn (none unless a consent item).
    pub fn consent_turns(&self) -> &[ConsentTurn] {
        match &self.process {
            ItemProcess::Consent(r) => &r.consent_turns,
            _ => &[],
        }
    }

    /// The adopted agreement's review date and criteria (consent items).
    pub fn review(&self) -> Option<&AgreementReview> {
        match &self.process {
            ItemProcess::Consent(r) => r.review.as_ref(),
            _ => None,
        }
    }

    /// The election's record, if this item is an election.
    pub fn election(&self) -> Option<&Election> {
        match &self.process {
            ItemProcess::Election { election, .. } => Some(election),
            _ => None,
        }
    }

    /// What triage recorded (empty unless a tactical item).
    pub fn triage(&self) -> &Triage {
        match &self.process {
            ItemProcess::Triage(t) => t,
            _ => &NO_TRIAGE,
        }
    }

    pub(crate) fn integrative_mut(&mut self) -> Option<&mut IntegrativeRecord> {
        match &mut self.process {
            ItemProcess::Integrative(r) => Some(r),
            _ => None,
        }
    }

    pub(crate) fn consent_mut(&mut self) -> Option<&mut ConsentRecord> {
        match &mut self.process {
            ItemProcess::Consent(r) => Some(r),
            _ => None,
        }
    }

    pub(crate) fn election_mut(&mut self) -> Option<&mut Election> {
        match &mut self.process {
            ItemProcess::Election { election, .. } => Some(election),
            _ => None,
        }
    }

    pub(crate) fn triage_mut(&mut self) -> Option<&mut Triage> {
        match &mut self.process {
            ItemProcess::Triage(t) => Some(t),
            _ => None,
        }
    }

    /// The proposal as it stands.
    pub fn current_version(&self) -> Option<&ProposalVersion> {
        self.versions().last()
    }

    /// Not started yet.
    pub fn is_pending(&self) -> bool {
        self.started_at.is_none()
    }

    /// Needs a close-out decision: never reached, or ended unfinished.
    pub fn needs_disposition(&self) -> bool {
        self.is_pending()
            || matches!(
                self.end.as_ref().map(|e| e.ending),
                Some(Ending::Unfinished | Ending::CutOff)
            )
    }

    /// Looks up a concern by number.
    pub fn concern(&self, number: u32) -> Option<&Concern> {
        self.concerns().iter().find(|c| c.number == number)
    }

    pub(crate) fn concern_mut(&mut self, number: u32) -> Option<&mut Concern> {
        self.proposal_mut()?
            .concerns
            .iter_mut()
            .find(|c| c.number == number)
    }
}

/// How an item serialises: the flat shape it had before items held their
/// process's own state, so saved exports and tools keep reading it.
#[derive(Serialize)]
struct ItemShape<'i> {
    id: ItemId,
    label: &'i str,
    owner: PersonId,
    added_at: DateTime<FixedOffset>,
    started_at: Option<DateTime<FixedOffset>>,
    step: Option<IdmStep>,
    tension: Option<&'i str>,
    example: Option<&'i str>,
    help_requested: bool,
    versions: &'i [ProposalVersion],
    questions: &'i [Question],
    clarifications: &'i [String],
    concerns: &'i [Concern],
    rounds: &'i [u32],
    end: Option<&'i ItemEnd>,
    disposition: Option<Disposition>,
    allowance_secs: Option<i64>,
    #[serde(skip_serializing_if = "Driver::is_empty")]
    driver: &'i Driver,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    consent_turns: &'i [ConsentTurn],
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<&'i AgreementReview>,
    #[serde(skip_serializing_if = "Option::is_none")]
    election: Option<&'i Election>,
    #[serde(skip_serializing_if = "Triage::is_empty")]
    triage: &'i Triage,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    governance_changes: &'i [super::parts::Part],
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ItemShape {
            id: self.id,
            label: &self.label,
            owner: self.owner,
            added_at: self.added_at,
            started_at: self.started_at,
            step: self.step,
            tension: self.tension(),
            example: self.example(),
            help_requested: self.help_requested(),
            versions: self.versions(),
            questions: self.questions(),
            clarifications: self.clarifications(),
            concerns: self.concerns(),
            rounds: &self.rounds,
            end: self.end.as_ref(),
            disposition: self.disposition,
            allowance_secs: self.allowance_secs,
            driver: self.driver(),
            consent_turns: self.consent_turns(),
            review: self.review(),
            election: self.election(),
            triage: self.triage(),
            governance_changes: self.adopted_version_parts(),
        }
        .serialize(serializer)
    }
}
