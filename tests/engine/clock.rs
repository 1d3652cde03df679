//! When the meeting clock starts. A session opens on the ready-to-start
//! screen and its clock (elapsed time, the timebox, fair shares, the time
//! charts) starts with the check-in; files written before that screen
//! existed keep their clock running from the opening.

use spanning::meeting::views::elapsed_secs;
use spanning::meeting::{ClockStart, Command, Session};
use spanning::review::story::{self, Segment};

use crate::support::common;
use crate::support::scenario::Scenario;

fn ready_to_start() -> crate::support::script::Script {
    Scenario::new("Weekly", "Alpha", common::base(), &["Ana", "Bram", "Chen"])
        .clock_starts(ClockStart::CheckIn)
        .open()
}

#[test]
fn on_the_ready_screen_no_meeting_time_passes() {
    let script = ready_to_start();
    let state = script.session.state();
    let later = common::at(5, 0);
    assert_eq!(state.clock_from, None);
    assert_eq!(elapsed_secs(state, later), 0);
    assert_eq!(
        state.remaining_secs(later),
        Some(60 * 60),
        "the whole hour is ahead"
    );
    assert_eq!(story::session_span_secs(&script.session), 0);
    assert!(story::phase_times(&script.session).is_empty());
}

#[test]
fn the_clock_and_the_timebox_start_with_the_check_in() {
    let mut script = ready_to_start().every(30);
    // Five minutes waiting for the last person, then the check-in.
    script.at(300, Command::StartCheckIn);
    let started = common::at(5, 0);
    assert_eq!(script.session.state().clock_from, Some(started));
    script.round(&[Some("Glad to be here"), None, None]);
    script.at(0, Command::OpenAgenda);
    let state = script.session.state();
    let now = script.now;
    let used = (now - started).num_seconds();
    assert!(used >= 90, "three turns were taken: {used} s");
    assert_eq!(elapsed_secs(state, now), used);
    assert_eq!(state.remaining_secs(now), Some(60 * 60 - used));
    // The charts start at the check-in: no "opening" segment of waiting.
    let phases = story::phase_times(&script.session);
    assert_eq!(phases[0].segment, Segment::CheckIn);
    assert_eq!((phases[0].start_offset_secs, phases[0].secs), (0, used));
    assert_eq!(story::session_span_secs(&script.session), used);
}

#[test]
fn undoing_the_check_in_stops_the_clock_again() {
    let mut script = ready_to_start();
    script.at(60, Command::StartCheckIn);
    script.at(5, Command::Undo);
    assert_eq!(script.session.state().clock_from, None);
    script.at(60, Command::StartCheckIn);
    assert_eq!(script.session.state().clock_from, Some(common::at(2, 5)));
}

/// Files written before the ready screen have no `clock_starts`: their
/// clock still runs from the opening, so their charts and minutes say
/// what they always said, and the field is not written for them.
#[test]
fn older_files_keep_their_clock_from_the_opening() {
    let mut script = Scenario::new("Weekly", "Alpha", common::base(), &["Ana", "Bram"]).open();
    script.at(30, Command::StartCheckIn);
    let state = script.session.state();
    assert_eq!(state.clock_from, Some(common::base()));
    assert_eq!(elapsed_secs(state, common::at(1, 0)), 60);
    assert_eq!(
        story::phase_times(&script.session)[0].segment,
        Segment::Opening
    );
    let json = serde_json::to_value(script.session.setup()).expect("setup as JSON");
    assert!(json.get("clock_starts").is_none(), "{json}");

    let ready = ready_to_start();
    let json = serde_json::to_value(ready.session.setup()).expect("setup as JSON");
    assert_eq!(json["clock_starts"], "check_in");
    let back: spanning::meeting::Setup = serde_json::from_value(json).expect("reads back");
    assert_eq!(back.clock_starts, ClockStart::CheckIn);
    let reopened = Session::open(back).expect("opens");
    assert_eq!(reopened.state().clock_from, None);
}
