//! Changing the meeting's timebox re-spreads the time per item of the
//! items not started yet; an item started keeps the share it got, and so
//! does an item finished (process.md, "fair share").

use spanning::meeting::{Command, Ending, Event, PersonId};

use crate::support::common;
use crate::support::scenario::Scenario;
use crate::support::script::Script;

/// A one-hour governance meeting with three tensions on the agenda, the
/// clock running from the opening, a command a minute: at the last
/// command 7 minutes have passed.
fn three_items() -> Script {
    let mut script =
        Scenario::new("Weekly", "Alpha", common::base(), &["Ana", "Bram", "Chen"]).open();
    script.run_all([
        Command::StartCheckIn,
        crate::support::script::pass(),
        crate::support::script::pass(),
        crate::support::script::pass(),
        Command::OpenAgenda,
    ]);
    for label in ["roof", "budget", "hiring"] {
        script.run(Command::AddItem {
            label: label.into(),
            owner: PersonId(1),
        });
    }
    script
}

fn share_of(script: &Script, index: usize) -> Option<i64> {
    script.session.state().agenda[index].allowance_secs
}

#[test]
fn a_longer_timebox_re_spreads_the_time_of_the_items_not_started() {
    let mut script = three_items();
    // Given item 1 started at 9 min with a third of the 52 minutes left.
    script.run(Command::StartItem { item: None });
    let started = script.clock();
    assert_eq!(started, 9 * 60);
    let first_share = (3600 - started) / 3;
    assert_eq!(share_of(&script, 0), Some(first_share));
    // Waiting items share what item 1 does not have for itself.
    let state = script.session.state();
    assert_eq!(
        state.waiting_share_secs(script.now),
        Some((3600 - started - first_share) / 2)
    );
    // When the timebox goes to 90 minutes, two minutes into item 1...
    let event = script
        .when_after(120, Command::SetTimebox { minutes: Some(90) })
        .then_event();
    assert_eq!(event, Event::TimeboxChanged { minutes: Some(90) });
    // ...then item 1 keeps its share and the items waiting get the rest.
    let now = script.now;
    let elapsed = script.clock();
    let state = script.session.state();
    assert_eq!(share_of(&script, 0), Some(first_share), "started: keeps it");
    let rest_of_first = first_share - 120;
    let spread = (90 * 60 - elapsed - rest_of_first) / 2;
    assert_eq!(state.waiting_share_secs(now), Some(spread));
    assert_eq!(state.fair_share_secs(now), Some(spread));
    // The next item started gets its re-spread share, not the old one.
    script.run(Command::EndItem {
        ending: Ending::Withdrawn,
        reason: None,
    });
    script.run(Command::StartItem { item: None });
    let second = script.clock();
    assert_eq!(share_of(&script, 1), Some((90 * 60 - second) / 2));
    assert!(share_of(&script, 1) > Some(first_share));
    // And item 1, finished, still shows what it had.
    assert_eq!(share_of(&script, 0), Some(first_share));
}

#[test]
fn a_shorter_timebox_leaves_the_started_item_its_share() {
    let mut script = three_items();
    script.run(Command::StartItem { item: None });
    let first_share = share_of(&script, 0).expect("a share");
    script
        .when(Command::SetTimebox { minutes: Some(20) })
        .then(Event::TimeboxChanged { minutes: Some(20) });
    let state = script.session.state();
    assert_eq!(share_of(&script, 0), Some(first_share));
    // 20 minutes with 10 gone and item 1 keeping its 17 minutes: nothing
    // is left for the items waiting, never a negative share.
    assert_eq!(state.remaining_secs(script.now), Some(20 * 60 - 10 * 60));
    assert_eq!(state.waiting_share_secs(script.now), Some(0));
}

#[test]
fn without_a_timebox_no_item_has_a_time() {
    let mut script = three_items();
    script
        .when(Command::SetTimebox { minutes: None })
        .then(Event::TimeboxChanged { minutes: None });
    let state = script.session.state();
    assert_eq!(state.waiting_share_secs(script.now), None);
    // Set again between items: the three items share the new hour's rest.
    script
        .when(Command::SetTimebox { minutes: Some(45) })
        .then(Event::TimeboxChanged { minutes: Some(45) });
    let now = script.now;
    let elapsed = script.clock();
    let state = script.session.state();
    assert_eq!(state.waiting_share_secs(now), Some((45 * 60 - elapsed) / 3));
    assert_eq!(state.fair_share_secs(now), Some((45 * 60 - elapsed) / 3));
}
