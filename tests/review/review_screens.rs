//! The review screens: browser, session view with diffs and charts,
//! carried-over list and replay, drawn on a test backend and driven by
//! keys. The replay is checked against the live meeting screen itself:
//! at every position it must show what the facilitator's screen showed
//! just after that entry.

use crate::support::common;
use crate::support::tui as tui_support;

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use spanning::generate::{self, Spec};
use spanning::meeting::{Event as MeetingEvent, Session};
use spanning::review::{Catalogue, EntryStatus, Speed};
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::review::{ReplayView, ReviewApp, ReviewScreen};
use spanning::tui::{App, NoPersist, ThemeChoice, TuiOptions};

fn terminal(app: &mut ReviewApp, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    crate::support::tui::buffer_text(t.backend().buffer())
}

fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

fn type_text(app: &mut ReviewApp, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// A sessions folder: the example meeting, a few generated ones (one left
/// open), and two files that cannot be read.
fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path().join("sessions"));
    let save = |session: &Session| {
        let mut open = dir.create(session).expect("created");
        open.save(session).expect("saved");
    };
    save(&common::example_meeting());
    for seed in 1..=4 {
        save(&generate::session(Spec {
            seed,
            events: 80,
            lang: Lang::En,
            leave_open: seed == 3,
        }));
    }
    fs::write(
        dir.root().join("2026-10-01T0900-broken.json"),
        b"{ this is not json",
    )
    .expect("write");
    fs::write(dir.root().join("2026-09-01T0900-empty.json"), b"").expect("write");
    (temp, dir)
}

fn browser_app(dir: &SessionsDir) -> ReviewApp {
    ReviewApp::browse_catalogue(
        "sessions",
        Catalogue::load(dir),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    )
}

fn example_view() -> ReviewApp {
    ReviewApp::view(
        common::example_meeting(),
        PathBuf::from("sessions/2026-11-22T1405-weekly-governance.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    )
}

// ---------------------------------------------------------------------------
// Browser

#[test]
fn browser_snapshots_with_a_bad_file_and_a_search() {
    let (_temp, dir) = folder();
    let mut app = browser_app(&dir);
    for (w, h) in [(80, 24), (160, 48)] {
        let t = terminal(&mut app, w, h);
        let screen = text(&t);
        assert!(screen.contains("⚠ unreadable"), "{screen}");
        assert!(screen.contains("Weekly governance"), "{screen}");
        insta::assert_snapshot!(format!("browser_{w}x{h}"), t.backend());
    }
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "website");
    for (w, h) in [(80, 24), (160, 48)] {
        let t = terminal(&mut app, w, h);
        insta::assert_snapshot!(format!("browser_search_{w}x{h}"), t.backend());
    }
}

#[test]
fn the_browser_reads_in_the_background_and_lists_bad_files_with_their_error() {
    let (_temp, dir) = folder();
    let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::Default);
    // The first screen needs no file read: every name is listed at once.
    let browser = app.browser().expect("browser");
    assert_eq!(browser.results().len(), 7);
    let _ = terminal(&mut app, 80, 24);
    app.browser_mut().expect("browser").finish_reading();
    let browser = app.browser().expect("browser");
    assert!(!browser.is_reading());
    let bad: Vec<usize> = browser
        .results()
        .iter()
        .copied()
        .filter(|&i| matches!(browser.catalogue().entries()[i].status, EntryStatus::Bad(_)))
        .collect();
    assert_eq!(bad.len(), 2, "bad files are listed, not hidden");
    // Bad files come last; select one and its error is shown in full.
    press(&mut app, KeyCode::End);
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("⚠"), "{screen}");
    assert!(
        screen.contains("empty.json") || screen.contains("broken.json"),
        "{screen}"
    );
    // Enter on a bad file explains instead of opening.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), ReviewScreen::Browser);
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("✗ Cannot open this session"), "{screen}");
}

#[test]
fn search_and_filters_narrow_the_list_and_esc_clears() {
    let (_temp, dir) = folder();
    let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::Default);
    app.browser_mut().expect("browser").finish_reading();
    let all = app.browser().expect("browser").results().len();

    // Incremental: every key narrows; diacritics and case are ignored.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "ZOE");
    let hits = app.browser().expect("browser").results().to_vec();
    assert!(!hits.is_empty() && hits.len() < all, "{hits:?}");
    type_text(&mut app, " website");
    let narrower = app.browser().expect("browser").results().to_vec();
    assert_eq!(narrower.len(), 1);
    // Typed letters went to the search, not to commands ("w", "c", "q").
    assert_eq!(app.screen(), ReviewScreen::Browser);
    assert!(!app.should_quit());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.browser().expect("browser").results().len(), all);

    // A bad file is found by its name.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "broken");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.browser().expect("browser").results().len(), 1);
    press(&mut app, KeyCode::Esc);

    // Circle filter, picked from a list.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let browser = app.browser().expect("browser");
    let circle = browser.query().circle.clone().expect("a circle picked");
    assert!(!browser.results().is_empty());
    for &i in browser.results() {
        let d = browser.catalogue().entries()[i].digest().expect("readable");
        assert_eq!(d.summary.circle, circle);
    }
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains(&format!("circle: {circle}")), "{screen}");

    // Participant filter on top.
    press(&mut app, KeyCode::Char('w'));
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("Show sessions with"), "{screen}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let browser = app.browser().expect("browser");
    let who = browser
        .query()
        .participant
        .clone()
        .expect("a person picked");
    for &i in browser.results() {
        let d = browser.catalogue().entries()[i].digest().expect("readable");
        assert!(d.people.contains(&who));
    }
    // Esc clears search and filters.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.browser().expect("browser").results().len(), all);
}

#[test]
fn enter_opens_a_session_and_c_shows_carried_over_items() {
    let (_temp, dir) = folder();
    let mut app = browser_app(&dir);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "weekly governance onboarding");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen(), ReviewScreen::Carried);
    let threads = app.carried_view().expect("carried").threads().to_vec();
    assert_eq!(threads.len(), 1);
    assert!(threads[0].is_open());
    let screen = text(&terminal(&mut app, 80, 24));
    assert!(screen.contains("Onboarding checklist"), "{screen}");
    insta::assert_snapshot!("carried_80x24", terminal(&mut app, 80, 24).backend());
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen(), ReviewScreen::Browser);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), ReviewScreen::Session);
    press(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen(), ReviewScreen::Browser);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
}

// ---------------------------------------------------------------------------
// Session view

#[test]
fn session_view_snapshots_top_diff_and_charts() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut app = example_view();
        let t = terminal(&mut app, w, h);
        let screen = text(&t);
        assert!(screen.contains("Decisions"), "{screen}");
        insta::assert_snapshot!(format!("session_top_{w}x{h}"), t.backend());

        let view = app.session_view().expect("view");
        assert!(view.scroll_to("Changes between versions", w));
        let t = terminal(&mut app, w, h);
        let screen = text(&t);
        assert!(
            screen.contains("v2 → v3 (amended for objection 1)"),
            "{screen}"
        );
        assert!(screen.contains("{+days and for routing"), "{screen}");
        assert!(screen.contains("[-two-]{+three+}"), "{screen}");
        insta::assert_snapshot!(format!("session_diff_{w}x{h}"), t.backend());

        let view = app.session_view().expect("view");
        assert!(view.scroll_to("■ Charts", w));
        let screen = text(&terminal(&mut app, w, h));
        assert!(screen.contains("Speaking time per person"), "{screen}");
        let view = app.session_view().expect("view");
        assert!(view.scroll_to("Time per phase", w));
        let t = terminal(&mut app, w, h);
        let screen = text(&t);
        assert!(
            screen.contains("of a fair share") || screen.contains("│"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("session_charts_{w}x{h}"), t.backend());
    }
}

#[test]
fn charts_mark_the_fair_share_and_time_over_it_without_colour() {
    let mut app = example_view();
    let view = app.session_view().expect("view");
    assert!(view.scroll_to("Time per item", 160));
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("│ fair share"), "{screen}");
    assert!(screen.contains("8 min 20 s of 18 min"), "{screen}");
    assert!(screen.contains("under"), "{screen}");
}

#[test]
fn session_view_scrolls_and_jumps_between_sections() {
    let mut app = example_view();
    let _ = terminal(&mut app, 80, 24);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    let screen = text(&terminal(&mut app, 80, 24));
    let first_body_row = screen.lines().nth(1).unwrap_or_default().to_owned();
    assert!(first_body_row.starts_with("■ "), "{screen}");
    assert!(screen.contains("section 2 of"), "{screen}");
    press(&mut app, KeyCode::BackTab);
    assert!(text(&terminal(&mut app, 80, 24)).contains("section 1 of"));
    press(&mut app, KeyCode::End);
    let end = app.session_view().expect("view").scroll();
    assert!(end > 100);
    press(&mut app, KeyCode::PageUp);
    assert!(app.session_view().expect("view").scroll() < end);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.session_view().expect("view").scroll(), 0);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.session_view().expect("view").scroll(), 1);
}

/// The title row names the section on show; a section name longer than
/// the row leaves ends in "…" instead of being cut without a sign (at 80
/// columns "Next actions and projects" read "Next acti"), en and nl.
#[test]
fn the_section_in_the_title_row_is_cut_with_an_ellipsis() {
    for (lang, section) in [(Lang::En, "section 2 of"), (Lang::Nl, "deel 2 van")] {
        let mut app = ReviewApp::view(
            common::example_meeting(),
            PathBuf::from("sessions/2026-11-22T1405-weekly-governance.json"),
            PathBuf::from("."),
            lang,
            ThemeChoice::Default,
        );
        let _ = terminal(&mut app, 80, 24);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Tab);
        let screen = text(&terminal(&mut app, 80, 24));
        let head = screen.lines().next().unwrap_or_default().trim_end();
        assert!(head.contains(section), "{lang:?}\n{screen}");
        assert!(head.ends_with('…'), "{lang:?}: {head:?}");
        // Wide enough, the whole name shows and nothing is cut.
        let wide = text(&terminal(&mut app, 160, 48));
        let head = wide.lines().next().unwrap_or_default().trim_end();
        assert!(!head.ends_with('…'), "{lang:?}: {head:?}");
    }
}

#[test]
fn export_writes_the_minutes_once_and_never_overwrites() {
    let temp = tempfile::tempdir().expect("temp dir");
    let mut app = ReviewApp::view(
        common::example_meeting(),
        PathBuf::from("sessions/2026-11-22T1405-weekly-governance.json"),
        temp.path().to_path_buf(),
        Lang::En,
        ThemeChoice::Default,
    );
    press(&mut app, KeyCode::Char('e'));
    let screen = text(&terminal(&mut app, 120, 30));
    assert!(screen.contains("Export the minutes"), "{screen}");
    press(&mut app, KeyCode::Enter);
    let target = temp.path().join("2026-11-22T1405-weekly-governance.md");
    let written = fs::read_to_string(&target).expect("exported");
    assert_eq!(
        written,
        spanning::minutes::markdown(&common::example_meeting(), Lang::En.words())
    );
    // Again: refused, the file is untouched.
    fs::write(&target, "kept").expect("write");
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(fs::read_to_string(&target).expect("read"), "kept");
    let screen = text(&terminal(&mut app, 120, 30));
    assert!(screen.contains('✗'), "{screen}");
    // A typed path.
    press(&mut app, KeyCode::Char('e'));
    for _ in 0..200 {
        press(&mut app, KeyCode::Backspace);
    }
    let other = temp.path().join("other.md");
    type_text(&mut app, &other.display().to_string());
    press(&mut app, KeyCode::Enter);
    assert!(other.exists());
}

// ---------------------------------------------------------------------------
// Replay

fn replay_app(session: Session) -> ReviewApp {
    ReviewApp::replay(
        session,
        None,
        Speed::X1,
        false,
        Lang::En,
        ThemeChoice::Default,
    )
}

fn positions(session: &Session, wanted: impl Fn(&MeetingEvent) -> bool) -> Vec<usize> {
    session
        .log()
        .iter()
        .enumerate()
        .filter(|(_, e)| wanted(&e.event))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn replay_snapshots_at_several_positions() {
    let session = common::example_meeting();
    let item_starts = positions(&session, |e| matches!(e, MeetingEvent::ItemStarted { .. }));
    let tests = positions(&session, |e| {
        matches!(e, MeetingEvent::CriterionTested { .. })
    });
    let amended = positions(&session, |e| {
        matches!(e, MeetingEvent::ProposalStated { version: 3, .. })
    });
    let len = session.log().len();
    let scenes = [
        ("opening", 0),
        ("checkin", 3),
        ("item1", item_starts[0]),
        ("test", tests[0]),
        ("amended", amended[0]),
        ("end", len),
    ];
    let mut app = replay_app(session);
    for (name, position) in scenes {
        app.replay_view().expect("replay").seek(position);
        for (w, h) in [(80, 24), (160, 48)] {
            let t = terminal(&mut app, w, h);
            insta::assert_snapshot!(format!("replay_{name}_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn replay_highlights_rulings_and_shows_the_original_time() {
    let session = common::example_meeting();
    let tests = positions(&session, |e| {
        matches!(e, MeetingEvent::CriterionTested { .. })
    });
    let at = session.log()[tests[0] - 1]
        .at
        .format("%H:%M:%S")
        .to_string();
    let mut app = replay_app(session);
    app.replay_view().expect("replay").seek(tests[0]);
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("⚖ objection test"), "{screen}");
    assert!(screen.contains(&at), "{screen}");
    assert!(
        screen.contains("» "),
        "the facilitator prompt is the commentary"
    );
}

#[test]
fn replay_keys_move_through_the_meeting() {
    let session = common::example_meeting();
    let phases = positions(&session, |e| matches!(e, MeetingEvent::PhaseEntered { .. }));
    let items = positions(&session, |e| matches!(e, MeetingEvent::ItemStarted { .. }));
    let len = session.log().len();
    let mut app = replay_app(session);
    let pos = |app: &mut ReviewApp| app.replay_view().expect("replay").replay().position();
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    assert_eq!(pos(&mut app), 2);
    press(&mut app, KeyCode::Left);
    assert_eq!(pos(&mut app), 1);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(pos(&mut app), phases[0]);
    press(&mut app, KeyCode::Char(']'));
    assert_eq!(pos(&mut app), phases[1]);
    press(&mut app, KeyCode::Char('['));
    assert_eq!(pos(&mut app), phases[0]);
    press(&mut app, KeyCode::Char('}'));
    assert_eq!(pos(&mut app), items[0]);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(pos(&mut app), items[1]);
    press(&mut app, KeyCode::Char('{'));
    assert_eq!(pos(&mut app), items[0]);
    press(&mut app, KeyCode::End);
    assert_eq!(pos(&mut app), len);
    press(&mut app, KeyCode::Home);
    assert_eq!(pos(&mut app), 0);

    // Speeds: + and - walk 1x, 2x, 4x, 16x, step.
    assert_eq!(app.replay_view().expect("replay").speed(), Speed::X1);
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('+'));
    }
    assert_eq!(app.replay_view().expect("replay").speed(), Speed::X16);
    press(&mut app, KeyCode::Char('-'));
    assert_eq!(app.replay_view().expect("replay").speed(), Speed::X4);

    // Play: nothing moves before the next event is due, then it does.
    let start = Instant::now();
    app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE)),
        start,
    );
    assert!(app.replay_view().expect("replay").is_playing());
    let wait = app.timeout(start);
    assert!(wait <= Duration::from_millis(250));
    let mut now = start;
    for _ in 0..40 {
        now += Duration::from_secs(3);
        app.tick(now);
    }
    assert!(pos(&mut app) > 0, "playback moved on");
    // Idle gaps are compressed: 40 ticks of 3 s at 4x cover far more than 2 min.
    press(&mut app, KeyCode::Char(' '));
    assert!(!app.replay_view().expect("replay").is_playing());
    let paused_at = pos(&mut app);
    app.tick(now + Duration::from_secs(600));
    assert_eq!(pos(&mut app), paused_at, "paused means paused");

    // Step mode: space steps one event.
    press(&mut app, KeyCode::Char('+'));
    press(&mut app, KeyCode::Char('+'));
    assert_eq!(app.replay_view().expect("replay").speed(), Speed::NextEvent);
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(pos(&mut app), paused_at + 1);

    // Help lists every key; any key closes it.
    press(&mut app, KeyCode::Char('?'));
    let screen = text(&terminal(&mut app, 80, 30));
    assert!(
        screen.contains("play/pause") && screen.contains("previous item"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('x'));
    assert!(!app.showing_help());
    // No key changes the session.
    assert_eq!(
        app.replay_view()
            .expect("replay")
            .replay()
            .session()
            .log()
            .len(),
        len
    );
    press(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit());
}

#[test]
fn idle_gaps_show_as_compressed() {
    // Check-in starts after a long silence in the example meeting? Find
    // any gap over the idle threshold and stand just before it.
    let session = common::example_meeting();
    let log = session.log();
    let gap = (1..log.len())
        .find(|&i| (log[i].at - log[i - 1].at).num_seconds() > 60)
        .expect("the example meeting has a long gap");
    let mut app = replay_app(session);
    app.replay_view().expect("replay").seek(gap);
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(!screen.contains("compressed"), "only said while playing");
    press(&mut app, KeyCode::Char(' '));
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(
        screen.contains("⏩") && screen.contains("compressed"),
        "{screen}"
    );
}

/// Presses a key on the live app with the clock moving 7 s per key, so
/// every recorded entry has its own time.
fn live_key(app: &mut App, clock: &mut i64, code: KeyCode) {
    *clock += 7;
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    app.handle_event(
        Event::Key(KeyEvent::new(code, modifiers)),
        tui_support::at(*clock),
    );
}

fn live_chars(app: &mut App, clock: &mut i64, text: &str) {
    for c in text.chars() {
        live_key(app, clock, KeyCode::Char(c));
    }
}

fn area_of(buffer: &Buffer, area: Rect) -> Vec<String> {
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + area.width)
                .map(|x| {
                    let cell = &buffer[(x, y)];
                    format!("{}{:?}", cell.symbol(), cell.style())
                })
                .collect()
        })
        .collect()
}

fn as_text(buffer: &Buffer) -> String {
    crate::support::tui::buffer_text(buffer)
}

#[derive(Clone, Copy)]
enum Op {
    K(KeyCode),
    T(&'static str),
}

#[test]
fn replay_at_n_shows_what_the_live_screen_showed_after_entry_n() {
    for (w, h) in [(80, 24), (160, 48)] {
        let meeting = ReplayView::meeting_area(Rect::new(0, 0, w, h));
        let options = TuiOptions {
            presentation: true,
            ..TuiOptions::default()
        };
        let mut app = App::new(
            Session::open(tui_support::setup()).expect("setup"),
            Box::new(NoPersist),
            &options,
            tui_support::start(),
        );
        let mut clock = 0;
        let mut seen: Vec<(usize, Buffer)> = Vec::new();
        use KeyCode::{Down, Enter, Tab};
        let k = |c: char| Op::K(KeyCode::Char(c));
        let (e, t) = (Op::K(Enter), Op::T);
        let mut ops = vec![e, e, t("Fresh after a holiday"), e, k('-')];
        ops.extend([k('s'), t("left early"), e, e, t("Busy week"), e, e]);
        ops.extend([k('a'), t("Release notes"), Op::K(Tab), Op::K(Down), e]);
        ops.extend([k('a'), t("Onboarding"), e, k('u'), k('y')]);
        ops.extend([k('a'), t("Onboarding"), e, e]);
        ops.extend([e, t("Nobody knows what shipped"), e, Op::K(Tab), e]);
        ops.extend([t("Support asked twice last week"), e, Op::K(Tab), e]);
        ops.extend([t("Release lead writes notes for every release"), e, k('n')]);
        ops.extend([k('a'), t("Also for hotfixes?"), e, e, t("Yes"), e, k('n')]);
        ops.extend([k('-'), k('-'), k('-'), e, k('n')]);
        ops.extend([
            e,
            t("Too much work for one role"),
            e,
            k('-'),
            k('-'),
            k('-'),
        ]);
        ops.push(k('T'));
        for argument in ["Slower releases", "My role", "New work", "Known"] {
            ops.extend([t(argument), e, k('y')]);
        }
        ops.extend([e, k('a'), t(", taking turns"), e, k('1'), k('2'), k('n')]);
        ops.extend([k('-'), k('-'), k('-'), k('-'), e, k('y')]);
        ops.extend([k('r'), t("Write the first notes"), e, k('c')]);
        ops.extend([k('-'), k('-'), k('-'), k('-'), e]);
        ops.extend([k('c'), e, k('y')]);
        for op in ops {
            let before = app.session().log().len();
            match op {
                Op::K(code) => live_key(&mut app, &mut clock, code),
                Op::T(text) => live_chars(&mut app, &mut clock, text),
            }
            let after = app.session().log().len();
            if after != before && !app.is_typing() {
                let mut t = Terminal::new(TestBackend::new(meeting.width, meeting.height))
                    .expect("terminal");
                t.draw(|f| app.draw(f)).expect("draw");
                seen.push((after, t.backend().buffer().clone()));
            }
        }
        let session = app.session().clone();
        assert!(
            session.state().is_closed(),
            "the drive reached the end: {:?} {:?}",
            session.state().phase,
            app.status()
        );
        assert!(seen.len() > 25, "{} positions compared", seen.len());
        let mut replay = replay_app(session);
        for (n, live) in &seen {
            replay.replay_view().expect("replay").seek(*n);
            let t = terminal(&mut replay, w, h);
            let shown = area_of(t.backend().buffer(), meeting);
            let expected = area_of(live, live.area);
            assert!(
                shown == expected,
                "position {n} at {w}x{h} differs.\nlive:\n{}\nreplay:\n{}",
                as_text(live),
                text(&t)
            );
        }
    }
}

#[test]
fn no_view_panics_at_any_size() {
    let (_temp, dir) = folder();
    let sizes = [
        (1, 1),
        (2, 3),
        (10, 5),
        (59, 16),
        (60, 15),
        (60, 16),
        (60, 21),
        (60, 22),
        (61, 23),
        (80, 24),
        (120, 40),
        (400, 120),
        (400, 1),
        (1, 120),
    ];
    let mut apps = vec![
        browser_app(&dir),
        example_view(),
        replay_app(common::example_meeting()),
    ];
    let mut carried = browser_app(&dir);
    press(&mut carried, KeyCode::Char('c'));
    apps.push(carried);
    let mut picking = browser_app(&dir);
    press(&mut picking, KeyCode::Char('f'));
    apps.push(picking);
    let mut exporting = example_view();
    press(&mut exporting, KeyCode::Char('e'));
    apps.push(exporting);
    let mut helping = replay_app(common::example_meeting());
    press(&mut helping, KeyCode::Char('?'));
    apps.push(helping);
    for app in &mut apps {
        for (w, h) in sizes {
            let screen = text(&terminal(app, w, h));
            if w >= 60 && h >= 16 && app.screen() != ReviewScreen::Replay {
                assert!(!screen.contains("enlarge"), "{w}x{h}");
            }
            if (20..60).contains(&w) || (w >= 20 && (4..16).contains(&h)) {
                assert!(
                    screen.contains("enlarge") || w * h < 40,
                    "{w}x{h}: {screen}"
                );
            }
        }
    }
    // Every replay position of the example at the smallest workable size.
    let mut app = replay_app(common::example_meeting());
    let len = common::example_meeting().log().len();
    for n in 0..=len {
        app.replay_view().expect("replay").seek(n);
        let _ = terminal(&mut app, 60, 22);
    }
}

#[test]
fn without_colour_diffs_and_charts_still_read() {
    let mut app = ReviewApp::view(
        common::example_meeting(),
        PathBuf::from("sessions/x.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::NoColor,
    );
    let view = app.session_view().expect("view");
    assert!(view.scroll_to("v1 → v2", 120));
    let t = terminal(&mut app, 120, 30);
    let buffer = t.backend().buffer();
    let mut found = (false, false);
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            assert!(
                cell.style()
                    .fg
                    .is_none_or(|c| c == ratatui::style::Color::Reset),
                "no colour with NO_COLOR"
            );
            if x + 1 < buffer.area.width
                && cell.symbol() == "{"
                && buffer[(x + 1, y)].symbol() == "+"
            {
                use ratatui::style::Modifier;
                assert!(cell.style().add_modifier.contains(Modifier::UNDERLINED));
                found.0 = true;
            }
            if x + 1 < buffer.area.width
                && cell.symbol() == "["
                && buffer[(x + 1, y)].symbol() == "-"
            {
                use ratatui::style::Modifier;
                assert!(cell.style().add_modifier.contains(Modifier::CROSSED_OUT));
                found.1 = true;
            }
        }
    }
    assert_eq!(found, (true, true), "{}", text(&t));
}

#[test]
fn the_circle_picker_explains_its_keys() {
    let (_temp, dir) = folder();
    let mut app = browser_app(&dir);
    press(&mut app, KeyCode::Char('f'));
    let t = terminal(&mut app, 80, 24);
    let screen = text(&t);
    assert!(screen.contains("Show sessions of circle"), "{screen}");
    assert!(screen.contains("Enter picks"), "{screen}");
    insta::assert_snapshot!("browser_circle_picker_80x24", t.backend());
    press(&mut app, KeyCode::Esc);
    assert!(app.browser().expect("browser").query().circle.is_none());
}

#[test]
fn session_text_cannot_drive_the_terminal() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path().join("sessions"));
    let mut setup = common::example_setup();
    setup.title = "Evil\u{1b}]0;pwned\u{7} \u{202e}title".into();
    setup.circle = "Ops\u{1b}[2J".into();
    let session = Session::open(setup).expect("valid setup");
    let mut open = dir.create(&session).expect("created");
    open.save(&session).expect("saved");
    let mut app = browser_app(&dir);
    let mut screens = vec![text(&terminal(&mut app, 120, 30))];
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), ReviewScreen::Session);
    screens.push(text(&terminal(&mut app, 120, 30)));
    press(&mut app, KeyCode::Char('r'));
    screens.push(text(&terminal(&mut app, 120, 30)));
    for screen in screens {
        assert!(
            !screen.contains('\u{1b}') && !screen.contains('\u{202e}'),
            "{screen}"
        );
        assert!(screen.contains('\u{FFFD}'), "{screen}");
    }
}

#[test]
fn every_position_of_long_and_unfinished_sessions_replays() {
    let long = generate::session(Spec {
        seed: 7,
        events: 400,
        lang: Lang::En,
        leave_open: false,
    });
    for session in [long, common::open_meeting()] {
        let len = session.log().len();
        let mut app = replay_app(session.clone());
        for n in 0..=len {
            app.replay_view().expect("replay").seek(n);
            let _ = terminal(&mut app, 80, 24);
            assert_eq!(
                app.replay_view().expect("replay").drawn_state(),
                &session.state_after(n)
            );
        }
    }
}

#[test]
fn pumping_fills_the_browser_without_waiting() {
    let (_temp, dir) = folder();
    let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::Default);
    let deadline = Instant::now() + Duration::from_secs(20);
    while app.browser().expect("browser").is_reading() {
        assert!(Instant::now() < deadline, "the reader finishes");
        app.pump();
        let _ = terminal(&mut app, 80, 24);
        std::thread::sleep(Duration::from_millis(5));
    }
    let browser = app.browser().expect("browser");
    assert_eq!(browser.catalogue().progress(), (7, 7));
    assert!(!text(&terminal(&mut app, 80, 24)).contains("read "));
}

#[test]
fn an_item_over_its_fair_share_is_drawn_with_its_own_glyph() {
    let over = (1..60)
        .map(|seed| {
            generate::session(Spec {
                seed,
                events: 150,
                lang: Lang::En,
                leave_open: false,
            })
        })
        .find(|s| {
            spanning::review::Story::of(s)
                .item_times
                .iter()
                .any(|t| t.over_secs().is_some_and(|o| o > 120))
        })
        .expect("some generated meeting runs over");
    let mut app = ReviewApp::view(
        over,
        PathBuf::from("sessions/x.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::NoColor,
    );
    let view = app.session_view().expect("view");
    assert!(view.scroll_to("Time per item", 120));
    let screen = text(&terminal(&mut app, 120, 40));
    assert!(screen.contains('▓') && screen.contains("▲"), "{screen}");
    assert!(screen.contains(" over"), "{screen}");
}

// ---------------------------------------------------------------------------
// Dutch: the layout holds with longer words

/// The example meeting as if it had been held in Dutch.
fn dutch_example() -> Session {
    let english = common::example_meeting();
    let mut setup = english.setup().clone();
    setup.lang = Lang::Nl;
    Session::from_log(setup, english.log().to_vec()).expect("same log, other language")
}

#[test]
fn review_screens_in_dutch_at_80x24() {
    let (_temp, dir) = folder();
    let mut browser = ReviewApp::browse_catalogue(
        "sessions",
        Catalogue::load(&dir),
        PathBuf::from("."),
        Lang::Nl,
        ThemeChoice::Default,
    );
    let t = terminal(&mut browser, 80, 24);
    assert!(text(&t).contains("Eerdere sessies"), "{}", text(&t));
    insta::assert_snapshot!("nl_browser_80x24", t.backend());

    let mut view = ReviewApp::view(
        dutch_example(),
        PathBuf::from("sessions/2026-11-22T1405-weekly-governance.json"),
        PathBuf::from("."),
        Lang::Nl,
        ThemeChoice::Default,
    );
    insta::assert_snapshot!(
        "nl_session_top_80x24",
        terminal(&mut view, 80, 24).backend()
    );
    let v = view.session_view().expect("view");
    assert!(v.scroll_to("Wijzigingen tussen versies", 80));
    insta::assert_snapshot!(
        "nl_session_diff_80x24",
        terminal(&mut view, 80, 24).backend()
    );
    let v = view.session_view().expect("view");
    assert!(v.scroll_to("Grafieken", 80));
    insta::assert_snapshot!(
        "nl_session_charts_80x24",
        terminal(&mut view, 80, 24).backend()
    );

    let session = dutch_example();
    let tests = positions(&session, |e| {
        matches!(e, MeetingEvent::CriterionTested { .. })
    });
    let mut replay = ReviewApp::replay(
        session,
        None,
        Speed::X1,
        false,
        Lang::Nl,
        ThemeChoice::Default,
    );
    replay.replay_view().expect("replay").seek(tests[0]);
    let t = terminal(&mut replay, 80, 24);
    assert!(text(&t).contains("Terugkijken"), "{}", text(&t));
    insta::assert_snapshot!("nl_replay_test_80x24", t.backend());
}

/// `spanning replay ID --speed 4` plays at once; without a speed the replay
/// opens paused at the start for a trainer to step through.
#[test]
fn replay_with_a_speed_starts_playing_and_without_one_waits() {
    let pos = |app: &mut ReviewApp| app.replay_view().expect("replay").replay().position();
    let session = common::example_meeting();
    let mut paused = replay_app(session.clone());
    assert!(!paused.replay_view().expect("replay").is_playing());
    let start = Instant::now();
    paused.tick(start + Duration::from_secs(600));
    assert_eq!(pos(&mut paused), 0, "nothing moves until space");

    let mut playing = ReviewApp::replay(
        session,
        None,
        Speed::X4,
        true,
        Lang::En,
        ThemeChoice::Default,
    );
    let view = playing.replay_view().expect("replay");
    assert!(view.is_playing());
    assert_eq!(view.speed(), Speed::X4);
    let mut now = start;
    for _ in 0..40 {
        now += Duration::from_secs(3);
        playing.tick(now);
    }
    assert!(pos(&mut playing) > 0, "playback moved on by itself");
}

/// The circle picker's keys at the smallest size, in Dutch: the line
/// "↑↓ kiezen · Enter neemt · Esc annuleert" lost its end at the border
/// at 60 columns; the picker is now as wide as its keys.
#[test]
fn the_pickers_keys_are_whole_at_60_columns_in_both_languages() {
    let (_temp, dir) = folder();
    for (lang, keys) in [
        (Lang::En, "↑↓ choose · Enter picks · Esc cancels"),
        (Lang::Nl, "↑↓ kiezen · Enter neemt · Esc annuleert"),
    ] {
        let mut app = ReviewApp::browse_catalogue(
            "sessions",
            Catalogue::load(&dir),
            PathBuf::from("."),
            lang,
            ThemeChoice::Default,
        );
        press(&mut app, KeyCode::Char('f'));
        let screen = text(&terminal(&mut app, 60, 16));
        assert!(screen.contains(keys), "{lang:?}\n{screen}");
    }
}
