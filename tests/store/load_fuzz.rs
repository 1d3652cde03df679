//! Session files come from other people (a shared folder, git), so the
//! loader is fuzzed: arbitrary bytes, a real session file with its bytes
//! mutated, and the same file kept valid JSON with its values swapped, by
//! structure, for hostile ones of their own kind (extreme dates and ids,
//! texts at and over the limit, controls, lists emptied or grown, keys
//! gone), once for every value and at random in combinations. Loading
//! must never panic; a refusal is an error that names the file; whatever
//! does load can be listed, turned into minutes and replayed.

use crate::support::common;

use std::path::Path;

use proptest::prelude::*;
use serde_json::Value;
use spanning::meeting::decide::MAX_TEXT_BYTES;
use spanning::store::{self, SessionSummary};
use spanning::text::Lang;

fn real_file() -> Vec<u8> {
    store::session_bytes("2026-fuzz", &common::example_meeting())
}

/// Loads `bytes` from a file and checks the contract: no panic (proptest
/// reports one as a failure), an error names the file, a success can be
/// summarised and written as minutes.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("shared-by-someone.json");
    std::fs::write(&path, bytes).expect("write");
    match store::load(&path) {
        Ok(loaded) => {
            let _ = SessionSummary::of(&path, &loaded);
            let _ = spanning::minutes::markdown(&loaded.session, Lang::En.words());
            let mut replay = spanning::review::Replay::from_session(loaded.session);
            let end = replay.len();
            prop_assert_eq!(replay.seek(end), end);
        }
        Err(e) => {
            prop_assert_eq!(e.path.as_path(), path.as_path());
            let message = e.to_string();
            prop_assert!(
                message.contains("shared-by-someone.json"),
                "the message does not name the file: {}",
                message
            );
        }
    }
    // Loading never changes the file.
    prop_assert_eq!(std::fs::read(&path).expect("read"), bytes);
    Ok(())
}

/// A byte-level change of the kind a bad merge, a cut-off copy or a
/// flipped bit makes.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Delete { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Truncate { at: usize },
    Duplicate { at: usize, len: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..40)
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), 1usize..500).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let n = bytes.len();
    match m {
        Mutation::Flip { at, bit } => bytes[at % n] ^= 1 << bit,
        Mutation::Delete { at, len } => {
            let at = at % n;
            bytes.drain(at..(at + len).min(n));
        }
        Mutation::Insert { at, bytes: new } => {
            let at = at % n;
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Truncate { at } => bytes.truncate(at % n),
        Mutation::Duplicate { at, len } => {
            let at = at % n;
            let copy: Vec<u8> = bytes[at..(at + len).min(n)].to_vec();
            bytes.splice(at..at, copy);
        }
    }
}

/// Every value in the tree (containers too), in a fixed walk order, so a
/// pick always lands on something: picking by byte offset missed eight
/// times in nine.
fn node_count(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(node_count).sum(),
        Value::Object(map) => map.values().map(node_count).sum(),
        _ => 0,
    }
}

/// The `pick`-th value of the walk [`node_count`] counts.
fn nth_node<'v>(value: &'v mut Value, pick: &mut usize) -> Option<&'v mut Value> {
    if *pick == 0 {
        return Some(value);
    }
    *pick -= 1;
    match value {
        Value::Array(items) => items.iter_mut().find_map(|v| nth_node(v, pick)),
        Value::Object(map) => map.values_mut().find_map(|v| nth_node(v, pick)),
        _ => None,
    }
}

/// Hostile but well-formed replacements for a value, by its kind:
/// extreme-but-valid dates and ids, numbers just past every integer
/// width, texts at and over the text limit, controls and bidi overrides,
/// emptied or grown lists, objects with keys gone or added.
fn hostile_for(original: &Value) -> Vec<Value> {
    use serde_json::json;
    let mut out = vec![Value::Null];
    if !original.is_array() && !original.is_object() {
        out.extend([json!([]), json!({})]);
    }
    match original {
        Value::String(s) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => {
            for date in [
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z",
                "9999-12-31T23:59:59+14:00",
                "+262142-12-31T23:59:59Z",
                "0000-01-01T00:00:00-23:59",
                "2026-11-22T14:05:00",
                "2026-02-30T10:00:00+01:00",
                "2026-06-30T23:59:60Z",
                "\u{feff}2026-11-22T14:05:00+01:00",
            ] {
                out.push(json!(date));
            }
        }
        Value::String(s) => {
            out.extend([
                json!(""),
                json!("   "),
                json!("\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}evil\u{85}\u{9b}31m"),
                json!("x".repeat(MAX_TEXT_BYTES)),
                json!("x".repeat(MAX_TEXT_BYTES + 1)),
                json!(format!("{s}{s}")),
                json!("closed"),
                json!(7),
            ]);
        }
        Value::Number(_) => {
            out.extend([
                json!(0),
                json!(99),
                json!(u32::MAX),
                json!(u64::from(u32::MAX) + 1),
                json!(u64::MAX),
                json!(-1),
                json!(i64::MIN),
                json!(1.5),
                json!(1e308),
                json!("1"),
            ]);
        }
        Value::Bool(b) => out.extend([json!(!b), json!(1)]),
        Value::Null => out.extend([json!(""), json!(0), json!(u32::MAX)]),
        Value::Array(items) => {
            out.push(json!([]));
            out.push(json!([Value::Null]));
            if let Some(first) = items.first() {
                out.push(Value::Array(vec![first.clone(); 3]));
                let mut reversed = items.clone();
                reversed.reverse();
                out.push(Value::Array(reversed));
            }
        }
        Value::Object(map) => {
            out.push(json!({}));
            let mut extra = map.clone();
            extra.insert("extra".into(), json!(u64::MAX));
            out.push(Value::Object(extra));
            for key in map.keys() {
                let mut fewer = map.clone();
                fewer.remove(key);
                out.push(Value::Object(fewer));
            }
        }
    }
    out
}

/// The real file with the `node`-th value replaced by its `variant`-th
/// hostile replacement.
fn with_hostile(original: &Value, node: usize, variant: usize) -> Value {
    let mut value = original.clone();
    let mut at = node % node_count(original);
    if let Some(target) = nth_node(&mut value, &mut at) {
        let options = hostile_for(target);
        *target = options[variant % options.len()].clone();
    }
    value
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=N for a longer run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_text_that_looks_like_json_never_panics(
        text in r#"\{("format":"spanning-session",)?("version":[0-9]{1,3},)?[\[\]\{\}":,a-z0-9 ]{0,200}"#
    ) {
        check(text.as_bytes())?;
    }

    #[test]
    fn mutated_session_files_never_panic(
        mutations in proptest::collection::vec(mutation(), 1..6)
    ) {
        let mut bytes = real_file();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check(&bytes)?;
    }

    /// Structure-aware: each case changes one to three values anywhere in
    /// a real file to hostile ones of their own kind. Only cases whose
    /// file differs from the original count (the others are rejected).
    #[test]
    fn hostile_values_anywhere_in_a_session_never_panic(
        picks in proptest::collection::vec((any::<usize>(), any::<usize>()), 1..4)
    ) {
        let original: Value = serde_json::from_slice(&real_file()).expect("json");
        let mut value = original.clone();
        for (node, variant) in &picks {
            value = with_hostile(&value, *node, *variant);
        }
        prop_assume!(value != original);
        check(&serde_json::to_vec(&value).expect("json"))?;
    }
}

/// Every value of a real file, each replaced in turn by every hostile
/// value of its kind: no field is left out by chance.
#[test]
fn every_field_with_every_hostile_value_keeps_the_contract() {
    let bytes = store::session_bytes("2026-fuzz", &common::open_meeting());
    let original: Value = serde_json::from_slice(&bytes).expect("json");
    let nodes = node_count(&original);
    let mut cases = 0;
    for node in 0..nodes {
        let mut at = node;
        let mut copy = original.clone();
        let variants = nth_node(&mut copy, &mut at).map_or(0, |v| hostile_for(v).len());
        for variant in 0..variants {
            let value = with_hostile(&original, node, variant);
            // A replacement equal to the value (a 0 for a 0) is no case.
            if value == original {
                continue;
            }
            check(&serde_json::to_vec(&value).expect("json"))
                .unwrap_or_else(|e| panic!("node {node} variant {variant}: {e}"));
            cases += 1;
        }
    }
    eprintln!("{cases} hostile files over {nodes} values");
    assert!(cases > nodes, "{cases} cases for {nodes} values");
}

#[test]
fn the_unmutated_file_loads() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("ok.json");
    std::fs::write(&path, real_file()).expect("write");
    store::load(Path::new(&path)).expect("the real file loads");
}
