//! The journal (`src/store/journal.rs`): while a meeting is open each save
//! appends one line per entry instead of rewriting the file; a crash loses
//! only an entry whose save had not returned; readers read an open meeting
//! whole and never write; closing or leaving a meeting leaves one complete
//! file in its ordinary version.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use spanning::generate::{Spec, session};
use spanning::meeting::Session;
use spanning::store::{
    self, JOURNAL_VERSION, LoadErrorKind, SessionStatus, SessionSummary, SessionsDir, journal_path,
    session_bytes,
};
use spanning::text::Lang;

/// An open meeting of about `events` entries.
fn meeting(events: usize) -> Session {
    session(Spec {
        seed: 11,
        events,
        lang: Lang::En,
        leave_open: true,
    })
}

/// The meeting as it stood after its first `n` entries.
fn first(s: &Session, n: usize) -> Session {
    Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).unwrap()
}

fn version(path: &Path) -> u64 {
    let value: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    value["version"].as_u64().unwrap()
}

fn lines(path: &Path) -> usize {
    fs::read(path)
        .unwrap()
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Copies a session file and its journal as a crash would leave them, to a
/// folder of their own (the writer in this process still holds its lock).
fn crash_copy(path: &Path, to: &Path) -> PathBuf {
    fs::create_dir_all(to).unwrap();
    let copy = to.join(path.file_name().unwrap());
    fs::copy(path, &copy).unwrap();
    if journal_path(path).exists() {
        fs::copy(journal_path(path), journal_path(&copy)).unwrap();
    }
    copy
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

#[test]
fn each_save_of_an_open_meeting_appends_one_line_per_entry_and_leaves_the_file() {
    let s = meeting(60);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    open.save(&first(&s, 11)).unwrap();
    assert_eq!(version(&path), u64::from(JOURNAL_VERSION));
    let file = fs::read(&path).unwrap();
    for k in 12..=n {
        open.save(&first(&s, k)).unwrap();
        assert_eq!(fs::read(&path).unwrap(), file, "the file is not rewritten");
        assert_eq!(lines(&journal_path(&path)), k - 11, "one line per entry");
        let loaded = store::load(&path).unwrap();
        assert_eq!(loaded.session.log(), &s.log()[..k]);
    }
    // Saving again without a new entry writes nothing.
    open.save(&s).unwrap();
    assert_eq!(lines(&journal_path(&path)), n - 11);
}

#[test]
fn leaving_an_open_meeting_leaves_one_complete_file_in_its_ordinary_version() {
    let s = meeting(60);
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    for k in 11..=s.log().len() {
        open.save(&first(&s, k)).unwrap();
    }
    drop(open);
    assert_eq!(fs::read(&path).unwrap(), session_bytes(&id, &s));
    assert!(version(&path) < u64::from(JOURNAL_VERSION));
    assert!(!journal_path(&path).exists());
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "only the session file is left");
}

#[test]
fn closing_writes_the_complete_file_and_removes_the_journal() {
    let closed = session(Spec {
        seed: 5,
        events: 80,
        lang: Lang::Nl,
        leave_open: false,
    });
    assert!(closed.state().is_closed());
    let n = closed.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path())
        .create(&first(&closed, 5))
        .unwrap();
    let path = open.path().to_path_buf();
    for k in 6..n {
        open.save(&first(&closed, k)).unwrap();
    }
    assert!(journal_path(&path).exists());
    open.save(&closed).unwrap();
    assert_eq!(fs::read(&path).unwrap(), session_bytes(open.id(), &closed));
    assert!(!journal_path(&path).exists());
    // One entry per line in the closed file too, so it diffs well.
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches("\"seq\":").count(), n);
}

#[test]
fn a_crash_loses_only_the_entry_whose_save_had_not_returned() {
    let s = meeting(60);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path().join("live"))
        .create(&first(&s, 10))
        .unwrap();
    for k in 11..n {
        open.save(&first(&s, k)).unwrap();
    }
    let crashed = crash_copy(open.path(), &dir.path().join("crashed"));
    // The last entry's line was cut off in the middle of its append.
    let line = serde_json::to_string(&s.log()[n - 1]).unwrap();
    let mut journal = fs::read(journal_path(&crashed)).unwrap();
    journal.extend_from_slice(&line.as_bytes()[..line.len() / 2]);
    fs::write(journal_path(&crashed), &journal).unwrap();

    let loaded = store::load(&crashed).unwrap();
    assert_eq!(loaded.session.log(), &s.log()[..n - 1]);
    let listed = SessionsDir::new(dir.path().join("crashed")).list();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].as_ref().unwrap().status, SessionStatus::Open);
    // Reading changed nothing.
    assert_eq!(fs::read(journal_path(&crashed)).unwrap(), journal);

    // Resuming continues from the confirmed entries, and the torn line
    // never reaches the record.
    let sessions = SessionsDir::new(dir.path().join("crashed"));
    let (mut resumed, session) = sessions.open_for_writing(&crashed).unwrap();
    assert_eq!(session.log(), &s.log()[..n - 1]);
    resumed.save(&s).unwrap();
    assert_eq!(store::load(&crashed).unwrap().session.log(), s.log());
    let id = resumed.id().to_owned();
    drop(resumed);
    assert_eq!(fs::read(&crashed).unwrap(), session_bytes(&id, &s));
    assert!(!journal_path(&crashed).exists());
}

#[test]
fn a_complete_file_ignores_a_journal_left_beside_it() {
    // A crash after the complete file was written at close, before the
    // journal was removed: the file is the session, whatever the journal.
    let s = meeting(40);
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let open = sessions.create(&s).unwrap();
    let path = open.path().to_path_buf();
    fs::write(journal_path(&path), b"{\"seq\": 9999, torn\nrubbish").unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.session.log(), s.log());
    drop(open);
}

#[test]
fn journal_entries_already_in_the_file_are_read_once() {
    // A crash between writing the file whole and emptying the journal.
    let s = meeting(40);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path().join("live"))
        .create(&first(&s, 10))
        .unwrap();
    for k in 11..=n {
        open.save(&first(&s, k)).unwrap();
    }
    let crashed = crash_copy(open.path(), &dir.path().join("crashed"));
    let journal = fs::read(journal_path(&crashed)).unwrap();
    let mut whole = session_bytes("x", &s);
    let text = String::from_utf8(whole.clone()).unwrap();
    whole = text
        .replacen(
            &format!("\"version\": {},", store::version_needed(&s)),
            &format!("\"version\": {JOURNAL_VERSION},"),
            1,
        )
        .into_bytes();
    fs::write(&crashed, &whole).unwrap();
    assert_eq!(fs::read(journal_path(&crashed)).unwrap(), journal);
    assert_eq!(store::load(&crashed).unwrap().session.log(), s.log());
}

#[test]
fn a_damaged_or_strange_journal_is_named_and_left_alone() {
    let s = meeting(80);
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path().join("live"))
        .create(&first(&s, 10))
        .unwrap();
    for k in 11..=20 {
        open.save(&first(&s, k)).unwrap();
    }
    let crashed = crash_copy(open.path(), &dir.path().join("crashed"));
    let journal = journal_path(&crashed);
    let good = fs::read(&journal).unwrap();

    // A line in the middle that is not an entry.
    let text = String::from_utf8(good.clone()).unwrap();
    let mut damaged: Vec<&str> = text.lines().collect();
    damaged[3] = "{\"seq\": 14, \"at\": \"never\"}";
    let damaged = damaged.join("\n") + "\n";
    fs::write(&journal, &damaged).unwrap();
    let err = store::load(&crashed).unwrap_err();
    assert_eq!(err.path, journal);
    assert!(
        matches!(err.kind, LoadErrorKind::Invalid { line: 4, .. }),
        "{err:?}"
    );
    assert_eq!(fs::read(&journal).unwrap(), damaged.as_bytes());

    // Entries that skip ahead of the file.
    let skipping: String = text.lines().skip(2).map(|l| format!("{l}\n")).collect();
    fs::write(&journal, &skipping).unwrap();
    let err = store::load(&crashed).unwrap_err();
    assert_eq!(err.path, journal);
    // The file holds 11 entries (the first save wrote it whole).
    assert_eq!(err.kind, LoadErrorKind::JournalGap { after: 11 });

    // Not a regular file: refused at once rather than read (a pipe would
    // hang the reader).
    fs::remove_file(&journal).unwrap();
    fs::create_dir(&journal).unwrap();
    let err = store::load(&crashed).unwrap_err();
    assert_eq!(err.path, journal);
    assert_eq!(err.kind, LoadErrorKind::JournalNotAFile);
    drop(open);
}

#[test]
fn readers_read_an_open_meeting_whole_and_never_write() {
    let s = meeting(60);
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let mut open = sessions.create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    for k in 11..=s.log().len() {
        open.save(&first(&s, k)).unwrap();
    }
    let file = fs::read(&path).unwrap();
    let journal = fs::read(journal_path(&path)).unwrap();
    let listed = sessions.list();
    let summary = listed[0].as_ref().unwrap();
    assert_eq!(summary.last_at, s.state().last_at);
    assert_eq!(
        summary,
        &SessionSummary::of(&path, &store::load(&path).unwrap())
    );
    assert_eq!(sessions.latest_open().unwrap().id, open.id());
    assert_eq!(fs::read(&path).unwrap(), file);
    assert_eq!(fs::read(journal_path(&path)).unwrap(), journal);
}

#[test]
fn a_long_meeting_is_compacted_into_the_file_now_and_then() {
    let s = session(Spec {
        seed: 2,
        events: 9_000,
        lang: Lang::En,
        leave_open: true,
    });
    let n = s.log().len();
    assert!(n > 4_300, "{n}");
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    // The first entry starts the journal; then one save with most of the
    // meeting, then entry by entry.
    open.save(&first(&s, 11)).unwrap();
    open.save(&first(&s, 4_090)).unwrap();
    assert_eq!(lines(&journal_path(&path)), 4_079);
    for k in 4_091..=4_300 {
        open.save(&first(&s, k)).unwrap();
    }
    // At 4,096 journal entries the file was written whole again, and the
    // journal holds only what came after.
    let stored: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    let in_file = stored["events"].as_array().unwrap().len();
    assert!(in_file > 4_090, "{in_file}");
    assert_eq!(lines(&journal_path(&path)), 4_300 - in_file);
    assert_eq!(store::load(&path).unwrap().session.log(), &s.log()[..4_300]);
}

#[test]
fn the_version_4_file_means_what_it_meant() {
    let path = data("session-v4.json");
    let journal = journal_path(&path);
    let before = (fs::read(&path).unwrap(), fs::read(&journal).unwrap());
    let loaded = store::load(&path).expect("loads");
    let summary = SessionSummary::of(&path, &loaded);
    assert_eq!(summary.title, "Rolverleg 142");
    assert_eq!(summary.status, SessionStatus::Open);
    // 50 entries in the file, 11 in the journal, and a torn 12th ignored.
    assert_eq!(loaded.session.log().len(), 61);
    assert_eq!(
        before,
        (fs::read(&path).unwrap(), fs::read(&journal).unwrap())
    );
}

/// The frozen running meeting copied into a fresh sessions folder.
fn running_meeting_folder(dir: &Path) -> (PathBuf, Vec<u8>, Vec<u8>) {
    let sessions = dir.join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let path = sessions.join("session-v4.json");
    fs::copy(data("session-v4.json"), &path).unwrap();
    fs::copy(data(".session-v4.journal"), journal_path(&path)).unwrap();
    let file = fs::read(&path).unwrap();
    let journal = fs::read(journal_path(&path)).unwrap();
    (sessions, file, journal)
}

fn spanning(sessions: &Path, args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("spanning")
        .unwrap()
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--sessions-dir", &sessions.display().to_string()])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_commands_read_a_running_meeting_with_its_journal_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (sessions, file, journal) = running_meeting_folder(dir.path());
    let path = sessions.join("session-v4.json");

    // Entry 60, a project recorded, is only in the journal.
    let shown = spanning(&sessions, &["show", "session-v4"]);
    assert!(shown.status.success(), "{shown:?}");
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(
        text.contains("Niemand is eigenaar van het contactformulier"),
        "{text}"
    );

    let listed = spanning(&sessions, &["list", "--json"]);
    assert!(listed.status.success(), "{listed:?}");
    let value: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let first = &value["sessions"][0];
    assert_eq!(first["status"], "open");
    assert_eq!(first["last_at"], "2024-05-06T16:06:47+01:00");

    let checked = spanning(&sessions, &["check"]);
    assert!(checked.status.success(), "{checked:?}");

    assert_eq!(fs::read(&path).unwrap(), file);
    assert_eq!(fs::read(journal_path(&path)).unwrap(), journal);
}

#[cfg(unix)]
#[test]
fn the_journal_is_as_private_as_the_session_file() {
    use std::os::unix::fs::PermissionsExt;
    let s = meeting(60);
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // Someone shares the file with their group.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    open.save(&first(&s, 11)).unwrap();
    open.save(&first(&s, 12)).unwrap();
    assert_eq!(mode(&journal_path(&path)), 0o640);
    assert_eq!(mode(&path), 0o640);
}
