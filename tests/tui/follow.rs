//! The follow screen (`src/tui/follow`): what a follower sees, drawn from
//! a session file as `spanning follow` reads it, in English and Dutch at
//! 80x24 and 160x48; its keys (browse, panels, rejoin, nothing that
//! changes the meeting); and the facilitator's follower count.

#![allow(clippy::unwrap_used)]

use crate::support::tui as tui_support;

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Lang, Session};
use spanning::store::tail::Tail;
use spanning::store::{SessionsDir, lock_path};
use spanning::tui::follow::{FollowScreen, Panel};
use spanning::tui::{App, Persist, ThemeChoice, TuiOptions};

/// A follow screen on `session`, saved into `dir` and held open there by
/// this process (so its writer runs), with the follower's words in `lang`.
fn follow(
    dir: &Path,
    session: &Session,
    lang: Lang,
) -> (FollowScreen, spanning::store::OpenSession) {
    let open = SessionsDir::new(dir).create(session).unwrap();
    let tail = Tail::open(open.path()).unwrap();
    (
        FollowScreen::new(tail, lang.words(), ThemeChoice::Default),
        open,
    )
}

fn draw(
    screen: &FollowScreen,
    now: DateTime<FixedOffset>,
    w: u16,
    h: u16,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|frame| screen.draw_at(frame, now)).unwrap();
    terminal
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    terminal.backend().to_string()
}

fn press(screen: &mut FollowScreen, code: KeyCode) {
    screen.key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The integration step (a proposal in two versions, an objection being
/// integrated), half a minute after its last entry.
fn integration(lang: Lang) -> (Session, DateTime<FixedOffset>) {
    let script = tui_support::integration(lang);
    let now = script.now + TimeDelta::seconds(30);
    (script.session, now)
}

#[test]
fn the_follow_screen_following_and_browsing_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let dir = tempfile::tempdir().unwrap();
        let (session, now) = integration(lang);
        let (mut screen, _open) = follow(dir.path(), &session, lang);
        let code = lang.code();
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("follow_following_{code}_{w}x{h}"),
                draw(&screen, now, w, h).backend()
            );
        }
        press(&mut screen, KeyCode::Char('v'));
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("follow_versions_{code}_{w}x{h}"),
                draw(&screen, now, w, h).backend()
            );
        }
        press(&mut screen, KeyCode::Char('a'));
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(
                format!("follow_agenda_{code}_{w}x{h}"),
                draw(&screen, now, w, h).backend()
            );
        }
    }
}

#[test]
fn the_follow_screen_says_when_the_facilitators_spanning_stopped() {
    for (lang, expected) in [
        (Lang::En, "the facilitator's spanning stopped at"),
        (Lang::Nl, "de spanning van de facilitator is om"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (session, now) = integration(lang);
        let open = SessionsDir::new(dir.path()).create(&session).unwrap();
        let path = open.path().to_path_buf();
        drop(open);
        // The lock file of a spanning killed without letting go.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let host = fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
        fs::write(
            lock_path(&path),
            format!("{gone} {} 2026-03-02T10:00:00+01:00\n", host.trim()),
        )
        .unwrap();
        let mut screen = FollowScreen::new(
            Tail::open(&path).unwrap(),
            lang.words(),
            ThemeChoice::Default,
        );
        screen.look();
        let last = session.log().last().unwrap().at.format("%H:%M").to_string();
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = draw(&screen, now, w, h);
            let shown = text(&terminal);
            assert!(shown.contains(expected), "{shown}");
            assert!(shown.contains(&last), "{shown}");
            insta::assert_snapshot!(
                format!("follow_stopped_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn the_follow_screen_says_when_the_facilitator_left_without_closing() {
    for (lang, expected) in [
        (Lang::En, "the facilitator left the meeting at"),
        (Lang::Nl, "de facilitator heeft de vergadering om"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (session, now) = integration(lang);
        let (mut screen, open) = follow(dir.path(), &session, lang);
        screen.look();
        assert!(!text(&draw(&screen, now, 80, 24)).contains(expected));
        drop(open);
        screen.look();
        let shown = text(&draw(&screen, now, 80, 24));
        assert!(shown.contains(expected), "{shown}");
    }
}

#[test]
fn browsing_keys_never_change_the_meeting_and_f_rejoins() {
    let dir = tempfile::tempdir().unwrap();
    let (session, now) = integration(Lang::En);
    let (mut screen, open) = follow(dir.path(), &session, Lang::En);
    let before = fs::read(open.path()).unwrap();
    assert!(!screen.is_browsing());
    assert!(text(&draw(&screen, now, 80, 24)).contains("following the facilitator: integration"));

    // Keys of the facilitator's screen do nothing here but say so.
    for code in [
        KeyCode::Enter,
        KeyCode::Char('u'),
        KeyCode::Char('n'),
        KeyCode::Char('1'),
    ] {
        press(&mut screen, code);
        assert!(text(&draw(&screen, now, 80, 24)).contains("Read-only: only the facilitator"));
    }
    assert_eq!(screen.session().log(), session.log());
    assert!(!screen.is_browsing());

    // Scrolling and selecting is browsing, said in words.
    press(&mut screen, KeyCode::Down);
    assert!(screen.is_browsing());
    assert!(text(&draw(&screen, now, 80, 24)).contains("browsing — press F to rejoin"));
    press(&mut screen, KeyCode::Char('a'));
    assert_eq!(screen.panel(), Panel::Agenda);
    // Versions of the item chosen in the agenda: the first one.
    press(&mut screen, KeyCode::Up);
    press(&mut screen, KeyCode::Char('v'));
    assert_eq!(screen.panel(), Panel::Versions);
    assert!(text(&draw(&screen, now, 160, 48)).contains("Version 3 (for objection 1)"));
    // Esc closes a panel, then rejoins; F rejoins from anywhere.
    press(&mut screen, KeyCode::Esc);
    assert_eq!(screen.panel(), Panel::Meeting);
    assert!(screen.is_browsing());
    press(&mut screen, KeyCode::Esc);
    assert!(!screen.is_browsing());
    assert!(!screen.should_quit(), "Esc never stops following");
    press(&mut screen, KeyCode::Char('v'));
    assert!(screen.is_browsing());
    press(&mut screen, KeyCode::Char('F'));
    assert!(!screen.is_browsing());
    assert_eq!(screen.panel(), Panel::Meeting);
    assert!(text(&draw(&screen, now, 80, 24)).contains("following the facilitator"));
    assert!(!screen.should_quit());
    press(&mut screen, KeyCode::Char('q'));
    assert!(screen.should_quit());
    assert_eq!(
        fs::read(open.path()).unwrap(),
        before,
        "nothing was written"
    );
}

#[test]
fn the_follow_screen_takes_in_each_saved_entry_and_ends_browsing_at_the_close() {
    let dir = tempfile::tempdir().unwrap();
    let script = tui_support::closeout(Lang::En);
    let closed = tui_support::closed(Lang::En).session;
    let (mut screen, mut open) = follow(dir.path(), &script.session, Lang::En);
    press(&mut screen, KeyCode::Char('a'));
    assert!(screen.is_browsing());
    let n = script.session.log().len();
    for k in n + 1..=closed.log().len() {
        let upto = Session::from_log(closed.setup().clone(), closed.log()[..k].to_vec()).unwrap();
        open.save(&upto).unwrap();
        screen.look();
        assert_eq!(screen.session().log().len(), k);
    }
    assert_eq!(
        screen.session().state(),
        closed.state(),
        "the same meeting, entry by entry"
    );
    assert!(screen.session().state().is_closed());
    assert!(
        !screen.is_browsing(),
        "the close shows everyone the summary"
    );
    assert_eq!(screen.panel(), Panel::Meeting);
    let shown = text(&draw(&screen, closed.state().last_at, 80, 24));
    assert!(shown.contains("Summary"), "{shown}");
    assert!(shown.contains("the meeting is closed"), "{shown}");
}

/// A store double that says how many follow and counts the asking.
struct Counting {
    followers: usize,
    asked: Arc<AtomicUsize>,
}

impl Persist for Counting {
    fn save(&mut self, _session: &Session) -> Result<(), String> {
        Ok(())
    }

    fn followers(&mut self) -> usize {
        self.asked.fetch_add(1, Ordering::Relaxed);
        self.followers
    }
}

#[test]
fn the_facilitators_screen_counts_followers_in_words_asking_once_a_second() {
    for (lang, expected) in [(Lang::En, "👁 3 following"), (Lang::Nl, "👁 3 volgen mee")] {
        let script = tui_support::checkin_midway(lang);
        let asked = Arc::new(AtomicUsize::new(0));
        let persist = Counting {
            followers: 3,
            asked: asked.clone(),
        };
        let mut app = App::new(
            script.session.clone(),
            Box::new(persist),
            &TuiOptions::default(),
            script.now,
        );
        assert!(!text(&tui_support::terminal(&mut app, 80, 24)).contains(expected));
        let start = Instant::now();
        for ms in [0, 10, 500, 999] {
            app.poll_followers(start + Duration::from_millis(ms));
        }
        assert_eq!(
            asked.load(Ordering::Relaxed),
            1,
            "once a second, not per frame"
        );
        app.poll_followers(start + Duration::from_millis(1001));
        assert_eq!(asked.load(Ordering::Relaxed), 2);
        for (w, h) in [(80, 24), (160, 48)] {
            let shown = text(&tui_support::terminal(&mut app, w, h));
            let title = shown.lines().next().unwrap();
            assert!(title.contains(expected), "{title}");
            assert!(title.contains("Weekly governance"), "{title}");
        }
    }
}

#[test]
fn nobody_following_shows_no_count() {
    let script = tui_support::checkin_midway(Lang::En);
    let mut app = App::new(
        script.session.clone(),
        Box::new(Counting {
            followers: 0,
            asked: Arc::new(AtomicUsize::new(0)),
        }),
        &TuiOptions::default(),
        script.now,
    );
    app.poll_followers(Instant::now());
    assert!(!text(&tui_support::terminal(&mut app, 80, 24)).contains("following"));
}

#[test]
fn text_saved_while_following_is_cleaned_for_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let script = tui_support::checkin_midway(Lang::En);
    let (mut screen, mut open) = follow(dir.path(), &script.session, Lang::En);
    let mut session = script.session.clone();
    let hostile = "Budget \u{1b}[2J\u{1b}]0;pwned\u{7}cleared\u{202e}";
    session
        .execute(
            &spanning::meeting::Command::Note {
                text: hostile.into(),
            },
            script.now + TimeDelta::seconds(5),
        )
        .unwrap();
    open.save(&session).unwrap();
    screen.look();
    assert_eq!(screen.session().log().len(), session.log().len());
    let shown = match &screen.session().log().last().unwrap().event {
        spanning::meeting::Event::NoteRecorded { text } => text.clone(),
        other => panic!("expected the note, got {other:?}"),
    };
    assert!(shown.contains("Budget"), "{shown}");
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\u{202e}'),
        "{shown:?}"
    );
}
