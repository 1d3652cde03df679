//! `spanning follow`: the meeting as the facilitator's screen shows it, in
//! another terminal, at that terminal's own size, updated as each entry is
//! saved. Read-only: the session is read through [`store::tail`], which
//! takes no lock and writes nothing, and no key here reaches the engine.
//!
//! The meeting is drawn by the live screens themselves ([`MeetingScreen`]
//! over a [`View`], in the group's view), with the panel, selection and
//! status line the facilitator's screen had after the latest entry, rebuilt
//! the way the replay rebuilds them ([`after_entry`]). A follower may look
//! around on their own (scroll, select, other panels, the agenda, the
//! proposal's versions, the circle's governance record); one key, F,
//! rejoins the facilitator.
//!
//! The governance record is folded once, in the background, when the
//! screen opens (the folder up to this meeting's opening), and this
//! meeting's adoptions are applied when the panel opens and when the
//! meeting changes while it is open: never per frame.

mod panels;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::FullScreen;
use super::govview::{GovOverlay, GovView, RecordAtStart};
use super::review::replay::{AfterEntry, after_entry, sanitized, sanitized_entries};
use super::screens::{MeetingScreen, StatusLine, View};
use super::theme::{Theme, ThemeChoice};
use super::widgets::phase_bar::where_now;
use crate::meeting::{Event as Entry, Session};
use crate::store::presence::Presence;
use crate::store::tail::{Tail, Watch, Writer};
use crate::text::Words;
use crate::tui::widgets::prose::{self, Prose};

pub use panels::Panel;

/// How long the screen waits for a key before looking again whether the
/// watcher said the meeting changed: a quarter of the 200 ms a follower
/// may lag behind a save.
const WAIT: Duration = Duration::from_millis(50);

/// How often the meeting is read even without word from the watcher, and
/// the writer's lock looked at.
const LOOK_EVERY: Duration = Duration::from_secs(1);

/// Where the follower is: with the facilitator, or on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Own {
    focus: usize,
    selected: usize,
    scroll: u16,
}

/// The follow screen's state.
pub struct FollowScreen {
    tail: Tail,
    /// The meeting as read, its texts made safe for the terminal.
    session: Session,
    /// The setup and latest entry as read, before cleaning: what the next
    /// read must continue for only its new entries to be taken in.
    raw_setup: crate::meeting::Setup,
    raw_last: Option<crate::meeting::Recorded>,
    /// What the facilitator's screen showed after the latest entry.
    shown: AfterEntry,
    words: &'static dyn Words,
    theme: Theme,
    /// `None` while following the facilitator.
    own: Option<Own>,
    panel: Panel,
    /// The agenda item whose versions the follower chose in the agenda.
    chosen: Option<usize>,
    writer: Writer,
    error: Option<String>,
    notice: Option<&'static str>,
    changed: Arc<AtomicBool>,
    looked: Instant,
    saved_to: String,
    quit: bool,
    /// The circle's record before this meeting, folded in the background.
    governance: Option<RecordAtStart>,
    /// The circle as the governance panel shows it, taken when it opened
    /// and again when the meeting changes while it is open.
    /// Its scroll follows the follower's own.
    gov: GovView,
    _watch: Option<Watch>,
    _presence: Option<Presence>,
}

impl FollowScreen {
    /// Follows the meeting read by `tail`, with the screen's own words in
    /// `words` (the meeting is drawn in its own language).
    pub fn new(tail: Tail, words: &'static dyn Words, theme: ThemeChoice) -> Self {
        let session = sanitized(tail.session().clone());
        let raw_setup = tail.session().setup().clone();
        let raw_last = tail.session().log().last().cloned();
        let shown = facilitator_screen(&session);
        let writer = tail.writer();
        let saved_to = crate::sanitize::path_for_terminal(tail.path());
        let governance = tail.path().parent().map(|folder| {
            let folder = if folder.as_os_str().is_empty() {
                std::path::Path::new(".")
            } else {
                folder
            };
            RecordAtStart::fold_in_background(
                crate::store::SessionsDir::new(folder),
                tail.id(),
                tail.session().setup().opened_at,
            )
        });
        Self {
            tail,
            session,
            raw_setup,
            raw_last,
            shown,
            words,
            theme: Theme::new(theme),
            own: None,
            panel: Panel::Meeting,
            chosen: None,
            writer,
            error: None,
            notice: None,
            changed: Arc::new(AtomicBool::new(false)),
            looked: Instant::now(),
            saved_to,
            quit: false,
            governance,
            gov: GovView::default(),
            _watch: None,
            _presence: None,
        }
    }

    /// Starts watching the session's files, so a save is seen within the
    /// [`WAIT`] of the next look.
    pub fn watch(mut self) -> Self {
        let changed = self.changed.clone();
        self._watch = Some(Watch::start(self.tail.path(), move || {
            changed.store(true, Ordering::Relaxed);
        }));
        // A save between reading the meeting and watching it is read now.
        self.changed.store(true, Ordering::Relaxed);
        self
    }

    /// Keeps this follower counted on the facilitator's screen while the
    /// screen lives.
    pub fn counted(mut self, presence: Option<Presence>) -> Self {
        self._presence = presence;
        self
    }

    /// The meeting as shown.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Whether the follower looks around on their own.
    pub fn is_browsing(&self) -> bool {
        self.own.is_some()
    }

    /// The panel shown.
    pub fn panel(&self) -> Panel {
        self.panel
    }

    /// Whether the circle's record before this meeting has been folded
    /// (the governance panel shows "loading" until then).
    pub fn record_ready(&self) -> bool {
        self.governance
            .as_ref()
            .is_some_and(|g| g.at_start().is_some())
    }

    /// Takes the circle for the governance panel: the record before this
    /// meeting with the meeting's adoptions as shown now.
    fn take_circle(&mut self) {
        self.gov.circle = self
            .governance
            .as_ref()
            .and_then(|g| g.circle_now(&self.session))
            .map(Box::new);
    }

    /// Whether the follower asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Reads what was saved since the last look, and how the writer is.
    pub fn look(&mut self) {
        self.looked = Instant::now();
        self.changed.store(false, Ordering::Relaxed);
        match self.tail.refresh() {
            Ok(true) => {
                let was_closed = self.session.state().is_closed();
                self.take_in();
                self.shown = facilitator_screen(&self.session);
                // The close ends any looking around: the summary is what
                // everyone reads now.
                if self.session.state().is_closed() && !was_closed {
                    self.rejoin();
                }
                if self.panel == Panel::Governance {
                    self.take_circle();
                }
                self.error = None;
            }
            Ok(false) => self.error = None,
            Err(e) => {
                let problem = e.message(self.words);
                self.error = Some(self.words.cannot_read(&problem));
            }
        }
        self.writer = self.tail.writer();
    }

    /// Takes in the meeting as the tail read it: only the new entries,
    /// cleaned and folded in, when they continue what is shown; else the
    /// whole meeting cleaned again.
    fn take_in(&mut self) {
        let read = self.tail.session();
        let shown = self.session.log().len();
        let continues = *read.setup() == self.raw_setup
            && read.log().len() > shown
            && shown
                .checked_sub(1)
                .map(|i| &read.log()[i])
                .is_none_or(|last| Some(last) == self.raw_last.as_ref());
        if continues {
            let new = sanitized_entries(&read.log()[shown..]);
            if self.session.extend_stored(&new, self.tail.source()).is_ok() {
                self.raw_last = read.log().last().cloned();
                return;
            }
        }
        self.session = sanitized(read.clone());
        self.raw_last = read.log().last().cloned();
    }

    /// Back to what the facilitator's screen shows.
    pub fn rejoin(&mut self) {
        self.own = None;
        self.panel = Panel::Meeting;
        self.chosen = None;
        self.notice = None;
    }

    /// Handles one key.
    pub fn key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        self.notice = None;
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('c' | 'd') if ctrl => self.quit = true,
            KeyCode::Char('q' | 'Q') => self.quit = true,
            // Back: out of a panel, then to the facilitator; never out of
            // following by accident.
            KeyCode::Esc if self.panel != Panel::Meeting => self.panel = Panel::Meeting,
            KeyCode::Esc => self.rejoin(),
            KeyCode::Char('f' | 'F') => self.rejoin(),
            KeyCode::Char('a' | 'A') => self.open(Panel::Agenda),
            KeyCode::Char('v' | 'V') => self.open(Panel::Versions),
            KeyCode::Char('g' | 'G') => self.open(Panel::Governance),
            // The record has nothing to select: the arrows scroll it.
            KeyCode::Up | KeyCode::Char('k') if self.panel == Panel::Governance => {
                self.browse(|o| o.scroll = o.scroll.saturating_sub(1))
            }
            KeyCode::Down | KeyCode::Char('j') if self.panel == Panel::Governance => {
                self.browse(|o| o.scroll = o.scroll.saturating_add(1))
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.browse(|o| o.selected = o.selected.saturating_sub(1))
            }
            KeyCode::Down | KeyCode::Char('j') => self.browse(|o| o.selected += 1),
            KeyCode::PageUp => self.browse(|o| o.scroll = o.scroll.saturating_sub(10)),
            KeyCode::PageDown => self.browse(|o| o.scroll = o.scroll.saturating_add(10)),
            KeyCode::Home => self.browse(|o| o.scroll = 0),
            KeyCode::Tab => self.browse(|o| o.focus = (o.focus + 1) % 3),
            KeyCode::BackTab => self.browse(|o| o.focus = (o.focus + 2) % 3),
            _ => self.notice = Some(self.words.only_the_facilitator()),
        }
        self.gov.scroll = self.own.map_or(0, |o| o.scroll);
    }

    /// Leaves the facilitator's screen for the follower's own, starting
    /// from where the facilitator is, and applies `change` to it.
    fn browse(&mut self, change: impl FnOnce(&mut Own)) {
        let own = self.own.get_or_insert(Own {
            focus: self.shown.focus,
            selected: match self.panel {
                Panel::Agenda => panels::current_item(self.session.state()).unwrap_or(0),
                _ => self.shown.selected,
            },
            scroll: 0,
        });
        change(own);
    }

    /// Opens a panel (again: closes it), which is looking around.
    fn open(&mut self, panel: Panel) {
        if self.panel == panel {
            self.panel = Panel::Meeting;
            return;
        }
        let from_agenda = self.panel == Panel::Agenda;
        self.browse(|_| {});
        let items = self.session.state().agenda.len();
        self.chosen = match (from_agenda, self.own) {
            (true, Some(own)) if items > 0 => Some(own.selected.min(items - 1)),
            _ => None,
        };
        if let Some(own) = self.own.as_mut() {
            own.scroll = 0;
            if panel == Panel::Agenda {
                own.selected = self
                    .chosen
                    .or_else(|| panels::current_item(self.session.state()))
                    .unwrap_or(0);
            }
        }
        self.panel = panel;
        if panel == Panel::Governance {
            self.take_circle();
        }
    }

    /// The time the meeting's clocks count to: now while its facilitator's
    /// spanning runs, the latest entry's time once it stopped or left (the
    /// meeting's time stood still there).
    fn clock(&self, now: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        match self.writer {
            Writer::Stopped(_) | Writer::Left | Writer::Closed => self.last_at(),
            Writer::Writing(_) => now,
        }
    }

    /// When the latest entry was saved (the opening if none), in the
    /// meeting's own offset.
    fn last_at(&self) -> DateTime<FixedOffset> {
        self.session
            .log()
            .last()
            .map_or(self.session.setup().opened_at, |e| e.at)
    }

    /// Draws the follow screen at time `now` (the clocks count to it).
    pub fn draw_at(&self, frame: &mut Frame, now: DateTime<FixedOffset>) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        self.render_at(area, buf, now);
    }

    /// [`FollowScreen::draw_at`] into any rectangle.
    pub fn render_at(&self, area: Rect, buf: &mut Buffer, now: DateTime<FixedOffset>) {
        let pairs: Vec<(String, &str)> = self
            .words
            .follow_keys()
            .into_iter()
            .map(|(key, what)| (key.to_owned(), what))
            .collect();
        let hint_lines = super::widgets::hint_lines(&pairs, usize::from(area.width), &self.theme);
        let status_lines = self.status_lines();
        // Each line wraps rather than lose its end (a long error).
        let status_rows: u16 = status_lines
            .iter()
            .map(|l| u16::try_from(prose::rows(l, area.width)).unwrap_or(u16::MAX))
            .sum();
        let [status, body, hints] = Layout::vertical([
            Constraint::Length(status_rows.min(area.height / 3).max(1)),
            Constraint::Min(0),
            Constraint::Length((hint_lines.len() as u16).clamp(1, 2)),
        ])
        .areas(area);
        let own = self.own.unwrap_or(Own {
            focus: self.shown.focus,
            selected: self.shown.selected,
            scroll: 0,
        });
        let state = self.session.state();
        let setup = self.session.setup();
        let status_text = match (&self.notice, self.own) {
            (Some(notice), _) => Some(StatusLine::Refused(notice)),
            (None, None) => self.shown.status.as_deref().map(StatusLine::Info),
            (None, Some(_)) => None,
        };
        let view = View {
            state,
            setup,
            words: setup.lang.words(),
            theme: self.theme,
            now: self.clock(now),
            selected: own.selected,
            scroll: own.scroll,
            focus: own.focus,
            presentation: true,
            saved_to: Some(&self.saved_to),
            status: status_text,
            save_error: None,
            // A follower sees the parts as the session gives them.
            governance: None,
            conflicts: &[],
            summary: None,
        };
        Prose::new(status_lines).render(status, buf);
        match self.panel {
            Panel::Meeting => MeetingScreen(&view).render(body, buf),
            Panel::Agenda => panels::agenda(&view, body, buf),
            Panel::Versions => panels::versions(&view, self.chosen, self.words, body, buf),
            Panel::Governance => GovOverlay {
                view: &self.gov,
                circle_name: &setup.circle,
                available: self.governance.is_some(),
                searchable: false,
                words: self.words,
                theme: &self.theme,
            }
            .render(body, buf),
        }
        Paragraph::new(hint_lines).render(hints, buf);
    }

    /// The top line: following or browsing, read-only; and under it, when
    /// there is something to say, what became of the facilitator's
    /// spanning or of reading the file.
    fn status_lines(&self) -> Vec<Line<'static>> {
        let words = self.words;
        let theme = &self.theme;
        let state = self.session.state();
        let mut first = match (&self.writer, self.own) {
            (Writer::Closed, None) => vec![Span::styled(
                format!(" 👁 {} ", words.meeting_closed()),
                theme.current,
            )],
            (_, None) => vec![Span::styled(
                format!(
                    " 👁 {} ",
                    words.following(&where_now(state, state_words(&self.session)))
                ),
                theme.current,
            )],
            (_, Some(_)) => vec![Span::styled(
                format!(" {} ", words.browsing()),
                theme.warn.add_modifier(Modifier::REVERSED),
            )],
        };
        first.push(Span::styled(
            format!("  {}", words.read_only()),
            theme.muted,
        ));
        let mut lines = vec![Line::from(first)];
        let at = self.last_at().format("%H:%M").to_string();
        let writer = match &self.writer {
            Writer::Writing(_) => None,
            Writer::Closed if self.own.is_none() => None,
            Writer::Closed => Some((words.meeting_closed().to_owned(), theme.ok)),
            Writer::Left => Some((words.writer_left(&at), theme.warn)),
            Writer::Stopped(_) => Some((words.writer_stopped(&at), theme.error)),
        };
        let mut second = Vec::new();
        if let Some((text, style)) = writer {
            second.push(Span::styled(format!(" ⚠ {text}"), style));
        }
        if let Some(error) = &self.error {
            second.push(Span::styled(format!(" ✗ {error}"), theme.error));
        }
        if !second.is_empty() {
            lines.push(Line::from(second));
        }
        lines
    }
}

/// Follows the meeting `tail` reads until the follower leaves (Q,
/// Ctrl-C), a stop signal arrives or the terminal goes; the terminal is
/// restored on every path. `presence` keeps the follower counted.
pub fn run_follow(
    tail: Tail,
    presence: Option<Presence>,
    words: &'static dyn Words,
    theme: ThemeChoice,
) -> anyhow::Result<()> {
    let mut screen = FollowScreen::new(tail, words, ThemeChoice::from_env(theme))
        .watch()
        .counted(presence);
    super::run_full_screen(&mut screen, words)
}

/// The meeting's own words, for the step it is at.
fn state_words(session: &Session) -> &'static dyn Words {
    session.setup().lang.words()
}

/// What the facilitator's screen shows after the session's latest entry.
fn facilitator_screen(session: &Session) -> AfterEntry {
    let log = session.log();
    let Some(entry) = log.last() else {
        return AfterEntry::default();
    };
    let undoes = match entry.event {
        Entry::Retracted { retracts } => retracts
            .checked_sub(1)
            .and_then(|i| log.get(usize::try_from(i).ok()?)),
        _ => None,
    };
    after_entry(state_words(session), session.state(), entry, undoes, || {
        session.state_after(log.len() - 1)
    })
}

impl FullScreen for FollowScreen {
    fn prepare(&mut self) {
        if self.changed.load(Ordering::Relaxed) || self.looked.elapsed() >= LOOK_EVERY {
            self.look();
        }
        // The panel opened while the folder was still being folded.
        if self.panel == Panel::Governance && self.gov.circle.is_none() && self.record_ready() {
            self.take_circle();
        }
    }

    fn draw_frame(&mut self, frame: &mut Frame) {
        self.draw_at(frame, chrono::Local::now().fixed_offset());
    }

    fn finished(&self) -> bool {
        self.quit
    }

    fn wait(&self) -> Duration {
        WAIT
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Key(key) => self.key(key),
            // Pasted text is typing, which only the facilitator does.
            Event::Paste(_) => self.notice = Some(self.words.only_the_facilitator()),
            _ => {}
        }
    }
}
