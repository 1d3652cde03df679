//! The election's keys and dialogs: asking for an election, describing the
//! role and term, entering ballots (the voter and nominee pickers never show
//! a ballot already entered, so correcting one reveals nothing), changing
//! nominations and proposing the candidate.

use super::dialogs::*;
use super::{App, Form};
use crate::meeting::election::{Election, MAX_TERM_MONTHS, Term};
use crate::meeting::{IdmStep, PersonId, Phase};
use crate::text::tui::Label;
use crate::tui::fields::{ChoiceField, TextField};
use crate::tui::keys::{Action, Screen};

impl App {
    fn election(&self) -> Option<&Election> {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.election())
    }

    /// Everyone in the session: anyone can be nominated, oneself included.
    fn everyone(&self) -> Vec<PersonId> {
        self.session.state().people.iter().map(|p| p.id).collect()
    }

    /// The election keys of `act`.
    pub(super) fn election_act(&mut self, action: Action) {
        let state = self.session.state();
        let label = state
            .active_item()
            .map(|i| i.label.clone())
            .unwrap_or_default();
        match action {
            Action::AddElection => {
                let dialog = AddElectionDialog {
                    role: TextField::new(Label::Role, ""),
                    owner: self.people_field(Label::Owner, false, None),
                };
                self.open_form(Form::new(dialog, String::new()));
            }
            Action::DescribeRole => {
                let e = self.election();
                let text = e.and_then(|e| e.description.clone()).unwrap_or_default();
                let term = e.and_then(|e| e.term.clone());
                // No subtitle: the dialog stays short enough at 80x24 that a
                // refusal on the status line is not hidden behind it.
                let (months, note) = Self::term_fields(term);
                let dialog = DescribeRoleDialog {
                    description: TextField::new(Label::RoleDescription, &text),
                    months,
                    note,
                };
                self.open_form(Form::new(dialog, String::new()).focused(0));
            }
            Action::Nominate => {
                let Some(e) = self.election() else {
                    return;
                };
                let voters = e.voters(state);
                let voter = voters
                    .get(self.ui.selected.min(voters.len().saturating_sub(1)))
                    .copied();
                let subtitle = voter.map(|v| state.name(v).to_owned()).unwrap_or(label);
                // Whom is typed, masked: a picker would show the name on
                // the shared screen while the facilitator chooses it.
                let dialog = NominateDialog {
                    voter: self.choice_of(Label::Voter, &voters, voter),
                    nominee: TextField::new(Label::NomineeHidden, "").masked(),
                };
                self.open_form(Form::new(dialog, subtitle));
            }
            Action::ChangeNomination => {
                let Some(e) = self.election() else {
                    return;
                };
                let with_ballot: Vec<PersonId> = e.ballots.iter().map(|b| b.voter).collect();
                let voter = with_ballot
                    .get(self.ui.selected.min(with_ballot.len().saturating_sub(1)))
                    .copied();
                let everyone = self.everyone();
                let current = e.ballots.iter().map(|b| (b.voter, b.nominee)).collect();
                let dialog = ChangeNominationDialog {
                    voter: self.choice_of(Label::Voter, &with_ballot, voter),
                    nominee: self.choice_of(Label::Nominee, &everyone, None),
                    current,
                }
                .on_current();
                self.show(Form::new(dialog, label));
            }
            Action::ProposeCandidate => self.candidate_form(),
            _ => {}
        }
    }

    /// The term's fields, in the description and the candidacy: months
    /// picked (no "not a number" to refuse, and the engine's range is the
    /// picker's) and a note.
    fn term_fields(term: Option<Term>) -> (ChoiceField<u32>, TextField) {
        let months = term.as_ref().map_or(12, |t| t.months);
        let note = term.and_then(|t| t.note).unwrap_or_default();
        let choice = ChoiceField::new(
            Label::TermMonths,
            (1..=MAX_TERM_MONTHS).map(|m| (m.to_string(), m)),
        )
        .with(Some(months.clamp(1, MAX_TERM_MONTHS)));
        (choice, TextField::new(Label::TermNote, &note))
    }

    /// Proposing the candidate: among the leaders while proposing (tie
    /// rule), anyone present during integration ("another candidate", or
    /// the same with another term).
    pub(super) fn candidate_form(&mut self) {
        let state = self.session.state();
        let Some(e) = self.election() else {
            return;
        };
        let integrating = matches!(
            state.phase,
            Phase::Item {
                step: IdmStep::Integration,
                ..
            }
        );
        let people: Vec<PersonId> = if integrating {
            state.present_people().map(|p| p.id).collect()
        } else {
            e.leaders()
        };
        let current = e.candidacy().map(|c| c.candidate);
        let term = e.term_in_force().cloned();
        let label = state
            .active_item()
            .map(|i| i.label.clone())
            .unwrap_or_default();
        // In integration the candidacy answers the selected objection,
        // shown under the title as an amendment's would be.
        let objection = if integrating {
            self.selected_objection()
        } else {
            None
        };
        let subtitle = objection.map_or(label, |c| self.concern_text(c));
        let (months, note) = Self::term_fields(term);
        let dialog = ProposeCandidateDialog {
            objection,
            candidate: self.choice_of(Label::Candidate, &people, current),
            months,
            note,
        };
        // The probe carries what the dialog opens with: the preselected
        // candidate, the term in force, the objection answered. Proposing
        // the current candidacy again is a content refusal (like an
        // unchanged text): the dialog is there to change it.
        let form = Form::new(dialog, subtitle).focused(0);
        if let Some(probe) = form.dialog.spec().probe(self)
            && let Err(r) = self.allowed(&probe)
            && !matches!(
                r,
                crate::meeting::Refusal::Election(crate::meeting::ElectionRefusal::SameCandidacy)
            )
        {
            self.refuse(&r);
            return;
        }
        self.show(form);
    }

    /// How many rows the election screens let the facilitator select.
    pub(super) fn election_list_ids(&self) -> Vec<u32> {
        let state = self.session.state();
        match (self.screen(), self.election()) {
            (Screen::Nominations, Some(e)) => e.voters(state).iter().map(|p| p.0).collect(),
            (Screen::Changes, Some(e)) => e.ballots.iter().map(|b| b.voter.0).collect(),
            _ => Vec::new(),
        }
    }

    /// After a ballot, the selection moves to the next person without one,
    /// so entering ballots is Enter, pick, Enter, pick.
    pub(super) fn election_after_record(&mut self) {
        let state = self.session.state();
        if !matches!(
            state.phase,
            Phase::Item {
                step: IdmStep::Nominations,
                ..
            }
        ) {
            return;
        }
        if let Some(e) = self.election() {
            let voters = e.voters(state);
            if let Some(i) = voters.iter().position(|v| e.ballot_of(*v).is_none()) {
                self.ui.selected = i;
            }
        }
    }
}
