//! `Session::extend_stored`: a follower appends the entries a growing
//! journal adds, checked as loading checks them, at the cost of the new
//! entries only. Whatever the split, the meeting is the one loading the
//! whole log gives; an entry loading would refuse is refused the same way.

#![allow(clippy::unwrap_used)]

use crate::support::tui as tui_support;

use chrono::TimeDelta;
use spanning::generate::{Spec, session};
use spanning::meeting::{
    Command, Event, LogProblem, PhaseKind, Recorded, Session, SessionLoadProblem, Source,
};
use spanning::text::Lang;

/// A source too small to break any limit: nothing is measured.
const SMALL: Source = Source {
    bytes: 1000,
    longest_string: 10,
};

/// A source that could: every entry is measured.
const BIG: Source = Source {
    bytes: usize::MAX,
    longest_string: usize::MAX,
};

fn prefix(s: &Session, n: usize) -> Session {
    Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).unwrap()
}

/// A meeting with undos in it, one right after another included.
fn with_undos() -> Session {
    let mut script = tui_support::integration(Lang::En);
    script
        .run(Command::Undo)
        .run(Command::Undo)
        .run(Command::Note {
            text: "Back to the amendment".into(),
        })
        .run(Command::Undo)
        .run(Command::Note {
            text: "Amended again after the break".into(),
        });
    script.session
}

#[test]
fn extending_at_any_split_gives_the_meeting_loading_gives() {
    let mut meetings = vec![with_undos()];
    for (seed, lang) in [(3, Lang::En), (8, Lang::Nl)] {
        meetings.push(session(Spec {
            seed,
            events: 120,
            lang,
            leave_open: false,
        }));
    }
    let small = SMALL;
    for whole in meetings {
        let n = whole.log().len();
        for split in [0, 1, n / 3, n / 2, n - 1, n] {
            let mut grown = prefix(&whole, split);
            // In steps of one and of several, as journal reads come.
            let small = if split % 2 == 0 { small } else { BIG };
            let (one, rest) = whole.log()[split..].split_at((n - split).min(1));
            grown.extend_stored(one, small).unwrap();
            grown.extend_stored(rest, small).unwrap();
            assert_eq!(grown.log(), whole.log());
            assert_eq!(grown.state(), whole.state(), "split at {split}");
        }
    }
}

#[test]
fn an_entry_loading_would_refuse_is_refused_and_not_appended() {
    let whole = with_undos();
    let n = whole.log().len();
    let base = prefix(&whole, n - 1);
    let next = whole.log()[n - 1].clone();
    let (small, big) = (SMALL, BIG);
    let refused = |entry: Recorded| {
        let mut s = base.clone();
        let problem = s
            .extend_stored(std::slice::from_ref(&entry), big)
            .unwrap_err();
        assert_eq!(s.log().len(), n - 1, "nothing appended");
        // Loading the same log refuses it too.
        let mut log = base.log().to_vec();
        log.push(entry);
        assert!(Session::from_log(base.setup().clone(), log).is_err());
        problem
    };
    let skipped = Recorded {
        seq: next.seq + 1,
        ..next.clone()
    };
    assert!(matches!(
        refused(skipped),
        SessionLoadProblem::Log(LogProblem::BadSequence { .. })
    ));
    let earlier = Recorded {
        at: base.log().last().unwrap().at - TimeDelta::minutes(5),
        ..next.clone()
    };
    assert!(matches!(
        refused(earlier),
        SessionLoadProblem::Log(LogProblem::TimeGoesBack { .. })
    ));
    // An undo of something other than the latest entry in effect.
    let wrong_undo = Recorded {
        event: Event::Retracted { retracts: 1 },
        ..next.clone()
    };
    assert!(matches!(
        refused(wrong_undo),
        SessionLoadProblem::Log(LogProblem::BadRetraction { .. })
    ));
    // Something the engine would never have recorded here: the meeting
    // closed in the middle of an item.
    let forged = Recorded {
        event: Event::PhaseEntered {
            phase: PhaseKind::Closed,
            round: None,
        },
        ..next.clone()
    };
    assert!(matches!(
        refused(forged),
        SessionLoadProblem::Log(LogProblem::Impossible { .. } | LogProblem::NotAsDecided { .. })
    ));
    // The true entry is taken.
    let mut s = base.clone();
    s.extend_stored(&[next], small).unwrap();
    assert_eq!(s.state(), whole.state());
}
