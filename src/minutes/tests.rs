//! Unit tests of the minutes' small helpers.

use super::*;

#[test]
fn clock_is_mm_ss() {
    assert_eq!(clock(0), "00:00");
    assert_eq!(clock(75), "01:15");
    assert_eq!(clock(3725), "1:02:05");
    assert_eq!(clock(-3), "00:00");
}

#[test]
fn capitalize_handles_non_ascii() {
    assert_eq!(capitalize("check-in round"), "Check-in round");
    assert_eq!(capitalize("één"), "Één");
    assert_eq!(capitalize(""), "");
}
