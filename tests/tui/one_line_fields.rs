//! A role in a tactical dialog (an output's or a request's role, whom a
//! project waits on) is one line by its nature, like a name: its editor is
//! one row high, and a pasted line break becomes a space.

use crate::support::tactical;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;
use tui_support::{chars, key, paste, render};

#[test]
fn an_outputs_role_is_one_row_high_and_one_line() {
    for (lang, label) in [(Lang::En, "Role"), (Lang::Nl, "Rol")] {
        let mut app = tactical::in_triage(lang).app();
        key(&mut app, KeyCode::Char('r'));
        assert!(app.is_typing(), "{lang:?}: the output dialog is open");
        chars(&mut app, "Draft the budget");
        key(&mut app, KeyCode::Tab);
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = render(&mut app, w, h);
            let rows: Vec<&str> = screen.lines().collect();
            let at = rows
                .iter()
                .position(|r| r.contains(&format!("▶ {label}")))
                .unwrap_or_else(|| panic!("{lang:?}: the role has the focus:\n{screen}"));
            assert!(rows[at + 1].contains('┌'), "{screen}");
            assert!(
                rows[at + 3].contains('└'),
                "{lang:?}: one row high:\n{screen}"
            );
            // The focused field takes no new line, so none is offered.
            assert!(!screen.contains("Alt+Enter"), "{lang:?}: {screen}");
        }
        paste(&mut app, "Release\nlead");
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing(), "{lang:?}: the output is recorded");
        let saved = format!("{:?}", app.session().log().last());
        assert!(
            saved.contains("Some(\"Release lead\")"),
            "{lang:?}: {saved}"
        );
    }
}
