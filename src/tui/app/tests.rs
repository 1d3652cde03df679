//! Key-driven checks of what the app adds to the engine: which entry the
//! next key acts on.

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone};
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use super::{App, Mode};
use crate::meeting::{
    Command, Lang, MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, Speech,
};
use crate::tui::fields::jump;
use crate::tui::{NoPersist, TuiOptions};

fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).single())
        .expect("valid time")
}

/// Ana facilitates, Bram is secretary; one item with a proposal, driven
/// through the engine up to `last` (included).
fn session_until(last: Command) -> (Session, DateTime<FixedOffset>) {
    let setup = Setup {
        title: "Weekly governance".into(),
        circle: "Product circle".into(),
        lang: Lang::En,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: start(),
        participants: ["Ana", "Bram", "Chloë"]
            .into_iter()
            .map(Participant::named)
            .collect(),
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: None,
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    };
    let mut session = Session::open(setup).expect("valid setup");
    let pass = || Command::Speak {
        person: None,
        speech: Speech::Pass,
    };
    let script = [
        Command::StartCheckIn,
        pass(),
        pass(),
        pass(),
        Command::OpenAgenda,
        Command::AddItem {
            label: "Release cadence".into(),
            owner: PersonId(1),
        },
        Command::StartItem { item: None },
        Command::StateProposal {
            text: "Release every two weeks".into(),
        },
        Command::OpenClarifyingQuestions,
        Command::AskQuestion {
            asker: PersonId(2),
            text: "Which day?".into(),
        },
        Command::AnswerQuestion {
            question: 1,
            answer: Some("Tuesday".into()),
        },
        // The proposer does not react to their own proposal.
        Command::OpenReactionRound,
        pass(),
        pass(),
        Command::OpenAmendAndClarify,
        Command::OpenObjectionRound,
        Command::Speak {
            person: None,
            speech: Speech::Said {
                text: "Too fast for support".into(),
            },
        },
    ];
    let mut now = start();
    for command in script {
        now += TimeDelta::seconds(30);
        let done = command == last;
        session.execute(&command, now).expect("accepted");
        if done {
            break;
        }
    }
    (session, now)
}

fn app(session: Session, now: DateTime<FixedOffset>) -> App {
    App::new(session, Box::new(NoPersist), &TuiOptions::default(), now)
}

fn key(app: &mut App, code: KeyCode) {
    let now = app.now() + TimeDelta::seconds(5);
    app.handle_event(TermEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)), now);
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// A question asked from the questions screen becomes the selection, so
/// "not specified" right after it answers the new question, not the old one.
#[test]
fn a_question_just_asked_is_the_one_the_next_key_acts_on() {
    let (session, now) = session_until(Command::AskQuestion {
        asker: PersonId(2),
        text: "Which day?".into(),
    });
    let mut app = app(session, now);
    key(&mut app, KeyCode::Char('a'));
    type_text(&mut app, "Who tests it?");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('-'));
    let item = app.session().state().active_item().expect("item");
    assert_eq!(item.questions().len(), 2);
    assert_eq!(
        item.questions()[0].answer,
        None,
        "the old question is untouched"
    );
    assert_eq!(
        item.questions()[1].answer,
        Some(None),
        "the new one is answered"
    );
}

/// A concern raised in the objection round becomes the selection, so the
/// test dialog opened right after it tests the new concern.
#[test]
fn a_concern_just_raised_is_the_one_the_next_key_acts_on() {
    let (session, now) = session_until(Command::Speak {
        person: None,
        speech: Speech::Said {
            text: "Too fast for support".into(),
        },
    });
    let mut app = app(session, now);
    key(&mut app, KeyCode::Enter);
    type_text(&mut app, "Nobody owns the notes");
    key(&mut app, KeyCode::Enter);
    let concerns = &app
        .session()
        .state()
        .active_item()
        .expect("item")
        .concerns();
    assert_eq!(concerns.len(), 2);
    key(&mut app, KeyCode::Char('T'));
    match &app.mode {
        Mode::Test(test) => assert_eq!(test.concern, 2),
        _ => panic!("the test dialog should be open"),
    }
}

#[test]
fn a_letter_jumps_to_the_next_name_with_it_wrapping_and_ignoring_case() {
    let names: Vec<String> = ["Ana", "Bram", "émile", "Bea"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(jump(&names, 0, 'b'), Some(1));
    assert_eq!(jump(&names, 1, 'B'), Some(3));
    assert_eq!(jump(&names, 3, 'b'), Some(1));
    assert_eq!(jump(&names, 0, 'É'), Some(2));
    assert_eq!(jump(&names, 0, 'a'), Some(0));
    assert_eq!(jump(&names, 0, 'z'), None);
    assert_eq!(jump(&[], 0, 'a'), None);
}
