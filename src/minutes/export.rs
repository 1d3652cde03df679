//! The normalised JSON export: one self-contained document per session for
//! other tools (dashboards, archives, analysis), so they never have to
//! replay the log or know the engine's folding rules.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use serde_json::{Value, json};

use crate::meeting::consent::{AgreementReview, ConsentTurn, Driver};
use crate::meeting::election::Election;
use crate::meeting::shared::SharedVec;
use crate::meeting::state::{
    ActiveTimeOut, Concern, Item, ItemEnd, MeetingState, Note, Output, Person, Phase,
    ProposalVersion, Question, Round, Ruling,
};
use crate::meeting::tactical::{TacticalState, Triage};
use crate::meeting::views::{speaking_time, tally};
use crate::meeting::{Disposition, IdmStep, ItemId, MeetingFormat, Part, PersonId, Session};

/// The `format` field of an export, so a tool can recognise the document.
pub const EXPORT_FORMAT: &str = "spanning-export";

/// The `version` field; raised when the export's shape changes
/// incompatibly, so tools can refuse what they do not understand.
pub const EXPORT_VERSION: u32 = 1;

/// The whole session as one JSON value: the setup, the raw event log (for
/// tools that want to replay or audit), the folded state (for tools that
/// want answers), and a summary (counts and speaking time by name).
///
/// Texts are exported as recorded, not sanitized: JSON escapes control
/// characters itself, and a consumer that prints them must sanitize them
/// for its own medium, as the minutes do.
pub fn export_json(session: &Session) -> Value {
    let state = session.state();
    let speaking: Vec<Value> = speaking_time(state)
        .into_iter()
        .map(|(person, seconds)| {
            json!({
                "person": person,
                "name": state.name(person),
                "seconds": seconds,
            })
        })
        .collect();
    let mut doc = json!({
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "setup": session.setup(),
        "events": session.log(),
        "state": ExportState::of(state),
        "summary": {
            "closed": state.is_closed(),
            "tally": tally(state),
            "speaking_time": speaking,
        },
    });
    // Who was elected into which role, for how long; only present when a
    // session held an election, so other exports are unchanged.
    let elected: Vec<Value> = state
        .agenda
        .iter()
        .filter_map(|item| {
            let e = item.elected()?;
            Some(json!({
                "item": item.id,
                "role": e.role,
                "person": e.person,
                "name": state.name(e.person),
                "term": e.term,
                "ends": e.term.ends(session.setup().opened_at),
            }))
        })
        .collect();
    if !elected.is_empty() {
        doc["summary"]["elected"] = Value::Array(elected);
    }
    // A tactical meeting's work per owner, ready for a to-do tool.
    if state.format == crate::meeting::MeetingFormat::Tactical {
        let per_owner: Vec<Value> = crate::meeting::tactical::outputs_per_owner(state)
            .into_iter()
            .map(|group| {
                json!({
                    "person": group.owner,
                    "name": group.owner.map(|p| state.name(p)),
                    "outputs": group.outputs,
                    "accepted_requests": group
                        .accepted
                        .iter()
                        .map(|a| json!({ "item": a.item, "request": a.request }))
                        .collect::<Vec<_>>(),
                })
            })
            .collect();
        doc["summary"]["per_owner"] = Value::Array(per_owner);
    }
    doc
}

/// The folded state as the export shows it. Spelled out field by field (and
/// in this order) so that reshaping the engine's state cannot change the
/// document other tools read; only a deliberate change here can.
#[derive(Serialize)]
struct ExportState<'s> {
    phase: Phase,
    people: &'s [Person],
    facilitator: PersonId,
    secretary: Option<PersonId>,
    timebox_minutes: Option<u32>,
    opened_at: DateTime<FixedOffset>,
    last_at: DateTime<FixedOffset>,
    agenda: Vec<ExportItem<'s>>,
    next_item_id: u32,
    rounds: &'s SharedVec<Round>,
    outputs: &'s SharedVec<Output>,
    rulings: &'s SharedVec<Ruling>,
    notes: &'s SharedVec<Note>,
    time_out: Option<&'s ActiveTimeOut>,
    closed_at: Option<DateTime<FixedOffset>>,
    format: MeetingFormat,
    #[serde(skip_serializing_if = "TacticalState::is_empty")]
    tactical: &'s TacticalState,
    /// What earlier meetings offered the agenda, and what became of it.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    offers: &'s [crate::meeting::offers::Offer],
}

impl<'s> ExportState<'s> {
    fn of(state: &'s MeetingState) -> Self {
        Self {
            phase: state.phase,
            people: &state.people,
            facilitator: state.facilitator,
            secretary: state.secretary,
            timebox_minutes: state.timebox_minutes,
            opened_at: state.opened_at,
            last_at: state.last_at,
            agenda: state.agenda.iter().map(ExportItem::of).collect(),
            next_item_id: state.next_item_id,
            rounds: &state.rounds,
            outputs: &state.outputs,
            rulings: &state.rulings,
            notes: &state.notes,
            time_out: state.time_out.as_ref(),
            closed_at: state.closed_at,
            format: state.format,
            tactical: &state.tactical,
            offers: &state.offers,
        }
    }
}

/// One agenda item as the export shows it: every process's record side by
/// side, the ones an item's process does not use left out.
#[derive(Serialize)]
struct ExportItem<'s> {
    id: ItemId,
    label: &'s str,
    owner: PersonId,
    added_at: DateTime<FixedOffset>,
    started_at: Option<DateTime<FixedOffset>>,
    step: Option<IdmStep>,
    tension: Option<&'s str>,
    example: Option<&'s str>,
    help_requested: bool,
    versions: &'s [ProposalVersion],
    questions: &'s [Question],
    clarifications: &'s [String],
    concerns: &'s [Concern],
    rounds: &'s [u32],
    end: Option<&'s ItemEnd>,
    disposition: Option<Disposition>,
    allowance_secs: Option<i64>,
    #[serde(skip_serializing_if = "Driver::is_empty")]
    driver: &'s Driver,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    consent_turns: &'s [ConsentTurn],
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<&'s AgreementReview>,
    #[serde(skip_serializing_if = "Option::is_none")]
    election: Option<&'s Election>,
    #[serde(skip_serializing_if = "Triage::is_empty")]
    triage: &'s Triage,
    /// The governance changes the item made (the parts of its adopted
    /// version), for tools that keep a record; an election's result is in
    /// `summary.elected`.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    governance_changes: &'s [Part],
}

impl<'s> ExportItem<'s> {
    fn of(item: &'s Item) -> Self {
        Self {
            id: item.id,
            label: &item.label,
            owner: item.owner,
            added_at: item.added_at,
            started_at: item.started_at,
            step: item.step,
            tension: item.tension(),
            example: item.example(),
            help_requested: item.help_requested(),
            versions: item.versions(),
            questions: item.questions(),
            clarifications: item.clarifications(),
            concerns: item.concerns(),
            rounds: &item.rounds,
            end: item.end.as_ref(),
            disposition: item.disposition,
            allowance_secs: item.allowance_secs,
            driver: item.driver(),
            consent_turns: item.consent_turns(),
            review: item.review(),
            election: item.election(),
            triage: item.triage(),
            governance_changes: item.adopted_version_parts(),
        }
    }
}
