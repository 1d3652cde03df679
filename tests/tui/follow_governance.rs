//! The governance record on the follow screen (issue 18): G opens the
//! circle's record as an earlier meeting left it in the sessions folder,
//! drawn by the meeting screen's own governance overlay, folded once in
//! the background; F (or G, or Esc) goes back.

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Ending, Lang, Part};
use spanning::store::SessionsDir;
use spanning::store::tail::Tail;
use spanning::tui::ThemeChoice;
use spanning::tui::follow::{FollowScreen, Panel};

use crate::support::governance as gov;
use crate::support::tui as tui_support;

/// A sessions folder where a meeting a week earlier adopted the role
/// "Financiën" (with a purpose, an accountability and a domain), plus the
/// integration step of today's meeting saved next to it, followed in
/// `lang`. The background fold is waited for.
fn following(
    dir: &std::path::Path,
    lang: Lang,
) -> (
    FollowScreen,
    spanning::store::OpenSession,
    DateTime<FixedOffset>,
) {
    let sessions = SessionsDir::new(dir);
    let earlier = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 23, 10, 0, 0).single())
        .expect("valid time");
    let mut script = gov::at_agenda("Product circle", earlier);
    let parts = [Part::CreateRole {
        name: "Financiën <b>".to_owned(),
        purpose: Some("Money well spent".to_owned()),
        accountabilities: vec!["Paying invoices within a week".to_owned()],
        domains: vec!["The bank account".to_owned()],
    }];
    gov::item(&mut script, "Money", &parts, Ending::Adopted);
    let mut open = sessions.create(&script.session).expect("create earlier");
    open.save(&script.session).expect("save earlier");
    drop(open);
    let today = tui_support::integration(lang);
    let now = today.now + TimeDelta::seconds(30);
    let open = sessions.create(&today.session).expect("create today");
    let tail = Tail::open(open.path()).expect("tail");
    let screen = FollowScreen::new(tail, lang.words(), ThemeChoice::Default);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !screen.record_ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "the fold never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    (screen, open, now)
}

fn draw(
    screen: &FollowScreen,
    now: DateTime<FixedOffset>,
    w: u16,
    h: u16,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|frame| screen.draw_at(frame, now))
        .expect("draw");
    terminal
}

fn press(screen: &mut FollowScreen, code: KeyCode) {
    screen.key(KeyEvent::new(code, KeyModifiers::NONE));
}

#[test]
fn g_shows_a_role_adopted_in_an_earlier_meeting_and_f_rejoins() {
    for (lang, title, purpose, back) in [
        (
            Lang::En,
            "Governance record: Product circle",
            "Purpose: Money well spent",
            "G/Esc back",
        ),
        (
            Lang::Nl,
            "Governance-register: Product circle",
            "Doel: Money well spent",
            "G/Esc terug",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mut screen, _open, now) = following(dir.path(), lang);
        let before = draw(&screen, now, 100, 30).backend().to_string();
        assert!(!before.contains("Financiën"), "{before}");
        press(&mut screen, KeyCode::Char('g'));
        assert_eq!(screen.panel(), Panel::Governance);
        assert!(screen.is_browsing());
        let shown = draw(&screen, now, 100, 30).backend().to_string();
        for expected in [
            title,
            "Financiën <b>",
            purpose,
            "Paying invoices within a week",
            "The bank account",
            back,
        ] {
            assert!(shown.contains(expected), "{expected:?} in\n{shown}");
        }
        // No search line: typing is not searching here.
        assert!(!shown.contains('▏'), "{shown}");
        // The arrows scroll the record.
        press(&mut screen, KeyCode::Down);
        let scrolled = draw(&screen, now, 100, 30).backend().to_string();
        assert_ne!(scrolled, shown);
        assert_eq!(screen.panel(), Panel::Governance);
        // F rejoins the facilitator, unchanged.
        press(&mut screen, KeyCode::Char('f'));
        assert_eq!(screen.panel(), Panel::Meeting);
        assert!(!screen.is_browsing());
        assert_eq!(draw(&screen, now, 100, 30).backend().to_string(), before);
        // G again, then G closes it; Esc does too.
        press(&mut screen, KeyCode::Char('G'));
        assert_eq!(screen.panel(), Panel::Governance);
        press(&mut screen, KeyCode::Char('g'));
        assert_eq!(screen.panel(), Panel::Meeting);
        press(&mut screen, KeyCode::Char('g'));
        press(&mut screen, KeyCode::Esc);
        assert_eq!(screen.panel(), Panel::Meeting);
    }
}

#[test]
fn follow_governance_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let dir = tempfile::tempdir().expect("temp dir");
        let (mut screen, _open, now) = following(dir.path(), lang);
        press(&mut screen, KeyCode::Char('g'));
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("follow_governance_{}_{w}x{h}", lang.code()),
                draw(&screen, now, w, h).backend()
            );
        }
    }
}

#[test]
fn a_role_this_meeting_adopts_shows_in_the_open_panel_once_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = SessionsDir::new(dir.path());
    let opened = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).single())
        .expect("valid time");
    let mut script = gov::at_agenda("Product circle", opened);
    let mut open = sessions.create(&script.session).expect("create");
    let tail = Tail::open(open.path()).expect("tail");
    let mut screen = FollowScreen::new(tail, Lang::En.words(), ThemeChoice::Default);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !screen.record_ready() {
        assert!(
            std::time::Instant::now() < deadline,
            "the fold never finished"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    press(&mut screen, KeyCode::Char('g'));
    let now = script.now;
    let before = draw(&screen, now, 100, 30).backend().to_string();
    assert!(before.contains("Governance record"), "{before}");
    assert!(!before.contains("Support"), "{before}");
    gov::item(
        &mut script,
        "Support",
        &[gov::create_role("Support")],
        Ending::Adopted,
    );
    open.save(&script.session).expect("save");
    screen.look();
    assert_eq!(screen.panel(), Panel::Governance);
    let after = draw(&screen, script.now, 100, 30).backend().to_string();
    assert!(after.contains("Support"), "{after}");
    assert!(after.contains("Doing Support"), "{after}");
}
