//! The tactical meeting's dialogs: checklist items, metrics and projects
//! defined, corrected and answered; the owner's need and requests.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::{DialogSpec, fields_of};
use crate::meeting::actions::ActionStatus;
use crate::meeting::projects::ProjectState;
use crate::meeting::{Command, EntryAnswer, RequestTo, TacticalList};
use crate::text::tactical::TacticalDialog;
use crate::text::tui::Dialog;
use crate::tui::fields::{ChoiceField, PersonField, TextField};

type Made = Result<Command, Option<String>>;

/// A checklist item, metric or project added to its list.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AddEntryDialog {
    /// Which list.
    pub list: TacticalList,
    /// What it is.
    pub text: TextField,
    /// Whose it is (or nobody's).
    pub owner: PersonField,
    /// The owner's role.
    pub role: TextField,
}

impl DialogSpec for AddEntryDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::AddEntry(self.list))
    }
    fields_of!(text, owner, role);
    fn field_for(&self, field: crate::meeting::Field) -> Option<usize> {
        match field {
            crate::meeting::Field::Entry => Some(0),
            crate::meeting::Field::Role => Some(2),
            _ => None,
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::DefineEntry {
            list: self.list,
            text: self.text.text(),
            owner: self.owner.value().flatten(),
            role: self.role.optional(),
        })
    }
    /// The new entry becomes the selection.
    fn back(&self, app: &mut App, recorded: bool) {
        moves_on(self, app, recorded);
    }
}

/// An entry corrected.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct EditEntryDialog {
    /// Which list.
    pub list: TacticalList,
    /// Which entry, by number.
    pub number: u32,
    /// What it is.
    pub text: TextField,
    /// Whose it is (or nobody's).
    pub owner: PersonField,
    /// The owner's role.
    pub role: TextField,
}

impl DialogSpec for EditEntryDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::EditEntry(self.list))
    }
    fields_of!(text, owner, role);
    fn field_for(&self, field: crate::meeting::Field) -> Option<usize> {
        match field {
            crate::meeting::Field::Entry => Some(0),
            crate::meeting::Field::Role => Some(2),
            _ => None,
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::EditEntry {
            list: self.list,
            number: self.number,
            text: self.text.text(),
            owner: self.owner.value().flatten(),
            role: self.role.optional(),
        })
    }
}

/// A checklist item answered: check or no check, with a note.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AnswerCheckDialog {
    /// Which entry, by number.
    pub number: u32,
    /// Check (true) or no check.
    pub checked: ChoiceField<bool>,
    /// A note (optional).
    pub note: TextField,
}

impl DialogSpec for AnswerCheckDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::Answer(TacticalList::Checklist))
    }
    fields_of!(checked, note);
    fn command(&self, _: &App) -> Made {
        let note = self.note.optional();
        Ok(Command::AnswerEntry {
            list: TacticalList::Checklist,
            number: self.number,
            answer: if self.checked.value().unwrap_or(true) {
                EntryAnswer::Check { note }
            } else {
                EntryAnswer::NoCheck { note }
            },
        })
    }
    fn back(&self, app: &mut App, recorded: bool) {
        moves_on(self, app, recorded);
    }
}

/// A metric's value.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AnswerMetricDialog {
    /// Which entry, by number.
    pub number: u32,
    /// The value.
    pub value: TextField,
}

impl DialogSpec for AnswerMetricDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::Answer(TacticalList::Metrics))
    }
    fields_of!(value);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AnswerEntry {
            list: TacticalList::Metrics,
            number: self.number,
            answer: EntryAnswer::Value {
                text: self.value.text(),
            },
        })
    }
    fn back(&self, app: &mut App, recorded: bool) {
        moves_on(self, app, recorded);
    }
}

/// A project's progress: what changed, or nothing typed for no update.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AnswerProgressDialog {
    /// Which entry, by number.
    pub number: u32,
    /// What changed.
    pub what_changed: TextField,
}

impl DialogSpec for AnswerProgressDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::Answer(TacticalList::Progress))
    }
    fields_of!(what_changed);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AnswerEntry {
            list: TacticalList::Progress,
            number: self.number,
            answer: match self.what_changed.optional() {
                Some(text) => EntryAnswer::Update { text },
                None => EntryAnswer::NoUpdate,
            },
        })
    }
    fn back(&self, app: &mut App, recorded: bool) {
        moves_on(self, app, recorded);
    }
}

/// The item owner's need.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct NeedDialog {
    /// The need.
    pub text: TextField,
}

impl DialogSpec for NeedDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::Need)
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::StateNeed {
            text: self.text.text(),
        })
    }
}

/// A request to a person, or to a role typed.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct RequestDialog {
    /// To whom: a present person, or `None` for the role typed below.
    pub to: PersonField,
    /// The role, when the request goes to a role.
    pub role: TextField,
    /// The request.
    pub request: TextField,
}

impl DialogSpec for RequestDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::Request)
    }
    fields_of!(to, role, request);
    fn field_for(&self, field: crate::meeting::Field) -> Option<usize> {
        match field {
            crate::meeting::Field::Role => Some(1),
            crate::meeting::Field::Request => Some(2),
            _ => None,
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::MakeRequest {
            to: match self.to.value().flatten() {
                Some(person) => RequestTo::Person(person),
                None => RequestTo::Role(self.role.text()),
            },
            text: self.request.text(),
        })
    }
}

/// An action of the action review answered with a note.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ActionNoteDialog {
    /// Which action, by number.
    pub number: u32,
    /// Done, still open or dropped.
    pub answer: ChoiceField<ActionStatus>,
    /// A note (optional).
    pub note: TextField,
}

impl DialogSpec for ActionNoteDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::ActionNote)
    }
    fields_of!(answer, note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::ReviewAction {
            number: self.number,
            status: self.answer.value().unwrap_or(ActionStatus::Open),
            note: self.note.optional(),
        })
    }
    /// The next action still to answer becomes the selection.
    fn back(&self, app: &mut App, recorded: bool) {
        if recorded {
            app.select_next_unreviewed();
        }
    }
}

/// Where a project stands: current, waiting (on whom), done or dropped.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ProjectStatusDialog {
    /// Which project, by number in the progress list.
    pub number: u32,
    /// 0 current, 1 waiting, 2 done, 3 dropped (as the words list them).
    pub status: ChoiceField<u32>,
    /// On whom or what it waits (when waiting).
    pub waiting_on: TextField,
}

impl DialogSpec for ProjectStatusDialog {
    fn title(&self) -> Dialog {
        Dialog::Tactical(TacticalDialog::ProjectStatus)
    }
    fields_of!(status, waiting_on);
    fn command(&self, _: &App) -> Made {
        Ok(Command::SetProjectStatus {
            number: self.number,
            status: match self.status.value() {
                Some(1) => ProjectState::Waiting {
                    on: self.waiting_on.text(),
                },
                Some(2) => ProjectState::Done,
                Some(3) => ProjectState::Dropped,
                _ => ProjectState::Current,
            },
        })
    }
}

/// After an entry dialog of the tactical reviews was recorded, the review
/// moves on from the dialog the title names: one source for which dialog
/// it was, so the title and what follows it cannot disagree.
fn moves_on(dialog: &impl DialogSpec, app: &mut App, recorded: bool) {
    if let (true, Dialog::Tactical(which)) = (recorded, dialog.title()) {
        app.after_tactical(which);
    }
}
