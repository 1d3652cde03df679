//! The governance view of a meeting (issue 13, constitution v5 §5.4.5 b):
//! one key at any step opens the circle's record (roles, purposes,
//! accountabilities, domains, fillers and terms, policies), searchable
//! ignoring case and diacritics; Esc returns to the step unchanged.

use chrono::{FixedOffset, TimeZone};
use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Ending, Part};
use spanning::record::governance::Record;
use spanning::text::Lang;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::{App, TuiOptions};

use crate::support::governance as gov;
use crate::support::tui as tui_support;

/// The record after an earlier meeting of the same circle adopted a new
/// role (with a diacritic in its name) and a policy.
fn record() -> Record {
    let earlier = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 23, 10, 0, 0).single())
        .expect("valid time");
    let mut script = gov::at_agenda("Product circle", earlier);
    let parts = [
        Part::CreateRole {
            name: "Financiën".to_owned(),
            purpose: Some("Money well spent".to_owned()),
            accountabilities: vec!["Paying invoices within a week".to_owned()],
            domains: vec!["The bank account".to_owned()],
        },
        Part::CreatePolicy {
            title: "Spending limit".to_owned(),
            text: "Anyone may spend up to 200 euro without asking".to_owned(),
            domain: None,
        },
    ];
    gov::item(&mut script, "Money", &parts, Ending::Adopted);
    let mut record = Record::default();
    record.meeting("2026-02-23-product", &script.session);
    record
}

pub(crate) fn app(lang: Lang, with_record: bool) -> App {
    let options = TuiOptions {
        governance: with_record.then(|| RecordAtStart::ready(record(), "now")),
        ..TuiOptions::default()
    };
    tui_support::present(lang).app_with(&options)
}

#[test]
fn g_opens_the_record_at_any_step_and_esc_returns_unchanged() {
    for scene in [
        tui_support::agenda(Lang::En),
        tui_support::present(Lang::En),
        tui_support::objections(Lang::En),
        tui_support::integration(Lang::En),
    ] {
        let options = TuiOptions {
            governance: Some(RecordAtStart::ready(record(), "now")),
            ..TuiOptions::default()
        };
        let mut app = scene.app_with(&options);
        let before = tui_support::render(&mut app, 100, 30);
        tui_support::key(&mut app, KeyCode::Char('g'));
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(
            shown.contains("Governance record: Product circle"),
            "{shown}"
        );
        assert!(shown.contains("Financiën"), "{shown}");
        assert!(shown.contains("Paying invoices within a week"), "{shown}");
        assert!(shown.contains("The bank account"), "{shown}");
        assert!(shown.contains("Spending limit"), "{shown}");
        // Core roles are there without being created.
        assert!(shown.contains("Facilitator"), "{shown}");
        tui_support::key(&mut app, KeyCode::Esc);
        assert_eq!(tui_support::render(&mut app, 100, 30), before);
        assert_eq!(app.session().log().len(), scene.session.log().len());
    }
}

#[test]
fn typing_filters_ignoring_case_and_diacritics() {
    for (lang, none) in [(Lang::En, "Nothing matches"), (Lang::Nl, "Niets past")] {
        let mut app = app(lang, true);
        tui_support::key(&mut app, KeyCode::Char('g'));
        tui_support::chars(&mut app, "FINANCIEN");
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(shown.contains("Financiën"), "{shown}");
        assert!(!shown.contains("Facilitator"), "{shown}");
        assert!(!shown.contains("Spending limit"), "{shown}");
        // Typed letters are the search, never the step's keys: nothing
        // was recorded.
        assert_eq!(
            app.session().log().len(),
            tui_support::present(lang).session.log().len()
        );
        tui_support::chars(&mut app, "xyz");
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(shown.contains(none), "{shown}");
        for _ in 0.."xyz".len() {
            tui_support::key(&mut app, KeyCode::Backspace);
        }
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(shown.contains("Financiën"), "{shown}");
        // A policy is found by its text.
        for _ in 0.."FINANCIEN".len() {
            tui_support::key(&mut app, KeyCode::Backspace);
        }
        tui_support::chars(&mut app, "200 euro");
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(shown.contains("Spending limit"), "{shown}");
        assert!(!shown.contains("Financiën"), "{shown}");
    }
}

/// The core roles read in the meeting's language, as `spanning record`
/// writes them (the Dutch view said "Circle Lead", "Secretary"; found
/// playing a meeting in tmux), and are found by either language's name.
#[test]
fn core_roles_read_in_the_meetings_language() {
    use spanning::record::governance::CoreRole;
    for lang in [Lang::En, Lang::Nl] {
        let words = lang.words();
        let mut app = app(lang, true);
        tui_support::key(&mut app, KeyCode::Char('g'));
        let shown = tui_support::render(&mut app, 100, 30);
        let secretary = words.core_role(CoreRole::Secretary);
        assert!(shown.contains(secretary), "{lang:?}\n{shown}");
        if lang == Lang::Nl {
            assert!(!shown.contains("Secretary"), "{lang:?}\n{shown}");
            assert!(!shown.contains("Circle Lead"), "{lang:?}\n{shown}");
        }
        // Either language's name finds it.
        for typed in ["secretaris", "secretary"] {
            tui_support::chars(&mut app, typed);
            let shown = tui_support::render(&mut app, 100, 30);
            assert!(shown.contains(secretary), "{lang:?} {typed}\n{shown}");
            assert!(!shown.contains("Financiën"), "{lang:?} {typed}\n{shown}");
            for _ in 0..typed.len() {
                tui_support::key(&mut app, KeyCode::Backspace);
            }
        }
    }
}

#[test]
fn this_meetings_adoptions_show_too() {
    // The record at the start is empty; an item adopted in this meeting
    // (a role) is in the view right after.
    let opened = tui_support::start();
    let mut script = gov::at_agenda("Product circle", opened);
    gov::item(
        &mut script,
        "Support",
        &[gov::create_role("Support")],
        Ending::Adopted,
    );
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(Record::default(), "now")),
        ..TuiOptions::default()
    };
    let mut app = script.app_with(&options);
    tui_support::key(&mut app, KeyCode::Char('g'));
    let shown = tui_support::render(&mut app, 100, 30);
    assert!(shown.contains("Support"), "{shown}");
    assert!(shown.contains("Doing Support"), "{shown}");
}

#[test]
fn without_a_sessions_folder_it_says_so() {
    for (lang, words) in [
        (Lang::En, "not in a sessions folder"),
        (Lang::Nl, "niet in een sessiemap"),
    ] {
        let mut app = app(lang, false);
        tui_support::key(&mut app, KeyCode::Char('g'));
        let shown = tui_support::render(&mut app, 100, 30);
        assert!(shown.contains(words), "{shown}");
    }
}

#[test]
fn governance_view_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(lang, true);
        tui_support::key(&mut app, KeyCode::Char('g'));
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("governance_view_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn the_record_is_folded_once_in_the_background_from_the_folder() {
    // An earlier meeting in the folder adopted a role; the meeting opened
    // after it sees the role, folded without the meeting itself.
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = spanning::store::SessionsDir::new(dir.path());
    let earlier = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 23, 10, 0, 0).single())
        .expect("valid time");
    let mut script = gov::at_agenda("Product circle", earlier);
    gov::item(
        &mut script,
        "Support",
        &[gov::create_role("Support")],
        Ending::Adopted,
    );
    let mut open = sessions.create(&script.session).expect("create");
    open.save(&script.session).expect("save");
    drop(open);
    let now = tui_support::present(Lang::En);
    let source =
        RecordAtStart::fold_in_background(sessions.clone(), "now", now.session.setup().opened_at);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while source.at_start().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the fold never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let expected = spanning::record::fold(&sessions, "Product circle", None).governance;
    assert_eq!(
        source.at_start().and_then(|r| r.circle("Product circle")),
        expected.circle("Product circle")
    );
    let circle = source.circle_now(&now.session).expect("folded");
    assert!(circle.role_named("Support").is_some());
}

/// The record after two meetings of the circle, held apart, both changed
/// the purpose of Finance from its version 1: one conflict.
fn record_with_conflict() -> Record {
    let at = |day: u32| {
        FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 2, day, 10, 0, 0).single())
            .expect("valid time")
    };
    let mut record = Record::default();
    let mut first = gov::at_agenda("Product circle", at(2));
    let create = Part::CreateRole {
        name: "Finance".to_owned(),
        purpose: None,
        accountabilities: Vec::new(),
        domains: Vec::new(),
    };
    gov::item(&mut first, "Money", &[create], Ending::Adopted);
    record.meeting("2026-02-02-product", &first.session);
    let target = record
        .circle("Product circle")
        .and_then(|c| c.role_named("Finance"))
        .map(|r| r.target())
        .expect("Finance in the record");
    for (day, purpose) in [(9, "Money in order"), (10, "Cash flow healthy")] {
        let mut apart = gov::at_agenda("Product circle", at(day));
        let part = Part::ChangePurpose {
            role: target.clone(),
            purpose: purpose.to_owned(),
        };
        gov::item(&mut apart, purpose, &[part], Ending::Adopted);
        record.meeting(&format!("2026-02-{day:02}-product"), &apart.session);
    }
    assert_eq!(record.conflicts.len(), 1, "{:?}", record.conflicts);
    record
}

#[test]
fn the_next_meeting_shows_the_circles_conflicts_at_opening_and_agenda() {
    for (lang, says) in [
        (Lang::En, "1 governance conflict"),
        (Lang::Nl, "1 governanceconflict"),
    ] {
        let scenes = [
            tui_support::Script::open(tui_support::setup_in(lang)),
            tui_support::agenda(lang),
        ];
        for scene in scenes {
            let with = TuiOptions {
                governance: Some(RecordAtStart::ready(record_with_conflict(), "now")),
                ..TuiOptions::default()
            };
            let shown = tui_support::render(&mut scene.app_with(&with), 160, 48);
            assert!(shown.contains(says), "{shown}");
            assert!(shown.contains("Finance"), "{shown}");
            // Without conflicts (or of another circle) nothing is said.
            let calm = TuiOptions {
                governance: Some(RecordAtStart::ready(record(), "now")),
                ..TuiOptions::default()
            };
            let shown = tui_support::render(&mut scene.app_with(&calm), 160, 48);
            assert!(!shown.contains(says), "{shown}");
        }
        // A tactical meeting of the circle cannot change the record, so
        // it is not asked to resolve them.
        let mut setup = tui_support::setup_in(lang);
        setup.format = spanning::meeting::MeetingFormat::Tactical;
        let with = TuiOptions {
            governance: Some(RecordAtStart::ready(record_with_conflict(), "now")),
            ..TuiOptions::default()
        };
        let shown = tui_support::render(
            &mut tui_support::Script::open(setup).app_with(&with),
            160,
            48,
        );
        assert!(!shown.contains(says), "{shown}");
    }
}

#[test]
fn conflicts_line_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let scenes = [
            (
                "opening",
                tui_support::Script::open(tui_support::setup_in(lang)),
            ),
            ("agenda", tui_support::agenda(lang)),
        ];
        for (name, scene) in scenes {
            let with = TuiOptions {
                governance: Some(RecordAtStart::ready(record_with_conflict(), "now")),
                ..TuiOptions::default()
            };
            let mut app = scene.app_with(&with);
            for (w, h) in [(80, 24), (160, 48)] {
                let terminal = tui_support::terminal(&mut app, w, h);
                insta::assert_snapshot!(
                    format!("conflicts_{name}_{}_{w}x{h}", lang.code()),
                    terminal.backend()
                );
            }
        }
    }
}

#[test]
fn a_meeting_that_changes_the_role_from_its_current_version_settles_the_conflict() {
    let mut record = record_with_conflict();
    let target = record
        .circle("Product circle")
        .and_then(|c| c.role_named("Finance"))
        .map(|r| r.target())
        .expect("Finance in the record");
    let later = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 16, 10, 0, 0).single())
        .expect("valid time");
    let mut settling = gov::at_agenda("product CIRCLE", later);
    let part = Part::ChangePurpose {
        role: target,
        purpose: "Money in order and cash flow healthy".to_owned(),
    };
    gov::item(&mut settling, "Settle Finance", &[part], Ending::Adopted);
    record.meeting("2026-02-16-product", &settling.session);
    assert!(record.conflicts.is_empty(), "{:?}", record.conflicts);
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(record, "now")),
        ..TuiOptions::default()
    };
    let shown = tui_support::render(
        &mut tui_support::agenda(Lang::En).app_with(&options),
        160,
        48,
    );
    assert!(!shown.contains("governance conflict"), "{shown}");
}
