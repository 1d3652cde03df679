//! What the memory offers a new meeting's agenda (process.md, "Work
//! between meetings"): the circle's items carried over at a close-out of
//! the same format, and for a governance meeting its agreements past their
//! review date and the elected roles whose term ends before the next
//! meeting. Each offer the meeting answered (taken onto the agenda or let
//! go) is folded back, so an item let go is never offered again.

use chrono::{DateTime, Days, FixedOffset, NaiveDate};

use super::work::Work;
use super::{Folded, Memory};
use crate::meeting::offers::{OfferAnswer, OfferKind, OfferedItem};
use crate::meeting::{MeetingFormat, MeetingState};
use crate::review::fold::key;

/// An offer a meeting answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// The offered label, folded.
    label: String,
    /// The offered owner (or, for a term, the person), folded.
    owner: String,
    /// When the answering meeting opened.
    at: DateTime<FixedOffset>,
    /// Taken onto the agenda (else let go).
    taken: bool,
}

/// Without two meetings of the format to measure the rhythm by, the next
/// one is taken to be four weeks away.
const DEFAULT_GAP_DAYS: u64 = 28;

impl Work {
    /// Keeps the answers a meeting gave to its offers.
    pub(super) fn fold_offers(&mut self, folded: &Folded<'_>, state: &MeetingState) {
        for offer in &state.offers {
            let Some(answer) = offer.answer else {
                continue;
            };
            let owner = match &offer.offered.kind {
                OfferKind::TermEnds { person, .. } => person.clone(),
                _ => offer.offered.owner.clone().unwrap_or_default(),
            };
            self.answered.push(Answered {
                label: key(&offer.offered.label),
                owner: key(&owner),
                at: folded.opened_at,
                taken: matches!(answer, OfferAnswer::Taken { .. }),
            });
        }
    }

    /// Whether a later meeting let this offer go, or took it onto its
    /// agenda without it continuing there (a carried item taken under
    /// another owner): either way it is not offered again.
    pub(super) fn settled_by_offer(
        &self,
        label: &str,
        owner: &str,
        since: DateTime<FixedOffset>,
    ) -> bool {
        let (label, owner) = (key(label), key(owner));
        self.answered
            .iter()
            .any(|a| a.at > since && a.label == label && a.owner == owner)
    }

    /// Whether a meeting after `since` let this label go (due reviews and
    /// terms are matched by label only: the role, or the agreement).
    fn let_go_after(&self, label: &str, since: DateTime<FixedOffset>) -> bool {
        let label = key(label);
        self.answered
            .iter()
            .any(|a| !a.taken && a.at > since && a.label == label)
    }
}

/// The day the circle's next meeting of `format` is expected after
/// `today`: as far after today as its last two such meetings were apart
/// (four weeks when it has had fewer than two).
pub fn next_meeting(memory: &Memory, format: MeetingFormat, today: NaiveDate) -> NaiveDate {
    let days: Vec<NaiveDate> = memory
        .work
        .sessions_of(format)
        .map(|at| at.date_naive())
        .collect();
    let gap = match days.as_slice() {
        [.., a, b] if b > a => (*b - *a).num_days().unsigned_abs(),
        _ => DEFAULT_GAP_DAYS,
    };
    today.checked_add_days(Days::new(gap)).unwrap_or(today)
}

/// What a new meeting of `format` of this circle is offered on its
/// agenda on `today`: carried-over items of that format, oldest first;
/// for governance also agreements past their review date (most overdue
/// first) and elected roles whose term ends before the next meeting.
pub fn agenda_offers(memory: &Memory, format: MeetingFormat, today: NaiveDate) -> Vec<OfferedItem> {
    let work = &memory.work;
    let mut out: Vec<OfferedItem> = work
        .carried()
        .into_iter()
        .filter(|c| c.format == format)
        .map(|c| OfferedItem {
            label: c.label,
            owner: Some(c.owner),
            kind: OfferKind::Carried {
                times: u32::try_from(c.times).unwrap_or(u32::MAX),
                since: c.since,
            },
        })
        .collect();
    if format != MeetingFormat::Governance {
        return out;
    }
    for due in work.due(today) {
        if work.let_go_after(&due.label, due.opened_at) {
            continue;
        }
        out.push(OfferedItem {
            label: due.label,
            owner: Some(due.owner),
            kind: OfferKind::ReviewDue {
                review_date: due.review_date,
                adopted_in: due.session,
            },
        });
    }
    let next = next_meeting(memory, format, today);
    for term in work.terms_ending(next) {
        let elected = work.session_opened(&term.session);
        if elected.is_some_and(|at| work.let_go_after(&term.role, at)) {
            continue;
        }
        out.push(OfferedItem {
            label: term.role.clone(),
            owner: None,
            kind: OfferKind::TermEnds {
                person: term.person.clone(),
                ends: term.ends,
            },
        });
    }
    out
}

/// Records in a new meeting's setup what the circle's memory offers it
/// (the folder as it is now): a tactical meeting's open actions for its
/// action review, and the items [`agenda_offers`] finds for its agenda.
/// What the setup already holds is kept; a circle with no sessions yet
/// is offered nothing.
pub fn offer_to(dir: &crate::store::SessionsDir, setup: &mut crate::meeting::Setup) {
    if setup.circle.trim().is_empty() {
        return;
    }
    // Only this circle's work is offered: the other circles' sessions
    // are not read (see `fold_work`), so a new meeting opens at once in a
    // large folder.
    let memory = super::fold_work(dir, &setup.circle);
    if memory.sessions.is_empty() {
        return;
    }
    if setup.format == MeetingFormat::Tactical && setup.tactical_lists.actions.is_empty() {
        setup.tactical_lists.actions = memory.work.offered_actions();
    }
    if setup.offered.is_empty() {
        setup.offered = agenda_offers(&memory, setup.format, setup.opened_at.date_naive());
    }
}
