//! Words of the minutes that travel: the iCalendar export of review dates
//! and role terms, and the standalone HTML page.

/// Words for the calendar and the HTML page.
pub trait CalendarWords {
    /// Title of an agreement's review date in the calendar.
    fn review_summary(&self, label: &str) -> String;
    /// What the review event says: the agreement, how to evaluate it, and
    /// where it was decided.
    fn review_description(
        &self,
        agreement: &str,
        criteria: &str,
        circle: &str,
        decided: &str,
    ) -> String;
    /// Title of the day a role's term ends.
    fn term_summary(&self, person: &str, role: &str) -> String;
    /// What the term event says: the term as elected and where.
    fn term_description(
        &self,
        person: &str,
        role: &str,
        term: &str,
        circle: &str,
        elected: &str,
    ) -> String;
    /// The calendar's name (calendar apps show it for the whole file).
    fn calendar_name(&self, circle: &str) -> String;
    /// Said (on stderr) when a session has no review date and no term:
    /// the calendar written holds no events.
    fn calendar_empty(&self) -> &'static str;
    /// Footer of the HTML page: where the minutes came from.
    fn html_footer(&self, version: &str) -> String;
}
