//! The loader enforces the limits typing does: no text over the text
//! limit, no entry but an undo past the most entries a session records.
//! A file breaking them was edited by hand (a 60 MB note cost `show`
//! 406 MB; 300,000 notes ran out of memory) and is refused with a message
//! naming the entry and saying how to fix it. Files spanning writes at the
//! limits, escapes included, still load.

use spanning::meeting::decide::MAX_TEXT_BYTES;
use spanning::meeting::session::MAX_EVENTS;
use spanning::meeting::{Command, LogProblem, SessionLoadProblem};
use spanning::store::{self, LoadErrorKind};
use spanning::text::Lang;

use crate::support::common::{at, open_meeting};

/// Writes `json` as a session file and loads it.
fn load(json: &serde_json::Value) -> Result<store::Loaded, store::LoadError> {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("edited.json");
    std::fs::write(&path, serde_json::to_vec_pretty(json).expect("json")).expect("write");
    store::load(&path)
}

/// The open example meeting as stored JSON.
fn stored() -> serde_json::Value {
    let session = open_meeting();
    serde_json::from_slice(&store::session_bytes("edited", &session)).expect("json")
}

fn push_note(json: &mut serde_json::Value, text: &str) -> u64 {
    let events = json["events"].as_array_mut().expect("events");
    let last = events.last().expect("an entry").clone();
    let seq = last["seq"].as_u64().expect("seq") + 1;
    events.push(serde_json::json!({
        "seq": seq, "at": last["at"], "type": "note_recorded", "text": text,
    }));
    seq
}

fn problem(result: Result<store::Loaded, store::LoadError>) -> (LogProblem, store::LoadError) {
    let error = result.expect_err("refused");
    match &error.kind {
        LoadErrorKind::Inconsistent(SessionLoadProblem::Log(p)) => (p.clone(), error),
        other => panic!("expected a log problem, got {other:?}"),
    }
}

#[test]
fn a_text_over_the_typing_limit_is_refused_naming_the_entry() {
    let mut json = stored();
    let seq = push_note(&mut json, &"x".repeat(MAX_TEXT_BYTES + 1));
    let (found, error) = problem(load(&json));
    assert_eq!(
        found,
        LogProblem::TextTooLong {
            seq,
            limit_kb: MAX_TEXT_BYTES / 1024
        }
    );
    let en = error.message(Lang::En.words());
    assert!(
        en.contains(&format!("event {seq}")) && en.contains("shorten"),
        "{en}"
    );
    let nl = error.message(Lang::Nl.words());
    assert!(
        nl.contains(&format!("gebeurtenis {seq}")) && nl.contains("kort"),
        "{nl}"
    );
}

#[test]
fn a_text_at_the_limit_full_of_escapes_still_loads() {
    // Every character of this text is escaped in the file ("\"", "\\",
    // "\n", "\u0001" is refused by typing, so quotes and backslashes), so
    // the file holds twice its length: the loader measures the text, not
    // its spelling.
    let mut session = open_meeting();
    let text = "\"\\".repeat(MAX_TEXT_BYTES / 2);
    session
        .execute(&Command::Note { text: text.clone() }, at(90, 0))
        .expect("typing accepts a text at the limit");
    let json: serde_json::Value =
        serde_json::from_slice(&store::session_bytes("edited", &session)).expect("json");
    let loaded = load(&json).expect("a file spanning wrote loads");
    assert_eq!(loaded.session.log().len(), session.log().len());
}

#[test]
fn entries_past_the_limit_are_refused_but_undos_there_load() {
    let mut json = stored();
    let start = json["events"].as_array().expect("events").len();
    for n in start..MAX_EVENTS {
        push_note(&mut json, &format!("n{n}"));
    }
    // At the limit typing still allows undo, so the file may hold one.
    let mut with_undo = json.clone();
    let events = with_undo["events"].as_array_mut().expect("events");
    let last = events.last().expect("entry").clone();
    events.push(serde_json::json!({
        "seq": MAX_EVENTS + 1, "at": last["at"], "type": "retracted", "retracts": MAX_EVENTS,
    }));
    let loaded = load(&with_undo).expect("an undo past the limit loads");
    assert_eq!(loaded.session.log().len(), MAX_EVENTS + 1);

    let seq = push_note(&mut json, "one too many");
    let (found, error) = problem(load(&json));
    assert_eq!(
        found,
        LogProblem::TooManyEntries {
            seq,
            limit: MAX_EVENTS
        }
    );
    assert!(
        error
            .message(Lang::En.words())
            .contains("remove the entries after")
    );
    assert!(
        error
            .message(Lang::Nl.words())
            .contains("verwijder de regels na")
    );
}
