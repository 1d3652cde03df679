//! Engine tests: every step's allowed and refused commands, a full meeting,
//! rounds, undo, time accounting.

use crate::support::scenario::Scenario;
use std::ops::{Deref, DerefMut};

use crate::support::script::{Script, pass};
use chrono::{DateTime, FixedOffset, TimeDelta};
use spanning::meeting::state::{ConcernStatus, TurnOutcome};
use spanning::meeting::{
    Command, Criterion, Direction, Disposition, Ending, IdmStep, MeetingFormat, OutOfOrderKind,
    OutputKind, Participant, PersonId, Phase, Refusal, RoundKind, RuleSet, Session, SetupProblem,
    Speech,
};
use spanning::text::Lang;

fn t0() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T14:05:00+01:00").expect("valid time")
}

/// The engine tests' meeting: a [`Script`] recording a command every ten
/// seconds, with the checks these tests repeat.
struct Meeting(Script);

impl Deref for Meeting {
    type Target = Script;
    fn deref(&self) -> &Script {
        &self.0
    }
}

impl DerefMut for Meeting {
    fn deref_mut(&mut self) -> &mut Script {
        &mut self.0
    }
}

const ANA: PersonId = PersonId(0);
const BRAM: PersonId = PersonId(1);
const CHEN: PersonId = PersonId(2);
const DAAN: PersonId = PersonId(3);

impl Meeting {
    fn four() -> Self {
        let people = ["Ana", "Bram", "Chen", "Daan"];
        let scenario = Scenario::new("Weekly governance", "Team Alpha", t0(), &people);
        Meeting(scenario.open().every(10))
    }

    /// [`Meeting::four`] after the `commands`.
    fn given(commands: impl IntoIterator<Item = Command>) -> Self {
        Meeting(Self::four().0.given(commands))
    }

    fn after(&mut self, secs: i64, command: Command) -> Result<(), Refusal> {
        self.when_after(secs, command).result().map(|_| ())
    }

    fn ok(&mut self, command: Command) {
        self.run(command);
    }

    fn refused(&mut self, command: Command) -> Refusal {
        self.when(command).then_refused()
    }

    fn phase(&self) -> Phase {
        self.session.state().phase
    }

    fn passes(&mut self, n: usize) {
        for _ in 0..n {
            self.ok(Command::Speak {
                person: None,
                speech: Speech::Pass,
            });
        }
    }

    /// Check-in done, agenda open, one item by Bram started with a proposal.
    fn at_item_with_proposal(&mut self) {
        self.ok(Command::StartCheckIn);
        self.passes(4);
        self.ok(Command::OpenAgenda);
        self.ok(Command::AddItem {
            label: "release notes".into(),
            owner: BRAM,
        });
        self.ok(Command::StartItem { item: None });
        self.ok(Command::StateTension {
            text: "Releases go out without notes".into(),
        });
        self.ok(Command::GiveExample {
            text: "Last Tuesday support learned of 2.3 from a customer".into(),
        });
        self.ok(Command::StateProposal {
            text: "The Release role writes notes before each release".into(),
        });
    }

    fn reach_objection_round(&mut self) {
        self.at_item_with_proposal();
        self.ok(Command::OpenClarifyingQuestions);
        self.ok(Command::OpenReactionRound);
        self.passes(3);
        self.ok(Command::OpenAmendAndClarify);
        self.ok(Command::OpenObjectionRound);
    }
}

#[test]
fn setup_is_validated() {
    let mut m = Meeting::four();
    let mut setup = m.session.setup().clone();
    setup.participants.push(Participant::named(" ana "));
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::DuplicateName("ana".into()))
    );
    let mut setup = m.session.setup().clone();
    setup.title = "  ".into();
    assert_eq!(Session::open(setup).err(), Some(SetupProblem::NoTitle));
    let mut setup = m.session.setup().clone();
    setup.facilitator = PersonId(9);
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::FacilitatorNotParticipant)
    );
    let mut setup = m.session.setup().clone();
    setup.timebox_minutes = Some(0);
    assert_eq!(Session::open(setup).err(), Some(SetupProblem::ZeroTimebox));
    // The CLI and the setup screen never offer it, and the engine refuses
    // it too: a tactical meeting has no rules for deciding.
    let mut setup = m.session.setup().clone();
    setup.format = MeetingFormat::Tactical;
    setup.rules = RuleSet::Consent;
    assert_eq!(
        Session::open(setup).err(),
        Some(SetupProblem::RulesInTactical)
    );
    m.ok(Command::StartCheckIn);
}

#[test]
fn check_in_round_gives_everyone_one_turn_and_blocks_until_complete() {
    let mut m = Meeting::four();
    assert_eq!(m.phase(), Phase::Opening);
    assert!(matches!(
        m.refused(Command::OpenAgenda),
        Refusal::NotNow { .. }
    ));
    m.ok(Command::StartCheckIn);
    assert_eq!(m.phase(), Phase::CheckIn);
    assert_eq!(m.session.state().whose_turn(), Some(ANA));
    m.say("Busy week, glad to be here");
    m.passes(1);
    assert_eq!(
        m.when(Command::OpenAgenda).then_says(),
        "The check-in round is not complete: Chen and Daan have not had a turn."
    );
    m.ok(Command::Skip {
        person: None,
        reason: "left for a call".into(),
    });
    assert_eq!(
        m.when(Command::OpenAgenda).then_says(),
        "The check-in round is not complete: Daan has not had a turn."
    );
    assert_eq!(
        m.when(Command::Speak {
            person: Some(ANA),
            speech: Speech::Pass
        })
        .then_says(),
        "Ana has already had a turn in this round."
    );
    m.passes(1);
    assert!(matches!(
        m.refused(Command::Speak {
            person: None,
            speech: Speech::Pass
        }),
        Refusal::RoundComplete
    ));
    m.ok(Command::OpenAgenda);
    let round = &m.session.state().rounds[0];
    assert_eq!(round.kind, RoundKind::CheckIn);
    assert_eq!(round.turns.len(), 4);
    assert_eq!(
        round.turn_of(CHEN).map(|t| &t.outcome),
        Some(&TurnOutcome::Skipped {
            reason: "left for a call".into()
        })
    );
}

#[test]
fn empty_text_and_skip_without_reason_are_refused() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    assert_eq!(
        m.when(Command::Speak {
            person: None,
            speech: Speech::Said { text: "   ".into() }
        })
        .then_says(),
        "The gist of the turn is empty: type it first."
    );
    assert!(matches!(
        m.refused(Command::Skip {
            person: None,
            reason: String::new()
        }),
        Refusal::Empty { .. }
    ));
}

#[test]
fn round_order_rotates_and_can_be_chosen_before_the_first_turn() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    assert_eq!(
        m.session.state().rounds[0].order,
        vec![ANA, BRAM, CHEN, DAAN]
    );
    m.ok(Command::SetRoundOrder {
        first: CHEN,
        direction: Direction::Backward,
    });
    assert_eq!(
        m.session.state().rounds[0].order,
        vec![CHEN, BRAM, ANA, DAAN]
    );
    m.passes(1);
    assert!(matches!(
        m.refused(Command::SetRoundOrder {
            first: ANA,
            direction: Direction::Forward
        }),
        Refusal::RoundAlreadyStarted
    ));
    m.passes(3);
    m.ok(Command::OpenAgenda);
    m.ok(Command::AddItem {
        label: "budget".into(),
        owner: ANA,
    });
    m.ok(Command::StartItem { item: None });
    m.ok(Command::StateProposal {
        text: "Spend less".into(),
    });
    m.ok(Command::OpenClarifyingQuestions);
    m.ok(Command::OpenReactionRound);
    // Round 1: proposer Ana is left out; start rotates to the second
    // eligible person and the direction flips.
    assert_eq!(m.session.state().rounds[1].order, vec![CHEN, BRAM, DAAN]);
    assert_eq!(
        m.when(Command::Speak {
            person: Some(ANA),
            speech: Speech::Pass
        })
        .then_says(),
        "Ana is not in this round (absent, or the proposer in a reaction round)."
    );
}

#[test]
fn absent_people_are_left_out_of_new_rounds() {
    let mut m = Meeting::four();
    m.ok(Command::SetPresence {
        person: DAAN,
        present: false,
        reason: Some("ill".into()),
    });
    m.ok(Command::StartCheckIn);
    assert_eq!(m.session.state().rounds[0].order, vec![ANA, BRAM, CHEN]);
}

/// A round gives every present participant a turn (process.md), so
/// someone who joins while a round runs is added to it, at the end; the
/// round is not complete until they have had their turn. Joining between
/// rounds changes no round, and a log written before spanning did this
/// (no `round_order`) keeps its meaning.
#[test]
fn a_late_arrival_gets_a_turn_in_the_running_round() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.passes(2);
    m.ok(Command::AddParticipant {
        participant: Participant::named("Eva"),
    });
    let eva = PersonId(4);
    let round = m.session.state().current_round().expect("running").clone();
    assert_eq!(round.order.len(), 5);
    assert_eq!(round.order.last(), Some(&eva));
    m.passes(2);
    assert!(matches!(
        m.refused(Command::OpenAgenda),
        Refusal::RoundIncomplete { .. }
    ));
    assert_eq!(m.session.state().whose_turn(), Some(eva));
    m.passes(1);
    m.ok(Command::OpenAgenda);

    // Between rounds: nothing to join.
    m.ok(Command::AddParticipant {
        participant: Participant::named("Fem"),
    });
    assert!(matches!(
        m.session.log().last().map(|r| &r.event),
        Some(spanning::meeting::Event::ParticipantJoined {
            round_order: None,
            ..
        })
    ));

    // An old log without `round_order`: the round is left as it was.
    let mut log = m.session.log().to_vec();
    for entry in &mut log {
        if let spanning::meeting::Event::ParticipantJoined { round_order, .. } = &mut entry.event {
            *round_order = None;
        }
    }
    let old = Session::from_log(m.session.setup().clone(), log).expect("loads");
    assert_eq!(old.state().rounds[0].order.len(), 4);
}

#[test]
fn agenda_items_are_added_edited_moved_and_removed() {
    let mut m = Meeting::four();
    assert!(matches!(
        m.refused(Command::AddItem {
            label: "x".into(),
            owner: ANA
        }),
        Refusal::NotNow { .. }
    ));
    m.ok(Command::StartCheckIn);
    m.passes(4);
    m.ok(Command::OpenAgenda);
    assert_eq!(
        m.when(Command::AddItem {
            label: "the onboarding of new people".into(),
            owner: ANA
        })
        .then_says(),
        "An agenda label is one to three words; this one has 5. Keep the detail for when the item is processed."
    );
    assert!(matches!(
        m.refused(Command::AddItem {
            label: "x".into(),
            owner: PersonId(42)
        }),
        Refusal::UnknownPerson { id: 42 }
    ));
    for (label, owner) in [("budget", ANA), ("release  notes", BRAM), ("hiring", CHEN)] {
        m.ok(Command::AddItem {
            label: label.into(),
            owner,
        });
    }
    let labels = |m: &Meeting| -> Vec<String> {
        m.session
            .state()
            .agenda
            .iter()
            .map(|i| i.label.clone())
            .collect()
    };
    assert_eq!(labels(&m), ["budget", "release notes", "hiring"]);
    let hiring = m.session.state().agenda[2].id;
    m.ok(Command::MoveItem {
        item: hiring,
        position: 0,
    });
    assert_eq!(labels(&m), ["hiring", "budget", "release notes"]);
    m.ok(Command::EditItem {
        item: hiring,
        label: "recruiting".into(),
        owner: DAAN,
    });
    let budget = m.session.state().agenda[1].id;
    m.ok(Command::RemoveItem { item: budget });
    assert_eq!(labels(&m), ["recruiting", "release notes"]);
    m.ok(Command::StartItem { item: None });
    assert!(matches!(
        m.refused(Command::EditItem {
            item: hiring,
            label: "x".into(),
            owner: ANA
        }),
        Refusal::ItemNotPending { .. }
    ));
    let release = m.session.state().agenda[1].id;
    m.when(Command::MoveItem {
        item: release,
        position: 0,
    })
    .then_refusal(Refusal::PositionTaken { earliest: 1 });
    // Items can be added while an item is being processed.
    m.ok(Command::AddItem {
        label: "coffee".into(),
        owner: CHEN,
    });
    assert_eq!(m.session.state().agenda.len(), 3);
}

#[test]
fn present_proposal_needs_a_proposal_before_questions() {
    let mut m = Meeting::given([
        Command::StartCheckIn,
        pass(),
        pass(),
        pass(),
        pass(),
        Command::OpenAgenda,
        Command::AddItem {
            label: "budget".into(),
            owner: ANA,
        },
        Command::StartItem { item: None },
    ]);
    assert_eq!(
        m.when(Command::OpenClarifyingQuestions).then_says(),
        "There is no proposal yet: state one first."
    );
    m.ok(Command::RequestHelp);
    m.ok(Command::StateProposal {
        text: "Spend less".into(),
    });
    assert!(matches!(
        m.refused(Command::StateProposal {
            text: "again".into()
        }),
        Refusal::ProposalAlreadyStated
    ));
    assert!(matches!(
        m.refused(Command::OpenReactionRound),
        Refusal::NotNow { .. }
    ));
}

#[test]
fn discard_needs_a_missing_tension_or_example_and_a_reason() {
    let mut m = Meeting::four();
    m.at_item_with_proposal();
    m.when(Command::EndItem {
        ending: Ending::Discarded,
        reason: Some("no".into()),
    })
    .then_refusal(Refusal::NotDiscardable);
    let mut m = Meeting::given([
        Command::StartCheckIn,
        pass(),
        pass(),
        pass(),
        pass(),
        Command::OpenAgenda,
        Command::AddItem {
            label: "vague".into(),
            owner: ANA,
        },
        Command::StartItem { item: None },
        Command::StateTension {
            text: "Things feel slow".into(),
        },
    ]);
    m.when(Command::EndItem {
        ending: Ending::Discarded,
        reason: None,
    })
    .then_refusal(Refusal::ReasonRequired);
    m.ok(Command::EndItem {
        ending: Ending::Discarded,
        reason: Some("no real example".into()),
    });
    assert_eq!(m.phase(), Phase::Agenda);
    let item = &m.session.state().agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::Discarded));
}

#[test]
fn clarifying_questions_must_be_settled_before_reactions() {
    let mut m = Meeting::four();
    m.at_item_with_proposal();
    m.ok(Command::OpenClarifyingQuestions);
    m.ok(Command::AskQuestion {
        asker: CHEN,
        text: "Which releases?".into(),
    });
    m.ok(Command::AskQuestion {
        asker: DAAN,
        text: "Isn't that a bad idea?".into(),
    });
    m.ok(Command::AskQuestion {
        asker: ANA,
        text: "Who reads them?".into(),
    });
    assert_eq!(
        m.when(Command::OpenReactionRound).then_says(),
        "Questions 1, 2 and 3 still need an answer (or \"not specified\", or an out-of-order ruling)."
    );
    m.ok(Command::AnswerQuestion {
        question: 1,
        answer: Some("All public ones".into()),
    });
    m.ok(Command::RuleQuestionOutOfOrder {
        question: 2,
        reason: "a reaction, save it for the reaction round".into(),
    });
    m.ok(Command::AnswerQuestion {
        question: 3,
        answer: None,
    });
    assert!(matches!(
        m.refused(Command::AnswerQuestion {
            question: 1,
            answer: Some("again".into())
        }),
        Refusal::QuestionSettled { number: 1 }
    ));
    assert!(matches!(
        m.refused(Command::AnswerQuestion {
            question: 0,
            answer: None
        }),
        Refusal::UnknownQuestion { number: 0 }
    ));
    m.ok(Command::OpenReactionRound);
    let item = &m.session.state().agenda[0];
    assert_eq!(item.questions()[2].answer, Some(None));
    assert_eq!(m.session.state().rulings.len(), 1);
}

#[test]
fn reaction_round_must_complete_before_amend_and_clarify() {
    let mut m = Meeting::four();
    m.at_item_with_proposal();
    m.ok(Command::OpenClarifyingQuestions);
    m.ok(Command::OpenReactionRound);
    m.say("I like it");
    assert_eq!(
        m.when(Command::OpenAmendAndClarify).then_says(),
        "The reaction round is not complete: Ana and Daan have not had a turn."
    );
    m.passes(2);
    m.ok(Command::OpenAmendAndClarify);
    m.ok(Command::Clarify {
        text: "Notes can be short".into(),
    });
    m.when(Command::AmendProposal {
        text: "The Release role writes notes before each release".into(),
        for_objection: None,
    })
    .then_refusal(Refusal::UnchangedProposal);
    // Amending for an objection is judged before the text: outside
    // integration that is "not now", whatever the text says.
    assert!(matches!(
        m.refused(Command::AmendProposal {
            text: "The Release role writes notes before each release".into(),
            for_objection: Some(1),
        }),
        Refusal::NotNow { .. }
    ));
    m.ok(Command::AmendProposal {
        text: "The Release role writes short notes before each release".into(),
        for_objection: None,
    });
    let item = &m.session.state().agenda[0];
    assert_eq!(item.versions().len(), 2);
    assert_eq!(
        item.clarifications(),
        vec!["Notes can be short".to_string()]
    );
}

#[test]
fn adoption_without_objections() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.passes(2);
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Adopted,
            reason: None
        }),
        Refusal::RoundIncomplete {
            kind: RoundKind::Objection,
            ..
        }
    ));
    m.passes(2);
    m.when(Command::OpenIntegration)
        .then_refusal(Refusal::NoObjections);
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let item = &m.session.state().agenda[0];
    let end = item.end.as_ref().expect("ended");
    assert_eq!(end.ending, Ending::Adopted);
    assert_eq!(end.adopted_version, Some(1));
    assert_eq!(m.phase(), Phase::Agenda);
}

#[test]
fn objection_tested_valid_integrated_and_adopted() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    // Objection round 4 (rounds 0..3 before) goes Forward from index 4%4=0.
    m.passes(1); // Ana
    m.say("Notes before each release will delay hotfixes"); // Bram? order check below
    m.passes(2);
    let item = m.session.state().agenda[0].clone();
    assert_eq!(item.concerns().len(), 1);
    let objector = item.concerns()[0].objector;
    assert_eq!(
        m.when(Command::EndItem {
            ending: Ending::Adopted,
            reason: None
        })
        .then_says(),
        format!(
            "Concerns from {} still need to be recorded as objections or tested.",
            m.session.state().name(objector)
        )
    );
    m.ok(Command::RequestTest {
        concern: 1,
        by: DAAN,
    });
    assert_eq!(
        m.when(Command::RecordObjection { concern: 1 }).then_says(),
        "Daan asked for this concern to be tested, so it must be tested against the criteria."
    );
    for criterion in Criterion::ALL {
        assert_eq!(
            m.session.state().agenda[0].concerns()[0].next_criterion(),
            Some(criterion)
        );
        m.ok(Command::TestCriterion {
            concern: 1,
            criterion,
            argument: format!("argument for {}", criterion.letter()),
            holds: true,
        });
    }
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Valid
    );
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Adopted,
            reason: None
        }),
        Refusal::ObjectionsOpen { .. }
    ));
    m.ok(Command::OpenIntegration);
    m.when(Command::ConfirmObjector { concern: 1 })
        .then_refusal(Refusal::NotAmendedSinceObjection { number: 1 });
    assert!(matches!(
        m.refused(Command::OpenObjectionRound),
        Refusal::ObjectionsOpen { .. }
    ));
    m.ok(Command::AmendProposal {
        text: "The Release role writes notes before each release; hotfixes get notes within a day"
            .into(),
        for_objection: Some(1),
    });
    m.ok(Command::ConfirmObjector { concern: 1 });
    m.ok(Command::ConfirmProposer { concern: 1 });
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Integrated { version: 2 }
    );
    m.ok(Command::OpenObjectionRound);
    m.passes(4);
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let end = m.session.state().agenda[0].end.clone().expect("ended");
    assert_eq!(end.adopted_version, Some(2));
}

#[test]
fn a_concern_failing_a_criterion_is_dismissed_and_further_tests_refused() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.say("I worry nobody will read them");
    m.passes(3);
    m.ok(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::Harm,
        argument: "Support loses time".into(),
        holds: true,
    });
    m.when(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::Harm,
        argument: "again".into(),
        holds: true,
    })
    .then_refusal(Refusal::CriterionAlreadyTested {
        criterion: Criterion::Harm,
    });
    assert!(matches!(
        m.refused(Command::TestCriterion {
            concern: 1,
            criterion: Criterion::Role,
            argument: String::new(),
            holds: true,
        }),
        Refusal::Empty { .. }
    ));
    m.ok(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::Role,
        argument: String::new(),
        holds: false,
    });
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Dismissed {
            criterion: Criterion::Role
        }
    );
    m.when(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::CausedByProposal,
        argument: "x".into(),
        holds: true,
    })
    .then_refusal(Refusal::ConcernNotOpen { number: 1 });
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
}

#[test]
fn secretary_rules_on_rule_violations() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.say("This proposal breaks our rules: it assigns work to a person, not a role");
    m.passes(3);
    m.ok(Command::SetSecretary { person: None });
    m.when(Command::SecretaryRuling {
        concern: 1,
        upheld: true,
        note: "x".into(),
    })
    .then_refusal(Refusal::NoSecretary);
    m.ok(Command::SetSecretary { person: Some(BRAM) });
    m.ok(Command::SecretaryRuling {
        concern: 1,
        upheld: true,
        note: "Accountabilities go to roles".into(),
    });
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Valid
    );
    m.ok(Command::OpenIntegration);
    m.ok(Command::AbandonObjection {
        concern: 1,
        reason: "objector would not suggest any amendment".into(),
    });
    m.ok(Command::OpenObjectionRound);
    m.passes(4);
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
}

#[test]
fn endings_are_allowed_only_in_their_steps() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.when(Command::EndItem {
        ending: Ending::ProcessBreakdown,
        reason: Some("stuck".into()),
    })
    .then_refusal(Refusal::EndingNotAllowed {
        step: IdmStep::ObjectionRound,
    });
    m.when(Command::EndItem {
        ending: Ending::Dropped,
        reason: Some("bad faith".into()),
    })
    .then_refusal(Refusal::EndingNotAllowed {
        step: IdmStep::ObjectionRound,
    });
    m.ok(Command::EndItem {
        ending: Ending::Unfinished,
        reason: None,
    });
    assert_eq!(
        m.session.state().agenda[0].end.as_ref().map(|e| e.ending),
        Some(Ending::Unfinished)
    );
}

#[test]
fn time_out_pauses_content_and_the_speakers_clock() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.after(
        30,
        Command::StartTimeOut {
            requested_by: Some(CHEN),
            reason: "are we allowed to pass?".into(),
        },
    )
    .expect("time-out");
    m.when(Command::Speak {
        person: None,
        speech: Speech::Pass,
    })
    .then_refusal(Refusal::TimeOutRunning);
    m.ok(Command::Note {
        text: "passing is fine".into(),
    });
    m.after(120, Command::EndTimeOut { note: None })
        .expect("end");
    m.after(
        20,
        Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
    )
    .expect("turn");
    // Ana had the floor 30 s before and 20 s after the time-out.
    let turn = &m.session.state().rounds[0].turns[0];
    assert_eq!(turn.seconds, 50);
    m.when(Command::EndTimeOut { note: None })
        .then_refusal(Refusal::NoTimeOut);
}

#[test]
fn out_of_order_and_outputs_are_recorded_at_any_point() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.ok(Command::RecordOutOfOrder {
        person: Some(BRAM),
        kind: OutOfOrderKind::CrossTalk,
        note: "responded to Ana".into(),
    });
    m.ok(Command::RecordOutput {
        kind: OutputKind::Information,
        owner: None,
        text: "Office closed Friday".into(),
        role: None,
    });
    assert_eq!(m.session.state().rulings.len(), 1);
    assert_eq!(m.session.state().outputs.len(), 1);
}

#[test]
fn close_out_requires_every_unfinished_item_to_be_decided() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.ok(Command::EndItem {
        ending: Ending::Unfinished,
        reason: Some("time".into()),
    });
    m.ok(Command::AddItem {
        label: "coffee".into(),
        owner: CHEN,
    });
    m.ok(Command::AddItem {
        label: "parking".into(),
        owner: DAAN,
    });
    m.ok(Command::OpenClosingRound);
    assert!(matches!(
        m.refused(Command::OpenCloseOut),
        Refusal::RoundIncomplete {
            kind: RoundKind::Closing,
            ..
        }
    ));
    m.passes(4);
    m.ok(Command::OpenCloseOut);
    let ids: Vec<_> = m.session.state().agenda.iter().map(|i| i.id).collect();
    m.ok(Command::Dispose {
        item: ids[0],
        disposition: Disposition::CarriedOver,
    });
    assert_eq!(
        m.when(Command::CloseSession).then_says(),
        "Mark \"coffee\" and \"parking\" as carried over or let go before closing."
    );
    m.ok(Command::Dispose {
        item: ids[1],
        disposition: Disposition::LetGo,
    });
    m.ok(Command::Dispose {
        item: ids[2],
        disposition: Disposition::CarriedOver,
    });
    m.ok(Command::CloseSession);
    assert!(m.session.state().is_closed());
    assert!(matches!(
        m.refused(Command::Note {
            text: "late".into()
        }),
        Refusal::NotNow { .. }
    ));
}

#[test]
fn adopted_items_need_no_close_out_decision() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.passes(4);
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    m.ok(Command::OpenClosingRound);
    m.passes(4);
    m.ok(Command::OpenCloseOut);
    let id = m.session.state().agenda[0].id;
    assert!(matches!(
        m.refused(Command::Dispose {
            item: id,
            disposition: Disposition::LetGo
        }),
        Refusal::NoDispositionNeeded { .. }
    ));
    m.ok(Command::CloseSession);
}

#[test]
fn undo_retracts_the_last_entry_without_rewriting_history() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.say("Ana's check-in");
    m.say("typo for Bram");
    m.ok(Command::Undo);
    assert_eq!(m.session.state().whose_turn(), Some(BRAM));
    assert_eq!(m.session.log().len(), 4, "the log only grows");
    m.say("Bram's check-in");
    m.ok(Command::Undo);
    m.ok(Command::Undo);
    assert_eq!(m.session.state().whose_turn(), Some(ANA));
    m.ok(Command::Undo);
    assert_eq!(m.phase(), Phase::Opening);
    m.when(Command::Undo).then_refusal(Refusal::NothingToUndo);
    let rebuilt = Session::from_log(m.session.setup().clone(), m.session.log().to_vec())
        .expect("log is valid");
    assert_eq!(rebuilt.state(), m.session.state());
}

#[test]
fn a_clock_jumping_backwards_never_reorders_the_log() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    let earlier = m.now - TimeDelta::hours(2);
    m.session
        .execute(
            &Command::Speak {
                person: None,
                speech: Speech::Pass,
            },
            earlier,
        )
        .expect("turn");
    let log = m.session.log();
    assert!(log[1].at >= log[0].at);
    assert_eq!(m.session.state().rounds[0].turns[0].seconds, 0);
}

#[test]
fn fair_share_divides_remaining_time_over_remaining_items() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.passes(4);
    m.ok(Command::OpenAgenda);
    for label in ["a", "b", "c"] {
        m.ok(Command::AddItem {
            label: label.into(),
            owner: ANA,
        });
    }
    // 60 minutes from 14:05; 9 commands of 10 s each have passed.
    let state = m.session.state();
    assert_eq!(state.remaining_secs(m.now), Some(3600 - 90));
    assert_eq!(state.fair_share_secs(m.now), Some((3600 - 90) / 3));
    m.ok(Command::StartItem { item: None });
    let item = &m.session.state().agenda[0];
    assert_eq!(item.allowance_secs, Some((3600 - 100) / 3));
}

#[test]
fn every_refusal_has_an_english_message() {
    // The messages are part of the product; make sure none is blank.
    let mut m = Meeting::four();
    let words = Lang::En.words();
    for command in [
        Command::OpenAgenda,
        Command::Undo,
        Command::EndTimeOut { note: None },
        Command::CloseSession,
    ] {
        let refusal = m.refused(command);
        assert!(!words.refusal(&refusal).trim().is_empty());
    }
}

#[test]
fn a_rules_claim_the_secretary_rejects_can_still_be_tested_once() {
    let mut m = Meeting::four();
    m.reach_objection_round();
    m.say("This breaks our rules");
    m.passes(3);
    m.ok(Command::SecretaryRuling {
        concern: 1,
        upheld: false,
        note: "The rules allow this".into(),
    });
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Raised
    );
    m.when(Command::SecretaryRuling {
        concern: 1,
        upheld: true,
        note: "changed my mind".into(),
    })
    .then_refusal(Refusal::SecretaryAlreadyRuled { number: 1 });
    m.ok(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::Harm,
        argument: String::new(),
        holds: false,
    });
    assert_eq!(
        m.session.state().agenda[0].concerns()[0].status(),
        ConcernStatus::Dismissed {
            criterion: Criterion::Harm
        }
    );
}

#[test]
fn skipped_turns_are_not_speaking_time_and_tally_counts_actions_only() {
    use spanning::meeting::views::{speaking_time, tally};
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.after(
        30,
        Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
    )
    .expect("turn");
    m.after(
        45,
        Command::Skip {
            person: None,
            reason: "absent".into(),
        },
    )
    .expect("skip");
    let times = speaking_time(m.session.state());
    assert_eq!(times[0], (ANA, 30));
    assert_eq!(times[1], (BRAM, 0));
    for kind in [
        OutputKind::NextAction,
        OutputKind::Project,
        OutputKind::Information,
    ] {
        m.ok(Command::RecordOutput {
            kind,
            owner: Some(CHEN),
            text: "x".into(),
            role: None,
        });
    }
    assert_eq!(tally(m.session.state()).actions, 2);
}

#[test]
fn a_stated_proposal_is_corrected_until_clarifying_questions_start() {
    let mut m = Meeting::four();
    m.ok(Command::StartCheckIn);
    m.passes(4);
    m.ok(Command::OpenAgenda);
    m.ok(Command::AddItem {
        label: "release notes".into(),
        owner: BRAM,
    });
    m.ok(Command::StartItem { item: None });
    m.when(Command::CorrectProposal {
        text: "Anything".into(),
    })
    .then_refusal(Refusal::NoProposal);
    m.ok(Command::StateProposal {
        text: "The Release role writes ntoes before each release".into(),
    });
    // Stating it again is still refused; correcting it is not.
    m.when(Command::StateProposal {
        text: "The Release role writes notes before each release".into(),
    })
    .then_refusal(Refusal::ProposalAlreadyStated);
    m.when(Command::CorrectProposal {
        text: "The Release role writes ntoes before each release".into(),
    })
    .then_refusal(Refusal::UnchangedProposal);
    m.when(Command::CorrectProposal {
        text: "The Release role writes notes before each release".into(),
    })
    .then(spanning::meeting::Event::ProposalCorrected {
        text: "The Release role writes notes before each release".into(),
    });
    let item = &m.session.state().agenda[0];
    assert_eq!(item.versions().len(), 1, "a correction, not a new version");
    assert_eq!(
        item.versions()[0].text,
        "The Release role writes notes before each release"
    );
    // Once questions start, changes are amendments.
    m.ok(Command::OpenClarifyingQuestions);
    assert!(matches!(
        m.refused(Command::CorrectProposal {
            text: "The Release role writes notes after each release".into(),
        }),
        Refusal::NotNow {
            action: spanning::meeting::Action::CorrectProposal,
            ..
        }
    ));
    // Undo takes the correction back to the text as stated.
    let mut undone = Meeting::four();
    undone.at_item_with_proposal();
    undone.ok(Command::CorrectProposal {
        text: "Notes before each release".into(),
    });
    undone.ok(Command::Undo);
    assert_eq!(
        undone.session.state().agenda[0].versions()[0].text,
        "The Release role writes notes before each release"
    );
}
