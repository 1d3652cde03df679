//! The live page as HTML, rendered on the server from the folded meeting:
//! where the meeting is, who has the floor, the timers, the item under way
//! with its proposal and the changes between versions, the round so far,
//! the agenda and what the meeting produced. Every text from the session is
//! untrusted and passes through [`escape::html`]; every word of the
//! product comes from `text` in the session's language.
//!
//! The page is one static document ([`document`]) with the live part
//! ([`live`]) inside `<main>`; each update replaces `<main>` with a newly
//! rendered live part. Timers carry their value in seconds and whether
//! they run, so the page's few lines of script can tick them between
//! updates without knowing any meeting rule.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};

use crate::meeting::election::Election;
use crate::meeting::state::{Item, ItemProcess, Round, TurnOutcome};
use crate::meeting::tactical::Triage;
use crate::meeting::views::{self, floor_holders};
use crate::meeting::{
    ConsentAnswer, DriverPart, IdmStep, MeetingState, PersonId, Phase, RequestTo, RoundKind,
    RuleSet, Session, TacticalList,
};
use crate::minutes::escape::html;
use crate::review::story::{SpanKind, version_diffs};
use crate::text::election::ElectionHeading;
use crate::text::serve::ServeLabel;
use crate::text::tactical::TacticalLabel;
use crate::text::tui::Label;
use crate::text::{Words, capitalise};

/// The page's style sheet: plain CSS, light and dark by
/// `prefers-color-scheme`, one column on a phone.
const STYLE: &str = include_str!("page.css");
/// The page's script: opens the event stream, swaps `<main>`, ticks timers.
const SCRIPT: &str = include_str!("page.js");

/// The whole page: head, style, the live part as it is now, the script.
/// `events` is the path of the event stream (it carries the token);
/// `record` is the governance record's section, already rendered and
/// escaped (see [`super::record`]), placed at the end of the live part.
pub fn document(
    session: &Session,
    now: DateTime<FixedOffset>,
    events: &str,
    record: &str,
) -> String {
    let setup = session.setup();
    let words = setup.lang.words();
    let lang = match setup.lang {
        crate::meeting::Lang::En => "en",
        crate::meeting::Lang::Nl => "nl",
    };
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>{heading}</h1><p class=\"sub\">{circle}</p>\
         <p class=\"sub\">{read_only} <span id=\"conn\" data-live=\"{live}\" \
         data-lost=\"{lost}\" role=\"status\"></span></p>\
         <noscript><p class=\"sub\">{noscript}</p></noscript></header>\n\
         <main id=\"live\" data-events=\"{events}\">{body}{record}</main>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        title = html(&words.page_title(&setup.title)),
        heading = html(&setup.title),
        circle = html(&setup.circle),
        read_only = html(words.serve_label(ServeLabel::ReadOnly)),
        live = html(words.serve_label(ServeLabel::Live)),
        lost = html(words.serve_label(ServeLabel::Reconnecting)),
        noscript = html(words.serve_label(ServeLabel::NoScript)),
        events = html(events),
        body = live(session, now),
    );
    out
}

/// The live part of the page (the inside of `<main>`) at `now`: one line of
/// HTML, so it travels as one server-sent event.
pub fn live(session: &Session, now: DateTime<FixedOffset>) -> String {
    let state = session.state();
    let words = session.setup().lang.words();
    let page = Live {
        state,
        words,
        now,
        out: String::with_capacity(8 * 1024),
    };
    page.render()
}

/// Renders one live part.
struct Live<'a> {
    state: &'a MeetingState,
    words: &'static dyn Words,
    now: DateTime<FixedOffset>,
    out: String,
}

impl Live<'_> {
    fn render(mut self) -> String {
        self.where_now();
        self.floor();
        self.timers();
        if let Some(list) = TacticalList::of_phase(self.state.phase) {
            self.review(list);
        }
        if let Some(item) = self.state.active_item() {
            self.item(item);
        }
        self.round();
        self.agenda();
        self.produced();
        self.out
    }

    fn name(&self, person: PersonId) -> String {
        html(self.state.name(person))
    }

    fn label(&self, label: Label) -> String {
        html(self.words.label(label))
    }

    fn serve(&self, label: ServeLabel) -> String {
        html(self.words.serve_label(label))
    }

    fn section(&mut self, id: &str, heading: &str) {
        let _ = write!(
            self.out,
            "<section id=\"{id}\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{heading}</h2>"
        );
    }

    /// Phase and step, the item's place on the agenda, a running time-out.
    fn where_now(&mut self) {
        let state = self.state;
        let words = self.words;
        let heading = self.serve(ServeLabel::WhereNow);
        self.section("now", &heading);
        // During an item the phase is the item (its place on the agenda),
        // and the step follows it.
        let phase = match (
            state.phase,
            state.active_item(),
            views::item_position(state),
        ) {
            (Phase::Item { .. }, Some(item), Some((n, m))) => words.item_heading(n, m, &item.label),
            (Phase::Opening, _, _) => words.label(Label::Opening).to_owned(),
            (phase, _, _) => capitalise(words.phase(phase)),
        };
        let _ = write!(self.out, "<p class=\"phase\">{}</p>", html(&phase));
        if let Phase::Item { step, .. } = state.phase {
            let _ = write!(
                self.out,
                "<p class=\"step\">{}</p>",
                html(&capitalise(step_name(state, step, words)))
            );
        }
        if let Some(time_out) = &state.time_out {
            let _ = write!(
                self.out,
                "<p class=\"timeout\" role=\"status\">{} <span class=\"why\">{}</span></p>",
                self.label(Label::TimeOut),
                html(&time_out.reason)
            );
        }
        if state.is_closed() {
            let _ = write!(
                self.out,
                "<p class=\"closed\">{}</p>",
                self.label(Label::Closed)
            );
        }
        self.out.push_str("</section>");
    }

    /// Who has the floor, and for how long.
    fn floor(&mut self) {
        let state = self.state;
        let heading = self.serve(ServeLabel::FloorHeading);
        self.section("floor", &heading);
        let holders = floor_holders(state);
        if holders.is_empty() {
            let _ = write!(
                self.out,
                "<p class=\"nobody\">{}</p>",
                self.serve(ServeLabel::NobodyHasFloor)
            );
        } else {
            let names: Vec<String> = holders.iter().map(|p| state.name(*p).to_owned()).collect();
            let who = crate::text::join_names(&names, self.words.and());
            let tag = if state.current_round().is_some() {
                self.label(Label::Now)
            } else {
                self.label(Label::Speaking)
            };
            let _ = write!(
                self.out,
                "<p class=\"speaker\"><span class=\"tag\">▶ {tag}</span> <strong>{}</strong></p>",
                html(&who)
            );
            if let Some(round) = state.current_round() {
                let secs = views::floor_secs(state, round, self.now);
                let running = state.time_out.is_none();
                let _ = write!(
                    self.out,
                    "<p class=\"floor-time\">{} {}</p>",
                    self.label(Label::Floor),
                    timer(secs, running)
                );
            }
        }
        self.out.push_str("</section>");
    }

    /// The meeting clock, the timebox, the item's time against its share.
    fn timers(&mut self) {
        let state = self.state;
        let now = self.now;
        let heading = self.serve(ServeLabel::Timers);
        self.section("timers", &heading);
        self.out.push_str("<dl>");
        // Clocks stand still before the check-in, during a time-out (the
        // floor only) and once the meeting closed.
        let running = state.clock_from.is_some() && !state.is_closed();
        match state.clock_from {
            Some(_) => {
                let elapsed = views::elapsed_secs(state, now);
                let _ = write!(
                    self.out,
                    "<div><dt>{}</dt><dd>{}</dd></div>",
                    html(&capitalise(self.words.label(Label::Elapsed))),
                    timer(elapsed, running)
                );
                if let Some(minutes) = state.timebox_minutes {
                    let over = elapsed - i64::from(minutes) * 60;
                    let _ = if over >= 0 {
                        write!(
                            self.out,
                            "<div class=\"over\"><dt>⚠ {}</dt><dd>{}</dd></div>",
                            html(&capitalise(self.words.label(Label::Over))),
                            timer(over, running)
                        )
                    } else {
                        write!(
                            self.out,
                            "<div><dt>{}</dt><dd>{}</dd></div>",
                            html(&capitalise(self.words.label(Label::Left))),
                            countdown(-over, running)
                        )
                    };
                } else {
                    let _ = write!(
                        self.out,
                        "<div><dt>{}</dt><dd></dd></div>",
                        self.label(Label::NoTimebox)
                    );
                }
            }
            None => {
                let _ = write!(
                    self.out,
                    "<div><dt>{}</dt><dd></dd></div>",
                    html(&capitalise(self.words.label(Label::ClockNotStarted)))
                );
            }
        }
        if let Some(item) = state.active_item() {
            let used = views::item_time_used(item, now).unwrap_or(0);
            let over = item.allowance_secs.is_some_and(|s| used > s);
            let _ = write!(
                self.out,
                "<div{}><dt>{}{}</dt><dd>{}</dd></div>",
                if over { " class=\"over\"" } else { "" },
                if over { "⚠ " } else { "" },
                html(&capitalise(self.words.label(Label::ItemTime))),
                timer(used, running)
            );
            if let Some(share) = item.allowance_secs {
                let _ = write!(
                    self.out,
                    "<div><dt>{}</dt><dd>{}</dd></div>",
                    html(&capitalise(self.words.label(Label::FairShare))),
                    html(&crate::minutes::clock(share))
                );
            }
        }
        self.out.push_str("</dl></section>");
    }

    /// The item under way: its tension (or driver), the proposal as it
    /// stands, the changes between its versions and its concerns.
    fn item(&mut self, item: &Item) {
        let state = self.state;
        let words = self.words;
        let heading = self.serve(ServeLabel::CurrentItem);
        self.section("item", &heading);
        let _ = write!(
            self.out,
            "<p class=\"label\">{}</p><p class=\"owner\">{}: {}</p>",
            html(&item.label),
            html(&capitalise(words.label(Label::Owner))),
            self.name(item.owner)
        );
        if let ItemProcess::Triage(triage) = &item.process {
            self.triage(triage);
            self.out.push_str("</section>");
            return;
        }
        if let Some(election) = item.election() {
            self.election(item, election);
            self.out.push_str("</section>");
            return;
        }
        if state.rules_for(item) == RuleSet::Consent {
            let driver = item.driver();
            for part in [
                DriverPart::Situation,
                DriverPart::Effect,
                DriverPart::Need,
                DriverPart::Impact,
            ] {
                if let Some(text) = driver.part(part) {
                    self.panel(&capitalise(words.driver_part(part)), text);
                }
            }
        } else {
            if let Some(tension) = item.tension() {
                self.panel(words.label(Label::Tension), tension);
            }
            if let Some(example) = item.example() {
                self.panel(words.label(Label::Example), example);
            }
        }
        match item.current_version() {
            Some(version) => {
                let title = format!(
                    "{} ({})",
                    words.label(Label::Proposal),
                    words.version(version.number)
                );
                let _ = write!(
                    self.out,
                    "<div class=\"panel proposal\"><h3>{}</h3><p class=\"text\">{}</p></div>",
                    html(&title),
                    html(&version.text)
                );
            }
            None => {
                let _ = write!(
                    self.out,
                    "<div class=\"panel proposal\"><h3>{}</h3><p class=\"muted\">{}</p></div>",
                    self.label(Label::Proposal),
                    self.label(Label::NotYet)
                );
            }
        }
        let diffs = version_diffs(item);
        if !diffs.is_empty() {
            let _ = write!(
                self.out,
                "<div class=\"panel diffs\"><h3>{}</h3>",
                self.serve(ServeLabel::Changes)
            );
            let added = self.serve(ServeLabel::Added);
            let removed = self.serve(ServeLabel::Removed);
            for diff in diffs.iter().rev() {
                let _ = write!(
                    self.out,
                    "<h4>{}</h4><p class=\"text diff\">",
                    html(&words.version_change(diff.from, diff.to, diff.for_objection))
                );
                for span in &diff.spans {
                    let text = html(&span.text);
                    let _ = match span.kind {
                        SpanKind::Same => write!(self.out, "{text}"),
                        SpanKind::Added => {
                            write!(self.out, "<ins title=\"{added}\">{text}</ins>")
                        }
                        SpanKind::Removed => {
                            write!(self.out, "<del title=\"{removed}\">{text}</del>")
                        }
                    };
                }
                self.out.push_str("</p>");
            }
            self.out.push_str("</div>");
        }
        self.concerns(item);
        self.out.push_str("</section>");
    }

    /// An election: the role and term, the nominations (before the
    /// sharing round only who has nominated, never whom, as on the shared
    /// screen), then the ballots, changes and count, and the candidate
    /// proposed with the concerns raised.
    fn election(&mut self, item: &Item, election: &Election) {
        let state = self.state;
        let words = self.words;
        let from = item.started_at.unwrap_or(state.opened_at);
        if let Some(description) = &election.description {
            self.panel(words.election_heading(ElectionHeading::Role), description);
        }
        if let Some(term) = election.term_in_force() {
            self.panel(
                words.election_heading(ElectionHeading::Term),
                &words.term(term, from),
            );
        }
        let name = |p: PersonId| state.name(p).to_owned();
        let mut lines: Vec<String> = Vec::new();
        if election.revealed {
            for ballot in &election.ballots {
                lines.push(words.ballot(&name(ballot.voter), &name(ballot.first_nominee)));
            }
            for change in &election.changes {
                lines.push(words.change(&name(change.voter), &name(change.from), &name(change.to)));
            }
            for (nominee, count) in election.tally() {
                lines.push(words.tally(&name(nominee), count));
            }
        } else if !election.ballots.is_empty() || item.step == Some(IdmStep::Nominations) {
            let voters = election.voters(state);
            lines.push(words.ballots_in(election.ballots.len(), voters.len()));
            for voter in voters {
                lines.push(match election.ballot_of(voter) {
                    Some(_) => words.has_nominated(&name(voter)),
                    None => words.not_nominated(&name(voter)),
                });
            }
        }
        if !lines.is_empty() {
            let _ = write!(
                self.out,
                "<div class=\"panel nominations\"><h3>{}</h3><ul>",
                html(words.election_heading(ElectionHeading::Ballots))
            );
            for line in lines {
                let _ = write!(self.out, "<li>{}</li>", html(&line));
            }
            self.out.push_str("</ul></div>");
        }
        if let Some(candidacy) = election.candidacy() {
            let text = words.candidacy(
                candidacy.version,
                &name(candidacy.candidate),
                &words.term(&candidacy.term, from),
            );
            let _ = write!(
                self.out,
                "<div class=\"panel proposal\"><h3>{}</h3><p class=\"text\">{}</p>",
                html(words.election_heading(ElectionHeading::Candidacies)),
                html(&text)
            );
            if candidacy.tied.len() > 1 {
                let tied: Vec<String> = candidacy.tied.iter().map(|p| name(*p)).collect();
                let _ = write!(
                    self.out,
                    "<p class=\"muted\">{}</p>",
                    html(&words.tie(&tied))
                );
            }
            self.out.push_str("</div>");
        }
        self.concerns(item);
    }

    /// The item's concerns and objections with where each stands.
    fn concerns(&mut self, item: &Item) {
        let words = self.words;
        let concerns = item.concerns();
        if !concerns.is_empty() {
            let _ = write!(
                self.out,
                "<div class=\"panel concerns\"><h3>{}</h3><ul>",
                self.label(Label::Concerns)
            );
            for concern in concerns {
                let _ = write!(
                    self.out,
                    "<li><strong>{}</strong>: {} <span class=\"state\">({})</span></li>",
                    self.name(concern.objector),
                    html(&concern.text),
                    html(&words.concern_status(&concern.status()))
                );
            }
            self.out.push_str("</ul></div>");
        }
    }

    /// A tactical item's triage: the owner's need and the requests made.
    fn triage(&mut self, triage: &Triage) {
        let words = self.words;
        let need = triage.need.as_deref().unwrap_or("");
        if need.is_empty() {
            let _ = write!(
                self.out,
                "<div class=\"panel\"><h3>{}</h3><p class=\"muted\">{}</p></div>",
                html(words.need()),
                self.label(Label::NotYet)
            );
        } else {
            self.panel(words.need(), need);
        }
        if triage.requests.is_empty() {
            return;
        }
        let _ = write!(
            self.out,
            "<div class=\"panel requests\"><h3>{}</h3><ul>",
            html(words.requests())
        );
        for request in &triage.requests {
            let who = match &request.to {
                RequestTo::Person(person) => self.state.name(*person).to_owned(),
                RequestTo::Role(role) => role.clone(),
            };
            let _ = write!(
                self.out,
                "<li>{} <span class=\"owner\">({})</span> <span class=\"state\">{}</span></li>",
                html(&request.text),
                html(&words.request_to(&who)),
                html(words.request_state(request.accepted))
            );
        }
        self.out.push_str("</ul></div>");
    }

    /// A tactical meeting's review (checklist, metrics or projects): each
    /// entry, whose it is, and its answer so far.
    fn review(&mut self, list: TacticalList) {
        let state = self.state;
        let words = self.words;
        let heading = html(words.list_title(list));
        self.section("review", &heading);
        let entries = state.tactical.list(list);
        if entries.is_empty() {
            let _ = write!(
                self.out,
                "<p class=\"muted\">{}</p></section>",
                html(words.tactical_label(TacticalLabel::EmptyList))
            );
            return;
        }
        self.out.push_str("<ul class=\"review\">");
        for entry in entries {
            let owner = match (entry.owner, &entry.former_owner) {
                (Some(person), _) => state.name(person).to_owned(),
                (None, Some(name)) => words.former_owner(name),
                (None, None) => String::new(),
            };
            let owner = if owner.is_empty() {
                String::new()
            } else {
                format!(" <span class=\"owner\">({})</span>", html(&owner))
            };
            let answer = match &entry.answer {
                Some(answer) => format!(
                    "<span class=\"answer\">{}</span>",
                    html(&words.entry_answer(answer))
                ),
                None => format!("<span class=\"muted\">{}</span>", html(words.unanswered())),
            };
            let _ = write!(
                self.out,
                "<li><strong>{}</strong>{owner}: {answer}</li>",
                html(&entry.text)
            );
        }
        self.out.push_str("</ul></section>");
    }

    fn panel(&mut self, title: &str, text: &str) {
        let _ = write!(
            self.out,
            "<div class=\"panel\"><h3>{}</h3><p class=\"text\">{}</p></div>",
            html(title),
            html(text)
        );
    }

    /// The round running now, turn by turn, and who is still to speak.
    fn round(&mut self) {
        let state = self.state;
        let heading = self.serve(ServeLabel::RoundSoFar);
        self.section("round", &heading);
        let Some(round) = state.current_round() else {
            let _ = write!(
                self.out,
                "<p class=\"muted\">{}</p></section>",
                self.serve(ServeLabel::NoRound)
            );
            return;
        };
        let _ = write!(
            self.out,
            "<p class=\"round-name\">{}</p><ol class=\"turns\">",
            html(&capitalise(self.words.round(round.kind)))
        );
        for turn in &round.turns {
            let said = match &turn.outcome {
                TurnOutcome::Said { text } => {
                    let tag = self.consent_tag(round, turn.person);
                    format!("{tag}{}", html(text))
                }
                TurnOutcome::Pass => match self.consent_tag(round, turn.person) {
                    tag if !tag.is_empty() => tag,
                    _ => format!("<em>{}</em>", html(self.words.pass(round.kind))),
                },
                TurnOutcome::Skipped { reason } => {
                    format!("<em>{}</em>", html(&self.words.skipped_because(reason)))
                }
            };
            let _ = write!(
                self.out,
                "<li class=\"done\"><strong>{}</strong>: {said}</li>",
                self.name(turn.person)
            );
        }
        let current = round.current();
        for person in round.waiting() {
            if Some(person) == current {
                let _ = write!(
                    self.out,
                    "<li class=\"current\" aria-current=\"step\"><strong>▶ {}</strong></li>",
                    self.name(person)
                );
            } else {
                let _ = write!(
                    self.out,
                    "<li class=\"waiting\">{} <span class=\"muted\">({})</span></li>",
                    self.name(person),
                    self.serve(ServeLabel::StillToSpeak)
                );
            }
        }
        self.out.push_str("</ol>");
        if round.is_complete() {
            let _ = write!(
                self.out,
                "<p class=\"complete\">{}</p>",
                self.label(Label::RoundComplete)
            );
        }
        self.out.push_str("</section>");
    }

    /// In a consent round, what a turn was: consent, a concern or an
    /// objection (a tag before the text); empty elsewhere.
    fn consent_tag(&self, round: &Round, person: PersonId) -> String {
        if round.kind != RoundKind::Consent {
            return String::new();
        }
        let Some(item) = self.state.active_item() else {
            return String::new();
        };
        let answer = item
            .consent_turns()
            .iter()
            .rev()
            .find(|t| t.round == round.number && t.person == person)
            .map(|t| &t.answer);
        let label = match answer {
            Some(ConsentAnswer::Consent) => Label::Consent,
            Some(ConsentAnswer::Concern { .. }) => Label::Concern,
            Some(ConsentAnswer::Objection { .. }) => Label::Objection,
            None => return String::new(),
        };
        format!(
            "<span class=\"tag\">{}</span> ",
            html(&capitalise(self.words.label(label)))
        )
    }

    /// Every agenda item with where it stands.
    fn agenda(&mut self) {
        let state = self.state;
        let words = self.words;
        let heading = self.label(Label::Agenda);
        self.section("agenda", &heading);
        if state.agenda.is_empty() {
            let _ = write!(
                self.out,
                "<p class=\"muted\">{}</p></section>",
                self.label(Label::AgendaEmpty)
            );
            return;
        }
        self.out.push_str("<ol class=\"agenda\">");
        let active = state.active_item().map(|i| i.id);
        for item in &state.agenda {
            let (class, how) = if Some(item.id) == active {
                let step = item
                    .step
                    .map(|s| step_name(state, s, words))
                    .unwrap_or_default();
                (
                    "active",
                    format!("{}: {}", words.label(Label::InProgress), step),
                )
            } else if let Some(end) = &item.end {
                let mut how = words.ending_for(end.ending, item.is_election()).to_owned();
                if let Some(disposition) = item.disposition {
                    how = format!("{how}, {}", words.disposition(disposition));
                }
                ("ended", how)
            } else if item.started_at.is_some() {
                ("ended", words.serve_label(ServeLabel::Ended).to_owned())
            } else {
                ("waiting", words.label(Label::Waiting).to_owned())
            };
            let current = if class == "active" {
                " aria-current=\"step\""
            } else {
                ""
            };
            let _ = write!(
                self.out,
                "<li class=\"{class}\"{current}><strong>{}</strong> <span class=\"owner\">({})</span> \
                 <span class=\"state\">{}</span></li>",
                html(&item.label),
                self.name(item.owner),
                html(&how)
            );
        }
        self.out.push_str("</ol></section>");
    }

    /// Next actions, projects and information recorded so far.
    fn produced(&mut self) {
        let state = self.state;
        if state.outputs.is_empty() {
            return;
        }
        let heading = self.serve(ServeLabel::Produced);
        self.section("produced", &heading);
        self.out.push_str("<ul>");
        for output in &state.outputs {
            let owner = output
                .owner
                .map(|p| format!(" <span class=\"owner\">({})</span>", self.name(p)))
                .unwrap_or_default();
            let _ = write!(
                self.out,
                "<li><span class=\"tag\">{}</span> {}{owner}</li>",
                html(&capitalise(self.words.output_kind(output.kind))),
                html(&output.text)
            );
        }
        self.out.push_str("</ul></section>");
    }
}

/// The name of an item's step as the room knows it (the shared screen's
/// phase bar says the same): under consent rules the proposer presents a
/// driver and the reaction round is one of quick reactions.
fn step_name(state: &MeetingState, step: IdmStep, words: &dyn Words) -> &'static str {
    match (state.active_rules(), step) {
        (RuleSet::Consent, IdmStep::PresentProposal) => words.driver_step(),
        (RuleSet::Consent, IdmStep::ReactionRound) => words.round(RoundKind::QuickReaction),
        _ => words.step(step),
    }
}

/// A clock counting up from `secs`; the script ticks it while it runs.
fn timer(secs: i64, running: bool) -> String {
    tick(secs, running, "up")
}

/// A clock counting down from `secs`.
fn countdown(secs: i64, running: bool) -> String {
    tick(secs, running, "down")
}

fn tick(secs: i64, running: bool, dir: &str) -> String {
    format!(
        "<time class=\"tick\" data-secs=\"{secs}\" data-run=\"{}\" data-dir=\"{dir}\">{}</time>",
        u8::from(running),
        crate::minutes::clock(secs)
    )
}
