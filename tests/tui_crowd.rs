//! A meeting of twenty: the shared screen must still show whose turn it is.

mod tui_support;

use spanning::meeting::Command;
use tui_support::{at, render, twenty};

#[test]
fn the_current_speaker_is_on_screen_in_a_round_of_twenty() {
    let mut s = twenty();
    s.run(Command::StartCheckIn);
    for _ in 0..17 {
        s.pass();
    }
    let mut app = s.app();
    app.tick(at(s.clock + 5));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("▶ Person18"), "{screen}");
    assert!(screen.contains("earlier turns"), "{screen}");
    // Who comes after them is visible too.
    assert!(screen.contains("Person20"), "{screen}");
}

#[test]
fn long_wrapped_turns_never_push_the_current_speaker_out_of_sight() {
    let mut s = twenty();
    s.run(Command::StartCheckIn);
    for i in 0..17 {
        s.say(&format!(
            "{i}: {}",
            "a rather long check-in that wraps over lines ".repeat(3)
        ));
    }
    let mut app = s.app();
    for (w, h) in [(60, 16), (80, 24), (100, 30), (160, 48)] {
        let screen = render(&mut app, w, h);
        assert!(screen.contains("▶ Person18"), "{w}x{h}\n{screen}");
    }
}
