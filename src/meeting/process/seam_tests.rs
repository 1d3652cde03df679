//! The seam between the meeting and its processes: every kind of command
//! has one owner, and a command of another format or rule set is refused
//! with the same reason wherever the meeting stands.

use chrono::{DateTime, NaiveDate};
use strum::IntoEnumIterator;

use super::{Formats, Owner, Process, ending_formats, formats, owner};
use crate::meeting::command::{Command, CommandKind};
use crate::meeting::consent::{ConsentAnswer, DriverPart};
use crate::meeting::election::Term;
use crate::meeting::event::{
    Criterion, Direction, Disposition, Ending, ItemId, OutOfOrderKind, OutputKind, Speech,
};
use crate::meeting::lang::Lang;
use crate::meeting::refusal::Refusal;
use crate::meeting::setup::{MeetingFormat, Participant, PersonId, RuleSet, Setup};
use crate::meeting::tactical::{EntryAnswer, RequestTo, TacticalList, TacticalRefusal};
use crate::meeting::{Session, decide::decide};

/// One well-formed command of each kind (exhaustive, so a new command
/// needs a sample here and is then covered by every test below).
fn sample(kind: CommandKind) -> Command {
    use CommandKind as K;
    let text = || "Some text".to_owned();
    let p = PersonId(1);
    match kind {
        K::StartCheckIn => Command::StartCheckIn,
        K::SetRoundOrder => Command::SetRoundOrder {
            first: p,
            direction: Direction::Forward,
        },
        K::Speak => Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
        K::Skip => Command::Skip {
            person: None,
            reason: text(),
        },
        K::OpenAgenda => Command::OpenAgenda,
        K::AddItem => Command::AddItem {
            label: "Budget".into(),
            owner: p,
        },
        K::EditItem => Command::EditItem {
            item: ItemId(1),
            label: "Budget".into(),
            owner: p,
        },
        K::RemoveItem => Command::RemoveItem { item: ItemId(1) },
        K::MoveItem => Command::MoveItem {
            item: ItemId(1),
            position: 0,
        },
        K::StartItem => Command::StartItem { item: None },
        K::StateTension => Command::StateTension { text: text() },
        K::GiveExample => Command::GiveExample { text: text() },
        K::RequestHelp => Command::RequestHelp,
        K::StateProposal => Command::StateProposal { text: text() },
        K::AddPart => Command::AddPart {
            part: crate::meeting::Part::RemoveRole {
                role: crate::meeting::Target::named("Finance"),
            },
        },
        K::ChangePart => Command::ChangePart {
            number: 1,
            part: crate::meeting::Part::RemoveRole {
                role: crate::meeting::Target::named("Finance"),
            },
        },
        K::RemovePart => Command::RemovePart { number: 1 },
        K::CorrectProposal => Command::CorrectProposal { text: text() },
        K::OpenClarifyingQuestions => Command::OpenClarifyingQuestions,
        K::AskQuestion => Command::AskQuestion {
            asker: p,
            text: text(),
        },
        K::AnswerQuestion => Command::AnswerQuestion {
            question: 1,
            answer: None,
        },
        K::RuleQuestionOutOfOrder => Command::RuleQuestionOutOfOrder {
            question: 1,
            reason: text(),
        },
        K::OpenReactionRound => Command::OpenReactionRound,
        K::OpenAmendAndClarify => Command::OpenAmendAndClarify,
        K::Clarify => Command::Clarify { text: text() },
        K::AmendProposal => Command::AmendProposal {
            text: text(),
            for_objection: None,
        },
        K::OpenObjectionRound => Command::OpenObjectionRound,
        K::RequestTest => Command::RequestTest { concern: 1, by: p },
        K::TestCriterion => Command::TestCriterion {
            concern: 1,
            criterion: Criterion::Harm,
            argument: text(),
            holds: true,
        },
        K::RecordObjection => Command::RecordObjection { concern: 1 },
        K::SecretaryRuling => Command::SecretaryRuling {
            concern: 1,
            upheld: true,
            note: text(),
        },
        K::OpenIntegration => Command::OpenIntegration,
        K::ConfirmObjector => Command::ConfirmObjector { concern: 1 },
        K::ConfirmProposer => Command::ConfirmProposer { concern: 1 },
        K::AbandonObjection => Command::AbandonObjection {
            concern: 1,
            reason: text(),
        },
        K::EndItem => Command::EndItem {
            ending: Ending::Withdrawn,
            reason: None,
        },
        K::RecordOutput => Command::RecordOutput {
            kind: OutputKind::NextAction,
            owner: None,
            text: text(),
            role: None,
        },
        K::StartTimeOut => Command::StartTimeOut {
            requested_by: None,
            reason: text(),
        },
        K::EndTimeOut => Command::EndTimeOut { note: None },
        K::RecordOutOfOrder => Command::RecordOutOfOrder {
            person: None,
            kind: OutOfOrderKind::CrossTalk,
            note: text(),
        },
        K::Note => Command::Note { text: text() },
        K::AddParticipant => Command::AddParticipant {
            participant: Participant::named("Eva"),
        },
        K::SetPresence => Command::SetPresence {
            person: p,
            present: false,
            reason: None,
        },
        K::SetFacilitator => Command::SetFacilitator { person: p },
        K::SetSecretary => Command::SetSecretary { person: None },
        K::SetTimebox => Command::SetTimebox { minutes: Some(30) },
        K::OpenClosingRound => Command::OpenClosingRound,
        K::OpenCloseOut => Command::OpenCloseOut,
        K::Dispose => Command::Dispose {
            item: ItemId(1),
            disposition: Disposition::CarriedOver,
        },
        K::CloseSession => Command::CloseSession,
        K::Undo => Command::Undo,
        K::DescribeDriver => Command::DescribeDriver {
            part: DriverPart::Situation,
            text: text(),
        },
        K::OpenConsentRound => Command::OpenConsentRound,
        K::AnswerConsent => Command::AnswerConsent {
            person: None,
            answer: ConsentAnswer::Consent,
        },
        K::OpenResolution => Command::OpenResolution,
        K::ResolveObjection => Command::ResolveObjection { objection: 1 },
        K::AdoptAgreement => Command::AdoptAgreement {
            review_date: NaiveDate::from_ymd_opt(2027, 1, 1).expect("valid date"),
            criteria: text(),
        },
        K::RequalifyObjection => Command::RequalifyObjection {
            objection: 1,
            reason: text(),
        },
        K::AddElection => Command::AddElection {
            role: "Secretary".into(),
            owner: p,
        },
        K::DescribeRole => Command::DescribeRole {
            text: text(),
            term: Term::months(12),
        },
        K::OpenNominations => Command::OpenNominations,
        K::Nominate => Command::Nominate {
            voter: p,
            nominee: p,
        },
        K::OpenNominationSharing => Command::OpenNominationSharing,
        K::OpenNominationChanges => Command::OpenNominationChanges,
        K::ChangeNomination => Command::ChangeNomination {
            voter: p,
            nominee: p,
        },
        K::OpenCandidateProposal => Command::OpenCandidateProposal,
        K::ProposeCandidate => Command::ProposeCandidate {
            candidate: p,
            term: None,
            for_objection: None,
        },
        K::OpenChecklist => Command::OpenChecklist,
        K::OpenMetrics => Command::OpenMetrics,
        K::OpenProgress => Command::OpenProgress,
        K::OpenActions => Command::OpenActions,
        K::TakeOffer => Command::TakeOffer {
            number: 1,
            owner: p,
        },
        K::LetGoOffer => Command::LetGoOffer { number: 1 },
        K::SetProjectStatus => Command::SetProjectStatus {
            number: 1,
            status: crate::meeting::projects::ProjectState::Done,
        },
        K::DefineEntry => Command::DefineEntry {
            list: TacticalList::Checklist,
            text: text(),
            owner: None,
            role: None,
        },
        K::EditEntry => Command::EditEntry {
            list: TacticalList::Checklist,
            number: 1,
            text: text(),
            owner: None,
            role: None,
        },
        K::RemoveEntry => Command::RemoveEntry {
            list: TacticalList::Checklist,
            number: 1,
        },
        K::AnswerEntry => Command::AnswerEntry {
            list: TacticalList::Checklist,
            number: 1,
            answer: EntryAnswer::Check { note: None },
        },
        K::StateNeed => Command::StateNeed { text: text() },
        K::MakeRequest => Command::MakeRequest {
            to: RequestTo::Role("Scribe".into()),
            text: text(),
        },
        K::AnswerRequest => Command::AnswerRequest {
            number: 1,
            accepted: true,
        },
        K::ReviewAction => Command::ReviewAction {
            number: 1,
            status: crate::meeting::actions::ActionStatus::Done,
            note: None,
        },
    }
}

fn session(format: MeetingFormat, rules: RuleSet) -> Session {
    Session::open(Setup {
        title: "Weekly".into(),
        circle: "Alpha".into(),
        lang: Lang::En,
        format,
        rules,
        opened_at: DateTime::parse_from_rfc3339("2026-11-22T14:05:00+01:00").expect("valid time"),
        participants: ["Ana", "Bram", "Chen"]
            .into_iter()
            .map(Participant::named)
            .collect(),
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: Some(60),
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    })
    .expect("valid setup")
}

#[test]
fn every_sample_is_of_its_kind() {
    for kind in CommandKind::iter() {
        assert_eq!(CommandKind::from(&sample(kind)), kind);
    }
}

#[test]
fn commands_of_the_other_format_are_refused_with_its_name() {
    for (format, wrong, refusal) in [
        (
            MeetingFormat::Tactical,
            Formats::Governance,
            TacticalRefusal::GovernanceOnly,
        ),
        (
            MeetingFormat::Governance,
            Formats::Tactical,
            TacticalRefusal::TacticalOnly,
        ),
    ] {
        let state = session(format, RuleSet::Integrative).state().clone();
        let mut refused = 0;
        for kind in CommandKind::iter() {
            let command = sample(kind);
            if formats(&command) == wrong {
                assert_eq!(decide(&state, &command), Err(refusal.clone().into()));
                refused += 1;
            }
        }
        assert!(refused >= 10, "{format:?} refused only {refused}");
    }
}

#[test]
fn endings_of_the_other_format_are_refused_with_its_name() {
    let tactical = session(MeetingFormat::Tactical, RuleSet::Integrative);
    let governance = session(MeetingFormat::Governance, RuleSet::Integrative);
    for ending in [
        Ending::Adopted,
        Ending::Withdrawn,
        Ending::Discarded,
        Ending::Dropped,
        Ending::ProcessBreakdown,
        Ending::Unfinished,
        Ending::NeedMet,
        Ending::CutOff,
    ] {
        let command = Command::EndItem {
            ending,
            reason: None,
        };
        let in_tactical = decide(tactical.state(), &command);
        let in_governance = decide(governance.state(), &command);
        match ending_formats(ending) {
            Formats::Governance => {
                assert_eq!(in_tactical, Err(TacticalRefusal::GovernanceOnly.into()));
            }
            Formats::Tactical => {
                assert_eq!(in_governance, Err(TacticalRefusal::TacticalOnly.into()));
            }
            Formats::Any => {
                assert!(!matches!(in_tactical, Err(Refusal::Tactical(_))));
                assert!(!matches!(in_governance, Err(Refusal::Tactical(_))));
            }
        }
    }
}

#[test]
fn commands_of_the_other_rules_are_refused_naming_the_action() {
    let consent = session(MeetingFormat::Governance, RuleSet::Consent);
    let integrative = session(MeetingFormat::Governance, RuleSet::Integrative);
    let mut counted = (0, 0);
    for kind in CommandKind::iter() {
        let command = sample(kind);
        match owner(kind) {
            Owner::Integrative(action) => {
                counted.0 += 1;
                assert_eq!(
                    decide(consent.state(), &command),
                    Err(Refusal::WrongRules {
                        action,
                        rules: RuleSet::Consent
                    })
                );
            }
            Owner::Consent(action) => {
                counted.1 += 1;
                assert_eq!(
                    decide(integrative.state(), &command),
                    Err(Refusal::WrongRules {
                        action,
                        rules: RuleSet::Integrative
                    })
                );
            }
            Owner::Meeting
            | Owner::Election
            | Owner::Tactical
            | Owner::ActiveProcess
            | Owner::Parts => {}
        }
    }
    assert_eq!(counted, (11, 7));
}

#[test]
fn a_time_out_lets_only_the_record_and_the_people_through() {
    let mut session = session(MeetingFormat::Governance, RuleSet::Integrative);
    let at = session.state().opened_at;
    session
        .execute(&sample(CommandKind::StartTimeOut), at)
        .expect("a time-out can start at once");
    let mut passed = 0;
    for kind in CommandKind::iter() {
        if decide(session.state(), &sample(kind)) != Err(Refusal::TimeOutRunning) {
            passed += 1;
        }
    }
    // EndTimeOut, Note, RecordOutOfOrder, AddParticipant, SetPresence,
    // SetFacilitator, SetSecretary, SetTimebox and Undo.
    assert_eq!(passed, 9);
}

#[test]
fn each_process_allows_only_endings_of_its_format() {
    for process in Process::iter() {
        let format = match process {
            Process::Triage => Formats::Tactical,
            Process::Integrative | Process::Consent | Process::Election => Formats::Governance,
        };
        for ending in process.endings() {
            let of = ending_formats(*ending);
            assert!(of == Formats::Any || of == format, "{process:?} {ending:?}");
        }
    }
}

#[test]
fn each_process_starts_where_its_items_start() {
    for (format, rules, command, process) in [
        (
            MeetingFormat::Governance,
            RuleSet::Integrative,
            sample(CommandKind::AddItem),
            Process::Integrative,
        ),
        (
            MeetingFormat::Governance,
            RuleSet::Consent,
            sample(CommandKind::AddItem),
            Process::Consent,
        ),
        (
            MeetingFormat::Governance,
            RuleSet::Consent,
            sample(CommandKind::AddElection),
            Process::Election,
        ),
        (
            MeetingFormat::Tactical,
            RuleSet::Integrative,
            sample(CommandKind::AddItem),
            Process::Triage,
        ),
    ] {
        let mut state = session(format, rules).state().clone();
        let at = state.opened_at;
        state.phase = crate::meeting::Phase::Agenda;
        let event = decide(&state, &command).expect("item added");
        state.apply(&event, at);
        let item = state.agenda.iter().max_by_key(|i| i.id).expect("an item");
        assert_eq!(Process::of(&state, item), process);
        let mut started = state.clone();
        let id = item.id;
        started.apply(&crate::meeting::Event::ItemStarted { item: id }, at);
        let item = started.item(id).expect("the item");
        assert_eq!(item.step, Some(process.first_step()));
    }
}

#[test]
fn each_process_walks_its_steps_in_order() {
    for process in Process::iter() {
        let steps = process.steps();
        assert_eq!(steps.first(), Some(&process.first_step()), "{process:?}");
        let mut walked = vec![process.first_step()];
        while let Some(next) = walked.last().and_then(|s| process.next_step(*s)) {
            if walked.contains(&next) {
                // Integration and resolution loop back to a round.
                assert!(steps.contains(&next), "{process:?} loops to {next:?}");
                break;
            }
            walked.push(next);
        }
        assert_eq!(walked, steps, "{process:?}");
    }
    assert_eq!(
        Process::Triage.next_step(crate::meeting::IdmStep::Triage),
        None
    );
    assert_eq!(
        Process::Integrative.next_step(crate::meeting::IdmStep::Integration),
        Some(crate::meeting::IdmStep::ObjectionRound)
    );
}

#[test]
fn an_item_runs_its_process_from_first_step_to_an_ending() {
    let mut session = session(MeetingFormat::Governance, RuleSet::Integrative);
    let mut at = session.state().opened_at;
    let mut run = |session: &mut Session, command: Command| {
        at += chrono::TimeDelta::seconds(10);
        session
            .execute(&command, at)
            .unwrap_or_else(|r| panic!("{command:?} refused: {r:?}"));
    };
    run(&mut session, Command::StartCheckIn);
    for _ in 0..3 {
        run(
            &mut session,
            Command::Speak {
                person: None,
                speech: Speech::Pass,
            },
        );
    }
    run(&mut session, Command::OpenAgenda);
    run(&mut session, sample(CommandKind::AddItem));
    run(&mut session, Command::StartItem { item: None });
    let state = session.state();
    let item = state.active_item().expect("item running");
    let process = Process::of(state, item);
    assert_eq!(process, Process::Integrative);
    assert_eq!(item.step, Some(process.first_step()));
    run(&mut session, sample(CommandKind::StateTension));
    assert_eq!(session.state().agenda[0].tension(), Some("Some text"));
    assert!(session.state().agenda[0].driver().is_empty());
    run(&mut session, sample(CommandKind::EndItem));
    let ended = &session.state().agenda[0];
    assert_eq!(
        ended.end.as_ref().map(|e| e.ending),
        Some(Ending::Withdrawn)
    );
    assert!(process.endings().contains(&Ending::Withdrawn));
}
