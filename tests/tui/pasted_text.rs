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

/// A long objection (pasted, say) selected in integration is shown from
/// its start, shortened with "…", above its status line: it used to be
/// scrolled out of sight whole at 80x24, leaving only "! valid objection".
#[test]
fn a_long_selected_objection_stays_readable_in_integration() {
    use spanning::meeting::Criterion;
    let long = format!(
        "Opening words of the objection. {}",
        "It slows every release down. ".repeat(30)
    );
    for lang in [Lang::En, Lang::Nl] {
        let mut s = tui_support::amend(lang);
        s.run(Command::OpenObjectionRound).say(&long).finish_round();
        for criterion in [
            Criterion::Harm,
            Criterion::CausedByProposal,
            Criterion::NotSafeToTry,
            Criterion::Role,
        ] {
            s.run(Command::TestCriterion {
                concern: 1,
                criterion,
                argument: "holds".into(),
                holds: true,
            });
        }
        s.run(Command::OpenIntegration);
        let mut app = s.app();
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = render(&mut app, w, h);
            assert!(
                screen.contains("Opening words of the objection."),
                "{lang:?} {w}x{h}: {screen}"
            );
            if w == 80 {
                assert!(
                    screen.contains('…'),
                    "{lang:?}: shortened with a sign: {screen}"
                );
            } else {
                assert!(
                    screen.contains("down. It slows"),
                    "{lang:?}: read in full: {screen}"
                );
            }
            let valid = if lang == Lang::En {
                "valid objection"
            } else {
                "geldig bezwaar"
            };
            assert!(screen.contains(valid), "{lang:?} {w}x{h}: {screen}");
        }
    }
}

/// An editor scrolled down to its cursor (after a long paste) says on its
/// top border how much is above, as its bottom border says what is below:
/// the first lines of a pasted proposal are not silently out of sight.
#[test]
fn an_editor_scrolled_down_says_what_is_above() {
    let pasted: String = (1..=40)
        .map(|n| format!("Line {n} of the proposal\n"))
        .collect();
    for (lang, above) in [(Lang::En, "more above"), (Lang::Nl, "hierboven")] {
        let mut app = tui_support::present(lang).app();
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the proposal dialog is open");
        let screen = render(&mut app, 80, 24);
        assert!(
            !screen.contains(above),
            "{lang:?}: nothing above yet: {screen}"
        );
        paste(&mut app, &pasted);
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains("Line 40 of the proposal"),
            "{lang:?}: {screen}"
        );
        assert!(screen.contains(above), "{lang:?}: {screen}");

        // The objection test's argument, below a long objection.
        let mut s = tui_support::amend(lang);
        s.run(Command::OpenObjectionRound)
            .say(&"It slows every release down. ".repeat(12))
            .finish_round();
        let mut app = s.app();
        key(&mut app, KeyCode::Char('T'));
        paste(&mut app, pasted.trim_end());
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains("Line 40 of the proposal"),
            "{lang:?}: {screen}"
        );
        assert!(screen.contains(above), "{lang:?}: the argument: {screen}");
    }
}

/// At 80x24, with a long objection just typed (its status line taking two
/// rows, the Dutch hints three), the objection round still shows the
/// objection itself, not only its panel's borders.
#[test]
fn an_objection_just_raised_is_in_sight_at_80x24() {
    for lang in [Lang::En, Lang::Nl] {
        let mut s = tui_support::amend(lang);
        // A proposal of several lines, which keeps three of them in sight.
        s.run(Command::AmendProposal {
            text: "The Release lead writes release notes for every release. ".repeat(5),
            for_objection: None,
        })
        .run(Command::OpenObjectionRound);
        let mut app = s.app();
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the turn dialog is open");
        paste(
            &mut app,
            &format!(
                "Opening words of the objection. {}",
                "It slows every release down. ".repeat(20)
            ),
        );
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing(), "{lang:?}: the objection is recorded");
        let screen = render(&mut app, 80, 24);
        let raised = screen
            .lines()
            .any(|l| l.contains("1.") && l.contains("Opening words of the objection"));
        assert!(raised, "{lang:?}: {screen}");
    }
}

/// While a long pasted turn is typed at 80x24, the title, the step and the
/// clock stay above the dialog: the tall editor used to cover them, so
/// the group no longer saw which step the meeting was in. (The speaker is
/// the dialog's own first line.)
#[test]
fn the_step_stays_in_sight_above_a_tall_dialog_at_80x24() {
    let pasted: String = (1..=30)
        .map(|n| format!("Line {n} of a long turn\n"))
        .collect();
    for (lang, step, clock) in [
        (Lang::En, "▶ CHECK-IN ◀", "elapsed"),
        (Lang::Nl, "▶ INCHECKEN ◀", "verstreken"),
    ] {
        let mut app = tui_support::checkin_midway(lang).app();
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the turn dialog is open");
        paste(&mut app, &pasted);
        let screen = render(&mut app, 80, 24);
        let rows: Vec<&str> = screen.lines().collect();
        assert!(rows[1].contains(step), "{lang:?}: {screen}");
        assert!(rows[2].contains(clock), "{lang:?}: {screen}");
        assert!(screen.contains("Dewi"), "{lang:?}: the speaker: {screen}");
        assert!(
            screen.contains("Line 30 of a long turn"),
            "{lang:?}: {screen}"
        );
    }
}
