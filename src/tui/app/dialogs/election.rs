//! The election's dialogs: asking for an election, the role and term,
//! ballots, changed nominations and the proposed candidate.

use serde::{Deserialize, Serialize};

use super::super::App;
use super::super::form::{DialogSpec, fields_of};
use crate::meeting::election::Term;
use crate::meeting::{Command, PersonId};
use crate::text::tui::{Dialog, Label};
use crate::tui::fields::{ChoiceField, PersonField, TextField};

type Made = Result<Command, Option<String>>;

/// An election asked for: the role and who owns the item.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct AddElectionDialog {
    /// The role to elect.
    pub role: TextField,
    /// Whose item it is.
    pub owner: PersonField,
}

impl DialogSpec for AddElectionDialog {
    fn title(&self) -> Dialog {
        Dialog::AddElection
    }
    fields_of!(role, owner);
    fn command(&self, app: &App) -> Made {
        Ok(Command::AddElection {
            role: self.role.text(),
            owner: self
                .owner
                .value()
                .flatten()
                .unwrap_or(app.session.state().facilitator),
        })
    }
}

/// The term's length and note, shared by the description and candidacy.
fn term(months: &ChoiceField<u32>, note: &TextField) -> Result<Term, Option<String>> {
    Ok(Term {
        months: months.value().ok_or(None)?,
        note: note.optional(),
    })
}

/// The role's description and term.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct DescribeRoleDialog {
    /// The role's description.
    pub description: TextField,
    /// The term, in months.
    pub months: ChoiceField<u32>,
    /// A note on the term.
    pub note: TextField,
}

impl DialogSpec for DescribeRoleDialog {
    fn title(&self) -> Dialog {
        Dialog::DescribeRole
    }
    fields_of!(description, months, note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::DescribeRole {
            text: self.description.text(),
            term: term(&self.months, &self.note)?,
        })
    }
}

/// One ballot: the voter, and their nominee typed out of sight.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct NominateDialog {
    /// Who votes.
    pub voter: ChoiceField<PersonId>,
    /// Whom, typed and masked: a picker would show the name on the
    /// shared screen while the facilitator chooses it.
    pub nominee: TextField,
}

impl DialogSpec for NominateDialog {
    fn title(&self) -> Dialog {
        Dialog::Nominate
    }
    fields_of!(voter, nominee);
    fn command(&self, app: &App) -> Made {
        let voter = self.voter.value().ok_or(None)?;
        let Some(nominee) = app.session.person_named(&self.nominee.text()) else {
            // Never echoed: a miss says so without repeating what was typed.
            return Err(Some(app.words.label(Label::NomineeNotFound).to_owned()));
        };
        Ok(Command::Nominate { voter, nominee })
    }
    /// The voter's name: the line under the title changes with the voter
    /// picked, so it never names someone else than the ballot recorded.
    fn subtitle(&self) -> Option<&str> {
        self.voter
            .options
            .get(self.voter.selected)
            .map(String::as_str)
    }
    /// Whether this voter may nominate now. Nobody is typed yet, and
    /// anyone may be nominated (oneself included), so the voter stands
    /// for the nominee.
    fn probe(&self, _: &App) -> Option<Command> {
        self.voter.value().map(|voter| Command::Nominate {
            voter,
            nominee: voter,
        })
    }
}

/// A nomination changed after hearing the reasons. The nominee opens on
/// the voter's current nominee, and follows when another voter is picked.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ChangeNominationDialog {
    /// Whose ballot.
    pub voter: ChoiceField<PersonId>,
    /// The new nominee.
    pub nominee: ChoiceField<PersonId>,
    /// Each voter's nominee as it stands.
    pub current: Vec<(PersonId, PersonId)>,
}

impl ChangeNominationDialog {
    /// The nominee picker on the chosen voter's current nominee.
    pub(crate) fn on_current(mut self) -> Self {
        self.changed(0);
        self
    }
}

impl DialogSpec for ChangeNominationDialog {
    fn title(&self) -> Dialog {
        Dialog::ChangeNomination
    }
    fields_of!(voter, nominee);
    fn changed(&mut self, field: usize) {
        if field != 0 {
            return;
        }
        let voter = self.voter.value();
        let current = self.current.iter().find(|(v, _)| Some(*v) == voter);
        if let Some(i) = current.and_then(|(_, n)| self.nominee.values.iter().position(|p| p == n))
        {
            self.nominee.selected = i;
        }
    }
    fn command(&self, _: &App) -> Made {
        Ok(Command::ChangeNomination {
            voter: self.voter.value().ok_or(None)?,
            nominee: self.nominee.value().ok_or(None)?,
        })
    }
}

/// The candidate proposed (or the term amended), answering an objection
/// during integration.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct ProposeCandidateDialog {
    /// The objection answered, during integration.
    pub objection: Option<u32>,
    /// The candidate.
    pub candidate: ChoiceField<PersonId>,
    /// The term, in months.
    pub months: ChoiceField<u32>,
    /// A note on the term.
    pub note: TextField,
}

impl DialogSpec for ProposeCandidateDialog {
    fn title(&self) -> Dialog {
        Dialog::ProposeCandidate
    }
    fields_of!(candidate, months, note);
    fn command(&self, _: &App) -> Made {
        Ok(Command::ProposeCandidate {
            candidate: self.candidate.value().ok_or(None)?,
            term: Some(term(&self.months, &self.note)?),
            for_objection: self.objection,
        })
    }
}
