//! The part dialog: a typed change to the circle's governance record added
//! to the proposal while it is presented, amended or integrated. Roles and
//! policies are picked from the record as it stood at the meeting's start
//! (a letter jumps to the next name starting with it, ignoring case and
//! diacritics), never retyped. The fields shown follow the kind of change
//! chosen. On Enter the part is checked against that record first: a
//! refusal is said on the status line and the dialog stays open with
//! everything typed.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::DialogSpec;
use crate::meeting::{Command, Part, PartKind, RoleList, Target};
use crate::record::governance::{Circle, check_part};
use crate::text::tui::{Dialog, Label};
use crate::tui::fields::{ChoiceField, FieldMut, FieldRef, TextField};

/// The kinds of part the dialog offers, in the order listed.
pub(crate) const KINDS: [PartKind; 10] = [
    PartKind::CreateRole,
    PartKind::RenameRole,
    PartKind::ChangePurpose,
    PartKind::RemoveRole,
    PartKind::AddEntry,
    PartKind::ChangeEntry,
    PartKind::RemoveEntry,
    PartKind::CreatePolicy,
    PartKind::ChangePolicy,
    PartKind::RemovePolicy,
];

/// A part of the proposal, being filled in.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct PartDialog {
    /// Which kind of change: an index into [`KINDS`] (kept in drafts).
    pub kind: ChoiceField<usize>,
    /// The role it changes.
    pub role: ChoiceField<Target>,
    /// Accountability or domain.
    pub list: ChoiceField<RoleList>,
    /// The policy it changes.
    pub policy: ChoiceField<Target>,
    /// A role's (new) name or a policy's (new) title.
    pub name: TextField,
    /// A purpose, an entry (as it is), or a policy's text.
    pub text: TextField,
    /// A changed entry's new wording.
    pub new_text: TextField,
    /// A new role's accountabilities, one per line.
    pub entries: TextField,
    /// A new role's domains, one per line.
    pub domains: TextField,
}

impl PartDialog {
    /// An empty part dialog over `circle` (the record at the meeting's
    /// start), its kinds named in the meeting's language.
    pub(crate) fn new(app: &App, circle: &Circle) -> PartDialog {
        let words = app.words;
        PartDialog {
            kind: ChoiceField::new(
                Label::PartKind,
                KINDS
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| (words.part_kind(k).to_owned(), i)),
            ),
            role: ChoiceField::new(
                Label::PartRole,
                circle.roles.iter().map(|r| (r.name.clone(), r.target())),
            ),
            list: ChoiceField::new(
                Label::PartList,
                [RoleList::Accountability, RoleList::Domain]
                    .into_iter()
                    .map(|l| (words.role_list(l).to_owned(), l)),
            ),
            policy: ChoiceField::new(
                Label::PartPolicy,
                circle
                    .policies
                    .iter()
                    .map(|p| (p.title.clone(), p.target())),
            ),
            name: TextField::new(Label::PartName, ""),
            text: TextField::new(Label::PartText, ""),
            new_text: TextField::new(Label::PartNewText, ""),
            entries: TextField::new(Label::PartEntries, ""),
            domains: TextField::new(Label::PartDomains, ""),
        }
    }

    fn chosen(&self) -> PartKind {
        self.kind
            .value()
            .and_then(|i| KINDS.get(i).copied())
            .unwrap_or(PartKind::CreateRole)
    }

    /// The part as filled in; `None` when it needs a role or policy and
    /// the record has none to pick.
    pub(crate) fn part(&self) -> Option<Part> {
        let lines = |f: &TextField| -> Vec<String> {
            f.text()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let list = self.list.value().unwrap_or(RoleList::Accountability);
        Some(match self.chosen() {
            PartKind::CreateRole => Part::CreateRole {
                name: self.name.text(),
                purpose: self.text.optional(),
                accountabilities: lines(&self.entries),
                domains: lines(&self.domains),
            },
            PartKind::RenameRole => Part::RenameRole {
                role: self.role.value()?,
                name: self.name.text(),
            },
            PartKind::ChangePurpose => Part::ChangePurpose {
                role: self.role.value()?,
                purpose: self.text.text(),
            },
            PartKind::RemoveRole => Part::RemoveRole {
                role: self.role.value()?,
            },
            PartKind::AddEntry => Part::AddEntry {
                role: self.role.value()?,
                list,
                text: self.text.text(),
            },
            PartKind::ChangeEntry => Part::ChangeEntry {
                role: self.role.value()?,
                list,
                from: self.text.text(),
                to: self.new_text.text(),
            },
            PartKind::RemoveEntry => Part::RemoveEntry {
                role: self.role.value()?,
                list,
                text: self.text.text(),
            },
            PartKind::CreatePolicy => Part::CreatePolicy {
                title: self.name.text(),
                text: self.text.text(),
                domain: None,
            },
            PartKind::ChangePolicy => {
                let policy = self.policy.value()?;
                // An empty title keeps the policy's title.
                let title = self.name.optional().unwrap_or_else(|| policy.name.clone());
                Part::ChangePolicy {
                    policy,
                    title,
                    text: self.text.text(),
                }
            }
            PartKind::RemovePolicy => Part::RemovePolicy {
                policy: self.policy.value()?,
            },
            // Not offered (see KINDS).
            _ => return None,
        })
    }
}

impl DialogSpec for PartDialog {
    fn title(&self) -> Dialog {
        Dialog::Part
    }

    fn fields(&self) -> Vec<FieldRef<'_>> {
        let mut v: Vec<FieldRef<'_>> = vec![(&self.kind).into()];
        match self.chosen() {
            PartKind::CreateRole => {
                v.extend([
                    (&self.name).into(),
                    (&self.text).into(),
                    (&self.entries).into(),
                    (&self.domains).into(),
                ]);
            }
            PartKind::RenameRole => v.extend([(&self.role).into(), (&self.name).into()]),
            PartKind::ChangePurpose => v.extend([(&self.role).into(), (&self.text).into()]),
            PartKind::RemoveRole => v.push((&self.role).into()),
            PartKind::AddEntry | PartKind::RemoveEntry => {
                v.extend([
                    (&self.role).into(),
                    (&self.list).into(),
                    (&self.text).into(),
                ]);
            }
            PartKind::ChangeEntry => v.extend([
                (&self.role).into(),
                (&self.list).into(),
                (&self.text).into(),
                (&self.new_text).into(),
            ]),
            PartKind::CreatePolicy => v.extend([(&self.name).into(), (&self.text).into()]),
            PartKind::ChangePolicy => v.extend([
                (&self.policy).into(),
                (&self.name).into(),
                (&self.text).into(),
            ]),
            PartKind::RemovePolicy => v.push((&self.policy).into()),
            _ => {}
        }
        v
    }

    fn fields_mut(&mut self) -> Vec<FieldMut<'_>> {
        let kind = self.chosen();
        let mut v: Vec<FieldMut<'_>> = vec![(&mut self.kind).into()];
        match kind {
            PartKind::CreateRole => v.extend([
                (&mut self.name).into(),
                (&mut self.text).into(),
                (&mut self.entries).into(),
                (&mut self.domains).into(),
            ]),
            PartKind::RenameRole => v.extend([(&mut self.role).into(), (&mut self.name).into()]),
            PartKind::ChangePurpose => {
                v.extend([(&mut self.role).into(), (&mut self.text).into()]);
            }
            PartKind::RemoveRole => v.push((&mut self.role).into()),
            PartKind::AddEntry | PartKind::RemoveEntry => v.extend([
                (&mut self.role).into(),
                (&mut self.list).into(),
                (&mut self.text).into(),
            ]),
            PartKind::ChangeEntry => v.extend([
                (&mut self.role).into(),
                (&mut self.list).into(),
                (&mut self.text).into(),
                (&mut self.new_text).into(),
            ]),
            PartKind::CreatePolicy => v.extend([(&mut self.name).into(), (&mut self.text).into()]),
            PartKind::ChangePolicy => v.extend([
                (&mut self.policy).into(),
                (&mut self.name).into(),
                (&mut self.text).into(),
            ]),
            PartKind::RemovePolicy => v.push((&mut self.policy).into()),
            _ => {}
        }
        v
    }

    fn command(&self, app: &App) -> Result<Command, Option<String>> {
        let words = app.words;
        let part = self
            .part()
            .ok_or_else(|| Some(words.part_nothing_to_pick()))?;
        // Checked against the record as it stood at the meeting's start:
        // a refusal keeps the dialog open with what was typed.
        if let Some(record) = app.governance.as_ref().and_then(|g| g.at_start()) {
            check_part(record, &app.session.setup().circle, &part)
                .map_err(|problem| Some(words.part_problem(&problem)))?;
        }
        Ok(Command::AddPart { part })
    }

    /// The engine is asked whether parts may be added now (the step, an
    /// election), with the first kind's part as it opens: its empty name
    /// is refused as empty, which counts as allowed.
    fn probe(&self, _: &App) -> Option<Command> {
        Some(Command::AddPart {
            part: Part::CreateRole {
                name: String::new(),
                purpose: None,
                accountabilities: Vec::new(),
                domains: Vec::new(),
            },
        })
    }
}
