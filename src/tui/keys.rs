//! The key map. `Action` is both what a key means and the row of the help
//! overlay, so help is generated from the same table the dispatcher reads
//! and can never drift from the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use crate::text::keys::{Action, ActionKind};
use crate::text::tactical::TacticalKey;
use crate::text::tui::{KeyName, TuiWords};

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
    /// Consent rules: present the driver and the proposal.
    Driver,
    /// Consent rules: the consent round.
    Consent,
    /// Consent rules: resolving objections.
    Resolve,
    /// Election: describe the role and term.
    Describe,
    /// Election: nominations (ballots hidden).
    Nominations,
    /// Election: the nomination sharing round.
    Sharing,
    /// Election: changing nominations.
    Changes,
    /// Election: proposing the candidate.
    Propose,
    /// Tactical: checklist, metrics or progress review.
    Review,
    /// Tactical: triage of an item.
    Triage,
    /// Tactical: the review of the circle's open actions.
    Actions,
}

impl Screen {
    /// Every screen, in meeting order: for tests and the README's key list.
    pub const ALL: [Screen; 21] = [
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
        Screen::Driver,
        Screen::Consent,
        Screen::Resolve,
        Screen::Describe,
        Screen::Nominations,
        Screen::Sharing,
        Screen::Changes,
        Screen::Propose,
        Screen::Actions,
        Screen::Review,
        Screen::Triage,
    ];
}

/// One row of a key table, meeting (`Binding<Action>`) and review
/// (`Binding<ReviewAction>`) screens alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding<A = Action> {
    /// The key code that triggers it (also what help and hints print).
    pub code: KeyCode,
    /// What it does.
    pub action: A,
    /// Shown in the one-line key hints (the rest only in help).
    pub hint: bool,
}

/// A row of a key table.
pub const fn bind<A>(code: KeyCode, action: A, hint: bool) -> Binding<A> {
    Binding { code, action, hint }
}

const fn b(code: KeyCode, action: Action, hint: bool) -> Binding {
    bind(code, action, hint)
}

impl<A> Binding<A> {
    /// The key as printed on the keycap, for help, hints and the README:
    /// characters as they are, named keys in the screen's language.
    pub fn cap(&self, words: &dyn TuiWords) -> String {
        cap(self.code, words)
    }
}

/// A key code as a facilitator reads it on the keyboard.
pub fn cap(code: KeyCode, words: &dyn TuiWords) -> String {
    let name = match code {
        KeyCode::Char(' ') => KeyName::Space,
        KeyCode::Char(c) => return c.to_string(),
        KeyCode::Enter => KeyName::Enter,
        KeyCode::Tab => KeyName::Tab,
        KeyCode::BackTab => KeyName::ShiftTab,
        KeyCode::Esc => KeyName::Esc,
        KeyCode::PageUp => KeyName::PgUp,
        KeyCode::PageDown => KeyName::PgDn,
        KeyCode::Delete => KeyName::Del,
        KeyCode::Backspace => KeyName::Backspace,
        KeyCode::Up => KeyName::Up,
        KeyCode::Down => KeyName::Down,
        KeyCode::Left => KeyName::Left,
        KeyCode::Right => KeyName::Right,
        other => return format!("{other}"),
    };
    words.key_name(name).to_owned()
}

const GLOBAL: &[Binding] = &[
    b(KeyCode::Char('t'), Action::TimeOut, false),
    b(KeyCode::Char('o'), Action::OutOfOrder, false),
    b(KeyCode::Char('r'), Action::Output, false),
    b(KeyCode::Char('u'), Action::Undo, true),
    b(KeyCode::Char('w'), Action::People, false),
    b(KeyCode::Char('g'), Action::Governance, false),
    b(KeyCode::Char('m'), Action::Note, false),
    b(KeyCode::Char('p'), Action::Presentation, false),
    b(KeyCode::Char('?'), Action::Help, true),
    b(KeyCode::Char('q'), Action::Quit, true),
    b(KeyCode::PageUp, Action::ScrollUp, false),
    b(KeyCode::PageDown, Action::ScrollDown, false),
];

const ROUND: &[Binding] = &[
    b(KeyCode::Enter, Action::TypeTurn, true),
    b(KeyCode::Char('-'), Action::Pass, true),
    b(KeyCode::Char('s'), Action::Skip, true),
    b(KeyCode::Char('d'), Action::Order, true),
    b(KeyCode::Char('n'), Action::Next, true),
];

const ITEM: &[Binding] = &[b(KeyCode::Char('e'), Action::Outcome, true)];

/// An election step's keys: Enter for its entry, the arrows where there is
/// a list to choose from (a voter), `n` to move on, `e` to end.
fn election_keys(enter: Action, list: bool) -> Vec<Binding> {
    let mut v = vec![b(KeyCode::Enter, enter, true)];
    if list {
        v.push(b(KeyCode::Up, Action::Up, false));
        v.push(b(KeyCode::Down, Action::Down, false));
    }
    v.push(b(KeyCode::Char('n'), Action::Next, true));
    v.extend_from_slice(ITEM);
    v
}

const fn t(code: KeyCode, key: TacticalKey, hint: bool) -> Binding {
    b(code, Action::Tactical(key), hint)
}

/// Checklist, metrics and progress review (tactical meetings).
const REVIEW: &[Binding] = &[
    t(KeyCode::Enter, TacticalKey::AnswerEntry, true),
    t(KeyCode::Char('+'), TacticalKey::Check, true),
    t(KeyCode::Char('-'), TacticalKey::NoCheck, true),
    b(KeyCode::Up, Action::Up, false),
    b(KeyCode::Down, Action::Down, false),
    t(KeyCode::Char('a'), TacticalKey::AddEntry, true),
    t(KeyCode::Char('e'), TacticalKey::EditEntry, true),
    t(KeyCode::Char('x'), TacticalKey::RemoveEntry, true),
    t(KeyCode::Delete, TacticalKey::RemoveEntry, false),
    t(KeyCode::Char('n'), TacticalKey::NextReview, true),
    t(KeyCode::Char('g'), TacticalKey::ToAgenda, true),
    t(KeyCode::Char('s'), TacticalKey::ProjectStatus, true),
    t(KeyCode::Char('b'), TacticalKey::Board, true),
];

/// The action review (tactical meetings): done, still open, dropped.
const ACTIONS: &[Binding] = &[
    t(KeyCode::Char('+'), TacticalKey::ActionDone, true),
    t(KeyCode::Char('s'), TacticalKey::ActionStillOpen, true),
    t(KeyCode::Char('-'), TacticalKey::ActionDropped, true),
    t(KeyCode::Enter, TacticalKey::ActionNote, true),
    b(KeyCode::Up, Action::Up, false),
    b(KeyCode::Down, Action::Down, false),
    t(KeyCode::Char('n'), TacticalKey::NextReview, true),
    t(KeyCode::Char('g'), TacticalKey::ToAgenda, true),
];

/// Triage of one item (tactical meetings).
const TRIAGE: &[Binding] = &[
    t(KeyCode::Enter, TacticalKey::Need, true),
    t(KeyCode::Char('a'), TacticalKey::Request, true),
    b(KeyCode::Up, Action::Up, false),
    b(KeyCode::Down, Action::Down, false),
    t(KeyCode::Char('+'), TacticalKey::Accept, true),
    t(KeyCode::Char('-'), TacticalKey::Decline, true),
    t(KeyCode::Char('n'), TacticalKey::NeedMet, true),
    t(KeyCode::Char('k'), TacticalKey::CutOff, true),
    b(KeyCode::Char('e'), Action::Outcome, true),
];

/// The keys that work on every screen of an open meeting (a screen may
/// leave some out: see `bindings`). Public for the README's key list.
pub fn global_bindings() -> Vec<Binding> {
    GLOBAL.to_vec()
}

/// The bindings of a screen, screen keys first, then the keys that work
/// everywhere. The dispatcher and the help overlay both read this.
pub fn bindings(screen: Screen) -> Vec<Binding> {
    let own: Vec<Binding> = match screen {
        Screen::Opening => vec![b(KeyCode::Enter, Action::Next, true)],
        Screen::Round => ROUND.to_vec(),
        Screen::Agenda => vec![
            b(KeyCode::Char('a'), Action::AddItem, true),
            b(KeyCode::Enter, Action::StartItem, true),
            b(KeyCode::Up, Action::Up, false),
            b(KeyCode::Down, Action::Down, false),
            b(KeyCode::Char('e'), Action::EditItem, true),
            b(KeyCode::Delete, Action::RemoveItem, false),
            b(KeyCode::Char('x'), Action::RemoveItem, true),
            b(KeyCode::Char('['), Action::MoveUp, true),
            b(KeyCode::Char(']'), Action::MoveDown, true),
            b(KeyCode::Char('c'), Action::ClosingRound, true),
            b(KeyCode::Char('v'), Action::AddElection, true),
            b(KeyCode::Char('+'), Action::TakeOffer, true),
            b(KeyCode::Char('-'), Action::LetGoOffer, true),
        ],
        Screen::Present | Screen::Driver => {
            let mut v = vec![
                b(KeyCode::Enter, Action::EditPanel, true),
                b(KeyCode::Tab, Action::Focus, true),
                b(KeyCode::Up, Action::Up, false),
                b(KeyCode::Down, Action::Down, false),
                b(KeyCode::Char('h'), Action::AskForHelp, true),
                b(KeyCode::Char('+'), Action::AddPart, true),
                b(KeyCode::Char('*'), Action::Parts, true),
                b(KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Questions => {
            let mut v = vec![
                b(KeyCode::Char('a'), Action::Ask, true),
                b(KeyCode::Enter, Action::Answer, true),
                b(KeyCode::Up, Action::Up, false),
                b(KeyCode::Down, Action::Down, false),
                b(KeyCode::Char('-'), Action::NotSpecified, true),
                b(KeyCode::Char('x'), Action::RuleOut, true),
                b(KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Amend => {
            let mut v = vec![
                b(KeyCode::Char('c'), Action::Clarify, true),
                b(KeyCode::Char('a'), Action::Amend, true),
                b(KeyCode::Char('+'), Action::AddPart, true),
                b(KeyCode::Char('*'), Action::Parts, true),
                b(KeyCode::Char('n'), Action::Next, true),
                b(KeyCode::Enter, Action::Next, false),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Objections => {
            let mut v = ROUND.to_vec();
            v.extend_from_slice(&[
                b(KeyCode::Up, Action::Up, false),
                b(KeyCode::Down, Action::Down, false),
                b(KeyCode::Char('v'), Action::RecordObjection, true),
                b(KeyCode::Char('T'), Action::Test, true),
                b(KeyCode::Char('b'), Action::RequestTest, true),
                b(KeyCode::Char('$'), Action::SecretaryRuling, true),
            ]);
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Integration => {
            let mut v = vec![
                b(KeyCode::Up, Action::Up, false),
                b(KeyCode::Down, Action::Down, false),
                b(KeyCode::Char('a'), Action::Amend, true),
                b(KeyCode::Char('1'), Action::ConfirmObjector, true),
                b(KeyCode::Char('2'), Action::ConfirmProposer, true),
                b(KeyCode::Char('x'), Action::Abandon, true),
                b(KeyCode::Char('+'), Action::AddPart, true),
                b(KeyCode::Char('*'), Action::Parts, true),
                b(KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::CloseOut => vec![
            b(KeyCode::Up, Action::Up, false),
            b(KeyCode::Down, Action::Down, false),
            b(KeyCode::Char('c'), Action::CarryOver, true),
            b(KeyCode::Char('l'), Action::LetGo, true),
            b(KeyCode::Enter, Action::Next, true),
        ],
        Screen::Summary => vec![
            b(KeyCode::Up, Action::ScrollUp, false),
            b(KeyCode::Down, Action::ScrollDown, false),
        ],
        Screen::Consent => {
            let mut v = vec![
                b(KeyCode::Char('c'), Action::Consent, true),
                b(KeyCode::Char('k'), Action::Concern, true),
                b(KeyCode::Char('x'), Action::Objection, true),
                b(KeyCode::Char('z'), Action::Requalify, true),
                b(KeyCode::Enter, Action::TypeTurn, true),
                b(KeyCode::Char('s'), Action::Skip, true),
                b(KeyCode::Char('d'), Action::Order, true),
                b(KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Resolve => {
            let mut v = vec![
                b(KeyCode::Up, Action::Up, false),
                b(KeyCode::Down, Action::Down, false),
                b(KeyCode::Char('a'), Action::Amend, true),
                b(KeyCode::Char('1'), Action::Resolve, true),
                b(KeyCode::Char('z'), Action::Requalify, true),
                b(KeyCode::Char('+'), Action::AddPart, true),
                b(KeyCode::Char('*'), Action::Parts, true),
                b(KeyCode::Char('n'), Action::Next, true),
            ];
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Describe => election_keys(Action::DescribeRole, false),
        Screen::Nominations => election_keys(Action::Nominate, true),
        Screen::Sharing => {
            let mut v = ROUND.to_vec();
            v.extend_from_slice(ITEM);
            v
        }
        Screen::Changes => election_keys(Action::ChangeNomination, true),
        Screen::Propose => election_keys(Action::ProposeCandidate, false),
        Screen::Review => REVIEW.to_vec(),
        Screen::Triage => TRIAGE.to_vec(),
        Screen::Actions => ACTIONS.to_vec(),
    };
    let mut all = own;
    all.extend(GLOBAL.iter().copied().filter(|g| match screen {
        // A closed session records nothing more; only leaving, help,
        // scrolling, the group view and looking at who took part make
        // sense there (the people dialog's changes are refused, with why).
        Screen::Summary => matches!(
            g.action,
            Action::Help
                | Action::Quit
                | Action::Presentation
                | Action::ScrollUp
                | Action::ScrollDown
                | Action::Undo
                | Action::People
                | Action::Governance
        ),
        Screen::Opening => !matches!(g.action, Action::Output),
        // `g` goes back to the agenda there (tactical action review,
        // reviews and triage).
        Screen::Actions | Screen::Review | Screen::Triage => g.action != Action::Governance,
        _ => true,
    }));
    all
}

/// The keys the hint bar offers: the screen's hinted keys, or during a
/// time-out only the keys a time-out lets through (ending it first), since
/// the engine refuses the step's own keys until it ends. Triage offers `r`
/// (record an output) too: recording outputs is what triage is for.
pub fn hint_bindings(screen: Screen, time_out: bool) -> Vec<Binding> {
    if time_out {
        return GLOBAL
            .iter()
            .filter(|g| {
                matches!(
                    g.action,
                    Action::TimeOut
                        | Action::Note
                        | Action::OutOfOrder
                        | Action::People
                        | Action::Undo
                        | Action::Help
                        | Action::Quit
                )
            })
            .map(|g| Binding { hint: true, ..*g })
            .collect();
    }
    bindings(screen)
        .into_iter()
        .map(|b| match (screen, b.action) {
            (Screen::Triage, Action::Output) => Binding { hint: true, ..b },
            _ => b,
        })
        .filter(|b| b.hint)
        .collect()
}

/// The keys of the people dialog. A table of its own, like a screen's,
/// so its hint line and the README come from the same rows it obeys.
pub fn people_bindings() -> Vec<Binding> {
    vec![
        b(KeyCode::Up, Action::Up, true),
        b(KeyCode::Down, Action::Down, true),
        b(KeyCode::Char('a'), Action::AddPerson, true),
        b(KeyCode::Char('x'), Action::Presence, true),
        b(KeyCode::Char('f'), Action::MakeFacilitator, true),
        b(KeyCode::Char('s'), Action::MakeSecretary, true),
        b(KeyCode::Char('t'), Action::Timebox, true),
        b(KeyCode::Esc, Action::Close, true),
        b(KeyCode::Char('w'), Action::Close, false),
    ]
}

/// The keys of the part list (`*`): pick a part, change or remove it.
/// Digits pick a part by its number too.
pub fn parts_bindings() -> Vec<Binding> {
    vec![
        b(KeyCode::Up, Action::Up, true),
        b(KeyCode::Down, Action::Down, true),
        b(KeyCode::Enter, Action::EditPart, true),
        b(KeyCode::Char('-'), Action::RemovePart, true),
        b(KeyCode::Delete, Action::RemovePart, false),
        b(KeyCode::Esc, Action::Close, true),
        b(KeyCode::Char('*'), Action::Close, false),
    ]
}

/// The action a key press means in the part list, if any.
pub fn lookup_parts(key: &KeyEvent) -> Option<Action> {
    find(&parts_bindings(), key)
}

/// The keys of the home screen (before any meeting is open).
pub fn home_bindings() -> Vec<Binding> {
    vec![
        b(KeyCode::Char('n'), Action::NewMeeting, true),
        b(KeyCode::Enter, Action::Resume, true),
        b(KeyCode::Char('r'), Action::Resume, false),
        b(KeyCode::Char('b'), Action::Browse, true),
        b(KeyCode::Up, Action::Up, false),
        b(KeyCode::Down, Action::Down, false),
        b(KeyCode::Char('q'), Action::Quit, true),
        b(KeyCode::Esc, Action::Quit, false),
    ]
}

/// The action a key press means on the home screen, if any.
pub fn lookup_home(key: &KeyEvent) -> Option<Action> {
    find(&home_bindings(), key)
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

/// Whether `key` is Ctrl-L, the terminal's "redraw the screen" key.
/// Every full-screen loop (meeting, setup, home, review, replay, follow)
/// answers it by clearing the terminal and drawing the whole frame anew,
/// for when another program wrote over the screen: a normal frame only
/// writes the cells that changed, so what was scribbled would stay. It is
/// never a screen's command, in a dialog neither.
pub fn redraws(key: &KeyEvent) -> bool {
    key.kind != ratatui::crossterm::event::KeyEventKind::Release
        && key.modifiers.contains(KeyModifiers::CONTROL)
        && !key.modifiers.contains(KeyModifiers::ALT)
        && matches!(key.code, KeyCode::Char('l' | 'L'))
}

/// The action a key press means in `table`, if any. Only plain and
/// shifted keys count: Ctrl and Alt combinations never trigger commands.
pub fn find<A: Copy>(table: &[Binding<A>], key: &KeyEvent) -> Option<A> {
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

    const ALL: [Screen; 21] = Screen::ALL;

    #[test]
    fn ctrl_l_redraws_and_is_no_screens_command() {
        use ratatui::crossterm::event::KeyEventKind;
        let ctrl_l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL);
        assert!(redraws(&ctrl_l));
        // With Shift held (or Caps Lock on) the terminal reports an `L`.
        let shifted = KeyCode::Char('L');
        assert!(redraws(&KeyEvent::new(
            shifted,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT
        )));
        assert!(!redraws(&KeyEvent::new(
            KeyCode::Char('l'),
            KeyModifiers::NONE
        )));
        assert!(!redraws(&KeyEvent::new(
            KeyCode::Char('l'),
            KeyModifiers::CONTROL | KeyModifiers::ALT
        )));
        let mut released = ctrl_l;
        released.kind = KeyEventKind::Release;
        assert!(!redraws(&released));
        // No table acts on it: the loop redraws, nothing is recorded.
        for screen in ALL {
            assert_eq!(lookup(screen, &ctrl_l), None, "{screen:?}");
        }
        assert_eq!(lookup_home(&ctrl_l), None);
        assert_eq!(lookup_people(&ctrl_l), None);
        assert_eq!(lookup_parts(&ctrl_l), None);
    }

    #[test]
    fn no_key_means_two_things_on_one_screen() {
        let tables = ALL.map(bindings).into_iter().chain([
            people_bindings(),
            home_bindings(),
            parts_bindings(),
        ]);
        for (i, table) in tables.enumerate() {
            for (j, a) in table.iter().enumerate() {
                for other in &table[j + 1..] {
                    assert!(a.code != other.code, "table {i}: {:?} bound twice", a.code);
                }
            }
        }
    }

    #[test]
    fn every_named_key_in_every_table_is_named_by_the_words() {
        use crate::text::en::English;
        let tables = ALL.map(bindings).into_iter().chain([
            people_bindings(),
            home_bindings(),
            parts_bindings(),
        ]);
        for binding in tables.flatten() {
            if let KeyCode::Char(c) = binding.code {
                assert_eq!(binding.cap(&English), c.to_string());
                continue;
            }
            let named = [
                KeyName::Enter,
                KeyName::Tab,
                KeyName::Esc,
                KeyName::PgUp,
                KeyName::PgDn,
                KeyName::Del,
                KeyName::Up,
                KeyName::Down,
            ]
            .map(|k| English.key_name(k));
            assert!(
                named.contains(&binding.cap(&English).as_str()),
                "{:?} is not named through TuiWords::key_name",
                binding.code
            );
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
    fn people_on_every_screen_and_notes_while_the_meeting_is_open() {
        for screen in ALL {
            let table = bindings(screen);
            assert!(
                table.iter().any(|b| b.action == Action::People),
                "{screen:?}"
            );
            let note = table.iter().any(|b| b.action == Action::Note);
            assert_eq!(note, screen != Screen::Summary, "{screen:?}");
        }
    }
}
