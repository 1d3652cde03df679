//! Minutes: what a session produced, as a Markdown document people keep.
//!
//! Outputs come first, because that is what people come back for:
//! decisions, next actions and projects, shared information, and what was
//! carried over or let go. The full story follows (who was there, each
//! round, each agenda item step by step, rulings, speaking time), so a
//! facilitator can learn from the session too.
//!
//! Every text from the session is untrusted and goes through
//! [`escape::inline`] or [`escape::block`]; every fixed word comes from
//! [`crate::text::MinutesWords`], so the minutes follow the language.

mod calendar;
mod consent;
mod election;
pub mod escape;
mod export;
pub mod governance;
mod memory;
mod render;
mod rulings;
mod tactical;

use chrono::{DateTime, FixedOffset};

use crate::meeting::state::{Concern, ConcernStatus, Item, MeetingState, Round, TurnOutcome};
use crate::meeting::views::item_time_used;
use crate::meeting::{
    Ending, Event, ItemId, OutputKind, PersonId, Phase, Recorded, RoundKind, RuleSet, Session,
    Setup,
};
use crate::text::Words;

pub use calendar::{Calendar, ics};
pub use export::{EXPORT_FORMAT, EXPORT_VERSION, export_json};
pub use render::for_terminal as for_reading;
pub use render::{escape_html, html, plain_text};

/// The minutes of a session, closed or still open, in the given language.
/// Deterministic: the same session always gives the same document, so
/// minutes can be committed next to the session and diffed.
pub fn markdown(session: &Session, words: &dyn Words) -> String {
    let state = session.state();
    let mut minutes = Minutes {
        setup: session.setup(),
        log: session.log(),
        state,
        w: words,
        now: state.closed_at.unwrap_or(state.last_at),
        out: String::new(),
    };
    minutes.render();
    // Trimmed in place: a copy would hold the whole minutes twice.
    let mut out = minutes.out;
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `m:ss` (or `h:mm:ss`), for speaking time and turn lengths.
pub fn clock(secs: i64) -> String {
    let secs = secs.max(0);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// Uppercases the first letter, so engine names ("check-in round") can head
/// a section without a second list of words.
fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn md(text: &str) -> String {
    escape::inline(text)
}

struct Minutes<'a> {
    setup: &'a Setup,
    log: &'a [Recorded],
    state: &'a MeetingState,
    w: &'a dyn Words,
    now: DateTime<FixedOffset>,
    out: String,
}

impl Minutes<'_> {
    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.blank();
        self.line(&format!("{} {text}", "#".repeat(level)));
        self.blank();
    }

    fn bullet(&mut self, text: &str) {
        self.line(&format!("- {text}"));
    }

    fn sub_bullet(&mut self, text: &str) {
        self.line(&format!("  - {text}"));
    }

    fn quote(&mut self, text: &str) {
        self.blank();
        self.out.push_str(&escape::block(text));
        self.blank();
    }

    fn name(&self, person: PersonId) -> String {
        md(self.state.name(person))
    }

    fn label(&self, item: &Item) -> String {
        self.w.quoted(&md(&item.label))
    }

    fn number_of(&self, item: &Item) -> usize {
        self.state
            .agenda
            .iter()
            .position(|i| i.id == item.id)
            .map_or(0, |p| p + 1)
    }

    fn render(&mut self) {
        let tactical = self.setup.format == crate::meeting::MeetingFormat::Tactical;
        self.title();
        if tactical {
            self.per_owner();
            self.action_review();
        } else {
            self.decisions();
            self.outputs(
                self.w.actions_heading(),
                &[OutputKind::NextAction, OutputKind::Project],
            );
        }
        self.outputs(self.w.information_heading(), &[OutputKind::Information]);
        self.dispositions();
        self.offers();
        self.details();
        self.changes();
        self.round_section(RoundKind::CheckIn);
        if tactical {
            self.reviews();
        }
        self.agenda();
        self.round_section(RoundKind::Closing);
        self.notes();
        self.rulings();
        self.speaking_time();
    }

    fn title(&mut self) {
        let title = md(&self.setup.title);
        self.heading(1, &title);
        let subtitle = self.w.subtitle(
            &md(&self.setup.circle),
            &self.w.date_time(self.setup.opened_at),
        );
        self.line(&subtitle);
        if !self.state.is_closed() {
            let place = self.where_now();
            let open = self.w.still_open(&place);
            self.blank();
            self.line(&format!("> {open}"));
        }
    }

    /// Where an open session stands: the phase, and the item and step.
    fn where_now(&self) -> String {
        let place = match self.state.phase {
            Phase::Item { step, .. } => match self.state.active_item() {
                Some(item) => {
                    self.w
                        .at_item(self.w.step(step), self.number_of(item), &self.label(item))
                }
                None => self.w.step(step).to_owned(),
            },
            phase => self.w.phase(phase).to_owned(),
        };
        if self.state.time_out.is_some() {
            self.w.during_time_out(&place)
        } else {
            place
        }
    }

    fn decisions(&mut self) {
        self.heading(2, self.w.decisions_heading());
        let mut any = false;
        for item in &self.state.agenda {
            let Some(end) = &item.end else { continue };
            if end.ending != Ending::Adopted {
                continue;
            }
            any = true;
            let heading = format!("{}. {}", self.number_of(item), md(&item.label));
            self.heading(3, &heading);
            let version = end.adopted_version.unwrap_or(0);
            let summary = if item.is_election() {
                // The candidacy was the facilitator's proposal, not the
                // one who asked for the election.
                self.w
                    .election_adopted(&self.w.version(version), &self.w.time(end.at))
            } else {
                self.w.adopted_summary(
                    &self.name(item.owner),
                    &self.w.version(version),
                    &self.w.time(end.at),
                )
            };
            self.line(&summary);
            if let Some(elected) = self.elected_line(item) {
                self.blank();
                self.line(&elected);
            } else if let Some(text) = item.versions().iter().find(|v| v.number == version) {
                self.quote(&text.text);
                self.governance_changes(item);
            }
            self.review(item);
            let integrated: Vec<String> = item
                .concerns()
                .iter()
                .filter_map(|c| {
                    c.integrated_in.map(|v| {
                        if self.state.rules_for(item) == RuleSet::Consent {
                            self.w.objection_resolved(
                                c.number,
                                &self.name(c.objector),
                                &self.w.version(v),
                            )
                        } else {
                            self.w.objection_integrated(
                                c.number,
                                &self.name(c.objector),
                                &self.w.version(v),
                            )
                        }
                    })
                })
                .collect();
            self.blank();
            for line in integrated {
                self.bullet(&line);
            }
            self.logged_concerns(item);
        }
        if !any {
            self.line(self.w.no_decisions());
        }
    }

    fn outputs(&mut self, heading: &str, kinds: &[OutputKind]) {
        self.heading(2, heading);
        let lines: Vec<String> = self
            .state
            .outputs
            .iter()
            .filter(|o| kinds.contains(&o.kind))
            .map(|o| {
                let owner = o.owner.map(|p| self.name(p));
                let item = o
                    .item
                    .and_then(|id| self.state.item(id))
                    .map(|i| self.label(i));
                self.w
                    .output_entry(o.kind, &md(&o.text), owner.as_deref(), item.as_deref())
            })
            .collect();
        if lines.is_empty() {
            self.line(self.w.none());
        }
        for line in lines {
            self.bullet(&line);
        }
    }

    fn dispositions(&mut self) {
        self.heading(2, self.w.dispositions_heading());
        let lines: Vec<String> = self
            .state
            .agenda
            .iter()
            .filter_map(|item| {
                let d = item.disposition?;
                Some(self.w.disposition_entry(
                    &self.label(item),
                    &self.name(item.owner),
                    self.w.disposition(d),
                ))
            })
            .collect();
        if lines.is_empty() {
            self.line(self.w.none());
        }
        for line in lines {
            self.bullet(&line);
        }
    }

    fn details(&mut self) {
        let w = self.w;
        self.heading(2, w.meeting_heading());
        let duration = crate::meeting::views::elapsed_secs(self.state, self.now);
        let mut duration = w.duration(duration);
        if !self.state.is_closed() {
            duration = w.so_far(&duration);
        }
        let timebox = self
            .state
            .timebox_minutes
            .map_or_else(|| w.nobody().to_owned(), |m| w.duration(i64::from(m) * 60));
        let secretary = self
            .state
            .secretary
            .map_or_else(|| w.nobody().to_owned(), |p| self.name(p));
        let fields = [
            (w.circle_field(), md(&self.setup.circle)),
            (w.date_field(), w.date_time(self.setup.opened_at)),
            (w.duration_field(), duration),
            (
                w.format_field(),
                w.format_name(self.setup.format).to_owned(),
            ),
            (
                w.rules_field(),
                w.rule_set_name(self.setup.rules).to_owned(),
            ),
            (w.timebox_field(), timebox),
            (w.facilitator_field(), self.name(self.state.facilitator)),
            (w.secretary_field(), secretary),
        ];
        // A tactical meeting takes no decisions: it has no rule set to name.
        let tactical = self.setup.format == crate::meeting::MeetingFormat::Tactical;
        for (field, value) in fields {
            if tactical && field == w.rules_field() {
                continue;
            }
            self.bullet(&format!("{field}: {value}"));
        }
        self.bullet(&format!("{}:", w.participants_field()));
        let initial = self.setup.participants.len();
        let absent = self.absent_from_start();
        for person in &self.state.people {
            let mut entry = md(&person.who.name);
            if !person.who.roles.is_empty() {
                let roles: Vec<String> = person.who.roles.iter().map(|r| md(r)).collect();
                entry = w.with_roles(&entry, &roles.join(", "));
            }
            if person.id.0 as usize >= initial {
                entry = w.joined_late(&entry);
            }
            match absent.iter().find(|(p, _)| *p == person.id) {
                Some((_, reason)) if !person.present => {
                    entry = w.absent(&entry, reason.as_deref().map(md).as_deref());
                }
                _ if !person.present => entry = w.not_present(&entry),
                _ => {}
            }
            self.sub_bullet(&entry);
        }
    }

    /// Seq of the first entry of the check-in (or of the log's end when
    /// it never started): presence marked before it is absence, not leaving.
    fn check_in_seq(&self) -> u64 {
        self.log
            .iter()
            .find(|e| {
                matches!(
                    e.event,
                    Event::PhaseEntered {
                        phase: crate::meeting::PhaseKind::CheckIn,
                        ..
                    }
                )
            })
            .map_or(u64::MAX, |e| e.seq)
    }

    /// People marked absent before the check-in, with the reason given,
    /// as the check-in found them (undone markings left out).
    fn absent_from_start(&self) -> Vec<(PersonId, Option<String>)> {
        let start = self.check_in_seq();
        let retracted: Vec<u64> = self
            .log
            .iter()
            .filter_map(|e| match e.event {
                Event::Retracted { retracts } => Some(retracts),
                _ => None,
            })
            .collect();
        let mut absent: Vec<(PersonId, Option<String>)> = Vec::new();
        for entry in self
            .log
            .iter()
            .take_while(|e| e.seq < start)
            .filter(|e| !retracted.contains(&e.seq))
        {
            if let Event::PresenceChanged {
                person,
                present,
                reason,
            } = &entry.event
            {
                absent.retain(|(p, _)| p != person);
                if !present {
                    absent.push((*person, reason.clone()));
                }
            }
        }
        absent
    }

    /// Changes the folded state no longer shows (who joined, left or took
    /// over a function, timebox changes, removed items, corrections),
    /// taken from the log so nothing that happened is silently dropped.
    fn changes(&mut self) {
        let w = self.w;
        let retracted: Vec<u64> = self
            .log
            .iter()
            .filter_map(|e| match e.event {
                Event::Retracted { retracts } => Some(retracts),
                _ => None,
            })
            .collect();
        let check_in = self.check_in_seq();
        let mut lines = Vec::new();
        for entry in self.log.iter().filter(|e| !retracted.contains(&e.seq)) {
            let text = match &entry.event {
                // Before the check-in, presence is who takes part at all:
                // the participants say "absent (reason)", nobody "left".
                Event::PresenceChanged { .. } if entry.seq < check_in => continue,
                Event::ParticipantJoined { participant, .. } => w.joined(&md(&participant.name)),
                Event::PresenceChanged {
                    person,
                    present: true,
                    ..
                } => w.came_back(&self.name(*person)),
                Event::PresenceChanged {
                    person,
                    present: false,
                    reason,
                } => w.left(&self.name(*person), reason.as_deref().map(md).as_deref()),
                Event::FacilitatorChanged { person } => w.facilitator_changed(&self.name(*person)),
                Event::SecretaryChanged { person } => {
                    w.secretary_changed(person.map(|p| self.name(p)).as_deref())
                }
                Event::TimeboxChanged { minutes } => {
                    w.timebox_changed(minutes.map(|m| w.duration(i64::from(m) * 60)).as_deref())
                }
                Event::ItemRemoved { item } => {
                    w.item_removed(&self.removed_label(*item, entry.seq))
                }
                _ => continue,
            };
            lines.push(format!("{} · {text}", w.time(entry.at)));
        }
        if !retracted.is_empty() {
            lines.push(w.corrections(retracted.len()));
        }
        if lines.is_empty() {
            return;
        }
        self.heading(2, w.changes_heading());
        for line in lines {
            self.bullet(&line);
        }
    }

    /// The label a removed item had: it is gone from the state, so it is
    /// read from the last add or edit before the removal.
    fn removed_label(&self, item: ItemId, before: u64) -> String {
        let label = self
            .log
            .iter()
            .take_while(|e| e.seq < before)
            .filter_map(|e| match &e.event {
                Event::ItemAdded {
                    item: id, label, ..
                }
                | Event::ItemEdited {
                    item: id, label, ..
                } if *id == item => Some(label.as_str()),
                _ => None,
            })
            .last()
            .unwrap_or("?");
        self.w.quoted(&md(label))
    }

    fn round_section(&mut self, kind: RoundKind) {
        self.heading(2, &capitalize(self.w.round(kind)));
        let rounds: Vec<&Round> = self
            .state
            .rounds
            .iter()
            .filter(|r| r.kind == kind)
            .collect();
        if rounds.is_empty() {
            self.line(self.w.not_held());
        }
        for round in rounds {
            self.turns(round, None);
        }
    }

    /// Each turn of a round in the order it happened, then anyone still
    /// waiting (an open session).
    fn turns(&mut self, round: &Round, item: Option<&Item>) {
        self.blank();
        for turn in &round.turns {
            let said = match &turn.outcome {
                TurnOutcome::Said { text } => {
                    let concern = item.and_then(|i| {
                        i.concerns()
                            .iter()
                            .find(|c| c.round == round.number && c.objector == turn.person)
                    });
                    match concern {
                        Some(c) => self.w.concern_turn(c.number, &md(text)),
                        None => md(text),
                    }
                }
                TurnOutcome::Pass => self.w.pass(round.kind).to_owned(),
                TurnOutcome::Skipped { reason } => {
                    format!("{}: {}", self.w.skipped(), md(reason))
                }
            };
            let limit = round.kind.default_turn_limit_secs().map(i64::from);
            let length = if limit.is_some_and(|l| turn.seconds > l) {
                self.w.over_time(&clock(turn.seconds))
            } else {
                clock(turn.seconds)
            };
            let line = match turn.outcome {
                TurnOutcome::Skipped { .. } => format!("{}: {said}", self.name(turn.person)),
                _ => format!("{} ({length}): {said}", self.name(turn.person)),
            };
            self.bullet(&line);
        }
        for person in round.waiting() {
            let line = format!("{}: {}", self.name(person), self.w.waiting_for_turn());
            self.bullet(&line);
        }
    }

    fn agenda(&mut self) {
        self.heading(2, self.w.agenda_heading());
        if self.state.agenda.is_empty() {
            self.line(self.w.no_items());
        }
        for item in &self.state.agenda {
            self.item(item);
        }
    }

    fn item(&mut self, item: &Item) {
        let w = self.w;
        let heading = format!("{}. {}", self.number_of(item), md(&item.label));
        self.heading(3, &heading);
        self.bullet(&format!("{}: {}", w.owner_field(), self.name(item.owner)));
        let outcome = self.outcome(item);
        self.bullet(&format!("{}: {outcome}", w.outcome_field()));
        self.review(item);
        if let Some(d) = item.disposition {
            self.bullet(&format!("{}: {}", w.close_out_field(), w.disposition(d)));
        }
        if let Some(used) = item_time_used(item, self.now) {
            // A share of 0 s (no time left when the item started) is no share.
            let share = item
                .allowance_secs
                .filter(|s| *s > 0)
                .map(|s| w.duration(s));
            let time = w.time_used(&w.duration(used), share.as_deref());
            self.bullet(&format!("{}: {time}", w.time_field()));
        }
        if item.is_pending() {
            return;
        }
        if self.setup.format == crate::meeting::MeetingFormat::Tactical {
            return self.triage(item);
        }
        if let Some(election) = item.election() {
            // The election places its own rounds among its sections.
            self.election_item(item, election);
            return;
        }
        if self.state.rules_for(item) == RuleSet::Consent {
            self.driver(item);
        } else {
            self.heading(4, w.tension_heading());
            match item.tension() {
                Some(text) => self.quote(text),
                None => self.line(w.not_stated()),
            }
            self.heading(4, w.example_heading());
            match item.example() {
                Some(text) => self.quote(text),
                None => self.line(w.not_stated()),
            }
        }
        self.heading(4, w.proposal_heading());
        if item.help_requested() {
            self.line(w.help_requested());
            self.blank();
        }
        if item.versions().is_empty() {
            self.line(w.not_stated());
        }
        let adopted = item.end.as_ref().and_then(|e| e.adopted_version);
        for version in item.versions() {
            let mut head = format!("**{}** · {}", w.version(version.number), w.time(version.at));
            if let Some(objection) = version.for_objection {
                head = format!("{head} · {}", w.amended_for(objection));
            }
            if adopted == Some(version.number) {
                head = format!("{head} · **{}**", w.ending(Ending::Adopted));
            }
            self.blank();
            self.line(&head);
            self.quote(&version.text);
        }
        self.questions(item);
        self.item_rounds(item);
    }

    /// The item's rounds in order: reactions, nomination sharing, objections.
    fn item_rounds(&mut self, item: &Item) {
        self.item_rounds_where(item, |_| true);
    }

    /// The item's rounds of the kinds `which` accepts, in order.
    fn item_rounds_where(&mut self, item: &Item, which: impl Fn(RoundKind) -> bool) {
        let w = self.w;
        for number in &item.rounds {
            let Some(round) = self.state.rounds.iter().find(|r| r.number == *number) else {
                continue;
            };
            if !which(round.kind) {
                continue;
            }
            match round.kind {
                RoundKind::Objection => {
                    let version = item
                        .versions()
                        .iter()
                        .rev()
                        .find(|v| v.at <= round.started_at)
                        .map_or(0, |v| v.number);
                    self.heading(4, &w.objection_round_on(&w.version(version)));
                    self.turns(round, Some(item));
                    let raised: Vec<&Concern> = item
                        .concerns()
                        .iter()
                        .filter(|c| c.round == round.number)
                        .collect();
                    if !raised.is_empty() {
                        self.blank();
                        self.line(&format!("**{}**", w.concerns_label()));
                    }
                    for concern in raised {
                        self.concern(concern);
                    }
                }
                RoundKind::Consent => self.consent_round(item, round),
                kind => {
                    self.heading(4, &capitalize(w.round(kind)));
                    self.turns(round, Some(item));
                    let reactions = matches!(kind, RoundKind::Reaction | RoundKind::QuickReaction);
                    if reactions && !item.clarifications().is_empty() {
                        self.heading(4, w.clarifications_heading());
                        for text in item.clarifications() {
                            self.bullet(&md(text));
                        }
                    }
                }
            }
        }
    }

    fn outcome(&self, item: &Item) -> String {
        let w = self.w;
        match &item.end {
            Some(end) if end.ending == Ending::Adopted && item.is_election() => {
                w.ended_at(w.elected_word(), &w.time(end.at), None)
            }
            Some(end) if end.ending == Ending::Adopted => w.adopted_at(
                &w.version(end.adopted_version.unwrap_or(0)),
                &w.time(end.at),
            ),
            Some(end) => {
                let reason = end.reason.as_deref().map(md);
                w.ended_at(w.ending(end.ending), &w.time(end.at), reason.as_deref())
            }
            None => match item.step {
                Some(step) => w.in_progress(w.step(step)),
                None => w.not_reached().to_owned(),
            },
        }
    }

    fn questions(&mut self, item: &Item) {
        if item.questions().is_empty() {
            return;
        }
        let w = self.w;
        self.heading(4, w.questions_heading());
        for q in item.questions() {
            let line = format!("{}. {}: {}", q.number, self.name(q.asker), md(&q.text));
            self.line(&line);
            let answer = match (&q.answer, &q.ruled_out) {
                (_, Some(reason)) => w.ruled_out_of_order(&md(reason)),
                (Some(Some(answer)), None) => w.answer(&md(answer)),
                (Some(None), None) => w.answer(w.not_specified()),
                (None, None) => w.not_answered().to_owned(),
            };
            self.line(&format!("   - {answer}"));
        }
    }

    fn concern(&mut self, concern: &Concern) {
        let w = self.w;
        self.blank();
        let head = w.concern_heading(
            concern.number,
            &self.name(concern.objector),
            &w.version(concern.against_version),
        );
        self.bullet(&head);
        if let Some(by) = concern.test_requested_by {
            self.sub_bullet(&w.test_requested_by(&self.name(by)));
        }
        if concern.recorded_untested {
            self.sub_bullet(w.recorded_untested());
        }
        for test in &concern.tests {
            let argument = if test.argument.is_empty() {
                w.no_argument().to_owned()
            } else {
                md(&test.argument)
            };
            let line = w.criterion_result(
                test.criterion.letter(),
                w.criterion(test.criterion),
                &argument,
                test.holds,
            );
            self.sub_bullet(&line);
        }
        if let Some((upheld, note)) = &concern.secretary_ruling {
            self.sub_bullet(&w.secretary_ruling(*upheld, &md(note)));
        }
        let status = match concern.status() {
            ConcernStatus::Raised => w.concern_unhandled().to_owned(),
            ConcernStatus::Testing => w.concern_testing().to_owned(),
            ConcernStatus::Valid => w.concern_valid().to_owned(),
            ConcernStatus::Dismissed { criterion: c } => w.dismissed_on(c.letter(), w.criterion(c)),
            ConcernStatus::Integrated { version } => w.integrated_in(&w.version(version)),
            ConcernStatus::Abandoned => {
                w.abandoned(&md(concern.abandoned.as_deref().unwrap_or_default()))
            }
            ConcernStatus::Requalified => {
                w.requalified(&md(concern.requalified.as_deref().unwrap_or_default()))
            }
        };
        self.sub_bullet(&format!("**{status}**"));
    }
}

#[cfg(test)]
mod tests;
