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
