//! Sessions in git, from the shell: the home screen's git line, the offer
//! to bring in colleagues' sessions before a new meeting, the offer to
//! commit and push a session after close-out, and `spanning sync` for
//! scripts. The plumbing is `store::git`; this picks spanning's own files
//! (closed sessions and `.changes/` files, never an unfinished meeting,
//! never anything else) and words every outcome in one line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::record::changes::CHANGES_DIR;
use crate::sanitize::for_terminal;
use crate::store::git::{GitProblem, Pushed, Repo, Status};
use crate::store::{self, SessionStatus, SessionSummary, SessionsDir};
use crate::text::Words;
use crate::tui::HomeGit;

/// How long bringing in may talk to the remote before a meeting.
const PULL_BEFORE_MEETING: std::time::Duration = std::time::Duration::from_secs(15);

/// One commit to make: spanning's files and the message.
struct Share {
    files: Vec<PathBuf>,
    message: String,
}

/// Whether `path` (relative to the sessions folder) is a status-change
/// file of `.changes/`.
fn is_change(path: &Path) -> bool {
    let mut parts = path.components();
    parts.next().is_some_and(|c| c.as_os_str() == CHANGES_DIR)
        && path.extension().is_some_and(|e| e == "json")
        && parts.count() == 1
}

/// The session file name of `path` when it lies directly in the folder.
fn session_name(path: &Path) -> Option<&std::ffi::OsStr> {
    (path.components().count() == 1 && path.extension().is_some_and(|e| e == "json"))
        .then(|| path.file_name())
        .flatten()
        .filter(|n| !n.to_string_lossy().starts_with('.'))
}

/// The home screen's git line: `None` outside a work tree (or without
/// git). `sessions` are the folder's readable sessions, for counting which
/// changed files are spanning's own.
pub(super) fn home_git(dir: &SessionsDir, sessions: &[&SessionSummary]) -> Option<HomeGit> {
    let repo = Repo::find(dir.root()).ok()??;
    let status = repo.status().ok()?;
    let unshared = status
        .changed
        .iter()
        .filter(|p| {
            is_change(p)
                || session_name(p).is_some_and(|name| {
                    sessions.iter().any(|s| {
                        s.status == SessionStatus::Closed && s.path.file_name() == Some(name)
                    })
                })
        })
        .count();
    Some(HomeGit { status, unshared })
}

/// Asks `question` on the terminal; the default answer is yes. `None`
/// without a person to answer (a script, a pipe).
fn ask(question: &str, words: &dyn Words) -> Option<bool> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return None;
    }
    let mut err = std::io::stderr();
    write!(err, "{}", for_terminal(question))
        .and_then(|()| err.flush())
        .ok()?;
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).ok()?;
    Some(words.agreed_by_default(&answer))
}

fn say(line: &str) {
    eprintln!("{}", for_terminal(line));
}

/// Before a new meeting: when the sessions folder is in git and its branch
/// has a remote branch, offers to bring in colleagues' sessions (fetch and
/// fast-forward only). Returns one line saying what happened (for the
/// meeting's first status line), or `None` when nothing was asked. Never
/// fails: a problem is said, and the meeting goes on.
pub(super) fn offer_pull(dir: &SessionsDir, words: &dyn Words) -> Option<String> {
    let repo = Repo::find(dir.root()).ok()??;
    let upstream = repo.status().ok()?.upstream?;
    if ask(&words.pull_question(&upstream), words) != Some(true) {
        return None;
    }
    say(&words.pulling(&upstream));
    // The group is waiting: a network that does not answer gets less time
    // than after the meeting.
    let repo = repo.with_timeouts(store::git::LOCAL_TIMEOUT, PULL_BEFORE_MEETING);
    let line = match repo.pull() {
        Ok(pulled) => words.pulled(&pulled),
        Err(problem) => words.not_pulled(&words.git_problem(&problem)),
    };
    say(&line);
    Some(line)
}

/// After close-out: when the session's file is in a git work tree and not
/// committed as it is, offers to commit it (that file only) with a
/// readable message in the meeting's language, and push it.
pub(super) fn offer_share(path: &Path, words: &dyn Words) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let Ok(Some(repo)) = Repo::find(folder) else {
        return;
    };
    let Ok(status) = repo.status() else {
        return;
    };
    let name = PathBuf::from(name);
    if !status.changed.contains(&name) {
        return;
    }
    let Ok(loaded) = store::load(path) else {
        return;
    };
    let setup = loaded.session.setup();
    let message = words.commit_message(
        &setup.title,
        &setup.circle,
        setup.opened_at.date_naive(),
        setup.format,
    );
    if ask(
        &words.share_question(&message, status.upstream.as_deref()),
        words,
    ) != Some(true)
    {
        return;
    }
    let shares = [Share {
        files: vec![name],
        message,
    }];
    for (line, _) in share(&repo, &status, &shares, words) {
        say(&line);
    }
}

/// Brings in, commits each share, pushes. Lines to say, each marked
/// whether it reports a problem. Pulls first so the push fast-forwards
/// the remote; when the pull is not possible, commits here and says why
/// nothing was pushed. Never commits on a detached HEAD.
fn share(repo: &Repo, status: &Status, shares: &[Share], words: &dyn Words) -> Vec<(String, bool)> {
    let mut lines = Vec::new();
    if status.branch.is_none() {
        lines.push((words.git_problem(&GitProblem::Detached), true));
        return lines;
    }
    let blocked = match &status.upstream {
        None => Some(GitProblem::NoUpstream {
            branch: status.branch.clone().unwrap_or_default(),
        }),
        Some(_) => match repo.pull() {
            Ok(pulled) => {
                lines.push((words.pulled(&pulled), false));
                None
            }
            Err(problem) => Some(problem),
        },
    };
    let mut made = 0;
    for share in shares {
        match repo.commit(&share.files, &share.message) {
            Ok(committed) => {
                if matches!(committed, store::git::Committed::Made { .. }) {
                    made += 1;
                }
                lines.push((words.committed(&committed), false));
            }
            Err(problem) => lines.push((words.git_problem(&problem), true)),
        }
    }
    let unpushed = made > 0 || status.ahead_behind.is_some_and(|(ahead, _)| ahead > 0);
    match blocked {
        Some(problem) if unpushed => {
            lines.push((words.not_pushed(&words.git_problem(&problem)), true));
        }
        Some(problem) => lines.push((words.not_pulled(&words.git_problem(&problem)), true)),
        None => match repo.push() {
            Ok(Pushed::Nothing { .. }) if made == 0 => {}
            Ok(pushed) => lines.push((words.pushed(&pushed), false)),
            Err(problem) => lines.push((words.not_pushed(&words.git_problem(&problem)), true)),
        },
    }
    lines
}

/// `spanning sync`: brings in colleagues' sessions (fast-forward only),
/// commits every closed session and status change not committed yet (one
/// commit per session, in the meeting's language), and pushes. Exit code 1
/// when anything could not be done, each reason said in one line.
pub(super) fn sync(dir: &SessionsDir, words: &dyn Words) -> ExitCode {
    let repo = match Repo::find(dir.root()) {
        Ok(Some(repo)) => repo,
        Ok(None) => {
            eprintln!(
                "{}",
                for_terminal(&words.git_problem(&GitProblem::NotARepo))
            );
            return ExitCode::FAILURE;
        }
        Err(problem) => {
            eprintln!("{}", for_terminal(&words.git_problem(&problem)));
            return ExitCode::FAILURE;
        }
    };
    let status = match repo.status() {
        Ok(status) => status,
        Err(problem) => {
            eprintln!("{}", for_terminal(&words.git_problem(&problem)));
            return ExitCode::FAILURE;
        }
    };
    let mut shares = Vec::new();
    let mut unfinished = 0;
    let mut changes = Vec::new();
    for path in &status.changed {
        if is_change(path) {
            changes.push(path.clone());
            continue;
        }
        if session_name(path).is_none() {
            continue;
        }
        // Only the changed files are read, not the whole folder; one that
        // does not load is not a session of spanning's, and is left alone.
        let file = dir.root().join(path);
        let Ok(loaded) = store::load(&file) else {
            continue;
        };
        let session = SessionSummary::of(&file, &loaded);
        if session.status != SessionStatus::Closed {
            unfinished += 1;
            continue;
        }
        // The message is in the meeting's own language, like its minutes.
        let message = session.lang.words().commit_message(
            &session.title,
            &session.circle,
            session.opened_at.date_naive(),
            session.format,
        );
        shares.push((
            session.opened_at,
            Share {
                files: vec![path.clone()],
                message,
            },
        ));
    }
    // Oldest meeting first, so the history reads in the order they met.
    shares.sort_by_key(|(at, _)| *at);
    let mut shares: Vec<Share> = shares.into_iter().map(|(_, s)| s).collect();
    if !changes.is_empty() {
        changes.sort();
        shares.push(Share {
            message: words.changes_commit_message(changes.len()),
            files: changes,
        });
    }
    let nothing = shares.is_empty();
    let mut failed = false;
    for (line, problem) in share(&repo, &status, &shares, words) {
        failed |= problem;
        if problem {
            eprintln!("{}", for_terminal(&line));
        } else {
            println!("{}", for_terminal(&line));
        }
    }
    if nothing {
        println!("{}", words.nothing_to_commit());
    }
    if unfinished > 0 {
        println!("{}", words.unfinished_not_committed(unfinished));
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
