//! The people dialog: who is here, in which role, and the timebox.

use ratatui::crossterm::event::KeyEvent;

use super::dialogs::*;
use super::{App, Form, Mode};
use crate::meeting::{Command, PersonId};
use crate::text::tui::Label;
use crate::tui::fields::TextField;
use crate::tui::keys::{self, Action};

use super::PeopleDialog;

impl App {
    pub(super) fn people_key(&mut self, mut dialog: PeopleDialog, key: KeyEvent) {
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
                // Its empty name probes "may anyone join now?" without
                // tripping over a name already taken.
                let f = AddPersonDialog {
                    row: dialog.selected,
                    name: TextField::new(Label::Name, ""),
                    roles: TextField::new(Label::Roles, ""),
                };
                self.open_form(Form::new(f, String::new()));
                if matches!(self.mode, Mode::Form(_)) {
                    return;
                }
            }
            Some(Action::Presence) => {
                if let Some(person) = selected {
                    // Leaving has a reason ("doctor"); coming back at most a note.
                    let name = person.who.name.clone();
                    let form = if person.present {
                        let reason = TextField::new(Label::Reason, "");
                        Form::new(AbsentDialog { person: id, reason }, name)
                    } else {
                        let note = TextField::new(Label::Note, "");
                        Form::new(BackDialog { person: id, note }, name)
                    };
                    self.open_form(form);
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
                let f = TimeboxDialog {
                    row: dialog.selected,
                    minutes: TextField::new(Label::TimeboxMinutes, &current),
                };
                self.open_form(Form::new(f, String::new()));
                if matches!(self.mode, Mode::Form(_)) {
                    return;
                }
            }
            _ => {}
        }
        self.mode = Mode::People(dialog);
    }
}
