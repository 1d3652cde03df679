//! The consent rule set's keys and dialogs: the driver's parts, consent /
//! concern / objection in the consent round, resolving objections, and the
//! adoption dialog asking for a review date and evaluation criteria. A
//! child of `app` so the shared dispatcher only needs one line per hook.

use chrono::{Months, NaiveDate};

use super::{About, App, Field, Form, Mode, Status};
use crate::meeting::{Command, ConsentAnswer, DriverPart};
use crate::text::tui::{Dialog, Label};
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
                let (dialog, answer) = if action == Action::Concern {
                    (
                        Dialog::ConsentConcern,
                        ConsentAnswer::Concern {
                            text: String::new(),
                        },
                    )
                } else {
                    (
                        Dialog::ConsentObjection,
                        ConsentAnswer::Objection {
                            text: String::new(),
                        },
                    )
                };
                let f = self.form(
                    dialog,
                    who,
                    vec![Self::text_field(Label::Text, "")],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AnswerConsent {
                        person: None,
                        answer,
                    }),
                    f,
                );
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
                let text = item.driver().part(part).unwrap_or_default().to_owned();
                let dialog = match part {
                    DriverPart::Situation => Dialog::Situation,
                    DriverPart::Effect => Dialog::Effect,
                    DriverPart::Need => Dialog::Need,
                    DriverPart::Impact => Dialog::Impact,
                };
                let f = self.form(
                    dialog,
                    label,
                    vec![Self::text_field(part_label(part), &text)],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::DescribeDriver {
                        part,
                        text: String::new(),
                    }),
                    f,
                );
            }
            // A stated proposal is corrected (a typo) as long as it is
            // still being presented, starting from its text.
            None => {
                let stated = item.current_version().map(|v| v.text.clone());
                let (dialog, text, probe) = match stated {
                    Some(text) => (
                        Dialog::CorrectProposal,
                        text.clone(),
                        Command::CorrectProposal { text },
                    ),
                    None => (
                        Dialog::Proposal,
                        String::new(),
                        Command::StateProposal {
                            text: String::new(),
                        },
                    ),
                };
                let f = self.form(
                    dialog,
                    label,
                    vec![Self::text_field(Label::Proposal, &text)],
                    About::Nothing,
                );
                self.open_form(Some(probe), f);
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
        let options = vec![
            words.label(Label::Consent).to_owned(),
            words.label(Label::Concern).to_owned(),
            words.label(Label::Objection).to_lowercase(),
        ];
        let f = self.form(
            Dialog::ConsentTurn,
            state.name(p).to_owned(),
            vec![
                Self::list_field(Label::ConsentAnswer, options),
                Self::text_field(Label::Text, ""),
            ],
            About::Nothing,
        );
        self.open_form(
            Some(Command::AnswerConsent {
                person: None,
                answer: ConsentAnswer::Consent,
            }),
            f,
        );
        if let Mode::Form(form) = &mut self.mode {
            form.focus = 0;
        }
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
        let probe = Command::RequalifyObjection {
            objection: newest.number,
            reason: String::new(),
        };
        let options = open
            .iter()
            .map(|c| {
                self.words
                    .concern_line(c.number, state.name(c.objector), &c.text)
            })
            .collect();
        let values = open.iter().map(|c| Some(c.number)).collect();
        let selected = open.len() - 1;
        let f = self.form(
            Dialog::Requalify,
            String::new(),
            vec![
                Field::Choice {
                    label: Label::Objections,
                    options,
                    values,
                    selected,
                },
                Self::text_field(Label::Reason, ""),
            ],
            About::Nothing,
        );
        self.open_form(Some(probe), f);
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
        let probe = Command::AdoptAgreement {
            review_date: proposed,
            criteria: String::new(),
        };
        if let Err(r) = self.allowed(&probe) {
            self.refuse(&r);
            return;
        }
        let label = state
            .active_item()
            .map(|i| i.label.clone())
            .unwrap_or_default();
        let f = self.form(
            Dialog::Adopt,
            label,
            vec![
                Self::text_field(Label::ReviewDate, &proposed.format("%Y-%m-%d").to_string()),
                Self::text_field(Label::Criteria, ""),
            ],
            About::Nothing,
        );
        self.mode = Mode::Form(f);
        if let Mode::Form(form) = &mut self.mode {
            form.focus = 1;
        }
    }

    /// The command a consent dialog stands for, or what is wrong with it.
    pub(super) fn consent_command(&self, form: &Form) -> Result<Command, String> {
        let part = |part| Command::DescribeDriver {
            part,
            text: form.text(part_label(part)),
        };
        Ok(match form.dialog {
            Dialog::Situation => part(DriverPart::Situation),
            Dialog::Effect => part(DriverPart::Effect),
            Dialog::Need => part(DriverPart::Need),
            Dialog::Impact => part(DriverPart::Impact),
            Dialog::ConsentConcern => Command::AnswerConsent {
                person: None,
                answer: ConsentAnswer::Concern {
                    text: form.text(Label::Text),
                },
            },
            Dialog::ConsentObjection => Command::AnswerConsent {
                person: None,
                answer: ConsentAnswer::Objection {
                    text: form.text(Label::Text),
                },
            },
            Dialog::ConsentTurn => Command::AnswerConsent {
                person: None,
                answer: match form.choice(Label::ConsentAnswer) {
                    Some(1) => ConsentAnswer::Concern {
                        text: form.text(Label::Text),
                    },
                    Some(2) => ConsentAnswer::Objection {
                        text: form.text(Label::Text),
                    },
                    _ => ConsentAnswer::Consent,
                },
            },
            Dialog::Requalify => Command::RequalifyObjection {
                objection: form.choice(Label::Objections).unwrap_or(0),
                reason: form.text(Label::Reason),
            },
            _ => {
                let typed = form.text(Label::ReviewDate);
                let review_date = NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d")
                    .map_err(|_| self.words.bad_date(typed.trim()))?;
                Command::AdoptAgreement {
                    review_date,
                    criteria: form.text(Label::Criteria),
                }
            }
        })
    }

    /// Whether this key belongs to the driver screen's focus cycle.
    pub(super) fn is_driver_focus(&self, action: Action) -> bool {
        self.screen() == Screen::Driver
            && matches!(action, Action::Up | Action::Down | Action::Focus)
    }

    /// Shows what is wrong with a consent dialog and keeps it open.
    pub(super) fn refuse_form(&mut self, form: Form, why: String) {
        self.status = Some(Status::Refused(why));
        self.mode = Mode::Form(form);
    }
}
