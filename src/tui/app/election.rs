//! The election's keys and dialogs: asking for an election, describing the
//! role and term, entering ballots (the voter and nominee pickers never show
//! a ballot already entered, so correcting one reveals nothing), changing
//! nominations and proposing the candidate.

use super::{About, App, Field, Form, Mode};
use crate::meeting::election::{Election, MAX_TERM_MONTHS, Term};
use crate::meeting::{Command, IdmStep, PersonId, Phase};
use crate::text::tui::{Dialog, Label};
use crate::tui::keys::{Action, Screen};

impl App {
    fn election(&self) -> Option<&Election> {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.election())
    }

    /// A choice among the given people, with one preselected.
    fn choice_of(&self, label: Label, people: &[PersonId], preselect: Option<PersonId>) -> Field {
        let state = self.session.state();
        Field::Choice {
            label,
            options: people.iter().map(|p| state.name(*p).to_owned()).collect(),
            values: people.iter().map(|p| Some(p.0)).collect(),
            selected: preselect
                .and_then(|s| people.iter().position(|p| *p == s))
                .unwrap_or(0),
        }
    }

    /// The one participant a typed name means, ignoring case and
    /// diacritics (`eva` is Ëva), or the only name starting with it.
    /// Never echoed: a miss says so without repeating what was typed.
    fn typed_person(&self, typed: &str) -> Option<PersonId> {
        self.session.person_named(typed)
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
                let f = self.form(
                    Dialog::AddElection,
                    String::new(),
                    vec![
                        Self::text_field(Label::Role, ""),
                        self.people_field(Label::Owner, false, None),
                    ],
                    About::Nothing,
                );
                self.open_form(
                    Some(Command::AddElection {
                        role: String::new(),
                        owner: state.facilitator,
                    }),
                    f,
                );
            }
            Action::DescribeRole => {
                let e = self.election();
                let text = e.and_then(|e| e.description.clone()).unwrap_or_default();
                let term = e.and_then(|e| e.term.clone());
                // No subtitle: the dialog stays short enough at 80x24 that a
                // refusal on the status line is not hidden behind it.
                let f = self.term_form(Dialog::DescribeRole, String::new(), text, term, None);
                self.open_form(
                    Some(Command::DescribeRole {
                        text: String::new(),
                        term: Term::months(12),
                    }),
                    f,
                );
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
                let mut nominee = crate::tui::app::text_area("");
                nominee.set_mask_char('●');
                let fields = vec![
                    self.choice_of(Label::Voter, &voters, voter),
                    Field::Text {
                        label: Label::NomineeHidden,
                        area: nominee,
                    },
                ];
                let f = self.form(Dialog::Nominate, subtitle, fields, About::Nothing);
                self.open_form(
                    voter.map(|v| Command::Nominate {
                        voter: v,
                        nominee: v,
                    }),
                    f,
                );
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
                let fields = vec![
                    self.choice_of(Label::Voter, &with_ballot, voter),
                    self.choice_of(Label::Nominee, &everyone, None),
                ];
                let f = self.form(Dialog::ChangeNomination, label, fields, About::Nothing);
                self.open_form(None, f);
            }
            Action::ProposeCandidate => self.candidate_form(),
            _ => {}
        }
    }

    /// The form for a description (with `text`) or a candidacy (with
    /// `candidates`): the term's months and note are in both.
    fn term_form(
        &self,
        dialog: Dialog,
        subtitle: String,
        text: String,
        term: Option<Term>,
        candidates: Option<(Vec<PersonId>, Option<PersonId>)>,
    ) -> Form {
        // Months are picked, not typed: no "not a number" to refuse, and
        // the engine's range is the picker's.
        let months = term.as_ref().map_or(12, |t| t.months);
        let note = term.and_then(|t| t.note).unwrap_or_default();
        let mut fields = Vec::new();
        match candidates {
            Some((people, pre)) => fields.push(self.choice_of(Label::Candidate, &people, pre)),
            None => fields.push(Self::text_field(Label::RoleDescription, &text)),
        }
        fields.push(Field::Choice {
            label: Label::TermMonths,
            options: (1..=MAX_TERM_MONTHS).map(|m| m.to_string()).collect(),
            values: (1..=MAX_TERM_MONTHS).map(Some).collect(),
            selected: months.clamp(1, MAX_TERM_MONTHS) as usize - 1,
        });
        fields.push(Self::text_field(Label::TermNote, &note));
        let mut form = self.form(dialog, subtitle, fields, About::Nothing);
        form.focus = 0;
        form
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
        let mut f = self.term_form(
            Dialog::ProposeCandidate,
            subtitle,
            String::new(),
            term.clone(),
            Some((people.clone(), current)),
        );
        f.about = objection.map_or(About::Nothing, About::Concern);
        // The probe carries what the dialog opens with: the preselected
        // candidate, the term in force, the objection answered. Proposing
        // the current candidacy again is a content refusal (like an
        // unchanged text): the dialog is there to change it.
        let opening = current
            .filter(|c| people.contains(c))
            .or_else(|| people.first().copied());
        let probe = opening.map(|candidate| Command::ProposeCandidate {
            candidate,
            term: Some(term.clone().unwrap_or_else(|| Term::months(12))),
            for_objection: objection,
        });
        if let Some(probe) = probe
            && let Err(r) = self.allowed(&probe)
            && !matches!(
                r,
                crate::meeting::Refusal::Election(crate::meeting::ElectionRefusal::SameCandidacy)
            )
        {
            self.refuse(&r);
            return;
        }
        self.mode = Mode::Form(f);
    }

    /// The command a filled-in election form stands for.
    /// `Err` keeps the form open, with the reason if there is one.
    pub(super) fn election_command(&self, form: &Form) -> Result<Command, Option<String>> {
        let state = self.session.state();
        let chosen = |label| form.person(label).ok_or(None);
        let term = || -> Result<Term, Option<String>> {
            Ok(Term {
                months: form.choice(Label::TermMonths).ok_or(None)?,
                note: form.optional(Label::TermNote),
            })
        };
        Ok(match form.dialog {
            Dialog::AddElection => Command::AddElection {
                role: form.text(Label::Role),
                owner: form.person(Label::Owner).unwrap_or(state.facilitator),
            },
            Dialog::DescribeRole => Command::DescribeRole {
                text: form.text(Label::RoleDescription),
                term: term()?,
            },
            Dialog::Nominate => {
                let Some(nominee) = self.typed_person(&form.text(Label::NomineeHidden)) else {
                    return Err(Some(self.words.label(Label::NomineeNotFound).to_owned()));
                };
                Command::Nominate {
                    voter: chosen(Label::Voter)?,
                    nominee,
                }
            }
            Dialog::ChangeNomination => Command::ChangeNomination {
                voter: chosen(Label::Voter)?,
                nominee: chosen(Label::Nominee)?,
            },
            Dialog::ProposeCandidate => Command::ProposeCandidate {
                candidate: chosen(Label::Candidate)?,
                term: Some(term()?),
                for_objection: form.about.concern(),
            },
            _ => return Err(None),
        })
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
