//! Engine tests for the consent rule set (Sociocracy 3.0 style): every
//! allowed and refused command of its steps, the commands of the other
//! rule set refused with the reason, and a full consent meeting.

use std::ops::{Deref, DerefMut};

use crate::support::consent as consent_support;
use crate::support::script::Script;

use chrono::{Duration, NaiveDate};
use consent_support::{FATIMA, JOOST, NOOR, PIETER, Stage, consent_setup, until};
use spanning::meeting::state::ConcernStatus;
use spanning::meeting::{
    Action, Command, ConsentAnswer, Criterion, DriverPart, Ending, Field, IdmStep, Phase, Refusal,
    RoundKind, RuleSet, Session, Speech,
};
use spanning::text::Lang;

/// The meeting at `stage`, going on a command every 30 seconds.
struct At(Script);

impl Deref for At {
    type Target = Script;
    fn deref(&self) -> &Script {
        &self.0
    }
}

impl DerefMut for At {
    fn deref_mut(&mut self) -> &mut Script {
        &mut self.0
    }
}

impl At {
    fn stage(stage: Stage) -> At {
        let (session, clock) = until(Lang::En, stage);
        let now = consent_support::opened() + Duration::seconds(clock);
        At(Script::resume(session, now).every(30))
    }

    fn ok(&mut self, command: Command) {
        self.run(command);
    }

    fn refused(&mut self, command: Command) -> Refusal {
        // `then_refused` also checks it reads as a sentence in every language.
        self.when(command).then_refused()
    }

    fn step(&self) -> Option<IdmStep> {
        match self.session.state().phase {
            Phase::Item { step, .. } => Some(step),
            _ => None,
        }
    }
}

fn wrong(action: Action, rules: RuleSet) -> Refusal {
    Refusal::WrongRules { action, rules }
}

fn consent(text: Option<&str>, objection: bool) -> Command {
    Command::AnswerConsent {
        person: None,
        answer: match (text, objection) {
            (None, _) => ConsentAnswer::Consent,
            (Some(t), false) => ConsentAnswer::Concern { text: t.into() },
            (Some(t), true) => ConsentAnswer::Objection { text: t.into() },
        },
    }
}

fn adopt(date: NaiveDate, criteria: &str) -> Command {
    Command::AdoptAgreement {
        review_date: date,
        criteria: criteria.into(),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

#[test]
fn a_full_consent_meeting() {
    let (session, _) = until(Lang::En, Stage::Closed);
    let state = session.state();
    assert!(state.is_closed());
    let item = &state.agenda[0];
    let end = item.end.as_ref().expect("ended");
    assert_eq!(end.ending, Ending::Adopted);
    assert_eq!(end.adopted_version, Some(3));
    let review = item.review().expect("review recorded");
    assert_eq!(review.date, consent_support::review_date());
    assert!(review.criteria.contains("reworked"));
    // The driver, not tension and example.
    assert!(item.driver().is_valid());
    assert!(item.driver().part(DriverPart::Impact).is_some());
    assert!(item.tension().is_none() && item.example().is_none());
    // Quick reactions, then two consent rounds.
    let kinds: Vec<RoundKind> = item
        .rounds
        .iter()
        .map(|n| {
            state
                .rounds
                .iter()
                .find(|r| r.number == *n)
                .expect("round")
                .kind
        })
        .collect();
    assert_eq!(
        kinds,
        [
            RoundKind::QuickReaction,
            RoundKind::Consent,
            RoundKind::Consent
        ]
    );
    // The proposer has no quick reaction; everyone answers consent rounds.
    let quick = state
        .rounds
        .iter()
        .find(|r| r.kind == RoundKind::QuickReaction)
        .expect("quick reactions");
    assert!(!quick.order.contains(&FATIMA));
    // A logged concern (not blocking) and a resolved objection.
    let concerns: Vec<_> = item
        .consent_turns()
        .iter()
        .filter(|t| matches!(t.answer, ConsentAnswer::Concern { .. }))
        .collect();
    assert_eq!(concerns.len(), 1);
    assert_eq!(concerns[0].person, PIETER);
    // Noor's objection was resolved; Joost's, in the second round, was
    // taken as a concern after checking it with him.
    assert_eq!(item.concerns().len(), 2, "concerns hold only objections");
    assert_eq!(item.concerns()[0].objector, NOOR);
    assert_eq!(
        item.concerns()[0].status(),
        ConcernStatus::Integrated { version: 3 }
    );
    assert_eq!(item.concerns()[1].objector, JOOST);
    assert_eq!(item.concerns()[1].status(), ConcernStatus::Requalified);
    assert!(state.rulings.iter().any(|r| matches!(
        r.kind,
        spanning::meeting::state::RulingKind::ObjectionRequalified { objection: 2, .. }
    )));
    assert_eq!(item.versions()[2].for_objection, Some(1));
    assert_eq!(item.consent_turns().len(), 8);
    // The second item was carried over.
    assert!(state.agenda[1].driver().situation.is_some());
}

#[test]
fn the_consent_session_round_trips_through_its_file() {
    let (session, _) = until(Lang::En, Stage::Closed);
    let bytes = spanning::store::session_bytes("x", &session);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("x.json");
    std::fs::write(&path, &bytes).expect("write");
    let loaded = spanning::store::load(&path).expect("loads");
    assert_eq!(loaded.session.state(), session.state());
    assert_eq!(loaded.session.setup().rules, RuleSet::Consent);
    assert_eq!(spanning::store::session_bytes("x", &loaded.session), bytes);
    let text = String::from_utf8(bytes).expect("utf-8");
    for needle in [
        "\"rules\": \"consent\"",
        "\"driver_described\"",
        "\"consent_answered\"",
        "\"objection_resolved\"",
        "\"agreement_adopted\"",
        "\"review_date\": \"2027-02-22\"",
        "\"quick_reaction\"",
        "\"consent_round\"",
        "\"resolve_objections\"",
    ] {
        assert!(text.contains(needle), "{needle} missing from the file");
    }
}

#[test]
fn the_driver_replaces_tension_and_example() {
    let mut m = At::stage(Stage::DriverHalf);
    assert_eq!(m.step(), Some(IdmStep::PresentProposal));
    m.when(Command::StateTension { text: "x".into() })
        .then_refusal(wrong(Action::PresentProposal, RuleSet::Consent));
    m.when(Command::GiveExample { text: "x".into() })
        .then_refusal(wrong(Action::PresentProposal, RuleSet::Consent));
    m.when(Command::DescribeDriver {
        part: DriverPart::Need,
        text: "  ".into(),
    })
    .then_refusal(Refusal::Empty { field: Field::Need });
    // A part can be restated; the latest words count.
    m.ok(Command::DescribeDriver {
        part: DriverPart::Effect,
        text: "Rework.".into(),
    });
    let item = m.session.state().active_item().expect("item");
    assert_eq!(item.driver().effect.as_deref(), Some("Rework."));
    // Not after presenting.
    let mut later = At::stage(Stage::Questions);
    assert!(matches!(
        later.refused(Command::DescribeDriver {
            part: DriverPart::Situation,
            text: "x".into()
        }),
        Refusal::NotNow {
            action: Action::DescribeDriver,
            ..
        }
    ));
}

#[test]
fn a_proposal_without_a_driver_can_be_discarded_and_with_one_cannot() {
    // Situation given, need missing: discardable, with a reason.
    let mut m = At::stage(Stage::DriverHalf);
    m.when(Command::EndItem {
        ending: Ending::Discarded,
        reason: None,
    })
    .then_refusal(Refusal::ReasonRequired);
    m.ok(Command::EndItem {
        ending: Ending::Discarded,
        reason: Some("No need stated.".into()),
    });
    // Situation and need given: not discardable.
    let mut m = At::stage(Stage::DriverFull);
    m.when(Command::EndItem {
        ending: Ending::Discarded,
        reason: Some("x".into()),
    })
    .then_refusal(Refusal::DriverComplete);
}

#[test]
fn reactions_are_quick_reactions_in_turn() {
    let m = At::stage(Stage::QuickReactions);
    let round = m.session.state().current_round().expect("round");
    assert_eq!(round.kind, RoundKind::QuickReaction);
    assert_eq!(round.turns.len(), 1);
    assert!(!round.order.contains(&FATIMA));
}

#[test]
fn integrative_steps_are_refused_under_consent_rules() {
    let mut m = At::stage(Stage::Amended);
    m.when(Command::OpenObjectionRound)
        .then_refusal(wrong(Action::OpenObjectionRound, RuleSet::Consent));
    let mut m = At::stage(Stage::ConsentObjected);
    for command in [
        Command::RecordObjection { concern: 1 },
        Command::RequestTest {
            concern: 1,
            by: JOOST,
        },
        Command::TestCriterion {
            concern: 1,
            criterion: Criterion::Harm,
            argument: "x".into(),
            holds: true,
        },
        Command::SecretaryRuling {
            concern: 1,
            upheld: true,
            note: "x".into(),
        },
    ] {
        m.when(command)
            .then_refusal(wrong(Action::HandleConcern, RuleSet::Consent));
    }
    m.when(Command::OpenIntegration)
        .then_refusal(wrong(Action::OpenIntegration, RuleSet::Consent));
    m.when(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    })
    .then_refusal(Refusal::ReviewNeeded);
    let mut m = At::stage(Stage::ResolveAmended);
    for command in [
        Command::ConfirmObjector { concern: 1 },
        Command::ConfirmProposer { concern: 1 },
        Command::AbandonObjection {
            concern: 1,
            reason: "x".into(),
        },
    ] {
        m.when(command)
            .then_refusal(wrong(Action::Integrate, RuleSet::Consent));
    }
}

#[test]
fn consent_steps_are_refused_under_integrative_rules() {
    let setup = spanning::meeting::Setup {
        rules: RuleSet::Integrative,
        ..consent_setup(Lang::En)
    };
    let mut session = Session::open(setup).expect("valid");
    let t = consent_support::opened();
    for (i, command) in [
        Command::StartCheckIn,
        Command::Skip {
            person: None,
            reason: "x".into(),
        },
        Command::Skip {
            person: None,
            reason: "x".into(),
        },
        Command::Skip {
            person: None,
            reason: "x".into(),
        },
        Command::Skip {
            person: None,
            reason: "x".into(),
        },
        Command::OpenAgenda,
        Command::AddItem {
            label: "Reviews".into(),
            owner: FATIMA,
        },
        Command::StartItem { item: None },
    ]
    .iter()
    .enumerate()
    {
        session
            .execute(command, t + Duration::seconds(i as i64))
            .expect("setup step");
    }
    for (command, action) in [
        (
            Command::DescribeDriver {
                part: DriverPart::Situation,
                text: "x".into(),
            },
            Action::DescribeDriver,
        ),
        (Command::OpenConsentRound, Action::OpenConsentRound),
        (consent(None, false), Action::AnswerConsent),
        (Command::OpenResolution, Action::OpenResolution),
        (
            Command::ResolveObjection { objection: 1 },
            Action::ResolveObjection,
        ),
        (adopt(date(2027, 1, 1), "criteria"), Action::AdoptAgreement),
        (
            Command::RequalifyObjection {
                objection: 1,
                reason: "x".into(),
            },
            Action::RequalifyObjection,
        ),
    ] {
        let refusal = session
            .execute(&command, t + Duration::seconds(60))
            .expect_err("refused");
        assert_eq!(refusal, wrong(action, RuleSet::Integrative));
        assert!(
            Lang::En
                .words()
                .refusal(&refusal)
                .contains("consent rule set")
        );
        assert!(Lang::Nl.words().refusal(&refusal).contains("consentregels"));
    }
}

#[test]
fn the_consent_round_takes_consent_concerns_and_objections_in_turn() {
    let mut m = At::stage(Stage::ConsentMidway);
    let state = m.session.state();
    assert_eq!(m.step(), Some(IdmStep::ConsentRound));
    let round = state.current_round().expect("round");
    assert_eq!(round.kind, RoundKind::Consent);
    assert_eq!(round.order.len(), 4, "everyone, the proposer too");
    assert_eq!(state.whose_turn(), Some(NOOR));
    // Free speech is not an answer here.
    m.when(Command::Speak {
        person: None,
        speech: Speech::Pass,
    })
    .then_refusal(Refusal::ConsentAnswerNeeded);
    m.when(consent(Some(" "), true))
        .then_refusal(Refusal::Empty {
            field: Field::Speech,
        });
    // A person answers once.
    let first = m.session.state().current_round().expect("round").turns[0].person;
    assert!(matches!(
        m.refused(Command::AnswerConsent {
            person: Some(first),
            answer: ConsentAnswer::Consent
        }),
        Refusal::AlreadyHadTurn { .. }
    ));
    // Moving on needs a complete round.
    assert!(matches!(
        m.refused(Command::OpenResolution),
        Refusal::RoundIncomplete {
            kind: RoundKind::Consent,
            ..
        }
    ));
    assert!(matches!(
        m.refused(adopt(date(2027, 1, 1), "x")),
        Refusal::RoundIncomplete { .. }
    ));
    // Skipping someone who left is still possible.
    m.ok(consent(Some("Too early for mobile."), true));
    m.ok(Command::Skip {
        person: None,
        reason: "left early".into(),
    });
    let item = m.session.state().active_item().expect("item");
    assert_eq!(item.concerns().len(), 1);
    assert!(item.concerns()[0].is_open_objection());
    // Consent answers only in a consent round.
    let mut early = At::stage(Stage::Amended);
    assert!(matches!(
        early.refused(consent(None, false)),
        Refusal::NotNow {
            action: Action::AnswerConsent,
            ..
        }
    ));
}

#[test]
fn concerns_are_logged_and_do_not_block_adoption() {
    let mut m = At::stage(Stage::Amended);
    m.ok(Command::OpenConsentRound);
    m.ok(consent(Some("Mondays are full."), false));
    m.ok(consent(Some("Slides, please."), false));
    m.ok(consent(None, false));
    m.ok(consent(None, false));
    m.when(Command::OpenResolution)
        .then_refusal(Refusal::NothingToResolve);
    m.ok(adopt(date(2027, 1, 5), "Ask the team in January."));
    let item = &m.session.state().agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::Adopted));
    assert_eq!(m.session.state().phase, Phase::Agenda);
}

#[test]
fn objections_block_until_resolved_one_by_one() {
    let mut m = At::stage(Stage::ConsentObjected);
    assert!(matches!(
        m.refused(adopt(date(2027, 1, 1), "x")),
        Refusal::ObjectionsUnresolved { .. }
    ));
    m.ok(Command::OpenResolution);
    assert_eq!(m.step(), Some(IdmStep::ResolveObjections));
    // Not resolved without an amendment since it was raised.
    m.when(Command::ResolveObjection { objection: 1 })
        .then_refusal(Refusal::NotAmendedSinceObjection { number: 1 });
    m.when(Command::ResolveObjection { objection: 7 })
        .then_refusal(Refusal::UnknownObjection { number: 7 });
    assert!(matches!(
        m.refused(Command::OpenConsentRound),
        Refusal::ObjectionsUnresolved { .. }
    ));
    m.when(Command::AmendProposal {
        text: "x".into(),
        for_objection: Some(4),
    })
    .then_refusal(Refusal::UnknownObjection { number: 4 });
    let current = m
        .session
        .state()
        .active_item()
        .and_then(|i| i.current_version())
        .map(|v| v.text.clone())
        .expect("proposal");
    // A dialog opening with the current text is told about the objection
    // first, and only then that nothing changed yet.
    m.when(Command::AmendProposal {
        text: current.clone(),
        for_objection: Some(4),
    })
    .then_refusal(Refusal::UnknownObjection { number: 4 });
    m.when(Command::AmendProposal {
        text: current,
        for_objection: Some(1),
    })
    .then_refusal(Refusal::UnchangedProposal);
    m.ok(Command::AmendProposal {
        text: "The day before each team's planning.".into(),
        for_objection: Some(1),
    });
    m.ok(Command::ResolveObjection { objection: 1 });
    m.when(Command::ResolveObjection { objection: 1 })
        .then_refusal(Refusal::ObjectionNotOpen { number: 1 });
    // Adoption only from a consent round.
    assert!(matches!(
        m.refused(adopt(date(2027, 1, 1), "x")),
        Refusal::NotNow {
            action: Action::AdoptAgreement,
            ..
        }
    ));
    // Resolution may end in breakdown or be dropped, like integration.
    let mut breakdown = At::stage(Stage::Resolving);
    breakdown.ok(Command::EndItem {
        ending: Ending::ProcessBreakdown,
        reason: Some("No amendment after twenty minutes.".into()),
    });
    m.ok(Command::OpenConsentRound);
    assert_eq!(m.step(), Some(IdmStep::ConsentRound));
}

#[test]
fn adoption_records_a_review_date_not_before_the_meeting_and_criteria() {
    let mut m = At::stage(Stage::ConsentComplete);
    m.when(adopt(date(2026, 11, 21), "x"))
        .then_refusal(Refusal::ReviewDateBeforeMeeting {
            date: date(2026, 11, 21),
            meeting: date(2026, 11, 22),
        });
    let words = Lang::En.words();
    assert!(
        words
            .refusal(&Refusal::ReviewDateBeforeMeeting {
                date: date(2026, 11, 21),
                meeting: date(2026, 11, 22)
            })
            .contains("2026-11-22 or later")
    );
    m.when(adopt(date(2027, 1, 1), "  "))
        .then_refusal(Refusal::Empty {
            field: Field::Criteria,
        });
    // The meeting's own date is allowed (a same-day check).
    m.ok(adopt(date(2026, 11, 22), "Check at the end of the day."));
    let item = &m.session.state().agenda[0];
    assert_eq!(item.review().map(|r| r.date), Some(date(2026, 11, 22)));
    // Undo brings the consent round back, without the review.
    m.ok(Command::Undo);
    assert_eq!(m.step(), Some(IdmStep::ConsentRound));
    assert!(m.session.state().agenda[0].review().is_none());
    assert!(m.session.state().agenda[0].end.is_none());
}

#[test]
fn the_facilitator_can_take_an_objection_as_a_concern() {
    let mut m = At::stage(Stage::ConsentObjected);
    m.when(Command::RequalifyObjection {
        objection: 1,
        reason: " ".into(),
    })
    .then_refusal(Refusal::Empty {
        field: Field::Reason,
    });
    assert!(
        Lang::En
            .words()
            .refusal(&m.refused(adopt(date(2027, 1, 1), "x")))
            .contains("take one as a concern")
    );
    m.when(Command::RequalifyObjection {
        objection: 2,
        reason: "x".into(),
    })
    .then_refusal(Refusal::UnknownObjection { number: 2 });
    m.ok(Command::RequalifyObjection {
        objection: 1,
        reason: "Noor agreed it does not stop us responding to the driver.".into(),
    });
    let state = m.session.state();
    let item = state.active_item().expect("item");
    assert_eq!(item.concerns()[0].status(), ConcernStatus::Requalified);
    assert!(!item.concerns()[0].is_open_objection());
    assert!(matches!(
        state.rulings.last().map(|r| &r.kind),
        Some(spanning::meeting::state::RulingKind::ObjectionRequalified { objection: 1, .. })
    ));
    assert_eq!(
        spanning::meeting::consent::tally(item, item.consent_turns()[0].round),
        (2, 2, 0)
    );
    // Nothing blocks any more: resolution has nothing to do, adoption is open.
    m.when(Command::OpenResolution)
        .then_refusal(Refusal::NothingToResolve);
    m.when(Command::RequalifyObjection {
        objection: 1,
        reason: "x".into(),
    })
    .then_refusal(Refusal::ObjectionNotOpen { number: 1 });
    m.ok(adopt(date(2027, 2, 1), "Ask the mobile team in February."));
    let minutes = spanning::minutes::markdown(&m.session, Lang::En.words());
    assert!(minutes.contains("taken as a concern (logged, not blocking): Noor agreed"));
    assert!(minutes.contains("objection 1 by Noor taken as a concern"));
    // Only in the consent round: not while resolving, not under integrative rules.
    let mut amending = At::stage(Stage::Amended);
    assert!(matches!(
        amending.refused(Command::RequalifyObjection {
            objection: 1,
            reason: "x".into()
        }),
        Refusal::NotNow {
            action: Action::RequalifyObjection,
            ..
        }
    ));
    // While resolving, an objection can still turn out to be a concern;
    // then nothing is left to resolve and a new consent round can start.
    let mut resolving = At::stage(Stage::Resolving);
    resolving.ok(Command::RequalifyObjection {
        objection: 1,
        reason: "On reflection a preference.".into(),
    });
    resolving.ok(Command::OpenConsentRound);
}
