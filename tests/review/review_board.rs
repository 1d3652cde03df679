//! The project board in review (issue 14): `b` on a session of the
//! browser opens its circle's projects, from the circle's memory, grouped
//! per owner; `b` again groups them per status; a finished project keeps
//! its last update. English and Dutch, 80x24 and 160x48.

use std::time::Instant;

use chrono::Duration;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::projects::ProjectState;
use spanning::meeting::{Command, EntryAnswer, Session, TacticalList, TacticalLists};
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{Reads, ReviewApp, ReviewScreen};

use crate::support::tactical::{self, Script};

fn terminal(app: &mut ReviewApp, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    crate::support::tui::buffer_text(t.backend().buffer())
}

/// A key, without waiting for what it starts reading.
fn key(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

/// A key, and the board it opens once read.
fn press(app: &mut ReviewApp, code: KeyCode) {
    key(app, code);
    app.wait_for_reading();
}

/// Week 2: the office move is done after its last update, the status page
/// waits on the comms budget.
fn week_two(week1: &Session, lang: Lang) -> Session {
    let mut setup = tactical::setup_in(lang);
    setup.opened_at = week1.setup().opened_at + Duration::days(7);
    setup.tactical_lists = TacticalLists::remembered_from(week1.state());
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenProgress);
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Progress,
            number: 1,
            answer: EntryAnswer::Update {
                text: "Moved in".into(),
            },
        },
    );
    s.at(
        10,
        Command::SetProjectStatus {
            number: 1,
            status: ProjectState::Done,
        },
    );
    s.at(
        10,
        Command::SetProjectStatus {
            number: 2,
            status: ProjectState::Waiting {
                on: "Comms budget".into(),
            },
        },
    );
    s.at(5, Command::OpenAgenda);
    s.at(10, Command::OpenClosingRound);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenCloseOut);
    s.at(5, Command::CloseSession);
    s.session
}

fn folder(lang: Lang) -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let week1 = tactical::closed(lang).session;
    dir.create(&week1).expect("saved");
    dir.create(&week_two(&week1, lang)).expect("saved");
    (temp, dir)
}

#[test]
fn b_shows_the_circles_projects_per_owner_then_per_status() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder(lang);
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        press(&mut app, KeyCode::Char('b'));
        assert_eq!(app.screen(), ReviewScreen::Board);
        let screen = text(&terminal(&mut app, 160, 48));
        let (title, done, waiting, last) = match lang {
            Lang::En => (
                "Projects per owner",
                "done, 29 Nov 2026",
                "waiting on Comms budget",
                "last update: Moved in, 29 Nov 2026",
            ),
            Lang::Nl => (
                "Projecten per eigenaar",
                "afgerond, 29 nov 2026",
                "wacht op Comms budget",
                "laatste stand: Moved in, 29 nov 2026",
            ),
        };
        for needle in [
            title,
            "Operations",
            "Chloë",
            "Move to new office",
            done,
            waiting,
        ] {
            assert!(screen.contains(needle), "{needle}: {screen}");
        }
        assert!(
            screen.contains(last),
            "the finished project keeps its last update: {screen}"
        );
        press(&mut app, KeyCode::Char('b'));
        let screen = text(&terminal(&mut app, 160, 48));
        assert!(
            screen.contains(match lang {
                Lang::En => "Projects per status",
                Lang::Nl => "Projecten per status",
            }),
            "{screen}"
        );
        assert!(!app.board_view().expect("board").per_owner());
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.screen(), ReviewScreen::Browser);
    }
}

#[test]
fn the_board_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let prefix = match lang {
            Lang::En => "",
            Lang::Nl => "nl_",
        };
        let (_temp, dir) = folder(lang);
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        press(&mut app, KeyCode::Char('b'));
        for grouping in ["per_owner", "per_status"] {
            for (w, h) in [(80, 24), (160, 48)] {
                let t = terminal(&mut app, w, h);
                insta::assert_snapshot!(
                    format!("{prefix}review_board_{grouping}_{w}x{h}"),
                    t.backend()
                );
            }
            press(&mut app, KeyCode::Char('b'));
        }
    }
}

/// The board folds the circle's sessions of the whole folder, a fraction
/// of a second to seconds in a folder of thousands: a box says so over
/// the browser, Esc calls it off and leaves the browser, and a key typed
/// meanwhile goes to the board once it is read.
#[test]
fn while_the_board_is_read_a_box_says_so_and_esc_stops_it() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder(lang);
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        // Drawn before the reader is asked again: the box, whatever the
        // reading thread has done by now.
        key(&mut app, KeyCode::Char('b'));
        assert_eq!(app.reading(), Some((Reads::Board, "Operations")));
        assert_eq!(app.screen(), ReviewScreen::Browser);
        let folder = dir.root().display().to_string();
        for (w, h) in [(80, 24), (160, 48)] {
            let t = terminal(&mut app, w, h);
            // The browser's header names the temporary folder.
            let shown = text(&t).replace(&folder, &" ".repeat(folder.len()));
            insta::assert_snapshot!(
                format!("review_board_reading_{}_{w}x{h}", lang.code()),
                shown
            );
        }
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.reading(), None);
        assert!(app.board_view().is_none(), "Esc stopped the reading");
        assert_eq!(app.screen(), ReviewScreen::Browser);
        // A key typed while reading is the board's: `b` groups per status.
        key(&mut app, KeyCode::Char('b'));
        key(&mut app, KeyCode::Char('b'));
        assert_eq!(app.reading(), None);
        assert_eq!(app.screen(), ReviewScreen::Board);
        assert!(!app.board_view().expect("board").per_owner());
    }
}
