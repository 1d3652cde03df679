//! What is fixed when a meeting opens: who, what kind of meeting, which rules.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::text::Lang;

/// Stable handle for a participant; an index into the session's participant
/// list, so that renaming or late arrivals never change who said what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub u32);

/// A person taking part, with the roles they may speak from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// How the group calls this person; shown on the shared screen.
    pub name: String,
    /// Roles this person fills in the circle (tensions are sensed in roles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

impl Participant {
    /// A participant without roles: the common case when typing names quickly.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            roles: Vec::new(),
        }
    }
}

/// Which kind of meeting this is. Recorded so that other formats (tactical)
/// can be added without reinterpreting old sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingFormat {
    /// Changes roles, accountabilities and policies (process.md, "Governance meeting").
    Governance,
}

/// Which decision rules the items are processed with. Recorded for the same
/// reason as the format: a consent rule set can be added later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleSet {
    /// Integrative decision-making: objections tested against criteria a–d.
    Integrative,
}

/// Everything decided before the first round; the immutable head of a session.
/// Later changes (another facilitator, a late arrival) are events, not edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    /// What the meeting is called, e.g. "Weekly governance".
    pub title: String,
    /// The circle (team) meeting; sessions of one circle are compared in review.
    pub circle: String,
    /// Language the meeting is held in; review and export default to it.
    pub lang: Lang,
    /// Meeting format (governance).
    pub format: MeetingFormat,
    /// Decision rules (integrative).
    pub rules: RuleSet,
    /// When the meeting was opened, with the facilitator's UTC offset.
    pub opened_at: DateTime<FixedOffset>,
    /// The people present at the start, in seating order (rounds go around it).
    pub participants: Vec<Participant>,
    /// Who runs the process.
    pub facilitator: PersonId,
    /// Who records outputs and interprets the rules, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<PersonId>,
    /// Planned length of the whole meeting in minutes, if any; drives fair shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timebox_minutes: Option<u32>,
}
