//! Words of the governance record on the meeting screen: the governance
//! view (roles, fillers, policies; searchable) and the diff panel that
//! shows a proposal's parts as before → after.

use chrono::NaiveDate;

use crate::text::tui::KeyLine;

/// What the governance view and the diff panel say; one implementation
/// per language.
pub trait GovScreenWords {
    /// The governance view's title: "Governance record: Circle".
    fn gov_title(&self, circle: &str) -> String;
    /// Before the search text: "Search".
    fn gov_search(&self) -> &'static str;
    /// While the folder is still being read.
    fn gov_loading(&self) -> &'static str;
    /// The folder could not give a record (no sessions folder).
    fn gov_unavailable(&self) -> &'static str;
    /// Nothing matches the search text, and how to widen it.
    fn gov_no_match(&self, search: &str) -> String;
    /// "Purpose".
    fn gov_purpose(&self) -> &'static str;
    /// "Accountability" (one line of a role).
    fn gov_accountability(&self) -> &'static str;
    /// "Domain" (one line of a role).
    fn gov_domain(&self) -> &'static str;
    /// A filler, with the term's end when there is one.
    fn gov_filler(&self, person: &str, term_end: Option<NaiveDate>) -> String;
    /// A role nobody fills.
    fn gov_unfilled(&self) -> &'static str;
    /// The mark after a core role's name: "(core role)".
    fn gov_core(&self) -> &'static str;
    /// The mark after a sub-circle's name: "(sub-circle)".
    fn gov_sub_circle(&self) -> &'static str;
    /// The heading of the policies.
    fn gov_policies(&self) -> &'static str;
    /// A policy held on a role's domain: "on domain D of role R".
    fn gov_policy_domain(&self, domain: &str, role: &str) -> String;
    /// The circle has no policies (yet).
    fn gov_no_policies(&self) -> &'static str;
    /// The footer: how many roles and policies show, and the keys, as
    /// hints a narrow screen breaks between or drops (never the way back).
    fn gov_keys(&self, roles: usize, policies: usize) -> KeyLine;
    /// The footer as one text.
    fn gov_footer(&self, roles: usize, policies: usize) -> String {
        self.gov_keys(roles, policies).text()
    }
    /// The line at the opening and agenda of a meeting whose circle's
    /// record has conflicts between sessions (`count` of them; `first` is
    /// the first one's part, as the minutes word it).
    fn gov_conflicts_banner(&self, count: usize, first: &str) -> String;
    /// After the record view's title in review: "as of 3 Feb 2026".
    fn gov_as_of(&self, day: &str) -> String;
    /// Which of the circle's moments the record view in review is as of:
    /// a session's title (or the file an import was read from) and its
    /// place among them, "3 of 7".
    fn gov_point(&self, title: &str, imported: bool, n: usize, of: usize) -> String;
    /// The heading of the roles and policies removed from the record
    /// (kept for their history).
    fn gov_removed(&self) -> &'static str;
    /// A role or policy whose history has no change (a core role as the
    /// constitution gives it).
    fn gov_no_changes(&self) -> &'static str;
    /// A role's or policy's history opened at a later session, stepped to
    /// a moment before it existed (`what` as `diff_role` words it).
    fn gov_not_yet(&self, what: &str) -> String;
    /// The footer on the follow screen, where keys browse rather than
    /// search: how many roles and policies show, and the keys, as hints.
    fn gov_keys_follow(&self, roles: usize, policies: usize) -> KeyLine;
    /// The follow screen's footer as one text.
    fn gov_footer_follow(&self, roles: usize, policies: usize) -> String {
        self.gov_keys_follow(roles, policies).text()
    }
    /// A part needs a role or policy and the record has none to pick.
    fn part_nothing_to_pick(&self) -> String;
    /// A change or removal of an entry, but the picked role has none in
    /// that list (`list` as `GovernanceWords::role_list` words it).
    fn part_no_entries(&self, role: &str, list: &str) -> String;
    /// A move, but the circle has no sub-circle to move into or out of.
    fn part_no_sub_circles(&self) -> String;
    /// A role or policy of a sub-circle in a move's picker: "Name (in Sub)".
    fn part_in_circle(&self, name: &str, circle: &str) -> String;
    /// The meeting's own circle in a move's "to" picker.
    fn part_this_circle(&self, circle: &str) -> String;
    /// A new policy held by the whole circle (the scope picker's first option).
    fn part_circle_wide(&self) -> &'static str;
    /// A new policy held on a role's domain (a scope picker option).
    fn part_on_domain(&self, domain: &str, role: &str) -> String;
    /// The part list was asked for but the proposal has no parts.
    fn parts_none(&self) -> &'static str;
    /// The part list's line above its keys: how to pick a part.
    fn parts_pick(&self) -> &'static str;
    /// The subtitle of the dialog changing part `number`.
    fn part_editing(&self, number: usize, part: &str) -> String;
    /// "Remove part 2 (…) from the proposal?"
    fn confirm_remove_part(&self, number: usize, part: &str) -> String;
    /// The diff panel's title: "Changes to the record".
    fn diff_title(&self) -> &'static str;
    /// A role named by a part, with the word for role: "Role Finance".
    fn diff_role(&self, name: &str) -> String;
    /// A policy named by a part: "Policy Budget".
    fn diff_policy(&self, title: &str) -> String;
    /// A part names a role or policy the record does not hold.
    fn diff_not_in_record(&self) -> &'static str;
    /// "circle X" in a move.
    fn diff_circle(&self, name: &str) -> String;
    /// A filler in an election's part: "filled by P (until D)".
    fn diff_filled(&self, person: &str, term_end: Option<NaiveDate>) -> String;
}
