//! `spanning import`, `record`, `history` and the record's conflicts in
//! `check`, run as a real process: a folder with an import, meetings that
//! changed the record (one pair held apart), an election, and bad files;
//! in English and Dutch, as Markdown and as JSON; bad import files named
//! by line with nothing written.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use chrono::Duration;
use predicates::prelude::*;
use serde_json::Value;
use spanning::meeting::{Ending, Part, Session, Target};
use spanning::store;
use spanning::text::Lang;
use tempfile::TempDir;

use crate::support::election as election_support;
use crate::support::governance::{add_accountability, at_agenda, create_role, item};

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn write(dir: &Path, session: &Session, suffix: u16) {
    let id = store::stem(session.setup(), suffix);
    fs::write(
        dir.join(format!("{id}.json")),
        store::session_bytes(&id, session),
    )
    .expect("write");
}

fn example_import() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/governance-import.toml")
}

fn meeting(n: i64, items: &[(&str, Vec<Part>)]) -> Session {
    let mut s = at_agenda(
        "Bakery Coop",
        election_support::opened() + Duration::days(n),
    );
    for (label, parts) in items {
        item(&mut s, label, parts, Ending::Adopted);
    }
    s.session
}

fn purpose(text: &str, base: u32) -> Part {
    Part::ChangePurpose {
        role: Target {
            id: None,
            name: "Pastry".into(),
            base: Some(base),
        },
        purpose: text.into(),
    }
}

/// The shipped import (a day before the election), the election meeting,
/// a meeting creating Finance, and two meetings held apart that both
/// changed Pastry's purpose from version 1; plus a broken session file.
fn folder(with_conflict: bool) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .arg("import")
        .arg(example_import())
        .assert()
        .success();
    // The import is dated now; the meetings are in the future of nothing:
    // they must come after it to build on it, so date them from today.
    let entry = fs::read_dir(dir.path().join(".governance"))
        .expect("entries")
        .next()
        .expect("one")
        .expect("entry")
        .path();
    let mut json: Value = serde_json::from_slice(&fs::read(&entry).expect("read")).expect("json");
    json["at"] = Value::String("2026-11-01T10:00:00+01:00".into());
    fs::write(&entry, serde_json::to_vec_pretty(&json).expect("json")).expect("write");
    write(
        dir.path(),
        &election_support::closed_meeting(Lang::En),
        0x1111,
    );
    write(
        dir.path(),
        &meeting(
            1,
            &[(
                "Finance",
                vec![
                    create_role("Finance"),
                    add_accountability("Bread", "Keeping the sourdough alive"),
                ],
            )],
        ),
        0x2222,
    );
    if with_conflict {
        write(
            dir.path(),
            &meeting(2, &[("Pastry purpose", vec![purpose("Cakes", 1)])]),
            0x3333,
        );
        write(
            dir.path(),
            &meeting(3, &[("Pastry again", vec![purpose("Pies", 1)])]),
            0x4444,
        );
    }
    fs::write(dir.path().join("broken.json"), "{ not json").expect("write");
    dir
}

fn run(dir: &TempDir, args: &[&str]) -> (bool, String, String) {
    let out = spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

#[test]
fn the_record_reads_as_a_document_in_both_languages() {
    let dir = folder(false);
    let (ok, md, err) = run(&dir, &["record"]);
    assert!(ok, "{err}");
    assert!(md.starts_with("# Governance of Bakery Coop\n"), "{md}");
    assert!(
        md.contains("derived by spanning from the 2 sessions and 1 import of its folder"),
        "{md}"
    );
    assert!(md.contains("### Finance\n"), "{md}");
    assert!(md.contains("- Keeping the sourdough alive"), "{md}");
    // The election filled the Facilitator until the term's end.
    assert!(
        md.contains("**Filled by:** Chen (since 22 November 2026; term ends 22 May 2027)"),
        "{md}"
    );
    assert!(md.contains("proposed by Chen"), "{md}");
    // The broken file is named on stderr, not in the document.
    assert!(err.contains("broken.json"), "{err}");
    assert!(!md.contains("broken.json"));
    let (ok, nl, _) = run(&dir, &["--lang", "nl", "record", "--circle", "bakery coop"]);
    assert!(ok);
    assert!(nl.starts_with("# Governance van Bakery Coop\n"), "{nl}");
    assert!(nl.contains("### Secretaris (kernrol)"), "{nl}");
    assert!(nl.contains("**Vervuld door:** Chen"), "{nl}");
}

#[test]
fn the_record_as_of_a_day_and_as_json() {
    let dir = folder(false);
    let (ok, before, _) = run(&dir, &["record", "--as-of", "2026-11-22"]);
    assert!(ok);
    assert!(!before.contains("### Finance"), "{before}");
    assert!(
        before.contains("as it stood on 22 November 2026"),
        "{before}"
    );
    let (ok, json, _) = run(&dir, &["record", "--format", "json"]);
    assert!(ok);
    let doc: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(doc["format"], "spanning-governance");
    let roles = doc["circles"][0]["roles"].as_array().expect("roles");
    let finance = roles
        .iter()
        .find(|r| r["name"] == "Finance")
        .expect("finance");
    assert_eq!(finance["history"][0]["source"]["proposer"], "Chen");
    assert_eq!(finance["version"], 1);
    let (ok, _, err) = run(&dir, &["record", "--as-of", "yesterday"]);
    assert!(!ok);
    assert!(err.contains("'yesterday' is not a date"), "{err}");
    let (ok, _, err) = run(&dir, &["record", "--circle", "Nowhere"]);
    assert!(!ok);
    assert!(err.contains("Bakery Coop"), "{err}");
}

#[test]
fn history_is_governance_blame() {
    let dir = folder(true);
    let (ok, out, _) = run(&dir, &["history", "pastry"]);
    assert!(ok);
    assert!(
        out.starts_with("# History of role Pastry (Bakery Coop)"),
        "{out}"
    );
    assert!(
        out.contains("imported from governance-import.toml"),
        "{out}"
    );
    assert!(
        out.contains("Role Pastry: purpose changed to: Cakes"),
        "{out}"
    );
    assert!(
        out.contains("item 1 \"Pastry again\", v1, proposed by Chen"),
        "{out}"
    );
    let (ok, _, err) = run(&dir, &["--lang", "nl", "history", "Bakken"]);
    assert!(!ok);
    assert!(err.contains("geen rol of beleid 'Bakken'"), "{err}");
    assert!(err.contains("Pastry"), "{err}");
}

/// The record names an item by the number the minutes give it: the
/// election, asked for after "coffee budget", went first and is item 1
/// there, not item 2 (its handle). Found playing a meeting in tmux, en
/// and nl.
#[test]
fn history_numbers_items_as_the_minutes_do() {
    let dir = folder(false);
    for (lang, item) in [("en", "item"), ("nl", "punt")] {
        let (ok, out, err) = run(&dir, &["--lang", lang, "history", "facilitator"]);
        assert!(ok, "{err}");
        assert!(
            out.contains(&format!("{item} 1 \"Facilitator\"")),
            "{lang}: {out}"
        );
        assert!(!out.contains(&format!("{item} 2 ")), "{lang}: {out}");
    }
    let minutes = spanning::minutes::markdown(
        &election_support::closed_meeting(Lang::En),
        Lang::En.words(),
    );
    assert!(minutes.contains("### 1. Facilitator"), "{minutes}");
}

#[test]
fn check_reports_conflicts_with_a_failing_exit() {
    let dir = folder(true);
    fs::remove_file(dir.path().join("broken.json")).expect("remove");
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .arg("check")
        .assert()
        .failure()
        .stdout(predicate::str::contains(
            "The governance record has 1 conflict between sessions:",
        ))
        .stdout(predicate::str::contains("was built on version 1"));
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["--lang", "nl", "check"])
        .assert()
        .failure()
        .stdout(predicate::str::contains("1 conflict tussen sessies"));
    // The same folder without the pair held apart passes.
    let calm = folder(false);
    fs::remove_file(calm.path().join("broken.json")).expect("remove");
    spanning()
        .arg("--sessions-dir")
        .arg(calm.path())
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("conflict").not());
    // And the record shows the conflict too.
    let (ok, md, _) = run(&dir, &["record"]);
    assert!(ok);
    assert!(md.contains("## Conflicts"), "{md}");
}

#[test]
fn a_bad_import_names_the_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&str, &str, &str); 6] = [
        (
            "circle = \"Ops\"\n[[role]]\nname = \"A\"\nacountabilities = [\"x\"]\n",
            "line 4: `acountabilities`",
            "regel 4: `acountabilities`",
        ),
        (
            "circle = \"Ops\"\n[[role]]\nname = \"A\"\n[[role]]\nname = \"a\"\n",
            "line 4: the circle already has a role \"a\"",
            "regel 4: de cirkel heeft in dit bestand al een rol \"a\"",
        ),
        (
            "circle = \"Ops\"\n[[role]]\npurpose = \"x\"\n",
            "`name` is missing",
            "`name` ontbreekt",
        ),
        (
            "circle = \"Ops\"\nrole = [ {name = \"A\"\n",
            "line 2",
            "regel 2",
        ),
        (
            "circle = \"Ops\"\n[[role]]\nname = \"A\"\n[[policy]]\ntitle = \"P\"\ntext = \"t\"\nrole = \"A\"\ndomain = \"Keys\"\n",
            "line 4: no role \"A\" with the domain \"Keys\"",
            "regel 4: geen rol \"A\" met het domein \"Keys\"",
        ),
        (
            "[[role]]\nname = \"A\"\n",
            "without a circle",
            "zonder cirkel",
        ),
    ];
    for (toml, en, nl) in cases {
        let file = dir.path().join("bad.toml");
        fs::write(&file, toml).expect("write");
        let sessions = dir.path().join("sessions");
        for (lang, expected) in [("en", en), ("nl", nl)] {
            spanning()
                .arg("--sessions-dir")
                .arg(&sessions)
                .args(["--lang", lang, "import"])
                .arg(&file)
                .assert()
                .failure()
                .stderr(predicate::str::contains(expected))
                .stderr(predicate::str::contains("bad.toml"));
        }
        assert!(!sessions.exists(), "nothing written for {toml}");
    }
    // --circle names the circle of top-level roles.
    let file = dir.path().join("ok.toml");
    fs::write(&file, "[[role]]\nname = \"A\"\n").expect("write");
    let sessions = dir.path().join("sessions");
    spanning()
        .arg("--sessions-dir")
        .arg(&sessions)
        .args(["import", "--circle", "Ops"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Imported 1 role(s)"));
    assert_eq!(
        fs::read_dir(sessions.join(".governance"))
            .expect("dir")
            .count(),
        1
    );
}

#[test]
fn a_bad_import_entry_in_the_folder_is_named_and_never_stops_the_record() {
    let dir = folder(false);
    fs::write(dir.path().join(".governance").join("zz.json"), "{ nope").expect("write");
    let (ok, md, err) = run(&dir, &["record"]);
    assert!(ok);
    assert!(md.contains("### Finance"));
    assert!(
        err.contains("zz.json") && err.contains("governance import"),
        "{err}"
    );
}
