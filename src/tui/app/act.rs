//! The screens' keys: what each action does, Enter's obvious next
//! thing, and `n`.

use super::dialogs::*;
use super::selection::next_undecided_row;
use super::{App, Form, Mode, Pending, PeopleDialog, TestDialog};
use crate::meeting::views::{self, NextStep};
use crate::meeting::{
    Command, Direction, Disposition, IdmStep, OutOfOrderKind, OutputKind, Phase, Refusal, Speech,
};
use crate::text::tui::Label;
use crate::tui::fields::{ChoiceField, TextField, text_area};
use crate::tui::keys::{Action, Screen};
use strum::VariantArray;

impl App {
    pub(super) fn act(&mut self, action: Action) {
        let state = self.session.state();
        let words = self.words;
        match action {
            Action::Help => self.help = true,
            Action::Presentation => self.presentation = !self.presentation,
            Action::Quit => {
                self.mode = Mode::Confirm {
                    question: words.confirm_quit(self.save_error.is_none()),
                    pending: Pending::Quit,
                }
            }
            Action::Undo => match self.session.undo_preview() {
                Some(r) => {
                    self.mode = Mode::Confirm {
                        question: words.confirm_undo(&words.event(&r.event, state)),
                        pending: Pending::Undo,
                    }
                }
                None => self.refuse(&Refusal::NothingToUndo),
            },
            Action::ScrollUp => self.ui.scroll = self.ui.scroll.saturating_sub(3),
            Action::ScrollDown => self.ui.scroll = self.ui.scroll.saturating_add(3),
            _ if self.is_driver_focus(action) => self.driver_focus(action),
            Action::Up | Action::Down if self.screen() == Screen::Present => {
                self.ui.focus = if action == Action::Up {
                    (self.ui.focus + 2) % 3
                } else {
                    (self.ui.focus + 1) % 3
                };
            }
            Action::Up => self.ui.selected = self.ui.selected.saturating_sub(1),
            Action::Down => {
                // Stop at the last entry, so ↑ answers at once after many ↓.
                let last = self.list_len().saturating_sub(1);
                self.ui.selected = (self.ui.selected.min(last) + 1).min(last);
            }
            Action::Pass => {
                self.record(Command::Speak {
                    person: None,
                    speech: Speech::Pass,
                });
            }
            Action::Order => self.order_form(),
            Action::TypeTurn | Action::StartItem | Action::EditPanel | Action::Answer => {
                self.primary()
            }
            Action::Next => self.next(),
            Action::Focus => self.ui.focus = (self.ui.focus + 1) % 3,
            Action::TimeOut
            | Action::OutOfOrder
            | Action::Output
            | Action::Outcome
            | Action::Skip
            | Action::Note => self.act_record(action),
            Action::AddItem
            | Action::EditItem
            | Action::RemoveItem
            | Action::MoveUp
            | Action::MoveDown
            | Action::ClosingRound
            | Action::AskForHelp
            | Action::CarryOver
            | Action::LetGo => self.act_agenda(action),
            Action::TakeOffer | Action::LetGoOffer => {
                self.answer_offer(action == Action::TakeOffer)
            }
            Action::Ask
            | Action::NotSpecified
            | Action::RuleOut
            | Action::Clarify
            | Action::Amend => self.act_questions(action),
            Action::RecordObjection
            | Action::Test
            | Action::RequestTest
            | Action::SecretaryRuling
            | Action::ConfirmObjector
            | Action::ConfirmProposer
            | Action::Abandon => self.act_concerns(action),
            Action::Governance => self.open_governance(),
            Action::AddPart => self.open_part(),
            Action::Parts => self.open_parts(),
            Action::People => {
                // Start on the facilitator: the usual person to hand over from.
                let selected = state.facilitator.0 as usize;
                self.mode = Mode::People(PeopleDialog { selected });
            }
            Action::AddPerson
            | Action::Presence
            | Action::MakeFacilitator
            | Action::MakeSecretary
            | Action::Timebox
            | Action::EditPart
            | Action::RemovePart
            | Action::Close
            | Action::NewMeeting
            | Action::Resume
            | Action::Browse => {}
            Action::Consent
            | Action::Concern
            | Action::Objection
            | Action::Resolve
            | Action::Requalify => self.consent_act(action),
            Action::AddElection
            | Action::DescribeRole
            | Action::Nominate
            | Action::ChangeNomination
            | Action::ProposeCandidate => self.election_act(action),
            Action::Tactical(key) => self.act_tactical(key),
        }
    }

    /// Keys that record something beside the process: a time-out, an
    /// out-of-order remark, an output, an ending, a note, a skipped turn.
    fn act_record(&mut self, action: Action) {
        let state = self.session.state();
        let words = self.words;
        match action {
            Action::TimeOut => {
                if state.time_out.is_some() {
                    let dialog = TimeOutEndDialog {
                        note: TextField::new(Label::Note, ""),
                    };
                    self.show(Form::new(dialog, String::new()));
                } else {
                    let dialog = TimeOutStartDialog {
                        by: self.people_field(Label::Person, true, None),
                        reason: TextField::new(Label::Reason, ""),
                    };
                    self.open_form(Form::new(dialog, String::new()));
                }
            }
            Action::OutOfOrder => {
                let kinds = OutOfOrderKind::VARIANTS
                    .iter()
                    .map(|k| (words.out_of_order(*k).to_owned(), *k));
                let dialog = OutOfOrderDialog {
                    person: self.people_field(Label::Person, true, None),
                    kind: ChoiceField::new(Label::Kind, kinds),
                    note: TextField::new(Label::Note, ""),
                };
                self.show(Form::new(dialog, String::new()));
            }
            Action::Output => {
                let kinds = OutputKind::VARIANTS
                    .iter()
                    .map(|k| (words.output_kind(*k).to_owned(), *k));
                let owner = state.active_item().map(|i| i.owner);
                let dialog = OutputDialog {
                    kind: ChoiceField::new(Label::Kind, kinds),
                    owner: self.people_field(Label::Owner, true, owner),
                    text: TextField::new(Label::Text, ""),
                    role: self.output_role_field(),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            Action::Outcome => {
                let election = state.active_item().is_some_and(|i| i.is_election());
                let endings = views::endings(state)
                    .iter()
                    .map(|e| (words.ending_for(*e, election).to_owned(), *e));
                let label = state
                    .active_item()
                    .map(|i| i.label.clone())
                    .unwrap_or_default();
                let dialog = EndingDialog {
                    ending: ChoiceField::new(Label::Ending, endings),
                    reason: TextField::new(Label::Reason, ""),
                };
                self.show(Form::new(dialog, label));
            }
            Action::Skip => {
                let who = state.whose_turn().map(|p| state.name(p).to_owned());
                let dialog = SkipDialog {
                    reason: TextField::new(Label::Reason, ""),
                };
                self.open_form(Form::new(dialog, who.unwrap_or_default()));
            }
            Action::Note => {
                let dialog = NoteDialog {
                    note: TextField::new(Label::Note, ""),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            _ => {}
        }
    }

    /// Agenda keys: add, edit, remove and move items, close the agenda,
    /// ask for help, and close-out's carry over or let go.
    fn act_agenda(&mut self, action: Action) {
        let state = self.session.state();
        let words = self.words;
        match action {
            Action::AddItem => {
                let dialog = AddItemDialog {
                    label: TextField::new(Label::ItemLabel, ""),
                    owner: self.people_field(Label::Owner, false, None),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            Action::EditItem => {
                if let Some(item) = self.selected_item() {
                    let (label, owner, id) = (item.label.clone(), item.owner, item.id);
                    let dialog = EditItemDialog {
                        item: id,
                        label: TextField::new(Label::ItemLabel, &label),
                        owner: self.people_field(Label::Owner, false, Some(owner)),
                    };
                    self.open_form(Form::new(dialog, String::new()));
                }
            }
            Action::RemoveItem => {
                if let Some(item) = self.selected_item() {
                    let question = words.confirm_remove(&item.label);
                    self.confirm(Command::RemoveItem { item: item.id }, question);
                }
            }
            Action::MoveUp | Action::MoveDown => {
                if let Some(item) = self.selected_item() {
                    let id = item.id;
                    let index = self.ui.selected.min(state.agenda.len().saturating_sub(1));
                    let position = if action == Action::MoveUp {
                        index.saturating_sub(1)
                    } else {
                        index + 1
                    };
                    if self.record(Command::MoveItem {
                        item: id,
                        position: position as u32,
                    }) {
                        self.ui.selected = self
                            .session
                            .state()
                            .agenda
                            .iter()
                            .position(|i| i.id == id)
                            .unwrap_or(0);
                    }
                }
            }
            Action::ClosingRound => {
                self.record(Command::OpenClosingRound);
            }
            Action::AskForHelp => {
                self.record(Command::RequestHelp);
            }
            Action::CarryOver | Action::LetGo => {
                let items = views::undecided(state);
                if let Some(item) = items.get(self.ui.selected.min(items.len().saturating_sub(1))) {
                    let disposition = if action == Action::CarryOver {
                        Disposition::CarriedOver
                    } else {
                        Disposition::LetGo
                    };
                    let id = item.id;
                    if self.record(Command::Dispose {
                        item: id,
                        disposition,
                    }) && let Some(next) = next_undecided_row(self.session.state(), id)
                    {
                        // On to the next item still to decide, as the
                        // reviews move on to the next entry to answer.
                        self.ui.selected = next;
                    }
                }
            }
            _ => {}
        }
    }

    /// Keys of clarifying questions and of amend and clarify.
    fn act_questions(&mut self, action: Action) {
        match action {
            Action::Ask => {
                let dialog = AskDialog {
                    asker: self.people_field(Label::Person, false, None),
                    question: TextField::new(Label::Question, ""),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            Action::NotSpecified => {
                if let Some(q) = self.selected_question() {
                    self.record(Command::AnswerQuestion {
                        question: q,
                        answer: None,
                    });
                }
            }
            Action::RuleOut => {
                if let Some(q) = self.selected_question() {
                    let dialog = RuleOutDialog {
                        question: q,
                        reason: TextField::new(Label::Reason, ""),
                    };
                    self.open_form(Form::new(dialog, self.question_text(q)));
                }
            }
            Action::Clarify => {
                let dialog = ClarifyDialog {
                    text: TextField::new(Label::Text, ""),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            Action::Amend => self.amend_form(),
            _ => {}
        }
    }

    /// Keys of the objection round and integration: record, test, rule on
    /// and settle concerns and objections.
    fn act_concerns(&mut self, action: Action) {
        let state = self.session.state();
        let words = self.words;
        match action {
            Action::RecordObjection => {
                if let Some(c) = self.selected_concern() {
                    self.record(Command::RecordObjection { concern: c });
                }
            }
            Action::Test => {
                if let Some(c) = self.selected_concern() {
                    let probe = state
                        .active_item()
                        .and_then(|i| i.concern(c))
                        .and_then(|c| c.next_criterion())
                        // A criterion that does not hold needs no argument.
                        .map(|criterion| Command::TestCriterion {
                            concern: c,
                            criterion,
                            argument: String::new(),
                            holds: false,
                        });
                    match probe.map(|p| self.session.probe(&p, self.now)) {
                        Some(Ok(_)) => {
                            self.mode = Mode::Test(TestDialog {
                                concern: c,
                                argument: text_area(""),
                                ruling: false,
                                whole: false,
                            })
                        }
                        Some(Err(r)) => self.refuse(&r),
                        None => self.refuse(&Refusal::ConcernNotOpen { number: c }),
                    }
                }
            }
            Action::RequestTest => {
                if let Some(c) = self.selected_concern() {
                    let dialog = RequestTestDialog {
                        concern: c,
                        by: self.people_field(Label::Person, false, None),
                    };
                    self.open_form(Form::new(dialog, self.concern_text(c)));
                }
            }
            Action::SecretaryRuling => {
                if let Some(c) = self.selected_concern() {
                    let upheld = [
                        (words.label(Label::Yes).to_owned(), true),
                        (words.label(Label::No).to_owned(), false),
                    ];
                    let dialog = SecretaryRulingDialog {
                        concern: c,
                        upheld: ChoiceField::new(Label::Upheld, upheld),
                        note: TextField::new(Label::Note, ""),
                    };
                    self.open_form(Form::new(dialog, self.concern_text(c)));
                }
            }
            Action::ConfirmObjector => {
                if let Some(c) = self.selected_objection() {
                    self.record(Command::ConfirmObjector { concern: c });
                }
            }
            Action::ConfirmProposer => {
                if let Some(c) = self.selected_objection() {
                    self.record(Command::ConfirmProposer { concern: c });
                }
            }
            Action::Abandon => {
                if let Some(c) = self.selected_objection() {
                    let dialog = AbandonDialog {
                        concern: c,
                        reason: TextField::new(Label::Reason, ""),
                    };
                    self.open_form(Form::new(dialog, self.concern_text(c)));
                }
            }
            _ => {}
        }
    }

    pub(super) fn order_form(&mut self) {
        let state = self.session.state();
        let Some(round) = state.current_round() else {
            self.refuse(&Refusal::NoRound);
            return;
        };
        if !round.turns.is_empty() {
            self.refuse(&Refusal::RoundAlreadyStarted);
            return;
        }
        let mut seating = round.order.clone();
        seating.sort();
        let selected = round
            .order
            .first()
            .and_then(|f| seating.iter().position(|p| p == f))
            .unwrap_or(0);
        // The dialog opens on the round as it is, so Enter changes nothing:
        // the round goes backward when its second speaker sits before the
        // first (rounds alternate direction).
        let n = seating.len();
        let backward = n > 2
            && round
                .order
                .get(1)
                .is_some_and(|second| *second == seating[(selected + n - 1) % n]);
        let directions = [
            (
                self.words.label(Label::Forward).to_owned(),
                Direction::Forward,
            ),
            (
                self.words.label(Label::Backward).to_owned(),
                Direction::Backward,
            ),
        ];
        let dialog = OrderDialog {
            first: self.choice_of(
                Label::FirstSpeaker,
                &seating,
                seating.get(selected).copied(),
            ),
            direction: ChoiceField::new(Label::Direction, directions).with(Some(if backward {
                Direction::Backward
            } else {
                Direction::Forward
            })),
        };
        self.show(Form::new(dialog, String::new()));
    }

    pub(super) fn amend_form(&mut self) {
        let state = self.session.state();
        if state.active_item().is_some_and(|i| i.is_election()) {
            self.candidate_form();
            return;
        }
        let current = state
            .active_item()
            .and_then(|i| i.current_version())
            .map(|v| v.text.clone())
            .unwrap_or_default();
        let proposal = TextField::new(Label::Proposal, &current);
        let form = match state.phase {
            Phase::Item {
                step: IdmStep::Integration | IdmStep::ResolveObjections,
                ..
            } => match self.selected_objection() {
                Some(objection) => Form::new(
                    AmendForObjectionDialog {
                        objection,
                        proposal,
                    },
                    self.concern_text(objection),
                ),
                None => {
                    self.refuse(&Refusal::NoObjections);
                    return;
                }
            },
            _ => Form::new(AmendDialog { proposal }, String::new()),
        };
        self.open_form(form);
    }

    /// Enter on a screen: the obvious next thing to type or do.
    pub(super) fn primary(&mut self) {
        let state = self.session.state();
        match self.screen() {
            Screen::Round | Screen::Objections | Screen::Sharing => match state.whose_turn() {
                Some(p) => {
                    let text = TextField::new(Label::Text, "");
                    let name = state.name(p).to_owned();
                    let form = if self.screen() == Screen::Objections {
                        Form::new(ConcernDialog { text }, name)
                    } else {
                        Form::new(TurnDialog { text }, name)
                    };
                    self.open_form(form);
                }
                None => self.next(),
            },
            Screen::Agenda => {
                // The selected item if it is still waiting, else the next in order.
                let id = self
                    .selected_item()
                    .filter(|i| i.is_pending() && i.disposition.is_none())
                    .map(|i| i.id);
                self.record(Command::StartItem { item: id });
            }
            Screen::Present => {
                let Some(item) = state.active_item() else {
                    return;
                };
                let label = item.label.clone();
                let form = match self.ui.focus {
                    0 => {
                        let text = item.tension().unwrap_or_default();
                        let tension = TextField::new(Label::Tension, text);
                        Form::new(TensionDialog { tension }, label)
                    }
                    1 => {
                        let text = item.example().unwrap_or_default();
                        let example = TextField::new(Label::Example, text);
                        Form::new(ExampleDialog { example }, label)
                    }
                    // A stated proposal is corrected (a typo) as long as it
                    // is still being presented, starting from its text.
                    _ => match item.current_version() {
                        Some(v) => {
                            let proposal = TextField::new(Label::Proposal, &v.text);
                            Form::new(CorrectProposalDialog { proposal }, label)
                        }
                        None => {
                            let proposal = TextField::new(Label::Proposal, "");
                            Form::new(ProposalDialog { proposal }, label)
                        }
                    },
                };
                self.open_form(form);
            }
            Screen::Questions => {
                if let Some(q) = self.selected_question() {
                    let dialog = AnswerDialog {
                        question: q,
                        answer: TextField::new(Label::Answer, ""),
                    };
                    self.open_form(Form::new(dialog, self.question_text(q)));
                }
            }
            Screen::Driver => self.driver_primary(),
            Screen::Consent => self.consent_primary(),
            _ => self.next(),
        }
    }

    /// Moving on: the engine's view of what `n` means now.
    pub(super) fn next(&mut self) {
        let selected = self.selected_item().map(|i| i.id);
        match views::next_step(self.session.state(), selected) {
            NextStep::Record(command) => {
                self.record(command);
            }
            NextStep::Confirm(Command::EndItem { ending, .. }) => self.confirm_end(ending),
            NextStep::Confirm(command) => {
                let question = self.words.confirm_close();
                self.confirm(command, question);
            }
            NextStep::Adopt => self.adoption_form(),
            NextStep::Nothing => {}
        }
    }
}
