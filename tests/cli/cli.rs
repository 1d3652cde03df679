//! The command line, run as a real process: list, show, export and check on
//! the example session and on folders with bad and hostile files.

use crate::support::common;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use spanning::store;
use tempfile::TempDir;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

/// A sessions folder holding the example meeting; returns (folder, id).
fn folder_with_example() -> (TempDir, String) {
    folder_with(common::example_meeting())
}

/// A sessions folder holding the example meeting as a Dutch team held it.
fn folder_with_dutch_example() -> (TempDir, String) {
    folder_with(common::dutch_example_meeting())
}

fn folder_with(session: spanning::meeting::Session) -> (TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = store::stem(session.setup(), 0x1234);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    (dir, id)
}

fn dir_arg(dir: &Path) -> String {
    dir.display().to_string()
}

#[test]
fn list_shows_sessions_newest_first_with_counts() {
    let (dir, id) = folder_with_example();
    let open = common::open_meeting();
    let open_id = store::stem(open.setup(), 0x9999);
    fs::write(
        dir.path().join(format!("{open_id}.json")),
        store::session_bytes(&open_id, &open),
    )
    .expect("write");
    let out = spanning()
        .args(["list", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("DATE"), "{text}");
    assert!(text.contains(&id));
    assert!(text.contains("closed") && text.contains("open"), "{text}");
    assert!(text.contains("governance"));
}

#[test]
fn list_json_is_machine_readable() {
    let (dir, id) = folder_with_example();
    let out = spanning()
        .env("SPANNING_SESSIONS_DIR", dir.path())
        .args(["list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let first = &doc["sessions"][0];
    assert_eq!(first["id"], id.as_str());
    assert_eq!(first["adopted"], 2);
    assert_eq!(first["participants"], 5);
    assert_eq!(first["status"], "closed");
    assert_eq!(doc["unreadable"].as_array().map(Vec::len), Some(0));
}

#[test]
fn an_empty_or_missing_folder_says_how_to_start() {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .args([
            "--sessions-dir",
            &dir_arg(&dir.path().join("nothing")),
            "list",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("spanning new"));
    assert!(
        !dir.path().join("nothing").exists(),
        "reading never creates the folder"
    );
}

#[test]
fn show_prints_minutes_by_unique_prefix() {
    let (dir, id) = folder_with_example();
    let prefix = &id[..10];
    let out = spanning()
        .args(["show", prefix, "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let session = common::example_meeting();
    assert!(text.contains(&session.setup().title));
    for person in &session.state().people {
        assert!(text.contains(&person.who.name), "{}", person.who.name);
    }
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn unknown_and_ambiguous_ids_are_clear_errors() {
    let (dir, id) = folder_with_example();
    let second = format!("{}-copy", id);
    fs::copy(
        dir.path().join(format!("{id}.json")),
        dir.path().join(format!("{second}.json")),
    )
    .expect("copy");
    spanning()
        .args(["show", "nope", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains("nope").and(predicate::str::contains("spanning list")));
    spanning()
        .args(["show", &id[..8], "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(&id).and(predicate::str::contains(&second)));
}

#[test]
fn export_markdown_to_a_file_never_overwrites_without_force() {
    let (dir, id) = folder_with_example();
    let target = dir.path().join("minutes.md");
    spanning()
        .args(["export", &id, "--format", "markdown", "-o"])
        .arg(&target)
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success();
    let first = fs::read_to_string(&target).expect("written");
    assert!(first.starts_with('#'), "{first}");
    fs::write(&target, "precious notes").expect("write");
    spanning()
        .args(["export", &id, "-o"])
        .arg(&target)
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--force"));
    assert_eq!(fs::read_to_string(&target).expect("read"), "precious notes");
    spanning()
        .args(["export", &id, "--force", "-o"])
        .arg(&target)
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&target).expect("read"), first);
}

#[test]
fn export_json_is_the_normalised_session() {
    let (dir, id) = folder_with_example();
    let out = spanning()
        .args([
            "export",
            &id,
            "--format",
            "json",
            "--sessions-dir",
            &dir_arg(dir.path()),
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let session = common::example_meeting();
    assert_eq!(
        doc["events"].as_array().map(Vec::len),
        Some(session.log().len())
    );
    assert_eq!(doc["setup"]["title"], session.setup().title.as_str());
}

#[test]
fn check_passes_good_files_and_fails_on_bad_ones_without_touching_them() {
    let (dir, _) = folder_with_example();
    spanning()
        .args(["check", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 file checked, all good."));

    let truncated = dir.path().join("2026-01-01T0000-x-governance-0001.json");
    let good = fs::read(
        dir.path()
            .read_dir()
            .expect("dir")
            .flatten()
            .next()
            .expect("file")
            .path(),
    )
    .expect("read");
    fs::write(&truncated, &good[..good.len() / 2]).expect("write");
    let foreign = dir.path().join("package.json");
    fs::write(&foreign, br#"{"name": "not a session"}"#).expect("write");
    let before_t = fs::read(&truncated).expect("read");
    let out = spanning()
        .args(["check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    assert!(text.contains("3 files checked, 2 bad."), "{text}");
    assert!(
        text.contains("BAD") && text.contains("package.json"),
        "{text}"
    );
    assert_eq!(
        fs::read(&truncated).expect("read"),
        before_t,
        "check never writes"
    );

    // The listing still works and reports the bad files separately.
    spanning()
        .args(["list", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Unreadable").and(predicate::str::contains("package.json")),
        );
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut session = common::open_meeting();
    let mut setup = session.setup().clone();
    setup.title = "Evil \u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}title".into();
    setup.circle = "c\u{9b}31m".into();
    session = spanning::meeting::Session::from_log(setup, session.log().to_vec()).expect("valid");
    let id = store::stem(session.setup(), 1);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    for args in [vec!["list"], vec!["show", id.as_str()]] {
        let out = spanning()
            .args(&args)
            .args(["--sessions-dir", &dir_arg(dir.path())])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).expect("utf-8");
        assert!(
            !text
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{9b}' || c == '\u{202e}'),
            "{args:?} leaked control characters: {text:?}"
        );
    }
}

#[test]
fn bad_options_say_what_is_wrong() {
    spanning()
        .args(["--lang", "xx", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "error: unknown language 'xx': choose one of en, nl",
        ));
    spanning()
        .args(["export", "x", "--format", "pdf"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("pdf"));
}

#[test]
fn help_lists_the_commands() {
    spanning().arg("--help").assert().success().stdout(
        predicate::str::contains("list")
            .and(predicate::str::contains("export"))
            .and(predicate::str::contains("check"))
            .and(predicate::str::contains("--sessions-dir")),
    );
}

fn stdout_of(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("utf-8")
}

#[test]
fn lang_nl_lists_in_dutch() {
    let (dir, id) = folder_with_example();
    let text = stdout_of(
        spanning()
            .args([
                "--lang",
                "nl",
                "list",
                "--sessions-dir",
                &dir_arg(dir.path()),
            ])
            .assert()
            .success(),
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("DATUM"), "{text}");
    assert!(lines[0].contains("AANGENOMEN"), "{text}");
    assert!(text.contains(&id), "{text}");
    assert!(
        text.contains("rolverleg") && text.contains("gesloten"),
        "{text}"
    );
    assert!(
        !text.contains("governance meeting") && !text.contains("closed"),
        "{text}"
    );
}

#[test]
fn a_dutch_locale_gives_dutch_messages_and_errors() {
    let (dir, _) = folder_with_example();
    spanning()
        .env("LANG", "nl_NL.UTF-8")
        .args(["show", "nope", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(
            predicate::str::starts_with("fout: Geen sessie \"nope\"")
                .and(predicate::str::contains("spanning list")),
        );
    spanning()
        .env("LANG", "nl_BE")
        .args(["--lang", "xx", "list"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "fout: onbekende taal 'xx': kies uit en, nl",
        ));
    // LC_ALL wins over LANG, as POSIX says.
    spanning()
        .env("LC_ALL", "nl_NL.UTF-8")
        .env("LANG", "en_GB.UTF-8")
        .args(["check", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 bestand gecontroleerd, alles in orde.",
        ));
    // An unknown locale is English.
    spanning()
        .env("LANG", "fr_FR.UTF-8")
        .args(["check", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 file checked, all good."));
}

#[test]
fn show_defaults_to_the_language_the_meeting_was_held_in() {
    let (dir, id) = folder_with_dutch_example();
    // An English terminal still reads a Dutch meeting's minutes in Dutch.
    let text = stdout_of(
        spanning()
            .args(["show", &id, "--sessions-dir", &dir_arg(dir.path())])
            .assert()
            .success(),
    );
    assert!(text.contains("## Besluiten"), "{text}");
    assert!(text.contains("22 november 2026, 14:05"), "{text}");
    assert!(!text.contains("## Decisions"), "{text}");
    // --lang overrides the session's language.
    let text = stdout_of(
        spanning()
            .env("LANG", "nl_NL.UTF-8")
            .args([
                "show",
                &id,
                "--lang",
                "en",
                "--sessions-dir",
                &dir_arg(dir.path()),
            ])
            .assert()
            .success(),
    );
    assert!(text.contains("## Decisions"), "{text}");
    assert!(text.contains("22 November 2026, 14:05"), "{text}");

    // And an English meeting stays English on a Dutch terminal.
    let (dir, id) = folder_with_example();
    let text = stdout_of(
        spanning()
            .env("LANG", "nl_NL.UTF-8")
            .args(["show", &id, "--sessions-dir", &dir_arg(dir.path())])
            .assert()
            .success(),
    );
    assert!(text.contains("## Decisions"), "{text}");
}

#[test]
fn export_defaults_to_the_session_language_and_reports_in_the_terminal_language() {
    let (dir, id) = folder_with_dutch_example();
    let target = dir.path().join("verslag.md");
    spanning()
        .args(["export", &id, "-o"])
        .arg(&target)
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stderr(predicate::str::contains("Written to"));
    let minutes = fs::read_to_string(&target).expect("written");
    assert!(minutes.contains("## Besluiten"), "{minutes}");
    let text = stdout_of(
        spanning()
            .args([
                "export",
                &id,
                "--lang",
                "en",
                "--sessions-dir",
                &dir_arg(dir.path()),
            ])
            .assert()
            .success(),
    );
    assert!(text.contains("## Decisions"), "{text}");
}

#[test]
fn help_speaks_the_locale_unless_lang_says_otherwise() {
    let dutch = stdout_of(
        spanning()
            .env("LANG", "nl_NL.UTF-8")
            .arg("--help")
            .assert()
            .success(),
    );
    for word in [
        "Gebruik:",
        "Opdrachten:",
        "Opties:",
        "Toon deze hulp",
        "sessiemap",
    ] {
        assert!(dutch.contains(word), "{word} missing:\n{dutch}");
    }
    assert!(
        !dutch.contains("Usage:") && !dutch.contains("Print help"),
        "{dutch}"
    );

    let english = stdout_of(
        spanning()
            .env("LANG", "nl_NL.UTF-8")
            .args(["--lang", "en", "--help"])
            .assert()
            .success(),
    );
    assert!(
        english.contains("Usage:") && english.contains("Commands:"),
        "{english}"
    );
    assert!(!english.contains("Gebruik:"), "{english}");

    let sub = stdout_of(
        spanning()
            .args(["export", "--lang=nl", "--help"])
            .assert()
            .success(),
    );
    assert!(
        sub.contains("Argumenten:") && sub.contains("Uitvoervorm"),
        "{sub}"
    );
}

/// Found in a play-test: `--lang en --lang nl list` gave clap's English
/// error under a Dutch usage line. An option given twice is said wholly
/// in the language the translation layer picks (the last `--lang`).
#[test]
fn an_option_given_twice_is_said_wholly_in_one_language() {
    let said = |args: &[&str]| {
        let out = spanning().args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr).expect("utf-8")
    };
    let nl = said(&["--lang", "en", "--lang", "nl", "list"]);
    assert!(
        nl.contains("fout: --lang <TAAL> is meer dan eens gegeven: geef het één keer"),
        "{nl}"
    );
    assert!(nl.contains("Probeer '--help'"), "{nl}");
    for english in ["error", "cannot be used", "Usage", "more information"] {
        assert!(!nl.contains(english), "{english} in: {nl}");
    }
    let en = said(&["--lang", "nl", "--lang", "en", "list"]);
    assert!(
        en.contains("error: --lang <LANG> was given more than once: give it once"),
        "{en}"
    );
    for dutch in ["fout", "Gebruik", "OPTIES", "Probeer"] {
        assert!(!en.contains(dutch), "{dutch} in: {en}");
    }
}

#[test]
fn command_line_mistakes_are_said_in_the_chosen_language() {
    spanning()
        .env("LANG", "nl_NL.UTF-8")
        .args(["export", "x", "--format", "pdf"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains(
                "fout: 'pdf' is geen geldige waarde voor '--format <VORM>': kies uit markdown, html, text, json, ics",
            )
            .and(predicate::str::contains("Probeer '--help'")),
        );
    spanning()
        .args(["--lang", "nl", "lijst"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "fout: onbekende opdracht 'lijst'; bedoel je 'list'?",
        ));
    spanning()
        .args(["show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "error: required but not given: <ID>",
        ));
}

/// `new` and `resume` refuse before any screen opens, in the chosen
/// language: a facilitator who is not there, a meeting already closed.
#[test]
fn new_and_resume_refuse_in_the_chosen_language() {
    let (dir, id) = folder_with_example();
    spanning()
        .args(["--lang", "nl", "new", "--title", "Rolverleg"])
        .args(["--participants", "Ana, Bram", "--facilitator", "Zoë"])
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "fout: Zoë zit niet bij de deelnemers (Ana, Bram)",
        ));
    spanning()
        .env("LANG", "nl_NL.UTF-8")
        .args(["resume", &id, "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "Sessie {id} is gesloten en kan niet verder. Lees het verslag met: spanning show {id}"
        )));
    spanning()
        .args(["resume", &id, "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "Session {id} is closed and cannot be continued."
        )));
}

/// `new --format` takes governance or tactical; anything else is refused
/// before any screen opens, saying what to write, in the chosen language.
#[test]
fn new_refuses_an_unknown_format_and_says_which_ones_exist() {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .args(["new", "--title", "Weekly", "--participants", "Ana, Bram"])
        .args(["--format", "weekly"])
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "'weekly' is not a meeting format: write governance or tactical",
        ));
    spanning()
        .args(["--lang", "nl", "new", "--title", "Werkoverleg"])
        .args(["--participants", "Ana, Bram", "--format", "werk"])
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "'werk' is geen soort overleg: schrijf governance of tactical",
        ));
    assert!(
        std::fs::read_dir(dir.path()).map_or(true, |d| d.count() == 0),
        "nothing was created"
    );
    spanning()
        .args(["new", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--format"))
        .stdout(predicate::str::contains("tactical"));
}

/// A tactical meeting takes no decisions, so `--rules consent` with
/// `--format tactical` is refused before anything is written, saying what
/// to do instead; the default rule set is accepted quietly.
#[test]
fn new_refuses_consent_rules_for_a_tactical_meeting() {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .args(["new", "--title", "Weekly", "--participants", "Ana, Bram"])
        .args(["--format", "tactical", "--rules", "consent"])
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains("takes no decisions"))
        .stderr(predicate::str::contains("--format governance"));
    spanning()
        .args(["--lang", "nl", "new", "--title", "Werkoverleg"])
        .args(["--participants", "Ana, Bram"])
        .args(["--format", "tactical", "--rules", "consent"])
        .args(["--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .failure()
        .stderr(predicate::str::contains("neemt geen besluiten"));
    assert!(
        std::fs::read_dir(dir.path()).map_or(true, |d| d.count() == 0),
        "nothing was created"
    );
}

/// `list` shows no rule set for a tactical meeting: it decides nothing
/// (#15), in English and Dutch; a governance meeting keeps its rule set.
#[test]
fn list_names_no_rule_set_for_a_tactical_meeting() {
    use crate::support::tactical as tactical_support;
    use spanning::text::Lang;
    for (lang, integrative) in [(Lang::En, "integrative"), (Lang::Nl, "integratief")] {
        let (dir, _) = folder_with(tactical_support::closed(lang).session);
        let out = spanning()
            .args([
                "--lang",
                lang.code(),
                "list",
                "--sessions-dir",
                &dir_arg(dir.path()),
            ])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8_lossy(&out);
        assert!(!out.contains(integrative), "{lang:?}\n{out}");
        assert!(
            out.contains('–'),
            "{lang:?}: the column says there is none\n{out}"
        );
    }
    let (dir, _) = folder_with_example();
    spanning()
        .args(["list", "--sessions-dir", &dir_arg(dir.path())])
        .assert()
        .success()
        .stdout(predicate::str::contains("integrative"));
}
