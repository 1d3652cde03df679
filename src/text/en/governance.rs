//! English words for the governance record.

use super::English;
use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, PolicyScope, RoleList};
use crate::record::governance::import::{Export, JsonAt, JsonKind, RefKind};
use crate::record::governance::{
    Agreement, Conflict, ConflictKind, CoreRole, Filler, ImportProblem, Integrated, PartProblem,
    Source,
};
use crate::text::governance::{GovernanceWords, RecordLabel};

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
                let mut line = format!(
                    "Role {}: created",
                    self.role_target(&crate::meeting::Target::named(name.clone()))
                );
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
            Part::RenameRole { role, name } => {
                format!("Role {}: renamed to {name}", self.role_target(role))
            }
            Part::ChangePurpose { role, purpose } => {
                format!(
                    "Role {}: purpose changed to: {purpose}",
                    self.role_target(role)
                )
            }
            Part::RemoveRole { role } => format!("Role {}: removed", self.role_target(role)),
            Part::MoveRole { role, from, to } => {
                format!(
                    "Role {}: moved from circle {from} to circle {to}",
                    self.role_target(role)
                )
            }
            Part::ExpandRole { role } => format!(
                "Role {}: expanded into a sub-circle",
                self.role_target(role)
            ),
            Part::CollapseCircle { role } => {
                format!(
                    "Sub-circle {}: collapsed into a role",
                    self.role_target(role)
                )
            }
            Part::AddEntry { role, list, text } => {
                format!(
                    "Role {}: {} added: {text}",
                    self.role_target(role),
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
                self.role_target(role),
                self.role_list(*list)
            ),
            Part::RemoveEntry { role, list, text } => {
                format!(
                    "Role {}: {} removed: {text}",
                    self.role_target(role),
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
                    scope.domain,
                    self.role_target(&scope.role)
                ),
                None => format!("Policy {title}: created: {text}"),
            },
            Part::ChangePolicy {
                policy,
                title,
                text,
                scope,
            } => {
                let changed = if *title == policy.name {
                    format!("Policy {title}: changed to: {text}")
                } else {
                    format!(
                        "Policy {}: renamed to {title} and changed to: {text}",
                        policy.name
                    )
                };
                match scope {
                    None => changed,
                    Some(PolicyScope::Circle) => format!("{changed}; now held by the circle"),
                    Some(PolicyScope::Domain(s)) => format!(
                        "{changed}; now on domain \"{}\" of role {}",
                        s.domain,
                        self.role_target(&s.role)
                    ),
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
                    self.role_target(role),
                    crate::text::MinutesWords::date(self, *end)
                ),
                None => format!("Role {}: filled by {person}", self.role_target(role)),
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

    fn record_label(&self, label: RecordLabel) -> &'static str {
        match label {
            RecordLabel::Roles => "Roles",
            RecordLabel::Policies => "Policies",
            RecordLabel::SubCircles => "Sub-circles",
            RecordLabel::Conflicts => "Conflicts",
            RecordLabel::Purpose => "Purpose",
            RecordLabel::Accountabilities => "Accountabilities",
            RecordLabel::Domains => "Domains",
            RecordLabel::FilledBy => "Filled by",
            RecordLabel::Unfilled => "not filled",
            RecordLabel::Notes => "Notes",
            RecordLabel::GovernanceChanges => "Governance changes",
            RecordLabel::Driver => "Driver",
            RecordLabel::From => "From",
            RecordLabel::SubCircleTag => "sub-circle",
            RecordLabel::CoreTag => "core role",
            RecordLabel::NotApplied => "Not applied",
        }
    }

    fn core_role(&self, core: CoreRole) -> &'static str {
        match core {
            CoreRole::CircleLead => "Circle Lead",
            CoreRole::Facilitator => "Facilitator",
            CoreRole::Secretary => "Secretary",
            CoreRole::RepLink => "Rep Link",
        }
    }

    fn record_title(&self, circle: &str) -> String {
        format!("Governance of {circle}")
    }

    fn record_intro(
        &self,
        as_of: Option<chrono::NaiveDate>,
        sessions: usize,
        imports: usize,
    ) -> String {
        let when = match as_of {
            Some(day) => format!(
                "as it stood on {}",
                crate::text::MinutesWords::date(self, day)
            ),
            None => "as it stands".to_owned(),
        };
        let sessions = match sessions {
            1 => "1 session".to_owned(),
            n => format!("{n} sessions"),
        };
        let imports = match imports {
            0 => String::new(),
            1 => " and 1 import".to_owned(),
            n => format!(" and {n} imports"),
        };
        format!(
            "The circle's governance record {when}, derived by spanning from the {sessions}{imports} of its folder. Do not edit this file: run `spanning record` again."
        )
    }

    fn nothing_as_of(
        &self,
        circle: &str,
        day: chrono::NaiveDate,
        first: chrono::NaiveDate,
    ) -> String {
        format!(
            "Nothing was recorded for {circle} on or before {}: the first entry is of {}. Give a later `--as-of` date, or leave it out for the record as it stands.",
            crate::text::MinutesWords::date(self, day),
            crate::text::MinutesWords::date(self, first)
        )
    }

    fn no_record(&self, circle: &str) -> String {
        format!(
            "Nothing is recorded for {circle} yet: import its roles with `spanning import FILE`, or adopt a proposal with parts in a governance meeting."
        )
    }

    fn filler(&self, filler: &Filler) -> String {
        let mut said = Vec::new();
        if let Some(focus) = &filler.focus {
            said.push(format!("focus: {focus}"));
        }
        if let Some(since) = filler.since {
            said.push(format!(
                "since {}",
                crate::text::MinutesWords::date(self, since)
            ));
        }
        if let Some(end) = filler.term_end {
            said.push(format!(
                "term ends {}",
                crate::text::MinutesWords::date(self, end)
            ));
        }
        if said.is_empty() {
            filler.person.clone()
        } else {
            format!("{} ({})", filler.person, said.join("; "))
        }
    }

    fn source(&self, source: &Source) -> String {
        let day = crate::text::MinutesWords::date(self, source.at.date_naive());
        if source.imported {
            return format!("imported from {} on {day}", source.title);
        }
        let mut line = format!("{day}, \"{}\" ({})", source.title, source.session);
        if let (Some(n), Some(label)) = (source.number.or(source.item), &source.label) {
            line.push_str(&format!(", item {n} \"{label}\""));
        }
        if let Some(v) = source.version {
            line.push_str(&format!(", v{v}"));
        }
        if let Some(p) = &source.proposer {
            line.push_str(&format!(", proposed by {p}"));
        }
        if let Some(t) = &source.tension {
            line.push_str(&format!("; tension: {t}"));
        }
        line
    }

    fn integrated(&self, objection: &Integrated) -> String {
        format!(
            "objection of {} integrated in v{}: {}",
            objection.by, objection.version, objection.text
        )
    }

    fn policy_scope(&self, role: &str, domain: &str) -> String {
        format!("On the domain \"{domain}\" of role {role}")
    }

    fn agreement_review(&self, agreement: &Agreement) -> Option<String> {
        match (agreement.review_date, &agreement.criteria) {
            (Some(day), Some(c)) => Some(format!(
                "Review on {}; evaluated by: {c}",
                crate::text::MinutesWords::date(self, day)
            )),
            (Some(day), None) => Some(format!(
                "Review on {}",
                crate::text::MinutesWords::date(self, day)
            )),
            (None, Some(c)) => Some(format!("Evaluated by: {c}")),
            (None, None) => None,
        }
    }

    fn conflict(&self, conflict: &Conflict) -> String {
        let part = self.part(&conflict.part);
        let later = self.source(&conflict.source);
        match &conflict.kind {
            ConflictKind::SameBase { base, earlier } => format!(
                "{}: \"{part}\" ({later}) was built on version {base}, but another meeting ({}) changed it meanwhile without either seeing the other. Both are kept and the later one applies; a governance meeting should settle it.",
                conflict.circle,
                self.source(earlier)
            ),
            ConflictKind::NotApplied { problem } => format!(
                "{}: \"{part}\" ({later}) was not applied: {}",
                conflict.circle,
                self.part_problem(problem)
            ),
        }
    }

    fn part_problem(&self, problem: &PartProblem) -> String {
        match problem {
            PartProblem::NoSuchRole { name, circle } => format!(
                "{circle} has no role \"{name}\": pick one of its roles, or create it first."
            ),
            PartProblem::NoSuchPolicy { title, circle } => format!(
                "{circle} has no policy \"{title}\": pick one of its policies, or create it first."
            ),
            PartProblem::RoleNameTaken { name } => format!(
                "The circle already has a role \"{name}\": choose another name, or amend that role."
            ),
            PartProblem::PolicyTitleTaken { title } => format!(
                "The circle already has a policy \"{title}\": choose another title, or change that policy."
            ),
            PartProblem::CoreRole { name } => format!(
                "{name} is a core role: it cannot be removed, renamed, moved or expanded (its accountabilities can be added to)."
            ),
            PartProblem::DomainNotHeld { domain, role } => format!(
                "Nobody holds the domain \"{domain}\" as {role}: add the domain to the role first, or make the policy the circle's."
            ),
            PartProblem::NoSuchEntry { role, list, text } => format!(
                "Role {role} has no {} \"{text}\": pick one it has.",
                self.role_list(*list)
            ),
            PartProblem::EntryExists { role, list, text } => format!(
                "Role {role} already has the {} \"{text}\".",
                self.role_list(*list)
            ),
            PartProblem::NotASubCircle { circle } => format!(
                "\"{circle}\" is neither this circle nor one of its sub-circles: expand a role into a sub-circle first."
            ),
            PartProblem::AlreadySubCircle { name } => {
                format!("{name} is already a sub-circle.")
            }
            PartProblem::NotSubCircle { name } => {
                format!("{name} is not a sub-circle, so there is nothing to collapse.")
            }
            PartProblem::IntoItself { name } => format!(
                "{name} cannot be moved into itself: pick this circle or another sub-circle."
            ),
            PartProblem::CircleNotEmpty {
                name,
                roles,
                policies,
            } => {
                let mut held = Vec::new();
                if !roles.is_empty() {
                    let r = if roles.len() == 1 { "role" } else { "roles" };
                    held.push(format!("{r} {}", roles.join(", ")));
                }
                if !policies.is_empty() {
                    let p = if policies.len() == 1 {
                        "policy"
                    } else {
                        "policies"
                    };
                    held.push(format!("{p} {}", policies.join(", ")));
                }
                format!(
                    "Sub-circle {name} still has {}: move them out or remove them first, so collapsing loses nothing.",
                    held.join(" and ")
                )
            }
        }
    }

    fn history_title(&self, name: &str, policy: bool, circle: &str) -> String {
        if policy {
            format!("History of policy {name} ({circle})")
        } else {
            format!("History of role {name} ({circle})")
        }
    }

    fn unknown_subject(&self, given: &str, known: &str) -> String {
        if known.is_empty() {
            format!("no role or policy '{given}': the record is empty (see `spanning import`)")
        } else {
            format!("no role or policy '{given}' in the record; there are: {known}")
        }
    }

    fn import_problem(&self, path: &str, problem: &ImportProblem) -> String {
        let what = match problem {
            ImportProblem::Unreadable { kind } => match kind {
                std::io::ErrorKind::NotFound => "does not exist".to_owned(),
                std::io::ErrorKind::PermissionDenied => {
                    "cannot be read: permission denied".to_owned()
                }
                std::io::ErrorKind::InvalidInput => {
                    "is not a regular file (a folder, pipe or device)".to_owned()
                }
                other => format!("cannot be read ({other})"),
            },
            ImportProblem::TooLarge { limit } => format!("is larger than {limit} bytes"),
            ImportProblem::Syntax { line, column } => format!(
                "line {line}, column {column}: this is not valid TOML (check quotes, brackets and `=`)"
            ),
            ImportProblem::Missing { line, key } => {
                format!("line {line}: `{key}` is missing here; add it")
            }
            ImportProblem::Unknown { line, key } => format!(
                "line {line}: `{key}` is not a key spanning knows (see README, \"Importing a circle's governance\")"
            ),
            ImportProblem::WrongType { line } => format!(
                "line {line}: a value of the wrong kind (text in quotes, lists in [ ], dates as 2025-06-30)"
            ),
            ImportProblem::Empty { line, key } => format!("line {line}: `{key}` is empty"),
            ImportProblem::BadDate { line } => {
                format!("line {line}: a date is written as 2025-06-30, without a time")
            }
            ImportProblem::DuplicateRole { line, name } => format!(
                "line {line}: the circle already has a role \"{name}\" in this file"
            ),
            ImportProblem::DuplicatePolicy { line, title } => format!(
                "line {line}: the circle already has a policy \"{title}\" in this file"
            ),
            ImportProblem::DomainNotHeld { line, domain, role } => format!(
                "line {line}: no role \"{role}\" with the domain \"{domain}\" in this circle"
            ),
            ImportProblem::NoCircle => "roles are given without a circle: add `circle = \"Name\"` at the top, or pass --circle".to_owned(),
            ImportProblem::Nothing => "holds no circle, role or policy to import".to_owned(),
            ImportProblem::NotJson { line, column } => format!(
                "line {line}, column {column}: this is not valid JSON (check that the export was saved whole)"
            ),
            ImportProblem::UnknownExport => "is JSON, but not an export spanning reads: a GlassFrog export has `roles` or `circles` at the top, a Holaspirit export `data` (see README, \"Importing a circle's governance\")".to_owned(),
            ImportProblem::JsonShape { at, expected } => format!(
                "{}: expected {} here",
                json_at(at),
                match expected {
                    JsonKind::Object => "an object { }",
                    JsonKind::List => "a list [ ]",
                    JsonKind::Text => "a text in quotes",
                    JsonKind::Id => "an id (a number or a text)",
                }
            ),
            ImportProblem::JsonMissing { at, key } => {
                format!("{}: `{key}` is missing here; add it", json_at(at))
            }
            ImportProblem::JsonEmpty { at } => format!("{}: this is empty; fill it in", json_at(at)),
            ImportProblem::JsonUnknownRef { at, kind, id } => format!(
                "{}: no {} with id {id} in this file; export it along (in `linked` or at the top) or correct the id",
                json_at(at),
                match kind {
                    RefKind::Circle => "circle",
                    RefKind::Role => "role",
                    RefKind::Person => "person",
                    RefKind::Accountability => "accountability",
                    RefKind::Domain => "domain",
                    RefKind::Policy => "policy",
                }
            ),
            ImportProblem::JsonDuplicateRole { at, name, circle } => format!(
                "{}: the circle \"{circle}\" already has a role \"{name}\" in this file; rename one of them",
                json_at(at)
            ),
            ImportProblem::JsonDuplicatePolicy { at, title, circle } => format!(
                "{}: the circle \"{circle}\" already has a policy \"{title}\" in this file; rename one of them",
                json_at(at)
            ),
            ImportProblem::JsonDomainNotHeld { at, domain, role } => format!(
                "{}: no role \"{role}\" with the domain \"{domain}\" in this circle",
                json_at(at)
            ),
            ImportProblem::JsonBadDate { at } => {
                format!("{}: not a date; write it as 2025-06-30", json_at(at))
            }
            ImportProblem::JsonNoCircle { at } => format!(
                "{}: this names no circle; add its circle to the file, or pass --circle",
                json_at(at)
            ),
        };
        format!("{path}: {what}. Nothing was imported.")
    }

    fn imported_from(&self, export: Export) -> String {
        match export {
            Export::GlassFrog => "Read as a GlassFrog export.",
            Export::Holaspirit => "Read as a Holaspirit export.",
        }
        .to_owned()
    }

    fn imported(&self, path: &str, circles: usize, roles: usize, policies: usize) -> String {
        format!(
            "Imported {roles} role(s) and {policies} polic{} in {circles} circle(s). Recorded in {path}",
            if policies == 1 { "y" } else { "ies" }
        )
    }

    fn bad_as_of(&self, given: &str) -> String {
        format!("'{given}' is not a date: write it as 2025-06-30")
    }

    fn check_conflicts(&self, count: usize) -> String {
        match count {
            0 => "The governance record has no conflicts.".to_owned(),
            1 => "The governance record has 1 conflict between sessions:".to_owned(),
            n => format!("The governance record has {n} conflicts between sessions:"),
        }
    }
    fn check_not_applied(&self, count: usize) -> String {
        match count {
            1 => "1 adopted part did not fit the record and was not applied (no conflict; see `spanning record`):".to_owned(),
            n => format!("{n} adopted parts did not fit the record and were not applied (no conflict; see `spanning record`):"),
        }
    }
}

/// Where in a JSON export: "line 12 (`roles[1].links.circle`)".
fn json_at(at: &JsonAt) -> String {
    format!("line {} (`{}`)", at.line, at.path)
}
