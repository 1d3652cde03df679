//! A tactical meeting's work per owner, the way the team uses it the
//! next day: next actions (accepted requests among them) and projects,
//! each person's list in one place. Minutes, `show`, review, the summary
//! screen and the JSON export all list this.

use super::tactical::{Request, RequestTo};
use crate::meeting::PersonId;
use crate::meeting::event::OutputKind;
use crate::meeting::state::{ItemProcess, MeetingState, Output};

/// One owner's next actions and projects, the way the team uses them the
/// next day: each person's list in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnerOutputs<'s> {
    /// The owner; `None` gathers what nobody took on.
    pub owner: Option<PersonId>,
    /// Next actions first, then projects, each in the order recorded.
    pub outputs: Vec<&'s Output>,
    /// Requests this owner accepted in triage, in the order asked: each
    /// is a next action of the person who accepted it.
    pub accepted: Vec<Accepted<'s>>,
}

/// A request accepted in triage, as an owner's next action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accepted<'s> {
    /// The item it was asked in.
    pub item: crate::meeting::ItemId,
    /// The request.
    pub request: &'s Request,
    /// The role it was asked of, when asked of a role.
    pub role: Option<&'s str>,
    /// Whose next action it is: the person asked, or the participant
    /// filling the role asked; `None` when nobody here fills it.
    pub owner: Option<PersonId>,
}

/// One entry of an owner's list, in the order the list is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owned<'s> {
    /// A next action or project.
    Output(&'s Output),
    /// An accepted request.
    Accepted(Accepted<'s>),
}

impl<'s> OwnerOutputs<'s> {
    /// Next actions, then accepted requests (next actions too), then
    /// projects.
    pub fn entries(&self) -> impl Iterator<Item = Owned<'s>> + '_ {
        let actions = self
            .outputs
            .iter()
            .filter(|o| o.kind == OutputKind::NextAction);
        let projects = self
            .outputs
            .iter()
            .filter(|o| o.kind != OutputKind::NextAction);
        actions
            .map(|o| Owned::Output(o))
            .chain(self.accepted.iter().map(|a| Owned::Accepted(*a)))
            .chain(projects.map(|o| Owned::Output(o)))
    }
}

/// Who an accepted request belongs to: the person asked, or the
/// participant filling the role asked (case and accents ignored, as the
/// circle's memory matches roles); `None` when nobody here fills it.
fn accepter(state: &MeetingState, to: &RequestTo) -> Option<PersonId> {
    match to {
        RequestTo::Person(p) => Some(*p),
        RequestTo::Role(role) => {
            let wanted = crate::meeting::fold::key(role);
            state
                .people
                .iter()
                .find(|p| {
                    p.who
                        .roles
                        .iter()
                        .any(|r| crate::meeting::fold::key(r) == wanted)
                })
                .map(|p| p.id)
        }
    }
}

/// Every request accepted in triage, in agenda order and then the order
/// asked, each with whose next action it is. The work per owner lists
/// these, and the circle's memory keeps them as actions between meetings.
pub fn accepted_requests(state: &MeetingState) -> Vec<Accepted<'_>> {
    let mut accepted = Vec::new();
    for item in &state.agenda {
        let ItemProcess::Triage(triage) = &item.process else {
            continue;
        };
        for request in triage.requests.iter().filter(|r| r.accepted == Some(true)) {
            let role = match &request.to {
                RequestTo::Role(role) => Some(role.as_str()),
                RequestTo::Person(_) => None,
            };
            accepted.push(Accepted {
                item: item.id,
                request,
                role,
                owner: accepter(state, &request.to),
            });
        }
    }
    accepted
}

/// Next actions (accepted requests among them) and projects grouped per
/// owner: people in seating order, then anything without an owner. Shared
/// information is not owned work and is left out. Minutes, `show`, review
/// and the summary all list this; `spanning actions` counts the same.
pub fn outputs_per_owner(state: &MeetingState) -> Vec<OwnerOutputs<'_>> {
    let owned = |o: &&Output| matches!(o.kind, OutputKind::NextAction | OutputKind::Project);
    let accepted = accepted_requests(state);
    let mut owners: Vec<Option<PersonId>> = state.people.iter().map(|p| Some(p.id)).collect();
    owners.push(None);
    owners
        .into_iter()
        .filter_map(|owner| {
            let mut outputs: Vec<&Output> = state
                .outputs
                .iter()
                .filter(owned)
                .filter(|o| o.owner == owner)
                .collect();
            outputs.sort_by_key(|o| o.kind != OutputKind::NextAction);
            let accepted: Vec<Accepted<'_>> = accepted
                .iter()
                .filter(|a| a.owner == owner)
                .copied()
                .collect();
            (!outputs.is_empty() || !accepted.is_empty()).then_some(OwnerOutputs {
                owner,
                outputs,
                accepted,
            })
        })
        .collect()
}
