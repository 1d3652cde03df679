//! What the part dialog picks from: the meeting's circle and its
//! sub-circles as the record at the meeting's start has them, kept with
//! the dialog (and its draft); and what a part being changed names beyond
//! that, so it is offered all the same.

use serde::{Deserialize, Serialize};

use crate::meeting::{DomainScope, RoleList, Target};
use crate::record::governance::{Circle, Record};

/// A role as the dialog knows it from the record.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct KnownRole {
    /// How a part names it (id, name, version).
    pub target: Target,
    /// A core role (never moved, expanded or removed).
    pub core: bool,
    /// Expanded into a sub-circle.
    pub sub_circle: bool,
    /// Its accountabilities.
    pub accountabilities: Vec<String>,
    /// Its domains.
    pub domains: Vec<String>,
}

impl KnownRole {
    fn of(role: &crate::record::governance::Role) -> KnownRole {
        KnownRole {
            target: role.target(),
            core: role.core.is_some(),
            sub_circle: role.sub_circle,
            accountabilities: role.accountabilities.clone(),
            domains: role.domains.clone(),
        }
    }

    pub(super) fn list(&self, list: RoleList) -> &[String] {
        match list {
            RoleList::Accountability => &self.accountabilities,
            RoleList::Domain => &self.domains,
        }
    }
}

/// A policy as the dialog knows it: how a part names it and what it
/// holds on now (none: the whole circle).
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct KnownPolicy {
    /// How a part names it (id, title, version).
    pub target: Target,
    /// The domain it is scoped to now.
    pub domain: Option<DomainScope>,
}

/// A circle as the dialog knows it: its name, roles and policies.
#[derive(Clone, Default, Serialize, Deserialize)]
pub(crate) struct KnownCircle {
    /// Its name.
    pub name: String,
    /// Its roles, core roles first.
    pub roles: Vec<KnownRole>,
    /// Its policies.
    pub policies: Vec<KnownPolicy>,
}

impl KnownCircle {
    fn of(circle: &Circle) -> KnownCircle {
        let policies = circle
            .policies
            .iter()
            .map(|p| KnownPolicy {
                target: p.target(),
                domain: p.domain.as_ref().map(|on| DomainScope {
                    role: circle
                        .roles
                        .iter()
                        .find(|r| r.id == on.role_id)
                        .map_or_else(
                            || Target {
                                id: Some(on.role_id.clone()),
                                name: on.role.clone(),
                                base: None,
                            },
                            |r| r.target(),
                        ),
                    domain: on.domain.clone(),
                }),
            })
            .collect();
        KnownCircle {
            name: circle.name.clone(),
            roles: circle.roles.iter().map(KnownRole::of).collect(),
            policies,
        }
    }
}

/// What the dialog picks from: the meeting's circle and its sub-circles
/// in the record at the meeting's start. Kept with the dialog (and its
/// draft), so the pickers can follow each other without the record.
#[derive(Clone, Default, Serialize, Deserialize)]
pub(crate) struct Known {
    /// The meeting's circle.
    pub here: KnownCircle,
    /// Its sub-circles (each as the record has it; core roles only when
    /// nothing was recorded in it yet).
    pub subs: Vec<KnownCircle>,
}

impl Known {
    /// The circle `name` and its sub-circles in `record` (none: the core
    /// roles only, outside a sessions folder).
    pub(crate) fn of(record: Option<&Record>, name: &str) -> Known {
        let here = record.map_or_else(|| Circle::new(name), |r| r.circle_or_new(name));
        let subs = here
            .sub_circles()
            .map(|role| {
                let sub =
                    record.map_or_else(|| Circle::new(&role.name), |r| r.circle_or_new(&role.name));
                KnownCircle {
                    // The sub-circle goes by its role's name in this circle.
                    name: role.name.clone(),
                    ..KnownCircle::of(&sub)
                }
            })
            .collect();
        Known {
            here: KnownCircle::of(&here),
            subs,
        }
    }

    pub(super) fn circles(&self) -> impl Iterator<Item = &KnownCircle> {
        std::iter::once(&self.here).chain(&self.subs)
    }

    pub(super) fn role(&self, target: &Target) -> Option<&KnownRole> {
        let by_id = |r: &&KnownRole| target.id.is_some() && r.target.id == target.id;
        let by_name = |r: &&KnownRole| {
            crate::record::circle_key(&r.target.name) == crate::record::circle_key(&target.name)
        };
        self.here
            .roles
            .iter()
            .find(by_id)
            .or_else(|| self.here.roles.iter().find(by_name))
    }
}

/// What the part being changed names that the record does not offer (a
/// role named by hand, an entry reworded meanwhile, a circle that is no
/// sub-circle): offered all the same, so opening a part to change it
/// never silently changes what it is about. Saving it unchanged is then
/// checked against the record like any part, with its reason.
#[derive(Clone, Default, Serialize, Deserialize)]
pub(crate) struct Pinned {
    /// The role.
    pub role: Option<Target>,
    /// The accountability or domain as it was.
    pub entry: Option<String>,
    /// The circle a move goes to.
    pub to: Option<String>,
    /// The domain a policy holds on.
    pub scope: Option<DomainScope>,
}

/// A role's or policy's name compared the record's way.
pub(super) fn key(name: &str) -> String {
    crate::record::circle_key(name)
}

/// The same role or policy: by id when both have one, else by name.
pub(super) fn same(a: &Target, b: &Target) -> bool {
    match (&a.id, &b.id) {
        (Some(x), Some(y)) => x == y,
        _ => key(&a.name) == key(&b.name),
    }
}

/// The same scope: both the whole circle, or the same domain of the same
/// role.
pub(super) fn same_scope(a: &Option<DomainScope>, b: &Option<DomainScope>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => same(&a.role, &b.role) && key(&a.domain) == key(&b.domain),
        _ => false,
    }
}
