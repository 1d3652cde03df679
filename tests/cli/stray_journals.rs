//! `spanning check` and journals nothing reads (`src/store/stray.rs`): one
//! left beside a complete session file (a crash between writing the whole
//! file and removing the journal) is noted as safe to delete, with the
//! command that does it; one without its session file is noted with what
//! to do; an open meeting's journal, or one a running meeting is writing,
//! is not mentioned. Notes never change the exit code, and check never
//! deletes or rewrites anything.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use spanning::generate::{Spec, session};
use spanning::meeting::Session;
use spanning::store::{self, SessionsDir, journal_path, session_bytes};
use spanning::text::Lang;

fn meeting(lang: Lang, leave_open: bool) -> Session {
    session(Spec {
        seed: 7,
        events: 40,
        lang,
        leave_open,
    })
}

/// Runs `spanning check` in `lang` with `args`; (exit code, stdout).
fn check(lang: Lang, args: &[&str]) -> (i32, String) {
    let out = assert_cmd::Command::cargo_bin("spanning")
        .unwrap()
        .env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env(
            "LANG",
            if lang == Lang::Nl {
                "nl_NL.UTF-8"
            } else {
                "en_GB.UTF-8"
            },
        )
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// A session file written whole in `dir`, and its path.
fn write_session(dir: &Path, s: &Session) -> PathBuf {
    let id = store::stem(s.setup(), 0x4242);
    let path = dir.join(format!("{id}.json"));
    fs::write(&path, session_bytes(&id, s)).unwrap();
    path
}

/// Some of a meeting's entries as journal lines, as a crash leaves them.
fn journal_lines(s: &Session) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in &s.log()[s.log().len() - 3..] {
        serde_json::to_writer(&mut bytes, entry).unwrap();
        bytes.push(b'\n');
    }
    bytes
}

fn note_word(lang: Lang) -> &'static str {
    if lang == Lang::Nl { "let op:" } else { "note:" }
}

fn all_good(lang: Lang) -> &'static str {
    if lang == Lang::Nl {
        "1 bestand gecontroleerd, alles in orde."
    } else {
        "1 file checked, all good."
    }
}

/// Runs the command a note gives, as a person would paste it.
fn run_shell(command: &str) {
    let status = std::process::Command::new("sh")
        .args(["-c", command])
        .status()
        .unwrap();
    assert!(status.success(), "{command}");
}

/// The command between backticks at the end of the note about `journal`.
fn command_in(text: &str, journal: &Path) -> String {
    let line = text
        .lines()
        .find(|l| l.contains(&journal.display().to_string()))
        .unwrap_or_else(|| panic!("a note names {}\n{text}", journal.display()));
    let start = line.rfind("`rm -- ").expect("a command") + 1;
    line[start..line.len() - 1].to_owned()
}

#[test]
fn a_journal_beside_a_closed_file_is_a_note_with_the_command_that_deletes_it() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let s = meeting(lang, false);
        assert!(s.state().is_closed());
        let path = write_session(dir.path(), &s);
        let journal = journal_path(&path);
        fs::write(&journal, journal_lines(&s)).unwrap();
        let (file, lines) = (fs::read(&path).unwrap(), fs::read(&journal).unwrap());

        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0, "a note is not a failure\n{text}");
        assert!(text.contains(all_good(lang)), "{text}");
        let note = text
            .lines()
            .find(|l| l.starts_with(note_word(lang)))
            .unwrap_or_else(|| panic!("{lang:?}: a note\n{text}"));
        assert!(note.contains(&journal.display().to_string()), "{note}");
        assert!(note.contains(&path.display().to_string()), "{note}");
        let safe = if lang == Lang::Nl {
            "veilig verwijderen"
        } else {
            "safe to delete"
        };
        assert!(note.contains(safe), "{note}");
        let command = command_in(&text, &journal);
        assert_eq!(command, format!("rm -- {}", journal.display()));
        // Check changed nothing.
        assert_eq!(fs::read(&path).unwrap(), file);
        assert_eq!(fs::read(&journal).unwrap(), lines);
        // The command does what the note says, and the note goes.
        run_shell(&command);
        assert!(!journal.exists() && path.exists());
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0);
        assert!(!text.contains(note_word(lang)), "{text}");
    }
}

#[test]
fn a_journal_beside_a_left_meeting_or_a_named_file_is_noted_too() {
    for lang in Lang::ALL {
        // Left without closing: settled whole, then the crash.
        let dir = tempfile::tempdir().unwrap();
        let s = meeting(lang, true);
        let path = write_session(dir.path(), &s);
        fs::write(journal_path(&path), journal_lines(&s)).unwrap();
        let (code, text) = check(lang, &[&path.display().to_string()]);
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(note_word(lang)), "{lang:?}: {text}");
        assert!(
            text.contains(&journal_path(&path).display().to_string()),
            "{text}"
        );
        // A bad file still fails check; the note stays a note.
        fs::write(dir.path().join("broken.json"), b"{\"format\": ").unwrap();
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 1, "{text}");
        assert!(text.contains(note_word(lang)), "{text}");
        assert!(journal_path(&path).exists());
    }
}

#[test]
fn a_journal_without_its_session_file_says_to_move_it_or_delete_it() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().unwrap();
        let s = meeting(lang, true);
        let gone = dir.path().join("2026-01-05T0900-x-governance-0001.json");
        let journal = journal_path(&gone);
        fs::write(&journal, journal_lines(&s)).unwrap();
        let lines = fs::read(&journal).unwrap();

        // Alone in the folder: no session files, and the note.
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0, "{text}");
        let note = text
            .lines()
            .find(|l| l.starts_with(note_word(lang)))
            .unwrap_or_else(|| panic!("{lang:?}: a note\n{text}"));
        assert!(note.contains(&gone.display().to_string()), "{note}");
        let (moved, otherwise) = if lang == Lang::Nl {
            (
                "verplaatst of hernoemd",
                "anders kun je het veilig verwijderen",
            )
        } else {
            ("moved or renamed", "otherwise it is safe to delete")
        };
        assert!(
            note.contains(moved) && note.contains(otherwise),
            "{lang:?}: {note}"
        );
        assert_eq!(
            command_in(&text, &journal),
            format!("rm -- {}", journal.display())
        );

        // Beside another session: that one checks, the journal is noted.
        write_session(dir.path(), &meeting(lang, false));
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(all_good(lang)), "{text}");
        assert!(text.contains(note_word(lang)), "{text}");
        assert_eq!(fs::read(&journal).unwrap(), lines, "check never deletes");
    }
}

#[test]
fn an_open_meeting_s_journal_is_not_mentioned() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for lang in Lang::ALL {
        // A crash while the meeting ran: the version 5 file and its journal,
        // which resume reads.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("session-v5.json");
        fs::copy(data.join("session-v5.json"), &path).unwrap();
        fs::copy(data.join(".session-v5.journal"), journal_path(&path)).unwrap();
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0, "{text}");
        assert!(text.contains(all_good(lang)), "{text}");
        assert!(!text.contains(note_word(lang)), "{lang:?}: {text}");

        // A meeting running now: its first save makes the journal before
        // the file that points to it, and nothing in between is stray.
        let dir = tempfile::tempdir().unwrap();
        let s = meeting(lang, true);
        let open = SessionsDir::new(dir.path()).create(&s).unwrap();
        fs::write(journal_path(open.path()), b"").unwrap();
        let (code, text) = check(lang, &[&dir.path().display().to_string()]);
        assert_eq!(code, 0, "{text}");
        assert!(!text.contains(note_word(lang)), "{lang:?}: {text}");
        drop(open);
    }
}

#[test]
fn the_command_is_quoted_for_a_folder_name_with_spaces_and_quotes() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("team's sessions");
    fs::create_dir_all(&dir).unwrap();
    let s = meeting(Lang::En, false);
    let path = write_session(&dir, &s);
    let journal = journal_path(&path);
    fs::write(&journal, journal_lines(&s)).unwrap();
    let (code, text) = check(Lang::En, &[&dir.display().to_string()]);
    assert_eq!(code, 0, "{text}");
    let command = command_in(&text, &journal);
    assert!(command.starts_with("rm -- '"), "{command}");
    run_shell(&command);
    assert!(!journal.exists(), "the quoted command deletes the journal");
    assert!(path.exists(), "and nothing else");
}
