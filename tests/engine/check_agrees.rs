//! The per-entry check on load gives the same answers however it is
//! driven. The snapshot beside this file was recorded before the check was
//! made cheaper: for valid logs from the generator and from random walks
//! (undos, clock jumps, consent and tactical meetings), each mutated in
//! several ways at many positions, it lists which entry is refused and
//! why. A change to how a file is checked that accepts, refuses or names
//! differently shows up as a snapshot change. Beside it, every log that
//! loads must fold to exactly the state the plain fold over its recorded
//! events gives, after every entry.

use std::fmt::Write as _;

use spanning::generate::{Spec, session};
use spanning::meeting::{Event, PersonId, Recorded, RuleSet, Session, Speech};
use spanning::text::Lang;

/// A small deterministic generator, so the walks do not depend on a
/// crate's random stream.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }
}

/// The valid logs the mutations start from: generated governance meetings,
/// random walks over every command (undos, clock jumps; integrative,
/// consent and tactical meetings, the longest of the first seeds) and walks
/// that carry consent items and elections through.
fn bases() -> Vec<(String, Session)> {
    use super::engine_props::{consent_flow, election_flow, flow_walk, run};
    let mut out = Vec::new();
    for seed in 1..=3 {
        let spec = Spec {
            seed,
            events: 140,
            lang: Lang::En,
            leave_open: seed == 3,
        };
        out.push((format!("generated {seed}"), session(spec)));
    }
    let steps = |seed: u32| -> Vec<(u16, u32, u16)> {
        (0..500u32)
            .map(|i| {
                let x = seed
                    .wrapping_mul(2_654_435_761)
                    .wrapping_add(i.wrapping_mul(40_503));
                ((x % 997) as u16, x.rotate_left(7), (x % 90) as u16 + 1)
            })
            .collect()
    };
    // Per kind (rule set and format), the longest walk of the first seeds.
    let mut longest: [Option<(u32, Session)>; 4] = [None, None, None, None];
    for seed in 0..60u32 {
        let walk = run(4, &steps(seed));
        let kind = (steps(seed)[0].1 % 4) as usize;
        if longest[kind]
            .as_ref()
            .is_none_or(|(_, s)| s.log().len() < walk.log().len())
        {
            longest[kind] = Some((seed, walk));
        }
    }
    for (seed, walk) in longest.into_iter().flatten() {
        out.push((format!("walk {seed}"), walk));
    }
    let mut rng = Lcg(5);
    for seed in 0..2u32 {
        let flow: Vec<(u16, u32, u16)> = (0..300)
            .map(|_| (rng.next() as u16, rng.next(), (rng.next() % 90) as u16 + 1))
            .collect();
        out.push((
            format!("consent walk {seed}"),
            flow_walk(RuleSet::Consent, seed, &flow, consent_flow),
        ));
        out.push((
            format!("election walk {seed}"),
            flow_walk(RuleSet::Integrative, seed, &flow, election_flow),
        ));
    }
    out
}

fn renumber(log: &mut [Recorded]) {
    for (i, entry) in log.iter_mut().enumerate() {
        entry.seq = i as u64 + 1;
    }
}

/// The ways a log is changed at position `k`; `None` where the mutation
/// does not apply to that entry.
fn mutate(log: &[Recorded], k: usize, how: usize) -> Option<(&'static str, Vec<Recorded>)> {
    let mut log = log.to_vec();
    let name = match how {
        0 => {
            log.remove(k);
            renumber(&mut log);
            "drop"
        }
        1 => {
            let copy = log[k].clone();
            log.insert(k + 1, copy);
            renumber(&mut log);
            "repeat"
        }
        2 => {
            if k + 1 >= log.len() {
                return None;
            }
            let (a, b) = (log[k].event.clone(), log[k + 1].event.clone());
            log[k].event = b;
            log[k + 1].event = a;
            "swap"
        }
        3 => {
            let people = 8;
            match &mut log[k].event {
                Event::TurnTaken { person, .. } | Event::TurnSkipped { person, .. } => {
                    *person = PersonId((person.0 + 1) % people);
                }
                _ => return None,
            }
            "other speaker"
        }
        4 => {
            match &mut log[k].event {
                Event::TurnTaken {
                    speech: Speech::Said { text },
                    ..
                } => text.push_str(" (edited)"),
                Event::TurnTaken { speech, .. } => {
                    *speech = Speech::Said {
                        text: "words".into(),
                    }
                }
                Event::NoteRecorded { text }
                | Event::TensionStated { text }
                | Event::Clarified { text } => text.push_str(" (edited)"),
                _ => return None,
            }
            "other words"
        }
        5 => {
            match &mut log[k].event {
                Event::TurnTaken {
                    speech: Speech::Said { text },
                    ..
                }
                | Event::NoteRecorded { text }
                | Event::TensionStated { text }
                | Event::QuestionAsked { text, .. }
                | Event::Clarified { text } => *text = format!(" {text} "),
                _ => return None,
            }
            "untrimmed words"
        }
        6 => {
            let at = log[k].at;
            log.truncate(k + 1);
            log.push(Recorded {
                seq: k as u64 + 2,
                at,
                event: Event::Retracted {
                    retracts: k as u64 + 1,
                },
            });
            if k > 0 {
                log.push(Recorded {
                    seq: k as u64 + 3,
                    at,
                    event: Event::Retracted { retracts: k as u64 },
                });
            }
            "undo twice"
        }
        _ => unreachable!(),
    };
    Some((name, log))
}

/// What loading says of a log: its length when it loads, the entry
/// refused and why when it does not. A log that loads must fold to the
/// state the plain fold over the recorded events gives.
fn answer(session: &Session, log: Vec<Recorded>) -> String {
    let n = log.len();
    match Session::from_log(session.setup().clone(), log) {
        Ok(loaded) => {
            assert_eq!(loaded.state(), &loaded.state_after(n), "fold differs");
            format!("loads ({n} entries)")
        }
        Err(problem) => format!("{problem:?}"),
    }
}

#[test]
fn every_prefix_of_a_valid_log_folds_to_the_plain_fold() {
    for (name, session) in bases() {
        let log = session.log();
        for k in 0..=log.len() {
            let loaded = Session::from_log(session.setup().clone(), log[..k].to_vec())
                .unwrap_or_else(|p| panic!("{name}: prefix {k} refused: {p:?}"));
            assert_eq!(loaded.state(), &session.state_after(k), "{name} after {k}");
        }
        assert_eq!(
            Session::from_log(session.setup().clone(), log.to_vec())
                .expect("valid")
                .state(),
            session.state(),
            "{name}"
        );
    }
}

#[test]
fn mutated_logs_get_the_answers_they_got_before_the_check_was_made_cheaper() {
    let mut table = String::new();
    for (name, session) in bases() {
        let log = session.log();
        writeln!(table, "{name}: {}", answer(&session, log.to_vec())).expect("write to a String");
        for k in (0..log.len()).step_by(3) {
            for how in 0..7 {
                if let Some((what, mutated)) = mutate(log, k, how) {
                    let seq = k + 1;
                    writeln!(
                        table,
                        "{name} {what} at {seq}: {}",
                        answer(&session, mutated)
                    )
                    .expect("write to a String");
                }
            }
        }
    }
    insta::assert_snapshot!(table);
}

#[test]
fn agenda_labels_are_stored_with_one_space_between_words() {
    let opened = chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+01:00").expect("time");
    let setup = crate::support::scenario::Scenario::new("Labels", "Circle", opened, &["Ana"])
        .roles(PersonId(0), None)
        .setup();
    let mut session = Session::open(setup).expect("setup");
    let at = opened + chrono::TimeDelta::minutes(1);
    for command in [
        spanning::meeting::Command::StartCheckIn,
        spanning::meeting::Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
        spanning::meeting::Command::OpenAgenda,
    ] {
        session.execute(&command, at).expect("flow");
    }
    for (typed, stored) in [
        ("Office move", "Office move"),
        ("  Office   move ", "Office move"),
        ("Office\tmove", "Office move"),
        ("Office\u{2003}move\nnow", "Office move now"),
        ("Budget", "Budget"),
    ] {
        let entry = session
            .execute(
                &spanning::meeting::Command::AddItem {
                    label: typed.into(),
                    owner: PersonId(0),
                },
                at,
            )
            .expect("added");
        match &entry.event {
            Event::ItemAdded { label, .. } => assert_eq!(label, stored, "{typed:?}"),
            other => panic!("{other:?}"),
        }
    }
    // A stored label with two spaces is not what the engine records.
    let mut log = session.log().to_vec();
    if let Event::ItemAdded { label, .. } = &mut log[3].event {
        *label = "Office  move".into();
    }
    assert_eq!(
        format!(
            "{:?}",
            Session::from_log(session.setup().clone(), log).map(|_| ())
        ),
        "Err(Log(NotAsDecided { seq: 4 }))"
    );
}

#[test]
fn two_participants_may_not_share_a_name_in_any_case_or_script() {
    use spanning::meeting::{Participant, SetupProblem};
    let opened = chrono::DateTime::parse_from_rfc3339("2026-11-22T09:00:00+01:00").expect("time");
    let base = crate::support::scenario::Scenario::new("Names", "Circle", opened, &["Ana", "Bram"])
        .roles(PersonId(0), Some(PersonId(1)))
        .setup();
    for (added, refused) in [
        (" ANA ", Some("ANA")),
        ("bram", Some("bram")),
        ("Anna", None),
        ("Ëva", None),
    ] {
        let mut setup = base.clone();
        setup.participants.push(Participant::named(added));
        assert_eq!(
            Session::open(setup).err(),
            refused.map(|name| SetupProblem::DuplicateName(name.into())),
            "{added:?}"
        );
    }
    // Outside ASCII: lowercase copies are compared (Ë and ë, and the
    // Kelvin sign, whose lowercase is the letter k).
    for (first, second) in [("Ëva", "ëVA"), ("Kees", "\u{212A}ees")] {
        let mut setup = base.clone();
        setup.participants.push(Participant::named(first));
        setup.participants.push(Participant::named(second));
        assert_eq!(
            Session::open(setup).err(),
            Some(SetupProblem::DuplicateName(second.into())),
            "{first:?} {second:?}"
        );
    }
}
