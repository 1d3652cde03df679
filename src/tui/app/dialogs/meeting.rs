//! The meeting's own dialogs: turns, the round's order, the agenda, the
//! outcome, outputs, time-outs, notes, people and saving elsewhere.

use serde::{Deserialize, Serialize};

use super::super::form::{DialogSpec, fields_of};
use super::super::{App, Mode, PeopleDialog};
use crate::meeting::{
    Command, Direction, Ending, ItemId, OutOfOrderKind, OutputKind, Participant, PersonId, Speech,
    parse_minutes,
};
use crate::text::tui::{Dialog, Label};
use crate::tui::fields::{ChoiceField, FieldMut, FieldRef, PersonField, TextField};

type Made = Result<Command, Option<String>>;

/// The gist of someone's turn in a round.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct TurnDialog {
    /// What they said.
    pub text: TextField,
}

impl DialogSpec for TurnDialog {
    fn title(&self) -> Dialog {
        Dialog::Turn
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::Speak {
            person: None,
            speech: Speech::Said {
                text: self.text.text(),
            },
        })
    }
}

/// A concern raised in the objection round.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ConcernDialog {
    /// The concern.
    pub text: TextField,
}

impl DialogSpec for ConcernDialog {
    fn title(&self) -> Dialog {
        Dialog::Concern
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::Speak {
            person: None,
            speech: Speech::Said {
                text: self.text.text(),
            },
        })
    }
}

/// Skipping whoever's turn it is, with a reason.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SkipDialog {
    /// Why.
    pub reason: TextField,
}

impl DialogSpec for SkipDialog {
    fn title(&self) -> Dialog {
        Dialog::Skip
    }
    fields_of!(reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::Skip {
            person: None,
            reason: self.reason.text(),
        })
    }
}

/// Who speaks first in the round, and which way round it goes.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct OrderDialog {
    /// The first speaker.
    pub first: ChoiceField<PersonId>,
    /// Forward or backward.
    pub direction: ChoiceField<Direction>,
}

impl DialogSpec for OrderDialog {
    fn title(&self) -> Dialog {
        Dialog::Order
    }
    fields_of!(first, direction);
    fn command(&self, app: &App) -> Made {
        Ok(Command::SetRoundOrder {
            first: self
                .first
                .value()
                .unwrap_or(app.session.state().facilitator),
            direction: self.direction.value().unwrap_or(Direction::Forward),
        })
    }
}

/// A new agenda item and its owner.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AddItemDialog {
    /// The item's label.
    pub label: TextField,
    /// Whose item it is.
    pub owner: PersonField,
}

impl DialogSpec for AddItemDialog {
    fn title(&self) -> Dialog {
        Dialog::AddItem
    }
    fields_of!(label, owner);
    fn command(&self, app: &App) -> Made {
        Ok(Command::AddItem {
            label: self.label.text(),
            owner: self
                .owner
                .value()
                .flatten()
                .unwrap_or(app.session.state().facilitator),
        })
    }
}

/// An agenda item's label or owner changed.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct EditItemDialog {
    /// Which item.
    pub item: ItemId,
    /// Its label.
    pub label: TextField,
    /// Whose item it is.
    pub owner: PersonField,
}

impl DialogSpec for EditItemDialog {
    fn title(&self) -> Dialog {
        Dialog::EditItem
    }
    fields_of!(label, owner);
    fn command(&self, app: &App) -> Made {
        Ok(Command::EditItem {
            item: self.item,
            label: self.label.text(),
            owner: self
                .owner
                .value()
                .flatten()
                .unwrap_or(app.session.state().facilitator),
        })
    }
    /// Whether the item may still be changed: asked as "may it be
    /// removed", which holds exactly while it has not started.
    fn probe(&self, _: &App) -> Option<Command> {
        Some(Command::RemoveItem { item: self.item })
    }
}

/// How the item ends, with an optional reason; asks before ending.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct EndingDialog {
    /// The outcome.
    pub ending: ChoiceField<Ending>,
    /// Why (optional).
    pub reason: TextField,
}

impl DialogSpec for EndingDialog {
    fn title(&self) -> Dialog {
        Dialog::Ending
    }
    fields_of!(ending, reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::EndItem {
            ending: self.ending.value().unwrap_or(Ending::Unfinished),
            reason: self.reason.optional(),
        })
    }
}

/// An output: a next action, project or information, with its owner.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct OutputDialog {
    /// Which kind.
    pub kind: ChoiceField<OutputKind>,
    /// Whose it is (or nobody's).
    pub owner: PersonField,
    /// What it is.
    pub text: TextField,
    /// The owner's role, asked in a tactical meeting only.
    pub role: Option<TextField>,
}

impl DialogSpec for OutputDialog {
    fn title(&self) -> Dialog {
        Dialog::Output
    }
    fn fields(&self) -> Vec<FieldRef<'_>> {
        let mut fields = vec![
            (&self.kind).into(),
            (&self.owner).into(),
            (&self.text).into(),
        ];
        fields.extend(self.role.as_ref().map(FieldRef::from));
        fields
    }
    fn fields_mut(&mut self) -> Vec<FieldMut<'_>> {
        let mut fields = vec![
            (&mut self.kind).into(),
            (&mut self.owner).into(),
            (&mut self.text).into(),
        ];
        fields.extend(self.role.as_mut().map(FieldMut::from));
        fields
    }
    /// The output's text and its role are both texts (in a tactical
    /// meeting), so the default "the only text field" would leave the
    /// focus where Enter was pressed.
    fn field_for(&self, field: crate::meeting::Field) -> Option<usize> {
        match field {
            crate::meeting::Field::Output => Some(2),
            crate::meeting::Field::Role => self.role.as_ref().map(|_| 3),
            _ => None,
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::RecordOutput {
            kind: self.kind.value().unwrap_or(OutputKind::NextAction),
            owner: self.owner.value().flatten(),
            text: self.text.text(),
            role: self.role.as_ref().and_then(TextField::optional),
        })
    }
}

/// A time-out starting: who asked, and why.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct TimeOutStartDialog {
    /// Who asked for it (or nobody in particular).
    pub by: PersonField,
    /// Why.
    pub reason: TextField,
}

impl DialogSpec for TimeOutStartDialog {
    fn title(&self) -> Dialog {
        Dialog::TimeOutStart
    }
    fields_of!(by, reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::StartTimeOut {
            requested_by: self.by.value().flatten(),
            reason: self.reason.text(),
        })
    }
}

/// The time-out ending, with an optional note.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct TimeOutEndDialog {
    /// A note for the minutes.
    pub note: TextField,
}

impl DialogSpec for TimeOutEndDialog {
    fn title(&self) -> Dialog {
        Dialog::TimeOutEnd
    }
    fields_of!(note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::EndTimeOut {
            note: self.note.optional(),
        })
    }
}

/// An out-of-order remark: who, which kind, a note.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct OutOfOrderDialog {
    /// Who (or nobody in particular).
    pub person: PersonField,
    /// Which kind.
    pub kind: ChoiceField<OutOfOrderKind>,
    /// What happened.
    pub note: TextField,
}

impl DialogSpec for OutOfOrderDialog {
    fn title(&self) -> Dialog {
        Dialog::OutOfOrder
    }
    fields_of!(person, kind, note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::RecordOutOfOrder {
            person: self.person.value().flatten(),
            kind: self.kind.value().unwrap_or(OutOfOrderKind::Other),
            note: self.note.text(),
        })
    }
}

/// A free note for the minutes.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct NoteDialog {
    /// The note.
    pub note: TextField,
}

impl DialogSpec for NoteDialog {
    fn title(&self) -> Dialog {
        Dialog::Note
    }
    fields_of!(note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::Note {
            text: self.note.text(),
        })
    }
}

/// Someone who arrived late, from the people dialog.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AddPersonDialog {
    /// The people dialog's selected row, to go back to on Esc.
    pub row: usize,
    /// Their name.
    pub name: TextField,
    /// Their roles, comma-separated.
    pub roles: TextField,
}

impl DialogSpec for AddPersonDialog {
    fn title(&self) -> Dialog {
        Dialog::AddPerson
    }
    fields_of!(name, roles);
    fn field_for(&self, field: crate::meeting::Field) -> Option<usize> {
        match field {
            crate::meeting::Field::Name => Some(0),
            crate::meeting::Field::Role => Some(1),
            _ => None,
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::AddParticipant {
            participant: Participant {
                name: self.name.text().trim().to_owned(),
                roles: Participant::parse_roles(&self.roles.text()),
            },
        })
    }
    /// Back to the people dialog, on the new arrival once recorded.
    fn back(&self, app: &mut App, recorded: bool) {
        let selected = if recorded {
            app.session.state().people.len().saturating_sub(1)
        } else {
            self.row
        };
        app.mode = Mode::People(PeopleDialog { selected });
    }
}

/// Someone leaving, with a reason ("doctor").
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AbsentDialog {
    /// Who.
    pub person: PersonId,
    /// Why (optional).
    pub reason: TextField,
}

impl DialogSpec for AbsentDialog {
    fn title(&self) -> Dialog {
        Dialog::Absent
    }
    fields_of!(reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::SetPresence {
            person: self.person,
            present: false,
            reason: self.reason.optional(),
        })
    }
    fn back(&self, app: &mut App, _: bool) {
        let selected = self.person.0 as usize;
        app.mode = Mode::People(PeopleDialog { selected });
    }
}

/// Someone back, with at most a note.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct BackDialog {
    /// Who.
    pub person: PersonId,
    /// A note (optional).
    pub note: TextField,
}

impl DialogSpec for BackDialog {
    fn title(&self) -> Dialog {
        Dialog::Back
    }
    fields_of!(note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::SetPresence {
            person: self.person,
            present: true,
            reason: self.note.optional(),
        })
    }
    fn back(&self, app: &mut App, _: bool) {
        let selected = self.person.0 as usize;
        app.mode = Mode::People(PeopleDialog { selected });
    }
}

/// The meeting's timebox, typed in minutes ("90", "1:30"); empty for none.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct TimeboxDialog {
    /// The people dialog's selected row, to go back to.
    pub row: usize,
    /// The minutes.
    pub minutes: TextField,
}

impl DialogSpec for TimeboxDialog {
    fn title(&self) -> Dialog {
        Dialog::Timebox
    }
    fields_of!(minutes);
    fn command(&self, app: &App) -> Made {
        let typed = self.minutes.text();
        let minutes = if typed.trim().is_empty() {
            None
        } else {
            let bad = || Some(app.words.label(Label::BadTimebox).to_owned());
            Some(parse_minutes(&typed).ok_or_else(bad)?)
        };
        Ok(Command::SetTimebox { minutes })
    }
    fn back(&self, app: &mut App, _: bool) {
        app.mode = Mode::People(PeopleDialog { selected: self.row });
    }
}

/// Where to save the meeting when the usual place fails.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SaveElsewhereDialog {
    /// A folder or a new `.json` file.
    pub path: TextField,
}

impl DialogSpec for SaveElsewhereDialog {
    fn title(&self) -> Dialog {
        Dialog::SaveElsewhere
    }
    fields_of!(path);
    /// Saving is no engine command: the app saves on Enter instead.
    fn command(&self, _: &App) -> Made {
        Err(None)
    }
}
