//! Words for following a meeting from another terminal (`spanning follow`)
//! and for the facilitator's count of followers.

/// How a language speaks about following a meeting.
pub trait FollowWords {
    /// The follow status line while the follower sees what the facilitator
    /// sees: "following the facilitator: Objection round".
    fn following(&self, step: &str) -> String;
    /// The follow status line while the follower looks around on their own.
    fn browsing(&self) -> &'static str;
    /// Beside the status line: nothing a follower types changes the meeting.
    fn read_only(&self) -> &'static str;
    /// Said when a follower presses a key that only the facilitator has.
    fn only_the_facilitator(&self) -> &'static str;
    /// The writer crashed or was killed: "the facilitator's spanning
    /// stopped at 10:42"; what is shown is everything it saved.
    fn writer_stopped(&self, at: &str) -> String;
    /// The facilitator left the meeting without closing it, at `at`.
    fn writer_left(&self, at: &str) -> String;
    /// The meeting was closed: its summary is shown.
    fn meeting_closed(&self) -> &'static str;
    /// The meeting could not be read (`problem` already worded); the last
    /// state read stays on screen.
    fn cannot_read(&self, problem: &str) -> String;
    /// Key hints of the follow screen, as (key, meaning) pairs.
    fn follow_keys(&self) -> Vec<(&'static str, &'static str)>;
    /// Heading of the proposal-versions panel, for an item's label.
    fn versions_panel(&self, item: &str) -> String;
    /// The versions panel when no item has a proposal yet.
    fn no_versions(&self) -> &'static str;
    /// One version's heading: "Version 2 (for objection 1)".
    fn version_heading(&self, number: u32, for_objection: Option<u32>) -> String;
    /// `spanning follow` without an ID, and no meeting is open in `dir`.
    fn nothing_to_follow(&self, dir: &str) -> String;
    /// On the facilitator's screen: "👁 3 following".
    fn followers(&self, count: usize) -> String;
}
