//! The review screens: a browser over the sessions folder, one session's
//! outputs, story and charts, the carried-over items of a circle, and a
//! replay of the meeting as the group saw it. Everything here reads; no
//! key can change a session. Views stack: the browser opens a session,
//! the session opens its replay, and "back" returns one level.

pub mod board;
pub mod browser;
pub mod carried;
pub mod common;
pub mod due;
pub mod keys;
pub mod metrics;
pub mod reading;
pub mod record;
pub mod replay;
pub mod session;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

pub use browser::{Browser, BrowserOutcome};
pub use carried::CarriedView;
pub use due::DueView;
pub use keys::{ReviewAction, ReviewScreen};
pub use metrics::MetricsView;
pub use reading::Reads;
pub use replay::ReplayView;
pub use session::{SessionOutcome, SessionView};

use crate::meeting::Session;
use crate::review::{Catalogue, Speed};
use crate::sanitize::for_terminal_line;
use crate::store::{self, SessionsDir};
use crate::text::review_screens::ReviewLabel;
use crate::text::{Lang, Words};
use crate::tui::screens::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::theme::{Theme, ThemeChoice};
use reading::{Arrived, Reading};

/// The review application: a stack of views over the sessions folder.
pub struct ReviewApp {
    words: &'static dyn Words,
    choice: ThemeChoice,
    theme: Theme,
    export_dir: PathBuf,
    browser: Option<Browser>,
    session: Option<SessionView>,
    carried: Option<CarriedView>,
    replay: Option<ReplayView>,
    help: bool,
    quit: bool,
    due: Option<DueView>,
    metrics: Option<MetricsView>,
    today: chrono::NaiveDate,
    /// The folder, when review browses one: the board folds it.
    dir: Option<SessionsDir>,
    board: Option<board::BoardView>,
    /// The governance record, over whichever view opened it.
    record: Option<record::RecordView>,
    /// The governance record, metric history or board while it is read
    /// in the background.
    reading: Option<reading::Reading>,
    /// The session the replay plays, for `g` there: its file and circle.
    replay_of: Option<Opened>,
}

/// A session a view shows, as the governance record is opened "as of" it.
#[derive(Debug, Clone)]
struct Opened {
    path: PathBuf,
    circle: String,
    opened_at: chrono::DateTime<chrono::FixedOffset>,
}

impl Opened {
    fn of(session: &Session, path: &Path) -> Opened {
        Opened {
            path: path.to_path_buf(),
            circle: session.setup().circle.clone(),
            opened_at: session.setup().opened_at,
        }
    }
}

/// Where exported minutes go by default: the folder holding the sessions
/// folder, so exports sit next to it rather than among session files.
pub fn export_dir_for(dir: &SessionsDir) -> PathBuf {
    dir.root()
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

impl ReviewApp {
    fn empty(words: &'static dyn Words, choice: ThemeChoice, export_dir: PathBuf) -> ReviewApp {
        ReviewApp {
            words,
            choice,
            theme: Theme::new(choice),
            export_dir,
            browser: None,
            session: None,
            carried: None,
            replay: None,
            help: false,
            quit: false,
            due: None,
            metrics: None,
            dir: None,
            board: None,
            record: None,
            reading: None,
            replay_of: None,
            // The shell's clock, once; `set_today` pins it for tests.
            today: chrono::Local::now().date_naive(),
        }
    }

    /// The browser over a folder; its files are read in the background.
    pub fn browse(dir: &SessionsDir, lang: Lang, choice: ThemeChoice) -> ReviewApp {
        let mut app = ReviewApp::empty(lang.words(), choice, export_dir_for(dir));
        app.browser = Some(Browser::open(dir, lang.words()));
        app.dir = Some(dir.clone());
        app
    }

    /// The browser over a catalogue already read (tests, demonstrations).
    pub fn browse_catalogue(
        folder: &str,
        catalogue: Catalogue,
        export_dir: PathBuf,
        lang: Lang,
        choice: ThemeChoice,
    ) -> ReviewApp {
        let mut app = ReviewApp::empty(lang.words(), choice, export_dir);
        app.browser = Some(Browser::with_catalogue(
            folder.to_owned(),
            catalogue,
            lang.words(),
        ));
        app
    }

    /// A session view with nothing under it ("back" leaves).
    pub fn view(
        session: Session,
        path: PathBuf,
        export_dir: PathBuf,
        lang: Lang,
        choice: ThemeChoice,
    ) -> ReviewApp {
        let mut app = ReviewApp::empty(lang.words(), choice, export_dir.clone());
        app.session = Some(SessionView::new(
            session, path, export_dir, app.words, app.theme,
        ));
        app
    }

    /// The replay of one session, straight from the command line;
    /// `autoplay` starts playback at once (a speed was asked for).
    pub fn replay(
        session: Session,
        saved_to: Option<String>,
        speed: Speed,
        autoplay: bool,
        lang: Lang,
        choice: ThemeChoice,
    ) -> ReviewApp {
        let mut app = ReviewApp::empty(lang.words(), choice, PathBuf::from("."));
        app.replay_of = saved_to
            .as_deref()
            .map(|path| Opened::of(&session, Path::new(path)));
        let mut view = ReplayView::new(session, speed, saved_to, choice, app.words);
        if autoplay {
            view.play(Instant::now());
        }
        app.replay = Some(view);
        app
    }

    /// Which day "overdue" is measured against; the review browser starts
    /// on the shell's date, tests pin one.
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.today = today;
        if let Some(s) = self.session.take() {
            self.session = Some(self.dated(s));
        }
    }

    /// The session view with its agreements past their review date: the
    /// folder's due list when the browser has read the folder (it knows
    /// which agreements a later meeting reviewed), else this session's own.
    fn dated(&self, view: SessionView) -> SessionView {
        let view = view.with_today(self.today);
        let Some(browser) = &self.browser else {
            return view;
        };
        let id = view
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Until the background read has reached this session, its own list.
        let catalogue = browser.catalogue();
        if !catalogue.digests().any(|d| d.summary.id == id) {
            return view;
        }
        let due = catalogue
            .overdue(self.today)
            .into_iter()
            .filter(|d| d.session == id)
            .collect();
        view.with_due(due)
    }

    /// The metric history view, if open; waits for it if it is being
    /// read.
    pub fn metrics_view(&mut self) -> Option<&MetricsView> {
        self.wait_for_reading();
        self.metrics.as_ref()
    }

    /// The agreements-due view, if open.
    pub fn due_view(&self) -> Option<&DueView> {
        self.due.as_ref()
    }

    /// The view on top.
    pub fn screen(&self) -> ReviewScreen {
        // The record comes over whichever view opened it, replay too.
        if let Some(r) = &self.record {
            r.screen()
        } else if self.replay.is_some() {
            ReviewScreen::Replay
        } else if self.due.is_some() {
            ReviewScreen::Due
        } else if self.metrics.is_some() {
            ReviewScreen::Metrics
        } else if self.board.is_some() {
            ReviewScreen::Board
        } else if self.carried.is_some() {
            ReviewScreen::Carried
        } else if self.session.is_some() {
            ReviewScreen::Session
        } else {
            ReviewScreen::Browser
        }
    }

    /// The browser, if review started there.
    pub fn browser(&self) -> Option<&Browser> {
        self.browser.as_ref()
    }

    /// The browser, mutably (tests wait for the background read).
    pub fn browser_mut(&mut self) -> Option<&mut Browser> {
        self.browser.as_mut()
    }

    /// The open session view, if any.
    pub fn session_view(&mut self) -> Option<&mut SessionView> {
        self.session.as_mut()
    }

    /// The carried-over view, if open.
    pub fn carried_view(&self) -> Option<&CarriedView> {
        self.carried.as_ref()
    }

    /// The project board, if open; waits for it if it is being read.
    pub fn board_view(&mut self) -> Option<&board::BoardView> {
        self.wait_for_reading();
        self.board.as_ref()
    }

    /// The governance record view, if open; waits for it if it is being
    /// read (tests, and anything that needs it at once).
    pub fn record_view(&mut self) -> Option<&record::RecordView> {
        self.wait_for_reading();
        self.record.as_ref()
    }

    /// The circle whose governance record is being read, while it is.
    pub fn reading_record(&self) -> Option<&str> {
        self.reading()
            .filter(|(reads, _)| *reads == Reads::Record)
            .map(|(_, circle)| circle)
    }

    /// Which view of which circle is being read in the background, while
    /// one is.
    pub fn reading(&self) -> Option<(Reads, &str)> {
        self.reading.as_ref().map(|r| (r.reads, r.circle.as_str()))
    }

    /// Starts reading the governance record of `circle` as of the
    /// session `id` (opened at `at`) on its own thread.
    fn start_record(
        &mut self,
        dir: Option<SessionsDir>,
        circle: &str,
        id: Option<String>,
        at: chrono::DateTime<chrono::FixedOffset>,
    ) {
        let wanted = circle.to_owned();
        self.reading = Some(Reading::start(circle, Reads::Record, move |stop| {
            record::RecordView::open_until(dir.as_ref(), &wanted, id.as_deref(), at, stop)
                .map(|v| Arrived::Record(Box::new(v)))
        }));
    }

    /// Starts reading `circle`'s work between meetings on its own thread,
    /// for its metric history or its project board: the circle's sessions
    /// of the whole folder, the same fold the next meeting is offered.
    fn start_work(&mut self, circle: String, reads: Reads) {
        let Some(dir) = self.dir.clone() else {
            self.show(match reads {
                Reads::Board => Arrived::Board(board::BoardView::new(circle, Vec::new())),
                _ => Arrived::Metrics(MetricsView::new(circle, Vec::new())),
            });
            return;
        };
        let name = circle.clone();
        self.reading = Some(Reading::start(&name, reads, move |_| {
            let work = crate::record::fold_work(&dir, &circle).work;
            Some(match reads {
                Reads::Board => Arrived::Board(board::BoardView::new(circle, work.projects)),
                _ => Arrived::Metrics(MetricsView::new(circle, work.metrics)),
            })
        }));
    }

    /// Puts a view that has been read on top.
    fn show(&mut self, view: Arrived) {
        match view {
            Arrived::Record(v) => self.record = Some(*v),
            Arrived::Metrics(v) => self.metrics = Some(v),
            Arrived::Board(v) => self.board = Some(v),
        }
    }

    /// Waits until the view being read, if any, is shown: what a person
    /// sees after the reading box goes away.
    pub fn wait_for_reading(&mut self) {
        if let Some(view) = self.reading.take().and_then(Reading::wait) {
            self.show(view);
        }
    }

    /// Shows the view being read if it has arrived; true if anything
    /// changed.
    fn pump_reading(&mut self) -> bool {
        let Some(reading) = &self.reading else {
            return false;
        };
        match reading.poll() {
            Ok(None) => false,
            Ok(Some(view)) => {
                self.reading = None;
                self.show(view);
                true
            }
            // The reader failed: nothing to show, the view below stays.
            Err(()) => {
                self.reading = None;
                true
            }
        }
    }

    /// The replay, if open.
    pub fn replay_view(&mut self) -> Option<&mut ReplayView> {
        self.replay.as_mut()
    }

    /// True once the person left review.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// True while the help overlay is up.
    pub fn showing_help(&self) -> bool {
        self.help
    }

    /// Opens a session file in the session view; a file that cannot be
    /// read leaves the browser with the reason shown.
    pub fn open(&mut self, path: &Path) {
        match store::load(path) {
            Ok(loaded) => {
                let view = SessionView::new(
                    loaded.session,
                    path.to_path_buf(),
                    self.export_dir.clone(),
                    self.words,
                    self.theme,
                );
                self.session = Some(self.dated(view));
            }
            Err(e) => {
                let text = self.words.cannot_open(&e.message(self.words));
                if let Some(b) = &mut self.browser {
                    b.say(for_terminal_line(&text).into_owned());
                }
            }
        }
    }

    /// Takes what the background readers have found; true if anything
    /// changed.
    pub fn pump(&mut self) -> bool {
        let record = self.pump_reading();
        let browser = self.browser.as_mut().is_some_and(Browser::pump);
        record || browser
    }

    /// Moves playback on; call when the poll timed out.
    pub fn tick(&mut self, now: Instant) {
        if let Some(r) = &mut self.replay {
            r.tick(now);
        }
    }

    /// How long to wait for a key before ticking again.
    pub fn timeout(&self, now: Instant) -> Duration {
        match &self.replay {
            _ if self.reading.is_some() => Duration::from_millis(50),
            Some(r) => r.timeout(now),
            None if self.browser.as_ref().is_some_and(Browser::is_reading) => {
                Duration::from_millis(50)
            }
            None => Duration::from_millis(250),
        }
    }

    /// Handles one terminal event at time `now`.
    pub fn handle_event(&mut self, event: Event, now: Instant) {
        // While the record is read, Esc stops reading; any other key or a
        // paste waits for it and goes to it, as if typed after it opened.
        if self.reading.is_some() {
            match &event {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    if key.code == KeyCode::Esc {
                        // Dropped: its reader stops reading files.
                        self.reading = None;
                        return;
                    }
                    self.wait_for_reading();
                }
                Event::Paste(_) => self.wait_for_reading(),
                _ => {}
            }
        }
        let key = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => key,
            Event::Paste(text) => {
                if let Some(r) = &mut self.record {
                    r.paste(&text);
                } else if let Some(s) = &mut self.session {
                    s.paste(&text);
                } else if let Some(b) = &mut self.browser {
                    b.paste(&text);
                }
                return;
            }
            _ => return,
        };
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        if self.help {
            self.help = false;
            return;
        }
        match self.screen() {
            ReviewScreen::Replay => {
                let Some(action) = keys::lookup(ReviewScreen::Replay, &key) else {
                    return;
                };
                match action {
                    ReviewAction::Help => self.help = true,
                    ReviewAction::Back => {
                        self.replay = None;
                        self.leave_if_empty();
                    }
                    ReviewAction::Record => {
                        // As of the replayed session; playback waits.
                        if let Some(r) = &mut self.replay
                            && r.is_playing()
                        {
                            r.act(ReviewAction::PlayPause, now);
                        }
                        if let Some(of) = self.replay_of.clone() {
                            self.open_record(&of);
                        }
                    }
                    other => {
                        if let Some(r) = &mut self.replay {
                            r.act(other, now);
                        }
                    }
                }
            }
            ReviewScreen::Due => {
                let Some(action) = keys::lookup(ReviewScreen::Due, &key) else {
                    return;
                };
                match action {
                    ReviewAction::Help => self.help = true,
                    ReviewAction::Back => self.due = None,
                    other => {
                        if let Some(d) = &mut self.due {
                            d.act(other);
                        }
                    }
                }
            }
            ReviewScreen::Metrics => {
                let Some(action) = keys::lookup(ReviewScreen::Metrics, &key) else {
                    return;
                };
                match action {
                    ReviewAction::Help => self.help = true,
                    ReviewAction::Back => self.metrics = None,
                    other => {
                        if let Some(m) = &mut self.metrics {
                            m.act(other);
                        }
                    }
                }
            }
            ReviewScreen::Board => {
                let Some(action) = keys::lookup(ReviewScreen::Board, &key) else {
                    return;
                };
                match action {
                    ReviewAction::Help => self.help = true,
                    ReviewAction::Back => self.board = None,
                    other => {
                        if let Some(b) = &mut self.board {
                            b.act(other);
                        }
                    }
                }
            }
            ReviewScreen::Record | ReviewScreen::RecordHistory => {
                let Some(view) = &mut self.record else {
                    return;
                };
                match view.key(key) {
                    record::RecordOutcome::Stay => {}
                    record::RecordOutcome::Help => self.help = true,
                    record::RecordOutcome::Back => self.record = None,
                }
            }
            ReviewScreen::Carried => {
                let Some(action) = keys::lookup(ReviewScreen::Carried, &key) else {
                    return;
                };
                match action {
                    ReviewAction::Help => self.help = true,
                    ReviewAction::Back => self.carried = None,
                    other => {
                        if let Some(c) = &mut self.carried {
                            c.act(other);
                        }
                    }
                }
            }
            ReviewScreen::Session => {
                let Some(view) = &mut self.session else {
                    return;
                };
                match view.key(key) {
                    SessionOutcome::Stay => {}
                    SessionOutcome::Help => self.help = true,
                    SessionOutcome::Back => {
                        self.session = None;
                        self.leave_if_empty();
                    }
                    SessionOutcome::Record => {
                        let of = Opened::of(view.session(), view.path());
                        self.open_record(&of);
                    }
                    SessionOutcome::Replay => {
                        self.replay_of = Some(Opened::of(view.session(), view.path()));
                        let saved_to = Some(view.path().display().to_string());
                        self.replay = Some(ReplayView::new(
                            view.session().clone(),
                            Speed::X1,
                            saved_to,
                            self.choice,
                            self.words,
                        ));
                    }
                }
            }
            ReviewScreen::Browser => {
                let Some(browser) = &mut self.browser else {
                    self.quit = true;
                    return;
                };
                match browser.key(key) {
                    BrowserOutcome::Stay => {}
                    BrowserOutcome::Help => self.help = true,
                    BrowserOutcome::Leave => self.quit = true,
                    BrowserOutcome::Open(path) => self.open(&path),
                    BrowserOutcome::Due => {
                        self.due = Some(DueView::new(browser.catalogue().overdue(self.today)));
                    }
                    BrowserOutcome::Metrics(circle) => {
                        // The circle's memory, read in the background:
                        // the same fold the next meeting's "previous
                        // value" comes from.
                        self.start_work(circle, Reads::Metrics);
                    }
                    BrowserOutcome::Board(circle) => {
                        // The folder's memory of that circle, likewise.
                        self.start_work(circle, Reads::Board);
                    }
                    BrowserOutcome::Record(circle, id, at) => {
                        // The record as it stood after that session, read
                        // in the background.
                        self.start_record(self.dir.clone(), &circle, Some(id), at);
                    }
                    BrowserOutcome::Carried(circle) => {
                        let threads = browser.catalogue().carried(&circle);
                        self.carried = Some(CarriedView::new(circle, threads));
                    }
                }
            }
        }
    }

    /// Opens the governance record of a session's circle as it stood
    /// after that session, stepping through the folder it is in.
    fn open_record(&mut self, of: &Opened) {
        let dir = self.dir.clone().or_else(|| {
            of.path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(SessionsDir::new)
        });
        let id = of
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned());
        self.start_record(dir, &of.circle, id, of.opened_at);
    }

    fn leave_if_empty(&mut self) {
        if self.browser.is_none() && self.session.is_none() && self.replay.is_none() {
            self.quit = true;
        }
    }

    /// Draws the view on top, or asks for a larger terminal.
    pub fn draw(&mut self, frame: &mut Frame) {
        let area = frame.area();
        let screen = self.screen();
        let need = if screen == ReviewScreen::Replay {
            replay::MIN_SIZE
        } else {
            (MIN_WIDTH, MIN_HEIGHT)
        };
        if common::too_small(frame.buffer_mut(), area, need, self.words, &self.theme) {
            return;
        }
        match screen {
            ReviewScreen::Replay => {
                if let Some(r) = &mut self.replay {
                    r.draw(frame, area);
                }
            }
            ReviewScreen::Carried => {
                if let Some(c) = &mut self.carried {
                    c.draw(frame, area, self.words, &self.theme);
                }
            }
            ReviewScreen::Board => {
                if let Some(b) = &mut self.board {
                    b.draw(frame, area, self.words, &self.theme);
                }
            }
            ReviewScreen::Record | ReviewScreen::RecordHistory => {
                if let Some(r) = &mut self.record {
                    r.draw(frame, area, self.words, &self.theme);
                }
            }
            ReviewScreen::Due => {
                if let Some(d) = &mut self.due {
                    d.draw(frame, area, self.words, &self.theme);
                }
            }
            ReviewScreen::Metrics => {
                if let Some(m) = &mut self.metrics {
                    m.draw(frame, area, self.words, &self.theme);
                }
            }
            ReviewScreen::Session => {
                if let Some(s) = &mut self.session {
                    s.draw(frame, area);
                }
            }
            ReviewScreen::Browser => {
                if let Some(b) = &mut self.browser {
                    b.draw(frame, area, self.words, &self.theme);
                }
            }
        }
        if let Some(reading) = &self.reading {
            let (title, what) = match reading.reads {
                Reads::Record => (
                    self.words.gov_title(&reading.circle),
                    self.words.reading_record(),
                ),
                Reads::Metrics => (
                    format!(
                        "{} · {}",
                        self.words.review_label(ReviewLabel::MetricsTitle),
                        reading.circle
                    ),
                    self.words.reading_work(),
                ),
                Reads::Board => (
                    format!("{} · {}", self.words.board_title(true), reading.circle),
                    self.words.reading_work(),
                ),
            };
            common::reading_box(
                frame,
                area,
                &for_terminal_line(&title),
                what,
                self.words.reading_record_stop(),
                &self.theme,
            );
        }
        if self.help {
            common::help(frame, area, screen, self.words, &self.theme);
        }
    }
}

impl super::FullScreen for ReviewApp {
    fn prepare(&mut self) {
        self.pump();
        self.tick(Instant::now());
    }

    fn draw_frame(&mut self, frame: &mut Frame) {
        self.draw(frame);
    }

    fn finished(&self) -> bool {
        self.should_quit()
    }

    // Playback decides how long to wait; keys always interrupt it.
    fn wait(&self) -> Duration {
        self.timeout(Instant::now())
    }

    fn handle(&mut self, event: Event) {
        self.handle_event(event, Instant::now());
    }
}

/// Runs a review app on the terminal until the person leaves. The
/// terminal is restored on every exit path, panics included.
pub fn run(mut app: ReviewApp) -> anyhow::Result<()> {
    let words = app.words;
    super::run_full_screen(&mut app, words)
}

/// `spanning review`: the browser over the sessions folder.
pub fn run_review(dir: &SessionsDir, lang: Lang, theme: ThemeChoice) -> anyhow::Result<()> {
    run(ReviewApp::browse(dir, lang, ThemeChoice::from_env(theme)))
}

/// `spanning replay ID`: the replay of one session file.
pub fn run_replay(
    session: Session,
    path: &Path,
    speed: Speed,
    autoplay: bool,
    lang: Lang,
    theme: ThemeChoice,
) -> anyhow::Result<()> {
    run(ReviewApp::replay(
        session,
        Some(path.display().to_string()),
        speed,
        autoplay,
        lang,
        ThemeChoice::from_env(theme),
    ))
}
