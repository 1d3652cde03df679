//! What the work for large folders and long sessions (issue 17) must not
//! change: replay draws each position exactly as the session cut there,
//! search and Backspace give what a fresh search gives, reading on every
//! core gives what reading one by one gives, and the folder listing and
//! ID lookup keep their rules. The speed itself is measured by the
//! `scale` bench, never by a timed test.

use crate::support::common;

use std::path::PathBuf;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use spanning::generate::{self, Spec};
use spanning::meeting::{Command, Session};
use spanning::review::{Catalogue, Query, Speed};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{ReplayView, ReviewApp};

const W: u16 = 100;
const H: u16 = 36;

fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

fn replay_app(session: Session) -> ReviewApp {
    ReviewApp::replay(
        session,
        None,
        Speed::X1,
        false,
        Lang::En,
        ThemeChoice::Default,
    )
}

/// The cells of the live meeting screen inside the replay (the timeline
/// and commentary around it depend on the whole session, so they differ
/// between a session and its cut by design).
fn meeting_cells(app: &mut ReviewApp) -> Vec<Cell> {
    let mut t = Terminal::new(TestBackend::new(W, H)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    let area = ReplayView::meeting_area(Rect::new(0, 0, W, H));
    let buffer = t.backend().buffer();
    area.rows()
        .flat_map(|row| row.columns())
        .map(|p| buffer[(p.x, p.y)].clone())
        .collect()
}

/// The example meeting with an undo (and the command again) after every
/// other command, and an undone note now and then: undos at many places.
fn meeting_with_undos() -> Session {
    let mut session = Session::open(common::example_setup()).expect("valid setup");
    let script: Vec<_> = [
        common::opening_script(),
        common::first_item_script(),
        common::second_item_script(),
        common::third_item_and_closing_script(),
    ]
    .concat();
    for (n, (when, command)) in script.iter().enumerate() {
        session.execute(command, *when).expect("scripted command");
        if n % 5 == 2 {
            let note = Command::Note {
                text: "Oops".to_owned(),
            };
            if session.execute(&note, *when).is_ok() {
                session
                    .execute(&Command::Undo, *when)
                    .expect("undo the note");
            }
        }
        if n % 2 == 1 && session.execute(&Command::Undo, *when).is_ok() {
            session.execute(command, *when).expect("the command again");
        }
    }
    session
}

/// Stepping through a replay, forward to the end and back to the start,
/// shows at every position the meeting screen of the session cut at that
/// position (opened on its own and put at its end), undos included.
#[test]
fn every_replay_step_shows_the_session_cut_there() {
    for session in [common::example_meeting(), meeting_with_undos()] {
        let len = session.log().len();
        assert!(
            session
                .log()
                .iter()
                .any(|e| matches!(e.event, spanning::meeting::Event::Retracted { .. }))
                || len < 400,
        );
        let cut_at = |p: usize| {
            let cut = Session::from_log(session.setup().clone(), session.log()[..p].to_vec())
                .expect("a prefix of a valid log is valid");
            let mut app = replay_app(cut);
            press(&mut app, KeyCode::End);
            meeting_cells(&mut app)
        };
        let mut app = replay_app(session.clone());
        let mut expected = Vec::new();
        for p in 0..=len {
            let cells = meeting_cells(&mut app);
            let cut = cut_at(p);
            assert!(cells == cut, "forward, position {p} of {len}");
            expected.push(cut);
            press(&mut app, KeyCode::Right);
        }
        for p in (0..=len).rev() {
            assert!(
                meeting_cells(&mut app) == expected[p],
                "back, position {p} of {len}"
            );
            press(&mut app, KeyCode::Left);
        }
        // Far jumps land on the same screens.
        press(&mut app, KeyCode::End);
        assert!(meeting_cells(&mut app) == expected[len]);
        press(&mut app, KeyCode::Home);
        assert!(meeting_cells(&mut app) == expected[0]);
    }
}

/// A folder of generated sessions, English and Dutch.
fn folder(count: u64) -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path().join("sessions"));
    std::fs::create_dir_all(dir.root()).expect("folder");
    for n in 0..count {
        let s = generate::session(Spec {
            seed: 40 + n,
            events: 60 + (n as usize * 7) % 90,
            lang: if n % 3 == 0 { Lang::Nl } else { Lang::En },
            leave_open: n % 4 == 0,
        });
        let id = store::stem(s.setup(), n as u16);
        let file = std::fs::File::create(dir.root().join(format!("{id}.json"))).expect("file");
        store::write_session(&mut std::io::BufWriter::new(file), &id, &s).expect("write");
    }
    std::fs::write(dir.root().join("broken.json"), "{ not json").expect("bad file");
    (temp, dir)
}

/// Reading on every core finds what reading one file after another finds,
/// in the same order.
#[test]
fn reading_on_every_core_matches_reading_one_by_one() {
    let (_temp, dir) = folder(24);
    let parallel = Catalogue::load(&dir);
    let mut serial = Catalogue::scan(&dir);
    assert_eq!(serial.fill_pending(usize::MAX), 0);
    assert_eq!(parallel.len(), 25);
    assert!(parallel.is_complete());
    let describe = |c: &Catalogue| -> Vec<String> {
        c.order()
            .into_iter()
            .map(|i| {
                let e = &c.entries()[i];
                format!("{} {:?}", e.id, e.digest().map(|d| &d.summary))
            })
            .collect()
    };
    assert_eq!(describe(&parallel), describe(&serial));
}

/// Typing narrows, Backspace gives back exactly what a fresh search for
/// the shorter text gives (order included), and the selection stays on
/// the session it was on.
#[test]
fn backspace_gives_back_what_a_fresh_search_gives() {
    let (_temp, dir) = folder(24);
    let catalogue = Catalogue::load(&dir);
    let mut app = ReviewApp::browse_catalogue(
        "sessions",
        catalogue.clone(),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    press(&mut app, KeyCode::Char('/'));
    let typed = "the bro";
    for (n, c) in typed.char_indices() {
        press(&mut app, KeyCode::Char(c));
        let text = &typed[..=n];
        let browser = app.browser().expect("browser");
        assert_eq!(
            browser.results(),
            catalogue.search(&Query::text(text)).as_slice(),
            "{text:?}"
        );
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    for c in "eti".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Down);
    let chosen = app.browser().expect("browser").selected_entry();
    assert!(chosen.is_some());
    press(&mut app, KeyCode::Char('/'));
    for text in ["et", "e", ""] {
        press(&mut app, KeyCode::Backspace);
        let browser = app.browser().expect("browser");
        assert_eq!(browser.query().text, text);
        assert_eq!(
            browser.results(),
            catalogue.search(&Query::text(text)).as_slice(),
            "{text:?}"
        );
        assert_eq!(browser.selected_entry(), chosen, "{text:?}");
    }
    // A broken file is still found by its name.
    for c in "broken".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let browser = app.browser().expect("browser");
    assert_eq!(browser.results().len(), 1);
}

/// The listing leaves out hidden files, other extensions and folders
/// (also through a link), keeps linked-in sessions, and sorts by name;
/// an exact ID is found without listing, by the same rules.
#[cfg(unix)]
#[test]
fn the_listing_and_the_exact_lookup_keep_their_rules() {
    let (temp, dir) = folder(3);
    let root = dir.root();
    std::fs::create_dir(root.join("folder.json")).expect("dir");
    std::fs::write(root.join(".hidden.json"), "{}").expect("hidden");
    std::fs::write(root.join("notes.txt"), "x").expect("txt");
    let outside = temp.path().join("elsewhere.json");
    std::fs::copy(dir.session_paths().expect("paths")[0].clone(), &outside).expect("copy");
    std::os::unix::fs::symlink(&outside, root.join("linked.json")).expect("link");
    std::os::unix::fs::symlink(temp.path(), root.join("dirlink.json")).expect("link");
    let names: Vec<String> = dir
        .session_paths()
        .expect("paths")
        .iter()
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.contains(&"linked.json".to_owned()), "{names:?}");
    assert!(names.contains(&"broken.json".to_owned()), "{names:?}");
    for left_out in ["folder.json", ".hidden.json", "notes.txt", "dirlink.json"] {
        assert!(
            !names.contains(&left_out.to_owned()),
            "{left_out}: {names:?}"
        );
    }
    assert_eq!(names.len(), 5);

    assert_eq!(dir.find("linked").expect("exact"), root.join("linked.json"));
    assert_eq!(
        dir.find("broken.json").expect("exact"),
        root.join("broken.json")
    );
    assert!(dir.find("folder").is_err());
    assert!(dir.find(".hidden").is_err());
    assert!(dir.find("dirlink").is_err());
}
