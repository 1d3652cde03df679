//! Nederlandse woorden voor het werk tussen vergaderingen: de actielijst.

use crate::text::io::IoWords;
use chrono::{Datelike, NaiveDate};

use super::Dutch;
use crate::record::changes::ChangeProblem;
use crate::record::{Action, ActionSource, ActionStatus};
use crate::store::SpecialFile;
use crate::text::WorkWords;

/// Short Dutch month names, lower case as Dutch writes them.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

impl WorkWords for Dutch {
    fn day(&self, date: NaiveDate) -> String {
        format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize],
            date.year()
        )
    }

    fn action_list_heading(&self, open_only: bool) -> &'static str {
        if open_only {
            "Actielijst: wat nog loopt"
        } else {
            "Actielijst"
        }
    }

    fn action_status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Open => "loopt nog",
            ActionStatus::Done => "gedaan",
            ActionStatus::Dropped => "vervallen",
        }
    }

    fn accepted(&self) -> &'static str {
        "toegezegd"
    }

    fn action_origin(&self, circle: &str, action: &Action) -> String {
        let day = self.day(action.origin.opened_at.date_naive());
        let mut out = format!("{circle}, {day}, {}", action.origin.title);
        if let Some(item) = &action.origin.item_label {
            out.push_str(&format!(": {item}"));
        }
        if action.source == ActionSource::Accepted {
            out.push_str(&format!(" ({})", self.accepted()));
        }
        out
    }

    fn no_actions(&self, open_only: bool, owner: Option<&str>) -> String {
        let what = if open_only {
            "lopende acties"
        } else {
            "acties"
        };
        match owner {
            Some(name) => format!("Geen {what} voor {name}."),
            None => format!("Geen {what} in deze map."),
        }
    }

    fn unknown_circle(&self, given: &str, known: &str) -> String {
        if known.is_empty() {
            format!("geen cirkel met de naam '{given}': deze map heeft nog geen sessies")
        } else {
            format!("geen cirkel met de naam '{given}': kies uit {known}")
        }
    }

    fn carried_age(&self, times: usize, since: NaiveDate) -> String {
        let day = self.day(since);
        match times {
            0 | 1 => format!("doorgeschoven sinds {day}"),
            n => format!("{n} keer doorgeschoven sinds {day}"),
        }
    }

    fn change_problem(&self, problem: &ChangeProblem) -> String {
        match problem {
            ChangeProblem::Special(kind) => format!(
                "het is {}, geen bestand",
                match kind {
                    SpecialFile::Fifo => "een named pipe (FIFO)",
                    SpecialFile::Device => "een apparaat (zoals een terminal)",
                    SpecialFile::Socket => "een socket",
                    SpecialFile::Directory => "een map",
                    SpecialFile::Other => "iets anders dan een bestand",
                }
            ),
            ChangeProblem::Unreadable(kind) => format!("het is niet te lezen: {kind}"),
            ChangeProblem::TooLarge { limit } => format!("groter dan {limit} bytes"),
            ChangeProblem::Invalid { line, column } => {
                format!("ongeldig op regel {line}, kolom {column}")
            }
            ChangeProblem::NotAChange => "geen bestand met een statuswijziging".to_owned(),
            ChangeProblem::Newer { version } => {
                format!("geschreven door een nieuwere spanning (versie {version})")
            }
        }
    }

    fn bad_change(&self, path: &str, detail: &str) -> String {
        let detail = self.os_detail(detail);
        format!(
            "{path}: geen leesbare statuswijziging ({detail}); haal het uit de map of herstel het"
        )
    }

    fn change_written(&self, text: &str, status: ActionStatus, path: &str) -> String {
        format!(
            "\"{text}\": {}. Vastgelegd in {path}",
            self.action_status(status)
        )
    }

    fn unknown_action(&self, given: &str, matches: usize) -> String {
        match matches {
            0 => format!(
                "geen actie '{given}': de sleutel staat achteraan elke regel van `spanning actions`, bijvoorbeeld 1234#a1"
            ),
            n => format!("'{given}' past bij {n} acties: geef meer van de sleutel"),
        }
    }

    fn previous_value(&self, value: &str, day: NaiveDate) -> String {
        format!("(vorige keer: {value}, {})", self.day(day))
    }

    fn last_update(&self, text: &str, day: NaiveDate) -> String {
        format!("(laatste stand: {text}, {})", self.day(day))
    }

    fn projects_closed_heading(&self) -> &'static str {
        "Van de projectenlijst gehaald (afgerond of vervallen)"
    }

    fn project_closed(&self, text: &str, last: Option<&str>) -> String {
        match last {
            Some(last) => format!("{text} — laatste stand: {last}"),
            None => format!("{text} — geen stand vastgelegd"),
        }
    }

    fn folder_unlisted(&self, path: &str, detail: &str) -> String {
        let detail = self.os_detail(detail);
        format!("kan de map {path} niet lezen: {detail}")
    }
}
