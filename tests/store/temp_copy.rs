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

/// When the copy's own name was taken in the temporary folder, leaving
/// saved it under a number (`<id>-2.json`); the next start still finds it,
/// and of two copies it offers the one that continues the session furthest.
#[test]
fn a_copy_under_a_numbered_name_is_found_and_the_furthest_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tmp = tempfile::tempdir().expect("temp folder");
    let sessions = SessionsDir::new(dir.path().join("sessions"));
    let session = Session::open(tui_support::setup()).expect("valid setup");
    let open = sessions.create(&session).expect("create");
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    drop(open);
    let file = store::load(&path).expect("loads").session;
    // The plain name holds someone else's file; the copy took `-2`.
    std::fs::write(store::temp_copy_path_in(tmp.path(), &id), b"not ours").expect("taken");
    let numbered = tmp.path().join(format!("{id}-2.json"));
    std::fs::write(
        &numbered,
        store::session_bytes(&id, &with_notes(&session, &["a"])),
    )
    .expect("copy");
    let found = store::continuing_copy_in(tmp.path(), &path, &file).expect("found");
    assert_eq!(found.path, numbered);
    assert_eq!(found.more, 1);
    // A further copy under another number is preferred.
    let further = tmp.path().join(format!("{id}-3.json"));
    std::fs::write(
        &further,
        store::session_bytes(&id, &with_notes(&session, &["a", "b"])),
    )
    .expect("copy");
    let found = store::continuing_copy_in(tmp.path(), &path, &file).expect("found");
    assert_eq!(found.path, further);
    assert_eq!(found.more, 2);
}
