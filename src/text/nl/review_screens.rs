//! Dutch words of the review screens.

use super::Dutch;
use crate::text::MinutesWords;
use crate::text::keys::ReviewAction;
use crate::text::review_screens::{ReviewLabel, ReviewScreenWords};

impl ReviewScreenWords for Dutch {
    fn review_label(&self, label: ReviewLabel) -> &'static str {
        use ReviewLabel as L;
        match label {
            L::BrowserTitle => "Eerdere sessies",
            L::Search => "Zoeken",
            L::SearchHint => "typ woorden; Enter houdt ze vast, Esc wist",
            L::Circle => "cirkel",
            L::Participant => "deelnemer",
            L::Any => "alle",
            L::ColDate => "Datum",
            L::ColTitle => "Titel",
            L::ColCircle => "Cirkel",
            L::ColFormat => "Soort",
            L::ColPeople => "Mensen",
            L::ColItems => "Punten",
            L::ColAdopted => "Aangenomen",
            L::ColStatus => "Stand",
            L::Unreadable => "⚠ onleesbaar",
            L::NoSessions => "Nog geen sessies in deze map.",
            L::CarriedTitle => "Doorgeschoven punten",
            L::NoCarried => "In deze cirkel is nog niets doorgeschoven.",
            L::MetricsTitle => "Kengetallen door de tijd",
            L::NoMetrics => "In de werkoverleggen van deze cirkel is nog geen kengetal gemeld.",
            L::Charts => "Grafieken",
            L::SpeakingTime => "Spreektijd per persoon",
            L::TimePerPhase => "Tijd per fase",
            L::TimePerItem => "Gebruikte tijd per punt tegenover de geplande",
            L::FairShareMark => "│ tijd per punt",
            L::OverMark => "▓ over de tijd per punt",
            L::NotStarted => "niet begonnen",
            L::Changes => "Wijzigingen tussen versies",
            L::ExportTitle => "Notulen exporteren",
            L::ExportHint => {
                "Bestand om te schrijven (nooit overschreven). Enter schrijft, Esc annuleert."
            }
            L::ReplayTitle => "Terugkijken",
            L::Playing => "▶ speelt",
            L::Paused => "‖ gepauzeerd",
            L::ReadOnly => "alleen lezen",
            L::AtOpening => "de vergadering bij de opening",
            L::AtEnd => "einde van het verslag",
            L::HelpTitle => "Toetsen",
            L::HelpClose => "Ctrl-L tekent het scherm opnieuw. Elke toets sluit deze hulp.",
            L::PickCircle => "Toon sessies van cirkel",
            L::PickParticipant => "Toon sessies met",
            L::PickHint => "↑↓ kiezen · Enter neemt · Esc annuleert",
            L::LaterUndone => "later ongedaan gemaakt",
            L::PhaseMark => "fase",
            L::ItemMark => "punt",
            L::Partial => "nog aan het lezen: er kan meer passen",
            L::DueTitle => "Afspraken toe aan evaluatie",
            L::NoDue => "Geen enkele afspraak is over haar evaluatiedatum heen.",
            L::Criteria => "evalueren op",
        }
    }

    fn review_action(&self, action: ReviewAction) -> &'static str {
        use ReviewAction as A;
        match action {
            A::Help => "hulp",
            A::Back => "terug",
            A::Up => "omhoog",
            A::Down => "omlaag",
            A::PageUp => "pagina omhoog",
            A::PageDown => "pagina omlaag",
            A::Top => "naar boven",
            A::Bottom => "naar beneden",
            A::Open => "openen",
            A::Search => "zoeken",
            A::Clear => "zoeken en filters wissen",
            A::FilterCircle => "cirkel",
            A::FilterParticipant => "wie",
            A::Carried => "doorgeschoven",
            A::Metrics => "kengetallen door de tijd",
            A::Due => "toe aan evaluatie",
            A::Board => "projectenbord",
            A::Record => "governance-register",
            A::History => "geschiedenis",
            A::EarlierPoint => "eerdere sessie",
            A::LaterPoint => "latere sessie",
            A::NextSection => "volgend deel",
            A::PrevSection => "vorig deel",
            A::Export => "exporteren",
            A::Replay => "terugkijken",
            A::PlayPause => "afspelen/pauze",
            A::Faster => "sneller",
            A::Slower => "langzamer",
            A::StepForward => "stap",
            A::StepBack => "stap terug",
            A::NextPhase => "volgende fase",
            A::PrevPhase => "vorige fase",
            A::NextItem => "volgend punt",
            A::PrevItem => "vorig punt",
            A::Start => "naar het begin",
            A::End => "naar het einde",
        }
    }

    fn shown_of(&self, shown: usize, total: usize) -> String {
        format!("{shown} van {total} sessies")
    }

    fn event_of(&self, position: usize, total: usize) -> String {
        format!("gebeurtenis {position} van {total}")
    }

    fn version_change(&self, from: u32, to: u32, for_objection: Option<u32>) -> String {
        match for_objection {
            Some(n) => format!("v{from} → v{to} (aangepast voor bezwaar {n})"),
            None => format!("v{from} → v{to}"),
        }
    }

    fn used_of_share(&self, used: &str, share: Option<&str>) -> String {
        match share {
            Some(share) => format!("{used} van {share}"),
            None => format!("{used}, geen tijd per punt"),
        }
    }

    fn over_by(&self, over_secs: i64) -> String {
        if over_secs > 0 {
            format!("▲ {} te lang", self.duration(over_secs))
        } else {
            format!("{} binnen de tijd", self.duration(-over_secs))
        }
    }

    fn section_of(&self, n: usize, total: usize) -> String {
        format!("deel {n} van {total}")
    }

    fn cannot_open(&self, error: &str) -> String {
        format!("Deze sessie kan niet open: {error}")
    }

    fn appearances(&self, count: usize) -> String {
        if count == 1 {
            "in 1 vergadering".to_owned()
        } else {
            format!("in {count} vergaderingen")
        }
    }

    fn metric_point(&self, date: chrono::NaiveDate, value: &str) -> String {
        use chrono::Datelike;
        const MAANDEN: [&str; 12] = [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
        format!(
            "{} {}: {value}",
            date.day(),
            MAANDEN[date.month0() as usize]
        )
    }

    fn metric_span(&self, values: usize, since: chrono::NaiveDate) -> String {
        let day = crate::text::WorkWords::day(self, since);
        match values {
            1 => format!("1 waarde, {day}"),
            n => format!("{n} waarden sinds {day}"),
        }
    }

    fn review_overdue(&self, date: &str, days: i64) -> String {
        match days {
            1 => format!("evaluatie {date}, 1 dag te laat"),
            n => format!("evaluatie {date}, {n} dagen te laat"),
        }
    }

    fn bad_speed(&self, speed: u32) -> String {
        format!("Terugkijken kan op 1, 2, 4 of 16 keer de echte snelheid, niet {speed}.")
    }
}
