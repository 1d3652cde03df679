//! What earlier meetings left this one, in the minutes: the action review
//! (what was done, what is still open and what was dropped, per owner)
//! and what became of the items offered to the agenda (taken or let go,
//! with their age). A child of `minutes` so it writes with the same
//! helpers; the parent only calls in.

use super::{Minutes, md};
use crate::meeting::EntryAnswer;
use crate::meeting::actions::{ActionStatus, ReviewedAction};
use crate::meeting::offers::OfferAnswer;

impl Minutes<'_> {
    /// The action review, one section per answer, each per owner; the
    /// actions not discussed last (they stay open).
    pub(super) fn action_review(&mut self) {
        let w = self.w;
        let actions = &self.state.tactical.actions;
        if actions.is_empty() {
            return;
        }
        for status in [
            Some(ActionStatus::Done),
            Some(ActionStatus::Open),
            Some(ActionStatus::Dropped),
            None,
        ] {
            let these: Vec<&ReviewedAction> = actions
                .iter()
                .filter(|a| a.answer.as_ref().map(|x| x.status) == status)
                .collect();
            if these.is_empty() {
                continue;
            }
            self.heading(2, w.action_review_heading(status));
            let mut owners: Vec<Option<&str>> = Vec::new();
            for a in &these {
                let owner = a.offered.owner.as_deref();
                if !owners.contains(&owner) {
                    owners.push(owner);
                }
            }
            for owner in owners {
                let heading = owner.map_or_else(|| w.action_no_owner().to_owned(), md);
                self.heading(3, &heading);
                for a in these.iter().filter(|a| a.offered.owner.as_deref() == owner) {
                    let mut line = md(&a.offered.text);
                    if let Some(role) = &a.offered.role {
                        line.push_str(&format!(" ({})", md(role)));
                    }
                    if a.offered.accepted {
                        line.push_str(&format!(" ({})", w.accepted()));
                    }
                    line.push_str(&format!(
                        " — {}",
                        w.action_since(a.offered.since.date_naive())
                    ));
                    if let Some(note) = a.answer.as_ref().and_then(|x| x.note.as_deref()) {
                        line.push_str(&format!(": {}", md(note)));
                    }
                    self.bullet(&line);
                }
            }
        }
    }

    /// Projects said done or dropped here, each with its last update
    /// (given here, else the one before): finishing a project does not
    /// lose what was last said about it.
    pub(super) fn finished_projects(&mut self) {
        let w = self.w;
        let finished: Vec<String> = self
            .state
            .tactical
            .progress
            .iter()
            .filter_map(|e| {
                let status = e.status.as_ref().filter(|s| s.is_finished())?;
                let last = match &e.answer {
                    Some(EntryAnswer::Update { text }) => Some(format!(
                        "{} ({})",
                        md(text),
                        w.day(self.setup.opened_at.date_naive())
                    )),
                    _ => e
                        .previous
                        .as_ref()
                        .map(|p| format!("{} ({})", md(&p.value), w.day(p.at.date_naive()))),
                };
                Some(w.project_finished(&md(&e.text), &w.project_state(status), last.as_deref()))
            })
            .collect();
        if finished.is_empty() {
            return;
        }
        self.heading(2, w.projects_finished_heading());
        for line in finished {
            self.bullet(&line);
        }
    }

    /// The items earlier meetings offered the agenda, and what became of
    /// each.
    pub(super) fn offers(&mut self) {
        let w = self.w;
        let offers = &self.state.offers;
        if offers.is_empty() {
            return;
        }
        self.heading(2, w.offers_heading());
        for offer in offers {
            let mut line = md(&offer.offered.label);
            if let Some(owner) = &offer.offered.owner {
                line.push_str(&format!(" ({})", md(owner)));
            }
            let answer = match offer.answer {
                Some(OfferAnswer::Taken { item }) => {
                    let number = self
                        .state
                        .agenda
                        .iter()
                        .position(|i| i.id == item)
                        .map_or_else(String::new, |p| format!(" (#{})", p + 1));
                    format!("{}{number}", w.offer_answer(offer.answer))
                }
                other => w.offer_answer(other).to_owned(),
            };
            line.push_str(&format!(
                " — {}: {answer}",
                w.offer_reason(&offer.offered.kind)
            ));
            self.bullet(&line);
        }
    }
}
