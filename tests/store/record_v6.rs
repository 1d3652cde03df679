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
