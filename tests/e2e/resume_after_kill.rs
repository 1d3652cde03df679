//! Resuming after spanning was killed (kill -9, a crashed laptop): the
//! meeting says on its own screen that it was not closed properly and
//! nothing saved was lost. The same words go to the terminal before the
//! meeting starts, but after a kill the terminal is often still on the
//! killed spanning's screen, which the meeting clears as it starts: said
//! only there, the message was never seen.

use crate::support::pty::Term;
use crate::support::tui as tui_support;

use spanning::meeting::Session;
use spanning::store::SessionsDir;
use spanning::text::Lang;

#[test]
fn resuming_after_a_kill_says_so_on_the_meetings_screen() {
    for (lang, ready, said) in [
        (
            Lang::En,
            "Ready to start",
            "was not closed properly last time",
        ),
        (Lang::Nl, "Klaar om te beginnen", "niet netjes afgesloten"),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let session = Session::open(tui_support::setup_in(lang)).expect("valid setup");
        let path = SessionsDir::new(dir.path().join("sessions"))
            .create(&session)
            .expect("create")
            .path()
            .to_path_buf();
        let path = path.display().to_string();

        let mut term = Term::spawn(&["resume", &path], dir.path(), 100, 30);
        term.wait_for(ready);
        term.kill_hard();

        let mut term = Term::spawn(&["resume", &path], dir.path(), 100, 30);
        term.wait_for(ready);
        assert!(shows(&term, said), "{lang:?}: {}", term.screen());
        term.key("q");
        term.key(if lang == Lang::En { "y" } else { "j" });
        assert!(term.wait_exit(), "{lang:?}: left");

        // A meeting left properly takes no such message the next time.
        let term = Term::spawn(&["resume", &path], dir.path(), 100, 30);
        term.wait_for(ready);
        assert!(!shows(&term, said), "{lang:?}: {}", term.screen());
    }
}

/// Whether the screen shows `text` within two seconds, wherever the
/// status line wraps it.
fn shows(term: &Term, text: &str) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::time::Instant::now() < deadline {
        if term.screen().replace('\n', " ").contains(text) {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    false
}
