//! A scripted governance meeting with an election, shared by the election
//! engine, minutes, review and example-session tests: a tie resolved by the
//! facilitator, a corrected ballot, a changed nomination, a valid objection
//! integrated by amending the term, and the adoption.

#![allow(dead_code)]

use chrono::{DateTime, FixedOffset, TimeZone};
use spanning::meeting::{Command, Criterion, Disposition, PersonId, Session, Setup, Speech, Term};
use spanning::text::Lang;

use super::scenario::Scenario;

use super::script::{Script, pass, said};

pub const ANA: PersonId = PersonId(0);
pub const BRAM: PersonId = PersonId(1);
pub const CHEN: PersonId = PersonId(2);
pub const DAAN: PersonId = PersonId(3);
pub const EVA: PersonId = PersonId(4);

/// 09:30 on the example day: a different time and circle from the other
/// example, so the file names differ.
pub fn opened() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 9, 30, 0).single())
        .expect("valid time")
}

pub fn setup_in(lang: Lang) -> Setup {
    Scenario::new(
        "Governance with an election",
        "Bakery Coop",
        opened(),
        &[
            "Ana (Facilitator)",
            "Bram (Secretary/Bread)",
            "Chen (Pastry)",
            "Daan (Deliveries)",
            "Eva (Shop)",
        ],
    )
    .lang(lang)
    .roles(ANA, Some(BRAM))
    .setup()
}

/// The whole meeting, in order.
pub fn script() -> Vec<Command> {
    let mut c = vec![
        Command::StartCheckIn,
        said("Busy week with the market stall"),
        pass(),
        said("Glad we finally elect a facilitator"),
        pass(),
        pass(),
        Command::OpenAgenda,
        Command::AddItem {
            label: "coffee budget".into(),
            owner: CHEN,
        },
        Command::AddElection {
            role: "Facilitator".into(),
            owner: BRAM,
        },
        Command::StartItem { item: None },
        Command::DescribeRole {
            text: "Runs our governance and tactical meetings and protects the process.".into(),
            term: Term {
                months: 12,
                note: Some("until the autumn retreat".into()),
            },
        },
        Command::OpenNominations,
        Command::Nominate {
            voter: ANA,
            nominee: CHEN,
        },
        Command::Nominate {
            voter: BRAM,
            nominee: DAAN,
        },
        Command::Nominate {
            voter: CHEN,
            nominee: DAAN,
        },
        Command::Nominate {
            voter: DAAN,
            nominee: CHEN,
        },
        // A mistyped ballot, corrected before sharing.
        Command::Nominate {
            voter: EVA,
            nominee: BRAM,
        },
        Command::Nominate {
            voter: EVA,
            nominee: EVA,
        },
        Command::OpenNominationSharing,
    ];
    // The sharing round: each says whom and why (named turns, in any order).
    for (person, why) in [
        (
            ANA,
            "Chen, because the tactical meetings Chen ran were calm and fair.",
        ),
        (BRAM, "Daan, who keeps the delivery stand-ups short."),
        (CHEN, "Daan: good at keeping time."),
        (DAAN, "Chen listens before deciding."),
        (EVA, "Myself, I would like to learn it."),
    ] {
        c.push(Command::Speak {
            person: Some(person),
            speech: Speech::Said { text: why.into() },
        });
    }
    c.extend([
        Command::OpenNominationChanges,
        Command::ChangeNomination {
            voter: EVA,
            nominee: BRAM,
        },
        Command::OpenCandidateProposal,
        // Chen and Daan are tied at two: the facilitator chooses Chen.
        Command::ProposeCandidate {
            candidate: CHEN,
            term: None,
            for_objection: None,
        },
        Command::OpenObjectionRound,
    ]);
    c
}

/// The meeting up to the objection round (candidate proposed, round
/// open), a command a minute.
pub fn played_until_objection_round(lang: Lang) -> Script {
    let mut played = Script::open(setup_in(lang));
    played.run_all(script());
    played
}

/// [`played_until_objection_round`] as its session and the seconds from
/// the opening to its last command.
pub fn until_objection_round(lang: Lang) -> (Session, i64) {
    let played = played_until_objection_round(lang);
    let clock = played.clock();
    (played.session, clock)
}

/// The whole meeting, closed.
pub fn closed_meeting(lang: Lang) -> Session {
    let mut played = played_until_objection_round(lang);
    // The objection round asks Chen (the candidate) last; Daan has the concern.
    let order = played
        .session
        .state()
        .current_round()
        .expect("objection round")
        .order
        .clone();
    assert_eq!(order.last(), Some(&CHEN));
    let mut turns = Vec::new();
    for p in order {
        turns.push(if p == DAAN {
            Command::Speak {
                person: Some(DAAN),
                speech: Speech::Said {
                    text: "A year is too long while Chen also runs Pastry.".into(),
                },
            }
        } else {
            Command::Speak {
                person: Some(p),
                speech: Speech::Pass,
            }
        });
    }
    played.run_all(turns);
    let mut rest = Vec::new();
    for (criterion, argument) in [
        (
            Criterion::Harm,
            "Pastry would get no attention in the busy season.",
        ),
        (Criterion::Role, "Deliveries depend on the pastry schedule."),
        (
            Criterion::CausedByProposal,
            "Only a year-long term creates the overload.",
        ),
        (
            Criterion::NotSafeToTry,
            "The busy season starts in a month.",
        ),
    ] {
        rest.push(Command::TestCriterion {
            concern: 1,
            criterion,
            argument: argument.into(),
            holds: true,
        });
    }
    rest.extend([
        Command::OpenIntegration,
        Command::ProposeCandidate {
            candidate: CHEN,
            term: Some(Term {
                months: 6,
                note: Some("then review the load on Pastry".into()),
            }),
            for_objection: Some(1),
        },
        Command::ConfirmObjector { concern: 1 },
        Command::ConfirmProposer { concern: 1 },
        Command::OpenObjectionRound,
    ]);
    played.run_all(rest);
    let mut passes = Vec::new();
    for _ in 0..5 {
        passes.push(pass());
    }
    passes.extend([
        Command::EndItem {
            ending: spanning::meeting::Ending::Adopted,
            reason: None,
        },
        Command::OpenClosingRound,
    ]);
    for _ in 0..5 {
        passes.push(pass());
    }
    passes.extend([
        Command::OpenCloseOut,
        Command::Dispose {
            item: spanning::meeting::ItemId(1),
            disposition: Disposition::CarriedOver,
        },
        Command::CloseSession,
    ]);
    played.run_all(passes);
    played.session
}
