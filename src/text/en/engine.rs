//! English words for the meeting engine.

use super::English;
use crate::meeting::offers::OfferRefusal;
use crate::meeting::session::{LogProblem, SetupProblem};
use crate::meeting::{
    Action, Criterion, Disposition, Ending, Field, IdmStep, OutOfOrderKind, OutputKind, Phase,
    Refusal, RoundKind,
};
use crate::meeting::{DriverPart, RuleSet};
use crate::text::{EngineWords, capitalise, join_names};

impl EngineWords for English {
    fn phase(&self, phase: Phase) -> &'static str {
        match phase {
            Phase::Opening => "opening",
            Phase::CheckIn => "check-in round",
            Phase::Agenda => "agenda building",
            Phase::Item { step, .. } => self.step(step),
            Phase::Closing => "closing round",
            Phase::CloseOut => "close-out",
            Phase::Closed => "closed",
            Phase::Checklist => "checklist review",
            Phase::Metrics => "metrics review",
            Phase::Progress => "progress updates",
            Phase::Actions => "action review",
        }
    }

    fn driver_step(&self) -> &'static str {
        "driver and proposal"
    }

    fn step(&self, step: IdmStep) -> &'static str {
        match step {
            IdmStep::PresentProposal => "present proposal",
            IdmStep::ClarifyingQuestions => "clarifying questions",
            IdmStep::ReactionRound => "reaction round",
            IdmStep::AmendAndClarify => "amend and clarify",
            IdmStep::ObjectionRound => "objection round",
            IdmStep::DescribeRole
            | IdmStep::Nominations
            | IdmStep::NominationSharing
            | IdmStep::NominationChanges
            | IdmStep::ProposeCandidate => crate::text::ElectionWords::election_step(self, step),
            IdmStep::Integration => "integration",
            IdmStep::ConsentRound => "consent round",
            IdmStep::ResolveObjections => "resolve objections",
            IdmStep::Triage => "triage",
        }
    }

    fn round(&self, kind: RoundKind) -> &'static str {
        match kind {
            RoundKind::CheckIn => "check-in round",
            RoundKind::Reaction => "reaction round",
            RoundKind::Objection => "objection round",
            RoundKind::Closing => "closing round",
            RoundKind::QuickReaction => "round of quick reactions",
            RoundKind::Consent => "consent round",
            RoundKind::NominationSharing => crate::text::ElectionWords::sharing_round(self),
        }
    }

    fn criterion(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Harm => "harm",
            Criterion::Role => "limits a role of yours",
            Criterion::CausedByProposal => "caused by the proposal",
            Criterion::NotSafeToTry => "not safe to try",
        }
    }

    fn criterion_question(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Harm => {
                "How would this proposal reduce the circle's capacity to express its purpose or accountabilities?"
            }
            Criterion::Role => "Which of your own roles would the harm limit, and how?",
            Criterion::CausedByProposal => {
                "Would this tension exist without the proposal, or is it created by adopting it?"
            }
            Criterion::NotSafeToTry => {
                "Is the harm known, or is there no chance to adapt before significant harm is done?"
            }
        }
    }

    fn ending(&self, ending: Ending) -> &'static str {
        match ending {
            Ending::Adopted => "adopted",
            Ending::Withdrawn => "withdrawn",
            Ending::Discarded => "discarded",
            Ending::Dropped => "dropped",
            Ending::Unfinished => "unfinished",
            Ending::ProcessBreakdown => "process breakdown",
            Ending::NeedMet => "need met",
            Ending::CutOff => "cut off",
        }
    }

    fn disposition(&self, disposition: Disposition) -> &'static str {
        match disposition {
            Disposition::CarriedOver => "carried over",
            Disposition::LetGo => "let go",
        }
    }

    fn output_kind(&self, kind: OutputKind) -> &'static str {
        match kind {
            OutputKind::NextAction => "next action",
            OutputKind::Project => "project",
            OutputKind::Information => "information",
        }
    }

    fn out_of_order(&self, kind: OutOfOrderKind) -> &'static str {
        match kind {
            OutOfOrderKind::CrossTalk => "cross-talk",
            OutOfOrderKind::ReactionAsQuestion => "a reaction posed as a question",
            OutOfOrderKind::DiscussionInRound => "discussion during a round",
            OutOfOrderKind::Other => "out of order",
        }
    }

    fn elected_word(&self) -> &'static str {
        "elected"
    }

    fn pass(&self, kind: RoundKind) -> &'static str {
        match kind {
            RoundKind::Objection => "no objection",
            RoundKind::Consent => "consent",
            _ => "pass",
        }
    }

    fn version(&self, number: u32) -> String {
        format!("v{number}")
    }

    fn skipped(&self) -> &'static str {
        "skipped"
    }

    fn and(&self) -> &'static str {
        "and"
    }

    fn action(&self, action: Action) -> &'static str {
        match action {
            Action::StartCheckIn => "starting the check-in round",
            Action::SetRoundOrder => "choosing the round order",
            Action::TakeTurn => "recording a turn",
            Action::OpenAgenda => "moving on to agenda building",
            Action::AddItem => "adding an agenda item",
            Action::ChangeAgenda => "changing the agenda",
            Action::StartItem => "starting an agenda item",
            Action::PresentProposal => "presenting the tension and proposal",
            Action::CorrectProposal => {
                "correcting the stated proposal (possible until clarifying questions start)"
            }
            Action::OpenClarifyingQuestions => "opening clarifying questions",
            Action::HandleQuestion => "recording a clarifying question",
            Action::OpenReactionRound => "starting the reaction round",
            Action::OpenAmendAndClarify => "moving on to amend and clarify",
            Action::Clarify => "recording a clarification",
            Action::Amend => "amending the proposal",
            Action::OpenObjectionRound => "starting the objection round",
            Action::HandleConcern => "handling a concern",
            Action::OpenIntegration => "moving on to integration",
            Action::Integrate => "integrating an objection",
            Action::Adopt => "adopting the proposal",
            Action::Withdraw => "withdrawing the proposal",
            Action::Discard => "discarding the proposal",
            Action::Drop => "dropping the proposal",
            Action::MarkUnfinished => "marking the item unfinished",
            Action::DeclareBreakdown => "declaring a process breakdown",
            Action::RecordOutput => "recording an output",
            Action::EndTimeOut => "ending the time-out",
            Action::OpenClosingRound => "starting the closing round",
            Action::OpenCloseOut => "moving on to close-out",
            Action::Dispose => "marking an item carried over or let go",
            Action::CloseSession => "closing the session",
            Action::ChangeParticipants => "changing participants",
            Action::Anything => "changing anything",
            Action::DescribeDriver => "describing the driver",
            Action::OpenConsentRound => "starting the consent round",
            Action::AnswerConsent => "recording consent, a concern or an objection",
            Action::OpenResolution => "moving on to resolving objections",
            Action::ResolveObjection => "resolving an objection",
            Action::AdoptAgreement => "adopting an agreement",
            Action::RequalifyObjection => "taking an objection as a concern",
            Action::Election(a) => crate::text::ElectionWords::election_action(self, a),
            Action::EditParts => "changing the proposal's parts",
            Action::OpenChecklist => "opening the checklist review",
            Action::OpenMetrics => "opening the metrics review",
            Action::OpenProgress => "opening progress updates",
            Action::ChangeList => "changing the list",
            Action::AnswerEntry => "answering a list entry",
            Action::Triage => "recording triage",
            Action::MeetNeed => "closing the item as need met",
            Action::CutOff => "cutting the item off",
            Action::OpenActions => "opening the action review",
            Action::AnswerOffer => "taking or letting go an offered item",
        }
    }

    fn field(&self, field: Field) -> &'static str {
        match field {
            Field::Label => "label",
            Field::Tension => "tension",
            Field::Example => "example",
            Field::Proposal => "proposal",
            Field::Question => "question",
            Field::Answer => "answer",
            Field::Reason => "reason",
            Field::Speech => "gist of the turn",
            Field::Clarification => "clarification",
            Field::Argument => "argument",
            Field::Note => "note",
            Field::Name => "name",
            Field::Output => "output",
            Field::Situation => "situation",
            Field::Effect => "effect",
            Field::Need => "need",
            Field::Impact => "impact",
            Field::Criteria => "evaluation criteria",
            Field::Election(f) => crate::text::ElectionWords::election_field(self, f),
            Field::Role => "role",
            Field::Request => "request",
            Field::Entry => "entry",
            Field::Value => "value",
            Field::Update => "update",
            Field::WaitingOn => "who or what the project waits on",
        }
    }

    fn refusal(&self, refusal: &Refusal) -> String {
        let names = |list: &[String]| join_names(list, self.and());
        match refusal {
            Refusal::NotNow { action, phase } => match phase {
                Phase::Closed => "The session is closed: nothing more can be recorded (undo reopens the close-out).".to_owned(),
                _ => format!(
                    "{} is not possible during the {}.",
                    capitalise(self.action(*action)),
                    self.phase(*phase)
                ),
            },
            Refusal::TimeOutRunning => {
                "A time-out is running: end it first (only notes and process rulings are recorded during a time-out).".to_owned()
            }
            Refusal::NoTimeOut => "There is no time-out to end.".to_owned(),
            Refusal::RoundIncomplete { kind, waiting } => format!(
                "The {} is not complete: {} {} not had a turn.",
                self.round(*kind),
                names(waiting),
                if waiting.len() == 1 { "has" } else { "have" }
            ),
            Refusal::NoRound => "No round is running right now.".to_owned(),
            Refusal::RoundComplete => "Everyone in this round has had their turn.".to_owned(),
            Refusal::RoundAlreadyStarted => {
                "The round has started: who goes first can only be chosen before the first turn.".to_owned()
            }
            Refusal::AlreadyHadTurn { name } => format!("{name} has already had a turn in this round."),
            Refusal::NotInRound { name } => format!(
                "{name} is not in this round (absent, or the proposer in a reaction round)."
            ),
            Refusal::UnknownPerson { id } => format!("There is no participant number {id}."),
            Refusal::UnknownItem { id } => format!("There is no agenda item number {id}."),
            Refusal::UnknownQuestion { number } => format!("There is no question {number}."),
            Refusal::UnknownConcern { number } => format!("There is no concern {number}."),
            Refusal::Empty { field } => format!("The {} is empty: type it first.", self.field(*field)),
            Refusal::TextTooLong { field, limit_kb } => format!(
                "The {} is longer than {limit_kb} KB: shorten it, or put the document somewhere else and record where.",
                self.field(*field)
            ),
            Refusal::TooManyPeople { limit } => {
                format!("This meeting already has {limit} participants, the most spanning supports.")
            }
            Refusal::AgendaFull { limit } => format!(
                "The agenda already has {limit} items, the most spanning supports: process or remove some first."
            ),
            Refusal::SessionFull { limit } => format!(
                "This session's record is full (at most {limit} entries and 32 MB): close it and continue in a new meeting."
            ),
            Refusal::LabelTooLong { words } => format!(
                "An agenda label is one to three words; this one has {words}. Keep the detail for when the item is processed."
            ),
            Refusal::DuplicateName { name } => format!(
                "There is already a participant called {name}: add an initial to tell them apart."
            ),
            Refusal::NotPresent { name } => format!("{name} is not present."),
            Refusal::ItemNotPending { label } => format!(
                "\"{label}\" has already been processed or started; only items still waiting can change."
            ),
            Refusal::PositionTaken { earliest } => format!(
                "Items already processed stay where they are: the earliest free place is {}.",
                earliest + 1
            ),
            Refusal::NoPendingItems => {
                "No agenda items are waiting: add one, or start the closing round.".to_owned()
            }
            Refusal::NoProposal => "There is no proposal yet: state one first.".to_owned(),
            Refusal::ProposalAlreadyStated => {
                "The proposal has already been stated; it can be amended in amend and clarify.".to_owned()
            }
            Refusal::UnchangedProposal => {
                "The amended text is the same as the current proposal.".to_owned()
            }
            Refusal::QuestionsOpen { numbers } => {
                let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
                format!(
                    "Question{} {} still need{} an answer (or \"not specified\", or an out-of-order ruling).",
                    if numbers.len() == 1 { "" } else { "s" },
                    names(&list),
                    if numbers.len() == 1 { "s" } else { "" }
                )
            }
            Refusal::QuestionSettled { number } => {
                format!("Question {number} has already been answered or ruled on.")
            }
            Refusal::ConcernsUnhandled { objectors } => format!(
                "Concerns from {} still need to be recorded as objections or tested.",
                names(objectors)
            ),
            Refusal::ObjectionsOpen { objectors } => format!(
                "Valid objections from {} stand: integrate them first.",
                names(objectors)
            ),
            Refusal::NoObjections => {
                "There are no valid objections to integrate: the proposal can be adopted.".to_owned()
            }
            Refusal::ConcernNotOpen { number } => format!(
                "Concern {number} is not open for that: it has already been recorded, tested, integrated or let go."
            ),
            Refusal::TestRequired { by } => format!(
                "{by} asked for this concern to be tested, so it must be tested against the criteria."
            ),
            Refusal::CriterionAlreadyTested { criterion } => format!(
                "Criterion ({}) {} has already been ruled on for this concern.",
                criterion.letter(),
                self.criterion(*criterion)
            ),
            Refusal::NoSecretary => {
                "There is no secretary to rule on the rules: appoint one first.".to_owned()
            }
            Refusal::SecretaryAlreadyRuled { number } => format!(
                "The secretary has already ruled on concern {number}; if it was not upheld, test it against the criteria or record it."
            ),
            Refusal::NotAmendedSinceObjection { number } => format!(
                "The proposal has not been amended since objection {number} was raised: amend it before asking for confirmation."
            ),
            Refusal::NotDiscardable => {
                "Both the tension and an example were given, so the proposal cannot be discarded as invalid.".to_owned()
            }
            Refusal::ReasonRequired => "Give a reason: it goes into the record.".to_owned(),
            Refusal::EndingNotAllowed { step } => {
                format!("The item cannot end that way during the {}.", self.step(*step))
            }
            Refusal::ItemsUndecided { labels } => {
                let quoted: Vec<String> = labels.iter().map(|l| format!("\"{l}\"")).collect();
                format!(
                    "Mark {} as carried over or let go before closing.",
                    names(&quoted)
                )
            }
            Refusal::NoDispositionNeeded { label } => format!(
                "\"{label}\" was finished in this meeting; only unreached or unfinished items are carried over or let go."
            ),
            Refusal::NothingToUndo => "There is nothing to undo.".to_owned(),
            Refusal::BadTimebox => "A timebox must be at least one minute.".to_owned(),
            Refusal::WrongRules { action, rules } => match rules {
                RuleSet::Consent => format!(
                    "{} belongs to integrative decision-making; this meeting was set up with the consent rule set (S3): describe the driver, use the consent round and adopt with a review date.",
                    capitalise(self.action(*action))
                ),
                RuleSet::Integrative => format!(
                    "{} belongs to the consent rule set (S3); this item is decided by integrative decision-making (the rule set chosen at setup, and always so for an election).",
                    capitalise(self.action(*action))
                ),
            },
            Refusal::ConsentAnswerNeeded => "In the consent round each turn is consent, a concern or an objection: record one of those.".to_owned(),
            Refusal::ReviewNeeded => "Under consent rules an agreement is adopted with a review date and evaluation criteria: adopt it as an agreement.".to_owned(),
            Refusal::ReviewDateBeforeMeeting { date, meeting } => format!(
                "The review date {date} is before the meeting ({meeting}): choose {meeting} or later."
            ),
            Refusal::DriverComplete => "Both the situation and the need of the driver were described, so the proposal cannot be discarded as invalid.".to_owned(),
            Refusal::UnknownObjection { number } => format!("There is no objection {number}."),
            Refusal::ObjectionNotOpen { number } => {
                format!("Objection {number} is already resolved.")
            }
            Refusal::ObjectionsUnresolved { objectors } => format!(
                "Objections from {} stand: resolve them first (or, checked with the objector, take one as a concern).",
                names(objectors)
            ),
            Refusal::NothingToResolve => "There is no objection to resolve: with the consent round complete, the agreement can be adopted.".to_owned(),
            Refusal::Election(r) => crate::text::ElectionWords::election_refusal(self, r),
            Refusal::Tactical(r) => crate::text::TacticalWords::tactical_refusal(self, r),
            Refusal::Offer(OfferRefusal::Unknown { number }) => format!(
                "There is no offered item {number}: choose one of the numbers shown under \"From earlier meetings\"."
            ),
            Refusal::Offer(OfferRefusal::Answered { number }) => format!(
                "Offered item {number} was already taken or let go (undo, u, changes that)."
            ),
            Refusal::Part(r) => crate::text::GovernanceWords::part_refusal(self, r),
        }
    }

    fn setup_problem(&self, problem: &SetupProblem) -> String {
        match problem {
            SetupProblem::NoTitle => "The meeting needs a title.".to_owned(),
            SetupProblem::NoParticipants => {
                "The meeting needs at least one participant.".to_owned()
            }
            SetupProblem::UnnamedParticipant => "Every participant needs a name.".to_owned(),
            SetupProblem::DuplicateName(name) => {
                format!("Two participants are called {name}: add an initial to tell them apart.")
            }
            SetupProblem::FacilitatorNotParticipant => {
                "The facilitator must be one of the participants.".to_owned()
            }
            SetupProblem::SecretaryNotParticipant => {
                "The secretary must be one of the participants.".to_owned()
            }
            SetupProblem::ZeroTimebox => "A timebox must be at least one minute.".to_owned(),
            SetupProblem::RulesInTactical => "A tactical meeting takes no decisions, so it has no rule set: keep the integrative default, or hold a governance meeting to decide by consent.".to_owned(),
            SetupProblem::TooManyParticipants { limit } => {
                format!("A meeting can have at most {limit} participants.")
            }
            SetupProblem::TextTooLong { limit_kb } => {
                format!("A title, circle, name or role is longer than {limit_kb} KB: shorten it.")
            }
        }
    }

    fn driver_part(&self, part: DriverPart) -> &'static str {
        match part {
            DriverPart::Situation => "situation",
            DriverPart::Effect => "effect",
            DriverPart::Need => "need",
            DriverPart::Impact => "impact",
        }
    }

    fn rules_short(&self, rules: RuleSet) -> &'static str {
        match rules {
            RuleSet::Integrative => "integrative",
            RuleSet::Consent => "consent (S3)",
        }
    }

    fn log_problem(&self, problem: &LogProblem) -> String {
        match problem {
            LogProblem::BadSequence { position, found } => format!(
                "event {position} has sequence number {found}; events must be numbered 1, 2, 3, ... without gaps"
            ),
            LogProblem::TimeGoesBack { seq } => {
                format!("event {seq} is earlier than the event before it")
            }
            LogProblem::BadRetraction { seq } => {
                format!(
                    "event {seq} retracts an entry that does not exist, was already retracted or is not the latest entry still in effect"
                )
            }
            LogProblem::OpenedOutOfRange => {
                "the meeting's opening time is not between the years 1970 and 9999".to_owned()
            }
            LogProblem::TimeOutOfRange { seq } => {
                format!("event {seq} has a time that is not between the years 1970 and 9999")
            }
            LogProblem::Impossible { seq, refusal } => format!(
                "event {seq} cannot have happened; spanning would have refused it at that point: {}",
                self.refusal(refusal).trim_end_matches('.')
            ),
            LogProblem::NotAsDecided { seq } => format!(
                "event {seq} is not what spanning records for it at that point (a different order, number or person)"
            ),
            LogProblem::TooManyEntries { seq, limit } => format!(
                "event {seq} lies past the {limit} entries a session can record; spanning never writes that many, so the file was edited: remove the entries after {limit}"
            ),
            LogProblem::TextTooLong { seq, limit_kb } => format!(
                "event {seq} holds a text over {limit_kb} KB, longer than spanning accepts when typing: shorten that text in the file"
            ),
            LogProblem::LogTooLarge { seq, limit_mb } => format!(
                "the events reach more than {limit_mb} MB at event {seq}, more than a session can record: remove that event and the ones after it"
            ),
        }
    }
}
