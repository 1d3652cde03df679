//! The normalised JSON export: one self-contained document per session for
//! other tools (dashboards, archives, analysis), so they never have to
//! replay the log or know the engine's folding rules.

use serde_json::{Value, json};

use crate::meeting::Session;
use crate::meeting::views::{speaking_time, tally};

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
        "state": state,
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
                })
            })
            .collect();
        doc["summary"]["per_owner"] = Value::Array(per_owner);
    }
    doc
}
