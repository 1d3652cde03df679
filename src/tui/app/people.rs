//! The people dialog: who is here, in which role, and the timebox.

use ratatui::crossterm::event::KeyEvent;

use super::{About, App, Form, Mode};
use crate::meeting::{Command, Participant, PersonId};
use crate::text::tui::{Dialog, Label};
use crate::tui::keys::{self, Action};

/// The people dialog: everyone in the session, present or not, with the
/// selection the facilitator acts on.
pub(crate) struct PeopleDialog {
    /// Index into the session's people (a `PersonId`).
    pub selected: usize,
}

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
    pub(super) fn back_to_people(&mut self, form: &Form, added: bool) {
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
}
