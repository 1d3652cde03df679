//! The tactical meeting's keys and forms: reviewing the checklist, metrics
//! and projects, and triaging items. A child of `app` so it can use the
//! app's form helpers; `app.rs` only dispatches here.

use super::dialogs::*;
use super::{App, Form};
use crate::meeting::actions::ActionStatus;
use crate::meeting::projects::ProjectState;
use crate::meeting::state::Item;
use crate::meeting::tactical::Entry;
use crate::meeting::views::{self, NextStep};
use crate::meeting::{
    Command, Ending, EntryAnswer, MeetingFormat, MeetingState, Phase, TacticalList,
};
use crate::text::tactical::{TacticalDialog, TacticalKey, TacticalLabel};
use crate::text::tui::Label;
use crate::tui::fields::{ChoiceField, TextField};

/// The action review's answers, in the order its form offers them.
pub(crate) const ACTION_ANSWERS: [ActionStatus; 3] = [
    ActionStatus::Done,
    ActionStatus::Open,
    ActionStatus::Dropped,
];

/// The list under review, if a review screen is showing.
pub(crate) fn current_list(state: &MeetingState) -> Option<TacticalList> {
    TacticalList::of_phase(state.phase)
}

impl App {
    /// The selected entry of the list under review.
    pub(crate) fn selected_entry(&self) -> Option<(TacticalList, &Entry)> {
        let state = self.session.state();
        let list = current_list(state)?;
        let entries = state.tactical.list(list);
        let entry = entries.get(self.ui.selected.min(entries.len().saturating_sub(1)))?;
        Some((list, entry))
    }

    /// The item being triaged.
    fn triaged(&self) -> Option<&Item> {
        self.session.state().active_item()
    }

    /// The selected request of the item being triaged.
    pub(crate) fn selected_request(&self) -> Option<u32> {
        let requests = &self.triaged()?.triage().requests;
        requests
            .get(self.ui.selected.min(requests.len().saturating_sub(1)))
            .map(|r| r.number)
    }

    /// The rows ↑↓ move through on a tactical screen, by number.
    pub(crate) fn tactical_list_ids(&self) -> Vec<u32> {
        let state = self.session.state();
        match current_list(state) {
            // Entries are numbered by their place in the list, from 1.
            Some(list) => (1..=state.tactical.list(list).len() as u32).collect(),
            None => self
                .triaged()
                .map(|i| i.triage().requests.iter().map(|r| r.number).collect())
                .unwrap_or_default(),
        }
    }

    /// A key of the tactical screens.
    pub(crate) fn act_tactical(&mut self, key: TacticalKey) {
        let words = self.words;
        match key {
            TacticalKey::AddEntry => {
                let Some(list) = current_list(self.session.state()) else {
                    return;
                };
                let dialog = AddEntryDialog {
                    list,
                    text: TextField::new(Label::Text, ""),
                    owner: self.people_field(Label::Owner, true, None),
                    role: TextField::new(Label::Tactical(TacticalLabel::Role), ""),
                };
                self.show(Form::new(dialog, String::new()).focused(0));
            }
            TacticalKey::EditEntry => {
                if let Some((list, entry)) = self.selected_entry() {
                    let dialog = EditEntryDialog {
                        list,
                        number: entry.number,
                        text: TextField::new(Label::Text, &entry.text),
                        owner: self.people_field(Label::Owner, true, entry.owner),
                        role: TextField::new(
                            Label::Tactical(TacticalLabel::Role),
                            entry.role.as_deref().unwrap_or_default(),
                        ),
                    };
                    self.show(Form::new(dialog, String::new()).focused(0));
                }
            }
            TacticalKey::RemoveEntry => {
                if let Some((list, entry)) = self.selected_entry() {
                    let question = words.confirm_remove_entry(&entry.text);
                    let command = Command::RemoveEntry {
                        list,
                        number: entry.number,
                    };
                    self.confirm(command, question);
                }
            }
            TacticalKey::AnswerEntry => self.answer_form(),
            TacticalKey::Check | TacticalKey::NoCheck => {
                if let Some((list, entry)) = self.selected_entry() {
                    let answer = match (list, key) {
                        (TacticalList::Checklist, TacticalKey::Check) => {
                            EntryAnswer::Check { note: None }
                        }
                        (TacticalList::Checklist, _) => EntryAnswer::NoCheck { note: None },
                        (TacticalList::Progress, TacticalKey::NoCheck) => EntryAnswer::NoUpdate,
                        // A metric has no quick answer: its value is typed.
                        _ => return self.answer_form(),
                    };
                    let number = entry.number;
                    if self.record(Command::AnswerEntry {
                        list,
                        number,
                        answer,
                    }) {
                        self.select_next_unanswered(list);
                    }
                }
            }
            TacticalKey::NextReview => {
                // On a review screen: the next review, then the agenda.
                if let NextStep::Record(command) = views::next_step(self.session.state(), None)
                    && self.record(command)
                {
                    self.ui.selected = 0;
                }
            }
            TacticalKey::ToAgenda => {
                self.record(Command::OpenAgenda);
            }
            TacticalKey::Need => {
                let Some(item) = self.triaged() else {
                    return;
                };
                let need = item.triage().need.as_deref().unwrap_or_default();
                let dialog = NeedDialog {
                    text: TextField::new(Label::Text, need),
                };
                self.open_form(Form::new(dialog, item.label.clone()));
            }
            TacticalKey::Request => {
                let Some(item) = self.triaged() else {
                    return;
                };
                let label = item.label.clone();
                // Present people, then "a role" (typed in the next field).
                let mut to = self.people_field(Label::Tactical(TacticalLabel::To), false, None);
                to.options
                    .push(words.tactical_label(TacticalLabel::ARole).to_owned());
                to.values.push(None);
                let dialog = RequestDialog {
                    to,
                    role: TextField::new(Label::Tactical(TacticalLabel::Role), ""),
                    request: TextField::new(Label::Tactical(TacticalLabel::Request), ""),
                };
                self.open_form(Form::new(dialog, label).focused(2));
            }
            TacticalKey::Accept | TacticalKey::Decline => {
                if let Some(number) = self.selected_request() {
                    self.record(Command::AnswerRequest {
                        number,
                        accepted: key == TacticalKey::Accept,
                    });
                }
            }
            TacticalKey::NeedMet => self.confirm_end(Ending::NeedMet),
            TacticalKey::CutOff => self.confirm_end(Ending::CutOff),
            TacticalKey::ActionDone | TacticalKey::ActionStillOpen | TacticalKey::ActionDropped => {
                let status = match key {
                    TacticalKey::ActionDone => ActionStatus::Done,
                    TacticalKey::ActionDropped => ActionStatus::Dropped,
                    _ => ActionStatus::Open,
                };
                if let Some(number) = self.selected_action()
                    && self.record(Command::ReviewAction {
                        number,
                        status,
                        note: None,
                    })
                {
                    self.select_next_unreviewed();
                }
            }
            TacticalKey::ActionNote => self.action_note_form(),
            TacticalKey::ProjectStatus => self.project_status_form(),
            TacticalKey::Board => {
                if self.session.state().phase == Phase::Progress {
                    self.ui.focus = (self.ui.focus + 1) % 3;
                }
            }
        }
    }

    /// Asks before ending the item as need met or cut off; the engine's
    /// reason shows at once if it may not end that way now.
    pub(crate) fn confirm_end(&mut self, ending: Ending) {
        let state = self.session.state();
        let command = Command::EndItem {
            ending,
            reason: None,
        };
        let label = state
            .active_item()
            .map(|i| i.label.clone())
            .unwrap_or_default();
        // `n` after a clean objection round ends an election too: it is
        // "elected", never "adopted", as in the ending dialog.
        let election = state.active_item().is_some_and(|i| i.is_election());
        let ending_word = self.words.ending_for(ending, election);
        let question = match ending {
            Ending::NeedMet => format!(
                "{} {}",
                self.words.got_what_you_need(),
                self.words.confirm_ending(ending_word, &label)
            ),
            _ => self.words.confirm_ending(ending_word, &label),
        };
        self.confirm(command, question);
    }

    /// The selected action of the action review, by number.
    pub(crate) fn selected_action(&self) -> Option<u32> {
        let actions = &self.session.state().tactical.actions;
        actions
            .get(self.ui.selected.min(actions.len().saturating_sub(1)))
            .map(|a| a.number)
    }

    /// After an answer: the next action not yet answered, below the one
    /// answered first, so the review is +, +, s, ...
    pub(crate) fn select_next_unreviewed(&mut self) {
        let actions = &self.session.state().tactical.actions;
        let from = self.ui.selected.min(actions.len().saturating_sub(1));
        let next = (from + 1..actions.len())
            .chain(0..from)
            .find(|&i| actions[i].answer.is_none());
        if let Some(i) = next {
            self.ui.selected = i;
        }
    }

    /// Done, still open or dropped, with a note.
    fn action_note_form(&mut self) {
        let Some(number) = self.selected_action() else {
            return;
        };
        let state = self.session.state();
        let Some(action) = state.tactical.actions.iter().find(|a| a.number == number) else {
            return;
        };
        let words = self.words;
        let subtitle = match &action.offered.owner {
            Some(owner) => format!("{}  —  {owner}", action.offered.text),
            None => action.offered.text.clone(),
        };
        let current = action.answer.as_ref().map(|a| a.status);
        let note = action
            .answer
            .as_ref()
            .and_then(|a| a.note.clone())
            .unwrap_or_default();
        let dialog = ActionNoteDialog {
            number,
            answer: ChoiceField::new(
                Label::Tactical(TacticalLabel::ActionAnswer),
                ACTION_ANSWERS
                    .iter()
                    .map(|s| (words.action_answer(*s).to_owned(), *s)),
            )
            .with(current),
            note: TextField::new(Label::Note, &note),
        };
        self.open_form(Form::new(dialog, subtitle).focused(0));
    }

    /// Where the selected project stands: current, waiting (on whom),
    /// done or dropped.
    fn project_status_form(&mut self) {
        let state = self.session.state();
        let number = match self.selected_entry() {
            Some((TacticalList::Progress, entry)) => entry.number,
            _ => 1,
        };
        let entry = state.tactical.entry(TacticalList::Progress, number);
        let (subtitle, current) = entry.map_or_else(
            || (String::new(), None),
            |e| (e.text.clone(), e.status.clone()),
        );
        let names = self.words.project_states();
        let (index, on) = match &current {
            Some(ProjectState::Waiting { on }) => (1, on.clone()),
            Some(ProjectState::Done) => (2, String::new()),
            Some(ProjectState::Dropped) => (3, String::new()),
            _ => (0, String::new()),
        };
        let dialog = ProjectStatusDialog {
            number,
            status: ChoiceField::new(
                Label::Tactical(TacticalLabel::ProjectStatus),
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| ((*n).to_owned(), i as u32)),
            )
            .with(Some(index)),
            waiting_on: TextField::new(Label::Tactical(TacticalLabel::WaitingOn), &on),
        };
        self.open_form(Form::new(dialog, subtitle).focused(0));
    }

    /// Takes (`take`) or lets go the first offered item still to decide;
    /// a taken item is owned by its owner if present, else by the
    /// facilitator, and the status line says so.
    pub(crate) fn answer_offer(&mut self, take: bool) {
        let state = self.session.state();
        let Some(offer) = state.offers.iter().find(|o| o.is_open()) else {
            return;
        };
        let number = offer.number;
        if !take {
            self.record(Command::LetGoOffer { number });
            return;
        }
        let present = offer
            .owner
            .filter(|p| state.person(*p).is_some_and(|p| p.present));
        let owner = present.unwrap_or(state.facilitator);
        let missing = offer.offered.owner.clone().filter(|_| present.is_none());
        let taken_by = state.name(owner).to_owned();
        if self.record(Command::TakeOffer { number, owner })
            && let Some(missing) = missing
        {
            self.status = Some(super::Status::Info(
                self.words.offer_owner_absent(&missing, &taken_by),
            ));
        }
    }

    fn select_next_unanswered(&mut self, list: TacticalList) {
        let entries = self.session.state().tactical.list(list);
        if let Some(i) = entries.iter().position(|e| e.answer.is_none()) {
            self.ui.selected = i;
        }
    }

    fn answer_form(&mut self) {
        let Some((list, entry)) = self.selected_entry() else {
            return;
        };
        let words = self.words;
        let subtitle = format!(
            "{}  —  {}",
            entry.text,
            crate::tui::screens::tactical::owner_text(self.session.state(), entry, words)
        );
        let number = entry.number;
        // Check or no check comes first; the note is optional.
        let form = match list {
            TacticalList::Checklist => {
                let checked = [
                    (words.tactical_label(TacticalLabel::Check).to_owned(), true),
                    (
                        words.tactical_label(TacticalLabel::NoCheck).to_owned(),
                        false,
                    ),
                ];
                let dialog = AnswerCheckDialog {
                    number,
                    checked: ChoiceField::new(Label::Tactical(TacticalLabel::Checked), checked),
                    note: TextField::new(Label::Note, ""),
                };
                Form::new(dialog, subtitle)
            }
            TacticalList::Metrics => {
                let dialog = AnswerMetricDialog {
                    number,
                    value: TextField::new(Label::Tactical(TacticalLabel::Value), ""),
                };
                Form::new(dialog, subtitle)
            }
            TacticalList::Progress => {
                let dialog = AnswerProgressDialog {
                    number,
                    what_changed: TextField::new(Label::Tactical(TacticalLabel::WhatChanged), ""),
                };
                Form::new(dialog, subtitle)
            }
        };
        self.open_form(form.focused(0));
    }

    /// After a tactical form is recorded: answering moves the selection
    /// on to the next entry still waiting, so a review is Enter, Enter, ...
    pub(crate) fn after_tactical(&mut self, dialog: TacticalDialog) {
        if let TacticalDialog::Answer(list) = dialog {
            self.select_next_unanswered(list);
        }
        if let TacticalDialog::AddEntry(list) = dialog {
            self.ui.selected = self
                .session
                .state()
                .tactical
                .list(list)
                .len()
                .saturating_sub(1);
        }
    }

    /// The output form's extra field in a tactical meeting: the owner's role.
    pub(crate) fn output_role_field(&self) -> Option<TextField> {
        (self.session.state().format == MeetingFormat::Tactical)
            .then(|| TextField::new(Label::Tactical(TacticalLabel::Role), ""))
    }
}
