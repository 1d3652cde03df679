//! English words for following a meeting.

use super::English;
use crate::text::FollowWords;

impl FollowWords for English {
    fn following(&self, step: &str) -> String {
        format!("following the facilitator: {step}")
    }

    fn browsing(&self) -> &'static str {
        "browsing — press F to rejoin"
    }

    fn read_only(&self) -> &'static str {
        "read-only"
    }

    fn only_the_facilitator(&self) -> &'static str {
        "Read-only: only the facilitator's spanning changes the meeting."
    }

    fn writer_stopped(&self, at: &str) -> String {
        format!("the facilitator's spanning stopped at {at}; showing what it saved")
    }

    fn writer_left(&self, at: &str) -> String {
        format!("the facilitator left the meeting at {at} without closing it")
    }

    fn meeting_closed(&self) -> &'static str {
        "the meeting is closed"
    }

    fn cannot_read(&self, problem: &str) -> String {
        format!("cannot read the meeting (showing what was read last): {problem}")
    }

    fn follow_keys(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("F", "rejoin"),
            ("A", "agenda"),
            ("V", "versions"),
            ("G", "governance"),
            ("↑↓", "select"),
            ("PgUp/PgDn", "scroll"),
            ("Tab", "panel"),
            ("Q", "quit"),
        ]
    }

    fn versions_panel(&self, item: &str) -> String {
        format!("Proposal versions — {item}")
    }

    fn no_versions(&self) -> &'static str {
        "No proposal has been stated yet."
    }

    fn version_heading(&self, number: u32, for_objection: Option<u32>) -> String {
        match for_objection {
            Some(objection) => format!("Version {number} (for objection {objection})"),
            None => format!("Version {number}"),
        }
    }

    fn nothing_to_follow(&self, dir: &str) -> String {
        format!(
            "No meeting is open in {dir} to follow. Start one with `spanning new`, name one with `spanning follow ID`, or point to the facilitator's folder with --sessions-dir."
        )
    }

    fn followers(&self, count: usize) -> String {
        format!("👁 {count} following")
    }
}
