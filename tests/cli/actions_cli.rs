//! `spanning actions`, run as a real process: the action list across a
//! folder with two circles and bad files, in English and Dutch, as
//! Markdown and as JSON, filtered by circle, owner and status.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use spanning::meeting::Session;
use spanning::store;
use spanning::text::Lang;
use tempfile::TempDir;

use crate::support::{consent, tactical};

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn write(dir: &TempDir, session: &Session, suffix: u16) -> String {
    let id = store::stem(session.setup(), suffix);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, session),
    )
    .expect("write");
    id
}

/// The Operations tactical meeting (four actions, one of them an accepted
/// request), the Product consent meeting, and two files that cannot be read.
fn folder() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(&dir, &tactical::closed(Lang::En).session, 0x1234);
    write(&dir, &consent::consent_meeting(), 0x5678);
    fs::write(dir.path().join("broken.json"), "{ not json").expect("write");
    fs::write(dir.path().join("half.json"), "{\"version\": 2, \"id\"").expect("write");
    dir
}

fn run(dir: &TempDir, args: &[&str]) -> String {
    let out = spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn lists_each_persons_actions_oldest_first_and_names_bad_files() {
    let dir = folder();
    let out = run(&dir, &["actions", "--lang", "en"]);
    assert!(out.starts_with("# Actions\n"), "{out}");
    let ana = out.find("## Ana").expect("Ana's heading");
    let bram = out.find("## Bram").expect("Bram's heading");
    let dewi = out.find("## Dewi").expect("Dewi's heading");
    assert!(ana < bram && bram < dewi, "owners in name order: {out}");
    assert!(out.contains(
        "- [ ] Call the printer vendor (Infra) — Operations, 22 Nov 2026, Weekly tactical: Printer jams · `1234#a1`\n"
    ), "{out}");
    assert!(out.contains(
        "- [ ] Call the vendor about the service contract — Operations, 22 Nov 2026, Weekly tactical: Printer jams (accepted) · `1234#i1r1`\n"
    ), "an accepted request is the acceptor's action: {out}");
    // The request was accepted before the next action was recorded.
    let call = out.find("Call the printer vendor").expect("listed");
    let contract = out.find("Call the vendor about").expect("listed");
    assert!(contract < call, "oldest first: {out}");
    assert!(
        !out.contains("new printer fits the budget"),
        "a declined request is nobody's action: {out}"
    );
    let unreadable = out.find("Unreadable files").expect("bad files named");
    assert!(out[unreadable..].contains("broken.json"), "{out}");
    assert!(out[unreadable..].contains("half.json"), "{out}");
}

#[test]
fn speaks_dutch_with_the_words_practitioners_use() {
    let dir = folder();
    let out = run(&dir, &["actions", "--open", "--lang", "nl"]);
    assert!(out.starts_with("# Actielijst: wat nog loopt\n"), "{out}");
    assert!(
        out.contains("Weekly tactical: Printer jams (toegezegd)"),
        "{out}"
    );
    assert!(out.contains("22 nov 2026"), "{out}");
    assert!(out.contains("Onleesbare bestanden"), "{out}");
}

#[test]
fn filters_by_owner_and_circle_ignoring_case_and_accents() {
    let dir = folder();
    let out = run(&dir, &["actions", "--owner", "BRAM", "--lang", "en"]);
    assert!(out.contains("## Bram"), "{out}");
    assert!(!out.contains("## Ana"), "{out}");
    let out = run(
        &dir,
        &["actions", "--circle", "operations.", "--lang", "en"],
    );
    assert!(out.contains("## Dewi"), "{out}");
    let out = run(&dir, &["actions", "--owner", "Zoë", "--lang", "en"]);
    assert!(out.starts_with("No actions for Zoë."), "{out}");
    let out = run(&dir, &["actions", "--circle", "product", "--lang", "en"]);
    assert!(
        !out.contains("## Bram"),
        "Operations' actions stay out: {out}"
    );
}

#[test]
fn an_unknown_circle_is_an_error_naming_the_circles() {
    let dir = folder();
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["actions", "--circle", "Finance", "--lang", "en"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no circle named 'Finance': choose one of Operations, Product",
        ));
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["actions", "--circle", "Financiën", "--lang", "nl"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "geen cirkel met de naam 'Financiën': kies uit Operations, Product",
        ));
}

#[test]
fn a_missing_folder_is_an_error_not_an_empty_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path().join("nowhere"))
        .args(["actions", "--lang", "en"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot read the folder"));
}

#[test]
fn json_is_for_scripts_and_carries_the_problems() {
    let dir = folder();
    let out = run(&dir, &["actions", "--open", "--format", "json"]);
    let doc: Value = serde_json::from_str(&out).expect("valid JSON");
    let actions = doc["actions"].as_array().expect("actions");
    assert_eq!(
        actions.len(),
        5,
        "four in Operations, one in Product: {out}"
    );
    let accepted: Vec<&Value> = actions
        .iter()
        .filter(|a| a["source"] == "accepted")
        .collect();
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0]["owner"], "Bram");
    assert_eq!(accepted[0]["status"], "open");
    assert_eq!(accepted[0]["circle"], "Operations");
    assert_eq!(accepted[0]["origin"]["item_label"], "Printer jams");
    assert!(
        accepted[0]["key"]
            .as_str()
            .is_some_and(|k| k.ends_with("#i1r1")),
        "{out}"
    );
    let problems = doc["problems"].as_array().expect("problems");
    let mut paths: Vec<&str> = problems
        .iter()
        .filter_map(|p| p["path"].as_str())
        .map(|p| p.rsplit('/').next().unwrap_or(p))
        .collect();
    paths.sort_unstable();
    assert_eq!(paths, vec!["broken.json", "half.json"]);
    assert!(
        problems
            .iter()
            .all(|p| p["message"].as_str().is_some_and(|m| !m.is_empty()))
    );
}

#[test]
fn marking_an_action_between_meetings_writes_a_new_file_and_rewrites_nothing() {
    let dir = folder();
    let before: Vec<(std::path::PathBuf, Vec<u8>)> = fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(Result::ok)
        .map(|e| (e.path(), fs::read(e.path()).expect("read")))
        .collect();
    let out = run(
        &dir,
        &[
            "action",
            "1234#a1",
            "gedaan",
            "--note",
            "Dinsdag gebeld",
            "--lang",
            "nl",
        ],
    );
    assert!(
        out.starts_with("\"Call the printer vendor\": gedaan."),
        "{out}"
    );
    for (path, bytes) in &before {
        assert_eq!(&fs::read(path).expect("read"), bytes, "{path:?} untouched");
    }
    let changes: Vec<_> = fs::read_dir(dir.path().join(".changes"))
        .expect("changes folder")
        .collect();
    assert_eq!(changes.len(), 1);

    let out = run(&dir, &["actions", "--lang", "en"]);
    assert!(
        out.contains("- [x] Call the printer vendor (Infra)"),
        "{out}"
    );
    assert!(out.contains("· done "), "{out}");
    assert!(out.contains(": Dinsdag gebeld"), "{out}");
    let open = run(&dir, &["actions", "--open", "--lang", "en"]);
    assert!(!open.contains("Call the printer vendor"), "{open}");
    // `list` still sees exactly the sessions and the same bad files.
    let list = run(&dir, &["list", "--lang", "en"]);
    assert!(!list.contains(".changes"), "{list}");

    // Dropped, and then open again: the latest change counts.
    run(&dir, &["action", "1234#a2", "dropped"]);
    let json: Value =
        serde_json::from_str(&run(&dir, &["actions", "--format", "json"])).expect("json");
    let dropped = json["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["text"] == "Take the night of the 12th")
        .expect("listed");
    assert_eq!(dropped["status"], "dropped");
}

#[test]
fn an_unknown_or_ambiguous_action_is_refused_and_nothing_is_written() {
    let dir = folder();
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["action", "9999#a1", "done", "--lang", "en"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no action '9999#a1'"));
    assert!(!dir.path().join(".changes").exists());
}

#[test]
fn a_bad_change_file_is_named_and_the_rest_still_counts() {
    let dir = folder();
    run(&dir, &["action", "1234#a1", "done"]);
    fs::write(dir.path().join(".changes").join("zz.json"), "{}").expect("write");
    let out = run(&dir, &["actions", "--lang", "en"]);
    assert!(out.contains("- [x] Call the printer vendor"), "{out}");
    assert!(
        out.contains("zz.json: not a readable status change"),
        "{out}"
    );
}

/// A named pipe among the changes (a hostile push) is named for what it
/// is and never blocks the list: change files are opened the way session
/// files are, non-blocking and only if regular.
#[cfg(unix)]
#[test]
fn a_pipe_among_the_changes_is_named_and_never_blocks() {
    let dir = folder();
    run(&dir, &["action", "1234#a1", "done"]);
    let pipe = dir.path().join(".changes").join("zz.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let out = run(&dir, &["actions", "--lang", "nl"]);
    assert!(out.contains("- [x] Call the printer vendor"), "{out}");
    assert!(
        out.contains(
            "zz.json: geen leesbare statuswijziging (het is een named pipe (FIFO), geen bestand)"
        ),
        "{out}"
    );
}

/// A short key is the session's suffix and the action's place ("1234#a1").
/// Two sessions ending in the same suffix would make it name two actions,
/// so theirs are listed by their whole keys, which `spanning action` takes;
/// a session with a suffix of its own keeps the short ones.
#[test]
fn actions_of_sessions_sharing_a_suffix_are_listed_by_their_whole_keys() {
    let dir = tempfile::tempdir().expect("temp dir");
    let en = write(&dir, &tactical::closed(Lang::En).session, 0x1234);
    // The same meeting's Dutch twin, under a name of its own that ends
    // in the same suffix.
    let nl = "werkoverleg-kopie-1234".to_owned();
    fs::write(
        dir.path().join(format!("{nl}.json")),
        store::session_bytes(&nl, &tactical::closed(Lang::Nl).session),
    )
    .expect("write");
    write(&dir, &tactical::closed(Lang::En).session, 0x5678);
    let out = run(&dir, &["actions", "--lang", "en"]);
    assert!(out.contains(&format!("`{en}#a1`")), "{out}");
    assert!(out.contains(&format!("`{nl}#a1`")), "{out}");
    assert!(!out.contains("`1234#a1`"), "{out}");
    assert!(out.contains("`5678#a1`"), "{out}");
    // The whole key is one action's, so marking it works.
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["action", &format!("{en}#a1"), "done", "--lang", "en"])
        .assert()
        .success();
}
