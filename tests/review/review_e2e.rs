//! End-to-end: the real binary in a pseudo terminal. `spanning review`
//! lists the folder, a search finds the session, Enter opens it, `r`
//! replays it, and leaving restores the terminal.

use crate::support::common;
use crate::support::pty;

use assert_cmd::Command;
use pty::Term;
use spanning::store::SessionsDir;

fn folder_with_example() -> (tempfile::TempDir, String) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path().join("sessions"));
    let session = common::example_meeting();
    let mut open = dir.create(&session).expect("created");
    open.save(&session).expect("saved");
    let id = open.id().to_owned();
    (temp, id)
}

#[test]
fn review_search_open_replay_and_quit_restores_the_terminal() {
    let (temp, _) = folder_with_example();
    let mut term = Term::spawn(
        &["--sessions-dir", "sessions", "review"],
        temp.path(),
        100,
        30,
    );
    term.wait_for("Past sessions");
    term.wait_for("Weekly governance");
    term.key("/");
    term.type_text("website");
    term.wait_for("1 of 1 sessions");
    term.key("\r");
    term.key("\r");
    term.wait_for("Decisions");
    term.wait_for("Proposed by Chen");
    term.key("r");
    term.wait_for("Replay");
    term.wait_for("the meeting as opened");
    term.key("}");
    term.wait_for("ITEM 1 OF 3");
    term.key("?");
    term.wait_for("previous phase");
    term.key("x");
    term.key("q");
    term.wait_for("Proposed by Chen");
    term.key("q");
    term.wait_for("Past sessions");
    term.key("q");
    assert!(term.wait_exit(), "review ends successfully");
    assert!(term.restored(), "terminal restored:\n{}", term.screen());
}

#[test]
fn replay_opens_directly_at_the_asked_speed() {
    let (temp, id) = folder_with_example();
    let mut term = Term::spawn(
        &["--sessions-dir", "sessions", "replay", &id, "--speed", "4"],
        temp.path(),
        100,
        30,
    );
    term.wait_for("Replay");
    term.wait_for("4×");
    // With a speed, replay plays at once (main's ed52f6d); space pauses.
    term.wait_for("playing");
    term.key(" ");
    term.wait_for("paused");
    term.key("q");
    assert!(term.wait_exit());
    assert!(term.restored());
}

#[test]
fn replay_refuses_a_speed_it_does_not_offer() {
    let (temp, id) = folder_with_example();
    Command::cargo_bin("spanning")
        .expect("binary")
        .current_dir(temp.path())
        .args(["--sessions-dir", "sessions", "replay", &id, "--speed", "3"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("1, 2, 4 or 16"));
}

#[test]
fn b_on_the_home_screen_browses_and_leaving_returns_home() {
    let (temp, _) = folder_with_example();
    let mut term = Term::spawn(&["--sessions-dir", "sessions"], temp.path(), 100, 30);
    term.wait_for("past sessions");
    term.key("b");
    term.wait_for("Past sessions");
    term.wait_for("Weekly governance");
    term.key("q");
    term.wait_for("past sessions");
    term.key("q");
    assert!(term.wait_exit());
    assert!(term.restored());
}

/// `SPANNING_EXIT_AFTER_FIRST_FRAME` (used by scripts/bench.sh to time
/// start-up) draws the first screen, leaves, and restores the terminal.
#[test]
fn exit_after_first_frame_draws_once_and_leaves() {
    let (temp, _) = folder_with_example();
    for args in [
        &["--sessions-dir", "sessions", "review"][..],
        &["--sessions-dir", "sessions", "new"][..],
    ] {
        let mut term = Term::spawn_with_env(
            args,
            temp.path(),
            100,
            30,
            &[("SPANNING_EXIT_AFTER_FIRST_FRAME", "1")],
        );
        assert!(term.wait_exit(), "{args:?} leaves after its first frame");
        assert!(term.restored(), "terminal restored:\n{}", term.screen());
    }
    let files = std::fs::read_dir(temp.path().join("sessions"))
        .expect("folder")
        .count();
    assert_eq!(files, 1, "leaving the setup at once writes no session");
}
