//! The home screen: snapshots, keys, and that it never panics at any size.

use chrono::{DateTime, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::text::Lang;
use spanning::tui::{HomeChoice, HomeData, HomeEntry, HomeScreen, ThemeChoice};

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

fn data() -> HomeData {
    data_in(Lang::En)
}

fn data_in(lang: Lang) -> HomeData {
    let entry = |title: &str, circle: &str, when: &str, items, file: &str| HomeEntry {
        title: title.into(),
        circle: circle.into(),
        opened_at: at(when),
        items,
        path: file.into(),
    };
    HomeData {
        folder: "sessions".into(),
        unfinished: vec![
            entry(
                "Weekly governance",
                "Team Alpha",
                "2026-11-22T14:05:00+01:00",
                3,
                "a.json",
            ),
            entry(
                "Rolverleg 🙂",
                "Zoë's kring",
                "2026-11-15T09:30:00+01:00",
                1,
                "b.json",
            ),
        ],
        recent: vec![entry(
            "Evil \u{1b}[2J title",
            "Ops",
            "2026-11-08T10:00:00+01:00",
            4,
            "c.json",
        )],
        unreadable: 2,
        lang,
        theme: ThemeChoice::NoColor,
        due_reviews: 0,
        git: None,
    }
}

fn draw(screen: &HomeScreen, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    terminal
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn home_screen_snapshots() {
    let screen = HomeScreen::new(data());
    for (w, h) in [(80, 24), (160, 48), (40, 10)] {
        insta::assert_snapshot!(format!("home_{w}x{h}"), draw(&screen, w, h).backend());
    }
    let empty = HomeScreen::new(HomeData {
        unfinished: vec![],
        recent: vec![],
        unreadable: 0,
        ..data()
    });
    insta::assert_snapshot!("home_empty_80x24", draw(&empty, 80, 24).backend());
}

/// Dutch words run longer: the same folder at 80x24, full and empty.
#[test]
fn home_screen_in_dutch() {
    let screen = HomeScreen::new(data_in(Lang::Nl));
    insta::assert_snapshot!("nl_home_80x24", draw(&screen, 80, 24).backend());
    let empty = HomeScreen::new(HomeData {
        unfinished: vec![],
        recent: vec![],
        unreadable: 0,
        ..data_in(Lang::Nl)
    });
    insta::assert_snapshot!("nl_home_empty_80x24", draw(&empty, 80, 24).backend());
}

#[test]
fn enter_resumes_the_selected_unfinished_meeting() {
    let mut screen = HomeScreen::new(data());
    screen.handle_event(key(KeyCode::Down));
    screen.handle_event(Event::Paste("n".into()));
    assert_eq!(screen.choice(), None, "a paste never triggers a command");
    screen.handle_event(key(KeyCode::Enter));
    assert_eq!(screen.choice(), Some(&HomeChoice::Resume("b.json".into())));

    let mut screen = HomeScreen::new(data());
    screen.handle_event(key(KeyCode::Char('n')));
    assert_eq!(screen.choice(), Some(&HomeChoice::New));

    let mut screen = HomeScreen::new(data());
    screen.handle_event(key(KeyCode::Char('b')));
    assert_eq!(screen.choice(), Some(&HomeChoice::Browse));

    let mut screen = HomeScreen::new(data());
    screen.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    assert_eq!(screen.choice(), Some(&HomeChoice::Quit));
}

#[test]
fn home_screen_never_panics_at_any_size() {
    for lang in Lang::ALL {
        let screen = HomeScreen::new(data_in(lang));
        for w in [1, 2, 10, 59, 60, 61, 80, 200, 400] {
            for h in [1, 2, 5, 15, 16, 17, 24, 120] {
                let text = format!("{:?}", draw(&screen, w, h).backend());
                assert!(
                    !text.contains('\u{1b}'),
                    "{lang:?}: escape leaked at {w}x{h}"
                );
            }
        }
    }
}

fn text_of(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    buffer.content.iter().map(|c| c.symbol()).collect()
}

/// The screen opens before the folder is read: it says so, Enter waits
/// (it cannot know what to resume yet), new and quit work at once, and the
/// sessions appear when they arrive.
#[test]
fn home_screen_shows_at_once_and_fills_in_when_the_folder_is_read() {
    let mut screen = HomeScreen::loading(data());
    assert!(screen.is_loading());
    let shown = text_of(&draw(&screen, 100, 30));
    assert!(shown.contains("Reading the sessions folder"), "{shown}");
    assert!(!shown.contains("Weekly governance"), "{shown}");
    screen.handle_event(key(KeyCode::Enter));
    assert_eq!(screen.choice(), None, "Enter waits for the folder");

    screen.loaded(data());
    assert!(!screen.is_loading());
    let shown = text_of(&draw(&screen, 100, 30));
    assert!(shown.contains("Weekly governance"), "{shown}");
    assert!(!shown.contains("Reading the sessions folder"), "{shown}");
    screen.handle_event(key(KeyCode::Enter));
    assert_eq!(screen.choice(), Some(&HomeChoice::Resume("a.json".into())));

    let mut early = HomeScreen::loading(data());
    early.handle_event(key(KeyCode::Char('n')));
    assert_eq!(early.choice(), Some(&HomeChoice::New), "n does not wait");
}

/// A sessions folder in git: the home screen says the branch, how far it
/// is ahead of and behind its remote branch as last fetched, and how many
/// of spanning's files are not committed yet (en and nl, both sizes).
#[test]
fn home_screen_says_the_folder_is_in_git() {
    use spanning::store::git::Status;
    use spanning::tui::HomeGit;
    let git = HomeGit {
        status: Status {
            branch: Some("main".into()),
            upstream: Some("origin/main".into()),
            ahead_behind: Some((1, 2)),
            changed: Vec::new(),
        },
        unshared: 3,
    };
    for lang in [Lang::En, Lang::Nl] {
        let screen = HomeScreen::new(HomeData {
            git: Some(git.clone()),
            ..data_in(lang)
        });
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = draw(&screen, w, h);
            let buffer = terminal.backend().buffer();
            let rows: Vec<String> = (0..h)
                .map(|y| {
                    let row: String = (0..w).map(|x| buffer[(x, y)].symbol()).collect();
                    row.trim_matches(|c: char| c == '│' || c.is_whitespace())
                        .to_owned()
                })
                .collect();
            let text = rows.join(" ");
            let expected = match lang {
                Lang::En => {
                    "git: branch main · 1 ahead, 2 behind origin/main (last fetch) · 3 files not committed"
                }
                Lang::Nl => {
                    "git: branch main · 1 voor, 2 achter op origin/main (laatste fetch) · 3 bestanden niet gecommit"
                }
            };
            assert!(text.contains(expected), "{lang:?} {w}x{h}: {text}");
            insta::assert_snapshot!(
                format!("home_git_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}
