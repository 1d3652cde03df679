//! A new meeting opens on the ready-to-start screen: neither the setup form
//! nor the wait for the last person counts as meeting time; the clock and
//! the timebox start when the facilitator starts the check-in.

use std::fs;
use std::thread;
use std::time::Duration;

use spanning::meeting::event::PhaseKind;
use spanning::meeting::{ClockStart, Event};
use spanning::store;

use crate::support::pty::Term;

fn only_session(dir: &std::path::Path) -> std::path::PathBuf {
    let files: Vec<_> = fs::read_dir(dir.join("sessions"))
        .expect("sessions folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

/// Seconds shown as "m:ss elapsed" on the clock line, if any.
fn elapsed_on(screen: &str) -> Option<i64> {
    let before = screen.split(" elapsed").next()?;
    let shown = before.rsplit(' ').next()?;
    let (m, s) = shown.split_once(':')?;
    Some(m.parse::<i64>().ok()? * 60 + s.parse::<i64>().ok()?)
}

#[test]
fn the_clock_starts_when_the_check_in_starts_not_at_the_setup_form() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &["new", "--participants", "Ana, Bram", "--timebox", "60m"],
        dir.path(),
        100,
        30,
    );
    term.wait_for("New meeting");
    term.type_text("Weekly");
    // Time on the form is not meeting time.
    thread::sleep(Duration::from_secs(3));
    let confirmed = chrono::Local::now().fixed_offset();
    term.key("\r");
    term.wait_for("Ready to start");
    term.wait_for("not started");
    term.wait_for("start with the check-in round");
    assert!(
        !term.screen().contains(" elapsed"),
        "no running clock before the check-in:\n{}",
        term.screen()
    );
    // Nor is the wait on the ready screen.
    thread::sleep(Duration::from_secs(3));
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    term.wait_for(" elapsed");
    let screen = term.screen();
    let elapsed = elapsed_on(&screen).expect("a clock on screen");
    assert!(
        elapsed <= 1,
        "the clock starts at 0:00, not {elapsed} s:\n{screen}"
    );
    assert!(
        screen.contains("1:00:00 left") || screen.contains("59:59 left"),
        "the whole timebox is ahead:\n{screen}"
    );
    term.key("q");
    term.key("y");
    assert!(term.wait_exit());

    let loaded = store::load(&only_session(dir.path())).expect("loads");
    let setup = loaded.session.setup();
    assert_eq!(setup.clock_starts, ClockStart::CheckIn);
    assert!(
        setup.opened_at >= confirmed - chrono::TimeDelta::seconds(1),
        "the session opens when the form is confirmed ({}), not when it appeared ({confirmed})",
        setup.opened_at
    );
    let check_in = loaded
        .session
        .log()
        .iter()
        .find(|e| {
            matches!(
                e.event,
                Event::PhaseEntered {
                    phase: PhaseKind::CheckIn,
                    ..
                }
            )
        })
        .expect("the check-in was started")
        .at;
    assert!((check_in - setup.opened_at).num_seconds() >= 2);
    assert_eq!(loaded.session.state().clock_from, Some(check_in));
}

#[test]
fn a_dutch_meeting_opens_ready_to_start_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn_with_env(
        &[
            "new",
            "--title",
            "Werkoverleg",
            "--participants",
            "Ana, Bram",
        ],
        dir.path(),
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
    );
    term.wait_for("Klaar om te beginnen");
    term.wait_for("niet gestart");
    term.key("\r");
    term.wait_for("INCHECKRONDE");
    term.wait_for("verstreken");
    term.key("q");
    term.key("j");
    assert!(term.wait_exit());
}

fn has_large_letters(screen: &str) -> bool {
    screen.contains('█') || screen.contains('▀') || screen.contains('▄')
}

/// `--theme projector` shows the step and the speaker in large letters on
/// a big terminal, is remembered for the next run (NO_COLOR there takes
/// the colours, not the letters), and `--theme default` turns it off.
#[test]
fn projector_mode_is_remembered_across_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = Term::spawn(
        &[
            "--theme",
            "projector",
            "new",
            "--title",
            "Weekly",
            "--participants",
            "Ana, Bram",
        ],
        dir.path(),
        160,
        48,
    );
    first.wait_for("Ready to start");
    first.key("\r");
    first.wait_for("CHECK-IN ROUND");
    assert!(has_large_letters(&first.screen()), "{}", first.screen());
    first.key("q");
    first.key("y");
    assert!(first.wait_exit());
    assert!(
        dir.path().join("config/spanning/config.json").is_file(),
        "remembered in the config folder"
    );

    let mut again = Term::spawn_with_env(
        &["new", "--title", "Weekly", "--participants", "Ana, Bram"],
        dir.path(),
        160,
        48,
        &[("NO_COLOR", "1")],
    );
    again.wait_for("Ready to start");
    again.key("\r");
    again.wait_for("CHECK-IN ROUND");
    assert!(has_large_letters(&again.screen()), "{}", again.screen());
    again.key("q");
    again.key("y");
    assert!(again.wait_exit());

    let mut plain = Term::spawn(
        &[
            "--theme",
            "default",
            "new",
            "--title",
            "Weekly",
            "--participants",
            "Ana, Bram",
        ],
        dir.path(),
        160,
        48,
    );
    plain.wait_for("Ready to start");
    plain.key("\r");
    plain.wait_for("CHECK-IN ROUND");
    assert!(!has_large_letters(&plain.screen()), "{}", plain.screen());
    plain.key("q");
    plain.key("y");
    assert!(plain.wait_exit());
}
