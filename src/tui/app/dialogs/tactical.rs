//! The tactical meeting's dialogs: checklist items, metrics and projects
//! defined, corrected and answered; the owner's need and requests.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::{DialogSpec, fields_of};
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
        if recorded {
            app.after_tactical(TacticalDialog::AddEntry(self.list));
        }
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
        if recorded {
            app.after_tactical(TacticalDialog::Answer(TacticalList::Checklist));
        }
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
        if recorded {
            app.after_tactical(TacticalDialog::Answer(TacticalList::Metrics));
        }
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
        if recorded {
            app.after_tactical(TacticalDialog::Answer(TacticalList::Progress));
        }
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
