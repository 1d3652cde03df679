//! English words for sessions in git.

use chrono::NaiveDate;

use super::English;
use crate::meeting::MeetingFormat;
use crate::store::git::{Committed, GitProblem, Pulled, Pushed, Status};
use crate::text::git::message_parts;
use crate::text::{GitWords, MinutesWords, WorkWords};

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl GitWords for English {
    fn git_home(&self, status: &Status, unshared: usize) -> String {
        let mut out = match &status.branch {
            Some(branch) => format!("git: branch {branch}"),
            None => "git: no branch checked out (detached HEAD)".to_owned(),
        };
        match (&status.upstream, status.ahead_behind) {
            (Some(upstream), Some((0, 0))) => {
                out.push_str(&format!(" · up to date with {upstream} (last fetch)"));
            }
            (Some(upstream), Some((ahead, behind))) => {
                let mut parts = Vec::new();
                if ahead > 0 {
                    parts.push(format!("{ahead} ahead"));
                }
                if behind > 0 {
                    parts.push(format!("{behind} behind"));
                }
                out.push_str(&format!(" · {} {upstream} (last fetch)", parts.join(", ")));
            }
            (Some(upstream), None) => out.push_str(&format!(" · {upstream} not fetched yet")),
            (None, _) if status.branch.is_some() => out.push_str(" · no remote branch"),
            (None, _) => {}
        }
        if unshared > 0 {
            out.push_str(&format!(
                " · {} not committed",
                plural(unshared, "file", "files")
            ));
        }
        out
    }

    fn pull_question(&self, upstream: &str) -> String {
        format!(
            "The sessions folder is in git. Bring in colleagues' sessions from {upstream} first (git pull --ff-only)? [Y/n] "
        )
    }

    fn share_question(&self, message: &str, upstream: Option<&str>) -> String {
        match upstream {
            Some(upstream) => format!(
                "Commit this session to git as “{message}” and push it to {upstream}? [Y/n] "
            ),
            None => format!("Commit this session to git as “{message}”? [Y/n] "),
        }
    }

    fn pulling(&self, upstream: &str) -> String {
        format!("Bringing in from {upstream}…")
    }

    fn agreed_by_default(&self, answer: &str) -> bool {
        matches!(answer.trim().to_lowercase().as_str(), "" | "y" | "yes")
    }

    fn pulled(&self, pulled: &Pulled) -> String {
        match pulled {
            Pulled::UpToDate { upstream } => format!("Up to date with {upstream}."),
            Pulled::FastForwarded {
                upstream,
                commits,
                new_files,
            } => format!(
                "Brought in {} from {upstream} ({} in the sessions folder).",
                plural(*commits as usize, "commit", "commits"),
                plural(*new_files, "new file", "new files")
            ),
        }
    }

    fn committed(&self, committed: &Committed) -> String {
        match committed {
            Committed::Made { message, files } => format!(
                "Committed “{message}” ({}).",
                plural(*files, "file", "files")
            ),
            Committed::Nothing => "Already committed.".to_owned(),
        }
    }

    fn pushed(&self, pushed: &Pushed) -> String {
        match pushed {
            Pushed::Sent { upstream, commits } => format!(
                "Pushed {} to {upstream}.",
                plural(*commits as usize, "commit", "commits")
            ),
            Pushed::Nothing { upstream } => format!("{upstream} already has every commit."),
        }
    }

    fn git_problem(&self, problem: &GitProblem) -> String {
        match problem {
            GitProblem::NotInstalled => {
                "git is not installed, so sessions stay in this folder only.".to_owned()
            }
            GitProblem::NotARepo => {
                "The sessions folder is not in a git repository: there is nothing to sync. Put it in one with git init or git clone.".to_owned()
            }
            GitProblem::Detached => {
                "git has no branch checked out (detached HEAD): check out a branch to share sessions.".to_owned()
            }
            GitProblem::NoUpstream { branch } => format!(
                "Branch {branch} has no remote branch to share with: set one once with git push -u origin {branch}."
            ),
            GitProblem::Unreachable { upstream, detail } => format!(
                "Could not reach {upstream} (offline, or the remote moved); git says “{detail}”."
            ),
            GitProblem::Auth { upstream } => format!(
                "{upstream} asks for a password or key, and spanning never asks for one: run git fetch once in a terminal (or set up a credential helper or SSH agent)."
            ),
            GitProblem::Diverged {
                upstream,
                ahead,
                behind,
            } if *ahead > 0 || *behind > 0 => format!(
                "This computer and {upstream} both have new commits ({ahead} here, {behind} there) and spanning never merges: bring them together with git pull --rebase, then run spanning sync."
            ),
            GitProblem::Diverged { upstream, .. } => format!(
                "This computer and {upstream} both have new commits and spanning never merges: bring them together with git pull --rebase, then run spanning sync."
            ),
            GitProblem::InTheWay { files } => format!(
                "Bringing in would overwrite changes not committed here ({}): commit or move them, then pull again.",
                files.join(", ")
            ),
            GitProblem::Rejected {
                upstream,
                behind: true,
            } => format!(
                "{upstream} refused the push: someone pushed first. Pull first (git pull --rebase; spanning never merges), then run spanning sync."
            ),
            GitProblem::Rejected {
                upstream,
                behind: false,
            } => format!("{upstream} refused the push: run git push in a terminal to see why."),
            GitProblem::Ignored { files } => format!(
                "git ignores {} (a .gitignore names it), so it was not committed.",
                files.join(", ")
            ),
            GitProblem::NoIdentity => {
                "git does not know who you are: set git config user.name and user.email, then run spanning sync.".to_owned()
            }
            GitProblem::TimedOut { step, seconds } => {
                format!("git {step} took more than {seconds} s and was stopped.")
            }
            GitProblem::Failed { step, detail } => format!("git {step} failed; git says “{detail}”."),
        }
    }

    fn not_pulled(&self, problem: &str) -> String {
        format!(
            "Colleagues' sessions not brought in: {problem} Carrying on with the sessions on this computer."
        )
    }

    fn not_pushed(&self, problem: &str) -> String {
        format!("Committed here, not pushed: {problem}")
    }

    fn commit_message(
        &self,
        title: &str,
        circle: &str,
        day: NaiveDate,
        format: MeetingFormat,
    ) -> String {
        let title = if title.trim().is_empty() {
            crate::text::capitalise(self.format_name(format))
        } else {
            title.to_owned()
        };
        message_parts(&[&title, circle, &self.day(day)])
    }

    fn changes_commit_message(&self, count: usize) -> String {
        format!(
            "{} between meetings",
            crate::text::capitalise(&plural(count, "status change", "status changes"))
        )
    }

    fn nothing_to_commit(&self) -> &'static str {
        "Nothing new of spanning's to commit."
    }

    fn unfinished_not_committed(&self, count: usize) -> String {
        format!(
            "{} not committed until closed.",
            crate::text::capitalise(&plural(
                count,
                "unfinished meeting is",
                "unfinished meetings are"
            ))
        )
    }
}
