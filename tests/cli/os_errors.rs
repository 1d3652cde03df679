//! An operating-system error reaches a person in their language, with
//! what spanning was doing and what to do (issue 15), and `--help` names
//! every value in the help's language.

use std::fs;

use assert_cmd::Command;

use crate::support::common;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn folder_with_example() -> (tempfile::TempDir, String) {
    let session = common::example_meeting();
    let dir = tempfile::tempdir().expect("temp dir");
    let id = spanning::store::stem(session.setup(), 0x1234);
    fs::write(
        dir.path().join(format!("{id}.json")),
        spanning::store::session_bytes(&id, &session),
    )
    .expect("write");
    (dir, id)
}

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.assert().failure().get_output().stderr.clone();
    String::from_utf8(out).expect("utf-8")
}

/// Writing the minutes to a full disk (`/dev/full`), in Dutch and English.
#[test]
fn a_full_disk_under_the_output_is_said_with_what_to_do() {
    let (dir, id) = folder_with_example();
    for (lang, expected) in [
        (
            "nl",
            "fout: Kan de uitvoer niet schrijven: de schijf is vol (os error 28). Maak ruimte vrij op de schijf",
        ),
        (
            "en",
            "error: Cannot write the output: the disk is full (os error 28). Free some space on the disk",
        ),
    ] {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_spanning"))
            .env_remove("SPANNING_SESSIONS_DIR")
            .env_remove("LC_ALL")
            .env("LANG", "C")
            .arg("--sessions-dir")
            .arg(dir.path())
            .args(["--lang", lang, "show", &id])
            .stdout(full)
            .output()
            .expect("run");
        assert!(!out.status.success());
        let err = String::from_utf8(out.stderr).expect("utf-8");
        assert!(err.starts_with(expected), "{err}");
        assert!(
            !err.contains("No space left"),
            "the system's English: {err}"
        );
    }
}

/// An export into a "folder" that is a file.
#[test]
fn an_export_path_through_a_file_is_said_in_the_language() {
    let (dir, id) = folder_with_example();
    let file = dir.path().join("notes.txt");
    fs::write(&file, "a file, not a folder").expect("write");
    let target = file.join("minutes.html");
    let target_arg = target.display().to_string();
    let err = stderr_of(spanning().arg("--sessions-dir").arg(dir.path()).args([
        "--lang",
        "nl",
        "export",
        &id,
        "--format",
        "html",
        "-o",
        &target_arg,
    ]));
    assert!(
        err.contains(&format!(
            "Kan {target_arg} niet schrijven: een deel van het pad is een bestand, geen map"
        )),
        "{err}"
    );
    assert!(!err.contains("Not a directory"), "{err}");
    assert_eq!(
        fs::read_to_string(&file).expect("read"),
        "a file, not a folder",
        "nothing overwritten"
    );
}

/// `check` on a folder that cannot be listed because it is a file inside
/// the path: says which folder and why.
#[test]
fn generate_into_a_folder_under_a_file_says_what_it_was_doing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plain");
    fs::write(&file, "x").expect("write");
    let folder = file.join("sessions");
    let err = stderr_of(
        spanning()
            .arg("--sessions-dir")
            .arg(&folder)
            .args(["--lang", "nl", "generate", "--count", "1"]),
    );
    assert!(
        err.contains(&format!(
            "Kan de map {} niet aanmaken: een deel van het pad is een bestand, geen map (os error 20).",
            folder.display()
        )),
        "{err}"
    );
}

/// Every value name in the Dutch help is Dutch: none of the English
/// placeholders shows, on any command.
#[test]
fn the_dutch_help_names_every_value_in_dutch() {
    let english = [
        "<TITLE>",
        "<CIRCLE>",
        "<PARTICIPANTS>",
        "<FACILITATOR>",
        "<SECRETARY>",
        "<TIMEBOX>",
        "<RULES>",
        "<FORMAT>",
        "<PATHS>",
        "[PATHS]",
        "<SPEED>",
        "<OWNER>",
        "<KEY>",
        "<NOTE>",
        "<DIR>",
        "<FILE>",
        "<THEME>",
        "<LANG>",
        "[OPTIONS]",
    ];
    for command in [
        "", "new", "resume", "list", "show", "export", "check", "review", "replay", "actions",
        "action",
    ] {
        let mut cmd = spanning();
        cmd.env("LANG", "nl_NL.UTF-8");
        if !command.is_empty() {
            cmd.arg(command);
        }
        let out = cmd
            .arg("--help")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let help = String::from_utf8(out).expect("utf-8");
        for word in english {
            assert!(!help.contains(word), "{command}: {word} in\n{help}");
        }
    }
    let out = spanning()
        .env("LANG", "nl_NL.UTF-8")
        .args(["new", "--help"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(out).expect("utf-8");
    for dutch in [
        "<TITEL>",
        "<CIRKEL>",
        "<DEELNEMERS>",
        "<MAP>",
        "<TAAL>",
        "<VORM>",
    ] {
        assert!(help.contains(dutch), "{dutch} in\n{help}");
    }
    // And English stays English.
    let out = spanning()
        .args(["new", "--help"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(out).expect("utf-8");
    for english in ["<TITLE>", "<CIRCLE>", "<PARTICIPANTS>", "<DIR>", "<LANG>"] {
        assert!(help.contains(english), "{english} in\n{help}");
    }
}

/// `show ID | head`: the reader leaving early is no error.
#[test]
fn a_reader_that_stops_early_gets_no_error() {
    let (dir, id) = folder_with_example();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_spanning"))
        .env_remove("SPANNING_SESSIONS_DIR")
        .env("LANG", "C")
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["show", &id])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    // The reader goes before anything is read.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.is_empty(), "{err}");
    assert!(out.status.success());
}
