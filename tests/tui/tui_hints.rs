//! The hint bar offers every key the step takes, a key the step does not
//! take says so with the keys it does, and the round-order dialog opens on
//! the round as it is (#15), in English and Dutch.

use crate::support::tactical as tactical_support;
use crate::support::tui as tui_support;
use ratatui::crossterm::event::KeyCode;
use spanning::meeting::Command;
use spanning::text::Lang;

/// The last three rows: the hint bar at 80x24 (two or three rows).
fn hint_bar(screen: &str) -> String {
    let rows: Vec<&str> = screen.lines().collect();
    rows[rows.len() - 3..].join("\n")
}

#[test]
fn triage_offers_accept_decline_output_and_cut_off() {
    for (lang, words) in [
        (
            Lang::En,
            ["+  accepted", "-  declined", "k  cut off", "r  "],
        ),
        (
            Lang::Nl,
            ["+  toegezegd", "-  afgewezen", "k  afkappen", "r  "],
        ),
    ] {
        let mut app = tactical_support::in_triage(lang).app();
        let text = tui_support::render(&mut app, 80, 24);
        let bar = hint_bar(&text);
        for word in words {
            assert!(
                bar.contains(word),
                "{lang:?}: {word:?} in the hint bar\n{bar}"
            );
        }
    }
}

#[test]
fn a_time_out_offers_ending_it_and_not_the_steps_keys() {
    for lang in [Lang::En, Lang::Nl] {
        let mut s = tui_support::integration(lang);
        s.run(Command::StartTimeOut {
            requested_by: None,
            reason: "coffee".into(),
        });
        let mut app = s.app();
        let text = tui_support::render(&mut app, 80, 24);
        let bar = hint_bar(&text);
        assert!(bar.contains(" t  time-out"), "{lang:?}: t ends it\n{bar}");
        for refused in [" a  ", " 1  ", " 2  "] {
            assert!(
                !bar.contains(refused),
                "{lang:?}: {refused:?} is refused now\n{bar}"
            );
        }
    }
}

#[test]
fn a_key_the_step_does_not_take_says_which_keys_it_does() {
    for (lang, said) in [
        (Lang::En, "“z” does nothing here. Keys: Enter"),
        (Lang::Nl, "“z” doet hier niets. Toetsen: Enter"),
    ] {
        let mut app = tui_support::objections(lang).app();
        tui_support::key(&mut app, KeyCode::Char('z'));
        let text = tui_support::render(&mut app, 80, 24);
        assert!(text.contains(said), "{lang:?}\n{text}");
    }
}

/// The "who starts" dialog opens on the round as it is: a backward round
/// shows backward, and Enter without a change leaves the order alone (#15).
#[test]
fn the_round_order_dialog_opens_on_the_rounds_own_direction() {
    use crate::support::script::Script;
    for lang in [Lang::En, Lang::Nl] {
        let mut s = Script::open(tui_support::setup_in(lang));
        s.run(Command::StartCheckIn)
            .finish_round()
            .run(Command::OpenAgenda)
            .run(Command::OpenClosingRound);
        let mut app = s.app();
        let before = app
            .session()
            .state()
            .current_round()
            .map(|r| r.order.clone());
        tui_support::key(&mut app, KeyCode::Char('d'));
        tui_support::key(&mut app, KeyCode::Enter);
        // A confirmation, if the dialog asks for one.
        tui_support::key(&mut app, KeyCode::Char('y'));
        let after = app
            .session()
            .state()
            .current_round()
            .map(|r| r.order.clone());
        assert_eq!(
            before, after,
            "{lang:?}: Enter alone keeps the round as it was"
        );
    }
}

/// Walks every screen's key table: each key the step takes is on its hint
/// bar (the arrows, Tab and PgUp/PgDn aside, and a second key for an
/// action already offered), and the bar fits its three rows at 80 columns
/// in both languages, so nothing is cut.
#[test]
fn every_steps_keys_are_on_its_hint_bar_within_three_rows_at_80_columns() {
    use spanning::tui::keys::{self, Action, Screen};
    use spanning::tui::theme::{Theme, ThemeChoice};
    let global = keys::global_bindings();
    let theme = Theme::new(ThemeChoice::Default);
    for screen in Screen::ALL {
        let hinted = keys::hint_bindings(screen, false);
        for binding in keys::bindings(screen) {
            let navigation = matches!(
                binding.action,
                Action::Up | Action::Down | Action::Focus | Action::ScrollUp | Action::ScrollDown
            );
            if global.contains(&binding) || navigation {
                continue;
            }
            assert!(
                hinted.iter().any(|h| h.action == binding.action),
                "{screen:?}: {binding:?} is taken but not offered"
            );
        }
        for lang in Lang::ALL {
            let words = lang.words();
            let pairs: Vec<(String, &str)> = hinted
                .iter()
                .map(|b| (b.cap(words), words.key_action(b.action)))
                .collect();
            let lines = spanning::tui::widgets::hint_lines(&pairs, 80, &theme);
            assert!(
                lines.len() <= 3,
                "{lang:?} {screen:?}: {} rows of hints at 80 columns",
                lines.len()
            );
        }
    }
}

/// A dialog's key line is never cut at 80 columns: the Dutch one of a
/// form with several fields is wider than the dialog and takes two rows.
#[test]
fn a_dialogs_keys_are_not_cut_at_80_columns() {
    use spanning::text::tui::KeyText;
    for lang in Lang::ALL {
        let mut app = tui_support::questions(lang).app();
        tui_support::key(&mut app, KeyCode::Char('a'));
        assert!(app.is_typing(), "{lang:?}: the ask dialog is open");
        let screen = tui_support::render(&mut app, 80, 24);
        let flat: String = screen
            .replace(['│', '\n'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let keys = lang.words().key_text(KeyText::FormKeys);
        assert!(flat.contains(&keys), "{lang:?}: {keys}\n{screen}");
    }
}
