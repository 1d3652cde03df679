//! What ↑↓ select on each screen, kept by id: the rows a screen lists,
//! and the selection following a new or moved entry.

use super::App;
use crate::meeting::views;
use crate::tui::keys::Screen;

impl App {
    /// How many entries the current screen's list has (what ↑↓ select in).
    pub(super) fn list_len(&self) -> usize {
        self.list_ids().len()
    }

    /// The ids of the rows ↑↓ select among on the current screen (question
    /// and concern numbers, item ids, request and entry numbers, voters),
    /// so the selection can follow an entry rather than a row.
    pub(super) fn list_ids(&self) -> Vec<u32> {
        let state = self.session.state();
        match self.screen() {
            Screen::Agenda => state.agenda.iter().map(|i| i.id.0).collect(),
            Screen::Questions => state
                .active_item()
                .map(|i| i.questions().iter().map(|q| q.number).collect())
                .unwrap_or_default(),
            Screen::Objections => state
                .active_item()
                .map(|i| i.concerns().iter().map(|c| c.number).collect())
                .unwrap_or_default(),
            Screen::Integration | Screen::Resolve => {
                self.objections().iter().map(|c| c.number).collect()
            }
            Screen::CloseOut => views::undecided(state).iter().map(|i| i.id.0).collect(),
            Screen::Nominations | Screen::Changes => self.election_list_ids(),
            Screen::Review | Screen::Triage => self.tactical_list_ids(),
            Screen::Actions => state.tactical.actions.iter().map(|a| a.number).collect(),
            _ => Vec::new(),
        }
    }

    /// After a key: a row that was not there before (a question just asked,
    /// a concern or objection just raised, a request just made; agenda items
    /// and review entries keep their own rules) becomes the selection,
    /// so the next key acts on it; otherwise a selection the key left alone
    /// stays on the same entry even if rows moved.
    pub(super) fn follow_selection(&mut self, before: &[u32], selected_before: usize) {
        let after = self.list_ids();
        let adds_rows = matches!(
            self.screen(),
            Screen::Questions
                | Screen::Objections
                | Screen::Integration
                | Screen::Resolve
                | Screen::Triage
        );
        // An election just asked for goes first among the items waiting,
        // and nothing else may start before it: it becomes the selection,
        // so Enter starts it rather than being refused.
        let election_added = (self.screen() == Screen::Agenda)
            .then(|| {
                let agenda = &self.session.state().agenda;
                after.iter().position(|id| {
                    !before.contains(id) && agenda.iter().any(|i| i.id.0 == *id && i.is_election())
                })
            })
            .flatten();
        if adds_rows && let Some(i) = after.iter().rposition(|id| !before.contains(id)) {
            self.ui.selected = i;
        } else if let Some(i) = election_added {
            self.ui.selected = i;
        } else if self.ui.selected == selected_before
            && let Some(id) = before.get(selected_before.min(before.len().saturating_sub(1)))
            && let Some(i) = after.iter().position(|a| a == id)
        {
            self.ui.selected = i;
        }
    }

    pub(crate) fn selected_item(&self) -> Option<&crate::meeting::state::Item> {
        let agenda = &self.session.state().agenda;
        agenda.get(self.ui.selected.min(agenda.len().saturating_sub(1)))
    }

    pub(super) fn selected_question(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.questions().len();
        item.questions()
            .get(self.ui.selected.min(n.saturating_sub(1)))
            .map(|q| q.number)
    }

    pub(super) fn question_text(&self, number: u32) -> String {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.questions().iter().find(|q| q.number == number))
            .map(|q| q.text.clone())
            .unwrap_or_default()
    }

    pub(super) fn selected_concern(&self) -> Option<u32> {
        let item = self.session.state().active_item()?;
        let n = item.concerns().len();
        item.concerns()
            .get(self.ui.selected.min(n.saturating_sub(1)))
            .map(|c| c.number)
    }

    pub(super) fn concern_text(&self, number: u32) -> String {
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

    pub(super) fn selected_objection(&self) -> Option<u32> {
        let list = self.objections();
        list.get(self.ui.selected.min(list.len().saturating_sub(1)))
            .map(|c| c.number)
    }
}
