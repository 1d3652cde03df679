//! The tactical meeting in the minutes: next actions and projects per
//! owner first (what the team opens the next day), the checklist, metrics
//! and progress as answered, and each item's triage (need, requests and
//! their answers, outputs). A child of `minutes` so it writes with the same
//! helpers; the parent only dispatches here.

use super::{Minutes, md};
use crate::meeting::state::Item;
use crate::meeting::tactical::{Owned, RequestTo, outputs_per_owner};
use crate::meeting::{EntryAnswer, TacticalList};
use crate::text::tactical::TacticalLabel;

impl Minutes<'_> {
    /// "Next actions and projects per owner": one heading per owner.
    pub(super) fn per_owner(&mut self) {
        let w = self.w;
        self.heading(2, w.per_owner());
        let groups = outputs_per_owner(self.state);
        if groups.is_empty() {
            self.line(w.none());
        }
        for group in groups {
            let heading = match group.owner {
                Some(p) => self.name(p),
                None => w.no_owner().to_owned(),
            };
            self.heading(3, &heading);
            for entry in group.entries() {
                let line = match entry {
                    Owned::Output(o) => {
                        let item = o
                            .item
                            .and_then(|id| self.state.item(id))
                            .map(|i| self.label(i));
                        let role = o.role.as_deref().map(md);
                        w.owned_output(o.kind, &md(&o.text), role.as_deref(), item.as_deref())
                    }
                    Owned::Accepted(a) => {
                        let item = self.state.item(a.item).map(|i| self.label(i));
                        let role = a.role.map(md);
                        w.owned_accepted(&md(&a.request.text), role.as_deref(), item.as_deref())
                    }
                };
                self.bullet(&line);
            }
        }
    }

    /// The checklist, metrics and progress, each entry with its answer.
    pub(super) fn reviews(&mut self) {
        let w = self.w;
        for list in TacticalList::ALL {
            let entries = self.state.tactical.list(list);
            if entries.is_empty() {
                continue;
            }
            self.heading(2, w.list_title(list));
            let lines: Vec<String> = entries
                .iter()
                .map(|e| {
                    let owner = match (e.owner, e.former_owner.as_deref()) {
                        (Some(p), _) => Some(self.name(p)),
                        (None, Some(name)) => Some(w.former_owner(&md(name))),
                        (None, None) => None,
                    };
                    let who = match (owner, e.role.as_deref()) {
                        (Some(o), Some(r)) => format!(" — {o} ({})", md(r)),
                        (Some(o), None) => format!(" — {o}"),
                        (None, Some(r)) => format!(" — ({})", md(r)),
                        (None, None) => String::new(),
                    };
                    let answer = match &e.answer {
                        Some(a) => w.entry_answer(&escaped(a)),
                        None => w.unanswered().to_owned(),
                    };
                    let previous = e.previous.as_ref().map_or_else(String::new, |p| {
                        let day = p.at.date_naive();
                        match list {
                            TacticalList::Progress => {
                                format!(" {}", w.last_update(&md(&p.value), day))
                            }
                            _ => format!(" {}", w.previous_value(&md(&p.value), day)),
                        }
                    });
                    let status = e
                        .status
                        .as_ref()
                        .map_or_else(String::new, |s| format!(" [{}]", md(&w.project_state(s))));
                    format!("{}{who}: {answer}{status}{previous}", md(&e.text))
                })
                .collect();
            for line in lines {
                self.bullet(&line);
            }
        }
        self.closed_projects();
        self.finished_projects();
    }

    /// Projects this meeting was offered and took off the list, each with
    /// its last update: a finished project is not forgotten with it.
    fn closed_projects(&mut self) {
        let w = self.w;
        let offered = &self.setup.tactical_lists.progress;
        let kept = &self.state.tactical.progress;
        // Offered entries are numbered 1.. in the setup's order.
        let closed: Vec<String> = offered
            .iter()
            .enumerate()
            .filter(|(i, _)| !kept.iter().any(|e| e.number as usize == i + 1))
            .map(|(_, def)| {
                let last = def
                    .previous
                    .as_ref()
                    .map(|p| format!("{} ({})", md(&p.value), w.day(p.at.date_naive())));
                w.project_closed(&md(&def.text), last.as_deref())
            })
            .collect();
        if closed.is_empty() {
            return;
        }
        self.heading(2, w.projects_closed_heading());
        for line in closed {
            self.bullet(&line);
        }
    }

    /// One item's triage, in place of the governance steps.
    pub(super) fn triage(&mut self, item: &Item) {
        let w = self.w;
        self.heading(4, w.need());
        match &item.triage().need {
            Some(text) => self.quote(text),
            None => self.line(w.not_stated()),
        }
        if !item.triage().requests.is_empty() {
            self.heading(4, w.requests());
            let lines: Vec<String> = item
                .triage()
                .requests
                .iter()
                .map(|r| {
                    let to = match &r.to {
                        RequestTo::Person(p) => self.name(*p),
                        RequestTo::Role(role) => md(role),
                    };
                    format!(
                        "{}. {}: {} — {}",
                        r.number,
                        w.request_to(&to),
                        md(&r.text),
                        w.request_state(r.accepted)
                    )
                })
                .collect();
            for line in lines {
                self.bullet(&line);
            }
        }
        let outputs: Vec<String> = self
            .state
            .outputs
            .iter()
            .filter(|o| o.item == Some(item.id))
            .map(|o| {
                let owner = match (o.owner, o.role.as_deref()) {
                    (Some(p), Some(r)) => Some(format!("{} ({})", self.name(p), md(r))),
                    (Some(p), None) => Some(self.name(p)),
                    (None, Some(r)) => Some(format!("({})", md(r))),
                    (None, None) => None::<String>,
                };
                w.output_entry(o.kind, &md(&o.text), owner.as_deref(), None)
            })
            .collect();
        if !outputs.is_empty() {
            self.heading(4, w.tactical_label(TacticalLabel::Outputs));
            for line in outputs {
                self.bullet(&line);
            }
        }
    }
}

/// The answer with its recorded texts made safe for Markdown (the words
/// around them are the app's own).
fn escaped(answer: &EntryAnswer) -> EntryAnswer {
    let note = |n: &Option<String>| n.as_deref().map(md);
    match answer {
        EntryAnswer::Check { note: n } => EntryAnswer::Check { note: note(n) },
        EntryAnswer::NoCheck { note: n } => EntryAnswer::NoCheck { note: note(n) },
        EntryAnswer::Value { text } => EntryAnswer::Value { text: md(text) },
        EntryAnswer::Update { text } => EntryAnswer::Update { text: md(text) },
        EntryAnswer::NoUpdate => EntryAnswer::NoUpdate,
    }
}
