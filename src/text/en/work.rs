//! English words for the work between meetings.

use crate::text::io::IoWords;
use chrono::NaiveDate;

use super::English;
use crate::record::changes::ChangeProblem;
use crate::record::{Action, ActionSource, ActionStatus};
use crate::store::SpecialFile;
use crate::text::WorkWords;

impl WorkWords for English {
    fn day(&self, date: NaiveDate) -> String {
        date.format("%-d %b %Y").to_string()
    }

    fn action_list_heading(&self, open_only: bool) -> &'static str {
        if open_only { "Open actions" } else { "Actions" }
    }

    fn action_status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Open => "open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    fn accepted(&self) -> &'static str {
        "accepted"
    }

    fn action_origin(&self, circle: &str, action: &Action) -> String {
        let day = self.day(action.origin.opened_at.date_naive());
        let mut out = format!("{circle}, {day}, {}", action.origin.title);
        if let Some(item) = &action.origin.item_label {
            out.push_str(&format!(": {item}"));
        }
        if action.source == ActionSource::Accepted {
            out.push_str(&format!(" ({})", self.accepted()));
        }
        out
    }

    fn no_actions(&self, open_only: bool, owner: Option<&str>) -> String {
        let what = if open_only { "open actions" } else { "actions" };
        match owner {
            Some(name) => format!("No {what} for {name}."),
            None => format!("No {what} in this folder."),
        }
    }

    fn unknown_circle(&self, given: &str, known: &str) -> String {
        if known.is_empty() {
            format!("no circle named '{given}': this folder has no sessions yet")
        } else {
            format!("no circle named '{given}': choose one of {known}")
        }
    }

    fn carried_age(&self, times: usize, since: NaiveDate) -> String {
        let day = self.day(since);
        match times {
            0 | 1 => format!("carried over since {day}"),
            2 => format!("carried twice since {day}"),
            n => format!("carried {n} times since {day}"),
        }
    }

    fn change_problem(&self, problem: &ChangeProblem) -> String {
        match problem {
            ChangeProblem::Special(kind) => format!(
                "it is {}, not a file",
                match kind {
                    SpecialFile::Fifo => "a named pipe (FIFO)",
                    SpecialFile::Device => "a device (such as a terminal)",
                    SpecialFile::Socket => "a socket",
                    SpecialFile::Directory => "a folder",
                    SpecialFile::Other => "something other than a file",
                }
            ),
            ChangeProblem::Unreadable(kind) => format!("it cannot be read: {kind}"),
            ChangeProblem::TooLarge { limit } => format!("larger than {limit} bytes"),
            ChangeProblem::Invalid { line, column } => {
                format!("not valid at line {line}, column {column}")
            }
            ChangeProblem::NotAChange => "not a status change file".to_owned(),
            ChangeProblem::Newer { version } => {
                format!("written by a newer spanning (version {version})")
            }
        }
    }

    fn bad_change(&self, path: &str, detail: &str) -> String {
        let detail = self.os_detail(detail);
        format!(
            "{path}: not a readable status change ({detail}); move it out of the folder or fix it"
        )
    }

    fn change_written(&self, text: &str, status: ActionStatus, path: &str) -> String {
        format!(
            "\"{text}\" is now {}. Recorded in {path}",
            self.action_status(status)
        )
    }

    fn unknown_action(&self, given: &str, matches: usize) -> String {
        match matches {
            0 => format!(
                "no action '{given}': the key is the last part of each line of `spanning actions`, e.g. 1234#a1"
            ),
            n => format!("'{given}' fits {n} actions: give more of the key"),
        }
    }

    fn previous_value(&self, value: &str, day: NaiveDate) -> String {
        format!("(previous: {value}, {})", self.day(day))
    }

    fn last_update(&self, text: &str, day: NaiveDate) -> String {
        format!("(last update: {text}, {})", self.day(day))
    }

    fn projects_closed_heading(&self) -> &'static str {
        "Taken off the project list (done or dropped)"
    }

    fn project_closed(&self, text: &str, last: Option<&str>) -> String {
        match last {
            Some(last) => format!("{text} — last update: {last}"),
            None => format!("{text} — no update recorded"),
        }
    }

    fn folder_unlisted(&self, path: &str, detail: &str) -> String {
        let detail = self.os_detail(detail);
        format!("cannot read the folder {path}: {detail}")
    }
}
