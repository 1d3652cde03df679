//! Dutch words for the circle's memory in a meeting.

use chrono::NaiveDate;

use super::Dutch;
use crate::meeting::absent::AbsentProblem;
use crate::meeting::actions::ActionStatus;
use crate::meeting::offers::{OfferAnswer, OfferKind};
use crate::record::ProjectStatus;
use crate::text::memory::BackKind;
use crate::text::{MemoryWords, WorkWords};

impl MemoryWords for Dutch {
    fn coming_back_title(&self) -> &'static str {
        "Terug uit eerdere vergaderingen"
    }

    fn coming_back(&self, kind: BackKind, count: usize) -> String {
        match kind {
            BackKind::Actions { accepted: 0 } => format!("Actielijst: {count} open"),
            BackKind::Actions { accepted: 1 } => {
                format!("Actielijst: {count} open (1 toegezegd verzoek)")
            }
            BackKind::Actions { accepted } => {
                format!("Actielijst: {count} open ({accepted} toegezegde verzoeken)")
            }
            BackKind::Projects => format!("Projecten: {count}"),
            BackKind::Carried => format!("Doorgeschoven: {count}"),
            BackKind::ReviewsDue => format!("Afspraken toe aan evaluatie: {count}"),
            BackKind::TermsEnding => format!("Termijnen die aflopen: {count}"),
            BackKind::Lists { metrics } => format!(
                "Checklist: {count} punt{} · kengetallen: {metrics}",
                if count == 1 { "" } else { "en" }
            ),
        }
    }

    fn more_items(&self, count: usize) -> String {
        format!("… nog {count}")
    }

    fn action_list_title(&self) -> &'static str {
        "Actielijst"
    }

    fn action_answer(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Open => "loopt nog",
            ActionStatus::Done => "gedaan",
            ActionStatus::Dropped => "vervalt",
        }
    }

    fn action_since(&self, day: NaiveDate) -> String {
        format!("sinds {}", self.day(day))
    }

    fn action_no_owner(&self) -> &'static str {
        "geen eigenaar"
    }

    fn action_review_heading(&self, status: Option<ActionStatus>) -> &'static str {
        match status {
            Some(ActionStatus::Done) => "Actielijst: gedaan",
            Some(ActionStatus::Open) => "Actielijst: loopt nog",
            Some(ActionStatus::Dropped) => "Actielijst: vervalt",
            None => "Actielijst: niet besproken (loopt nog)",
        }
    }

    fn offers_heading(&self) -> &'static str {
        "Uit eerdere vergaderingen"
    }

    fn offer_reason(&self, kind: &OfferKind) -> String {
        match kind {
            OfferKind::Carried { times, since } => {
                self.carried_age(*times as usize, since.date_naive())
            }
            OfferKind::ReviewDue { review_date, .. } => {
                format!("afspraak, evaluatie was {}", self.day(*review_date))
            }
            OfferKind::TermEnds { person, ends } => {
                format!("termijn van {person} loopt af op {}", self.day(*ends))
            }
        }
    }

    fn offer_answer(&self, answer: Option<OfferAnswer>) -> &'static str {
        match answer {
            Some(OfferAnswer::Taken { .. }) => "op de agenda gezet",
            Some(OfferAnswer::LetGo) => "losgelaten",
            None => "nog beslissen",
        }
    }

    fn offer_keys(&self) -> &'static str {
        "+ het gemarkeerde punt op de agenda zetten · - loslaten"
    }

    fn offer_owner_absent(&self, owner: &str, taken_by: &str) -> String {
        format!(
            "{owner} is niet bij deze vergadering: opgepakt als punt van {taken_by} (e wijzigt de eigenaar)."
        )
    }

    fn project_status(&self, status: &ProjectStatus) -> String {
        match status {
            ProjectStatus::Current => "loopt".to_owned(),
            ProjectStatus::Waiting { on } => format!("wacht op {on}"),
            ProjectStatus::Done => "afgerond".to_owned(),
            ProjectStatus::Dropped => "vervallen".to_owned(),
            ProjectStatus::Removed => "van de lijst gehaald".to_owned(),
        }
    }

    fn project_states(&self) -> [&'static str; 4] {
        ["loopt", "wacht op …", "afgerond", "vervallen"]
    }

    fn projects_finished_heading(&self) -> &'static str {
        "Projecten afgerond of vervallen"
    }

    fn project_finished(&self, text: &str, status: &str, last: Option<&str>) -> String {
        match last {
            Some(last) => format!("{text}: {status}; laatste update: {last}"),
            None => format!("{text}: {status}; er is geen update gegeven"),
        }
    }

    fn absent_problem(&self, problem: &AbsentProblem) -> String {
        match problem {
            AbsentProblem::Unknown { given } => format!(
                "Afwezig: '{given}' staat niet bij de deelnemers. Typ de namen zoals bij de deelnemers, gescheiden door ';' (\"Bram: met verlof; Dewi\")."
            ),
            AbsentProblem::Twice { name } => {
                format!("Afwezig: {name} staat er twee keer. Noem iedereen één keer.")
            }
            AbsentProblem::Everyone => {
                "Afwezig: iedereen staat als afwezig, dan neemt niemand deel. Laat minstens één persoon aanwezig.".to_owned()
            }
        }
    }

    fn no_projects(&self) -> &'static str {
        "De vergaderingen van deze cirkel legden nog geen projecten vast."
    }

    fn board_title(&self, per_owner: bool) -> &'static str {
        if per_owner {
            "Projecten per eigenaar"
        } else {
            "Projecten per status"
        }
    }

    fn board_switch(&self, per_owner: bool) -> &'static str {
        if per_owner {
            "b: per status"
        } else {
            "b: terug naar de lijst"
        }
    }
}
