//! Replay's moves from anywhere to anywhere: whatever sequence of keys the
//! person presses (step back and forward, Home, End, the phase and item
//! jumps, a seek), the cursor's state is the engine's fold from the start
//! to the position it reached, undos included, however densely or sparsely
//! the checkpoints it copies from are kept.

use proptest::prelude::*;
use spanning::generate::{Spec, session as generated};
use spanning::meeting::Session;
use spanning::review::Replay;
use spanning::text::Lang;

use crate::review::meeting_with_undos;

/// One key of the replay screen, or a jump the tests make.
#[derive(Debug, Clone, Copy)]
enum Move {
    Back,
    Forward,
    Home,
    End,
    NextPhase,
    PrevPhase,
    NextItem,
    PrevItem,
    Seek(usize),
}

fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        4 => Just(Move::Back),
        3 => Just(Move::Forward),
        1 => Just(Move::Home),
        1 => Just(Move::End),
        1 => Just(Move::NextPhase),
        1 => Just(Move::PrevPhase),
        1 => Just(Move::NextItem),
        1 => Just(Move::PrevItem),
        2 => (0usize..2_000).prop_map(Move::Seek),
    ]
}

/// Makes the moves and checks the state after each against the fold.
fn check_moves(session: &Session, mut replay: Replay, moves: &[Move]) -> Result<(), TestCaseError> {
    let len = session.log().len();
    for (n, m) in moves.iter().enumerate() {
        let before = replay.position();
        match *m {
            Move::Back => {
                prop_assert_eq!(replay.step_back(), before > 0);
            }
            Move::Forward => {
                prop_assert_eq!(replay.step_forward(), before < len);
            }
            Move::Home => replay.start(),
            Move::End => replay.end(),
            Move::NextPhase => {
                replay.next_phase_change();
            }
            Move::PrevPhase => {
                replay.prev_phase_change();
            }
            Move::NextItem => {
                replay.next_item();
            }
            Move::PrevItem => {
                replay.prev_item();
            }
            Move::Seek(to) => {
                prop_assert_eq!(replay.seek(to % (len + 1)), to % (len + 1));
            }
        }
        let at = replay.position();
        prop_assert!(at <= len);
        prop_assert_eq!(
            replay.state(),
            &session.state_after(at),
            "after move {} ({:?}) at {}",
            n,
            m,
            at
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The example meeting with undos woven in, checkpoints every 1 to 40
    /// entries (undos reach back across them).
    #[test]
    fn any_moves_reach_the_fold_of_their_position(
        choices in proptest::collection::vec(0u8..6, 0..160),
        every in 1usize..40,
        moves in proptest::collection::vec(a_move(), 1..60),
    ) {
        let session = meeting_with_undos(&choices);
        let replay = Replay::with_snapshot_every(session.clone(), every);
        check_moves(&session, replay, &moves)?;
    }

    /// A generated meeting of many items, with the usual spacing or a
    /// budget so small that it thins the checkpoints out.
    #[test]
    fn any_moves_in_a_long_meeting_reach_the_fold_of_their_position(
        seed in 0u64..1_000,
        budget in prop_oneof![Just(usize::MAX), 0usize..200_000],
        moves in proptest::collection::vec(a_move(), 1..40),
    ) {
        let session = generated(Spec { seed, events: 1_500, lang: Lang::En, leave_open: false });
        let replay = Replay::with_snapshot_budget(session.clone(), 64, budget);
        check_moves(&session, replay, &moves)?;
    }
}
