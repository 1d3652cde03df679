//! Review's governance record view, driven by keys (issue 13): Enter on a
//! role opens its history (each change with its session, item, proposer
//! and integrated objections; conflicts marked) and Esc returns to the
//! list with the selection kept; ←/→ step "as of" through the circle's
//! sessions and imports; `/` searches; `g` opens it from a session's own
//! view and from its replay, and Esc returns there. English and Dutch;
//! the history screen at 80x24 and 160x48.

use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Part, Session};
use spanning::record::governance::Timeline;
use spanning::record::governance::import::{ImportEntry, parse_toml, write_entry};
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{ReviewApp, ReviewScreen};

use crate::support::governance::{adopted_one, create_role, without_random_ids};

fn screen(app: &mut ReviewApp, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    crate::support::tui::buffer_text(t.backend().buffer())
}

/// A key, and then whatever it started reading shown (`g` reads the
/// record in the background; `reading_box_*` below shows the wait).
fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
    app.wait_for_reading();
}

fn typed(app: &mut ReviewApp, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn day(n: i64) -> DateTime<FixedOffset> {
    crate::support::common::base() + Duration::days(n)
}

fn meeting(n: i64, label: &str, part: Part) -> Session {
    adopted_one("Operations", day(n), label, part)
}

/// Operations: roles imported from a file on day -1 (Archive), Finance
/// created on day 0 and Website on day 5; two meetings held apart change
/// Finance from its version 1 (days 7 and 8): a conflict.
fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let circles = parse_toml(
        "circle = \"Operations\"\n[[role]]\nname = \"Archive\"\npurpose = \"Nothing lost\"\n",
        None,
    )
    .expect("import parses");
    write_entry(&dir, &ImportEntry::new(circles, "roles.toml", day(-1))).expect("import written");
    let finance = Part::CreateRole {
        name: "Finance".into(),
        purpose: Some("Money well spent".into()),
        accountabilities: vec!["Paying invoices within a week".into()],
        domains: Vec::new(),
    };
    dir.create(&meeting(0, "Finance", finance)).expect("saved");
    dir.create(&meeting(5, "Website", create_role("Website")))
        .expect("saved");
    let target = spanning::record::fold_folder(&dir)
        .governance
        .circle("Operations")
        .and_then(|c| c.role_named("Finance"))
        .map(|r| r.target())
        .expect("Finance");
    for (n, purpose) in [(7, "Money in order"), (8, "Cash flow healthy")] {
        let part = Part::ChangePurpose {
            role: target.clone(),
            purpose: purpose.into(),
        };
        dir.create(&meeting(n, purpose, part)).expect("saved");
    }
    (temp, dir)
}

/// The review browser over the folder, read, with `g` pressed on the
/// `n`-th newest session.
fn record_from_browser(dir: &SessionsDir, lang: Lang, n: usize) -> ReviewApp {
    let mut app = ReviewApp::browse(dir, lang, ThemeChoice::Default);
    app.browser_mut().expect("browser").finish_reading();
    for _ in 0..n {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.screen(), ReviewScreen::Record);
    app
}

/// Selects the list row naming `name` (from the top).
fn select(app: &mut ReviewApp, name: &str) {
    press(app, KeyCode::Home);
    for _ in 0..20 {
        let view = app.record_view().expect("record view");
        if view.selected_name() == Some(name) {
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("{name} is not in the list");
}

#[test]
fn enter_shows_the_selected_roles_history_with_its_proposer_and_esc_keeps_the_selection() {
    for (lang, title, created, proposer, conflict) in [
        (
            Lang::En,
            "History of role Finance (Operations)",
            "Role Finance: created",
            "proposed by Chen",
            "without either seeing the other",
        ),
        (
            Lang::Nl,
            "Geschiedenis van rol Finance (Operations)",
            "Rol Finance: ingesteld",
            "voorgesteld door Chen",
            "zonder dat de een de ander zag",
        ),
    ] {
        let (_temp, dir) = folder();
        let mut app = record_from_browser(&dir, lang, 0);
        select(&mut app, "Finance");
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.screen(), ReviewScreen::RecordHistory);
        let shown = screen(&mut app, 160, 48);
        for needle in [
            title,
            created,
            proposer,
            "Cash flow healthy",
            "Money in order",
        ] {
            assert!(shown.contains(needle), "{needle}: {shown}");
        }
        // The later of the two changes from version 1 is marked with the
        // conflict, in words.
        assert!(shown.contains("⚠ Operations"), "{shown}");
        assert!(shown.contains(conflict), "{shown}");
        // Esc: back to the list, Finance still selected.
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.screen(), ReviewScreen::Record);
        assert_eq!(
            app.record_view().and_then(|v| v.selected_name()),
            Some("Finance")
        );
        // Another role's history is its own.
        select(&mut app, "Website");
        press(&mut app, KeyCode::Enter);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains("Website done well"), "{shown}");
        assert!(!shown.contains("Money in order"), "{shown}");
    }
}

#[test]
fn a_history_lists_the_objections_integrated_into_the_adopted_proposal() {
    for (lang, integrated) in [(Lang::En, "objection of "), (Lang::Nl, "bezwaar van ")] {
        let temp = tempfile::tempdir().expect("temp dir");
        let dir = SessionsDir::new(temp.path());
        dir.create(&crate::support::common::example_meeting())
            .expect("saved");
        let mut app = record_from_browser(&dir, lang, 0);
        select(&mut app, "Website Steward");
        press(&mut app, KeyCode::Enter);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(integrated), "{shown}");
        assert!(shown.contains("Customer Support"), "{shown}");
    }
}

#[test]
fn right_moves_the_as_of_point_and_a_role_created_later_appears() {
    for (lang, first, second, import) in [
        (
            Lang::En,
            "(2 of 5)",
            "(3 of 5)",
            "imported from roles.toml (1 of 5)",
        ),
        (
            Lang::Nl,
            "(2 van 5)",
            "(3 van 5)",
            "geïmporteerd uit roles.toml (1 van 5)",
        ),
    ] {
        let (_temp, dir) = folder();
        // The oldest session: Finance created, Website not yet.
        let mut app = record_from_browser(&dir, lang, 3);
        select(&mut app, "Finance");
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(first), "{shown}");
        assert!(!shown.contains("Website"), "{shown}");
        press(&mut app, KeyCode::Right);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(second), "{shown}");
        assert!(shown.contains("Website done well"), "{shown}");
        // The selection stays on Finance, which still exists.
        assert_eq!(
            app.record_view().and_then(|v| v.selected_name()),
            Some("Finance")
        );
        // Back past the first session: the import, before Finance.
        press(&mut app, KeyCode::Left);
        press(&mut app, KeyCode::Left);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(import), "{shown}");
        assert!(shown.contains("Archive"), "{shown}");
        assert!(!shown.contains("Finance"), "{shown}");
        // Nothing before the first moment.
        press(&mut app, KeyCode::Left);
        assert_eq!(app.record_view().map(|v| v.point()), Some((Some(0), 5)));
        // The conflict appears at the moment the second change is folded.
        for _ in 0..3 {
            press(&mut app, KeyCode::Right);
        }
        assert!(app.record_view().expect("view").conflicts().is_empty());
        press(&mut app, KeyCode::Right);
        assert_eq!(app.record_view().expect("view").conflicts().len(), 1);
        press(&mut app, KeyCode::Right);
        assert_eq!(app.record_view().map(|v| v.point()), Some((Some(4), 5)));
    }
}

#[test]
fn stepping_in_a_history_before_the_role_existed_says_so() {
    let (_temp, dir) = folder();
    let mut app = record_from_browser(&dir, Lang::En, 0);
    select(&mut app, "Website");
    press(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut app, KeyCode::Left);
    }
    let shown = screen(&mut app, 160, 48);
    assert!(
        shown.contains("Role Website is not in the record as of this session yet"),
        "{shown}"
    );
    press(&mut app, KeyCode::Right);
    let shown = screen(&mut app, 160, 48);
    assert!(shown.contains("Role Website: created"), "{shown}");
}

#[test]
fn slash_searches_the_list_ignoring_case_and_accents() {
    let (_temp, dir) = folder();
    let mut app = record_from_browser(&dir, Lang::En, 0);
    press(&mut app, KeyCode::Char('/'));
    typed(&mut app, "WEB");
    assert!(app.record_view().expect("view").is_typing());
    press(&mut app, KeyCode::Enter);
    let view = app.record_view().expect("view");
    assert_eq!(view.selected_name(), Some("Website"));
    assert_eq!(view.listed(), 1);
    // Esc widens the list first, then leaves.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), ReviewScreen::Record);
    assert!(app.record_view().expect("view").listed() > 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), ReviewScreen::Browser);
}

#[test]
fn g_from_a_sessions_view_opens_the_record_as_of_that_session_and_esc_returns() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        let mut app = ReviewApp::browse(&dir, lang, ThemeChoice::Default);
        app.browser_mut().expect("browser").finish_reading();
        // The session that created Website.
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.screen(), ReviewScreen::Session);
        let shown = screen(&mut app, 160, 48);
        let hint = match lang {
            Lang::En => "governance record",
            Lang::Nl => "governance-register",
        };
        assert!(shown.contains(hint), "the hint bar offers g: {shown}");
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(app.screen(), ReviewScreen::Record);
        assert_eq!(app.record_view().map(|v| v.point()), Some((Some(2), 5)));
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains("Website done well"), "{shown}");
        assert!(!shown.contains("Cash flow healthy"), "{shown}");
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.screen(), ReviewScreen::Session);
    }
}

#[test]
fn g_from_a_session_opened_alone_steps_through_its_folder() {
    let (_temp, dir) = folder();
    let path = dir
        .session_paths()
        .expect("listed")
        .into_iter()
        .min()
        .expect("a session");
    let loaded = spanning::store::load(&path).expect("loads");
    let mut app = ReviewApp::view(
        loaded.session,
        path,
        std::env::temp_dir(),
        Lang::En,
        ThemeChoice::Default,
    );
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.screen(), ReviewScreen::Record);
    assert_eq!(app.record_view().map(|v| v.point()), Some((Some(1), 5)));
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen(), ReviewScreen::Session);
}

#[test]
fn g_in_a_replay_pauses_it_and_opens_the_record_as_of_the_replayed_session() {
    let (_temp, dir) = folder();
    let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::Default);
    app.browser_mut().expect("browser").finish_reading();
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.screen(), ReviewScreen::Replay);
    press(&mut app, KeyCode::Char(' '));
    assert!(app.replay_view().expect("replay").is_playing());
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.screen(), ReviewScreen::Record);
    assert_eq!(app.record_view().map(|v| v.point()), Some((Some(3), 5)));
    assert!(!app.replay_view().expect("replay").is_playing());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), ReviewScreen::Replay);
}

#[test]
fn the_record_views_help_and_hints_list_its_keys() {
    for (lang, earlier, later) in [
        (Lang::En, "earlier session", "later session"),
        (Lang::Nl, "eerdere sessie", "latere sessie"),
    ] {
        let (_temp, dir) = folder();
        let mut app = record_from_browser(&dir, lang, 0);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(earlier) && shown.contains(later), "{shown}");
        press(&mut app, KeyCode::Char('?'));
        let help = screen(&mut app, 160, 48);
        let search = match lang {
            Lang::En => "search",
            Lang::Nl => "zoeken",
        };
        assert!(help.contains(search) && help.contains(earlier), "{help}");
        press(&mut app, KeyCode::Esc);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('?'));
        let help = screen(&mut app, 160, 48);
        assert!(help.contains(later), "{help}");
    }
}

#[test]
fn the_timeline_holds_the_circles_sessions_and_imports_in_time_order() {
    let (_temp, dir) = folder();
    let (timeline, problems) = Timeline::read(&dir, "operations", None);
    assert!(problems.is_empty(), "{problems:?}");
    let points = timeline.points();
    assert_eq!(points.len(), 5);
    assert!(points[0].imported);
    assert!(points.windows(2).all(|w| w[0].at <= w[1].at));
    // As of each moment, the same record the folder's fold gives then.
    for (n, p) in points.iter().enumerate() {
        let folded = spanning::record::fold(&dir, "", Some(p.at)).governance;
        assert_eq!(timeline.record(n), folded, "moment {n}");
    }
    // Stepping later folds only what came between, to the same record.
    for i in 0..points.len() {
        for j in i..points.len() {
            let mut record = timeline.record(i);
            timeline.advance(&mut record, points[i].at, points[j].at);
            assert_eq!(record, timeline.record(j), "from {i} to {j}");
        }
    }
    // Another circle's timeline has none of these.
    let (other, _) = Timeline::read(&dir, "Sales", None);
    assert!(other.points().is_empty());
}

#[test]
fn the_history_screen_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        let mut app = record_from_browser(&dir, lang, 0);
        select(&mut app, "Finance");
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("record_list_finance_{}_{w}x{h}", lang.code()),
                without_random_ids(&screen(&mut app, w, h))
            );
        }
        press(&mut app, KeyCode::Enter);
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("record_history_{}_{w}x{h}", lang.code()),
                without_random_ids(&screen(&mut app, w, h))
            );
        }
    }
}

#[test]
fn a_tactical_meeting_is_a_moment_only_when_the_record_is_opened_from_it() {
    use spanning::meeting::TacticalLists;
    let (_temp, dir) = folder();
    let tactical =
        crate::support::scenario::Scenario::new("Tactical", "Operations", day(6), &["Ana", "Bram"])
            .tactical(TacticalLists::default())
            .open()
            .session;
    let id = dir.create(&tactical).expect("saved").id().to_owned();
    // It cannot change the record: stepping passes it by.
    let (timeline, _) = Timeline::read(&dir, "Operations", None);
    assert_eq!(timeline.points().len(), 5);
    assert!(timeline.position(&id).is_none());
    // Opened from it, it is where the view starts.
    let (timeline, _) = Timeline::read(&dir, "Operations", Some(&id));
    assert_eq!(timeline.points().len(), 6);
    assert_eq!(timeline.position(&id), Some(3));
}

#[test]
fn a_file_that_cannot_be_read_is_said_above_the_record() {
    for (lang, said) in [
        (Lang::En, "1 file in this folder cannot be read"),
        (Lang::Nl, "1 bestand in deze map is onleesbaar"),
    ] {
        let (temp, dir) = folder();
        std::fs::write(
            temp.path().join("2026-01-01T1000-broken.json"),
            "{ not json",
        )
        .expect("written");
        let mut app = record_from_browser(&dir, lang, 0);
        let shown = screen(&mut app, 160, 48);
        assert!(shown.contains(said), "{shown}");
        // The record of the readable sessions is still there.
        assert!(shown.contains("Cash flow healthy"), "{shown}");
    }
}
