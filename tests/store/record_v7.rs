//! File version 7 (issue 14: the memory offered to the agenda, the action
//! list's own step, a project's status): a session is written as version
//! 7 only when it uses them, and an open meeting whose journal holds such
//! entries loads whole while it runs and leaves a version 7 file.

#![allow(clippy::unwrap_used)]

use std::fs;

use spanning::meeting::Session;
use spanning::store::{self, JOURNAL_VERSION, SessionsDir, journal_path};

fn frozen() -> Session {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join("session-v7.json");
    store::load(&path).unwrap().session
}

fn first(s: &Session, n: usize) -> Session {
    Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).unwrap()
}

fn version(path: &std::path::Path) -> u64 {
    let value: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    value["version"].as_u64().unwrap()
}

#[test]
fn a_journal_holding_version_7_entries_loads_while_open_and_leaves_a_version_7_file() {
    let s = frozen();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 3)).unwrap();
    let path = open.path().to_path_buf();
    let taken = s
        .log()
        .iter()
        .position(|r| matches!(r.event, spanning::meeting::Event::OfferTaken { .. }))
        .expect("the frozen file takes an offer");
    for k in 4..=taken + 2 {
        open.save(&first(&s, k)).unwrap();
    }
    assert_eq!(version(&path), u64::from(JOURNAL_VERSION));
    assert!(journal_path(&path).exists());
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.session.log(), &s.log()[..taken + 2]);
    assert_eq!(loaded.session.state().agenda.len(), 1);
    drop(open);
    assert_eq!(version(&path), 7);
}

#[test]
fn only_a_session_that_uses_the_memory_is_version_7() {
    // Offered open actions alone, never opened: as before (version 2).
    let s = frozen();
    let mut setup = s.setup().clone();
    setup.offered.clear();
    let plain = Session::open(setup.clone()).unwrap();
    assert_eq!(store::version_needed(&plain), 2);
    // Opening the action list is version 7.
    let actions_at = s
        .log()
        .iter()
        .position(|r| {
            matches!(
                r.event,
                spanning::meeting::Event::PhaseEntered {
                    phase: spanning::meeting::PhaseKind::Actions,
                    ..
                }
            )
        })
        .unwrap();
    let before = Session::from_log(setup.clone(), s.log()[..actions_at].to_vec()).unwrap();
    assert_eq!(store::version_needed(&before), 2);
    let after = Session::from_log(setup, s.log()[..=actions_at].to_vec()).unwrap();
    assert_eq!(store::version_needed(&after), 7);
    // Being offered agenda items at all is version 7: older spannings
    // would not show them.
    assert_eq!(
        store::version_needed(&Session::open(s.setup().clone()).unwrap()),
        7
    );
}
