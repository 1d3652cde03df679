//! Applying one part to the record: the check, conflict detection on the
//! part's base, and the change itself, remembered with its source.

use super::check::{check_part, has};
use super::{
    Applying, Change, Conflict, ConflictKind, Filler, Policy, PolicyDomain, Record, Role,
    circle_key,
};
use crate::meeting::{DomainScope, Part, PolicyScope, Target};

impl Record {
    pub(super) fn apply(&mut self, a: Applying<'_>) {
        let checked = match (check_part(self, a.circle, a.part), a.part) {
            // An election into a role the record does not know creates it.
            (Err(super::PartProblem::NoSuchRole { .. }), Part::AssignRole { role, .. })
                if a.create_missing =>
            {
                let circle = self.circle_mut(a.circle);
                circle.roles.push(new_role(a.new_id, &role.name));
                Ok(())
            }
            (checked, _) => checked,
        };
        if let Err(problem) = checked {
            let conflict = Conflict {
                circle: a.circle.trim().to_owned(),
                part: a.part.clone(),
                source: a.source.clone(),
                kind: ConflictKind::NotApplied { problem },
            };
            // A part built on the record (it names the version it saw) or
            // one creating something: another session got in its way. A
            // part naming a role without the record at hand (a scripted
            // or hand-made session) simply does not fit.
            let built_on_record = match (a.part.role(), a.part.policy()) {
                (Some(t), _) | (None, Some(t)) => t.base.is_some(),
                (None, None) => true,
            };
            if built_on_record {
                self.conflicts.push(conflict);
            } else {
                self.not_applied.push(conflict);
            }
            return;
        }
        match self.earlier_change(&a) {
            Some(earlier) => self.conflicts.push(Conflict {
                circle: a.circle.trim().to_owned(),
                part: a.part.clone(),
                source: a.source.clone(),
                kind: earlier,
            }),
            None => self.settle(&a),
        }
        self.change(a);
    }

    /// A change built on the current version of a role or policy (it saw
    /// every change before it) settles the conflicts between sessions
    /// about it: the meeting has decided how it stands now. That holds for
    /// a part another session got in the way of as much as for two changes
    /// from the same version: an entry added on both laptops, or a role
    /// created under the same name on both, is settled by a change built
    /// on the role as it now stands (otherwise `check` would fail for ever).
    fn settle(&mut self, a: &Applying<'_>) {
        let target = |part: &Part| part.role().or(part.policy()).and_then(|t| t.id.clone());
        let Some(settling) = a.part.role().or(a.part.policy()) else {
            return;
        };
        let Some(id) = target(a.part).filter(|_| settling.base.is_some()) else {
            return;
        };
        let name = circle_key(&settling.name);
        let role = a.part.role().is_some();
        let key = circle_key(a.circle);
        self.conflicts.retain(|c| {
            let about_it = target(&c.part).as_deref() == Some(id.as_str())
                || created_name(&c.part, role).is_some_and(|n| circle_key(n) == name);
            !(circle_key(&c.circle) == key
                && about_it
                && matches!(
                    c.kind,
                    ConflictKind::SameBase { .. } | ConflictKind::NotApplied { .. }
                ))
        });
    }

    /// The change another session made since the part's base, if any.
    fn earlier_change(&self, a: &Applying<'_>) -> Option<ConflictKind> {
        let (history, version, base) = match (a.part.role(), a.part.policy()) {
            (Some(target), _) => {
                let circle = match a.part {
                    Part::MoveRole { from, .. } => from.as_str(),
                    _ => a.circle,
                };
                let role = self.circle(circle)?.role(target)?;
                (&role.history, role.version, target.base?)
            }
            (None, Some(target)) => {
                let circle = match a.part {
                    Part::MovePolicy { from, .. } => from.as_str(),
                    _ => a.circle,
                };
                let policy = self.circle(circle)?.policy(target)?;
                (&policy.history, policy.version, target.base?)
            }
            (None, None) => return None,
        };
        if version <= base {
            return None;
        }
        history
            .iter()
            .find(|c| c.version > base && c.source.session != a.source.session)
            .map(|c| ConflictKind::SameBase {
                base,
                earlier: Box::new(c.source.clone()),
            })
    }

    fn change(&mut self, a: Applying<'_>) {
        let remember = |version: &mut u32, history: &mut Vec<Change>| {
            *version += 1;
            history.push(Change {
                part: a.part.clone(),
                source: a.source.clone(),
                version: *version,
            });
        };
        match a.part {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => {
                let mut role = new_role(a.new_id, name);
                role.purpose.clone_from(purpose);
                role.accountabilities.clone_from(accountabilities);
                role.domains.clone_from(domains);
                remember(&mut role.version, &mut role.history);
                self.circle_mut(a.circle).roles.push(role);
            }
            Part::MoveRole { role, from, to } => {
                let Some(mut moved) = take_role(self, from, role) else {
                    return;
                };
                remember(&mut moved.version, &mut moved.history);
                let name = moved.name.clone();
                let sub = moved.sub_circle;
                self.circle_mut(to).roles.push(moved);
                if sub {
                    self.circle_mut(&name);
                }
            }
            Part::RemoveRole { role } => {
                if let Some(mut removed) = take_role(self, a.circle, role) {
                    remember(&mut removed.version, &mut removed.history);
                    self.circle_mut(a.circle).removed_roles.push(removed);
                }
            }
            Part::ExpandRole { role } => {
                let (name, purpose) = {
                    let Some(r) = role_mut(self, a.circle, role) else {
                        return;
                    };
                    r.sub_circle = true;
                    remember(&mut r.version, &mut r.history);
                    (r.name.clone(), r.purpose.clone())
                };
                let sub = self.circle_mut(&name);
                if sub.purpose.is_none() {
                    sub.purpose = purpose;
                }
            }
            Part::RenameRole { .. }
            | Part::ChangePurpose { .. }
            | Part::CollapseCircle { .. }
            | Part::AddEntry { .. }
            | Part::ChangeEntry { .. }
            | Part::RemoveEntry { .. }
            | Part::AssignRole { .. } => {
                let Some(target) = a.part.role() else {
                    return;
                };
                let since = a.since;
                let Some(r) = role_mut(self, a.circle, target) else {
                    return;
                };
                amend_role(r, a.part, since);
                remember(&mut r.version, &mut r.history);
            }
            Part::CreatePolicy {
                title,
                text,
                domain,
            } => {
                let circle = self.circle_mut(a.circle);
                let domain = domain
                    .as_ref()
                    .and_then(|scope| policy_domain(circle, scope));
                let mut policy = Policy {
                    id: a.new_id.to_owned(),
                    title: title.clone(),
                    text: text.clone(),
                    domain,
                    agreement: a.agreement.clone(),
                    version: 0,
                    history: Vec::new(),
                };
                remember(&mut policy.version, &mut policy.history);
                circle.policies.push(policy);
            }
            Part::ChangePolicy {
                policy,
                title,
                text,
                scope,
            } => {
                let circle = self.circle_mut(a.circle);
                let Some(i) = circle.policy_index(policy) else {
                    return;
                };
                let domain = match scope {
                    None => circle.policies[i].domain.clone(),
                    Some(PolicyScope::Circle) => None,
                    Some(PolicyScope::Domain(scope)) => policy_domain(circle, scope),
                };
                let p = &mut circle.policies[i];
                p.title.clone_from(title);
                p.text.clone_from(text);
                p.domain = domain;
                if a.agreement.is_some() {
                    p.agreement.clone_from(&a.agreement);
                }
                remember(&mut p.version, &mut p.history);
            }
            Part::RemovePolicy { policy } => {
                let circle = self.circle_mut(a.circle);
                if let Some(i) = circle.policy_index(policy) {
                    let mut p = circle.policies.remove(i);
                    remember(&mut p.version, &mut p.history);
                    circle.removed_policies.push(p);
                }
            }
            Part::MovePolicy { policy, from, to } => {
                let source = self.circle_mut(from);
                let Some(i) = source.policy_index(policy) else {
                    return;
                };
                let mut p = source.policies.remove(i);
                remember(&mut p.version, &mut p.history);
                self.circle_mut(to).policies.push(p);
            }
        }
    }
}

/// A policy's scope as the record keeps it: the role holding the domain
/// by id and name.
fn policy_domain(circle: &super::Circle, scope: &DomainScope) -> Option<PolicyDomain> {
    circle.role(&scope.role).map(|r| PolicyDomain {
        role_id: r.id.clone(),
        role: r.name.clone(),
        domain: scope.domain.clone(),
    })
}

fn new_role(id: &str, name: &str) -> Role {
    Role {
        id: id.to_owned(),
        name: name.to_owned(),
        core: None,
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

fn role_mut<'r>(record: &'r mut Record, circle: &str, target: &Target) -> Option<&'r mut Role> {
    let circle = record.circle_mut(circle);
    let i = circle.role_index(target)?;
    circle.roles.get_mut(i)
}

fn take_role(record: &mut Record, circle: &str, target: &Target) -> Option<Role> {
    let circle = record.circle_mut(circle);
    let i = circle.role_index(target)?;
    Some(circle.roles.remove(i))
}

fn amend_role(r: &mut Role, part: &Part, since: Option<chrono::NaiveDate>) {
    match part {
        Part::RenameRole { name, .. } => r.name.clone_from(name),
        Part::ChangePurpose { purpose, .. } => r.purpose = Some(purpose.clone()),
        Part::CollapseCircle { .. } => r.sub_circle = false,
        Part::AddEntry { list, text, .. } if !has(r.list(*list), text) => {
            r.list_mut(*list).push(text.clone());
        }
        Part::ChangeEntry { list, from, to, .. } => {
            let key = circle_key(from);
            if let Some(e) = r.list_mut(*list).iter_mut().find(|e| circle_key(e) == key) {
                e.clone_from(to);
            }
        }
        Part::RemoveEntry { list, text, .. } => {
            let key = circle_key(text);
            r.list_mut(*list).retain(|e| circle_key(e) != key);
        }
        Part::AssignRole {
            person, term_end, ..
        } => {
            // An election elects the one filler of the role.
            r.fillers = vec![Filler {
                person: person.clone(),
                focus: None,
                since,
                term_end: *term_end,
            }];
        }
        _ => {}
    }
}

/// The name a part creates a role (`role`) or else a policy under, if it
/// creates one.
fn created_name(part: &Part, role: bool) -> Option<&str> {
    match part {
        Part::CreateRole { name, .. } if role => Some(name),
        Part::CreatePolicy { title, .. } if !role => Some(title),
        _ => None,
    }
}
