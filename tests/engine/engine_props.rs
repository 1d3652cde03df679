//! Property tests over random meetings: whatever the facilitator presses,
//! the engine never panics, the log refolds to the same state, the JSON
//! round-trips exactly, and rounds give everyone exactly one turn.

use crate::support::scenario::Scenario;
use std::collections::HashSet;

use chrono::{DateTime, TimeDelta};
use proptest::prelude::*;
use spanning::meeting::{
    Command, ConsentAnswer, Criterion, Direction, Disposition, DriverPart, Ending, EntryAnswer,
    EntryDef, MeetingFormat, OutOfOrderKind, OutputKind, PersonId, Recorded, RequestTo, RuleSet,
    Session, Setup, Speech, TacticalList, TacticalLists, Term,
};
use spanning::text::Lang;

fn setup(people: usize, rules: RuleSet) -> Setup {
    let names = ["Ana", "Bram", "Chen", "Daan", "Eline", "Fatima", "Gijs"];
    let opened = DateTime::parse_from_rfc3339("2026-11-22T09:00:00+01:00").expect("time");
    Scenario::new("Property meeting", "Circle", opened, &names[..people])
        .rules(rules)
        .roles(PersonId(0), Some(PersonId(people as u32 - 1)))
        .timebox(Some(90))
        .setup()
}

/// Commands that make sense to try now, so random walks get deep into
/// meetings instead of bouncing off the first refusal. Some are still
/// refused (that is part of what is tested).
fn candidates(session: &Session, salt: u32) -> Vec<Command> {
    let state = session.state();
    let people: Vec<PersonId> = state.people.iter().map(|p| p.id).collect();
    let someone = people[salt as usize % people.len()];
    let text = format!("text {salt} — ë 🙂");
    let mut out = vec![
        Command::StartCheckIn,
        Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
        Command::Speak {
            person: None,
            speech: Speech::Said { text: text.clone() },
        },
        Command::Speak {
            person: Some(someone),
            speech: Speech::Pass,
        },
        Command::Skip {
            person: None,
            reason: "left".into(),
        },
        Command::SetRoundOrder {
            first: someone,
            direction: if salt.is_multiple_of(2) {
                Direction::Forward
            } else {
                Direction::Backward
            },
        },
        Command::OpenAgenda,
        Command::AddItem {
            label: format!("item {}", salt % 7),
            owner: someone,
        },
        Command::StartItem { item: None },
        Command::StateTension { text: text.clone() },
        Command::GiveExample { text: text.clone() },
        Command::StateProposal { text: text.clone() },
        Command::RequestHelp,
        Command::OpenClarifyingQuestions,
        Command::AskQuestion {
            asker: someone,
            text: text.clone(),
        },
        Command::OpenReactionRound,
        Command::OpenAmendAndClarify,
        Command::Clarify { text: text.clone() },
        Command::AmendProposal {
            text: format!("amended {salt}"),
            for_objection: None,
        },
        Command::OpenObjectionRound,
        Command::OpenIntegration,
        Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        },
        Command::OpenClosingRound,
        Command::OpenCloseOut,
        Command::CloseSession,
        Command::Undo,
        Command::StartTimeOut {
            requested_by: Some(someone),
            reason: "process".into(),
        },
        Command::EndTimeOut { note: None },
        Command::RecordOutOfOrder {
            person: Some(someone),
            kind: OutOfOrderKind::CrossTalk,
            note: "cross-talk".into(),
        },
        Command::RecordOutput {
            kind: OutputKind::NextAction,
            owner: Some(someone),
            text: text.clone(),
            role: None,
        },
        Command::SetPresence {
            person: someone,
            present: !salt.is_multiple_of(3),
            reason: None,
        },
        Command::DescribeDriver {
            part: DriverPart::ALL[salt as usize % 4],
            text: text.clone(),
        },
        Command::OpenConsentRound,
        Command::AnswerConsent {
            person: None,
            // Mostly consent, so walks get past the consent round.
            answer: match salt % 9 {
                0 => ConsentAnswer::Objection { text: text.clone() },
                1 => ConsentAnswer::Concern { text: text.clone() },
                _ => ConsentAnswer::Consent,
            },
        },
        Command::OpenResolution,
        Command::AdoptAgreement {
            // Now and then before the meeting, which is refused.
            review_date: state.opened_at.date_naive() + chrono::Days::new(u64::from(salt % 200))
                - chrono::Days::new(3),
            criteria: text.clone(),
        },
    ];
    let ending = [
        Ending::Withdrawn,
        Ending::Discarded,
        Ending::Dropped,
        Ending::Unfinished,
        Ending::ProcessBreakdown,
    ][salt as usize % 5];
    out.push(Command::EndItem {
        ending,
        reason: Some("reason".into()),
    });
    if let Some(item) = state.active_item() {
        for q in item.questions() {
            out.push(Command::AnswerQuestion {
                question: q.number,
                answer: salt.is_multiple_of(2).then(|| "answer".to_owned()),
            });
            out.push(Command::RuleQuestionOutOfOrder {
                question: q.number,
                reason: "reaction".into(),
            });
        }
        for c in item.concerns() {
            let criterion = c.next_criterion().unwrap_or(Criterion::Harm);
            out.push(Command::TestCriterion {
                concern: c.number,
                criterion,
                argument: "because".into(),
                holds: !salt.is_multiple_of(4),
            });
            out.push(Command::RecordObjection { concern: c.number });
            out.push(Command::RequestTest {
                concern: c.number,
                by: someone,
            });
            out.push(Command::SecretaryRuling {
                concern: c.number,
                upheld: salt.is_multiple_of(2),
                note: "rules".into(),
            });
            out.push(Command::AmendProposal {
                text: format!("integrated {salt} {}", c.number),
                for_objection: Some(c.number),
            });
            out.push(Command::ConfirmObjector { concern: c.number });
            out.push(Command::ConfirmProposer { concern: c.number });
            out.push(Command::AbandonObjection {
                concern: c.number,
                reason: "no effort".into(),
            });
            out.push(Command::ResolveObjection {
                objection: c.number,
            });
            out.push(Command::RequalifyObjection {
                objection: c.number,
                reason: "a concern".into(),
            });
        }
    }
    tactical_candidates(session, salt, someone, &text, &mut out);
    // Elections: asked for, described (sometimes with a term out of range),
    // ballots by anyone for anyone, changes, proposals of a leader or not.
    let other = people[(salt / 7) as usize % people.len()];
    out.extend([
        Command::AddElection {
            role: format!("role {}", salt % 3),
            owner: someone,
        },
        Command::DescribeRole {
            text: text.clone(),
            term: Term {
                months: salt % 130,
                note: salt.is_multiple_of(2).then(|| "note".to_owned()),
            },
        },
        Command::OpenNominations,
        Command::Nominate {
            voter: someone,
            nominee: other,
        },
        Command::OpenNominationSharing,
        Command::OpenNominationChanges,
        Command::ChangeNomination {
            voter: someone,
            nominee: other,
        },
        Command::OpenCandidateProposal,
        Command::ProposeCandidate {
            candidate: other,
            term: None,
            for_objection: None,
        },
    ]);
    if let Some(e) = state.active_item().and_then(|i| i.election()) {
        // Ballots for whoever has none yet, and the leader's proposal, so
        // walks get through elections, not only into them.
        if let Some(p) = state.present_people().find(|p| e.ballot_of(p.id).is_none()) {
            out.push(Command::Nominate {
                voter: p.id,
                nominee: other,
            });
        }
        if let Some(leader) = e.leaders().first() {
            out.push(Command::ProposeCandidate {
                candidate: *leader,
                term: salt.is_multiple_of(5).then(|| Term::months(6)),
                for_objection: None,
            });
        }
    }
    if state.active_item().is_some_and(|i| i.is_election()) {
        // During an election only what can matter there, so walks get
        // through its many steps instead of leaving at the first chance.
        out.retain(|c| {
            !matches!(
                c,
                Command::StartCheckIn
                    | Command::OpenAgenda
                    | Command::AddItem { .. }
                    | Command::StartItem { .. }
                    | Command::StateTension { .. }
                    | Command::GiveExample { .. }
                    | Command::StateProposal { .. }
                    | Command::RequestHelp
                    | Command::OpenClarifyingQuestions
                    | Command::AskQuestion { .. }
                    | Command::OpenReactionRound
                    | Command::OpenAmendAndClarify
                    | Command::Clarify { .. }
                    | Command::OpenClosingRound
                    | Command::OpenCloseOut
                    | Command::CloseSession
                    | Command::RecordOutput { .. }
                    | Command::RecordOutOfOrder { .. }
                    | Command::AddElection { .. }
                    | Command::DescribeDriver { .. }
                    | Command::OpenConsentRound
                    | Command::AnswerConsent { .. }
                    | Command::OpenResolution
                    | Command::ResolveObjection { .. }
                    | Command::AdoptAgreement { .. }
                    | Command::RequalifyObjection { .. }
            ) && (salt.is_multiple_of(8) || !matches!(c, Command::EndItem { .. } | Command::Undo))
        });
    }
    for item in &state.agenda {
        out.push(Command::Dispose {
            item: item.id,
            disposition: if salt.is_multiple_of(2) {
                Disposition::CarriedOver
            } else {
                Disposition::LetGo
            },
        });
        out.push(Command::MoveItem {
            item: item.id,
            position: salt % 5,
        });
        out.push(Command::RemoveItem { item: item.id });
    }
    out
}

/// The tactical meeting's commands (refused in governance meetings, which
/// is tested too): reviews, list entries and answers, triage.
fn tactical_candidates(
    session: &Session,
    salt: u32,
    someone: PersonId,
    text: &str,
    out: &mut Vec<Command>,
) {
    let state = session.state();
    let list = TacticalList::ALL[salt as usize % 3];
    let number = salt % 4 + 1;
    let answer = match (list, salt % 2) {
        (TacticalList::Checklist, 0) => EntryAnswer::Check { note: None },
        (TacticalList::Checklist, _) => EntryAnswer::NoCheck {
            note: Some(text.to_owned()),
        },
        (TacticalList::Metrics, _) => EntryAnswer::Value {
            text: format!("{salt}"),
        },
        (TacticalList::Progress, 0) => EntryAnswer::NoUpdate,
        (TacticalList::Progress, _) => EntryAnswer::Update {
            text: text.to_owned(),
        },
    };
    out.extend([
        Command::OpenChecklist,
        Command::OpenMetrics,
        Command::OpenProgress,
        Command::DefineEntry {
            list,
            text: text.to_owned(),
            owner: (!salt.is_multiple_of(3)).then_some(someone),
            role: salt.is_multiple_of(2).then(|| "Role".to_owned()),
        },
        Command::EditEntry {
            list,
            number,
            text: format!("edited {salt}"),
            owner: Some(someone),
            role: None,
        },
        Command::RemoveEntry { list, number },
        Command::AnswerEntry {
            list,
            number,
            answer,
        },
        Command::StateNeed {
            text: text.to_owned(),
        },
        Command::MakeRequest {
            to: if salt.is_multiple_of(2) {
                RequestTo::Person(someone)
            } else {
                RequestTo::Role("Finance".into())
            },
            text: text.to_owned(),
        },
        Command::EndItem {
            ending: Ending::NeedMet,
            reason: None,
        },
        Command::EndItem {
            ending: Ending::CutOff,
            reason: None,
        },
        Command::RecordOutput {
            kind: OutputKind::Project,
            owner: Some(someone),
            text: text.to_owned(),
            role: Some("Role".into()),
        },
    ]);
    if let Some(item) = state.active_item() {
        for r in &item.triage().requests {
            out.push(Command::AnswerRequest {
                number: r.number,
                accepted: !salt.is_multiple_of(3),
            });
        }
    }
}

/// A random walk; the first step's salt picks the rule set (bit 0) and
/// the format (bit 1), so about half the walks are consent meetings and,
/// independently, half are tactical meetings with remembered lists.
pub(super) fn run(people: usize, steps: &[(u16, u32, u16)]) -> Session {
    let first = steps.first().map_or(0, |s| s.1);
    let rules = if first % 2 == 1 {
        RuleSet::Consent
    } else {
        RuleSet::Integrative
    };
    let format = if (first / 2) % 2 == 1 {
        MeetingFormat::Tactical
    } else {
        MeetingFormat::Governance
    };
    run_with(rules, format, people, steps)
}

fn run_with(
    rules: RuleSet,
    format: MeetingFormat,
    people: usize,
    steps: &[(u16, u32, u16)],
) -> Session {
    let mut setup = setup(people, rules);
    if format == MeetingFormat::Tactical {
        // A tactical meeting takes no decisions, so it has no rule set.
        setup.format = MeetingFormat::Tactical;
        setup.rules = RuleSet::Integrative;
        let def = |text: &str| EntryDef {
            text: text.into(),
            owner: Some("Bram".into()),
            role: None,
            previous: None,
            waiting_on: None,
        };
        setup.tactical_lists = TacticalLists {
            checklist: vec![def("Backups")],
            metrics: vec![def("Incidents")],
            progress: vec![def("Office move")],
            actions: Vec::new(),
        };
    }
    let mut session = Session::open(setup).expect("setup");
    let mut now = session.setup().opened_at;
    for (pick, salt, secs) in steps {
        let options = candidates(&session, *salt);
        // Bias towards progress: the first options are the common flow.
        let command = &options[*pick as usize % options.len()];
        // Occasionally the clock jumps backwards; the log must stay ordered.
        now = if secs % 17 == 0 {
            now - TimeDelta::seconds(i64::from(*secs))
        } else {
            now + TimeDelta::seconds(i64::from(*secs))
        };
        let before = session.log().len();
        match session.execute(command, now) {
            Ok(_) => assert_eq!(session.log().len(), before + 1),
            Err(refusal) => {
                assert_eq!(session.log().len(), before);
                assert!(!Lang::En.words().refusal(&refusal).is_empty());
            }
        }
    }
    session
}

fn steps() -> impl Strategy<Value = Vec<(u16, u32, u16)>> {
    proptest::collection::vec((any::<u16>(), any::<u32>(), 0u16..400), 0..400)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn refolding_the_log_reproduces_the_state(people in 1usize..=7, steps in steps()) {
        let session = run(people, &steps);
        let rebuilt = Session::from_log(session.setup().clone(), session.log().to_vec())
            .expect("a log the engine wrote is always valid");
        prop_assert_eq!(rebuilt.state(), session.state());
    }

    #[test]
    fn json_round_trips_exactly(people in 1usize..=7, steps in steps()) {
        let session = run(people, &steps);
        let json = serde_json::to_string_pretty(session.log()).expect("serialise");
        let back: Vec<Recorded> = serde_json::from_str(&json).expect("parse");
        prop_assert_eq!(&back, session.log());
        let setup_json = serde_json::to_string(session.setup()).expect("serialise");
        let setup_back: Setup = serde_json::from_str(&setup_json).expect("parse");
        prop_assert_eq!(&setup_back, session.setup());
        for pair in session.log().windows(2) {
            prop_assert!(pair[0].at <= pair[1].at);
        }
    }

    #[test]
    fn rounds_give_everyone_exactly_one_turn(people in 1usize..=7, steps in steps()) {
        let session = run(people, &steps);
        let state = session.state();
        let current = state.current_round().map(|r| r.number);
        for round in &state.rounds {
            let mut seen = HashSet::new();
            for turn in &round.turns {
                prop_assert!(round.order.contains(&turn.person));
                prop_assert!(seen.insert(turn.person), "two turns for one person");
                prop_assert!(turn.seconds >= 0);
            }
            // An item may end mid-round (withdrawn, unfinished): that round
            // is cut off, not finished. Every other past round is complete.
            let cut_off = round.item.and_then(|id| state.item(id)).is_some_and(|item| {
                item.end.as_ref().is_some_and(|e| e.ending != Ending::Adopted)
                    && item.rounds.last() == Some(&round.number)
            });
            if Some(round.number) != current && !cut_off {
                prop_assert_eq!(round.turns.len(), round.order.len(),
                    "a finished round had someone without a turn: {:?}", round);
            }
        }
    }

    #[test]
    fn replay_positions_fold_consistently(people in 1usize..=5, steps in steps()) {
        let session = run(people, &steps);
        let n = session.log().len();
        prop_assert_eq!(&session.state_after(n), session.state());
        if n > 0 {
            let prefix = Session::from_log(session.setup().clone(), session.log()[..n / 2].to_vec())
                .expect("a prefix of a valid log is valid");
            prop_assert_eq!(prefix.state(), &session.state_after(n / 2));
        }
    }
}

#[test]
fn random_walks_reach_the_end_of_meetings() {
    // Guard against a candidate list so refused that the properties above
    // only ever test the check-in: some deterministic walk must close.
    // Both formats: some governance and some tactical walk must close.
    let mut closed = [false; 2];
    for seed in 0u32..800 {
        let steps: Vec<(u16, u32, u16)> = (0..600u32)
            .map(|i| {
                let x = seed
                    .wrapping_mul(2_654_435_761)
                    .wrapping_add(i.wrapping_mul(40_503));
                ((x % 997) as u16, x.rotate_left(7), (x % 90) as u16 + 1)
            })
            .collect();
        let session = run(4, &steps);
        let tactical = session.setup().format == MeetingFormat::Tactical;
        if session.state().is_closed() {
            closed[usize::from(tactical)] = true;
        }
        if closed == [true, true] {
            break;
        }
    }
    assert!(closed[0], "no random walk closed a governance meeting");
    assert!(closed[1], "no random walk closed a tactical meeting");
}

#[test]
fn random_tactical_walks_get_into_the_reviews_and_triage() {
    // Guard for the tactical candidates: with independent random steps (as
    // proptest draws them), walks answer list entries and make requests.
    let mut rng = fastrand::Rng::with_seed(7);
    let (mut answered, mut requested) = (false, false);
    for _ in 0..400 {
        let mut steps: Vec<(u16, u32, u16)> = (0..400)
            .map(|_| (rng.u16(..), rng.u32(..), rng.u16(1..400)))
            .collect();
        steps[0].1 |= 1;
        let session = run(4, &steps);
        let state = session.state();
        answered |= state.tactical.checklist.iter().any(|e| e.answer.is_some());
        requested |= state.agenda.iter().any(|i| !i.triage().requests.is_empty());
        if answered && requested {
            break;
        }
    }
    assert!(answered, "no random walk answered a checklist item");
    assert!(requested, "no random walk made a triage request");
}

/// A walk that, two steps in three, picks from the commands `flow` keeps:
/// those that move an item forward (the full candidate list alone rarely
/// gets a random walk through a whole consent item or election, time-outs
/// being so common).
pub(super) fn flow_walk(
    rules: RuleSet,
    seed: u32,
    steps: &[(u16, u32, u16)],
    flow: fn(&Command) -> bool,
) -> Session {
    let mut session = Session::open(setup(4, rules)).expect("setup");
    let mut now = session.setup().opened_at;
    for (i, (pick, salt, secs)) in steps.iter().enumerate() {
        let all = candidates(&session, *salt);
        let forward: Vec<Command> = all.iter().filter(|c| flow(c)).cloned().collect();
        let from_flow = !(seed as usize + i).is_multiple_of(3) && !forward.is_empty();
        let options = if from_flow { &forward } else { &all };
        let command = &options[*pick as usize % options.len()];
        now += TimeDelta::seconds(i64::from(*secs));
        let _ = session.execute(command, now);
    }
    session
}

/// The commands that carry a consent item to an agreement.
pub(super) fn consent_flow(c: &Command) -> bool {
    matches!(
        c,
        Command::StartCheckIn
            | Command::Speak { person: None, .. }
            | Command::OpenAgenda
            | Command::AddItem { .. }
            | Command::StartItem { .. }
            | Command::DescribeDriver { .. }
            | Command::StateProposal { .. }
            | Command::OpenClarifyingQuestions
            | Command::OpenReactionRound
            | Command::OpenAmendAndClarify
            | Command::OpenConsentRound
            | Command::AnswerConsent { .. }
            | Command::OpenResolution
            | Command::AmendProposal { .. }
            | Command::ResolveObjection { .. }
            | Command::AdoptAgreement { .. }
            | Command::EndTimeOut { .. }
    )
}

/// The commands that carry an election to a proposed candidate.
pub(super) fn election_flow(c: &Command) -> bool {
    matches!(
        c,
        Command::StartCheckIn
            | Command::Speak { person: None, .. }
            | Command::OpenAgenda
            | Command::AddElection { .. }
            | Command::StartItem { .. }
            | Command::DescribeRole { .. }
            | Command::OpenNominations
            | Command::Nominate { .. }
            | Command::OpenNominationSharing
            | Command::OpenNominationChanges
            | Command::ChangeNomination { .. }
            | Command::OpenCandidateProposal
            | Command::ProposeCandidate { .. }
            | Command::EndTimeOut { .. }
    )
}

#[test]
fn random_walks_adopt_consent_agreements_with_a_review_date() {
    // The consent candidates must be reachable too: some deterministic
    // walk adopts an agreement, and every adopted one has its review.
    let mut adopted = false;
    for seed in 0u32..400 {
        let steps: Vec<(u16, u32, u16)> = (0..600u32)
            .map(|i| {
                let x = seed
                    .wrapping_mul(2_654_435_761)
                    .wrapping_add(i.wrapping_mul(40_503));
                ((x % 997) as u16, x.rotate_left(7), (x % 90) as u16 + 1)
            })
            .collect();
        let session = flow_walk(RuleSet::Consent, seed, &steps, consent_flow);
        let state = session.state();
        for item in &state.agenda {
            let is_adopted = item
                .end
                .as_ref()
                .is_some_and(|e| e.ending == Ending::Adopted);
            assert_eq!(is_adopted, item.review().is_some(), "{item:?}");
            if let Some(review) = item.review() {
                assert!(review.date >= state.opened_at.date_naive());
                assert!(item.concerns().iter().all(|c| !c.is_open_objection()));
            }
            adopted |= is_adopted;
        }
        if adopted {
            break;
        }
    }
    assert!(adopted, "no random consent walk adopted an agreement");
}

#[test]
fn random_walks_get_through_elections() {
    // Guard that the election commands are exercised deeply, not all
    // refused: for each rule set (an election is integrative under both)
    // some deterministic walk must propose a candidate.
    for rules in [RuleSet::Integrative, RuleSet::Consent] {
        let reached = (0u32..2000).any(|seed| {
            let steps: Vec<(u16, u32, u16)> = (0..600u32)
                .map(|i| {
                    let x = seed
                        .wrapping_mul(2_246_822_519)
                        .wrapping_add(i.wrapping_mul(97_531));
                    ((x % 997) as u16, x.rotate_left(11), (x % 90) as u16 + 1)
                })
                .collect();
            let session = flow_walk(rules, seed, &steps, election_flow);
            session
                .state()
                .agenda
                .iter()
                .any(|i| i.election().is_some_and(|e| !e.candidacies.is_empty()))
        });
        assert!(
            reached,
            "no random walk proposed a candidate in an election under {rules:?}"
        );
    }
}
