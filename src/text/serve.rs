//! Words of `spanning serve`: the live read-only web page and what the
//! terminal says around it. Words the meeting screens already have (phase,
//! step, "speaking", "waiting", clock labels) come from the other traits,
//! so the page and the shared screen say the same thing.

/// A fixed text of the web page or of `spanning serve` in the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum ServeLabel {
    /// Under the title: what this page is.
    ReadOnly,
    /// Connection state while updates arrive.
    Live,
    /// Connection state after the connection dropped, until it is back.
    Reconnecting,
    /// Heading: where the meeting is.
    WhereNow,
    /// Heading: who has the floor.
    FloorHeading,
    /// Nobody has the floor now.
    NobodyHasFloor,
    /// Heading of the timers.
    Timers,
    /// Heading: the round so far.
    RoundSoFar,
    /// No round runs now.
    NoRound,
    /// Still to speak in the round.
    StillToSpeak,
    /// Turn passed.
    Passed,
    /// Heading: the item under way.
    CurrentItem,
    /// Heading: how the proposal changed between versions.
    Changes,
    /// Accessible name of added words.
    Added,
    /// Accessible name of removed words.
    Removed,
    /// An agenda item that ended, and how.
    Ended,
    /// Heading: what the meeting produced.
    Produced,
    /// Without script the page does not update: reload it.
    NoScript,
    /// Terminal: scan the code with a phone.
    ScanHint,
    /// Terminal: how to stop serving.
    StopHint,
    /// Terminal: anyone who has the address can read the meeting.
    TokenWarning,
}

/// Everything `spanning serve` says; one implementation per language.
pub trait ServeWords {
    /// A fixed text.
    fn serve_label(&self, label: ServeLabel) -> &'static str;
    /// The page's title: "Live: Weekly governance".
    fn page_title(&self, title: &str) -> String;
    /// "Item 2 of 3: Website owner".
    fn item_heading(&self, n: usize, m: usize, label: &str) -> String;
    /// "Skipped: not here yet".
    fn skipped_because(&self, reason: &str) -> String;
    /// Terminal: the page is served at this address.
    fn serving_at(&self, title: &str, url: &str) -> String;
    /// Terminal: the address is not on this machine only.
    fn reachable_from_network(&self, addr: &str) -> String;
    /// The port is taken by another program.
    fn port_taken(&self, addr: &str) -> String;
    /// The address cannot be bound for another reason.
    fn cannot_bind(&self, addr: &str, why: &str) -> String;
    /// `--bind` is not an IP address.
    fn bad_bind(&self, typed: &str) -> String;
    /// No unfinished meeting in the sessions folder to serve.
    fn nothing_to_serve(&self, dir: &str) -> String;
    /// Terminal: the meeting closed; the page shows the summary.
    fn serve_closed(&self) -> &'static str;
}
