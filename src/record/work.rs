//! The work between meetings (process.md, "Work between meetings"): next
//! actions (accepted requests among them), projects, metrics,
//! carried-over items, agreements due for review and role terms, folded
//! over a circle's sessions in time order.
//!
//! Nothing here is stored: every field is what the circle's session files
//! say, read again each time. An output of an older session carries no
//! status, so it counts as open until a later meeting says otherwise.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use super::due::{DueAgreement, overdue};
use super::{Fold, Folded};
use crate::meeting::projects::ProjectState;
use crate::meeting::tactical::EntryAnswer;
use crate::meeting::{MeetingState, OutputKind, PersonId};
use crate::review::carried::{Outcome, threads};
use crate::review::fold::key;
use crate::review::{Digest, Thread};
use crate::store::SessionSummary;

/// Where an action or project comes from: "where does this come from?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The session's ID (file stem).
    pub session: String,
    /// That session's title.
    pub title: String,
    /// When that session opened.
    pub opened_at: DateTime<FixedOffset>,
    /// The agenda item's handle in that session, if captured during one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<u32>,
    /// That item's label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_label: Option<String>,
}

pub use crate::meeting::actions::ActionStatus;

/// How an action came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionSource {
    /// Recorded as a next action.
    NextAction,
    /// A request the person accepted during triage ("toegezegd").
    Accepted,
}

/// When and where a status last changed, and what was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    /// The session that changed it; empty for a change made between
    /// meetings (`spanning action`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub session: String,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Anything said with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One next action of the circle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Stable handle: the session ID, `#`, and `a<n>` for its n-th next
    /// action or `i<item>r<request>` for an accepted request. A later
    /// meeting names an action by it.
    pub key: String,
    /// The owner's name, if anyone owns it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The role it was taken on in, if said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What is to be done.
    pub text: String,
    /// Next action or accepted request.
    pub source: ActionSource,
    /// Where it comes from.
    pub origin: Origin,
    /// When it was recorded.
    pub at: DateTime<FixedOffset>,
    /// Where it stands.
    pub status: ActionStatus,
    /// When the status last changed, if a later meeting changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<StatusChange>,
}

impl Action {
    /// Still to do?
    pub fn is_open(&self) -> bool {
        self.status == ActionStatus::Open
    }
}

/// Where a project stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ProjectStatus {
    /// Being worked on.
    Current,
    /// Waiting on someone or something.
    Waiting {
        /// On whom or what.
        on: String,
    },
    /// Finished ("afgerond").
    Done,
    /// Let go.
    Dropped,
    /// Taken off the progress list in a meeting that did not say why
    /// (before spanning asked whether it was done or dropped).
    Removed,
}

impl ProjectStatus {
    /// Still on the board (current or waiting)?
    pub fn is_active(&self) -> bool {
        matches!(self, ProjectStatus::Current | ProjectStatus::Waiting { .. })
    }
}

/// One dated progress update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectUpdate {
    /// The session it was given in.
    pub session: String,
    /// That session's opening time (updates are given once per meeting).
    pub at: DateTime<FixedOffset>,
    /// What changed.
    pub text: String,
}

/// One project of the circle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Project {
    /// The outcome worked towards.
    pub text: String,
    /// The owner's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The role it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Where it was first recorded.
    pub origin: Origin,
    /// Where it stands.
    #[serde(flatten)]
    pub status: ProjectStatus,
    /// When the status last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<StatusChange>,
    /// Progress updates, oldest first; a finished project keeps them.
    pub updates: Vec<ProjectUpdate>,
}

impl Project {
    /// The newest update, the one a finished project is remembered by.
    pub fn last_update(&self) -> Option<&ProjectUpdate> {
        self.updates.last()
    }
}

/// One value a metric was reported at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetricValue {
    /// The session it was reported in.
    pub session: String,
    /// That session's opening time.
    pub at: DateTime<FixedOffset>,
    /// The value as said (numbers come with units).
    pub value: String,
}

/// A metric and every value reported for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metric {
    /// The metric's name as last written.
    pub name: String,
    /// Who reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Values, oldest first.
    pub history: Vec<MetricValue>,
}

impl Metric {
    /// The value reported before the one given at `session`, or the newest
    /// one when `session` reported none: "previous value and date".
    pub fn previous(&self, session: &str) -> Option<&MetricValue> {
        self.history.iter().rev().find(|v| v.session != session)
    }
}

/// An item carried over at close-out and not settled since.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Carried {
    /// The label as last typed.
    pub label: String,
    /// Whose tension.
    pub owner: String,
    /// How many close-outs carried it over.
    pub times: usize,
    /// When it was first carried over (that session's opening).
    pub since: DateTime<FixedOffset>,
    /// The sessions it appeared in, oldest first.
    pub sessions: Vec<String>,
    /// The format of the meeting it last appeared in: it is offered to
    /// the next meeting of that format.
    pub format: crate::meeting::MeetingFormat,
    /// When it last appeared (that meeting's opening).
    pub last_seen: DateTime<FixedOffset>,
}

/// A role filled by election, with the term's end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ElectedTerm {
    /// The role.
    pub role: String,
    /// Who was elected.
    pub person: String,
    /// The day the term ends.
    pub ends: NaiveDate,
    /// The session that elected them.
    pub session: String,
}

/// What a circle has to do between meetings, as its sessions left it.
#[derive(Debug, Clone, Default)]
pub struct Work {
    /// Every next action and accepted request, in the order recorded.
    pub actions: Vec<Action>,
    /// Every project, in the order first recorded.
    pub projects: Vec<Project>,
    /// Every metric, in the order first reported or defined.
    pub metrics: Vec<Metric>,
    /// The latest election per role (by folded role name).
    pub terms: Vec<ElectedTerm>,
    /// The digests folded, for the carried-over threads.
    digests: Vec<Digest>,
    /// The summaries of sessions that adopted agreements with a review
    /// date, for the due reviews.
    agreements: Vec<SessionSummary>,
    /// What later meetings did with the items offered to their agenda.
    pub(super) answered: Vec<super::offer::Answered>,
    /// Each project's place in `projects` by its folded text (the latest
    /// one with that text).
    project_index: HashMap<String, usize>,
}

/// The owner's name, or `None` for a handle nobody has.
fn name_of(state: &MeetingState, id: Option<PersonId>) -> Option<String> {
    id.and_then(|p| state.person(p)).map(|p| p.who.name.clone())
}

impl Work {
    /// The circle's open actions, oldest first.
    pub fn open_actions(&self) -> impl Iterator<Item = &Action> {
        self.actions.iter().filter(|a| a.is_open())
    }

    /// The open actions as a new tactical meeting is offered them for its
    /// action review (recorded in its setup), oldest first.
    pub fn offered_actions(&self) -> Vec<crate::meeting::actions::OfferedAction> {
        let mut open: Vec<&Action> = self.open_actions().collect();
        open.sort_by(|a, b| (a.at, &a.key).cmp(&(b.at, &b.key)));
        open.into_iter()
            .map(|a| crate::meeting::actions::OfferedAction {
                key: a.key.clone(),
                text: a.text.clone(),
                owner: a.owner.clone(),
                role: a.role.clone(),
                since: a.at,
                accepted: a.source == ActionSource::Accepted,
            })
            .collect()
    }

    /// An action by its key.
    pub fn action(&self, key: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.key == key)
    }

    /// A project by its text (folded).
    pub fn project(&self, text: &str) -> Option<&Project> {
        let wanted = key(text);
        self.projects.iter().rev().find(|p| key(&p.text) == wanted)
    }

    /// A metric by its name (folded).
    pub fn metric(&self, name: &str) -> Option<&Metric> {
        let wanted = key(name);
        self.metrics.iter().find(|m| key(&m.name) == wanted)
    }

    /// Items carried over at a close-out and not settled since, in the
    /// order first carried over.
    pub fn carried(&self) -> Vec<Carried> {
        let circle = self
            .digests
            .last()
            .map(|d| d.summary.circle.clone())
            .unwrap_or_default();
        threads(self.digests.iter(), &circle)
            .into_iter()
            .filter(Thread::is_open)
            .map(|t| Carried {
                label: t
                    .appearances
                    .last()
                    .map_or_else(|| t.label.clone(), |a| a.label.clone()),
                owner: t.owner.clone(),
                times: t
                    .appearances
                    .iter()
                    .filter(|a| a.outcome == Outcome::CarriedOver)
                    .count(),
                since: t
                    .appearances
                    .first()
                    .map_or_else(|| self.digests[0].summary.opened_at, |a| a.opened_at),
                sessions: t.appearances.iter().map(|a| a.session.clone()).collect(),
                format: t
                    .appearances
                    .last()
                    .and_then(|a| self.digests.iter().find(|d| d.summary.id == a.session))
                    .map_or(crate::meeting::MeetingFormat::Governance, |d| {
                        d.summary.format
                    }),
                last_seen: t
                    .appearances
                    .last()
                    .map_or_else(|| self.digests[0].summary.opened_at, |a| a.opened_at),
            })
            .filter(|c| !self.settled_by_offer(&c.label, &c.owner, c.last_seen))
            .collect()
    }

    /// When each folded session of `format` opened, oldest first.
    pub fn sessions_of(
        &self,
        format: crate::meeting::MeetingFormat,
    ) -> impl Iterator<Item = DateTime<FixedOffset>> + '_ {
        self.digests
            .iter()
            .filter(move |d| d.summary.format == format)
            .map(|d| d.summary.opened_at)
    }

    /// When the folded session `id` opened.
    pub fn session_opened(&self, id: &str) -> Option<DateTime<FixedOffset>> {
        self.digests
            .iter()
            .find(|d| d.summary.id == id)
            .map(|d| d.summary.opened_at)
    }

    /// The circle's agreements past their review date on `today`, most
    /// overdue first (see [`overdue`]).
    pub fn due(&self, today: NaiveDate) -> Vec<DueAgreement> {
        overdue(self.agreements.iter(), today)
    }

    /// Elected roles whose term ends before `day` (the next meeting's
    /// date), soonest first.
    pub fn terms_ending(&self, day: NaiveDate) -> Vec<&ElectedTerm> {
        let mut out: Vec<&ElectedTerm> = self.terms.iter().filter(|t| t.ends < day).collect();
        out.sort_by_key(|t| t.ends);
        out
    }

    fn origin(folded: &Folded<'_>, state: &MeetingState, item: Option<u32>) -> Origin {
        Origin {
            session: folded.id.to_owned(),
            title: folded.session.setup().title.clone(),
            opened_at: folded.opened_at,
            item,
            item_label: item.and_then(|i| {
                state
                    .agenda
                    .iter()
                    .find(|it| it.id.0 == i)
                    .map(|it| it.label.clone())
            }),
        }
    }

    fn fold_actions(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        let actions = state
            .outputs
            .iter()
            .filter(|o| o.kind == OutputKind::NextAction);
        for (n, output) in actions.enumerate() {
            self.actions.push(Action {
                key: format!("{}#a{}", folded.id, n + 1),
                owner: name_of(state, output.owner),
                role: output.role.clone(),
                text: output.text.clone(),
                source: ActionSource::NextAction,
                origin: Self::origin(folded, state, output.item.map(|i| i.0)),
                at: output.at,
                status: ActionStatus::Open,
                changed: None,
            });
        }
        // The same accepted requests, with the same owners, the meeting's
        // own work per owner lists.
        for accepted in crate::meeting::tactical::accepted_requests(state) {
            let request = accepted.request;
            self.actions.push(Action {
                key: format!("{}#i{}r{}", folded.id, accepted.item.0, request.number),
                owner: name_of(state, accepted.owner),
                role: accepted.role.map(str::to_owned),
                text: request.text.clone(),
                source: ActionSource::Accepted,
                origin: Self::origin(folded, state, Some(accepted.item.0)),
                at: request.at,
                status: ActionStatus::Open,
                changed: None,
            });
        }
    }

    fn fold_projects(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        let setup = folded.session.setup();
        // Kept between sessions: rebuilding it for every session made the
        // fold quadratic in the folder's projects.
        let mut index = std::mem::take(&mut self.project_index);
        for entry in &state.tactical.progress {
            let k = key(&entry.text);
            let at = match index.get(&k) {
                Some(&i) => i,
                None => {
                    self.projects.push(Project {
                        text: entry.text.clone(),
                        owner: name_of(state, entry.owner).or_else(|| entry.former_owner.clone()),
                        role: entry.role.clone(),
                        origin: Self::origin(folded, state, None),
                        status: ProjectStatus::Current,
                        changed: None,
                        updates: Vec::new(),
                    });
                    index.insert(k, self.projects.len() - 1);
                    self.projects.len() - 1
                }
            };
            let project = &mut self.projects[at];
            if let Some(owner) = name_of(state, entry.owner) {
                project.owner = Some(owner);
            }
            if entry.role.is_some() {
                project.role = entry.role.clone();
            }
            if let Some(EntryAnswer::Update { text }) = &entry.answer {
                project.updates.push(ProjectUpdate {
                    session: folded.id.to_owned(),
                    at: folded.opened_at,
                    text: text.clone(),
                });
            }
            if let Some(said) = &entry.status {
                let status = match said {
                    ProjectState::Current => ProjectStatus::Current,
                    ProjectState::Waiting { on } => ProjectStatus::Waiting { on: on.clone() },
                    ProjectState::Done => ProjectStatus::Done,
                    ProjectState::Dropped => ProjectStatus::Dropped,
                };
                if project.status != status {
                    project.status = status;
                    project.changed = Some(StatusChange {
                        session: folded.id.to_owned(),
                        at: state.last_at,
                        note: None,
                    });
                }
            }
        }
        // Offered at setup, gone from the list at the end: removed here.
        for def in &setup.tactical_lists.progress {
            let k = key(&def.text);
            let kept = state.tactical.progress.iter().any(|e| key(&e.text) == k);
            if kept {
                continue;
            }
            if let Some(&i) = index.get(&k) {
                let project = &mut self.projects[i];
                if project.status.is_active() {
                    project.status = ProjectStatus::Removed;
                    project.changed = Some(StatusChange {
                        session: folded.id.to_owned(),
                        at: state.last_at,
                        note: None,
                    });
                }
            }
        }
        for output in state
            .outputs
            .iter()
            .filter(|o| o.kind == OutputKind::Project)
        {
            let k = key(&output.text);
            if index
                .get(&k)
                .is_some_and(|&i| self.projects[i].status.is_active())
            {
                continue;
            }
            self.projects.push(Project {
                text: output.text.clone(),
                owner: name_of(state, output.owner),
                role: output.role.clone(),
                origin: Self::origin(folded, state, output.item.map(|i| i.0)),
                status: ProjectStatus::Current,
                changed: None,
                updates: Vec::new(),
            });
            index.insert(k, self.projects.len() - 1);
        }
        self.project_index = index;
    }

    fn fold_metrics(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        for entry in &state.tactical.metrics {
            let k = key(&entry.text);
            let i = match self.metrics.iter().position(|m| key(&m.name) == k) {
                Some(i) => i,
                None => {
                    self.metrics.push(Metric {
                        name: entry.text.clone(),
                        owner: None,
                        history: Vec::new(),
                    });
                    self.metrics.len() - 1
                }
            };
            let metric = &mut self.metrics[i];
            metric.name = entry.text.clone();
            if let Some(owner) = name_of(state, entry.owner).or_else(|| entry.former_owner.clone())
            {
                metric.owner = Some(owner);
            }
            if let Some(EntryAnswer::Value { text }) = &entry.answer {
                metric.history.push(MetricValue {
                    session: folded.id.to_owned(),
                    at: folded.opened_at,
                    value: text.clone(),
                });
            }
        }
    }

    fn fold_terms(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        for item in &state.agenda {
            let Some(elected) = item.elected() else {
                continue;
            };
            let Some(ends) = elected.term.ends(folded.opened_at) else {
                continue;
            };
            let term = ElectedTerm {
                role: elected.role.clone(),
                person: state.name(elected.person).to_owned(),
                ends,
                session: folded.id.to_owned(),
            };
            match self
                .terms
                .iter_mut()
                .find(|t| key(&t.role) == key(&term.role))
            {
                Some(t) => *t = term,
                None => self.terms.push(term),
            }
        }
    }
}

impl Work {
    /// Applies a change made between meetings (see `record::changes`):
    /// the action's status becomes the change's, with its time and note.
    /// A change to an action this circle does not have is not applied;
    /// returns whether it was.
    pub fn apply(&mut self, change: &super::changes::Change) -> bool {
        let Some(action) = self.actions.iter_mut().find(|a| a.key == change.action) else {
            return false;
        };
        action.status = change.status;
        action.changed = Some(StatusChange {
            session: String::new(),
            at: change.at,
            note: change.note.clone(),
        });
        true
    }
}

impl Work {
    /// Keeps a folded session's digest for the carried-over threads;
    /// moved in after [`Fold::session`] so it is never copied.
    pub(super) fn keep(&mut self, digest: Digest) {
        self.digests.push(digest);
    }
}

impl Work {
    /// The meeting's answers in its action review: each offered action
    /// of an earlier session takes the status given, with its time and
    /// note ("still open" with a note keeps the status and the note).
    fn fold_reviews(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        for reviewed in &state.tactical.actions {
            let Some(answer) = &reviewed.answer else {
                continue;
            };
            let Some(action) = self
                .actions
                .iter_mut()
                .find(|a| a.key == reviewed.offered.key)
            else {
                continue;
            };
            action.status = answer.status;
            action.changed = Some(StatusChange {
                session: folded.id.to_owned(),
                at: answer.at,
                note: answer.note.clone(),
            });
        }
    }
}

impl Fold for Work {
    fn session(&mut self, folded: &Folded<'_>) {
        let state = folded.session.state();
        self.fold_reviews(folded, state);
        self.fold_actions(folded, state);
        // Governance meetings have no lists, so these see only outputs.
        self.fold_projects(folded, state);
        self.fold_metrics(folded, state);
        self.fold_terms(folded, state);
        self.fold_offers(folded, state);
        if !folded.digest.summary.agreements.is_empty() {
            self.agreements.push(folded.digest.summary.clone());
        }
    }
}
