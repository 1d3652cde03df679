//! A pasted text that itself holds the bracketed-paste end marker
//! (`ESC[201~`) ends the paste early in the terminal library; the rest of
//! the text must still be text, never keys that drive the meeting.

use crate::support::pty::Term;
use spanning::meeting::state::TurnOutcome;
use spanning::store;

#[test]
fn a_paste_holding_the_end_marker_never_drives_the_meeting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &["new", "--title", "T", "--participants", "Ana, Bram"],
        dir.path(),
        100,
        30,
    );
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("NOW: ANA");
    term.key("\r");
    term.wait_for("the gist");
    // Enter, q, u and n are commands once the dialog is gone.
    term.key("\x1b[200~hello \x1b[201~\rquit? u n\x1b[201~");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let screen = term.screen();
    assert!(screen.contains("the gist"), "dialog still open:\n{screen}");
    assert!(!screen.contains("NOW: BRAM"), "no turn recorded:\n{screen}");
    term.key("\r");
    term.wait_for("NOW: BRAM");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());
    assert!(term.restored());

    let dirs = std::fs::read_dir(dir.path().join("sessions")).expect("sessions");
    let path = dirs
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("a session file");
    let loaded = store::load(&path).expect("loads");
    let TurnOutcome::Said { text } = &loaded.session.state().rounds[0].turns[0].outcome else {
        panic!("Ana's turn was said");
    };
    // Everything but the marker the terminal library took: Enter as a
    // line break, the rest as typed.
    assert_eq!(text, "hello \nquit? u n");
    assert_eq!(loaded.session.state().rounds[0].turns.len(), 1);
}
