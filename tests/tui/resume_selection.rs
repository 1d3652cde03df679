//! After `kill -9` and `spanning resume` the selection lands where the
//! live meeting would be after the same entries (the next person to
//! nominate, the next entry or action to answer, the item Enter starts
//! next), not on the first row. Driven by keys, saved to a sessions folder
//! as the live meeting saves, the process "killed" (the app dropped
//! without leaving), and resumed from the file's log.

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, PersonId, Phase, Session};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};

use crate::support::script::Script;
use crate::support::tui::{chars, key, render};

const BRAM: PersonId = PersonId(1);

/// The meeting as `spanning resume` finds it after a kill: saved to the
/// folder after every entry, read back from the file.
fn resumed(session: &Session, now: chrono::DateTime<chrono::FixedOffset>) -> App {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let open = dir.create(session).expect("saved");
    let path = open.path().to_owned();
    drop(open);
    let loaded = store::load(&path).expect("loads after the kill");
    assert_eq!(loaded.session.log().len(), session.log().len());
    App::new(
        loaded.session,
        Box::new(NoPersist),
        &TuiOptions::default(),
        now,
    )
}

/// The one row with the pointer, at 80x24.
fn pointed(app: &mut App) -> String {
    let screen = render(app, 80, 24);
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains('▸')).collect();
    assert_eq!(rows.len(), 1, "one pointer:\n{screen}");
    rows[0].to_owned()
}

/// An election described, nominations not yet open.
fn election_described(lang: Lang) -> App {
    let mut s = Script::open(crate::support::tui::setup_in(lang));
    s.run(Command::StartCheckIn).finish_round();
    s.run(Command::OpenAgenda).run(Command::AddElection {
        role: "Facilitator".into(),
        owner: BRAM,
    });
    s.run(Command::StartItem { item: None });
    s.run(Command::DescribeRole {
        text: "Runs our meetings.".into(),
        term: spanning::meeting::Term {
            months: 12,
            note: None,
        },
    });
    s.app()
}

#[test]
fn nominations_resume_at_the_next_person_who_has_not_nominated() {
    for lang in [Lang::En, Lang::Nl] {
        let words = lang.words();
        let mut app = election_described(lang);
        key(&mut app, KeyCode::Char('n'));
        // Ana, then Bram nominate by keys: Enter, the name, Enter.
        for _ in 0..2 {
            key(&mut app, KeyCode::Enter);
            chars(&mut app, "Dewi");
            key(&mut app, KeyCode::Enter);
        }
        let live = pointed(&mut app);
        assert!(live.contains(&words.not_nominated("Chloë")), "{live}");
        // The facilitator looks around (up to Ana), then the process dies.
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Up);
        assert!(pointed(&mut app).contains(&words.has_nominated("Ana")));
        let mut back = resumed(app.session(), app.now());
        assert_eq!(pointed(&mut back), live, "{lang:?}");
        // Enter goes on with Chloë's nomination, then points at Dewi.
        key(&mut back, KeyCode::Enter);
        chars(&mut back, "Bram");
        key(&mut back, KeyCode::Enter);
        let election = back
            .session()
            .state()
            .active_item()
            .and_then(|i| i.election())
            .cloned()
            .expect("an election");
        assert_eq!(
            election.ballot_of(PersonId(2)).map(|b| b.nominee),
            Some(BRAM)
        );
        assert!(pointed(&mut back).contains(&words.not_nominated("Dewi")));
    }
}

#[test]
fn a_tactical_review_and_the_action_list_resume_at_the_next_entry_to_answer() {
    for lang in [Lang::En, Lang::Nl] {
        // The checklist: the first entry answered by key.
        let mut app = crate::support::tactical::at_checklist(lang).app();
        key(&mut app, KeyCode::Char('+'));
        let live = pointed(&mut app);
        assert!(live.contains("On-call rota published"), "{live}");
        let mut back = resumed(app.session(), app.now());
        assert_eq!(pointed(&mut back), live, "{lang:?}");
        key(&mut back, KeyCode::Char('-'));
        let checklist = &back.session().state().tactical.checklist;
        assert!(checklist.iter().all(|e| e.answer.is_some()), "{lang:?}");

        // Week 2's action list: two of four answered, the pointer moved
        // back to the top; resumed on the third.
        let (_temp, dir) = crate::between_meetings::folder();
        crate::between_meetings::save(&dir, &crate::support::tactical::closed(lang).session);
        let mut s = Script::open(crate::between_meetings::tactical_setup(&dir, lang, 1));
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        let mut app = s.app();
        key(&mut app, KeyCode::Char('n'));
        assert_eq!(app.session().state().phase, Phase::Actions);
        key(&mut app, KeyCode::Char('+'));
        key(&mut app, KeyCode::Char('s'));
        let live = pointed(&mut app);
        assert!(live.contains("3. Take the night of the 12th"), "{live}");
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Up);
        let mut back = resumed(app.session(), app.now());
        assert_eq!(pointed(&mut back), live, "{lang:?}");
    }
}

#[test]
fn the_agenda_resumes_on_the_item_enter_starts_next() {
    for lang in [Lang::En, Lang::Nl] {
        let mut s = crate::support::tui::agenda(lang);
        // The first item processed and ended, as in a meeting.
        let first = s.session.state().agenda[0].id;
        s.run(Command::StartItem { item: Some(first) });
        s.run(Command::EndItem {
            ending: spanning::meeting::Ending::Unfinished,
            reason: None,
        });
        let mut app = s.app();
        assert_eq!(app.session().state().phase, Phase::Agenda);
        let second = app.session().state().agenda[1].label.clone();
        let mut back = resumed(app.session(), app.now());
        let row = pointed(&mut back);
        assert!(row.contains(&second), "{lang:?}: {row}");
        assert_eq!(pointed(&mut app), row);
    }
}
