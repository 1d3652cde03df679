//! Text pasted from elsewhere (a document with tabs and line breaks) is
//! shown with its words apart wherever it appears: in the editor, in a
//! round's list of turns, in a list of questions or objections and in a
//! text panel. The terminal drawing drops a tab or a line break inside a
//! line, so "Owner:\tAna" used to be shown as "Owner:Ana" and two pasted
//! lines as one glued word.

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, PersonId};
use spanning::text::Lang;
use tui_support::{key, paste, render};

const PASTED: &str = "Owner:\tAna\r\n\t- first point\nlast line";

#[test]
fn a_pasted_turn_keeps_its_words_apart_in_the_round() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = tui_support::checkin_midway(lang).app();
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the turn dialog is open");
        paste(&mut app, PASTED);
        let editor = render(&mut app, 100, 30);
        // A tab is laid out to the next stop of four columns, as typed.
        assert!(editor.contains("Owner:  Ana"), "{lang:?}: {editor}");
        assert!(editor.contains("    - first point"), "{lang:?}: {editor}");
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing(), "{lang:?}: the turn is saved");
        let saved = format!("{:?}", app.session().log().last());
        assert!(
            saved.contains("Owner:  Ana\\n    - first point\\nlast line"),
            "{lang:?}: {saved}"
        );
        let screen = render(&mut app, 100, 30);
        assert!(
            screen.contains("Owner:  Ana     - first point last line"),
            "{lang:?}: the turn reads as one line with its words apart: {screen}"
        );
    }
}

#[test]
fn lines_of_a_question_or_objection_stay_apart_in_their_list() {
    for lang in [Lang::En, Lang::Nl] {
        let mut s = tui_support::questions(lang);
        s.run(Command::AskQuestion {
            asker: PersonId(1),
            text: "Who writes them?\nAnd when?\tBefore the release?".into(),
        });
        let mut app = s.app();
        let screen = render(&mut app, 120, 40);
        assert!(
            screen.contains("Who writes them? And when? Before the release?"),
            "{lang:?}: {screen}"
        );

        let mut s = tui_support::amend(lang);
        s.run(Command::OpenObjectionRound)
            .say("Too much work\nfor one person");
        let mut app = s.app();
        let screen = render(&mut app, 120, 40);
        assert!(
            screen.contains("Too much work for one person"),
            "{lang:?}: {screen}"
        );
    }
}

#[test]
fn a_tab_stored_in_a_proposal_is_shown_as_a_space() {
    // Sessions written before pasted tabs were laid out still hold them.
    for lang in [Lang::En, Lang::Nl] {
        let mut s = tui_support::present(lang);
        s.run(Command::StateProposal {
            text: "Owner:\tAna\nRelease lead:\tBram".into(),
        });
        let mut app = s.app();
        let screen = render(&mut app, 100, 30);
        assert!(screen.contains("Owner: Ana"), "{lang:?}: {screen}");
        assert!(screen.contains("Release lead: Bram"), "{lang:?}: {screen}");
    }
}
