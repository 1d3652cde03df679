//! Proposal parts: the typed changes to the circle's governance record a
//! governance proposal is made of (process.md, "The governance record").
//!
//! A proposal keeps its free text; its parts are optional, so a proposal
//! without parts (and every session written before parts existed) keeps
//! its meaning. Parts belong to a proposal version: the proposer adds,
//! changes and removes them while presenting, in amend and clarify and in
//! integration (resolving objections under consent rules). A version that
//! a round has already heard is never edited: the first part edit after
//! it makes a new version with the same text and a copy of its parts, and
//! an amendment of the text copies the current parts too, so versions
//! differ by parts as well as by text.
//!
//! The engine checks a part's shape only (texts present and not too long,
//! a change that changes something). Whether the roles and policies it
//! names exist is checked against the record as it stood at the meeting's
//! start (`record::governance::check_part`) before the command is sent;
//! each part carries what that check saw (the stable id and the version of
//! the role or policy, see [`Target`]), so replaying a saved session never
//! depends on the folder it lies in.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::rules::{MAX_TEXT_BYTES, require_step};
use crate::meeting::command::Command;
use crate::meeting::event::{Event, IdmStep};
use crate::meeting::refusal::{Action, Refusal};
use crate::meeting::state::{Item, MeetingState, ProposalVersion};

/// Most parts one proposal version may have: far above any real proposal,
/// low enough that the diff panel stays usable.
pub const MAX_PARTS: usize = 100;

/// A role or policy of the record as a part names it: by stable id where
/// the record has one, always with its name (so the minutes read without
/// the record), and with the version of it the proposer saw at the
/// meeting's start (its *base*: two sessions held apart that change the
/// same base are a conflict the record fold shows).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Target {
    /// The stable id in the record (`record::governance::Role::id`);
    /// absent for a name typed without the record at hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name (a role's) or title (a policy's) as it was.
    pub name: String,
    /// The role's or policy's version in the record at the meeting's start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<u32>,
}

impl Target {
    /// A target known by name only (no record at hand).
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            id: None,
            name: name.into(),
            base: None,
        }
    }
}

/// Which list of a role an entry part is about.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum RoleList {
    /// An ongoing activity the role performs ("-ing" phrase).
    Accountability,
    /// Something the role exclusively controls.
    Domain,
}

/// A policy scoped to a domain of a role, rather than held by the circle.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DomainScope {
    /// The role holding the domain.
    pub role: Target,
    /// The domain, as the role lists it.
    pub domain: String,
}

/// What a changed policy holds on from now on: the whole circle, or a
/// domain of one of its roles.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "held_by", rename_all = "snake_case")]
pub enum PolicyScope {
    /// Held by the circle.
    Circle,
    /// Scoped to a role's domain.
    Domain(DomainScope),
}

/// One typed change to the governance record.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "part", rename_all = "snake_case")]
pub enum Part {
    /// Define a new role in the circle.
    CreateRole {
        /// Its name, unique in the circle.
        name: String,
        /// Its purpose, if given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        purpose: Option<String>,
        /// Its accountabilities.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        accountabilities: Vec<String>,
        /// Its domains.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        domains: Vec<String>,
    },
    /// Give a role another name.
    RenameRole {
        /// The role.
        role: Target,
        /// The new name.
        name: String,
    },
    /// Change (or set) a role's purpose.
    ChangePurpose {
        /// The role.
        role: Target,
        /// The new purpose.
        purpose: String,
    },
    /// Remove a role (never a core role).
    RemoveRole {
        /// The role.
        role: Target,
    },
    /// Move a role between this circle and one of its sub-circles.
    MoveRole {
        /// The role.
        role: Target,
        /// The circle it is in now.
        from: String,
        /// The circle it goes to.
        to: String,
    },
    /// Expand a role into a sub-circle (its roles are governed there).
    ExpandRole {
        /// The role.
        role: Target,
    },
    /// Collapse a sub-circle back into a role.
    CollapseCircle {
        /// The sub-circle, as a role of this circle.
        role: Target,
    },
    /// Add an accountability or a domain to a role.
    AddEntry {
        /// The role.
        role: Target,
        /// Accountability or domain.
        list: RoleList,
        /// The text.
        text: String,
    },
    /// Reword an accountability or a domain of a role.
    ChangeEntry {
        /// The role.
        role: Target,
        /// Accountability or domain.
        list: RoleList,
        /// The text as it is.
        from: String,
        /// The text as it becomes.
        to: String,
    },
    /// Remove an accountability or a domain from a role.
    RemoveEntry {
        /// The role.
        role: Target,
        /// Accountability or domain.
        list: RoleList,
        /// The text.
        text: String,
    },
    /// Create a policy (under consent rules: an agreement; the fold adds
    /// the item's driver, review date and evaluation criteria).
    CreatePolicy {
        /// Its title.
        title: String,
        /// What it says.
        text: String,
        /// The domain it is scoped to; absent: held by the circle.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        domain: Option<DomainScope>,
    },
    /// Change a policy's title or text, and what it holds on.
    ChangePolicy {
        /// The policy.
        policy: Target,
        /// The new title.
        title: String,
        /// The new text.
        text: String,
        /// What it holds on from now on; absent: as it was (every part
        /// written before a policy's scope could change).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scope: Option<PolicyScope>,
    },
    /// Remove a policy.
    RemovePolicy {
        /// The policy.
        policy: Target,
    },
    /// Move a policy between this circle and one of its sub-circles.
    MovePolicy {
        /// The policy.
        policy: Target,
        /// The circle it is in now.
        from: String,
        /// The circle it goes to.
        to: String,
    },
    /// An election's result: the person fills the role until the term
    /// ends. Never added by hand: an adopted election gives it (see
    /// [`Item::adopted_parts`]).
    AssignRole {
        /// The role.
        role: Target,
        /// Who fills it.
        person: String,
        /// Until when.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term_end: Option<NaiveDate>,
    },
}

/// Which kind of part, without its data: for pickers and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum PartKind {
    /// [`Part::CreateRole`].
    CreateRole,
    /// [`Part::RenameRole`].
    RenameRole,
    /// [`Part::ChangePurpose`].
    ChangePurpose,
    /// [`Part::RemoveRole`].
    RemoveRole,
    /// [`Part::MoveRole`].
    MoveRole,
    /// [`Part::ExpandRole`].
    ExpandRole,
    /// [`Part::CollapseCircle`].
    CollapseCircle,
    /// [`Part::AddEntry`].
    AddEntry,
    /// [`Part::ChangeEntry`].
    ChangeEntry,
    /// [`Part::RemoveEntry`].
    RemoveEntry,
    /// [`Part::CreatePolicy`].
    CreatePolicy,
    /// [`Part::ChangePolicy`].
    ChangePolicy,
    /// [`Part::RemovePolicy`].
    RemovePolicy,
    /// [`Part::MovePolicy`].
    MovePolicy,
    /// [`Part::AssignRole`].
    AssignRole,
}

impl Part {
    /// Which kind of part it is.
    pub fn kind(&self) -> PartKind {
        match self {
            Part::CreateRole { .. } => PartKind::CreateRole,
            Part::RenameRole { .. } => PartKind::RenameRole,
            Part::ChangePurpose { .. } => PartKind::ChangePurpose,
            Part::RemoveRole { .. } => PartKind::RemoveRole,
            Part::MoveRole { .. } => PartKind::MoveRole,
            Part::ExpandRole { .. } => PartKind::ExpandRole,
            Part::CollapseCircle { .. } => PartKind::CollapseCircle,
            Part::AddEntry { .. } => PartKind::AddEntry,
            Part::ChangeEntry { .. } => PartKind::ChangeEntry,
            Part::RemoveEntry { .. } => PartKind::RemoveEntry,
            Part::CreatePolicy { .. } => PartKind::CreatePolicy,
            Part::ChangePolicy { .. } => PartKind::ChangePolicy,
            Part::RemovePolicy { .. } => PartKind::RemovePolicy,
            Part::MovePolicy { .. } => PartKind::MovePolicy,
            Part::AssignRole { .. } => PartKind::AssignRole,
        }
    }

    /// The existing role it changes, if it is about one.
    pub fn role(&self) -> Option<&Target> {
        match self {
            Part::RenameRole { role, .. }
            | Part::ChangePurpose { role, .. }
            | Part::RemoveRole { role }
            | Part::MoveRole { role, .. }
            | Part::ExpandRole { role }
            | Part::CollapseCircle { role }
            | Part::AddEntry { role, .. }
            | Part::ChangeEntry { role, .. }
            | Part::RemoveEntry { role, .. }
            | Part::AssignRole { role, .. } => Some(role),
            Part::CreateRole { .. }
            | Part::CreatePolicy { .. }
            | Part::ChangePolicy { .. }
            | Part::RemovePolicy { .. }
            | Part::MovePolicy { .. } => None,
        }
    }

    /// The existing policy it changes, if it is about one.
    pub fn policy(&self) -> Option<&Target> {
        match self {
            Part::ChangePolicy { policy, .. }
            | Part::RemovePolicy { policy }
            | Part::MovePolicy { policy, .. } => Some(policy),
            _ => None,
        }
    }

    /// The same part with every text trimmed and empty list entries
    /// dropped; refused when a required text is empty or one is too long,
    /// or when a change would change nothing.
    pub fn cleaned(&self) -> Result<Part, PartRefusal> {
        use PartField as F;
        let part = match self {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => Part::CreateRole {
                name: required(name, F::RoleName)?,
                purpose: optional(purpose.as_deref(), F::Purpose)?,
                accountabilities: list(accountabilities, F::Accountability)?,
                domains: list(domains, F::Domain)?,
            },
            Part::RenameRole { role, name } => {
                let name = required(name, F::RoleName)?;
                if name == role.name.trim() {
                    return Err(PartRefusal::Unchanged);
                }
                Part::RenameRole {
                    role: target(role, F::RoleName)?,
                    name,
                }
            }
            Part::ChangePurpose { role, purpose } => Part::ChangePurpose {
                role: target(role, F::RoleName)?,
                purpose: required(purpose, F::Purpose)?,
            },
            Part::RemoveRole { role } => Part::RemoveRole {
                role: target(role, F::RoleName)?,
            },
            Part::MoveRole { role, from, to } => {
                let (from, to) = circles(from, to)?;
                Part::MoveRole {
                    role: target(role, F::RoleName)?,
                    from,
                    to,
                }
            }
            Part::ExpandRole { role } => Part::ExpandRole {
                role: target(role, F::RoleName)?,
            },
            Part::CollapseCircle { role } => Part::CollapseCircle {
                role: target(role, F::RoleName)?,
            },
            Part::AddEntry { role, list, text } => Part::AddEntry {
                role: target(role, F::RoleName)?,
                list: *list,
                text: required(text, list_field(*list))?,
            },
            Part::ChangeEntry {
                role,
                list,
                from,
                to,
            } => {
                let from = required(from, list_field(*list))?;
                let to = required(to, list_field(*list))?;
                if from == to {
                    return Err(PartRefusal::Unchanged);
                }
                Part::ChangeEntry {
                    role: target(role, F::RoleName)?,
                    list: *list,
                    from,
                    to,
                }
            }
            Part::RemoveEntry { role, list, text } => Part::RemoveEntry {
                role: target(role, F::RoleName)?,
                list: *list,
                text: required(text, list_field(*list))?,
            },
            Part::CreatePolicy {
                title,
                text,
                domain,
            } => Part::CreatePolicy {
                title: required(title, F::PolicyTitle)?,
                text: required(text, F::PolicyText)?,
                domain: match domain {
                    Some(scope) => Some(DomainScope {
                        role: target(&scope.role, F::RoleName)?,
                        domain: required(&scope.domain, F::Domain)?,
                    }),
                    None => None,
                },
            },
            Part::ChangePolicy {
                policy,
                title,
                text,
                scope,
            } => Part::ChangePolicy {
                policy: target(policy, F::PolicyTitle)?,
                title: required(title, F::PolicyTitle)?,
                text: required(text, F::PolicyText)?,
                scope: match scope {
                    Some(PolicyScope::Domain(scope)) => Some(PolicyScope::Domain(DomainScope {
                        role: target(&scope.role, F::RoleName)?,
                        domain: required(&scope.domain, F::Domain)?,
                    })),
                    other => other.clone(),
                },
            },
            Part::RemovePolicy { policy } => Part::RemovePolicy {
                policy: target(policy, F::PolicyTitle)?,
            },
            Part::MovePolicy { policy, from, to } => {
                let (from, to) = circles(from, to)?;
                Part::MovePolicy {
                    policy: target(policy, F::PolicyTitle)?,
                    from,
                    to,
                }
            }
            Part::AssignRole {
                role,
                person,
                term_end,
            } => Part::AssignRole {
                role: target(role, F::RoleName)?,
                person: required(person, F::Person)?,
                term_end: *term_end,
            },
        };
        Ok(part)
    }
}

/// Texts a part asks for, for "empty" and "too long" refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum PartField {
    /// A role's name.
    RoleName,
    /// A role's purpose.
    Purpose,
    /// An accountability.
    Accountability,
    /// A domain.
    Domain,
    /// A policy's title.
    PolicyTitle,
    /// A policy's text.
    PolicyText,
    /// A circle's name.
    Circle,
    /// A person's name.
    Person,
}

/// Why the engine refused a part command; worded by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartRefusal {
    /// An election's proposal is its candidate; it has no parts.
    InElection,
    /// Assigning a person to a role is an election's result, not a part
    /// a proposer adds.
    ElectionOnly,
    /// No part with that number in the current version.
    NoSuchPart {
        /// The number asked for, from 1.
        number: u32,
    },
    /// The version already has this very part.
    Duplicate,
    /// The change would change nothing.
    Unchanged,
    /// A move must go to another circle.
    SameCircle,
    /// The version has as many parts as spanning supports.
    TooMany {
        /// The limit.
        limit: usize,
    },
    /// A required text is empty.
    Empty {
        /// Which.
        field: PartField,
    },
    /// A text is longer than spanning accepts.
    TooLong {
        /// Which.
        field: PartField,
        /// The limit in kilobytes.
        limit_kb: usize,
    },
}

fn required(text: &str, field: PartField) -> Result<String, PartRefusal> {
    optional(Some(text), field)?.ok_or(PartRefusal::Empty { field })
}

fn optional(text: Option<&str>, field: PartField) -> Result<Option<String>, PartRefusal> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    if text.is_some_and(|t| t.len() > MAX_TEXT_BYTES) {
        return Err(PartRefusal::TooLong {
            field,
            limit_kb: MAX_TEXT_BYTES / 1024,
        });
    }
    Ok(text.map(str::to_owned))
}

fn list(entries: &[String], field: PartField) -> Result<Vec<String>, PartRefusal> {
    let mut out: Vec<String> = Vec::new();
    for e in entries {
        if let Some(e) = optional(Some(e), field)?
            && !out.contains(&e)
        {
            out.push(e);
        }
    }
    Ok(out)
}

fn target(t: &Target, field: PartField) -> Result<Target, PartRefusal> {
    Ok(Target {
        id: t
            .id
            .as_deref()
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .map(str::to_owned),
        name: required(&t.name, field)?,
        base: t.base,
    })
}

fn circles(from: &str, to: &str) -> Result<(String, String), PartRefusal> {
    let from = required(from, PartField::Circle)?;
    let to = required(to, PartField::Circle)?;
    if crate::meeting::fold::key(&from) == crate::meeting::fold::key(&to) {
        return Err(PartRefusal::SameCircle);
    }
    Ok((from, to))
}

fn list_field(list: RoleList) -> PartField {
    match list {
        RoleList::Accountability => PartField::Accountability,
        RoleList::Domain => PartField::Domain,
    }
}

fn refuse(r: PartRefusal) -> Refusal {
    Refusal::Part(r)
}

/// The steps in which the proposer shapes the proposal's parts.
pub const PART_STEPS: [IdmStep; 4] = [
    IdmStep::PresentProposal,
    IdmStep::AmendAndClarify,
    IdmStep::Integration,
    IdmStep::ResolveObjections,
];

/// The proposal version a part command would change: the current one
/// while no round has heard it since it was stated, else the next one
/// (which the part event then makes, as a copy of the current).
pub fn version_for_parts(item: &Item) -> Option<u32> {
    let current = item.current_version()?;
    Some(if is_open(item, current) {
        current.number
    } else {
        current.number + 1
    })
}

fn is_open(item: &Item, version: &ProposalVersion) -> bool {
    version.stated
        == Some((
            item.step.unwrap_or(IdmStep::PresentProposal),
            item.rounds.len(),
        ))
}

/// Decides a part command for the running item (integrative or consent).
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    let item = require_step(state, Action::EditParts, &PART_STEPS)?;
    if item.is_election() {
        return Err(refuse(PartRefusal::InElection));
    }
    let current = item.current_version().ok_or(Refusal::NoProposal)?;
    let version = version_for_parts(item).unwrap_or(current.number);
    let parts = &current.parts;
    let existing = |number: u32| {
        number
            .checked_sub(1)
            .and_then(|i| parts.get(i as usize))
            .ok_or(refuse(PartRefusal::NoSuchPart { number }))
    };
    match command {
        Command::AddPart { part } => {
            if part.kind() == PartKind::AssignRole {
                return Err(refuse(PartRefusal::ElectionOnly));
            }
            let part = part.cleaned().map_err(refuse)?;
            if parts.len() >= MAX_PARTS {
                return Err(refuse(PartRefusal::TooMany { limit: MAX_PARTS }));
            }
            if parts.contains(&part) {
                return Err(refuse(PartRefusal::Duplicate));
            }
            Ok(Event::PartAdded {
                version,
                part: Box::new(part),
            })
        }
        Command::ChangePart { number, part } => {
            let was = existing(*number)?;
            if part.kind() == PartKind::AssignRole {
                return Err(refuse(PartRefusal::ElectionOnly));
            }
            let part = part.cleaned().map_err(refuse)?;
            if *was == part {
                return Err(refuse(PartRefusal::Unchanged));
            }
            if parts.contains(&part) {
                return Err(refuse(PartRefusal::Duplicate));
            }
            Ok(Event::PartChanged {
                version,
                number: *number,
                part: Box::new(part),
            })
        }
        Command::RemovePart { number } => {
            existing(*number)?;
            Ok(Event::PartRemoved {
                version,
                number: *number,
            })
        }
        _ => Err(crate::meeting::process::rules::not_now(
            state,
            Action::EditParts,
        )),
    }
}

/// Folds a part event into the running item's proposal.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    let Some(item) = state.active_item_mut() else {
        return;
    };
    let stated = Some((
        item.step.unwrap_or(IdmStep::PresentProposal),
        item.rounds.len(),
    ));
    let Some(proposal) = item.proposal_mut() else {
        return;
    };
    let version = match event {
        Event::PartAdded { version, .. }
        | Event::PartChanged { version, .. }
        | Event::PartRemoved { version, .. } => *version,
        _ => return,
    };
    let Some(current) = proposal.versions.last() else {
        return;
    };
    if version == current.number + 1 {
        let next = ProposalVersion {
            number: version,
            text: current.text.clone(),
            at,
            for_objection: None,
            parts: current.parts.clone(),
            stated,
        };
        proposal.versions.push(next);
    }
    let Some(current) = proposal.versions.last_mut() else {
        return;
    };
    if current.number != version {
        return;
    }
    match event {
        Event::PartAdded { part, .. } => current.parts.push(Part::clone(part)),
        Event::PartChanged { number, part, .. } => {
            if let Some(slot) = number
                .checked_sub(1)
                .and_then(|i| current.parts.get_mut(i as usize))
            {
                *slot = Part::clone(part);
            }
        }
        Event::PartRemoved { number, .. } => {
            if let Some(i) = number.checked_sub(1).map(|i| i as usize)
                && i < current.parts.len()
            {
                current.parts.remove(i);
            }
        }
        _ => {}
    }
}

impl Item {
    /// The parts of the adopted version: what an adopted proposal changes
    /// in the record (empty for a free-text proposal, an election, or an
    /// item not adopted).
    pub fn adopted_version_parts(&self) -> &[Part] {
        match &self.end {
            Some(end) if !self.is_election() => end
                .adopted_version
                .and_then(|n| self.versions().iter().find(|v| v.number == n))
                .map_or(&[], |v| v.parts.as_slice()),
            _ => &[],
        }
    }

    /// The parts the record takes from this item: those of the adopted
    /// version, or for an adopted election the assignment of the elected
    /// person to the role until the term ends (`opened_at` is the
    /// meeting's opening, from which a term counts). Empty for any item
    /// that was not adopted.
    pub fn adopted_parts(&self, opened_at: DateTime<FixedOffset>, people: &[String]) -> Vec<Part> {
        if let Some(elected) = self.elected() {
            let person = people
                .get(elected.person.0 as usize)
                .cloned()
                .unwrap_or_default();
            return vec![Part::AssignRole {
                role: Target::named(elected.role),
                person,
                term_end: elected.term.ends(opened_at),
            }];
        }
        let Some(end) = &self.end else {
            return Vec::new();
        };
        end.adopted_version
            .and_then(|n| self.versions().iter().find(|v| v.number == n))
            .map(|v| v.parts.clone())
            .unwrap_or_default()
    }
}
