//! Words of the review screens: the session browser, the session view
//! with its charts, the carried-over list and the replay screen. Kept in
//! their own trait so a language can be added (or a screen reworded)
//! without touching the live meeting's words.

use crate::text::keys::ReviewAction;

/// Fixed labels of the review screens, one variant per place on screen,
/// so adding a label is one variant plus one line per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum ReviewLabel {
    /// Title of the browser.
    BrowserTitle,
    /// Before the search text.
    Search,
    /// Shown in an empty search field while searching.
    SearchHint,
    /// Circle filter name.
    Circle,
    /// Participant filter name.
    Participant,
    /// A filter that lets everything through.
    Any,
    /// Column: date.
    ColDate,
    /// Column: title.
    ColTitle,
    /// Column: circle.
    ColCircle,
    /// Column: format.
    ColFormat,
    /// Column: participants.
    ColPeople,
    /// Column: items.
    ColItems,
    /// Column: adopted.
    ColAdopted,
    /// Column: open or closed.
    ColStatus,
    /// A file that could not be read.
    Unreadable,
    /// The folder has no sessions.
    NoSessions,
    /// Title of the carried-over view.
    CarriedTitle,
    /// No carried-over items in this circle.
    NoCarried,
    /// Title of the metric history view.
    MetricsTitle,
    /// No metric was ever reported in this circle.
    NoMetrics,
    /// Title of the charts part.
    Charts,
    /// Chart: speaking time.
    SpeakingTime,
    /// Chart: time per phase.
    TimePerPhase,
    /// Chart: time per item against the fair share.
    TimePerItem,
    /// Legend of the fair-share mark.
    FairShareMark,
    /// Legend of time over the fair share.
    OverMark,
    /// An item that was never started.
    NotStarted,
    /// Heading of the version diffs of one item.
    Changes,
    /// Title of the export dialog.
    ExportTitle,
    /// Explains the export dialog.
    ExportHint,
    /// Title of the replay screen.
    ReplayTitle,
    /// Replay is running.
    Playing,
    /// Replay is paused.
    Paused,
    /// Replay cannot change the session.
    ReadOnly,
    /// The meeting as opened, before any event.
    AtOpening,
    /// The end of the record.
    AtEnd,
    /// Title of the help overlay.
    HelpTitle,
    /// How to close the help overlay.
    HelpClose,
    /// Title of a filter picker.
    PickCircle,
    /// Title of a filter picker.
    PickParticipant,
    /// How to use a filter picker.
    PickHint,
    /// The event was later undone.
    LaterUndone,
    /// Legend of the phase marks on the timeline.
    PhaseMark,
    /// Legend of the item marks on the timeline.
    ItemMark,
    /// Still being read: search results may grow.
    Partial,
    /// Title of the agreements-due-for-review view.
    DueTitle,
    /// No agreement is past its review date.
    NoDue,
    /// Before an agreement's evaluation criteria.
    Criteria,
}

/// How a language words the review screens.
pub trait ReviewScreenWords {
    /// A fixed label.
    fn review_label(&self, label: ReviewLabel) -> &'static str;
    /// What a key does, for the help overlay and key hints.
    fn review_action(&self, action: ReviewAction) -> &'static str;
    /// "12 of 40 sessions" under a search.
    fn shown_of(&self, shown: usize, total: usize) -> String;
    /// A position in the replay: "event 12 of 140".
    fn event_of(&self, position: usize, total: usize) -> String;
    /// The heading of one version diff: "v1 → v2", noting the objection it
    /// was amended for.
    fn version_change(&self, from: u32, to: u32, for_objection: Option<u32>) -> String;
    /// "8 min used of 18 min" for the item chart.
    fn used_of_share(&self, used: &str, share: Option<&str>) -> String;
    /// "3 min over" / "2 min under" next to an item bar.
    fn over_by(&self, over_secs: i64) -> String;
    /// The section indicator: "section 2 of 9".
    fn section_of(&self, n: usize, total: usize) -> String;
    /// Why a session could not be opened.
    fn cannot_open(&self, error: &str) -> String;
    /// A thread's first appearance and count: "in 3 meetings".
    fn appearances(&self, count: usize) -> String;
    /// `--speed` got a value replay does not offer.
    fn bad_speed(&self, speed: u32) -> String;
    /// "review 2027-02-22, 30 days overdue" for an agreement due for review.
    fn review_overdue(&self, date: &str, days: i64) -> String;
    /// One reported value beside a metric's chart: "22 Nov: 42".
    fn metric_point(&self, date: chrono::NaiveDate, value: &str) -> String;
    /// Under a metric: over how many tactical meetings, and since when.
    fn metric_span(&self, values: usize, since: chrono::NaiveDate) -> String;
}
