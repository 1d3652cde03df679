//! The governance record in review (issue 13): `g` on a session of the
//! browser opens its circle's record as it stood after that session, with
//! the conflicts between sessions the record then held. English and
//! Dutch, 80x24 and 160x48.

use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Part, Session};
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{ReviewApp, ReviewScreen};

use crate::support::governance::{adopted_one, without_random_ids};

fn terminal(app: &mut ReviewApp, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    crate::support::tui::buffer_text(t.backend().buffer())
}

/// A key, and then whatever it started reading shown (`g` reads the
/// record in the background; `while_the_record_is_read_*` below shows the
/// wait itself).
fn press(app: &mut ReviewApp, code: KeyCode) {
    key(app, code);
    app.wait_for_reading();
}

/// A key alone, without waiting for what it started.
fn key(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

fn day(n: i64) -> DateTime<FixedOffset> {
    crate::support::common::base() + Duration::days(n)
}

fn meeting(n: i64, label: &str, part: Part) -> Session {
    adopted_one("Operations", day(n), label, part)
}

/// Finance created, then changed by two meetings held apart from its
/// version 1: one conflict.
fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let create = Part::CreateRole {
        name: "Finance".into(),
        purpose: Some("Money well spent".into()),
        accountabilities: vec!["Paying invoices within a week".into()],
        domains: Vec::new(),
    };
    dir.create(&meeting(0, "Finance", create)).expect("saved");
    let record = spanning::record::fold_folder(&dir).governance;
    let target = record
        .circle("Operations")
        .and_then(|c| c.role_named("Finance"))
        .map(|r| r.target())
        .expect("Finance");
    for (n, purpose) in [(7, "Money in order"), (8, "Cash flow healthy")] {
        let part = Part::ChangePurpose {
            role: target.clone(),
            purpose: purpose.into(),
        };
        dir.create(&meeting(n, purpose, part)).expect("saved");
    }
    (temp, dir)
}

#[test]
fn g_shows_the_circles_record_as_of_the_session_with_its_conflicts() {
    for (lang, title, conflicts) in [
        (Lang::En, "Governance record: Operations", "Conflicts"),
        (Lang::Nl, "Governance-register: Operations", "Conflicten"),
    ] {
        let (_temp, dir) = folder();
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        // The browser's help lists the key.
        press(&mut app, KeyCode::Char('?'));
        let help = text(&terminal(&mut app, 160, 48));
        let listed = match lang {
            Lang::En => "governance record",
            Lang::Nl => "governance-register",
        };
        assert!(help.contains(listed), "{help}");
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.screen(), ReviewScreen::Browser);
        // The newest session first: the record after both changes.
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(app.screen(), ReviewScreen::Record);
        let screen = text(&terminal(&mut app, 160, 48));
        for needle in [
            title,
            "Finance",
            "Cash flow healthy",
            conflicts,
            "Paying invoices",
        ] {
            assert!(screen.contains(needle), "{needle}: {screen}");
        }
        assert_eq!(app.record_view().expect("record").conflicts().len(), 1);
        // Each change of Finance, with its session's item and proposer.
        let changes = match lang {
            Lang::En => ["Governance changes", "v3 Role Finance", "proposed by Chen"],
            Lang::Nl => [
                "Wijzigingen in de governance",
                "v3 Rol Finance",
                "voorgesteld door Chen",
            ],
        };
        press(&mut app, KeyCode::End);
        let screen = text(&terminal(&mut app, 160, 48));
        for needle in changes {
            assert!(screen.contains(needle), "{needle}: {screen}");
        }
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.screen(), ReviewScreen::Browser);
        // The oldest session: the role as it was created, no conflict yet.
        press(&mut app, KeyCode::End);
        press(&mut app, KeyCode::Char('g'));
        let screen = text(&terminal(&mut app, 160, 48));
        assert!(screen.contains("Money well spent"), "{screen}");
        assert!(!screen.contains("Cash flow healthy"), "{screen}");
        assert!(!screen.contains(conflicts), "{screen}");
        assert!(app.record_view().expect("record").conflicts().is_empty());
    }
}

#[test]
fn the_record_view_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        press(&mut app, KeyCode::Char('g'));
        for (w, h) in [(80, 24), (160, 48)] {
            let t = terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("review_record_{}_{w}x{h}", lang.code()),
                without_random_ids(&text(&t))
            );
        }
    }
}

/// `g` reads every session of the folder, which takes a second or more in
/// a folder of thousands: a box says so over the view it came from, Esc
/// stops it and leaves that view, and a key typed meanwhile goes to the
/// record once it is read.
#[test]
fn while_the_record_is_read_a_box_says_so_and_esc_stops_it() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        // Drawn before the reader is asked again: the box, whatever the
        // reading thread has done by now.
        key(&mut app, KeyCode::Char('g'));
        assert_eq!(app.reading_record(), Some("Operations"));
        assert_eq!(app.screen(), ReviewScreen::Browser);
        let folder = dir.root().display().to_string();
        for (w, h) in [(80, 24), (160, 48)] {
            let t = terminal(&mut app, w, h);
            // The browser's header names the temporary folder.
            let shown = text(&t).replace(&folder, &" ".repeat(folder.len()));
            insta::assert_snapshot!(
                format!("review_record_reading_{}_{w}x{h}", lang.code()),
                without_random_ids(&shown)
            );
        }
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.reading_record(), None);
        assert!(app.record_view().is_none(), "Esc stopped the reading");
        assert_eq!(app.screen(), ReviewScreen::Browser);
        // A key typed while reading is the record's: `/` starts its search.
        key(&mut app, KeyCode::Char('g'));
        key(&mut app, KeyCode::Char('/'));
        assert_eq!(app.reading_record(), None);
        assert_eq!(app.screen(), ReviewScreen::Record);
        assert!(app.record_view().expect("record").is_typing());
    }
}

/// Esc drops the reading, which tells its reader to stop: a reading told
/// so reads no file and gives nothing, one not told gives the record.
#[test]
fn a_record_reading_called_off_reads_nothing_more() {
    use spanning::record::governance::Timeline;
    use std::sync::atomic::AtomicBool;
    let (_temp, dir) = folder();
    let stopped = AtomicBool::new(true);
    assert!(Timeline::read_until(&dir, "Operations", None, &stopped).is_none());
    let going = AtomicBool::new(false);
    let (timeline, problems) =
        Timeline::read_until(&dir, "Operations", None, &going).expect("read to the end");
    assert!(problems.is_empty());
    assert!(
        !timeline.points().is_empty(),
        "the circle's sessions are there"
    );
}
