//! End-to-end: the real binary in a pseudo terminal, typed at like a
//! facilitator would, killed without warning, and resumed.

use crate::support::pty;

use std::fs;
use std::path::PathBuf;

use pty::Term;
use spanning::meeting::Phase;
use spanning::meeting::state::TurnOutcome;
use spanning::store;

fn only_session(dir: &std::path::Path) -> PathBuf {
    let files: Vec<PathBuf> = fs::read_dir(dir.join("sessions"))
        .expect("sessions folder exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[test]
fn a_meeting_survives_a_kill_and_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &[
            "new",
            "--title",
            "Weekly governance",
            "--circle",
            "Team Alpha",
            "--participants",
            "Ana (Release), Bram, Chen, Zoë",
            "--timebox",
            "60m",
        ],
        dir.path(),
        80,
        24,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    term.wait_for("NOW: ANA");
    term.key("\r");
    term.wait_for("the gist");
    term.type_text("Busy week, glad to be here");
    term.key("\r");
    term.wait_for("NOW: BRAM");
    term.key("-");
    term.wait_for("NOW: CHEN");

    // The file already holds both turns before anything is closed.
    term.kill_hard();
    let path = only_session(dir.path());
    let loaded = store::load(&path).expect("the session file loads after a kill");
    let round = &loaded.session.state().rounds[0];
    assert_eq!(round.turns.len(), 2);
    assert_eq!(
        round.turns[0].outcome,
        TurnOutcome::Said {
            text: "Busy week, glad to be here".into()
        }
    );
    assert_eq!(loaded.session.state().phase, Phase::CheckIn);

    let id = loaded.id.clone();
    let mut again = Term::spawn(&["resume", &id], dir.path(), 80, 24);
    again.wait_for("NOW: CHEN");
    again.wait_for("Busy week, glad to be here");
    again.key("q");
    again.wait_for("already saved");
    again.key("y");
    assert!(again.wait_exit(), "leaving exits successfully");
    assert!(again.restored(), "the terminal is restored after leaving");
    assert!(
        !dir.path()
            .join("sessions")
            .join(format!(".{id}.lock"))
            .exists(),
        "the lock is released on exit"
    );
}

#[test]
fn home_screen_offers_the_unfinished_meeting_and_pasted_text_stays_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(&[], dir.path(), 100, 30);
    term.wait_for("No meetings yet");
    term.key("n");
    term.wait_for("New meeting");
    term.key("\x1b");
    assert!(term.wait_exit());
    assert!(term.restored());
    assert!(
        !dir.path().join("sessions").exists(),
        "a cancelled setup saves nothing"
    );

    let mut term = Term::spawn(
        &["new", "--title", "T", "--participants", "Ana, Bram"],
        dir.path(),
        100,
        30,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("NOW: ANA");
    term.key("\r");
    term.wait_for("the gist");
    // Keys that are commands elsewhere arrive as a paste: they must become text.
    term.paste("q u n ? pasted");
    term.key("\r");
    term.wait_for("NOW: BRAM");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());

    let path = only_session(dir.path());
    let loaded = store::load(&path).expect("loads");
    assert_eq!(
        loaded.session.state().rounds[0].turns[0].outcome,
        TurnOutcome::Said {
            text: "q u n ? pasted".into()
        }
    );

    let mut home = Term::spawn(&[], dir.path(), 100, 30);
    home.wait_for("Unfinished meetings");
    home.key("\r");
    home.wait_for("NOW: BRAM");
    home.key("q");
    home.key("y");
    assert!(home.wait_exit());
}

#[test]
fn a_tiny_terminal_asks_to_be_enlarged_instead_of_crashing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &["new", "--title", "T", "--participants", "Ana, Bram"],
        dir.path(),
        40,
        10,
    );
    term.wait_for("nlarge");
    term.key("\x03");
    assert!(term.wait_exit());
    assert!(term.restored());
}

/// The language is chosen once, when the meeting is opened (from the locale
/// here), recorded in the session, and a resumed meeting speaks it whatever
/// the locale of the person resuming; `--lang` still picks the home screen's.
#[test]
fn a_dutch_meeting_stays_dutch_when_resumed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dutch = [("LANG", "nl_NL.UTF-8")];
    let mut term = Term::spawn_with_env(
        &["new", "--title", "Rolverleg", "--participants", "Ana, Bram"],
        dir.path(),
        80,
        24,
        &dutch,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Klaar om te beginnen");
    term.key("\r");
    term.wait_for("INCHECKRONDE");
    term.wait_for("NU: ANA");
    term.key("q");
    term.wait_for("Alles is al bewaard");
    // "j" for "ja", as the Dutch confirmation says.
    term.key("j");
    assert!(term.wait_exit(), "leaving with j exits successfully");

    let path = only_session(dir.path());
    let loaded = store::load(&path).expect("loads");
    assert_eq!(loaded.session.setup().lang, spanning::text::Lang::Nl);

    // Resumed from an English locale: still the meeting's language.
    let mut again = Term::spawn(&["resume", &loaded.id], dir.path(), 80, 24);
    again.wait_for("INCHECKRONDE");
    again.key("q");
    again.key("y");
    assert!(again.wait_exit());

    let mut home = Term::spawn(&["--lang", "nl"], dir.path(), 80, 24);
    home.wait_for("Nog niet gesloten");
    home.key("q");
    assert!(home.wait_exit());

    // --lang wins over the locale when a meeting is opened.
    let other = tempfile::tempdir().expect("temp dir");
    let mut english = Term::spawn_with_env(
        &[
            "new",
            "--lang",
            "en",
            "--title",
            "T",
            "--participants",
            "Ana, Bram",
        ],
        other.path(),
        80,
        24,
        &dutch,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    english.wait_for("Ready to start");
    english.key("\r");
    english.wait_for("CHECK-IN ROUND");
    english.key("q");
    english.key("y");
    assert!(english.wait_exit());
    let loaded = store::load(&only_session(other.path())).expect("loads");
    assert_eq!(loaded.session.setup().lang, spanning::text::Lang::En);
}

#[test]
fn a_late_arrival_and_a_note_are_saved_as_they_happen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &["new", "--title", "T", "--participants", "Ana, Bram"],
        dir.path(),
        80,
        24,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    term.key("w");
    term.wait_for("People and roles");
    term.key("a");
    term.wait_for("Someone arrives late");
    term.type_text("Eva");
    term.key("\t");
    term.type_text("Finance/Ops");
    term.key("\r");
    term.wait_for("Eva joining");
    term.key("\x1b");
    term.key("m");
    term.wait_for("Note for the minutes");
    term.type_text("Eva joined at 10:20");
    term.key("\r");
    term.wait_for("Recorded: the note");

    term.kill_hard();
    let loaded = store::load(&only_session(dir.path())).expect("the session loads");
    let state = loaded.session.state();
    assert_eq!(state.people[2].who.name, "Eva");
    assert_eq!(state.people[2].who.roles, vec!["Finance", "Ops"]);
    assert_eq!(
        state.notes.last().map(|n| n.text.as_str()),
        Some("Eva joined at 10:20")
    );
}
