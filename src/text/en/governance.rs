//! English words for the governance record.

use super::English;
use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, RoleList};
use crate::text::governance::GovernanceWords;

impl GovernanceWords for English {
    fn part_refusal(&self, refusal: &PartRefusal) -> String {
        match refusal {
            PartRefusal::InElection => {
                "An election's proposal is its candidate: it has no parts. The result fills the role when adopted.".to_owned()
            }
            PartRefusal::ElectionOnly => {
                "Filling a role is an election's result, not a part of a proposal: hold an election for it.".to_owned()
            }
            PartRefusal::NoSuchPart { number } => {
                format!("The proposal has no part {number}: pick one of the parts listed.")
            }
            PartRefusal::Duplicate => {
                "The proposal already has this part: change the existing one instead.".to_owned()
            }
            PartRefusal::Unchanged => {
                "This change would change nothing: give the new wording.".to_owned()
            }
            PartRefusal::SameCircle => {
                "A move goes to another circle: pick the sub-circle (or the circle) it goes to.".to_owned()
            }
            PartRefusal::TooMany { limit } => format!(
                "A proposal can have at most {limit} parts: split it into several proposals."
            ),
            PartRefusal::Empty { field } => {
                format!("The {} is empty: type it first.", self.part_field(*field))
            }
            PartRefusal::TooLong { field, limit_kb } => format!(
                "The {} is longer than {limit_kb} KB: shorten it.",
                self.part_field(*field)
            ),
        }
    }

    fn part_field(&self, field: PartField) -> &'static str {
        match field {
            PartField::RoleName => "role name",
            PartField::Purpose => "purpose",
            PartField::Accountability => "accountability",
            PartField::Domain => "domain",
            PartField::PolicyTitle => "policy title",
            PartField::PolicyText => "policy text",
            PartField::Circle => "circle",
            PartField::Person => "person",
        }
    }

    fn part_kind(&self, kind: PartKind) -> &'static str {
        match kind {
            PartKind::CreateRole => "Create a role",
            PartKind::RenameRole => "Rename a role",
            PartKind::ChangePurpose => "Change a role's purpose",
            PartKind::RemoveRole => "Remove a role",
            PartKind::MoveRole => "Move a role into or out of a sub-circle",
            PartKind::ExpandRole => "Expand a role into a sub-circle",
            PartKind::CollapseCircle => "Collapse a sub-circle into a role",
            PartKind::AddEntry => "Add an accountability or domain",
            PartKind::ChangeEntry => "Change an accountability or domain",
            PartKind::RemoveEntry => "Remove an accountability or domain",
            PartKind::CreatePolicy => "Create a policy",
            PartKind::ChangePolicy => "Change a policy",
            PartKind::RemovePolicy => "Remove a policy",
            PartKind::MovePolicy => "Move a policy into or out of a sub-circle",
            PartKind::AssignRole => "Fill a role (election result)",
        }
    }

    fn role_list(&self, list: RoleList) -> &'static str {
        match list {
            RoleList::Accountability => "accountability",
            RoleList::Domain => "domain",
        }
    }

    fn part(&self, part: &Part) -> String {
        match part {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => {
                let mut line = format!("Role {name}: created");
                if let Some(p) = purpose {
                    line.push_str(&format!("; purpose: {p}"));
                }
                if !accountabilities.is_empty() {
                    line.push_str(&format!(
                        "; accountabilities: {}",
                        accountabilities.join("; ")
                    ));
                }
                if !domains.is_empty() {
                    line.push_str(&format!("; domains: {}", domains.join("; ")));
                }
                line
            }
            Part::RenameRole { role, name } => format!("Role {}: renamed to {name}", role.name),
            Part::ChangePurpose { role, purpose } => {
                format!("Role {}: purpose changed to: {purpose}", role.name)
            }
            Part::RemoveRole { role } => format!("Role {}: removed", role.name),
            Part::MoveRole { role, from, to } => {
                format!(
                    "Role {}: moved from circle {from} to circle {to}",
                    role.name
                )
            }
            Part::ExpandRole { role } => format!("Role {}: expanded into a sub-circle", role.name),
            Part::CollapseCircle { role } => {
                format!("Sub-circle {}: collapsed into a role", role.name)
            }
            Part::AddEntry { role, list, text } => {
                format!(
                    "Role {}: {} added: {text}",
                    role.name,
                    self.role_list(*list)
                )
            }
            Part::ChangeEntry {
                role,
                list,
                from,
                to,
            } => format!(
                "Role {}: {} changed from \"{from}\" to \"{to}\"",
                role.name,
                self.role_list(*list)
            ),
            Part::RemoveEntry { role, list, text } => {
                format!(
                    "Role {}: {} removed: {text}",
                    role.name,
                    self.role_list(*list)
                )
            }
            Part::CreatePolicy {
                title,
                text,
                domain,
            } => match domain {
                Some(scope) => format!(
                    "Policy {title} (on domain \"{}\" of role {}): created: {text}",
                    scope.domain, scope.role.name
                ),
                None => format!("Policy {title}: created: {text}"),
            },
            Part::ChangePolicy {
                policy,
                title,
                text,
            } => {
                if *title == policy.name {
                    format!("Policy {title}: changed to: {text}")
                } else {
                    format!(
                        "Policy {}: renamed to {title} and changed to: {text}",
                        policy.name
                    )
                }
            }
            Part::RemovePolicy { policy } => format!("Policy {}: removed", policy.name),
            Part::MovePolicy { policy, from, to } => format!(
                "Policy {}: moved from circle {from} to circle {to}",
                policy.name
            ),
            Part::AssignRole {
                role,
                person,
                term_end,
            } => match term_end {
                Some(end) => format!(
                    "Role {}: filled by {person} until {}",
                    role.name,
                    crate::text::MinutesWords::date(self, *end)
                ),
                None => format!("Role {}: filled by {person}", role.name),
            },
        }
    }

    fn part_event(&self, event: &Event) -> String {
        match event {
            Event::PartAdded { version, part } => {
                format!("the part \"{}\" (v{version})", self.part(part))
            }
            Event::PartChanged {
                version, number, ..
            } => format!("the change of part {number} (v{version})"),
            Event::PartRemoved { version, number } => {
                format!("the removal of part {number} (v{version})")
            }
            _ => String::new(),
        }
    }

    fn bad_import(&self, path: &str, detail: &str) -> String {
        format!(
            "{path}: not a readable governance import entry ({detail}); move it out of the folder or fix it"
        )
    }

    fn not_an_import(&self) -> &'static str {
        "not a governance import entry"
    }
}
