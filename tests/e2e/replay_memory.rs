//! Replay of a session at the limits typing allows (126 notes of 256 KB,
//! a 33 MB file) runs in the real binary with its data segment capped at
//! 150 MB: stepping to the end, back, to the start and to the end again,
//! then leaving cleanly. Replay used to keep a whole copy of the meeting
//! every 256 entries and a second copy of the log for drawing.

use std::thread;
use std::time::{Duration, Instant};

use spanning::meeting::Command as Cmd;
use spanning::meeting::decide::MAX_TEXT_BYTES;
use spanning::store;

use crate::support::common::{at, open_meeting};
use crate::support::pty::Term;

/// Waits longer than `Term::wait_for`: a debug build reads 33 MB slowly
/// on a busy machine.
fn shows(term: &Term, text: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if term.screen().contains(text) {
            return true;
        }
        thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn replay_of_a_session_at_the_limits_stays_under_150_mb() {
    let mut session = open_meeting();
    for n in 0..126 {
        let text = format!("{n:04} {}", "x".repeat(MAX_TEXT_BYTES - 16));
        session
            .execute(&Cmd::Note { text }, at(90, n))
            .expect("a note at the limit is recorded");
    }
    let dir = tempfile::tempdir().expect("tmp");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("dir");
    let id = store::stem(session.setup(), 9);
    std::fs::write(
        sessions.join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    drop(session);

    let mut term = Term::spawn_capped(&["replay", &id], dir.path(), 120, 30, 150 * 1024);
    assert!(shows(&term, "Replay"), "{}", term.screen());
    for key in ["\x1b[F", "\x1b[D", "\x1b[D", "\x1b[H", "\x1b[F"] {
        term.key(key);
        thread::sleep(Duration::from_millis(1500));
    }
    // Still drawing at the end: the last note is on screen.
    assert!(shows(&term, "0125"), "{}", term.screen());
    term.key("q");
    term.key("q");
    assert!(term.wait_exit(), "replay ended cleanly under the cap");
    assert!(term.restored());
}
