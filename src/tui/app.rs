//! The application state and its event handling. Everything the screen shows
//! is derived from the session; the App only adds what is not yet an event:
//! the open dialog, the text being typed, the selection, the status line.
//! Time is passed in, so tests drive it with a fixed clock.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{
    Event as TermEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
};

mod act;
mod consent;
mod dialogs;
mod election;
mod form;
mod governance;
mod objection_test;
mod people;
mod screen_state;
pub(crate) mod selection;
mod tactical;

pub(crate) use crate::tui::fields::PeopleDialog;
pub(crate) use form::{Draft, Form};
pub(crate) use objection_test::{TestDialog, TestDraft};
pub(crate) use screen_state::ScreenState;

use super::keys::{self, Screen};
use super::screens;
use super::theme::{Theme, ThemeChoice};
use super::{Persist, TuiOptions};
use crate::meeting::{Command, IdmStep, Phase, Refusal, Session};
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
    /// "Throw away what you typed?" over a dialog closed with Esc: yes
    /// discards it, no goes back to it.
    Discard(Box<Form>),
    /// The same question over the objection test, whose argument was typed.
    DiscardTest(TestDialog),
    /// The objection-testing dialog.
    Test(TestDialog),
    /// Who is here, in which role, and the timebox.
    People(PeopleDialog),
    /// The circle's governance record over the step, searchable.
    Governance(super::govview::GovView),
    /// The proposal's parts, to pick one to change or remove.
    Parts(governance::PartList),
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
    /// The screen on show and its own selection, scroll and focus.
    pub(crate) ui: ScreenState,
    quit: bool,
    /// Whether a draft is kept next to the session (restored on resume,
    /// or kept by a Ctrl-C that could not leave yet).
    draft_kept: bool,
    /// Whether keeping the draft failed once: the next Ctrl-C leaves anyway.
    draft_failed: bool,
    /// The text of the entry just undone, and the dialog that typed it: it
    /// pre-fills that dialog when it opens next, so a correction is not
    /// a retype.
    undone: Option<(Dialog, String)>,
    /// The governance record at the meeting's start, folded in the
    /// background; `None` outside a sessions folder.
    pub(crate) governance: Option<super::govview::RecordAtStart>,
    /// How many people follow the meeting from elsewhere.
    pub(crate) followers: super::followers::FollowerCount,
}

/// How long after a failed save it is tried again without a new entry.
const SAVE_RETRY: chrono::TimeDelta = chrono::TimeDelta::seconds(10);

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
        let mut persist = persist;
        // What was being typed when the meeting was last left with Ctrl-C
        // opens again as it was; a draft that no longer reads is ignored
        // (the session itself never depends on it).
        let kept = persist.kept_draft();
        let draft = kept
            .as_deref()
            .and_then(|json| match serde_json::from_str::<Draft>(json) {
                Ok(draft) => draft.restored().map(Mode::Form),
                Err(_) => serde_json::from_str::<TestDraft>(json)
                    .ok()
                    .and_then(|d| d.into_dialog(session.state()))
                    .map(Mode::Test),
            });
        let draft_kept = draft.is_some();
        let status = match draft {
            Some(_) => Some(Status::Info(words.draft_restored(false).to_owned())),
            None => options.status.clone().map(Status::Info),
        };
        // A resumed meeting starts where the live one would be on this
        // screen after the same entries, not on the top row.
        let last = session.log().last().map(|r| &r.event);
        let selected = selection::landing(session.state(), last).unwrap_or(0);
        App {
            session,
            persist,
            words,
            theme: Theme::new(options.theme).with_large_text(options.large_text),
            saved_to: options.saved_to.clone(),
            now,
            mode: draft.unwrap_or(Mode::Normal),
            status,
            save_error: None,
            last_save_try: None,
            presentation: options.presentation,
            help: false,
            ui: ScreenState {
                selected,
                ..ScreenState::new(screen)
            },
            quit: false,
            draft_kept,
            draft_failed: false,
            undone: None,
            governance: options.governance.clone(),
            followers: Default::default(),
        }
    }

    /// Asks how many people follow, at most once a second (see
    /// [`super::followers`]).
    pub fn poll_followers(&mut self, now: std::time::Instant) {
        self.followers.poll(self.persist.as_mut(), now);
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
        self.theme = Theme::new(choice).with_large_text(self.theme.large_text);
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
        super::meeting_view::draw(self, frame);
    }

    /// Handles one terminal event at time `now`.
    pub fn handle_event(&mut self, event: TermEvent, now: DateTime<FixedOffset>) {
        self.now = now;
        let before = self.list_ids();
        let selected_before = self.ui.selected;
        let entries_before = self.session.log().len();
        match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            TermEvent::Paste(text) => self.paste(&text),
            _ => {}
        }
        if self.draft_kept
            && !matches!(
                self.mode,
                Mode::Form(_) | Mode::Discard(_) | Mode::Test(_) | Mode::DiscardTest(_)
            )
            && !self.quit
        {
            // The restored dialog was recorded or thrown away: forget it.
            self.draft_kept = self.persist.keep_draft(None).is_err();
        }
        // A new screen starts with its own state: no scroll, first panel,
        // and the pointer where the next thing is to do there (as after a
        // resume); the same screen keeps the selection on its entry.
        if self.ui.follow(self.screen()) {
            self.land();
        } else {
            self.follow_selection(&before, selected_before);
        }
        if self.session.log().len() > entries_before {
            self.point_at_next_item();
        }
    }

    fn handle_key(&mut self, key: KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            // Every entry is saved as it happens, so leaving at once is
            // safe; text typed in a dialog is kept next to the session and
            // comes back on resume.
            self.leave_keeping_draft();
            return;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('s') {
            // Any time, from any dialog: when saving fails the facilitator
            // must not have to finish a form first to rescue the meeting.
            let dialog = dialogs::SaveElsewhereDialog {
                path: super::fields::TextField::new(Label::SavePath, ""),
            };
            self.help = false;
            self.mode = Mode::Form(Form::new(dialog, String::new()));
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
                } else if let KeyCode::Char(_) = key.code
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    // Not silently ignored: say what this step takes instead.
                    let time_out = self.session.state().time_out.is_some();
                    let caps: Vec<String> = keys::hint_bindings(self.screen(), time_out)
                        .iter()
                        .map(|b| b.cap(self.words))
                        .collect();
                    let typed = keys::cap(key.code, self.words);
                    self.status = Some(Status::Info(
                        self.words.key_not_here(&typed, &caps.join(" ")),
                    ));
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
            Mode::Discard(form) => match key.code {
                KeyCode::Esc => self.mode = Mode::Form(*form),
                _ => match self.answer(&key) {
                    Some(true) => {
                        self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                        form.dialog.spec().back(self, false);
                    }
                    Some(false) => self.mode = Mode::Form(*form),
                    None => self.mode = Mode::Discard(form),
                },
            },
            Mode::DiscardTest(test) => match key.code {
                KeyCode::Esc => self.mode = Mode::Test(test),
                _ => match self.answer(&key) {
                    Some(true) => {
                        self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                    }
                    Some(false) => self.mode = Mode::Test(test),
                    None => self.mode = Mode::DiscardTest(test),
                },
            },
            Mode::Test(test) => self.test_key(test, key),
            Mode::People(dialog) => self.people_key(dialog, key),
            Mode::Governance(view) => self.governance_key(view, key),
            Mode::Parts(list) => self.parts_key(list, key),
        }
    }

    /// Ctrl-C: leaves, first keeping a dialog's typed text as a draft. If
    /// the draft cannot be written the app stays, saying why; a second
    /// Ctrl-C leaves without it.
    fn leave_keeping_draft(&mut self) {
        if !self.draft_failed
            && let Err(why) = self.keep_draft()
        {
            self.draft_failed = true;
            self.status = Some(Status::Refused(self.words.draft_not_kept(&why)));
            return;
        }
        self.quit = true;
    }

    /// Keeps the open dialog's typed text as a draft beside the session,
    /// if there is any: on Ctrl-C, and when the screen ends otherwise (the
    /// terminal closed, a stop signal) with a dialog still open.
    pub fn keep_draft(&mut self) -> Result<(), String> {
        let json = match &self.mode {
            Mode::Form(form) if form.typed() => Some(serde_json::to_string(&form.draft())),
            Mode::Discard(form) if form.typed() => Some(serde_json::to_string(&form.draft())),
            Mode::Test(test) | Mode::DiscardTest(test) => {
                test.draft().map(|d| serde_json::to_string(&d))
            }
            _ => None,
        };
        let Some(json) = json else {
            // Nothing typed now: a draft kept earlier is stale.
            if self.draft_kept {
                self.persist.keep_draft(None)?;
                self.draft_kept = false;
            }
            return Ok(());
        };
        let json = json.map_err(|e| e.to_string())?;
        self.persist.keep_draft(Some(&json))?;
        self.draft_kept = true;
        Ok(())
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
                let typed = self.session.undo_preview().and_then(|r| typed_by(&r.event));
                match self.session.execute(&Command::Undo, self.now) {
                    Ok(_) => {
                        self.undone = typed;
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
        self.try_record(command).is_ok()
    }

    /// Records a command, or shows why not and gives the refusal back (a
    /// dialog moves its focus to the field the refusal names).
    fn try_record(&mut self, command: Command) -> Result<(), Refusal> {
        match self.session.execute(&command, self.now) {
            Ok(recorded) => {
                self.undone = None;
                let event = recorded.event.clone();
                let what = self.words.event(&event, self.session.state());
                self.status = Some(Status::Info(self.words.recorded(&what)));
                self.save();
                self.after_record();
                Ok(())
            }
            Err(refusal) => {
                self.refuse(&refusal);
                Err(refusal)
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
            self.ui.selected = i;
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
}

/// The dialog an entry's text was typed in, and the text: what an undo
/// gives back to the editor.
fn typed_by(event: &crate::meeting::Event) -> Option<(Dialog, String)> {
    use crate::meeting::Event;
    match event {
        Event::TensionStated { text } => Some((Dialog::Tension, text.clone())),
        Event::ExampleGiven { text } => Some((Dialog::Example, text.clone())),
        Event::ProposalStated {
            version,
            text,
            for_objection,
        } => {
            let dialog = match (version, for_objection) {
                (1, _) => Dialog::Proposal,
                (_, Some(_)) => Dialog::AmendForObjection,
                (_, None) => Dialog::Amend,
            };
            Some((dialog, text.clone()))
        }
        Event::ProposalCorrected { text } => Some((Dialog::CorrectProposal, text.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
