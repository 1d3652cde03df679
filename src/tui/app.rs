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
use crate::meeting::state::ConcernStatus;
use crate::meeting::views::{self, NextStep};
use crate::meeting::{
    Command, Criterion, Direction, Disposition, Ending, IdmStep, ItemId, OutOfOrderKind,
    OutputKind, Participant, PersonId, Phase, Refusal, Session, Speech, parse_minutes,
};
use crate::text::Words;
use crate::text::tactical::TacticalLabel;
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
    /// The field's label, which names it within its form.
    pub(crate) fn label(&self) -> Label {
        match self {
            Field::Text { label, .. } | Field::Choice { label, .. } => *label,
        }
    }

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
    /// The question, concern, item, person or entry the dialog is about.
    pub about: About,
}

/// What a form is about, typed: the command it builds needs this id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum About {
    /// Nothing in particular (a new entry, a note).
    Nothing,
    /// A clarifying question, by number.
    Question(u32),
    /// A concern or objection, by number.
    Concern(u32),
    /// An agenda item.
    Item(ItemId),
    /// A person (whose presence changes, or the people dialog's row).
    Person(PersonId),
    /// An entry of the tactical list under review, by number.
    Entry(u32),
}

impl About {
    /// The concern or objection, if the form is about one.
    pub(crate) fn concern(self) -> Option<u32> {
        match self {
            About::Concern(number) => Some(number),
            _ => None,
        }
    }
}

impl Form {
    fn field(&self, label: Label) -> Option<&Field> {
        self.fields.iter().find(|f| f.label() == label)
    }

    /// What was typed in the text field labelled `label` (empty if none).
    pub(crate) fn text(&self, label: Label) -> String {
        self.field(label).map(Field::text).unwrap_or_default()
    }

    /// The typed text, or `None` if only blanks were typed.
    pub(crate) fn optional(&self, label: Label) -> Option<String> {
        let text = self.text(label);
        (!text.trim().is_empty()).then_some(text)
    }

    /// The value chosen in the choice field labelled `label`.
    pub(crate) fn choice(&self, label: Label) -> Option<u32> {
        self.field(label).and_then(Field::choice_value)
    }

    /// The person chosen in the field labelled `label` (`None` for "nobody").
    pub(crate) fn person(&self, label: Label) -> Option<PersonId> {
        self.choice(label).map(PersonId)
    }
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
        let before = self.list_ids();
        let selected_before = self.selected;
        match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            TermEvent::Paste(text) => self.paste(&text),
            _ => {}
        }
        let screen = self.screen();
        if screen != self.last_screen {
            // A new screen starts with its own state: top row, first panel.
            self.last_screen = screen;
            self.selected = 0;
            self.scroll = 0;
            self.focus = 0;
        } else {
            self.follow_selection(&before, selected_before);
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
                About::Nothing,
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
            Mode::Confirm { question, pending } => match self.answer(&key) {
                Some(true) => self.confirmed(pending),
                Some(false) => {
                    self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                }
                _ => self.mode = Mode::Confirm { question, pending },
            },
            Mode::Test(test) => self.test_key(test, key),
            Mode::People(dialog) => self.people_key(dialog, key),
        }
    }

    /// A yes/no answer by the word tables' keys (Esc says no); `None` for
    /// any other key.
    fn answer(&self, key: &KeyEvent) -> Option<bool> {
        if key.code == KeyCode::Esc {
            return Some(false);
        }
        let KeyCode::Char(c) = key.code else {
            return None;
        };
        let c = c.to_lowercase().next().unwrap_or(c);
        if self.words.yes_keys().contains(&c) {
            Some(true)
        } else if self.words.no_keys().contains(&c) {
            Some(false)
        } else {
            None
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
                    About::Person(PersonId(dialog.selected as u32)),
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
                        About::Person(id),
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
                    About::Person(PersonId(dialog.selected as u32)),
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
            let selected = match form.about {
                _ if form.dialog == Dialog::AddPerson && added => {
                    self.session.state().people.len().saturating_sub(1)
                }
                About::Person(id) => id.0 as usize,
                _ => 0,
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
            && let Some(i) = item.concerns.iter().position(|c| c.is_unhandled())
        {
            self.selected = i;
        }
    }

    /// Asks before recording, unless the engine would refuse anyway: then the
    /// reason shows at once instead of after a pointless "are you sure?".
    fn confirm(&mut self, command: Command, question: String) {
        match self.session.probe(&command, self.now) {
            Ok(_) => {
                self.mode = Mode::Confirm {
                    question,
                    pending: Pending::Command(command),
                }
            }
            Err(r) => self.refuse(&r),
        }
    }

    /// Asks the engine whether a dialog for `command` may open now: the
    /// probe carries the dialog's values as they stand when it opens, so a
    /// text not typed yet (empty, or a missing reason) does not count
    /// against it.
    fn allowed(&self, command: &Command) -> Result<(), Refusal> {
        match self.session.probe(command, self.now) {
            Ok(_) | Err(Refusal::Empty { .. } | Refusal::ReasonRequired) => Ok(()),
            Err(r) => Err(r),
        }
    }

    /// Opens a form unless the engine already says no to this kind of entry.
    fn open_form(&mut self, probe: Option<Command>, form: Form) {
        if let Some(probe) = probe
            && let Err(r) = self.allowed(&probe)
        {
            self.refuse(&r);
            return;
        }
        self.mode = Mode::Form(form);
    }

    fn form(&self, dialog: Dialog, subtitle: String, fields: Vec<Field>, about: About) -> Form {
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
            about,
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
                        About::Nothing,
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
                        About::Nothing,
                    );
                    self.open_form(
                        Some(Command::StartTimeOut {
                            requested_by: None,
                            reason: String::new(),
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
                    About::Nothing,
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::RecordOutput {
                        kind: OutputKind::NextAction,
                        owner: None,
                        text: String::new(),
                        role: None,
                    }),
                    f,
                );
            }
            Action::Outcome => {
                let endings = views::endings(state)
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
                    About::Nothing,
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Skip {
                        person: None,
                        reason: String::new(),
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AddItem {
                        label: String::new(),
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
                        About::Item(id),
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AskQuestion {
                        asker: state.facilitator,
                        text: String::new(),
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
                        About::Question(q),
                    );
                    self.open_form(
                        Some(Command::RuleQuestionOutOfOrder {
                            question: q,
                            reason: String::new(),
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Clarify {
                        text: String::new(),
                    }),
                    f,
                );
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
                        // A criterion that does not hold needs no argument.
                        .map(|criterion| Command::TestCriterion {
                            concern: c,
                            criterion,
                            argument: String::new(),
                            holds: false,
                        });
                    match probe.map(|p| self.session.probe(&p, self.now)) {
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
                        About::Concern(c),
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
                        About::Concern(c),
                    );
                    self.open_form(
                        Some(Command::SecretaryRuling {
                            concern: c,
                            upheld: true,
                            note: String::new(),
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
                        About::Concern(c),
                    );
                    self.open_form(
                        Some(Command::AbandonObjection {
                            concern: c,
                            reason: String::new(),
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
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Note {
                        text: String::new(),
                    }),
                    f,
                );
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
                let items = views::undecided(state);
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
            About::Nothing,
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
        let (dialog, about, probe) = match state.phase {
            Phase::Item {
                step: IdmStep::Integration | IdmStep::ResolveObjections,
                ..
            } => match self.selected_objection() {
                Some(c) => (Dialog::AmendForObjection, About::Concern(c), Some(c)),
                None => {
                    self.refuse(&Refusal::NoObjections);
                    return;
                }
            },
            _ => (Dialog::Amend, About::Nothing, None),
        };
        let subtitle = probe.map(|c| self.concern_text(c)).unwrap_or_default();
        let f = self.form(
            dialog,
            subtitle,
            vec![Self::text_field(Label::Proposal, &current)],
            about,
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
                        About::Person(p),
                    );
                    self.open_form(
                        Some(Command::Speak {
                            person: None,
                            speech: Speech::Said {
                                text: String::new(),
                            },
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
                        item.tension.clone().unwrap_or_default(),
                        Command::StateTension {
                            text: String::new(),
                        },
                    ),
                    1 => (
                        Dialog::Example,
                        Label::Example,
                        item.example.clone().unwrap_or_default(),
                        Command::GiveExample {
                            text: String::new(),
                        },
                    ),
                    _ => (
                        Dialog::Proposal,
                        Label::Proposal,
                        String::new(),
                        Command::StateProposal {
                            text: String::new(),
                        },
                    ),
                };
                let f = self.form(
                    dialog,
                    item.label.clone(),
                    vec![Self::text_field(label, &text)],
                    About::Nothing,
                );
                self.open_form(Some(probe), f);
            }
            Screen::Questions => {
                if let Some(q) = self.selected_question() {
                    let f = self.form(
                        Dialog::Answer,
                        self.question_text(q),
                        vec![Self::text_field(Label::Answer, "")],
                        About::Question(q),
                    );
                    self.open_form(
                        Some(Command::AnswerQuestion {
                            question: q,
                            answer: Some(String::new()),
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

    /// Moving on: the engine's view of what `n` means now.
    fn next(&mut self) {
        let selected = self.selected_item().map(|i| i.id);
        match views::next_step(self.session.state(), selected) {
            NextStep::Record(command) => {
                self.record(command);
            }
            NextStep::Confirm(Command::EndItem { ending, .. }) => self.confirm_end(ending),
            NextStep::Confirm(command) => {
                let question = self.words.confirm_close();
                self.confirm(command, question);
            }
            NextStep::Adopt => self.adoption_form(),
            NextStep::Nothing => {}
        }
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
        match form.dialog {
            Dialog::Ending => self.submit_ending(form),
            Dialog::SaveElsewhere => self.submit_save(form),
            Dialog::Tactical(dialog) => {
                let command = self.tactical_command(dialog, &form);
                if self.record(command) {
                    self.after_tactical(dialog);
                } else {
                    self.mode = Mode::Form(form);
                }
            }
            _ => match self.command_of(&form) {
                Ok(command) => {
                    if self.record(command) {
                        self.back_to_people(&form, true);
                    } else {
                        self.mode = Mode::Form(form);
                    }
                }
                Err(None) => self.mode = Mode::Form(form),
                Err(Some(why)) => self.refuse_form(form, why),
            },
        }
    }

    /// The command a filled-in form stands for, read from its fields by
    /// label. `Err` keeps the form open, with the reason on the status
    /// line if there is one (a date or number that does not parse).
    fn command_of(&self, form: &Form) -> Result<Command, Option<String>> {
        let state = self.session.state();
        let facilitator = state.facilitator;
        let about = form.about;
        let concern = || about.concern().ok_or(None);
        let question = || match about {
            About::Question(number) => Ok(number),
            _ => Err(None),
        };
        Ok(match form.dialog {
            Dialog::Turn | Dialog::Concern => Command::Speak {
                person: None,
                speech: Speech::Said {
                    text: form.text(Label::Text),
                },
            },
            Dialog::Skip => Command::Skip {
                person: None,
                reason: form.text(Label::Reason),
            },
            Dialog::Order => Command::SetRoundOrder {
                first: form.person(Label::FirstSpeaker).unwrap_or(facilitator),
                direction: if form.choice(Label::Direction) == Some(1) {
                    Direction::Backward
                } else {
                    Direction::Forward
                },
            },
            Dialog::AddItem => Command::AddItem {
                label: form.text(Label::ItemLabel),
                owner: form.person(Label::Owner).unwrap_or(facilitator),
            },
            Dialog::EditItem => Command::EditItem {
                item: match about {
                    About::Item(item) => item,
                    _ => return Err(None),
                },
                label: form.text(Label::ItemLabel),
                owner: form.person(Label::Owner).unwrap_or(facilitator),
            },
            Dialog::Tension => Command::StateTension {
                text: form.text(Label::Tension),
            },
            Dialog::Example => Command::GiveExample {
                text: form.text(Label::Example),
            },
            Dialog::Proposal => Command::StateProposal {
                text: form.text(Label::Proposal),
            },
            Dialog::Ask => Command::AskQuestion {
                asker: form.person(Label::Person).unwrap_or(facilitator),
                text: form.text(Label::Question),
            },
            Dialog::Answer => Command::AnswerQuestion {
                question: question()?,
                answer: Some(form.text(Label::Answer)),
            },
            Dialog::RuleOut => Command::RuleQuestionOutOfOrder {
                question: question()?,
                reason: form.text(Label::Reason),
            },
            Dialog::Clarify => Command::Clarify {
                text: form.text(Label::Text),
            },
            Dialog::Amend => Command::AmendProposal {
                text: form.text(Label::Proposal),
                for_objection: None,
            },
            Dialog::AmendForObjection => Command::AmendProposal {
                text: form.text(Label::Proposal),
                for_objection: Some(concern()?),
            },
            Dialog::RequestTest => Command::RequestTest {
                concern: concern()?,
                by: form.person(Label::Person).unwrap_or(facilitator),
            },
            Dialog::SecretaryRuling => Command::SecretaryRuling {
                concern: concern()?,
                upheld: form.choice(Label::Upheld) == Some(0),
                note: form.text(Label::Note),
            },
            Dialog::Abandon => Command::AbandonObjection {
                concern: concern()?,
                reason: form.text(Label::Reason),
            },
            Dialog::Output => Command::RecordOutput {
                kind: form
                    .choice(Label::Kind)
                    .and_then(|i| OUTPUT_KINDS.get(i as usize).copied())
                    .unwrap_or(OutputKind::NextAction),
                owner: form.person(Label::Owner),
                text: form.text(Label::Text),
                role: form.optional(Label::Tactical(TacticalLabel::Role)),
            },
            Dialog::TimeOutStart => Command::StartTimeOut {
                requested_by: form.person(Label::Person),
                reason: form.text(Label::Reason),
            },
            Dialog::TimeOutEnd => Command::EndTimeOut {
                note: form.optional(Label::Note),
            },
            Dialog::OutOfOrder => Command::RecordOutOfOrder {
                person: form.person(Label::Person),
                kind: form
                    .choice(Label::Kind)
                    .and_then(|i| OUT_OF_ORDER.get(i as usize).copied())
                    .unwrap_or(OutOfOrderKind::Other),
                note: form.text(Label::Note),
            },
            Dialog::Note => Command::Note {
                text: form.text(Label::Note),
            },
            Dialog::Situation
            | Dialog::Effect
            | Dialog::Need
            | Dialog::Impact
            | Dialog::ConsentTurn
            | Dialog::ConsentConcern
            | Dialog::ConsentObjection
            | Dialog::Adopt
            | Dialog::Requalify => self.consent_command(form).map_err(Some)?,
            Dialog::AddPerson => Command::AddParticipant {
                participant: Participant {
                    name: form.text(Label::Name).trim().to_owned(),
                    roles: Participant::parse_roles(&form.text(Label::Roles)),
                },
            },
            // Leaving has a reason ("doctor"); coming back at most a note.
            Dialog::Absent | Dialog::Back => Command::SetPresence {
                person: match about {
                    About::Person(person) => person,
                    _ => return Err(None),
                },
                present: form.dialog == Dialog::Back,
                reason: form.optional(if form.dialog == Dialog::Back {
                    Label::Note
                } else {
                    Label::Reason
                }),
            },
            Dialog::AddElection
            | Dialog::DescribeRole
            | Dialog::Nominate
            | Dialog::ChangeNomination
            | Dialog::ProposeCandidate => self.election_command(form)?,
            Dialog::Timebox => {
                let typed = form.text(Label::TimeboxMinutes);
                let minutes = if typed.trim().is_empty() {
                    None
                } else {
                    let bad = || Some(self.words.label(Label::BadTimebox).to_owned());
                    Some(parse_minutes(&typed).ok_or_else(bad)?)
                };
                Command::SetTimebox { minutes }
            }
            // Submitted by their own steps (see `submit`): they confirm,
            // save elsewhere or move the review's selection on.
            Dialog::Ending | Dialog::SaveElsewhere | Dialog::Tactical(_) => return Err(None),
        })
    }

    /// The outcome dialog: asks before ending the item; adoption under
    /// consent rules first asks for the review date instead.
    fn submit_ending(&mut self, form: Form) {
        let state = self.session.state();
        let ending = form
            .choice(Label::Ending)
            .and_then(|i| views::endings(state).get(i as usize).copied())
            .unwrap_or(Ending::Unfinished);
        if views::needs_review_date(state, ending) {
            self.adoption_form();
            return;
        }
        let command = Command::EndItem {
            ending,
            reason: form.optional(Label::Reason),
        };
        match self.session.probe(&command, self.now) {
            Ok(_) => {
                let label = state.active_item().map(|i| i.label.clone());
                self.mode = Mode::Confirm {
                    question: self
                        .words
                        .confirm_ending(self.words.ending(ending), &label.unwrap_or_default()),
                    pending: Pending::Command(command),
                };
            }
            Err(r) => {
                self.refuse(&r);
                self.mode = Mode::Form(form);
            }
        }
    }

    /// Ctrl+S: saves under the typed folder or file, or keeps the form
    /// open with the reason.
    fn submit_save(&mut self, form: Form) {
        let typed = form.text(Label::SavePath);
        let target = typed.trim();
        if target.is_empty() || !self.save_to(std::path::Path::new(target)) {
            let why = self.save_error.clone().unwrap_or_default();
            self.status = Some(Status::Refused(format!(
                "{}: {why}",
                self.words.label(Label::NotSaved)
            )));
            self.mode = Mode::Form(form);
        }
    }

    fn test_key(&mut self, mut test: TestDialog, key: KeyEvent) {
        if test.ruling {
            match (self.answer(&key), key.code) {
                (_, KeyCode::Esc) => test.ruling = false,
                (Some(holds), _) => return self.rule(test, holds),
                (None, _) => {}
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
        self.list_ids().len()
    }

    /// The ids of the rows ↑↓ select among on the current screen (question
    /// and concern numbers, item ids, request and entry numbers, voters),
    /// so the selection can follow an entry rather than a row.
    fn list_ids(&self) -> Vec<u32> {
        let state = self.session.state();
        match self.screen() {
            Screen::Agenda => state.agenda.iter().map(|i| i.id.0).collect(),
            Screen::Questions => state
                .active_item()
                .map(|i| i.questions.iter().map(|q| q.number).collect())
                .unwrap_or_default(),
            Screen::Objections => state
                .active_item()
                .map(|i| i.concerns.iter().map(|c| c.number).collect())
                .unwrap_or_default(),
            Screen::Integration | Screen::Resolve => {
                self.objections().iter().map(|c| c.number).collect()
            }
            Screen::CloseOut => views::undecided(state).iter().map(|i| i.id.0).collect(),
            Screen::Nominations | Screen::Changes => self.election_list_ids(),
            Screen::Review | Screen::Triage => self.tactical_list_ids(),
            _ => Vec::new(),
        }
    }

    /// After a key: a row that was not there before (a question just asked,
    /// a concern or objection just raised, a request just made; agenda items
    /// and review entries keep their own rules) becomes the selection,
    /// so the next key acts on it; otherwise a selection the key left alone
    /// stays on the same entry even if rows moved.
    fn follow_selection(&mut self, before: &[u32], selected_before: usize) {
        let after = self.list_ids();
        let adds_rows = matches!(
            self.screen(),
            Screen::Questions
                | Screen::Objections
                | Screen::Integration
                | Screen::Resolve
                | Screen::Triage
        );
        if adds_rows && let Some(i) = after.iter().rposition(|id| !before.contains(id)) {
            self.selected = i;
        } else if self.selected == selected_before
            && let Some(id) = before.get(selected_before.min(before.len().saturating_sub(1)))
            && let Some(i) = after.iter().position(|a| a == id)
        {
            self.selected = i;
        }
    }

    pub(crate) fn selected_item(&self) -> Option<&crate::meeting::state::Item> {
        let agenda = &self.session.state().agenda;
        agenda.get(self.selected.min(agenda.len().saturating_sub(1)))
    }

    fn selected_question(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.questions.len();
        item.questions
            .get(self.selected.min(n.saturating_sub(1)))
            .map(|q| q.number)
    }

    fn question_text(&self, number: u32) -> String {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.questions.iter().find(|q| q.number == number))
            .map(|q| q.text.clone())
            .unwrap_or_default()
    }

    fn selected_concern(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.concerns.len();
        item.concerns
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
        views::objections(self.session.state())
    }

    fn selected_objection(&self) -> Option<u32> {
        let list = self.objections();
        list.get(self.selected.min(list.len().saturating_sub(1)))
            .map(|c| c.number)
    }
}

#[cfg(test)]
mod tests;
