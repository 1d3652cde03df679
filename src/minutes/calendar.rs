//! Review dates and role terms as an iCalendar file (RFC 5545), so they
//! land in the team's calendar: one all-day event on each consent
//! agreement's review date, and one on the day each elected role's term
//! ends. Each event's UID is derived from the session and the item, never
//! from the time of export, so importing the file again (after an undo
//! moved a date, say) updates the event instead of adding a second one.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use crate::meeting::{Ending, Session};
use crate::sanitize::{for_terminal, for_terminal_line};
use crate::text::Words;

/// A calendar file and how many events it holds.
pub struct Calendar {
    /// The whole file: CRLF line ends, long lines folded.
    pub text: String,
    /// Events in it: zero when the session set no review date and elected
    /// nobody (the file is still a valid, empty calendar).
    pub events: usize,
}

/// The session's review dates and role terms, in `words`' language.
pub fn ics(session: &Session, words: &dyn Words) -> Calendar {
    let setup = session.setup();
    let state = session.state();
    let circle = for_terminal_line(&setup.circle).into_owned();
    let decided = words.date(setup.opened_at.date_naive());
    // When this information was last changed: the session's last entry,
    // so the same session always gives the same file.
    let stamp = utc(state.closed_at.unwrap_or(state.last_at));
    let key = session_key(setup.opened_at, &setup.circle, &setup.title);
    let mut out = Writer::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!(
        "PRODID:-//spanning//spanning {}//{}",
        env!("CARGO_PKG_VERSION"),
        setup.lang.code().to_uppercase()
    ));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.property("X-WR-CALNAME", &words.calendar_name(&circle));
    let mut events = 0;
    for item in &state.agenda {
        let adopted = item.end.as_ref().filter(|e| e.ending == Ending::Adopted);
        let Some(end) = adopted else {
            continue;
        };
        if let Some(review) = item.review() {
            let agreement = end
                .adopted_version
                .and_then(|n| item.versions().iter().find(|v| v.number == n))
                .map_or_else(String::new, |v| for_terminal(&v.text).trim().to_owned());
            let label = for_terminal_line(&item.label).into_owned();
            out.event(&Event {
                uid: format!("{key}-item{}-review@spanning", item.id.0),
                stamp: &stamp,
                day: review.date,
                summary: words.review_summary(&label),
                description: words.review_description(
                    &agreement,
                    for_terminal(&review.criteria).trim(),
                    &circle,
                    &decided,
                ),
            });
            events += 1;
        }
        if let Some(elected) = item.elected()
            && let Some(day) = elected.term.ends(setup.opened_at)
        {
            let person = for_terminal_line(state.name(elected.person)).into_owned();
            let role = for_terminal_line(&elected.role).into_owned();
            let term = for_terminal_line(&words.term(&elected.term, setup.opened_at)).into_owned();
            out.event(&Event {
                uid: format!("{key}-item{}-term@spanning", item.id.0),
                stamp: &stamp,
                day,
                summary: words.term_summary(&person, &role),
                description: words.term_description(&person, &role, &term, &circle, &decided),
            });
            events += 1;
        }
    }
    out.line("END:VCALENDAR");
    Calendar {
        text: out.text,
        events,
    }
}

/// One all-day event.
struct Event<'a> {
    uid: String,
    stamp: &'a str,
    day: NaiveDate,
    summary: String,
    description: String,
}

/// Writes content lines: CRLF after each, folded at 75 octets.
#[derive(Default)]
struct Writer {
    text: String,
}

impl Writer {
    /// One content line, folded (RFC 5545 3.1): no line longer than 75
    /// octets, continued on the next line after a space; never inside a
    /// character.
    fn line(&mut self, line: &str) {
        let mut room = 75;
        let mut used = 0;
        for c in line.chars() {
            let size = c.len_utf8();
            if used + size > room {
                self.text.push_str("\r\n ");
                // The leading space counts towards the next line's 75.
                room = 74;
                used = 0;
            }
            self.text.push(c);
            used += size;
        }
        self.text.push_str("\r\n");
    }

    /// A property with a TEXT value, escaped.
    fn property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape(value)));
    }

    fn event(&mut self, event: &Event) {
        let day = event.day;
        let next = day.succ_opt().unwrap_or(day);
        self.line("BEGIN:VEVENT");
        self.line(&format!("UID:{}", event.uid));
        self.line(&format!("DTSTAMP:{}", event.stamp));
        self.line(&format!("LAST-MODIFIED:{}", event.stamp));
        self.line(&format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
        self.line(&format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        self.property("SUMMARY", &event.summary);
        self.property("DESCRIPTION", &event.description);
        // A reminder of a day, not a busy day.
        self.line("TRANSP:TRANSPARENT");
        self.line("END:VEVENT");
    }
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon and comma
/// with a backslash, line breaks as `\n`; other control characters are
/// gone already (the texts are sanitized) and carriage returns dropped.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A time as a UTC DATE-TIME (`20261122T093000Z`), as DTSTAMP requires.
fn utc(at: DateTime<FixedOffset>) -> String {
    at.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string()
}

/// A stable name for the session: FNV-1a over its opening time, circle and
/// title, which never change once it is opened. The file name could (a
/// renamed or copied file), and must not make a second event.
fn session_key(opened_at: DateTime<FixedOffset>, circle: &str, title: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let text = format!("{}\n{circle}\n{title}", opened_at.to_rfc3339());
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_never_inside_a_character() {
        let mut w = Writer::default();
        let value = "é".repeat(100);
        w.line(&format!("SUMMARY:{value}"));
        for line in w.text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let unfolded = w.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{value}\r\n"));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
