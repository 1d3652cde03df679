//! Drives the app with key presses, as a facilitator would, and checks the
//! engine state and the screen.

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::state::{ConcernStatus, TurnOutcome};
use spanning::meeting::{Ending, IdmStep, Phase};
use spanning::tui::app::Status;
use tui_support::{Script, chars, key, paste, render};

fn phase(app: &spanning::tui::App) -> Phase {
    app.session().state().phase
}

fn step(app: &spanning::tui::App) -> Option<IdmStep> {
    match phase(app) {
        Phase::Item { step, .. } => Some(step),
        _ => None,
    }
}

fn refused(app: &spanning::tui::App) -> String {
    match app.status() {
        Some(Status::Refused(text)) => text.clone(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_full_meeting_with_a_tested_integrated_adopted_objection() {
    let mut app = Script::open(tui_support::setup()).app();
    assert_eq!(phase(&app), Phase::Opening);
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Phase::CheckIn);

    // Check-in: a turn, a pass, a skip with a reason, a turn.
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Fresh after a holiday");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('-'));
    key(&mut app, KeyCode::Char('s'));
    chars(&mut app, "left early");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Busy week");
    key(&mut app, KeyCode::Enter);
    let round = app.session().state().rounds[0].clone();
    assert!(round.is_complete());
    assert!(matches!(round.turns[1].outcome, TurnOutcome::Pass));
    assert!(
        matches!(&round.turns[2].outcome, TurnOutcome::Skipped { reason } if reason == "left early")
    );
    assert!(render(&mut app, 80, 24).contains("Everyone has had a turn"));

    // Enter on a complete round moves on.
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Phase::Agenda);

    // Two items, Bram owns the first.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Release notes");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Onboarding");
    key(&mut app, KeyCode::Enter);
    let agenda = &app.session().state().agenda;
    assert_eq!(agenda.len(), 2);
    assert_eq!(app.session().state().name(agenda[0].owner), "Bram");
    assert!(render(&mut app, 80, 24).contains("Release notes"));

    // Start the selected (first) item.
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Some(IdmStep::PresentProposal));
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Nobody knows what shipped");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Support asked twice last week");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    paste(&mut app, "Release lead writes notes\r\nfor every release");
    key(&mut app, KeyCode::Enter);
    let item = app.session().state().active_item().expect("item").clone();
    assert_eq!(item.tension(), Some("Nobody knows what shipped"));
    assert_eq!(
        item.versions()[0].text,
        "Release lead writes notes\nfor every release"
    );
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ClarifyingQuestions));

    // A question and its answer.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Also for hotfixes?");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Yes");
    key(&mut app, KeyCode::Enter);
    let q = &app
        .session()
        .state()
        .active_item()
        .expect("item")
        .questions()[0];
    assert_eq!(q.answer, Some(Some("Yes".into())));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ReactionRound));

    // Reactions: all pass, then amend and clarify, keep, objection round.
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('-'));
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Some(IdmStep::AmendAndClarify));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ObjectionRound));

    // One concern, the rest no objection.
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Too much work for one role");
    key(&mut app, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut app, KeyCode::Char('-'));
    }
    // Adopting now is refused: the concern is unhandled.
    let before = app.session().log().len();
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app).contains("still need to be recorded"));
    assert_eq!(app.session().log().len(), before);

    // Test it: all four criteria hold.
    key(&mut app, KeyCode::Char('T'));
    assert!(render(&mut app, 80, 24).contains("Testing an objection"));
    for argument in ["Slower releases", "My role", "New work", "Known"] {
        chars(&mut app, argument);
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('y'));
    }
    let concern = app
        .session()
        .state()
        .active_item()
        .expect("item")
        .concerns()[0]
        .clone();
    assert_eq!(concern.status(), ConcernStatus::Valid);
    assert_eq!(concern.tests.len(), 4);

    // Integration: amend for the objection, both confirm, back to objections.
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Some(IdmStep::Integration));
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, ", taking turns");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('1'));
    key(&mut app, KeyCode::Char('2'));
    let item = app.session().state().active_item().expect("item").clone();
    assert_eq!(item.versions().len(), 2);
    assert!(
        item.versions()[1]
            .text
            .ends_with("for every release, taking turns")
    );
    assert_eq!(
        item.concerns()[0].status(),
        ConcernStatus::Integrated { version: 2 }
    );
    assert!(render(&mut app, 80, 24).contains("v2"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ObjectionRound));
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('-'));
    }
    // Adopt asks first; n keeps everything as it was.
    key(&mut app, KeyCode::Enter);
    assert!(render(&mut app, 80, 24).contains("End \"Release notes\" as adopted?"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ObjectionRound));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(phase(&app), Phase::Agenda);
    let item = &app.session().state().agenda[0];
    let end = item.end.as_ref().expect("ended");
    assert_eq!(end.ending, Ending::Adopted);
    assert_eq!(end.adopted_version, Some(2));

    // An output, the closing round, close-out, close.
    key(&mut app, KeyCode::Char('r'));
    chars(&mut app, "Write the first notes");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session().state().outputs.len(), 1);
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(phase(&app), Phase::Closing);
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('-'));
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Phase::CloseOut);
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app).contains("Onboarding"));
    key(&mut app, KeyCode::Char('c'));
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(phase(&app), Phase::Closed);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("adopted v2"), "{screen}");
    assert!(screen.contains("Write the first notes"));
}

#[test]
fn typing_q_and_u_in_an_editor_stays_text() {
    let mut script = Script::open(tui_support::setup());
    script.run(spanning::meeting::Command::StartCheckIn);
    let mut app = script.app();
    key(&mut app, KeyCode::Enter);
    assert!(app.is_typing());
    chars(&mut app, "quite unusual, p? -s");
    key(&mut app, KeyCode::Enter);
    assert!(!app.should_quit());
    let turn = &app.session().state().rounds[0].turns[0];
    assert_eq!(
        turn.outcome,
        TurnOutcome::Said {
            text: "quite unusual, p? -s".into()
        }
    );
}

#[test]
fn paste_goes_to_the_editor_and_never_triggers_commands() {
    let mut script = Script::open(tui_support::setup());
    script.run(spanning::meeting::Command::StartCheckIn);
    let mut app = script.app();
    // Without an editor, a paste does nothing at all.
    let before = app.session().log().len();
    paste(&mut app, "q-u-s");
    assert_eq!(app.session().log().len(), before);
    assert!(!app.should_quit());
    key(&mut app, KeyCode::Enter);
    paste(&mut app, "pasted gist");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.session().state().rounds[0].turns[0].outcome,
        TurnOutcome::Said {
            text: "pasted gist".into()
        }
    );
}

#[test]
fn a_refused_command_shows_its_reason_and_changes_nothing() {
    let mut script = Script::open(tui_support::setup());
    script.run(spanning::meeting::Command::StartCheckIn);
    let mut app = script.app();
    let before = app.session().log().len();
    key(&mut app, KeyCode::Char('n'));
    let reason = refused(&app);
    assert!(
        reason.contains("check-in round is not complete"),
        "{reason}"
    );
    assert_eq!(app.session().log().len(), before);
    assert!(render(&mut app, 80, 24).contains("is not complete"));
}

#[test]
fn an_empty_turn_is_refused_and_the_editor_stays_open() {
    let mut script = Script::open(tui_support::setup());
    script.run(spanning::meeting::Command::StartCheckIn);
    let mut app = script.app();
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app).contains("empty"));
    assert!(app.is_typing());
    key(&mut app, KeyCode::Esc);
    assert!(!app.is_typing());
}

#[test]
fn undo_asks_shows_what_and_retracts() {
    let mut script = Script::open(tui_support::setup());
    script
        .run(spanning::meeting::Command::StartCheckIn)
        .say("Hello");
    let mut app = script.app();
    key(&mut app, KeyCode::Char('u'));
    assert!(render(&mut app, 80, 24).contains("Undo Ana's turn"));
    key(&mut app, KeyCode::Char('y'));
    assert!(app.session().state().rounds[0].turns.is_empty());
}

/// The Dutch hints say "j = ja": j answers yes to a confirmation and to a
/// ruling, in Dutch, as y does.
#[test]
fn in_dutch_j_says_yes_to_undo_and_to_a_ruling() {
    let mut script = Script::open(tui_support::setup_in(spanning::text::Lang::Nl));
    script
        .run(spanning::meeting::Command::StartCheckIn)
        .say("Hallo");
    let mut app = script.app();
    key(&mut app, KeyCode::Char('u'));
    assert!(render(&mut app, 80, 24).contains("De beurt van Ana: “Hallo” ongedaan maken?"));
    key(&mut app, KeyCode::Char('j'));
    assert!(app.session().state().rounds[0].turns.is_empty());
    assert!(matches!(app.status(), Some(Status::Info(t)) if t.starts_with("↶ Ongedaan gemaakt")));

    let mut app = tui_support::objections(spanning::text::Lang::Nl).app();
    // Concern 1 holds on (a) and (b) already; (c) and (d) are left.
    key(&mut app, KeyCode::Char('T'));
    for argument in ["Nieuw werk", "Bekende schade"] {
        chars(&mut app, argument);
        key(&mut app, KeyCode::Enter);
        assert!(render(&mut app, 80, 24).contains("j = ja"));
        key(&mut app, KeyCode::Char('j'));
    }
    let concern = app
        .session()
        .state()
        .active_item()
        .expect("item")
        .concerns()[0]
        .clone();
    assert_eq!(concern.status(), ConcernStatus::Valid);
}

#[test]
fn quit_asks_first_and_ctrl_c_leaves_at_once() {
    let mut app = Script::open(tui_support::setup()).app();
    key(&mut app, KeyCode::Char('q'));
    assert!(!app.should_quit());
    assert!(render(&mut app, 80, 24).contains("already saved"));
    key(&mut app, KeyCode::Char('n'));
    assert!(!app.should_quit());
    app.handle_event(
        ratatui::crossterm::event::Event::Key(ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Char('c'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        )),
        tui_support::at(10),
    );
    assert!(app.should_quit());
}

#[test]
fn a_failing_save_shows_a_persistent_warning_and_the_meeting_goes_on() {
    struct Broken;
    impl spanning::tui::Persist for Broken {
        fn save(&mut self, _: &spanning::meeting::Session) -> Result<(), String> {
            Err("disk full".into())
        }
    }
    let script = Script::open(tui_support::setup());
    let mut app = spanning::tui::App::new(
        script.session.clone(),
        Box::new(Broken),
        &spanning::tui::TuiOptions::default(),
        tui_support::at(1),
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(phase(&app), Phase::CheckIn);
    key(&mut app, KeyCode::Char('-'));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("NOT SAVED"), "{screen}");
    assert!(screen.contains("disk full"));
}

#[test]
fn a_dismissed_concern_stops_at_the_first_failing_criterion() {
    use spanning::meeting::Command;
    let mut script = Script::open(tui_support::setup());
    script
        .run(Command::StartCheckIn)
        .finish_round()
        .run(Command::OpenAgenda)
        .run(Command::AddItem {
            label: "Budget".into(),
            owner: spanning::meeting::PersonId(2),
        })
        .run(Command::StartItem { item: None })
        .run(Command::StateTension { text: "t".into() })
        .run(Command::GiveExample { text: "e".into() })
        .run(Command::StateProposal { text: "p".into() })
        .run(Command::OpenClarifyingQuestions)
        .run(Command::OpenReactionRound)
        .finish_round()
        .run(Command::OpenAmendAndClarify)
        .run(Command::OpenObjectionRound)
        .say("I just don't like it")
        .finish_round();
    let mut app = script.app();
    key(&mut app, KeyCode::Char('T'));
    chars(&mut app, "It is ugly");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('y'));
    chars(&mut app, "none");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('n'));
    assert!(!app.is_typing());
    let c = &app
        .session()
        .state()
        .active_item()
        .expect("item")
        .concerns()[0];
    assert_eq!(
        c.status(),
        ConcernStatus::Dismissed {
            criterion: spanning::meeting::Criterion::Role
        }
    );
    // With the concern dismissed, Enter asks to adopt.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(phase(&app), Phase::Agenda);
}

fn setup_defaults() -> spanning::tui::SetupDefaults {
    spanning::tui::SetupDefaults {
        title: "Weekly governance".into(),
        circle: String::new(),
        participants: vec![],
        facilitator: 0,
        secretary: None,
        timebox_minutes: None,
        format: spanning::meeting::MeetingFormat::Governance,
        lang: spanning::text::Lang::En,
        opened_at: tui_support::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    }
}

fn setup_key(screen: &mut spanning::tui::SetupScreen, code: KeyCode) {
    use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers};
    screen.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn setup_chars(screen: &mut spanning::tui::SetupScreen, text: &str) {
    for c in text.chars() {
        setup_key(screen, KeyCode::Char(c));
    }
}

#[test]
fn the_setup_screen_builds_a_checked_setup() {
    let mut screen = spanning::tui::SetupScreen::new(setup_defaults());
    setup_key(&mut screen, KeyCode::Tab);
    setup_chars(&mut screen, "Product");
    setup_key(&mut screen, KeyCode::Tab);
    // The same syntax as `--participants`: roles in brackets.
    setup_chars(&mut screen, "Ana (Release/Finance), Bram, Chloë (Support)");
    // Enter with a bad timebox shows why and keeps the form.
    for _ in 0..3 {
        setup_key(&mut screen, KeyCode::Tab);
    }
    setup_chars(&mut screen, "an hour");
    setup_key(&mut screen, KeyCode::Enter);
    assert!(screen.outcome().is_none());
    for _ in 0..7 {
        setup_key(&mut screen, KeyCode::Backspace);
    }
    setup_chars(&mut screen, "1h15m");
    // Facilitator: Bram; secretary: Chloë.
    setup_key(&mut screen, KeyCode::BackTab);
    setup_key(&mut screen, KeyCode::Left);
    setup_key(&mut screen, KeyCode::BackTab);
    setup_key(&mut screen, KeyCode::Right);
    setup_key(&mut screen, KeyCode::Enter);
    let setup = screen.outcome().flatten().expect("a setup");
    assert_eq!(setup.circle, "Product");
    assert_eq!(setup.participants.len(), 3);
    assert_eq!(setup.participants[0].name, "Ana");
    assert_eq!(setup.participants[0].roles, vec!["Release", "Finance"]);
    assert!(setup.participants[1].roles.is_empty());
    assert_eq!(setup.participants[2].name, "Chloë");
    assert_eq!(setup.participants[2].roles, vec!["Support"]);
    assert_eq!(setup.facilitator, spanning::meeting::PersonId(1));
    assert_eq!(setup.secretary, Some(spanning::meeting::PersonId(2)));
    assert_eq!(setup.timebox_minutes, Some(75));
}

#[test]
fn the_setup_screen_shows_and_keeps_the_roles_it_was_given() {
    let defaults = spanning::tui::SetupDefaults {
        participants: spanning::meeting::Participant::parse_list("Ana (Release lead), Bram"),
        ..setup_defaults()
    };
    let mut screen = spanning::tui::SetupScreen::new(defaults);
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    assert!(format!("{}", terminal.backend()).contains("Ana (Release lead), Bram"));
    setup_key(&mut screen, KeyCode::Enter);
    let setup = screen.outcome().flatten().expect("a setup");
    assert_eq!(setup.participants[0].roles, vec!["Release lead"]);
}

#[test]
fn the_setup_screen_refuses_an_invalid_setup_and_esc_cancels() {
    let mut screen = spanning::tui::SetupScreen::new(setup_defaults());
    setup_key(&mut screen, KeyCode::Enter);
    assert!(screen.outcome().is_none());
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    let text = format!("{}", terminal.backend());
    assert!(text.contains("at least one participant"), "{text}");
    setup_key(&mut screen, KeyCode::Esc);
    assert_eq!(screen.outcome(), Some(None));
}

#[test]
fn a_long_refusal_is_shown_in_full_at_80_columns() {
    let mut script = Script::open(tui_support::setup());
    script.run(spanning::meeting::Command::StartCheckIn).run(
        spanning::meeting::Command::StartTimeOut {
            requested_by: None,
            reason: "process question".into(),
        },
    );
    let mut app = script.app();
    key(&mut app, KeyCode::Char('-'));
    let reason = refused(&app);
    assert!(reason.len() > 80, "{reason}");
    let screen = render(&mut app, 80, 24).replace('\n', " ");
    let words: Vec<&str> = reason.split_whitespace().collect();
    let last = words.last().expect("words");
    assert!(screen.contains(last), "{screen}");
}

#[test]
fn the_turn_timer_stands_still_during_a_time_out() {
    let script = tui_support::checkin_midway(spanning::text::Lang::En);
    let floor_from = script.clock();
    let mut app = script.app();
    // Dewi talks for 40 seconds, then someone calls a time-out.
    app.tick(tui_support::at(floor_from + 40));
    key(&mut app, KeyCode::Char('t'));
    chars(&mut app, "Process question");
    key(&mut app, KeyCode::Enter);
    assert!(app.session().state().time_out.is_some());
    app.tick(tui_support::at(floor_from + 40 + 300));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("0:40 / 1:00"), "{screen}");
    assert!(!screen.contains('⚠'), "{screen}");
    // After the time-out the turn goes on from 0:40.
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Enter);
    assert!(app.session().state().time_out.is_none());
    app.tick(tui_support::at(floor_from + 40 + 300 + 5));
    assert!(render(&mut app, 80, 24).contains("0:45 / 1:00"));
}

fn info(app: &spanning::tui::App) -> String {
    match app.status() {
        Some(Status::Info(text)) => text.clone(),
        other => panic!("expected a confirmation, got {other:?}"),
    }
}

fn last_event(app: &spanning::tui::App) -> spanning::meeting::Event {
    app.session()
        .log()
        .last()
        .map(|r| r.event.clone())
        .expect("an entry")
}

#[test]
fn the_people_dialog_records_arrivals_absence_roles_and_the_timebox() {
    use spanning::meeting::{Event, PersonId};
    let mut app = tui_support::agenda(spanning::text::Lang::En).app();
    key(&mut app, KeyCode::Char('w'));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("People and roles"), "{screen}");
    assert!(screen.contains("★ facilitator"), "{screen}");
    assert!(screen.contains("✎ secretary"), "{screen}");

    // A late arrival with roles; the dialog stays open on them.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Eva");
    key(&mut app, KeyCode::Tab);
    chars(&mut app, "Finance/Ops");
    key(&mut app, KeyCode::Enter);
    let eva = &app.session().state().people[4];
    assert_eq!(eva.who.name, "Eva");
    assert_eq!(eva.who.roles, vec!["Finance", "Ops"]);
    assert!(info(&app).contains("Eva joining"));
    assert!(render(&mut app, 80, 24).contains("▶ Eva"));

    // The engine's refusal shows, the form keeps what was typed; Esc goes back.
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "ana");
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app).contains("already a participant called ana"));
    assert!(app.is_typing());
    key(&mut app, KeyCode::Esc);
    // Typed text is not thrown away without asking (issue 15).
    assert!(render(&mut app, 80, 24).contains("Throw away what you typed"));
    key(&mut app, KeyCode::Char('y'));
    assert!(render(&mut app, 80, 24).contains("People and roles"));
    assert_eq!(app.session().state().people.len(), 5);

    // Dewi leaves for the doctor, and comes back.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('x'));
    chars(&mut app, "doctor");
    key(&mut app, KeyCode::Enter);
    assert!(!app.session().state().people[3].present);
    assert!(matches!(
        last_event(&app),
        Event::PresenceChanged { person: PersonId(3), present: false, reason: Some(r) } if r == "doctor"
    ));
    assert!(info(&app).contains("Dewi being absent"));
    key(&mut app, KeyCode::Char('x'));
    key(&mut app, KeyCode::Enter);
    assert!(app.session().state().people[3].present);

    // Dewi facilitates; Chloë becomes secretary, then nobody is.
    key(&mut app, KeyCode::Char('f'));
    assert_eq!(app.session().state().facilitator, PersonId(3));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.session().state().secretary, Some(PersonId(2)));
    assert!(info(&app).contains("Chloë as secretary"));
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.session().state().secretary, None);

    // The timebox: pre-filled with what is in force, 1h30m understood,
    // nonsense refused, empty means none.
    key(&mut app, KeyCode::Char('t'));
    assert!(render(&mut app, 80, 24).contains("1h"));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    chars(&mut app, "1h30m");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session().state().timebox_minutes, Some(90));
    assert!(info(&app).contains("1h30m"));
    key(&mut app, KeyCode::Char('t'));
    chars(&mut app, " soon");
    key(&mut app, KeyCode::Enter);
    assert!(refused(&app).contains("90m"));
    for _ in 0.."1h30m soon".len() {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session().state().timebox_minutes, None);
    assert!(render(&mut app, 80, 24).contains("no timebox"));

    // Esc closes the dialog; the agenda keys work again.
    key(&mut app, KeyCode::Esc);
    assert!(!render(&mut app, 80, 24).contains("People and roles"));
    key(&mut app, KeyCode::Char('a'));
    assert!(app.is_typing());
}

#[test]
fn people_can_change_during_a_time_out() {
    let mut script = tui_support::agenda(spanning::text::Lang::En);
    script.run(spanning::meeting::Command::StartTimeOut {
        requested_by: None,
        reason: "Who is here?".into(),
    });
    let mut app = script.app();
    key(&mut app, KeyCode::Char('w'));
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Eva");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.session().state().people.len(), 5);
}

#[test]
fn a_note_for_the_minutes_from_any_screen() {
    for mut app in [
        tui_support::checkin_midway(spanning::text::Lang::En).app(),
        tui_support::objections(spanning::text::Lang::En).app(),
    ] {
        key(&mut app, KeyCode::Char('m'));
        key(&mut app, KeyCode::Enter);
        assert!(refused(&app).contains("note"), "an empty note is refused");
        chars(&mut app, "Send the slides to Eva");
        key(&mut app, KeyCode::Enter);
        let notes = &app.session().state().notes;
        assert_eq!(
            notes.last().map(|n| n.text.as_str()),
            Some("Send the slides to Eva")
        );
        assert!(info(&app).contains("Send the slides to Eva"));
        assert!(!app.is_typing());
    }
    // A closed session takes no more notes: the key is not there.
    let mut closed = tui_support::closed(spanning::text::Lang::En).app();
    key(&mut closed, KeyCode::Char('m'));
    assert!(!closed.is_typing());
}

#[test]
fn someone_marked_absent_mid_round_is_shown_absent_until_skipped() {
    let mut app = tui_support::checkin_midway(spanning::text::Lang::En).app();
    // Dewi (whose turn it is) leaves.
    key(&mut app, KeyCode::Char('w'));
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char('x'));
    chars(&mut app, "called away");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert!(render(&mut app, 80, 24).contains("▶ Dewi  (absent)"));
    key(&mut app, KeyCode::Char('s'));
    chars(&mut app, "called away");
    key(&mut app, KeyCode::Enter);
    let screen = render(&mut app, 80, 24);
    assert!(!screen.contains("(absent)"), "{screen}");
    assert!(screen.contains("Everyone has had a turn"), "{screen}");
}

#[test]
fn a_letter_jumps_to_the_person_in_a_choice() {
    use spanning::meeting::PersonId;
    let mut app = tui_support::questions(spanning::text::Lang::En).app();
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Is it weekly?");
    key(&mut app, KeyCode::BackTab);
    // Ana, Bram, Chloë, Dewi: "d" reaches Dewi, "c" Chloë, "C" too.
    chars(&mut app, "dc");
    key(&mut app, KeyCode::Enter);
    let item = app.session().state().active_item().expect("an item");
    let asked = item.questions().last().expect("a question");
    assert_eq!(asked.asker, PersonId(2));
    assert_eq!(asked.text, "Is it weekly?");
}

#[test]
fn a_letter_picks_the_facilitator_on_the_setup_screen() {
    let mut screen = spanning::tui::SetupScreen::new(setup_defaults());
    setup_key(&mut screen, KeyCode::Tab);
    setup_key(&mut screen, KeyCode::Tab);
    setup_chars(&mut screen, "Ana, Bram, Chloë, Bea");
    setup_key(&mut screen, KeyCode::Tab);
    // Two names start with B: b, b cycles Bram → Bea.
    setup_chars(&mut screen, "bb");
    setup_key(&mut screen, KeyCode::Tab);
    setup_chars(&mut screen, "c");
    setup_key(&mut screen, KeyCode::Enter);
    let setup = screen.outcome().flatten().expect("a setup");
    assert_eq!(setup.facilitator, spanning::meeting::PersonId(3));
    assert_eq!(setup.secretary, Some(spanning::meeting::PersonId(2)));
}

#[test]
fn after_closing_the_people_dialog_still_shows_who_took_part_and_refuses_changes() {
    let mut app = tui_support::closed(spanning::text::Lang::En).app();
    key(&mut app, KeyCode::Char('w'));
    assert!(render(&mut app, 80, 24).contains("People and roles"));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('f'));
    assert!(!refused(&app).is_empty());
    assert_eq!(
        app.session().state().facilitator,
        spanning::meeting::PersonId(0)
    );
    // Refused before anything is typed, and the dialog stays.
    key(&mut app, KeyCode::Char('a'));
    assert!(!app.is_typing());
    assert!(!refused(&app).is_empty());
    assert!(render(&mut app, 80, 24).contains("People and roles"));
}

#[test]
fn running_over_shows_by_how_much_and_extending_the_timebox_gives_time_back() {
    let script = tui_support::agenda(spanning::text::Lang::En);
    let mut app = script.app();
    // One hour booked; 65 minutes in.
    app.tick(tui_support::at(65 * 60));
    assert!(render(&mut app, 80, 24).contains("⚠ 5:00 over time"));
    key(&mut app, KeyCode::Char('w'));
    key(&mut app, KeyCode::Char('t'));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    chars(&mut app, "1h30m");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Esc);
    assert!(render(&mut app, 80, 24).contains("25:00 left"));
}

/// A refused dialog puts the focus on the field the refusal names: a
/// label of too many words sends the keyboard back to the label, even when
/// Enter was pressed on the owner, so the fix is typed straight away.
#[test]
fn a_refused_dialog_focuses_the_field_in_error() {
    for (lang, says) in [
        (spanning::text::Lang::En, "this one has 4"),
        (spanning::text::Lang::Nl, "dit zijn er 4"),
    ] {
        let mut app = tui_support::agenda(lang).app();
        let before = app.session().state().agenda.len();
        key(&mut app, KeyCode::Char('a'));
        chars(&mut app, "Budget review now please");
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Char('d'));
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().agenda.len(), before, "refused");
        let screen = render(&mut app, 160, 48);
        assert!(screen.contains(says), "{screen}");
        // The keys go to the label now: take " please" off and record.
        for _ in 0.." please".len() {
            key(&mut app, KeyCode::Backspace);
        }
        key(&mut app, KeyCode::Enter);
        let state = app.session().state();
        assert_eq!(state.agenda.len(), before + 1, "recorded after the fix");
        let item = state.agenda.last().expect("the new item");
        assert_eq!(item.label, "Budget review now");
        assert_eq!(state.name(item.owner), "Dewi", "the owner chosen is kept");
    }
}

/// Closing the session reads as that on the status line (and in undo's
/// question), not "moving on to the closed" (found playing a meeting in
/// tmux), en and nl.
#[test]
fn closing_the_session_says_so_on_the_status_line() {
    use spanning::meeting::{Command, Disposition, ItemId};
    use spanning::text::Lang;
    for (lang, closing, yes) in [
        (Lang::En, "closing the session", 'y'),
        (Lang::Nl, "het sluiten van de sessie", 'j'),
    ] {
        let mut s = tui_support::closeout(lang);
        s.run(Command::Dispose {
            item: ItemId(3),
            disposition: Disposition::LetGo,
        });
        let mut app = s.app();
        key(&mut app, KeyCode::Enter);
        chars(&mut app, &yes.to_string());
        assert_eq!(phase(&app), Phase::Closed, "{lang:?}");
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains(&lang.words().recorded(closing)),
            "{lang:?}\n{screen}"
        );
        key(&mut app, KeyCode::Char('u'));
        let screen = render(&mut app, 80, 24);
        assert!(screen.contains(closing), "{lang:?}: undo asks\n{screen}");
        assert!(!screen.contains("closed?"), "{lang:?}\n{screen}");
    }
}
