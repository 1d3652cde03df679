//! Small building blocks shared by the screens: the phase bar, the meeting
//! clock, the round list and the wrapping text panel.

pub mod clock;
pub mod phase_bar;
pub mod round_list;
pub mod text_panel;

/// Seconds as a clock reading: "4:05", or "1:04:05" past the hour.
pub fn duration(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65), "1:05");
        assert_eq!(duration(3725), "1:02:05");
    }
}
