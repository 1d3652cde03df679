//! The consent rule set in the minutes: the driver instead of tension and
//! example, each consent round with consent, concerns (logged, not
//! blocking) and objections, how each objection was resolved, and the
//! agreement's review date and evaluation criteria.

use super::{Minutes, capitalize, clock, md};
use crate::meeting::DriverPart;
use crate::meeting::consent::{self, ConsentAnswer};
use crate::meeting::state::{ConcernStatus, Item, Round, TurnOutcome};

impl Minutes<'_> {
    /// The driver's four parts, each as a quote or "not stated".
    pub(super) fn driver(&mut self, item: &Item) {
        let w = self.w;
        self.heading(4, w.driver_heading());
        for part in DriverPart::ALL {
            let name = capitalize(w.driver_part(part));
            match item.driver().part(part) {
                Some(text) => {
                    self.line(&format!("**{name}**"));
                    self.quote(text);
                }
                None => self.bullet(&format!("**{name}**: {}", w.not_stated())),
            }
        }
    }

    /// One consent round: every turn, then its objections and their fate.
    pub(super) fn consent_round(&mut self, item: &Item, round: &Round) {
        let w = self.w;
        let version = consent::round_turns(item, round.number)
            .next()
            .map(|t| t.version)
            .or_else(|| {
                item.versions()
                    .iter()
                    .rev()
                    .find(|v| v.at <= round.started_at)
                    .map(|v| v.number)
            })
            .unwrap_or(0);
        self.heading(4, &w.consent_round_on(&w.version(version)));
        for turn in &round.turns {
            let given = consent::round_turns(item, round.number).find(|t| t.person == turn.person);
            let said = match (given.map(|t| (&t.answer, t.objection)), &turn.outcome) {
                (_, TurnOutcome::Skipped { reason }) => {
                    self.bullet(&format!(
                        "{}: {}: {}",
                        self.name(turn.person),
                        w.skipped(),
                        md(reason)
                    ));
                    continue;
                }
                (Some((ConsentAnswer::Concern { text }, _)), _) => w.concern_logged(&md(text)),
                (Some((ConsentAnswer::Objection { text }, number)), _) => {
                    w.objection_turn(number.unwrap_or(0), &md(text))
                }
                _ => w.consent_given().to_owned(),
            };
            let line = format!(
                "{} ({}): {said}",
                self.name(turn.person),
                clock(turn.seconds)
            );
            self.bullet(&line);
        }
        for person in round.waiting() {
            let line = format!("{}: {}", self.name(person), w.waiting_for_turn());
            self.bullet(&line);
        }
        let raised: Vec<_> = item
            .concerns()
            .iter()
            .filter(|c| c.round == round.number)
            .collect();
        if raised.is_empty() {
            return;
        }
        self.blank();
        self.line(&format!("**{}**", w.objections_label()));
        for objection in raised {
            self.blank();
            let head = w.objection_heading(
                objection.number,
                &self.name(objection.objector),
                &w.version(objection.against_version),
            );
            self.bullet(&head);
            let status = match objection.status() {
                ConcernStatus::Integrated { version } => w.resolved_in(&w.version(version)),
                ConcernStatus::Requalified => {
                    w.requalified(&md(objection.requalified.as_deref().unwrap_or_default()))
                }
                _ => w.objection_open().to_owned(),
            };
            self.sub_bullet(&format!("**{status}**"));
        }
    }

    /// The concerns logged on an agreement, for whoever reviews it.
    pub(super) fn logged_concerns(&mut self, item: &Item) {
        for turn in item.consent_turns() {
            let logged = match &turn.answer {
                ConsentAnswer::Concern { text } => Some(text),
                ConsentAnswer::Objection { text } if consent::requalified(item, turn).is_some() => {
                    Some(text)
                }
                _ => None,
            };
            if let Some(text) = logged {
                let line = self.w.concern_logged_by(&self.name(turn.person), &md(text));
                self.bullet(&line);
            }
        }
    }

    /// The agreement's review date and evaluation criteria, if adopted
    /// under consent rules.
    pub(super) fn review(&mut self, item: &Item) {
        let w = self.w;
        if let Some(review) = item.review() {
            let date = review.date.format("%Y-%m-%d").to_string();
            self.bullet(&format!("{}: {date}", w.review_field()));
            self.bullet(&format!("{}: {}", w.criteria_field(), md(&review.criteria)));
        }
    }
}
