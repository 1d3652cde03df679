//! English words for the calendar and the HTML page.

use super::English;
use crate::text::calendar::CalendarWords;

impl CalendarWords for English {
    fn review_summary(&self, label: &str) -> String {
        format!("Review the agreement “{label}”")
    }

    fn review_description(
        &self,
        agreement: &str,
        criteria: &str,
        circle: &str,
        decided: &str,
    ) -> String {
        format!(
            "Agreement: {agreement}\nEvaluation criteria: {criteria}\nDecided by {circle} on {decided}."
        )
    }

    fn term_summary(&self, person: &str, role: &str) -> String {
        format!("End of term: {person} as {role}")
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
            "{person} was elected as {role} by {circle} on {elected}, for {term}. Hold a new election before this day."
        )
    }

    fn calendar_name(&self, circle: &str) -> String {
        format!("{circle}: review dates and terms")
    }

    fn calendar_empty(&self) -> &'static str {
        "This session has no agreement with a review date and no elected role term: the calendar holds no events."
    }

    fn html_footer(&self, version: &str) -> String {
        format!("Minutes written by spanning {version}.")
    }
}
