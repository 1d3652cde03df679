//! File version 6 (proposal parts, issue 13): the frozen file means what
//! it meant, and a session is written as version 6 only when it uses
//! parts; a free-text governance meeting keeps its older version.

use spanning::meeting::{Ending, Part, PersonId};
use spanning::store::{self, SessionSummary};

use crate::support::governance::{add_accountability, at_agenda, create_role, item, present};

/// Frozen from a governance meeting adopting "create Finance" and an
/// accountability for the Secretary (`support::governance`).
#[test]
fn the_version_6_file_means_what_it_meant() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join("session-v6.json");
    let loaded = store::load(&path).expect("loads");
    let summary = SessionSummary::of(&path, &loaded);
    assert_eq!(summary.circle, "Operations");
    let state = loaded.session.state();
    let finance = &state.agenda[0];
    assert_eq!(
        finance.end.as_ref().map(|e| e.ending),
        Some(Ending::Adopted)
    );
    let names: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
    assert_eq!(
        finance.adopted_parts(state.opened_at, &names),
        vec![
            create_role("Finance"),
            add_accountability("Secretary", "Publishing the governance record"),
        ]
    );
    assert_eq!(store::version_needed(&loaded.session), 6);
}

#[test]
fn only_a_session_with_parts_is_version_6() {
    let mut s = at_agenda("Operations", crate::support::common::base());
    item(&mut s, "Finance", &[], Ending::Adopted);
    assert!(store::version_needed(&s.session) < 6);
    present(&mut s, "Legal", PersonId(1), &[]);
    assert!(store::version_needed(&s.session) < 6);
    s.run(spanning::meeting::Command::AddPart {
        part: Part::RemoveRole {
            role: spanning::meeting::Target::named("Legal"),
        },
    });
    assert_eq!(store::version_needed(&s.session), 6);
}

/// A running meeting whose journal holds part entries loads with them
/// (the file says version 5, the journal marker); left, it is version 6.
#[test]
fn a_journal_holding_parts_loads_and_leaving_writes_version_6() {
    let mut s = at_agenda("Operations", crate::support::common::base());
    item(
        &mut s,
        "Finance",
        &[
            create_role("Finance"),
            add_accountability("Finance", "Paying"),
        ],
        Ending::Adopted,
    );
    let full = s.session;
    let prefix = |k: usize| {
        spanning::meeting::Session::from_log(full.setup().clone(), full.log()[..k].to_vec())
            .expect("prefix")
    };
    let first_part = full
        .log()
        .iter()
        .position(|r| matches!(r.event, spanning::meeting::Event::PartAdded { .. }))
        .expect("a part");
    let dir = tempfile::tempdir().expect("temp");
    let mut open = store::SessionsDir::new(dir.path())
        .create(&prefix(first_part - 1))
        .expect("created");
    let path = open.path().to_path_buf();
    for k in first_part..=full.log().len() {
        open.save(&prefix(k)).expect("saved");
    }
    let running = store::load(&path).expect("loads with its journal");
    assert_eq!(running.session.log(), full.log());
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(&format!("\"version\": {},", store::JOURNAL_VERSION)));
    drop(open);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("\"version\": 6,"), "{}", &text[..80]);
    assert_eq!(store::load(&path).expect("loads").session.log(), full.log());
}
