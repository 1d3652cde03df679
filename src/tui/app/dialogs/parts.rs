//! The part dialog: a typed change to the circle's governance record added
//! to the proposal while it is presented, amended or integrated, or an
//! added part changed (from the part list, `*`). Roles, policies, a role's
//! accountabilities and domains, the domains a policy can hold on and the
//! circles a move goes to are picked from the record as it stood at the
//! meeting's start (a letter jumps to the next option starting with it,
//! ignoring case and diacritics), never retyped. The fields shown follow
//! the kind of change chosen, and each picker follows the ones above it
//! (a role's entries follow the role and the list; a changed entry's new
//! wording opens as the entry reads now, to be edited). On Enter the part
//! is checked against that record first: a refusal is said on the status
//! line and the dialog stays open with everything typed.

mod known;

use serde::{Deserialize, Serialize};

pub(crate) use known::{Known, Pinned};
use known::{key, same, same_scope};

use super::super::App;
use super::super::form::DialogSpec;
use crate::meeting::{
    Command, DomainScope, Part, PartKind, PolicyScope, Refusal, RoleList, Target,
};
use crate::record::governance::check_part;
use crate::text::Lang;
use crate::text::tui::{Dialog, Label};
use crate::tui::fields::{ChoiceField, FieldMut, FieldRef, TextField};

/// The kinds of part the dialog offers, in the order listed: every kind
/// but an election's result, which only an election gives.
pub(crate) const KINDS: [PartKind; 14] = [
    PartKind::CreateRole,
    PartKind::RenameRole,
    PartKind::ChangePurpose,
    PartKind::RemoveRole,
    PartKind::MoveRole,
    PartKind::ExpandRole,
    PartKind::CollapseCircle,
    PartKind::AddEntry,
    PartKind::ChangeEntry,
    PartKind::RemoveEntry,
    PartKind::CreatePolicy,
    PartKind::ChangePolicy,
    PartKind::RemovePolicy,
    PartKind::MovePolicy,
];

/// Which field of the dialog; the kinds lay them out ([`PartDialog::layout`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum F {
    Kind,
    Role,
    List,
    Entry,
    Policy,
    MoveRole,
    MovePolicy,
    To,
    Scope,
    Name,
    Text,
    NewText,
    Entries,
    Domains,
}

/// A role or policy to move, with the circle it is in now.
pub(crate) type Moving = (Target, String);

/// A part of the proposal, being filled in (or changed).
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct PartDialog {
    /// Which kind of change: an index into [`KINDS`] (kept in drafts).
    pub kind: ChoiceField<usize>,
    /// The role it changes.
    pub role: ChoiceField<Target>,
    /// Accountability or domain.
    pub list: ChoiceField<RoleList>,
    /// The accountability or domain as it is: the picked role's entries.
    pub entry: ChoiceField<String>,
    /// The policy it changes.
    pub policy: ChoiceField<Target>,
    /// The role a move takes: this circle's and its sub-circles'.
    pub move_role: ChoiceField<Moving>,
    /// The policy a move takes: this circle's and its sub-circles'.
    pub move_policy: ChoiceField<Moving>,
    /// The circle a move goes to.
    pub to: ChoiceField<String>,
    /// What a new policy holds on: the circle, or a role's domain.
    pub scope: ChoiceField<Option<DomainScope>>,
    /// A role's (new) name or a policy's (new) title.
    pub name: TextField,
    /// A purpose, an added entry, or a policy's text.
    pub text: TextField,
    /// A changed entry's new wording (opens as the entry reads now).
    pub new_text: TextField,
    /// A new role's accountabilities, one per line.
    pub entries: TextField,
    /// A new role's domains, one per line.
    pub domains: TextField,
    /// The record the pickers offer.
    pub known: Known,
    /// The entry the new wording was last filled from, so it follows a
    /// new pick but keeps what was typed while the pick stays.
    pub worded_from: Option<String>,
    /// The policy whose scope the scope picker was last set to, so a
    /// changed policy's picker opens on what it holds on now.
    pub scoped_for: Option<Target>,
    /// The part changed, by number, when opened from the part list.
    pub editing: Option<u32>,
    /// What that part names beyond what the record offers.
    #[serde(default)]
    pub pinned: Pinned,
    /// The meeting's language, which the pickers' options are worded in.
    pub lang: Lang,
}

impl PartDialog {
    /// An empty part dialog over `known` (the record at the meeting's
    /// start), its kinds named in the meeting's language.
    pub(crate) fn new(app: &App, known: Known) -> PartDialog {
        let words = app.words;
        let mut dialog = PartDialog {
            kind: ChoiceField::new(
                Label::PartKind,
                KINDS
                    .iter()
                    .enumerate()
                    .map(|(i, &k)| (words.part_kind(k).to_owned(), i)),
            ),
            role: ChoiceField::new(Label::PartRole, []),
            list: ChoiceField::new(
                Label::PartList,
                [RoleList::Accountability, RoleList::Domain]
                    .into_iter()
                    .map(|l| (words.role_list(l).to_owned(), l)),
            ),
            entry: ChoiceField::new(Label::PartEntry, []),
            policy: ChoiceField::new(
                Label::PartPolicy,
                known
                    .here
                    .policies
                    .iter()
                    .map(|p| (p.target.name.clone(), p.target.clone())),
            ),
            move_role: ChoiceField::new(Label::PartRole, []),
            move_policy: ChoiceField::new(Label::PartPolicy, []),
            to: ChoiceField::new(Label::PartTo, []),
            scope: ChoiceField::new(Label::PartScope, []),
            name: TextField::new(Label::PartName, ""),
            text: TextField::new(Label::PartText, ""),
            new_text: TextField::new(Label::PartNewText, ""),
            entries: TextField::new(Label::PartEntries, ""),
            domains: TextField::new(Label::PartDomains, ""),
            known,
            worded_from: None,
            scoped_for: None,
            editing: None,
            pinned: Pinned::default(),
            lang: app.session.setup().lang,
        };
        dialog.fill_moves();
        dialog.refresh();
        dialog
    }

    /// The dialog changing part `number`, opened with what it says.
    pub(crate) fn editing(app: &App, known: Known, number: u32, part: &Part) -> PartDialog {
        let mut d = PartDialog::new(app, known);
        d.editing = Some(number);
        if let Some(i) = KINDS.iter().position(|k| *k == part.kind()) {
            d.kind.selected = i;
        }
        d.refresh();
        let text = |label: Label, text: &str| TextField::new(label, text);
        match part {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => {
                d.name = text(Label::PartName, name);
                d.text = text(Label::PartText, purpose.as_deref().unwrap_or_default());
                d.entries = text(Label::PartEntries, &accountabilities.join("\n"));
                d.domains = text(Label::PartDomains, &domains.join("\n"));
            }
            Part::RenameRole { role, name } => {
                d.pick_role(role);
                d.name = text(Label::PartName, name);
            }
            Part::ChangePurpose { role, purpose } => {
                d.pick_role(role);
                d.text = text(Label::PartText, purpose);
            }
            Part::RemoveRole { role }
            | Part::ExpandRole { role }
            | Part::CollapseCircle { role } => d.pick_role(role),
            Part::MoveRole { role, from, to } => {
                let shown = d.shown_in(&role.name, from);
                pick_or_add(
                    &mut d.move_role,
                    (role.clone(), from.clone()),
                    shown,
                    |(t, f)| same(t, role) && key(f) == key(from),
                );
                d.pick_to(to);
            }
            Part::AddEntry {
                role,
                list,
                text: t,
            } => {
                d.pick_role(role);
                d.list = d.list.clone().with(Some(*list));
                d.refresh();
                d.text = text(Label::PartText, t);
            }
            Part::ChangeEntry {
                role,
                list,
                from,
                to,
            } => {
                d.pick_role(role);
                d.list = d.list.clone().with(Some(*list));
                d.pick_entry(from);
                d.new_text = text(Label::PartNewText, to);
            }
            Part::RemoveEntry {
                role,
                list,
                text: t,
            } => {
                d.pick_role(role);
                d.list = d.list.clone().with(Some(*list));
                d.pick_entry(t);
            }
            Part::CreatePolicy {
                title,
                text: t,
                domain,
            } => {
                d.name = text(Label::PartName, title);
                d.text = text(Label::PartText, t);
                d.pick_scope(domain.clone());
            }
            Part::ChangePolicy {
                policy,
                title,
                text: t,
                scope,
            } => {
                d.pick_policy(policy);
                d.refresh();
                d.name = text(Label::PartName, title);
                d.text = text(Label::PartText, t);
                let on = match scope {
                    None => d.current_scope(),
                    Some(PolicyScope::Circle) => None,
                    Some(PolicyScope::Domain(on)) => Some(on.clone()),
                };
                d.pick_scope(on);
            }
            Part::RemovePolicy { policy } => d.pick_policy(policy),
            Part::MovePolicy { policy, from, to } => {
                let shown = d.shown_in(&policy.name, from);
                pick_or_add(
                    &mut d.move_policy,
                    (policy.clone(), from.clone()),
                    shown,
                    |(t, f)| same(t, policy) && key(f) == key(from),
                );
                d.pick_to(to);
            }
            Part::AssignRole { .. } => {}
        }
        d.refresh();
        d
    }

    fn pick_role(&mut self, role: &Target) {
        self.pinned.role = Some(role.clone());
        self.refresh();
        pick(&mut self.role, |t| same(t, role));
        self.refresh();
    }

    fn pick_entry(&mut self, entry: &str) {
        self.pinned.entry = Some(entry.to_owned());
        self.refresh();
        pick(&mut self.entry, |e| key(e) == key(entry));
        self.refresh();
    }

    fn pick_to(&mut self, to: &str) {
        self.pinned.to = Some(to.to_owned());
        self.refresh();
        pick(&mut self.to, |c| key(c) == key(to));
    }

    fn pick_scope(&mut self, scope: Option<DomainScope>) {
        self.pinned.scope.clone_from(&scope);
        self.refresh();
        pick(&mut self.scope, |s| same_scope(s, &scope));
    }

    fn pick_policy(&mut self, policy: &Target) {
        let shown = policy.name.clone();
        pick_or_add(&mut self.policy, policy.clone(), shown, |p| same(p, policy));
    }

    /// A role's or policy's name in a move's picker: as it is in this
    /// circle, with its circle in a sub-circle.
    fn shown_in(&self, name: &str, circle: &str) -> String {
        if key(circle) == key(&self.known.here.name) {
            name.to_owned()
        } else {
            self.lang.words().part_in_circle(name, circle)
        }
    }

    fn chosen(&self) -> PartKind {
        self.kind
            .value()
            .and_then(|i| KINDS.get(i).copied())
            .unwrap_or(PartKind::CreateRole)
    }

    /// The fields shown for the chosen kind, top to bottom.
    fn layout(&self) -> Vec<F> {
        let mut v = vec![F::Kind];
        v.extend_from_slice(match self.chosen() {
            PartKind::CreateRole => &[F::Name, F::Text, F::Entries, F::Domains][..],
            PartKind::RenameRole => &[F::Role, F::Name],
            PartKind::ChangePurpose => &[F::Role, F::Text],
            PartKind::RemoveRole | PartKind::ExpandRole | PartKind::CollapseCircle => &[F::Role],
            PartKind::MoveRole => &[F::MoveRole, F::To],
            PartKind::AddEntry => &[F::Role, F::List, F::Text],
            PartKind::ChangeEntry => &[F::Role, F::List, F::Entry, F::NewText],
            PartKind::RemoveEntry => &[F::Role, F::List, F::Entry],
            PartKind::CreatePolicy => &[F::Name, F::Text, F::Scope],
            PartKind::ChangePolicy => &[F::Policy, F::Name, F::Text, F::Scope],
            PartKind::RemovePolicy => &[F::Policy],
            PartKind::MovePolicy => &[F::MovePolicy, F::To],
            PartKind::AssignRole => &[],
        });
        v
    }

    /// The roles and policies a move can take: this circle's first, then
    /// each sub-circle's (core roles never move).
    fn fill_moves(&mut self) {
        let words = self.lang.words();
        let here = &self.known.here.name;
        let shown = |name: &str, circle: &str| {
            if key(circle) == key(here) {
                name.to_owned()
            } else {
                words.part_in_circle(name, circle)
            }
        };
        let mut roles = Vec::new();
        let mut policies = Vec::new();
        for c in self.known.circles() {
            for r in c.roles.iter().filter(|r| !r.core) {
                roles.push((
                    shown(&r.target.name, &c.name),
                    (r.target.clone(), c.name.clone()),
                ));
            }
            for p in &c.policies {
                policies.push((
                    shown(&p.target.name, &c.name),
                    (p.target.clone(), c.name.clone()),
                ));
            }
        }
        self.move_role = ChoiceField::new(Label::PartRole, roles);
        self.move_policy = ChoiceField::new(Label::PartPolicy, policies);
    }

    /// Makes every picker follow the ones above it: the roles the kind
    /// can change, the picked role's entries in the picked list (and the
    /// new wording, when the entry picked changed), the circles a move
    /// can go to, the domains a new policy can hold on. What was picked
    /// stays picked wherever it is still offered.
    fn refresh(&mut self) {
        let kind = self.chosen();
        let roles = self.known.here.roles.iter().filter(|r| match kind {
            PartKind::ExpandRole => !r.core && !r.sub_circle,
            PartKind::CollapseCircle => r.sub_circle,
            _ => true,
        });
        let label = match kind {
            PartKind::CollapseCircle => Label::PartSubCircle,
            _ => Label::PartRole,
        };
        // Core roles go by their name in the meeting's language.
        let words = self.lang.words();
        let mut role = ChoiceField::new(
            label,
            roles.map(|r| (words.role_target(&r.target), r.target.clone())),
        );
        if let Some(pinned) = &self.pinned.role {
            add_missing(&mut role, pinned.clone(), words.role_target(pinned), |t| {
                same(t, pinned)
            });
        }
        self.role = keep(role, &self.role);

        let list = self.list.value().unwrap_or(RoleList::Accountability);
        let entries = self
            .role
            .value()
            .and_then(|t| self.known.role(&t))
            .map(|r| r.list(list).to_vec())
            .unwrap_or_default();
        let mut entry = ChoiceField::new(
            Label::PartEntry,
            entries.into_iter().map(|e| (e.clone(), e)),
        );
        // The part's own entry belongs to the part's own role only.
        let on_pinned_role = match (&self.pinned.role, self.role.value()) {
            (Some(pinned), Some(role)) => same(pinned, &role),
            _ => true,
        };
        if let Some(pinned) = self.pinned.entry.as_ref().filter(|_| on_pinned_role) {
            add_missing(&mut entry, pinned.clone(), pinned.clone(), |e| {
                key(e) == key(pinned)
            });
        }
        self.entry = keep(entry, &self.entry);
        let now = self.entry.value();
        if kind == PartKind::ChangeEntry && now != self.worded_from {
            self.new_text = TextField::new(Label::PartNewText, now.as_deref().unwrap_or_default());
            self.worded_from = now;
        }

        let moving = match kind {
            PartKind::MovePolicy => self.move_policy.value(),
            _ => self.move_role.value(),
        };
        let to = match &moving {
            Some((target, from)) => {
                let words = self.lang.words();
                let here = self.known.here.name.clone();
                self.known
                    .circles()
                    .filter(|c| key(&c.name) != key(from))
                    // A sub-circle never moves into itself.
                    .filter(|c| kind != PartKind::MoveRole || key(&c.name) != key(&target.name))
                    .map(|c| {
                        let shown = if key(&c.name) == key(&here) {
                            words.part_this_circle(&c.name)
                        } else {
                            c.name.clone()
                        };
                        (shown, c.name.clone())
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let mut to = ChoiceField::new(Label::PartTo, to);
        if let Some(pinned) = &self.pinned.to {
            add_missing(&mut to, pinned.clone(), pinned.clone(), |c| {
                key(c) == key(pinned)
            });
        }
        self.to = keep(to, &self.to);

        let words = self.lang.words();
        let held = self.known.here.roles.iter().flat_map(|r| {
            r.domains.iter().map(|d| {
                (
                    words.part_on_domain(d, &words.role_target(&r.target)),
                    Some(DomainScope {
                        role: r.target.clone(),
                        domain: d.clone(),
                    }),
                )
            })
        });
        let mut scope = ChoiceField::new(
            Label::PartScope,
            std::iter::once((words.part_circle_wide().to_owned(), None)).chain(held),
        );
        if let Some(pinned) = &self.pinned.scope {
            let shown = words.part_on_domain(&pinned.domain, &words.role_target(&pinned.role));
            let value = Some(pinned.clone());
            add_missing(&mut scope, value.clone(), shown, |s| same_scope(s, &value));
        }
        self.scope = keep(scope, &self.scope);
        let policy = self.policy.value();
        if kind == PartKind::ChangePolicy && policy != self.scoped_for {
            let now = self.current_scope();
            pick(&mut self.scope, |s| same_scope(s, &now));
            // A changed policy opens as it reads now, to edit rather than
            // retype (as a changed entry does).
            if let Some(known) = policy.as_ref().and_then(|picked| {
                self.known
                    .here
                    .policies
                    .iter()
                    .find(|p| same(&p.target, picked))
            }) {
                self.name = TextField::new(Label::PartName, &known.target.name);
                self.text = TextField::new(Label::PartText, &known.text);
            }
            self.scoped_for = policy;
        }
    }

    /// What the picked policy holds on now.
    fn current_scope(&self) -> Option<DomainScope> {
        let picked = self.policy.value()?;
        self.known
            .here
            .policies
            .iter()
            .find(|p| same(&p.target, &picked))
            .and_then(|p| p.domain.clone())
    }

    /// The part as filled in; `Err` says what there is nothing to pick
    /// from (the record has no role, entry or sub-circle for it).
    pub(crate) fn part(&self) -> Result<Part, String> {
        let words = self.lang.words();
        let lines = |f: &TextField| -> Vec<String> {
            f.text()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let nothing = || words.part_nothing_to_pick();
        let role = || self.role.value().ok_or_else(nothing);
        let list = self.list.value().unwrap_or(RoleList::Accountability);
        let entry = |role: &Target| {
            self.entry
                .value()
                .ok_or_else(|| words.part_no_entries(&role.name, words.role_list(list)))
        };
        let moving = |field: &ChoiceField<Moving>| {
            let (target, from) = field.value().ok_or_else(nothing)?;
            let to = self.to.value().ok_or_else(|| words.part_no_sub_circles())?;
            Ok::<_, String>((target, from, to))
        };
        Ok(match self.chosen() {
            PartKind::CreateRole => Part::CreateRole {
                name: self.name.text(),
                purpose: self.text.optional(),
                accountabilities: lines(&self.entries),
                domains: lines(&self.domains),
            },
            PartKind::RenameRole => Part::RenameRole {
                role: role()?,
                name: self.name.text(),
            },
            PartKind::ChangePurpose => Part::ChangePurpose {
                role: role()?,
                purpose: self.text.text(),
            },
            PartKind::RemoveRole => Part::RemoveRole { role: role()? },
            PartKind::ExpandRole => Part::ExpandRole { role: role()? },
            PartKind::CollapseCircle => Part::CollapseCircle {
                role: self
                    .role
                    .value()
                    .ok_or_else(|| words.part_no_sub_circles())?,
            },
            PartKind::MoveRole => {
                let (role, from, to) = moving(&self.move_role)?;
                Part::MoveRole { role, from, to }
            }
            PartKind::AddEntry => Part::AddEntry {
                role: role()?,
                list,
                text: self.text.text(),
            },
            PartKind::ChangeEntry => {
                let role = role()?;
                Part::ChangeEntry {
                    from: entry(&role)?,
                    role,
                    list,
                    to: self.new_text.text(),
                }
            }
            PartKind::RemoveEntry => {
                let role = role()?;
                Part::RemoveEntry {
                    text: entry(&role)?,
                    role,
                    list,
                }
            }
            PartKind::CreatePolicy => Part::CreatePolicy {
                title: self.name.text(),
                text: self.text.text(),
                domain: self.scope.value().flatten(),
            },
            PartKind::ChangePolicy => {
                let policy = self.policy.value().ok_or_else(nothing)?;
                // An empty title keeps the policy's title.
                let title = self.name.optional().unwrap_or_else(|| policy.name.clone());
                // What it holds on changes only when another is picked.
                let chosen = self.scope.value().flatten();
                let unchanged = same_scope(&chosen, &self.current_scope());
                let scope = if unchanged {
                    None
                } else {
                    Some(chosen.map_or(PolicyScope::Circle, PolicyScope::Domain))
                };
                Part::ChangePolicy {
                    policy,
                    title,
                    text: self.text.text(),
                    scope,
                }
            }
            PartKind::RemovePolicy => Part::RemovePolicy {
                policy: self.policy.value().ok_or_else(nothing)?,
            },
            PartKind::MovePolicy => {
                let (policy, from, to) = moving(&self.move_policy)?;
                Part::MovePolicy { policy, from, to }
            }
            // Not offered (see KINDS).
            PartKind::AssignRole => return Err(nothing()),
        })
    }
}

/// Adds `value` (shown as `shown`) to the options unless one `fits`.
fn add_missing<T>(field: &mut ChoiceField<T>, value: T, shown: String, fits: impl Fn(&T) -> bool) {
    if !field.values.iter().any(fits) {
        field.options.push(shown);
        field.values.push(value);
    }
}

/// Picks the option that `fits`, added first if there is none.
fn pick_or_add<T>(field: &mut ChoiceField<T>, value: T, shown: String, fits: impl Fn(&T) -> bool) {
    add_missing(field, value, shown, &fits);
    pick(field, fits);
}

/// Picks the first option whose value `fits`, if any.
fn pick<T>(field: &mut ChoiceField<T>, fits: impl Fn(&T) -> bool) {
    if let Some(i) = field.values.iter().position(fits) {
        field.selected = i;
    }
}

/// `new` with what `old` had picked still picked, if it is offered.
fn keep<T: Clone + PartialEq>(new: ChoiceField<T>, old: &ChoiceField<T>) -> ChoiceField<T> {
    new.with(old.value())
}

impl DialogSpec for PartDialog {
    fn title(&self) -> Dialog {
        if self.editing.is_some() {
            Dialog::EditPart
        } else {
            Dialog::Part
        }
    }

    fn fields(&self) -> Vec<FieldRef<'_>> {
        let all: [FieldRef<'_>; 14] = [
            (&self.kind).into(),
            (&self.role).into(),
            (&self.list).into(),
            (&self.entry).into(),
            (&self.policy).into(),
            (&self.move_role).into(),
            (&self.move_policy).into(),
            (&self.to).into(),
            (&self.scope).into(),
            (&self.name).into(),
            (&self.text).into(),
            (&self.new_text).into(),
            (&self.entries).into(),
            (&self.domains).into(),
        ];
        let mut all = all.map(Some);
        self.layout()
            .into_iter()
            .filter_map(|f| all[f as usize].take())
            .collect()
    }

    fn fields_mut(&mut self) -> Vec<FieldMut<'_>> {
        let layout = self.layout();
        let all: [FieldMut<'_>; 14] = [
            (&mut self.kind).into(),
            (&mut self.role).into(),
            (&mut self.list).into(),
            (&mut self.entry).into(),
            (&mut self.policy).into(),
            (&mut self.move_role).into(),
            (&mut self.move_policy).into(),
            (&mut self.to).into(),
            (&mut self.scope).into(),
            (&mut self.name).into(),
            (&mut self.text).into(),
            (&mut self.new_text).into(),
            (&mut self.entries).into(),
            (&mut self.domains).into(),
        ];
        let mut all = all.map(Some);
        layout
            .into_iter()
            .filter_map(|f| all[f as usize].take())
            .collect()
    }

    fn changed(&mut self, _field: usize) {
        self.refresh();
    }

    /// A part's empty or over-long text names it as the engine knows it (a
    /// role's name, a purpose, an accountability): the focus goes to the
    /// field this kind of part types it in, so the fix is typed there and
    /// not on the end of another text.
    fn focus_for(&self, refusal: &Refusal) -> Option<usize> {
        use crate::meeting::{PartField as P, PartRefusal};
        let Refusal::Part(PartRefusal::Empty { field } | PartRefusal::TooLong { field, .. }) =
            refusal
        else {
            return None;
        };
        let candidates: &[F] = match field {
            P::RoleName | P::PolicyTitle => &[F::Name],
            P::Purpose | P::PolicyText => &[F::Text],
            P::Accountability => &[F::NewText, F::Entries, F::Text],
            P::Domain => &[F::NewText, F::Domains, F::Text],
            P::Circle | P::Person => &[],
        };
        let layout = self.layout();
        candidates
            .iter()
            .find_map(|c| layout.iter().position(|f| f == c))
    }

    fn command(&self, app: &App) -> Result<Command, Option<String>> {
        let words = app.words;
        let part = self.part().map_err(Some)?;
        // Checked against the record as it stood at the meeting's start:
        // a refusal keeps the dialog open with what was typed.
        if let Some(record) = app.governance.as_ref().and_then(|g| g.at_start()) {
            check_part(record, &app.session.setup().circle, &part)
                .map_err(|problem| Some(words.part_problem(&problem)))?;
        }
        Ok(match self.editing {
            Some(number) => Command::ChangePart { number, part },
            None => Command::AddPart { part },
        })
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
