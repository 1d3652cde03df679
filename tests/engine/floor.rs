//! Speaking time is a person's own (#15): testing an objection in the middle
//! of the objection round does not run on the next speaker's floor timer.

use crate::support::scenario::Scenario;
use crate::support::script::Script;
use chrono::{FixedOffset, TimeZone};
use spanning::meeting::state::TurnOutcome;
use spanning::meeting::{Command, Criterion, PersonId};

fn objection_round() -> Script {
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).single())
        .expect("valid time");
    let setup = Scenario::new("Weekly", "Product", at, &["Ana", "Bram", "Chén", "Dewi"]).setup();
    let mut s = Script::open(setup);
    s.run(Command::StartCheckIn)
        .finish_round()
        .run(Command::OpenAgenda)
        .run(Command::AddItem {
            label: "Release notes".into(),
            owner: PersonId(1),
        })
        .run(Command::StartItem { item: None })
        .run(Command::StateProposal {
            text: "Notes for every release.".into(),
        })
        .run(Command::OpenClarifyingQuestions)
        .run(Command::OpenReactionRound)
        .finish_round()
        .run(Command::OpenAmendAndClarify)
        .run(Command::OpenObjectionRound)
        .say("Too much work for one role");
    s
}

#[test]
fn a_test_mid_round_is_not_on_the_next_speakers_clock() {
    let mut s = objection_round();
    for (secs, criterion) in [(30, Criterion::Harm), (40, Criterion::Role)] {
        s.at(
            secs,
            Command::TestCriterion {
                concern: 1,
                criterion,
                argument: "holds".into(),
                holds: true,
            },
        );
    }
    s.at(
        6,
        Command::Speak {
            person: None,
            speech: spanning::meeting::Speech::Pass,
        },
    );
    let state = s.session.state();
    let round = state.current_round().expect("the objection round");
    let pass = round
        .turns
        .iter()
        .find(|t| matches!(t.outcome, TurnOutcome::Pass))
        .expect("the pass");
    assert_eq!(pass.seconds, 6, "the 70 s of testing are nobody's turn");
}
