//! The integrative process's dialogs: presenting, clarifying questions,
//! amending, and testing and settling objections.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::{DialogSpec, fields_of};
use crate::meeting::Command;
use crate::text::tui::Dialog;
use crate::tui::fields::{ChoiceField, PersonField, TextField};

type Made = Result<Command, Option<String>>;

/// The proposer's tension.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct TensionDialog {
    /// The tension.
    pub tension: TextField,
}

impl DialogSpec for TensionDialog {
    fn title(&self) -> Dialog {
        Dialog::Tension
    }
    fields_of!(tension);
    fn command(&self, _: &App) -> Made {
        Ok(Command::StateTension {
            text: self.tension.text(),
        })
    }
}

/// An example of the tension.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ExampleDialog {
    /// The example.
    pub example: TextField,
}

impl DialogSpec for ExampleDialog {
    fn title(&self) -> Dialog {
        Dialog::Example
    }
    fields_of!(example);
    fn command(&self, _: &App) -> Made {
        Ok(Command::GiveExample {
            text: self.example.text(),
        })
    }
}

/// The proposal, stated for the first time.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ProposalDialog {
    /// The proposal.
    pub proposal: TextField,
}

impl DialogSpec for ProposalDialog {
    fn title(&self) -> Dialog {
        Dialog::Proposal
    }
    fields_of!(proposal);
    fn command(&self, _: &App) -> Made {
        Ok(Command::StateProposal {
            text: self.proposal.text(),
        })
    }
}

/// The stated proposal corrected (a typo) while it is presented.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct CorrectProposalDialog {
    /// The proposal, opening with its stated text.
    pub proposal: TextField,
}

impl DialogSpec for CorrectProposalDialog {
    fn title(&self) -> Dialog {
        Dialog::CorrectProposal
    }
    fields_of!(proposal);
    fn command(&self, _: &App) -> Made {
        Ok(Command::CorrectProposal {
            text: self.proposal.text(),
        })
    }
}

/// A clarifying question and who asks it.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AskDialog {
    /// Who asks.
    pub asker: PersonField,
    /// The question.
    pub question: TextField,
}

impl DialogSpec for AskDialog {
    fn title(&self) -> Dialog {
        Dialog::Ask
    }
    fields_of!(asker, question);
    fn command(&self, app: &App) -> Made {
        Ok(Command::AskQuestion {
            asker: self
                .asker
                .value()
                .flatten()
                .unwrap_or(app.session.state().facilitator),
            text: self.question.text(),
        })
    }
}

/// The proposer's answer to a question.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AnswerDialog {
    /// Which question, by number.
    pub question: u32,
    /// The answer.
    pub answer: TextField,
}

impl DialogSpec for AnswerDialog {
    fn title(&self) -> Dialog {
        Dialog::Answer
    }
    fields_of!(answer);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AnswerQuestion {
            question: self.question,
            answer: Some(self.answer.text()),
        })
    }
}

/// A question ruled out of order, with the reason.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct RuleOutDialog {
    /// Which question, by number.
    pub question: u32,
    /// Why it is out of order.
    pub reason: TextField,
}

impl DialogSpec for RuleOutDialog {
    fn title(&self) -> Dialog {
        Dialog::RuleOut
    }
    fields_of!(reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::RuleQuestionOutOfOrder {
            question: self.question,
            reason: self.reason.text(),
        })
    }
}

/// The proposer's clarification in amend and clarify.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ClarifyDialog {
    /// The clarification.
    pub text: TextField,
}

impl DialogSpec for ClarifyDialog {
    fn title(&self) -> Dialog {
        Dialog::Clarify
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::Clarify {
            text: self.text.text(),
        })
    }
}

/// The proposal amended in amend and clarify.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AmendDialog {
    /// The proposal, opening with its current text.
    pub proposal: TextField,
}

impl DialogSpec for AmendDialog {
    fn title(&self) -> Dialog {
        Dialog::Amend
    }
    fields_of!(proposal);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AmendProposal {
            text: self.proposal.text(),
            for_objection: None,
        })
    }
}

/// The proposal amended to integrate an objection.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AmendForObjectionDialog {
    /// Which objection, by number.
    pub objection: u32,
    /// The proposal, opening with its current text.
    pub proposal: TextField,
}

impl DialogSpec for AmendForObjectionDialog {
    fn title(&self) -> Dialog {
        Dialog::AmendForObjection
    }
    fields_of!(proposal);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AmendProposal {
            text: self.proposal.text(),
            for_objection: Some(self.objection),
        })
    }
}

/// Someone asks for a concern to be tested.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct RequestTestDialog {
    /// Which concern, by number.
    pub concern: u32,
    /// Who asks.
    pub by: PersonField,
}

impl DialogSpec for RequestTestDialog {
    fn title(&self) -> Dialog {
        Dialog::RequestTest
    }
    fields_of!(by);
    fn command(&self, app: &App) -> Made {
        Ok(Command::RequestTest {
            concern: self.concern,
            by: self
                .by
                .value()
                .flatten()
                .unwrap_or(app.session.state().facilitator),
        })
    }
}

/// The secretary's ruling on whether a concern is a valid objection.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct SecretaryRulingDialog {
    /// Which concern, by number.
    pub concern: u32,
    /// Upheld (yes) or not.
    pub upheld: ChoiceField<bool>,
    /// The secretary's note.
    pub note: TextField,
}

impl DialogSpec for SecretaryRulingDialog {
    fn title(&self) -> Dialog {
        Dialog::SecretaryRuling
    }
    fields_of!(upheld, note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::SecretaryRuling {
            concern: self.concern,
            upheld: self.upheld.value().unwrap_or(false),
            note: self.note.text(),
        })
    }
}

/// An objection the objector lets go of, with the reason.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AbandonDialog {
    /// Which objection, by number.
    pub concern: u32,
    /// Why.
    pub reason: TextField,
}

impl DialogSpec for AbandonDialog {
    fn title(&self) -> Dialog {
        Dialog::Abandon
    }
    fields_of!(reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AbandonObjection {
            concern: self.concern,
            reason: self.reason.text(),
        })
    }
}
