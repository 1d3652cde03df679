//! English words for the circle's memory in a meeting.

use chrono::NaiveDate;

use super::English;
use crate::meeting::absent::AbsentProblem;
use crate::meeting::actions::ActionStatus;
use crate::meeting::offers::{OfferAnswer, OfferKind};
use crate::record::ProjectStatus;
use crate::text::memory::BackKind;
use crate::text::{MemoryWords, WorkWords};

impl MemoryWords for English {
    fn coming_back_title(&self) -> &'static str {
        "Coming back from earlier meetings"
    }

    fn coming_back(&self, kind: BackKind, count: usize) -> String {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        match kind {
            BackKind::Actions { accepted: 0 } => format!("Action list: {count} open"),
            BackKind::Actions { accepted } => format!(
                "Action list: {count} open ({accepted} accepted request{})",
                s(accepted)
            ),
            BackKind::Projects => format!("Projects: {count}"),
            BackKind::Carried => format!("Carried over: {count}"),
            BackKind::ReviewsDue => format!("Agreements due for review: {count}"),
            BackKind::TermsEnding => format!("Terms ending: {count}"),
            BackKind::Lists { metrics } => {
                format!("Checklist: {count} item{} · metrics: {metrics}", s(count))
            }
        }
    }

    fn more_items(&self, count: usize) -> String {
        format!("… {count} more")
    }

    fn action_list_title(&self) -> &'static str {
        "Action list"
    }

    fn action_answer(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Open => "still open",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    fn action_since(&self, day: NaiveDate) -> String {
        format!("since {}", self.day(day))
    }

    fn action_no_owner(&self) -> &'static str {
        "no owner"
    }

    fn action_review_heading(&self, status: Option<ActionStatus>) -> &'static str {
        match status {
            Some(ActionStatus::Done) => "Action list: done",
            Some(ActionStatus::Open) => "Action list: still open",
            Some(ActionStatus::Dropped) => "Action list: dropped",
            None => "Action list: not discussed (still open)",
        }
    }

    fn offers_heading(&self) -> &'static str {
        "From earlier meetings"
    }

    fn offer_reason(&self, kind: &OfferKind) -> String {
        match kind {
            OfferKind::Carried { times, since } => {
                self.carried_age(*times as usize, since.date_naive())
            }
            OfferKind::ReviewDue { review_date, .. } => {
                format!("agreement, review was due {}", self.day(*review_date))
            }
            OfferKind::TermEnds { person, ends } => {
                format!("{person}'s term ends {}", self.day(*ends))
            }
        }
    }

    fn offer_answer(&self, answer: Option<OfferAnswer>) -> &'static str {
        match answer {
            Some(OfferAnswer::Taken { .. }) => "taken onto the agenda",
            Some(OfferAnswer::LetGo) => "let go",
            None => "to decide",
        }
    }

    fn offer_keys(&self) -> &'static str {
        "+ take the marked one onto the agenda · - let it go"
    }

    fn offer_owner_absent(&self, owner: &str, taken_by: &str) -> String {
        format!("{owner} is not in this meeting: taken as {taken_by}'s item (e changes the owner).")
    }

    fn project_status(&self, status: &ProjectStatus) -> String {
        match status {
            ProjectStatus::Current => "current".to_owned(),
            ProjectStatus::Waiting { on } => format!("waiting on {on}"),
            ProjectStatus::Done => "done".to_owned(),
            ProjectStatus::Dropped => "dropped".to_owned(),
            ProjectStatus::Removed => "taken off the list".to_owned(),
        }
    }

    fn project_states(&self) -> [&'static str; 4] {
        ["current", "waiting on …", "done", "dropped"]
    }

    fn projects_finished_heading(&self) -> &'static str {
        "Projects finished or dropped"
    }

    fn project_finished(&self, text: &str, status: &str, last: Option<&str>) -> String {
        match last {
            Some(last) => format!("{text}: {status}; last update: {last}"),
            None => format!("{text}: {status}; no update was given"),
        }
    }

    fn absent_problem(&self, problem: &AbsentProblem) -> String {
        match problem {
            AbsentProblem::Unknown { given } => format!(
                "Absent: '{given}' is not among the participants. Type names as in the participants list, separated by ';' (\"Bram: on leave; Dewi\")."
            ),
            AbsentProblem::Twice { name } => {
                format!("Absent: {name} is named twice. Name each person once.")
            }
            AbsentProblem::Everyone => {
                "Absent: everyone is marked absent, so nobody would take part. Leave at least one person present.".to_owned()
            }
        }
    }

    fn no_projects(&self) -> &'static str {
        "This circle's meetings recorded no projects yet."
    }

    fn board_title(&self, per_owner: bool) -> &'static str {
        if per_owner {
            "Projects per owner"
        } else {
            "Projects per status"
        }
    }

    fn board_switch(&self, per_owner: bool) -> &'static str {
        if per_owner {
            "b: per status"
        } else {
            "b: back to the list"
        }
    }
}
