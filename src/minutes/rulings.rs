//! The end of the minutes' full story: the notes taken, the rulings made
//! (questions out of order, objections tested, time-outs) and speaking
//! time per person. A child of `minutes` so it writes with the same
//! helpers; the parent only calls in.

use super::{Minutes, clock, md};
use crate::meeting::state::RulingKind;
use crate::meeting::views::speaking_time;

impl Minutes<'_> {
    /// The notes the secretary took, in time order.
    pub(super) fn notes(&mut self) {
        self.heading(2, self.w.notes_heading());
        if self.state.notes.is_empty() {
            self.line(self.w.none());
        }
        for note in &self.state.notes {
            let mut line = self.w.time(note.at);
            if let Some(item) = note.item.and_then(|id| self.state.item(id)) {
                line = format!("{line} · {}", self.label(item));
            }
            let line = format!("{line}: {}", md(&note.text));
            self.bullet(&line);
        }
    }

    /// The facilitator's and secretary's rulings, each with its moment
    /// and item.
    pub(super) fn rulings(&mut self) {
        let w = self.w;
        self.heading(2, w.rulings_heading());
        if self.state.rulings.is_empty() {
            self.line(w.none());
        }
        for ruling in &self.state.rulings {
            let item = ruling.item.and_then(|id| self.state.item(id));
            let objector = |concern: u32| {
                item.and_then(|i| i.concern(concern))
                    .map_or_else(|| "?".to_owned(), |c| self.name(c.objector))
            };
            let text = match &ruling.kind {
                RulingKind::QuestionOutOfOrder { question, reason } => {
                    let asker = item
                        .and_then(|i| i.questions().iter().find(|q| q.number == *question))
                        .map_or_else(|| "?".to_owned(), |q| self.name(q.asker));
                    w.ruling_question(*question, &asker, &md(reason))
                }
                RulingKind::CriterionTested {
                    concern,
                    criterion,
                    holds,
                } => w.ruling_test(
                    *concern,
                    &objector(*concern),
                    criterion.letter(),
                    w.criterion(*criterion),
                    *holds,
                ),
                RulingKind::ObjectionRecorded { concern } => {
                    w.ruling_recorded(*concern, &objector(*concern))
                }
                RulingKind::SecretaryRuled {
                    concern,
                    upheld,
                    note,
                } => w.ruling_secretary(*concern, &objector(*concern), *upheld, &md(note)),
                RulingKind::ObjectionAbandoned { concern, reason } => {
                    w.ruling_abandoned(*concern, &objector(*concern), &md(reason))
                }
                RulingKind::OutOfOrder { person, kind, note } => {
                    let who = person.map(|p| self.name(p));
                    w.ruling_out_of_order(w.out_of_order(*kind), who.as_deref(), &md(note))
                }
                RulingKind::ObjectionRequalified { objection, reason } => {
                    w.ruling_requalified(*objection, &objector(*objection), &md(reason))
                }
                RulingKind::TimeOut {
                    requested_by,
                    reason,
                    ended_at,
                    note,
                } => {
                    let who = requested_by.map(|p| self.name(p));
                    let length = ended_at.map(|end| w.duration((end - ruling.at).num_seconds()));
                    let note = note.as_deref().map(md);
                    w.ruling_time_out(
                        who.as_deref(),
                        &md(reason),
                        length.as_deref(),
                        note.as_deref(),
                    )
                }
            };
            let mut line = w.time(ruling.at);
            if let Some(item) = item {
                line = format!("{line} · {}", self.label(item));
            }
            self.bullet(&format!("{line} · {text}"));
        }
    }

    /// Who spoke how long, as a table.
    pub(super) fn speaking_time(&mut self) {
        let w = self.w;
        self.heading(2, w.speaking_time_heading());
        self.line(w.speaking_time_explained());
        self.blank();
        self.line(&format!("| {} | {} |", w.person_column(), w.time_column()));
        self.line("| --- | ---: |");
        for (person, secs) in speaking_time(self.state) {
            let row = format!("| {} | {} |", self.name(person), clock(secs));
            self.line(&row);
        }
    }
}
