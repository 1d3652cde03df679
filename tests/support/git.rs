//! Real local git repositories for the tests of sessions that travel:
//! a bare remote in a temporary folder and two clones of it, Ana's laptop
//! and Bram's, each with its own user.name and user.email so CI needs no
//! git identity. The tests' own `git` ignores global and system settings.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use spanning::store::SessionsDir;

/// Runs `git` in `dir` (no global or system configuration), asserting it
/// worked; returns what it printed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Process::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A bare remote with one commit (a README and the `sessions` folder) and
/// two clones of it.
pub struct Laptops {
    /// Holds everything; removed at the end.
    pub temp: tempfile::TempDir,
    /// The bare remote.
    pub remote: PathBuf,
    /// Ana's clone.
    pub ana: PathBuf,
    /// Bram's clone.
    pub bram: PathBuf,
}

impl Laptops {
    /// The remote and both clones.
    pub fn new() -> Laptops {
        let temp = tempfile::tempdir().expect("temp dir");
        let remote = temp.path().join("remote.git");
        git(
            temp.path(),
            &["init", "--quiet", "--bare", "-b", "main", "remote.git"],
        );
        let seed = temp.path().join("seed");
        git(temp.path(), &["clone", "--quiet", "remote.git", "seed"]);
        configure(&seed, "Seed");
        std::fs::create_dir(seed.join("sessions")).expect("sessions folder");
        std::fs::write(seed.join("sessions/.gitkeep"), "").expect("keep file");
        std::fs::write(seed.join("README.md"), "Our circle's meetings\n").expect("readme");
        git(&seed, &["add", "."]);
        git(&seed, &["commit", "--quiet", "-m", "Start"]);
        git(&seed, &["push", "--quiet", "-u", "origin", "main"]);
        let clone = |name: &str, who: &str| {
            git(temp.path(), &["clone", "--quiet", "remote.git", name]);
            let path = temp.path().join(name);
            configure(&path, who);
            path
        };
        let ana = clone("ana", "Ana");
        let bram = clone("bram", "Bram");
        Laptops {
            temp,
            remote,
            ana,
            bram,
        }
    }

    /// The sessions folder on a laptop.
    pub fn sessions(laptop: &Path) -> SessionsDir {
        SessionsDir::new(laptop.join("sessions"))
    }

    /// The commit subjects on the remote, newest first.
    pub fn remote_log(&self) -> Vec<String> {
        git(&self.remote, &["log", "--format=%s", "main"])
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

/// Who commits in a clone; never signs (a CI machine has no key).
pub fn configure(repo: &Path, who: &str) {
    git(repo, &["config", "user.name", who]);
    git(
        repo,
        &[
            "config",
            "user.email",
            &format!("{}@example.org", who.to_lowercase()),
        ],
    );
    git(repo, &["config", "commit.gpgsign", "false"]);
}
