//! Review's search, typed, pasted and erased at random, finds exactly
//! the sessions a plain scan of their folded text finds: the index (runs
//! of one to four bytes, first places of runs of four), narrowing what is
//! shown as keys are added, and Backspace giving back what was shown, are
//! all ways of getting that same answer faster.

use crate::support::scenario::Scenario;
use crate::support::script::Script;

use std::path::PathBuf;
use std::time::Instant;

use chrono::{FixedOffset, TimeZone};
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::Command;
use spanning::review::Catalogue;
use spanning::review::fold::fold;
use spanning::store::Loaded;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;

/// Pieces texts are made of: few enough to repeat, so words of many
/// letters recur across sessions and rows fill, with accents that fold
/// away (also as a combining mark), letters that fold into two, and wide
/// characters of three bytes.
const PIECES: &[&str] = &[
    "a", "b", "n", "s", "é", "e\u{301}", " ", "Ä", "ß", "ss", "中", "文", "中文", "ab", "ban",
    "aban", "nab", "banaan", "ÉÉ", "\n",
];

/// A text of up to `most` pieces.
fn text(least: usize, most: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), least..=most).prop_map(|p| p.concat())
}

/// One session's texts: a title and a few notes.
#[derive(Debug, Clone)]
struct Texts {
    title: String,
    notes: Vec<String>,
}

fn texts() -> impl Strategy<Value = Texts> {
    (text(1, 12), prop::collection::vec(text(0, 30), 0..4)).prop_map(|(title, notes)| Texts {
        // A title must hold more than spaces.
        title: format!("t{title}"),
        notes,
    })
}

/// What the person does in the search field.
#[derive(Debug, Clone)]
enum Step {
    Type(char),
    Paste(String),
    Backspace,
    /// Esc (clears the field) and `/` to search again.
    Clear,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => prop::sample::select(vec!['a', 'b', 'n', 'é', ' ', 'Ä', 'ß', 's', 'e', '中', '文', '\u{301}'])
            .prop_map(Step::Type),
        2 => text(1, 6).prop_map(Step::Paste),
        3 => Just(Step::Backspace),
        1 => Just(Step::Clear),
    ]
}

fn session(n: usize, texts: &Texts) -> (PathBuf, Loaded) {
    let opened = FixedOffset::east_opt(3600)
        .and_then(|tz| {
            tz.with_ymd_and_hms(2026, 1, 1 + (n % 28) as u32, 10, 0, 0)
                .single()
        })
        .expect("a time");
    let setup = Scenario::new(&texts.title, "Circle", opened, &["Ana", "Bo"]).setup();
    let mut script = Script::open(setup);
    for note in texts.notes.iter().filter(|t| !t.trim().is_empty()) {
        script.run(Command::Note { text: note.clone() });
    }
    let id = format!("2026-01-{:02}T1000-s{n}", 1 + n % 28);
    (
        PathBuf::from(format!("{id}.json")),
        Loaded {
            id,
            session: script.session,
        },
    )
}

fn key(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

/// The sessions a plain scan finds: every word of the folded text in the
/// session's folded text, in the order the browser lists them.
fn scanned(catalogue: &Catalogue, text: &str) -> Vec<usize> {
    let words: Vec<String> = fold(text).split_whitespace().map(str::to_owned).collect();
    catalogue
        .order()
        .into_iter()
        .filter(|&i| {
            catalogue.entries()[i]
                .digest()
                .is_some_and(|d| words.iter().all(|w| d.search_text().contains(w.as_str())))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn search_finds_what_a_plain_scan_finds(
        folder in prop::collection::vec(texts(), 1..40),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let loaded: Vec<(PathBuf, Loaded)> =
            folder.iter().enumerate().map(|(n, t)| session(n, t)).collect();
        let catalogue = Catalogue::from_loaded(loaded.iter().map(|(p, l)| (p.as_path(), l)));
        let mut app = ReviewApp::browse_catalogue(
            "sessions",
            catalogue.clone(),
            PathBuf::from("."),
            Lang::En,
            ThemeChoice::Default,
        );
        key(&mut app, KeyCode::Char('/'));
        for step in &steps {
            match step {
                Step::Type(c) => key(&mut app, KeyCode::Char(*c)),
                Step::Paste(text) => {
                    app.handle_event(Event::Paste(text.clone()), Instant::now());
                }
                Step::Backspace => key(&mut app, KeyCode::Backspace),
                Step::Clear => {
                    key(&mut app, KeyCode::Esc);
                    key(&mut app, KeyCode::Char('/'));
                }
            }
            let browser = app.browser().expect("browser");
            let text = browser.query().text.clone();
            let want = scanned(&catalogue, &text);
            prop_assert_eq!(
                browser.results(),
                want.as_slice(),
                "{:?} after {:?}",
                text,
                step
            );
        }
    }
}

/// The property above, on one case that needs every path: a word whose
/// runs of four first stand elsewhere, typed, pasted, erased.
#[test]
fn a_word_whose_runs_stand_elsewhere_is_found_typed_and_pasted() {
    let folder = [
        Texts {
            title: "please release it".into(),
            notes: vec![],
        },
        Texts {
            title: "the release".into(),
            notes: vec!["Réléase 中文".into()],
        },
        Texts {
            // Every run of four of "release", never spelling it.
            title: "rele elea leas ease".into(),
            notes: vec![],
        },
    ];
    let loaded: Vec<(PathBuf, Loaded)> = folder
        .iter()
        .enumerate()
        .map(|(n, t)| session(n, t))
        .collect();
    let catalogue = Catalogue::from_loaded(loaded.iter().map(|(p, l)| (p.as_path(), l)));
    let mut app = ReviewApp::browse_catalogue(
        "sessions",
        catalogue.clone(),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    key(&mut app, KeyCode::Char('/'));
    for c in "release".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let found = |app: &ReviewApp| app.browser().expect("browser").results().len();
    assert_eq!(found(&app), 2, "not in \"rele elea leas ease\"");
    key(&mut app, KeyCode::Backspace);
    assert_eq!(found(&app), 2, "releas");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('/'));
    app.handle_event(Event::Paste("RELEASE 中文".into()), Instant::now());
    assert_eq!(found(&app), 1);
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(app.browser().expect("browser").query().text, "RELEASE");
    assert_eq!(found(&app), 2);
}
