//! The governance view's keys: opening it over any step, typing to
//! search, scrolling, Esc back to the step as it was.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Mode};
use crate::tui::govview::GovView;

impl App {
    /// Opens the governance view over the step. The circle is taken now
    /// (the record at the start plus this meeting's adoptions); if the
    /// background fold is still running it is taken at the next frame.
    pub(super) fn open_governance(&mut self) {
        let mut view = GovView::default();
        self.fill_governance(&mut view);
        self.mode = Mode::Governance(view);
    }

    /// Opens the part dialog over the record at the meeting's start (the
    /// core roles only outside a sessions folder); while the folder is
    /// still being read, says so instead.
    pub(super) fn open_part(&mut self) {
        let circle_name = self.session.setup().circle.clone();
        let circle = match &self.governance {
            None => crate::record::governance::Circle::new(&circle_name),
            Some(source) => match source.at_start() {
                Some(record) => record.circle_or_new(&circle_name),
                None => {
                    self.status = Some(super::Status::Info(self.words.gov_loading().to_owned()));
                    return;
                }
            },
        };
        let dialog = Box::new(super::dialogs::PartDialog::new(self, &circle));
        self.open_form(super::form::Form::new(dialog, String::new()).focused(0));
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
