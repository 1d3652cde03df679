//! What a key can mean, meeting and review screens alike: the action
//! enums live here, below the screens, so the words name them without the
//! text layer importing the terminal UI. The key tables that bind codes to
//! these actions live in `tui::keys`.

use crate::text::tactical::TacticalKey;

/// Everything a key can ask for outside of text entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(ActionKind),
    derive(strum::VariantArray),
    doc = "Which key action it is, without its data: the word tests check every kind is worded."
)]
pub enum Action {
    /// Show or hide the help overlay.
    Help,
    /// Toggle the group view (hides facilitator prompts and keys).
    Presentation,
    /// Undo the last entry (asks first).
    Undo,
    /// Leave (asks first).
    Quit,
    /// Start or end a time-out.
    TimeOut,
    /// Record an out-of-order intervention.
    OutOfOrder,
    /// Record a next action, project or information.
    Output,
    /// End the item (adopt, withdraw, discard, ...).
    Outcome,
    /// Move to the next step or phase.
    Next,
    /// Type what the current speaker said.
    TypeTurn,
    /// Start the selected agenda item.
    StartItem,
    /// Edit the focused panel (tension, example, proposal).
    EditPanel,
    /// Answer the selected question.
    Answer,
    /// Select the previous entry.
    Up,
    /// Select the next entry.
    Down,
    /// Scroll the text up.
    ScrollUp,
    /// Scroll the text down.
    ScrollDown,
    /// Move focus to the next panel.
    Focus,
    /// Record a pass for whoever is next.
    Pass,
    /// Skip whoever is next (asks for a reason).
    Skip,
    /// Choose who starts and which way (before the first turn).
    Order,
    /// Add an agenda item.
    AddItem,
    /// Edit the selected agenda item.
    EditItem,
    /// Remove the selected agenda item (asks first).
    RemoveItem,
    /// Move the selected agenda item up.
    MoveUp,
    /// Move the selected agenda item down.
    MoveDown,
    /// Start the closing round.
    ClosingRound,
    /// The proposer asks for help crafting a proposal.
    AskForHelp,
    /// Record a clarifying question.
    Ask,
    /// Record "not specified" for the selected question.
    NotSpecified,
    /// Rule the selected question out of order.
    RuleOut,
    /// Record a clarification.
    Clarify,
    /// Amend the proposal.
    Amend,
    /// Record the selected concern as an objection.
    RecordObjection,
    /// Test the selected concern against the criteria.
    Test,
    /// Someone asks for the selected concern to be tested.
    RequestTest,
    /// The secretary rules on a rules-violation claim.
    SecretaryRuling,
    /// The objector confirms the amendment resolves the objection.
    ConfirmObjector,
    /// The proposer confirms the amendment still addresses the tension.
    ConfirmProposer,
    /// Rule that the objector abandoned the objection.
    Abandon,
    /// Mark the selected item carried over.
    CarryOver,
    /// Mark the selected item let go.
    LetGo,
    /// Open the people dialog: who is here, who facilitates, the timebox.
    People,
    /// Open the circle's governance record over the step (searchable).
    Governance,
    /// Add a part to the proposal: a typed change to the record.
    AddPart,
    /// Open the list of the proposal's parts, to change or remove one.
    Parts,
    /// Part list: change the picked part in the part dialog.
    EditPart,
    /// Part list: remove the picked part (after a confirm).
    RemovePart,
    /// Record a free note for the minutes.
    Note,
    /// People dialog: add a late arrival.
    AddPerson,
    /// People dialog: mark the selected person absent, or back.
    Presence,
    /// People dialog: the selected person facilitates from now on.
    MakeFacilitator,
    /// People dialog: the selected person is secretary (again: no secretary).
    MakeSecretary,
    /// People dialog: change the meeting's timebox.
    Timebox,
    /// Close the dialog.
    Close,
    /// Home screen: start a new meeting.
    NewMeeting,
    /// Home screen: resume the selected unfinished meeting.
    Resume,
    /// Home screen: browse past sessions (review).
    Browse,
    /// Consent round: the person whose turn it is consents.
    Consent,
    /// Consent round: type a concern (logged, not blocking).
    Concern,
    /// Consent round: type an objection.
    Objection,
    /// Resolving objections: the objector confirms the selected one is resolved.
    Resolve,
    /// Consent round: take an objection as a concern (asks which, and why).
    Requalify,
    /// Agenda: ask for an election (it goes first).
    AddElection,
    /// Election: describe the role and term.
    DescribeRole,
    /// Election: enter (or correct) one person's nomination.
    Nominate,
    /// Election: record a changed nomination.
    ChangeNomination,
    /// Election: propose the candidate.
    ProposeCandidate,
    /// A key of the tactical screens.
    Tactical(TacticalKey),
    /// Agenda: take the marked item an earlier meeting offers.
    TakeOffer,
    /// Agenda: let the marked offered item go.
    LetGoOffer,
}

/// Everything a key can ask for on the review screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewAction {
    /// Show or hide the help overlay.
    Help,
    /// Leave this view (the browser: leave review).
    Back,
    /// Select or scroll one up.
    Up,
    /// Select or scroll one down.
    Down,
    /// One page up.
    PageUp,
    /// One page down.
    PageDown,
    /// To the top.
    Top,
    /// To the bottom.
    Bottom,
    /// Open the selected session.
    Open,
    /// Type to search.
    Search,
    /// Clear the search and filters.
    Clear,
    /// Pick a circle to filter by.
    FilterCircle,
    /// Pick a participant to filter by.
    FilterParticipant,
    /// Carried-over items of the selected session's circle.
    Carried,
    /// Each metric's history in the selected session's circle.
    Metrics,
    /// Jump to the next section.
    NextSection,
    /// Jump to the previous section.
    PrevSection,
    /// Export the minutes to a file.
    Export,
    /// Replay the session.
    Replay,
    /// Play or pause.
    PlayPause,
    /// Faster playback.
    Faster,
    /// Slower playback.
    Slower,
    /// One event forward.
    StepForward,
    /// One event back.
    StepBack,
    /// To the next phase.
    NextPhase,
    /// To the previous phase.
    PrevPhase,
    /// To the next agenda item.
    NextItem,
    /// To the previous agenda item.
    PrevItem,
    /// To the meeting as opened.
    Start,
    /// To the end of the record.
    End,
    /// Agreements due for review across the folder (consent rules).
    Due,
    /// The project board of the selected session's circle; on the board:
    /// per owner or per status.
    Board,
    /// The governance record of the selected session's circle, as it
    /// stood after that session.
    Record,
    /// The governance record: the selected role's or policy's history.
    History,
    /// The governance record as of the circle's session before.
    EarlierPoint,
    /// The governance record as of the circle's session after.
    LaterPoint,
}
