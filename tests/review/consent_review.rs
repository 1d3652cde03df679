//! Review of consent agreements: which agreements are past their review
//! date across all sessions of a folder (with a fixed "today"), the view
//! that lists them, and the session view's overdue mark.

use crate::support::common;
use crate::support::consent as consent_support;

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Duration, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Command, ConsentAnswer, DriverPart, Session};
use spanning::record::overdue;
use spanning::review::Catalogue;
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{ReviewApp, ReviewScreen};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn text(t: &Terminal<TestBackend>) -> String {
    crate::support::tui::buffer_text(t.backend().buffer())
}

fn terminal(app: &mut ReviewApp, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

/// A later meeting of the Product circle that reviews "Design reviews"
/// and adopts it again.
fn later_review_meeting() -> Session {
    let setup = spanning::meeting::Setup {
        opened_at: consent_support::opened() + Duration::days(100),
        ..consent_support::consent_setup(Lang::En)
    };
    let mut session = Session::open(setup.clone()).expect("valid");
    let mut at = setup.opened_at;
    let mut run = |command: Command| {
        at += Duration::seconds(30);
        session.execute(&command, at).expect("accepted");
    };
    run(Command::StartCheckIn);
    for _ in 0..4 {
        run(Command::Skip {
            person: None,
            reason: "late".into(),
        });
    }
    run(Command::OpenAgenda);
    run(Command::AddItem {
        label: "design Reviews".into(),
        owner: consent_support::FATIMA,
    });
    run(Command::StartItem { item: None });
    for part in [DriverPart::Situation, DriverPart::Need] {
        run(Command::DescribeDriver {
            part,
            text: "Review of the design reviews.".into(),
        });
    }
    run(Command::StateProposal {
        text: "Keep the reviews, on Tuesdays.".into(),
    });
    run(Command::OpenClarifyingQuestions);
    run(Command::OpenReactionRound);
    for _ in 0..3 {
        run(Command::Skip {
            person: None,
            reason: "quiet".into(),
        });
    }
    run(Command::OpenAmendAndClarify);
    run(Command::OpenConsentRound);
    for _ in 0..4 {
        run(Command::AnswerConsent {
            person: None,
            answer: ConsentAnswer::Consent,
        });
    }
    run(Command::AdoptAgreement {
        review_date: date(2027, 9, 1),
        criteria: "Same as before.".into(),
    });
    session
}

fn folder(sessions: &[Session]) -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path().join("sessions"));
    for session in sessions {
        let mut open = dir.create(session).expect("created");
        open.save(session).expect("saved");
    }
    (temp, dir)
}

#[test]
fn agreements_past_their_review_date_are_due_across_the_folder() {
    let (_temp, dir) = folder(&[
        common::example_meeting(),
        consent_support::consent_meeting(),
    ]);
    let catalogue = Catalogue::load(&dir);
    // On the review date itself it is not overdue yet.
    assert!(catalogue.overdue(date(2027, 2, 22)).is_empty());
    let due = catalogue.overdue(date(2027, 3, 1));
    assert_eq!(due.len(), 1, "{due:?}");
    let a = &due[0];
    assert_eq!(a.label, "Design reviews");
    assert_eq!(a.owner, "Fatima");
    assert_eq!(a.circle, "Product");
    assert_eq!(a.title, "Product governance");
    assert_eq!(a.review_date, date(2027, 2, 22));
    assert_eq!(a.days_overdue, 7);
    assert!(a.criteria.contains("reworked"));
    assert!(a.session.starts_with("2026-11-22T1030-product"));
}

#[test]
fn a_later_adoption_of_the_same_agreement_counts_as_its_review() {
    let later = later_review_meeting();
    let (_temp, dir) = folder(&[consent_support::consent_meeting(), later.clone()]);
    let catalogue = Catalogue::load(&dir);
    assert!(catalogue.overdue(date(2027, 3, 5)).is_empty());
    // The new agreement is due in its turn.
    let due = overdue(catalogue.digests().map(|d| &d.summary), date(2027, 9, 3));
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].review_date, date(2027, 9, 1));
    assert_eq!(due[0].days_overdue, 2);
}

fn browser(dir: &SessionsDir, lang: Lang) -> ReviewApp {
    let mut app = ReviewApp::browse_catalogue(
        "sessions",
        Catalogue::load(dir),
        PathBuf::from("."),
        lang,
        ThemeChoice::Default,
    );
    app.set_today(date(2027, 3, 1));
    app
}

#[test]
fn the_browser_lists_agreements_due_for_review() {
    let (_temp, dir) = folder(&[
        common::example_meeting(),
        consent_support::consent_meeting(),
    ]);
    let mut app = browser(&dir, Lang::En);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.screen(), ReviewScreen::Due);
    assert_eq!(app.due_view().expect("due view").agreements().len(), 1);
    for (w, h) in [(80, 24), (160, 48)] {
        let t = terminal(&mut app, w, h);
        let screen = text(&t);
        assert!(screen.contains("Agreements due for review"), "{screen}");
        assert!(screen.contains("7 days overdue"), "{screen}");
        assert!(screen.contains("Product · Product governance"), "{screen}");
        insta::assert_snapshot!(format!("consent_due_{w}x{h}"), t.backend());
    }
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen(), ReviewScreen::Browser);

    let mut nl = browser(&dir, Lang::Nl);
    press(&mut nl, KeyCode::Char('v'));
    let t = terminal(&mut nl, 80, 24);
    assert!(text(&t).contains("7 dagen te laat"));
    insta::assert_snapshot!("nl_consent_due_80x24", t.backend());
}

#[test]
fn nothing_due_says_so() {
    let (_temp, dir) = folder(&[common::example_meeting()]);
    let mut app = browser(&dir, Lang::En);
    press(&mut app, KeyCode::Char('v'));
    let t = terminal(&mut app, 80, 24);
    assert!(text(&t).contains("No agreement is past its review date."));
}

#[test]
fn the_session_view_marks_an_overdue_agreement() {
    let mut app = ReviewApp::view(
        consent_support::consent_meeting(),
        PathBuf::from("sessions/2026-11-22T1030-product-governance-5c3e.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    app.set_today(date(2027, 3, 1));
    let t = terminal(&mut app, 80, 24);
    let screen = text(&t);
    assert!(
        screen.contains("⚠ review overdue: “Design reviews” — review 2027-02-22, 7 days"),
        "{screen}"
    );
    insta::assert_snapshot!("consent_session_overdue_80x24", t.backend());
    insta::assert_snapshot!(
        "consent_session_overdue_160x48",
        terminal(&mut app, 160, 48).backend()
    );
    let mut nl = ReviewApp::view(
        consent_support::consent_meeting(),
        PathBuf::from("sessions/2026-11-22T1030-product-governance-5c3e.json"),
        PathBuf::from("."),
        Lang::Nl,
        ThemeChoice::Default,
    );
    nl.set_today(date(2027, 3, 1));
    let t = terminal(&mut nl, 80, 24);
    assert!(text(&t).contains("evaluatie verlopen"), "{}", text(&t));
    insta::assert_snapshot!("nl_consent_session_overdue_80x24", t.backend());
    app.set_today(date(2027, 2, 1));
    let screen = text(&terminal(&mut app, 80, 24));
    assert!(!screen.contains("overdue"), "{screen}");
}

#[test]
fn the_home_screen_says_when_agreements_are_due() {
    use spanning::tui::{HomeData, HomeScreen};
    for (lang, expected) in [
        (
            Lang::En,
            "⚠ 2 agreements are past their review date: b, then v, shows them.",
        ),
        (Lang::Nl, "⚠ 2 afspraken zijn over hun evaluatiedatum heen"),
    ] {
        let screen = HomeScreen::new(HomeData {
            folder: "sessions".into(),
            unfinished: Vec::new(),
            recent: vec![spanning::tui::HomeEntry {
                title: "Product governance".into(),
                circle: "Product".into(),
                opened_at: consent_support::opened(),
                items: 2,
                path: "sessions/2026-11-22T1030-product-governance-5c3e.json".into(),
            }],
            unreadable: 0,
            lang,
            theme: ThemeChoice::Default,
            due_reviews: 2,
            git: None,
        });
        for (w, h) in [(80, 24), (160, 48)] {
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            t.draw(|f| screen.draw(f)).expect("draw");
            assert!(text(&t).contains(expected), "{}", text(&t));
            if lang == Lang::En || w == 80 {
                insta::assert_snapshot!(
                    format!("consent_home_due_{}_{w}x{h}", lang.code()),
                    t.backend()
                );
            }
        }
    }
}

/// The session view and the due list agree: an agreement a later meeting
/// of the circle adopted again is not marked overdue in its old session
/// either, while alone in the folder it is.
#[test]
fn the_session_view_follows_the_folders_due_list() {
    let overdue_mark = |sessions: &[Session]| {
        let (temp, dir) = folder(sessions);
        let mut app = browser(&dir, Lang::En);
        let path = dir
            .session_paths()
            .expect("paths")
            .into_iter()
            .find(|p| p.to_string_lossy().contains("1030-product"))
            .expect("the consent session");
        app.open(&path);
        assert_eq!(app.screen(), ReviewScreen::Session);
        let shown = text(&terminal(&mut app, 160, 48)).contains("review overdue");
        drop(temp);
        shown
    };
    assert!(overdue_mark(&[consent_support::consent_meeting()]));
    assert!(!overdue_mark(&[
        consent_support::consent_meeting(),
        later_review_meeting()
    ]));
}
