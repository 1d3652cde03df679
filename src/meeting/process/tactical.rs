//! The tactical meeting (process.md, "Tactical meeting"): checklist,
//! metrics and progress reviews after check-in, and triage of each agenda
//! item into next actions, projects and shared information. Kept apart from
//! governance so the router in `decide` and the fold only dispatch here.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::meeting::command::Command;
use crate::meeting::event::{Ending, Event, IdmStep, PhaseKind};
use crate::meeting::refusal::{Action, Field, Refusal};
use crate::meeting::setup::{MeetingFormat, PersonId, Setup};
use crate::meeting::state::{Item, MeetingState, Phase};

/// The three recurring lists a tactical meeting reviews before its agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum TacticalList {
    /// Recurring actions per role, answered check / no check.
    Checklist,
    /// Numbers the circle watches; each owner reports a value.
    Metrics,
    /// The circle's projects; what changed since last time.
    Progress,
}

impl TacticalList {
    /// All lists, in the order the meeting reviews them.
    pub const ALL: [TacticalList; 3] = [
        TacticalList::Checklist,
        TacticalList::Metrics,
        TacticalList::Progress,
    ];

    /// The phase in which this list is reviewed.
    pub fn phase(self) -> Phase {
        match self {
            TacticalList::Checklist => Phase::Checklist,
            TacticalList::Metrics => Phase::Metrics,
            TacticalList::Progress => Phase::Progress,
        }
    }

    /// The list reviewed in this phase, if any.
    pub fn of_phase(phase: Phase) -> Option<TacticalList> {
        TacticalList::ALL.into_iter().find(|l| l.phase() == phase)
    }
}

/// A remembered definition offered at setup: from the circle's previous
/// tactical meeting. The owner is a name because people are numbered per
/// session; it is matched to this meeting's participants when the state is
/// built.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryDef {
    /// The checklist item, metric name or project.
    pub text: String,
    /// The owner's name in the meeting it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// The role it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Metrics: the value last reported, and when, shown beside the new
    /// one; projects: the last progress update, so a finished project
    /// keeps it. Older spannings ignore it, so it needs no new file version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousValue>,
    /// Projects: on whom the project was waiting at the end of the
    /// meeting it came from (file version 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting_on: Option<String>,
}

/// A metric's value or a project's update as last given, in an earlier
/// meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviousValue {
    /// The value as said.
    pub value: String,
    /// When the meeting that reported it opened.
    pub at: DateTime<FixedOffset>,
}

/// What a tactical meeting starts with, so the facilitator does not retype
/// the circle's checklist, metrics and projects. Empty for governance
/// meetings and for a circle's first tactical meeting; left out of the file
/// then, so older files are unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TacticalLists {
    /// Checklist items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<EntryDef>,
    /// Metrics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<EntryDef>,
    /// Projects for progress updates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<EntryDef>,
    /// The circle's open next actions, for the action review (from the
    /// circle's memory, not from the previous meeting alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<super::actions::OfferedAction>,
}

impl TacticalLists {
    /// Nothing remembered (serde skips it then).
    pub fn is_empty(&self) -> bool {
        self.checklist.is_empty()
            && self.metrics.is_empty()
            && self.progress.is_empty()
            && self.actions.is_empty()
    }

    /// One list's definitions.
    pub fn list(&self, list: TacticalList) -> &[EntryDef] {
        match list {
            TacticalList::Checklist => &self.checklist,
            TacticalList::Metrics => &self.metrics,
            TacticalList::Progress => &self.progress,
        }
    }

    fn list_mut(&mut self, list: TacticalList) -> &mut Vec<EntryDef> {
        match list {
            TacticalList::Checklist => &mut self.checklist,
            TacticalList::Metrics => &mut self.metrics,
            TacticalList::Progress => &mut self.progress,
        }
    }

    /// The definitions a closed or open tactical meeting leaves for the
    /// next one of its circle: its lists as they stood at the end (answers
    /// dropped), plus the projects it produced, each project once.
    pub fn remembered_from(state: &MeetingState) -> TacticalLists {
        let mut out = TacticalLists::default();
        let def = |e: &Entry| EntryDef {
            text: e.text.clone(),
            // Someone absent this time still owns it next time.
            owner: e
                .owner
                .map(|p| state.name(p).to_owned())
                .or_else(|| e.former_owner.clone()),
            role: e.role.clone(),
            // The value given here, else the one this meeting was offered
            // (a meeting that skipped the metric keeps the older value).
            // For projects, the last progress update the same way.
            previous: match &e.answer {
                Some(EntryAnswer::Value { text } | EntryAnswer::Update { text }) => {
                    Some(PreviousValue {
                        value: text.clone(),
                        at: state.opened_at,
                    })
                }
                _ => e.previous.clone(),
            },
            waiting_on: match &e.status {
                Some(super::projects::ProjectState::Waiting { on }) => Some(on.clone()),
                _ => None,
            },
        };
        for list in TacticalList::ALL {
            // A project done or dropped here is off the next list.
            *out.list_mut(list) = state
                .tactical
                .list(list)
                .iter()
                .filter(|e| !e.status.as_ref().is_some_and(|s| s.is_finished()))
                .map(def)
                .collect();
        }
        for output in state
            .outputs
            .iter()
            .filter(|o| o.kind == crate::meeting::event::OutputKind::Project)
        {
            let known = out
                .progress
                .iter()
                .any(|d| d.text.eq_ignore_ascii_case(&output.text));
            if !known {
                out.progress.push(EntryDef {
                    text: output.text.clone(),
                    owner: output.owner.map(|p| state.name(p).to_owned()),
                    role: output.role.clone(),
                    previous: None,
                    waiting_on: None,
                });
            }
        }
        out
    }
}

/// How a checklist item, metric or project was answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryAnswer {
    /// Checklist: done.
    Check {
        /// Anything said with it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Checklist: not done.
    NoCheck {
        /// Anything said with it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Metrics: the reported value, as said (numbers come with units).
    Value {
        /// The value.
        text: String,
    },
    /// Progress: what changed.
    Update {
        /// What changed since last time.
        text: String,
    },
    /// Progress: nothing changed.
    NoUpdate,
}

impl EntryAnswer {
    /// The list this kind of answer belongs to.
    pub fn list(&self) -> TacticalList {
        match self {
            EntryAnswer::Check { .. } | EntryAnswer::NoCheck { .. } => TacticalList::Checklist,
            EntryAnswer::Value { .. } => TacticalList::Metrics,
            EntryAnswer::Update { .. } | EntryAnswer::NoUpdate => TacticalList::Progress,
        }
    }
}

/// Who a triage request is addressed to: a person, or a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestTo {
    /// A participant.
    Person(PersonId),
    /// A role, whoever fills it.
    Role(String),
}

/// A checklist item, metric or project in this meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Number within its list, from 1; never reused.
    pub number: u32,
    /// The item, metric name or project.
    pub text: String,
    /// Who answers for it.
    pub owner: Option<PersonId>,
    /// The role it belongs to.
    pub role: Option<String>,
    /// The owner's name from the previous meeting when nobody here has it,
    /// so a pre-filled entry still says whose it was.
    pub former_owner: Option<String>,
    /// The answer given in this meeting, if any.
    pub answer: Option<EntryAnswer>,
    /// Metrics: the value an earlier meeting reported; projects: the last
    /// update (from the setup).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousValue>,
    /// Projects: where it stands, if said here or still waiting from the
    /// meeting before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<super::projects::ProjectState>,
}

/// The three lists as they stand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TacticalState {
    /// Checklist items.
    pub checklist: Vec<Entry>,
    /// Metrics.
    pub metrics: Vec<Entry>,
    /// Projects.
    pub progress: Vec<Entry>,
    /// Next free number per list (checklist, metrics, progress).
    pub next: [u32; 3],
    /// The open actions offered for review, with their answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<super::actions::ReviewedAction>,
}

impl TacticalState {
    /// The lists pre-filled from the setup's remembered definitions.
    pub fn new(setup: &Setup) -> Self {
        let mut state = TacticalState {
            next: [1; 3],
            actions: super::actions::offered(setup),
            ..TacticalState::default()
        };
        for list in TacticalList::ALL {
            for def in setup.tactical_lists.list(list) {
                let owner = def.owner.as_ref().and_then(|name| {
                    setup
                        .participants
                        .iter()
                        .position(|p| p.name.eq_ignore_ascii_case(name))
                        .map(|i| PersonId(i as u32))
                });
                let number = state.next[list as usize];
                state.next[list as usize] += 1;
                state.list_mut(list).push(Entry {
                    number,
                    text: def.text.clone(),
                    owner,
                    role: def.role.clone(),
                    former_owner: def.owner.clone().filter(|_| owner.is_none()),
                    answer: None,
                    previous: def.previous.clone(),
                    status: def
                        .waiting_on
                        .clone()
                        .map(|on| super::projects::ProjectState::Waiting { on }),
                });
            }
        }
        state
    }

    /// One list.
    pub fn list(&self, list: TacticalList) -> &[Entry] {
        match list {
            TacticalList::Checklist => &self.checklist,
            TacticalList::Metrics => &self.metrics,
            TacticalList::Progress => &self.progress,
        }
    }

    fn list_mut(&mut self, list: TacticalList) -> &mut Vec<Entry> {
        match list {
            TacticalList::Checklist => &mut self.checklist,
            TacticalList::Metrics => &mut self.metrics,
            TacticalList::Progress => &mut self.progress,
        }
    }

    /// An entry by number.
    pub fn entry(&self, list: TacticalList, number: u32) -> Option<&Entry> {
        self.list(list).iter().find(|e| e.number == number)
    }

    pub(crate) fn entry_mut(&mut self, list: TacticalList, number: u32) -> Option<&mut Entry> {
        self.list_mut(list).iter_mut().find(|e| e.number == number)
    }

    /// Is anything in any list (so minutes and review show the section)?
    pub fn is_empty(&self) -> bool {
        TacticalList::ALL.iter().all(|l| self.list(*l).is_empty()) && self.actions.is_empty()
    }
}

/// A request made during triage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    /// Number within the item, from 1.
    pub number: u32,
    /// To whom.
    pub to: RequestTo,
    /// What is asked.
    pub text: String,
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Accepted (true) or declined (false), once answered.
    pub accepted: Option<bool>,
}

/// What triage recorded for one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Triage {
    /// What the owner said they need.
    pub need: Option<String>,
    /// Requests to people or roles.
    pub requests: Vec<Request>,
}

impl Triage {
    /// Nothing recorded (governance items): left out of exports.
    pub fn is_empty(&self) -> bool {
        self.need.is_none() && self.requests.is_empty()
    }
}

pub use super::per_owner::{Accepted, Owned, OwnerOutputs, accepted_requests, outputs_per_owner};

/// Why a tactical command was refused; worded by the `text` layer.
#[derive(Debug, Clone, PartialEq, Eq, strum::EnumDiscriminants)]
#[strum_discriminants(
    name(TacticalRefusalKind),
    derive(strum::VariantArray),
    doc = "Which tactical refusal it is, without its data: the word tests check every kind is worded."
)]
pub enum TacticalRefusal {
    /// A governance step in a tactical meeting.
    GovernanceOnly,
    /// A tactical step in a governance meeting.
    TacticalOnly,
    /// No entry with that number in that list.
    UnknownEntry {
        /// Which list.
        list: TacticalList,
        /// The number asked for.
        number: u32,
    },
    /// Checklist items, metrics and projects need an owner or a role.
    NoOwner,
    /// The answer does not fit the list (a value for a checklist item...).
    WrongAnswer {
        /// The list being answered.
        list: TacticalList,
    },
    /// No request with that number in this item.
    UnknownRequest {
        /// The number asked for.
        number: u32,
    },
    /// The request was already accepted or declined.
    RequestAnswered {
        /// Its number.
        number: u32,
    },
    /// Requests still wait for an answer.
    RequestsOpen {
        /// Their numbers.
        numbers: Vec<u32>,
    },
    /// The meeting has no timebox, so an item has no time share to use up.
    NoTimeShare,
    /// The meeting was offered no open actions to review.
    NoActionsOffered,
    /// No action with that number was offered for review.
    UnknownAction {
        /// The number asked for.
        number: u32,
    },
    /// Actions are reviewed from the check-in until close-out.
    ActionReviewClosed,
    /// The item's time share is not used yet.
    TimeShareLeft {
        /// Seconds left of it.
        secs: i64,
    },
}

impl From<TacticalRefusal> for Refusal {
    fn from(r: TacticalRefusal) -> Self {
        Refusal::Tactical(r)
    }
}

/// Opens the agenda straight after the last list review (a tactical
/// meeting has no check-in round to complete); `None` leaves it to the
/// meeting's rules.
pub(crate) fn open_agenda(state: &MeetingState) -> Option<Event> {
    (state.format == MeetingFormat::Tactical
        && (TacticalList::of_phase(state.phase).is_some() || state.phase == Phase::Actions))
        .then_some(Event::PhaseEntered {
            phase: PhaseKind::Agenda,
            round: None,
        })
}

/// Decides a command about a triage item: meeting the need or cutting it
/// off here, withdrawing or leaving it unfinished as any item.
pub(crate) fn decide_item(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::EndItem {
            ending: Ending::NeedMet | Ending::CutOff,
            ..
        } => decide(state, command),
        _ => super::integrative::decide(state, command),
    }
}

/// Decides the tactical meeting's own commands: its list reviews and the
/// triage of an item.
pub(crate) fn decide(state: &MeetingState, command: &Command) -> Result<Event, Refusal> {
    match command {
        Command::ReviewAction { .. } => super::actions::decide(state, command),
        Command::OpenActions => super::actions::open(state),
        Command::SetProjectStatus { .. } => super::projects::decide(state, command),
        Command::OpenChecklist => open_review(state, TacticalList::Checklist),
        Command::OpenMetrics => open_review(state, TacticalList::Metrics),
        Command::OpenProgress => open_review(state, TacticalList::Progress),
        Command::DefineEntry {
            list,
            text,
            owner,
            role,
        } => in_list_phase(state, *list, Action::ChangeList).and_then(|()| {
            let (text, owner, role) = entry_fields(state, text, *owner, role.as_deref())?;
            Ok(Event::EntryDefined {
                list: *list,
                number: state.tactical.next[*list as usize],
                text,
                owner,
                role,
            })
        }),
        Command::EditEntry {
            list,
            number,
            text,
            owner,
            role,
        } => in_list_phase(state, *list, Action::ChangeList).and_then(|()| {
            entry(state, *list, *number)?;
            let (text, owner, role) = entry_fields(state, text, *owner, role.as_deref())?;
            Ok(Event::EntryEdited {
                list: *list,
                number: *number,
                text,
                owner,
                role,
            })
        }),
        Command::RemoveEntry { list, number } => in_list_phase(state, *list, Action::ChangeList)
            .and_then(|()| {
                entry(state, *list, *number)?;
                Ok(Event::EntryRemoved {
                    list: *list,
                    number: *number,
                })
            }),
        Command::AnswerEntry {
            list,
            number,
            answer,
        } => in_list_phase(state, *list, Action::AnswerEntry).and_then(|()| {
            entry(state, *list, *number)?;
            if answer.list() != *list {
                return Err(TacticalRefusal::WrongAnswer { list: *list }.into());
            }
            Ok(Event::EntryAnswered {
                list: *list,
                number: *number,
                answer: clean_answer(answer)?,
            })
        }),
        Command::StateNeed { text } => in_triage(state, Action::Triage).and_then(|()| {
            Ok(Event::NeedStated {
                text: super::rules::required(text, Field::Need)?,
            })
        }),
        Command::MakeRequest { to, text } => in_triage(state, Action::Triage).and_then(|()| {
            let to = match to {
                RequestTo::Person(person) => {
                    super::rules::person(state, *person)?;
                    RequestTo::Person(*person)
                }
                RequestTo::Role(role) => {
                    RequestTo::Role(super::rules::required(role, Field::Role)?)
                }
            };
            let number = state
                .active_item()
                .map_or(1, |i| i.triage().requests.len() as u32 + 1);
            Ok(Event::RequestMade {
                number,
                to,
                text: super::rules::required(text, Field::Request)?,
            })
        }),
        Command::AnswerRequest { number, accepted } => {
            in_triage(state, Action::Triage).and_then(|()| {
                let request = state
                    .active_item()
                    .and_then(|i| i.triage().requests.iter().find(|r| r.number == *number))
                    .ok_or(TacticalRefusal::UnknownRequest { number: *number })?;
                if request.accepted.is_some() {
                    return Err(TacticalRefusal::RequestAnswered { number: *number }.into());
                }
                Ok(Event::RequestAnswered {
                    number: *number,
                    accepted: *accepted,
                })
            })
        }
        Command::EndItem {
            ending: ending @ (Ending::NeedMet | Ending::CutOff),
            reason,
        } => {
            let action = if *ending == Ending::NeedMet {
                Action::MeetNeed
            } else {
                Action::CutOff
            };
            in_triage(state, action).and_then(|()| {
                let reason = super::rules::optional(reason.as_deref(), Field::Reason)?;
                if *ending == Ending::NeedMet {
                    let open: Vec<u32> = state
                        .active_item()
                        .map(|i| {
                            i.triage()
                                .requests
                                .iter()
                                .filter(|r| r.accepted.is_none())
                                .map(|r| r.number)
                                .collect()
                        })
                        .unwrap_or_default();
                    if !open.is_empty() {
                        return Err(TacticalRefusal::RequestsOpen { numbers: open }.into());
                    }
                }
                Ok(Event::ItemEnded {
                    ending: *ending,
                    reason,
                })
            })
        }
        _ => Err(super::rules::not_now(state, Action::Anything)),
    }
}

/// The check `decide` cannot make because it has no clock: an item may only
/// be cut off once its fair share of the meeting's time is used.
pub fn check_at(
    state: &MeetingState,
    command: &Command,
    at: DateTime<FixedOffset>,
) -> Result<(), Refusal> {
    if !matches!(
        command,
        Command::EndItem {
            ending: Ending::CutOff,
            ..
        }
    ) || state.format != MeetingFormat::Tactical
    {
        return Ok(());
    }
    let Some(item) = state.active_item() else {
        return Ok(());
    };
    let Some(allowance) = item.allowance_secs else {
        return Err(TacticalRefusal::NoTimeShare.into());
    };
    // The whole meeting over its timebox: every item's time is up.
    if state.remaining_secs(at).is_some_and(|left| left <= 0) {
        return Ok(());
    }
    let used = crate::meeting::views::item_time_used(item, at).unwrap_or(0);
    if used < allowance {
        return Err(TacticalRefusal::TimeShareLeft {
            secs: allowance - used,
        }
        .into());
    }
    Ok(())
}

fn open_review(state: &MeetingState, list: TacticalList) -> Result<Event, Refusal> {
    let action = match list {
        TacticalList::Checklist => Action::OpenChecklist,
        TacticalList::Metrics => Action::OpenMetrics,
        TacticalList::Progress => Action::OpenProgress,
    };
    let before = match state.phase {
        Phase::CheckIn => {
            super::rules::require_round_complete(state)?;
            true
        }
        Phase::Actions => true,
        phase => TacticalList::of_phase(phase).is_some_and(|current| current < list),
    };
    if !before {
        return Err(Refusal::NotNow {
            action,
            phase: state.phase,
        });
    }
    Ok(Event::PhaseEntered {
        phase: match list {
            TacticalList::Checklist => PhaseKind::Checklist,
            TacticalList::Metrics => PhaseKind::Metrics,
            TacticalList::Progress => PhaseKind::Progress,
        },
        round: None,
    })
}

fn in_list_phase(state: &MeetingState, list: TacticalList, action: Action) -> Result<(), Refusal> {
    super::rules::require_phase(state, action, |phase| phase == list.phase())
}

fn in_triage(state: &MeetingState, action: Action) -> Result<(), Refusal> {
    super::rules::require_step(state, action, &[IdmStep::Triage]).map(drop)
}

fn entry(state: &MeetingState, list: TacticalList, number: u32) -> Result<(), Refusal> {
    state
        .tactical
        .entry(list, number)
        .map(|_| ())
        .ok_or_else(|| TacticalRefusal::UnknownEntry { list, number }.into())
}

type EntryFields = (String, Option<PersonId>, Option<String>);

fn entry_fields(
    state: &MeetingState,
    text: &str,
    owner: Option<PersonId>,
    role: Option<&str>,
) -> Result<EntryFields, Refusal> {
    let text = super::rules::required(text, Field::Entry)?;
    if let Some(p) = owner {
        super::rules::person(state, p)?;
    }
    let role = super::rules::optional(role, Field::Role)?;
    if owner.is_none() && role.is_none() {
        return Err(TacticalRefusal::NoOwner.into());
    }
    Ok((text, owner, role))
}

fn clean_answer(answer: &EntryAnswer) -> Result<EntryAnswer, Refusal> {
    use super::rules::{optional, required};
    Ok(match answer {
        EntryAnswer::Check { note } => EntryAnswer::Check {
            note: optional(note.as_deref(), Field::Note)?,
        },
        EntryAnswer::NoCheck { note } => EntryAnswer::NoCheck {
            note: optional(note.as_deref(), Field::Note)?,
        },
        EntryAnswer::Value { text } => EntryAnswer::Value {
            text: required(text, Field::Value)?,
        },
        EntryAnswer::Update { text } => EntryAnswer::Update {
            text: required(text, Field::Update)?,
        },
        EntryAnswer::NoUpdate => EntryAnswer::NoUpdate,
    })
}

/// Folds the tactical events into the state; called by `MeetingState::apply`.
pub fn apply(state: &mut MeetingState, event: &Event, at: DateTime<FixedOffset>) {
    match event {
        Event::EntryDefined {
            list,
            number,
            text,
            owner,
            role,
        } => {
            let next = &mut state.tactical.next[*list as usize];
            *next = (*next).max(number + 1);
            state.tactical.list_mut(*list).push(Entry {
                number: *number,
                text: text.clone(),
                owner: *owner,
                role: role.clone(),
                former_owner: None,
                answer: None,
                previous: None,
                status: None,
            });
        }
        Event::EntryEdited {
            list,
            number,
            text,
            owner,
            role,
        } => {
            if let Some(e) = state.tactical.entry_mut(*list, *number) {
                e.text.clone_from(text);
                e.owner = *owner;
                e.role.clone_from(role);
                e.former_owner = None;
            }
        }
        Event::EntryRemoved { list, number } => {
            state
                .tactical
                .list_mut(*list)
                .retain(|e| e.number != *number);
        }
        Event::EntryAnswered {
            list,
            number,
            answer,
        } => {
            if let Some(e) = state.tactical.entry_mut(*list, *number) {
                e.answer = Some(answer.clone());
            }
        }
        Event::NeedStated { text } => {
            if let Some(triage) = state.active_item_mut().and_then(Item::triage_mut) {
                triage.need = Some(text.clone());
            }
        }
        Event::RequestMade { number, to, text } => {
            if let Some(triage) = state.active_item_mut().and_then(Item::triage_mut) {
                triage.requests.push(Request {
                    number: *number,
                    to: to.clone(),
                    text: text.clone(),
                    at,
                    accepted: None,
                });
            }
        }
        Event::ActionReviewed { .. } => super::actions::apply(state, event, at),
        Event::ProjectStatusSet { .. } => super::projects::apply(state, event, at),
        Event::RequestAnswered { number, accepted } => {
            if let Some(r) = state
                .active_item_mut()
                .and_then(Item::triage_mut)
                .and_then(|t| t.requests.iter_mut().find(|r| r.number == *number))
            {
                r.accepted = Some(*accepted);
            }
        }
        _ => {}
    }
}
