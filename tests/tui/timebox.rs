//! Changing the timebox during an item, on screen: the people dialog,
//! where the timebox is changed, says the time per item of the items not
//! started, re-spread at once, and what the item in progress keeps.

use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;

use crate::support::tui as tui_support;
use tui_support::{chars, key, render};

/// A clock reading as the screens write it: "m:ss", or "h:mm:ss".
fn clock(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

fn the_people_dialog_shows_the_re_spread(lang: Lang, expected: impl Fn(&str, &str) -> String) {
    let mut app = tui_support::present(lang).app();
    let kept = app.session().state().agenda[0]
        .allowance_secs
        .expect("a share");
    key(&mut app, KeyCode::Char('w'));
    let now = app.now();
    let before = app
        .session()
        .state()
        .waiting_share_secs(now)
        .expect("two items wait");
    let screen = render(&mut app, 160, 48);
    for line in expected(&clock(before), &clock(kept)).lines() {
        assert!(screen.contains(line), "missing {line:?} in\n{screen}");
    }
    // Two hours instead of one: the two items waiting get the extra hour.
    key(&mut app, KeyCode::Char('t'));
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "2h");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session().state().timebox_minutes, Some(120));
    assert_eq!(app.session().state().agenda[0].allowance_secs, Some(kept));
    let after = app
        .session()
        .state()
        .waiting_share_secs(app.now())
        .expect("two items wait");
    assert_eq!(after, before + 30 * 60, "half the extra hour each");
    let screen = render(&mut app, 160, 48);
    for line in expected(&clock(after), &clock(kept)).lines() {
        assert!(screen.contains(line), "missing {line:?} in\n{screen}");
    }
    // At 80x24 the line wraps in no way that hides the time.
    let small = render(&mut app, 80, 24);
    assert!(small.contains(&clock(after)), "{small}");
}

#[test]
fn changing_the_timebox_re_spreads_the_time_per_item_on_screen() {
    the_people_dialog_shows_the_re_spread(Lang::En, |share, kept| {
        format!(
            "Time per item: {share} for each of the 2 items still waiting.\nThe item in progress keeps its {kept}."
        )
    });
}

#[test]
fn dutch_changing_the_timebox_re_spreads_the_time_per_item_on_screen() {
    the_people_dialog_shows_the_re_spread(Lang::Nl, |share, kept| {
        format!(
            "Tijd per punt: {share} voor elk van de 2 punten die nog wachten.\nHet lopende punt houdt zijn {kept}."
        )
    });
}

#[test]
fn people_dialog_during_an_item_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = tui_support::present(lang).app();
            key(&mut app, KeyCode::Char('w'));
            let name = format!("people_dialog_during_item_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, tui_support::terminal(&mut app, w, h).backend());
        }
    }
}

/// The timebox is written the way the language writes it: "1h30m" in
/// English, "1u30" in Dutch, in the people dialog and in the field that
/// changes it (which reads it back unchanged); the setup screen's label
/// gives the same form and its person fields are capitalised like the rest.
#[test]
fn the_timebox_is_written_in_the_meetings_language() {
    for (lang, typed, shown, hint, fields) in [
        (
            Lang::En,
            "1h30m",
            "Timebox: 1h30m",
            "e.g. 90m or 1h30m",
            ["Facilitator", "Secretary"],
        ),
        (
            Lang::Nl,
            "1u30",
            "Tijdslimiet: 1u30",
            "bijv. 90m of 1u30",
            ["Gespreksleider", "Secretaris"],
        ),
    ] {
        let mut app = tui_support::present(lang).app();
        key(&mut app, KeyCode::Char('w'));
        key(&mut app, KeyCode::Char('t'));
        for _ in 0..10 {
            key(&mut app, KeyCode::Backspace);
        }
        chars(&mut app, typed);
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().timebox_minutes, Some(90));
        let screen = render(&mut app, 160, 48);
        assert!(screen.contains(shown), "{screen}");
        // Opened again, the field holds the same words and keeps 90 minutes.
        key(&mut app, KeyCode::Char('t'));
        let screen = render(&mut app, 160, 48);
        assert!(screen.contains(typed), "{screen}");
        assert!(screen.contains(hint), "{screen}");
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().timebox_minutes, Some(90));

        let setup = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
            title: "Governance".into(),
            circle: "Product".into(),
            participants: ["Ana", "Bram"]
                .map(spanning::meeting::Participant::named)
                .to_vec(),
            facilitator: 0,
            secretary: Some(1),
            timebox_minutes: Some(90),
            format: spanning::meeting::MeetingFormat::Governance,
            lang,
            opened_at: tui_support::start(),
            theme: spanning::tui::ThemeChoice::Default,
            rules: spanning::meeting::RuleSet::Integrative,
            absent: String::new(),
        });
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 48)).expect("terminal");
        terminal.draw(|f| setup.draw(f)).expect("draw");
        let screen = format!("{:?}", terminal.backend());
        assert!(screen.contains(hint), "{screen}");
        for field in fields {
            assert!(screen.contains(&format!("{field}:")), "{field}: {screen}");
        }
    }
}

/// The timebox is one line: its editor is one row high, its hint offers
/// no new line (en and nl), and Alt+Enter or a pasted line break does not
/// put one in.
#[test]
fn the_timebox_dialog_is_one_line() {
    use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers};
    for (lang, label, save) in [
        (Lang::En, "Timebox, e.g.", "Enter = save · Esc = cancel"),
        (
            Lang::Nl,
            "Tijdslimiet, bijv.",
            "Enter = bewaren · Esc = annuleren",
        ),
    ] {
        let mut app = tui_support::present(lang).app();
        key(&mut app, KeyCode::Char('w'));
        key(&mut app, KeyCode::Char('t'));
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = render(&mut app, w, h);
            assert!(!screen.contains("Alt+Enter"), "{screen}");
            assert!(screen.contains(save), "{screen}");
            let rows: Vec<&str> = screen.lines().collect();
            let at = rows.iter().position(|r| r.contains(label)).expect(label);
            assert!(rows[at + 1].contains('┌'), "{screen}");
            assert!(rows[at + 3].contains('└'), "one row high:\n{screen}");
        }
        for _ in 0..10 {
            key(&mut app, KeyCode::Backspace);
        }
        chars(&mut app, "2");
        let now = app.now();
        app.handle_event(
            Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
            now,
        );
        tui_support::paste(&mut app, "h\n");
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().timebox_minutes, Some(120), "{lang:?}");
    }
}
