//! The full-screen readers on a hostile folder (`support::hostile`): the
//! home screen, review, a new meeting and resuming one all come up with the
//! good sessions and say that files cannot be read, instead of hanging on a
//! named pipe or reading keystrokes through a link to the terminal; and
//! leaving a meeting whose file name is full of escape sequences prints the
//! name harmlessly. Every wait has the pty helpers' deadline, so a hang
//! fails the test.

use crate::support::hostile;
use crate::support::pty::Term;

#[test]
fn home_review_and_new_come_up_on_a_hostile_folder() {
    let folder = hostile::folder();
    let root = folder.dir.path();

    let mut home = Term::spawn(&[], root, 120, 40);
    home.wait_for("Unfinished meetings");
    home.wait_for("Open governance");
    home.wait_for(&format!(
        "{} files in this folder cannot be read",
        folder.bad.len()
    ));
    home.key("\x03");
    assert!(home.wait_exit());
    assert!(home.restored());

    let mut review = Term::spawn(&["review"], root, 120, 40);
    review.wait_for("Past sessions");
    review.wait_for("Weekly");
    review.wait_for("unreadable");
    review.key("\x03");
    review.wait_exit();
    assert!(review.restored());

    let mut new = Term::spawn(
        &["new", "--title", "T", "--participants", "Ana, Bram"],
        root,
        100,
        30,
    );
    new.wait_for("Ready to start");
    new.key("\r");
    new.wait_for("NOW: ANA");
    new.key("q");
    new.wait_for("already saved");
    new.key("y");
    assert!(new.wait_exit());
}

#[test]
fn leaving_a_meeting_with_an_escape_sequence_name_prints_it_harmlessly() {
    let folder = hostile::folder();
    let root = folder.dir.path();
    let evil = folder.evil_name.to_string_lossy().into_owned();
    let mut term = Term::spawn(&["resume", &evil], root, 140, 30);
    term.wait_for("AGENDA");
    term.key("q");
    term.wait_for("already saved");
    term.key("y");
    assert!(term.wait_exit());
    let screen = term.screen();
    let line = screen
        .lines()
        .find(|l| l.contains("Session saved in"))
        .unwrap_or_else(|| panic!("the screen was cleared or the line is missing:\n{screen}"));
    // The sequences arrive as U+FFFD markers, which this screen model
    // does not draw; raw, the clear-screen would have wiped this line.
    assert!(line.contains("2026-01-01T0000-x.json"), "{line}");
    assert!(!screen.contains("31m"), "{screen}");
}
