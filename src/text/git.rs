//! Words for the sessions folder in git (`store::git`): the home screen's
//! line, the questions before a meeting and after close-out, what each
//! step did, and every problem in one line that says what to do.

use chrono::NaiveDate;

use crate::meeting::MeetingFormat;
use crate::store::git::{Committed, GitProblem, Pulled, Pushed, Status};

/// How a language speaks about sharing sessions through git.
pub trait GitWords {
    /// The home screen's line: branch, ahead/behind as last fetched, and
    /// how many of spanning's files are not committed yet.
    fn git_home(&self, status: &Status, unshared: usize) -> String;
    /// Asked before a new meeting: fetch and fast-forward from `upstream`?
    /// Ends with the answers, yes the default.
    fn pull_question(&self, upstream: &str) -> String;
    /// Asked after close-out: commit the session (and push to `upstream`)?
    fn share_question(&self, message: &str, upstream: Option<&str>) -> String;
    /// Said while bringing in, so a slow network is not a frozen screen.
    fn pulling(&self, upstream: &str) -> String;
    /// Whether an answer to a question whose default is yes agrees.
    fn agreed_by_default(&self, answer: &str) -> bool;
    /// What bringing in colleagues' sessions did.
    fn pulled(&self, pulled: &Pulled) -> String;
    /// What committing did.
    fn committed(&self, committed: &Committed) -> String;
    /// What pushing did.
    fn pushed(&self, pushed: &Pushed) -> String;
    /// A problem, with what to do about it.
    fn git_problem(&self, problem: &GitProblem) -> String;
    /// Colleagues' sessions were not brought in; the meeting goes on.
    fn not_pulled(&self, problem: &str) -> String;
    /// Committed here but not pushed.
    fn not_pushed(&self, problem: &str) -> String;
    /// The commit message of a session: "Weekly tactical, Sociaal Domein,
    /// 6 Dec 2026"; the format's name when the title is empty.
    fn commit_message(
        &self,
        title: &str,
        circle: &str,
        day: NaiveDate,
        format: MeetingFormat,
    ) -> String;
    /// The commit message of status changes made between meetings.
    fn changes_commit_message(&self, count: usize) -> String;
    /// `spanning sync` found nothing of spanning's to commit.
    fn nothing_to_commit(&self) -> &'static str;
    /// `spanning sync` leaves unfinished meetings out until they close.
    fn unfinished_not_committed(&self, count: usize) -> String;
}

/// Joins the non-empty parts of a commit message, each on one line (a
/// title from a session file may hold anything).
pub(crate) fn message_parts(parts: &[&str]) -> String {
    parts
        .iter()
        .map(|p| {
            p.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}
