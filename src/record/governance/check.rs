//! Checking a part against the record as it stands (process.md: "a part
//! is checked against the record as it stands when the meeting starts").
//! The screens call [`check_part`] before sending a part to the engine;
//! the fold calls it again when the part's turn comes, and a part that no
//! longer fits is not applied but listed as a conflict.

use std::borrow::Cow;

use serde::Serialize;

use super::{Circle, Record, circle_key};
use crate::meeting::{DomainScope, Part, PolicyScope, RoleList, Target};

/// Why a part does not fit the record; worded by `text` (en and nl).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum PartProblem {
    /// The role to amend does not exist in the circle.
    NoSuchRole {
        /// The name as the part gives it.
        name: String,
        /// The circle looked in.
        circle: String,
    },
    /// The policy to amend does not exist in the circle.
    NoSuchPolicy {
        /// The title as the part gives it.
        title: String,
        /// The circle looked in.
        circle: String,
    },
    /// Another role of the circle already has this name.
    RoleNameTaken {
        /// The name.
        name: String,
    },
    /// Another policy of the circle already has this title.
    PolicyTitleTaken {
        /// The title.
        title: String,
    },
    /// Core roles cannot be removed, moved, renamed or expanded.
    CoreRole {
        /// Which.
        name: String,
    },
    /// A policy on a domain nobody in the circle holds (or not the role
    /// named).
    DomainNotHeld {
        /// The domain.
        domain: String,
        /// The role named as holding it.
        role: String,
    },
    /// The role has no such accountability or domain.
    NoSuchEntry {
        /// The role.
        role: String,
        /// Which list.
        list: RoleList,
        /// The text looked for.
        text: String,
    },
    /// The role already has this accountability or domain.
    EntryExists {
        /// The role.
        role: String,
        /// Which list.
        list: RoleList,
        /// The text.
        text: String,
    },
    /// A move must be between the circle and one of its sub-circles.
    NotASubCircle {
        /// The circle named.
        circle: String,
    },
    /// The role is already a sub-circle.
    AlreadySubCircle {
        /// The role.
        name: String,
    },
    /// The role is not a sub-circle, so it cannot be collapsed.
    NotSubCircle {
        /// The role.
        name: String,
    },
    /// A sub-circle cannot be moved into itself.
    IntoItself {
        /// The sub-circle.
        name: String,
    },
    /// A sub-circle that still has roles or policies of its own cannot be
    /// collapsed: they would be lost. They are moved out or removed first.
    CircleNotEmpty {
        /// The sub-circle.
        name: String,
        /// Its roles other than the core roles.
        roles: Vec<String>,
        /// Its policies.
        policies: Vec<String>,
    },
}

/// Checks `part`, proposed in `circle`, against `record`: the role or
/// policy it amends exists, a new name is free, a domain-scoped policy's
/// domain is held, core roles stay, moves stay between the circle and its
/// sub-circles.
pub fn check_part(record: &Record, circle: &str, part: &Part) -> Result<(), PartProblem> {
    let here = circle_of(record, circle);
    match part {
        Part::CreateRole { name, .. } => free_role_name(&here, name, None),
        Part::RenameRole { role, name } => {
            let r = role_in(&here, role)?;
            not_core(r.core.is_some(), &r.name)?;
            free_role_name(&here, name, Some(&r.id))
        }
        Part::ChangePurpose { role, .. } => role_in(&here, role).map(drop),
        Part::RemoveRole { role } | Part::ExpandRole { role } => {
            let r = role_in(&here, role)?;
            not_core(r.core.is_some(), &r.name)?;
            if matches!(part, Part::ExpandRole { .. }) && r.sub_circle {
                return Err(PartProblem::AlreadySubCircle {
                    name: r.name.clone(),
                });
            }
            Ok(())
        }
        Part::CollapseCircle { role } => {
            let r = role_in(&here, role)?;
            if !r.sub_circle {
                return Err(PartProblem::NotSubCircle {
                    name: r.name.clone(),
                });
            }
            not_empty(record, &r.name)
        }
        Part::MoveRole { role, from, to } => {
            related(&here, from)?;
            related(&here, to)?;
            let source = circle_of(record, from);
            let r = role_in(&source, role)?;
            not_core(r.core.is_some(), &r.name)?;
            if r.sub_circle && circle_key(&r.name) == circle_key(to) {
                return Err(PartProblem::IntoItself {
                    name: r.name.clone(),
                });
            }
            free_role_name(&circle_of(record, to), &r.name, None)
        }
        Part::AddEntry { role, list, text } => {
            let r = role_in(&here, role)?;
            if has(r.list(*list), text) {
                return Err(PartProblem::EntryExists {
                    role: r.name.clone(),
                    list: *list,
                    text: text.clone(),
                });
            }
            Ok(())
        }
        Part::ChangeEntry {
            role,
            list,
            from,
            to,
        } => {
            let r = role_in(&here, role)?;
            if !has(r.list(*list), from) {
                return Err(PartProblem::NoSuchEntry {
                    role: r.name.clone(),
                    list: *list,
                    text: from.clone(),
                });
            }
            if circle_key(from) != circle_key(to) && has(r.list(*list), to) {
                return Err(PartProblem::EntryExists {
                    role: r.name.clone(),
                    list: *list,
                    text: to.clone(),
                });
            }
            Ok(())
        }
        Part::RemoveEntry { role, list, text } => {
            let r = role_in(&here, role)?;
            if !has(r.list(*list), text) {
                return Err(PartProblem::NoSuchEntry {
                    role: r.name.clone(),
                    list: *list,
                    text: text.clone(),
                });
            }
            Ok(())
        }
        Part::CreatePolicy { title, domain, .. } => {
            free_policy_title(&here, title, None)?;
            domain.as_ref().map_or(Ok(()), |scope| held(&here, scope))
        }
        Part::ChangePolicy {
            policy,
            title,
            scope,
            ..
        } => {
            let p = policy_in(&here, policy)?;
            free_policy_title(&here, title, Some(&p.id))?;
            match scope {
                Some(PolicyScope::Domain(scope)) => held(&here, scope),
                _ => Ok(()),
            }
        }
        Part::RemovePolicy { policy } => policy_in(&here, policy).map(drop),
        Part::MovePolicy { policy, from, to } => {
            related(&here, from)?;
            related(&here, to)?;
            let source = circle_of(record, from);
            let p = policy_in(&source, policy)?;
            free_policy_title(&circle_of(record, to), &p.title, None)
        }
        Part::AssignRole { role, .. } => role_in(&here, role).map(drop),
    }
}

/// A domain-scoped policy needs the role named to hold that domain.
fn held(here: &Circle, scope: &DomainScope) -> Result<(), PartProblem> {
    let held = here
        .role(&scope.role)
        .is_some_and(|r| has(&r.domains, &scope.domain));
    if held {
        Ok(())
    } else {
        Err(PartProblem::DomainNotHeld {
            domain: scope.domain.clone(),
            role: scope.role.name.clone(),
        })
    }
}

/// The circle's record, borrowed; a circle with nothing recorded yet has
/// its core roles only. (Never a clone: the fold checks every part.)
fn circle_of<'r>(record: &'r Record, name: &str) -> Cow<'r, Circle> {
    match record.circle(name) {
        Some(c) => Cow::Borrowed(c),
        None => Cow::Owned(Circle::new(name)),
    }
}

fn role_in<'c>(circle: &'c Circle, target: &Target) -> Result<&'c super::Role, PartProblem> {
    circle.role(target).ok_or_else(|| PartProblem::NoSuchRole {
        name: target.name.clone(),
        circle: circle.name.clone(),
    })
}

fn policy_in<'c>(circle: &'c Circle, target: &Target) -> Result<&'c super::Policy, PartProblem> {
    circle
        .policy(target)
        .ok_or_else(|| PartProblem::NoSuchPolicy {
            title: target.name.clone(),
            circle: circle.name.clone(),
        })
}

fn not_core(core: bool, name: &str) -> Result<(), PartProblem> {
    if core {
        Err(PartProblem::CoreRole {
            name: name.to_owned(),
        })
    } else {
        Ok(())
    }
}

fn free_role_name(circle: &Circle, name: &str, except: Option<&str>) -> Result<(), PartProblem> {
    match circle.role_named(name) {
        Some(r) if Some(r.id.as_str()) != except => Err(PartProblem::RoleNameTaken {
            name: r.name.clone(),
        }),
        _ => Ok(()),
    }
}

fn free_policy_title(
    circle: &Circle,
    title: &str,
    except: Option<&str>,
) -> Result<(), PartProblem> {
    let key = circle_key(title);
    match circle
        .policies
        .iter()
        .find(|p| super::has_key(&p.title, &key))
    {
        Some(p) if Some(p.id.as_str()) != except => Err(PartProblem::PolicyTitleTaken {
            title: p.title.clone(),
        }),
        _ => Ok(()),
    }
}

/// A sub-circle collapses only once nothing of its own is left in it
/// (its core roles aside): collapsing must never lose a role or policy.
fn not_empty(record: &Record, name: &str) -> Result<(), PartProblem> {
    let Some(sub) = record.circle(name) else {
        return Ok(());
    };
    let roles: Vec<String> = sub
        .roles
        .iter()
        .filter(|r| r.core.is_none())
        .map(|r| r.name.clone())
        .collect();
    let policies: Vec<String> = sub.policies.iter().map(|p| p.title.clone()).collect();
    if roles.is_empty() && policies.is_empty() {
        Ok(())
    } else {
        Err(PartProblem::CircleNotEmpty {
            name: name.to_owned(),
            roles,
            policies,
        })
    }
}

/// `name` is this circle or one of its sub-circles.
fn related(here: &Circle, name: &str) -> Result<(), PartProblem> {
    let key = circle_key(name);
    if circle_key(&here.name) == key || here.sub_circles().any(|r| circle_key(&r.name) == key) {
        Ok(())
    } else {
        Err(PartProblem::NotASubCircle {
            circle: name.to_owned(),
        })
    }
}

pub(super) fn has(list: &[String], text: &str) -> bool {
    let key = circle_key(text);
    list.iter().any(|e| super::has_key(e, &key))
}
