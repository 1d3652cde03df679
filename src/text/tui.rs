//! Words for the terminal screens: labels, key descriptions, facilitator
//! prompts, dialog titles and help. Screen code only ever asks this trait,
//! so a translation never touches a screen.

use crate::meeting::state::ConcernStatus;
use crate::meeting::{Event, MeetingState};
use crate::text::keys::Action;
use crate::text::tactical::{TacticalDialog, TacticalLabel, TacticalPrompt};

/// A fixed label on some screen. One enum instead of dozens of methods keeps
/// adding a label cheap, and a missing translation still fails to compile.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    strum::EnumDiscriminants,
)]
#[strum_discriminants(
    name(LabelKind),
    derive(strum::VariantArray),
    doc = "Which label it is, without its data: the word tests check every kind is worded."
)]
pub enum Label {
    /// Meeting clock: time since the start.
    Elapsed,
    /// Meeting clock on the ready-to-start screen: it has not started.
    ClockNotStarted,
    /// Ready-to-start screen: what starting the check-in does to the clock.
    ClockStartsAtCheckIn,
    /// Meeting clock: time left in the timebox.
    Left,
    /// Meeting clock: time past the timebox.
    Over,
    /// Meeting clock shown when there is no timebox.
    NoTimebox,
    /// Time used on the current item.
    ItemTime,
    /// The item's fair share of the remaining time.
    FairShare,
    /// Banner while a time-out runs.
    TimeOut,
    /// Heading before whose turn it is.
    Now,
    /// Before who has the floor in a step that is not a round.
    Speaking,
    /// Turn timer heading.
    Floor,
    /// Round heading when everyone has had a turn.
    RoundComplete,
    /// The tension panel.
    Tension,
    /// The example panel.
    Example,
    /// The proposal panel.
    Proposal,
    /// Shown when the proposer asked the group for help.
    HelpRequested,
    /// Placeholder for text not given yet.
    NotYet,
    /// Clarifying-questions list heading.
    Questions,
    /// Empty list of questions.
    NoQuestions,
    /// The answer "not specified".
    NotSpecified,
    /// A question ruled out of order.
    RuledOut,
    /// A question still waiting for an answer.
    Unanswered,
    /// Concerns list heading.
    Concerns,
    /// Empty list of concerns.
    NoConcerns,
    /// Objections list heading (integration).
    Objections,
    /// Clarifications heading.
    Clarifications,
    /// Heading of the reactions given, shown while amending.
    ReactionsGiven,
    /// "changes from" before the previous version, in the proposal's title
    /// while amending ("Proposal v2 · changes from v1").
    ChangesFrom,
    /// Agenda heading.
    Agenda,
    /// Empty agenda.
    AgendaEmpty,
    /// Empty agenda while earlier meetings offer items below it: how to
    /// take one, beside how to add one.
    AgendaEmptyOffered,
    /// "proposer" / owner of an item.
    Owner,
    /// Close-out heading.
    CloseOut,
    /// Summary heading.
    Summary,
    /// Outputs heading.
    Outputs,
    /// Empty list of outputs.
    NoOutputs,
    /// Decisions / item outcomes heading.
    Outcomes,
    /// Where the session file is.
    SavedTo,
    /// Persistent warning when saving failed.
    NotSaved,
    /// Help overlay title.
    HelpTitle,
    /// Confirmation dialog title.
    ConfirmTitle,
    /// Marker shown in presentation (group) mode.
    GroupView,
    /// Round order: direction forward.
    Forward,
    /// Round order: direction backward.
    Backward,
    /// Field: who speaks first.
    FirstSpeaker,
    /// Field: direction.
    Direction,
    /// Choice: no particular person.
    Nobody,
    /// Field: reason.
    Reason,
    /// Field: note.
    Note,
    /// Field: kind.
    Kind,
    /// Field: who.
    Person,
    /// Field: label.
    ItemLabel,
    /// Field: text.
    Text,
    /// Field: the question.
    Question,
    /// Field: the answer.
    Answer,
    /// Field: the objector's argument.
    Argument,
    /// Test dialog title.
    TestTitle,
    /// "holds".
    Holds,
    /// "fails".
    Fails,
    /// Field: did the secretary uphold the claim.
    Upheld,
    /// "yes".
    Yes,
    /// "no".
    No,
    /// Field: how the item ends.
    Ending,
    /// Objector heading in the test dialog / integration.
    Objector,
    /// Objector has confirmed.
    ObjectorConfirmed,
    /// Proposer has confirmed.
    ProposerConfirmed,
    /// A test was requested by someone.
    TestRequestedBy,
    /// Opening screen heading.
    Opening,
    /// Facilitator label.
    Facilitator,
    /// Secretary label.
    Secretary,
    /// Setup field: who facilitates (capitalised like the other fields).
    FacilitatorField,
    /// Setup field: who is secretary.
    SecretaryField,
    /// Participants heading.
    Participants,
    /// Session closed heading.
    Closed,
    /// Marks an item waiting on the agenda.
    Waiting,
    /// Marks the item being processed.
    InProgress,
    /// Phase bar: check-in.
    BarCheckIn,
    /// Phase bar: agenda.
    BarAgenda,
    /// Phase bar: items, when not current.
    BarItems,
    /// Phase bar: closing round.
    BarClosing,
    /// Phase bar: close-out.
    BarCloseOut,
    /// Proposal versions heading.
    Versions,
    /// Setup screen title.
    SetupTitle,
    /// Home screen title.
    HomeTitle,
    /// "Sessions folder" on the home screen.
    HomeFolder,
    /// Home screen when the folder has no sessions.
    HomeEmpty,
    /// Home screen while the folder is still being read in the background.
    HomeLoading,
    /// Heading of unfinished meetings on the home screen.
    HomeUnfinished,
    /// Heading of recently closed meetings on the home screen.
    HomeRecent,
    /// Setup field: meeting title.
    MeetingTitle,
    /// Setup field: circle.
    Circle,
    /// Setup field: participants, comma-separated, roles in brackets.
    ParticipantList,
    /// Setup field: timebox (90m, 1h30m, or empty).
    TimeboxMinutes,
    /// Setup: who is absent from the start, with a reason.
    AbsentList,
    /// The timebox is not a length of time.
    BadTimebox,
    /// Error context: the terminal could not be set up.
    ErrTerminal,
    /// Error context: drawing failed.
    ErrDraw,
    /// Error context: reading the keyboard failed.
    ErrRead,
    /// People dialog title.
    PeopleTitle,
    /// A person is here.
    Present,
    /// A person is not here (left, or not yet back).
    Absent,
    /// Field: a new participant's name.
    Name,
    /// Field: a new participant's roles, `/`-separated.
    Roles,
    /// People dialog: the meeting's timebox heading.
    Timebox,
    /// After the not-saved warning: that saving is retried and which key
    /// saves elsewhere, so the facilitator knows what to do in front of
    /// the group.
    SaveRetryHint,
    /// Field: the folder or file to save the meeting to instead.
    SavePath,
    /// Part dialog: which kind of change to the record.
    PartKind,
    /// Part dialog: the role it changes (a choice of the record's roles).
    PartRole,
    /// Part dialog: accountability or domain.
    PartList,
    /// Part dialog: the policy it changes (a choice of the record's).
    PartPolicy,
    /// Part dialog: a role's name, or a policy's title.
    PartName,
    /// Part dialog: the purpose, entry or policy text.
    PartText,
    /// Part dialog: a changed entry's new wording.
    PartNewText,
    /// Part dialog: a new role's accountabilities, one per line.
    PartEntries,
    /// Part dialog: a new role's domains, one per line.
    PartDomains,
    /// Part dialog: the circle a role or policy moves to.
    PartTo,
    /// Part dialog: the sub-circle to collapse (a choice of them).
    PartSubCircle,
    /// Part dialog: the accountability or domain as it is (a choice of
    /// the picked role's entries).
    PartEntry,
    /// Part dialog: what a new policy holds on: the whole circle or one
    /// role's domain.
    PartScope,
    /// The part list's title.
    PartsTitle,
    /// A choice with no options (a role without entries, a circle
    /// without sub-circles).
    NothingToPick,
    /// Printed on leaving when the last entries could not be written
    /// anywhere, so nobody believes the meeting is safe when it is not.
    NotSavedAtExit,
    /// Consent rules: the driver's situation panel.
    Situation,
    /// Consent rules: the driver's effect panel.
    Effect,
    /// Consent rules: the driver's need panel.
    Need,
    /// Consent rules: the driver's impact panel.
    Impact,
    /// Consent round: a person consented.
    Consent,
    /// Consent round: a concern (logged, not blocking).
    Concern,
    /// Consent round: an objection.
    Objection,
    /// Consent round: the concerns heading (logged, not blocking).
    LoggedConcerns,
    /// Resolving: an objection the objector confirmed resolved.
    Resolved,
    /// Field and minutes: the agreement's review date.
    ReviewDate,
    /// Field: how the agreement will be evaluated.
    Criteria,
    /// Field in the consent-turn dialog: consent, concern or objection.
    ConsentAnswer,
    /// Setup: the rule set field.
    Rules,
    /// Summary and review: an agreement past its review date.
    ReviewOverdue,
    /// Consent rules: the driver panel's heading.
    Driver,
    /// Resolving: an objection its objector has not confirmed resolved.
    NotResolved,
    /// Summary: before an agreement's review date and criteria.
    ReviewOn,
    /// Election: the role (a field).
    Role,
    /// Election: what the role is about (a field).
    RoleDescription,
    /// Election: the term in months (a field).
    TermMonths,
    /// Election: a note on the term (a field).
    TermNote,
    /// Election: who nominates (a field).
    Voter,
    /// Election: whom (a field).
    Nominee,
    /// Election: the candidate (a field).
    Candidate,
    /// Election: whom, typed and masked on screen (a field).
    NomineeHidden,
    /// Election: the typed name is no one's, or more than one's.
    NomineeNotFound,
    /// A label of the tactical screens (worded by `TacticalWords`).
    Tactical(TacticalLabel),
}

/// The facilitator's line for each screen: what to say or watch for
/// (process.md, in our own words). Hidden in presentation mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prompt {
    /// Before the check-in round.
    Opening,
    /// Check-in round.
    CheckIn,
    /// Agenda building.
    Agenda,
    /// Present proposal.
    Present,
    /// Clarifying questions.
    Questions,
    /// Reaction round.
    Reactions,
    /// Amend and clarify.
    Amend,
    /// Objection round.
    Objections,
    /// Integration.
    Integration,
    /// Closing round.
    Closing,
    /// Close-out.
    CloseOut,
    /// Closed: summary.
    Summary,
    /// Testing an objection.
    Testing,
    /// During a time-out.
    TimeOut,
    /// Consent rules: present the driver and the proposal.
    Driver,
    /// Consent rules: quick reactions.
    QuickReactions,
    /// Consent rules: the consent round.
    ConsentRound,
    /// Consent rules: resolving objections.
    Resolve,
    /// Election: describe the role and term.
    DescribeRole,
    /// Election: nominations, hidden until all are in.
    Nominations,
    /// Election: the nomination sharing round.
    NominationSharing,
    /// Election: a chance to change nominations.
    NominationChanges,
    /// Election: propose the candidate.
    ProposeCandidate,
    /// A tactical screen (worded by `TacticalWords`).
    Tactical(TacticalPrompt),
}

/// Which dialog a form is; its title comes from here.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    strum::EnumDiscriminants,
)]
#[strum_discriminants(
    name(DialogKind),
    derive(strum::VariantArray),
    doc = "Which dialog title it is, without its data: the word tests check every kind is worded."
)]
pub enum Dialog {
    /// Typing the gist of a turn.
    Turn,
    /// Typing a concern raised in the objection round.
    Concern,
    /// Skipping someone, with a reason.
    Skip,
    /// Choosing the round order.
    Order,
    /// Adding an agenda item.
    AddItem,
    /// Editing an agenda item.
    EditItem,
    /// Stating the tension.
    Tension,
    /// Giving the example.
    Example,
    /// Stating the proposal.
    Proposal,
    /// Correcting the stated proposal before clarifying questions start.
    CorrectProposal,
    /// A part of the proposal: a typed change to the governance record.
    Part,
    /// A part of the proposal changed (picked from the part list).
    EditPart,
    /// Asking a clarifying question.
    Ask,
    /// Answering a question.
    Answer,
    /// Ruling a question out of order.
    RuleOut,
    /// A clarification.
    Clarify,
    /// Amending the proposal.
    Amend,
    /// Amending for an objection.
    AmendForObjection,
    /// Someone asks for a concern to be tested.
    RequestTest,
    /// The secretary's ruling.
    SecretaryRuling,
    /// Abandoning an objection.
    Abandon,
    /// Ending an item.
    Ending,
    /// Recording an output.
    Output,
    /// Starting a time-out.
    TimeOutStart,
    /// Ending a time-out.
    TimeOutEnd,
    /// Recording an out-of-order intervention.
    OutOfOrder,
    /// A free note for the minutes.
    Note,
    /// Adding someone who arrived late.
    AddPerson,
    /// Marking someone absent.
    Absent,
    /// Marking someone back.
    Back,
    /// Changing the meeting's timebox.
    Timebox,
    /// Saving the meeting to another folder after saving failed.
    SaveElsewhere,
    /// Consent rules: the driver's situation.
    Situation,
    /// Consent rules: the driver's effect.
    Effect,
    /// Consent rules: the driver's need.
    Need,
    /// Consent rules: the impact of meeting the need.
    Impact,
    /// Consent round: a turn, choosing consent, concern or objection.
    ConsentTurn,
    /// Consent round: a concern (logged, not blocking).
    ConsentConcern,
    /// Consent round: an objection.
    ConsentObjection,
    /// Consent rules: adopting the agreement with review date and criteria.
    Adopt,
    /// Consent round: taking an objection as a concern.
    Requalify,
    /// Ask for an election.
    AddElection,
    /// Describe the role and term.
    DescribeRole,
    /// Enter one nomination.
    Nominate,
    /// Change a nomination.
    ChangeNomination,
    /// Propose a candidate (or amend the term).
    ProposeCandidate,
    /// A tactical form (worded by `TacticalWords`).
    Tactical(TacticalDialog),
}

/// A key that has a name rather than a printed character. Names differ per
/// language ("Enter" / "Invoer", "Esc"), so they come from the words too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum KeyName {
    /// The Enter (Return) key.
    Enter,
    /// Alt held with Enter: a new line in an editor.
    AltEnter,
    /// The Tab key.
    Tab,
    /// Shift+Tab: the previous field.
    ShiftTab,
    /// The Escape key.
    Esc,
    /// Page up.
    PgUp,
    /// Page down.
    PgDn,
    /// The Delete key.
    Del,
    /// The Backspace key.
    Backspace,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Ctrl+C: leave at once.
    CtrlC,
    /// The space bar.
    Space,
}

/// A text that names keys. Built from `key_name`, so a translation that
/// renames a key renames it in every hint at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum KeyText {
    /// Hints while typing in a one-field editor.
    EditKeys,
    /// Hints while typing a one-line value (a timebox, a date, a name).
    LineKeys,
    /// Hints in a form with several fields.
    FormKeys,
    /// Hints in a form that is one choice (who asked for a test).
    ChoiceKeys,
    /// The keys of a yes/no question.
    ConfirmKeys,
    /// Test dialog: asking for the ruling.
    RulingKeys,
    /// The setup screen's hints.
    SetupKeys,
    /// The help overlay's footer.
    HelpClose,
    /// Close-out when every item is decided.
    AllDecided,
    /// Objection test: the objection is shortened, a key shows it whole.
    WholeObjection,
    /// Objection test: the objection is shown whole, a key shortens it.
    ShortObjection,
}

/// One hint of a [`KeyLine`]: a key and what it does ("Esc = cancel"),
/// shown whole or not at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHint {
    /// The hint as shown.
    pub text: String,
    /// Whether the hint stays when a narrow dialog has no room for every
    /// hint (save, cancel, the answers to a question); the others go,
    /// from the last one on.
    pub keep: bool,
}

/// A text that names keys, as words and hints: a screen breaks it between
/// hints, never inside one, and drops the hints that may go when it has
/// no room for all of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyLine {
    /// Words before the hints ("Does the argument hold?"), wrapped as
    /// prose; empty when there are none.
    pub lead: String,
    /// The hints, in the order they are shown.
    pub hints: Vec<KeyHint>,
    /// What stands between two hints on one row (" · "); its visible part
    /// ends a row that breaks before the next hint.
    pub between: &'static str,
}

impl KeyLine {
    /// A line of hints only; each hint is its text and whether it stays.
    pub fn hints(between: &'static str, hints: &[(&str, bool)]) -> Self {
        Self {
            lead: String::new(),
            hints: hints
                .iter()
                .map(|(text, keep)| KeyHint {
                    text: (*text).to_owned(),
                    keep: *keep,
                })
                .collect(),
            between,
        }
    }

    /// Words only: a sentence that names keys (the help overlay's footer).
    pub fn words(lead: String) -> Self {
        Self {
            lead,
            ..Self::default()
        }
    }

    /// This line with `lead` in front of its hints.
    pub fn with_lead(mut self, lead: &str) -> Self {
        self.lead = lead.to_owned();
        self
    }

    /// The whole line as one text: the lead, then every hint.
    pub fn text(&self) -> String {
        let hints = self
            .hints
            .iter()
            .map(|h| h.text.as_str())
            .collect::<Vec<_>>()
            .join(self.between);
        match (self.lead.is_empty(), hints.is_empty()) {
            (true, _) => hints,
            (false, true) => self.lead.clone(),
            (false, false) => format!("{} {hints}", self.lead),
        }
    }
}

/// How a language words the screens.
pub trait TuiWords {
    /// A key's name on the keycap, in this language.
    fn key_name(&self, key: KeyName) -> &'static str;
    /// A text that names keys (hint lines, the help footer), as words and
    /// hints a screen may break between.
    fn key_line(&self, text: KeyText) -> KeyLine;
    /// A text that names keys, as one text.
    fn key_text(&self, text: KeyText) -> String {
        self.key_line(text).text()
    }
    /// A fixed label.
    fn label(&self, label: Label) -> &'static str;
    /// A meeting length as this language writes it and reads it back
    /// ("1h30m"; Dutch "1u30").
    fn timebox_value(&self, minutes: u32) -> String;
    /// The facilitator's line for a screen.
    fn prompt(&self, prompt: Prompt) -> &'static str;
    /// A dialog's title.
    fn dialog(&self, dialog: Dialog) -> &'static str;
    /// What a key does, for the help overlay and the keys line.
    fn key_action(&self, action: Action) -> &'static str;
    /// Status of a concern, short.
    fn concern_status(&self, status: &ConcernStatus) -> String;
    /// "item 2 of 5" in the phase bar.
    fn item_of(&self, n: usize, m: usize) -> String;
    /// The screen shown when the terminal is too small.
    fn too_small(&self, width: u16, height: u16, need_width: u16, need_height: u16) -> String;
    /// The review date typed is not a date; says the form expected.
    fn bad_date(&self, typed: &str) -> String;
    /// One line describing a log entry, for "undo what?".
    fn event(&self, event: &Event, state: &MeetingState) -> String;
    /// Confirmation question before undoing an entry.
    fn confirm_undo(&self, what: &str) -> String;
    /// Confirmation question before leaving.
    fn confirm_quit(&self, saved: bool) -> String;
    /// Confirmation question before ending an item.
    fn confirm_ending(&self, ending: &str, label: &str) -> String;
    /// Confirmation question before removing an agenda item.
    fn confirm_remove(&self, label: &str) -> String;
    /// Confirmation question before closing the session.
    fn confirm_close(&self) -> String;
    /// Status message after an entry was recorded.
    fn recorded(&self, what: &str) -> String;
    /// Status message after an undo.
    fn undone(&self, what: &str) -> String;
    /// Status line after a key this step does not take: which keys it does.
    fn key_not_here(&self, key: &str, keys: &str) -> String;
    /// Status message after a confirmation was declined.
    fn cancelled(&self) -> &'static str;
    /// Confirmation question when Esc would throw away typed text.
    fn confirm_discard(&self, dialog: &str) -> String;
    /// Status message when Ctrl-C could not keep a dialog's text.
    fn draft_not_kept(&self, why: &str) -> String;
    /// Status message when a dialog reopens with text typed before:
    /// kept when spanning was left, or an entry that was undone.
    fn draft_restored(&self, undone: bool) -> &'static str;
    /// Keys that answer "yes" to a confirmation or a ruling (lower case;
    /// upper case counts too), as the hints name them.
    fn yes_keys(&self) -> &'static [char];
    /// Keys that answer "no" (lower case; upper case counts too).
    fn no_keys(&self) -> &'static [char];
    /// Per-turn timer: seconds on the floor and the limit, if any.
    fn floor_time(&self, name: &str, used: &str, limit: Option<&str>) -> String;
    /// First line of a round too long for the screen: how many earlier
    /// turns are scrolled away above.
    fn earlier_turns(&self, count: usize) -> String;
    /// First line of a list scrolled to keep the selection in sight.
    fn more_above(&self, count: usize) -> String;
    /// Bottom border of a panel or list whose text does not fit: how many
    /// lines are cut off below ("▼ 3 more lines").
    fn more_below(&self, count: usize) -> String;
    /// Bottom border of a form too tall for the screen: how many fields
    /// are out of sight above and below the one being filled in.
    fn fields_hidden(&self, above: usize, below: usize) -> String;
    /// A concern's headline in lists: number, objector, text.
    fn concern_line(&self, number: u32, objector: &str, text: &str) -> String;
    /// A test-dialog header: which criterion of four.
    fn criterion_heading(&self, letter: char, name: &str) -> String;
    /// Objection dismissed at this criterion.
    fn dismissed_at(&self, letter: char, name: &str) -> String;
    /// Objection found valid.
    fn found_valid(&self) -> &'static str;
    /// Version adopted in the summary.
    fn adopted_version(&self, number: u32) -> String;
    /// Home screen: how many files in the folder could not be read.
    fn home_unreadable(&self, count: usize) -> String;
    /// Home screen: "3 items".
    fn home_items(&self, count: usize) -> String;
    /// Home screen: how many consent agreements are past their review date.
    fn home_due(&self, count: usize) -> String;
    /// Under the timebox: the time per item of the `waiting` items not
    /// started yet (`share`, a clock reading).
    fn waiting_share(&self, share: &str, waiting: usize) -> String;
    /// Under that: the item in progress keeps the share it started with.
    fn share_kept(&self, kept: &str) -> String;
}

/// Whether the item an `ItemEnded` entry ends (or, before it applies, is
/// ending) is an election, so its "adopted" reads "elected" on the status
/// line and in the undo question: the item in progress, or else the one
/// that ended last.
pub(crate) fn ending_an_election(state: &MeetingState) -> bool {
    state
        .active_item()
        .or_else(|| {
            state
                .agenda
                .iter()
                .filter(|i| i.end.is_some())
                .max_by_key(|i| i.end.as_ref().map(|e| e.at))
        })
        .is_some_and(|i| i.is_election())
}
