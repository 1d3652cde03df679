//! Bugs found playing today's build in tmux as a demanding facilitator
//! would (tryout 5), each pinned by the keys that showed it.

use crate::support::tactical as tactical_support;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Disposition, ItemId};
use spanning::text::Lang;
use spanning::tui::App;
use tui_support::{chars, key, render};

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
        let mut app = tactical_support::in_triage(lang).app();
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

/// The disposition of each close-out item, in agenda order.
fn dispositions(app: &App) -> Vec<Option<Disposition>> {
    let state = app.session().state();
    [ItemId(2), ItemId(3)]
        .iter()
        .map(|id| {
            state
                .agenda
                .iter()
                .find(|i| i.id == *id)
                .and_then(|i| i.disposition)
        })
        .collect()
}

/// In close-out, carrying an item over (or letting it go) moves the
/// selection on to the next item still undecided, as the reviews move on
/// to the next entry: the selection stayed on the item just decided, so a
/// second key changed it instead of deciding the next (found carrying
/// "Office move" over, then pressing l for "Hiring", at 120x36).
#[test]
fn close_out_moves_on_to_the_next_item_to_decide() {
    for (lang, yes) in [(Lang::En, 'y'), (Lang::Nl, 'j')] {
        let mut app = tui_support::closeout(lang).app();
        // Undo the carry-over: both items are undecided again.
        key(&mut app, KeyCode::Char('u'));
        chars(&mut app, &yes.to_string());
        assert_eq!(dispositions(&app), [None, None], "{lang:?}");
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Char('c'));
        key(&mut app, KeyCode::Char('l'));
        assert_eq!(
            dispositions(&app),
            [Some(Disposition::CarriedOver), Some(Disposition::LetGo)],
            "{lang:?}\n{}",
            render(&mut app, 80, 24)
        );
    }
}

/// A meeting resumed in close-out lands on the first item still to
/// decide, so the first key decides it rather than changing one already
/// decided.
#[test]
fn close_out_resumes_on_the_item_still_to_decide() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = tui_support::closeout(lang).app();
        assert_eq!(
            dispositions(&app),
            [Some(Disposition::CarriedOver), None],
            "{lang:?}"
        );
        key(&mut app, KeyCode::Char('l'));
        assert_eq!(
            dispositions(&app),
            [Some(Disposition::CarriedOver), Some(Disposition::LetGo)],
            "{lang:?}\n{}",
            render(&mut app, 80, 24)
        );
    }
}

/// A part refused for an empty name sends the keys to the name: a role
/// created with a purpose typed and no name said "the name is empty" and
/// left the keyboard in the purpose, so the name typed next went on the
/// end of the purpose.
#[test]
fn a_part_without_a_name_sends_the_keys_to_the_name() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = crate::part_dialog::app(&crate::part_dialog::presenting(lang));
        key(&mut app, KeyCode::Char('+'));
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        chars(&mut app, "Customers helped");
        key(&mut app, KeyCode::Enter);
        let none = |app: &App| {
            app.session()
                .state()
                .active_item()
                .and_then(|i| i.current_version())
                .is_none_or(|v| v.parts.is_empty())
        };
        assert!(none(&app), "{lang:?}: refused");
        chars(&mut app, "Support");
        key(&mut app, KeyCode::Enter);
        let state = app.session().state();
        let parts = state
            .active_item()
            .and_then(|i| i.current_version())
            .map(|v| v.parts.clone())
            .unwrap_or_default();
        assert_eq!(
            parts,
            [spanning::meeting::Part::CreateRole {
                name: "Support".to_owned(),
                purpose: Some("Customers helped".to_owned()),
                accountabilities: Vec::new(),
                domains: Vec::new(),
            }],
            "{lang:?}\n{}",
            render(&mut app, 100, 30)
        );
    }
}
