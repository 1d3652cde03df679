//! The sessions folder in git: what the home screen says about it, bringing
//! in colleagues' sessions (fast-forward only), committing spanning's own
//! files and pushing them. Every outcome is a value ([`GitProblem`] and the
//! outcome enums); `text::git` words them in English and Dutch.
//!
//! This runs the user's own `git` program rather than a git library: a
//! library (libgit2 through `git2`) would add a C build to the project, and
//! its authentication and configuration differ from the user's `git` setup
//! (credential helpers, SSH agents and keys, `includeIf`, hooks), so a
//! folder that `git pull` handles in the user's terminal could fail here
//! for reasons the user cannot see. Running `git` also means spanning does
//! exactly what the user could type, and nothing else.
//!
//! What it never does: merge, rebase, force, stash, reset, `add -A`, or
//! touch a file that is not named. Every `git` runs without a shell, with a
//! timeout, with no way to ask for a password (`GIT_TERMINAL_PROMPT=0`,
//! SSH in batch mode unless the user configured their own SSH command,
//! standard input closed), and in the C locale so its messages can be
//! recognised; it starts in its own process group, so it can never take
//! keys from the terminal and a Ctrl-C meant for spanning never cuts a
//! commit off halfway.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How long a local `git` (status, add, commit) may take.
pub const LOCAL_TIMEOUT: Duration = Duration::from_secs(15);
/// How long a `git` that talks to the remote (fetch, push) may take.
pub const NETWORK_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a git step did not happen. Nothing is lost in any of these: git
/// refuses before it changes anything, and spanning carries on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitProblem {
    /// There is no `git` program on this computer.
    NotInstalled,
    /// The sessions folder is not inside a git work tree.
    NotARepo,
    /// No branch is checked out (detached HEAD): nothing to pull into.
    Detached,
    /// The branch has no remote branch to pull from and push to.
    NoUpstream {
        /// The branch checked out.
        branch: String,
    },
    /// The remote could not be reached (offline, or its path is gone).
    Unreachable {
        /// The remote branch, "origin/main".
        upstream: String,
        /// git's own first line about it.
        detail: String,
    },
    /// The remote wants a password or key that was not given (spanning
    /// never asks for one).
    Auth {
        /// The remote branch.
        upstream: String,
    },
    /// Both this clone and the remote have commits the other lacks: only
    /// the user can bring them together (spanning never merges).
    Diverged {
        /// The remote branch.
        upstream: String,
        /// Commits here that the remote lacks.
        ahead: u32,
        /// Commits there that this clone lacks.
        behind: u32,
    },
    /// Fast-forwarding would overwrite files changed here and not
    /// committed; git refused and changed nothing.
    InTheWay {
        /// The files, as git named them.
        files: Vec<String>,
    },
    /// The push was refused: someone pushed first (or a hook said no).
    Rejected {
        /// The remote branch.
        upstream: String,
        /// Whether the remote simply has newer commits (pull first).
        behind: bool,
    },
    /// A `.gitignore` excludes these files; they were not committed.
    Ignored {
        /// The files, relative to the sessions folder.
        files: Vec<String>,
    },
    /// git does not know the user's name and e-mail for the commit.
    NoIdentity,
    /// `git` did not finish in time and was stopped.
    TimedOut {
        /// The git command ("fetch", "push").
        step: &'static str,
        /// Seconds waited.
        seconds: u64,
    },
    /// Anything else git refused, with its own first line.
    Failed {
        /// The git command.
        step: &'static str,
        /// git's first line about it.
        detail: String,
    },
}

/// Where the checked-out branch stands, known without the network.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    /// The branch checked out; `None` for a detached HEAD.
    pub branch: Option<String>,
    /// Its remote branch ("origin/main"), if it has one.
    pub upstream: Option<String>,
    /// Commits ahead of and behind the remote branch as last fetched;
    /// `None` without one (or when it is gone from the remote).
    pub ahead_behind: Option<(u32, u32)>,
    /// Files in the sessions folder that are new, changed or staged and not
    /// committed, relative to the sessions folder.
    pub changed: Vec<PathBuf>,
}

/// What bringing in colleagues' sessions did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pulled {
    /// Nothing new on the remote.
    UpToDate {
        /// The remote branch.
        upstream: String,
    },
    /// Fast-forwarded to the remote.
    FastForwarded {
        /// The remote branch.
        upstream: String,
        /// Commits brought in.
        commits: u32,
        /// Files new in the sessions folder.
        new_files: usize,
    },
}

/// What committing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Committed {
    /// The files were committed with this message.
    Made {
        /// The commit message.
        message: String,
        /// How many files it holds.
        files: usize,
    },
    /// The files were already committed as they are.
    Nothing,
}

/// What pushing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pushed {
    /// Commits were pushed.
    Sent {
        /// The remote branch.
        upstream: String,
        /// How many.
        commits: u32,
    },
    /// The remote already has every commit.
    Nothing {
        /// The remote branch.
        upstream: String,
    },
}

/// A sessions folder inside a git work tree.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The sessions folder; every git runs here.
    dir: PathBuf,
    /// The sessions folder relative to the top of the work tree, with a
    /// trailing slash (empty at the top), as git prints paths.
    prefix: String,
    /// `GIT_SSH_COMMAND` to set: batch mode, unless the user chose an SSH
    /// command of their own.
    ssh: Option<&'static str>,
    /// Timeout for a local git.
    local: Duration,
    /// Timeout for a git that talks to the remote.
    network: Duration,
}

impl Repo {
    /// The git work tree the sessions folder `dir` is in; `Ok(None)` when
    /// it is in none (or does not exist), `Err(NotInstalled)` without git.
    pub fn find(dir: &Path) -> Result<Option<Repo>, GitProblem> {
        if !dir.is_dir() {
            return Ok(None);
        }
        let probe = Repo {
            dir: dir.to_path_buf(),
            prefix: String::new(),
            ssh: None,
            local: LOCAL_TIMEOUT,
            network: NETWORK_TIMEOUT,
        };
        let out = probe.git("rev-parse", &["rev-parse", "--show-prefix"], LOCAL_TIMEOUT)?;
        if !out.ok {
            // Not a work tree (or a bare repository, or inside `.git`).
            return Ok(None);
        }
        let prefix = out.stdout_text().trim_end_matches(['\n', '\r']).to_owned();
        let own_ssh = std::env::var_os("GIT_SSH_COMMAND").is_some()
            || std::env::var_os("GIT_SSH").is_some()
            || probe
                .git(
                    "config",
                    &["config", "--get", "core.sshCommand"],
                    LOCAL_TIMEOUT,
                )
                .is_ok_and(|o| o.ok);
        Ok(Some(Repo {
            prefix,
            ssh: (!own_ssh).then_some("ssh -o BatchMode=yes"),
            ..probe
        }))
    }

    /// The same repository with other timeouts (tests, slow networks).
    pub fn with_timeouts(mut self, local: Duration, network: Duration) -> Repo {
        self.local = local;
        self.network = network;
        self
    }

    /// The sessions folder this works in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Branch, remote branch, ahead/behind as last fetched, and the
    /// uncommitted files of the sessions folder. Never uses the network.
    pub fn status(&self) -> Result<Status, GitProblem> {
        let out = self.git(
            "status",
            &[
                "status",
                "--porcelain=v2",
                "--branch",
                "-z",
                "--untracked-files=all",
                "--",
                ".",
            ],
            self.local,
        )?;
        if !out.ok {
            return Err(out.problem("status", ""));
        }
        Ok(parse_status(&out.stdout, &self.prefix))
    }

    /// Fetches the remote branch and fast-forwards to it: `git pull
    /// --ff-only`, done as `fetch` then `merge --ff-only` so a
    /// `pull.rebase` setting can never turn it into a rebase. Never merges,
    /// never rebases: with commits on both sides it says so and changes
    /// nothing.
    pub fn pull(&self) -> Result<Pulled, GitProblem> {
        let upstream = self.upstream()?;
        self.fetch(&upstream)?;
        let (ahead, behind) = self.ahead_behind(&upstream)?;
        if behind == 0 {
            return Ok(Pulled::UpToDate { upstream });
        }
        if ahead > 0 {
            return Err(GitProblem::Diverged {
                upstream,
                ahead,
                behind,
            });
        }
        let new = self.git(
            "diff",
            &[
                "diff",
                "--name-only",
                "-z",
                "--relative",
                "--diff-filter=A",
                "HEAD",
                "@{upstream}",
                "--",
                ".",
            ],
            self.local,
        )?;
        let new_files = if new.ok {
            new.stdout
                .split(|b| *b == 0)
                .filter(|p| !p.is_empty())
                .count()
        } else {
            0
        };
        let merged = self.git(
            "merge",
            &["merge", "--ff-only", "--quiet", "@{upstream}"],
            self.local,
        )?;
        if !merged.ok {
            return Err(merged.problem("merge", &upstream));
        }
        Ok(Pulled::FastForwarded {
            upstream,
            commits: behind,
            new_files,
        })
    }

    /// Commits exactly `files` (relative to the sessions folder) with
    /// `message`, and nothing else: other staged changes stay staged and
    /// uncommitted. Works offline.
    pub fn commit(&self, files: &[PathBuf], message: &str) -> Result<Committed, GitProblem> {
        let changed = self.status()?.changed;
        let files: Vec<&PathBuf> = files.iter().filter(|f| changed.contains(f)).collect();
        if files.is_empty() {
            return Ok(Committed::Nothing);
        }
        let paths: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let mut add: Vec<&str> = vec!["add", "--"];
        add.extend(paths.iter().map(String::as_str));
        let added = self.git("add", &add, self.local)?;
        if !added.ok {
            if added.stderr.contains("ignored by one of your .gitignore") {
                return Err(GitProblem::Ignored { files: paths });
            }
            return Err(added.problem("add", ""));
        }
        let mut commit: Vec<&str> = vec!["commit", "--quiet", "--only", "-m", message, "--"];
        commit.extend(paths.iter().map(String::as_str));
        let made = self.git("commit", &commit, self.local)?;
        if !made.ok {
            return Err(made.problem("commit", ""));
        }
        Ok(Committed::Made {
            message: message.to_owned(),
            files: paths.len(),
        })
    }

    /// Pushes the branch to its remote branch; never forces. A remote with
    /// commits this clone lacks refuses, and that is said, not solved.
    pub fn push(&self) -> Result<Pushed, GitProblem> {
        let upstream = self.upstream()?;
        let (ahead, _) = self.ahead_behind(&upstream).unwrap_or((1, 0));
        if ahead == 0 {
            return Ok(Pushed::Nothing { upstream });
        }
        let out = self.git("push", &["push", "--quiet"], self.network)?;
        if !out.ok {
            return Err(out.problem("push", &upstream));
        }
        Ok(Pushed::Sent {
            upstream,
            commits: ahead,
        })
    }

    /// The branch's remote branch, or why there is none.
    fn upstream(&self) -> Result<String, GitProblem> {
        let status = self.status()?;
        let Some(branch) = status.branch else {
            return Err(GitProblem::Detached);
        };
        status.upstream.ok_or(GitProblem::NoUpstream { branch })
    }

    fn fetch(&self, upstream: &str) -> Result<(), GitProblem> {
        let out = self.git("fetch", &["fetch", "--quiet"], self.network)?;
        if out.ok {
            Ok(())
        } else {
            Err(out.problem("fetch", upstream))
        }
    }

    /// Commits ahead of and behind the remote branch as last fetched.
    fn ahead_behind(&self, upstream: &str) -> Result<(u32, u32), GitProblem> {
        let out = self.git(
            "rev-list",
            &["rev-list", "--left-right", "--count", "HEAD...@{upstream}"],
            self.local,
        )?;
        if !out.ok {
            return Err(out.problem("rev-list", upstream));
        }
        let text = out.stdout_text();
        let mut counts = text
            .split_whitespace()
            .map(|n| n.parse::<u32>().unwrap_or(0));
        Ok((counts.next().unwrap_or(0), counts.next().unwrap_or(0)))
    }

    /// Runs `git args` in the sessions folder: no shell, no prompts, C
    /// locale, its own process group, stopped after `timeout`.
    fn git(&self, step: &'static str, args: &[&str], timeout: Duration) -> Result<Out, GitProblem> {
        let mut command = Command::new("git");
        command
            .args(["-c", "core.quotePath=false"])
            .args(args)
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GCM_INTERACTIVE", "never")
            .env("GIT_ASKPASS", "")
            .env("SSH_ASKPASS_REQUIRE", "never")
            .env("LC_ALL", "C")
            .env("LANGUAGE", "C")
            // The folder decides which repository; never a variable left
            // over from a hook or another tool.
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
        if let Some(ssh) = self.ssh {
            command.env("GIT_SSH_COMMAND", ssh);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        run(command, step, timeout)
    }
}

/// What one git printed, and whether it succeeded.
#[derive(Debug)]
struct Out {
    ok: bool,
    stdout: Vec<u8>,
    stderr: String,
}

impl Out {
    fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Reads git's complaint (C locale) into a problem.
    fn problem(&self, step: &'static str, upstream: &str) -> GitProblem {
        let err = &self.stderr;
        let has = |needle: &str| err.contains(needle);
        let upstream = upstream.to_owned();
        if has("terminal prompts disabled")
            || has("Authentication failed")
            || has("could not read Username")
            || has("could not read Password")
            || has("Permission denied (publickey")
            || has("Host key verification failed")
        {
            GitProblem::Auth { upstream }
        } else if has("[rejected]") || has("[remote rejected]") || has("failed to push") {
            GitProblem::Rejected {
                upstream,
                behind: has("fetch first") || has("non-fast-forward"),
            }
        } else if has("would be overwritten by merge") {
            GitProblem::InTheWay {
                files: err
                    .lines()
                    .filter(|l| l.starts_with('\t'))
                    .map(|l| l.trim().to_owned())
                    .collect(),
            }
        } else if has("Not possible to fast-forward") {
            GitProblem::Diverged {
                upstream,
                ahead: 0,
                behind: 0,
            }
        } else if has("Please tell me who you are")
            || has("unable to auto-detect email address")
            || has("empty ident name")
        {
            GitProblem::NoIdentity
        } else if (step == "fetch" || step == "push")
            && [
                "Could not read from remote repository",
                "does not appear to be a git repository",
                "unable to access",
                "Could not resolve host",
                "Connection refused",
                "Connection timed out",
                "Network is unreachable",
                "No route to host",
            ]
            .iter()
            .any(|n| has(n))
        {
            // No network, a host that does not answer, a remote path that
            // is gone.
            GitProblem::Unreachable {
                upstream,
                detail: first_line(err),
            }
        } else {
            GitProblem::Failed {
                step,
                detail: first_line(err),
            }
        }
    }
}

/// git's most telling line: the first `fatal:` or `error:`, else the first.
fn first_line(err: &str) -> String {
    let lines: Vec<&str> = err
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines
        .iter()
        .find(|l| l.starts_with("fatal:") || l.starts_with("error:"))
        .or(lines.first())
        .map(|l| (*l).to_owned())
        .unwrap_or_default()
}

/// Runs `command`, collecting its output, and stops it after `timeout`.
/// A helper it started (an SSH connection kept open) may hold its output
/// open after it ends; what arrived by then is used.
fn run(mut command: Command, step: &'static str, timeout: Duration) -> Result<Out, GitProblem> {
    let mut child = command.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => GitProblem::NotInstalled,
        _ => GitProblem::Failed {
            step,
            detail: e.to_string(),
        },
    })?;
    let (done_tx, done_rx) = mpsc::channel();
    let collect = |pipe: Option<Box<dyn Read + Send>>| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        if let Some(mut pipe) = pipe {
            let sink = Arc::clone(&buffer);
            let done = done_tx.clone();
            std::thread::spawn(move || {
                let mut chunk = [0u8; 8192];
                while let Ok(n) = pipe.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    if let Ok(mut b) = sink.lock() {
                        b.extend_from_slice(&chunk[..n]);
                    }
                }
                let _ = done.send(());
            });
        } else {
            let _ = done_tx.send(());
        }
        buffer
    };
    let stdout = collect(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = collect(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(GitProblem::TimedOut {
                    step,
                    seconds: timeout.as_secs(),
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                return Err(GitProblem::Failed {
                    step,
                    detail: e.to_string(),
                });
            }
        }
    };
    // Both readers, or half a second for a helper holding a pipe open.
    let grace = Instant::now() + Duration::from_millis(500);
    for _ in 0..2 {
        let left = grace.saturating_duration_since(Instant::now());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
    }
    let take = |b: &Arc<Mutex<Vec<u8>>>| b.lock().map(|b| b.clone()).unwrap_or_default();
    Ok(Out {
        ok: status.success(),
        stdout: take(&stdout),
        stderr: String::from_utf8_lossy(&take(&stderr)).into_owned(),
    })
}

/// Reads `git status --porcelain=v2 --branch -z`; paths there are relative
/// to the top of the work tree and are made relative to the sessions
/// folder (`prefix`).
fn parse_status(out: &[u8], prefix: &str) -> Status {
    let mut status = Status::default();
    let mut records = out.split(|b| *b == 0).map(String::from_utf8_lossy);
    while let Some(record) = records.next() {
        let path = if let Some(head) = record.strip_prefix("# ") {
            if let Some(branch) = head.strip_prefix("branch.head ") {
                status.branch = (branch != "(detached)").then(|| branch.to_owned());
            } else if let Some(upstream) = head.strip_prefix("branch.upstream ") {
                status.upstream = Some(upstream.to_owned());
            } else if let Some(ab) = head.strip_prefix("branch.ab ") {
                let mut n = ab
                    .split_whitespace()
                    .map(|n| n.trim_start_matches(['+', '-']).parse().unwrap_or(0));
                status.ahead_behind = Some((n.next().unwrap_or(0), n.next().unwrap_or(0)));
            }
            continue;
        } else if let Some(path) = record.strip_prefix("? ") {
            path.to_owned()
        } else if record.starts_with("1 ") {
            record.splitn(9, ' ').nth(8).unwrap_or_default().to_owned()
        } else if record.starts_with("2 ") {
            // A rename: the next record is the old path.
            let _ = records.next();
            record.splitn(10, ' ').nth(9).unwrap_or_default().to_owned()
        } else if record.starts_with("u ") {
            record
                .splitn(11, ' ')
                .nth(10)
                .unwrap_or_default()
                .to_owned()
        } else {
            continue;
        };
        if let Some(inside) = path.strip_prefix(prefix)
            && !inside.is_empty()
        {
            status.changed.push(PathBuf::from(inside));
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_reads_branch_tracking_and_files_inside_the_folder() {
        let out = b"# branch.oid abc\0# branch.head main\0# branch.upstream origin/main\0# branch.ab +2 -1\0? sessions/a b.json\0? other/x.json\x001 .M N... 100644 100644 100644 h1 h2 sessions/.changes/c.json\0";
        let status = parse_status(out, "sessions/");
        assert_eq!(status.branch.as_deref(), Some("main"));
        assert_eq!(status.upstream.as_deref(), Some("origin/main"));
        assert_eq!(status.ahead_behind, Some((2, 1)));
        assert_eq!(
            status.changed,
            vec![PathBuf::from("a b.json"), PathBuf::from(".changes/c.json")]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_git_that_hangs_is_stopped_after_its_timeout() {
        let mut command = Command::new("sleep");
        command
            .arg("30")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let started = Instant::now();
        assert_eq!(
            run(command, "fetch", Duration::from_millis(200)).map(|o| o.ok),
            Err(GitProblem::TimedOut {
                step: "fetch",
                seconds: 0
            })
        );
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "it was stopped"
        );
    }

    #[test]
    fn a_missing_program_is_not_installed() {
        let command = Command::new("spanning-no-such-git-program");
        assert_eq!(
            run(command, "status", LOCAL_TIMEOUT).map(|o| o.ok),
            Err(GitProblem::NotInstalled)
        );
    }

    #[test]
    fn a_detached_head_has_no_branch() {
        let status = parse_status(b"# branch.head (detached)\0", "");
        assert_eq!(status.branch, None);
        assert_eq!(status.upstream, None);
    }

    #[test]
    fn git_complaints_become_problems() {
        let out = |stderr: &str| Out {
            ok: false,
            stdout: Vec::new(),
            stderr: stderr.to_owned(),
        };
        assert_eq!(
            out(" ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to '/r'\n")
                .problem("push", "origin/main"),
            GitProblem::Rejected {
                upstream: "origin/main".into(),
                behind: true
            }
        );
        assert_eq!(
            out("fatal: could not read Username for 'https://h': terminal prompts disabled\n")
                .problem("fetch", "origin/main"),
            GitProblem::Auth {
                upstream: "origin/main".into()
            }
        );
        assert_eq!(
            out("fatal: '/gone' does not appear to be a git repository\nfatal: Could not read from remote repository.\n")
                .problem("fetch", "origin/main"),
            GitProblem::Unreachable {
                upstream: "origin/main".into(),
                detail: "fatal: '/gone' does not appear to be a git repository".into()
            }
        );
        assert_eq!(
            out("error: Your local changes to the following files would be overwritten by merge:\n\ta.json\nPlease commit your changes or stash them before you merge.\nAborting\n")
                .problem("merge", "origin/main"),
            GitProblem::InTheWay {
                files: vec!["a.json".into()]
            }
        );
        assert_eq!(
            out("\n*** Please tell me who you are.\n").problem("commit", ""),
            GitProblem::NoIdentity
        );
    }
}
