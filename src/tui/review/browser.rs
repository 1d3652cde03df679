//! The session browser: every file of the sessions folder, newest first.
//! The first screen comes from the folder listing alone; a worker thread
//! reads the files and hands each result back over a channel, so keys are
//! never blocked by a large folder. Unreadable files stay in the list with
//! their error: a broken record is something to fix, not to hide.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use super::common::{self, clip};
use super::keys::{self, ReviewAction, ReviewScreen};
use crate::meeting::MeetingFormat;
use crate::review::{Catalogue, EntryStatus, Query, read_entry};
use crate::sanitize::for_terminal_line;
use crate::store::{SessionStatus, SessionsDir};
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;

/// What the browser asks its host to do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserOutcome {
    /// Nothing beyond redrawing.
    Stay,
    /// Open this session file.
    Open(PathBuf),
    /// Show the carried-over items of this circle.
    Carried(String),
    /// Show the metric history of this circle.
    Metrics(String),
    /// Show the project board of this circle.
    Board(String),
    /// Show the governance record of this circle as it stood after the
    /// session with this ID, opened at this time.
    Record(String, String, chrono::DateTime<chrono::FixedOffset>),
    /// Show the agreements due for review across the folder.
    Due,
    /// Leave review.
    Leave,
    /// Show help.
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PickKind {
    Circle,
    Participant,
}

struct Picker {
    kind: PickKind,
    /// Option 0 is "any".
    options: Vec<String>,
    selected: usize,
}

/// How long the readers wait for the first frame before reading anyway.
const FIRST_FRAME_GRACE: Duration = Duration::from_millis(100);

/// A reader hands over what it read after this many files…
const HANDOVER_FILES: usize = 16;

/// …or after this long, whichever comes first, so the screen still fills
/// as files are read.
const HANDOVER_TIME: Duration = Duration::from_millis(20);

/// The browser's state; drawn and driven without a terminal in tests.
pub struct Browser {
    words: &'static dyn Words,
    folder: String,
    catalogue: Catalogue,
    reader: Option<Receiver<Vec<(usize, EntryStatus)>>>,
    query: Query,
    searching: bool,
    results: Vec<usize>,
    /// What was shown before each character typed since the last full
    /// search, with the text it was for: Backspace takes the last one
    /// back instead of searching everything again.
    narrowed: Vec<(String, Vec<usize>)>,
    /// Tells the readers the first frame is drawn (they wait for it).
    first_frame: Option<Arc<(Mutex<bool>, Condvar)>>,
    selected: usize,
    /// Whether the person moved the selection themselves; until then it
    /// stays on the first row as the background read moves rows, rather
    /// than following an entry that turns out unreadable to the end.
    chosen: bool,
    offset: usize,
    picker: Option<Picker>,
    message: Option<String>,
}

impl Browser {
    /// Lists the folder at once and starts reading its files on worker
    /// threads, one per core; the first screen needs no file read.
    pub fn open(dir: &SessionsDir, words: &'static dyn Words) -> Browser {
        let catalogue = Catalogue::scan(dir);
        let work = Arc::new(catalogue.pending());
        let next = Arc::new(AtomicUsize::new(0));
        let (tx, rx) = mpsc::channel();
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        let drawn = Arc::new((Mutex::new(false), Condvar::new()));
        for _ in 0..workers {
            let (work, next, tx) = (Arc::clone(&work), Arc::clone(&next), tx.clone());
            let drawn = Arc::clone(&drawn);
            // Each worker takes the next file nobody has taken, in display
            // order, so the top of the screen fills first.
            std::thread::spawn(move || {
                // The first frame needs no file: leave it the cores, for a
                // moment at most, then read whatever happens.
                let (lock, signal) = &*drawn;
                if let Ok(guard) = lock.lock() {
                    let _ = signal.wait_timeout_while(guard, FIRST_FRAME_GRACE, |drawn| !*drawn);
                }
                // Handed over a few at a time (a waiting receiver is woken
                // once per batch, not per file), but never held back long.
                let mut batch = Vec::new();
                let mut sent = Instant::now();
                while let Some((index, path)) = work.get(next.fetch_add(1, Ordering::Relaxed)) {
                    batch.push((*index, read_entry(path)));
                    if batch.len() >= HANDOVER_FILES || sent.elapsed() >= HANDOVER_TIME {
                        // The browser was closed: stop reading.
                        if tx.send(std::mem::take(&mut batch)).is_err() {
                            return;
                        }
                        sent = Instant::now();
                    }
                }
                if !batch.is_empty() {
                    let _ = tx.send(batch);
                }
            });
        }
        let mut browser =
            Browser::with_catalogue(dir.root().display().to_string(), catalogue, words);
        browser.reader = Some(rx);
        browser.first_frame = Some(drawn);
        browser
    }

    /// A browser over a catalogue already built (tests, or a caller that
    /// read the folder itself); no worker is started.
    pub fn with_catalogue(
        folder: String,
        catalogue: Catalogue,
        words: &'static dyn Words,
    ) -> Browser {
        let mut browser = Browser {
            words,
            folder,
            catalogue,
            reader: None,
            query: Query::default(),
            searching: false,
            results: Vec::new(),
            narrowed: Vec::new(),
            first_frame: None,
            selected: 0,
            chosen: false,
            offset: 0,
            picker: None,
            message: None,
        };
        browser.research();
        browser
    }

    /// Takes whatever the worker has read so far, without waiting; returns
    /// true if anything changed (the caller redraws).
    pub fn pump(&mut self) -> bool {
        let mut changed = false;
        if let Some(rx) = &self.reader {
            loop {
                match rx.try_recv() {
                    Ok(batch) => {
                        for (index, status) in batch {
                            self.catalogue.fill(index, status);
                        }
                        changed = true;
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        self.reader = None;
                        break;
                    }
                }
            }
        }
        if changed {
            self.research();
        }
        changed
    }

    /// Waits until every file is read (tests, and before a one-shot answer).
    pub fn finish_reading(&mut self) {
        // No first frame is coming before the reading ends: the readers
        // need not leave it the cores (they waited up to 100 ms).
        self.release_readers();
        if let Some(rx) = self.reader.take() {
            for (index, status) in rx.iter().flatten() {
                self.catalogue.fill(index, status);
            }
        }
        self.research();
    }

    /// Lets the readers start, if they still wait for the first frame.
    fn release_readers(&mut self) {
        if let Some(drawn) = self.first_frame.take() {
            let (lock, signal) = &*drawn;
            if let Ok(mut d) = lock.lock() {
                *d = true;
            }
            signal.notify_all();
        }
    }

    /// True while the worker is still reading.
    pub fn is_reading(&self) -> bool {
        self.reader.is_some() || !self.catalogue.is_complete()
    }

    /// The catalogue as read so far.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The entries shown, as catalogue indices in display order.
    pub fn results(&self) -> &[usize] {
        &self.results
    }

    /// The current query.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// The catalogue index of the selected entry.
    pub fn selected_entry(&self) -> Option<usize> {
        self.results.get(self.selected).copied()
    }

    /// True while printable keys go to the search field.
    pub fn is_typing(&self) -> bool {
        self.searching || self.picker.is_some()
    }

    /// Shows a message under the list (e.g. why a file would not open).
    pub fn say(&mut self, message: String) {
        self.message = Some(message);
    }

    /// Searches again, keeping the selected entry selected if it still
    /// matches, so filling in the background never moves the cursor away.
    fn research(&mut self) {
        let keep = self.chosen.then(|| self.selected_entry()).flatten();
        self.narrowed.clear();
        self.results = self.catalogue.search(&self.query);
        self.selected = keep
            .and_then(|k| self.results.iter().position(|&i| i == k))
            .unwrap_or(0);
    }

    /// Handles a pasted text: into the search field when searching.
    pub fn paste(&mut self, text: &str) {
        if self.searching {
            self.append(&for_terminal_line(text));
        }
    }

    /// Adds typed or pasted text to the search. Adding only narrows: once
    /// every file is read, only what is shown is checked again, and what
    /// was shown is kept for Backspace.
    fn append(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let before_text = self.query.text.clone();
        self.query.text.push_str(text);
        if self.catalogue.is_complete() {
            let before = std::mem::take(&mut self.results);
            self.results = self.catalogue.refine(&before, &self.query);
            self.narrowed.push((before_text, before));
            self.selected = 0;
        } else {
            self.research();
        }
    }

    /// After Backspace: back to what this shorter text showed, if it was
    /// shown since the last full search (nothing to redo); after a paste,
    /// narrowed again from what the text before it showed.
    fn back(&mut self) {
        let keep = self.selected_entry();
        match self.narrowed.last() {
            Some((text, _)) if *text == self.query.text => {
                if let Some((_, results)) = self.narrowed.pop() {
                    self.results = results;
                }
            }
            Some((text, before)) if self.query.text.starts_with(text.as_str()) => {
                self.results = self.catalogue.refine(before, &self.query);
            }
            _ => return self.research(),
        }
        self.selected = keep
            .and_then(|k| self.results.iter().position(|&i| i == k))
            .unwrap_or(0);
    }

    /// Selects row `row` because the person moved there: from now on the
    /// selection stays on that entry while rows move.
    fn choose(&mut self, row: usize) {
        self.selected = row;
        self.chosen = true;
    }

    /// Handles one key press.
    pub fn key(&mut self, key: KeyEvent) -> BrowserOutcome {
        self.message = None;
        if let Some(mut picker) = self.picker.take() {
            let n = picker.options.len();
            match key.code {
                KeyCode::Up => picker.selected = picker.selected.saturating_sub(1),
                KeyCode::Down => picker.selected = (picker.selected + 1).min(n.saturating_sub(1)),
                KeyCode::Enter => {
                    let chosen = (picker.selected > 0)
                        .then(|| picker.options.get(picker.selected).cloned())
                        .flatten();
                    match picker.kind {
                        PickKind::Circle => self.query.circle = chosen,
                        PickKind::Participant => self.query.participant = chosen,
                    }
                    self.research();
                    return BrowserOutcome::Stay;
                }
                KeyCode::Esc => return BrowserOutcome::Stay,
                _ => {}
            }
            self.picker = Some(picker);
            return BrowserOutcome::Stay;
        }
        if self.searching {
            match key.code {
                KeyCode::Esc => {
                    self.query.text.clear();
                    self.searching = false;
                    self.research();
                }
                KeyCode::Enter | KeyCode::Down | KeyCode::Tab => self.searching = false,
                KeyCode::Backspace => {
                    self.query.text.pop();
                    self.back();
                }
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    self.append(c.encode_utf8(&mut [0; 4]));
                }
                _ => {}
            }
            return BrowserOutcome::Stay;
        }
        let Some(action) = keys::lookup(ReviewScreen::Browser, &key) else {
            return BrowserOutcome::Stay;
        };
        let n = self.results.len();
        match action {
            ReviewAction::Help => return BrowserOutcome::Help,
            ReviewAction::Back => return BrowserOutcome::Leave,
            ReviewAction::Up => self.choose(self.selected.saturating_sub(1)),
            ReviewAction::Down => self.choose((self.selected + 1).min(n.saturating_sub(1))),
            ReviewAction::PageUp => self.choose(self.selected.saturating_sub(10)),
            ReviewAction::PageDown => self.choose((self.selected + 10).min(n.saturating_sub(1))),
            ReviewAction::Top => self.choose(0),
            ReviewAction::Bottom => self.choose(n.saturating_sub(1)),
            ReviewAction::Search => self.searching = true,
            ReviewAction::Clear => {
                self.query = Query::default();
                self.research();
            }
            ReviewAction::FilterCircle => self.pick(PickKind::Circle),
            ReviewAction::FilterParticipant => self.pick(PickKind::Participant),
            ReviewAction::Open => {
                if let Some(index) = self.selected_entry() {
                    let entry = &self.catalogue.entries()[index];
                    if let EntryStatus::Bad(e) = &entry.status {
                        let text = self.words.cannot_open(&e.message(self.words));
                        self.message = Some(for_terminal_line(&text).into_owned());
                        return BrowserOutcome::Stay;
                    }
                    return BrowserOutcome::Open(entry.path.clone());
                }
            }
            ReviewAction::Due => return BrowserOutcome::Due,
            ReviewAction::Board => {
                if let Some(d) = self
                    .selected_entry()
                    .and_then(|i| self.catalogue.entries()[i].digest())
                {
                    return BrowserOutcome::Board(d.summary.circle.clone());
                }
            }
            ReviewAction::Record => {
                if let Some(d) = self
                    .selected_entry()
                    .and_then(|i| self.catalogue.entries()[i].digest())
                {
                    return BrowserOutcome::Record(
                        d.summary.circle.clone(),
                        d.summary.id.clone(),
                        d.summary.opened_at,
                    );
                }
            }
            ReviewAction::Carried | ReviewAction::Metrics => {
                if let Some(d) = self
                    .selected_entry()
                    .and_then(|i| self.catalogue.entries()[i].digest())
                {
                    let circle = d.summary.circle.clone();
                    return if action == ReviewAction::Metrics {
                        BrowserOutcome::Metrics(circle)
                    } else {
                        BrowserOutcome::Carried(circle)
                    };
                }
            }
            _ => {}
        }
        BrowserOutcome::Stay
    }

    fn pick(&mut self, kind: PickKind) {
        let mut options = vec![String::new()];
        options.extend(match kind {
            PickKind::Circle => self.catalogue.circles(),
            PickKind::Participant => self.catalogue.participants(),
        });
        let current = match kind {
            PickKind::Circle => &self.query.circle,
            PickKind::Participant => &self.query.participant,
        };
        let selected = current
            .as_ref()
            .and_then(|c| options.iter().position(|o| o == c))
            .unwrap_or(0);
        self.picker = Some(Picker {
            kind,
            options,
            selected,
        });
    }

    /// Draws the browser into `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        // Drawn into the frame's buffer now; the readers may start.
        self.release_readers();
        let [title, filters, list, detail, keys_row] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(area);
        let (read, total) = self.catalogue.progress();
        let mut head = vec![
            Span::styled(
                format!(" {} ", words.review_label(ReviewLabel::BrowserTitle)),
                theme.title.add_modifier(ratatui::style::Modifier::REVERSED),
            ),
            Span::styled(
                format!("  {}", for_terminal_line(&self.folder)),
                theme.muted,
            ),
        ];
        if read < total {
            head.push(Span::styled(
                format!("  ⟳ {}", words.reading_progress(read, total)),
                theme.warn,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(head)), title);

        // Search and filters: always visible, so a narrowed list is never
        // mistaken for the whole folder.
        let any = words.review_label(ReviewLabel::Any);
        let mut f = vec![Span::styled(
            format!("/ {}: ", words.review_label(ReviewLabel::Search)),
            theme.heading,
        )];
        if self.searching {
            f.push(Span::styled(
                format!("{}▏", for_terminal_line(&self.query.text)),
                theme.current,
            ));
            if self.query.text.is_empty() {
                f.push(Span::styled(
                    format!(" {}", words.review_label(ReviewLabel::SearchHint)),
                    theme.muted,
                ));
            }
        } else {
            f.push(Span::raw(for_terminal_line(&self.query.text).into_owned()));
        }
        let filter = |label: ReviewLabel, value: &Option<String>| {
            let style = if value.is_some() {
                theme.current
            } else {
                theme.muted
            };
            vec![
                Span::styled(format!("   {}: ", words.review_label(label)), theme.heading),
                Span::styled(
                    value
                        .as_deref()
                        .map(|v| for_terminal_line(v).into_owned())
                        .unwrap_or_else(|| any.to_owned()),
                    style,
                ),
            ]
        };
        f.extend(filter(ReviewLabel::Circle, &self.query.circle));
        f.extend(filter(ReviewLabel::Participant, &self.query.participant));
        if !self.query.is_empty() {
            f.push(Span::styled(
                format!("   {}", words.shown_of(self.results.len(), total)),
                theme.muted,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(f)), filters);

        self.draw_list(frame, list, words, theme);

        // The selected entry in full: the error of a bad file, or the
        // people of a good one.
        let detail_line = if let Some(m) = &self.message {
            Line::from(Span::styled(format!("✗ {m}"), theme.error))
        } else {
            match self.selected_entry().map(|i| &self.catalogue.entries()[i]) {
                Some(entry) => match &entry.status {
                    EntryStatus::Bad(e) => Line::from(Span::styled(
                        format!("⚠ {}", for_terminal_line(&e.message(self.words))),
                        theme.warn,
                    )),
                    EntryStatus::Ready(d) => Line::from(vec![
                        Span::styled(
                            if d.summary.format == crate::meeting::MeetingFormat::Tactical {
                                // No rule set: a tactical meeting decides nothing.
                                format!("{}: ", words.format_name(d.summary.format))
                            } else {
                                format!(
                                    "{} · {}: ",
                                    words.format_name(d.summary.format),
                                    words.rules_short(d.summary.rules)
                                )
                            },
                            theme.heading,
                        ),
                        Span::raw(for_terminal_line(&d.people.join(", ")).into_owned()),
                    ]),
                    EntryStatus::Pending => Line::from(Span::styled(words.reading(), theme.muted)),
                },
                None => Line::default(),
            }
        };
        frame.render_widget(crate::tui::widgets::prose::Prose::new(detail_line), detail);
        frame.render_widget(
            crate::tui::widgets::prose::Prose::new(common::hints(
                ReviewScreen::Browser,
                keys_row.width,
                words,
                theme,
            )),
            keys_row,
        );
        if let Some(picker) = &self.picker {
            draw_picker(frame, area, picker, words, theme);
        }
    }

    fn draw_list(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        if self.results.is_empty() {
            let text = if self.catalogue.is_empty() {
                words.review_label(ReviewLabel::NoSessions)
            } else {
                words.no_matches()
            };
            let mut lines = vec![Line::from(Span::styled(text, theme.muted))];
            if !self.catalogue.is_complete() {
                lines.push(Line::from(Span::styled(
                    words.review_label(ReviewLabel::Partial),
                    theme.muted,
                )));
            }
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        let wide = area.width >= 110;
        let rows_visible = usize::from(area.height.saturating_sub(1)).max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows_visible {
            self.offset = self.selected + 1 - rows_visible;
        }
        let l = |label| words.review_label(label);
        let mut header = vec![
            l(ReviewLabel::ColDate),
            l(ReviewLabel::ColTitle),
            l(ReviewLabel::ColCircle),
        ];
        if wide {
            header.push(l(ReviewLabel::ColFormat));
            header.push(l(ReviewLabel::ColPeople));
        }
        header.extend([
            l(ReviewLabel::ColItems),
            l(ReviewLabel::ColAdopted),
            l(ReviewLabel::ColStatus),
        ]);
        let rows: Vec<Row> = self
            .results
            .iter()
            .enumerate()
            .skip(self.offset)
            .take(rows_visible)
            .map(|(n, &index)| {
                let chosen = n == self.selected;
                let marker = if chosen { "▶ " } else { "  " };
                let entry = &self.catalogue.entries()[index];
                let mut cells: Vec<Cell> = Vec::new();
                let style = if chosen {
                    theme.current
                } else {
                    ratatui::style::Style::new()
                };
                match &entry.status {
                    EntryStatus::Ready(d) => {
                        let s = &d.summary;
                        cells.push(Cell::from(format!(
                            "{marker}{}",
                            s.opened_at.format("%Y-%m-%d %H:%M")
                        )));
                        cells.push(Cell::from(for_terminal_line(&s.title).into_owned()));
                        cells.push(Cell::from(for_terminal_line(&s.circle).into_owned()));
                        if wide {
                            cells.push(Cell::from(format_short(s.format, words)));
                            cells.push(Cell::from(format!("{:>6}", s.participants)));
                        }
                        cells.push(Cell::from(format!("{:>5}", s.items)));
                        cells.push(Cell::from(format!("{:>7}", s.adopted)));
                        let status = match s.status {
                            SessionStatus::Open => format!("● {}", words.session_status(s.status)),
                            SessionStatus::Closed => {
                                format!("✓ {}", words.session_status(s.status))
                            }
                        };
                        cells.push(Cell::from(status));
                    }
                    EntryStatus::Pending => {
                        let date = entry
                            .time_in_name()
                            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                            .unwrap_or_default();
                        cells.push(Cell::from(format!("{marker}{date}")));
                        cells.push(Cell::from(Span::styled(words.reading(), theme.muted)));
                    }
                    EntryStatus::Bad(_) => {
                        let name = entry
                            .path
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        cells.push(Cell::from(Span::styled(
                            format!("{marker}{}", words.review_label(ReviewLabel::Unreadable)),
                            theme.warn,
                        )));
                        cells.push(Cell::from(Span::styled(
                            clip(&for_terminal_line(&name), 60),
                            theme.warn,
                        )));
                    }
                }
                Row::new(cells).style(style)
            })
            .collect();
        let mut widths = vec![
            Constraint::Length(18),
            Constraint::Fill(3),
            Constraint::Fill(2),
        ];
        // Count and status columns are as wide as their heading (or the
        // longest status), so longer words in other languages are not cut.
        let fit = |label: ReviewLabel, least: usize| {
            Constraint::Length(l(label).width().max(least) as u16)
        };
        if wide {
            // As wide as the longest format's word ("werkoverleg" is
            // eleven letters), so none is cut.
            let formats = <MeetingFormat as strum::VariantArray>::VARIANTS
                .iter()
                .map(|&f| format_short(f, words).width())
                .max()
                .unwrap_or(0);
            widths.push(fit(ReviewLabel::ColFormat, formats));
            widths.push(fit(ReviewLabel::ColPeople, 6));
        }
        let status = [SessionStatus::Open, SessionStatus::Closed]
            .into_iter()
            .map(|s| words.session_status(s).width() + 2)
            .max()
            .unwrap_or(0);
        widths.extend([
            fit(ReviewLabel::ColItems, 5),
            fit(ReviewLabel::ColAdopted, 7),
            fit(ReviewLabel::ColStatus, status),
        ]);
        let table = Table::new(rows, widths)
            .header(Row::new(header.into_iter().map(Cell::from)).style(theme.heading))
            .column_spacing(1);
        frame.render_widget(table, area);
    }
}

fn format_short(format: MeetingFormat, words: &dyn Words) -> String {
    // The first word of the format's name ("governance", "tactical").
    words
        .format_name(format)
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn draw_picker(frame: &mut Frame, area: Rect, picker: &Picker, words: &dyn Words, theme: &Theme) {
    let title = match picker.kind {
        PickKind::Circle => words.review_label(ReviewLabel::PickCircle),
        PickKind::Participant => words.review_label(ReviewLabel::PickParticipant),
    };
    let visible = usize::from(area.height.saturating_sub(6)).max(1);
    let start = picker.selected.saturating_sub(visible.saturating_sub(1));
    let lines: Vec<Line> = picker
        .options
        .iter()
        .enumerate()
        .skip(start)
        .take(visible)
        .map(|(i, o)| {
            let text = if i == 0 {
                format!("({})", words.review_label(ReviewLabel::Any))
            } else {
                for_terminal_line(o).into_owned()
            };
            if i == picker.selected {
                Line::from(Span::styled(format!("▶ {text}"), theme.current))
            } else {
                Line::from(format!("  {text}"))
            }
        })
        .collect();
    let mut lines = lines;
    lines.push(Line::default());
    let hint = words.review_label(ReviewLabel::PickHint);
    lines.push(Line::from(Span::styled(hint, theme.muted)));
    // As wide as its keys at least: in Dutch at 60 columns "Esc annuleert"
    // lost its end at the border.
    let hint_width =
        u16::try_from(unicode_width::UnicodeWidthStr::width(hint) + 2).unwrap_or(u16::MAX);
    let width = (area.width * 2 / 3).max(20).max(hint_width).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = crate::tui::widgets::centered(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .border_style(theme.border)
                .title(Span::styled(format!(" {title} "), theme.title)),
        ),
        rect,
    );
}
