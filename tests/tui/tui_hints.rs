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
