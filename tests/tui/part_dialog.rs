//! The part dialog (issue 13): `+` while presenting (and in amend and
//! integration) adds a typed change to the governance record to the
//! proposal. Roles and policies are picked from the record at the
//! meeting's start; the part is checked against it, a refusal keeps the
//! dialog open with everything typed.

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, Part, PersonId, RoleList};
use spanning::text::Lang;
use spanning::tui::app::Status;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::{App, TuiOptions};

use crate::support::governance as gov;
use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;

use gov::finance_record as record;

/// A meeting of the same circle in `lang`, presenting a proposal.
pub(crate) fn presenting(lang: Lang) -> Script {
    let mut script = Scenario::new(
        "Governance",
        "Product circle",
        tui_support::start(),
        &gov::PEOPLE,
    )
    .lang(lang)
    .open();
    script.run(Command::StartCheckIn);
    script.finish_round();
    script.run(Command::OpenAgenda);
    gov::present(&mut script, "Budget", PersonId(2), &[]);
    script
}

pub(crate) fn app(script: &Script) -> App {
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(record(), "now")),
        ..TuiOptions::default()
    };
    script.app_with(&options)
}

fn parts(app: &App) -> Vec<Part> {
    app.session()
        .state()
        .active_item()
        .and_then(|i| i.current_version())
        .map(|v| v.parts.clone())
        .unwrap_or_default()
}

fn kind(app: &mut App, index: usize) {
    for _ in 0..index {
        tui_support::key(app, KeyCode::Down);
    }
}

#[test]
fn a_role_is_picked_by_its_letters_ignoring_diacritics_and_renamed() {
    let mut app = app(&presenting(Lang::En));
    tui_support::key(&mut app, KeyCode::Char('+'));
    let shown = tui_support::render(&mut app, 100, 30);
    assert!(shown.contains("A part of the proposal"), "{shown}");
    kind(&mut app, 1); // Rename a role
    tui_support::key(&mut app, KeyCode::Tab);
    // Circle Lead → Facilitator → Financiën: `f` twice.
    tui_support::chars(&mut app, "ff");
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Geldzaken");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    assert_eq!(got.len(), 1, "{got:?}");
    let Part::RenameRole { role, name } = &got[0] else {
        panic!("not a rename: {got:?}");
    };
    assert_eq!(role.name, "Financiën");
    assert!(role.id.is_some(), "picked from the record, with its id");
    assert_eq!(role.base, Some(1));
    assert_eq!(name, "Geldzaken");
    // The diff panel shows it.
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("+ Geldzaken"), "{shown}");
}

#[test]
fn a_new_role_and_a_policy_become_two_parts() {
    let mut app = app(&presenting(Lang::En));
    tui_support::key(&mut app, KeyCode::Char('+'));
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Support");
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Customers helped");
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Answering questions");
    tui_support::key(&mut app, KeyCode::Enter);
    tui_support::key(&mut app, KeyCode::Char('+'));
    kind(&mut app, 10); // Create a policy
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Quiet hours");
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "No meetings before ten");
    tui_support::key(&mut app, KeyCode::Enter);
    assert_eq!(
        parts(&app),
        vec![
            Part::CreateRole {
                name: "Support".to_owned(),
                purpose: Some("Customers helped".to_owned()),
                accountabilities: vec!["Answering questions".to_owned()],
                domains: Vec::new(),
            },
            Part::CreatePolicy {
                title: "Quiet hours".to_owned(),
                text: "No meetings before ten".to_owned(),
                domain: None,
            },
        ]
    );
}

#[test]
fn a_part_that_does_not_fit_the_record_is_refused_and_nothing_typed_is_lost() {
    for (lang, words) in [(Lang::En, "Financiën"), (Lang::Nl, "Financiën")] {
        let mut app = app(&presenting(lang));
        tui_support::key(&mut app, KeyCode::Char('+'));
        tui_support::key(&mut app, KeyCode::Tab);
        tui_support::chars(&mut app, "financiën");
        tui_support::key(&mut app, KeyCode::Enter);
        assert!(parts(&app).is_empty());
        let Some(Status::Refused(why)) = app.status() else {
            panic!("{lang:?}: no refusal: {:?}", app.status());
        };
        assert!(why.to_lowercase().contains(&words.to_lowercase()), "{why}");
        let shown = tui_support::render(&mut app, 100, 30);
        // Still open, with the name as typed.
        assert!(shown.contains("financiën"), "{shown}");
        // Correcting it records it.
        for _ in 0..9 {
            tui_support::key(&mut app, KeyCode::Backspace);
        }
        tui_support::chars(&mut app, "Kas");
        tui_support::key(&mut app, KeyCode::Enter);
        assert_eq!(parts(&app).len(), 1);
    }
}

#[test]
fn a_policy_is_picked_and_changed() {
    let mut app = app(&presenting(Lang::En));
    tui_support::key(&mut app, KeyCode::Char('+'));
    kind(&mut app, 11); // Change a policy
    tui_support::key(&mut app, KeyCode::Tab); // the policy (the only one)
    tui_support::key(&mut app, KeyCode::Tab); // title, as it is
    tui_support::key(&mut app, KeyCode::Tab); // the text, as it reads now
    for _ in "Up to 200 euro without asking".chars() {
        tui_support::key(&mut app, KeyCode::Backspace);
    }
    tui_support::chars(&mut app, "Up to 500 euro without asking");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [
        Part::ChangePolicy {
            policy,
            title,
            text,
            ..
        },
    ] = got.as_slice()
    else {
        panic!("{got:?}");
    };
    assert_eq!(policy.name, "Spending limit");
    assert_eq!(title, "Spending limit");
    assert_eq!(text, "Up to 500 euro without asking");
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("− Up to 200 euro without asking"), "{shown}");
}

#[test]
fn an_accountability_is_added_to_a_picked_role() {
    let mut app = app(&presenting(Lang::En));
    tui_support::key(&mut app, KeyCode::Char('+'));
    kind(&mut app, 7); // Add an accountability or domain
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "ff");
    tui_support::key(&mut app, KeyCode::Tab); // accountability
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Publishing the budget");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::AddEntry { role, list, text }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Financiën");
    assert_eq!(*list, RoleList::Accountability);
    assert_eq!(text, "Publishing the budget");
}

#[test]
fn parts_can_be_added_in_amend_and_integration_too_not_in_questions() {
    let mut script = presenting(Lang::En);
    script.run(Command::OpenClarifyingQuestions);
    let mut questions = app(&script);
    tui_support::key(&mut questions, KeyCode::Char('+'));
    assert!(
        !tui_support::render(&mut questions, 100, 30).contains("A part of the proposal"),
        "no parts while questions are asked"
    );
    script.run(Command::OpenReactionRound);
    script.finish_round();
    script.run(Command::OpenAmendAndClarify);
    let mut amend = app(&script);
    tui_support::key(&mut amend, KeyCode::Char('+'));
    assert!(tui_support::render(&mut amend, 100, 30).contains("A part of the proposal"));
}

#[test]
fn part_dialog_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(&presenting(lang));
        tui_support::key(&mut app, KeyCode::Char('+'));
        kind(&mut app, 8); // Change an accountability or domain
        tui_support::key(&mut app, KeyCode::Tab);
        tui_support::chars(&mut app, "ff");
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("part_dialog_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}
