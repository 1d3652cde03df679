//! A time written without its UTC offset (`"opened_at":
//! "2026-03-02T10:00:00"`, an entry's `"at"`), by hand or by another
//! program, is refused with a message naming the file, the field, its line
//! and how to write it, in English and Dutch; the file is left as it is.
//! Before, chrono's bare "premature end of input" was shown, placed at the
//! end of the entry.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use spanning::generate::{Spec, session};
use spanning::store::{self, LoadErrorKind, SessionsDir, journal_path, session_bytes};
use spanning::text::Lang;

use crate::support::common::example_meeting;

/// The closed example meeting as pretty JSON with `from` (an exact time
/// string in it) replaced once by `to`, written as `name` in a folder of
/// its own.
fn edited(dir: &Path, name: &str, field: &str, nth: usize, to: &str) -> (PathBuf, Vec<u8>) {
    let value: serde_json::Value =
        serde_json::from_slice(&session_bytes("edited", &example_meeting())).unwrap();
    let text = serde_json::to_string_pretty(&value).unwrap();
    let key = format!("\"{field}\": \"");
    let start = text.match_indices(&key).nth(nth).unwrap().0 + key.len();
    let end = start + text[start..].find('"').unwrap();
    let edited = format!("{}{to}{}", &text[..start], &text[end..]);
    let path = dir.join(name);
    fs::write(&path, &edited).unwrap();
    (path, edited.into_bytes())
}

fn line_of(bytes: &[u8], needle: &str) -> usize {
    let text = std::str::from_utf8(bytes).unwrap();
    let at = text.find(needle).unwrap();
    text[..at].matches('\n').count() + 1
}

#[test]
fn an_opening_time_without_offset_is_named_with_its_line_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let (path, bytes) = edited(dir.path(), "m.json", "opened_at", 0, "2026-03-02T10:00:00");
    let err = store::load(&path).unwrap_err();
    let line = line_of(&bytes, "\"opened_at\"");
    assert_eq!(
        err.kind,
        LoadErrorKind::NoOffset {
            line,
            field: "opened_at".into(),
            entry: None,
            time: "2026-03-02T10:00:00".into(),
        }
    );
    let en = err.message(Lang::En.words());
    assert!(en.contains("m.json"), "{en}");
    assert!(en.contains("without its UTC offset"), "{en}");
    assert!(
        en.contains(&format!("\"opened_at\" on line {line}")),
        "{en}"
    );
    assert!(en.contains("write it as 2026-03-02T10:00:00+01:00"), "{en}");
    assert!(!en.contains("premature end of input"), "{en}");
    let nl = err.message(Lang::Nl.words());
    assert!(nl.contains("m.json"), "{nl}");
    assert!(nl.contains("zonder UTC-verschil"), "{nl}");
    assert!(
        nl.contains(&format!("\"opened_at\" op regel {line}")),
        "{nl}"
    );
    assert!(
        nl.contains("schrijf het bijvoorbeeld als 2026-03-02T10:00:00+01:00"),
        "{nl}"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file is left as it is");
}

#[test]
fn an_entry_time_without_offset_is_named_by_entry_and_line_not_the_entry_end() {
    let dir = tempfile::tempdir().unwrap();
    // The fourth entry's time, and a fractional one that chrono also reads.
    let (path, bytes) = edited(dir.path(), "m.json", "at", 3, "2026-03-02T10:05:00.5");
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let seq = value["events"][3]["seq"].as_u64().unwrap();
    let line = line_of(&bytes, "\"at\": \"2026-03-02T10:05:00.5\"");
    let err = store::load(&path).unwrap_err();
    assert_eq!(
        err.kind,
        LoadErrorKind::NoOffset {
            line,
            field: "at".into(),
            entry: Some(seq),
            time: "2026-03-02T10:05:00.5".into(),
        }
    );
    let en = err.message(Lang::En.words());
    assert!(
        en.contains(&format!("\"at\" of event {seq} on line {line}")),
        "{en}"
    );
    assert!(en.contains("2026-03-02T10:05:00.5+01:00"), "{en}");
    let nl = err.message(Lang::Nl.words());
    assert!(
        nl.contains(&format!("\"at\" van gebeurtenis {seq} op regel {line}")),
        "{nl}"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_journal_entry_without_offset_is_named_by_its_line() {
    let s = session(Spec {
        seed: 11,
        events: 80,
        lang: Lang::En,
        leave_open: true,
    });
    let first = |n: usize| {
        spanning::meeting::Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path().join("live"))
        .create(&first(10))
        .unwrap();
    for k in 11..=16 {
        open.save(&first(k)).unwrap();
    }
    let copy_dir = dir.path().join("crashed");
    fs::create_dir_all(&copy_dir).unwrap();
    let crashed = copy_dir.join(open.path().file_name().unwrap());
    fs::copy(open.path(), &crashed).unwrap();
    let journal = journal_path(&crashed);
    let text = fs::read_to_string(journal_path(open.path())).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut entry: serde_json::Value = serde_json::from_str(&lines[2]).unwrap();
    let seq = entry["seq"].as_u64().unwrap();
    entry["at"] = "2024-05-06T16:06:47".into();
    lines[2] = serde_json::to_string(&entry).unwrap();
    let damaged = lines.join("\n") + "\n";
    fs::write(&journal, &damaged).unwrap();

    let err = store::load(&crashed).unwrap_err();
    assert_eq!(err.path, journal);
    assert_eq!(
        err.kind,
        LoadErrorKind::NoOffset {
            line: 3,
            field: "at".into(),
            entry: Some(seq),
            time: "2024-05-06T16:06:47".into(),
        }
    );
    assert_eq!(fs::read(&journal).unwrap(), damaged.as_bytes());
    drop(open);
}

#[test]
fn check_exits_1_naming_the_file_with_the_missing_offset() {
    let dir = tempfile::tempdir().unwrap();
    let (path, bytes) = edited(
        dir.path(),
        "hand-edited.json",
        "opened_at",
        0,
        "2026-03-02T10:00:00",
    );
    let checked = assert_cmd::Command::cargo_bin("spanning")
        .unwrap()
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--sessions-dir", &dir.path().display().to_string(), "check"])
        .output()
        .unwrap();
    assert_eq!(checked.status.code(), Some(1), "{checked:?}");
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
    assert!(out.contains("hand-edited.json"), "{out}");
    assert!(out.contains("without its UTC offset"), "{out}");
    assert!(out.contains("2026-03-02T10:00:00+01:00"), "{out}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "check changes nothing");
}
