//! An election in review: the replay reuses the live screens, so the
//! ballots stay hidden until the sharing round there too; the session view
//! tells the election from its minutes.

#![allow(clippy::unwrap_used)]

use crate::support::election as election_support;

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spanning::meeting::Event;
use spanning::review::Speed;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;

fn terminal(app: &mut ReviewApp, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    crate::support::tui::buffer_text(t.backend().buffer())
}

/// Log positions (1-based, as the replay counts) of matching events.
fn positions(session: &spanning::meeting::Session, wanted: fn(&Event) -> bool) -> Vec<usize> {
    session
        .log()
        .iter()
        .enumerate()
        .filter(|(_, e)| wanted(&e.event))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn replay_keeps_ballots_hidden_until_the_sharing_round() {
    let session = election_support::closed_meeting(Lang::En);
    let ballots = positions(&session, |e| matches!(e, Event::Nominated { .. }));
    let sharing = positions(&session, |e| {
        matches!(
            e,
            Event::StepEntered {
                step: spanning::meeting::IdmStep::NominationSharing,
                ..
            }
        )
    });
    let mut app = ReviewApp::replay(
        session,
        None,
        Speed::X1,
        false,
        Lang::En,
        ThemeChoice::Default,
    );
    // Every position while ballots come in, the corrected one included.
    for position in ballots.iter().copied() {
        app.replay_view().expect("replay").seek(position);
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = text(&terminal(&mut app, w, h));
            assert!(screen.contains("has nominated"), "{screen}");
            assert!(!screen.contains(" nominated Chen"), "{screen}");
            assert!(!screen.contains(" nominated Daan"), "{screen}");
            assert!(!screen.contains(" nominated Bram"), "{screen}");
            assert!(!screen.contains(" nominated Eva"), "{screen}");
            // Nor the count, which would tell whom as well.
            for n in 1..=5 {
                assert!(!screen.contains(&format!(": {n} nomination")), "{screen}");
            }
        }
    }
    app.replay_view().expect("replay").seek(ballots[1]);
    insta::assert_snapshot!(
        "replay_election_nominations_80x24",
        terminal(&mut app, 80, 24).backend()
    );
    app.replay_view().expect("replay").seek(sharing[0]);
    let screen = text(&terminal(&mut app, 160, 48));
    assert!(screen.contains("Ana nominated Chen"), "{screen}");
    insta::assert_snapshot!(
        "replay_election_sharing_80x24",
        terminal(&mut app, 80, 24).backend()
    );
}

#[test]
fn the_session_view_tells_the_election() {
    let mut app = ReviewApp::view(
        election_support::closed_meeting(Lang::En),
        PathBuf::from("sessions/election.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    let view = app.session_view().expect("session view");
    assert!(view.scroll_to("Tie between Chen and Daan", 120));
    let screen = text(&terminal(&mut app, 120, 40));
    assert!(screen.contains("Tie between Chen and Daan"), "{screen}");
    let view = app.session_view().expect("session view");
    assert!(view.scroll_to("Chen elected as Facilitator", 120));
    let screen = text(&terminal(&mut app, 120, 40));
    assert!(
        screen.contains("Chen elected as Facilitator for 6 months"),
        "{screen}"
    );
    // Candidacies are not word-diffed (names only); the minutes tell them.
    assert!(!screen.contains("v1 → v2"), "{screen}");
}
