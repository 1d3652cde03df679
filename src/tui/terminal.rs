//! Terminal setup and restore. The restore runs from a drop guard and from a
//! panic hook, so a crash never leaves the facilitator's terminal in raw
//! mode on the projector.

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::Arc;
use std::sync::Once;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// Owns the terminal while the app runs; dropping it restores the terminal.
pub struct TerminalGuard {
    /// Always `Some` until the guard drops (see its `Drop`).
    terminal: Option<Terminal<CrosstermBackend<Stdout>>>,
    ends: TerminalEnds,
}

/// Which standard streams were the terminal when the screen was taken
/// over, so a terminal that goes away later (window closed, SSH dropped,
/// tmux session killed) can be noticed.
#[derive(Debug, Clone, Copy)]
struct TerminalEnds {
    stdin: bool,
    stdout: bool,
}

impl TerminalEnds {
    fn now() -> Self {
        Self {
            stdin: io::stdin().is_terminal(),
            stdout: io::stdout().is_terminal(),
        }
    }

    /// Whether the terminal is gone. A hung-up terminal answers no
    /// terminal request any more, so `isatty` turns false on it; keys come
    /// from `/dev/tty` when stdin is not the terminal, and that can no
    /// longer be opened once the controlling terminal is gone.
    fn gone(self) -> bool {
        (self.stdin && !io::stdin().is_terminal())
            || (self.stdout && !io::stdout().is_terminal())
            || (!self.stdin
                && std::fs::OpenOptions::new()
                    .read(true)
                    .open("/dev/tty")
                    .is_err())
    }
}

static HOOK: Once = Once::new();

/// Set when the process is asked to stop (SIGTERM, SIGHUP when the
/// terminal window is closed, SIGINT from outside). The event loops poll
/// it, so the terminal is restored and the lock released through the
/// normal exit path instead of the process dying mid-screen.
static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();

/// Installs the stop-signal handlers once. Registering replaces the
/// default "terminate at once" action with setting the flag; every entry
/// is already saved, so the only work left on a signal is restoring.
fn watch_stop_signals() -> Arc<AtomicBool> {
    STOP.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        for signal in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
            // Their default actions also end the process (SIGQUIT with a
            // core dump), which left the terminal in the alternate screen.
            signal_hook::consts::SIGQUIT,
            signal_hook::consts::SIGUSR1,
            signal_hook::consts::SIGUSR2,
        ] {
            // If a handler cannot be installed the default action remains:
            // the saved session is still intact, only the restore is lost.
            let _ = signal_hook::flag::register(signal, Arc::clone(&flag));
        }
        flag
    })
    .clone()
}

/// Set once the terminal was found gone: nobody is there to read what
/// the shell would print on the way out.
static HUNG_UP: AtomicBool = AtomicBool::new(false);

/// Whether a stop signal arrived or the terminal went away; the event
/// loops end when it did, and no later screen starts.
pub fn stop_requested() -> bool {
    HUNG_UP.load(Ordering::Relaxed) || STOP.get().is_some_and(|f| f.load(Ordering::Relaxed))
}

/// Whether the terminal went away while a screen was up (closed window,
/// dropped connection). Closing words are pointless then, and writing them
/// to a hung-up terminal fails.
pub fn hung_up() -> bool {
    HUNG_UP.load(Ordering::Relaxed)
}

/// Writes the sequences that give the screen back: no paste brackets, the
/// main screen, a visible cursor. Separate from `restore` so the exact
/// bytes can be checked without a real terminal.
pub fn write_restore(out: &mut impl Write) -> io::Result<()> {
    execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    )
}

/// Writes the sequences that take the screen: the alternate screen,
/// cleared, with paste brackets on and no mouse capture. The clear
/// matters: drawing only writes the cells that differ from a blank
/// screen, and a terminal does not always give a blank alternate screen
/// (tmux keeps what a killed spanning left there, and a message printed
/// just before): what was not overwritten stayed, mixed into the meeting.
/// Separate from `enter` so the exact bytes can be checked.
pub fn write_enter(out: &mut impl Write) -> io::Result<()> {
    execute!(
        out,
        EnterAlternateScreen,
        Clear(ClearType::All),
        MoveTo(0, 0),
        EnableBracketedPaste,
        DisableMouseCapture
    )
}

/// Puts the terminal back: cooked mode, main screen, no paste brackets,
/// visible cursor. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = write_restore(&mut io::stdout());
}

/// Chains `restore` in front of the current panic hook, so the panic
/// message lands on the main screen in cooked mode, readable. The restore
/// is a parameter so tests can check the hook calls it without a terminal.
pub fn restore_on_panic(restore: fn()) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

impl TerminalGuard {
    /// Raw mode, alternate screen, bracketed paste on, mouse capture off,
    /// and a panic hook that restores the terminal before the panic message.
    pub fn enter() -> io::Result<TerminalGuard> {
        HOOK.call_once(|| restore_on_panic(restore));
        watch_stop_signals();
        enable_raw_mode()?;
        if let Err(e) = write_enter(&mut io::stdout()) {
            restore();
            return Err(e);
        }
        let ends = TerminalEnds::now();
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard {
                terminal: Some(terminal),
                ends,
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// The terminal to draw on.
    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        self.terminal
            .as_mut()
            .expect("the terminal is held until the guard drops")
    }

    /// Clears the whole terminal and forgets what it was thought to show,
    /// so the next frame writes every cell anew (Ctrl-L, after another
    /// program wrote over the screen). `Terminal::clear` does the same but
    /// first asks the terminal where its cursor is, a question not every
    /// terminal answers (the redraw then failed after a wait); the next
    /// frame puts the cursor where it belongs anyway.
    pub fn redraw_all(&mut self) -> io::Result<()> {
        use ratatui::backend::{Backend, ClearType as Region};
        let terminal = self.terminal();
        terminal.backend_mut().clear_region(Region::All)?;
        Backend::flush(terminal.backend_mut())?;
        // Drawing compares a frame with the one before and writes only
        // what differs: with both buffers blank, everything differs.
        terminal.swap_buffers();
        Ok(())
    }

    /// Whether the terminal went away (see [`hung_up`]); once it did, this
    /// stays true and every loop stops.
    pub fn gone(&self) -> bool {
        if !HUNG_UP.load(Ordering::Relaxed) && self.ends.gone() {
            HUNG_UP.store(true, Ordering::Relaxed);
        }
        HUNG_UP.load(Ordering::Relaxed)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        // ratatui's own drop shows a hidden cursor and, if that fails
        // because the terminal is gone (window closed), prints the error to
        // stderr, the same closed terminal: that print panics, and the
        // panic skipped keeping the open dialog's draft and the last save.
        // `restore` shows the cursor itself, so a terminal that cannot is
        // let go without its drop.
        if let Some(mut terminal) = self.terminal.take()
            && terminal.show_cursor().is_err()
        {
            std::mem::forget(terminal);
        }
        restore();
    }
}

#[cfg(test)]
mod tests {
    use super::write_restore;

    #[test]
    fn taking_the_screen_clears_it_after_entering_the_alternate_screen() {
        let mut out = Vec::new();
        super::write_enter(&mut out).expect("writing to memory");
        let text = String::from_utf8(out).expect("ANSI is ASCII");
        let alternate = text
            .find("\x1b[?1049h")
            .expect("enters the alternate screen");
        let clear = text.find("\x1b[2J").expect("clears the screen");
        assert!(alternate < clear, "{text:?}");
        assert!(text.contains("\x1b[?2004h"), "bracketed paste on: {text:?}");
    }

    #[test]
    fn the_restore_sequence_leaves_the_alternate_screen_and_shows_the_cursor() {
        let mut out = Vec::new();
        write_restore(&mut out).expect("writing to memory");
        let text = String::from_utf8(out).expect("ANSI is ASCII");
        let paste_off = text.find("\x1b[?2004l").expect("disables bracketed paste");
        let main_screen = text
            .find("\x1b[?1049l")
            .expect("leaves the alternate screen");
        let cursor = text.find("\x1b[?25h").expect("shows the cursor");
        // The cursor is shown on the main screen, where the shell continues.
        assert!(paste_off < main_screen && main_screen < cursor, "{text:?}");
    }
}
