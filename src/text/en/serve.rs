//! English words of the live web page.

use super::English;
use crate::text::serve::{ServeLabel, ServeWords};

impl ServeWords for English {
    fn serve_label(&self, label: ServeLabel) -> &'static str {
        match label {
            ServeLabel::ReadOnly => "Follow the meeting: read only, updated as it is saved.",
            ServeLabel::Live => "live",
            ServeLabel::Reconnecting => "connection lost, reconnecting…",
            ServeLabel::WhereNow => "Now",
            ServeLabel::FloorHeading => "Who has the floor",
            ServeLabel::NobodyHasFloor => "Nobody has the floor.",
            ServeLabel::Timers => "Timers",
            ServeLabel::RoundSoFar => "The round so far",
            ServeLabel::NoRound => "No round is running.",
            ServeLabel::StillToSpeak => "still to speak",
            ServeLabel::Passed => "passed",
            ServeLabel::CurrentItem => "The item",
            ServeLabel::Changes => "Changes between versions",
            ServeLabel::Added => "added",
            ServeLabel::Removed => "removed",
            ServeLabel::Ended => "ended",
            ServeLabel::Produced => "What the meeting produced",
            ServeLabel::NoScript => "Without JavaScript this page does not update: reload it.",
            ServeLabel::ScanHint => "Scan the code with a phone to open the page.",
            ServeLabel::StopHint => "Ctrl-C stops serving; the meeting itself goes on.",
            ServeLabel::TokenWarning => {
                "Anyone with this address can read the meeting: share it only with the participants."
            }
        }
    }

    fn page_title(&self, title: &str) -> String {
        format!("Live: {title}")
    }

    fn item_heading(&self, n: usize, m: usize, label: &str) -> String {
        format!("Item {n} of {m}: {label}")
    }

    fn skipped_because(&self, reason: &str) -> String {
        format!("skipped: {reason}")
    }

    fn serving_at(&self, title: &str, url: &str) -> String {
        format!("Following “{title}” in a browser at:\n\n  {url}\n")
    }

    fn reachable_from_network(&self, addr: &str) -> String {
        format!(
            "Listening on {addr}: other machines on the network can reach the page (with the address above)."
        )
    }

    fn port_taken(&self, addr: &str) -> String {
        format!(
            "Cannot serve on {addr}: another program already uses that port. Choose another with --port (for example --port 8081), or --port 0 for any free port."
        )
    }

    fn cannot_bind(&self, addr: &str, why: &str) -> String {
        format!(
            "Cannot serve on {addr}: {why}. Check --bind (an address of this machine, such as 127.0.0.1 or 0.0.0.0) and --port (a port above 1023 needs no special rights)."
        )
    }

    fn bad_bind(&self, typed: &str) -> String {
        format!(
            "“{typed}” is not an IP address for --bind. Use 127.0.0.1 (this machine only, the default) or the address of a network card, such as 192.168.1.20 or 0.0.0.0 (every network)."
        )
    }

    fn nothing_to_serve(&self, dir: &str) -> String {
        format!(
            "There is no unfinished meeting in {dir} to serve. Start one with `spanning new` (in another terminal), or name a session: `spanning serve ID` (`spanning list` shows them)."
        )
    }

    fn serve_closed(&self) -> &'static str {
        "The meeting is closed; the page shows its summary. Ctrl-C stops serving."
    }
}
