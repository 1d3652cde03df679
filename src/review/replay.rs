//! A replay cursor over a session's log: the meeting as it stood after any
//! number of entries, with the navigation, pacing and timeline a replay
//! screen needs.
//!
//! Position `p` means "the first `p` log entries applied" (0 ..= len), and
//! the state there is exactly `session.state_after(p)`, undo included.
//! Seeking is fast in both directions: the state is kept as a checkpoint
//! every [`SNAPSHOT_EVERY`] entries and folded forward from the nearest
//! usable checkpoint (or from the current position when moving forward).
//! A step back copies the checkpoint before it and folds at most that
//! many entries.
//!
//! Checkpoints are cheap because the engine's states share what did not
//! change ([`SharedVec`](crate::meeting::shared::SharedVec)): a checkpoint
//! holds its own copy only of what the entries since the one before
//! changed (the item being processed, the round running), and shares
//! every text and record before that with its neighbours and the cursor.
//! Memory stays linear in the log: what each checkpoint holds unshared is
//! estimated while they are made, and when the total would pass
//! [`SNAPSHOT_BUDGET_BYTES`] the spacing is doubled (every other
//! checkpoint let go), so a session whose changes are huge (one item
//! carrying megabytes, copied at every checkpoint) seeks a little slower
//! instead of running out of memory.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, FixedOffset};

use super::story::session_end;
use crate::meeting::shared::SharedVec;
use crate::meeting::{Event, ItemId, MeetingState, PhaseKind, Recorded, Session};

/// How many entries lie between checkpoints: seeking folds at most this
/// many entries (unless an undo reaches back past a checkpoint).
pub const SNAPSHOT_EVERY: usize = 256;

/// Most bytes all checkpoints together may hold beyond what they share,
/// as estimated while they are made (see [`Replay::snapshot_bytes`]).
pub const SNAPSHOT_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// A record's size in memory per byte of its compact JSON: the texts are
/// copied once, and the structures around them (vectors, ids, allocation
/// headers) weigh about as much again.
const STATE_BYTES_PER_JSON_BYTE: usize = 2;

/// A real gap longer than this is idle time (people talking, nothing
/// recorded) and is compressed during playback.
pub const IDLE_AFTER: Duration = Duration::from_secs(20);

/// The longest a compressed idle gap is shown for, at any speed.
pub const IDLE_SHOWN: Duration = Duration::from_secs(2);

/// Playback speeds the replay screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Speed {
    /// Real time.
    X1,
    /// Twice as fast.
    X2,
    /// Four times as fast.
    X4,
    /// Sixteen times as fast.
    X16,
    /// No timer: the person steps to the next event.
    NextEvent,
}

impl Speed {
    /// All speeds, slowest first, for a speed picker.
    pub const ALL: [Speed; 5] = [
        Speed::X1,
        Speed::X2,
        Speed::X4,
        Speed::X16,
        Speed::NextEvent,
    ];

    /// How many times faster than real time; `None` for step mode.
    pub fn factor(self) -> Option<u32> {
        match self {
            Speed::X1 => Some(1),
            Speed::X2 => Some(2),
            Speed::X4 => Some(4),
            Speed::X16 => Some(16),
            Speed::NextEvent => None,
        }
    }

    /// The next speed up (step mode stays step mode), for a "faster" key.
    pub fn faster(self) -> Self {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[(i + 1).min(Self::ALL.len() - 1)]
    }

    /// The next speed down (real time stays real time), for a "slower" key.
    pub fn slower(self) -> Self {
        let i = Self::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Self::ALL[i.saturating_sub(1)]
    }
}

/// How long playback waits before applying the next event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delay {
    /// What to wait, speed and compression applied.
    pub wait: Duration,
    /// The real gap between the two events.
    pub real: Duration,
    /// True when an idle gap was shortened: the UI says so ("⏩ 4 min
    /// compressed", with `real`), so nobody mistakes it for a quick meeting.
    pub compressed: bool,
}

/// Paces a real gap at a speed: the gap divided by the speed, but an idle
/// gap (over [`IDLE_AFTER`]) is shown for at most [`IDLE_SHOWN`].
/// `None` in step mode, where nothing advances by itself.
pub fn pace(real: Duration, speed: Speed) -> Option<Delay> {
    let scaled = real / speed.factor()?;
    let compressed = real > IDLE_AFTER && scaled > IDLE_SHOWN;
    Some(Delay {
        wait: if compressed { IDLE_SHOWN } else { scaled },
        real,
        compressed,
    })
}

/// What a timeline marker stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkerKind {
    /// A phase began (check-in, agenda, closing, close-out, closed).
    Phase(PhaseKind),
    /// Processing of an item began.
    Item {
        /// Which item.
        item: ItemId,
        /// Its label at that moment (untrusted: sanitize before display).
        label: String,
    },
}

/// A point on the timeline where a phase or item began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// The replay position just after the event (seek here to show it).
    pub position: usize,
    /// Whole seconds from the session's opening.
    pub offset_secs: i64,
    /// What began.
    pub kind: MarkerKind,
}

/// The whole session as a bar: its span and where phases and items began.
/// Markers are listed as they happened, including ones later undone, since
/// the replay shows them too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// When the session opened.
    pub start: DateTime<FixedOffset>,
    /// When it closed, or its latest event.
    pub end: DateTime<FixedOffset>,
    /// Phase and item starts, in log order.
    pub markers: Vec<Marker>,
}

impl Timeline {
    /// Whole seconds from start to end.
    pub fn span_secs(&self) -> i64 {
        (self.end - self.start).num_seconds().max(0)
    }

    /// Where a moment falls on the bar, from 0.0 to 1.0.
    pub fn fraction_at(&self, at: DateTime<FixedOffset>) -> f64 {
        let span = (self.end - self.start).num_milliseconds();
        if span <= 0 {
            return if at > self.start { 1.0 } else { 0.0 };
        }
        let offset = (at - self.start).num_milliseconds();
        (offset as f64 / span as f64).clamp(0.0, 1.0)
    }
}

/// Rulings and process interventions, highlighted during replay because
/// they are what a session teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Highlight {
    /// A concern tested against a validity criterion.
    ObjectionTest,
    /// A concern recorded as an objection without a test.
    ObjectionRecorded,
    /// The secretary ruled on a rules-violation claim.
    SecretaryRuling,
    /// The facilitator ruled something out of order.
    OutOfOrder,
    /// A time-out began.
    TimeOut,
    /// A time-out ended.
    TimeOutEnded,
    /// An objection was abandoned (no good-faith effort).
    Abandon,
    /// A clarifying question was ruled out of order.
    QuestionRuledOut,
    /// Consent rules: an objection was taken as a concern.
    ObjectionRequalified,
}

/// Whether an event is a ruling worth highlighting, and which kind.
pub fn highlight(event: &Event) -> Option<Highlight> {
    Some(match event {
        Event::CriterionTested { .. } => Highlight::ObjectionTest,
        Event::ObjectionRecorded { .. } => Highlight::ObjectionRecorded,
        Event::SecretaryRuled { .. } => Highlight::SecretaryRuling,
        Event::OutOfOrder { .. } => Highlight::OutOfOrder,
        Event::TimeOutStarted { .. } => Highlight::TimeOut,
        Event::TimeOutEnded { .. } => Highlight::TimeOutEnded,
        Event::ObjectionAbandoned { .. } => Highlight::Abandon,
        Event::QuestionRuledOutOfOrder { .. } => Highlight::QuestionRuledOut,
        Event::ObjectionRequalified { .. } => Highlight::ObjectionRequalified,
        _ => return None,
    })
}

/// The event just applied at the current position, for a commentary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Commentary<'a> {
    /// The log entry (event, time, sequence number).
    pub entry: &'a Recorded,
    /// The kind of ruling, if it is one.
    pub highlight: Option<Highlight>,
    /// Undone by a later entry: the UI can show it struck through.
    pub retracted_later: bool,
    /// For an undo: the entry it took back, so the UI can say what.
    pub undoes: Option<&'a Recorded>,
}

/// A cursor over one session's log. Owns a copy of the session, so a UI
/// can keep it in its own state without borrowing.
#[derive(Debug, Clone)]
pub struct Replay {
    session: Session,
    position: usize,
    state: MeetingState,
    /// Entries between checkpoints.
    every: usize,
    /// `snapshots[j]` is the state at position `j * every`.
    snapshots: Vec<MeetingState>,
    /// `held[j]`: what `snapshots[j]` holds that `snapshots[j - 1]` does
    /// not share, estimated in bytes (`held[0]` is the opening state's).
    held: Vec<usize>,
    /// For each log index: the log index it retracts, if it is an undo.
    retracts: Vec<Option<usize>>,
    /// Log indices that some later entry retracts.
    retracted: Vec<bool>,
    phase_changes: Vec<usize>,
    item_starts: Vec<usize>,
    timeline: Timeline,
}

impl Replay {
    /// A cursor at position 0 (the meeting as opened) over a copy of the
    /// session.
    pub fn new(session: &Session) -> Self {
        Self::from_session(session.clone())
    }

    /// Like [`Replay::new`], taking the session instead of copying it.
    pub fn from_session(session: Session) -> Self {
        Self::with_snapshot_every(session, SNAPSHOT_EVERY)
    }

    /// Like [`Replay::from_session`] with snapshots every `every` entries
    /// (at least 1): fewer for less memory, more for faster seeks; tests
    /// use small values to put undos across snapshot boundaries. The
    /// spacing is widened beyond `every` when the snapshots would not fit
    /// [`SNAPSHOT_BUDGET_BYTES`].
    pub fn with_snapshot_every(session: Session, every: usize) -> Self {
        Self::with_snapshot_budget(session, every, SNAPSHOT_BUDGET_BYTES)
    }

    /// Like [`Replay::with_snapshot_every`] with the snapshots' estimated
    /// size held under `budget` bytes instead of
    /// [`SNAPSHOT_BUDGET_BYTES`]; tests use small budgets to make ordinary
    /// sessions behave like huge ones.
    pub fn with_snapshot_budget(session: Session, every: usize, budget: usize) -> Self {
        let every = every.max(1);
        let log = session.log();
        let retracts: Vec<Option<usize>> = log
            .iter()
            .map(|e| match e.event {
                Event::Retracted { retracts } => retracts
                    .checked_sub(1)
                    .map(|i| i as usize)
                    .filter(|&i| i < log.len()),
                _ => None,
            })
            .collect();
        let mut retracted = vec![false; log.len()];
        for target in retracts.iter().flatten() {
            retracted[*target] = true;
        }
        let mut phase_changes = Vec::new();
        let mut item_starts = Vec::new();
        let mut markers = Vec::new();
        let mut labels: HashMap<ItemId, String> = HashMap::new();
        let opened = crate::review::story::session_start(&session);
        for (i, entry) in log.iter().enumerate() {
            let offset_secs = (entry.at - opened).num_seconds().max(0);
            match &entry.event {
                Event::ItemAdded { item, label, .. } | Event::ItemEdited { item, label, .. } => {
                    labels.insert(*item, label.clone());
                }
                Event::PhaseEntered { phase, .. } => {
                    phase_changes.push(i + 1);
                    markers.push(Marker {
                        position: i + 1,
                        offset_secs,
                        kind: MarkerKind::Phase(*phase),
                    });
                }
                Event::ItemStarted { item } => {
                    item_starts.push(i + 1);
                    markers.push(Marker {
                        position: i + 1,
                        offset_secs,
                        kind: MarkerKind::Item {
                            item: *item,
                            label: labels.get(item).cloned().unwrap_or_default(),
                        },
                    });
                }
                _ => {}
            }
        }
        let timeline = Timeline {
            start: opened,
            end: session_end(&session),
            markers,
        };
        let initial = session.state_after(0);
        let opening_bytes = held_bytes(&initial, None);
        let mut replay = Self {
            position: 0,
            every,
            state: initial.clone(),
            snapshots: vec![initial],
            held: vec![opening_bytes],
            retracts,
            retracted,
            phase_changes,
            item_starts,
            timeline,
            session,
        };
        replay.make_checkpoints(budget);
        replay
    }

    /// Folds through the log once, keeping a checkpoint every `every`
    /// entries; whenever what they hold unshared passes `budget`, the
    /// spacing doubles and every other checkpoint is let go (its bytes
    /// are counted with the one after it, which now copies what both
    /// changed).
    fn make_checkpoints(&mut self, budget: usize) {
        let mut total = 0usize;
        let mut at = self.every;
        while at <= self.len() {
            let state = self.compute(at);
            let bytes = held_bytes(&state, self.snapshots.last());
            self.snapshots.push(state);
            self.held.push(bytes);
            total = total.saturating_add(bytes);
            while total > budget && self.snapshots.len() > 1 {
                self.every = self.every.saturating_mul(2);
                let mut kept = Vec::with_capacity(self.snapshots.len() / 2 + 1);
                let mut held = Vec::with_capacity(kept.capacity());
                let mut carried = 0usize;
                for (j, (state, bytes)) in std::mem::take(&mut self.snapshots)
                    .into_iter()
                    .zip(std::mem::take(&mut self.held))
                    .enumerate()
                {
                    if j % 2 == 0 {
                        kept.push(state);
                        held.push(if j == 0 { bytes } else { carried + bytes });
                        carried = 0;
                    } else {
                        carried = bytes;
                    }
                }
                self.snapshots = kept;
                self.held = held;
                total = self.held[1..]
                    .iter()
                    .fold(0usize, |sum, b| sum.saturating_add(*b));
            }
            at = self.snapshots.len().saturating_mul(self.every);
        }
    }

    /// What the checkpoints hold beyond what they share, estimated in
    /// bytes (the opening state not counted); kept within the budget.
    pub fn snapshot_bytes(&self) -> usize {
        self.held[1..].iter().sum()
    }

    /// Entries between snapshots: what was asked for, or wider for a
    /// session whose snapshots would not fit the budget.
    pub fn snapshot_every(&self) -> usize {
        self.every
    }

    /// How many snapshots are kept (the opening state included).
    pub fn snapshot_count(&self) -> usize {
        self.snapshots.len()
    }

    /// The session being replayed.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The number of log entries: the last position.
    pub fn len(&self) -> usize {
        self.session.log().len()
    }

    /// True for a session with no events yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The current position (entries applied).
    pub fn position(&self) -> usize {
        self.position
    }

    /// The meeting as it stood at the current position; equal to
    /// `session.state_after(position)`.
    pub fn state(&self) -> &MeetingState {
        &self.state
    }

    /// The meeting as it stood at any position (clamped to 0..=len),
    /// without moving: folded from the nearest usable snapshot, so it
    /// costs at most a snapshot's distance of entries, not the whole log.
    pub fn state_at(&self, position: usize) -> MeetingState {
        self.compute(position.min(self.len()))
    }

    /// Moves to a position (clamped to 0..=len) and returns it.
    pub fn seek(&mut self, position: usize) -> usize {
        let target = position.min(self.len());
        if target != self.position {
            // Fold on from here when moving forward and no snapshot is
            // nearer; otherwise start from the nearest usable snapshot.
            let nearest_snapshot = target / self.every * self.every;
            if target > self.position
                && self.position >= nearest_snapshot
                && self.usable_base(self.position, target)
            {
                let from = self.position;
                let mut state = std::mem::replace(&mut self.state, self.snapshots[0].clone());
                self.fold_into(&mut state, from, target);
                self.state = state;
            } else {
                // Let the old state go before the new one is folded, so a
                // seek never holds two whole states of a long session.
                self.state = self.snapshots[0].clone();
                self.state = self.compute(target);
            }
            self.position = target;
        }
        self.position
    }

    /// One entry forward; `false` at the end.
    pub fn step_forward(&mut self) -> bool {
        let before = self.position;
        self.seek(before + 1) != before
    }

    /// One entry back; `false` at the start.
    pub fn step_back(&mut self) -> bool {
        let before = self.position;
        before > 0 && self.seek(before - 1) != before
    }

    /// To position 0, the meeting as opened.
    pub fn start(&mut self) {
        self.seek(0);
    }

    /// To the last position, the meeting as recorded.
    pub fn end(&mut self) {
        self.seek(self.len());
    }

    /// Positions just after each `PhaseEntered` event, in order.
    pub fn phase_changes(&self) -> &[usize] {
        &self.phase_changes
    }

    /// Positions just after each `ItemStarted` event, in order.
    pub fn item_starts(&self) -> &[usize] {
        &self.item_starts
    }

    /// Jumps to the next phase change after the current position; `None`
    /// (and no move) if there is none.
    pub fn next_phase_change(&mut self) -> Option<usize> {
        let next = next_after(&self.phase_changes, self.position)?;
        Some(self.seek(next))
    }

    /// Jumps to the previous phase change before the current position.
    pub fn prev_phase_change(&mut self) -> Option<usize> {
        let prev = prev_before(&self.phase_changes, self.position)?;
        Some(self.seek(prev))
    }

    /// Jumps to the next item start after the current position.
    pub fn next_item(&mut self) -> Option<usize> {
        let next = next_after(&self.item_starts, self.position)?;
        Some(self.seek(next))
    }

    /// Jumps to the previous item start before the current position.
    pub fn prev_item(&mut self) -> Option<usize> {
        let prev = prev_before(&self.item_starts, self.position)?;
        Some(self.seek(prev))
    }

    /// How long playback should wait before the next entry at this speed;
    /// `None` at the end or in step mode.
    pub fn delay_to_next(&self, speed: Speed) -> Option<Delay> {
        let log = self.session.log();
        let next = log.get(self.position)?;
        let real = (next.at - self.at()).to_std().unwrap_or(Duration::ZERO);
        pace(real, speed)
    }

    /// The wall-clock time of the current event (the opening time at
    /// position 0), in the meeting's own offset.
    pub fn at(&self) -> DateTime<FixedOffset> {
        match self.position.checked_sub(1) {
            Some(i) => self.session.log()[i].at,
            None => self.timeline.start,
        }
    }

    /// The session as a bar with its phase and item markers.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Where the current event falls on the timeline, 0.0 to 1.0.
    pub fn fraction(&self) -> f64 {
        self.timeline.fraction_at(self.at())
    }

    /// How far through the log the cursor is, 0.0 to 1.0 (by entries, not
    /// time); for a progress bar that moves at every step.
    pub fn position_fraction(&self) -> f64 {
        if self.is_empty() {
            1.0
        } else {
            self.position as f64 / self.len() as f64
        }
    }

    /// The entry just applied, with whether it is a ruling to highlight;
    /// `None` at position 0.
    pub fn commentary(&self) -> Option<Commentary<'_>> {
        let i = self.position.checked_sub(1)?;
        let entry = self.session.log().get(i)?;
        Some(Commentary {
            entry,
            highlight: highlight(&entry.event),
            retracted_later: self.retracted[i],
            undoes: self.retracts[i].and_then(|t| self.session.log().get(t)),
        })
    }

    /// Can the state at `base` be folded forward to `target`? Not if an
    /// undo between them retracts an entry before `base`.
    fn usable_base(&self, base: usize, target: usize) -> bool {
        self.retracts[base..target]
            .iter()
            .flatten()
            .all(|&t| t >= base)
    }

    /// The state at `target`, folded from the latest usable snapshot.
    fn compute(&self, target: usize) -> MeetingState {
        let mut j = (target / self.every).min(self.snapshots.len() - 1);
        while j > 0 && !self.usable_base(j * self.every, target) {
            j -= 1;
        }
        let base = j * self.every;
        let mut state = self.snapshots[j].clone();
        self.fold_into(&mut state, base, target);
        state
    }

    /// Applies entries `from..to` to the state at `from`, skipping those
    /// retracted within the first `to` entries, as the engine's fold does.
    fn fold_into(&self, state: &mut MeetingState, from: usize, to: usize) {
        let log = self.session.log();
        let undone: Vec<usize> = self.retracts[from..to].iter().flatten().copied().collect();
        for (i, entry) in log.iter().enumerate().take(to).skip(from) {
            if self.retracts[i].is_some() {
                state.last_at = entry.at;
            } else if !undone.contains(&i) {
                state.apply(&entry.event, entry.at);
            }
        }
    }
}

/// What `state` holds that `earlier` (the checkpoint it was folded on
/// from) does not share, estimated in bytes: the lists' copied chunks and
/// changed records, sized by their compact JSON, and the small parts a
/// copy always duplicates (people, tactical lists, offers). Records added
/// since `earlier` are not counted: they are the log's own data, held
/// once and shared by every later state.
fn held_bytes(state: &MeetingState, earlier: Option<&MeetingState>) -> usize {
    let empty;
    let earlier = match earlier {
        Some(earlier) => earlier,
        None => {
            empty = MeetingState {
                agenda: SharedVec::new(),
                rounds: SharedVec::new(),
                outputs: SharedVec::new(),
                rulings: SharedVec::new(),
                notes: SharedVec::new(),
                ..state.clone()
            };
            &empty
        }
    };
    std::mem::size_of::<MeetingState>()
        + held(&state.people)
        + held(&state.tactical)
        + held(&state.offers)
        + state.agenda.unshared_bytes(&earlier.agenda, held)
        + state.rounds.unshared_bytes(&earlier.rounds, held)
        + state.outputs.unshared_bytes(&earlier.outputs, held)
        + state.rulings.unshared_bytes(&earlier.rulings, held)
        + state.notes.unshared_bytes(&earlier.notes, held)
}

/// A record's estimated size in memory, from its compact JSON (counted,
/// not kept).
fn held<T: serde::Serialize>(value: &T) -> usize {
    /// A writer that only counts.
    struct Count(usize);

    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    let mut count = Count(0);
    // Writing to a counter cannot fail; a value serde refuses counts as
    // what was written before the refusal.
    let _ = serde_json::to_writer(&mut count, value);
    count.0.saturating_mul(STATE_BYTES_PER_JSON_BYTE)
}

fn next_after(positions: &[usize], current: usize) -> Option<usize> {
    positions.iter().copied().find(|&p| p > current)
}

fn prev_before(positions: &[usize], current: usize) -> Option<usize> {
    positions.iter().copied().rev().find(|&p| p < current)
}
