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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// The tension as described.
    pub tension: Option<String>,
    /// The real example.
    pub example: Option<String>,
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
    /// Numbers of this item's rounds (reaction, objection).
    pub rounds: Vec<u32>,
    /// How it ended.
    pub end: Option<ItemEnd>,
    /// What close-out decided.
    pub disposition: Option<Disposition>,
    /// Fair share of the remaining meeting time when it started, in seconds.
    pub allowance_secs: Option<i64>,
    /// Consent rules: the driver (instead of tension and example).
    #[serde(skip_serializing_if = "Driver::is_empty")]
    pub driver: Driver,
    /// Consent rules: every consent-round turn (consent, concern, objection).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub consent_turns: Vec<ConsentTurn>,
    /// Consent rules: the adopted agreement's review date and criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<AgreementReview>,
    /// For an election: the role, ballots and candidacies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub election: Option<Box<Election>>,
    /// Tactical meetings: need and requests.
    #[serde(skip_serializing_if = "Triage::is_empty")]
    pub triage: Triage,
}

impl Item {
    /// The proposal as it stands.
    pub fn current_version(&self) -> Option<&ProposalVersion> {
        self.versions.last()
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
        self.concerns.iter().find(|c| c.number == number)
    }

    pub(crate) fn concern_mut(&mut self, number: u32) -> Option<&mut Concern> {
        self.concerns.iter_mut().find(|c| c.number == number)
    }
}
