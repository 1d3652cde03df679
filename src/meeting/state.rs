//! The meeting as it stands: a fold over the (non-retracted) events.
//! Nothing here validates; `decide` does that before an event exists.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;

use super::event::{
    Criterion, Ending, Event, IdmStep, ItemId, OutOfOrderKind, PhaseKind, RoundKind, RoundStart,
    Speech,
};
use super::process::Process;
use super::setup::{ClockStart, MeetingFormat, Participant, PersonId, RuleSet, Setup};
use super::shared::SharedVec;
use super::tactical::{TacticalState, Triage};

pub use super::item::{
    Concern, ConcernStatus, ConsentRecord, CriterionTest, IntegrativeRecord, Item, ItemEnd,
    ItemProcess, Output, Proposal, ProposalVersion, Question,
};

/// Where the meeting is; the first thing every screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    /// Opened, check-in not started yet.
    Opening,
    /// Check-in round.
    CheckIn,
    /// Agenda building, and between items.
    Agenda,
    /// Processing one item.
    Item {
        /// Which item.
        item: ItemId,
        /// Which step of integrative decision-making.
        step: IdmStep,
    },
    /// Closing round.
    Closing,
    /// Marking unfinished items.
    CloseOut,
    /// Closed.
    Closed,
    /// Tactical: checklist review.
    Checklist,
    /// Tactical: metrics review.
    Metrics,
    /// Tactical: progress updates.
    Progress,
    /// Tactical: reviewing the circle's open actions.
    Actions,
}

/// A person in the meeting, with what the log says about them now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// Handle.
    pub id: PersonId,
    /// Name and roles.
    #[serde(flatten)]
    pub who: Participant,
    /// Present now (absent people are left out of new rounds).
    pub present: bool,
}

/// How a turn went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TurnOutcome {
    /// Said something (in an objection round: raised a concern).
    Said {
        /// The gist.
        text: String,
    },
    /// Passed (in an objection round: no objection).
    Pass,
    /// Skipped by the facilitator.
    Skipped {
        /// Why.
        reason: String,
    },
}

/// One turn in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Turn {
    /// Whose turn.
    pub person: PersonId,
    /// When it was recorded.
    pub at: DateTime<FixedOffset>,
    /// How long the person had the floor, time-outs excluded.
    pub seconds: i64,
    /// What happened.
    pub outcome: TurnOutcome,
}

/// A round: everyone present gets exactly one turn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Round {
    /// Session-wide number.
    pub number: u32,
    /// What kind.
    pub kind: RoundKind,
    /// The item it belongs to (reaction and objection rounds).
    pub item: Option<ItemId>,
    /// Speaking order.
    pub order: Vec<PersonId>,
    /// Turns so far, in the order they happened.
    pub turns: Vec<Turn>,
    /// When the round started.
    pub started_at: DateTime<FixedOffset>,
    /// When the current speaker got the floor (moved on by time-outs).
    pub floor_since: DateTime<FixedOffset>,
}

/// A recorded ruling or process intervention; the training value of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ruling {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// The item being processed, if any.
    pub item: Option<ItemId>,
    /// What was ruled.
    pub kind: RulingKind,
}

/// The kinds of rulings review lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "ruling", rename_all = "snake_case")]
pub enum RulingKind {
    /// A question was ruled out of order.
    QuestionOutOfOrder {
        /// Question number.
        question: u32,
        /// Why.
        reason: String,
    },
    /// A criterion was tested.
    CriterionTested {
        /// Concern number.
        concern: u32,
        /// Which criterion.
        criterion: Criterion,
        /// Found reasonable?
        holds: bool,
    },
    /// A concern was recorded as an objection without a test.
    ObjectionRecorded {
        /// Concern number.
        concern: u32,
    },
    /// The secretary ruled on a rules-violation claim.
    SecretaryRuled {
        /// Concern number.
        concern: u32,
        /// Upheld?
        upheld: bool,
        /// The interpretation.
        note: String,
    },
    /// An objection lapsed for lack of good faith.
    ObjectionAbandoned {
        /// Concern number.
        concern: u32,
        /// Why.
        reason: String,
    },
    /// An out-of-order intervention.
    OutOfOrder {
        /// Who.
        person: Option<PersonId>,
        /// What kind.
        kind: OutOfOrderKind,
        /// What happened.
        note: String,
    },
    /// A time-out.
    TimeOut {
        /// Who asked.
        requested_by: Option<PersonId>,
        /// About what.
        reason: String,
        /// When it ended, if it has.
        ended_at: Option<DateTime<FixedOffset>>,
        /// What was agreed.
        note: Option<String>,
    },
    /// Consent rules: an objection taken as a concern.
    ObjectionRequalified {
        /// Objection number.
        objection: u32,
        /// Why.
        reason: String,
    },
}

/// A time-out in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActiveTimeOut {
    /// When it began.
    pub since: DateTime<FixedOffset>,
    /// Who asked.
    pub requested_by: Option<PersonId>,
    /// About what.
    pub reason: String,
}

/// A note for the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// The item being processed, if any.
    pub item: Option<ItemId>,
    /// The note.
    pub text: String,
}

/// The whole meeting, derived from setup plus events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingState {
    /// Where the meeting is.
    pub phase: Phase,
    /// Everyone, in seating order (late arrivals at the end).
    pub people: Vec<Person>,
    /// Current facilitator.
    pub facilitator: PersonId,
    /// Current secretary.
    pub secretary: Option<PersonId>,
    /// Current timebox in minutes.
    pub timebox_minutes: Option<u32>,
    /// When the meeting opened.
    pub opened_at: DateTime<FixedOffset>,
    /// When the meeting clock started: `opened_at` for sessions whose clock
    /// starts at opening, the start of the check-in round for those that
    /// open on a ready-to-start screen; `None` while that screen waits.
    /// Derived from the setup and the log, so not exported.
    #[serde(skip)]
    pub clock_from: Option<DateTime<FixedOffset>>,
    /// Time of the latest effective event.
    pub last_at: DateTime<FixedOffset>,
    /// Items in agenda order.
    pub agenda: SharedVec<Item>,
    /// Next free item handle.
    pub next_item_id: u32,
    /// All rounds, in order.
    pub rounds: SharedVec<Round>,
    /// Outputs captured.
    pub outputs: SharedVec<Output>,
    /// Rulings and interventions.
    pub rulings: SharedVec<Ruling>,
    /// Notes.
    pub notes: SharedVec<Note>,
    /// A time-out in progress.
    pub time_out: Option<ActiveTimeOut>,
    /// When the session closed.
    pub closed_at: Option<DateTime<FixedOffset>>,
    /// The decision rules chosen at setup; some commands belong to one only.
    /// Not exported with the state: the setup beside it already says it.
    #[serde(skip)]
    pub rules: RuleSet,
    /// Governance or tactical (fixed at setup).
    pub format: MeetingFormat,
    /// Tactical meetings: checklist, metrics and progress.
    #[serde(skip_serializing_if = "TacticalState::is_empty")]
    pub tactical: TacticalState,
    /// What the circle's memory offered the agenda (carried-over items,
    /// reviews due, terms ending), with what the meeting did with each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offers: Vec<super::process::offers::Offer>,
}

impl MeetingState {
    /// The state right after opening, before any event.
    pub fn new(setup: &Setup) -> Self {
        Self {
            phase: Phase::Opening,
            people: setup
                .participants
                .iter()
                .enumerate()
                .map(|(i, p)| Person {
                    id: PersonId(i as u32),
                    who: p.clone(),
                    present: true,
                })
                .collect(),
            facilitator: setup.facilitator,
            secretary: setup.secretary,
            timebox_minutes: setup.timebox_minutes,
            opened_at: setup.opened_at,
            clock_from: match setup.clock_starts {
                ClockStart::Opening => Some(setup.opened_at),
                ClockStart::CheckIn => None,
            },
            last_at: setup.opened_at,
            agenda: SharedVec::new(),
            next_item_id: 1,
            rounds: SharedVec::new(),
            outputs: SharedVec::new(),
            rulings: SharedVec::new(),
            notes: SharedVec::new(),
            time_out: None,
            closed_at: None,
            rules: setup.rules,
            format: setup.format,
            tactical: TacticalState::new(setup),
            offers: super::process::offers::offered(setup),
        }
    }

    /// Looks a person up.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.get(id.0 as usize)
    }

    /// A person's name, or a placeholder for a handle not in the session
    /// (only possible in a hand-edited file).
    pub fn name(&self, id: PersonId) -> &str {
        self.person(id).map_or("?", |p| p.who.name.as_str())
    }

    /// Looks an item up.
    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.item_index(id).map(|i| &self.agenda[i])
    }

    pub(super) fn item_mut(&mut self, id: ItemId) -> Option<&mut Item> {
        self.item_index(id).map(|i| &mut self.agenda[i])
    }

    /// Where an item is on the agenda. Handles are handed out in order, so
    /// an agenda that was never reordered has item `n` at position `n - 1`;
    /// looking there first makes the lookup (done for almost every event
    /// while folding) constant time instead of a scan that made folding
    /// quadratic in the number of items. Moves and removals fall back to
    /// the scan, so the answer is always the same.
    fn item_index(&self, id: ItemId) -> Option<usize> {
        let guess = (id.0 as usize).wrapping_sub(1);
        if self.agenda.get(guess).is_some_and(|i| i.id == id) {
            return Some(guess);
        }
        self.agenda.iter().position(|i| i.id == id)
    }

    /// The rule set an item is decided by: the meeting's, except that an
    /// election always follows integrative rules (it is an *integrative*
    /// election, whichever rule set the meeting's proposals use).
    pub fn rules_for(&self, item: &Item) -> RuleSet {
        if item.is_election() {
            RuleSet::Integrative
        } else {
            self.rules
        }
    }

    /// The rule set the item being processed follows (the meeting's when
    /// no item runs); screens and the engine ask this, not `rules`.
    pub fn active_rules(&self) -> RuleSet {
        self.active_item()
            .map_or(self.rules, |item| self.rules_for(item))
    }

    /// The record a new item of this kind starts with, by the process it
    /// will run in this meeting.
    fn new_process(&self, kind: super::election::ItemKind) -> ItemProcess {
        match (self.format, kind, self.rules) {
            (MeetingFormat::Tactical, _, _) => ItemProcess::Triage(Triage::default()),
            (_, super::election::ItemKind::Election, _) => ItemProcess::Election {
                election: Box::default(),
                proposal: Default::default(),
            },
            (_, _, RuleSet::Consent) => ItemProcess::Consent(ConsentRecord::default()),
            (_, _, RuleSet::Integrative) => ItemProcess::Integrative(IntegrativeRecord::default()),
        }
    }

    /// The item being processed.
    pub fn active_item(&self) -> Option<&Item> {
        match self.phase {
            Phase::Item { item, .. } => self.item(item),
            _ => None,
        }
    }

    pub(crate) fn active_item_mut(&mut self) -> Option<&mut Item> {
        match self.phase {
            Phase::Item { item, .. } => self.item_mut(item),
            _ => None,
        }
    }

    /// The round running now, if the current phase or step is a round.
    pub fn current_round(&self) -> Option<&Round> {
        let running = matches!(
            self.phase,
            Phase::CheckIn
                | Phase::Closing
                | Phase::Item {
                    step: IdmStep::ReactionRound
                        | IdmStep::ObjectionRound
                        | IdmStep::ConsentRound
                        | IdmStep::NominationSharing,
                    ..
                }
        );
        if running { self.rounds.last() } else { None }
    }

    fn current_round_mut(&mut self) -> Option<&mut Round> {
        if self.current_round().is_some() {
            self.rounds.last_mut()
        } else {
            None
        }
    }

    /// Whose turn it is, if a round is running.
    pub fn whose_turn(&self) -> Option<PersonId> {
        self.current_round().and_then(Round::current)
    }

    /// Present people in seating order.
    pub fn present_people(&self) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(|p| p.present)
    }

    /// Has the meeting closed?
    pub fn is_closed(&self) -> bool {
        self.phase == Phase::Closed
    }

    fn start_round(&mut self, start: &RoundStart, item: Option<ItemId>, at: DateTime<FixedOffset>) {
        self.rounds.push(Round {
            number: start.number,
            kind: start.kind,
            item,
            order: start.order.clone(),
            // Room for everyone's turn: a turn is then never a reallocation.
            turns: Vec::with_capacity(start.order.len()),
            started_at: at,
            floor_since: at,
        });
        if let Some(item) = item.and_then(|id| self.item_mut(id)) {
            item.rounds.push(start.number);
        }
    }

    pub(super) fn record_turn(
        &mut self,
        person: PersonId,
        outcome: TurnOutcome,
        at: DateTime<FixedOffset>,
    ) {
        let Some(round) = self.current_round_mut() else {
            return;
        };
        let seconds = (at - round.floor_since).num_seconds().max(0);
        round.floor_since = at;
        let is_concern = round.kind == RoundKind::Objection;
        let number = round.number;
        // Only an objection round's words become a concern: copied then.
        let text = match &outcome {
            TurnOutcome::Said { text } if is_concern => Some(text.clone()),
            _ => None,
        };
        round.turns.push(Turn {
            person,
            at,
            seconds,
            outcome,
        });
        if let (true, Some(text)) = (is_concern, text)
            && let Some(item) = self.active_item_mut()
        {
            let against_version = item.current_version().map_or(0, |v| v.number);
            let Some(proposal) = item.proposal_mut() else {
                return;
            };
            let concern_number = proposal.concerns.len() as u32 + 1;
            proposal.concerns.push(Concern {
                number: concern_number,
                round: number,
                against_version,
                objector: person,
                text,
                at,
                test_requested_by: None,
                tests: Vec::new(),
                recorded_untested: false,
                secretary_ruling: None,
                objector_confirmed: None,
                proposer_confirmed: None,
                abandoned: None,
                integrated_in: None,
                requalified: None,
            });
        }
    }

    /// The turn an event records, its words taken out of the event (left
    /// empty): loading folds the event the engine decided for an entry this
    /// way, without copying its words again.
    pub(super) fn take_turn(event: &mut Event) -> Option<(PersonId, TurnOutcome)> {
        match event {
            Event::TurnTaken { person, speech } => Some((
                *person,
                match speech {
                    Speech::Said { text } => TurnOutcome::Said {
                        text: std::mem::take(text),
                    },
                    Speech::Pass => TurnOutcome::Pass,
                },
            )),
            Event::TurnSkipped { person, reason } => Some((
                *person,
                TurnOutcome::Skipped {
                    reason: std::mem::take(reason),
                },
            )),
            _ => None,
        }
    }

    pub(crate) fn ruling(&mut self, at: DateTime<FixedOffset>, kind: RulingKind) {
        let item = self.active_item().map(|i| i.id);
        self.rulings.push(Ruling { at, item, kind });
    }

    /// Folds one effective event into the state. `Retracted` is handled by
    /// the session (it rebuilds from the remaining events) and ignored here.
    pub fn apply(&mut self, event: &Event, at: DateTime<FixedOffset>) {
        self.last_at = at;
        match event {
            Event::PhaseEntered { phase, round } => {
                self.phase = match phase {
                    PhaseKind::CheckIn => {
                        self.clock_from.get_or_insert(at);
                        Phase::CheckIn
                    }
                    PhaseKind::Agenda => Phase::Agenda,
                    PhaseKind::Closing => Phase::Closing,
                    PhaseKind::CloseOut => Phase::CloseOut,
                    PhaseKind::Closed => {
                        self.closed_at = Some(at);
                        Phase::Closed
                    }
                    PhaseKind::Checklist => Phase::Checklist,
                    PhaseKind::Metrics => Phase::Metrics,
                    PhaseKind::Progress => Phase::Progress,
                    PhaseKind::Actions => Phase::Actions,
                };
                if let Some(start) = round {
                    self.start_round(start, None, at);
                }
            }
            Event::RoundReordered { order } => {
                if let Some(round) = self.current_round_mut() {
                    round.order = order.clone();
                }
            }
            Event::TurnTaken { .. } | Event::TurnSkipped { .. } => {
                if let Some((person, outcome)) = Self::take_turn(&mut event.clone()) {
                    self.record_turn(person, outcome, at);
                }
            }
            Event::ParticipantJoined {
                person,
                participant,
                round_order,
            } => {
                self.people.push(Person {
                    id: *person,
                    who: participant.clone(),
                    present: true,
                });
                if let (Some(order), Some(round)) = (round_order, self.current_round_mut()) {
                    round.order = order.clone();
                }
            }
            Event::PresenceChanged {
                person, present, ..
            } => {
                if let Some(p) = self.people.get_mut(person.0 as usize) {
                    p.present = *present;
                }
            }
            Event::FacilitatorChanged { person } => self.facilitator = *person,
            Event::SecretaryChanged { person } => self.secretary = *person,
            Event::TimeboxChanged { minutes } => self.timebox_minutes = *minutes,
            Event::ItemAdded {
                item,
                label,
                owner,
                kind,
            } => self.add_item(*item, label.clone(), *owner, *kind, at),
            Event::ItemEdited { item, label, owner } => {
                if let Some(it) = self.item_mut(*item) {
                    it.label = label.clone();
                    it.owner = *owner;
                }
            }
            Event::ItemRemoved { item } => self.agenda.retain(|i| i.id != *item),
            Event::ItemMoved { item, position } => {
                if let Some(from) = self.agenda.iter().position(|i| i.id == *item) {
                    let to = (*position as usize).min(self.agenda.len() - 1);
                    self.agenda.relocate(from, to);
                }
            }
            Event::ItemStarted { item } => {
                let allowance = self.fair_share_secs(at);
                // Started items stay ahead of pending ones, so "item n of m"
                // and agenda moves keep a simple meaning.
                if let Some(from) = self.agenda.iter().position(|i| i.id == *item) {
                    let started = self.agenda.iter().filter(|i| !i.is_pending()).count();
                    self.agenda
                        .relocate(from, started.min(self.agenda.len() - 1));
                }
                let first = self.item(*item).map_or(IdmStep::PresentProposal, |it| {
                    Process::of(self, it).first_step()
                });
                if let Some(it) = self.item_mut(*item) {
                    it.started_at = Some(at);
                    it.step = Some(first);
                    it.allowance_secs = allowance;
                }
                self.phase = Phase::Item {
                    item: *item,
                    step: first,
                };
            }
            Event::StepEntered { step, round } => {
                if let Phase::Item { item, .. } = self.phase {
                    self.phase = Phase::Item { item, step: *step };
                    if let Some(it) = self.item_mut(item) {
                        it.step = Some(*step);
                        super::election::on_step(it, *step);
                    }
                    if let Some(start) = round {
                        self.start_round(start, Some(item), at);
                    }
                }
            }
            Event::TensionStated { .. }
            | Event::ExampleGiven { .. }
            | Event::HelpRequested
            | Event::ProposalStated { .. }
            | Event::ProposalCorrected { .. }
            | Event::QuestionAsked { .. }
            | Event::QuestionAnswered { .. }
            | Event::QuestionRuledOutOfOrder { .. }
            | Event::Clarified { .. }
            | Event::ObjectorConfirmed { .. }
            | Event::ProposerConfirmed { .. }
            | Event::ObjectionAbandoned { .. } => Process::Integrative.apply(self, event, at),
            Event::TestRequested { .. }
            | Event::CriterionTested { .. }
            | Event::ObjectionRecorded { .. }
            | Event::SecretaryRuled { .. } => {
                Process::Integrative.apply(self, event, at);
                // Testing an objection mid-round is nobody's turn: the next
                // speaker's floor starts when the test step is done.
                if let Some(round) = self.current_round_mut()
                    && round.current().is_some()
                {
                    round.floor_since = at;
                }
            }
            Event::PartAdded { .. } | Event::PartChanged { .. } | Event::PartRemoved { .. } => {
                super::parts::apply(self, event, at);
            }
            Event::ItemEnded { ending, reason } => {
                if let Some(item) = self.active_item_mut() {
                    let adopted_version = (*ending == Ending::Adopted)
                        .then(|| item.current_version().map(|v| v.number))
                        .flatten();
                    item.step = None;
                    item.end = Some(ItemEnd {
                        ending: *ending,
                        reason: reason.clone(),
                        at,
                        adopted_version,
                    });
                }
                super::election::on_ended(self);
                self.phase = Phase::Agenda;
            }
            Event::OutputRecorded {
                kind,
                owner,
                text,
                role,
            } => {
                let item = self.active_item().map(|i| i.id);
                self.outputs.push(Output {
                    kind: *kind,
                    owner: *owner,
                    text: text.clone(),
                    item,
                    role: role.clone(),
                    at,
                });
            }
            Event::TimeOutStarted {
                requested_by,
                reason,
            } => {
                self.time_out = Some(ActiveTimeOut {
                    since: at,
                    requested_by: *requested_by,
                    reason: reason.clone(),
                });
                self.ruling(
                    at,
                    RulingKind::TimeOut {
                        requested_by: *requested_by,
                        reason: reason.clone(),
                        ended_at: None,
                        note: None,
                    },
                );
            }
            Event::TimeOutEnded { note } => {
                if let Some(timeout) = self.time_out.take() {
                    let paused = at - timeout.since;
                    if let Some(round) = self.current_round_mut() {
                        // Checked: a time far out cannot panic the fold.
                        let paused = paused.max(TimeDelta::zero());
                        round.floor_since = round
                            .floor_since
                            .checked_add_signed(paused)
                            .unwrap_or(round.floor_since);
                    }
                }
                // The open time-out's ruling, found by reading; only that
                // one is changed (copied, if a checkpoint shares it).
                let open = self
                    .rulings
                    .iter()
                    .rposition(|r| matches!(r.kind, RulingKind::TimeOut { ended_at: None, .. }));
                if let Some(RulingKind::TimeOut {
                    ended_at, note: n, ..
                }) = open
                    .and_then(|i| self.rulings.get_mut(i))
                    .map(|r| &mut r.kind)
                {
                    *ended_at = Some(at);
                    n.clone_from(note);
                }
            }
            Event::OutOfOrder { person, kind, note } => self.ruling(
                at,
                RulingKind::OutOfOrder {
                    person: *person,
                    kind: *kind,
                    note: note.clone(),
                },
            ),
            Event::NoteRecorded { text } => {
                let item = self.active_item().map(|i| i.id);
                self.notes.push(Note {
                    at,
                    item,
                    text: text.clone(),
                });
            }
            Event::ItemDisposed { item, disposition } => {
                if let Some(it) = self.item_mut(*item) {
                    it.disposition = Some(*disposition);
                }
            }
            Event::Retracted { .. } => {}
            Event::DriverDescribed { .. }
            | Event::ConsentAnswered { .. }
            | Event::ObjectionResolved { .. }
            | Event::AgreementAdopted { .. }
            | Event::ObjectionRequalified { .. } => Process::Consent.apply(self, event, at),
            Event::RoleDescribed { .. }
            | Event::Nominated { .. }
            | Event::NominationChanged { .. }
            | Event::CandidateProposed { .. } => Process::Election.apply(self, event, at),
            Event::EntryDefined { .. }
            | Event::EntryEdited { .. }
            | Event::EntryRemoved { .. }
            | Event::EntryAnswered { .. }
            | Event::NeedStated { .. }
            | Event::RequestMade { .. }
            | Event::RequestAnswered { .. }
            | Event::ActionReviewed { .. }
            | Event::ProjectStatusSet { .. } => Process::Triage.apply(self, event, at),
            Event::OfferTaken { .. } | Event::OfferLetGo { .. } => {
                super::process::offers::apply(self, event, at);
            }
        }
    }

    /// Puts a new item on the agenda (an election before the tensions).
    pub(crate) fn add_item(
        &mut self,
        item: ItemId,
        label: String,
        owner: PersonId,
        kind: super::election::ItemKind,
        at: DateTime<FixedOffset>,
    ) {
        self.next_item_id = self.next_item_id.max(item.0.saturating_add(1));
        let at_index = super::election::insert_position(&self.agenda, kind);
        self.agenda.insert(
            at_index,
            Item {
                id: item,
                label,
                owner,
                added_at: at,
                started_at: None,
                step: None,
                rounds: Vec::new(),
                end: None,
                disposition: None,
                allowance_secs: None,
                process: self.new_process(kind),
            },
        );
    }
}
