//! The tactical action review in the engine: the open actions a meeting
//! was offered (recorded in its setup) are answered done / still open /
//! dropped with an optional note, from the check-in until close-out; the
//! answers are events (undo works), and a governance meeting has none.

use chrono::DateTime;
use spanning::meeting::actions::{ActionStatus, OfferedAction};
use spanning::meeting::{Command, Event, MeetingFormat, Refusal, TacticalRefusal};
use spanning::text::Lang;

use crate::support::tactical::{self, Script};

fn offered() -> Vec<OfferedAction> {
    let since = DateTime::parse_from_rfc3339("2026-11-15T09:40:00+01:00").expect("time");
    vec![
        OfferedAction {
            key: "2026-11-15T0930-operations-tactical-aaaa#a1".into(),
            text: "Call the printer vendor".into(),
            owner: Some("Bram".into()),
            role: Some("Infra".into()),
            since,
            accepted: false,
        },
        OfferedAction {
            key: "2026-11-15T0930-operations-tactical-aaaa#a2".into(),
            text: "Order boxes".into(),
            owner: Some("Eli".into()),
            role: None,
            since,
            accepted: false,
        },
    ]
}

fn opened() -> Script {
    let mut setup = tactical::setup_in(Lang::En);
    setup.tactical_lists.actions = offered();
    Script::open(setup)
}

#[test]
fn the_offered_actions_are_numbered_and_matched_to_people_present() {
    let s = opened();
    let actions = &s.session.state().tactical.actions;
    assert_eq!(actions.len(), 2);
    assert_eq!(actions[0].number, 1);
    assert_eq!(actions[0].owner, Some(tactical::BRAM));
    assert_eq!(actions[1].owner, None, "Eli is not in this meeting");
    assert!(actions.iter().all(|a| a.answer.is_none()));
}

#[test]
fn actions_are_answered_after_the_check_in_with_an_optional_note() {
    let mut s = opened();
    let review = |number, status, note: Option<&str>| Command::ReviewAction {
        number,
        status,
        note: note.map(str::to_owned),
    };
    assert_eq!(
        s.session
            .probe(&review(1, ActionStatus::Done, None), s.now)
            .expect_err("not before the check-in"),
        Refusal::Tactical(TacticalRefusal::ActionReviewClosed)
    );
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(10, review(1, ActionStatus::Done, Some("Contract renewed")));
    s.at(10, review(2, ActionStatus::Dropped, None));
    let last = s.session.log().last().expect("an entry");
    assert_eq!(
        last.event,
        Event::ActionReviewed {
            number: 2,
            status: ActionStatus::Dropped,
            note: None
        }
    );
    let actions = &s.session.state().tactical.actions;
    let first = actions[0].answer.as_ref().expect("answered");
    assert_eq!(first.status, ActionStatus::Done);
    assert_eq!(first.note.as_deref(), Some("Contract renewed"));
    assert_eq!(
        s.session
            .probe(&review(3, ActionStatus::Done, None), s.now)
            .expect_err("no action 3"),
        Refusal::Tactical(TacticalRefusal::UnknownAction { number: 3 })
    );
    // Changing one's mind: the latest answer counts; undo takes it back.
    s.at(
        10,
        review(2, ActionStatus::Open, Some("Eli is back Monday")),
    );
    assert_eq!(
        s.session.state().tactical.actions[1]
            .answer
            .as_ref()
            .map(|a| a.status),
        Some(ActionStatus::Open)
    );
    s.at(5, Command::Undo);
    assert_eq!(
        s.session.state().tactical.actions[1]
            .answer
            .as_ref()
            .map(|a| a.status),
        Some(ActionStatus::Dropped)
    );
}

#[test]
fn a_governance_meeting_has_no_action_review() {
    let mut setup = tactical::setup_in(Lang::En);
    setup.format = MeetingFormat::Governance;
    setup.tactical_lists = Default::default();
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    let refused = s
        .session
        .probe(
            &Command::ReviewAction {
                number: 1,
                status: ActionStatus::Done,
                note: None,
            },
            s.now,
        )
        .expect_err("tactical only");
    assert!(
        matches!(
            refused,
            Refusal::Tactical(TacticalRefusal::TacticalOnly) | Refusal::NotNow { .. }
        ),
        "{refused:?}"
    );
}
