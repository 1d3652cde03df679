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

    /// Puts the pointer where [`landing`] says the screen on show starts.
    pub(super) fn land(&mut self) {
        let last = self.session.log().last().map(|r| &r.event);
        self.ui.selected = landing(self.session.state(), last).unwrap_or(0);
    }

    /// Once an item has ended and the agenda is back, the pointer goes to
    /// the item Enter starts next (the first one still waiting) rather
    /// than staying on the finished one. Replay follows the same rule.
    pub(super) fn point_at_next_item(&mut self) {
        if self.screen() != Screen::Agenda {
            return;
        }
        let state = self.session.state();
        let ended = self
            .session
            .log()
            .last()
            .is_some_and(|e| matches!(e.event, crate::meeting::Event::ItemEnded { .. }));
        if let Some(i) = ended.then(|| next_waiting_row(state)).flatten() {
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

/// Where the pointer lands when a list screen comes up, whether the live
/// meeting just reached it or a meeting is resumed (or replayed, or
/// followed) at it: on the entry the live meeting would be on had it just
/// recorded the same entries, which is the one the facilitator acts on
/// next. `last` is the entry just recorded, if any. The same rules as the
/// live app's after each entry:
/// - agenda: the item Enter starts next;
/// - clarifying questions: a question just asked, else the first one not
///   yet answered or ruled out;
/// - objection round: the first concern still to handle;
/// - integration, resolving objections: the first objection still open;
/// - nominations: the next person without a nomination;
/// - changed nominations: the person who changed last;
/// - checklist, metrics, progress: an entry just added, else the first
///   one not yet answered;
/// - triage: a request just made, else the first not yet answered;
/// - action review: the first action not yet answered;
/// - close-out: the first item not yet carried over or let go.
///
/// `None` leaves the top row.
pub(crate) fn landing(
    state: &crate::meeting::MeetingState,
    last: Option<&crate::meeting::Event>,
) -> Option<usize> {
    use crate::meeting::Event;
    let item = state.active_item();
    match crate::tui::screens::screen_of(state) {
        Screen::Agenda => next_waiting_row(state),
        Screen::Questions => {
            let questions = item?.questions();
            match last {
                Some(Event::QuestionAsked { .. }) => questions.len().checked_sub(1),
                _ => questions.iter().position(|q| !q.is_settled()),
            }
        }
        Screen::Objections => item?.concerns().iter().position(|c| c.is_unhandled()),
        Screen::Integration | Screen::Resolve => views::objections(state)
            .iter()
            .position(|c| c.is_open_objection()),
        Screen::Nominations => {
            let election = item?.election()?;
            election
                .voters(state)
                .iter()
                .position(|v| election.ballot_of(*v).is_none())
        }
        Screen::Changes => {
            let election = item?.election()?;
            let voter = election.changes.last()?.voter;
            election.ballots.iter().position(|b| b.voter == voter)
        }
        Screen::Review => {
            let list = crate::meeting::TacticalList::of_phase(state.phase)?;
            let entries = state.tactical.list(list);
            match last {
                Some(Event::EntryDefined { list: added, .. }) if *added == list => {
                    entries.len().checked_sub(1)
                }
                _ => entries.iter().position(|e| e.answer.is_none()),
            }
        }
        Screen::Triage => {
            let requests = &item?.triage().requests;
            match last {
                Some(Event::RequestMade { .. }) => requests.len().checked_sub(1),
                _ => requests.iter().position(|r| r.accepted.is_none()),
            }
        }
        Screen::Actions => state
            .tactical
            .actions
            .iter()
            .position(|a| a.answer.is_none()),
        Screen::CloseOut => views::undecided(state)
            .iter()
            .position(|i| i.disposition.is_none()),
        _ => None,
    }
}

/// The close-out row to go to once the item `decided` is carried over or
/// let go: the next one still undecided below it, else the first one
/// still undecided above it; `None` once every item is decided.
pub(crate) fn next_undecided_row(
    state: &crate::meeting::MeetingState,
    decided: crate::meeting::ItemId,
) -> Option<usize> {
    let items = views::undecided(state);
    let at = items.iter().position(|i| i.id == decided).unwrap_or(0);
    let open = |i: &usize| items[*i].disposition.is_none();
    (at + 1..items.len())
        .find(open)
        .or_else(|| (0..at).find(open))
}

/// The agenda row of the item Enter starts next: the first one still
/// waiting (where the pointer goes once an item has ended).
pub(crate) fn next_waiting_row(state: &crate::meeting::MeetingState) -> Option<usize> {
    state
        .agenda
        .iter()
        .position(|i| i.is_pending() && i.disposition.is_none())
}
