//! An election in the minutes, in the order it happened: the role and
//! term, the ballots (once they were shared; before that only how many were
//! entered), the nomination sharing round, changed nominations, the count
//! (with the tie rule only when there was a tie), the candidacies, the
//! objection rounds as for any item, and last the result.

use super::{Minutes, md};
use crate::meeting::election::Election;
use crate::meeting::state::Item;
use crate::meeting::{Ending, PersonId, RoundKind};
use crate::text::election::ElectionHeading;

impl Minutes<'_> {
    /// The line under an adopted election in the decisions.
    pub(super) fn elected_line(&self, item: &Item) -> Option<String> {
        let elected = item.elected()?;
        let term = self.w.term(&elected.term, self.setup.opened_at);
        Some(format!(
            "**{}**",
            self.w
                .elected(&self.name(elected.person), &md(&elected.role), &md(&term))
        ))
    }

    fn names(&self, people: &[PersonId]) -> Vec<String> {
        people.iter().map(|p| self.name(*p)).collect()
    }

    /// An election's own record, where a tension has tension, example and proposal.
    pub(super) fn election_item(&mut self, item: &Item, election: &Election) {
        let w = self.w;
        let opened = self.setup.opened_at;
        self.heading(4, w.election_heading(ElectionHeading::Role));
        match &election.description {
            Some(text) => self.quote(text),
            None => self.line(w.not_stated()),
        }
        self.heading(4, w.election_heading(ElectionHeading::Term));
        match &election.term {
            Some(term) => self.line(&md(&w.term(term, opened))),
            None => self.line(w.not_stated()),
        }
        self.heading(4, w.election_heading(ElectionHeading::Ballots));
        if election.ballots.is_empty() {
            self.line(w.none());
        } else if !election.revealed {
            self.line(&w.ballots_not_shared(election.ballots.len()));
        } else {
            // As shared in the round: the nominations before any change.
            for b in &election.ballots {
                let line = w.ballot(&self.name(b.voter), &self.name(b.first_nominee));
                self.bullet(&line);
            }
        }
        if election.corrections > 0 {
            self.blank();
            self.line(&w.ballot_corrections(election.corrections));
        }
        // The sharing round, where the ballots were revealed and explained,
        // comes right after them, as it happened: before the changes,
        // the count and the result.
        self.item_rounds_where(item, |kind| kind == RoundKind::NominationSharing);
        if election.revealed {
            self.heading(4, w.election_heading(ElectionHeading::Changes));
            if election.changes.is_empty() {
                self.line(w.election_heading(ElectionHeading::NoChanges));
            }
            for c in &election.changes {
                let line = format!(
                    "{} · {}",
                    w.time(c.at),
                    w.change(&self.name(c.voter), &self.name(c.from), &self.name(c.to))
                );
                self.bullet(&line);
            }
            self.heading(4, w.election_heading(ElectionHeading::Tally));
            for (person, count) in election.tally() {
                let line = w.tally(&self.name(person), count);
                self.bullet(&line);
            }
            // The rule is only news when it was applied: on a tie for the
            // most nominations, in the count now or when a candidate was
            // proposed.
            let tie = election.leaders().len() > 1
                || election.candidacies.iter().any(|c| c.tied.len() > 1);
            if tie {
                self.blank();
                self.line(w.tie_rule());
            }
        }
        self.heading(4, w.election_heading(ElectionHeading::Candidacies));
        if election.candidacies.is_empty() {
            self.line(w.not_stated());
        }
        let adopted = item
            .end
            .as_ref()
            .filter(|e| e.ending == Ending::Adopted)
            .and_then(|e| e.adopted_version);
        for c in &election.candidacies {
            let term = md(&w.term(&c.term, opened));
            let mut line = format!(
                "{} · {}",
                w.candidacy(c.version, &self.name(c.candidate), &term),
                w.time(c.at)
            );
            if let Some(objection) = c.for_objection {
                line = format!("{line} · {}", w.amended_for(objection));
            }
            if adopted == Some(c.version) {
                line = format!("{line} · **{}**", w.elected_word());
            }
            self.bullet(&line);
            if c.tied.len() > 1 {
                let tie = w.tie(&self.names(&c.tied));
                self.sub_bullet(&tie);
            }
        }
        // The objection rounds on the candidacies, then the result.
        self.item_rounds_where(item, |kind| kind != RoundKind::NominationSharing);
        if let Some(line) = self.elected_line(item) {
            self.heading(4, w.election_heading(ElectionHeading::Elected));
            self.line(&line);
        }
    }
}
