//! Ctrl-C in a dialog keeps what was typed, in the real binary: a hidden
//! draft beside the session (never in it, never listed as a session), the
//! dialog back with the text on resume, and the draft gone once recorded.

use crate::support::pty::Term;
use crate::support::tui as tui_support;

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use spanning::meeting::{Event, Session};
use spanning::store::{self, SessionsDir};

fn session_file(dir: &Path) -> PathBuf {
    let session = Session::open(tui_support::setup()).expect("valid setup");
    let open = SessionsDir::new(dir.join("sessions"))
        .create(&session)
        .expect("create");
    open.path().to_path_buf()
}

fn notes(path: &Path) -> Vec<String> {
    store::load(path)
        .expect("the session loads")
        .session
        .log()
        .iter()
        .filter_map(|r| match &r.event {
            Event::NoteRecorded { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn draft_of(path: &Path) -> PathBuf {
    let stem = path.file_stem().expect("stem").to_string_lossy();
    path.with_file_name(format!(".{stem}.draft"))
}

fn until(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn ctrl_c_in_a_dialog_keeps_the_draft_and_resume_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = session_file(dir.path());
    let shown = path.display().to_string();

    let mut term = Term::spawn(&["resume", &shown], dir.path(), 120, 30);
    term.wait_for("Weekly governance");
    term.key("m");
    term.type_text("half a thought about the release");
    term.wait_for("half a thought about the release");
    term.key("\x03");
    assert!(term.wait_exit(), "Ctrl-C leaves");
    assert!(term.restored(), "the terminal is restored");
    let draft = draft_of(&path);
    assert!(draft.is_file(), "the draft is kept beside the session");
    // The session itself holds no trace of it, and lists see one session.
    assert!(notes(&path).is_empty());
    let listed = SessionsDir::new(dir.path().join("sessions")).list();
    assert_eq!(listed.len(), 1, "{listed:?}");

    let mut term = Term::spawn(&["resume", &shown], dir.path(), 120, 30);
    term.wait_for("half a thought about the release");
    term.wait_for("Restored what was being typed");
    term.type_text(", and more");
    term.key("\r");
    term.wait_for("the note \"half a thought about the release, and more\"");
    until("the draft to be forgotten", || !draft.exists());
    term.kill_hard();
    assert_eq!(
        notes(&path),
        vec!["half a thought about the release, and more".to_owned()]
    );
}

#[test]
fn a_stop_signal_or_hang_up_with_a_dialog_open_keeps_the_draft_too() {
    for signal in ["TERM", "HUP"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = session_file(dir.path());
        let shown = path.display().to_string();
        let mut term = Term::spawn(&["resume", &shown], dir.path(), 120, 30);
        term.wait_for("Weekly governance");
        term.key("m");
        term.type_text("typed when the laptop lid closed");
        term.wait_for("typed when the laptop lid closed");
        term.signal(signal);
        assert!(term.wait_exit(), "{signal}: spanning stops");
        let draft = draft_of(&path);
        until("the draft", || draft.is_file());
        assert!(notes(&path).is_empty(), "{signal}");
        let mut term = Term::spawn(&["resume", &shown], dir.path(), 120, 30);
        term.wait_for("typed when the laptop lid closed");
        term.kill_hard();
    }
}
