//! The application state and its event handling. Everything the screen shows
//! is derived from the session; the App only adds what is not yet an event:
//! the open dialog, the text being typed, the selection, the status line.
//! Time is passed in, so tests drive it with a fixed clock.

mod tactical;

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

mod consent;
mod election;

use super::keys::{self, Action, Screen};
use super::screens;
use super::theme::{Theme, ThemeChoice};
use super::{Persist, TuiOptions};
use crate::meeting::decide::{decide, decide_at};
use crate::meeting::state::ConcernStatus;
use crate::meeting::{
    Command, Criterion, Direction, Disposition, Ending, IdmStep, ItemId, MeetingFormat,
    OutOfOrderKind, OutputKind, Participant, PersonId, Phase, Refusal, RuleSet, Session, Speech,
    parse_minutes,
};
use crate::text::Words;
use crate::text::tui::{Dialog, Label};

/// What the status line says: a confirmation or a refusal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Something was recorded or cancelled.
    Info(String),
    /// The engine (or the app) refused; the reason in the engine's words.
    Refused(String),
}

/// One field of a form dialog.
pub(crate) enum Field {
    /// Free text, edited in a text area.
    Text {
        /// Its label.
        label: Label,
        /// The editor.
        area: Box<TextArea<'static>>,
    },
    /// A choice among options (people, kinds), changed with the arrows.
    Choice {
        /// Its label.
        label: Label,
        /// What is shown.
        options: Vec<String>,
        /// What each option stands for (a person id, an index); `None` for "nobody".
        values: Vec<Option<u32>>,
        /// The chosen option.
        selected: usize,
    },
}

impl Field {
    fn choice_value(&self) -> Option<u32> {
        match self {
            Field::Choice {
                values, selected, ..
            } => values.get(*selected).copied().flatten(),
            Field::Text { .. } => None,
        }
    }

    fn text(&self) -> String {
        match self {
            Field::Text { area, .. } => area.lines().join("\n"),
            Field::Choice { .. } => String::new(),
        }
    }
}

/// A dialog collecting what one engine command needs.
pub(crate) struct Form {
    /// Which dialog (title, and which command it builds).
    pub dialog: Dialog,
    /// A line under the title: whose turn, which question or concern.
    pub subtitle: String,
    /// The fields, top to bottom.
    pub fields: Vec<Field>,
    /// The field with focus.
    pub focus: usize,
    /// The question, concern or item the dialog is about.
    pub target: u32,
}

/// What a confirmation dialog does on "yes".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pending {
    /// Record this command.
    Command(Command),
    /// Undo the last entry.
    Undo,
    /// Leave the app.
    Quit,
}

/// The objection-testing dialog: criteria a→d, one argument and ruling each.
pub(crate) struct TestDialog {
    /// Which concern.
    pub concern: u32,
    /// The argument being typed for the next criterion.
    pub argument: Box<TextArea<'static>>,
    /// True once the argument is in and the ruling (y/n) is awaited.
    pub ruling: bool,
}

/// The people dialog: everyone in the session, present or not, with the
/// selection the facilitator acts on.
pub(crate) struct PeopleDialog {
    /// Index into the session's people (a `PersonId`).
    pub selected: usize,
}

/// What has the keyboard.
pub(crate) enum Mode {
    /// The screen's key table.
    Normal,
    /// A form dialog: printable keys go to the focused text field.
    Form(Form),
    /// A yes/no question.
    Confirm {
        /// What is asked.
        question: String,
        /// What "yes" does.
        pending: Pending,
    },
    /// The objection-testing dialog.
    Test(TestDialog),
    /// Who is here, in which role, and the timebox.
    People(PeopleDialog),
}

/// The whole terminal application: a session plus what is on screen.
pub struct App {
    pub(crate) session: Session,
    persist: Box<dyn Persist>,
    pub(crate) words: &'static dyn Words,
    pub(crate) theme: Theme,
    pub(crate) saved_to: Option<String>,
    pub(crate) now: DateTime<FixedOffset>,
    pub(crate) mode: Mode,
    pub(crate) status: Option<Status>,
    pub(crate) save_error: Option<String>,
    /// When saving was last tried, so a failed save is retried on a timer
    /// even if nobody enters anything.
    last_save_try: Option<DateTime<FixedOffset>>,
    pub(crate) presentation: bool,
    pub(crate) help: bool,
    pub(crate) selected: usize,
    pub(crate) scroll: u16,
    pub(crate) focus: usize,
    last_screen: Screen,
    quit: bool,
}

/// How long after a failed save it is tried again without a new entry.
const SAVE_RETRY: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

/// Endings in the order the outcome dialog lists them.
pub(crate) const ENDINGS: [Ending; 6] = [
    Ending::Adopted,
    Ending::Withdrawn,
    Ending::Discarded,
    Ending::Dropped,
    Ending::Unfinished,
    Ending::ProcessBreakdown,
];
const OUTPUT_KINDS: [OutputKind; 3] = [
    OutputKind::NextAction,
    OutputKind::Project,
    OutputKind::Information,
];
const OUT_OF_ORDER: [OutOfOrderKind; 4] = [
    OutOfOrderKind::CrossTalk,
    OutOfOrderKind::ReactionAsQuestion,
    OutOfOrderKind::DiscussionInRound,
    OutOfOrderKind::Other,
];

/// The next option after `from` (wrapping) that starts with `letter`,
/// ignoring case: with twenty people, "B" reaches Bram faster than ↓×11.
pub(crate) fn jump(options: &[String], from: usize, letter: char) -> Option<usize> {
    let n = options.len();
    let wanted: Vec<char> = letter.to_lowercase().collect();
    (1..=n).map(|k| (from + k) % n).find(|i| {
        let first: Vec<char> = options[*i]
            .chars()
            .next()
            .map(|c| c.to_lowercase().collect())
            .unwrap_or_default();
        first == wanted
    })
}

/// A text area set up for a shared screen: soft-wrapping, no underline.
pub(crate) fn text_area(text: &str) -> Box<TextArea<'static>> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_owned).collect()
    };
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(Style::new());
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    Box::new(area)
}

impl App {
    /// Wraps a session for the screen. `now` is the clock reading to show
    /// until the first event or tick.
    pub fn new(
        session: Session,
        persist: Box<dyn Persist>,
        options: &TuiOptions,
        now: DateTime<FixedOffset>,
    ) -> App {
        let words = session.setup().lang.words();
        let screen = screens::screen_of(session.state());
        App {
            session,
            persist,
            words,
            theme: Theme::new(options.theme),
            saved_to: options.saved_to.clone(),
            now,
            mode: Mode::Normal,
            status: options.status.clone().map(Status::Info),
            save_error: None,
            last_save_try: None,
            presentation: options.presentation,
            help: false,
            selected: 0,
            scroll: 0,
            focus: 0,
            last_screen: screen,
            quit: false,
        }
    }

    /// The session as it stands (for the caller's final save and tests).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The status line's message, if any.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Whether the user asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Switches the palette (e.g. NO_COLOR).
    pub fn set_theme(&mut self, choice: ThemeChoice) {
        self.theme = Theme::new(choice);
    }

    /// Whether a dialog with a text field currently has the keyboard.
    pub fn is_typing(&self) -> bool {
        matches!(
            self.mode,
            Mode::Form(_) | Mode::Test(TestDialog { ruling: false, .. })
        )
    }

    /// The key table in force now.
    pub fn screen(&self) -> Screen {
        screens::screen_of(self.session.state())
    }

    /// The clock reading the screen shows.
    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    /// Moves the clock on (the caller ticks about once a second).
    pub fn tick(&mut self, now: DateTime<FixedOffset>) {
        self.now = now;
        // A failed save is retried on a timer too: a disk that was full or
        // a stick that was pulled out may be back before the next entry.
        // A clock that jumped backwards counts as "due", so a retry can
        // never be postponed for the length of the jump.
        if self.save_error.is_some()
            && self.last_save_try.is_none_or(|at| {
                let since = now - at;
                since >= SAVE_RETRY || since < chrono::TimeDelta::zero()
            })
        {
            self.save();
        }
    }

    /// Tries a failed save again now; nothing happens if all is saved.
    pub fn retry_save(&mut self) {
        if self.save_error.is_some() {
            self.save();
        }
    }

    /// Whether entries exist only in memory because the last save failed.
    pub fn unsaved(&self) -> bool {
        self.save_error.is_some()
    }

    /// Where the session was last saved, as shown in the summary.
    pub fn saved_to(&self) -> Option<&str> {
        self.saved_to.as_deref()
    }

    /// Saves the session under `target` (a folder or a new `.json` file)
    /// and keeps saving there. Returns whether that worked; if not, the
    /// warning shows why and the meeting stays in memory as before.
    pub fn save_to(&mut self, target: &std::path::Path) -> bool {
        self.last_save_try = Some(self.now);
        match self.persist.save_elsewhere(target, &self.session) {
            Ok(path) => {
                let shown = path.display().to_string();
                self.status = Some(Status::Info(format!(
                    "{}: {shown}",
                    self.words.label(Label::SavedTo)
                )));
                self.saved_to = Some(shown);
                self.save_error = None;
                true
            }
            Err(e) => {
                self.save_error = Some(e);
                false
            }
        }
    }

    /// Draws the whole frame.
    pub fn draw(&mut self, frame: &mut Frame) {
        screens::draw(self, frame);
    }

    /// Handles one terminal event at time `now`.
    pub fn handle_event(&mut self, event: TermEvent, now: DateTime<FixedOffset>) {
        self.now = now;
        match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            TermEvent::Paste(text) => self.paste(&text),
            _ => {}
        }
        let screen = self.screen();
        if screen != self.last_screen {
            self.last_screen = screen;
            self.selected = 0;
            self.scroll = 0;
            self.focus = 0;
        }
    }

    /// Pasted text goes into the focused editor only; it never triggers a command.
    fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        match &mut self.mode {
            Mode::Form(form) => {
                if let Some(Field::Text { area, .. }) = form.fields.get_mut(form.focus) {
                    area.insert_str(&text);
                }
            }
            Mode::Test(test) if !test.ruling => {
                test.argument.insert_str(&text);
            }
            _ => {}
        }
    }

    fn handle_key(&mut self, key: KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            // Every entry is saved as it happens, so leaving at once is safe.
            self.quit = true;
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('s') {
            // Any time, from any dialog: when saving fails the facilitator
            // must not have to finish a form first to rescue the meeting.
            let f = self.form(
                Dialog::SaveElsewhere,
                String::new(),
                vec![Self::text_field(Label::SavePath, "")],
                0,
            );
            self.help = false;
            self.mode = Mode::Form(f);
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Normal => {
                if let Some(action) = keys::lookup(self.screen(), &key) {
                    self.act(action);
                }
            }
            Mode::Form(form) => self.form_key(form, key),
            Mode::Confirm { question, pending } => match key.code {
                // j for "ja": the Dutch hints say j, and y keeps working.
                KeyCode::Char('y' | 'Y' | 'j' | 'J') => self.confirmed(pending),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                    self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                }
                _ => self.mode = Mode::Confirm { question, pending },
            },
            Mode::Test(test) => self.test_key(test, key),
            Mode::People(dialog) => self.people_key(dialog, key),
        }
    }

    fn people_key(&mut self, mut dialog: PeopleDialog, key: KeyEvent) {
        let state = self.session.state();
        let count = state.people.len();
        dialog.selected = dialog.selected.min(count.saturating_sub(1));
        let selected = state.people.get(dialog.selected);
        let id = PersonId(dialog.selected as u32);
        match keys::lookup_people(&key) {
            Some(Action::Close) => return,
            Some(Action::Up) => dialog.selected = dialog.selected.saturating_sub(1),
            Some(Action::Down) => {
                dialog.selected = (dialog.selected + 1).min(count.saturating_sub(1))
            }
            Some(Action::AddPerson) => {
                let f = self.form(
                    Dialog::AddPerson,
                    String::new(),
                    vec![
                        Self::text_field(Label::Name, ""),
                        Self::text_field(Label::Roles, ""),
                    ],
                    dialog.selected as u32,
                );
                // An empty name probes "may anyone join now?" without
                // tripping over a name already taken.
                let probe = Command::AddParticipant {
                    participant: Participant::named(""),
                };
                self.open_form(Some(probe), f);
                if matches!(self.mode, Mode::Form(_)) {
                    return;
                }
            }
            Some(Action::Presence) => {
                if let Some(person) = selected {
                    // Leaving has a reason ("doctor"); coming back at most a note.
                    let (dialog_kind, label) = if person.present {
                        (Dialog::Absent, Label::Reason)
                    } else {
                        (Dialog::Back, Label::Note)
                    };
                    let f = self.form(
                        dialog_kind,
                        person.who.name.clone(),
                        vec![Self::text_field(label, "")],
                        id.0,
                    );
                    self.open_form(
                        Some(Command::SetPresence {
                            person: id,
                            present: !person.present,
                            reason: None,
                        }),
                        f,
                    );
                    if matches!(self.mode, Mode::Form(_)) {
                        return;
                    }
                }
            }
            Some(Action::MakeFacilitator) if selected.is_some() => {
                self.record(Command::SetFacilitator { person: id });
            }
            Some(Action::MakeSecretary) if selected.is_some() => {
                let person = (state.secretary != Some(id)).then_some(id);
                self.record(Command::SetSecretary { person });
            }
            Some(Action::Timebox) => {
                let current = state
                    .timebox_minutes
                    .map(crate::meeting::format_minutes)
                    .unwrap_or_default();
                let f = self.form(
                    Dialog::Timebox,
                    String::new(),
                    vec![Self::text_field(Label::TimeboxMinutes, &current)],
                    dialog.selected as u32,
                );
                self.open_form(Some(Command::SetTimebox { minutes: None }), f);
                if matches!(self.mode, Mode::Form(_)) {
                    return;
                }
            }
            _ => {}
        }
        self.mode = Mode::People(dialog);
    }

    /// Forms opened from the people dialog go back to it, so several
    /// changes (two late arrivals, a new secretary) take one key each.
    /// `added`: a late arrival was just recorded, select them.
    fn back_to_people(&mut self, form: &Form, added: bool) {
        let from_people = matches!(
            form.dialog,
            Dialog::AddPerson | Dialog::Absent | Dialog::Back | Dialog::Timebox
        );
        if from_people {
            let selected = if form.dialog == Dialog::AddPerson && added {
                self.session.state().people.len().saturating_sub(1)
            } else {
                form.target as usize
            };
            self.mode = Mode::People(PeopleDialog { selected });
        }
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::Command(command) => {
                self.record(command);
            }
            Pending::Undo => {
                let what = self
                    .session
                    .undo_preview()
                    .map(|r| self.words.event(&r.event, self.session.state()));
                match self.session.execute(&Command::Undo, self.now) {
                    Ok(_) => {
                        self.status =
                            Some(Status::Info(self.words.undone(&what.unwrap_or_default())));
                        self.save();
                    }
                    Err(r) => self.refuse(&r),
                }
            }
            Pending::Quit => self.quit = true,
        }
    }

    fn refuse(&mut self, refusal: &Refusal) {
        self.status = Some(Status::Refused(self.words.refusal(refusal)));
    }

    /// Records one command; on refusal only the status line changes.
    fn record(&mut self, command: Command) -> bool {
        match self.session.execute(&command, self.now) {
            Ok(recorded) => {
                let event = recorded.event.clone();
                let what = self.words.event(&event, self.session.state());
                self.status = Some(Status::Info(self.words.recorded(&what)));
                self.save();
                self.after_record();
                true
            }
            Err(refusal) => {
                self.refuse(&refusal);
                false
            }
        }
    }

    fn save(&mut self) {
        self.last_save_try = Some(self.now);
        self.save_error = self.persist.save(&self.session).err();
    }

    /// After a concern is handled, select the next one that needs the facilitator.
    fn after_record(&mut self) {
        self.election_after_record();
        if let Phase::Item {
            step: IdmStep::ObjectionRound,
            ..
        } = self.session.state().phase
            && let Some(item) = self.session.state().active_item()
            && let Some(i) = item.concerns().iter().position(|c| c.is_unhandled())
        {
            self.selected = i;
        }
    }

    /// Asks before recording, unless the engine would refuse anyway: then the
    /// reason shows at once instead of after a pointless "are you sure?".
    fn confirm(&mut self, command: Command, question: String) {
        match decide_at(self.session.state(), &command, self.now) {
            Ok(_) => {
                self.mode = Mode::Confirm {
                    question,
                    pending: Pending::Command(command),
                }
            }
            Err(r) => self.refuse(&r),
        }
    }

    /// Opens a form unless the engine already says no to this kind of entry.
    fn open_form(&mut self, probe: Option<Command>, form: Form) {
        if let Some(probe) = probe
            && let Err(r) = decide_at(self.session.state(), &probe, self.now)
            && !matches!(r, Refusal::Empty { .. } | Refusal::ReasonRequired)
        {
            self.refuse(&r);
            return;
        }
        self.mode = Mode::Form(form);
    }

    fn form(&self, dialog: Dialog, subtitle: String, fields: Vec<Field>, target: u32) -> Form {
        let focus = fields
            .iter()
            .position(|f| matches!(f, Field::Text { .. }))
            .unwrap_or(0);
        let _ = self;
        Form {
            dialog,
            subtitle,
            fields,
            focus,
            target,
        }
    }

    fn text_field(label: Label, text: &str) -> Field {
        Field::Text {
            label,
            area: text_area(text),
        }
    }

    /// A choice of present people, optionally with "nobody" first.
    fn people_field(&self, label: Label, nobody: bool, preselect: Option<PersonId>) -> Field {
        let state = self.session.state();
        let mut options = Vec::new();
        let mut values = Vec::new();
        if nobody {
            options.push(self.words.label(Label::Nobody).to_owned());
            values.push(None);
        }
        for p in state.present_people() {
            options.push(p.who.name.clone());
            values.push(Some(p.id.0));
        }
        let selected = preselect
            .and_then(|id| values.iter().position(|v| *v == Some(id.0)))
            .unwrap_or(0);
        Field::Choice {
            label,
            options,
            values,
            selected,
        }
    }

    fn list_field(label: Label, options: Vec<String>) -> Field {
        let values = (0..options.len() as u32).map(Some).collect();
        Field::Choice {
            label,
            options,
            values,
            selected: 0,
        }
    }

    fn act(&mut self, action: Action) {
        let state = self.session.state();
        let words = self.words;
        match action {
            Action::Help => self.help = true,
            Action::Presentation => self.presentation = !self.presentation,
            Action::Quit => {
                self.mode = Mode::Confirm {
                    question: words.confirm_quit(self.save_error.is_none()),
                    pending: Pending::Quit,
                }
            }
            Action::Undo => match self.session.undo_preview() {
                Some(r) => {
                    self.mode = Mode::Confirm {
                        question: words.confirm_undo(&words.event(&r.event, state)),
                        pending: Pending::Undo,
                    }
                }
                None => self.refuse(&Refusal::NothingToUndo),
            },
            Action::ScrollUp => self.scroll = self.scroll.saturating_sub(3),
            Action::ScrollDown => self.scroll = self.scroll.saturating_add(3),
            _ if self.is_driver_focus(action) => self.driver_focus(action),
            Action::Up | Action::Down if self.screen() == Screen::Present => {
                self.focus = if action == Action::Up {
                    (self.focus + 2) % 3
                } else {
                    (self.focus + 1) % 3
                };
            }
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                // Stop at the last entry, so ↑ answers at once after many ↓.
                let last = self.list_len().saturating_sub(1);
                self.selected = (self.selected.min(last) + 1).min(last);
            }
            Action::TimeOut => {
                if state.time_out.is_some() {
                    let f = self.form(
                        Dialog::TimeOutEnd,
                        String::new(),
                        vec![Self::text_field(Label::Note, "")],
                        0,
                    );
                    self.mode = Mode::Form(f);
                } else {
                    let f = self.form(
                        Dialog::TimeOutStart,
                        String::new(),
                        vec![
                            self.people_field(Label::Person, true, None),
                            Self::text_field(Label::Reason, ""),
                        ],
                        0,
                    );
                    self.open_form(
                        Some(Command::StartTimeOut {
                            requested_by: None,
                            reason: "x".into(),
                        }),
                        f,
                    );
                }
            }
            Action::OutOfOrder => {
                let kinds = OUT_OF_ORDER
                    .iter()
                    .map(|k| words.out_of_order(*k).to_owned())
                    .collect();
                let f = self.form(
                    Dialog::OutOfOrder,
                    String::new(),
                    vec![
                        self.people_field(Label::Person, true, None),
                        Self::list_field(Label::Kind, kinds),
                        Self::text_field(Label::Note, ""),
                    ],
                    0,
                );
                self.mode = Mode::Form(f);
            }
            Action::Output => {
                let kinds = OUTPUT_KINDS
                    .iter()
                    .map(|k| words.output_kind(*k).to_owned())
                    .collect();
                let owner = state.active_item().map(|i| i.owner);
                let f = self.form(
                    Dialog::Output,
                    String::new(),
                    vec![
                        Self::list_field(Label::Kind, kinds),
                        self.people_field(Label::Owner, true, owner),
                        Self::text_field(Label::Text, ""),
                    ]
                    .into_iter()
                    .chain(self.output_role_field())
                    .collect(),
                    0,
                );
                self.open_form(
                    Some(Command::RecordOutput {
                        kind: OutputKind::NextAction,
                        owner: None,
                        text: "x".into(),
                        role: None,
                    }),
                    f,
                );
            }
            Action::Outcome => {
                let endings = tactical::endings(state.format)
                    .iter()
                    .map(|e| words.ending(*e).to_owned())
                    .collect();
                let label = state
                    .active_item()
                    .map(|i| i.label.clone())
                    .unwrap_or_default();
                let f = self.form(
                    Dialog::Ending,
                    label,
                    vec![
                        Self::list_field(Label::Ending, endings),
                        Self::text_field(Label::Reason, ""),
                    ],
                    0,
                );
                self.mode = Mode::Form(f);
            }
            Action::Pass => {
                self.record(Command::Speak {
                    person: None,
                    speech: Speech::Pass,
                });
            }
            Action::Skip => {
                let who = state.whose_turn().map(|p| state.name(p).to_owned());
                let f = self.form(
                    Dialog::Skip,
                    who.unwrap_or_default(),
                    vec![Self::text_field(Label::Reason, "")],
                    0,
                );
                self.open_form(
                    Some(Command::Skip {
                        person: None,
                        reason: "x".into(),
                    }),
                    f,
                );
            }
            Action::Order => self.order_form(),
            Action::TypeTurn | Action::StartItem | Action::EditPanel | Action::Answer => {
                self.primary()
            }
            Action::Next => self.next(),
            Action::Focus => self.focus = (self.focus + 1) % 3,
            Action::AddItem => {
                let f = self.form(
                    Dialog::AddItem,
                    String::new(),
                    vec![
                        Self::text_field(Label::ItemLabel, ""),
                        self.people_field(Label::Owner, false, None),
                    ],
                    0,
                );
                self.open_form(
                    Some(Command::AddItem {
                        label: "x".into(),
                        owner: state.facilitator,
                    }),
                    f,
                );
            }
            Action::EditItem => {
                if let Some(item) = self.selected_item() {
                    let (label, owner, id) = (item.label.clone(), item.owner, item.id);
                    let f = self.form(
                        Dialog::EditItem,
                        String::new(),
                        vec![
                            Self::text_field(Label::ItemLabel, &label),
                            self.people_field(Label::Owner, false, Some(owner)),
                        ],
                        id.0,
                    );
                    self.open_form(Some(Command::RemoveItem { item: id }), f);
                }
            }
            Action::RemoveItem => {
                if let Some(item) = self.selected_item() {
                    let question = words.confirm_remove(&item.label);
                    self.confirm(Command::RemoveItem { item: item.id }, question);
                }
            }
            Action::MoveUp | Action::MoveDown => {
                if let Some(item) = self.selected_item() {
                    let id = item.id;
                    let index = self.selected.min(state.agenda.len().saturating_sub(1));
                    let position = if action == Action::MoveUp {
                        index.saturating_sub(1)
                    } else {
                        index + 1
                    };
                    if self.record(Command::MoveItem {
                        item: id,
                        position: position as u32,
                    }) {
                        self.selected = self
                            .session
                            .state()
                            .agenda
                            .iter()
                            .position(|i| i.id == id)
                            .unwrap_or(0);
                    }
                }
            }
            Action::ClosingRound => {
                self.record(Command::OpenClosingRound);
            }
            Action::AskForHelp => {
                self.record(Command::RequestHelp);
            }
            Action::Ask => {
                let f = self.form(
                    Dialog::Ask,
                    String::new(),
                    vec![
                        self.people_field(Label::Person, false, None),
                        Self::text_field(Label::Question, ""),
                    ],
                    0,
                );
                self.open_form(
                    Some(Command::AskQuestion {
                        asker: state.facilitator,
                        text: "x".into(),
                    }),
                    f,
                );
            }
            Action::NotSpecified => {
                if let Some(q) = self.selected_question() {
                    self.record(Command::AnswerQuestion {
                        question: q,
                        answer: None,
                    });
                }
            }
            Action::RuleOut => {
                if let Some(q) = self.selected_question() {
                    let f = self.form(
                        Dialog::RuleOut,
                        self.question_text(q),
                        vec![Self::text_field(Label::Reason, "")],
                        q,
                    );
                    self.open_form(
                        Some(Command::RuleQuestionOutOfOrder {
                            question: q,
                            reason: "x".into(),
                        }),
                        f,
                    );
                }
            }
            Action::Clarify => {
                let f = self.form(
                    Dialog::Clarify,
                    String::new(),
                    vec![Self::text_field(Label::Text, "")],
                    0,
                );
                self.open_form(Some(Command::Clarify { text: "x".into() }), f);
            }
            Action::Amend => self.amend_form(),
            Action::RecordObjection => {
                if let Some(c) = self.selected_concern() {
                    self.record(Command::RecordObjection { concern: c });
                }
            }
            Action::Test => {
                if let Some(c) = self.selected_concern() {
                    let probe = state
                        .active_item()
                        .and_then(|i| i.concern(c))
                        .and_then(|c| c.next_criterion())
                        .map(|criterion| Command::TestCriterion {
                            concern: c,
                            criterion,
                            argument: "x".into(),
                            holds: true,
                        });
                    match probe.map(|p| decide(state, &p)) {
                        Some(Ok(_)) => {
                            self.mode = Mode::Test(TestDialog {
                                concern: c,
                                argument: text_area(""),
                                ruling: false,
                            })
                        }
                        Some(Err(r)) => self.refuse(&r),
                        None => self.refuse(&Refusal::ConcernNotOpen { number: c }),
                    }
                }
            }
            Action::RequestTest => {
                if let Some(c) = self.selected_concern() {
                    let f = self.form(
                        Dialog::RequestTest,
                        self.concern_text(c),
                        vec![self.people_field(Label::Person, false, None)],
                        c,
                    );
                    self.open_form(
                        Some(Command::RequestTest {
                            concern: c,
                            by: state.facilitator,
                        }),
                        f,
                    );
                }
            }
            Action::SecretaryRuling => {
                if let Some(c) = self.selected_concern() {
                    let f = self.form(
                        Dialog::SecretaryRuling,
                        self.concern_text(c),
                        vec![
                            Self::list_field(
                                Label::Upheld,
                                vec![
                                    words.label(Label::Yes).to_owned(),
                                    words.label(Label::No).to_owned(),
                                ],
                            ),
                            Self::text_field(Label::Note, ""),
                        ],
                        c,
                    );
                    self.open_form(
                        Some(Command::SecretaryRuling {
                            concern: c,
                            upheld: true,
                            note: "x".into(),
                        }),
                        f,
                    );
                }
            }
            Action::ConfirmObjector => {
                if let Some(c) = self.selected_objection() {
                    self.record(Command::ConfirmObjector { concern: c });
                }
            }
            Action::ConfirmProposer => {
                if let Some(c) = self.selected_objection() {
                    self.record(Command::ConfirmProposer { concern: c });
                }
            }
            Action::Abandon => {
                if let Some(c) = self.selected_objection() {
                    let f = self.form(
                        Dialog::Abandon,
                        self.concern_text(c),
                        vec![Self::text_field(Label::Reason, "")],
                        c,
                    );
                    self.open_form(
                        Some(Command::AbandonObjection {
                            concern: c,
                            reason: "x".into(),
                        }),
                        f,
                    );
                }
            }
            Action::People => {
                // Start on the facilitator: the usual person to hand over from.
                let selected = state.facilitator.0 as usize;
                self.mode = Mode::People(PeopleDialog { selected });
            }
            Action::Note => {
                let f = self.form(
                    Dialog::Note,
                    String::new(),
                    vec![Self::text_field(Label::Note, "")],
                    0,
                );
                self.open_form(Some(Command::Note { text: "x".into() }), f);
            }
            Action::AddPerson
            | Action::Presence
            | Action::MakeFacilitator
            | Action::MakeSecretary
            | Action::Timebox
            | Action::Close
            | Action::NewMeeting
            | Action::Resume
            | Action::Browse => {}
            Action::Consent
            | Action::Concern
            | Action::Objection
            | Action::Resolve
            | Action::Requalify => self.consent_act(action),
            Action::AddElection
            | Action::DescribeRole
            | Action::Nominate
            | Action::ChangeNomination
            | Action::ProposeCandidate => self.election_act(action),
            Action::Tactical(key) => self.act_tactical(key),
            Action::CarryOver | Action::LetGo => {
                let items = screens::closeout::undecided(state);
                if let Some(item) = items.get(self.selected.min(items.len().saturating_sub(1))) {
                    let disposition = if action == Action::CarryOver {
                        Disposition::CarriedOver
                    } else {
                        Disposition::LetGo
                    };
                    let id = item.id;
                    self.record(Command::Dispose {
                        item: id,
                        disposition,
                    });
                }
            }
        }
    }

    fn order_form(&mut self) {
        let state = self.session.state();
        let Some(round) = state.current_round() else {
            self.refuse(&Refusal::NoRound);
            return;
        };
        if !round.turns.is_empty() {
            self.refuse(&Refusal::RoundAlreadyStarted);
            return;
        }
        let mut seating = round.order.clone();
        seating.sort();
        let options = seating.iter().map(|p| state.name(*p).to_owned()).collect();
        let values = seating.iter().map(|p| Some(p.0)).collect();
        let selected = round
            .order
            .first()
            .and_then(|f| seating.iter().position(|p| p == f))
            .unwrap_or(0);
        let f = self.form(
            Dialog::Order,
            String::new(),
            vec![
                Field::Choice {
                    label: Label::FirstSpeaker,
                    options,
                    values,
                    selected,
                },
                Self::list_field(
                    Label::Direction,
                    vec![
                        self.words.label(Label::Forward).to_owned(),
                        self.words.label(Label::Backward).to_owned(),
                    ],
                ),
            ],
            0,
        );
        self.mode = Mode::Form(f);
    }

    fn amend_form(&mut self) {
        let state = self.session.state();
        if state.active_item().is_some_and(|i| i.is_election()) {
            self.candidate_form();
            return;
        }
        let current = state
            .active_item()
            .and_then(|i| i.current_version())
            .map(|v| v.text.clone())
            .unwrap_or_default();
        let (dialog, target, probe) = match state.phase {
            Phase::Item {
                step: IdmStep::Integration | IdmStep::ResolveObjections,
                ..
            } => match self.selected_objection() {
                Some(c) => (Dialog::AmendForObjection, c, Some(c)),
                None => {
                    self.refuse(&Refusal::NoObjections);
                    return;
                }
            },
            _ => (Dialog::Amend, 0, None),
        };
        let subtitle = if dialog == Dialog::AmendForObjection {
            self.concern_text(target)
        } else {
            String::new()
        };
        let f = self.form(
            dialog,
            subtitle,
            vec![Self::text_field(Label::Proposal, &current)],
            target,
        );
        self.open_form(
            Some(Command::AmendProposal {
                text: format!("{current} (probe)"),
                for_objection: probe,
            }),
            f,
        );
    }

    /// Enter on a screen: the obvious next thing to type or do.
    fn primary(&mut self) {
        let state = self.session.state();
        match self.screen() {
            Screen::Round | Screen::Objections | Screen::Sharing => match state.whose_turn() {
                Some(p) => {
                    let dialog = if self.screen() == Screen::Objections {
                        Dialog::Concern
                    } else {
                        Dialog::Turn
                    };
                    let f = self.form(
                        dialog,
                        state.name(p).to_owned(),
                        vec![Self::text_field(Label::Text, "")],
                        p.0,
                    );
                    self.open_form(
                        Some(Command::Speak {
                            person: None,
                            speech: Speech::Said { text: "x".into() },
                        }),
                        f,
                    );
                }
                None => self.next(),
            },
            Screen::Agenda => {
                // The selected item if it is still waiting, else the next in order.
                let id = self
                    .selected_item()
                    .filter(|i| i.is_pending() && i.disposition.is_none())
                    .map(|i| i.id);
                self.record(Command::StartItem { item: id });
            }
            Screen::Present => {
                let Some(item) = state.active_item() else {
                    return;
                };
                let (dialog, label, text, probe) = match self.focus {
                    0 => (
                        Dialog::Tension,
                        Label::Tension,
                        item.tension().unwrap_or_default().to_owned(),
                        Command::StateTension { text: "x".into() },
                    ),
                    1 => (
                        Dialog::Example,
                        Label::Example,
                        item.example().unwrap_or_default().to_owned(),
                        Command::GiveExample { text: "x".into() },
                    ),
                    _ => (
                        Dialog::Proposal,
                        Label::Proposal,
                        String::new(),
                        Command::StateProposal { text: "x".into() },
                    ),
                };
                let f = self.form(
                    dialog,
                    item.label.clone(),
                    vec![Self::text_field(label, &text)],
                    0,
                );
                self.open_form(Some(probe), f);
            }
            Screen::Questions => {
                if let Some(q) = self.selected_question() {
                    let f = self.form(
                        Dialog::Answer,
                        self.question_text(q),
                        vec![Self::text_field(Label::Answer, "")],
                        q,
                    );
                    self.open_form(
                        Some(Command::AnswerQuestion {
                            question: q,
                            answer: Some("x".into()),
                        }),
                        f,
                    );
                }
            }
            Screen::Driver => self.driver_primary(),
            Screen::Consent => self.consent_primary(),
            _ => self.next(),
        }
    }

    /// Moving on: the engine's Open* command for the current phase.
    fn next(&mut self) {
        if self.consent_next() {
            return;
        }
        let state = self.session.state();
        let command = match state.phase {
            Phase::Opening => Command::StartCheckIn,
            Phase::CheckIn if state.format == MeetingFormat::Tactical => Command::OpenChecklist,
            Phase::CheckIn => Command::OpenAgenda,
            Phase::Checklist | Phase::Metrics | Phase::Progress => {
                tactical::next_review(state.phase)
            }
            Phase::Agenda => Command::StartItem {
                item: self.selected_item().map(|i| i.id),
            },
            Phase::Closing => Command::OpenCloseOut,
            Phase::CloseOut => {
                self.confirm(Command::CloseSession, self.words.confirm_close());
                return;
            }
            Phase::Closed => return,
            Phase::Item { step, .. } => match step {
                IdmStep::Triage => {
                    self.confirm_end(Ending::NeedMet);
                    return;
                }
                IdmStep::PresentProposal => Command::OpenClarifyingQuestions,
                IdmStep::ClarifyingQuestions => Command::OpenReactionRound,
                IdmStep::ReactionRound => Command::OpenAmendAndClarify,
                IdmStep::AmendAndClarify | IdmStep::Integration => Command::OpenObjectionRound,
                // Handled by `consent_next` above; here only under the other rules,
                // where the engine refuses them with the reason.
                IdmStep::ConsentRound | IdmStep::ResolveObjections => Command::OpenConsentRound,
                IdmStep::DescribeRole
                | IdmStep::Nominations
                | IdmStep::NominationSharing
                | IdmStep::NominationChanges
                | IdmStep::ProposeCandidate => match Self::election_next(step) {
                    Some(command) => command,
                    None => return,
                },
                IdmStep::ObjectionRound => {
                    let open = state
                        .active_item()
                        .is_some_and(|i| i.concerns().iter().any(|c| c.is_open_objection()));
                    if open {
                        Command::OpenIntegration
                    } else {
                        let label = state.active_item().map(|i| i.label.clone());
                        let question = self.words.confirm_ending(
                            self.words.ending(Ending::Adopted),
                            &label.unwrap_or_default(),
                        );
                        self.confirm(
                            Command::EndItem {
                                ending: Ending::Adopted,
                                reason: None,
                            },
                            question,
                        );
                        return;
                    }
                }
            },
        };
        self.record(command);
    }

    fn form_key(&mut self, mut form: Form, key: KeyEvent) {
        let newline = (key.code == KeyCode::Enter && key.modifiers.contains(KeyModifiers::ALT))
            || (key.code == KeyCode::Char('j') && key.modifiers.contains(KeyModifiers::CONTROL));
        match key.code {
            KeyCode::Esc => {
                self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                self.back_to_people(&form, false);
                return;
            }
            _ if newline => {
                if let Some(Field::Text { area, .. }) = form.fields.get_mut(form.focus) {
                    area.insert_newline();
                }
            }
            KeyCode::Enter => {
                self.submit(form);
                return;
            }
            KeyCode::Tab => form.focus = (form.focus + 1) % form.fields.len().max(1),
            KeyCode::BackTab => {
                form.focus = (form.focus + form.fields.len().max(1) - 1) % form.fields.len().max(1)
            }
            _ => match form.fields.get_mut(form.focus) {
                Some(Field::Text { area, .. }) => {
                    area.input(key);
                }
                Some(Field::Choice {
                    options, selected, ..
                }) => {
                    let n = options.len().max(1);
                    match key.code {
                        KeyCode::Up | KeyCode::Left => *selected = (*selected + n - 1) % n,
                        KeyCode::Down | KeyCode::Right => *selected = (*selected + 1) % n,
                        KeyCode::Char(c) => {
                            if let Some(i) = jump(options, *selected, c) {
                                *selected = i;
                            }
                        }
                        _ => {}
                    }
                }
                None => {}
            },
        }
        self.mode = Mode::Form(form);
    }

    /// Turns a filled-in form into its engine command. A refused command
    /// keeps the form open, with the reason in the status line, so nothing
    /// typed is lost.
    fn submit(&mut self, form: Form) {
        let text = |i: usize| form.fields.get(i).map(Field::text).unwrap_or_default();
        let choice = |i: usize| form.fields.get(i).and_then(Field::choice_value);
        let person = |i: usize| choice(i).map(PersonId);
        let optional = |s: String| (!s.trim().is_empty()).then_some(s);
        let state = self.session.state();
        let command = match form.dialog {
            Dialog::Turn | Dialog::Concern => Command::Speak {
                person: None,
                speech: Speech::Said { text: text(0) },
            },
            Dialog::Skip => Command::Skip {
                person: None,
                reason: text(0),
            },
            Dialog::Order => Command::SetRoundOrder {
                first: person(0).unwrap_or(state.facilitator),
                direction: if choice(1) == Some(1) {
                    Direction::Backward
                } else {
                    Direction::Forward
                },
            },
            Dialog::AddItem => Command::AddItem {
                label: text(0),
                owner: person(1).unwrap_or(state.facilitator),
            },
            Dialog::EditItem => Command::EditItem {
                item: ItemId(form.target),
                label: text(0),
                owner: person(1).unwrap_or(state.facilitator),
            },
            Dialog::Tension => Command::StateTension { text: text(0) },
            Dialog::Example => Command::GiveExample { text: text(0) },
            Dialog::Proposal => Command::StateProposal { text: text(0) },
            Dialog::Ask => Command::AskQuestion {
                asker: person(0).unwrap_or(state.facilitator),
                text: text(1),
            },
            Dialog::Answer => Command::AnswerQuestion {
                question: form.target,
                answer: Some(text(0)),
            },
            Dialog::RuleOut => Command::RuleQuestionOutOfOrder {
                question: form.target,
                reason: text(0),
            },
            Dialog::Clarify => Command::Clarify { text: text(0) },
            Dialog::Amend => Command::AmendProposal {
                text: text(0),
                for_objection: None,
            },
            Dialog::AmendForObjection => Command::AmendProposal {
                text: text(0),
                for_objection: Some(form.target),
            },
            Dialog::RequestTest => Command::RequestTest {
                concern: form.target,
                by: person(0).unwrap_or(state.facilitator),
            },
            Dialog::SecretaryRuling => Command::SecretaryRuling {
                concern: form.target,
                upheld: choice(0) == Some(0),
                note: text(1),
            },
            Dialog::Abandon => Command::AbandonObjection {
                concern: form.target,
                reason: text(0),
            },
            Dialog::Ending => {
                let ending = choice(0)
                    .and_then(|i| tactical::endings(state.format).get(i as usize).copied())
                    .unwrap_or(Ending::Unfinished);
                if ending == Ending::Adopted && state.active_rules() == RuleSet::Consent {
                    self.adoption_form();
                    return;
                }
                let command = Command::EndItem {
                    ending,
                    reason: optional(text(1)),
                };
                match decide_at(state, &command, self.now) {
                    Ok(_) => {
                        let label = state.active_item().map(|i| i.label.clone());
                        self.mode = Mode::Confirm {
                            question: self.words.confirm_ending(
                                self.words.ending(ending),
                                &label.unwrap_or_default(),
                            ),
                            pending: Pending::Command(command),
                        };
                    }
                    Err(r) => {
                        self.refuse(&r);
                        self.mode = Mode::Form(form);
                    }
                }
                return;
            }
            Dialog::Output => Command::RecordOutput {
                kind: choice(0)
                    .and_then(|i| OUTPUT_KINDS.get(i as usize).copied())
                    .unwrap_or(OutputKind::NextAction),
                owner: person(1),
                text: text(2),
                role: optional(text(3)),
            },
            Dialog::TimeOutStart => Command::StartTimeOut {
                requested_by: person(0),
                reason: text(1),
            },
            Dialog::TimeOutEnd => Command::EndTimeOut {
                note: optional(text(0)),
            },
            Dialog::OutOfOrder => Command::RecordOutOfOrder {
                person: person(0),
                kind: choice(1)
                    .and_then(|i| OUT_OF_ORDER.get(i as usize).copied())
                    .unwrap_or(OutOfOrderKind::Other),
                note: text(2),
            },
            Dialog::Note => Command::Note { text: text(0) },
            Dialog::Situation
            | Dialog::Effect
            | Dialog::Need
            | Dialog::Impact
            | Dialog::ConsentTurn
            | Dialog::ConsentConcern
            | Dialog::ConsentObjection
            | Dialog::Adopt
            | Dialog::Requalify => match self.consent_command(&form) {
                Ok(command) => command,
                Err(why) => return self.refuse_form(form, why),
            },
            Dialog::AddPerson => Command::AddParticipant {
                participant: Participant {
                    name: text(0).trim().to_owned(),
                    roles: Participant::parse_roles(&text(1)),
                },
            },
            Dialog::Absent | Dialog::Back => Command::SetPresence {
                person: PersonId(form.target),
                present: form.dialog == Dialog::Back,
                reason: optional(text(0)),
            },
            Dialog::AddElection
            | Dialog::DescribeRole
            | Dialog::Nominate
            | Dialog::ChangeNomination
            | Dialog::ProposeCandidate => match self.election_command(&form) {
                Some(command) => command,
                None => {
                    self.mode = Mode::Form(form);
                    return;
                }
            },
            Dialog::SaveElsewhere => {
                let typed = text(0);
                let target = typed.trim();
                if target.is_empty() || !self.save_to(std::path::Path::new(target)) {
                    let why = self.save_error.clone().unwrap_or_default();
                    self.status = Some(Status::Refused(format!(
                        "{}: {why}",
                        self.words.label(Label::NotSaved)
                    )));
                    self.mode = Mode::Form(form);
                }
                return;
            }
            Dialog::Timebox => {
                let typed = text(0);
                let minutes = if typed.trim().is_empty() {
                    None
                } else {
                    match parse_minutes(&typed) {
                        Some(m) => Some(m),
                        None => {
                            self.status = Some(Status::Refused(
                                self.words.label(Label::BadTimebox).to_owned(),
                            ));
                            self.mode = Mode::Form(form);
                            return;
                        }
                    }
                };
                Command::SetTimebox { minutes }
            }
            Dialog::Tactical(dialog) => {
                let command = self.tactical_command(dialog, &form);
                if self.record(command) {
                    self.after_tactical(dialog);
                } else {
                    self.mode = Mode::Form(form);
                }
                return;
            }
        };
        if !self.record(command) {
            self.mode = Mode::Form(form);
            return;
        }
        self.back_to_people(&form, true);
    }

    fn test_key(&mut self, mut test: TestDialog, key: KeyEvent) {
        if test.ruling {
            match key.code {
                KeyCode::Char('y' | 'Y' | 'j' | 'J') => return self.rule(test, true),
                KeyCode::Char('n' | 'N') => return self.rule(test, false),
                KeyCode::Esc => test.ruling = false,
                _ => {}
            }
        } else {
            let newline = key.code == KeyCode::Enter && key.modifiers.contains(KeyModifiers::ALT);
            match key.code {
                KeyCode::Esc => {
                    self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                    return;
                }
                _ if newline => test.argument.insert_newline(),
                KeyCode::Enter => test.ruling = true,
                _ => {
                    test.argument.input(key);
                }
            }
        }
        self.mode = Mode::Test(test);
    }

    /// Records the ruling on the next criterion; the dialog stays open until
    /// the concern is dismissed (first failure) or valid (all four hold).
    fn rule(&mut self, test: TestDialog, holds: bool) {
        let state = self.session.state();
        let criterion = state
            .active_item()
            .and_then(|i| i.concern(test.concern))
            .and_then(|c| c.next_criterion())
            .unwrap_or(Criterion::Harm);
        let command = Command::TestCriterion {
            concern: test.concern,
            criterion,
            argument: test.argument.lines().join("\n"),
            holds,
        };
        if !self.record(command) {
            self.mode = Mode::Test(TestDialog {
                ruling: false,
                ..test
            });
            return;
        }
        let status = self
            .session
            .state()
            .active_item()
            .and_then(|i| i.concern(test.concern))
            .map(|c| c.status());
        match status {
            Some(ConcernStatus::Dismissed { criterion: c }) => {
                self.status = Some(Status::Info(
                    self.words.dismissed_at(c.letter(), self.words.criterion(c)),
                ));
            }
            Some(ConcernStatus::Valid) => {
                self.status = Some(Status::Info(self.words.found_valid().to_owned()));
            }
            _ => {
                self.mode = Mode::Test(TestDialog {
                    concern: test.concern,
                    argument: text_area(""),
                    ruling: false,
                })
            }
        }
    }

    /// How many entries the current screen's list has (what ↑↓ select in).
    fn list_len(&self) -> usize {
        let state = self.session.state();
        match self.screen() {
            Screen::Agenda => state.agenda.len(),
            Screen::Questions => state.active_item().map_or(0, |i| i.questions().len()),
            Screen::Objections => state.active_item().map_or(0, |i| i.concerns().len()),
            Screen::Integration | Screen::Resolve => self.objections().len(),
            Screen::CloseOut => screens::closeout::undecided(state).len(),
            Screen::Nominations | Screen::Changes => self.election_list_len(),
            Screen::Review | Screen::Triage => self.tactical_list_len(),
            _ => 0,
        }
    }

    pub(crate) fn selected_item(&self) -> Option<&crate::meeting::state::Item> {
        let agenda = &self.session.state().agenda;
        agenda.get(self.selected.min(agenda.len().saturating_sub(1)))
    }

    fn selected_question(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.questions().len();
        item.questions()
            .get(self.selected.min(n.saturating_sub(1)))
            .map(|q| q.number)
    }

    fn question_text(&self, number: u32) -> String {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.questions().iter().find(|q| q.number == number))
            .map(|q| q.text.clone())
            .unwrap_or_default()
    }

    fn selected_concern(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.concerns().len();
        item.concerns()
            .get(self.selected.min(n.saturating_sub(1)))
            .map(|c| c.number)
    }

    fn concern_text(&self, number: u32) -> String {
        let state = self.session.state();
        state
            .active_item()
            .and_then(|i| i.concern(number))
            .map(|c| {
                self.words
                    .concern_line(c.number, state.name(c.objector), &c.text)
            })
            .unwrap_or_default()
    }

    /// Objections in integration: the concerns that are or were valid.
    pub(crate) fn objections(&self) -> Vec<&crate::meeting::state::Concern> {
        screens::integration::objections(self.session.state())
    }

    fn selected_objection(&self) -> Option<u32> {
        let list = self.objections();
        list.get(self.selected.min(list.len().saturating_sub(1)))
            .map(|c| c.number)
    }
}

#[cfg(test)]
mod tests {
    use super::jump;

    #[test]
    fn a_letter_jumps_to_the_next_name_with_it_wrapping_and_ignoring_case() {
        let names: Vec<String> = ["Ana", "Bram", "émile", "Bea"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(jump(&names, 0, 'b'), Some(1));
        assert_eq!(jump(&names, 1, 'B'), Some(3));
        assert_eq!(jump(&names, 3, 'b'), Some(1));
        assert_eq!(jump(&names, 0, 'É'), Some(2));
        assert_eq!(jump(&names, 0, 'a'), Some(0));
        assert_eq!(jump(&names, 0, 'z'), None);
        assert_eq!(jump(&[], 0, 'a'), None);
    }
}
