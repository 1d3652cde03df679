//! Words for the work between meetings (src/record): the action list
//! ("actielijst"), statuses, carried-over items' age, and the folder
//! problems the fold names.

use chrono::NaiveDate;

use super::Words;
use crate::record::changes::ChangeProblem;
use crate::record::{Action, ActionStatus, FolderProblem};

/// How a language speaks about the circle's work between meetings.
pub trait WorkWords {
    /// A day, short: "6 Dec 2026" / "6 dec 2026".
    fn day(&self, date: NaiveDate) -> String;
    /// Heading of `spanning actions`: all actions, or only the open ones.
    fn action_list_heading(&self, open_only: bool) -> &'static str;
    /// An action's status, as a word.
    fn action_status(&self, status: ActionStatus) -> &'static str;
    /// "accepted" / "toegezegd": an action that was a request accepted.
    fn accepted(&self) -> &'static str;
    /// Where an action comes from: circle, day, meeting and item.
    fn action_origin(&self, circle: &str, action: &Action) -> String;
    /// Said when nothing matches the filters.
    fn no_actions(&self, open_only: bool, owner: Option<&str>) -> String;
    /// `--circle` names no circle of the folder.
    fn unknown_circle(&self, given: &str, known: &str) -> String;
    /// "carried over twice since 6 Dec 2026".
    fn carried_age(&self, times: usize, since: NaiveDate) -> String;
    /// A change file (`.changes/…`) that could not be read.
    fn bad_change(&self, path: &str, detail: &str) -> String;
    /// What is wrong with a change file, for [`Self::bad_change`].
    fn change_problem(&self, problem: &ChangeProblem) -> String;
    /// After `spanning action`: what was recorded, and where.
    fn change_written(&self, text: &str, status: ActionStatus, path: &str) -> String;
    /// `spanning action` names no action, or more than one.
    fn unknown_action(&self, given: &str, matches: usize) -> String;
    /// Beside a metric's value: what an earlier meeting reported, and when.
    fn previous_value(&self, value: &str, day: NaiveDate) -> String;
    /// Beside a project: its last update in an earlier meeting, and when.
    fn last_update(&self, text: &str, day: NaiveDate) -> String;
    /// Minutes: the heading of the projects taken off the list here.
    fn projects_closed_heading(&self) -> &'static str;
    /// Minutes: a project taken off the list, with its last update if any.
    fn project_closed(&self, text: &str, last: Option<&str>) -> String;
    /// The folder itself could not be read.
    fn folder_unlisted(&self, path: &str, detail: &str) -> String;
}

impl FolderProblem {
    /// The problem in `words`, naming the file or folder.
    pub fn message(&self, words: &dyn Words) -> String {
        match self {
            FolderProblem::Unlisted { path, kind } => words.folder_unlisted(
                &path.display().to_string(),
                &std::io::Error::from(*kind).to_string(),
            ),
            FolderProblem::Unloadable(e) => e.message(words),
            FolderProblem::BadChange(b) => words.bad_change(
                &b.path.display().to_string(),
                &words.change_problem(&b.problem),
            ),
            FolderProblem::BadImport(b) => words.bad_import(
                &b.path.display().to_string(),
                &match b.problem {
                    crate::record::changes::ChangeProblem::NotAChange => {
                        words.not_an_import().to_owned()
                    }
                    _ => words.change_problem(&b.problem),
                },
            ),
        }
    }
}
