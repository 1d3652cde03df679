//! Every command that reads the sessions folder, run on a hostile one
//! (`support::hostile`): the good sessions are handled, every bad file is
//! named, nothing hangs (each run is killed after a generous timeout, which
//! fails the test) and no escape sequence from a file name or a session
//! reaches the terminal raw.

use crate::support::hostile::{self, Hostile};

use std::time::Duration;

use assert_cmd::Command;

/// Generous: a hang fails the test; a slow machine does not.
const LIMIT: Duration = Duration::from_secs(60);

fn spanning(folder: &Hostile, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .current_dir(folder.dir.path())
        .timeout(LIMIT);
    cmd
}

/// Runs and returns (success, stdout, stderr); fails if it had to be killed.
fn run(folder: &Hostile, lang: &str, args: &[&str]) -> (bool, String, String) {
    let out = spanning(folder, lang).args(args).output().expect("run");
    assert!(
        out.status.code().is_some(),
        "`spanning {}` hung and was killed",
        args.join(" ")
    );
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// No control character but line breaks, no bidi control, nothing an
/// escape sequence could start with.
fn assert_clean(text: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(raw.is_empty(), "raw {raw:?} in:\n{text}");
}

#[test]
fn list_shows_the_good_names_the_bad_and_never_hangs() {
    let folder = hostile::folder();
    for (lang, unreadable) in [("C", "Unreadable"), ("nl_NL.UTF-8", "Onleesbare")] {
        let (ok, out, err) = run(&folder, lang, &["list"]);
        assert!(ok, "{err}");
        assert_clean(&out);
        assert_clean(&err);
        assert!(out.contains(&folder.open_id), "{out}");
        assert!(out.contains(&folder.closed_id), "{out}");
        assert!(
            out.contains("2026-01-01T0000-x\u{fffd}"),
            "the evil name is shown, escaped: {out}"
        );
        assert!(out.contains(unreadable), "{out}");
        for bad in &folder.bad {
            assert!(out.contains(bad), "{bad} not named:\n{out}");
        }
    }
    let (_, out, _) = run(&folder, "C", &["list"]);
    assert!(out.contains("tty.json is a device"), "{out}");
    assert!(out.contains("y.json is a named pipe"), "{out}");
    assert!(out.contains("between the years 1970 and 9999"), "{out}");
    assert!(out.contains("cannot have happened"), "{out}");
    let (_, out, _) = run(&folder, "nl_NL.UTF-8", &["list"]);
    assert!(out.contains("tty.json is een apparaat"), "{out}");
    assert!(out.contains("kan niet gebeurd zijn"), "{out}");
}

#[test]
fn list_json_escapes_controls_and_keeps_the_exact_text() {
    let folder = hostile::folder();
    let (ok, out, err) = run(&folder, "C", &["list", "--json"]);
    assert!(ok, "{err}");
    assert_clean(&out);
    assert!(!out.contains('\u{9b}') && !out.contains('\u{7f}'));
    let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let paths: Vec<&str> = doc["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .filter_map(|s| s["path"].as_str())
        .collect();
    let evil = folder.evil_name.to_string_lossy();
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with(evil.rsplit('/').next().unwrap_or_default())),
        "the exact name survives escaping: {paths:?}"
    );
    let unreadable = doc["unreadable"].as_array().expect("unreadable");
    assert_eq!(unreadable.len(), folder.bad.len(), "{unreadable:?}");
}

#[test]
fn check_names_the_first_impossible_entry_and_every_special_file() {
    let folder = hostile::folder();
    for lang in ["C", "nl_NL.UTF-8"] {
        let (ok, out, err) = run(&folder, lang, &["check"]);
        assert!(!ok, "bad files fail the check");
        assert_clean(&out);
        assert_clean(&err);
        for bad in folder.bad.iter().chain(&["archive.json"]) {
            let line = out
                .lines()
                .find(|l| l.contains(bad))
                .unwrap_or_else(|| panic!("{bad} not named:\n{out}"));
            assert!(
                line.starts_with("BAD") || line.starts_with("FOUT"),
                "{line}"
            );
        }
        assert!(
            out.lines()
                .any(|l| l.contains(&folder.open_id) && l.starts_with("ok")),
            "{out}"
        );
    }
    let (_, out, _) = run(&folder, "C", &["check"]);
    let forged = out
        .lines()
        .find(|l| l.contains("forged.json"))
        .expect("named");
    let first = format!("event {} cannot have happened", folder.forged_seq);
    assert!(forged.contains(&first), "{forged}");
}

#[test]
fn show_prints_good_meetings_and_refuses_a_forged_one_saying_why() {
    let folder = hostile::folder();
    let (ok, out, err) = run(&folder, "C", &["show", &folder.closed_id]);
    assert!(ok, "{err}");
    assert!(out.contains("Weekly governance"), "{out}");
    for (lang, why) in [
        ("C", "cannot have happened"),
        ("nl_NL.UTF-8", "kan niet gebeurd zijn"),
    ] {
        let (ok, out, err) = run(&folder, lang, &["show", "forged"]);
        assert!(!ok);
        assert!(
            out.is_empty(),
            "nothing of a forged meeting is printed: {out}"
        );
        assert!(err.contains("forged.json") && err.contains(why), "{err}");
        assert_clean(&err);
    }
    let (ok, _, err) = run(&folder, "C", &["show", "y.json"]);
    assert!(!ok);
    assert!(err.contains("named pipe"), "{err}");
}

#[test]
fn export_json_to_the_terminal_escapes_and_to_a_file_keeps_the_bytes() {
    let folder = hostile::folder();
    let evil = folder.evil_name.to_string_lossy().into_owned();
    let (ok, out, err) = run(&folder, "C", &["export", "--format", "json", &evil]);
    assert!(ok, "{err}");
    assert_clean(&out);
    let target = folder.dir.path().join("out\u{1b}[2J\u{9b}H.json");
    let (ok, _, err) = run(
        &folder,
        "C",
        &[
            "export",
            "--format",
            "json",
            "-o",
            &target.to_string_lossy(),
            &evil,
        ],
    );
    assert!(ok, "{err}");
    assert_clean(&err);
    assert!(
        err.contains("out\u{fffd}"),
        "the written file is named, escaped: {err}"
    );
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).expect("written")).expect("json");
    let shown: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(written, shown, "escaping changes bytes, never the document");
}

#[test]
fn hostile_session_text_in_json_output_is_escaped() {
    use crate::support::common;
    let folder = hostile::folder();
    let mut setup = common::example_setup();
    setup.title = "Evil \u{9b}2J\u{7f}\u{202e}title\u{1b}]0;x\u{7}".into();
    let session = spanning::meeting::Session::open(setup).expect("valid");
    let id = spanning::store::stem(session.setup(), 0x3333);
    std::fs::write(
        folder.sessions().join(format!("{id}.json")),
        spanning::store::session_bytes(&id, &session),
    )
    .expect("write");
    for args in [
        vec!["list", "--json"],
        vec!["export", "--format", "json", &id],
    ] {
        let (ok, out, err) = run(&folder, "C", &args);
        assert!(ok, "{err}");
        assert_clean(&out);
        assert!(out.contains("\\u009b") && out.contains("\\u202e"), "{out}");
        let doc: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert!(doc.to_string().contains("\\u001b]0;x\\u0007"));
    }
}

#[test]
fn resume_and_new_without_a_terminal_answer_and_never_hang() {
    let folder = hostile::folder();
    for args in [
        vec!["resume"],
        vec!["new", "--title", "T", "--participants", "Ana"],
    ] {
        let (_, out, err) = run(&folder, "C", &args);
        assert_clean(&out);
        assert_clean(&err);
    }
}
