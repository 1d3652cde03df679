//! The part list (issue 13): `*` lists the proposal's parts, numbered as
//! on the diff panel; a part is picked by its number or the arrows, Enter
//! changes it in the part dialog opened with what it says (the engine's
//! ChangePart), `-` or Del removes it after a yes (RemovePart), and undo
//! takes either back.

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, Part, PersonId, RoleList, Target};
use spanning::text::Lang;
use spanning::tui::app::Status;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::keys::Action;
use spanning::tui::{App, TuiOptions};

use crate::support::governance as gov;
use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;

fn two_parts() -> Vec<Part> {
    vec![
        Part::AddEntry {
            role: Target::named("Financiën"),
            list: RoleList::Accountability,
            text: "Publishing the budget".to_owned(),
        },
        Part::CreatePolicy {
            title: "Quiet hours".to_owned(),
            text: "No meetings before ten".to_owned(),
            domain: None,
        },
    ]
}

fn presenting(lang: Lang, parts: &[Part]) -> Script {
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
    gov::present(&mut script, "Budget", PersonId(2), parts);
    script
}

fn app(lang: Lang, parts: &[Part]) -> App {
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(gov::circles_record(), "now")),
        ..TuiOptions::default()
    };
    presenting(lang, parts).app_with(&options)
}

fn parts(app: &App) -> Vec<Part> {
    app.session()
        .state()
        .active_item()
        .and_then(|i| i.current_version())
        .map(|v| v.parts.clone())
        .unwrap_or_default()
}

fn yes(lang: Lang) -> KeyCode {
    KeyCode::Char(lang.words().yes_keys()[0])
}

#[test]
fn a_part_picked_by_number_is_changed_in_the_dialog_it_was_made_in() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(lang, &two_parts());
        tui_support::key(&mut app, KeyCode::Char('*'));
        let shown = tui_support::render(&mut app, 100, 30);
        let title = match lang {
            Lang::En => "The proposal's parts",
            Lang::Nl => "Onderdelen van het voorstel",
        };
        assert!(shown.contains(title), "{shown}");
        tui_support::key(&mut app, KeyCode::Char('2'));
        tui_support::key(&mut app, KeyCode::Enter);
        let shown = tui_support::render(&mut app, 100, 30);
        let title = match lang {
            Lang::En => "Change a part of the proposal",
            Lang::Nl => "Onderdeel van het voorstel wijzigen",
        };
        assert!(shown.contains(title), "{shown}");
        // Opened with what the part says, the focus on its title.
        assert!(shown.contains("Quiet hours"), "{shown}");
        assert!(shown.contains("No meetings before ten"), "{shown}");
        tui_support::chars(&mut app, " on Fridays");
        tui_support::key(&mut app, KeyCode::Enter);
        let got = parts(&app);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], two_parts()[0], "the other part is left alone");
        assert_eq!(
            got[1],
            Part::CreatePolicy {
                title: "Quiet hours on Fridays".to_owned(),
                text: "No meetings before ten".to_owned(),
                domain: None,
            }
        );
        let event = app.session().log().last().map(|r| format!("{:?}", r.event));
        assert!(
            event
                .as_deref()
                .is_some_and(|e| e.starts_with("PartChanged")),
            "{event:?}"
        );
        // Undo takes the change back.
        tui_support::key(&mut app, KeyCode::Char('u'));
        tui_support::key(&mut app, yes(lang));
        assert_eq!(parts(&app), two_parts());
    }
}

#[test]
fn a_changed_entry_part_reopens_on_its_entry_and_new_wording() {
    // As the dialog made it: the role with its id and version.
    let record = gov::circles_record();
    let role = record
        .circle("Product circle")
        .and_then(|c| c.role_named("Financiën"))
        .map(|r| r.target())
        .expect("Financiën");
    let part = Part::ChangeEntry {
        role,
        list: RoleList::Domain,
        from: "Bank account".to_owned(),
        to: "Bank accounts".to_owned(),
    };
    let mut app = app(Lang::En, std::slice::from_ref(&part));
    tui_support::key(&mut app, KeyCode::Char('*'));
    tui_support::key(&mut app, KeyCode::Enter);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("‹ Financiën ›"), "{shown}");
    assert!(shown.contains("‹ domain ›"), "{shown}");
    assert!(shown.contains("As it is now: ‹ Bank account ›"), "{shown}");
    assert!(shown.contains("Bank accounts"), "{shown}");
    // Enter without a change changes nothing, and says so.
    tui_support::key(&mut app, KeyCode::Enter);
    assert_eq!(parts(&app), vec![part]);
    assert!(
        matches!(app.status(), Some(Status::Refused(_))),
        "{:?}",
        app.status()
    );
}

#[test]
fn a_part_is_removed_after_a_yes_and_undo_brings_it_back() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(lang, &two_parts());
        tui_support::key(&mut app, KeyCode::Char('*'));
        tui_support::key(&mut app, KeyCode::Down);
        tui_support::key(&mut app, KeyCode::Up);
        tui_support::key(&mut app, KeyCode::Char('-'));
        let shown = tui_support::render(&mut app, 120, 30);
        let asked = match lang {
            Lang::En => "Remove part 1",
            Lang::Nl => "Onderdeel 1",
        };
        assert!(shown.contains(asked), "{shown}");
        // "No" keeps it.
        tui_support::key(&mut app, KeyCode::Esc);
        assert_eq!(parts(&app).len(), 2);
        tui_support::key(&mut app, KeyCode::Char('*'));
        tui_support::key(&mut app, KeyCode::Delete);
        tui_support::key(&mut app, yes(lang));
        assert_eq!(parts(&app), vec![two_parts()[1].clone()]);
        tui_support::key(&mut app, KeyCode::Char('u'));
        tui_support::key(&mut app, yes(lang));
        assert_eq!(parts(&app), two_parts());
    }
}

#[test]
fn the_part_list_with_no_parts_says_how_to_add_one() {
    for (lang, says) in [
        (Lang::En, "no parts yet"),
        (Lang::Nl, "nog geen onderdelen"),
    ] {
        let mut app = app(lang, &[]);
        // The hint bar offers `*` only once there are parts.
        let hint = format!("*  {}", lang.words().key_action(Action::Parts));
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(!shown.contains(&hint), "{shown}");
        let mut with_parts = self::app(lang, &two_parts());
        let shown = tui_support::render(&mut with_parts, 100, 30);
        assert!(shown.contains(&hint), "{shown}");
        tui_support::key(&mut app, KeyCode::Char('*'));
        let Some(Status::Info(text)) = app.status() else {
            panic!("{:?}", app.status());
        };
        assert!(text.contains(says), "{text}");
        // Nothing opened: the next key is the screen's.
        tui_support::key(&mut app, KeyCode::Char('+'));
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(!shown.contains("The proposal's parts"), "{shown}");
    }
}

#[test]
fn part_list_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(lang, &two_parts());
        tui_support::key(&mut app, KeyCode::Char('*'));
        tui_support::key(&mut app, KeyCode::Char('2'));
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("part_list_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn a_part_naming_what_the_record_lacks_reopens_on_it_unchanged() {
    // Named by hand (a scripted meeting), not in the record: opening it
    // to change it must not quietly point it at another role or entry.
    let by_hand = vec![
        Part::RemoveRole {
            role: Target::named("Archivist"),
        },
        Part::ChangeEntry {
            role: Target::named("Financiën"),
            list: RoleList::Accountability,
            from: "Paying bills".to_owned(),
            to: "Paying bills on time".to_owned(),
        },
    ];
    let mut app = app(Lang::En, &by_hand);
    tui_support::key(&mut app, KeyCode::Char('*'));
    tui_support::key(&mut app, KeyCode::Enter);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("‹ Archivist ›"), "{shown}");
    // Saved as it is, the record's check says why it does not fit.
    tui_support::key(&mut app, KeyCode::Enter);
    let Some(Status::Refused(why)) = app.status() else {
        panic!("{:?}", app.status());
    };
    assert!(why.contains("Archivist"), "{why}");
    assert_eq!(parts(&app), by_hand);
    tui_support::key(&mut app, KeyCode::Esc);
    tui_support::key(&mut app, KeyCode::Char('*'));
    tui_support::key(&mut app, KeyCode::Char('2'));
    tui_support::key(&mut app, KeyCode::Enter);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("As it is now: ‹ Paying bills ›"), "{shown}");
    assert!(shown.contains("Paying bills on time"), "{shown}");
}
