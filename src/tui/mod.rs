//! The terminal UI: a facilitator drives the meeting from the keyboard while
//! the group reads the shared screen. The app is a thin shell over the
//! engine: each entry is one `Command`, each screen is derived from the
//! session's phase, and every accepted entry is handed to `Persist`.

pub mod app;
pub mod keys;
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
pub use screens::home::{HomeChoice, HomeData, HomeEntry, HomeScreen};
pub use screens::setup::{SetupDefaults, SetupScreen};
pub use theme::ThemeChoice;

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
    /// Start in the group view (facilitator prompts and keys hidden).
    pub presentation: bool,
    /// The session file's path, for the summary screen.
    pub saved_to: Option<String>,
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

/// Runs the meeting screen until the facilitator leaves. Sets up the
/// terminal (raw mode, alternate screen, bracketed paste, no mouse) and
/// restores it on every exit path, panics included. Every accepted entry
/// has already gone to `persist` when this returns.
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
    let mut guard = terminal::TerminalGuard::enter().context(words.label(Label::ErrTerminal))?;
    let mut app = App::new(session, persist, &options, now());
    let one_frame = exit_after_first_frame();
    while !app.should_quit() && !terminal::stop_requested() {
        guard
            .terminal()
            .draw(|frame| {
                app.draw(frame);
                scrub(frame.buffer_mut());
            })
            .context(words.label(Label::ErrDraw))?;
        if one_frame {
            break;
        }
        if event::poll(Duration::from_millis(250)).context(words.label(Label::ErrRead))? {
            let ev = event::read().context(words.label(Label::ErrRead))?;
            app.handle_event(ev, now());
        } else {
            app.tick(now());
        }
    }
    // Leaving (or asked to stop: terminal closed, SIGTERM) with entries
    // only in memory: one more try where the session lives, then the
    // temporary folder, so what the group said outlives the process.
    app.retry_save();
    if app.unsaved() {
        app.save_to(&std::env::temp_dir());
    }
    drop(guard);
    Ok(RunEnd {
        saved_to: app.saved_to.clone(),
        unsaved: app.unsaved(),
    })
}

/// Asks for the meeting's setup on screen, starting from `defaults`.
/// Returns `None` if the facilitator cancels (Esc or Ctrl-C). The setup is
/// already checked by the engine, so `Session::open` will accept it.
pub fn run_setup(defaults: SetupDefaults) -> anyhow::Result<Option<Setup>> {
    let words = defaults.lang.words();
    let defaults = SetupDefaults {
        theme: ThemeChoice::from_env(defaults.theme),
        ..defaults
    };
    let mut guard = terminal::TerminalGuard::enter().context(words.label(Label::ErrTerminal))?;
    let mut screen = SetupScreen::new(defaults);
    let one_frame = exit_after_first_frame();
    loop {
        guard
            .terminal()
            .draw(|frame| {
                screen.draw(frame);
                scrub(frame.buffer_mut());
            })
            .context(words.label(Label::ErrDraw))?;
        if let Some(outcome) = screen.outcome() {
            return Ok(outcome);
        }
        if one_frame || terminal::stop_requested() {
            return Ok(None);
        }
        if event::poll(Duration::from_millis(250)).context(words.label(Label::ErrRead))? {
            screen.handle_event(event::read().context(words.label(Label::ErrRead))?);
        }
    }
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
    let mut guard = terminal::TerminalGuard::enter().context(words.label(Label::ErrTerminal))?;
    let mut screen = match pending {
        Some(_) => HomeScreen::loading(data),
        None => HomeScreen::new(data),
    };
    let one_frame = exit_after_first_frame();
    loop {
        if screen.is_loading()
            && let Some(rx) = &pending
            && let Ok(data) = rx.try_recv()
        {
            screen.loaded(data);
        }
        guard
            .terminal()
            .draw(|frame| {
                screen.draw(frame);
                scrub(frame.buffer_mut());
            })
            .context(words.label(Label::ErrDraw))?;
        if let Some(choice) = screen.choice() {
            return Ok(choice.clone());
        }
        if one_frame || terminal::stop_requested() {
            return Ok(HomeChoice::Quit);
        }
        // Look for the folder's contents often while they are on the way.
        let wait = if screen.is_loading() { 20 } else { 250 };
        if event::poll(Duration::from_millis(wait)).context(words.label(Label::ErrRead))? {
            screen.handle_event(event::read().context(words.label(Label::ErrRead))?);
        }
    }
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
    use super::exit_after_first_frame_from;

    #[test]
    fn only_a_non_empty_value_other_than_zero_asks_for_one_frame() {
        assert!(!exit_after_first_frame_from(None));
        assert!(!exit_after_first_frame_from(Some("".into())));
        assert!(!exit_after_first_frame_from(Some("0".into())));
        assert!(exit_after_first_frame_from(Some("1".into())));
        assert!(exit_after_first_frame_from(Some("yes".into())));
    }
}
