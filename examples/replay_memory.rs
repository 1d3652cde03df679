//! Peak memory of replaying a session, for scripts/bench.sh (issue: peak
//! RSS under 50 MB while replaying a 10,000-event session). Loads the file
//! given as the argument the way `spanning replay` does, draws the replay
//! screen at 160x48 at positions all through the session, forwards and
//! then in far jumps both ways, and prints the process's peak resident
//! size (VmHWM) as Linux reports it.
//!
//!     cargo run --release --example replay_memory -- SESSION.json

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spanning::review::Speed;
use spanning::store;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;

fn main() -> anyhow::Result<()> {
    let path = PathBuf::from(std::env::args().nth(1).unwrap_or_default());
    let loaded = store::load(&path)?;
    let n = loaded.session.log().len();
    let mut app = ReviewApp::replay(
        loaded.session,
        None,
        Speed::X1,
        false,
        Lang::En,
        ThemeChoice::Default,
    );
    let mut terminal = Terminal::new(TestBackend::new(160, 48))?;
    let forwards = (0..=n).step_by(7);
    let jumps = (0..200).map(|i| (i * 7_919) % (n + 1));
    let mut frames = 0;
    for position in forwards.chain(jumps) {
        if let Some(replay) = app.replay_view() {
            replay.seek(position);
        }
        terminal.draw(|f| app.draw(f))?;
        frames += 1;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .unwrap_or("VmHWM: unknown (not Linux)");
    println!(
        "{n} events, {frames} frames drawn; peak {}",
        peak.trim_start_matches("VmHWM:").trim()
    );
    Ok(())
}
