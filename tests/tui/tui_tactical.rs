//! The tactical meeting's screens: snapshots of every new screen and
//! dialog at 80x24 and 160x48 and in Dutch at 80x24, triage driven by
//! keys, and replay showing the same screens.

use crate::support::tactical as tactical_support;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{
    Ending, EntryAnswer, IdmStep, MeetingFormat, OutputKind, Phase, RequestTo, TacticalList,
    TacticalLists,
};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};
use tactical_support::Script;
use tui_support::{chars, key, render};

/// An app over a scripted meeting, a little after its last entry.
fn app(script: &Script) -> App {
    App::new(
        script.session.clone(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        script.now + chrono::TimeDelta::seconds(7),
    )
}

/// Every new screen and dialog, named for the snapshot files.
pub(crate) fn scenes(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let mut checkin_done = tactical_support::Script::open(tactical_support::setup_in(lang));
    checkin_done.at(5, spanning::meeting::Command::StartCheckIn);
    checkin_done.round(&[None, None, None, None]);
    out.push(("tactical_checkin_done", app(&checkin_done)));

    let mut checklist = tactical_support::at_checklist(lang);
    checklist.at(
        20,
        spanning::meeting::Command::AnswerEntry {
            list: TacticalList::Checklist,
            number: 1,
            answer: EntryAnswer::Check { note: None },
        },
    );
    let mut checklist_app = app(&checklist);
    key(&mut checklist_app, KeyCode::Down);
    out.push(("tactical_checklist", checklist_app));
    let mut answer = app(&checklist);
    key(&mut answer, KeyCode::Down);
    key(&mut answer, KeyCode::Enter);
    key(&mut answer, KeyCode::Down);
    key(&mut answer, KeyCode::Tab);
    chars(&mut answer, "Rota slipped a week");
    out.push(("tactical_checklist_answer_form", answer));
    let mut add = app(&checklist);
    key(&mut add, KeyCode::Char('a'));
    chars(&mut add, "Invoices sent");
    out.push(("tactical_checklist_add_form", add));

    let mut empty_setup = tactical_support::setup_in(lang);
    empty_setup.tactical_lists = TacticalLists::default();
    let mut empty = Script::open(empty_setup);
    empty.at(5, spanning::meeting::Command::StartCheckIn);
    empty.round(&[None, None, None, None]);
    empty.at(5, spanning::meeting::Command::OpenChecklist);
    out.push(("tactical_checklist_empty", app(&empty)));

    out.push(("tactical_metrics", app(&tactical_support::at_metrics(lang))));
    let mut value = app(&tactical_support::at_metrics(lang));
    key(&mut value, KeyCode::Enter);
    chars(&mut value, "3 (was 7)");
    out.push(("tactical_metrics_value_form", value));
    let mut progress = tactical_support::at_progress(lang);
    progress.at(
        20,
        spanning::meeting::Command::AnswerEntry {
            list: TacticalList::Progress,
            number: 1,
            answer: EntryAnswer::Update {
                text: "Keys handed over".into(),
            },
        },
    );
    out.push(("tactical_progress", app(&progress)));
    let mut help = app(&progress);
    key(&mut help, KeyCode::Char('?'));
    out.push(("tactical_progress_help", help));

    let triage = tactical_support::in_triage(lang);
    out.push(("tactical_triage", app(&triage)));
    let mut request = app(&triage);
    key(&mut request, KeyCode::Char('a'));
    chars(&mut request, "Book the meeting room for Thursday");
    out.push(("tactical_triage_request_form", request));
    let mut output = app(&triage);
    key(&mut output, KeyCode::Char('r'));
    out.push(("tactical_triage_output_form", output));
    let mut need = app(&triage);
    key(&mut need, KeyCode::Enter);
    out.push(("tactical_triage_need_form", need));
    let mut ending = app(&triage);
    key(&mut ending, KeyCode::Char('e'));
    out.push(("tactical_triage_ending_form", ending));
    let mut help = app(&triage);
    key(&mut help, KeyCode::Char('?'));
    out.push(("tactical_triage_help", help));
    let mut refused = app(&triage);
    key(&mut refused, KeyCode::Char('n'));
    out.push(("tactical_triage_need_met_refused", refused));

    let closed = tactical_support::closed(lang);
    out.push((
        "tactical_summary",
        App::new(
            closed.session.clone(),
            Box::new(NoPersist),
            &TuiOptions {
                saved_to: Some("~/spanning/2026-11-22T0930-operations-tactical-0001.json".into()),
                ..TuiOptions::default()
            },
            closed.now + chrono::TimeDelta::seconds(5),
        ),
    ));
    out
}

#[test]
fn every_tactical_screen_at_80x24_and_160x48() {
    for (name, mut app) in scenes(Lang::En) {
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        }
    }
}

#[test]
fn every_tactical_screen_in_dutch_at_80x24() {
    for (name, mut app) in scenes(Lang::Nl) {
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(format!("nl_{name}_80x24"), terminal.backend());
    }
}

#[test]
fn tactical_screens_never_panic_at_any_size() {
    for lang in Lang::ALL {
        for (name, mut app) in scenes(lang) {
            for w in [1u16, 20, 59, 60, 61, 80, 119, 120, 200] {
                for h in [1u16, 3, 15, 16, 17, 24, 48] {
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        tui_support::terminal(&mut app, w, h);
                    }));
                    assert!(result.is_ok(), "{lang:?} {name} panicked at {w}x{h}");
                }
            }
        }
    }
}

#[test]
fn setup_screen_offers_the_tactical_format() {
    let mut screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
        title: "Weekly tactical".into(),
        circle: "Operations".into(),
        participants: spanning::meeting::Participant::parse_list("Ana, Bram (Infra), Chloë"),
        facilitator: 0,
        secretary: None,
        timebox_minutes: Some(30),
        format: MeetingFormat::Governance,
        lang: Lang::En,
        opened_at: tui_support::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    });
    let press = |screen: &mut spanning::tui::SetupScreen, code| {
        screen.handle_event(ratatui::crossterm::event::Event::Key(
            ratatui::crossterm::event::KeyEvent::new(
                code,
                ratatui::crossterm::event::KeyModifiers::NONE,
            ),
        ));
    };
    for _ in 0..6 {
        press(&mut screen, KeyCode::Tab);
    }
    press(&mut screen, KeyCode::Right);
    for (w, h) in [(80, 24), (160, 48)] {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
        terminal.draw(|f| screen.draw(f)).expect("draw");
        insta::assert_snapshot!(format!("tactical_setup_{w}x{h}"), terminal.backend());
    }
    press(&mut screen, KeyCode::Enter);
    let setup = screen.outcome().flatten().expect("a setup");
    assert_eq!(setup.format, MeetingFormat::Tactical);
}

/// Triage by keys only: need, a request to a person and one to a role,
/// accepted and declined, an output with a role, "got what you need?".
#[test]
fn triage_is_driven_by_keys() {
    let mut a = app(&tactical_support::at_agenda(Lang::En));
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.session().state().active_item().and_then(|i| i.step),
        Some(IdmStep::Triage)
    );
    assert!(render(&mut a, 80, 24).contains("TRIAGE"));

    key(&mut a, KeyCode::Enter);
    chars(&mut a, "A working printer by Friday");
    key(&mut a, KeyCode::Enter);
    // To Bram (people are offered first; ↓ moves through them).
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Tab);
    key(&mut a, KeyCode::Tab);
    chars(&mut a, "Call the vendor");
    key(&mut a, KeyCode::Enter);
    // To a role: the last choice, with the role typed.
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Tab);
    chars(&mut a, "Finance");
    key(&mut a, KeyCode::Tab);
    chars(&mut a, "Check the budget");
    key(&mut a, KeyCode::Enter);
    {
        let item = a.session().state().active_item().expect("item");
        assert_eq!(
            item.triage().need.as_deref(),
            Some("A working printer by Friday")
        );
        assert_eq!(
            item.triage()
                .requests
                .iter()
                .map(|r| r.to.clone())
                .collect::<Vec<_>>(),
            [
                RequestTo::Person(tactical_support::BRAM),
                RequestTo::Role("Finance".into())
            ]
        );
    }
    // "Got what you need?" is refused while requests wait, and says so.
    key(&mut a, KeyCode::Char('n'));
    assert!(render(&mut a, 80, 24).contains("still wait for accepted or declined"));
    // The request just made is the selection; ↑ goes back to the first.
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Char('+'));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char('-'));
    // An output with a role.
    key(&mut a, KeyCode::Char('r'));
    chars(&mut a, "Call the vendor");
    key(&mut a, KeyCode::Tab);
    chars(&mut a, "Infra");
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::Char('b'));
    key(&mut a, KeyCode::Enter);
    {
        let state = a.session().state();
        let o = state.outputs.last().expect("an output");
        assert_eq!(o.kind, OutputKind::NextAction);
        assert_eq!(o.owner, Some(tactical_support::BRAM));
        assert_eq!(o.role.as_deref(), Some("Infra"));
        assert_eq!(o.text, "Call the vendor");
    }
    key(&mut a, KeyCode::Char('n'));
    assert!(render(&mut a, 80, 24).contains("Got what you need?"));
    key(&mut a, KeyCode::Char('y'));
    let state = a.session().state();
    assert_eq!(state.phase, Phase::Agenda);
    assert_eq!(
        state.agenda[0].end.as_ref().map(|e| e.ending),
        Some(Ending::NeedMet)
    );
    let accepted: Vec<Option<bool>> = state.agenda[0]
        .triage()
        .requests
        .iter()
        .map(|r| r.accepted)
        .collect();
    assert_eq!(accepted, [Some(true), Some(false)]);
}

/// A review is Enter (or + and -) per entry; the selection moves on to the
/// next entry still waiting, and n goes on to the next list.
#[test]
fn reviews_are_driven_by_keys() {
    let mut a = app(&tactical_support::at_checklist(Lang::En));
    key(&mut a, KeyCode::Char('+'));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Tab);
    chars(&mut a, "late");
    key(&mut a, KeyCode::Enter);
    let answers: Vec<Option<EntryAnswer>> = a
        .session()
        .state()
        .tactical
        .checklist
        .iter()
        .map(|e| e.answer.clone())
        .collect();
    assert_eq!(
        answers,
        [
            Some(EntryAnswer::Check { note: None }),
            Some(EntryAnswer::NoCheck {
                note: Some("late".into())
            })
        ]
    );
    key(&mut a, KeyCode::Char('x'));
    key(&mut a, KeyCode::Char('y'));
    assert_eq!(a.session().state().tactical.checklist.len(), 1);
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(a.session().state().phase, Phase::Metrics);
    key(&mut a, KeyCode::Char('-'));
    assert!(
        render(&mut a, 80, 24).contains("The metric's value"),
        "a metric's value is typed"
    );
    chars(&mut a, "4");
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(a.session().state().phase, Phase::Progress);
    key(&mut a, KeyCode::Char('-'));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.session().state().tactical.progress[0].answer,
        Some(EntryAnswer::NoUpdate)
    );
    assert_eq!(
        a.session().state().tactical.progress[1].answer,
        Some(EntryAnswer::NoUpdate),
        "an empty update is no update"
    );
    key(&mut a, KeyCode::Char('g'));
    assert_eq!(a.session().state().phase, Phase::Agenda);
}

/// Replay draws the live screens read-only: the checklist with its
/// answers and triage with its requests appear as they did.
#[test]
fn replay_shows_the_tactical_screens() {
    use spanning::meeting::Event;
    use spanning::review::Speed;
    use spanning::tui::ThemeChoice;
    use spanning::tui::review::ReviewApp;
    let session = tactical_support::closed(Lang::En).session;
    let position = |wanted: &dyn Fn(&Event) -> bool| {
        session
            .log()
            .iter()
            .position(|e| wanted(&e.event))
            .map(|i| i + 1)
            .expect("in the log")
    };
    let checklist = position(&|e| {
        matches!(
            e,
            Event::EntryAnswered {
                list: TacticalList::Checklist,
                number: 2,
                ..
            }
        )
    });
    let triage = position(&|e| matches!(e, Event::RequestMade { number: 2, .. }));
    let mut app = ReviewApp::replay(
        session,
        None,
        Speed::X1,
        false,
        Lang::En,
        ThemeChoice::Default,
    );
    for (name, at, expected) in [
        (
            "checklist",
            checklist,
            ["CHECKLIST REVIEW", "✗ no check — Rota slipped a week"],
        ),
        (
            "triage",
            triage,
            ["TRIAGE", "to Finance: Check whether a new printer"],
        ),
    ] {
        app.replay_view().expect("replay").seek(at);
        for (w, h) in [(80, 24), (160, 48)] {
            let mut t =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
            t.draw(|f| app.draw(f)).expect("draw");
            let screen = format!("{}", t.backend());
            for text in expected {
                assert!(
                    screen.contains(text),
                    "{name} {w}x{h}: {text} missing\n{screen}"
                );
            }
            insta::assert_snapshot!(format!("replay_tactical_{name}_{w}x{h}"), t.backend());
        }
    }
}

/// Review's session view of a tactical meeting opens on the work per
/// owner (owner headings, each with their next actions and projects),
/// then shared information, and has the reviews and the triage further down.
#[test]
fn review_lists_next_actions_and_projects_per_owner() {
    use spanning::tui::ThemeChoice;
    use spanning::tui::review::ReviewApp;
    let session = tactical_support::closed(Lang::En).session;
    let mut app = ReviewApp::view(
        session,
        std::path::PathBuf::from("sessions/2026-11-22T0930-operations-tactical-7ac7.json"),
        std::path::PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 40)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    let screen = format!("{}", t.backend());
    let at = |text: &str| {
        screen
            .find(text)
            .unwrap_or_else(|| panic!("{text} missing:\n{screen}"))
    };
    let heading = at("■ Next actions and projects per owner");
    let (ana, bram, chloe, dewi) = (at("▌ Ana"), at("▌ Bram"), at("▌ Chloë"), at("▌ Dewi"));
    assert!(heading < ana && ana < bram && bram < chloe && chloe < dewi);
    assert!(bram < at("Next action: Call the printer vendor (as Infra)"));
    assert!(chloe < at("Project: Printer replacement decided (as Office)"));
    assert!(dewi < at("■ Shared information"));
    insta::assert_snapshot!("review_tactical_session_100x40", t.backend());
}

/// Elections belong to governance meetings: a tactical agenda does not
/// offer the election key, a governance agenda does.
#[test]
fn a_tactical_agenda_does_not_offer_an_election() {
    let mut tactical = app(&tactical_support::at_agenda(Lang::En));
    let shown = format!(
        "{}",
        tui_support::terminal(&mut tactical, 160, 48).backend()
    );
    assert!(shown.contains("add item"), "{shown}");
    assert!(!shown.contains("add election"), "{shown}");

    let mut script = tactical_support::at_agenda(Lang::En);
    let mut setup = script.session.setup().clone();
    setup.format = MeetingFormat::Governance;
    setup.tactical_lists = TacticalLists::default();
    let mut governance = spanning::meeting::Session::open(setup).expect("setup");
    let at = script.now;
    for command in [
        spanning::meeting::Command::StartCheckIn,
        spanning::meeting::Command::OpenAgenda,
    ] {
        if command == spanning::meeting::Command::OpenAgenda {
            while governance.state().whose_turn().is_some() {
                governance
                    .execute(
                        &spanning::meeting::Command::Speak {
                            person: None,
                            speech: spanning::meeting::Speech::Pass,
                        },
                        at,
                    )
                    .expect("turn");
            }
        }
        governance.execute(&command, at).expect("step");
    }
    script.session = governance;
    let mut governance = app(&script);
    let shown = format!(
        "{}",
        tui_support::terminal(&mut governance, 160, 48).backend()
    );
    assert!(shown.contains("add election"), "{shown}");
}

/// Cutting an item off while it still has time share is refused at once,
/// with how much is left, whether asked by `k` or through the outcome
/// dialog (`e`), instead of after a pointless "are you sure?".
#[test]
fn cutting_off_early_is_refused_at_once_by_either_key() {
    use spanning::tui::app::Status;
    let refused = |app: &App| match app.status() {
        Some(Status::Refused(why)) => why.contains("still has"),
        _ => false,
    };
    let mut app = app(&tactical_support::in_triage(Lang::En));
    key(&mut app, KeyCode::Char('k'));
    assert!(refused(&app), "{:?}", app.status());
    assert!(!app.is_typing());

    let mut app = self::app(&tactical_support::in_triage(Lang::En));
    key(&mut app, KeyCode::Char('e'));
    // The reason has the focus; Tab goes to the choice, → picks "cut off".
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    assert!(render(&mut app, 160, 48).contains("‹ cut off ›"));
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app), "{:?}", app.status());
    let shown = render(&mut app, 160, 48);
    assert!(!shown.contains("sure"), "{shown}");
}

/// Found in a play-test: after an item ended the agenda's pointer stayed
/// on the finished item (Enter still started the next one). It moves to
/// the item Enter starts next, in either language.
#[test]
fn the_agenda_pointer_moves_to_the_next_waiting_item_when_an_item_ends() {
    for lang in [Lang::En, Lang::Nl] {
        let mut a = app(&tactical_support::at_agenda(lang));
        // Down to "On-call gaps", Enter starts it.
        key(&mut a, KeyCode::Down);
        key(&mut a, KeyCode::Enter);
        key(&mut a, KeyCode::Enter);
        chars(&mut a, "Cover for the weekend");
        key(&mut a, KeyCode::Enter);
        key(&mut a, KeyCode::Char('n'));
        key(
            &mut a,
            KeyCode::Char(if lang == Lang::En { 'y' } else { 'j' }),
        );
        let shown = render(&mut a, 160, 48);
        let state = a.session().state();
        assert_eq!(state.phase, Phase::Agenda, "{lang:?}: {shown}");
        assert!(
            state
                .agenda
                .iter()
                .any(|i| i.label == "On-call gaps" && i.end.is_some()),
            "{lang:?}: on-call gaps ended: {shown}"
        );
        let shown = render(&mut a, 160, 48);
        let pointed: Vec<&str> = shown.lines().filter(|l| l.contains('▸')).collect();
        assert!(
            pointed.iter().any(|l| l.contains("Printer jams")),
            "{lang:?}: the first item still waiting: {shown}"
        );
        assert!(
            !pointed.iter().any(|l| l.contains("On-call gaps")),
            "{lang:?}: not the finished item: {shown}"
        );
        // Enter starts the item pointed at.
        key(&mut a, KeyCode::Enter);
        let started = a.session().state().active_item().map(|i| i.label.clone());
        assert_eq!(started.as_deref(), Some("Printer jams"), "{lang:?}");
    }
}
