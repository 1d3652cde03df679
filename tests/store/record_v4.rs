//! File version 4 (the tactical action review's answers): the frozen
//! file means what it meant, and a session is written as version 3 only
//! when it answers an action; being offered actions alone keeps version 2
//! (older spannings ignore the offered list).

use spanning::meeting::Command;
use spanning::meeting::actions::{ActionStatus, OfferedAction};
use spanning::store::{self, SessionSummary};
use spanning::text::Lang;

use crate::support::tactical::{self, Script};

#[test]
fn the_version_4_file_means_what_it_meant() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join("session-v4.json");
    let loaded = store::load(&path).expect("loads");
    let summary = SessionSummary::of(&path, &loaded);
    assert_eq!(summary.circle, "Operations");
    let actions = &loaded.session.state().tactical.actions;
    assert_eq!(actions.len(), 1);
    let answer = actions[0].answer.as_ref().expect("answered");
    assert_eq!(answer.status, ActionStatus::Done);
    assert_eq!(answer.note.as_deref(), Some("Contract renewed"));
    assert_eq!(store::version_needed(&loaded.session), 4);
}

#[test]
fn offered_actions_alone_stay_version_2_and_an_answer_makes_version_4() {
    let mut setup = tactical::setup_in(Lang::En);
    setup.tactical_lists.actions = vec![OfferedAction {
        key: "x-aaaa#a1".into(),
        text: "Call".into(),
        owner: None,
        role: None,
        since: tactical::opened(),
        accepted: false,
    }];
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    assert_eq!(store::version_needed(&s.session), 2);
    s.at(
        5,
        Command::ReviewAction {
            number: 1,
            status: ActionStatus::Open,
            note: None,
        },
    );
    assert_eq!(store::version_needed(&s.session), 4);
    // A tactical meeting without the review is written as before.
    assert_eq!(
        store::version_needed(&tactical::closed(Lang::En).session),
        2
    );
}
