//! Words for the governance record: proposal parts as a member reads
//! them, the engine's part refusals, the record check's problems, the
//! record and its history on the command line, conflicts and imports.

use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, RoleList};

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
    /// An import entry in `.governance` that cannot be read.
    fn bad_import(&self, path: &str, detail: &str) -> String;
    /// "not a governance import entry": a JSON file there that is not one.
    fn not_an_import(&self) -> &'static str;
}
