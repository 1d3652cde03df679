//! The terminal misbehaves in front of a group too: windows are dragged
//! about (resize storms), laptops sleep and NTP sets the clock back. None
//! of it may crash the meeting, show nonsense timers or reorder the record.

use crate::support::pty;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::Session;
use spanning::store::{self, SessionsDir};
use tui_support::{at, key, render, scenes};

/// A clock shown as negative ("-3:12") would mean a timer was corrupted.
fn shows_negative_time(screen: &str) -> bool {
    screen
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b'-' && w[1].is_ascii_digit() && w[2] == b':')
}

#[test]
fn the_clock_jumping_backwards_never_shows_negative_timers_on_any_screen() {
    for (name, mut app) in scenes() {
        let was = app.now();
        for jump in [-1, -60, -3600, -86_400] {
            app.tick(was + chrono::TimeDelta::seconds(jump));
            let screen = render(&mut app, 120, 40);
            assert!(
                !shows_negative_time(&screen),
                "{name} after a {jump}s jump:\n{screen}"
            );
        }
    }
}

#[test]
fn entries_after_the_clock_jumps_back_keep_the_record_in_order() {
    let mut app = tui_support::checkin_midway(spanning::text::Lang::En).app();
    app.tick(at(-7200));
    key(&mut app, KeyCode::Char('-'));
    key(&mut app, KeyCode::Char('-'));
    let log = app.session().log();
    assert!(log.windows(2).all(|w| w[0].at <= w[1].at));
    // And the record still loads (the loader refuses time going back).
    Session::from_log(app.session().setup().clone(), log.to_vec()).expect("consistent");
}

#[test]
fn a_resize_storm_in_a_real_terminal_is_survived() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = Session::open(tui_support::setup()).expect("valid");
    let path = SessionsDir::new(dir.path().join("sessions"))
        .create(&session)
        .expect("create")
        .path()
        .to_path_buf();
    let mut term = pty::Term::spawn(&["resume", &path.display().to_string()], dir.path(), 80, 24);
    term.wait_for("Ready to start");
    let mut rng = fastrand::Rng::with_seed(11);
    for i in 0..300 {
        let (cols, rows) = match i % 10 {
            0 => (1, 1),
            1 => (400, 120),
            _ => (rng.u16(1..300), rng.u16(1..100)),
        };
        term.resize_program_only(cols, rows);
        if i % 25 == 0 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    term.resize(100, 30);
    std::thread::sleep(std::time::Duration::from_millis(300));
    term.key("m");
    term.type_text("after the storm");
    term.key("\r");
    term.wait_for("Recorded");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit(), "left normally after the storm");
    assert!(term.restored());
    let loaded = store::load(&path).expect("loads");
    assert_eq!(loaded.session.log().len(), 1);
}
