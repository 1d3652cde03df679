//! Big meetings stay usable and the stated limits hold with clear
//! messages: 100 participants, 500 agenda items, a 100 KB proposal and
//! 20,000 entries work (screens draw at every size, the file saves and
//! loads); past the limits (200 people, 1000 items, 256 KB per text,
//! 50,000 entries or 32 MB of record) the engine refuses and says why,
//! and a session at its limit still fits in a file spanning can load.

use crate::support::tui as tui_support;

use spanning::meeting::{
    Command, Field, Participant, PersonId, Refusal, Session, SetupProblem, Speech,
};
use spanning::store::{self, MAX_FILE_BYTES, SessionsDir};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};
use tui_support::{at, render};

fn crowd(n: usize) -> Session {
    let mut setup = tui_support::setup();
    setup.participants = (1..=n)
        .map(|i| Participant::named(format!("Person {i:03}")))
        .collect();
    Session::open(setup).expect("valid")
}

fn run(session: &mut Session, command: Command) {
    session
        .execute(&command, at(60))
        .unwrap_or_else(|r| panic!("{command:?}: {r:?}"));
}

fn to_agenda(session: &mut Session) {
    run(session, Command::StartCheckIn);
    while session.state().whose_turn().is_some() {
        run(
            session,
            Command::Speak {
                person: None,
                speech: Speech::Pass,
            },
        );
    }
    run(session, Command::OpenAgenda);
}

fn draws_everywhere(session: &Session) {
    let mut app = App::new(
        session.clone(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        at(90),
    );
    for (w, h) in [(1, 1), (20, 5), (80, 24), (400, 120)] {
        let _ = render(&mut app, w, h);
    }
}

fn saves_and_loads(session: &Session) -> u64 {
    let dir = tempfile::tempdir().expect("tmp");
    let open = SessionsDir::new(dir.path()).create(session).expect("save");
    let size = std::fs::metadata(open.path()).expect("meta").len();
    let loaded = store::load(open.path()).expect("loads again");
    assert_eq!(loaded.session.log().len(), session.log().len());
    size
}

#[test]
fn a_hundred_participants_and_five_hundred_items_are_usable() {
    let mut session = crowd(100);
    to_agenda(&mut session);
    for i in 0..500u32 {
        run(
            &mut session,
            Command::AddItem {
                label: format!("Item {i}"),
                owner: PersonId(i % 100),
            },
        );
    }
    draws_everywhere(&session);
    saves_and_loads(&session);
}

#[test]
fn past_a_thousand_items_the_agenda_is_full() {
    let mut session = crowd(4);
    to_agenda(&mut session);
    for i in 0..1000u32 {
        run(
            &mut session,
            Command::AddItem {
                label: format!("I{i}"),
                owner: PersonId(0),
            },
        );
    }
    let refused = session
        .execute(
            &Command::AddItem {
                label: "One more".into(),
                owner: PersonId(0),
            },
            at(70),
        )
        .expect_err("full");
    assert_eq!(refused, Refusal::AgendaFull { limit: 1000 });
    let message = Lang::En.words().refusal(&refused);
    assert!(message.contains("1000 items"), "{message}");
}

#[test]
fn two_hundred_people_at_most() {
    let mut setup = tui_support::setup();
    setup.participants = (0..201)
        .map(|i| Participant::named(format!("P{i}")))
        .collect();
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::TooManyParticipants { limit: 200 })
    );
    let mut session = crowd(200);
    let refused = session
        .execute(
            &Command::AddParticipant {
                participant: Participant::named("Late"),
            },
            at(10),
        )
        .expect_err("full");
    assert_eq!(refused, Refusal::TooManyPeople { limit: 200 });
    for lang in Lang::ALL {
        assert!(lang.words().refusal(&refused).contains("200"));
    }
}

#[test]
fn a_pasted_file_as_a_title_or_name_is_refused_at_setup() {
    let mut setup = tui_support::setup();
    setup.title = "T".repeat(300 * 1024);
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::TextTooLong { limit_kb: 256 })
    );
    let mut setup = tui_support::setup();
    setup.participants[1].roles = vec!["R".repeat(300 * 1024)];
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::TextTooLong { limit_kb: 256 })
    );
}

#[test]
fn a_hundred_kilobyte_proposal_is_fine_and_a_pasted_file_is_refused() {
    let mut session = crowd(4);
    to_agenda(&mut session);
    run(
        &mut session,
        Command::AddItem {
            label: "Big".into(),
            owner: PersonId(1),
        },
    );
    run(&mut session, Command::StartItem { item: None });
    run(&mut session, Command::StateTension { text: "t".into() });
    run(&mut session, Command::GiveExample { text: "e".into() });
    let huge = "A long proposal with many words. ".repeat(9_000);
    let refused = session
        .execute(&Command::StateProposal { text: huge }, at(80))
        .expect_err("too long");
    assert_eq!(
        refused,
        Refusal::TextTooLong {
            field: Field::Proposal,
            limit_kb: 256
        }
    );
    let message = Lang::En.words().refusal(&refused);
    assert!(
        message.contains("proposal") && message.contains("256 KB"),
        "{message}"
    );

    let big = "A long proposal with many words. ".repeat(3_100);
    assert!(big.len() > 100_000);
    run(&mut session, Command::StateProposal { text: big.clone() });
    draws_everywhere(&session);
    let minutes = spanning::minutes::markdown(&session, Lang::En.words());
    assert!(minutes.len() > 100_000);
    saves_and_loads(&session);
}

fn note(i: usize) -> Command {
    Command::Note {
        text: format!("note {i}"),
    }
}

#[test]
fn twenty_thousand_entries_work_and_fifty_thousand_is_the_limit() {
    let mut session = crowd(10);
    for i in 0..20_000 {
        run(&mut session, note(i));
    }
    draws_everywhere(&session);
    saves_and_loads(&session);
    for i in 20_000..50_000 {
        run(&mut session, note(i));
    }
    let refused = session.execute(&note(0), at(99)).expect_err("full");
    assert_eq!(refused, Refusal::SessionFull { limit: 50_000 });
    // A mistake can still be undone at the limit.
    session.execute(&Command::Undo, at(99)).expect("undo");
}

#[test]
fn a_session_full_in_bytes_still_fits_in_a_loadable_file() {
    let mut session = crowd(4);
    let chunk = "x".repeat(250 * 1024);
    let mut refused = None;
    for _ in 0..200 {
        match session.execute(
            &Command::Note {
                text: chunk.clone(),
            },
            at(5),
        ) {
            Ok(_) => {}
            Err(r) => {
                refused = Some(r);
                break;
            }
        }
    }
    assert_eq!(refused, Some(Refusal::SessionFull { limit: 50_000 }));
    let size = saves_and_loads(&session);
    assert!(size < MAX_FILE_BYTES, "{size} bytes");
    // Loading does not measure the log (listing does not need it); the
    // first entry after loading does, so a resumed session is as full.
    let mut resumed =
        Session::from_log(session.setup().clone(), session.log().to_vec()).expect("rebuilds");
    let refused = resumed.execute(&Command::Note { text: chunk }, at(6));
    assert_eq!(refused.err(), Some(Refusal::SessionFull { limit: 50_000 }));
    resumed.execute(&Command::Undo, at(6)).expect("undo");
}
