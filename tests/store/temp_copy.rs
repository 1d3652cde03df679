//! Moving a temporary-folder copy back never overwrites a session file
//! that is longer than the copy or different from it.

use crate::support::tui as tui_support;

use spanning::meeting::{Command, Event, Session};
use spanning::store::{self, SessionsDir, TempCopy};

fn with_notes(session: &Session, texts: &[&str]) -> Session {
    let mut s = session.clone();
    for (i, text) in texts.iter().enumerate() {
        s.execute(
            &Command::Note {
                text: (*text).into(),
            },
            tui_support::at(60 + i as i64),
        )
        .expect("a note is accepted");
    }
    s
}

fn notes(session: &Session) -> Vec<String> {
    session
        .log()
        .iter()
        .filter_map(|r| match &r.event {
            Event::NoteRecorded { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn take_back_moves_a_continuing_copy_in_and_refuses_anything_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let sessions = SessionsDir::new(dir.path().join("sessions"));
    let session = Session::open(tui_support::setup()).expect("valid setup");
    let open = sessions.create(&session).expect("create");
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    drop(open);
    let copy_path = store::temp_copy_path_in(tmp.path(), &id);
    let copy_of = |s: &Session| {
        std::fs::write(&copy_path, store::session_bytes(&id, s)).expect("copy written");
        TempCopy {
            path: copy_path.clone(),
            session: s.clone(),
            more: 1,
        }
    };

    // The file is longer than the copy: refused, both kept as they were.
    let (mut open, file) = sessions.open_for_writing(&path).expect("open");
    open.save(&with_notes(&file, &["a", "b"])).expect("saved");
    drop(open);
    let copy = copy_of(&with_notes(&session, &["a"]));
    let (mut open, file) = sessions.open_for_writing(&path).expect("open");
    assert!(open.take_back(&file, &copy).is_err());
    drop(open);
    assert_eq!(
        notes(&store::load(&path).expect("loads").session),
        ["a", "b"]
    );
    assert!(copy_path.is_file(), "a refused copy stays");

    // The copy is longer but went another way: refused.
    let copy = copy_of(&with_notes(&session, &["a", "x", "y"]));
    let (mut open, file) = sessions.open_for_writing(&path).expect("open");
    assert!(open.take_back(&file, &copy).is_err());
    drop(open);
    assert_eq!(
        notes(&store::load(&path).expect("loads").session),
        ["a", "b"]
    );
    assert!(copy_path.is_file(), "a refused copy stays");

    // The copy continues the file: moved in, and removed.
    let copy = copy_of(&with_notes(&session, &["a", "b", "c"]));
    let (mut open, file) = sessions.open_for_writing(&path).expect("open");
    assert!(open.take_back(&file, &copy).is_ok());
    drop(open);
    assert_eq!(
        notes(&store::load(&path).expect("loads").session),
        ["a", "b", "c"]
    );
    assert!(!copy_path.exists(), "the copy is gone once it is back");
}
