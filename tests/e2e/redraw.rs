//! Ctrl-L redraws the whole screen, as terminal users expect: after
//! another program wrote over spanning's screen, the meeting (and review,
//! and replay) come back whole, with nothing recorded.

use std::thread;
use std::time::Duration;

use crate::support::pty::Term;

const SCRIBBLE: &str = "SCRIBBLED-BY-ANOTHER-PROGRAM";

/// Writes over row 12 of the screen, waits for a few of spanning's own
/// frames (the clock ticks), and checks they leave the scribble alone:
/// a frame writes only the cells that changed. Then Ctrl-L takes it away
/// and `expect` is still on screen.
fn scribble_then_redraw(term: &mut Term, expect: &str) {
    term.scribble(&format!("\x1b[12;5H{SCRIBBLE}"));
    assert!(term.screen().contains(SCRIBBLE));
    thread::sleep(Duration::from_millis(1200));
    assert!(
        term.screen().contains(SCRIBBLE),
        "an ordinary frame rewrites only what changed:\n{}",
        term.screen()
    );
    term.key("\x0c");
    term.wait_gone(SCRIBBLE);
    term.wait_for(expect);
}

#[test]
fn ctrl_l_redraws_the_meeting_the_help_and_review_after_another_program_wrote_over_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &["new", "--title", "Weekly", "--participants", "Ana, Bram"],
        dir.path(),
        80,
        24,
    );
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    let entries = || {
        let file = std::fs::read_dir(dir.path().join("sessions"))
            .expect("sessions folder")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "json"))
            .expect("the session file");
        spanning::store::load(&file)
            .expect("loads")
            .session
            .log()
            .len()
    };
    let before = entries();
    scribble_then_redraw(&mut term, "CHECK-IN ROUND");
    // The help lists it, and Ctrl-L records nothing and opens nothing.
    term.key("?");
    term.wait_for("Ctrl-L redraws the screen");
    term.key("x");
    term.wait_gone("Ctrl-L redraws the screen");
    term.wait_for("CHECK-IN ROUND");
    assert_eq!(entries(), before, "Ctrl-L and help record nothing");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());

    let mut review = Term::spawn(
        &["--sessions-dir", "sessions", "review"],
        dir.path(),
        80,
        24,
    );
    review.wait_for("Past sessions");
    review.wait_for("Weekly");
    scribble_then_redraw(&mut review, "Past sessions");
    review.key("?");
    review.wait_for("Ctrl-L redraws the screen");
    review.key("x");
    review.key("q");
    assert!(review.wait_exit());
}

#[test]
fn ctrl_l_redraws_in_dutch_and_the_help_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn_with_env(
        &["new", "--title", "Rolverleg", "--participants", "Ana, Bram"],
        dir.path(),
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
    );
    term.wait_for("Klaar om te beginnen");
    term.key("\r");
    term.wait_for("INCHECKRONDE");
    scribble_then_redraw(&mut term, "INCHECKRONDE");
    term.key("?");
    term.wait_for("Ctrl-L tekent het scherm opnieuw");
    term.key("x");
    term.key("q");
    term.key("j");
    assert!(term.wait_exit());
}
