//! What is fixed when a meeting opens: who, what kind of meeting, which rules.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::tactical::TacticalLists;

/// Stable handle for a participant; an index into the session's participant
/// list, so that renaming or late arrivals never change who said what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub u32);

/// A person taking part, with the roles they may speak from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// How the group calls this person; shown on the shared screen.
    pub name: String,
    /// Roles this person fills in the circle (tensions are sensed in roles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

impl Participant {
    /// A participant without roles: the common case when typing names quickly.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            roles: Vec::new(),
        }
    }

    /// Parses `"Ana (Release/Finance), Bram"` into names with roles. One
    /// parser for the command line, the setup screen and late arrivals, so
    /// the syntax a facilitator learns works everywhere.
    pub fn parse_list(text: &str) -> Vec<Participant> {
        text.split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(Participant::parse_one)
            .collect()
    }

    /// Parses one `"Ana (Release/Finance)"`; roles are optional.
    pub fn parse_one(text: &str) -> Participant {
        match text.split_once('(') {
            Some((name, rest)) => Participant {
                name: name.trim().to_owned(),
                roles: Self::parse_roles(rest.trim_end().trim_end_matches(')')),
            },
            None => Participant::named(text.trim()),
        }
    }

    /// Parses `"Release/Finance"` into roles, dropping empty ones.
    pub fn parse_roles(text: &str) -> Vec<String> {
        text.split('/')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The participant as `parse_one` reads it back: `"Ana (Release/Finance)"`.
    /// Lets a form be pre-filled with people and roles without losing either.
    pub fn list_entry(&self) -> String {
        if self.roles.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.roles.join("/"))
        }
    }

    /// People as `parse_list` reads them back, comma-separated.
    pub fn format_list(people: &[Participant]) -> String {
        people
            .iter()
            .map(Participant::list_entry)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Parses a meeting length into minutes: `90m`, `1h30m`, `1h 30m`, `2h`,
/// the Dutch `1u30` / `1u30m` / `2u` (`u` for uur; the minutes after it
/// need no unit, as Dutch writes times), or a plain number of minutes. Hand-written because only whole minutes
/// matter here and the accepted forms are part of the help text. Shared by
/// the command line, the setup screen and the in-meeting timebox change.
pub fn parse_minutes(text: &str) -> Option<u32> {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Ok(n) = t.parse::<u32>() {
        return (n > 0).then_some(n);
    }
    let mut total: u32 = 0;
    let mut number = String::new();
    let mut saw_unit = false;
    let mut last_was_uur = false;
    for c in t.chars() {
        match c {
            '0'..='9' => number.push(c),
            ' ' => {}
            'h' | 'u' | 'm' => {
                let n: u32 = number.parse().ok()?;
                number.clear();
                let hours = c != 'm';
                total = total.checked_add(if hours { n.checked_mul(60)? } else { n })?;
                saw_unit = true;
                last_was_uur = c == 'u';
            }
            _ => return None,
        }
    }
    if !number.is_empty() {
        // "1u30": a bare number after the Dutch hour is minutes.
        if !last_was_uur {
            return None;
        }
        let n: u32 = number.parse().ok()?;
        if n >= 60 {
            return None;
        }
        total = total.checked_add(n)?;
    }
    if !saw_unit || total == 0 {
        return None;
    }
    Some(total)
}

/// A calendar date as a person types it: `2027-01-15` (ISO) or the Dutch
/// day-first `15-01-2027` (also `15-1-2027`, or with `/` or `.`).
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    let t = text.trim();
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = if a.len() == 4 {
        (a, b, c)
    } else if c.len() == 4 {
        (c, b, a)
    } else {
        return None;
    };
    chrono::NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// Which kind of meeting this is. Recorded so that other formats (tactical)
/// can be added without reinterpreting old sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum MeetingFormat {
    /// Changes roles, accountabilities and policies (process.md, "Governance meeting").
    Governance,
    /// Triages operational tensions into next actions and projects
    /// (process.md, "Tactical meeting").
    Tactical,
}

/// Which decision rules the items are processed with. Recorded for the same
/// reason as the format: a consent rule set can be added later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::VariantArray)]
pub enum RuleSet {
    /// Integrative decision-making: objections tested against criteria a–d.
    Integrative,
    /// Consent decision-making, Sociocracy 3.0 style: items start from a
    /// driver, objections are resolved one by one, agreements get a review date.
    Consent,
}

/// Everything decided before the first round; the immutable head of a session.
/// Later changes (another facilitator, a late arrival) are events, not edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    /// What the meeting is called, e.g. "Weekly governance".
    pub title: String,
    /// The circle (team) meeting; sessions of one circle are compared in review.
    pub circle: String,
    /// Language the meeting is held in; review and export default to it.
    pub lang: Lang,
    /// Meeting format (governance).
    pub format: MeetingFormat,
    /// Decision rules (integrative).
    pub rules: RuleSet,
    /// When the meeting was opened, with the facilitator's UTC offset.
    pub opened_at: DateTime<FixedOffset>,
    /// The people present at the start, in seating order (rounds go around it).
    pub participants: Vec<Participant>,
    /// Who runs the process.
    pub facilitator: PersonId,
    /// Who records outputs and interprets the rules, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<PersonId>,
    /// Planned length of the whole meeting in minutes, if any; drives fair shares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timebox_minutes: Option<u32>,
    /// Checklist, metrics and projects remembered from the circle's previous
    /// tactical meeting: what this meeting offered the facilitator.
    #[serde(default, skip_serializing_if = "TacticalLists::is_empty")]
    pub tactical_lists: TacticalLists,
    /// When the meeting clock starts. Absent in files written before the
    /// ready-to-start screen, which started their clock at `opened_at`.
    #[serde(default, skip_serializing_if = "ClockStart::is_opening")]
    pub clock_starts: ClockStart,
    /// Items the circle's memory offered this meeting's agenda (carried
    /// over, reviews due, terms ending), as the folder had them at setup;
    /// left out when there are none, and only then written in an older
    /// file version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offered: Vec<super::offers::OfferedItem>,
}

/// When the meeting clock (elapsed time, the timebox, fair shares, the
/// time charts) starts. Recorded in the setup so that a session keeps the
/// meaning it was written with: older files started the check-in the
/// moment the session opened, and their clock runs from `opened_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStart {
    /// At `opened_at`: sessions whose check-in started as they opened
    /// (every file written before the ready-to-start screen existed).
    #[default]
    Opening,
    /// When the facilitator starts the check-in round: the session opens on
    /// a ready-to-start screen while the group gathers, and neither the
    /// setup form nor that wait counts as meeting time.
    CheckIn,
}

impl ClockStart {
    /// The old meaning, left out of the file so older spannings read it.
    pub fn is_opening(&self) -> bool {
        *self == ClockStart::Opening
    }
}

/// Minutes as `parse_minutes` reads them back: `45m`, `2h`, `1h30m`. Used to
/// pre-fill the timebox field, so editing starts from what is in force.
pub fn format_minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meeting_lengths() {
        assert_eq!(parse_minutes("90m"), Some(90));
        assert_eq!(parse_minutes("1h30m"), Some(90));
        assert_eq!(parse_minutes("1h 30m"), Some(90));
        assert_eq!(parse_minutes("2h"), Some(120));
        assert_eq!(parse_minutes("45"), Some(45));
        assert_eq!(parse_minutes(" 2H "), Some(120));
        assert_eq!(parse_minutes("1u30"), Some(90));
        assert_eq!(parse_minutes("1u"), Some(60));
        assert_eq!(parse_minutes("1u 30m"), Some(90));
        assert_eq!(parse_minutes("2U15"), Some(135));
        for bad in [
            "",
            "0",
            "0m",
            "abc",
            "90s",
            "1h30",
            "-5",
            "h",
            "99999999999h",
            "1u60",
            "30m15",
        ] {
            assert_eq!(parse_minutes(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_in_iso_or_dutch_order() {
        let jan15 = chrono::NaiveDate::from_ymd_opt(2027, 1, 15);
        assert_eq!(parse_date("2027-01-15"), jan15);
        assert_eq!(parse_date("15-01-2027"), jan15);
        assert_eq!(parse_date(" 15-1-2027 "), jan15);
        assert_eq!(parse_date("15/01/2027"), jan15);
        assert_eq!(parse_date("15.01.2027"), jan15);
        for bad in [
            "",
            "2027-13-01",
            "31-02-2027",
            "15-01-27",
            "morgen",
            "2027-01",
            "1-2-3",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn formatted_lengths_read_back() {
        for m in [1, 45, 60, 90, 120, 135] {
            assert_eq!(parse_minutes(&format_minutes(m)), Some(m));
        }
        assert_eq!(format_minutes(90), "1h30m");
    }

    #[test]
    fn participants_with_roles() {
        let p = Participant::parse_list("Ana (Release/Finance), Bram ,, Chen ()");
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].name, "Ana");
        assert_eq!(p[0].roles, vec!["Release", "Finance"]);
        assert_eq!(p[1].name, "Bram");
        assert!(p[2].roles.is_empty());
    }

    #[test]
    fn a_list_reads_back_as_itself() {
        let text = "Ana (Release/Finance), Bram, Chloë (Support)";
        let people = Participant::parse_list(text);
        assert_eq!(Participant::format_list(&people), text);
        assert_eq!(
            Participant::parse_list(&Participant::format_list(&people)),
            people
        );
    }
}
