//! The consent rule set's keys and dialogs: the driver's parts, consent /
//! concern / objection in the consent round, resolving objections, and the
//! adoption dialog asking for a review date and evaluation criteria. A
//! child of `app` so the shared dispatcher only needs one line per hook.

use chrono::Months;

use super::dialogs::*;
use super::{App, Form};
use crate::meeting::{Command, ConsentAnswer, DriverPart};
use crate::text::tui::Label;
use crate::tui::fields::{ChoiceField, TextField};
use crate::tui::keys::{Action, Screen};
use crate::tui::screens::consent::{DRIVER_PANELS, part_label};

/// How far ahead the adoption dialog proposes the review date; a quarter
/// is a common S3 default and is easy to change in the field.
const DEFAULT_REVIEW_MONTHS: u32 = 3;

impl App {
    /// The consent round's and resolution's own keys.
    pub(super) fn consent_act(&mut self, action: Action) {
        let state = self.session.state();
        match action {
            Action::Consent => {
                self.record(Command::AnswerConsent {
                    person: None,
                    answer: ConsentAnswer::Consent,
                });
            }
            Action::Concern | Action::Objection => {
                let who = state
                    .whose_turn()
                    .map(|p| state.name(p).to_owned())
                    .unwrap_or_default();
                let text = TextField::new(Label::Text, "");
                let form = if action == Action::Concern {
                    Form::new(ConsentConcernDialog { text }, who)
                } else {
                    Form::new(ConsentObjectionDialog { text }, who)
                };
                self.open_form(form);
            }
            Action::Resolve => {
                if let Some(objection) = self.selected_objection() {
                    self.record(Command::ResolveObjection { objection });
                }
            }
            Action::Requalify => self.requalify_form(),
            _ => {}
        }
    }

    /// ↑ ↓ Tab on the driver screen: through the four parts and the proposal.
    pub(super) fn driver_focus(&mut self, action: Action) {
        self.ui.focus = if action == Action::Up {
            (self.ui.focus + DRIVER_PANELS - 1) % DRIVER_PANELS
        } else {
            (self.ui.focus + 1) % DRIVER_PANELS
        };
    }

    /// Enter on the driver screen: type the focused part, or the proposal.
    pub(super) fn driver_primary(&mut self) {
        let Some(item) = self.session.state().active_item() else {
            return;
        };
        let label = item.label.clone();
        match DriverPart::ALL.get(self.ui.focus).copied() {
            Some(part) => {
                let text = item.driver().part(part).unwrap_or_default();
                let dialog = DriverPartDialog {
                    part,
                    text: TextField::new(part_label(part), text),
                };
                self.open_form(Form::new(dialog, label));
            }
            // A stated proposal is corrected (a typo) as long as it is
            // still being presented, starting from its text.
            None => {
                let form = match item.current_version() {
                    Some(v) => {
                        let proposal = TextField::new(Label::Proposal, &v.text);
                        Form::new(CorrectProposalDialog { proposal }, label)
                    }
                    None => {
                        let proposal = TextField::new(Label::Proposal, "");
                        Form::new(ProposalDialog { proposal }, label)
                    }
                };
                self.open_form(form);
            }
        }
    }

    /// Enter in the consent round: one dialog for consent, concern or
    /// objection; once the round is complete, move on.
    pub(super) fn consent_primary(&mut self) {
        let state = self.session.state();
        let Some(p) = state.whose_turn() else {
            self.next();
            return;
        };
        let words = self.words;
        let options = [
            (words.label(Label::Consent).to_owned(), ConsentKind::Consent),
            (words.label(Label::Concern).to_owned(), ConsentKind::Concern),
            (
                words.label(Label::Objection).to_lowercase(),
                ConsentKind::Objection,
            ),
        ];
        let dialog = ConsentTurnDialog {
            answer: ChoiceField::new(Label::ConsentAnswer, options),
            text: TextField::new(Label::Text, ""),
        };
        self.open_form(Form::new(dialog, state.name(p).to_owned()).focused(0));
    }

    /// Which open objection to take as a concern, and why; the newest is
    /// preselected, since it is checked right after it was raised.
    fn requalify_form(&mut self) {
        let state = self.session.state();
        let open: Vec<_> = state
            .active_item()
            .map(|i| {
                i.concerns()
                    .iter()
                    .filter(|c| c.is_open_objection())
                    .collect()
            })
            .unwrap_or_default();
        let Some(newest) = open.last() else {
            // No open objection: the engine's refusal says so, or why not now.
            let probe = Command::RequalifyObjection {
                objection: 0,
                reason: String::new(),
            };
            match self.allowed(&probe) {
                Err(crate::meeting::Refusal::UnknownObjection { .. }) | Ok(()) => {
                    self.refuse(&crate::meeting::Refusal::NothingToResolve)
                }
                Err(r) => self.refuse(&r),
            }
            return;
        };
        let options = open.iter().map(|c| {
            let line = self
                .words
                .concern_line(c.number, state.name(c.objector), &c.text);
            (line, c.number)
        });
        let dialog = RequalifyDialog {
            objection: ChoiceField::new(Label::Objections, options).with(Some(newest.number)),
            reason: TextField::new(Label::Reason, ""),
        };
        self.open_form(Form::new(dialog, String::new()));
    }

    /// The adoption dialog: review date (proposed three months after the
    /// meeting) and evaluation criteria. Refused at once, with the reason,
    /// when adoption is not possible yet.
    pub(super) fn adoption_form(&mut self) {
        let state = self.session.state();
        let meeting = state.opened_at.date_naive();
        let proposed = meeting
            .checked_add_months(Months::new(DEFAULT_REVIEW_MONTHS))
            .unwrap_or(meeting);
        let label = state
            .active_item()
            .map(|i| i.label.clone())
            .unwrap_or_default();
        let dialog = AdoptDialog {
            review_date: TextField::new(Label::ReviewDate, &self.words.date_input(proposed)),
            criteria: TextField::new(Label::Criteria, ""),
        };
        // Probed with the proposed date, as the dialog opens.
        self.open_form(Form::new(dialog, label).focused(1));
    }

    /// Whether this key belongs to the driver screen's focus cycle.
    pub(super) fn is_driver_focus(&self, action: Action) -> bool {
        self.screen() == Screen::Driver
            && matches!(action, Action::Up | Action::Down | Action::Focus)
    }
}
