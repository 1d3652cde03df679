//! English words for the terminal screens.

use super::English;
use crate::meeting::state::ConcernStatus;
use crate::meeting::{
    Event, ItemId, MeetingState, PersonId, Phase, PhaseKind, Speech, format_minutes,
};
use crate::text::EngineWords;
use crate::text::TacticalWords;
use crate::text::keys::Action;
use crate::text::tui::{Dialog, KeyLine, KeyName, KeyText, Label, Prompt, TuiWords};

impl TuiWords for English {
    fn key_name(&self, key: KeyName) -> &'static str {
        match key {
            KeyName::Enter => "Enter",
            KeyName::AltEnter => "Alt+Enter",
            KeyName::Tab => "Tab",
            KeyName::ShiftTab => "Shift+Tab",
            KeyName::Esc => "Esc",
            KeyName::PgUp => "PgUp",
            KeyName::PgDn => "PgDn",
            KeyName::Del => "Del",
            KeyName::Backspace => "Backspace",
            KeyName::Up => "↑",
            KeyName::Down => "↓",
            KeyName::Left => "←",
            KeyName::Right => "→",
            KeyName::CtrlC => "Ctrl-C",
            KeyName::Space => "Space",
        }
    }

    fn key_line(&self, text: KeyText) -> KeyLine {
        let k = |key| self.key_name(key);
        let arrows = format!("{}{}", k(KeyName::Up), k(KeyName::Down));
        let hint = |key: &str, what: &str| format!("{key} = {what}");
        let (enter, esc) = (k(KeyName::Enter), k(KeyName::Esc));
        match text {
            KeyText::EditKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(enter, "save"), true),
                    (&hint(k(KeyName::AltEnter), "new line"), false),
                    (&hint(esc, "cancel"), true),
                ],
            ),
            KeyText::LineKeys => KeyLine::hints(
                " · ",
                &[(&hint(enter, "save"), true), (&hint(esc, "cancel"), true)],
            ),
            KeyText::FormKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(k(KeyName::Tab), "next field"), false),
                    (&hint(&format!("{arrows}/letter"), "choose"), false),
                    (&hint(enter, "save"), true),
                    (&hint(esc, "cancel"), true),
                ],
            ),
            KeyText::ChoiceKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(&format!("{arrows}/letter"), "choose"), false),
                    (&hint(enter, "save"), true),
                    (&hint(esc, "cancel"), true),
                ],
            ),
            KeyText::ConfirmKeys => KeyLine::hints(
                "   ",
                &[
                    ("y = yes", true),
                    (&hint(&format!("n / {esc}"), "no"), true),
                ],
            ),
            KeyText::RulingKeys => KeyLine::hints(
                " · ",
                &[
                    ("y = holds", true),
                    ("n = fails", true),
                    (&hint(esc, "edit"), true),
                ],
            )
            .with_lead("Does the argument hold?"),
            KeyText::SetupKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(k(KeyName::Tab), "next field"), false),
                    (&hint(&format!("{arrows}/letter"), "choose"), false),
                    (&hint(enter, "open meeting"), true),
                    (&hint(esc, "cancel"), true),
                ],
            ),
            KeyText::HelpClose => KeyLine::words(format!(
                "In dialogs: {} saves, {} cancels. {} leaves at once (all is saved). Ctrl-S saves the meeting elsewhere. Ctrl-L redraws the screen. Any key closes this help.",
                enter,
                esc,
                k(KeyName::CtrlC)
            )),
            KeyText::AllDecided => KeyLine::words(format!(
                "Every item is decided: press {enter} to close the session."
            )),
            KeyText::WholeObjection => {
                KeyLine::hints(" · ", &[(&hint(k(KeyName::Tab), "whole objection"), false)])
            }
            KeyText::ShortObjection => KeyLine::hints(
                " · ",
                &[(&hint(k(KeyName::Tab), "shorten objection"), false)],
            ),
        }
    }

    fn timebox_value(&self, minutes: u32) -> String {
        format_minutes(minutes)
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::Elapsed => "elapsed",
            Label::ClockNotStarted => "not started",
            Label::ClockStartsAtCheckIn => {
                "The meeting clock and the timebox start with the check-in round (Enter)."
            }
            Label::Left => "left",
            Label::Over => "over time",
            Label::NoTimebox => "no timebox",
            Label::ItemTime => "this item",
            Label::FairShare => "fair share",
            Label::TimeOut => "TIME-OUT",
            Label::Now => "NOW",
            Label::Speaking => "speaking",
            Label::Floor => "on the floor",
            Label::RoundComplete => "✓ Everyone has had a turn",
            Label::Tension => "Tension",
            Label::Example => "Example",
            Label::Proposal => "Proposal",
            Label::HelpRequested => "Help asked: the group helps craft a proposal",
            Label::NotYet => "(not stated yet)",
            Label::Questions => "Clarifying questions",
            Label::NoQuestions => "No questions yet.",
            Label::NotSpecified => "not specified",
            Label::RuledOut => "out of order",
            Label::Unanswered => "waiting for an answer",
            Label::Concerns => "Concerns",
            Label::NoConcerns => "No concerns raised.",
            Label::Objections => "Objections",
            Label::Clarifications => "Clarifications",
            Label::ReactionsGiven => "Reactions",
            Label::ChangesFrom => "changes from",
            Label::Agenda => "Agenda",
            Label::AgendaEmpty => "The agenda is empty: press a to add a tension.",
            Label::AgendaEmptyOffered => {
                "The agenda is empty: press + to take the marked item from earlier meetings (below), or a to add a tension."
            }
            Label::Owner => "owner",
            Label::CloseOut => "Unreached and unfinished items",
            Label::Summary => "Summary",
            Label::Outputs => "Outputs",
            Label::NoOutputs => "No outputs recorded.",
            Label::Outcomes => "Items",
            Label::SavedTo => "Saved to",
            Label::NotSaved => "NOT SAVED: the meeting goes on in memory",
            Label::HelpTitle => "Keys on this screen",
            Label::ConfirmTitle => "Confirm",
            Label::GroupView => "group view",
            Label::Forward => "forward (seating order)",
            Label::Backward => "backward",
            Label::FirstSpeaker => "Who starts",
            Label::Direction => "Direction",
            Label::Nobody => "(nobody in particular)",
            Label::Reason => "Reason",
            Label::Note => "Note",
            Label::Kind => "Kind",
            Label::Person => "Who",
            Label::ItemLabel => "Label (1–3 words)",
            Label::Text => "Text",
            Label::Question => "Question",
            Label::Answer => "Answer",
            Label::Argument => "Objector's argument",
            Label::TestTitle => "Testing an objection",
            Label::Holds => "holds",
            Label::Fails => "fails",
            Label::Upheld => "The proposal breaks the rules",
            Label::Yes => "yes",
            Label::No => "no",
            Label::Ending => "How the item ends",
            Label::Objector => "Objector",
            Label::ObjectorConfirmed => "objector ✓",
            Label::ProposerConfirmed => "proposer ✓",
            Label::TestRequestedBy => "test requested by",
            Label::Opening => "Ready to start",
            Label::Facilitator => "facilitator",
            Label::Secretary => "secretary",
            Label::FacilitatorField => "Facilitator",
            Label::SecretaryField => "Secretary",
            Label::Participants => "Participants",
            Label::Closed => "The session is closed",
            Label::Waiting => "waiting",
            Label::InProgress => "in progress",
            Label::BarCheckIn => "check-in",
            Label::BarAgenda => "agenda",
            Label::BarItems => "items",
            Label::BarClosing => "closing",
            Label::BarCloseOut => "close-out",
            Label::Versions => "versions",
            Label::SetupTitle => "New meeting",
            Label::HomeTitle => "spanning — tension-processing meetings",
            Label::HomeFolder => "Sessions folder",
            Label::HomeEmpty => "No meetings yet. Press n to start the first one.",
            Label::HomeLoading => "Reading the sessions folder…",
            Label::HomeUnfinished => "Unfinished meetings — resume where you stopped:",
            Label::HomeRecent => "Recent meetings:",
            Label::MeetingTitle => "Title",
            Label::Circle => "Circle",
            Label::ParticipantList => {
                "Participants in seating order, e.g. Ana (Release/Finance), Bram"
            }
            Label::TimeboxMinutes => "Timebox, e.g. 90m or 1h30m (empty: none)",
            Label::AbsentList => "Absent (Name: reason; …)",
            Label::BadTimebox => "The timebox must be minutes or hours, like 90m, 1h30m or 90.",
            Label::ErrTerminal => "Cannot set up the terminal",
            Label::ErrDraw => "Cannot draw the screen",
            Label::ErrRead => "Cannot read the keyboard",
            Label::PeopleTitle => "People and roles",
            Label::Present => "present",
            Label::Absent => "absent",
            Label::Name => "Name",
            Label::Roles => "Roles (optional), e.g. Release/Finance",
            Label::Timebox => "Timebox",
            Label::SaveRetryHint => {
                "retrying every 10 s and after each entry; Ctrl-S saves elsewhere"
            }
            Label::SavePath => "Folder (or .json file) to save to",
            Label::PartKind => "Change",
            Label::PartRole => "Role",
            Label::PartList => "Which list",
            Label::PartPolicy => "Policy",
            Label::PartName => "Name (role) or title (policy)",
            Label::PartText => "Text (purpose, accountability, domain or policy)",
            Label::PartNewText => "New wording",
            Label::PartEntries => "Accountabilities, one per line",
            Label::PartDomains => "Domains, one per line",
            Label::PartTo => "To circle",
            Label::PartSubCircle => "Sub-circle",
            Label::PartEntry => "As it is now",
            Label::PartScope => "Holds on",
            Label::PartsTitle => "The proposal's parts",
            Label::NothingToPick => "nothing to pick",
            Label::Tactical(l) => self.tactical_label(l),
            Label::NotSavedAtExit => "NOT SAVED: the last entries could not be written anywhere",
            Label::Situation => "Situation",
            Label::Effect => "Effect",
            Label::Need => "Need",
            Label::Impact => "Impact",
            Label::Consent => "consent",
            Label::Concern => "concern",
            Label::Objection => "OBJECTION",
            Label::LoggedConcerns => "Concerns (logged, not blocking)",
            Label::Resolved => "✓ resolved",
            Label::ReviewDate => "Review date (YYYY-MM-DD)",
            Label::Criteria => "Evaluation criteria",
            Label::ConsentAnswer => "Answer",
            Label::Rules => "Rules",
            Label::ReviewOverdue => "review overdue",
            Label::Driver => "Driver",
            Label::NotResolved => "not resolved yet",
            Label::ReviewOn => "review on",
            Label::Role => "Role (one to three words)",
            Label::RoleDescription => "What the role is about",
            Label::TermMonths => "Term in months",
            Label::TermNote => "Note on the term (optional)",
            Label::Voter => "Who nominates",
            Label::Nominee => "Whom",
            Label::Candidate => "Candidate",
            Label::NomineeHidden => "Whom (hidden while typed; the name or its start)",
            Label::NomineeNotFound => {
                "No single participant has a name starting like that: type more of the name (it stays hidden)."
            }
        }
    }

    fn prompt(&self, prompt: Prompt) -> &'static str {
        match prompt {
            Prompt::Opening => {
                "Welcome everyone; explain the format briefly, then start the check-in round."
            }
            Prompt::CheckIn => {
                "Ask: what has your attention? One turn each, or pass. Nobody responds."
            }
            Prompt::Agenda => {
                "Collect tensions: one to three words and an owner. No explanations yet."
            }
            Prompt::Present => {
                "The proposer alone: the tension, a real example, then the proposal (or ask for help)."
            }
            Prompt::Questions => {
                "Questions to understand only. Opinions in disguise are out of order."
            }
            Prompt::Reactions => "Each person reacts in turn; the proposer listens. No discussion.",
            Prompt::Amend => "Only the proposer speaks: clarify, amend, or keep the proposal.",
            Prompt::Objections => {
                "Ask each: do you see a reason this causes harm or moves us backwards?"
            }
            Prompt::Integration => {
                "One objection at a time: find an amendment both objector and proposer confirm."
            }
            Prompt::Closing => "Ask each for a closing reflection, or pass.",
            Prompt::CloseOut => "Every unreached or unfinished item: carried over, or let go?",
            Prompt::Summary => "Read out the outputs and who owns them.",
            Prompt::Testing => {
                "Rule only on whether the argument is reasonable, never on whether it is true."
            }
            Prompt::Tactical(p) => self.tactical_prompt(p),
            Prompt::TimeOut => {
                "Time-out: talk about the process, not the content. Press t to end it."
            }
            Prompt::Driver => {
                "The proposer alone: the driver (situation and effect, need and impact), then the proposal."
            }
            Prompt::QuickReactions => {
                "Quick reactions, in turn; the proposer listens. No discussion."
            }
            Prompt::ConsentRound => {
                "Ask each: good enough for now, safe enough to try? Consent, a concern, or an objection."
            }
            Prompt::Resolve => {
                "One objection at a time: amend until the objector confirms it is resolved."
            }
            Prompt::DescribeRole => {
                "Describe the role and its term. Enter to write them, n when done."
            }
            Prompt::Nominations => {
                "Each writes a name; enter every ballot (Enter again corrects one). Only ✓ shows."
            }
            Prompt::NominationSharing => {
                "Each says whom they nominated and why, in turn. No discussion."
            }
            Prompt::NominationChanges => {
                "Anyone may change their nomination now (Enter). n to propose a candidate."
            }
            Prompt::ProposeCandidate => {
                "Propose the person with most nominations (tie: choose a leader), then n."
            }
        }
    }

    fn dialog(&self, dialog: Dialog) -> &'static str {
        match dialog {
            Dialog::Turn => "What was said (the gist)",
            Dialog::Concern => "The concern, in the objector's words",
            Dialog::Skip => "Skip this turn",
            Dialog::Order => "Round order",
            Dialog::AddItem => "New agenda item",
            Dialog::EditItem => "Edit agenda item",
            Dialog::Tension => "The tension",
            Dialog::Example => "A real example",
            Dialog::Proposal => "The proposal",
            Dialog::CorrectProposal => "Correct the proposal (same version)",
            Dialog::Part => "A part of the proposal: a change to the governance record",
            Dialog::EditPart => "Change a part of the proposal",
            Dialog::Ask => "Clarifying question",
            Dialog::Answer => "The proposer's answer",
            Dialog::RuleOut => "Rule the question out of order",
            Dialog::Clarify => "Clarification",
            Dialog::Amend => "Amend the proposal",
            Dialog::AmendForObjection => "Amend to integrate the objection",
            Dialog::RequestTest => "Who asks for a test?",
            Dialog::SecretaryRuling => "Secretary's ruling on the rules",
            Dialog::Abandon => "Objection abandoned (no good-faith effort)",
            Dialog::Ending => "End the item",
            Dialog::Output => "Record an output",
            Dialog::TimeOutStart => "Start a time-out",
            Dialog::TimeOutEnd => "End the time-out",
            Dialog::OutOfOrder => "Out of order",
            Dialog::Note => "Note for the minutes",
            Dialog::AddPerson => "Someone arrives late",
            Dialog::Absent => "Mark absent",
            Dialog::Back => "Back in the meeting",
            Dialog::Timebox => "Change the meeting's timebox",
            Dialog::Tactical(d) => self.tactical_dialog(d),
            Dialog::SaveElsewhere => "Save the meeting elsewhere",
            Dialog::Situation => "The driver: what is happening, in the proposer's words",
            Dialog::Effect => "The driver: the effect of the situation",
            Dialog::Need => "The driver: what is needed",
            Dialog::Impact => "The driver: the impact of meeting the need",
            Dialog::ConsentTurn => "Consent, a concern or an objection",
            Dialog::ConsentConcern => "The concern (logged, does not block)",
            Dialog::ConsentObjection => "The objection: how the proposal stands in the way",
            Dialog::Adopt => "Adopt the agreement: when and how to review it",
            Dialog::Requalify => "Take an objection as a concern (checked with the objector)",
            Dialog::AddElection => "Ask for an election (it goes first)",
            Dialog::DescribeRole => "The role and its term",
            Dialog::Nominate => "Enter a nomination (hidden on screen)",
            Dialog::ChangeNomination => "Change a nomination",
            Dialog::ProposeCandidate => "Propose a candidate",
        }
    }

    fn key_action(&self, action: Action) -> &'static str {
        match action {
            Action::Help => "help",
            Action::Presentation => "group view on/off",
            Action::Undo => "undo",
            Action::Quit => "leave",
            Action::TimeOut => "time-out start/end",
            Action::OutOfOrder => "out of order",
            Action::Output => "record action/project/info",
            Action::Outcome => "end item",
            Action::Next => "next step",
            Action::TypeTurn => "type turn",
            Action::StartItem => "start item",
            Action::EditPanel => "edit",
            Action::Answer => "answer",
            Action::Up => "select up",
            Action::Down => "select down",
            Action::ScrollUp => "scroll up",
            Action::ScrollDown => "scroll down",
            Action::Focus => "next panel",
            Action::Pass => "pass",
            Action::Skip => "skip",
            Action::Order => "who starts, which way",
            Action::AddItem => "add item",
            Action::EditItem => "edit item",
            Action::RemoveItem => "remove item",
            Action::MoveUp => "move item up",
            Action::MoveDown => "move item down",
            Action::ClosingRound => "closing round",
            Action::AskForHelp => "proposer asks for help",
            Action::Ask => "ask",
            Action::NotSpecified => "answer: not specified",
            Action::RuleOut => "rule out of order",
            Action::Clarify => "clarify",
            Action::Amend => "amend",
            Action::RecordObjection => "valid objection",
            Action::Test => "test",
            Action::RequestTest => "test requested by",
            Action::SecretaryRuling => "secretary's ruling",
            Action::ConfirmObjector => "objector confirms",
            Action::ConfirmProposer => "proposer confirms",
            Action::Abandon => "objection abandoned",
            Action::CarryOver => "carry over",
            Action::LetGo => "let go",
            Action::People => "people, roles, timebox",
            Action::AddPart => "add a part",
            Action::Parts => "change parts",
            Action::EditPart => "change this part",
            Action::RemovePart => "remove this part",
            Action::Governance => "governance: roles, policies",
            Action::Note => "note for the minutes",
            Action::AddPerson => "late arrival",
            Action::Presence => "absent / back",
            Action::MakeFacilitator => "facilitator",
            Action::MakeSecretary => "secretary / none",
            Action::Timebox => "timebox",
            Action::Close => "close",
            Action::NewMeeting => "new meeting",
            Action::Resume => "resume the selected meeting",
            Action::Tactical(k) => self.tactical_key(k),
            Action::Browse => "past sessions",
            Action::Consent => "consent",
            Action::Concern => "concern",
            Action::Objection => "objection",
            Action::Resolve => "objector: resolved",
            Action::Requalify => "objection → concern",
            Action::AddElection => "add election",
            Action::TakeOffer => "take offer",
            Action::LetGoOffer => "let go",
            Action::DescribeRole => "role and term",
            Action::Nominate => "enter nomination",
            Action::ChangeNomination => "change nomination",
            Action::ProposeCandidate => "propose candidate",
        }
    }

    fn concern_status(&self, status: &ConcernStatus) -> String {
        match status {
            ConcernStatus::Raised => "? to handle".to_owned(),
            ConcernStatus::Testing => "… being tested".to_owned(),
            ConcernStatus::Valid => "! valid objection".to_owned(),
            ConcernStatus::Dismissed { criterion: c } => {
                format!("✗ dismissed at ({}) {}", c.letter(), self.criterion(*c))
            }
            ConcernStatus::Integrated { version } => {
                format!("✓ integrated in {}", self.version(*version))
            }
            ConcernStatus::Abandoned => "– abandoned".to_owned(),
            ConcernStatus::Requalified => "◆ taken as a concern".to_owned(),
        }
    }

    fn item_of(&self, n: usize, m: usize) -> String {
        format!("item {n} of {m}")
    }

    fn too_small(&self, width: u16, height: u16, need_width: u16, need_height: u16) -> String {
        format!(
            "Please enlarge the terminal (now {width}x{height}, need {need_width}x{need_height}). Nothing is lost."
        )
    }

    fn event(&self, event: &Event, state: &MeetingState) -> String {
        let name = |p: &PersonId| state.name(*p).to_owned();
        let item = |i: &ItemId| {
            state
                .item(*i)
                .map_or_else(|| format!("#{}", i.0), |it| format!("\"{}\"", it.label))
        };
        match event {
            Event::PartAdded { .. } | Event::PartChanged { .. } | Event::PartRemoved { .. } => {
                crate::text::GovernanceWords::part_event(self, event)
            }
            // Not "moving on to the closed".
            Event::PhaseEntered {
                phase: PhaseKind::Closed,
                ..
            } => "closing the session".to_owned(),
            Event::PhaseEntered { phase, .. } => {
                let phase = match phase {
                    PhaseKind::CheckIn => Phase::CheckIn,
                    PhaseKind::Agenda => Phase::Agenda,
                    PhaseKind::Closing => Phase::Closing,
                    PhaseKind::CloseOut => Phase::CloseOut,
                    PhaseKind::Closed => Phase::Closed,
                    PhaseKind::Checklist => Phase::Checklist,
                    PhaseKind::Metrics => Phase::Metrics,
                    PhaseKind::Progress => Phase::Progress,
                    PhaseKind::Actions => Phase::Actions,
                };
                format!("moving on to the {}", self.phase(phase))
            }
            Event::RoundReordered { .. } => "the round order".to_owned(),
            Event::TurnTaken { person, speech } => match speech {
                Speech::Said { text } => format!("{}'s turn: \"{text}\"", name(person)),
                Speech::Pass => format!("{}'s pass", name(person)),
            },
            Event::TurnSkipped { person, .. } => format!("skipping {}", name(person)),
            Event::ParticipantJoined { participant, .. } => {
                format!("{} joining", participant.name)
            }
            Event::PresenceChanged {
                person,
                present: true,
                ..
            } => format!("{} being back", name(person)),
            Event::PresenceChanged { person, .. } => format!("{} being absent", name(person)),
            Event::FacilitatorChanged { person } => format!("{} facilitating", name(person)),
            Event::SecretaryChanged { person: Some(p) } => format!("{} as secretary", name(p)),
            Event::SecretaryChanged { person: None } => "no secretary".to_owned(),
            Event::TimeboxChanged { minutes: Some(m) } => {
                format!("the timebox of {}", self.timebox_value(*m))
            }
            Event::TimeboxChanged { minutes: None } => "no timebox".to_owned(),
            Event::ItemAdded { label, .. } => format!("adding \"{label}\" to the agenda"),
            Event::ItemEdited { item: i, .. } => format!("the edit of {}", item(i)),
            Event::ItemRemoved { item: i } => format!("removing {}", item(i)),
            Event::ItemMoved { item: i, .. } => format!("moving {}", item(i)),
            Event::ItemStarted { item: i } => format!("starting {}", item(i)),
            Event::StepEntered { step, .. } => format!("moving on to {}", self.step(*step)),
            Event::TensionStated { .. } => "the tension".to_owned(),
            Event::ExampleGiven { .. } => "the example".to_owned(),
            Event::HelpRequested => "the request for help".to_owned(),
            Event::ProposalStated { version, .. } => format!("proposal v{version}"),
            Event::QuestionAsked { asker, .. } => format!("{}'s question", name(asker)),
            Event::QuestionAnswered { question, .. } => {
                format!("the answer to question {question}")
            }
            Event::QuestionRuledOutOfOrder { question, .. } => {
                format!("ruling question {question} out of order")
            }
            Event::Clarified { .. } => "the clarification".to_owned(),
            Event::ProposalCorrected { .. } => "the correction of the proposal".to_owned(),
            Event::TestRequested { concern, by } => {
                format!("{}'s request to test concern {concern}", name(by))
            }
            Event::CriterionTested {
                concern, criterion, ..
            } => format!(
                "the ruling on ({}) {} for concern {concern}",
                criterion.letter(),
                self.criterion(*criterion)
            ),
            Event::ObjectionRecorded { concern } => {
                format!("recording concern {concern} as an objection")
            }
            Event::SecretaryRuled { concern, .. } => {
                format!("the secretary's ruling on concern {concern}")
            }
            Event::ObjectorConfirmed { concern } => {
                format!("the objector's confirmation of objection {concern}")
            }
            Event::ProposerConfirmed { concern } => {
                format!("the proposer's confirmation for objection {concern}")
            }
            Event::ObjectionAbandoned { concern, .. } => {
                format!("abandoning objection {concern}")
            }
            Event::ItemEnded { ending, .. } => format!(
                "ending the item: {}",
                self.ending_for(*ending, crate::text::tui::ending_an_election(state))
            ),
            Event::DriverDescribed { part, .. } => {
                format!("the driver's {}", self.driver_part(*part))
            }
            Event::ConsentAnswered { person, .. } => {
                format!("{}'s turn in the consent round", name(person))
            }
            Event::ObjectionResolved { objection } => format!("resolving objection {objection}"),
            Event::AgreementAdopted { .. } => "adopting the agreement".to_owned(),
            Event::ObjectionRequalified { objection, .. } => {
                format!("taking objection {objection} as a concern")
            }
            Event::OutputRecorded { kind, text, .. } => {
                format!("the {} \"{text}\"", self.output_kind(*kind))
            }
            Event::TimeOutStarted { .. } => "starting the time-out".to_owned(),
            Event::TimeOutEnded { .. } => "ending the time-out".to_owned(),
            Event::OutOfOrder { kind, .. } => {
                format!("the out-of-order ruling ({})", self.out_of_order(*kind))
            }
            Event::NoteRecorded { text } => format!("the note \"{text}\""),
            Event::ItemDisposed {
                item: i,
                disposition,
            } => format!("marking {} {}", item(i), self.disposition(*disposition)),
            Event::EntryDefined { list, text, .. } => {
                format!("the {} entry \"{text}\"", self.entry_word(*list))
            }
            Event::EntryEdited { list, number, .. } => {
                format!("the edit of {} {number}", self.entry_word(*list))
            }
            Event::EntryRemoved { list, number } => {
                format!("removing {} {number}", self.entry_word(*list))
            }
            Event::EntryAnswered { list, number, .. } => {
                format!("the answer for {} {number}", self.entry_word(*list))
            }
            Event::NeedStated { .. } => "the need".to_owned(),
            Event::RequestMade { number, .. } => format!("request {number}"),
            Event::RequestAnswered { number, .. } => format!("the answer to request {number}"),
            Event::ActionReviewed { number, .. } => format!("the answer for action {number}"),
            Event::OfferTaken { item: i, .. } => format!("taking {} onto the agenda", item(i)),
            Event::ProjectStatusSet { number, status } => format!(
                "project {number}: {}",
                crate::text::MemoryWords::project_state(self, status)
            ),
            Event::OfferLetGo { number } => format!(
                "letting go \"{}\"",
                state
                    .offers
                    .iter()
                    .find(|o| o.number == *number)
                    .map_or("", |o| o.offered.label.as_str())
            ),
            Event::Retracted { .. } => "the undo".to_owned(),
            Event::RoleDescribed { .. }
            | Event::Nominated { .. }
            | Event::NominationChanged { .. }
            | Event::CandidateProposed { .. } => {
                crate::text::ElectionWords::election_event(self, event, state)
            }
        }
    }

    fn confirm_undo(&self, what: &str) -> String {
        format!("Undo {what}? The correction is kept in the record.")
    }

    fn confirm_quit(&self, saved: bool) -> String {
        if saved {
            "Leave the meeting screen? Everything is already saved; resume any time.".to_owned()
        } else {
            "Leave? The last save FAILED: entries since then exist only in memory.".to_owned()
        }
    }

    fn confirm_ending(&self, ending: &str, label: &str) -> String {
        format!("End \"{label}\" as {ending}?")
    }

    fn confirm_remove(&self, label: &str) -> String {
        format!("Remove \"{label}\" from the agenda?")
    }

    fn confirm_close(&self) -> String {
        "Close the session? After this only undo can reopen it.".to_owned()
    }

    fn recorded(&self, what: &str) -> String {
        format!("✓ Recorded: {what}")
    }

    fn undone(&self, what: &str) -> String {
        format!("↶ Undone: {what}")
    }

    fn cancelled(&self) -> &'static str {
        "Nothing changed."
    }

    fn confirm_discard(&self, dialog: &str) -> String {
        format!("Throw away what you typed in “{dialog}”?")
    }

    fn draft_not_kept(&self, why: &str) -> String {
        format!(
            "What you typed could not be kept ({why}): Enter records it, Ctrl-C again leaves without it."
        )
    }

    fn draft_restored(&self, undone: bool) -> &'static str {
        if undone {
            "The undone text is back in the editor: correct it and press Enter, or Esc."
        } else {
            "Restored what was being typed when spanning was left: Enter records it, Esc throws it away."
        }
    }

    fn yes_keys(&self) -> &'static [char] {
        // y for yes, as the hints say.
        &['y']
    }

    fn no_keys(&self) -> &'static [char] {
        &['n']
    }

    fn floor_time(&self, name: &str, used: &str, limit: Option<&str>) -> String {
        match limit {
            Some(limit) => format!("{name} {} {used} / {limit}", self.label(Label::Floor)),
            None => format!("{name} {} {used}", self.label(Label::Floor)),
        }
    }

    fn earlier_turns(&self, count: usize) -> String {
        match count {
            1 => "⋮ 1 earlier turn".to_owned(),
            n => format!("⋮ {n} earlier turns"),
        }
    }

    fn more_above(&self, count: usize) -> String {
        format!("⋮ {count} more above")
    }

    fn key_not_here(&self, key: &str, keys: &str) -> String {
        format!("“{key}” does nothing here. Keys: {keys} (? explains them all)")
    }

    fn fields_hidden(&self, above: usize, below: usize) -> String {
        let fields = |n: usize| if n == 1 { "field" } else { "fields" };
        match (above, below) {
            (0, b) => format!("▼ {b} more {} below (Tab)", fields(b)),
            (a, 0) => format!("▲ {a} more {} above", fields(a)),
            (a, b) => format!("▲ {a} {} above · ▼ {b} below", fields(a)),
        }
    }

    fn more_below(&self, count: usize) -> String {
        match count {
            1 => "▼ 1 more line".to_owned(),
            n => format!("▼ {n} more lines"),
        }
    }

    fn concern_line(&self, number: u32, objector: &str, text: &str) -> String {
        format!("{number}. {objector}: {text}")
    }

    fn criterion_heading(&self, letter: char, name: &str) -> String {
        format!("Criterion ({letter}) of (a)–(d): {name}")
    }

    fn dismissed_at(&self, letter: char, name: &str) -> String {
        format!("✗ The argument fails criterion ({letter}) {name}: the concern is dismissed.")
    }

    fn found_valid(&self) -> &'static str {
        "✓ All four criteria hold: this is a valid objection."
    }

    fn waiting_share(&self, share: &str, waiting: usize) -> String {
        match waiting {
            1 => format!("Time per item: {share} for the 1 item still waiting."),
            n => format!("Time per item: {share} for each of the {n} items still waiting."),
        }
    }

    fn share_kept(&self, kept: &str) -> String {
        format!("The item in progress keeps its {kept}.")
    }

    fn home_due(&self, count: usize) -> String {
        match count {
            1 => "⚠ 1 agreement is past its review date: b, then v, shows it.".to_owned(),
            n => format!("⚠ {n} agreements are past their review date: b, then v, shows them."),
        }
    }

    fn home_unreadable(&self, count: usize) -> String {
        match count {
            1 => "⚠ 1 file in this folder cannot be read: run `spanning check` to see why."
                .to_owned(),
            n => format!(
                "⚠ {n} files in this folder cannot be read: run `spanning check` to see why."
            ),
        }
    }

    fn bad_date(&self, typed: &str) -> String {
        format!("\"{typed}\" is not a date: type it as YYYY-MM-DD, e.g. 2027-02-22.")
    }

    fn home_items(&self, count: usize) -> String {
        match count {
            1 => "1 item".to_owned(),
            n => format!("{n} items"),
        }
    }

    fn adopted_version(&self, number: u32) -> String {
        format!("adopted v{number}")
    }
}
