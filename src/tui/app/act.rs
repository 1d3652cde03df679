//! The screens' keys: what each action does, Enter's obvious next
//! thing, and `n`.

use super::{
    About, App, Field, Mode, OUT_OF_ORDER, OUTPUT_KINDS, Pending, PeopleDialog, TestDialog,
    text_area,
};
use crate::meeting::views::{self, NextStep};
use crate::meeting::{Command, Disposition, IdmStep, OutputKind, Phase, Refusal, Speech};
use crate::text::tui::{Dialog, Label};
use crate::tui::keys::{Action, Screen};

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
                    let f = self.form(
                        Dialog::TimeOutEnd,
                        String::new(),
                        vec![Self::text_field(Label::Note, "")],
                        About::Nothing,
                    );
                    self.mode = Mode::Form(f);
                } else {
                    let f = self.form(
                        Dialog::TimeOutStart,
                        String::new(),
                        vec![
                            self.people_field(Label::Person, true, None),
                            Self::text_field(Label::Reason, ""),
                        ],
                        About::Nothing,
                    );
                    self.open_form(
                        Some(Command::StartTimeOut {
                            requested_by: None,
                            reason: String::new(),
                        }),
                        f,
                    );
                }
            }
            Action::OutOfOrder => {
                let kinds = OUT_OF_ORDER
                    .iter()
                    .map(|k| words.out_of_order(*k).to_owned())
                    .collect();
                let f = self.form(
                    Dialog::OutOfOrder,
                    String::new(),
                    vec![
                        self.people_field(Label::Person, true, None),
                        Self::list_field(Label::Kind, kinds),
                        Self::text_field(Label::Note, ""),
                    ],
                    About::Nothing,
                );
                self.mode = Mode::Form(f);
            }
            Action::Output => {
                let kinds = OUTPUT_KINDS
                    .iter()
                    .map(|k| words.output_kind(*k).to_owned())
                    .collect();
                let owner = state.active_item().map(|i| i.owner);
                let f = self.form(
                    Dialog::Output,
                    String::new(),
                    vec![
                        Self::list_field(Label::Kind, kinds),
                        self.people_field(Label::Owner, true, owner),
                        Self::text_field(Label::Text, ""),
                    ]
                    .into_iter()
                    .chain(self.output_role_field())
                    .collect(),
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::RecordOutput {
                        kind: OutputKind::NextAction,
                        owner: None,
                        text: String::new(),
                        role: None,
                    }),
                    f,
                );
            }
            Action::Outcome => {
                let election = state.active_item().is_some_and(|i| i.is_election());
                let endings = views::endings(state)
                    .iter()
                    .map(|e| words.ending_for(*e, election).to_owned())
                    .collect();
                let label = state
                    .active_item()
                    .map(|i| i.label.clone())
                    .unwrap_or_default();
                let f = self.form(
                    Dialog::Ending,
                    label,
                    vec![
                        Self::list_field(Label::Ending, endings),
                        Self::text_field(Label::Reason, ""),
                    ],
                    About::Nothing,
                );
                self.mode = Mode::Form(f);
            }
            Action::Skip => {
                let who = state.whose_turn().map(|p| state.name(p).to_owned());
                let f = self.form(
                    Dialog::Skip,
                    who.unwrap_or_default(),
                    vec![Self::text_field(Label::Reason, "")],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Skip {
                        person: None,
                        reason: String::new(),
                    }),
                    f,
                );
            }
            Action::Note => {
                let f = self.form(
                    Dialog::Note,
                    String::new(),
                    vec![Self::text_field(Label::Note, "")],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Note {
                        text: String::new(),
                    }),
                    f,
                );
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
                let f = self.form(
                    Dialog::AddItem,
                    String::new(),
                    vec![
                        Self::text_field(Label::ItemLabel, ""),
                        self.people_field(Label::Owner, false, None),
                    ],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AddItem {
                        label: String::new(),
                        owner: state.facilitator,
                    }),
                    f,
                );
            }
            Action::EditItem => {
                if let Some(item) = self.selected_item() {
                    let (label, owner, id) = (item.label.clone(), item.owner, item.id);
                    let f = self.form(
                        Dialog::EditItem,
                        String::new(),
                        vec![
                            Self::text_field(Label::ItemLabel, &label),
                            self.people_field(Label::Owner, false, Some(owner)),
                        ],
                        About::Item(id),
                    );
                    self.open_form(Some(Command::RemoveItem { item: id }), f);
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
                    self.record(Command::Dispose {
                        item: id,
                        disposition,
                    });
                }
            }
            _ => {}
        }
    }

    /// Keys of clarifying questions and of amend and clarify.
    fn act_questions(&mut self, action: Action) {
        let state = self.session.state();
        match action {
            Action::Ask => {
                let f = self.form(
                    Dialog::Ask,
                    String::new(),
                    vec![
                        self.people_field(Label::Person, false, None),
                        Self::text_field(Label::Question, ""),
                    ],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AskQuestion {
                        asker: state.facilitator,
                        text: String::new(),
                    }),
                    f,
                );
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
                    let f = self.form(
                        Dialog::RuleOut,
                        self.question_text(q),
                        vec![Self::text_field(Label::Reason, "")],
                        About::Question(q),
                    );
                    self.open_form(
                        Some(Command::RuleQuestionOutOfOrder {
                            question: q,
                            reason: String::new(),
                        }),
                        f,
                    );
                }
            }
            Action::Clarify => {
                let f = self.form(
                    Dialog::Clarify,
                    String::new(),
                    vec![Self::text_field(Label::Text, "")],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::Clarify {
                        text: String::new(),
                    }),
                    f,
                );
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
                            })
                        }
                        Some(Err(r)) => self.refuse(&r),
                        None => self.refuse(&Refusal::ConcernNotOpen { number: c }),
                    }
                }
            }
            Action::RequestTest => {
                if let Some(c) = self.selected_concern() {
                    let f = self.form(
                        Dialog::RequestTest,
                        self.concern_text(c),
                        vec![self.people_field(Label::Person, false, None)],
                        About::Concern(c),
                    );
                    self.open_form(
                        Some(Command::RequestTest {
                            concern: c,
                            by: state.facilitator,
                        }),
                        f,
                    );
                }
            }
            Action::SecretaryRuling => {
                if let Some(c) = self.selected_concern() {
                    let f = self.form(
                        Dialog::SecretaryRuling,
                        self.concern_text(c),
                        vec![
                            Self::list_field(
                                Label::Upheld,
                                vec![
                                    words.label(Label::Yes).to_owned(),
                                    words.label(Label::No).to_owned(),
                                ],
                            ),
                            Self::text_field(Label::Note, ""),
                        ],
                        About::Concern(c),
                    );
                    self.open_form(
                        Some(Command::SecretaryRuling {
                            concern: c,
                            upheld: true,
                            note: String::new(),
                        }),
                        f,
                    );
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
                    let f = self.form(
                        Dialog::Abandon,
                        self.concern_text(c),
                        vec![Self::text_field(Label::Reason, "")],
                        About::Concern(c),
                    );
                    self.open_form(
                        Some(Command::AbandonObjection {
                            concern: c,
                            reason: String::new(),
                        }),
                        f,
                    );
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
        let options = seating.iter().map(|p| state.name(*p).to_owned()).collect();
        let values = seating.iter().map(|p| Some(p.0)).collect();
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
        let mut direction = Self::list_field(
            Label::Direction,
            vec![
                self.words.label(Label::Forward).to_owned(),
                self.words.label(Label::Backward).to_owned(),
            ],
        );
        if let Field::Choice { selected, .. } = &mut direction {
            *selected = usize::from(backward);
        }
        let f = self.form(
            Dialog::Order,
            String::new(),
            vec![
                Field::Choice {
                    label: Label::FirstSpeaker,
                    options,
                    values,
                    selected,
                },
                direction,
            ],
            About::Nothing,
        );
        self.mode = Mode::Form(f);
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
        let (dialog, about, probe) = match state.phase {
            Phase::Item {
                step: IdmStep::Integration | IdmStep::ResolveObjections,
                ..
            } => match self.selected_objection() {
                Some(c) => (Dialog::AmendForObjection, About::Concern(c), Some(c)),
                None => {
                    self.refuse(&Refusal::NoObjections);
                    return;
                }
            },
            _ => (Dialog::Amend, About::Nothing, None),
        };
        let subtitle = probe.map(|c| self.concern_text(c)).unwrap_or_default();
        let f = self.form(
            dialog,
            subtitle,
            vec![Self::text_field(Label::Proposal, &current)],
            about,
        );
        self.open_form(
            Some(Command::AmendProposal {
                text: current,
                for_objection: probe,
            }),
            f,
        );
    }

    /// Enter on a screen: the obvious next thing to type or do.
    pub(super) fn primary(&mut self) {
        let state = self.session.state();
        match self.screen() {
            Screen::Round | Screen::Objections | Screen::Sharing => match state.whose_turn() {
                Some(p) => {
                    let dialog = if self.screen() == Screen::Objections {
                        Dialog::Concern
                    } else {
                        Dialog::Turn
                    };
                    let f = self.form(
                        dialog,
                        state.name(p).to_owned(),
                        vec![Self::text_field(Label::Text, "")],
                        About::Person(p),
                    );
                    self.open_form(
                        Some(Command::Speak {
                            person: None,
                            speech: Speech::Said {
                                text: String::new(),
                            },
                        }),
                        f,
                    );
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
                let (dialog, label, text, probe) = match self.ui.focus {
                    0 => (
                        Dialog::Tension,
                        Label::Tension,
                        item.tension().unwrap_or_default().to_owned(),
                        Command::StateTension {
                            text: String::new(),
                        },
                    ),
                    1 => (
                        Dialog::Example,
                        Label::Example,
                        item.example().unwrap_or_default().to_owned(),
                        Command::GiveExample {
                            text: String::new(),
                        },
                    ),
                    // A stated proposal is corrected (a typo) as long as it
                    // is still being presented, starting from its text.
                    _ => match item.current_version() {
                        Some(v) => (
                            Dialog::CorrectProposal,
                            Label::Proposal,
                            v.text.clone(),
                            Command::CorrectProposal {
                                text: v.text.clone(),
                            },
                        ),
                        None => (
                            Dialog::Proposal,
                            Label::Proposal,
                            String::new(),
                            Command::StateProposal {
                                text: String::new(),
                            },
                        ),
                    },
                };
                let f = self.form(
                    dialog,
                    item.label.clone(),
                    vec![Self::text_field(label, &text)],
                    About::Nothing,
                );
                self.open_form(Some(probe), f);
            }
            Screen::Questions => {
                if let Some(q) = self.selected_question() {
                    let f = self.form(
                        Dialog::Answer,
                        self.question_text(q),
                        vec![Self::text_field(Label::Answer, "")],
                        About::Question(q),
                    );
                    self.open_form(
                        Some(Command::AnswerQuestion {
                            question: q,
                            answer: Some(String::new()),
                        }),
                        f,
                    );
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
