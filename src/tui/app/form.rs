//! Form dialogs: their fields, read by label, what they are about, the
//! keys while one is open, and how a filled-in form becomes a command.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

use super::{App, Mode, Pending, Status};
use crate::meeting::views;
use crate::meeting::{
    Command, Direction, Ending, ItemId, OutOfOrderKind, OutputKind, Participant, PersonId, Refusal,
    Speech, parse_minutes,
};
use crate::text::tactical::TacticalLabel;
use crate::text::tui::{Dialog, Label};

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
    /// What each field held when the dialog opened: typed text differs.
    pub opened_with: Vec<String>,
}

/// What a form is about, typed: the command it builds needs this id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

/// A dialog as it stood when spanning was left with Ctrl-C: kept next to
/// the session and opened again, as it was, when the meeting resumes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Draft {
    dialog: Dialog,
    subtitle: String,
    about: About,
    focus: usize,
    fields: Vec<DraftField>,
    opened_with: Vec<String>,
}

/// One field of a [`Draft`].
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum DraftField {
    Text {
        label: Label,
        text: String,
    },
    Choice {
        label: Label,
        options: Vec<String>,
        values: Vec<Option<u32>>,
        selected: usize,
    },
}

impl Draft {
    /// The dialog again, with what was typed and chosen; `None` if the
    /// draft does not describe a usable dialog.
    pub(crate) fn into_form(self) -> Option<Form> {
        let fields: Vec<Field> = self
            .fields
            .into_iter()
            .map(|f| match f {
                DraftField::Text { label, text } => Field::Text {
                    label,
                    area: text_area(&text),
                },
                DraftField::Choice {
                    label,
                    options,
                    values,
                    selected,
                } => Field::Choice {
                    label,
                    selected: selected.min(options.len().saturating_sub(1)),
                    options,
                    values,
                },
            })
            .collect();
        if fields.is_empty() || self.opened_with.len() != fields.len() {
            return None;
        }
        Some(Form {
            dialog: self.dialog,
            subtitle: self.subtitle,
            focus: self.focus.min(fields.len() - 1),
            fields,
            about: self.about,
            opened_with: self.opened_with,
        })
    }
}

impl Form {
    /// The dialog as it stands, to keep as a draft.
    pub(crate) fn draft(&self) -> Draft {
        Draft {
            dialog: self.dialog,
            subtitle: self.subtitle.clone(),
            about: self.about,
            focus: self.focus,
            fields: self
                .fields
                .iter()
                .map(|f| match f {
                    Field::Text { label, area } => DraftField::Text {
                        label: *label,
                        text: area.lines().join("\n"),
                    },
                    Field::Choice {
                        label,
                        options,
                        values,
                        selected,
                    } => DraftField::Choice {
                        label: *label,
                        options: options.clone(),
                        values: values.clone(),
                        selected: *selected,
                    },
                })
                .collect(),
            opened_with: self.opened_with.clone(),
        }
    }

    /// Whether something was typed that Esc would throw away: a text
    /// field that is not blank and differs from what the dialog opened with.
    pub(crate) fn typed(&self) -> bool {
        self.fields.iter().enumerate().any(|(i, f)| {
            matches!(f, Field::Text { .. })
                && !f.text().trim().is_empty()
                && self.opened_with.get(i).map(String::as_str) != Some(f.text().as_str())
        })
    }

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

pub(super) const OUTPUT_KINDS: [OutputKind; 3] = [
    OutputKind::NextAction,
    OutputKind::Project,
    OutputKind::Information,
];

pub(super) const OUT_OF_ORDER: [OutOfOrderKind; 4] = [
    OutOfOrderKind::CrossTalk,
    OutOfOrderKind::ReactionAsQuestion,
    OutOfOrderKind::DiscussionInRound,
    OutOfOrderKind::Other,
];

/// The next option after `from` (wrapping) that starts with `letter`,
/// ignoring case and diacritics: with twenty people, "B" reaches Bram
/// faster than ↓×11, and `e` reaches Ëva.
pub(crate) fn jump(options: &[String], from: usize, letter: char) -> Option<usize> {
    let n = options.len();
    (1..=n)
        .map(|k| (from + k) % n)
        .find(|i| crate::meeting::fold::starts_with_letter(&options[*i], letter))
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
    /// Asks the engine whether a dialog for `command` may open now: the
    /// probe carries the dialog's values as they stand when it opens, so a
    /// refusal of the text itself (not typed yet, a missing reason, the
    /// proposal not changed yet) does not count against it.
    pub(super) fn allowed(&self, command: &Command) -> Result<(), Refusal> {
        match self.session.probe(command, self.now) {
            Ok(_)
            | Err(Refusal::Empty { .. } | Refusal::ReasonRequired | Refusal::UnchangedProposal) => {
                Ok(())
            }
            Err(r) => Err(r),
        }
    }

    /// Opens a form unless the engine already says no to this kind of entry.
    pub(super) fn open_form(&mut self, probe: Option<Command>, mut form: Form) {
        if let Some(probe) = probe
            && let Err(r) = self.allowed(&probe)
        {
            self.refuse(&r);
            return;
        }
        if let Some((_, text)) = self.undone.take_if(|(dialog, _)| *dialog == form.dialog)
            && let Some(Field::Text { area, .. }) = form
                .fields
                .iter_mut()
                .find(|f| matches!(f, Field::Text { .. }))
        {
            *area = text_area(&text);
            self.status = Some(Status::Info(self.words.draft_restored(true).to_owned()));
        }
        self.mode = Mode::Form(form);
    }

    pub(super) fn form(
        &self,
        dialog: Dialog,
        subtitle: String,
        fields: Vec<Field>,
        about: About,
    ) -> Form {
        let focus = fields
            .iter()
            .position(|f| matches!(f, Field::Text { .. }))
            .unwrap_or(0);
        let _ = self;
        let opened_with = fields.iter().map(Field::text).collect();
        Form {
            dialog,
            subtitle,
            fields,
            focus,
            about,
            opened_with,
        }
    }

    pub(super) fn text_field(label: Label, text: &str) -> Field {
        Field::Text {
            label,
            area: text_area(text),
        }
    }

    /// A choice of present people, optionally with "nobody" first.
    pub(super) fn people_field(
        &self,
        label: Label,
        nobody: bool,
        preselect: Option<PersonId>,
    ) -> Field {
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

    pub(super) fn list_field(label: Label, options: Vec<String>) -> Field {
        let values = (0..options.len() as u32).map(Some).collect();
        Field::Choice {
            label,
            options,
            values,
            selected: 0,
        }
    }

    /// Pasted text goes into the focused editor only; it never triggers a command.
    pub(super) fn paste(&mut self, text: &str) {
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

    pub(super) fn form_key(&mut self, mut form: Form, key: KeyEvent) {
        let newline = (key.code == KeyCode::Enter && key.modifiers.contains(KeyModifiers::ALT))
            || (key.code == KeyCode::Char('j') && key.modifiers.contains(KeyModifiers::CONTROL));
        match key.code {
            KeyCode::Esc if form.typed() => {
                // Typed text is never thrown away silently: ask first, and
                // "no" (or Esc again) goes back to the dialog as it was.
                self.mode = Mode::Discard(Box::new(form));
                return;
            }
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
    pub(super) fn submit(&mut self, form: Form) {
        match form.dialog {
            Dialog::Ending => self.submit_ending(form),
            Dialog::SaveElsewhere => self.submit_save(form),
            Dialog::Tactical(dialog) => {
                let recorded = self
                    .tactical_command(dialog, &form)
                    .is_some_and(|command| self.record(command));
                if recorded {
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
    pub(super) fn command_of(&self, form: &Form) -> Result<Command, Option<String>> {
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
            Dialog::CorrectProposal => Command::CorrectProposal {
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
    pub(super) fn submit_ending(&mut self, form: Form) {
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
    pub(super) fn submit_save(&mut self, form: Form) {
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
}
