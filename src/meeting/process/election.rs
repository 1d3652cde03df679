//! Integrative elections (governance meetings): describing the role and
//! term, named ballots hidden until all are in, a nomination sharing round,
//! changed nominations, the facilitator's proposal of the candidate with
//! most nominations, then the integrative objection round with the
//! candidate asked last.
//!
//! Kept in one module so the router and the fold only dispatch here.
//!
//! Tie rule: when several people share the most nominations, the
//! facilitator proposes one of the tied leaders (nobody else); the tied
//! leaders are recorded with the proposal. The proposal is only that: the
//! objection round that follows lets anyone object to the choice.
//!
//! The candidacy is the election's proposal: each candidacy (candidate and
//! term) is also a proposal version, so concerns, tests, integration
//! confirmations and adoption work exactly as for a tension.

use chrono::{DateTime, FixedOffset, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::rules::{
    agenda_open, default_round, label_text, not_now, person, require_phase, require_round_complete,
    require_step, required,
};
use crate::meeting::command::Command;
use crate::meeting::event::{Ending, Event, IdmStep, ItemId, RoundKind};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::setup::{MeetingFormat, PersonId};
use crate::meeting::shared::SharedVec;
use crate::meeting::state::{Item, ItemProcess, MeetingState, Phase, ProposalVersion};

/// What an agenda item is about: a tension (integrative decision-making)
/// or an election into a role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A tension processed with integrative decision-making.
    #[default]
    Tension,
    /// An integrative election; the label names the role.
    Election,
}

impl ItemKind {
    /// For `skip_serializing_if`: tension items are written as before.
    pub fn is_tension(&self) -> bool {
        *self == ItemKind::Tension
    }
}

/// Longest term, in months: ten years is more than any circle elects for.
pub const MAX_TERM_MONTHS: u32 = 120;

/// How long the elected person holds the role: a number of whole months
/// from the meeting's date (so an end date can always be shown), plus an
/// optional note ("until the next general assembly", "review in June").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Term {
    /// Length in months, 1 to `MAX_TERM_MONTHS`.
    pub months: u32,
    /// Anything the circle adds about the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Term {
    /// A term of whole months without a note.
    pub fn months(months: u32) -> Self {
        Self { months, note: None }
    }

    /// The day the term ends, counted from the meeting's opening.
    pub fn ends(&self, from: DateTime<FixedOffset>) -> Option<NaiveDate> {
        from.date_naive()
            .checked_add_months(Months::new(self.months))
    }
}

/// The only place that says which meeting formats hold elections.
pub fn elections_allowed(format: MeetingFormat) -> bool {
    match format {
        MeetingFormat::Governance => true,
        MeetingFormat::Tactical => false,
    }
}

/// What an election command was trying to do, for "not now" refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum ElectionAction {
    /// Asking for an election.
    AddElection,
    /// Describing the role and term.
    DescribeRole,
    /// Moving on to the nominations.
    OpenNominations,
    /// Entering a ballot.
    Nominate,
    /// Starting the nomination sharing round.
    OpenNominationSharing,
    /// Moving on to changing nominations.
    OpenNominationChanges,
    /// Changing a nomination.
    ChangeNomination,
    /// Moving on to proposing a candidate.
    OpenCandidateProposal,
    /// Proposing a candidate.
    ProposeCandidate,
}

/// Texts an election asks for, for "empty" and "too long" refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ElectionField {
    /// What the role is about.
    RoleDescription,
    /// The note on the term.
    TermNote,
}

/// Why the engine refused an election command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElectionRefusal {
    /// This meeting format holds no elections.
    NotInFormat,
    /// A pending election goes first; a tension cannot go (or start) ahead of it.
    ElectionFirst {
        /// The role of the election in the way.
        role: String,
    },
    /// Nominations need the role and term described first.
    NoRoleDescription,
    /// The term is not between 1 and the maximum months.
    TermOutOfRange {
        /// The maximum.
        max: u32,
    },
    /// Not everyone present has nominated yet.
    BallotsMissing {
        /// Who has not.
        waiting: Vec<String>,
    },
    /// This person has no ballot to change.
    NoBallot {
        /// Who.
        name: String,
    },
    /// The change names the nominee already on the ballot.
    SameNominee {
        /// The nominee.
        name: String,
    },
    /// Only a person with the most nominations can be proposed (tie rule).
    NotLeading {
        /// Who was proposed.
        name: String,
        /// Who leads (several: a tie, the facilitator chooses among them).
        leaders: Vec<String>,
    },
    /// There are no nominations to propose from.
    NoNominations,
    /// The objection round needs a proposed candidate.
    NoCandidate,
    /// Integration proposal repeats the candidacy in force.
    SameCandidacy,
    /// An election's proposal is a candidacy, not a text.
    CandidacyNotText,
}

/// One participant's nomination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ballot {
    /// Who nominates.
    pub voter: PersonId,
    /// Whom (after any changes).
    pub nominee: PersonId,
    /// Whom the voter nominated before changes (what the sharing round heard).
    pub first_nominee: PersonId,
    /// When it was (last) entered.
    pub at: DateTime<FixedOffset>,
}

/// A nomination changed after the sharing round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NominationChange {
    /// Who changed.
    pub voter: PersonId,
    /// The earlier nominee.
    pub from: PersonId,
    /// The new nominee.
    pub to: PersonId,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// A candidate and term the facilitator proposed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidacy {
    /// The proposal version it stands for.
    pub version: u32,
    /// The candidate.
    pub candidate: PersonId,
    /// The term proposed.
    pub term: Term,
    /// The tied leaders chosen among, if there was a tie.
    pub tied: Vec<PersonId>,
    /// The objection it was proposed to integrate, if any.
    pub for_objection: Option<u32>,
    /// When.
    pub at: DateTime<FixedOffset>,
}

/// Everything an election item records besides the shared objection handling.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Election {
    /// What the role is about.
    pub description: Option<String>,
    /// The term as described.
    pub term: Option<Term>,
    /// Ballots in the order they were first entered.
    pub ballots: Vec<Ballot>,
    /// How many ballots were corrected before sharing.
    pub corrections: u32,
    /// The sharing round began: ballots may be shown.
    pub revealed: bool,
    /// Changes after the sharing round.
    pub changes: Vec<NominationChange>,
    /// Candidacies proposed, first first.
    pub candidacies: Vec<Candidacy>,
}

impl Election {
    /// The ballot of one voter.
    pub fn ballot_of(&self, voter: PersonId) -> Option<&Ballot> {
        self.ballots.iter().find(|b| b.voter == voter)
    }

    /// Nominees with their count, most first, then in seating order.
    pub fn tally(&self) -> Vec<(PersonId, u32)> {
        let mut counts: Vec<(PersonId, u32)> = Vec::new();
        for b in &self.ballots {
            match counts.iter_mut().find(|(p, _)| *p == b.nominee) {
                Some((_, n)) => *n += 1,
                None => counts.push((b.nominee, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counts
    }

    /// The people with the most nominations; more than one is a tie.
    pub fn leaders(&self) -> Vec<PersonId> {
        let tally = self.tally();
        let top = tally.first().map_or(0, |(_, n)| *n);
        tally
            .into_iter()
            .filter(|(_, n)| *n == top && top > 0)
            .map(|(p, _)| p)
            .collect()
    }

    /// Who is asked for a ballot, in order: everyone present, then anyone
    /// who nominated and has left since (their ballot still counts).
    pub fn voters(&self, state: &MeetingState) -> Vec<PersonId> {
        let mut voters: Vec<PersonId> = state.present_people().map(|p| p.id).collect();
        for b in &self.ballots {
            if !voters.contains(&b.voter) {
                voters.push(b.voter);
            }
        }
        voters
    }

    /// The candidacy in force.
    pub fn candidacy(&self) -> Option<&Candidacy> {
        self.candidacies.last()
    }

    /// The term in force: the last candidacy's, else the described one.
    pub fn term_in_force(&self) -> Option<&Term> {
        self.candidacy().map(|c| &c.term).or(self.term.as_ref())
    }
}

/// Who was elected, into what, for how long: the election's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Elected {
    /// The elected person.
    pub person: PersonId,
    /// The role.
    pub role: String,
    /// The term.
    pub term: Term,
}

impl Item {
    /// Is this item an election?
    pub fn is_election(&self) -> bool {
        self.election().is_some()
    }

    /// The adopted election's result, derived from the record (no separate
    /// output event, so it can never disagree with the adoption).
    pub fn elected(&self) -> Option<Elected> {
        let election = self.election()?;
        let end = self.end.as_ref()?;
        if end.ending != Ending::Adopted {
            return None;
        }
        let c = election
            .candidacies
            .iter()
            .find(|c| Some(c.version) == end.adopted_version)?;
        Some(Elected {
            person: c.candidate,
            role: self.label.clone(),
            term: c.term.clone(),
        })
    }
}

/// After an item ended: an adopted election gives the elected person the
/// role among the meeting's people (the roles they fill), so the rest of
/// the meeting (and its minutes) knows who holds it.
pub(crate) fn on_ended(state: &mut MeetingState) {
    let Some(elected) = state.active_item().and_then(Item::elected) else {
        return;
    };
    if let Some(person) = state.people.iter_mut().find(|p| p.id == elected.person) {
        let taken = person
            .who
            .roles
            .iter()
            .any(|r| crate::meeting::fold::key(r) == crate::meeting::fold::key(&elected.role));
        if !taken {
            person.who.roles.push(elected.role);
        }
    }
}

fn refuse(r: ElectionRefusal) -> Refusal {
    Refusal::Election(r)
}

fn action(a: ElectionAction) -> Action {
    Action::Election(a)
}

fn active_election(state: &MeetingState) -> Option<&Item> {
    state.active_item().filter(|i| i.is_election())
}

/// The first pending election, if any (they stand first among the pending items).
fn pending_election(state: &MeetingState) -> Option<&Item> {
    state
        .agenda
        .iter()
        .find(|i| i.is_election() && i.is_pending() && i.disposition.is_none())
}

fn term(term: &Term) -> Result<Term, Refusal> {
    if term.months == 0 || term.months > MAX_TERM_MONTHS {
        return Err(refuse(ElectionRefusal::TermOutOfRange {
            max: MAX_TERM_MONTHS,
        }));
    }
    let note = super::rules::optional(
        term.note.as_deref(),
        Field::Election(ElectionField::TermNote),
    )?;
    Ok(Term {
        months: term.months,
        note,
    })
}

fn election_step<'s>(
    state: &'s MeetingState,
    a: ElectionAction,
    steps: &[IdmStep],
) -> Result<(&'s Item, &'s Election), Refusal> {
    let item = require_step(state, action(a), steps)?;
    let election = item.election().ok_or_else(|| not_now(state, action(a)))?;
    Ok((item, election))
}

/// Refuses starting a tension while an election is pending (elections
/// come first); `None` leaves the start to the meeting's rules.
pub(crate) fn check_start(state: &MeetingState, id: ItemId) -> Option<Refusal> {
    let target = state.item(id)?;
    let first = pending_election(state)?;
    if target.is_election() || !target.is_pending() {
        return None;
    }
    Some(refuse(ElectionRefusal::ElectionFirst {
        role: first.label.clone(),
    }))
}

/// Decides a command about the running election's work: the election's
/// own objection round and candidacy, else the integrative rules an
/// election follows.
pub(crate) fn decide_item(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    let item = active_election(state);
    match command {
        Command::OpenObjectionRound
            if item.is_some_and(|i| i.step == Some(IdmStep::ProposeCandidate)) =>
        {
            if item.is_some_and(|i| i.versions().is_empty()) {
                Err(refuse(ElectionRefusal::NoCandidate))
            } else {
                Ok(Event::StepEntered {
                    step: IdmStep::ObjectionRound,
                    round: Some(default_round(state, RoundKind::Objection, None)),
                })
            }
        }
        Command::AmendProposal { .. } if item.is_some() => {
            Err(refuse(ElectionRefusal::CandidacyNotText))
        }
        _ => super::integrative::decide(state, command),
    }
}

/// Decides the election's own commands; the router sends only those here.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::AddElection { role, owner } => add(state, role, *owner),
        Command::DescribeRole { text, term: t } => (|| {
            election_step(
                state,
                ElectionAction::DescribeRole,
                &[IdmStep::DescribeRole],
            )?;
            Ok(Event::RoleDescribed {
                text: required(text, Field::Election(ElectionField::RoleDescription))?,
                term: term(t)?,
            })
        })(),
        Command::OpenNominations => (|| {
            let (_, e) = election_step(
                state,
                ElectionAction::OpenNominations,
                &[IdmStep::DescribeRole],
            )?;
            if e.description.is_none() || e.term.is_none() {
                return Err(refuse(ElectionRefusal::NoRoleDescription));
            }
            Ok(Event::StepEntered {
                step: IdmStep::Nominations,
                round: None,
            })
        })(),
        Command::Nominate { voter, nominee } => (|| {
            election_step(state, ElectionAction::Nominate, &[IdmStep::Nominations])?;
            present_voter(state, *voter)?;
            person(state, *nominee)?;
            Ok(Event::Nominated {
                voter: *voter,
                nominee: *nominee,
            })
        })(),
        Command::OpenNominationSharing => (|| {
            let (_, e) = election_step(
                state,
                ElectionAction::OpenNominationSharing,
                &[IdmStep::Nominations],
            )?;
            let waiting: Vec<String> = state
                .present_people()
                .filter(|p| e.ballot_of(p.id).is_none())
                .map(|p| p.who.name.clone())
                .collect();
            if !waiting.is_empty() {
                return Err(refuse(ElectionRefusal::BallotsMissing { waiting }));
            }
            Ok(Event::StepEntered {
                step: IdmStep::NominationSharing,
                round: Some(default_round(state, RoundKind::NominationSharing, None)),
            })
        })(),
        Command::OpenNominationChanges => (|| {
            election_step(
                state,
                ElectionAction::OpenNominationChanges,
                &[IdmStep::NominationSharing],
            )?;
            require_round_complete(state)?;
            Ok(Event::StepEntered {
                step: IdmStep::NominationChanges,
                round: None,
            })
        })(),
        Command::ChangeNomination { voter, nominee } => (|| {
            let (_, e) = election_step(
                state,
                ElectionAction::ChangeNomination,
                &[IdmStep::NominationChanges],
            )?;
            person(state, *voter)?;
            person(state, *nominee)?;
            let ballot = e.ballot_of(*voter).ok_or_else(|| {
                refuse(ElectionRefusal::NoBallot {
                    name: state.name(*voter).to_owned(),
                })
            })?;
            if ballot.nominee == *nominee {
                return Err(refuse(ElectionRefusal::SameNominee {
                    name: state.name(*nominee).to_owned(),
                }));
            }
            Ok(Event::NominationChanged {
                voter: *voter,
                nominee: *nominee,
            })
        })(),
        Command::OpenCandidateProposal => (|| {
            election_step(
                state,
                ElectionAction::OpenCandidateProposal,
                &[IdmStep::NominationChanges],
            )?;
            Ok(Event::StepEntered {
                step: IdmStep::ProposeCandidate,
                round: None,
            })
        })(),
        Command::ProposeCandidate {
            candidate,
            term: t,
            for_objection,
        } => propose(state, *candidate, t.as_ref(), *for_objection),
        _ => Err(not_now(state, Action::Anything)),
    }
}

fn add(state: &MeetingState, role: &str, owner: PersonId) -> Result<Event, Refusal> {
    require_phase(state, action(ElectionAction::AddElection), agenda_open)?;
    if !elections_allowed(state.format) {
        return Err(refuse(ElectionRefusal::NotInFormat));
    }
    if state.next_item_id as usize > super::rules::MAX_AGENDA_ITEMS {
        return Err(Refusal::AgendaFull {
            limit: super::rules::MAX_AGENDA_ITEMS,
        });
    }
    person(state, owner)?;
    Ok(Event::ItemAdded {
        item: ItemId(state.next_item_id),
        label: label_text(role)?,
        owner,
        kind: ItemKind::Election,
    })
}

/// Refuses a move that would put a pending tension ahead of a pending
/// election; anything else is left to the ordinary rules.
pub(crate) fn check_move(state: &MeetingState, id: ItemId, position: u32) -> Option<Refusal> {
    pending_election(state)?;
    let from = state.agenda.iter().position(|i| i.id == id)?;
    if !state.agenda[from].is_pending() {
        return None;
    }
    let mut order: Vec<&Item> = state.agenda.iter().collect();
    let moved = order.remove(from);
    let to = (position as usize).min(order.len());
    order.insert(to, moved);
    let pending: Vec<&&Item> = order.iter().filter(|i| i.is_pending()).collect();
    let first_tension = pending.iter().position(|i| !i.is_election())?;
    let late = pending[first_tension..].iter().find(|i| i.is_election())?;
    // Name the election the move would overtake.
    let role = if moved.is_election() {
        moved.label.clone()
    } else {
        late.label.clone()
    };
    Some(refuse(ElectionRefusal::ElectionFirst { role }))
}

fn present_voter(state: &MeetingState, voter: PersonId) -> Result<(), Refusal> {
    person(state, voter)?;
    if state.person(voter).is_some_and(|p| p.present) {
        Ok(())
    } else {
        Err(Refusal::NotPresent {
            name: state.name(voter).to_owned(),
        })
    }
}

fn propose(
    state: &MeetingState,
    candidate: PersonId,
    t: Option<&Term>,
    for_objection: Option<u32>,
) -> Result<Event, Refusal> {
    let (item, e) = election_step(
        state,
        ElectionAction::ProposeCandidate,
        &[IdmStep::ProposeCandidate, IdmStep::Integration],
    )?;
    person(state, candidate)?;
    let term = match t {
        Some(t) => term(t)?,
        None => e
            .term_in_force()
            .cloned()
            .ok_or(refuse(ElectionRefusal::NoRoleDescription))?,
    };
    if let Some(number) = for_objection {
        if item.step != Some(IdmStep::Integration) {
            return Err(not_now(state, Action::Integrate));
        }
        let open = item
            .concern(number)
            .ok_or(Refusal::UnknownConcern { number })?;
        if !open.is_open_objection() {
            return Err(Refusal::ConcernNotOpen { number });
        }
    }
    let mut tied = Vec::new();
    if item.step == Some(IdmStep::ProposeCandidate) {
        let leaders = e.leaders();
        if leaders.is_empty() {
            return Err(refuse(ElectionRefusal::NoNominations));
        }
        if !leaders.contains(&candidate) {
            return Err(refuse(ElectionRefusal::NotLeading {
                name: state.name(candidate).to_owned(),
                leaders: super::rules::names(state, leaders.clone()),
            }));
        }
        if leaders.len() > 1 {
            tied = leaders;
        }
    } else if e
        .candidacy()
        .is_some_and(|c| c.candidate == candidate && c.term == term)
    {
        return Err(refuse(ElectionRefusal::SameCandidacy));
    }
    Ok(Event::CandidateProposed {
        version: item.current_version().map_or(0, |v| v.number) + 1,
        candidate,
        term,
        tied,
        for_objection,
    })
}

/// The objection round of an election asks the candidate last, whatever
/// order the round would otherwise have (default rotation or the
/// facilitator's choice).
pub(crate) fn candidate_last(
    state: &MeetingState,
    kind: RoundKind,
    mut order: Vec<PersonId>,
) -> Vec<PersonId> {
    if kind != RoundKind::Objection {
        return order;
    }
    let Some(c) = active_election(state)
        .and_then(|i| i.election())
        .and_then(|e| e.candidacy())
    else {
        return order;
    };
    if let Some(at) = order.iter().position(|p| *p == c.candidate) {
        let candidate = order.remove(at);
        order.push(candidate);
    }
    order
}

/// Where a new item goes: an election after the started items and the
/// elections already waiting, a tension at the end.
pub(crate) fn insert_position(agenda: &SharedVec<Item>, kind: ItemKind) -> usize {
    match kind {
        ItemKind::Tension => agenda.len(),
        ItemKind::Election => agenda
            .iter()
            .take_while(|i| !i.is_pending() || i.is_election())
            .count(),
    }
}

/// A step was entered: entering the sharing round reveals the ballots.
pub(crate) fn on_step(item: &mut Item, step: IdmStep) {
    if let (IdmStep::NominationSharing, Some(e)) = (step, item.election_mut()) {
        e.revealed = true;
    }
}

/// Folds the election events into the active item.
pub(crate) fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    let name = match event {
        Event::CandidateProposed { candidate, .. } => state.name(*candidate).to_owned(),
        _ => String::new(),
    };
    let Phase::Item { item, .. } = state.phase else {
        return;
    };
    let Some(item) = state.item_mut(item) else {
        return;
    };
    let ItemProcess::Election {
        election: e,
        proposal,
    } = &mut item.process
    else {
        return;
    };
    match event {
        Event::RoleDescribed { text, term } => {
            e.description = Some(text.clone());
            e.term = Some(term.clone());
        }
        Event::Nominated { voter, nominee } => {
            if let Some(b) = e.ballots.iter_mut().find(|b| b.voter == *voter) {
                b.nominee = *nominee;
                b.first_nominee = *nominee;
                b.at = at;
                e.corrections += 1;
            } else {
                e.ballots.push(Ballot {
                    voter: *voter,
                    nominee: *nominee,
                    first_nominee: *nominee,
                    at,
                });
            }
        }
        Event::NominationChanged { voter, nominee } => {
            if let Some(b) = e.ballots.iter_mut().find(|b| b.voter == *voter) {
                e.changes.push(NominationChange {
                    voter: *voter,
                    from: b.nominee,
                    to: *nominee,
                    at,
                });
                b.nominee = *nominee;
            }
        }
        Event::CandidateProposed {
            version,
            candidate,
            term,
            tied,
            for_objection,
        } => {
            e.candidacies.push(Candidacy {
                version: *version,
                candidate: *candidate,
                term: term.clone(),
                tied: tied.clone(),
                for_objection: *for_objection,
                at,
            });
            proposal.versions.push(ProposalVersion {
                number: *version,
                text: name,
                at,
                for_objection: *for_objection,
                parts: Vec::new(),
                stated: None,
            });
        }
        _ => {}
    }
}
