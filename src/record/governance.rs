//! The circle's governance record (process.md, "The governance record";
//! Holacracy constitution v5 §1 and §5.2; S3 agreements): per circle its
//! roles (core roles always there), their purposes, accountabilities,
//! domains and fillers, its policies and sub-circles.
//!
//! A fold, like everything in [`crate::record`]: imports (see [`import`])
//! and the adopted items of every session, in time order. Nothing else
//! changes the record: an adopted item applies all parts of its adopted
//! version at once (an adopted election assigns the elected person), and
//! a retracted, withdrawn or unfinished proposal changes nothing.
//!
//! Every change remembers where it comes from ([`Source`]: session, item,
//! tension, proposer, integrated objections): "governance blame".
//!
//! **Versions and conflicts.** Every role and policy has a version, 1 when
//! created, one more with every change. A part names the version it was
//! built on (its *base*, [`Target::base`]: the version in the record as it
//! stood when its meeting started). When the fold applies a part whose
//! base is older than the role's or policy's version *and* a change in
//! between came from another session, two meetings changed the same thing
//! without seeing each other's change (held apart, on two laptops): both
//! are kept, the later is applied, and a [`Conflict`] is listed. A part
//! that no longer fits the record (the role it amends was removed
//! meanwhile) is not applied and is listed as a conflict too.
//!
//! Circles are identified by their normalised name ([`circle_key`]: case,
//! diacritics, punctuation and spacing ignored).
//!
//! **For screens** (the part dialogs, the before → after panel, the
//! governance view in a meeting):
//! - the record as the meeting's start saw it: `fold(dir, |t| t <
//!   opened_at).0` (sessions opened before this one; fold it once when the
//!   meeting opens), and `Record::circle_or_new(&setup.circle)` for the
//!   circle (core roles even when nothing is recorded);
//! - pickers list `Circle::roles`, `Circle::policies`, a role's
//!   `accountabilities`/`domains` ([`Role::list`]) and
//!   `Circle::sub_circles`; a chosen role or policy goes into a part as
//!   [`Role::target`] / [`Policy::target`] (id, name and the version it
//!   is built on, which conflict detection needs);
//! - before sending `Command::AddPart`/`ChangePart`, [`check_part`] gives
//!   a typed [`PartProblem`] (worded by `GovernanceWords::part_problem`);
//!   the engine then checks only the part's shape (`PartRefusal`);
//! - `meeting::parts::version_for_parts` says whether an edit changes the
//!   current version or makes the next one; `PART_STEPS` where parts may
//!   change at all;
//! - the diff panel: [`Record::preview`] applies a version's parts to a
//!   clone; compare a role or policy (by id) before and after;
//! - review's record view: [`Timeline::read`] reads the folder once and
//!   gives the circle's moments ([`Timeline::points`]: governance
//!   sessions and imports) and the record as of any of them;
//! - words: `GovernanceWords::part` (one line per part),
//!   `part_kind` (the picker), `role_list`, `record_label`, `core_role`,
//!   `filler`, `source`, `conflict`; the Markdown of a whole circle is
//!   `minutes::governance::record_markdown`.

pub mod check;
pub mod import;
pub mod timeline;

pub use check::{PartProblem, check_part};
pub use import::{ImportEntry, ImportProblem};
pub use timeline::{Point, Timeline};

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use super::{Fold, Folded, circle_key};
use crate::meeting::state::Item;
use crate::meeting::{Ending, MeetingState, Part, RoleList, RuleSet, Session, Target};

/// The core roles every circle has, present without being created
/// (constitution v5 §2.2): they cannot be removed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum CoreRole {
    /// Circle Lead: assigns roles, sets priorities.
    CircleLead,
    /// Facilitator: runs the circle's meetings (elected).
    Facilitator,
    /// Secretary: keeps the record, schedules meetings (elected).
    Secretary,
    /// Rep Link: carries tensions to the super-circle (elected).
    RepLink,
}

impl CoreRole {
    /// All core roles, in the order the record lists them.
    pub const ALL: [CoreRole; 4] = [
        CoreRole::CircleLead,
        CoreRole::Facilitator,
        CoreRole::Secretary,
        CoreRole::RepLink,
    ];

    /// Its stable id, the same in every circle.
    pub fn id(self) -> &'static str {
        match self {
            CoreRole::CircleLead => "core:circle-lead",
            CoreRole::Facilitator => "core:facilitator",
            CoreRole::Secretary => "core:secretary",
            CoreRole::RepLink => "core:rep-link",
        }
    }

    /// The name the record gives it (the constitution's; screens word it
    /// per language).
    pub fn name(self) -> &'static str {
        match self {
            CoreRole::CircleLead => "Circle Lead",
            CoreRole::Facilitator => "Facilitator",
            CoreRole::Secretary => "Secretary",
            CoreRole::RepLink => "Rep Link",
        }
    }

    /// Names a circle may call it by (English and Dutch usage, older
    /// constitutions), matched by [`circle_key`]: an election of the
    /// "Gespreksleider" fills the Facilitator.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            CoreRole::CircleLead => &[
                "circle lead",
                "lead link",
                "cirkelleider",
                "cirkel lead",
                "lead",
            ],
            CoreRole::Facilitator => &["facilitator", "gespreksleider", "facilitatie"],
            CoreRole::Secretary => &["secretary", "secretaris", "notulist"],
            CoreRole::RepLink => &[
                "rep link",
                "circle rep",
                "vertegenwoordiger",
                "afgevaardigde",
                "rep",
            ],
        }
    }

    /// The core role a name means, if any.
    pub fn named(name: &str) -> Option<CoreRole> {
        CoreRole::keyed(&circle_key(name))
    }

    /// The core role a name's [`circle_key`] means (the aliases are
    /// written as keys already).
    fn keyed(key: &str) -> Option<CoreRole> {
        CoreRole::ALL
            .into_iter()
            .find(|c| c.aliases().contains(&key))
    }
}

/// Whether `text` has the [`circle_key`] `key`, without building the key
/// of an ASCII text (the fold compares names for every part it applies).
pub(crate) fn has_key(text: &str, key: &str) -> bool {
    if !text.is_ascii() {
        return circle_key(text) == key;
    }
    let mut want = key.bytes();
    let mut pending_space = false;
    let mut started = false;
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            if pending_space && started && want.next() != Some(b' ') {
                return false;
            }
            pending_space = false;
            started = true;
            if want.next() != Some(b.to_ascii_lowercase()) {
                return false;
            }
        } else {
            pending_space = true;
        }
    }
    want.next().is_none()
}

/// Where a change to the record comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// A session's ID, or an import entry's file name.
    pub session: String,
    /// True for an import entry.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub imported: bool,
    /// The session's title (an import: the file imported).
    pub title: String,
    /// When the change was made: the item's adoption, or the import.
    pub at: DateTime<FixedOffset>,
    /// When its meeting opened (the import's time for an import).
    pub opened_at: DateTime<FixedOffset>,
    /// The agenda item's handle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<u32>,
    /// The item's number on the agenda, as the minutes number it (an
    /// election asked for later goes first, so it can differ from the
    /// handle).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// The item's label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The tension (consent rules: the driver's situation and need).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tension: Option<String>,
    /// Who proposed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposer: Option<String>,
    /// The adopted proposal version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    /// The objections integrated on the way.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objections: Vec<Integrated>,
}

/// An objection integrated into the adopted proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Integrated {
    /// Who objected.
    pub by: String,
    /// The objection.
    pub text: String,
    /// The version that integrated it.
    pub version: u32,
}

/// One change to a role or policy, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// What changed.
    pub part: Part,
    /// Where it comes from.
    pub source: Source,
    /// The role's or policy's version after it.
    pub version: u32,
}

/// Someone filling a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Filler {
    /// Who.
    pub person: String,
    /// Their focus within the role, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    /// Since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    /// For an elected role: when the term ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_end: Option<NaiveDate>,
}

/// A role of a circle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// Stable id: a core role's, an imported one's, or the session, item
    /// and part that created it (`<session>#i<item>p<part>`).
    pub id: String,
    /// Its name, unique in the circle.
    pub name: String,
    /// Which core role it is, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub core: Option<CoreRole>,
    /// Its purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Ongoing activities it performs.
    pub accountabilities: Vec<String>,
    /// What it exclusively controls.
    pub domains: Vec<String>,
    /// Notes (from an import).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Expanded into a sub-circle (its own record under its name).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub sub_circle: bool,
    /// Who fills it.
    pub fillers: Vec<Filler>,
    /// 1 when created (0 for a core role never changed), one more per change.
    pub version: u32,
    /// Every change, oldest first.
    pub history: Vec<Change>,
}

impl Role {
    /// The target a part names this role by, with its version as base.
    pub fn target(&self) -> Target {
        Target {
            id: Some(self.id.clone()),
            name: self.name.clone(),
            base: Some(self.version),
        }
    }

    /// Its accountabilities or domains.
    pub fn list(&self, list: RoleList) -> &[String] {
        match list {
            RoleList::Accountability => &self.accountabilities,
            RoleList::Domain => &self.domains,
        }
    }

    fn list_mut(&mut self, list: RoleList) -> &mut Vec<String> {
        match list {
            RoleList::Accountability => &mut self.accountabilities,
            RoleList::Domain => &mut self.domains,
        }
    }

    fn core(core: CoreRole) -> Role {
        Role {
            id: core.id().to_owned(),
            name: core.name().to_owned(),
            core: Some(core),
            purpose: None,
            accountabilities: Vec::new(),
            domains: Vec::new(),
            notes: None,
            sub_circle: false,
            fillers: Vec::new(),
            version: 0,
            history: Vec::new(),
        }
    }

    /// Whether `name` names this role (its name, or a core role's alias).
    pub fn is_named(&self, name: &str) -> bool {
        let key = circle_key(name);
        self.has_name_key(&key, CoreRole::keyed(&key))
    }

    /// [`Role::is_named`] with the name's key and core role worked out.
    fn has_name_key(&self, key: &str, core: Option<CoreRole>) -> bool {
        (self.core.is_some() && self.core == core) || has_key(&self.name, key)
    }
}

/// Under consent rules, an adopted policy is an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Agreement {
    /// The driver: situation and need.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    /// When to review it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<NaiveDate>,
    /// How it will be evaluated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<String>,
}

/// A policy's scope: a domain of a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyDomain {
    /// The role's id.
    pub role_id: String,
    /// The role's name.
    pub role: String,
    /// The domain.
    pub domain: String,
}

/// A policy (an agreement under consent rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// Stable id (as for roles).
    pub id: String,
    /// Its title, unique in the circle.
    pub title: String,
    /// What it says.
    pub text: String,
    /// The domain it is scoped to; none: held by the circle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<PolicyDomain>,
    /// Driver, review date and criteria, when adopted as an agreement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// 1 when created, one more per change.
    pub version: u32,
    /// Every change, oldest first.
    pub history: Vec<Change>,
}

impl Policy {
    /// The target a part names this policy by, with its version as base.
    pub fn target(&self) -> Target {
        Target {
            id: Some(self.id.clone()),
            name: self.title.clone(),
            base: Some(self.version),
        }
    }
}

/// One circle's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Circle {
    /// The circle's name as last written.
    pub name: String,
    /// Its purpose, if known (from an import, or its role in the
    /// super-circle).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Its roles: the core roles first, then in order of creation.
    pub roles: Vec<Role>,
    /// Its policies, in order of creation.
    pub policies: Vec<Policy>,
    /// Roles removed (or moved away), kept for their history.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed_roles: Vec<Role>,
    /// Policies removed (or moved away), kept for their history.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub removed_policies: Vec<Policy>,
}

impl Circle {
    /// A circle with its core roles only.
    pub fn new(name: &str) -> Circle {
        Circle {
            name: name.trim().to_owned(),
            purpose: None,
            roles: CoreRole::ALL.into_iter().map(Role::core).collect(),
            policies: Vec::new(),
            removed_roles: Vec::new(),
            removed_policies: Vec::new(),
        }
    }

    /// The role a target means: by id when it has one the record knows,
    /// else by name.
    pub fn role(&self, target: &Target) -> Option<&Role> {
        self.role_index(target).map(|i| &self.roles[i])
    }

    /// The role with this name (or core alias).
    pub fn role_named(&self, name: &str) -> Option<&Role> {
        let key = circle_key(name);
        let core = CoreRole::keyed(&key);
        self.roles.iter().find(|r| r.has_name_key(&key, core))
    }

    fn role_index(&self, target: &Target) -> Option<usize> {
        target
            .id
            .as_deref()
            .and_then(|id| self.roles.iter().position(|r| r.id == id))
            .or_else(|| {
                let key = circle_key(&target.name);
                let core = CoreRole::keyed(&key);
                self.roles.iter().position(|r| r.has_name_key(&key, core))
            })
    }

    /// The policy a target means: by id, else by title.
    pub fn policy(&self, target: &Target) -> Option<&Policy> {
        self.policy_index(target).map(|i| &self.policies[i])
    }

    fn policy_index(&self, target: &Target) -> Option<usize> {
        target
            .id
            .as_deref()
            .and_then(|id| self.policies.iter().position(|p| p.id == id))
            .or_else(|| {
                let key = circle_key(&target.name);
                self.policies
                    .iter()
                    .position(|p| circle_key(&p.title) == key)
            })
    }

    /// Its sub-circles: the roles expanded into circles.
    pub fn sub_circles(&self) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(|r| r.sub_circle)
    }

    /// Whether any role holds this domain.
    pub fn holds_domain(&self, domain: &str) -> Option<&Role> {
        let key = circle_key(domain);
        self.roles
            .iter()
            .find(|r| r.domains.iter().any(|d| has_key(d, &key)))
    }
}

/// What a conflict is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConflictKind {
    /// Two sessions changed the same role or policy from the same base;
    /// the later was applied over the earlier.
    SameBase {
        /// The version both were built on.
        base: u32,
        /// The change the later one did not see.
        earlier: Box<Source>,
    },
    /// The part no longer fit the record when its turn came (the role was
    /// removed meanwhile, say): it was not applied.
    NotApplied {
        /// Why.
        problem: PartProblem,
    },
}

/// A semantic conflict between sessions, shown until a governance
/// meeting resolves it (by adopting a change built on the current version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The circle.
    pub circle: String,
    /// The part of the later session.
    pub part: Part,
    /// Where the later change comes from.
    pub source: Source,
    /// What happened.
    #[serde(flatten)]
    pub kind: ConflictKind,
}

/// The governance record of every circle in the folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Record {
    /// Circles by [`circle_key`].
    pub circles: BTreeMap<String, Circle>,
    /// Conflicts found, in the order the fold met them.
    pub conflicts: Vec<Conflict>,
    /// Parts that did not fit the record and were built without it (no
    /// base version: a role named by hand that the record lacks); not
    /// applied, listed, but no conflict between sessions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_applied: Vec<Conflict>,
}

impl Record {
    /// A circle's record, by any spelling of its name.
    pub fn circle(&self, name: &str) -> Option<&Circle> {
        self.circles.get(&circle_key(name))
    }

    /// A circle's record, or one with its core roles only when nothing
    /// has been recorded for it yet.
    pub fn circle_or_new(&self, name: &str) -> Circle {
        self.circle(name)
            .cloned()
            .unwrap_or_else(|| Circle::new(name))
    }

    fn circle_mut(&mut self, name: &str) -> &mut Circle {
        self.circles
            .entry(circle_key(name))
            .or_insert_with(|| Circle::new(name))
    }

    /// Folds one session: its adopted items' parts, in the order the
    /// items ended, into the session's circle.
    pub fn meeting(&mut self, id: &str, session: &Session) {
        self.adopt(&Adopted::of(id, session));
    }

    /// Folds what one session adopted (see [`Adopted`]).
    pub fn adopt(&mut self, adopted: &Adopted) {
        if adopted.items.is_empty() {
            return;
        }
        self.circle_mut(&adopted.circle).name = adopted.circle.trim().to_owned();
        for item in &adopted.items {
            for (n, part) in item.parts.iter().enumerate() {
                let new_id = format!("{}#i{}p{}", adopted.id, item.item, n + 1);
                self.apply(Applying {
                    circle: &adopted.circle,
                    part,
                    source: &item.source,
                    new_id: &new_id,
                    agreement: item.agreement.clone(),
                    since: Some(adopted.opened_at.date_naive()),
                    create_missing: item.election,
                });
            }
        }
    }

    /// Applies `parts` as one adopted proposal of `circle` would, at
    /// `at`, without a session: what a proposal would make of the record
    /// (the diff panel shows a role or policy before and after). New roles
    /// and policies get the ids `preview#p<n>`.
    pub fn preview(&self, circle: &str, parts: &[Part], at: DateTime<FixedOffset>) -> Record {
        let source = Source {
            session: "preview".to_owned(),
            imported: false,
            title: String::new(),
            at,
            opened_at: at,
            item: None,
            number: None,
            label: None,
            tension: None,
            proposer: None,
            version: None,
            objections: Vec::new(),
        };
        let mut after = self.clone();
        for (n, part) in parts.iter().enumerate() {
            let new_id = format!("preview#p{}", n + 1);
            after.apply(Applying {
                circle,
                part,
                source: &source,
                new_id: &new_id,
                agreement: None,
                since: Some(at.date_naive()),
                create_missing: false,
            });
        }
        after
    }
}

impl Fold for Record {
    fn session(&mut self, session: &Folded<'_>) {
        self.meeting(session.id, session.session);
    }
}

/// What one session adopted that changes the record: small enough to keep
/// for every session of a folder, so a reader that loads files one at a
/// time (`spanning check`) folds the record without keeping the sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adopted {
    /// The session's ID.
    pub id: String,
    /// Its circle, as named.
    pub circle: String,
    /// When it opened: the fold's order.
    pub opened_at: DateTime<FixedOffset>,
    /// Its adopted items with parts, in the order they ended.
    pub items: Vec<AdoptedItem>,
}

/// One adopted item's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdoptedItem {
    /// The item's handle.
    pub item: u32,
    /// Where the changes come from.
    pub source: Source,
    /// The parts of the adopted version (an election: the assignment).
    pub parts: Vec<Part>,
    /// Under consent rules: the agreement's driver, review and criteria.
    pub agreement: Option<Agreement>,
    /// An election (its role is created if the record lacks it).
    pub election: bool,
}

impl Adopted {
    /// What `session` (with ID `id`) adopted.
    pub fn of(id: &str, session: &Session) -> Adopted {
        let setup = session.setup();
        let state = session.state();
        let mut adopted: Vec<&Item> = state
            .agenda
            .iter()
            .filter(|i| i.end.as_ref().is_some_and(|e| e.ending == Ending::Adopted))
            .collect();
        adopted.sort_by_key(|i| i.end.as_ref().map(|e| e.at));
        let people: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
        let items = adopted
            .into_iter()
            .filter_map(|item| {
                let parts = item.adopted_parts(setup.opened_at, &people);
                (!parts.is_empty()).then(|| AdoptedItem {
                    item: item.id.0,
                    source: source_of(id, session, state, item),
                    parts,
                    agreement: (setup.rules == RuleSet::Consent).then(|| agreement_of(item)),
                    election: item.is_election(),
                })
            })
            .collect();
        Adopted {
            id: id.to_owned(),
            circle: setup.circle.clone(),
            opened_at: setup.opened_at,
            items,
        }
    }
}

fn source_of(id: &str, session: &Session, state: &MeetingState, item: &Item) -> Source {
    let driver = item.driver();
    let tension = item.tension().map(str::to_owned).or_else(|| {
        let said: Vec<&str> = [driver.situation.as_deref(), driver.need.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        (!said.is_empty()).then(|| said.join(" — "))
    });
    let end = item.end.as_ref();
    Source {
        session: id.to_owned(),
        imported: false,
        title: session.setup().title.clone(),
        at: end.map_or(state.opened_at, |e| e.at),
        opened_at: state.opened_at,
        item: Some(item.id.0),
        number: state
            .agenda
            .iter()
            .position(|i| i.id == item.id)
            .and_then(|p| u32::try_from(p + 1).ok()),
        label: Some(item.label.clone()),
        tension,
        proposer: Some(state.name(item.owner).to_owned()),
        version: end.and_then(|e| e.adopted_version),
        objections: item
            .concerns()
            .iter()
            .filter_map(|c| {
                c.integrated_in.map(|version| Integrated {
                    by: state.name(c.objector).to_owned(),
                    text: c.text.clone(),
                    version,
                })
            })
            .collect(),
    }
}

fn agreement_of(item: &Item) -> Agreement {
    let driver = item.driver();
    let said: Vec<&str> = [driver.situation.as_deref(), driver.need.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    Agreement {
        driver: (!said.is_empty()).then(|| said.join(" — ")),
        review_date: item.review().map(|r| r.date),
        criteria: item.review().map(|r| r.criteria.clone()),
    }
}

/// One part on its way into the record.
struct Applying<'a> {
    circle: &'a str,
    part: &'a Part,
    source: &'a Source,
    /// The id a role or policy it creates gets.
    new_id: &'a str,
    /// Under consent rules, what a policy it creates or changes records.
    agreement: Option<Agreement>,
    /// The date a filler starts.
    since: Option<NaiveDate>,
    /// An election into a role the record does not have creates it.
    create_missing: bool,
}

mod apply;

/// Folds the governance record over `loaded` (every session of the
/// folder, any circle) and the import entries of `dir`, in time order,
/// keeping only sessions and entries whose time `keep` accepts (as of a
/// moment). Unreadable import entries are added to `problems`.
pub fn fold_loaded(
    dir: &crate::store::SessionsDir,
    loaded: &[(std::path::PathBuf, crate::store::Loaded)],
    keep: impl Fn(DateTime<FixedOffset>) -> bool,
    problems: &mut Vec<super::FolderProblem>,
) -> (Record, Stats) {
    let adopted = loaded
        .iter()
        .map(|(_, l)| l)
        .filter(|l| keep(l.session.setup().opened_at))
        .map(|l| Adopted::of(&l.id, &l.session))
        .collect();
    fold_adopted(dir, adopted, keep, problems)
}

/// Folds what each session adopted (any order: sorted here by opening
/// time, then ID) and the import entries of `dir` that `keep` accepts,
/// in time order.
pub fn fold_adopted(
    dir: &crate::store::SessionsDir,
    mut sessions: Vec<Adopted>,
    keep: impl Fn(DateTime<FixedOffset>) -> bool,
    problems: &mut Vec<super::FolderProblem>,
) -> (Record, Stats) {
    let (entries, bad) = import::load_entries(dir);
    problems.extend(bad.into_iter().map(super::FolderProblem::BadImport));
    sessions.sort_by(|a, b| (a.opened_at, &a.id).cmp(&(b.opened_at, &b.id)));
    let entries: Vec<&(String, ImportEntry)> = entries.iter().filter(|(_, e)| keep(e.at)).collect();
    let stats = Stats {
        sessions: sessions.len(),
        imports: entries.len(),
    };
    (timeline::merge(&sessions, entries), stats)
}

/// What a record was folded from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Sessions folded (of every circle).
    pub sessions: usize,
    /// Import entries folded.
    pub imports: usize,
}

/// The governance record of the folder `dir`, with what it was folded
/// from and the files that could not be read, keeping only sessions and
/// imports whose time `keep` accepts.
pub fn fold(
    dir: &crate::store::SessionsDir,
    keep: impl Fn(DateTime<FixedOffset>) -> bool,
) -> (Record, Stats, Vec<super::FolderProblem>) {
    let (adopted, mut problems) = super::load_adopted(dir);
    let adopted = adopted.into_iter().filter(|a| keep(a.opened_at)).collect();
    let (record, stats) = fold_adopted(dir, adopted, keep, &mut problems);
    (record, stats, problems)
}

#[cfg(test)]
mod tests {
    use super::{circle_key, has_key};

    /// The quick comparison must agree with building the key, always.
    #[test]
    fn has_key_agrees_with_circle_key() {
        let texts = [
            "Finance",
            "  finance ",
            "Fin-ance",
            "fin ance",
            "Release  Manager.",
            "release manager",
            "Zoë",
            "zoe",
            "",
            "...",
            "a",
            "A b",
            "ab",
            "Rep Link",
            "rep-link",
            "Sociaal Domein",
        ];
        for a in texts {
            for b in texts {
                let key = circle_key(b);
                assert_eq!(has_key(a, &key), circle_key(a) == key, "{a:?} vs {b:?}");
            }
        }
    }
}
