//! A whole consent meeting driven by keys, as a facilitator would: the
//! driver, quick reactions, a consent round with consent, a concern and an
//! objection, resolving the objection, a second consent round and the
//! adoption dialog. Then the replay is checked against the live screen at
//! every entry, so the new screens replay exactly as they were shown.

use crate::support::consent as consent_support;
use crate::support::tui as tui_support;

use chrono::Duration;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use spanning::meeting::{ConsentAnswer, Ending, IdmStep, Phase, Session};
use spanning::review::Speed;
use spanning::text::Lang;
use spanning::tui::app::Status;
use spanning::tui::review::{ReplayView, ReviewApp};
use spanning::tui::{App, NoPersist, ThemeChoice, TuiOptions};

#[derive(Clone, Copy)]
enum Op {
    K(KeyCode),
    T(&'static str),
}

fn press(app: &mut App, clock: &mut i64, code: KeyCode) {
    *clock += 7;
    let modifiers = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    app.handle_event(
        Event::Key(KeyEvent::new(code, modifiers)),
        consent_support::opened() + Duration::seconds(*clock),
    );
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

fn step(app: &App) -> Option<IdmStep> {
    match app.session().state().phase {
        Phase::Item { step, .. } => Some(step),
        _ => None,
    }
}

/// The keys of the whole meeting, with checks along the way.
fn ops() -> Vec<Op> {
    use KeyCode::{Down, Enter, Tab};
    let k = |c: char| Op::K(KeyCode::Char(c));
    let (e, t, dn) = (Op::K(Enter), Op::T, Op::K(Down));
    let mut ops = vec![e, k('-'), k('-'), k('-'), k('-'), e];
    ops.extend([k('a'), t("Design reviews"), Op::K(Tab), dn, dn, e, e]);
    ops.extend([e, t("Designs arrive after the sprint started"), e, dn]);
    ops.extend([e, t("Rework in week two"), e, dn]);
    ops.extend([e, t("Designs before planning"), e, dn]);
    ops.extend([e, t("Calmer sprints"), e, dn]);
    ops.extend([e, t("A design review every Monday"), e]);
    ops.extend([k('n'), k('n')]);
    ops.extend([e, t("Love it"), e, k('-'), k('-'), k('n')]);
    ops.extend([k('a'), t(", notes in the wiki"), e, k('n')]);
    ops.extend([k('c'), k('k'), t("Mondays are full"), e]);
    ops.extend([k('x'), t("Too early for mobile"), e, e, e]);
    ops.extend([k('n'), k('a'), t(", or the day before planning"), e]);
    ops.extend([k('1'), k('n'), k('c'), k('c'), k('c'), k('c'), k('n')]);
    ops.extend([t("Rework share in sprint reviews"), e]);
    ops.extend([k('c'), k('-'), k('-'), k('-'), k('-'), e, e, k('y')]);
    ops
}

#[test]
fn a_consent_meeting_by_keys_replays_as_it_was_shown() {
    for (w, h) in [(80, 24), (160, 48)] {
        let meeting = ReplayView::meeting_area(Rect::new(0, 0, w, h));
        let options = TuiOptions {
            presentation: true,
            ..TuiOptions::default()
        };
        let mut app = App::new(
            Session::open(consent_support::consent_setup(Lang::En)).expect("setup"),
            Box::new(NoPersist),
            &options,
            consent_support::opened(),
        );
        let mut clock = 0;
        let mut seen: Vec<(usize, Buffer)> = Vec::new();
        for op in ops() {
            let before = app.session().log().len();
            match op {
                Op::K(code) => press(&mut app, &mut clock, code),
                Op::T(text) => {
                    for c in text.chars() {
                        press(&mut app, &mut clock, KeyCode::Char(c));
                    }
                }
            }
            if let Some(Status::Refused(why)) = app.status() {
                panic!("refused at entry {before}: {why}");
            }
            let after = app.session().log().len();
            if after != before && !app.is_typing() {
                let mut t = Terminal::new(TestBackend::new(meeting.width, meeting.height))
                    .expect("terminal");
                t.draw(|f| app.draw(f)).expect("draw");
                seen.push((after, t.backend().buffer().clone()));
            }
        }
        let state = app.session().state();
        assert!(state.is_closed(), "{:?} {:?}", state.phase, app.status());
        let item = &state.agenda[0];
        assert_eq!(item.owner, consent_support::FATIMA);
        assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::Adopted));
        assert_eq!(item.versions().len(), 3);
        assert!(item.driver().is_valid() && item.driver().impact.is_some());
        let review = item.review().expect("review");
        assert_eq!(review.criteria, "Rework share in sprint reviews");
        assert_eq!(
            review.date,
            chrono::NaiveDate::from_ymd_opt(2027, 2, 22).expect("date"),
            "three months after the meeting, as the dialog proposes"
        );
        let answers: Vec<&ConsentAnswer> = item.consent_turns().iter().map(|t| &t.answer).collect();
        assert_eq!(answers.len(), 8);
        assert!(
            matches!(answers[1], ConsentAnswer::Concern { text } if text == "Mondays are full")
        );
        assert!(matches!(answers[2], ConsentAnswer::Objection { .. }));
        assert_eq!(item.concerns()[0].integrated_in, Some(3));

        let mut replay = ReviewApp::replay(
            app.session().clone(),
            None,
            Speed::X1,
            false,
            Lang::En,
            ThemeChoice::Default,
        );
        assert!(seen.len() > 30, "{} positions compared", seen.len());
        for (n, live) in &seen {
            replay.replay_view().expect("replay").seek(*n);
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            t.draw(|f| replay.draw(f)).expect("draw");
            let shown = area_of(t.backend().buffer(), meeting);
            let expected = area_of(live, live.area);
            assert!(
                shown == expected,
                "position {n} at {w}x{h} differs.\nlive:\n{}\nreplay:\n{}",
                as_text(live),
                as_text(t.backend().buffer())
            );
        }
    }
}

#[test]
fn z_takes_an_objection_as_a_concern_and_adoption_opens() {
    let mut app = consent_support::app(Lang::En, consent_support::Stage::ConsentObjected);
    tui_support::key(&mut app, KeyCode::Char('z'));
    assert!(app.is_typing());
    tui_support::chars(&mut app, "A worry, not a block");
    tui_support::key(&mut app, KeyCode::Enter);
    let item = app.session().state().active_item().expect("item");
    assert_eq!(
        item.concerns()[0].requalified.as_deref(),
        Some("A worry, not a block")
    );
    tui_support::key(&mut app, KeyCode::Char('n'));
    assert!(app.is_typing(), "the adoption dialog opens");
    let shown = format!("{}", tui_support::terminal(&mut app, 160, 48).backend());
    assert!(
        shown.contains("Adopt the agreement: when and how to review it"),
        "{shown}"
    );
    // With no open objection left, z says so.
    let mut none = consent_support::app(Lang::En, consent_support::Stage::ConsentComplete);
    tui_support::key(&mut none, KeyCode::Char('z'));
    assert!(!none.is_typing());
    match none.status() {
        Some(Status::Refused(why)) => assert!(why.contains("no objection to resolve"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn consent_keys_refuse_with_the_reason() {
    // Free speech has no key in the consent round; a pass key does nothing.
    let mut app = consent_support::app(Lang::En, consent_support::Stage::ConsentMidway);
    let before = app.session().log().len();
    tui_support::key(&mut app, KeyCode::Char('-'));
    assert_eq!(app.session().log().len(), before);
    // Adopting while an objection stands says why, in the status line.
    let mut objected = consent_support::app(Lang::En, consent_support::Stage::ConsentObjected);
    tui_support::key(&mut objected, KeyCode::Char('e'));
    tui_support::key(&mut objected, KeyCode::Enter);
    match objected.status() {
        Some(Status::Refused(why)) => assert!(why.contains("Noor"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // 'n' after an objection goes to resolving it.
    tui_support::key(&mut objected, KeyCode::Char('n'));
    assert_eq!(step(&objected), Some(IdmStep::ResolveObjections));
    // '1' before any amendment is refused with the reason.
    tui_support::key(&mut objected, KeyCode::Char('1'));
    match objected.status() {
        Some(Status::Refused(why)) => assert!(why.contains("not been amended"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // A review date that is not a date keeps the dialog open.
    let mut adopt = consent_support::app(Lang::En, consent_support::Stage::ConsentComplete);
    tui_support::key(&mut adopt, KeyCode::Char('n'));
    tui_support::chars(&mut adopt, "criteria");
    tui_support::key(&mut adopt, KeyCode::BackTab);
    for _ in 0..10 {
        tui_support::key(&mut adopt, KeyCode::Backspace);
    }
    tui_support::chars(&mut adopt, "2026-11-01");
    tui_support::key(&mut adopt, KeyCode::Enter);
    assert!(adopt.is_typing(), "the dialog stays open");
    match adopt.status() {
        Some(Status::Refused(why)) => assert!(why.contains("before the meeting"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(adopt.session().state().agenda[0].end.is_none());
}

/// Someone who left during the consent round is marked "(absent)" in it,
/// as in every other round, so the facilitator skips them instead of
/// waiting.
#[test]
fn an_absent_person_is_marked_in_the_consent_round() {
    let (mut session, clock) =
        consent_support::until(Lang::En, consent_support::Stage::ConsentMidway);
    let at = consent_support::opened() + Duration::seconds(clock + 5);
    let round = session
        .state()
        .current_round()
        .expect("consent round")
        .clone();
    let waiting = *round.waiting().last().expect("someone still to answer");
    let name = session.state().name(waiting).to_owned();
    session
        .execute(
            &spanning::meeting::Command::SetPresence {
                person: waiting,
                present: false,
                reason: None,
            },
            at,
        )
        .expect("left");
    let mut app = spanning::tui::App::new(
        session,
        Box::new(spanning::tui::NoPersist),
        &spanning::tui::TuiOptions::default(),
        at,
    );
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains(&format!("{name}  (absent)")), "{shown}");
}
