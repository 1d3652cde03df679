//! `list` reads a folder the quick way: each event's variant read straight
//! after its tag (no buffering), entries not measured one by one when the
//! file is too small to hold a text over the limit, and each entry checked
//! against the engine trying one command at a time. None of that may
//! change an answer. Here generated sessions, whole and with hostile edits
//! to their events (a changed value, tag or key order, a key dropped or
//! doubled, an entry doubled or dropped, a long text), are loaded both
//! ways: the store's `load`, and the plain path (serde's derived reader
//! for the whole file, then `Session::from_log`, which measures every
//! entry). Both must accept the same files with the same meeting, and
//! refuse the same files with the same problem.

use proptest::prelude::*;
use serde_json::{Map, Value};
use spanning::generate::{Spec, session};
use spanning::meeting::{Lang, Session};
use spanning::store::{self, LoadErrorKind, SessionFile, SessionSummary};

/// What the plain path makes of `bytes`: the session, or `None` when
/// serde's derived reader refuses the file, or the engine's problem.
fn plain(bytes: &[u8]) -> Result<Session, Option<spanning::meeting::SessionLoadProblem>> {
    let file: SessionFile = serde_json::from_slice(bytes).map_err(|_| None)?;
    Session::from_log(file.setup, file.events).map_err(Some)
}

/// Loads `bytes` both ways and compares.
fn same_both_ways(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("2026-01-05-quick.json");
    std::fs::write(&path, bytes).expect("write");
    let quick = store::load(&path);
    match (quick, plain(bytes)) {
        (Ok(quick), Ok(plain)) => {
            prop_assert_eq!(quick.session.setup(), plain.setup());
            prop_assert_eq!(quick.session.log(), plain.log());
            prop_assert_eq!(quick.session.state(), plain.state());
            let listed = SessionSummary::of(&path, &quick);
            let plain = store::Loaded {
                id: quick.id.clone(),
                session: plain,
            };
            prop_assert_eq!(listed, SessionSummary::of(&path, &plain));
        }
        (Err(e), Err(Some(problem))) => {
            prop_assert_eq!(e.kind, LoadErrorKind::Inconsistent(problem));
        }
        (Err(e), Err(None)) => {
            prop_assert!(
                !matches!(e.kind, LoadErrorKind::Inconsistent(_)),
                "serde refuses the file, the store blames the engine: {:?}",
                e.kind
            );
        }
        (Ok(_), Err(problem)) => {
            prop_assert!(false, "only the store reads it: {:?}", problem);
        }
        (Err(e), Ok(_)) => {
            prop_assert!(false, "only the plain path reads it: {:?}", e.kind);
        }
    }
    Ok(())
}

fn generated(seed: u64, events: usize, nl: bool, open: bool) -> Value {
    let s = session(Spec {
        seed,
        events,
        lang: if nl { Lang::Nl } else { Lang::En },
        leave_open: open,
    });
    serde_json::from_slice(&store::session_bytes("2026-01-05-quick", &s)).expect("json")
}

/// The fields of an event that hold free text (not a tag, time or kind).
const FREE_TEXT: [&str; 6] = ["text", "label", "reason", "note", "criteria", "argument"];

/// A hostile edit to one event (or to the list of events).
#[derive(Debug, Clone)]
enum Edit {
    /// A number in the event plus `by`.
    Number { by: i64 },
    /// The event's `type` replaced by another event's.
    Tag { from: usize },
    /// The event's keys in reverse order (`type` no longer third).
    Reverse,
    /// One of its keys dropped.
    Drop { key: usize },
    /// One of its entries written twice.
    Double { key: usize },
    /// The event written twice in a row.
    Repeat,
    /// The event left out.
    Remove,
    /// A string in it replaced by a long one (over the text limit when
    /// `over`).
    Long { over: bool },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (-3i64..=3).prop_map(|by| Edit::Number { by }),
        any::<usize>().prop_map(|from| Edit::Tag { from }),
        Just(Edit::Reverse),
        any::<usize>().prop_map(|key| Edit::Drop { key }),
        any::<usize>().prop_map(|key| Edit::Double { key }),
        Just(Edit::Repeat),
        Just(Edit::Remove),
        any::<bool>().prop_map(|over| Edit::Long { over }),
    ]
}

/// Applies `edit` to event `at` (modulo the count) and writes the file
/// as text, with the doubled key written by hand where there is one.
fn apply(file: &mut Value, at: usize, edit: &Edit) -> String {
    let events = file["events"].as_array_mut().expect("events");
    if events.is_empty() {
        return file.to_string();
    }
    let at = at % events.len();
    let tags: Vec<Value> = events.iter().map(|e| e["type"].clone()).collect();
    let event = events[at].as_object_mut().expect("object");
    let keys: Vec<String> = event.keys().cloned().collect();
    let mut doubled = None;
    match edit {
        Edit::Number { by } => {
            if let Some((_, v)) = event.iter_mut().find(|(_, v)| v.is_u64()) {
                *v = Value::from(v.as_i64().unwrap_or(0).saturating_add(*by));
            }
        }
        Edit::Tag { from } => {
            event.insert("type".into(), tags[from % tags.len()].clone());
        }
        Edit::Reverse => {
            let reversed: Map<String, Value> = keys
                .iter()
                .rev()
                .map(|k| (k.clone(), event[k].clone()))
                .collect();
            *event = reversed;
        }
        Edit::Drop { key } => {
            event.remove(&keys[key % keys.len()]);
        }
        Edit::Double { key } => {
            let key = &keys[key % keys.len()];
            doubled = Some((at, key.clone(), event[key].clone()));
        }
        Edit::Repeat => {
            let copy = events[at].clone();
            events.insert(at, copy);
        }
        Edit::Remove => {
            events.remove(at);
        }
        Edit::Long { over } => {
            // The first free text from this event on.
            let len = spanning::meeting::decide::MAX_TEXT_BYTES + usize::from(*over);
            let count = events.len();
            let text = (0..count).map(|i| (at + i) % count).find_map(|i| {
                let event = events[i].as_object()?;
                let (key, _) = event
                    .iter()
                    .find(|(k, v)| v.is_string() && FREE_TEXT.contains(&k.as_str()))?;
                Some((i, key.clone()))
            });
            if let Some((i, key)) = text {
                events[i][key.as_str()] = Value::from("x".repeat(len));
            }
        }
    }
    let text = serde_json::to_string_pretty(file).expect("json");
    match doubled {
        // serde_json's maps cannot hold a key twice: the entry is written
        // again by hand right after the event's first key.
        Some((at, key, value)) => {
            let event = &file["events"][at];
            let first = event.as_object().and_then(|o| o.iter().next());
            let Some((k0, v0)) = first else { return text };
            let needle = format!(
                "{}: {}",
                Value::from(k0.as_str()),
                serde_json::to_string_pretty(v0).expect("json")
            );
            // Only the first event that starts the same way: good enough
            // when it is not this one (the doubled key is then elsewhere).
            text.replacen(
                &needle,
                &format!("{needle}, {}: {value}", Value::from(key.as_str())),
                1,
            )
        }
        None => text,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whole generated sessions, both languages, open and closed.
    #[test]
    fn generated_sessions_load_the_same_both_ways(
        seed in any::<u64>(), events in 20usize..400, nl in any::<bool>(), open in any::<bool>(),
    ) {
        let file = generated(seed, events, nl, open);
        same_both_ways(serde_json::to_string_pretty(&file).expect("json").as_bytes())?;
        same_both_ways(file.to_string().as_bytes())?;
    }

    /// The same sessions with hostile edits to their events.
    #[test]
    fn edited_sessions_load_or_fail_the_same_both_ways(
        seed in any::<u64>(), events in 20usize..200, nl in any::<bool>(),
        edits in proptest::collection::vec((any::<usize>(), edit()), 1..3),
    ) {
        let mut file = generated(seed, events, nl, seed % 3 == 0);
        let mut text = String::new();
        for (at, edit) in &edits {
            text = apply(&mut file, *at, edit);
        }
        same_both_ways(text.as_bytes())?;
    }
}

/// The frozen files of every version load the same both ways.
#[test]
fn every_frozen_version_loads_the_same_both_ways() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut seen = 0;
    for entry in std::fs::read_dir(&root).expect("tests/data") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        if name.starts_with("session-v") && name.ends_with(".json") {
            let bytes = std::fs::read(&path).expect("read");
            // A version-5 file's journal is beside it; the plain path reads
            // the file alone, so only files without one are compared.
            if !store::journal_path(&path).exists() {
                same_both_ways(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
                seen += 1;
            }
        }
    }
    assert!(seen >= 5, "only {seen} frozen files compared");
}

/// The edits above do reach both answers: some files are read, others
/// refused by the engine with the problem named the same way both ways.
#[test]
fn the_edits_reach_both_reading_and_refusing() {
    use spanning::meeting::{LogProblem, SessionLoadProblem};
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("2026-01-05-quick.json");
    let load = |text: &str| {
        std::fs::write(&path, text).expect("write");
        store::load(&path).map(|_| ()).map_err(|e| e.kind)
    };
    for (edit, at) in [(Edit::Reverse, 7), (Edit::Long { over: false }, 0)] {
        let mut file = generated(4, 120, true, false);
        let text = apply(&mut file, at, &edit);
        same_both_ways(text.as_bytes()).expect("same both ways");
        assert_eq!(load(&text), Ok(()), "{edit:?}");
    }
    let mut file = generated(4, 120, false, false);
    let text = apply(&mut file, 5, &Edit::Remove);
    same_both_ways(text.as_bytes()).expect("same both ways");
    assert!(
        matches!(
            load(&text),
            Err(LoadErrorKind::Inconsistent(SessionLoadProblem::Log(
                LogProblem::BadSequence { .. }
            )))
        ),
        "not refused for its sequence or text"
    );
    let mut file = generated(4, 120, false, false);
    let text = apply(&mut file, 0, &Edit::Long { over: true });
    same_both_ways(text.as_bytes()).expect("same both ways");
    assert!(
        matches!(
            load(&text),
            Err(LoadErrorKind::Inconsistent(SessionLoadProblem::Log(
                LogProblem::TextTooLong { .. }
            )))
        ),
        "not refused for its sequence or text"
    );
}
