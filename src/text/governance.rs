//! Words for the governance record: proposal parts as a member reads
//! them, the engine's part refusals, the record check's problems, the
//! record and its history on the command line, conflicts and imports.

use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, RoleList};
use crate::record::governance::{
    Agreement, Conflict, CoreRole, Filler, ImportProblem, Integrated, PartProblem, Source,
};

/// Everything the governance record says; one implementation per language.
pub trait GovernanceWords {
    /// Why a part command was refused and what to do instead.
    fn part_refusal(&self, refusal: &PartRefusal) -> String;
    /// Name of a text a part asks for ("role name").
    fn part_field(&self, field: PartField) -> &'static str;
    /// A kind of part, as a picker lists it ("Add an accountability or domain").
    fn part_kind(&self, kind: PartKind) -> &'static str;
    /// "accountability" / "domain".
    fn role_list(&self, list: RoleList) -> &'static str;
    /// One part the way a member reads it: "Role Finance: accountability
    /// added: Paying invoices".
    fn part(&self, part: &Part) -> String;
    /// A part event, as the status line and undo name it.
    fn part_event(&self, event: &Event) -> String;
    /// A label or heading of the record.
    fn record_label(&self, label: RecordLabel) -> &'static str;
    /// A core role's name.
    fn core_role(&self, core: CoreRole) -> &'static str;
    /// The name a part's role is shown by: a core role (by its id or its
    /// record name) in this language ("Secretaris"), any other as named.
    fn role_target(&self, role: &crate::meeting::Target) -> String {
        CoreRole::ALL
            .into_iter()
            .find(|c| role.id.as_deref() == Some(c.id()) || role.name == c.name())
            .map_or_else(|| role.name.clone(), |c| self.core_role(c).to_owned())
    }
    /// "Governance of Operations": the record's title.
    fn record_title(&self, circle: &str) -> String;
    /// The line under the title: derived from how many sessions and
    /// imports, as of when, and not to be edited by hand.
    fn record_intro(
        &self,
        as_of: Option<chrono::NaiveDate>,
        sessions: usize,
        imports: usize,
    ) -> String;
    /// Nothing is recorded for the circle yet, and how to start.
    fn no_record(&self, circle: &str) -> String;
    /// A role filler: "Chen (focus: payroll; since 22 November 2026; term ends 22 May 2027)".
    fn filler(&self, filler: &Filler) -> String;
    /// Where a change comes from (governance blame), on one line.
    fn source(&self, source: &Source) -> String;
    /// An objection integrated on the way.
    fn integrated(&self, objection: &Integrated) -> String;
    /// "On the domain "Bank account" of role Finance".
    fn policy_scope(&self, role: &str, domain: &str) -> String;
    /// An agreement's review date and evaluation criteria.
    fn agreement_review(&self, agreement: &Agreement) -> Option<String>;
    /// A conflict between sessions, on one line.
    fn conflict(&self, conflict: &Conflict) -> String;
    /// Why a part does not fit the record, and what to do.
    fn part_problem(&self, problem: &PartProblem) -> String;
    /// "History of Finance (role in Operations)".
    fn history_title(&self, name: &str, policy: bool, circle: &str) -> String;
    /// No role or policy has that name; `known` lists some that do.
    fn unknown_subject(&self, given: &str, known: &str) -> String;
    /// An import file the user gave could not be read; names the line.
    fn import_problem(&self, path: &str, problem: &ImportProblem) -> String;
    /// Which system's export `spanning import` read.
    fn imported_from(&self, export: crate::record::governance::import::Export) -> String;
    /// What `spanning import` recorded, and where.
    fn imported(&self, path: &str, circles: usize, roles: usize, policies: usize) -> String;
    /// `--as-of` is not a date.
    fn bad_as_of(&self, given: &str) -> String;
    /// `spanning check`'s line about the record's conflicts.
    fn check_conflicts(&self, count: usize) -> String;
    /// `spanning check`'s line about parts that did not fit the record
    /// (not a failure).
    fn check_not_applied(&self, count: usize) -> String;
    /// An import entry in `.governance` that cannot be read.
    fn bad_import(&self, path: &str, detail: &str) -> String;
    /// "not a governance import entry": a JSON file there that is not one.
    fn not_an_import(&self) -> &'static str;
}

/// The labels and headings of the governance record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum RecordLabel {
    /// "Roles".
    Roles,
    /// "Policies".
    Policies,
    /// "Sub-circles".
    SubCircles,
    /// "Conflicts".
    Conflicts,
    /// "Purpose".
    Purpose,
    /// "Accountabilities".
    Accountabilities,
    /// "Domains".
    Domains,
    /// "Filled by".
    FilledBy,
    /// "not filled".
    Unfilled,
    /// "Notes".
    Notes,
    /// "Governance changes" (minutes).
    GovernanceChanges,
    /// "Driver".
    Driver,
    /// "From" (where a role or policy comes from).
    From,
    /// "sub-circle" tag on a role.
    SubCircleTag,
    /// "core role" tag.
    CoreTag,
    /// "Not applied" (parts that did not fit the record).
    NotApplied,
}
