//! Every language has every word, and no word is empty: each trait method
//! is called for every variant of every enum it names, in every language of
//! `Lang::ALL`. A missing word already fails to compile; this catches the
//! other way a translation goes wrong, an empty or forgotten string.
//!
//! The `exhaustive_*` functions match without a wildcard, so adding a
//! variant to the engine breaks this file until the variant is listed in the
//! `all_*` function right above its match.

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, TimeZone};
use spanning::meeting::{
    Action, Criterion, Disposition, Ending, Field, IdmStep, ItemId, LogProblem, MeetingFormat,
    OutOfOrderKind, OutputKind, Phase, Refusal, RoundKind, RuleSet, SessionLoadProblem,
    SetupProblem,
};
use spanning::store::{
    LoadError, LoadErrorKind, LockHolder, ResolveError, SessionStatus, StoreError,
};
use spanning::text::{Lang, UsageProblem, Words};

fn filled(lang: Lang, what: &str, text: &str) {
    assert!(
        !text.trim().is_empty(),
        "{}: empty word for {what}",
        lang.code()
    );
}

fn all_steps() -> Vec<IdmStep> {
    use IdmStep::*;
    vec![
        PresentProposal,
        ClarifyingQuestions,
        ReactionRound,
        AmendAndClarify,
        ObjectionRound,
        Integration,
    ]
}

fn exhaustive_step(step: IdmStep) {
    use IdmStep::*;
    match step {
        PresentProposal | ClarifyingQuestions | ReactionRound | AmendAndClarify
        | ObjectionRound | Integration => {}
    }
}

fn all_phases() -> Vec<Phase> {
    let mut phases = vec![
        Phase::Opening,
        Phase::CheckIn,
        Phase::Agenda,
        Phase::Closing,
        Phase::CloseOut,
        Phase::Closed,
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
        | Phase::Closed => {}
    }
}

fn all_rounds() -> Vec<RoundKind> {
    vec![
        RoundKind::CheckIn,
        RoundKind::Reaction,
        RoundKind::Objection,
        RoundKind::Closing,
    ]
}

fn exhaustive_round(kind: RoundKind) {
    match kind {
        RoundKind::CheckIn | RoundKind::Reaction | RoundKind::Objection | RoundKind::Closing => {}
    }
}

fn all_criteria() -> Vec<Criterion> {
    vec![
        Criterion::Harm,
        Criterion::Role,
        Criterion::CausedByProposal,
        Criterion::NotSafeToTry,
    ]
}

fn exhaustive_criterion(criterion: Criterion) {
    match criterion {
        Criterion::Harm
        | Criterion::Role
        | Criterion::CausedByProposal
        | Criterion::NotSafeToTry => {}
    }
}

fn all_endings() -> Vec<Ending> {
    use Ending::*;
    vec![
        Adopted,
        Withdrawn,
        Discarded,
        Dropped,
        Unfinished,
        ProcessBreakdown,
    ]
}

fn exhaustive_ending(ending: Ending) {
    use Ending::*;
    match ending {
        Adopted | Withdrawn | Discarded | Dropped | Unfinished | ProcessBreakdown => {}
    }
}

fn all_dispositions() -> Vec<Disposition> {
    vec![Disposition::CarriedOver, Disposition::LetGo]
}

fn exhaustive_disposition(disposition: Disposition) {
    match disposition {
        Disposition::CarriedOver | Disposition::LetGo => {}
    }
}

fn all_output_kinds() -> Vec<OutputKind> {
    vec![
        OutputKind::NextAction,
        OutputKind::Project,
        OutputKind::Information,
    ]
}

fn exhaustive_output_kind(kind: OutputKind) {
    match kind {
        OutputKind::NextAction | OutputKind::Project | OutputKind::Information => {}
    }
}

fn all_out_of_order() -> Vec<OutOfOrderKind> {
    use OutOfOrderKind::*;
    vec![CrossTalk, ReactionAsQuestion, DiscussionInRound, Other]
}

fn exhaustive_out_of_order(kind: OutOfOrderKind) {
    use OutOfOrderKind::*;
    match kind {
        CrossTalk | ReactionAsQuestion | DiscussionInRound | Other => {}
    }
}

fn all_actions() -> Vec<Action> {
    use Action::*;
    vec![
        StartCheckIn,
        SetRoundOrder,
        TakeTurn,
        OpenAgenda,
        AddItem,
        ChangeAgenda,
        StartItem,
        PresentProposal,
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
    ]
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
        | Anything => {}
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
    ]
}

fn exhaustive_field(field: Field) {
    use Field::*;
    match field {
        Label | Tension | Example | Proposal | Question | Answer | Reason | Speech
        | Clarification | Argument | Note | Name | Output => {}
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
    ];
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
    all
}

fn exhaustive_refusal(refusal: &Refusal) {
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
        | Refusal::BadTimebox => {}
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
        | SetupProblem::ZeroTimebox => {}
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
    ]
}

fn exhaustive_log_problem(problem: &LogProblem) {
    match problem {
        LogProblem::BadSequence { .. }
        | LogProblem::TimeGoesBack { .. }
        | LogProblem::BadRetraction { .. } => {}
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
        | LoadErrorKind::Empty
        | LoadErrorKind::Truncated { .. }
        | LoadErrorKind::NotJson { .. }
        | LoadErrorKind::Foreign
        | LoadErrorKind::NewerVersion { .. }
        | LoadErrorKind::BadVersion { .. }
        | LoadErrorKind::Invalid { .. }
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

fn exhaustive_status(status: SessionStatus) {
    match status {
        SessionStatus::Open | SessionStatus::Closed => {}
    }
}

fn exhaustive_format(format: MeetingFormat) {
    match format {
        MeetingFormat::Governance => {}
    }
}

fn exhaustive_rules(rules: RuleSet) {
    match rules {
        RuleSet::Integrative => {}
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
            exhaustive_step(step);
            filled(lang, &format!("{step:?}"), w.step(step));
        }
        for kind in all_rounds() {
            exhaustive_round(kind);
            filled(lang, &format!("{kind:?}"), w.round(kind));
            filled(lang, &format!("pass in {kind:?}"), w.pass(kind));
        }
        for criterion in all_criteria() {
            exhaustive_criterion(criterion);
            filled(lang, &format!("{criterion:?}"), w.criterion(criterion));
            let question = w.criterion_question(criterion);
            filled(lang, &format!("question {criterion:?}"), question);
            assert!(question.ends_with('?'), "{}: {question}", lang.code());
        }
        for ending in all_endings() {
            exhaustive_ending(ending);
            filled(lang, &format!("{ending:?}"), w.ending(ending));
        }
        for disposition in all_dispositions() {
            exhaustive_disposition(disposition);
            filled(
                lang,
                &format!("{disposition:?}"),
                w.disposition(disposition),
            );
        }
        for kind in all_output_kinds() {
            exhaustive_output_kind(kind);
            filled(lang, &format!("{kind:?}"), w.output_kind(kind));
        }
        for kind in all_out_of_order() {
            exhaustive_out_of_order(kind);
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
        for status in [SessionStatus::Open, SessionStatus::Closed] {
            exhaustive_status(status);
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
    all
}

fn exhaustive_usage_problem(problem: &UsageProblem) {
    match problem {
        UsageProblem::UnknownArgument { .. }
        | UsageProblem::UnknownCommand { .. }
        | UsageProblem::InvalidValue { .. }
        | UsageProblem::MissingValue { .. }
        | UsageProblem::MissingArgument { .. } => {}
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
        filled(lang, "check ok", &w.check_ok("a.json"));
        filled(lang, "check bad", &w.check_bad("a.json", "kapot"));
        for (checked, bad) in [(0, 0), (1, 0), (1, 1), (3, 2)] {
            filled(lang, "check summary", &w.check_summary(checked, bad));
        }
        filled(lang, "check nothing", &w.check_nothing("sessions"));
        filled(lang, "export exists", &w.export_exists("m.md"));
        filled(lang, "export written", &w.export_written("m.md"));
        filled(lang, "not built yet", &w.not_built_yet("review"));
        filled(lang, "unknown lang", &w.unknown_lang("xx", "en, nl"));
        filled(lang, "bad timebox", &w.bad_timebox("soon"));
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
        exhaustive_format(MeetingFormat::Governance);
        f("format_name", w.format_name(MeetingFormat::Governance));
        exhaustive_rules(RuleSet::Integrative);
        let rules = w.rule_set_name(RuleSet::Integrative);
        f("rule_set_name", rules);
        assert!(
            rules.contains("v5"),
            "{}: says which rules it follows",
            lang.code()
        );
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
