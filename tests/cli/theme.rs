//! `--theme` and the remembered preferences file: where it lives (the
//! user's config folder, never the sessions folder), what a broken one
//! does (said, left alone, default look), and unknown names, in English
//! and Dutch. The screens' side is in the e2e and tui tests.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

/// `spanning` with its preferences under `home`'s config folder. `replay`
/// of a session that does not exist chooses the look (a screen command)
/// and then stops with an error, so nothing waits for a terminal.
fn replay_nothing(home: &Path, lang: &str, theme: Option<&str>) -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("XDG_CONFIG_HOME")
        .env("HOME", home)
        .env("LANG", "C")
        .args(["--lang", lang, "--sessions-dir"])
        .arg(home.join("sessions"));
    if let Some(theme) = theme {
        cmd.args(["--theme", theme]);
    }
    cmd.args(["replay", "nothing-here"]);
    cmd
}

fn config(home: &Path) -> std::path::PathBuf {
    home.join(".config").join("spanning").join("config.json")
}

#[test]
fn a_chosen_theme_is_remembered_in_the_users_config_folder() {
    let home = tempfile::tempdir().expect("temp dir");
    replay_nothing(home.path(), "en", Some("projector"))
        .assert()
        .failure()
        .stderr(predicate::str::contains("warning").not());
    let text = fs::read_to_string(config(home.path())).expect("remembered");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["theme"], "projector");
    assert!(
        !home.path().join("sessions").join("config.json").exists(),
        "never in the sessions folder"
    );
    // XDG_CONFIG_HOME wins over HOME.
    let xdg = tempfile::tempdir().expect("temp dir");
    replay_nothing(home.path(), "en", Some("HIGH-CONTRAST"))
        .env("XDG_CONFIG_HOME", xdg.path())
        .assert()
        .failure();
    let text = fs::read_to_string(xdg.path().join("spanning").join("config.json")).expect("xdg");
    assert!(text.contains("\"high-contrast\""), "{text}");
}

#[test]
fn a_broken_preferences_file_is_said_kept_and_ignored() {
    for (lang, said, not_kept) in [
        ("en", "cannot be used", "not remembered"),
        ("nl", "is onbruikbaar", "niet onthouden"),
    ] {
        let home = tempfile::tempdir().expect("temp dir");
        let path = config(home.path());
        fs::create_dir_all(path.parent().expect("folder")).expect("folder");
        fs::write(&path, "{ theme: projector").expect("broken file");
        replay_nothing(home.path(), lang, None)
            .assert()
            .failure()
            .stderr(predicate::str::contains(said))
            .stderr(predicate::str::contains(path.display().to_string()))
            .stderr(predicate::str::contains("--theme"));
        // Choosing a theme does not overwrite what someone wrote by hand.
        replay_nothing(home.path(), lang, Some("projector"))
            .assert()
            .failure()
            .stderr(predicate::str::contains(not_kept));
        assert_eq!(
            fs::read_to_string(&path).expect("still there"),
            "{ theme: projector"
        );
        // A theme name the file does not know is a broken file too.
        fs::write(&path, r#"{"theme": "beamer"}"#).expect("file");
        replay_nothing(home.path(), lang, None)
            .assert()
            .failure()
            .stderr(predicate::str::contains(said));
    }
}

/// `--theme` on a printing command is remembered too, and the Dutch help
/// names it with a Dutch placeholder.
#[test]
fn a_theme_given_to_any_command_is_remembered() {
    let home = tempfile::tempdir().expect("temp dir");
    Command::cargo_bin("spanning")
        .expect("binary")
        .env_remove("XDG_CONFIG_HOME")
        .env("HOME", home.path())
        .arg("--sessions-dir")
        .arg(home.path().join("sessions"))
        .args(["--theme", "no-color", "list"])
        .assert()
        .success();
    let text = fs::read_to_string(config(home.path())).expect("remembered");
    assert!(text.contains("\"no-color\""), "{text}");
    Command::cargo_bin("spanning")
        .expect("binary")
        .args(["--lang", "nl", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--theme <THEMA>"))
        .stdout(predicate::str::contains("wordt onthouden"));
}

#[test]
fn an_unknown_theme_says_which_there_are() {
    for (lang, said) in [
        ("en", "Unknown theme \"beamer\""),
        ("nl", "Onbekend thema \"beamer\""),
    ] {
        let home = tempfile::tempdir().expect("temp dir");
        replay_nothing(home.path(), lang, Some("beamer"))
            .assert()
            .failure()
            .stderr(predicate::str::contains(said))
            .stderr(predicate::str::contains(
                "default, high-contrast, projector, no-color",
            ));
        assert!(!config(home.path()).exists(), "nothing remembered");
    }
}
