//! The terminal UI: a facilitator drives the meeting from the keyboard while
//! the group reads the shared screen. The app is a thin shell over the
//! engine: each entry is one `Command`, each screen is derived from the
//! session's phase, and every accepted entry is handed to `Persist`.

pub mod app;
pub(crate) mod fields;
pub mod follow;
pub mod followers;
pub mod govview;
pub mod keys;
mod meeting_view;
pub mod review;
pub mod screens;
pub mod terminal;
pub mod theme;
pub mod widgets;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use ratatui::crossterm::event;

pub use app::App;
pub use screens::home::{HomeChoice, HomeData, HomeEntry, HomeGit, HomeScreen};
pub use screens::setup::{SetupDefaults, SetupScreen};
pub use theme::{Look, ThemeChoice};

use crate::meeting::{Session, Setup};
use crate::text::tui::Label;

/// Where sessions go. The TUI never writes files itself: the store (or a
/// test double) implements this and is called after every accepted entry.
/// An error keeps the meeting going in memory with a warning on screen.
pub trait Persist {
    /// Saves the whole session; the message is shown to the facilitator.
    fn save(&mut self, session: &Session) -> Result<(), String>;

    /// Saves the session under `target` (a folder, or a `.json` file that
    /// does not exist yet) and keeps saving there from now on. Offered
    /// when the usual place fails (a full disk, a folder gone), so the
    /// facilitator can move the meeting to a USB stick or home folder
    /// without stopping. Returns the new file. The default cannot move.
    fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<PathBuf, String> {
        let _ = (target, session);
        Err(std::io::Error::from(std::io::ErrorKind::Unsupported).to_string())
    }

    /// Keeps what was being typed in a dialog when spanning is left with
    /// Ctrl-C, next to the session and apart from it (the session file is
    /// never touched by this); `None` forgets a kept draft. The default
    /// keeps nothing.
    fn keep_draft(&mut self, draft: Option<&str>) -> Result<(), String> {
        let _ = draft;
        Ok(())
    }

    /// The draft kept when the meeting was last left, if any. It stays
    /// until [`Persist::keep_draft`] forgets it.
    fn kept_draft(&mut self) -> Option<String> {
        None
    }

    /// How many people follow the meeting from elsewhere (`spanning
    /// follow`, `spanning serve`), for the facilitator's screen. Asked
    /// once a second at most. The default counts nobody.
    fn followers(&mut self) -> usize {
        0
    }
}

/// A `Persist` that keeps nothing: for tests and demonstrations.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoPersist;

impl Persist for NoPersist {
    fn save(&mut self, _session: &Session) -> Result<(), String> {
        Ok(())
    }
}

/// How the caller wants the screen: palette, group view, and where the
/// session file lives (shown in the summary).
#[derive(Debug, Clone, Default)]
pub struct TuiOptions {
    /// Palette; NO_COLOR is applied on top by `run`.
    pub theme: ThemeChoice,
    /// Projector mode: step and speaker in large letters on a big terminal.
    pub large_text: bool,
    /// Start in the group view (facilitator prompts and keys hidden).
    pub presentation: bool,
    /// The session file's path, for the summary screen.
    pub saved_to: Option<String>,
    /// A first line for the status bar, e.g. where a tactical meeting's
    /// checklist, metrics and projects were taken from.
    pub status: Option<String>,
    /// The circle's governance record as the folder held it when the
    /// meeting opened (the governance view's source); `None` when the
    /// meeting is not in a sessions folder.
    pub governance: Option<govview::RecordAtStart>,
}

/// How a meeting screen ended, for the shell's closing words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunEnd {
    /// Where the session was last saved (it moves after "save elsewhere").
    pub saved_to: Option<String>,
    /// Whether the last entries could not be saved anywhere, even after a
    /// last attempt in the temporary folder: the shell must say so.
    pub unsaved: bool,
}

/// What the one full-screen loop needs from a screen. Every screen runs
/// through [`run_full_screen`], so stopping on a signal, scrubbing each
/// frame and leaving after the first frame on request hold for all of them.
pub trait FullScreen {
    /// Takes in what arrived meanwhile (background reads, timers) before a frame.
    fn prepare(&mut self) {}
    /// Draws one frame.
    fn draw_frame(&mut self, frame: &mut ratatui::Frame);
    /// The screen is done (a choice was made, or the person left).
    fn finished(&self) -> bool;
    /// How long to wait for a key before drawing again.
    fn wait(&self) -> Duration {
        Duration::from_millis(250)
    }
    /// Handles a terminal event.
    fn handle(&mut self, event: event::Event);
    /// Called when no event came within [`FullScreen::wait`].
    fn idle(&mut self) {}
}

/// Takes over the terminal (raw mode, alternate screen, bracketed paste, no
/// mouse) and runs `screen` until it is finished, a stop signal arrives
/// (SIGTERM, SIGHUP), the terminal goes away (window closed, connection
/// dropped: the end of input), or one frame was asked for. The terminal is
/// restored on every exit path, panics included. After a stop or a
/// hang-up no further screen starts: it returns at once, unfinished.
pub fn run_full_screen(
    screen: &mut dyn FullScreen,
    words: &dyn crate::text::Words,
) -> anyhow::Result<()> {
    if terminal::stop_requested() {
        return Ok(());
    }
    let mut guard = terminal::TerminalGuard::enter().context(words.label(Label::ErrTerminal))?;
    let one_frame = exit_after_first_frame();
    loop {
        // `gone` first: a window closed also sends SIGHUP, and a stop seen
        // before the hang-up was noted let the closing words be written
        // to the closed terminal, which panics.
        if guard.gone() || terminal::stop_requested() {
            return Ok(());
        }
        screen.prepare();
        let drawn = guard.terminal().draw(|frame| {
            screen.draw_frame(frame);
            scrub(frame.buffer_mut());
        });
        if let Err(e) = drawn {
            // Writing to a terminal that hung up fails: that is the end of
            // the screen, not an error to report to nobody.
            return if gone_after_settling(&guard) {
                Ok(())
            } else {
                Err(e).context(words.label(Label::ErrDraw))
            };
        }
        if screen.finished() || one_frame || guard.gone() || terminal::stop_requested() {
            return Ok(());
        }
        // Never wait long inside the terminal library: a stop signal is
        // only seen between waits, and at the end of input its poll
        // returns only when the wait is over.
        let wait = screen.wait().min(LONGEST_WAIT);
        let input = event::poll(wait).and_then(|ready| ready.then(event::read).transpose());
        match input {
            Ok(Some(event::Event::Paste(text))) => {
                // A pasted text holding the end marker (ESC[201~) ends the
                // paste early: the rest arrives as keys in the same burst.
                // They are still the paste, never commands.
                let (text, after) = gather_paste(text, || {
                    event::poll(PASTE_TAIL)
                        .and_then(|ready| ready.then(event::read).transpose())
                        .ok()
                        .flatten()
                });
                screen.handle(event::Event::Paste(text));
                for event in after {
                    screen.handle(event);
                }
            }
            Ok(Some(event::Event::Key(key))) if keys::redraws(&key) => {
                // Forget what the terminal is thought to show, so the next
                // frame writes every cell over whatever is there now.
                if let Err(e) = guard.redraw_all() {
                    return if gone_after_settling(&guard) {
                        Ok(())
                    } else {
                        Err(e).context(words.label(Label::ErrDraw))
                    };
                }
            }
            Ok(Some(event)) => screen.handle(event),
            Ok(None) => screen.idle(),
            Err(_) if gone_after_settling(&guard) => return Ok(()),
            Err(e) => return Err(e).context(words.label(Label::ErrRead)),
        }
    }
}

/// How long input may pause inside one paste: far shorter than anyone
/// types a key after pasting.
const PASTE_TAIL: Duration = Duration::from_millis(15);

/// Completes a paste that ended early: key events of the same burst (what
/// `next` gives until the input goes quiet) are the rest of the pasted
/// text, added as text; keys that are no text (arrows, Esc, control keys)
/// were pasted bytes too and are dropped. Later pastes of the burst join
/// it. Other events (resizes, focus) are returned, in order, to be handled
/// after the paste.
fn gather_paste(
    mut text: String,
    mut next: impl FnMut() -> Option<event::Event>,
) -> (String, Vec<event::Event>) {
    use event::{Event, KeyCode, KeyEventKind, KeyModifiers};
    let mut after = Vec::new();
    while let Some(event) = next() {
        match event {
            Event::Paste(more) => text.push_str(&more),
            Event::Key(key) if key.kind == KeyEventKind::Release => {}
            Event::Key(key) => match key.code {
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    text.push(c)
                }
                KeyCode::Enter => text.push('\n'),
                KeyCode::Tab => text.push('\t'),
                _ => {}
            },
            other => after.push(other),
        }
    }
    (text, after)
}

/// Whether the terminal is gone, looked at again after a moment if it
/// still seems there: the input can fail (EIO) as the other side closes,
/// just before the terminal is marked hung up.
fn gone_after_settling(guard: &terminal::TerminalGuard) -> bool {
    guard.gone() || {
        std::thread::sleep(Duration::from_millis(50));
        guard.gone()
    }
}

/// The longest a loop waits for a key before looking whether it was asked
/// to stop or the terminal went away: well under the second a hang-up may
/// take to end the process.
const LONGEST_WAIT: Duration = Duration::from_millis(250);

impl FullScreen for App {
    fn prepare(&mut self) {
        self.poll_followers(std::time::Instant::now());
    }

    fn draw_frame(&mut self, frame: &mut ratatui::Frame) {
        self.draw(frame);
    }

    fn finished(&self) -> bool {
        self.should_quit()
    }

    fn handle(&mut self, event: event::Event) {
        self.handle_event(event, now());
    }

    fn idle(&mut self) {
        self.tick(now());
    }
}

impl FullScreen for SetupScreen {
    fn draw_frame(&mut self, frame: &mut ratatui::Frame) {
        self.draw(frame);
    }

    fn finished(&self) -> bool {
        self.outcome().is_some()
    }

    fn handle(&mut self, event: event::Event) {
        self.handle_event(event);
    }
}

/// The home screen with the folder's contents still on their way.
struct LoadingHome {
    screen: HomeScreen,
    pending: Option<std::sync::mpsc::Receiver<HomeData>>,
}

impl FullScreen for LoadingHome {
    fn prepare(&mut self) {
        if self.screen.is_loading()
            && let Some(rx) = &self.pending
            && let Ok(data) = rx.try_recv()
        {
            self.screen.loaded(data);
        }
    }

    fn draw_frame(&mut self, frame: &mut ratatui::Frame) {
        self.screen.draw(frame);
    }

    fn finished(&self) -> bool {
        self.screen.choice().is_some()
    }

    // Look for the folder's contents often while they are on the way.
    fn wait(&self) -> Duration {
        Duration::from_millis(if self.screen.is_loading() { 20 } else { 250 })
    }

    fn handle(&mut self, event: event::Event) {
        self.screen.handle_event(event);
    }
}

/// Runs the meeting screen until the facilitator leaves. Every accepted
/// entry has already gone to `persist` when this returns; entries that
/// could not be saved get one more try, then the temporary folder.
pub fn run(
    session: Session,
    persist: Box<dyn Persist>,
    options: TuiOptions,
) -> anyhow::Result<RunEnd> {
    let words = session.setup().lang.words();
    let options = TuiOptions {
        theme: ThemeChoice::from_env(options.theme),
        ..options
    };
    let mut app = App::new(session, persist, &options, now());
    let screen = run_full_screen(&mut app, words);
    // Closed or stopped with a dialog open: what was typed is kept as a
    // draft, as Ctrl-C keeps it (best effort: the session is what counts).
    if !app.should_quit() {
        let _ = app.keep_draft();
    }
    // Leaving (or asked to stop: terminal closed, SIGTERM, or the screen
    // failed) with entries only in memory: one more try where the session
    // lives, then the temporary folder, so what the group said outlives
    // the process.
    app.retry_save();
    if app.unsaved() {
        app.save_to(&std::env::temp_dir());
    }
    screen?;
    Ok(RunEnd {
        saved_to: app.saved_to.clone(),
        unsaved: app.unsaved(),
    })
}

/// Asks for the meeting's setup on screen, starting from `defaults`.
/// Returns `None` if the facilitator cancels (Esc or Ctrl-C) or a stop
/// signal arrives. The setup is already checked by the engine, so
/// `Session::open` will accept it.
pub fn run_setup(
    defaults: SetupDefaults,
) -> anyhow::Result<Option<(Setup, Vec<crate::meeting::absent::Absent>)>> {
    let words = defaults.lang.words();
    let defaults = SetupDefaults {
        theme: ThemeChoice::from_env(defaults.theme),
        ..defaults
    };
    let mut screen = SetupScreen::new(defaults);
    run_full_screen(&mut screen, words)?;
    Ok(screen
        .outcome()
        .flatten()
        .map(|setup| (setup, screen.absent().to_vec())))
}

/// Shows the home screen until the facilitator chooses: a new meeting, an
/// unfinished one to resume, or leaving. With `pending`, the screen opens
/// at once saying the folder is being read, and shows the sessions when
/// they arrive; keys work all the while.
pub fn run_home(
    data: HomeData,
    pending: Option<std::sync::mpsc::Receiver<HomeData>>,
) -> anyhow::Result<HomeChoice> {
    let words = data.lang.words();
    let data = HomeData {
        theme: ThemeChoice::from_env(data.theme),
        ..data
    };
    let screen = match pending {
        Some(_) => HomeScreen::loading(data),
        None => HomeScreen::new(data),
    };
    let mut home = LoadingHome { screen, pending };
    run_full_screen(&mut home, words)?;
    Ok(home.screen.choice().cloned().unwrap_or(HomeChoice::Quit))
}

/// Environment variable that makes every full-screen command return right
/// after drawing its first frame, as if the person had left at once. It
/// exists so `scripts/bench.sh` can time start-up to the first frame of
/// `spanning new`, `review` and `replay` without driving keys; it changes
/// nothing else (no file is written by leaving a setup or a browser).
pub const EXIT_AFTER_FIRST_FRAME_ENV: &str = "SPANNING_EXIT_AFTER_FIRST_FRAME";

/// Whether [`EXIT_AFTER_FIRST_FRAME_ENV`] asks to leave after one frame:
/// set to anything but empty or `0`.
pub fn exit_after_first_frame() -> bool {
    exit_after_first_frame_from(std::env::var_os(EXIT_AFTER_FIRST_FRAME_ENV))
}

/// [`exit_after_first_frame`] with the variable's value passed in, so the
/// rule can be tested without touching the process environment.
pub fn exit_after_first_frame_from(value: Option<std::ffi::OsString>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// The last line of defence before anything reaches the terminal: any cell
/// whose symbol carries a control character, an escape sequence, or a bidi
/// or invisible format character (text from a session file is untrusted)
/// becomes the visible marker. Screens sanitise text themselves where they
/// can; this guarantees it for every screen, present and future.
pub fn scrub(buffer: &mut ratatui::buffer::Buffer) {
    let marker = crate::sanitize::MARKER.to_string();
    for cell in buffer.content.iter_mut() {
        let symbol = cell.symbol();
        if matches!(
            crate::sanitize::for_terminal_line(symbol),
            std::borrow::Cow::Owned(_)
        ) {
            cell.set_symbol(&marker);
        }
    }
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Local::now().fixed_offset()
}

#[cfg(test)]
mod tests {
    use super::{exit_after_first_frame_from, gather_paste};
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn only_a_non_empty_value_other_than_zero_asks_for_one_frame() {
        assert!(!exit_after_first_frame_from(None));
        assert!(!exit_after_first_frame_from(Some("".into())));
        assert!(!exit_after_first_frame_from(Some("0".into())));
        assert!(exit_after_first_frame_from(Some("1".into())));
        assert!(exit_after_first_frame_from(Some("yes".into())));
    }

    #[test]
    fn keys_in_the_burst_after_a_paste_join_it_as_text() {
        let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let mut burst = vec![
            key(KeyCode::Char('q')),
            key(KeyCode::Enter),
            Event::Resize(80, 24),
            key(KeyCode::Esc),
            Event::Paste(" more".into()),
            Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            key(KeyCode::Char('u')),
        ]
        .into_iter();
        let (text, after) = gather_paste("hello ".into(), || burst.next());
        assert_eq!(text, "hello q\n moreu");
        assert_eq!(after, vec![Event::Resize(80, 24)]);
    }
}
