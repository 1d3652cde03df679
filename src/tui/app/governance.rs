//! The governance view's keys: opening it over any step, typing to
//! search, scrolling, Esc back to the step as it was. And the proposal's
//! parts: the part dialog (`+`) and the part list (`*`), where a part is
//! picked by number or arrows, changed in the part dialog or removed.

/// The part list: which part of the proposal is picked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PartList {
    /// The picked part, from 0.
    pub selected: usize,
    /// Digits typed in a row, so "1" then "2" picks part 12.
    typed: String,
}

impl PartList {
    /// A digit typed: with the digits before it, the part with that
    /// number if there is one, else the part with this digit's number.
    fn number(&mut self, digit: usize, count: usize) {
        let longer = format!("{}{digit}", self.typed);
        for (typed, n) in [
            (longer.clone(), longer.parse().unwrap_or(0)),
            (digit.to_string(), digit),
        ] {
            if (1..=count).contains(&n) {
                self.selected = n - 1;
                self.typed = typed;
                return;
            }
        }
        self.typed.clear();
    }
}

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::dialogs::{Known, PartDialog};
use super::form::DialogSpec;
use super::{App, Mode};
use crate::meeting::{Command, Part};
use crate::tui::govview::GovView;
use crate::tui::keys::{self, Action};

impl App {
    /// Opens the governance view over the step. The circle is taken now
    /// (the record at the start plus this meeting's adoptions); if the
    /// background fold is still running it is taken at the next frame.
    pub(super) fn open_governance(&mut self) {
        let mut view = GovView::default();
        self.fill_governance(&mut view);
        self.mode = Mode::Governance(view);
    }

    /// What the part dialog picks from: the record at the meeting's start
    /// (the core roles only outside a sessions folder); while the folder
    /// is still being read, says so instead and gives nothing.
    fn known(&mut self) -> Option<Known> {
        let circle = self.session.setup().circle.clone();
        match &self.governance {
            None => Some(Known::of(None, &circle)),
            Some(source) => match source.at_start() {
                Some(record) => Some(Known::of(Some(record), &circle)),
                None => {
                    self.status = Some(super::Status::Info(self.words.gov_loading().to_owned()));
                    None
                }
            },
        }
    }

    /// Opens the part dialog over the record at the meeting's start.
    pub(super) fn open_part(&mut self) {
        let Some(known) = self.known() else {
            return;
        };
        let dialog = Box::new(PartDialog::new(self, known));
        self.open_form(super::form::Form::new(dialog, String::new()).focused(0));
    }

    /// The parts of the proposal under decision (its current version).
    pub(crate) fn current_parts(&self) -> &[Part] {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.current_version())
            .map_or(&[], |v| v.parts.as_slice())
    }

    /// Opens the list of the proposal's parts (`*`), to change or remove
    /// one; says why not when there are none or parts cannot change now.
    pub(super) fn open_parts(&mut self) {
        if self.current_parts().is_empty() {
            self.status = Some(super::Status::Info(self.words.parts_none().to_owned()));
            return;
        }
        if let Err(r) = self.allowed(&Command::RemovePart { number: 1 }) {
            self.refuse(&r);
            return;
        }
        self.mode = Mode::Parts(PartList::default());
    }

    pub(super) fn parts_key(&mut self, mut list: PartList, key: KeyEvent) {
        let count = self.current_parts().len();
        if count == 0 {
            return;
        }
        list.selected = list.selected.min(count - 1);
        match keys::lookup_parts(&key) {
            Some(Action::Close) => return,
            Some(Action::Up) => list.selected = list.selected.saturating_sub(1),
            Some(Action::Down) => list.selected = (list.selected + 1).min(count - 1),
            Some(Action::EditPart) => {
                self.edit_part(list.selected);
                if matches!(self.mode, Mode::Form(_)) {
                    return;
                }
            }
            Some(Action::RemovePart) => {
                let number = list.selected + 1;
                let part = self.words.part(&self.current_parts()[list.selected]);
                self.mode = Mode::Confirm {
                    question: self.words.confirm_remove_part(number, &part),
                    pending: super::Pending::Command(Command::RemovePart {
                        number: number as u32,
                    }),
                };
                return;
            }
            _ => {
                if let KeyCode::Char(c) = key.code
                    && let Some(digit) = c.to_digit(10)
                    && !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                {
                    list.number(digit as usize, count);
                }
            }
        }
        self.mode = Mode::Parts(list);
    }

    /// Opens the part dialog on part `index` (from 0), prefilled.
    fn edit_part(&mut self, index: usize) {
        let Some(part) = self.current_parts().get(index).cloned() else {
            return;
        };
        let Some(known) = self.known() else {
            return;
        };
        let number = index + 1;
        let subtitle = self.words.part_editing(number, &self.words.part(&part));
        let dialog = Box::new(PartDialog::editing(self, known, number as u32, &part));
        let focus = usize::from(dialog.fields().len() > 1);
        self.show(super::form::Form::new(dialog, subtitle).focused(focus));
    }

    /// Takes the circle into `view` once the record is there.
    pub(crate) fn fill_governance(&self, view: &mut GovView) {
        if view.circle.is_none()
            && let Some(source) = &self.governance
        {
            view.circle = source.circle_now(&self.session).map(Box::new);
        }
    }

    pub(super) fn governance_key(&mut self, mut view: GovView, key: KeyEvent) {
        match key.code {
            KeyCode::Esc => return,
            KeyCode::Backspace => {
                view.filter.pop();
                view.scroll = 0;
            }
            KeyCode::Up => view.scroll = view.scroll.saturating_sub(1),
            KeyCode::Down => view.scroll = view.scroll.saturating_add(1),
            KeyCode::PageUp => view.scroll = view.scroll.saturating_sub(10),
            KeyCode::PageDown => view.scroll = view.scroll.saturating_add(10),
            KeyCode::Home => view.scroll = 0,
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                view.filter.push(c);
                view.scroll = 0;
            }
            _ => {}
        }
        self.mode = Mode::Governance(view);
    }
}
