//! Well-formed logs that record something the engine never decides (an
//! adoption with no objection round, a turn by a person who is not there,
//! entries after the close, a round order with a stranger in it, an undo of
//! anything but the latest entry, times no clock gives) are refused at load
//! with the first impossible entry named; every real session still loads.

use crate::support::common;

use chrono::{DateTime, FixedOffset, TimeDelta};
use spanning::meeting::{
    Command, Ending, Event, LogProblem, PersonId, PhaseKind, Recorded, Refusal, RoundKind, Session,
    SessionLoadProblem, Speech, event::RoundStart,
};
use spanning::store;

/// The example meeting's log with `event` appended a second after its end.
fn appended(session: &Session, event: Event) -> Vec<Recorded> {
    let mut log = session.log().to_vec();
    let last = log.last().expect("entries");
    let entry = Recorded {
        seq: last.seq + 1,
        at: last.at + TimeDelta::seconds(1),
        event,
    };
    log.push(entry);
    log
}

/// An open meeting with an item started but no proposal yet.
fn item_started() -> Session {
    let mut session = Session::open(common::example_setup()).expect("valid");
    common::run(&mut session, &common::opening_script());
    let at = session.log().last().expect("entries").at;
    let owner = session.state().facilitator;
    for command in [
        Command::AddItem {
            label: "Budget".into(),
            owner,
        },
        Command::StartItem { item: None },
    ] {
        session.execute(&command, at).expect("accepted");
    }
    session
}

fn problem(session: &Session, log: Vec<Recorded>) -> LogProblem {
    match Session::from_log(session.setup().clone(), log) {
        Err(SessionLoadProblem::Log(p)) => p,
        other => panic!("expected a log problem, got {other:?}"),
    }
}

#[test]
fn an_adoption_without_proposal_or_objection_round_is_refused() {
    let session = item_started();
    let log = appended(
        &session,
        Event::ItemEnded {
            ending: Ending::Adopted,
            reason: None,
        },
    );
    let seq = log.len() as u64;
    assert!(matches!(
        problem(&session, log),
        LogProblem::Impossible { seq: s, .. } if s == seq
    ));
}

#[test]
fn a_turn_by_person_99_is_refused() {
    let mut session = Session::open(common::example_setup()).expect("valid");
    session
        .execute(&Command::StartCheckIn, common::at(0, 5))
        .expect("accepted");
    let log = appended(
        &session,
        Event::TurnTaken {
            person: PersonId(99),
            speech: Speech::Pass,
        },
    );
    assert!(matches!(
        problem(&session, log),
        LogProblem::Impossible { seq: 2, .. }
    ));
}

#[test]
fn entries_after_the_close_are_refused() {
    let session = common::example_meeting();
    assert!(session.state().is_closed());
    let log = appended(
        &session,
        Event::NoteRecorded {
            text: "late".into(),
        },
    );
    let seq = log.len() as u64;
    assert!(matches!(
        problem(&session, log),
        LogProblem::Impossible { seq: s, refusal: Refusal::NotNow { .. } } if s == seq
    ));
}

#[test]
fn a_round_with_a_stranger_in_it_is_not_what_the_engine_records() {
    let session = Session::open(common::example_setup()).expect("valid");
    let log = vec![Recorded {
        seq: 1,
        at: common::at(0, 5),
        event: Event::PhaseEntered {
            phase: PhaseKind::CheckIn,
            round: Some(RoundStart {
                number: 0,
                kind: RoundKind::CheckIn,
                order: vec![PersonId(0), PersonId(99)],
            }),
        },
    }];
    assert_eq!(problem(&session, log), LogProblem::NotAsDecided { seq: 1 });
}

#[test]
fn an_undo_of_anything_but_the_latest_entry_is_refused() {
    let mut session = Session::open(common::example_setup()).expect("valid");
    common::run(&mut session, &common::opening_script());
    let log = appended(&session, Event::Retracted { retracts: 1 });
    let seq = log.len() as u64;
    assert_eq!(problem(&session, log), LogProblem::BadRetraction { seq });
}

#[test]
fn times_outside_1970_to_9999_are_refused() {
    let far: DateTime<FixedOffset> = "+262142-12-31T23:59:59Z".parse().expect("chrono reads it");
    let session = common::example_meeting();
    let mut setup = session.setup().clone();
    setup.opened_at = far;
    assert!(matches!(
        Session::from_log(setup, Vec::new()),
        Err(SessionLoadProblem::Log(LogProblem::OpenedOutOfRange))
    ));
    let mut setup = session.setup().clone();
    setup.opened_at = "1969-12-31T23:59:59Z".parse().expect("valid");
    assert!(Session::from_log(setup, Vec::new()).is_err());
    let mut log = session.log().to_vec();
    let last = log.len() - 1;
    log[last].at = far;
    assert_eq!(
        problem(&session, log),
        LogProblem::TimeOutOfRange {
            seq: last as u64 + 1
        }
    );
}

#[test]
fn every_real_and_generated_session_still_loads() {
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["tests/data", "sessions"] {
        for entry in std::fs::read_dir(dir).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 6, "{files:?}");
    for path in &files {
        store::load(path).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
    }
    for seed in 0..40 {
        for lang in [spanning::meeting::Lang::En, spanning::meeting::Lang::Nl] {
            let spec = spanning::generate::Spec {
                seed,
                events: 400,
                lang,
                leave_open: seed % 3 == 0,
            };
            for session in [
                spanning::generate::session(spec),
                spanning::generate::tactical_session(spec),
            ] {
                Session::from_log(session.setup().clone(), session.log().to_vec())
                    .unwrap_or_else(|e| panic!("seed {seed}: {e:?}"));
            }
        }
    }
}

/// Where a log problem is, if it names an entry.
fn problem_seq(problem: &LogProblem) -> Option<u64> {
    match problem {
        LogProblem::BadSequence { position, .. } => Some(*position),
        LogProblem::TimeGoesBack { seq }
        | LogProblem::BadRetraction { seq }
        | LogProblem::TimeOutOfRange { seq }
        | LogProblem::Impossible { seq, .. }
        | LogProblem::NotAsDecided { seq }
        | LogProblem::TooManyEntries { seq, .. }
        | LogProblem::TextTooLong { seq, .. }
        | LogProblem::LogTooLarge { seq, .. } => Some(*seq),
        LogProblem::OpenedOutOfRange => None,
    }
}

/// Cutting any one entry out of real meetings (and renumbering, so the
/// shape stays right) never panics, and when the rest is no longer a
/// possible meeting the entry named is at or after the cut: everything
/// before it is still exactly what the engine decided.
#[test]
fn a_cut_out_entry_is_caught_at_or_after_the_cut() {
    let meetings = [
        common::example_meeting(),
        crate::support::consent::consent_meeting(),
        crate::support::election::closed_meeting(spanning::meeting::Lang::En),
    ];
    let mut refused = 0;
    let mut cases = 0;
    for session in &meetings {
        for cut in 0..session.log().len() {
            let mut log = session.log().to_vec();
            log.remove(cut);
            for (i, entry) in log.iter_mut().enumerate() {
                entry.seq = i as u64 + 1;
            }
            cases += 1;
            match Session::from_log(session.setup().clone(), log) {
                Ok(_) => {}
                Err(SessionLoadProblem::Log(p)) => {
                    refused += 1;
                    let seq = problem_seq(&p).expect("names an entry");
                    assert!(seq > cut as u64, "cut {} but {p:?}", cut + 1);
                }
                Err(other) => panic!("{other:?}"),
            }
        }
    }
    // Most entries matter: without one, the rest cannot have happened.
    assert!(refused * 2 > cases, "{refused} of {cases}");
}

/// A forged entry is named even when the file undoes it afterwards: every
/// entry is checked in the state of its moment, retracted ones included.
#[test]
fn a_retracted_forged_entry_is_named_too() {
    let mut session = Session::open(common::example_setup()).expect("valid");
    session
        .execute(&Command::StartCheckIn, common::at(0, 5))
        .expect("accepted");
    let mut log = appended(
        &session,
        Event::TurnTaken {
            person: PersonId(99),
            speech: Speech::Said { text: "x".into() },
        },
    );
    let forged = log.len() as u64;
    let last = log.last().expect("entries").at;
    log.push(Recorded {
        seq: forged + 1,
        at: last,
        event: Event::Retracted { retracts: forged },
    });
    assert!(matches!(
        problem(&session, log),
        LogProblem::Impossible { seq, .. } if seq == forged
    ));
}

/// Undos in a row (each one refolds the meeting) load to exactly the
/// meeting the engine kept, whether within the work budget or, built to
/// exceed it, through the one-pass check of the entries in effect.
#[test]
fn long_chains_of_undos_load_as_recorded() {
    for (notes, undos) in [(50, 30), (1_500, 1_400)] {
        let mut session = Session::open(common::example_setup()).expect("valid");
        let at = common::at(1, 0);
        session.execute(&Command::StartCheckIn, at).expect("ok");
        for n in 0..notes {
            let text = format!("note {n}");
            session.execute(&Command::Note { text }, at).expect("ok");
        }
        for _ in 0..undos {
            session.execute(&Command::Undo, at).expect("ok");
        }
        let loaded = Session::from_log(session.setup().clone(), session.log().to_vec())
            .expect("a recorded meeting loads");
        assert_eq!(
            loaded.state(),
            session.state(),
            "{notes} notes, {undos} undos"
        );
    }
}

/// Every entry of real meetings with each of its numbers (people, items,
/// concerns, questions, versions, positions, list numbers, round orders)
/// set to a stranger's or an extreme value: replaying never panics, so one
/// such file can never take down a folder listing; loading either refuses
/// it naming an entry or the meeting is still one the engine allows.
#[test]
fn extreme_ids_in_any_entry_never_panic_the_replay() {
    let meetings = [
        common::example_meeting(),
        crate::support::consent::consent_meeting(),
        crate::support::election::closed_meeting(spanning::meeting::Lang::En),
    ];
    let mut cases = 0;
    let mut refused = 0;
    for session in &meetings {
        let value = serde_json::to_value(session.log()).expect("json");
        let entries = value.as_array().expect("array").len();
        for i in 0..entries {
            for extreme in [99u64, u64::from(u32::MAX)] {
                let mut changed = value.clone();
                if !set_numbers(&mut changed[i], extreme) {
                    continue;
                }
                let Ok(log) = serde_json::from_value::<Vec<Recorded>>(changed) else {
                    continue;
                };
                cases += 1;
                let outcome = std::panic::catch_unwind(|| {
                    Session::from_log(session.setup().clone(), log).is_err()
                });
                match outcome {
                    Ok(true) => refused += 1,
                    Ok(false) => {}
                    Err(_) => panic!("entry {} with {extreme} panicked", i + 1),
                }
            }
        }
    }
    assert!(cases > 100, "{cases}");
    assert!(refused * 10 > cases * 9, "{refused} of {cases} refused");
}

/// Sets every id-like number in an entry (not `seq`, not times) to `to`;
/// whether anything was changed.
fn set_numbers(value: &mut serde_json::Value, to: u64) -> bool {
    const KEYS: [&str; 17] = [
        "person",
        "owner",
        "asker",
        "by",
        "voter",
        "nominee",
        "candidate",
        "item",
        "concern",
        "question",
        "version",
        "objection",
        "number",
        "position",
        "requested_by",
        "retracts",
        "order",
    ];
    let mut changed = false;
    if let serde_json::Value::Object(map) = value {
        for (key, v) in map.iter_mut() {
            if KEYS.contains(&key.as_str()) {
                match v {
                    serde_json::Value::Number(_) => {
                        *v = to.into();
                        changed = true;
                    }
                    serde_json::Value::Array(items) => {
                        for item in items.iter_mut() {
                            *item = to.into();
                            changed = true;
                        }
                    }
                    _ => {}
                }
            } else if matches!(v, serde_json::Value::Object(_)) {
                changed |= set_numbers(v, to);
            }
        }
    }
    changed
}
