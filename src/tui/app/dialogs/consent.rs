//! The consent rule set's dialogs: the driver's parts, a consent round
//! turn, concerns and objections, adoption and requalifying an objection.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::{DialogSpec, fields_of};
use crate::meeting::{Command, ConsentAnswer, DriverPart};
use crate::text::tui::Dialog;
use crate::tui::fields::{ChoiceField, TextField};

type Made = Result<Command, Option<String>>;

/// One part of the driver: situation, effect, need or impact.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct DriverPartDialog {
    /// Which part.
    pub part: DriverPart,
    /// Its text.
    pub text: TextField,
}

impl DialogSpec for DriverPartDialog {
    fn title(&self) -> Dialog {
        match self.part {
            DriverPart::Situation => Dialog::Situation,
            DriverPart::Effect => Dialog::Effect,
            DriverPart::Need => Dialog::Need,
            DriverPart::Impact => Dialog::Impact,
        }
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::DescribeDriver {
            part: self.part,
            text: self.text.text(),
        })
    }
}

/// What a consent round turn answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum ConsentKind {
    /// Consent.
    Consent,
    /// A concern, logged, not blocking.
    Concern,
    /// An objection.
    Objection,
}

/// A turn in the consent round: consent, concern or objection.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ConsentTurnDialog {
    /// Which answer.
    pub answer: ChoiceField<ConsentKind>,
    /// The concern's or objection's text.
    pub text: TextField,
}

impl DialogSpec for ConsentTurnDialog {
    fn title(&self) -> Dialog {
        Dialog::ConsentTurn
    }
    fields_of!(answer, text);
    fn command(&self, _: &App) -> Made {
        let text = self.text.text();
        Ok(Command::AnswerConsent {
            person: None,
            answer: match self.answer.value() {
                Some(ConsentKind::Concern) => ConsentAnswer::Concern { text },
                Some(ConsentKind::Objection) => ConsentAnswer::Objection { text },
                Some(ConsentKind::Consent) | None => ConsentAnswer::Consent,
            },
        })
    }
}

/// A concern in the consent round.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ConsentConcernDialog {
    /// The concern.
    pub text: TextField,
}

impl DialogSpec for ConsentConcernDialog {
    fn title(&self) -> Dialog {
        Dialog::ConsentConcern
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AnswerConsent {
            person: None,
            answer: ConsentAnswer::Concern {
                text: self.text.text(),
            },
        })
    }
}

/// An objection in the consent round.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ConsentObjectionDialog {
    /// The objection.
    pub text: TextField,
}

impl DialogSpec for ConsentObjectionDialog {
    fn title(&self) -> Dialog {
        Dialog::ConsentObjection
    }
    fields_of!(text);
    fn command(&self, _: &App) -> Made {
        Ok(Command::AnswerConsent {
            person: None,
            answer: ConsentAnswer::Objection {
                text: self.text.text(),
            },
        })
    }
}

/// Adopting the agreement: its review date and evaluation criteria.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AdoptDialog {
    /// The review date, typed.
    pub review_date: TextField,
    /// How it will be evaluated.
    pub criteria: TextField,
}

impl DialogSpec for AdoptDialog {
    fn title(&self) -> Dialog {
        Dialog::Adopt
    }
    fields_of!(review_date, criteria);
    fn command(&self, app: &App) -> Made {
        let typed = self.review_date.text();
        let review_date = crate::meeting::parse_date(&typed)
            .ok_or_else(|| Some(app.words.bad_date(typed.trim())))?;
        Ok(Command::AdoptAgreement {
            review_date,
            criteria: self.criteria.text(),
        })
    }
}

/// An open objection taken as a concern, and why.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct RequalifyDialog {
    /// Which objection, by number.
    pub objection: ChoiceField<u32>,
    /// Why.
    pub reason: TextField,
}

impl DialogSpec for RequalifyDialog {
    fn title(&self) -> Dialog {
        Dialog::Requalify
    }
    fields_of!(objection, reason);
    fn command(&self, _: &App) -> Made {
        Ok(Command::RequalifyObjection {
            objection: self.objection.value().ok_or(None)?,
            reason: self.reason.text(),
        })
    }
}
