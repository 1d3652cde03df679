//! Replay memory stays linear in the log: snapshots of a growing state at
//! a fixed spacing cost the square of the log (3 GB for a 50,000-entry
//! session), so the spacing widens to keep them within a budget, and the
//! state at every position stays exactly what the engine folds.

use proptest::prelude::*;
use spanning::meeting::{Command, Session};
use spanning::review::Replay;
use spanning::review::replay::{SNAPSHOT_BUDGET_BYTES, SNAPSHOT_EVERY};

use crate::support::common::{at, open_meeting};

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
    // 3,000 notes of 8 KB: 24 MB of text. At one snapshot per 256 entries
    // the snapshots alone would hold about 140 MB of copies.
    let session = with_notes(3000, 8 * 1024);
    let len = session.log().len();
    let mut replay = Replay::from_session(session.clone());
    assert!(
        replay.snapshot_every() > SNAPSHOT_EVERY,
        "spacing widened for a heavy session, got {}",
        replay.snapshot_every()
    );
    // What the snapshots hold, estimated as the replay does: the text
    // folded in by each snapshot's position (each note is about 8 KB).
    let held: usize = (1..replay.snapshot_count())
        .map(|j| j * replay.snapshot_every() * 8 * 1024)
        .sum();
    assert!(
        held <= SNAPSHOT_BUDGET_BYTES,
        "snapshots hold about {held} bytes of text"
    );
    for target in [len, len / 2, 1, len - 1, 0, len / 3 + 7] {
        replay.seek(target);
        assert_eq!(replay.state(), &session.state_after(target), "at {target}");
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
