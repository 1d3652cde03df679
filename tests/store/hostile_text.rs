//! Enormous strings in a session from someone else stay harmless: `list`
//! keeps one short line per session, the meeting screen draws without
//! panicking, and the control and bidi characters never reach the
//! terminal raw. (Escape sequences in every output are covered in
//! tests/cli/cli.rs, tests/minutes/minutes.rs and tests/tui/tui_scrub.rs.)

use crate::support::tui as tui_support;

use assert_cmd::Command;
use spanning::meeting::Session;
use spanning::store;
use spanning::tui::{App, NoPersist, TuiOptions};

fn enormous() -> Session {
    let mut setup = tui_support::setup();
    setup.title = "T".repeat(200_000);
    setup.circle = "C\u{202e}\u{1b}[2J".repeat(20_000);
    setup.participants[2].name = "N\u{200f}".repeat(10_000);
    Session::open(setup).expect("valid")
}

#[test]
fn list_keeps_an_enormous_title_to_one_short_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let session = enormous();
    let id = store::stem(session.setup(), 1);
    std::fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    let out = Command::cargo_bin("spanning")
        .expect("binary")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .args(["--sessions-dir", &dir.path().display().to_string(), "list"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.len() < 1000, "{} bytes", text.len());
    assert!(!text.contains('\u{1b}') && !text.contains('\u{202e}'));
}

#[test]
fn the_meeting_screen_draws_enormous_names_at_every_size() {
    let mut app = App::new(
        enormous(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        tui_support::at(1),
    );
    for (w, h) in [(1, 1), (80, 24), (400, 120)] {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
        terminal
            .draw(|frame| {
                app.draw(frame);
                spanning::tui::scrub(frame.buffer_mut());
            })
            .expect("draw");
        let buffer = terminal.backend().buffer();
        assert!(buffer.content.iter().all(|c| {
            !c.symbol()
                .chars()
                .any(|ch| ch == '\u{1b}' || ch == '\u{202e}' || ch == '\u{200f}')
        }));
    }
}
