//! Bugs found playing today's build in tmux as a demanding facilitator
//! would (tryout 5), each pinned by the keys that showed it.

use crate::support::tactical as tactical_support;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};
use tui_support::{chars, key, render};

/// An app over a scripted tactical meeting, a little after its last entry.
fn tactical(script: &tactical_support::Script) -> App {
    App::new(
        script.session.clone(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        script.now + chrono::TimeDelta::seconds(7),
    )
}

/// Enter on an output with nothing typed is refused and the keyboard goes
/// to the output's text, even when Enter was pressed on the owner: in a
/// tactical meeting the dialog has a second text (the role), and the focus
/// stayed on the owner, so the next letters picked an owner instead of
/// being typed (found in triage at 120x36).
#[test]
fn an_empty_output_sends_the_keys_to_its_text() {
    for (lang, says) in [
        (Lang::En, "The output is empty"),
        (Lang::Nl, "De uitkomst is nog leeg"),
    ] {
        let mut app = tactical(&tactical_support::in_triage(lang));
        let before = app.session().state().outputs.len();
        key(&mut app, KeyCode::Char('r'));
        key(&mut app, KeyCode::BackTab);
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().outputs.len(), before, "refused");
        let screen = render(&mut app, 160, 48);
        assert!(screen.contains(says), "{lang:?}\n{screen}");
        chars(&mut app, "Order toner");
        key(&mut app, KeyCode::Enter);
        let state = app.session().state();
        assert_eq!(state.outputs.len(), before + 1, "{lang:?}: recorded");
        let output = state.outputs.last().expect("the output");
        assert_eq!(output.text, "Order toner", "{lang:?}");
        assert_eq!(output.role, None, "{lang:?}: nothing typed in the role");
    }
}
