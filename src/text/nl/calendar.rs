//! Nederlandse woorden voor de agenda en de HTML-pagina.

use super::Dutch;
use crate::text::calendar::CalendarWords;

impl CalendarWords for Dutch {
    fn review_summary(&self, label: &str) -> String {
        format!("Afspraak “{label}” evalueren")
    }

    fn review_description(
        &self,
        agreement: &str,
        criteria: &str,
        circle: &str,
        decided: &str,
    ) -> String {
        format!(
            "Afspraak: {agreement}\nEvaluatiecriteria: {criteria}\nVastgesteld door {circle} op {decided}."
        )
    }

    fn term_summary(&self, person: &str, role: &str) -> String {
        format!("Einde termijn: {person} als {role}")
    }

    fn term_description(
        &self,
        person: &str,
        role: &str,
        term: &str,
        circle: &str,
        elected: &str,
    ) -> String {
        format!(
            "{person} is op {elected} door {circle} gekozen als {role}, voor {term}. Houd voor deze dag een nieuwe verkiezing."
        )
    }

    fn calendar_name(&self, circle: &str) -> String {
        format!("{circle}: evaluatiedata en termijnen")
    }

    fn calendar_empty(&self) -> &'static str {
        "Deze sessie heeft geen afspraak met een evaluatiedatum en geen termijn van een gekozen rol: de agenda bevat geen afspraken."
    }

    fn html_footer(&self, version: &str) -> String {
        format!("Notulen gemaakt met spanning {version}.")
    }
}
