//! Every language has every word, and no word is empty: each trait method
//! is called for every variant of every enum it names, in every language of
//! `Lang::ALL`. A missing word already fails to compile; this catches the
//! other way a translation goes wrong, an empty or forgotten string.
//!
//! Enums of plain variants are listed by their derived `VARIANTS`, so a new
//! variant is checked without touching this file. Enums whose variants
//! carry data derive a kind enum (`strum::EnumDiscriminants`, e.g.
//! `RefusalKind`) whose `VARIANTS` must each have a sample in the `all_*`
//! list (`every_kind_of_every_data_carrying_enum_has_a_sample`), and the
//! `exhaustive_*` functions match without a wildcard as well.

use spanning::meeting::offers::OfferRefusal;
use spanning::meeting::projects::ProjectState;
use std::path::{Path, PathBuf};

use chrono::{FixedOffset, TimeZone};
use spanning::meeting::state::ConcernStatus;
use spanning::meeting::{
    Action, Criterion, Disposition, ElectionAction, ElectionField, ElectionRefusal, Ending, Field,
    IdmStep, ItemId, ItemKind, LogProblem, MeetingFormat, OutOfOrderKind, OutputKind, Phase,
    Refusal, RoundKind, RuleSet, SessionLoadProblem, SetupProblem, Term,
};
use spanning::meeting::{ActionKind, FieldKind, RefusalKind, TacticalRefusalKind};
use spanning::meeting::{EntryAnswer, RequestTo, TacticalList, TacticalRefusal};
use spanning::meeting::{Event, Participant, PersonId, PhaseKind, Session, Setup, Speech};
use spanning::meeting::{PartField, PartRefusal};
use spanning::review::{Highlight, Outcome, Segment, SpanKind, Speed, Status};
use spanning::store::{
    LoadError, LoadErrorKind, LockFound, LockHolder, ResolveError, SessionStatus, StoreError,
};
use spanning::text::review_screens::ReviewLabel;
use spanning::text::tactical::{
    TacticalDialog, TacticalDialogKind, TacticalKey, TacticalLabel, TacticalPrompt,
};
use spanning::text::tui::{Dialog, DialogKind, KeyName, KeyText, Label, LabelKind, Prompt};
use spanning::text::{Lang, UsageProblem, Words};
use spanning::tui::keys::{Action as KeyAction, ActionKind as KeyActionKind};
use spanning::tui::review::keys::ReviewAction;
use strum::VariantArray;

fn filled(lang: Lang, what: &str, text: &str) {
    assert!(
        !text.trim().is_empty(),
        "{}: empty word for {what}",
        lang.code()
    );
}

fn all_steps() -> Vec<IdmStep> {
    IdmStep::VARIANTS.to_vec()
}

fn all_phases() -> Vec<Phase> {
    let mut phases = vec![
        Phase::Opening,
        Phase::CheckIn,
        Phase::Agenda,
        Phase::Closing,
        Phase::CloseOut,
        Phase::Closed,
        Phase::Checklist,
        Phase::Metrics,
        Phase::Progress,
        Phase::Actions,
    ];
    phases.extend(all_steps().into_iter().map(|step| Phase::Item {
        item: ItemId(1),
        step,
    }));
    phases
}

fn exhaustive_phase(phase: Phase) {
    match phase {
        Phase::Opening
        | Phase::CheckIn
        | Phase::Agenda
        | Phase::Item { .. }
        | Phase::Closing
        | Phase::CloseOut
        | Phase::Closed
        | Phase::Checklist
        | Phase::Metrics
        | Phase::Progress
        | Phase::Actions => {}
    }
}

fn all_rounds() -> Vec<RoundKind> {
    RoundKind::VARIANTS.to_vec()
}

fn all_criteria() -> Vec<Criterion> {
    Criterion::VARIANTS.to_vec()
}

fn all_endings() -> Vec<Ending> {
    Ending::VARIANTS.to_vec()
}

fn all_dispositions() -> Vec<Disposition> {
    Disposition::VARIANTS.to_vec()
}

fn all_output_kinds() -> Vec<OutputKind> {
    OutputKind::VARIANTS.to_vec()
}

fn all_out_of_order() -> Vec<OutOfOrderKind> {
    OutOfOrderKind::VARIANTS.to_vec()
}

fn all_actions() -> Vec<Action> {
    use Action::*;
    let mut actions = vec![
        StartCheckIn,
        SetRoundOrder,
        TakeTurn,
        OpenAgenda,
        AddItem,
        ChangeAgenda,
        StartItem,
        PresentProposal,
        CorrectProposal,
        OpenClarifyingQuestions,
        HandleQuestion,
        OpenReactionRound,
        OpenAmendAndClarify,
        Clarify,
        Amend,
        OpenObjectionRound,
        HandleConcern,
        OpenIntegration,
        Integrate,
        Adopt,
        Withdraw,
        Discard,
        Drop,
        MarkUnfinished,
        DeclareBreakdown,
        RecordOutput,
        EndTimeOut,
        OpenClosingRound,
        OpenCloseOut,
        Dispose,
        CloseSession,
        ChangeParticipants,
        Anything,
        DescribeDriver,
        OpenConsentRound,
        AnswerConsent,
        OpenResolution,
        ResolveObjection,
        AdoptAgreement,
        RequalifyObjection,
        OpenChecklist,
        OpenMetrics,
        OpenProgress,
        ChangeList,
        AnswerEntry,
        Triage,
        MeetNeed,
        CutOff,
        OpenActions,
        AnswerOffer,
        EditParts,
    ];
    actions.extend(ElectionAction::VARIANTS.iter().map(|&a| Election(a)));
    actions
}

fn exhaustive_action(action: Action) {
    use Action::*;
    match action {
        StartCheckIn
        | SetRoundOrder
        | TakeTurn
        | OpenAgenda
        | AddItem
        | ChangeAgenda
        | StartItem
        | PresentProposal
        | CorrectProposal
        | OpenClarifyingQuestions
        | HandleQuestion
        | OpenReactionRound
        | OpenAmendAndClarify
        | Clarify
        | Amend
        | OpenObjectionRound
        | HandleConcern
        | OpenIntegration
        | Integrate
        | Adopt
        | Withdraw
        | Discard
        | Drop
        | MarkUnfinished
        | DeclareBreakdown
        | RecordOutput
        | EndTimeOut
        | OpenClosingRound
        | OpenCloseOut
        | Dispose
        | CloseSession
        | ChangeParticipants
        | Anything
        | DescribeDriver
        | OpenConsentRound
        | AnswerConsent
        | OpenResolution
        | ResolveObjection
        | AdoptAgreement
        | RequalifyObjection
        | Election(_)
        | OpenChecklist
        | OpenMetrics
        | OpenProgress
        | ChangeList
        | AnswerEntry
        | Triage
        | MeetNeed
        | CutOff
        | OpenActions
        | AnswerOffer
        | EditParts => {}
    }
}

fn all_fields() -> Vec<Field> {
    use Field::*;
    vec![
        Label,
        Tension,
        Example,
        Proposal,
        Question,
        Answer,
        Reason,
        Speech,
        Clarification,
        Argument,
        Note,
        Name,
        Output,
        Situation,
        Effect,
        Need,
        Impact,
        Criteria,
        Election(ElectionField::RoleDescription),
        Election(ElectionField::TermNote),
        Role,
        Request,
        Entry,
        Value,
        Update,
        WaitingOn,
    ]
}

fn exhaustive_field(field: Field) {
    use Field::*;
    match field {
        Label | Tension | Example | Proposal | Question | Answer | Reason | Speech
        | Clarification | Argument | Note | Name | Output | Situation | Effect | Need | Impact
        | Criteria | Election(_) | Role | Request | Entry | Value | Update | WaitingOn => {}
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// Every refusal, with one and with several names where the wording
/// depends on the count (singular and plural verbs).
fn all_refusals() -> Vec<Refusal> {
    let mut all = vec![
        Refusal::TimeOutRunning,
        Refusal::NoTimeOut,
        Refusal::NoRound,
        Refusal::RoundAlreadyStarted,
        Refusal::AlreadyHadTurn {
            name: "Bram".into(),
        },
        Refusal::NotInRound {
            name: "Chen".into(),
        },
        Refusal::RoundComplete,
        Refusal::UnknownPerson { id: 7 },
        Refusal::UnknownItem { id: 7 },
        Refusal::UnknownQuestion { number: 4 },
        Refusal::UnknownConcern { number: 4 },
        Refusal::LabelTooLong { words: 5 },
        Refusal::TextTooLong {
            field: spanning::meeting::Field::Proposal,
            limit_kb: 256,
        },
        Refusal::TooManyPeople { limit: 200 },
        Refusal::AgendaFull { limit: 1000 },
        Refusal::SessionFull { limit: 50_000 },
        Refusal::DuplicateName { name: "Ana".into() },
        Refusal::NotPresent {
            name: "Daan".into(),
        },
        Refusal::ItemNotPending {
            label: "Website owner".into(),
        },
        Refusal::PositionTaken { earliest: 2 },
        Refusal::NoPendingItems,
        Refusal::NoProposal,
        Refusal::ProposalAlreadyStated,
        Refusal::UnchangedProposal,
        Refusal::QuestionSettled { number: 2 },
        Refusal::ConcernsUnhandled {
            objectors: names(&["Bram", "Chen"]),
        },
        Refusal::ObjectionsOpen {
            objectors: names(&["Bram"]),
        },
        Refusal::NoObjections,
        Refusal::ConcernNotOpen { number: 1 },
        Refusal::TestRequired { by: "Daan".into() },
        Refusal::NoSecretary,
        Refusal::SecretaryAlreadyRuled { number: 1 },
        Refusal::NotAmendedSinceObjection { number: 1 },
        Refusal::NotDiscardable,
        Refusal::ReasonRequired,
        Refusal::ItemsUndecided {
            labels: names(&["Onboarding checklist", "Website owner"]),
        },
        Refusal::NoDispositionNeeded {
            label: "Release calendar".into(),
        },
        Refusal::NothingToUndo,
        Refusal::BadTimebox,
        Refusal::ConsentAnswerNeeded,
        Refusal::ReviewNeeded,
        Refusal::ReviewDateBeforeMeeting {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
            meeting: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"),
        },
        Refusal::DriverComplete,
        Refusal::UnknownObjection { number: 4 },
        Refusal::ObjectionNotOpen { number: 1 },
        Refusal::NothingToResolve,
        Refusal::ObjectionsUnresolved {
            objectors: names(&["Bram"]),
        },
        Refusal::ObjectionsUnresolved {
            objectors: names(&["Bram", "Chen"]),
        },
    ];
    for action in all_actions() {
        for rules in [RuleSet::Integrative, RuleSet::Consent] {
            all.push(Refusal::WrongRules { action, rules });
        }
    }
    all.extend(
        [
            ElectionRefusal::NotInFormat,
            ElectionRefusal::ElectionFirst {
                role: "Facilitator".into(),
            },
            ElectionRefusal::NoRoleDescription,
            ElectionRefusal::TermOutOfRange { max: 120 },
            ElectionRefusal::BallotsMissing {
                waiting: names(&["Bram"]),
            },
            ElectionRefusal::BallotsMissing {
                waiting: names(&["Bram", "Chen"]),
            },
            ElectionRefusal::NoBallot {
                name: "Bram".into(),
            },
            ElectionRefusal::SameNominee {
                name: "Chen".into(),
            },
            ElectionRefusal::NotLeading {
                name: "Eva".into(),
                leaders: names(&["Chen", "Daan"]),
            },
            ElectionRefusal::NoNominations,
            ElectionRefusal::NoCandidate,
            ElectionRefusal::SameCandidacy,
            ElectionRefusal::CandidacyNotText,
        ]
        .map(Refusal::Election),
    );
    all.extend(all_tactical_refusals().into_iter().map(Refusal::Tactical));
    all.push(Refusal::Offer(OfferRefusal::Unknown { number: 4 }));
    all.push(Refusal::Offer(OfferRefusal::Answered { number: 2 }));
    for phase in all_phases() {
        for action in all_actions() {
            all.push(Refusal::NotNow { action, phase });
        }
    }
    for kind in all_rounds() {
        for waiting in [names(&["Bram"]), names(&["Bram", "Chen", "Daan"])] {
            all.push(Refusal::RoundIncomplete { kind, waiting });
        }
    }
    for field in all_fields() {
        all.push(Refusal::Empty { field });
    }
    all.push(Refusal::QuestionsOpen { numbers: vec![3] });
    all.push(Refusal::QuestionsOpen {
        numbers: vec![1, 3],
    });
    for criterion in all_criteria() {
        all.push(Refusal::CriterionAlreadyTested { criterion });
    }
    for step in all_steps() {
        all.push(Refusal::EndingNotAllowed { step });
    }
    all.extend(all_part_refusals().into_iter().map(Refusal::Part));
    all
}

fn all_part_refusals() -> Vec<PartRefusal> {
    let mut all = vec![
        PartRefusal::InElection,
        PartRefusal::ElectionOnly,
        PartRefusal::NoSuchPart { number: 3 },
        PartRefusal::Duplicate,
        PartRefusal::Unchanged,
        PartRefusal::SameCircle,
        PartRefusal::TooMany { limit: 100 },
    ];
    for &field in PartField::VARIANTS {
        all.push(PartRefusal::Empty { field });
        all.push(PartRefusal::TooLong {
            field,
            limit_kb: 256,
        });
    }
    all
}

fn exhaustive_part_refusal(refusal: &PartRefusal) {
    match refusal {
        PartRefusal::InElection
        | PartRefusal::ElectionOnly
        | PartRefusal::NoSuchPart { .. }
        | PartRefusal::Duplicate
        | PartRefusal::Unchanged
        | PartRefusal::SameCircle
        | PartRefusal::TooMany { .. }
        | PartRefusal::Empty { .. }
        | PartRefusal::TooLong { .. } => {}
    }
}

fn all_tactical_refusals() -> Vec<TacticalRefusal> {
    let mut all = vec![
        TacticalRefusal::GovernanceOnly,
        TacticalRefusal::TacticalOnly,
        TacticalRefusal::NoOwner,
        TacticalRefusal::UnknownRequest { number: 3 },
        TacticalRefusal::RequestAnswered { number: 1 },
        TacticalRefusal::RequestsOpen { numbers: vec![2] },
        TacticalRefusal::RequestsOpen {
            numbers: vec![1, 2],
        },
        TacticalRefusal::NoTimeShare,
        TacticalRefusal::TimeShareLeft { secs: 95 },
        TacticalRefusal::UnknownAction { number: 7 },
        TacticalRefusal::ActionReviewClosed,
        TacticalRefusal::NoActionsOffered,
    ];
    for &list in TacticalList::VARIANTS {
        all.push(TacticalRefusal::UnknownEntry { list, number: 4 });
        all.push(TacticalRefusal::WrongAnswer { list });
    }
    all
}

fn exhaustive_tactical_refusal(refusal: &TacticalRefusal) {
    match refusal {
        TacticalRefusal::GovernanceOnly
        | TacticalRefusal::TacticalOnly
        | TacticalRefusal::UnknownEntry { .. }
        | TacticalRefusal::NoOwner
        | TacticalRefusal::WrongAnswer { .. }
        | TacticalRefusal::UnknownRequest { .. }
        | TacticalRefusal::RequestAnswered { .. }
        | TacticalRefusal::RequestsOpen { .. }
        | TacticalRefusal::NoTimeShare
        | TacticalRefusal::TimeShareLeft { .. }
        | TacticalRefusal::UnknownAction { .. }
        | TacticalRefusal::ActionReviewClosed
        | TacticalRefusal::NoActionsOffered => {}
    }
}

fn exhaustive_refusal(refusal: &Refusal) {
    if let Refusal::Tactical(r) = refusal {
        exhaustive_tactical_refusal(r);
    }
    if let Refusal::Part(r) = refusal {
        exhaustive_part_refusal(r);
    }
    match refusal {
        Refusal::NotNow { .. }
        | Refusal::TimeOutRunning
        | Refusal::NoTimeOut
        | Refusal::RoundIncomplete { .. }
        | Refusal::NoRound
        | Refusal::RoundAlreadyStarted
        | Refusal::AlreadyHadTurn { .. }
        | Refusal::NotInRound { .. }
        | Refusal::RoundComplete
        | Refusal::UnknownPerson { .. }
        | Refusal::UnknownItem { .. }
        | Refusal::UnknownQuestion { .. }
        | Refusal::UnknownConcern { .. }
        | Refusal::Empty { .. }
        | Refusal::LabelTooLong { .. }
        | Refusal::TextTooLong { .. }
        | Refusal::TooManyPeople { .. }
        | Refusal::AgendaFull { .. }
        | Refusal::SessionFull { .. }
        | Refusal::DuplicateName { .. }
        | Refusal::NotPresent { .. }
        | Refusal::ItemNotPending { .. }
        | Refusal::PositionTaken { .. }
        | Refusal::NoPendingItems
        | Refusal::NoProposal
        | Refusal::ProposalAlreadyStated
        | Refusal::UnchangedProposal
        | Refusal::QuestionsOpen { .. }
        | Refusal::QuestionSettled { .. }
        | Refusal::ConcernsUnhandled { .. }
        | Refusal::ObjectionsOpen { .. }
        | Refusal::NoObjections
        | Refusal::ConcernNotOpen { .. }
        | Refusal::TestRequired { .. }
        | Refusal::CriterionAlreadyTested { .. }
        | Refusal::NoSecretary
        | Refusal::SecretaryAlreadyRuled { .. }
        | Refusal::NotAmendedSinceObjection { .. }
        | Refusal::NotDiscardable
        | Refusal::ReasonRequired
        | Refusal::EndingNotAllowed { .. }
        | Refusal::ItemsUndecided { .. }
        | Refusal::NoDispositionNeeded { .. }
        | Refusal::NothingToUndo
        | Refusal::BadTimebox
        | Refusal::WrongRules { .. }
        | Refusal::ConsentAnswerNeeded
        | Refusal::ReviewNeeded
        | Refusal::ReviewDateBeforeMeeting { .. }
        | Refusal::DriverComplete
        | Refusal::UnknownObjection { .. }
        | Refusal::ObjectionNotOpen { .. }
        | Refusal::ObjectionsUnresolved { .. }
        | Refusal::NothingToResolve
        | Refusal::Election(_)
        | Refusal::Tactical(_)
        | Refusal::Offer(_)
        | Refusal::Part(_) => {}
    }
}

fn all_setup_problems() -> Vec<SetupProblem> {
    vec![
        SetupProblem::NoTitle,
        SetupProblem::NoParticipants,
        SetupProblem::UnnamedParticipant,
        SetupProblem::DuplicateName("Ana".into()),
        SetupProblem::FacilitatorNotParticipant,
        SetupProblem::SecretaryNotParticipant,
        SetupProblem::ZeroTimebox,
        SetupProblem::RulesInTactical,
        SetupProblem::TooManyParticipants { limit: 200 },
        SetupProblem::TextTooLong { limit_kb: 256 },
    ]
}

fn exhaustive_setup_problem(problem: &SetupProblem) {
    match problem {
        SetupProblem::NoTitle
        | SetupProblem::NoParticipants
        | SetupProblem::UnnamedParticipant
        | SetupProblem::DuplicateName(_)
        | SetupProblem::FacilitatorNotParticipant
        | SetupProblem::SecretaryNotParticipant
        | SetupProblem::ZeroTimebox
        | SetupProblem::RulesInTactical
        | SetupProblem::TooManyParticipants { .. }
        | SetupProblem::TextTooLong { .. } => {}
    }
}

fn all_log_problems() -> Vec<LogProblem> {
    vec![
        LogProblem::BadSequence {
            position: 3,
            found: 5,
        },
        LogProblem::TimeGoesBack { seq: 4 },
        LogProblem::BadRetraction { seq: 6 },
        LogProblem::OpenedOutOfRange,
        LogProblem::TimeOutOfRange { seq: 7 },
        LogProblem::Impossible {
            seq: 8,
            refusal: spanning::meeting::Refusal::NothingToUndo,
        },
        LogProblem::NotAsDecided { seq: 9 },
        LogProblem::TooManyEntries {
            seq: 50_001,
            limit: 50_000,
        },
        LogProblem::TextTooLong {
            seq: 7,
            limit_kb: 256,
        },
        LogProblem::LogTooLarge {
            seq: 8,
            limit_mb: 32,
        },
    ]
}

fn exhaustive_log_problem(problem: &LogProblem) {
    match problem {
        LogProblem::BadSequence { .. }
        | LogProblem::TimeGoesBack { .. }
        | LogProblem::BadRetraction { .. }
        | LogProblem::OpenedOutOfRange
        | LogProblem::TimeOutOfRange { .. }
        | LogProblem::Impossible { .. }
        | LogProblem::NotAsDecided { .. }
        | LogProblem::TooManyEntries { .. }
        | LogProblem::TextTooLong { .. }
        | LogProblem::LogTooLarge { .. } => {}
    }
}

fn all_load_errors() -> Vec<LoadError> {
    let path = Path::new("sessions/2026-11-22T1405-operations-governance-0001.json");
    let mut kinds = vec![
        LoadErrorKind::NotFound,
        LoadErrorKind::PermissionDenied,
        LoadErrorKind::Unreadable {
            detail: "Is a directory".into(),
        },
        LoadErrorKind::TooLarge {
            bytes: 200 * 1024 * 1024,
        },
        LoadErrorKind::NotAFile {
            kind: spanning::store::SpecialFile::Fifo,
        },
        LoadErrorKind::NotAFile {
            kind: spanning::store::SpecialFile::Device,
        },
        LoadErrorKind::NotAFile {
            kind: spanning::store::SpecialFile::Socket,
        },
        LoadErrorKind::Empty,
        LoadErrorKind::Truncated { line: 3, column: 9 },
        LoadErrorKind::NotJson {
            line: 1,
            column: 1,
            detail: "expected value".into(),
        },
        LoadErrorKind::Foreign,
        LoadErrorKind::NewerVersion { found: 9 },
        LoadErrorKind::BadVersion {
            found: String::new(),
        },
        LoadErrorKind::BadVersion { found: "0".into() },
        LoadErrorKind::Invalid {
            line: 12,
            column: 4,
            detail: "unknown variant `x`".into(),
        },
        LoadErrorKind::NoOffset {
            line: 2,
            field: "opened_at".into(),
            entry: None,
            time: "2026-03-02T10:00:00".into(),
        },
        LoadErrorKind::NoOffset {
            line: 40,
            field: "at".into(),
            entry: Some(7),
            time: "2026-03-02T10:05:00".into(),
        },
        LoadErrorKind::JournalGap { after: 57 },
        LoadErrorKind::JournalNotAFile,
    ];
    kinds.extend(
        all_setup_problems()
            .into_iter()
            .map(|p| LoadErrorKind::Inconsistent(SessionLoadProblem::Setup(p))),
    );
    kinds.extend(
        all_log_problems()
            .into_iter()
            .map(|p| LoadErrorKind::Inconsistent(SessionLoadProblem::Log(p))),
    );
    kinds
        .into_iter()
        .map(|kind| LoadError::new(path, kind))
        .collect()
}

fn exhaustive_load_error(kind: &LoadErrorKind) {
    match kind {
        LoadErrorKind::NotFound
        | LoadErrorKind::PermissionDenied
        | LoadErrorKind::Unreadable { .. }
        | LoadErrorKind::TooLarge { .. }
        | LoadErrorKind::NotAFile { .. }
        | LoadErrorKind::Empty
        | LoadErrorKind::Truncated { .. }
        | LoadErrorKind::NotJson { .. }
        | LoadErrorKind::Foreign
        | LoadErrorKind::NewerVersion { .. }
        | LoadErrorKind::BadVersion { .. }
        | LoadErrorKind::Invalid { .. }
        | LoadErrorKind::NoOffset { .. }
        | LoadErrorKind::JournalGap { .. }
        | LoadErrorKind::JournalNotAFile
        | LoadErrorKind::Inconsistent(SessionLoadProblem::Setup(_))
        | LoadErrorKind::Inconsistent(SessionLoadProblem::Log(_)) => {}
    }
}

fn holder() -> LockHolder {
    LockHolder {
        pid: 4242,
        host: "zaal-3".into(),
        since: FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 14, 5, 0).single()),
    }
}

fn all_store_errors() -> Vec<StoreError> {
    let path = PathBuf::from("sessions/x.json");
    vec![
        StoreError::Locked {
            path: path.clone(),
            holder: Some(holder()),
        },
        StoreError::Locked {
            path: path.clone(),
            holder: None,
        },
        StoreError::Symlink { path: path.clone() },
        StoreError::StrangeLock {
            path: path.clone(),
            found: LockFound::Directory,
        },
        StoreError::StrangeLock {
            path: path.clone(),
            found: LockFound::Symlink,
        },
        StoreError::StrangeLock {
            path: path.clone(),
            found: LockFound::Special,
        },
        StoreError::CreateDir {
            path: path.clone(),
            detail: "read-only file system".into(),
        },
        StoreError::Write {
            path: path.clone(),
            detail: "no space left on device".into(),
        },
        StoreError::Lock {
            path: path.clone(),
            detail: "permission denied".into(),
        },
        StoreError::NoFreeName {
            dir: PathBuf::from("sessions"),
        },
        StoreError::Load(LoadError::new(&path, LoadErrorKind::Empty)),
    ]
}

fn exhaustive_store_error(error: &StoreError) {
    match error {
        StoreError::Locked { .. }
        | StoreError::Symlink { .. }
        | StoreError::StrangeLock { .. }
        | StoreError::CreateDir { .. }
        | StoreError::Write { .. }
        | StoreError::Lock { .. }
        | StoreError::NoFreeName { .. }
        | StoreError::Load(_) => {}
    }
}

fn all_resolve_errors() -> Vec<ResolveError> {
    let dir = PathBuf::from("sessions");
    vec![
        ResolveError::Unknown {
            id: "nope".into(),
            dir: dir.clone(),
        },
        ResolveError::Ambiguous {
            id: "2026".into(),
            candidates: names(&["2026-a", "2026-b"]),
        },
        ResolveError::NothingOpen { dir },
    ]
}

fn exhaustive_resolve_error(error: &ResolveError) {
    match error {
        ResolveError::Unknown { .. }
        | ResolveError::Ambiguous { .. }
        | ResolveError::NothingOpen { .. } => {}
    }
}

#[test]
fn engine_words_are_never_empty() {
    for lang in Lang::ALL {
        let w = lang.words();
        for phase in all_phases() {
            exhaustive_phase(phase);
            filled(lang, &format!("{phase:?}"), w.phase(phase));
        }
        for step in all_steps() {
            filled(lang, &format!("{step:?}"), w.step(step));
        }
        for kind in all_rounds() {
            filled(lang, &format!("{kind:?}"), w.round(kind));
            filled(lang, &format!("pass in {kind:?}"), w.pass(kind));
        }
        for criterion in all_criteria() {
            filled(lang, &format!("{criterion:?}"), w.criterion(criterion));
            let question = w.criterion_question(criterion);
            filled(lang, &format!("question {criterion:?}"), question);
            assert!(question.ends_with('?'), "{}: {question}", lang.code());
        }
        for ending in all_endings() {
            filled(lang, &format!("{ending:?}"), w.ending(ending));
        }
        for disposition in all_dispositions() {
            filled(
                lang,
                &format!("{disposition:?}"),
                w.disposition(disposition),
            );
        }
        for kind in all_output_kinds() {
            filled(lang, &format!("{kind:?}"), w.output_kind(kind));
        }
        for kind in all_out_of_order() {
            filled(lang, &format!("{kind:?}"), w.out_of_order(kind));
        }
        for action in all_actions() {
            exhaustive_action(action);
            filled(lang, &format!("{action:?}"), w.action(action));
        }
        for field in all_fields() {
            exhaustive_field(field);
            filled(lang, &format!("{field:?}"), w.field(field));
        }
        filled(lang, "skipped", w.skipped());
        filled(lang, "and", w.and());
    }
}

/// Every kind of a data-carrying enum (its derived discriminant list) has
/// a sample among `samples`, so a new variant without a sample, hence
/// without its words checked in every language, fails here.
fn every_kind_sampled<T, K>(samples: &[T], what: &str)
where
    K: VariantArray + PartialEq + std::fmt::Debug + Copy + for<'a> From<&'a T>,
{
    let missing: Vec<K> = K::VARIANTS
        .iter()
        .copied()
        .filter(|kind| !samples.iter().any(|s| K::from(s) == *kind))
        .collect();
    assert!(missing.is_empty(), "{what}: no sample of {missing:?}");
}

#[test]
fn every_kind_of_every_data_carrying_enum_has_a_sample() {
    every_kind_sampled::<_, RefusalKind>(&all_refusals(), "Refusal");
    every_kind_sampled::<_, TacticalRefusalKind>(&all_tactical_refusals(), "TacticalRefusal");
    every_kind_sampled::<_, ActionKind>(&all_actions(), "Action");
    every_kind_sampled::<_, FieldKind>(&all_fields(), "Field");
    every_kind_sampled::<_, LabelKind>(&all_labels(), "Label");
    every_kind_sampled::<_, DialogKind>(&all_dialogs(), "Dialog");
    let tactical: Vec<TacticalDialog> = all_dialogs()
        .into_iter()
        .filter_map(|d| match d {
            Dialog::Tactical(t) => Some(t),
            _ => None,
        })
        .collect();
    every_kind_sampled::<_, TacticalDialogKind>(&tactical, "TacticalDialog");
    every_kind_sampled::<_, KeyActionKind>(&all_key_actions(), "key Action");
}

/// Refusals, setup and log problems are whole sentences: besides being
/// filled, another language's sentence must not be the English one left in.
#[test]
fn every_refusal_and_problem_is_said_in_every_language() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let translated = |what: &str, text: &str, en: &str| {
            filled(lang, what, text);
            assert!(
                lang == Lang::En || text != en,
                "{}: {what} is still English: {text}",
                lang.code()
            );
        };
        for refusal in all_refusals() {
            exhaustive_refusal(&refusal);
            let text = w.refusal(&refusal);
            translated(&format!("{refusal:?}"), &text, &english.refusal(&refusal));
            assert!(text.ends_with('.'), "{}: {text}", lang.code());
        }
        for problem in all_setup_problems() {
            exhaustive_setup_problem(&problem);
            translated(
                &format!("{problem:?}"),
                &w.setup_problem(&problem),
                &english.setup_problem(&problem),
            );
        }
        for problem in all_log_problems() {
            exhaustive_log_problem(&problem);
            translated(
                &format!("{problem:?}"),
                &w.log_problem(&problem),
                &english.log_problem(&problem),
            );
        }
    }
}

#[test]
fn store_words_are_never_empty() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let translated = |what: &str, text: &str, en: &str| {
            filled(lang, what, text);
            assert!(
                lang == Lang::En || text != en,
                "{}: {what} is still English: {text}",
                lang.code()
            );
        };
        for error in all_load_errors() {
            exhaustive_load_error(&error.kind);
            let text = w.load_error(&error);
            translated(
                &format!("{:?}", error.kind),
                &text,
                &english.load_error(&error),
            );
            assert!(text.contains("2026-11-22T1405"), "names the file: {text}");
        }
        for error in all_store_errors() {
            exhaustive_store_error(&error);
            translated(
                &format!("{error:?}"),
                &w.store_error(&error),
                &english.store_error(&error),
            );
        }
        for error in all_resolve_errors() {
            exhaustive_resolve_error(&error);
            translated(
                &format!("{error:?}"),
                &w.resolve_error(&error),
                &english.resolve_error(&error),
            );
        }
        for holder in [Some(holder()), None] {
            let text = w.recovered_stale_lock(Path::new("sessions/x.json"), holder.as_ref());
            filled(lang, "recovered stale lock", &text);
        }
        for &status in SessionStatus::VARIANTS {
            filled(lang, &format!("{status:?}"), w.session_status(status));
        }
    }
}

fn all_usage_problems() -> Vec<UsageProblem> {
    let mut all = Vec::new();
    for suggestion in [Some("--json".to_owned()), None] {
        all.push(UsageProblem::UnknownArgument {
            arg: "--jsn".into(),
            suggestion: suggestion.clone(),
        });
        all.push(UsageProblem::UnknownCommand {
            command: "lijst".into(),
            suggestion,
        });
    }
    for valid in [names(&["markdown", "json"]), Vec::new()] {
        all.push(UsageProblem::InvalidValue {
            arg: "--format <FORMAT>".into(),
            value: "pdf".into(),
            valid,
        });
    }
    all.push(UsageProblem::MissingValue {
        arg: "--format <FORMAT>".into(),
    });
    all.push(UsageProblem::MissingArgument {
        args: names(&["<ID>"]),
    });
    all.push(UsageProblem::Repeated {
        arg: "--lang <LANG>".into(),
    });
    all.push(UsageProblem::Conflict {
        arg: "--json".into(),
        with: names(&["--format <FORMAT>"]),
    });
    all
}

fn exhaustive_usage_problem(problem: &UsageProblem) {
    match problem {
        UsageProblem::UnknownArgument { .. }
        | UsageProblem::UnknownCommand { .. }
        | UsageProblem::InvalidValue { .. }
        | UsageProblem::MissingValue { .. }
        | UsageProblem::MissingArgument { .. }
        | UsageProblem::Repeated { .. }
        | UsageProblem::Conflict { .. } => {}
    }
}

#[test]
fn cli_words_are_never_empty() {
    for lang in Lang::ALL {
        let w: &dyn Words = lang.words();
        for heading in w.list_headings() {
            filled(lang, "list heading", heading);
        }
        filled(lang, "no sessions", &w.no_sessions("sessions"));
        filled(lang, "unreadable heading", w.unreadable_heading());
        for count in [1, 3] {
            filled(lang, "due for review", &w.due_for_review(count));
        }
        filled(lang, "check ok", &w.check_ok("a.json"));
        filled(lang, "check bad", &w.check_bad("a.json", "kapot"));
        for (checked, bad) in [(0, 0), (1, 0), (1, 1), (3, 2)] {
            filled(lang, "check summary", &w.check_summary(checked, bad));
        }
        filled(lang, "check nothing", &w.check_nothing("sessions"));
        filled(lang, "export exists", &w.export_exists("m.md"));
        filled(lang, "export written", &w.export_written("m.md"));
        filled(lang, "unknown lang", &w.unknown_lang("xx", "en, nl"));
        filled(lang, "unknown theme", &w.unknown_theme("beamer", "default"));
        filled(lang, "bad config", &w.bad_config("/c.json", "bad JSON"));
        filled(
            lang,
            "theme not remembered",
            &w.theme_not_remembered("/c.json", "read-only"),
        );
        filled(lang, "bad timebox", &w.bad_timebox("soon"));
        filled(
            lang,
            "not a participant",
            &w.not_a_participant("Zoë", "Ana, Bram"),
        );
        filled(lang, "setup cancelled", w.setup_cancelled());
        filled(lang, "saved to", &w.saved_to("sessions/a.json"));
        filled(lang, "resume hint", &w.resume_hint("a"));
        filled(lang, "session closed", &w.session_closed("a"));
        filled(lang, "generate refused", &w.generate_refused("sessions"));
        filled(lang, "error", w.error());
        filled(lang, "usage hint", w.usage_hint());
        for problem in all_usage_problems() {
            exhaustive_usage_problem(&problem);
            let text = w.usage_problem(&problem);
            filled(lang, &format!("{problem:?}"), &text);
            assert!(
                lang == Lang::En || text != Lang::En.words().usage_problem(&problem),
                "{}: {problem:?} is still English",
                lang.code()
            );
        }
        let h = w.help();
        for (what, text) in [
            ("about", h.about),
            ("long_about", h.long_about),
            ("usage", h.usage_heading),
            ("commands", h.commands_heading),
            ("arguments", h.arguments_heading),
            ("options", h.options_heading),
            ("help flag", h.help_flag),
            ("version flag", h.version_flag),
            ("help command", h.help_command),
            ("dir", h.dir_value),
            ("lang", h.lang_value),
            ("theme value", h.theme_value),
            ("theme", h.theme),
            ("file", h.file_value),
            ("command", h.command_value),
        ] {
            filled(lang, what, text);
        }
    }
}

#[test]
fn minutes_words_are_never_empty() {
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 14, 5, 0).single())
        .expect("valid time");
    for lang in Lang::ALL {
        let w = lang.words();
        let f = |what: &str, text: &str| filled(lang, what, text);
        f("date_time", &w.date_time(at));
        f("time", &w.time(at));
        for secs in [0, 45, 600, 3570, 3600, 3900, 7325] {
            f("duration", &w.duration(secs));
        }
        f("so_far", &w.so_far("25 min"));
        f("quoted", &w.quoted("Website owner"));
        f("version", &w.version(2));
        f("none", w.none());
        f("nobody", w.nobody());
        f("subtitle", &w.subtitle("Operations", "22"));
        f("still_open", &w.still_open("x"));
        f("at_item", &w.at_item("x", 2, "y"));
        f("during_time_out", &w.during_time_out("x"));
        f("decisions_heading", w.decisions_heading());
        f("no_decisions", w.no_decisions());
        f("adopted_summary", &w.adopted_summary("Chen", "v1", "14:19"));
        f(
            "objection_integrated",
            &w.objection_integrated(1, "Bram", "v3"),
        );
        f("actions_heading", w.actions_heading());
        f("information_heading", w.information_heading());
        for kind in all_output_kinds() {
            for owner in [Some("Chen"), None] {
                for item in [Some("“x”"), None] {
                    f("output_entry", &w.output_entry(kind, "t", owner, item));
                }
            }
        }
        f("dispositions_heading", w.dispositions_heading());
        f("disposition_entry", &w.disposition_entry("x", "Daan", "y"));
        for (what, text) in [
            ("meeting_heading", w.meeting_heading()),
            ("circle_field", w.circle_field()),
            ("date_field", w.date_field()),
            ("duration_field", w.duration_field()),
            ("format_field", w.format_field()),
            ("rules_field", w.rules_field()),
            ("timebox_field", w.timebox_field()),
            ("facilitator_field", w.facilitator_field()),
            ("secretary_field", w.secretary_field()),
            ("participants_field", w.participants_field()),
            ("changes_heading", w.changes_heading()),
            ("not_held", w.not_held()),
            ("waiting_for_turn", w.waiting_for_turn()),
            ("agenda_heading", w.agenda_heading()),
            ("no_items", w.no_items()),
            ("owner_field", w.owner_field()),
            ("outcome_field", w.outcome_field()),
            ("close_out_field", w.close_out_field()),
            ("time_field", w.time_field()),
            ("not_reached", w.not_reached()),
            ("tension_heading", w.tension_heading()),
            ("example_heading", w.example_heading()),
            ("proposal_heading", w.proposal_heading()),
            ("not_stated", w.not_stated()),
            ("help_requested", w.help_requested()),
            ("questions_heading", w.questions_heading()),
            ("not_specified", w.not_specified()),
            ("not_answered", w.not_answered()),
            ("clarifications_heading", w.clarifications_heading()),
            ("concerns_label", w.concerns_label()),
            ("recorded_untested", w.recorded_untested()),
            ("no_argument", w.no_argument()),
            ("concern_unhandled", w.concern_unhandled()),
            ("concern_testing", w.concern_testing()),
            ("concern_valid", w.concern_valid()),
            ("notes_heading", w.notes_heading()),
            ("rulings_heading", w.rulings_heading()),
            ("speaking_time_heading", w.speaking_time_heading()),
            ("speaking_time_explained", w.speaking_time_explained()),
            ("person_column", w.person_column()),
            ("time_column", w.time_column()),
        ] {
            f(what, text);
        }
        for &format in MeetingFormat::VARIANTS {
            f("format_name", w.format_name(format));
        }
        let rules = w.rule_set_name(RuleSet::Integrative);
        f("rule_set_name", rules);
        assert!(
            rules.contains("v5"),
            "{}: says which rules it follows",
            lang.code()
        );
        let consent = w.rule_set_name(RuleSet::Consent);
        f("rule_set_name consent", consent);
        assert!(consent.contains("3.0"), "{}: {consent}", lang.code());
        for &rules in RuleSet::VARIANTS {
            f("rule_set_name", w.rule_set_name(rules));
            f("rules_short", w.rules_short(rules));
        }
        for part in spanning::meeting::DriverPart::ALL {
            f("driver_part", w.driver_part(part));
        }
        f("driver_heading", w.driver_heading());
        f("consent_round_on", &w.consent_round_on("v2"));
        f("consent_given", w.consent_given());
        f("concern_logged", &w.concern_logged("t"));
        f("objection_turn", &w.objection_turn(1, "t"));
        f("objections_label", w.objections_label());
        f("objection_heading", &w.objection_heading(1, "Bram", "v2"));
        f("resolved_in", &w.resolved_in("v3"));
        f("objection_open", w.objection_open());
        f("review_field", w.review_field());
        f("criteria_field", w.criteria_field());
        f("objection_resolved", &w.objection_resolved(1, "Bram", "v3"));
        f("concern_logged_by", &w.concern_logged_by("Bram", "t"));
        f("requalified", &w.requalified("r"));
        f("ruling_requalified", &w.ruling_requalified(1, "Bram", "r"));
        f("with_roles", &w.with_roles("Chen", "Scheduling"));
        f("joined_late", &w.joined_late("Daan"));
        f("not_present", &w.not_present("Daan"));
        f("joined", &w.joined("Daan"));
        for reason in [Some("trein"), None] {
            f("left", &w.left("Daan", reason));
        }
        f("came_back", &w.came_back("Daan"));
        f("facilitator_changed", &w.facilitator_changed("Bram"));
        for name in [Some("Chen"), None] {
            f("secretary_changed", &w.secretary_changed(name));
        }
        for duration in [Some("1 h"), None] {
            f("timebox_changed", &w.timebox_changed(duration));
        }
        f("item_removed", &w.item_removed("x"));
        for count in [1, 3] {
            f("corrections", &w.corrections(count));
        }
        f("over_time", &w.over_time("01:15"));
        f("concern_turn", &w.concern_turn(1, "t"));
        for share in [Some("18 min"), None] {
            f("time_used", &w.time_used("8 min", share));
        }
        f("adopted_at", &w.adopted_at("v1", "14:19"));
        for reason in [Some("r"), None] {
            f("ended_at", &w.ended_at("e", "15:00", reason));
        }
        f("in_progress", &w.in_progress("s"));
        f("amended_for", &w.amended_for(1));
        f("answer", &w.answer("a"));
        f("ruled_out_of_order", &w.ruled_out_of_order("r"));
        f("objection_round_on", &w.objection_round_on("v2"));
        f("concern_heading", &w.concern_heading(1, "Bram", "v2"));
        f("test_requested_by", &w.test_requested_by("Daan"));
        for holds in [true, false] {
            f(
                "criterion_result",
                &w.criterion_result('a', "c", "arg", holds),
            );
            f("secretary_ruling", &w.secretary_ruling(holds, "n"));
            f("ruling_test", &w.ruling_test(1, "Bram", 'a', "c", holds));
            f(
                "ruling_secretary",
                &w.ruling_secretary(1, "Bram", holds, "n"),
            );
        }
        f("dismissed_on", &w.dismissed_on('c', "c"));
        f("integrated_in", &w.integrated_in("v3"));
        f("abandoned", &w.abandoned("r"));
        f("ruling_question", &w.ruling_question(3, "Eline", "r"));
        f("ruling_recorded", &w.ruling_recorded(1, "Bram"));
        f("ruling_abandoned", &w.ruling_abandoned(1, "Bram", "r"));
        for person in [Some("Chen"), None] {
            f(
                "ruling_out_of_order",
                &w.ruling_out_of_order("k", person, "n"),
            );
        }
        for who in [Some("Daan"), None] {
            for length in [Some("2 min"), None] {
                for note in [Some("n"), None] {
                    f(
                        "ruling_time_out",
                        &w.ruling_time_out(who, "r", length, note),
                    );
                }
            }
        }
    }
}

#[test]
fn languages_round_trip_through_their_codes() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(
            Lang::from_code(&lang.code().to_uppercase()),
            Some(lang),
            "codes are case-insensitive"
        );
        let json = serde_json::to_string(&lang).expect("serialises");
        assert_eq!(json, format!("\"{}\"", lang.code()));
    }
    assert_eq!(Lang::from_code("nl"), Some(Lang::Nl));
    assert_eq!(Lang::from_code("xx"), None);
}

// Screens (TuiWords) and review (ReviewWords).

/// Words that are the same in Dutch as in English, so "left in English"
/// does not apply to them. Kept short and explicit on purpose.
const SAME_IN_DUTCH: &[&str] = &[
    "Agenda",
    "agenda",
    "TIME-OUT",
    "time-out",
    "opening",
    "Effect",
    "Impact",
    "Checklist",
    "check",
];

/// Filled, and (outside English) not the English text, unless the word is
/// the same in both languages.
fn said(lang: Lang, what: &str, text: &str, english: &str) {
    filled(lang, what, text);
    assert!(
        lang == Lang::En || text != english || SAME_IN_DUTCH.contains(&text),
        "{}: {what} is still English: {text}",
        lang.code()
    );
}

fn all_labels() -> Vec<Label> {
    use Label::*;
    let mut all = vec![
        Elapsed,
        ClockNotStarted,
        ClockStartsAtCheckIn,
        Speaking,
        Left,
        Over,
        NoTimebox,
        ItemTime,
        FairShare,
        TimeOut,
        Now,
        Floor,
        RoundComplete,
        Tension,
        Example,
        Proposal,
        HelpRequested,
        NotYet,
        Questions,
        NoQuestions,
        NotSpecified,
        RuledOut,
        Unanswered,
        Concerns,
        NoConcerns,
        Objections,
        Clarifications,
        ReactionsGiven,
        ChangesFrom,
        Agenda,
        AgendaEmpty,
        AgendaEmptyOffered,
        Owner,
        CloseOut,
        Summary,
        Outputs,
        NoOutputs,
        Outcomes,
        SavedTo,
        NotSaved,
        HelpTitle,
        ConfirmTitle,
        GroupView,
        Forward,
        Backward,
        FirstSpeaker,
        Direction,
        Nobody,
        Reason,
        Note,
        Kind,
        Person,
        ItemLabel,
        Text,
        Question,
        Answer,
        Argument,
        TestTitle,
        Holds,
        Fails,
        Upheld,
        Yes,
        No,
        Ending,
        Objector,
        ObjectorConfirmed,
        ProposerConfirmed,
        TestRequestedBy,
        Opening,
        Facilitator,
        Secretary,
        FacilitatorField,
        SecretaryField,
        Participants,
        Closed,
        Waiting,
        InProgress,
        BarCheckIn,
        BarAgenda,
        BarItems,
        BarClosing,
        BarCloseOut,
        Versions,
        SetupTitle,
        HomeTitle,
        HomeFolder,
        HomeEmpty,
        HomeLoading,
        HomeUnfinished,
        HomeRecent,
        MeetingTitle,
        Circle,
        ParticipantList,
        TimeboxMinutes,
        AbsentList,
        BadTimebox,
        ErrTerminal,
        ErrDraw,
        ErrRead,
        PeopleTitle,
        Present,
        Absent,
        Name,
        Roles,
        Timebox,
        SaveRetryHint,
        SavePath,
        PartKind,
        PartRole,
        PartList,
        PartPolicy,
        PartName,
        PartText,
        PartNewText,
        PartEntries,
        PartDomains,
        PartTo,
        PartSubCircle,
        PartEntry,
        PartScope,
        PartsTitle,
        NothingToPick,
        NotSavedAtExit,
        Situation,
        Effect,
        Need,
        Impact,
        Consent,
        Concern,
        Objection,
        LoggedConcerns,
        Resolved,
        ReviewDate,
        Criteria,
        ConsentAnswer,
        Rules,
        ReviewOverdue,
        Driver,
        NotResolved,
        ReviewOn,
        Role,
        RoleDescription,
        TermMonths,
        TermNote,
        Voter,
        Nominee,
        Candidate,
        NomineeHidden,
        NomineeNotFound,
    ];
    all.extend(TacticalLabel::VARIANTS.iter().map(|&t| Tactical(t)));
    all
}

fn exhaustive_label(label: Label) {
    use Label::*;
    match label {
        Elapsed | ClockNotStarted | ClockStartsAtCheckIn | Speaking | Left | Over | NoTimebox
        | ItemTime | FairShare | TimeOut | Now | Floor | RoundComplete | Tension | Example
        | Proposal | HelpRequested | NotYet | Questions | NoQuestions | NotSpecified | RuledOut
        | Unanswered | Concerns | NoConcerns | Objections | Clarifications | ReactionsGiven
        | ChangesFrom | Agenda | AgendaEmpty | AgendaEmptyOffered | Owner | CloseOut | Summary
        | Outputs | NoOutputs | Outcomes | SavedTo | NotSaved | HelpTitle | ConfirmTitle
        | GroupView | Forward | Backward | FirstSpeaker | Direction | Nobody | Reason | Note
        | Kind | Person | ItemLabel | Text | Question | Answer | Argument | TestTitle | Holds
        | Fails | Upheld | Yes | No | Ending | Objector | ObjectorConfirmed | ProposerConfirmed
        | TestRequestedBy | Opening | Facilitator | Secretary | FacilitatorField
        | SecretaryField | Participants | Closed | Waiting | InProgress | BarCheckIn
        | BarAgenda | BarItems | BarClosing | BarCloseOut | Versions | SetupTitle | HomeTitle
        | HomeFolder | HomeEmpty | HomeLoading | HomeUnfinished | HomeRecent | MeetingTitle
        | Circle | ParticipantList | TimeboxMinutes | AbsentList | BadTimebox | ErrTerminal
        | ErrDraw | ErrRead | PeopleTitle | Present | Absent | Name | Roles | Timebox
        | SaveRetryHint | SavePath | NotSavedAtExit | Situation | Effect | Need | Impact
        | Consent | Concern | Objection | LoggedConcerns | Resolved | ReviewDate | Criteria
        | ConsentAnswer | Rules | ReviewOverdue | Driver | NotResolved | ReviewOn | Role
        | RoleDescription | TermMonths | TermNote | Voter | Nominee | Candidate | NomineeHidden
        | NomineeNotFound | PartKind | PartRole | PartList | PartPolicy | PartName | PartText
        | PartNewText | PartEntries | PartDomains | PartTo | PartSubCircle | PartEntry
        | PartScope | PartsTitle | NothingToPick | Tactical(_) => {}
    }
}

fn all_prompts() -> Vec<Prompt> {
    use Prompt::*;
    vec![
        Opening,
        CheckIn,
        Agenda,
        Present,
        Questions,
        Reactions,
        Amend,
        Objections,
        Integration,
        Closing,
        CloseOut,
        Summary,
        Testing,
        TimeOut,
        Driver,
        QuickReactions,
        ConsentRound,
        Resolve,
        DescribeRole,
        Nominations,
        NominationSharing,
        NominationChanges,
        ProposeCandidate,
        Tactical(TacticalPrompt::Review(TacticalList::Checklist)),
        Tactical(TacticalPrompt::Review(TacticalList::Metrics)),
        Tactical(TacticalPrompt::Review(TacticalList::Progress)),
        Tactical(TacticalPrompt::Triage),
    ]
}

fn exhaustive_prompt(prompt: Prompt) {
    use Prompt::*;
    match prompt {
        Opening | CheckIn | Agenda | Present | Questions | Reactions | Amend | Objections
        | Integration | Closing | CloseOut | Summary | Testing | TimeOut | Driver
        | QuickReactions | ConsentRound | Resolve | DescribeRole | Nominations
        | NominationSharing | NominationChanges | ProposeCandidate | Tactical(_) => {}
    }
}

fn all_dialogs() -> Vec<Dialog> {
    use Dialog::*;
    let mut all = vec![
        Turn,
        Concern,
        Skip,
        Order,
        AddItem,
        EditItem,
        Tension,
        Example,
        Proposal,
        CorrectProposal,
        Part,
        EditPart,
        Ask,
        Answer,
        RuleOut,
        Clarify,
        Amend,
        AmendForObjection,
        RequestTest,
        SecretaryRuling,
        Abandon,
        Ending,
        Output,
        TimeOutStart,
        TimeOutEnd,
        OutOfOrder,
        Note,
        AddPerson,
        Absent,
        Back,
        Timebox,
        SaveElsewhere,
        Situation,
        Effect,
        Need,
        Impact,
        ConsentTurn,
        ConsentConcern,
        ConsentObjection,
        Adopt,
        Requalify,
        AddElection,
        DescribeRole,
        Nominate,
        ChangeNomination,
        ProposeCandidate,
        Tactical(TacticalDialog::Need),
        Tactical(TacticalDialog::Request),
        Tactical(TacticalDialog::ActionNote),
        Tactical(TacticalDialog::ProjectStatus),
    ];
    for &list in TacticalList::VARIANTS {
        all.push(Tactical(TacticalDialog::AddEntry(list)));
        all.push(Tactical(TacticalDialog::EditEntry(list)));
        all.push(Tactical(TacticalDialog::Answer(list)));
    }
    all
}

fn exhaustive_dialog(dialog: Dialog) {
    use Dialog::*;
    match dialog {
        Turn | Concern | Skip | Order | AddItem | EditItem | Tension | Example | Proposal
        | CorrectProposal | Part | EditPart | Ask | Answer | RuleOut | Clarify | Amend
        | AmendForObjection | RequestTest | SecretaryRuling | Abandon | Ending | Output
        | TimeOutStart | TimeOutEnd | OutOfOrder | Note | AddPerson | Absent | Back | Timebox
        | SaveElsewhere | Situation | Effect | Need | Impact | ConsentTurn | ConsentConcern
        | ConsentObjection | Adopt | Requalify | AddElection | DescribeRole | Nominate
        | ChangeNomination | ProposeCandidate | Tactical(_) => {}
    }
}

fn all_key_actions() -> Vec<KeyAction> {
    use KeyAction::*;
    let mut all = vec![
        Help,
        Governance,
        AddPart,
        Parts,
        EditPart,
        RemovePart,
        Presentation,
        Undo,
        Quit,
        TimeOut,
        OutOfOrder,
        Output,
        Outcome,
        Next,
        TypeTurn,
        StartItem,
        EditPanel,
        Answer,
        Up,
        Down,
        ScrollUp,
        ScrollDown,
        Focus,
        Pass,
        Skip,
        Order,
        AddItem,
        EditItem,
        RemoveItem,
        MoveUp,
        MoveDown,
        ClosingRound,
        AskForHelp,
        Ask,
        NotSpecified,
        RuleOut,
        Clarify,
        Amend,
        RecordObjection,
        Test,
        RequestTest,
        SecretaryRuling,
        ConfirmObjector,
        ConfirmProposer,
        Abandon,
        CarryOver,
        LetGo,
        People,
        Note,
        AddPerson,
        Presence,
        MakeFacilitator,
        MakeSecretary,
        Timebox,
        Close,
        NewMeeting,
        Resume,
        Browse,
        Consent,
        Concern,
        Objection,
        Resolve,
        Requalify,
        AddElection,
        DescribeRole,
        Nominate,
        ChangeNomination,
        ProposeCandidate,
        TakeOffer,
        LetGoOffer,
    ];
    all.extend(TacticalKey::VARIANTS.iter().map(|&t| Tactical(t)));
    all
}

fn exhaustive_key_action(action: KeyAction) {
    use KeyAction::*;
    match action {
        Help | Presentation | Undo | Quit | TimeOut | OutOfOrder | Output | Outcome | Next
        | TypeTurn | StartItem | EditPanel | Answer | Up | Down | ScrollUp | ScrollDown | Focus
        | Pass | Skip | Order | AddItem | EditItem | RemoveItem | MoveUp | MoveDown
        | ClosingRound | AskForHelp | Ask | NotSpecified | RuleOut | Clarify | Amend
        | RecordObjection | Test | RequestTest | SecretaryRuling | ConfirmObjector
        | ConfirmProposer | Abandon | CarryOver | LetGo | People | Note | AddPerson | Presence
        | MakeFacilitator | MakeSecretary | Timebox | Close | NewMeeting | Resume | Browse
        | Consent | Concern | Objection | Resolve | Requalify | AddElection | DescribeRole
        | Nominate | ChangeNomination | ProposeCandidate | Tactical(_) | TakeOffer | LetGoOffer
        | Governance | AddPart | Parts | EditPart | RemovePart => {}
    }
}

fn all_concern_statuses() -> Vec<ConcernStatus> {
    let mut all = vec![
        ConcernStatus::Raised,
        ConcernStatus::Testing,
        ConcernStatus::Valid,
        ConcernStatus::Integrated { version: 3 },
        ConcernStatus::Abandoned,
        ConcernStatus::Requalified,
    ];
    all.extend(
        all_criteria()
            .into_iter()
            .map(|criterion| ConcernStatus::Dismissed { criterion }),
    );
    all
}

fn exhaustive_concern_status(status: &ConcernStatus) {
    match status {
        ConcernStatus::Raised
        | ConcernStatus::Testing
        | ConcernStatus::Valid
        | ConcernStatus::Dismissed { .. }
        | ConcernStatus::Integrated { .. }
        | ConcernStatus::Abandoned
        | ConcernStatus::Requalified => {}
    }
}

/// A meeting with two people and one agenda item, for naming events.
fn meeting() -> Session {
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 14, 5, 0).single())
        .expect("valid time");
    let mut session = Session::open(Setup {
        title: "Rolverleg".into(),
        circle: "Ops".into(),
        lang: Lang::Nl,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: at,
        participants: vec![Participant::named("Ana"), Participant::named("Bram")],
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: None,
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    })
    .expect("valid setup");
    for command in [
        spanning::meeting::Command::StartCheckIn,
        spanning::meeting::Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
        spanning::meeting::Command::Speak {
            person: None,
            speech: Speech::Pass,
        },
        spanning::meeting::Command::OpenAgenda,
        spanning::meeting::Command::AddItem {
            label: "Release notes".into(),
            owner: PersonId(1),
        },
    ] {
        session.execute(&command, at).expect("accepted");
    }
    session
}

fn all_events() -> Vec<Event> {
    let item = ItemId(1);
    let mut all: Vec<Event> = [
        PhaseKind::CheckIn,
        PhaseKind::Agenda,
        PhaseKind::Closing,
        PhaseKind::CloseOut,
        PhaseKind::Closed,
        PhaseKind::Checklist,
        PhaseKind::Metrics,
        PhaseKind::Progress,
        PhaseKind::Actions,
    ]
    .into_iter()
    .map(|phase| Event::PhaseEntered { phase, round: None })
    .collect();
    all.extend(
        all_steps()
            .into_iter()
            .map(|step| Event::StepEntered { step, round: None }),
    );
    all.extend([
        Event::RoundReordered {
            order: vec![PersonId(1), PersonId(0)],
        },
        Event::TurnTaken {
            person: PersonId(0),
            speech: Speech::Said { text: "moe".into() },
        },
        Event::TurnTaken {
            person: PersonId(0),
            speech: Speech::Pass,
        },
        Event::TurnSkipped {
            person: PersonId(1),
            reason: "trein".into(),
        },
        Event::ParticipantJoined {
            person: PersonId(2),
            participant: Participant::named("Chen"),
            round_order: None,
        },
        Event::PresenceChanged {
            person: PersonId(1),
            present: false,
            reason: None,
        },
        Event::FacilitatorChanged {
            person: PersonId(1),
        },
        Event::SecretaryChanged { person: None },
        Event::TimeboxChanged { minutes: Some(60) },
        Event::ItemAdded {
            item: ItemId(2),
            label: "Budget".into(),
            owner: PersonId(0),
            kind: ItemKind::Tension,
        },
        Event::ItemAdded {
            item: ItemId(3),
            label: "Facilitator".into(),
            owner: PersonId(0),
            kind: ItemKind::Election,
        },
        Event::RoleDescribed {
            text: "Runs meetings".into(),
            term: Term::months(12),
        },
        Event::Nominated {
            voter: PersonId(0),
            nominee: PersonId(1),
        },
        Event::NominationChanged {
            voter: PersonId(0),
            nominee: PersonId(1),
        },
        Event::CandidateProposed {
            version: 1,
            candidate: PersonId(1),
            term: Term::months(12),
            tied: vec![],
            for_objection: None,
        },
        Event::ItemEdited {
            item,
            label: "Notes".into(),
            owner: PersonId(0),
        },
        Event::ItemRemoved { item },
        Event::ItemRemoved { item: ItemId(9) },
        Event::ItemMoved { item, position: 0 },
        Event::ItemStarted { item },
        Event::TensionStated { text: "t".into() },
        Event::ExampleGiven { text: "e".into() },
        Event::HelpRequested,
        Event::ProposalStated {
            version: 2,
            text: "p".into(),
            for_objection: None,
        },
        Event::QuestionAsked {
            asker: PersonId(0),
            text: "q".into(),
        },
        Event::QuestionAnswered {
            question: 1,
            answer: None,
        },
        Event::QuestionRuledOutOfOrder {
            question: 1,
            reason: "r".into(),
        },
        Event::Clarified { text: "c".into() },
        Event::ProposalCorrected { text: "c".into() },
        Event::TestRequested {
            concern: 1,
            by: PersonId(1),
        },
        Event::ObjectionRecorded { concern: 1 },
        Event::SecretaryRuled {
            concern: 1,
            upheld: true,
            note: "n".into(),
        },
        Event::ObjectorConfirmed { concern: 1 },
        Event::ProposerConfirmed { concern: 1 },
        Event::ObjectionAbandoned {
            concern: 1,
            reason: "r".into(),
        },
        Event::TimeOutStarted {
            requested_by: None,
            reason: "r".into(),
        },
        Event::TimeOutEnded { note: None },
        Event::NoteRecorded { text: "n".into() },
        Event::Retracted { retracts: 3 },
        Event::NeedStated { text: "n".into() },
        Event::RequestMade {
            number: 1,
            to: RequestTo::Role("Finance".into()),
            text: "r".into(),
        },
        Event::RequestAnswered {
            number: 1,
            accepted: false,
        },
    ]);
    for &list in TacticalList::VARIANTS {
        all.extend([
            Event::EntryDefined {
                list,
                number: 1,
                text: "e".into(),
                owner: Some(PersonId(0)),
                role: None,
            },
            Event::EntryEdited {
                list,
                number: 1,
                text: "e".into(),
                owner: None,
                role: Some("Finance".into()),
            },
            Event::EntryRemoved { list, number: 1 },
            Event::EntryAnswered {
                list,
                number: 1,
                answer: EntryAnswer::NoUpdate,
            },
        ]);
    }
    all.extend(
        all_criteria()
            .into_iter()
            .map(|criterion| Event::CriterionTested {
                concern: 1,
                criterion,
                argument: "a".into(),
                holds: false,
            }),
    );
    all.extend(all_endings().into_iter().map(|ending| Event::ItemEnded {
        ending,
        reason: None,
    }));
    all.extend(
        all_output_kinds()
            .into_iter()
            .map(|kind| Event::OutputRecorded {
                kind,
                owner: None,
                text: "x".into(),
                role: Some("Finance".into()),
            }),
    );
    all.extend(
        all_out_of_order()
            .into_iter()
            .map(|kind| Event::OutOfOrder {
                person: None,
                kind,
                note: "n".into(),
            }),
    );
    all.extend(
        all_dispositions()
            .into_iter()
            .map(|disposition| Event::ItemDisposed { item, disposition }),
    );
    all.extend(
        spanning::meeting::DriverPart::ALL
            .into_iter()
            .map(|part| Event::DriverDescribed {
                part,
                text: "t".into(),
            }),
    );
    for answer in [
        spanning::meeting::ConsentAnswer::Consent,
        spanning::meeting::ConsentAnswer::Concern { text: "t".into() },
        spanning::meeting::ConsentAnswer::Objection { text: "t".into() },
    ] {
        all.push(Event::ConsentAnswered {
            person: PersonId(1),
            answer,
        });
    }
    all.push(Event::ObjectionResolved { objection: 1 });
    all.push(Event::ObjectionRequalified {
        objection: 1,
        reason: "r".into(),
    });
    all.push(Event::AgreementAdopted {
        review_date: chrono::NaiveDate::from_ymd_opt(2027, 2, 22).expect("date"),
        criteria: "c".into(),
    });
    all.push(Event::ActionReviewed {
        number: 1,
        status: spanning::meeting::actions::ActionStatus::Done,
        note: None,
    });
    all.push(Event::OfferTaken {
        number: 1,
        item: ItemId(2),
        owner: PersonId(0),
    });
    all.push(Event::OfferLetGo { number: 1 });
    for status in [
        ProjectState::Current,
        ProjectState::Waiting {
            on: "Finance".into(),
        },
        ProjectState::Done,
        ProjectState::Dropped,
    ] {
        all.push(Event::ProjectStatusSet { number: 1, status });
    }
    all.push(Event::PartAdded {
        version: 2,
        part: Box::new(spanning::meeting::Part::AddEntry {
            role: spanning::meeting::Target::named("Finance"),
            list: spanning::meeting::RoleList::Accountability,
            text: "Paying invoices".into(),
        }),
    });
    all.push(Event::PartChanged {
        version: 2,
        number: 1,
        part: Box::new(spanning::meeting::Part::RemoveRole {
            role: spanning::meeting::Target::named("Finance"),
        }),
    });
    all.push(Event::PartRemoved {
        version: 2,
        number: 1,
    });
    all
}

fn exhaustive_event(event: &Event) {
    match event {
        Event::PhaseEntered { .. }
        | Event::RoundReordered { .. }
        | Event::TurnTaken { .. }
        | Event::TurnSkipped { .. }
        | Event::ParticipantJoined { .. }
        | Event::PresenceChanged { .. }
        | Event::FacilitatorChanged { .. }
        | Event::SecretaryChanged { .. }
        | Event::TimeboxChanged { .. }
        | Event::ItemAdded { .. }
        | Event::ItemEdited { .. }
        | Event::ItemRemoved { .. }
        | Event::ItemMoved { .. }
        | Event::ItemStarted { .. }
        | Event::StepEntered { .. }
        | Event::TensionStated { .. }
        | Event::ExampleGiven { .. }
        | Event::HelpRequested
        | Event::ProposalStated { .. }
        | Event::QuestionAsked { .. }
        | Event::QuestionAnswered { .. }
        | Event::QuestionRuledOutOfOrder { .. }
        | Event::Clarified { .. }
        | Event::ProposalCorrected { .. }
        | Event::TestRequested { .. }
        | Event::CriterionTested { .. }
        | Event::ObjectionRecorded { .. }
        | Event::SecretaryRuled { .. }
        | Event::ObjectorConfirmed { .. }
        | Event::ProposerConfirmed { .. }
        | Event::ObjectionAbandoned { .. }
        | Event::ItemEnded { .. }
        | Event::OutputRecorded { .. }
        | Event::TimeOutStarted { .. }
        | Event::TimeOutEnded { .. }
        | Event::OutOfOrder { .. }
        | Event::NoteRecorded { .. }
        | Event::ItemDisposed { .. }
        | Event::Retracted { .. }
        | Event::DriverDescribed { .. }
        | Event::ConsentAnswered { .. }
        | Event::ObjectionResolved { .. }
        | Event::AgreementAdopted { .. }
        | Event::ObjectionRequalified { .. }
        | Event::RoleDescribed { .. }
        | Event::Nominated { .. }
        | Event::NominationChanged { .. }
        | Event::CandidateProposed { .. }
        | Event::EntryDefined { .. }
        | Event::EntryEdited { .. }
        | Event::EntryRemoved { .. }
        | Event::EntryAnswered { .. }
        | Event::NeedStated { .. }
        | Event::RequestMade { .. }
        | Event::RequestAnswered { .. }
        | Event::ActionReviewed { .. }
        | Event::OfferTaken { .. }
        | Event::OfferLetGo { .. }
        | Event::ProjectStatusSet { .. } => {}
        Event::PartAdded { .. } | Event::PartChanged { .. } | Event::PartRemoved { .. } => {}
    }
}

#[test]
fn screen_words_are_never_empty_nor_left_in_english() {
    let english = Lang::En.words();
    let session = meeting();
    let state = session.state();
    for lang in Lang::ALL {
        let w = lang.words();
        for label in all_labels() {
            exhaustive_label(label);
            said(
                lang,
                &format!("{label:?}"),
                w.label(label),
                english.label(label),
            );
        }
        for prompt in all_prompts() {
            exhaustive_prompt(prompt);
            said(
                lang,
                &format!("{prompt:?}"),
                w.prompt(prompt),
                english.prompt(prompt),
            );
        }
        for dialog in all_dialogs() {
            exhaustive_dialog(dialog);
            said(
                lang,
                &format!("{dialog:?}"),
                w.dialog(dialog),
                english.dialog(dialog),
            );
        }
        for action in all_key_actions() {
            exhaustive_key_action(action);
            said(
                lang,
                &format!("key {action:?}"),
                w.key_action(action),
                english.key_action(action),
            );
        }
        for status in all_concern_statuses() {
            exhaustive_concern_status(&status);
            said(
                lang,
                &format!("{status:?}"),
                &w.concern_status(&status),
                &english.concern_status(&status),
            );
        }
        for event in all_events() {
            exhaustive_event(&event);
            said(
                lang,
                &format!("{event:?}"),
                &w.event(&event, state),
                &english.event(&event, state),
            );
        }
        said(lang, "item_of", &w.item_of(2, 5), &english.item_of(2, 5));
        said(
            lang,
            "too_small",
            &w.too_small(59, 15, 60, 16),
            &english.too_small(59, 15, 60, 16),
        );
        said(
            lang,
            "confirm_undo",
            &w.confirm_undo("x"),
            &english.confirm_undo("x"),
        );
        for saved in [true, false] {
            said(
                lang,
                "confirm_quit",
                &w.confirm_quit(saved),
                &english.confirm_quit(saved),
            );
        }
        said(
            lang,
            "confirm_ending",
            &w.confirm_ending("e", "l"),
            &english.confirm_ending("e", "l"),
        );
        said(
            lang,
            "confirm_remove",
            &w.confirm_remove("l"),
            &english.confirm_remove("l"),
        );
        said(
            lang,
            "confirm_close",
            &w.confirm_close(),
            &english.confirm_close(),
        );
        said(lang, "recorded", &w.recorded("x"), &english.recorded("x"));
        said(lang, "undone", &w.undone("x"), &english.undone("x"));
        said(lang, "cancelled", w.cancelled(), english.cancelled());
        said(
            lang,
            "confirm_discard",
            &w.confirm_discard("d"),
            &english.confirm_discard("d"),
        );
        said(
            lang,
            "draft_not_kept",
            &w.draft_not_kept("full"),
            &english.draft_not_kept("full"),
        );
        for undone in [true, false] {
            said(
                lang,
                "draft_restored",
                w.draft_restored(undone),
                english.draft_restored(undone),
            );
        }
        for limit in [Some("1:00"), None] {
            said(
                lang,
                "floor_time",
                &w.floor_time("Ana", "0:42", limit),
                &english.floor_time("Ana", "0:42", limit),
            );
        }
        filled(lang, "concern_line", &w.concern_line(1, "Bram", "t"));
        said(
            lang,
            "criterion_heading",
            &w.criterion_heading('a', "c"),
            &english.criterion_heading('a', "c"),
        );
        said(
            lang,
            "dismissed_at",
            &w.dismissed_at('a', "c"),
            &english.dismissed_at('a', "c"),
        );
        said(lang, "found_valid", w.found_valid(), english.found_valid());
        said(
            lang,
            "adopted_version",
            &w.adopted_version(2),
            &english.adopted_version(2),
        );
        for count in [1, 2] {
            said(
                lang,
                "home_unreadable",
                &w.home_unreadable(count),
                &english.home_unreadable(count),
            );
            said(
                lang,
                "home_items",
                &w.home_items(count),
                &english.home_items(count),
            );
            said(
                lang,
                "home_due",
                &w.home_due(count),
                &english.home_due(count),
            );
        }
        filled(lang, "version", &w.version(2));
    }
}

fn all_highlights() -> Vec<Highlight> {
    Highlight::VARIANTS.to_vec()
}

fn all_segments() -> Vec<Segment> {
    vec![
        Segment::Opening,
        Segment::CheckIn,
        Segment::Agenda,
        Segment::Item(ItemId(1)),
        Segment::Closing,
        Segment::CloseOut,
        Segment::Review(TacticalList::Checklist),
        Segment::Review(TacticalList::Metrics),
        Segment::Review(TacticalList::Progress),
        Segment::Actions,
    ]
}

fn exhaustive_segment(segment: Segment) {
    match segment {
        Segment::Opening
        | Segment::CheckIn
        | Segment::Agenda
        | Segment::Item(_)
        | Segment::Closing
        | Segment::CloseOut
        | Segment::Review(_)
        | Segment::Actions => {}
    }
}

fn all_outcomes() -> Vec<Outcome> {
    let mut all = vec![Outcome::CarriedOver, Outcome::LetGo, Outcome::Undecided];
    all.extend(all_endings().into_iter().map(Outcome::Ended));
    all
}

fn exhaustive_outcome(outcome: Outcome) {
    match outcome {
        Outcome::CarriedOver | Outcome::LetGo | Outcome::Ended(_) | Outcome::Undecided => {}
    }
}

fn all_thread_statuses() -> Vec<Status> {
    let mut all = vec![
        Status::Open,
        Status::LetGo {
            session: "2026-11-22".into(),
        },
    ];
    all.extend(all_endings().into_iter().map(|ending| Status::Resolved {
        ending,
        session: "2026-11-22".into(),
    }));
    all
}

fn exhaustive_thread_status(status: &Status) {
    match status {
        Status::Open | Status::Resolved { .. } | Status::LetGo { .. } => {}
    }
}

#[test]
fn review_words_are_never_empty_nor_left_in_english() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        for &speed in Speed::VARIANTS {
            filled(lang, &format!("{speed:?}"), w.speed(speed));
        }
        for secs in [5, 90, 240, 7200] {
            said(
                lang,
                "idle_compressed",
                &w.idle_compressed(secs),
                &english.idle_compressed(secs),
            );
        }
        for highlight in all_highlights() {
            said(
                lang,
                &format!("{highlight:?}"),
                w.highlight(highlight),
                english.highlight(highlight),
            );
        }
        for &kind in SpanKind::VARIANTS {
            said(
                lang,
                &format!("{kind:?}"),
                w.span_kind(kind),
                english.span_kind(kind),
            );
        }
        for segment in all_segments() {
            exhaustive_segment(segment);
            said(
                lang,
                &format!("{segment:?}"),
                w.segment(segment),
                english.segment(segment),
            );
        }
        for outcome in all_outcomes() {
            exhaustive_outcome(outcome);
            said(
                lang,
                &format!("{outcome:?}"),
                &w.outcome(outcome),
                &english.outcome(outcome),
            );
        }
        for status in all_thread_statuses() {
            exhaustive_thread_status(&status);
            said(
                lang,
                &format!("{status:?}"),
                &w.thread_status(&status),
                &english.thread_status(&status),
            );
        }
        said(lang, "reading", w.reading(), english.reading());
        said(
            lang,
            "reading_progress",
            &w.reading_progress(3, 10),
            &english.reading_progress(3, 10),
        );
        said(lang, "no_matches", w.no_matches(), english.no_matches());
    }
}

fn all_review_labels() -> Vec<ReviewLabel> {
    ReviewLabel::VARIANTS.to_vec()
}

fn all_review_actions() -> Vec<ReviewAction> {
    use ReviewAction::*;
    vec![
        Help,
        Back,
        Up,
        Down,
        PageUp,
        PageDown,
        Top,
        Bottom,
        Open,
        Search,
        Clear,
        FilterCircle,
        FilterParticipant,
        Carried,
        NextSection,
        PrevSection,
        Export,
        Replay,
        PlayPause,
        Faster,
        Slower,
        StepForward,
        StepBack,
        NextPhase,
        PrevPhase,
        NextItem,
        PrevItem,
        Start,
        End,
        Due,
        Metrics,
        Board,
        Record,
        History,
        EarlierPoint,
        LaterPoint,
    ]
}

/// Fails to compile when a key action is added without being listed above.
#[allow(dead_code)]
fn exhaustive_review_action(action: ReviewAction) {
    use ReviewAction::*;
    match action {
        Help | Back | Up | Down | PageUp | PageDown | Top | Bottom | Open | Search | Clear
        | FilterCircle | FilterParticipant | Carried | NextSection | PrevSection | Export
        | Replay | PlayPause | Faster | Slower | StepForward | StepBack | NextPhase | PrevPhase
        | NextItem | PrevItem | Start | End | Due | Metrics | Board | Record | History
        | EarlierPoint | LaterPoint => {}
    }
}

/// Words the same in Dutch and English on the review screens.
const SAME_ON_REVIEW_SCREENS: &[&str] = &["Status"];

#[test]
fn review_screen_words_are_never_empty_nor_left_in_english() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let check = |what: &str, text: &str, en: &str| {
            filled(lang, what, text);
            if lang != Lang::En && !SAME_ON_REVIEW_SCREENS.contains(&en) {
                assert_ne!(text, en, "{}: {what} is still English", lang.code());
            }
        };
        for label in all_review_labels() {
            check(
                &format!("{label:?}"),
                w.review_label(label),
                english.review_label(label),
            );
        }
        for action in all_review_actions() {
            check(
                &format!("{action:?}"),
                w.review_action(action),
                english.review_action(action),
            );
        }
        check("shown of", &w.shown_of(3, 9), &english.shown_of(3, 9));
        check("event of", &w.event_of(3, 9), &english.event_of(3, 9));
        check(
            "version change",
            &w.version_change(1, 2, Some(1)),
            &english.version_change(1, 2, Some(1)),
        );
        check(
            "used of share",
            &w.used_of_share("3:00", None),
            &english.used_of_share("3:00", None),
        );
        check("over by", &w.over_by(90), &english.over_by(90));
        check("under by", &w.over_by(-90), &english.over_by(-90));
        check("section of", &w.section_of(1, 4), &english.section_of(1, 4));
        check(
            "cannot open",
            &w.cannot_open("x"),
            &english.cannot_open("x"),
        );
        check("appearances", &w.appearances(2), &english.appearances(2));
        check("bad speed", &w.bad_speed(3), &english.bad_speed(3));
        for days in [1, 30] {
            check(
                "review overdue",
                &w.review_overdue("2027-02-22", days),
                &english.review_overdue("2027-02-22", days),
            );
        }
    }
}

fn all_key_names() -> Vec<KeyName> {
    KeyName::VARIANTS.to_vec()
}

fn all_key_texts() -> Vec<KeyText> {
    KeyText::VARIANTS.to_vec()
}

#[test]
fn key_words_and_scroll_hints_are_never_empty() {
    for lang in Lang::ALL {
        let w = lang.words();
        for key in all_key_names() {
            filled(lang, &format!("{key:?}"), w.key_name(key));
        }
        for text in all_key_texts() {
            filled(lang, &format!("{text:?}"), &w.key_text(text));
        }
        filled(lang, "earlier turns", &w.earlier_turns(3));
        filled(lang, "more above", &w.more_above(3));
    }
    // Dutch key texts are Dutch, not the English ones.
    let (en, nl) = (Lang::En.words(), Lang::Nl.words());
    for text in all_key_texts() {
        assert_ne!(
            en.key_text(text),
            nl.key_text(text),
            "{text:?} is still English"
        );
    }
}

#[test]
fn governance_conflict_and_as_of_words_are_filled_and_translated() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let banner = w.gov_conflicts_banner(2, "Role Finance: purpose changed");
        filled(lang, "gov_conflicts_banner", &banner);
        assert!(
            banner.contains('2') && banner.contains("Role Finance"),
            "{banner}"
        );
        let as_of = w.gov_as_of("3 Feb 2026");
        filled(lang, "gov_as_of", &as_of);
        assert!(as_of.contains("3 Feb 2026"), "{as_of}");
        if lang != Lang::En {
            assert_ne!(
                banner,
                english.gov_conflicts_banner(2, "Role Finance: purpose changed")
            );
            assert_ne!(as_of, english.gov_as_of("3 Feb 2026"));
        }
    }
}

#[test]
fn record_view_words_are_filled_translated_and_keep_what_they_are_given() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let session = w.gov_point("Governance Operations", false, 3, 7);
        let import = w.gov_point("roles.toml", true, 1, 7);
        let not_yet = w.gov_not_yet("Role Finance");
        for (what, text) in [
            ("gov_point", session.as_str()),
            ("gov_point (import)", import.as_str()),
            ("gov_removed", w.gov_removed()),
            ("gov_no_changes", w.gov_no_changes()),
            ("gov_not_yet", not_yet.as_str()),
        ] {
            filled(lang, what, text);
        }
        assert!(
            session.contains("Governance Operations")
                && session.contains('3')
                && session.contains('7'),
            "{session}"
        );
        assert!(
            import.contains("roles.toml") && import != session,
            "{import}"
        );
        assert!(not_yet.contains("Role Finance"), "{not_yet}");
        for action in [
            ReviewAction::History,
            ReviewAction::EarlierPoint,
            ReviewAction::LaterPoint,
        ] {
            filled(lang, "review_action", w.review_action(action));
        }
        if lang != Lang::En {
            assert_ne!(
                session,
                english.gov_point("Governance Operations", false, 3, 7)
            );
            assert_ne!(import, english.gov_point("roles.toml", true, 1, 7));
            assert_ne!(w.gov_removed(), english.gov_removed());
            assert_ne!(w.gov_no_changes(), english.gov_no_changes());
            assert_ne!(not_yet, english.gov_not_yet("Role Finance"));
            assert_ne!(
                w.review_action(ReviewAction::EarlierPoint),
                english.review_action(ReviewAction::EarlierPoint)
            );
        }
    }
}

/// `clip` keeps text that fits, cuts what does not with "…" inside the
/// width, counting wide characters as two columns, and ends a cut that
/// falls after a word on the word ("word…", never "word …").
#[test]
fn clip_cuts_inside_the_width_and_ends_on_a_word() {
    use spanning::text::clip;
    use unicode_width::UnicodeWidthStr;
    assert_eq!(clip("next time", 9), "next time");
    assert_eq!(clip("word word word", 6), "word…");
    assert_eq!(clip("word word word", 7), "word w…");
    assert_eq!(clip("王王王王", 5), "王王…");
    assert_eq!(clip("   ", 2), "…");
    for width in 1..20 {
        let cut = clip("Meetings run over because agenda items", width);
        assert!(cut.width() <= width, "{width}: {cut:?}");
        assert!(!cut.contains(" …"), "{width}: {cut:?}");
    }
}
