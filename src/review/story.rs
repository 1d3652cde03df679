//! The story of one session as data for charts and diffs: how proposals
//! changed from version to version, who held the floor, and where the time
//! went. Everything is derived from the log; nothing here is stored.

use chrono::{DateTime, FixedOffset};
use similar::{ChangeTag, TextDiff};

use crate::meeting::TacticalList;
use crate::meeting::state::{Item, MeetingState};
use crate::meeting::views;
use crate::meeting::{Event, ItemId, PersonId, PhaseKind, Session};

/// Whether a stretch of words is in both versions or only one. The UI
/// colours it and also marks it with [`SpanKind::symbol`] or
/// [`SpanKind::marks`], so the difference never rests on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum SpanKind {
    /// In both versions.
    Same,
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
}

impl SpanKind {
    /// A one-character sign for line-per-span layouts: ' ', '+', '-'.
    pub fn symbol(self) -> char {
        match self {
            SpanKind::Same => ' ',
            SpanKind::Added => '+',
            SpanKind::Removed => '-',
        }
    }

    /// Brackets for inline layouts, readable without colour and in a
    /// screen reader: `{+added+}`, `[-removed-]`, nothing around the same.
    pub fn marks(self) -> (&'static str, &'static str) {
        match self {
            SpanKind::Same => ("", ""),
            SpanKind::Added => ("{+", "+}"),
            SpanKind::Removed => ("[-", "-]"),
        }
    }
}

/// A run of text of one kind; consecutive spans never share a kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Same, added or removed.
    pub kind: SpanKind,
    /// The words with their spacing, exactly as in the version they are from.
    pub text: String,
}

/// Word-level differences from `old` to `new`. Joining the `Same` and
/// `Removed` texts gives `old`; joining `Same` and `Added` gives `new`.
pub fn word_diff(old: &str, new: &str) -> Vec<Span> {
    let diff = TextDiff::from_words(old, new);
    let mut spans: Vec<Span> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SpanKind::Same,
            ChangeTag::Insert => SpanKind::Added,
            ChangeTag::Delete => SpanKind::Removed,
        };
        match spans.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => spans.push(Span {
                kind,
                text: change.value().to_owned(),
            }),
        }
    }
    spans
}

/// What changed between two consecutive proposal versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionDiff {
    /// The older version's number.
    pub from: u32,
    /// The newer version's number.
    pub to: u32,
    /// The objection the newer version was amended for, if in integration.
    pub for_objection: Option<u32>,
    /// The words, marked.
    pub spans: Vec<Span>,
}

/// The diffs between each pair of consecutive versions of an item's
/// proposal, oldest first; empty with fewer than two versions.
pub fn version_diffs(item: &Item) -> Vec<VersionDiff> {
    if item.is_election() {
        // An election's versions are candidacies, told in full by the
        // minutes (candidate and term); a word diff of names says nothing.
        return Vec::new();
    }
    item.versions()
        .windows(2)
        .map(|pair| VersionDiff {
            from: pair[0].number,
            to: pair[1].number,
            for_objection: pair[1].for_objection,
            spans: word_diff(&pair[0].text, &pair[1].text),
        })
        .collect()
}

/// One bar of the speaking-time chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerTime {
    /// Who.
    pub person: PersonId,
    /// Their name, as in the session (untrusted: sanitize before display).
    pub name: String,
    /// Seconds they held the floor in rounds.
    pub seconds: i64,
}

/// Speaking time per participant in seating order, from
/// [`views::speaking_time`].
pub fn speaking_time(state: &MeetingState) -> Vec<SpeakerTime> {
    views::speaking_time(state)
        .into_iter()
        .map(|(person, seconds)| SpeakerTime {
            person,
            name: state.name(person).to_owned(),
            seconds,
        })
        .collect()
}

/// A stretch of the meeting for the time-per-phase chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Opened, before check-in.
    Opening,
    /// Check-in round.
    CheckIn,
    /// Agenda building, and the time between items.
    Agenda,
    /// Processing one item.
    Item(ItemId),
    /// Closing round.
    Closing,
    /// Close-out.
    CloseOut,
    /// Tactical: checklist, metrics or progress review.
    Review(TacticalList),
    /// Tactical: the action review.
    Actions,
}

/// One contiguous stretch of time in one segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseTime {
    /// Which segment.
    pub segment: Segment,
    /// When it began.
    pub start: DateTime<FixedOffset>,
    /// When it ended (the next segment's start, or the session's end).
    pub end: DateTime<FixedOffset>,
    /// Whole seconds from the session's opening to `start`.
    pub start_offset_secs: i64,
    /// Duration in whole seconds. Computed from offsets, so the durations
    /// of all segments add up exactly to the session span.
    pub secs: i64,
}

/// Where the session's time starts: when the meeting clock started (the
/// opening in older files, the check-in once sessions open on a
/// ready-to-start screen), else the opening: a session still waiting on
/// that screen has no meeting time yet.
pub fn session_start(session: &Session) -> DateTime<FixedOffset> {
    let state = session.state();
    state.clock_from.unwrap_or(state.opened_at)
}

/// Where the session's time ends: when it closed, else its latest event.
pub fn session_end(session: &Session) -> DateTime<FixedOffset> {
    let state = session.state();
    state
        .closed_at
        .unwrap_or(state.last_at)
        .max(session_start(session))
}

/// Whole seconds from [`session_start`] to [`session_end`].
pub fn session_span_secs(session: &Session) -> i64 {
    offset_secs(session_start(session), session_end(session))
}

fn offset_secs(from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> i64 {
    (to - from).num_seconds().max(0)
}

/// The segment an event moves the meeting into, if it changes segment;
/// `Some(None)` means the meeting closed.
fn segment_after(event: &Event) -> Option<Option<Segment>> {
    Some(match event {
        Event::PhaseEntered { phase, .. } => match phase {
            PhaseKind::CheckIn => Some(Segment::CheckIn),
            PhaseKind::Agenda => Some(Segment::Agenda),
            PhaseKind::Closing => Some(Segment::Closing),
            PhaseKind::CloseOut => Some(Segment::CloseOut),
            PhaseKind::Closed => None,
            PhaseKind::Checklist => Some(Segment::Review(TacticalList::Checklist)),
            PhaseKind::Metrics => Some(Segment::Review(TacticalList::Metrics)),
            PhaseKind::Progress => Some(Segment::Review(TacticalList::Progress)),
            PhaseKind::Actions => Some(Segment::Actions),
        },
        Event::ItemStarted { item } => Some(Segment::Item(*item)),
        Event::ItemEnded { .. } | Event::AgreementAdopted { .. } => Some(Segment::Agenda),
        _ => return None,
    })
}

/// Time per phase, in order: opening, check-in, agenda building, each item
/// (from its start to its end), the agenda between items, closing and
/// close-out. Computed from the effective events (undone ones did not
/// happen); segments of zero seconds are left out, and the rest tile the
/// session from opening to [`session_end`] without gaps.
pub fn phase_times(session: &Session) -> Vec<PhaseTime> {
    let opened = session_start(session);
    let end = session_end(session);
    let retracted: std::collections::HashSet<u64> = session
        .log()
        .iter()
        .filter_map(|e| match e.event {
            Event::Retracted { retracts } => Some(retracts),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    let mut current = Some((Segment::Opening, opened));
    let mut close =
        |segment: Segment, start: DateTime<FixedOffset>, stop: DateTime<FixedOffset>| {
            let stop = stop.clamp(start, end.max(start));
            let start_offset_secs = offset_secs(opened, start);
            let secs = offset_secs(opened, stop) - start_offset_secs;
            if secs > 0 {
                out.push(PhaseTime {
                    segment,
                    start,
                    end: stop,
                    start_offset_secs,
                    secs,
                });
            }
        };
    for entry in session.log() {
        if retracted.contains(&entry.seq) {
            continue;
        }
        let Some(next) = segment_after(&entry.event) else {
            continue;
        };
        let Some((segment, start)) = current else {
            break;
        };
        if next == Some(segment) {
            continue;
        }
        let at = entry.at.max(start);
        close(segment, start, at);
        current = next.map(|s| (s, at));
    }
    if let Some((segment, start)) = current {
        close(segment, start, end);
    }
    out
}

/// Total seconds per segment, in order of first appearance: the agenda's
/// several stretches added up, for a compact chart.
pub fn phase_totals(times: &[PhaseTime]) -> Vec<(Segment, i64)> {
    let mut totals: Vec<(Segment, i64)> = Vec::new();
    for t in times {
        match totals.iter_mut().find(|(s, _)| *s == t.segment) {
            Some((_, secs)) => *secs += t.secs,
            None => totals.push((t.segment, t.secs)),
        }
    }
    totals
}

/// One item's time used against its fair share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemTime {
    /// Which item.
    pub item: ItemId,
    /// Its label (untrusted: sanitize before display).
    pub label: String,
    /// Seconds from its start to its end (or to the session's last event);
    /// `None` if it was never started.
    pub used_secs: Option<i64>,
    /// Its fair share when it started (`item.allowance_secs`); `None`
    /// without a timebox.
    pub fair_share_secs: Option<i64>,
}

impl ItemTime {
    /// Seconds over the fair share (negative: under); `None` if either is
    /// unknown.
    pub fn over_secs(&self) -> Option<i64> {
        Some(self.used_secs? - self.fair_share_secs?)
    }
}

/// Time used against fair share for every item, in agenda order.
pub fn item_times(state: &MeetingState) -> Vec<ItemTime> {
    state
        .agenda
        .iter()
        .map(|item| ItemTime {
            item: item.id,
            label: item.label.clone(),
            used_secs: views::item_time_used(item, state.last_at),
            fair_share_secs: item.allowance_secs,
        })
        .collect()
}

/// An item's proposal history, for the story screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemStory {
    /// Which item.
    pub item: ItemId,
    /// Its label.
    pub label: String,
    /// Diffs between consecutive versions.
    pub diffs: Vec<VersionDiff>,
}

/// Everything the story screen charts about one session, computed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// Proposal diffs per item, in agenda order.
    pub items: Vec<ItemStory>,
    /// Speaking time per participant.
    pub speaking: Vec<SpeakerTime>,
    /// Time per phase, in order.
    pub phases: Vec<PhaseTime>,
    /// Time used against fair share per item.
    pub item_times: Vec<ItemTime>,
    /// Seconds from opening to the end of the session.
    pub span_secs: i64,
}

impl Story {
    /// Computes the story of a session from its final state and log.
    pub fn of(session: &Session) -> Self {
        let state = session.state();
        Self {
            items: state
                .agenda
                .iter()
                .map(|item| ItemStory {
                    item: item.id,
                    label: item.label.clone(),
                    diffs: version_diffs(item),
                })
                .collect(),
            speaking: speaking_time(state),
            phases: phase_times(session),
            item_times: item_times(state),
            span_secs: session_span_secs(session),
        }
    }
}
