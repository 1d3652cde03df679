//! Agreements due for review (consent rule set): every agreement adopted
//! with a review date that has passed, across all sessions of the folder,
//! most overdue first. "Today" is passed in, so this stays pure and a
//! test can pin the date; the screens pass the shell's clock.
//!
//! An agreement counts as reviewed once a later session of the same
//! circle adopted an agreement with the same label and owner (folded, as
//! carried-over threads match them): reviewing an S3 agreement produces a
//! new agreement, usually under the same name.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::review::Catalogue;
use crate::review::fold::{fold, key};
use crate::store::SessionSummary;

/// One agreement past its review date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueAgreement {
    /// The session that adopted it.
    pub session: String,
    /// That session's title.
    pub title: String,
    /// Its circle.
    pub circle: String,
    /// When that session opened.
    pub opened_at: DateTime<FixedOffset>,
    /// The item's label.
    pub label: String,
    /// The proposer's name.
    pub owner: String,
    /// When it was to be reviewed.
    pub review_date: NaiveDate,
    /// How it was to be evaluated.
    pub criteria: String,
    /// Whole days since the review date (at least 1).
    pub days_overdue: i64,
}

/// The agreements among `sessions` whose review date is before `today`
/// and that no later session of their circle adopted again; most overdue
/// first, then by circle and label. Works on session summaries, so
/// `spanning list` can count them without reading files twice.
pub fn overdue<'a>(
    sessions: impl IntoIterator<Item = &'a SessionSummary>,
    today: NaiveDate,
) -> Vec<DueAgreement> {
    let sessions: Vec<&SessionSummary> = sessions.into_iter().collect();
    // Folded once per session and agreement, not once per comparison: the
    // check below looks at every later session for every agreement.
    let folded: Vec<(String, Vec<(String, String)>)> = sessions
        .iter()
        .map(|s| {
            (
                fold(&s.circle),
                s.agreements
                    .iter()
                    .map(|a| (key(&a.label), key(&a.owner)))
                    .collect(),
            )
        })
        .collect();
    let mut out = Vec::new();
    for (si, summary) in sessions.iter().enumerate() {
        for (ai, agreement) in summary.agreements.iter().enumerate() {
            if agreement.review_date >= today {
                continue;
            }
            let (circle, keys) = &folded[si];
            let this = &keys[ai];
            let reviewed = sessions.iter().zip(&folded).any(|(later, (c, ks))| {
                later.opened_at > summary.opened_at && c == circle && ks.contains(this)
            });
            if reviewed {
                continue;
            }
            out.push(DueAgreement {
                session: summary.id.clone(),
                title: summary.title.clone(),
                circle: summary.circle.clone(),
                opened_at: summary.opened_at,
                label: agreement.label.clone(),
                owner: agreement.owner.clone(),
                review_date: agreement.review_date,
                criteria: agreement.criteria.clone(),
                days_overdue: (today - agreement.review_date).num_days(),
            });
        }
    }
    out.sort_by(|a, b| {
        b.days_overdue
            .cmp(&a.days_overdue)
            .then_with(|| fold(&a.circle).cmp(&fold(&b.circle)))
            .then_with(|| fold(&a.label).cmp(&fold(&b.label)))
    });
    out
}

impl Catalogue {
    /// The agreements due for review among the sessions read so far; see
    /// [`overdue`].
    pub fn overdue(&self, today: NaiveDate) -> Vec<DueAgreement> {
        overdue(self.digests().map(|d| &d.summary), today)
    }
}
