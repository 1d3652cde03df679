//! The replay screen: the meeting as the group saw it at any point of its
//! record, drawn by the very screens of the live meeting (the session cut
//! at that point, in the group's view, drawn straight into the middle of
//! the replay), framed by a timeline, the original wall-clock time and a
//! trainer's commentary: the facilitator's prompt and the rulings made.
//!
//! Dialogs the facilitator had open while typing are not part of the
//! record, so the replay shows the screen between entries.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::common;
use super::keys::{ReviewAction, ReviewScreen};
use crate::meeting::state::ConcernStatus;
use crate::meeting::{Event, IdmStep, ItemId, MeetingState, Phase, Recorded, Session, Setup};
use crate::review::{MarkerKind, Replay, Speed};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::screens::summary::SummaryText;
use crate::tui::screens::{self, MeetingScreen, StatusLine, View};
use crate::tui::theme::{Theme, ThemeChoice};

/// Rows the replay adds around the meeting screen: header, two of
/// timeline, two of commentary, key hints.
pub const CHROME_ROWS: u16 = 6;

/// The smallest terminal the replay works in: the live screen's minimum
/// plus the replay's own rows.
pub const MIN_SIZE: (u16, u16) = (screens::MIN_WIDTH, screens::MIN_HEIGHT + CHROME_ROWS);

/// How long the loop may sleep when nothing is scheduled, so the screen
/// still notices a resized terminal or a finished background read.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// The replay screen's state.
pub struct ReplayView {
    replay: Replay,
    saved_to: Option<String>,
    words: &'static dyn Words,
    theme: Theme,
    speed: Speed,
    playing: bool,
    due: Option<Instant>,
    meeting: ReplayMeeting,
    meeting_position: usize,
    /// For each timeline marker, the number its item has on the final
    /// agenda (worked out once: a long session has hundreds of items).
    marker_numbers: Vec<usize>,
    /// The closed meeting's summary and the position it is of (see
    /// [`ReplayView::keep_summary`]).
    summary: Option<(usize, SummaryText)>,
}

/// The meeting as it stood at a position of the replay, with what the
/// facilitator's screen showed just after that entry: the status line, the
/// focused panel and the selection.
/// The meeting itself is the replay's own state at the position (not a
/// cut copy of the log, which held the whole record a second time).
pub struct ReplayMeeting {
    now: DateTime<FixedOffset>,
    status: Option<String>,
    focus: usize,
    selected: usize,
}

impl ReplayMeeting {
    /// What the meeting screens read: the group's view (the live keys
    /// would mislead in a replay, and the facilitator's prompt moves to
    /// the commentary), in the meeting's own language.
    fn view<'a>(
        &'a self,
        state: &'a MeetingState,
        setup: &'a Setup,
        theme: Theme,
        saved_to: Option<&'a str>,
        summary: Option<&'a SummaryText>,
    ) -> View<'a> {
        View {
            state,
            setup,
            words: setup.lang.words(),
            theme,
            now: self.now,
            selected: self.selected,
            scroll: 0,
            focus: self.focus,
            presentation: true,
            saved_to,
            status: self.status.as_deref().map(StatusLine::Info),
            save_error: None,
            // A replay shows the parts as the session gives them.
            governance: None,
            conflicts: &[],
            summary,
        }
    }
}

impl ReplayView {
    /// A replay of a session at its opening, paused, at `speed`.
    /// `saved_to` is the file path the live summary screen showed.
    pub fn new(
        session: Session,
        speed: Speed,
        saved_to: Option<String>,
        theme: ThemeChoice,
        words: &'static dyn Words,
    ) -> ReplayView {
        let replay = Replay::from_session(sanitized(session));
        let meeting = ReplayMeeting {
            now: replay.at(),
            status: None,
            focus: 0,
            selected: 0,
        };
        let mut view = ReplayView {
            replay,
            saved_to,
            words,
            theme: Theme::new(theme),
            speed,
            playing: false,
            due: None,
            meeting,
            meeting_position: usize::MAX,
            marker_numbers: Vec::new(),
            summary: None,
        };
        view.marker_numbers = view.number_markers();
        view.meeting();
        view.summary_at_end();
        view
    }

    /// Builds the closed meeting's summary for the end, where End lands,
    /// once at opening (a long meeting's summary is thousands of lines),
    /// so End costs the cursor's jump and a frame.
    fn summary_at_end(&mut self) {
        let state = self.replay.session().state();
        if state.phase == Phase::Closed {
            let summary = self.summary_of(state);
            self.summary = Some((self.replay.len(), summary));
        }
    }

    /// The summary screen's text for a closed meeting in `state`.
    fn summary_of(&self, state: &MeetingState) -> SummaryText {
        let view = self.meeting.view(
            state,
            self.replay.session().setup(),
            self.theme,
            self.saved_to.as_deref(),
            None,
        );
        SummaryText::of(&view)
    }

    /// The position whose closed-meeting summary is kept, if any (tests:
    /// the end's is built at opening and kept through Home and End).
    pub fn kept_summary(&self) -> Option<usize> {
        self.summary.as_ref().map(|(at, _)| *at)
    }

    /// The meeting the screen draws: the cursor's own state at its
    /// position.
    pub fn drawn_state(&self) -> &MeetingState {
        self.replay.state()
    }

    /// The cursor (position, state, timeline).
    pub fn replay(&self) -> &Replay {
        &self.replay
    }

    /// The playback speed.
    pub fn speed(&self) -> Speed {
        self.speed
    }

    /// True while playing.
    pub fn is_playing(&self) -> bool {
        self.playing
    }

    /// Starts playing from where the cursor is (a no-op when stepping one
    /// event at a time, which never plays on its own).
    pub fn play(&mut self, now: Instant) {
        if !self.playing {
            self.act(ReviewAction::PlayPause, now);
        }
    }

    /// Moves to a position (tests; the keys use the cursor's jumps).
    pub fn seek(&mut self, position: usize) {
        self.replay.seek(position);
        self.due = None;
    }

    /// Handles one replay action at time `now`.
    pub fn act(&mut self, action: ReviewAction, now: Instant) {
        let r = &mut self.replay;
        match action {
            ReviewAction::PlayPause => {
                if self.speed == Speed::NextEvent {
                    r.step_forward();
                    self.playing = false;
                } else if self.playing {
                    self.playing = false;
                } else {
                    if r.position() == r.len() {
                        r.start();
                    }
                    self.playing = true;
                }
            }
            ReviewAction::Faster => self.speed = self.speed.faster(),
            ReviewAction::Slower => self.speed = self.speed.slower(),
            ReviewAction::StepForward => {
                r.step_forward();
            }
            ReviewAction::StepBack => {
                r.step_back();
            }
            ReviewAction::NextPhase => {
                r.next_phase_change();
            }
            ReviewAction::PrevPhase => {
                r.prev_phase_change();
            }
            ReviewAction::NextItem => {
                r.next_item();
            }
            ReviewAction::PrevItem => {
                r.prev_item();
            }
            ReviewAction::Start => r.start(),
            ReviewAction::End => r.end(),
            _ => return,
        }
        if self.speed == Speed::NextEvent {
            self.playing = false;
        }
        self.due = None;
        self.tick(now);
    }

    /// Advances playback if its next event is due; schedules the next.
    pub fn tick(&mut self, now: Instant) {
        if !self.playing {
            return;
        }
        let due = match self.due {
            Some(due) => due,
            None => match self.replay.delay_to_next(self.speed) {
                Some(delay) => {
                    self.due = Some(now + delay.wait);
                    return;
                }
                None => {
                    self.playing = false;
                    return;
                }
            },
        };
        if now < due {
            return;
        }
        self.replay.step_forward();
        // Scheduled from when it was due, not from now, so a slow frame
        // does not stretch the meeting.
        self.due = match self.replay.delay_to_next(self.speed) {
            Some(delay) => Some(due + delay.wait),
            None => {
                self.playing = false;
                None
            }
        };
    }

    /// How long the event loop may wait for a key before the next tick.
    pub fn timeout(&self, now: Instant) -> Duration {
        match (self.playing, self.due) {
            (true, Some(due)) => due.saturating_duration_since(now).min(IDLE_POLL),
            (true, None) => Duration::ZERO,
            _ => IDLE_POLL,
        }
    }

    /// The meeting as it stood at the current position: the log cut
    /// there, the clock at the event's own time, and the status line,
    /// selection and focused panel the facilitator's screen had just after
    /// that entry was recorded.
    pub fn meeting(&mut self) -> &ReplayMeeting {
        let position = self.replay.position();
        if self.meeting_position != position {
            self.meeting = self.build_meeting(position);
            self.meeting_position = position;
        }
        &self.meeting
    }

    fn build_meeting(&self, position: usize) -> ReplayMeeting {
        let words = self.replay.session().setup().lang.words();
        let shown = match self.replay.commentary() {
            Some(c) => after_entry(words, self.replay.state(), c.entry, c.undoes, || {
                self.replay.state_at(position - 1)
            }),
            None => AfterEntry::default(),
        };
        ReplayMeeting {
            now: self.replay.at(),
            status: shown.status,
            focus: shown.focus,
            selected: shown.selected,
        }
    }

    /// The summary of the meeting at the current position, once it is
    /// closed: the end's is built at opening; another closed position's
    /// is built the first time it is drawn and kept instead (the last one
    /// built), so no frame builds it again while the cursor stays.
    fn keep_summary(&mut self) {
        let position = self.replay.position();
        let state = self.replay.state();
        if state.phase != Phase::Closed {
            return;
        }
        if self.summary.as_ref().is_none_or(|(at, _)| *at != position) {
            let summary = self.summary_of(state);
            self.summary = Some((position, summary));
        }
    }

    /// Where the meeting screen goes inside the replay's area.
    pub fn meeting_area(area: Rect) -> Rect {
        let [_, meeting, _] = Self::split(area);
        meeting
    }

    fn split(area: Rect) -> [Rect; 3] {
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(CHROME_ROWS - 1),
        ])
        .areas(area)
    }

    /// Draws the replay into `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect) {
        let words = self.words;
        let theme = self.theme;
        let [header, meeting, chrome] = Self::split(area);
        let [bar, legend, prompt, comment, keys_row] =
            Layout::vertical([Constraint::Length(1); 5]).areas(chrome);

        // The meeting, drawn by the live screens straight into the middle.
        self.meeting();
        self.keep_summary();
        let summary = self
            .summary
            .as_ref()
            .filter(|(at, _)| *at == self.replay.position())
            .map(|(_, text)| text);
        let view = self.meeting.view(
            self.replay.state(),
            self.replay.session().setup(),
            theme,
            self.saved_to.as_deref(),
            summary,
        );
        MeetingScreen(&view).render(meeting, frame.buffer_mut());

        let r = &self.replay;
        let mut head = vec![
            Span::styled(
                format!(" {} ", words.review_label(ReviewLabel::ReplayTitle)),
                theme.title.add_modifier(Modifier::REVERSED),
            ),
            Span::styled(
                format!(" {} ", words.review_label(ReviewLabel::ReadOnly)),
                theme.muted,
            ),
            Span::styled(
                if self.playing {
                    words.review_label(ReviewLabel::Playing)
                } else {
                    words.review_label(ReviewLabel::Paused)
                },
                theme.heading,
            ),
            Span::raw(format!(" {}  ", words.speed(self.speed))),
            Span::styled(r.at().format("%H:%M:%S").to_string(), theme.current),
            Span::raw(format!("  {}", words.event_of(r.position(), r.len()))),
        ];
        // While playing, say when a long silence is being skipped over.
        if self.playing
            && let Some(delay) = r.delay_to_next(self.speed)
            && delay.compressed
        {
            head.push(Span::styled(
                format!("  {}", words.idle_compressed(delay.real.as_secs())),
                theme.warn,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(head)), header);

        frame.render_widget(Paragraph::new(self.timeline(bar.width)), bar);
        let timeline = r.timeline();
        let elapsed = (r.at() - timeline.start).num_seconds().max(0);
        let where_ = if r.position() == 0 {
            words.review_label(ReviewLabel::AtOpening).to_owned()
        } else if r.position() == r.len() {
            words.review_label(ReviewLabel::AtEnd).to_owned()
        } else {
            String::new()
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(
                        " {} / {}  ",
                        words.duration(elapsed),
                        words.duration(timeline.span_secs())
                    ),
                    theme.muted,
                ),
                Span::styled("┃ ", theme.heading),
                Span::styled(words.review_label(ReviewLabel::PhaseMark), theme.muted),
                Span::styled("  1-9 ", theme.heading),
                Span::styled(words.review_label(ReviewLabel::ItemMark), theme.muted),
                Span::styled(format!("  {where_}"), theme.muted),
            ])),
            legend,
        );

        let state = r.state();
        let prompt_text = words.prompt(screens::prompt_of(state));
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled("» ", theme.heading),
                Span::styled(prompt_text, theme.muted),
            ])),
            prompt,
        );
        let comment_line = match r.commentary() {
            Some(c) if c.highlight.is_some() => {
                let kind = c.highlight.map(|h| words.highlight(h)).unwrap_or_default();
                let what = for_terminal_line(&words.event(&c.entry.event, state)).into_owned();
                let mut spans = vec![Span::styled(format!(" ⚖ {kind}: {what} "), theme.banner)];
                if c.retracted_later {
                    spans.push(Span::styled(
                        format!(" ({})", words.review_label(ReviewLabel::LaterUndone)),
                        theme.warn,
                    ));
                }
                Line::from(spans)
            }
            Some(c) if c.retracted_later => Line::from(Span::styled(
                format!("↶ {}", words.review_label(ReviewLabel::LaterUndone)),
                theme.warn,
            )),
            _ => Line::default(),
        };
        frame.render_widget(Paragraph::new(comment_line), comment);
        frame.render_widget(
            Paragraph::new(common::hints(
                ReviewScreen::Replay,
                keys_row.width,
                words,
                &theme,
            )),
            keys_row,
        );
    }

    /// Each timeline marker's item number: its place on the final agenda,
    /// or, for an item no longer there, the count of such items so far
    /// (0 for a phase marker).
    fn number_markers(&self) -> Vec<usize> {
        let agenda = &self.replay.session().state().agenda;
        let places: HashMap<ItemId, usize> = agenda
            .iter()
            .enumerate()
            .map(|(place, item)| (item.id, place + 1))
            .collect();
        let mut gone = 0;
        self.replay
            .timeline()
            .markers
            .iter()
            .map(|marker| match &marker.kind {
                MarkerKind::Phase(_) => 0,
                MarkerKind::Item { item, .. } => places.get(item).copied().unwrap_or_else(|| {
                    gone += 1;
                    gone
                }),
            })
            .collect()
    }

    /// The timeline bar: time done and to come, phase starts `┃`, item
    /// starts by their number, and the current moment `◆`.
    fn timeline(&self, width: u16) -> Line<'static> {
        let theme = &self.theme;
        let width = usize::from(width.saturating_sub(2)).max(1);
        let timeline = self.replay.timeline();
        let span = timeline.span_secs().max(1);
        let cell_of = |secs: i64| -> usize {
            let secs = secs.clamp(0, span);
            usize::try_from(secs * (i64::try_from(width).unwrap_or(1) - 1) / span).unwrap_or(0)
        };
        let now = cell_of((self.replay.at() - timeline.start).num_seconds());
        let mut cells: Vec<(String, ratatui::style::Style)> = (0..width)
            .map(|i| {
                if i <= now {
                    ("━".to_owned(), theme.heading)
                } else {
                    ("─".to_owned(), theme.muted)
                }
            })
            .collect();
        for (marker, number) in timeline.markers.iter().zip(&self.marker_numbers) {
            let at = cell_of(marker.offset_secs);
            match &marker.kind {
                MarkerKind::Phase(_) => {
                    cells[at] = ("┃".to_owned(), theme.heading.add_modifier(Modifier::BOLD));
                }
                MarkerKind::Item { .. } => {
                    let c = if *number < 10 {
                        number.to_string()
                    } else {
                        "•".to_owned()
                    };
                    cells[at] = (c, theme.proposal);
                }
            }
        }
        cells[now] = ("◆".to_owned(), theme.current);
        let mut spans = vec![Span::raw(" ")];
        spans.extend(cells.into_iter().map(|(c, s)| Span::styled(c, s)));
        Line::from(spans)
    }
}

/// What the facilitator's screen showed just after an entry was recorded:
/// the status line, the focused panel and the selection. Screens keep
/// these in the app, not in the record, so the replay and a follower
/// (`spanning follow`) rebuild them the same way from the entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AfterEntry {
    /// The status line: what was recorded (or undone).
    pub status: Option<String>,
    /// Which panel had focus.
    pub focus: usize,
    /// The selected row.
    pub selected: usize,
}

/// [`AfterEntry`] for `entry`, recorded into `state` (the meeting just
/// after it). For an undo, `undoes` is the entry taken back and `before`
/// gives the meeting just before the undo, to word what was undone;
/// `words` are the meeting's own.
pub fn after_entry(
    words: &dyn Words,
    state: &MeetingState,
    entry: &Recorded,
    undoes: Option<&Recorded>,
    before: impl FnOnce() -> MeetingState,
) -> AfterEntry {
    let status = if let Some(undone) = undoes {
        words.undone(&words.event(&undone.event, &before()))
    } else {
        let settled = match &entry.event {
            Event::CriterionTested { concern, .. } => state
                .active_item()
                .and_then(|i| i.concern(*concern))
                .map(|c| c.status()),
            _ => None,
        };
        match settled {
            Some(ConcernStatus::Dismissed { criterion }) => {
                words.dismissed_at(criterion.letter(), words.criterion(criterion))
            }
            Some(ConcernStatus::Valid) => words.found_valid().to_owned(),
            _ => words.recorded(&words.event(&entry.event, state)),
        }
    };
    let focus = match (&entry.event, state.phase) {
        (
            Event::ExampleGiven { .. },
            Phase::Item {
                step: IdmStep::PresentProposal,
                ..
            },
        ) => 1,
        (
            Event::ProposalStated { .. },
            Phase::Item {
                step: IdmStep::PresentProposal,
                ..
            },
        ) => 2,
        _ => 0,
    };
    let focus = crate::tui::screens::consent::replay_focus(&entry.event, state).unwrap_or(focus);
    // As live (and as a resumed meeting): the pointer is where the next
    // thing to do is, e.g. the item Enter starts next, the first concern
    // to handle, the next person to nominate.
    let selected = crate::tui::app::selection::landing(state, Some(&entry.event)).unwrap_or(0);
    AfterEntry {
        status: Some(status),
        focus,
        selected,
    }
}

/// The session with every text made safe for the terminal. The live
/// screens draw text as typed in the room; a replayed file may come from
/// anyone with push access, so its words are cleaned once, here, before
/// those screens see them. Clean text is unchanged, so a replay of an
/// ordinary session is exactly what the group saw, and a session with
/// nothing to clean is returned as it is, without folding it again.
pub fn sanitized(session: Session) -> Session {
    let mut json = Vec::new();
    let Some(setup) = clean(session.setup(), &mut json) else {
        return session;
    };
    let mut log: Vec<Option<Recorded>> = Vec::with_capacity(session.log().len());
    for entry in session.log() {
        match clean(entry, &mut json) {
            Some(cleaned) => log.push(cleaned),
            None => return session,
        }
    }
    if setup.is_none() && log.iter().all(Option::is_none) {
        return session;
    }
    let setup = setup.unwrap_or_else(|| session.setup().clone());
    let log = log
        .into_iter()
        .zip(session.log())
        .map(|(cleaned, entry)| cleaned.unwrap_or_else(|| entry.clone()))
        .collect();
    Session::from_log(setup, log).unwrap_or(session)
}

/// Entries with every text made safe for the terminal, as [`sanitized`]
/// makes a session's: for a follower taking in what was just saved
/// without cleaning the whole log again. An entry that does not survive
/// the round trip is kept as it is (the terminal's last scrub still
/// guards it).
pub fn sanitized_entries(entries: &[Recorded]) -> Vec<Recorded> {
    let mut json = Vec::new();
    entries
        .iter()
        .map(|entry| match clean(entry, &mut json) {
            Some(Some(cleaned)) => cleaned,
            _ => entry.clone(),
        })
        .collect()
}

/// A copy of a record with every string passed through
/// [`for_terminal`](crate::sanitize::for_terminal) (line breaks kept, for
/// multi-line proposals): `Some(None)` when nothing needs it, `None` if
/// the record does not survive the round trip.
///
/// Most records are clean, and those are recognised from their compact
/// JSON alone (written into `json`, a buffer reused from record to
/// record): with no escape in it, every string in the record appears
/// there as it is, between quotes, so the text being clean means every
/// string is (printable ASCII is recognised byte by byte). Only records
/// that are not clean go through `serde_json::Value`.
fn clean<T: serde::Serialize + serde::de::DeserializeOwned>(
    value: &T,
    json: &mut Vec<u8>,
) -> Option<Option<T>> {
    fn walk(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => {
                if let std::borrow::Cow::Owned(clean) = crate::sanitize::for_terminal(s) {
                    *s = clean;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            serde_json::Value::Object(map) => map.values_mut().for_each(walk),
            _ => {}
        }
    }
    json.clear();
    serde_json::to_writer(&mut *json, value).ok()?;
    let text = std::str::from_utf8(json).ok()?;
    if !text.contains('\\')
        && matches!(
            crate::sanitize::for_terminal(text),
            std::borrow::Cow::Borrowed(_)
        )
    {
        return Some(None);
    }
    let mut tree: serde_json::Value = serde_json::from_str(text).ok()?;
    walk(&mut tree);
    serde_json::from_value(tree).ok().map(Some)
}
