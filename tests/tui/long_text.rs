//! Long texts in dialogs (issue 15): a pasted 3.6 KB proposal gets the
//! height the screen has, says how much is below, and PgUp/PgDn move by
//! a page; the objection test shows every criterion at 120x36 however
//! long the arguments, and keeps the one being tested in sight at 80x24.

#![allow(clippy::unwrap_used)]

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, Criterion};
use spanning::text::Lang;
use tui_support::{Script, key, paste, render};

/// About 3.6 KB: eighty numbered lines.
fn long_proposal() -> String {
    (1..=80)
        .map(|i| format!("Line {i:02}: the release lead writes the notes."))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The numbers of the proposal's lines on screen.
fn shown_lines(screen: &str) -> Vec<u32> {
    screen
        .split("Line ")
        .skip(1)
        .filter_map(|rest| rest.get(..2).and_then(|n| n.parse().ok()))
        .collect()
}

/// The proposal dialog with the long proposal pasted, cursor at its end.
fn pasted(lang: Lang) -> spanning::tui::App {
    let mut app = tui_support::present(lang).app();
    // ↓↓ moves the focus from the tension to the proposal panel.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert!(app.is_typing(), "{lang:?}: the proposal editor is open");
    paste(&mut app, &long_proposal());
    app
}

#[test]
fn a_long_proposal_uses_the_height_and_pages_with_pgup_and_pgdn() {
    for lang in Lang::ALL {
        let more = lang.words().more_below(2);
        let more = more.trim_start_matches(|c: char| !c.is_alphabetic());
        let marker: String = more.chars().take(4).collect();
        for (w, h, page) in [(120, 36, 20), (80, 24, 10)] {
            let mut app = pasted(lang);
            let end = shown_lines(&render(&mut app, w, h));
            assert!(
                end.contains(&80),
                "{lang:?} {w}x{h}: the end is shown {end:?}"
            );
            assert!(
                end.len() >= page,
                "{lang:?} {w}x{h}: the editor uses the height, {} lines",
                end.len()
            );
            // PgUp moves up by a page, and what is below is announced.
            key(&mut app, KeyCode::PageUp);
            let screen = render(&mut app, w, h);
            let up = shown_lines(&screen);
            let top = |l: &[u32]| l.iter().min().copied().unwrap_or(0);
            assert!(
                top(&end) - top(&up) >= page as u32 - 2,
                "{lang:?} {w}x{h}: a page up, {end:?} → {up:?}"
            );
            assert!(
                screen.contains('▼') && screen.contains(&marker),
                "{lang:?} {w}x{h}: the lines below are announced\n{screen}"
            );
            key(&mut app, KeyCode::PageDown);
            let down = shown_lines(&render(&mut app, w, h));
            assert!(top(&down) > top(&up), "{lang:?} {w}x{h}: a page down");
            // Nothing typed is lost: Enter states the whole proposal.
            key(&mut app, KeyCode::Enter);
            let item = app.session().state().active_item().cloned().unwrap();
            assert_eq!(item.versions()[0].text, long_proposal());
        }
    }
}

/// Objection round with concern 1's harm and role tested at length.
fn long_arguments(lang: Lang) -> Script {
    let long = "Releases would slow down because the lead must also chase every team for \
                their changes, answer support, and check the wording with product; "
        .repeat(2);
    let mut s = tui_support::amend(lang);
    s.run(Command::OpenObjectionRound)
        .say("Too much work for the release lead alone")
        .pass()
        .pass()
        .pass();
    for criterion in [Criterion::Harm, Criterion::Role] {
        s.run(Command::TestCriterion {
            concern: 1,
            criterion,
            argument: long.clone(),
            holds: true,
        });
    }
    s
}

#[test]
fn the_objection_test_shows_every_criterion_at_120x36_and_the_next_at_80x24() {
    for lang in Lang::ALL {
        let words = lang.words();
        let c = format!("(c) {}", words.criterion(Criterion::CausedByProposal));
        let d = format!("(d) {}", words.criterion(Criterion::NotSafeToTry));
        let mut app = long_arguments(lang).app();
        key(&mut app, KeyCode::Char('T'));
        assert!(app.is_typing(), "{lang:?}: the test dialog is open");
        let screen = render(&mut app, 120, 36);
        assert!(
            screen.contains(&c) && screen.contains(&d),
            "{lang:?}: c and d at 120x36\n{screen}"
        );
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains(&format!("▶ {c}")),
            "{lang:?}: the criterion being tested at 80x24\n{screen}"
        );
    }
}

#[test]
fn the_long_proposal_editor_at_80x24_and_160x48_in_both_languages() {
    for lang in Lang::ALL {
        let sizes: &[(u16, u16)] = if lang == Lang::En {
            &[(80, 24), (160, 48)]
        } else {
            &[(80, 24)]
        };
        for &(w, h) in sizes {
            let mut app = pasted(lang);
            // Drawn once, as every frame is, so the editor knows its page.
            render(&mut app, w, h);
            key(&mut app, KeyCode::PageUp);
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("long_proposal_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}
