//! Replay memory stays linear in the log: snapshots of a growing state at
//! a fixed spacing cost the square of the log (3 GB for a 50,000-entry
//! session), so the spacing widens to keep them within a budget, and the
//! state at every position stays exactly what the engine folds.

use proptest::prelude::*;
use spanning::meeting::{Command, Session};
use spanning::review::Replay;
use spanning::review::replay::{SNAPSHOT_BUDGET_BYTES, SNAPSHOT_EVERY};

use crate::support::common::{DAAN, at, example_setup, open_meeting, opening_script, run};

/// An open meeting with `notes` notes of `size` bytes each, some undone.
fn with_notes(notes: usize, size: usize) -> Session {
    let mut session = open_meeting();
    for n in 0..notes {
        let text = format!("{n:06} {}", "n".repeat(size.saturating_sub(7)));
        let when = at(60 + (n / 60) as i64, (n % 60) as i64);
        session
            .execute(&Command::Note { text }, when)
            .expect("a note is recorded");
        if n % 97 == 96 {
            session.execute(&Command::Undo, when).expect("undo");
        }
    }
    session
}

#[test]
fn a_text_heavy_session_keeps_its_snapshots_within_the_budget() {
    // 3,000 notes of 8 KB: 24 MB of text. Copied whole at one snapshot per
    // 256 entries, the snapshots alone would hold about 140 MB; shared,
    // every note is held once, so the usual spacing fits the budget.
    let session = with_notes(3000, 8 * 1024);
    let len = session.log().len();
    let mut replay = Replay::from_session(session.clone());
    assert_eq!(
        replay.snapshot_every(),
        SNAPSHOT_EVERY,
        "notes are shared between snapshots, so the spacing stays dense"
    );
    // What the snapshots hold unshared, as the replay estimates it while
    // making them: each one's own pointers and copied records, not the
    // notes (about 8 KB each) that the one before already holds.
    let held = replay.snapshot_bytes();
    assert!(
        held <= SNAPSHOT_BUDGET_BYTES,
        "snapshots hold about {held} bytes"
    );
    assert!(
        held < (replay.snapshot_count() - 1) * 8 * 1024,
        "less than one note per snapshot is held unshared, got {held} bytes"
    );
    for target in [len, len / 2, 1, len - 1, 0, len / 3 + 7] {
        replay.seek(target);
        assert_eq!(replay.state(), &session.state_after(target), "at {target}");
    }
}

/// An open meeting whose one item carries `questions` clarifying
/// questions of `size` bytes each: the item being processed grows all
/// through the log, so every snapshot copies it.
fn with_questions(questions: usize, size: usize) -> Session {
    let mut session = Session::open(example_setup()).expect("valid setup");
    run(&mut session, &opening_script());
    let start = [
        Command::StartItem { item: None },
        Command::StateTension {
            text: "Questions pile up".to_owned(),
        },
        Command::StateProposal {
            text: "Answer them".to_owned(),
        },
        Command::OpenClarifyingQuestions,
    ];
    for (i, command) in start.into_iter().enumerate() {
        session
            .execute(&command, at(10, i as i64))
            .expect("the item starts");
    }
    for n in 0..questions {
        let text = format!("{n:06} {}", "q".repeat(size.saturating_sub(7)));
        let when = at(11 + (n / 60) as i64, (n % 60) as i64);
        session
            .execute(&Command::AskQuestion { asker: DAAN, text }, when)
            .expect("a question is recorded");
    }
    session
}

#[test]
fn a_session_whose_item_grows_widens_the_spacing_to_stay_within_the_budget() {
    // 1,200 questions of 8 KB in one item: each snapshot copies the item
    // as it stands, 2 MB more every 256 entries, which would be about
    // 40 MB at the usual spacing.
    let session = with_questions(1200, 8 * 1024);
    let len = session.log().len();
    let mut replay = Replay::from_session(session.clone());
    assert!(
        replay.snapshot_every() > SNAPSHOT_EVERY,
        "spacing widened, got {}",
        replay.snapshot_every()
    );
    let held = replay.snapshot_bytes();
    assert!(
        held <= SNAPSHOT_BUDGET_BYTES,
        "snapshots hold about {held} bytes"
    );
    for target in [len, len / 2, 1, len - 1, 0, len / 3 + 7] {
        replay.seek(target);
        assert_eq!(replay.state(), &session.state_after(target), "at {target}");
        if replay.step_back() {
            assert_eq!(replay.state(), &session.state_after(target - 1));
        }
    }
}

#[test]
fn a_light_session_keeps_the_usual_spacing() {
    let session = with_notes(600, 20);
    let replay = Replay::from_session(session);
    assert_eq!(replay.snapshot_every(), SNAPSHOT_EVERY);
    assert_eq!(replay.snapshot_count(), 1 + 600 / SNAPSHOT_EVERY);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// However tight the budget (down to the opening state alone), seeking
    /// anywhere, in any order, gives the engine's own fold.
    #[test]
    fn replay_under_any_budget_equals_state_after(
        notes in 0usize..120,
        budget in 0usize..40_000,
        seeks in proptest::collection::vec(0usize..200, 1..20),
    ) {
        let session = with_notes(notes, 100);
        let len = session.log().len();
        let mut replay = Replay::with_snapshot_budget(session.clone(), 2, budget);
        for target in seeks {
            let target = target % (len + 1);
            prop_assert_eq!(replay.seek(target), target);
            prop_assert_eq!(replay.state(), &session.state_after(target));
            if replay.step_back() {
                prop_assert_eq!(replay.state(), &session.state_after(target - 1));
            }
        }
    }
}
