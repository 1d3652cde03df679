//! After leaving a meeting with a full disk, its entries are in a copy in
//! the temporary folder, named by the session's ID. The next `spanning`
//! (before the home screen) and `resume` of that session say where the
//! copy is and offer to move it back: yes puts it into the sessions
//! folder through the store and removes it, no leaves both.

use crate::support::pty::Term;
use crate::support::tui as tui_support;

use std::path::{Path, PathBuf};

use spanning::meeting::{Command, Event, Session};
use spanning::store::{self, SessionsDir};

/// A session file with no entries, and in `tmp` the copy that leaving
/// with a full disk leaves: the same meeting with one note more, written
/// by the store's own "save elsewhere". Returns (session file, copy).
fn stale_session_and_copy(dir: &Path, tmp: &Path) -> (PathBuf, PathBuf) {
    let session = Session::open(tui_support::setup()).expect("valid setup");
    let mut open = SessionsDir::new(dir.join("sessions"))
        .create(&session)
        .expect("create");
    let path = open.path().to_path_buf();
    let mut longer = session.clone();
    longer
        .execute(
            &Command::Note {
                text: "kept through a full disk".into(),
            },
            tui_support::at(60),
        )
        .expect("a note is accepted");
    open.save_elsewhere(tmp, &longer)
        .expect("the copy is written");
    let copy = open.path().to_path_buf();
    assert_eq!(copy, store::temp_copy_path_in(tmp, open.id()));
    (path, copy)
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

#[test]
fn resume_offers_the_temp_copy_and_yes_moves_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let (path, copy) = stale_session_and_copy(dir.path(), tmp.path());
    assert!(notes(&path).is_empty());
    let shown = path.display().to_string();
    let tmpdir = tmp.path().display().to_string();

    let mut term = Term::spawn_with_env(
        &["resume", &shown],
        dir.path(),
        200,
        30,
        &[("TMPDIR", &tmpdir)],
    );
    term.wait_for("1 more entry is in the temporary folder");
    term.wait_for(&copy.display().to_string());
    term.wait_for("Move it back into the sessions folder? [y/N]");
    term.type_text("y\r");
    term.wait_for("Weekly governance");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());
    assert_eq!(notes(&path), vec!["kept through a full disk".to_owned()]);
    assert!(!copy.exists(), "the copy is removed once it is back");
}

#[test]
fn home_offers_the_temp_copy_in_dutch_and_no_leaves_both() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let (path, copy) = stale_session_and_copy(dir.path(), tmp.path());
    let tmpdir = tmp.path().display().to_string();

    let mut term = Term::spawn_with_env(
        &[],
        dir.path(),
        200,
        30,
        &[("TMPDIR", &tmpdir), ("LANG", "nl_NL.UTF-8")],
    );
    term.wait_for("1 regel meer staat in de tijdelijke map");
    term.wait_for("Terugzetten in de sessiemap? [j/N]");
    term.type_text("n\r");
    term.wait_for("Weekly governance");
    term.key("\x1b");
    assert!(term.wait_exit());
    term.wait_for("blijft in de tijdelijke map staan");
    assert!(notes(&path).is_empty(), "no leaves the session as it was");
    assert_eq!(notes(&copy), vec!["kept through a full disk".to_owned()]);
}

#[test]
fn home_yes_moves_the_copy_back_and_asks_no_more() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let (path, copy) = stale_session_and_copy(dir.path(), tmp.path());
    let tmpdir = tmp.path().display().to_string();

    let mut term = Term::spawn_with_env(&[], dir.path(), 200, 30, &[("TMPDIR", &tmpdir)]);
    term.wait_for("Move it back into the sessions folder? [y/N]");
    term.type_text("y\r");
    term.wait_for("Unfinished meetings");
    term.key("\x1b");
    assert!(term.wait_exit());
    assert_eq!(notes(&path), vec!["kept through a full disk".to_owned()]);
    assert!(!copy.exists(), "the copy is removed once it is back");

    // Nothing left to offer: the home screen opens at once.
    let mut term = Term::spawn_with_env(&[], dir.path(), 200, 30, &[("TMPDIR", &tmpdir)]);
    term.wait_for("Unfinished meetings");
    assert!(!term.screen().contains("Move it back"));
    term.key("\x1b");
    assert!(term.wait_exit());
}

#[test]
fn resume_never_moves_back_a_copy_the_session_has_moved_past() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let session = Session::open(tui_support::setup()).expect("valid setup");
    let mut open = SessionsDir::new(dir.path().join("sessions"))
        .create(&session)
        .expect("create");
    let path = open.path().to_path_buf();
    let with = |text: &str| {
        let mut s = session.clone();
        s.execute(&Command::Note { text: text.into() }, tui_support::at(60))
            .expect("a note is accepted");
        s
    };
    // The file went on differently from the copy (same length, other entry).
    open.save(&with("in the file")).expect("saved");
    open.save_elsewhere(tmp.path(), &with("in the copy"))
        .expect("the copy is written");
    let copy = open.path().to_path_buf();
    drop(open);
    let shown = path.display().to_string();
    let tmpdir = tmp.path().display().to_string();

    let mut term = Term::spawn_with_env(
        &["resume", &shown],
        dir.path(),
        200,
        30,
        &[("TMPDIR", &tmpdir)],
    );
    term.wait_for("Weekly governance");
    assert!(!term.screen().contains("[y/N]"), "nothing to offer");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());
    term.wait_for("Not moved back");
    assert_eq!(notes(&path), vec!["in the file".to_owned()]);
    assert_eq!(notes(&copy), vec!["in the copy".to_owned()]);
}
