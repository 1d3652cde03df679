//! `spanning follow` against a real facilitator: the writer (`spanning
//! new` or `resume`) in one pseudo terminal, the follower in another, both
//! the real binary on one sessions folder. The follower sees each saved
//! entry, browses and rejoins, sees the summary when the meeting closes
//! and says when the facilitator's spanning was killed; it never writes;
//! the facilitator's screen counts it.

#![allow(clippy::unwrap_used)]

use crate::support::pty;
use crate::support::tui as tui_support;

use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use pty::Term;
use spanning::store::SessionsDir;
use spanning::text::Lang;

/// The binary in a pseudo terminal in `lang`, keeping its presence files
/// (both sides) under the test's own folder.
fn spawn(args: &[&str], dir: &Path, cols: u16, rows: u16, lang: &str) -> Term {
    let run = dir.join("run");
    fs::create_dir_all(&run).unwrap();
    let run = run.display().to_string();
    Term::spawn_with_env(
        args,
        dir,
        cols,
        rows,
        &[("XDG_RUNTIME_DIR", run.as_str()), ("LANG", lang)],
    )
}

/// Every file in the sessions folder with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<_> = fs::read_dir(dir.join("sessions"))
        .unwrap()
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().ends_with(".lock"))
        .map(|e| (e.path(), fs::read(e.path()).unwrap_or_default()))
        .collect();
    all.sort();
    all
}

#[test]
fn a_follower_sees_each_entry_browses_rejoins_and_outlives_a_killed_facilitator() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = spawn(
        &[
            "new",
            "--title",
            "Weekly governance",
            "--circle",
            "Team Alpha",
            "--participants",
            "Ana, Bram, Chen",
        ],
        dir.path(),
        80,
        24,
        "en_GB.UTF-8",
    );
    writer.wait_for("Ready to start");
    writer.key("\r");
    writer.wait_for("CHECK-IN ROUND");
    writer.wait_for("NOW: ANA");

    // No ID: the newest unfinished meeting.
    let mut follower = spawn(&["follow"], dir.path(), 100, 30, "en_GB.UTF-8");
    follower.wait_for("following the facilitator: check-in round");
    follower.wait_for("NOW: ANA");
    follower.wait_for("read-only");
    // The facilitator's screen counts the follower (within a second or so).
    writer.wait_for("1 following");

    // Each saved entry appears on the follower's screen.
    writer.key("\r");
    writer.wait_for("the gist");
    writer.type_text("Busy week, glad to be here");
    let typed = Instant::now();
    writer.key("\r");
    follower.wait_for("Busy week, glad to be here");
    // A figure for the README, not a test: the pty and the screen model
    // poll every 30 ms on top.
    eprintln!(
        "the follower showed the entry {:?} after Enter was typed at the facilitator's",
        typed.elapsed()
    );
    follower.wait_for("NOW: BRAM");
    writer.key("-");
    follower.wait_for("NOW: CHEN");

    // No key of the follower changes the meeting.
    let before = files(dir.path());
    for key in ["\r", "-", "u", "n", "x", "\x1b[200~pasted\x1b[201~"] {
        follower.key(key);
    }
    follower.wait_for("Read-only: only the facilitator");
    thread::sleep(Duration::from_millis(300));
    assert_eq!(files(dir.path()), before, "the follower wrote nothing");

    // Browse: the agenda, then back to the facilitator with one key.
    follower.key("a");
    follower.wait_for("browsing — press F to rejoin");
    follower.wait_for("Agenda");
    follower.key("v");
    follower.wait_for("No proposal has been stated yet.");
    // The meeting moves on while the follower browses.
    writer.key("-");
    writer.wait_for("Everyone has had a turn");
    writer.key("n");
    writer.wait_for("▶ AGENDA ◀");
    follower.key("f");
    follower.wait_for("following the facilitator: agenda");

    // The follower's own size, whatever the facilitator's.
    follower.resize(60, 20);
    follower.wait_for("following the facilitator");
    follower.resize(160, 48);
    follower.wait_for("following the facilitator: agenda");

    // The facilitator's spanning is killed: the follower says when it
    // stopped and keeps showing the meeting.
    writer.kill_hard();
    follower.wait_for("the facilitator's spanning stopped at");
    follower.wait_for("▶ AGENDA ◀");

    follower.key("q");
    assert!(follower.wait_exit(), "leaving exits successfully");
    assert!(follower.restored(), "the terminal is restored");
    // Its presence file went with it.
    let run = dir.path().join("run").join("spanning-followers");
    let left: Vec<_> = walk(&run).into_iter().filter(|p| p.is_file()).collect();
    assert!(left.is_empty(), "{left:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}

#[test]
fn a_follower_sees_the_summary_when_the_meeting_closes_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let session = tui_support::closeout(Lang::Nl).session;
    let open = SessionsDir::new(dir.path().join("sessions"))
        .create(&session)
        .unwrap();
    let id = open.id().to_owned();
    drop(open);

    let mut writer = spawn(&["resume", &id], dir.path(), 80, 24, "nl_NL.UTF-8");
    writer.wait_for("▶ AFRONDING ◀");
    let mut follower = spawn(&["follow", &id], dir.path(), 80, 24, "nl_NL.UTF-8");
    follower.wait_for("je volgt de facilitator");
    writer.wait_for("1 volgt mee");
    // Let the last item go and close.
    writer.key("\x1b[B");
    writer.key("l");
    writer.wait_for("Café budget  (Dewi)  → losgelaten");
    writer.key("\r");
    writer.key("j");
    follower.wait_for("👁 de vergadering is gesloten");
    follower.wait_for("Samenvatting");
    writer.key("q");
    // Asked to stop (a closed window, a logout): the terminal comes back.
    follower.signal("TERM");
    follower.wait_exit();
    assert!(follower.restored());
}

#[test]
fn follow_without_an_open_meeting_says_so_in_english_and_dutch() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, expected) in [
        ("en_GB.UTF-8", "No meeting is open in"),
        ("nl_NL.UTF-8", "Er staat in"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_spanning"))
            .arg("follow")
            .current_dir(dir.path())
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("SPANNING_SESSIONS_DIR")
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{err}");
        assert!(err.contains("spanning new"), "{err}");
    }
}
