//! Session files come from other people (a shared folder, git), so the
//! loader is fuzzed: arbitrary bytes, a real session file with its bytes
//! mutated, and the same file with its JSON values swapped for hostile
//! ones. Loading must never panic; a refusal is an error that names the
//! file; whatever does load can be listed and turned into minutes.

use crate::support::common;

use std::path::Path;

use proptest::prelude::*;
use serde_json::Value;
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

/// Values a hostile or careless editor might put anywhere in the JSON.
fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(Value::Bool(true)),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(u64::MAX)),
        Just(serde_json::json!(i64::MIN)),
        Just(serde_json::json!(1e308)),
        Just(serde_json::json!(4_294_967_296u64)),
        Just(serde_json::json!("")),
        Just(serde_json::json!(
            "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}evil"
        )),
        Just(serde_json::json!("x".repeat(100_000))),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        ".{0,20}".prop_map(Value::String),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
    ]
}

/// Replaces the `pick`-th value (in a walk of the tree) with `new`.
fn replace_nth(value: &mut Value, pick: &mut usize, new: &Value) -> bool {
    if *pick == 0 {
        *value = new.clone();
        return true;
    }
    *pick -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| replace_nth(v, pick, new)),
        Value::Object(map) => map.values_mut().any(|v| replace_nth(v, pick, new)),
        _ => false,
    }
}

/// Removes the `pick`-th key of any object, or an array element.
fn remove_nth(value: &mut Value, pick: &mut usize) -> bool {
    match value {
        Value::Array(items) => {
            if *pick < items.len() {
                items.remove(*pick);
                return true;
            }
            *pick -= items.len();
            items.iter_mut().any(|v| remove_nth(v, pick))
        }
        Value::Object(map) => {
            if *pick < map.len() {
                let key = map.keys().nth(*pick).cloned().unwrap_or_default();
                map.remove(&key);
                return true;
            }
            *pick -= map.len();
            map.values_mut().any(|v| remove_nth(v, pick))
        }
        _ => false,
    }
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

    #[test]
    fn hostile_values_anywhere_in_a_session_never_panic(
        picks in proptest::collection::vec((any::<usize>(), hostile_value(), any::<bool>()), 1..4)
    ) {
        let mut value: Value = serde_json::from_slice(&real_file()).expect("json");
        let size = serde_json::to_string(&value).expect("json").len();
        for (pick, new, remove) in &picks {
            let mut at = pick % size.max(1);
            if *remove {
                remove_nth(&mut value, &mut at);
            } else {
                replace_nth(&mut value, &mut at, new);
            }
        }
        check(&serde_json::to_vec(&value).expect("json"))?;
    }
}

#[test]
fn the_unmutated_file_loads() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("ok.json");
    std::fs::write(&path, real_file()).expect("write");
    store::load(Path::new(&path)).expect("the real file loads");
}
