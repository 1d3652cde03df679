//! The key map. `Action` is both what a key means and the row of the help
//! overlay, so help is generated from the same table the dispatcher reads
//! and can never drift from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can ask for outside of text entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
}

/// Which key table applies: one per screen, derived from the meeting phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Before the check-in round.
    Opening,
    /// Check-in, reaction and closing rounds.
    Round,
    /// Agenda building (also between items).
    Agenda,
    /// Present proposal.
    Present,
    /// Clarifying questions.
    Questions,
    /// Amend and clarify.
    Amend,
    /// Objection round and concern handling.
    Objections,
    /// Integration.
    Integration,
    /// Close-out.
    CloseOut,
    /// The closed session's summary.
    Summary,
}

impl Screen {
    /// Every screen, in meeting order: for tests and the README's key list.
    pub const ALL: [Screen; 10] = [
        Screen::Opening,
        Screen::Round,
        Screen::Agenda,
        Screen::Present,
        Screen::Questions,
        Screen::Amend,
        Screen::Objections,
        Screen::Integration,
        Screen::CloseOut,
        Screen::Summary,
    ];
}

/// One row of the key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// The key as printed on the keycap, for help and hints.
    pub cap: &'static str,
    /// The key code that triggers it.
    pub code: KeyCode,
    /// What it does.
    pub action: Action,
    /// Shown in the one-line key hints (the rest only in help).
    pub hint: bool,
}

const fn b(cap: &'static str, code: KeyCode, action: Action, hint: bool) -> Binding {
    Binding {
        cap,
        code,
        action,
        hint,
    }
}

const GLOBAL: &[Binding] = &[
    b("t", KeyCode::Char('t'), Action::TimeOut, false),
    b("o", KeyCode::Char('o'), Action::OutOfOrder, false),
    b("r", KeyCode::Char('r'), Action::Output, false),
    b("u", KeyCode::Char('u'), Action::Undo, true),
    b("w", KeyCode::Char('w'), Action::People, false),
    b("m", KeyCode::Char('m'), Action::Note, false),
    b("p", KeyCode::Char('p'), Action::Presentation, false),
    b("?", KeyCode::Char('?'), Action::Help, true),
    b("q", KeyCode::Char('q'), Action::Quit, true),
    b("PgUp", KeyCode::PageUp, Action::ScrollUp, false),
    b("PgDn", KeyCode::PageDown, Action::ScrollDown, false),
];

const ROUND: &[Binding] = &[
    b("Enter", KeyCode::Enter, Action::TypeTurn, true),
    b("-", KeyCode::Char('-'), Action::Pass, true),
    b("s", KeyCode::Char('s'), Action::Skip, true),
    b("d", KeyCode::Char('d'), Action::Order, false),
    b("n", KeyCode::Char('n'), Action::Next, true),
];

const ITEM: &[Binding] = &[b("e", KeyCode::Char('e'), Action::Outcome, true)];

/// The bindings of a screen, screen keys first, then the keys that work
/// everywhere. The dispatcher and the help overlay both read this.
pub fn bindings(screen: Screen) -> Vec<Binding> {
    let own: Vec<Binding> = match screen {
        Screen::Opening => vec![b("Enter", KeyCode::Enter, Action::Next, true)],
        Screen::Round => ROUND.to_vec(),
        Screen::Agenda => vec![
            b("a", KeyCode::Char('a'), Action::AddItem, true),
            b("Enter", KeyCode::Enter, Action::StartItem, true),
            b("↑", KeyCode::Up, Action::Up, false),
            b("↓", KeyCode::Down, Action::Down, false),
            b("e", KeyCode::Char('e'), Action::EditItem, false),
            b("Del", KeyCode::Delete, Action::RemoveItem, false),
            b("x", KeyCode::Char('x'), Action::RemoveItem, false),
            b("[", KeyCode::Char('['), Action::MoveUp, false),
            b("]", KeyCode::Char(']'), Action::MoveDown, false),
            b("c", KeyCode::Char('c'), Action::ClosingRound, true),
        ],
        Screen::Present => {
            let mut v = vec![
                b("Enter", KeyCode::Enter, Action::EditPanel, true),
                b("Tab", KeyCode::Tab, Action::Focus, true),
                b("↑", KeyCode::Up, Action::Up, false),
                b("↓", KeyCode::Down, Action::Down, false),
                b("h", KeyCode::Char('h'), Action::AskForHelp, false),
                b("n", KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Questions => {
            let mut v = vec![
                b("a", KeyCode::Char('a'), Action::Ask, true),
                b("Enter", KeyCode::Enter, Action::Answer, true),
                b("↑", KeyCode::Up, Action::Up, false),
                b("↓", KeyCode::Down, Action::Down, false),
                b("-", KeyCode::Char('-'), Action::NotSpecified, false),
                b("x", KeyCode::Char('x'), Action::RuleOut, false),
                b("n", KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Amend => {
            let mut v = vec![
                b("c", KeyCode::Char('c'), Action::Clarify, true),
                b("a", KeyCode::Char('a'), Action::Amend, true),
                b("n", KeyCode::Char('n'), Action::Next, true),
                b("Enter", KeyCode::Enter, Action::Next, false),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Objections => {
            let mut v = ROUND.to_vec();
            v.extend_from_slice(&[
                b("↑", KeyCode::Up, Action::Up, false),
                b("↓", KeyCode::Down, Action::Down, false),
                b("v", KeyCode::Char('v'), Action::RecordObjection, true),
                b("T", KeyCode::Char('T'), Action::Test, true),
                b("b", KeyCode::Char('b'), Action::RequestTest, false),
                b("$", KeyCode::Char('$'), Action::SecretaryRuling, false),
            ]);
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Integration => {
            let mut v = vec![
                b("↑", KeyCode::Up, Action::Up, false),
                b("↓", KeyCode::Down, Action::Down, false),
                b("a", KeyCode::Char('a'), Action::Amend, true),
                b("1", KeyCode::Char('1'), Action::ConfirmObjector, true),
                b("2", KeyCode::Char('2'), Action::ConfirmProposer, true),
                b("x", KeyCode::Char('x'), Action::Abandon, false),
                b("n", KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::CloseOut => vec![
            b("↑", KeyCode::Up, Action::Up, false),
            b("↓", KeyCode::Down, Action::Down, false),
            b("c", KeyCode::Char('c'), Action::CarryOver, true),
            b("l", KeyCode::Char('l'), Action::LetGo, true),
            b("Enter", KeyCode::Enter, Action::Next, true),
        ],
        Screen::Summary => vec![
            b("↑", KeyCode::Up, Action::ScrollUp, false),
            b("↓", KeyCode::Down, Action::ScrollDown, false),
        ],
    };
    let mut all = own;
    all.extend(GLOBAL.iter().copied().filter(|g| match screen {
        // A closed session records nothing more; only leaving, help,
        // scrolling and the group view make sense there.
        Screen::Summary => matches!(
            g.action,
            Action::Help
                | Action::Quit
                | Action::Presentation
                | Action::ScrollUp
                | Action::ScrollDown
                | Action::Undo
        ),
        Screen::Opening => !matches!(g.action, Action::Output),
        _ => true,
    }));
    all
}

/// The keys of the people dialog. A table of its own, like a screen's,
/// so its hint line and the README come from the same rows it obeys.
pub fn people_bindings() -> Vec<Binding> {
    vec![
        b("↑", KeyCode::Up, Action::Up, true),
        b("↓", KeyCode::Down, Action::Down, true),
        b("a", KeyCode::Char('a'), Action::AddPerson, true),
        b("x", KeyCode::Char('x'), Action::Presence, true),
        b("f", KeyCode::Char('f'), Action::MakeFacilitator, true),
        b("s", KeyCode::Char('s'), Action::MakeSecretary, true),
        b("t", KeyCode::Char('t'), Action::Timebox, true),
        b("Esc", KeyCode::Esc, Action::Close, true),
        b("w", KeyCode::Char('w'), Action::Close, false),
    ]
}

/// The action a key press means on a screen, if any. Only plain and
/// shifted keys count: Ctrl and Alt combinations never trigger commands.
pub fn lookup(screen: Screen, key: &KeyEvent) -> Option<Action> {
    find(&bindings(screen), key)
}

/// The action a key press means in the people dialog, if any.
pub fn lookup_people(key: &KeyEvent) -> Option<Action> {
    find(&people_bindings(), key)
}

fn find(table: &[Binding], key: &KeyEvent) -> Option<Action> {
    if key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    table
        .iter()
        .find(|binding| binding.code == key.code)
        .map(|binding| binding.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Screen; 10] = Screen::ALL;

    #[test]
    fn no_key_means_two_things_on_one_screen() {
        let tables = ALL.map(bindings).into_iter().chain([people_bindings()]);
        for (screen, table) in ALL.iter().map(Some).chain([None]).zip(tables) {
            for (i, a) in table.iter().enumerate() {
                for other in &table[i + 1..] {
                    assert!(a.code != other.code, "{screen:?}: {} bound twice", a.cap);
                }
            }
        }
    }

    #[test]
    fn every_screen_has_help_and_quit() {
        for screen in ALL {
            let table = bindings(screen);
            assert!(table.iter().any(|b| b.action == Action::Help));
            assert!(table.iter().any(|b| b.action == Action::Quit));
        }
    }

    #[test]
    fn people_and_notes_work_on_every_screen_of_an_open_meeting() {
        for screen in ALL.into_iter().filter(|s| *s != Screen::Summary) {
            let table = bindings(screen);
            assert!(
                table.iter().any(|b| b.action == Action::People),
                "{screen:?}"
            );
            assert!(table.iter().any(|b| b.action == Action::Note), "{screen:?}");
        }
    }
}
