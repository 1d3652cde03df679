//! English words of the governance record on the meeting screen.

use chrono::NaiveDate;

use super::English;
use crate::text::MinutesWords;
use crate::text::gov_screen::GovScreenWords;
use crate::text::tui::KeyLine;

impl GovScreenWords for English {
    fn gov_title(&self, circle: &str) -> String {
        format!("Governance record: {circle}")
    }
    fn gov_search(&self) -> &'static str {
        "Search"
    }
    fn gov_loading(&self) -> &'static str {
        "Reading the sessions folder…"
    }
    fn gov_unavailable(&self) -> &'static str {
        "No governance record here: this meeting is not in a sessions folder."
    }
    fn gov_no_match(&self, search: &str) -> String {
        format!("Nothing matches \"{search}\": Backspace to shorten the search.")
    }
    fn gov_purpose(&self) -> &'static str {
        "Purpose"
    }
    fn gov_accountability(&self) -> &'static str {
        "Accountability"
    }
    fn gov_domain(&self) -> &'static str {
        "Domain"
    }
    fn gov_filler(&self, person: &str, term_end: Option<NaiveDate>) -> String {
        match term_end {
            Some(end) => format!("Filled by {person} until {}", self.date(end)),
            None => format!("Filled by {person}"),
        }
    }
    fn gov_unfilled(&self) -> &'static str {
        "Not filled"
    }
    fn gov_core(&self) -> &'static str {
        "(core role)"
    }
    fn gov_sub_circle(&self) -> &'static str {
        "(sub-circle)"
    }
    fn gov_policies(&self) -> &'static str {
        "Policies"
    }
    fn gov_policy_domain(&self, domain: &str, role: &str) -> String {
        format!("on domain \"{domain}\" of role {role}")
    }
    fn gov_no_policies(&self) -> &'static str {
        "No policies yet."
    }
    fn gov_keys(&self, roles: usize, policies: usize) -> KeyLine {
        let r = if roles == 1 { "role" } else { "roles" };
        let p = if policies == 1 { "policy" } else { "policies" };
        KeyLine::hints(
            " · ",
            &[
                (&format!("{roles} {r}, {policies} {p}"), true),
                ("type to search", false),
                ("↑↓ PgUp PgDn scroll", false),
                ("Esc back", true),
            ],
        )
    }
    fn gov_conflicts_banner(&self, count: usize, first: &str) -> String {
        let what = match count {
            1 => "1 governance conflict".to_owned(),
            n => format!("{n} governance conflicts"),
        };
        let more = if count > 1 { " and more" } else { "" };
        format!(
            "⚠ {what} between meetings held apart that changed the same version: \"{first}\"{more} — resolve in this meeting (g shows the record; `spanning check` lists them)"
        )
    }
    fn gov_as_of(&self, day: &str) -> String {
        format!("as of {day}")
    }
    fn gov_point(&self, title: &str, imported: bool, n: usize, of: usize) -> String {
        if imported {
            format!("imported from {title} ({n} of {of})")
        } else {
            format!("{title} ({n} of {of})")
        }
    }
    fn gov_removed(&self) -> &'static str {
        "Removed"
    }
    fn gov_no_changes(&self) -> &'static str {
        "No change recorded: as the constitution gives it."
    }
    fn gov_not_yet(&self, what: &str) -> String {
        format!("{what} is not in the record as of this session yet: → steps to later sessions.")
    }
    fn gov_keys_follow(&self, roles: usize, policies: usize) -> KeyLine {
        let r = if roles == 1 { "role" } else { "roles" };
        let p = if policies == 1 { "policy" } else { "policies" };
        KeyLine::hints(
            " · ",
            &[
                (&format!("{roles} {r}, {policies} {p}"), true),
                ("↑↓ PgUp PgDn scroll", false),
                ("G/Esc back", true),
                ("F rejoin", true),
            ],
        )
    }
    fn part_nothing_to_pick(&self) -> String {
        "The record has nothing to pick for this change yet: choose another kind of change (↑↓ on the first field).".to_owned()
    }
    fn part_no_entries(&self, role: &str, list: &str) -> String {
        format!("Role {role} has no {list} to pick: choose another role, or the other list.")
    }
    fn part_no_sub_circles(&self) -> String {
        "This circle has no sub-circles yet: expand a role into a circle first (a part of its own)."
            .to_owned()
    }
    fn part_in_circle(&self, name: &str, circle: &str) -> String {
        format!("{name} (in {circle})")
    }
    fn part_this_circle(&self, circle: &str) -> String {
        format!("{circle} (this circle)")
    }
    fn part_circle_wide(&self) -> &'static str {
        "the whole circle"
    }
    fn part_on_domain(&self, domain: &str, role: &str) -> String {
        format!("domain \"{domain}\" of {role}")
    }
    fn parts_none(&self) -> &'static str {
        "The proposal has no parts yet: + adds one."
    }
    fn parts_pick(&self) -> &'static str {
        "Type a part's number or use ↑↓ to pick it."
    }
    fn part_editing(&self, number: usize, part: &str) -> String {
        format!("Part {number} as it is: {part}")
    }
    fn confirm_remove_part(&self, number: usize, part: &str) -> String {
        format!("Remove part {number} (\"{part}\") from the proposal?")
    }
    fn diff_title(&self) -> &'static str {
        "Changes to the record"
    }
    fn diff_role(&self, name: &str) -> String {
        format!("Role {name}")
    }
    fn diff_policy(&self, title: &str) -> String {
        format!("Policy {title}")
    }
    fn diff_not_in_record(&self) -> &'static str {
        "(not in the record)"
    }
    fn diff_circle(&self, name: &str) -> String {
        format!("circle {name}")
    }
    fn diff_filled(&self, person: &str, term_end: Option<NaiveDate>) -> String {
        match term_end {
            Some(end) => format!("filled by {person} until {}", self.date(end)),
            None => format!("filled by {person}"),
        }
    }
}
