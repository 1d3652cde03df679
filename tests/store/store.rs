//! The sessions folder: what is on disk always equals the session, loading
//! never changes a file and explains every kind of damage, names are safe,
//! and one session has one writer.

#![allow(clippy::unwrap_used)]

use crate::support::scenario::Scenario;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset};
use spanning::meeting::{
    Command, Disposition, ItemId, PersonId, Session, SessionLoadProblem, Setup, Speech,
};
use spanning::store::{
    self, LoadErrorKind, ResolveError, SessionStatus, SessionsDir, StoreError, lock_path,
    session_bytes, slug,
};
use spanning::text::Lang;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn setup(title: &str, circle: &str, opened: &str) -> Setup {
    Scenario::new(title, circle, at(opened), &["Ana", "Bram", "Chen"]).setup()
}

fn open(circle: &str, opened: &str) -> Session {
    Session::open(setup("Weekly governance", circle, opened)).unwrap()
}

/// The commands of a short but complete meeting: check-in, one item added
/// (and an undo on the way), closing round, close-out, closed.
fn whole_meeting() -> Vec<Command> {
    let pass = || Command::Speak {
        person: None,
        speech: Speech::Pass,
    };
    vec![
        Command::StartCheckIn,
        Command::Speak {
            person: None,
            speech: Speech::Said {
                text: "Glad to be here — «quotes» and \"escapes\"\n".to_owned(),
            },
        },
        pass(),
        pass(),
        Command::OpenAgenda,
        Command::AddItem {
            label: "Budget".to_owned(),
            owner: PersonId(2),
        },
        Command::AddItem {
            label: "Mistake".to_owned(),
            owner: PersonId(1),
        },
        Command::Undo,
        Command::OpenClosingRound,
        pass(),
        pass(),
        pass(),
        Command::OpenCloseOut,
        Command::Dispose {
            item: ItemId(1),
            disposition: Disposition::CarriedOver,
        },
        Command::CloseSession,
    ]
}

/// Runs the meeting one minute per command after `opened`.
fn run(session: &mut Session, commands: &[Command]) {
    let mut t = session.setup().opened_at;
    for command in commands {
        t += Duration::minutes(1);
        session.execute(command, t).unwrap();
    }
}

fn closed_session(circle: &str, opened: &str) -> Session {
    let mut s = open(circle, opened);
    run(&mut s, &whole_meeting());
    assert!(s.state().is_closed());
    s
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

// ---------------------------------------------------------------- writing

#[test]
fn the_file_equals_the_session_after_every_event() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path().join("sessions"));
    let mut session = open("Team Alpha", "2026-11-22T14:05:00+01:00");
    let mut open_session = sessions.create(&session).unwrap();
    let path = open_session.path().to_path_buf();
    let id = open_session.id().to_owned();
    assert_eq!(
        fs::read(&path).unwrap(),
        session_bytes(&id, &session),
        "initial file"
    );

    let mut t = session.setup().opened_at;
    for command in whole_meeting() {
        t += Duration::seconds(37);
        session.execute(&command, t).unwrap();
        open_session.save(&session).unwrap();
        // While the meeting runs, the file and its journal hold it (see
        // `journal.rs`); once closed, the file alone is the session.
        if session.state().is_closed() {
            assert_eq!(fs::read(&path).unwrap(), session_bytes(&id, &session));
            assert!(!store::journal_path(&path).exists());
        }
        let loaded = store::load(&path).unwrap();
        assert_eq!(loaded.session.log(), session.log());
        assert_eq!(loaded.session.state(), session.state());
    }
    assert!(session.state().is_closed());
    drop(open_session);
    assert_eq!(fs::read(&path).unwrap(), session_bytes(&id, &session));
}

#[test]
fn save_then_load_round_trips_log_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let session = closed_session("Team Alpha", "2026-11-22T14:05:00+01:00");
    let mut open_session = sessions
        .create(&open("Team Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    open_session.save(&session).unwrap();
    let loaded = store::load(open_session.path()).unwrap();
    assert_eq!(loaded.id, open_session.id());
    assert_eq!(loaded.session.setup(), session.setup());
    assert_eq!(loaded.session.log(), session.log());
    assert_eq!(loaded.session.state(), session.state());
}

#[test]
fn the_file_is_pretty_json_with_marker_version_and_id() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let open_session = sessions
        .create(&closed_session("Team Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let text = fs::read_to_string(open_session.path()).unwrap();
    assert!(text.ends_with("}\n"));
    assert!(text.contains("\n  \"format\": \"spanning-session\""));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], "spanning-session");
    // A governance meeting with integrative rules needs nothing version 2
    // added, so it stays readable by every spanning (see `version_needed`).
    assert_eq!(value["version"], 1);
    assert_eq!(value["id"], open_session.id());
    assert_eq!(value["setup"]["circle"], "Team Alpha");
    assert!(value["events"].as_array().unwrap().len() > 5);
    assert_eq!(value["events"][0]["seq"], 1);
}

#[test]
fn names_follow_the_pattern_and_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let session = open("Team Alpha", "2026-11-22T14:05:00+01:00");
    let mut paths = Vec::new();
    let mut held = Vec::new();
    for _ in 0..20 {
        let s = sessions.create(&session).unwrap();
        paths.push(s.path().to_path_buf());
        held.push(s);
    }
    for path in &paths {
        let name = file_name(path);
        let prefix = "2026-11-22T1405-team-alpha-governance-";
        assert!(name.starts_with(prefix), "{name}");
        let suffix = name[prefix.len()..].strip_suffix(".json").unwrap();
        assert_eq!(suffix.len(), 4, "{name}");
        assert!(
            suffix
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 20, "every create got its own file");
}

#[test]
fn the_name_uses_the_meetings_own_offset() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let s = sessions
        .create(&open("Ops", "2026-11-22T23:30:00-08:00"))
        .unwrap();
    assert!(file_name(s.path()).starts_with("2026-11-22T2330-ops-governance-"));
}

#[test]
fn the_folder_is_created_on_first_write_only() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("a").join("b");
    let sessions = SessionsDir::new(&root);
    assert!(
        sessions.list().is_empty(),
        "a missing folder lists as empty"
    );
    assert!(sessions.latest_open().is_err());
    assert!(!root.exists(), "reading never creates the folder");
    sessions
        .create(&open("X", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    assert!(root.is_dir());
}

#[test]
fn hostile_circles_and_titles_stay_inside_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("sessions");
    let sessions = SessionsDir::new(&root);
    let long = "x".repeat(500);
    let hostile = [
        "../../etc/passwd",
        "/abs",
        "CON",
        "a\\b",
        "nul\0byte",
        "🙂🎉",
        long.as_str(),
        ".",
        "..",
        ".hidden",
        "",
        "   ",
        "a/../../b",
        "C:\\Windows",
        "tab\tnew\nline",
    ];
    for text in hostile {
        let mut setup = setup("Weekly", text, "2026-11-22T14:05:00+01:00");
        setup.title = format!("title {text}");
        let s = sessions.create(&Session::open(setup).unwrap()).unwrap();
        let path = s.path();
        assert_eq!(path.parent().unwrap(), root, "{text:?}");
        let name = file_name(path);
        assert!(name.len() < 100, "{text:?}: {name}");
        assert!(!name.starts_with('.'), "{text:?}: {name}");
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.T".contains(c)),
            "{text:?}: {name}"
        );
        let slugged = slug(text);
        assert!(!slugged.is_empty() && slugged.len() <= 40, "{text:?}");
        assert!(!slugged.starts_with('-') && !slugged.ends_with('-'));
        assert!(store::load(path).is_ok());
    }
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    assert_eq!(slug("CON"), "con");
    assert_eq!(slug("a\\b"), "a-b");
    assert_eq!(slug("🙂🎉"), "session");
    assert_eq!(slug("Kreis Ökologie & Straße"), "kreis-okologie-strasse");
    assert_eq!(slug("Ĳsselmeer Ærø Ångström"), "ijsselmeer-aero-angstrom");
    // Nothing was written outside the folder.
    let outside: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(outside.len(), 1);
}

#[test]
fn saving_keeps_no_temporary_files_around() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let mut session = open("Team", "2026-11-22T14:05:00+01:00");
    let mut open_session = sessions.create(&session).unwrap();
    run(&mut session, &whole_meeting()[..3]);
    open_session.save(&session).unwrap();
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.len(),
        3,
        "the session, its journal and its lock: {names:?}"
    );
    drop(open_session);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

// ---------------------------------------------------------------- loading

/// Writes `bytes` as a session file, loads it, checks the error kind, that
/// the message names the file, and that the bytes are unchanged.
fn load_fails(bytes: &[u8], check: impl Fn(&LoadErrorKind) -> bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("2026-11-22T1405-broken-governance-0000.json");
    fs::write(&path, bytes).unwrap();
    let error = store::load(&path).unwrap_err();
    assert!(check(&error.kind), "unexpected {:?}", error.kind);
    assert_eq!(error.path, path);
    assert_eq!(fs::read(&path).unwrap(), bytes, "loading changed the file");
    let message = error.to_string();
    assert!(
        message.contains("2026-11-22T1405-broken-governance-0000.json"),
        "{message}"
    );
    assert_eq!(message, error.message(Lang::En.words()));
    message
}

fn good_file() -> Vec<u8> {
    session_bytes(
        "2026-11-22T1405-broken-governance-0000",
        &closed_session("Team", "2026-11-22T14:05:00+01:00"),
    )
}

fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_slice(&good_file()).unwrap();
    edit(&mut value);
    serde_json::to_vec_pretty(&value).unwrap()
}

#[test]
fn a_good_file_loads_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let bytes = good_file();
    fs::write(&path, &bytes).unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.id, "s", "the ID is the file stem");
    assert!(loaded.session.state().is_closed());
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gone.json");
    let error = store::load(&path).unwrap_err();
    assert_eq!(error.kind, LoadErrorKind::NotFound);
    let message = error.to_string();
    assert!(message.contains("gone.json") && message.contains("spanning list"));
    assert!(!path.exists());
}

#[test]
fn a_directory_is_not_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let error = store::load(dir.path()).unwrap_err();
    assert!(matches!(error.kind, LoadErrorKind::Unreadable { .. }));
}

#[test]
fn empty_file() {
    load_fails(b"", |k| *k == LoadErrorKind::Empty);
    load_fails(b"  \n", |k| *k == LoadErrorKind::Empty);
}

#[test]
fn truncated_file() {
    let bytes = good_file();
    let message = load_fails(&bytes[..bytes.len() / 2], |k| {
        matches!(k, LoadErrorKind::Truncated { .. })
    });
    assert!(message.contains("cut off"), "{message}");
}

#[test]
fn not_json() {
    let message = load_fails(b"{\n  \"format\": oops\n}\n", |k| {
        matches!(k, LoadErrorKind::NotJson { line: 2, .. })
    });
    assert!(message.contains("line 2, column"), "{message}");
    load_fails(b"hello", |k| matches!(k, LoadErrorKind::NotJson { .. }));
    load_fails(&[0xff, 0xfe, 0x00], |k| {
        matches!(k, LoadErrorKind::NotJson { .. })
    });
}

#[test]
fn foreign_json() {
    load_fails(b"{\"name\": \"package\"}", |k| *k == LoadErrorKind::Foreign);
    load_fails(b"[1, 2, 3]", |k| *k == LoadErrorKind::Foreign);
    load_fails(b"{\"format\": \"other\", \"version\": 1}", |k| {
        *k == LoadErrorKind::Foreign
    });
}

#[test]
fn newer_version() {
    let message = load_fails(&edited(|v| v["version"] = 8.into()), |k| {
        *k == LoadErrorKind::NewerVersion { found: 8 }
    });
    assert!(message.contains("version 8") && message.contains("Upgrade spanning"));
    // Version 3 added proposal corrections (issue 15), 4 the action
    // review (issue 14), 5 the journal of a running meeting (issue 17),
    // 6 the governance record (issue 13), 7 the memory offered to the
    // agenda and the action review's phase (issue 14).
    assert!(message.contains("up to version 7"), "{message}");
}

#[test]
fn older_or_invalid_version() {
    load_fails(&edited(|v| v["version"] = 0.into()), |k| {
        *k == LoadErrorKind::BadVersion {
            found: "0".to_owned(),
        }
    });
    load_fails(&edited(|v| v["version"] = "one".into()), |k| {
        matches!(k, LoadErrorKind::BadVersion { .. })
    });
    load_fails(
        &edited(|v| {
            v.as_object_mut().unwrap().remove("version");
        }),
        |k| matches!(k, LoadErrorKind::BadVersion { found } if found.is_empty()),
    );
}

#[test]
fn invalid_content() {
    let message = load_fails(
        &edited(|v| v["events"][2]["type"] = "teleported".into()),
        |k| matches!(k, LoadErrorKind::Invalid { detail, .. } if detail.contains("teleported")),
    );
    assert!(message.contains("line "), "{message}");
    load_fails(
        &edited(|v| {
            v.as_object_mut().unwrap().remove("setup");
        }),
        |k| matches!(k, LoadErrorKind::Invalid { detail, .. } if detail.contains("setup")),
    );
}

/// An unknown event type names the type and its line, not the sixty and
/// more types there are (the message was a wall of names: found in a
/// hand-edited folder), in English and Dutch.
#[test]
fn an_unknown_event_type_is_named_without_the_list_of_every_type() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join("2026-11-22T1405-broken-governance-0000.json");
    let bytes = edited(|v| v["events"][2]["type"] = "teleported".into());
    fs::write(&path, &bytes).unwrap();
    let error = store::load(&path).unwrap_err();
    for lang in [Lang::En, Lang::Nl] {
        let message = error.message(lang.words());
        assert!(message.contains("`teleported`"), "{lang:?}: {message}");
        assert!(
            message.contains("line") || message.contains("regel"),
            "{lang:?}: {message}"
        );
        assert!(!message.contains("phase_entered"), "{lang:?}: {message}");
        assert!(message.len() < 400, "{lang:?}: {message}");
    }
    assert_eq!(fs::read(&path).unwrap(), bytes, "loading changed the file");
}

#[test]
fn inconsistent_log_and_setup() {
    let message = load_fails(&edited(|v| v["events"][0]["seq"] = 5.into()), |k| {
        matches!(k, LoadErrorKind::Inconsistent(SessionLoadProblem::Log(_)))
    });
    assert!(
        message.contains("event 1 has sequence number 5"),
        "{message}"
    );
    let message = load_fails(&edited(|v| v["setup"]["title"] = " ".into()), |k| {
        matches!(k, LoadErrorKind::Inconsistent(SessionLoadProblem::Setup(_)))
    });
    assert!(message.contains("needs a title"), "{message}");
}

#[test]
fn too_large() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = fs::File::create(&path).unwrap();
    file.set_len(store::MAX_FILE_BYTES + 1).unwrap();
    let error = store::load(&path).unwrap_err();
    assert!(matches!(error.kind, LoadErrorKind::TooLarge { .. }));
    assert!(error.to_string().contains("huge.json"));
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        store::MAX_FILE_BYTES + 1
    );
}

// ---------------------------------------------------------------- listing

#[test]
fn listing_shows_good_sessions_newest_first_and_reports_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let older = sessions
        .create(&closed_session("Team Alpha", "2026-11-20T09:00:00+01:00"))
        .unwrap();
    let mut newer_session = open("Team Beta", "2026-11-22T14:05:00+01:00");
    run(&mut newer_session, &whole_meeting()[..6]);
    let newer = sessions.create(&newer_session).unwrap();
    // Same instant as `newer`, written in another offset: ordered by ID.
    let same_time = sessions
        .create(&open("Gamma", "2026-11-22T13:05:00+00:00"))
        .unwrap();

    fs::write(dir.path().join("empty.json"), b"").unwrap();
    fs::write(dir.path().join("foreign.json"), b"{\"a\": 1}").unwrap();
    fs::write(dir.path().join("notes.txt"), b"not a session").unwrap();
    fs::write(dir.path().join(".hidden.json"), b"garbage").unwrap();
    fs::create_dir(dir.path().join("folder.json")).unwrap();

    let listed = sessions.list();
    assert_eq!(listed.len(), 5, "{listed:#?}");
    let good: Vec<_> = listed.iter().filter_map(|l| l.as_ref().ok()).collect();
    let bad: Vec<_> = listed.iter().filter_map(|l| l.as_ref().err()).collect();
    assert_eq!(good.len(), 3);
    let mut tied = [newer.id().to_owned(), same_time.id().to_owned()];
    tied.sort();
    assert_eq!(good[0].id, tied[0]);
    assert_eq!(good[1].id, tied[1]);
    assert_eq!(good[2].id, older.id());

    let beta = good.iter().find(|s| s.id == newer.id()).unwrap();
    assert_eq!(beta.title, "Weekly governance");
    assert_eq!(beta.circle, "Team Beta");
    assert_eq!(beta.participants, 3);
    assert_eq!(beta.items, 1);
    assert_eq!(beta.status, SessionStatus::Open);
    assert_eq!(beta.path, newer.path());
    let alpha = good[2];
    assert_eq!(alpha.status, SessionStatus::Closed);
    assert_eq!(alpha.items, 1);
    assert_eq!(alpha.adopted, 0);

    let bad_names: Vec<String> = bad.iter().map(|e| file_name(&e.path)).collect();
    assert_eq!(bad_names, ["empty.json", "foreign.json"]);
    assert_eq!(bad[0].kind, LoadErrorKind::Empty);
    assert_eq!(bad[1].kind, LoadErrorKind::Foreign);

    let json = serde_json::to_value(good[2]).unwrap();
    assert_eq!(json["status"], "closed");
    assert_eq!(json["format"], "governance");
    assert_eq!(json["lang"], "en");
    assert_eq!(json["id"], older.id());
}

#[test]
fn latest_open_skips_closed_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    assert!(matches!(
        sessions.latest_open(),
        Err(ResolveError::NothingOpen { .. })
    ));
    let open_one = sessions
        .create(&open("A", "2026-11-21T10:00:00+01:00"))
        .unwrap();
    sessions
        .create(&closed_session("B", "2026-11-22T10:00:00+01:00"))
        .unwrap();
    sessions
        .create(&open("C", "2026-11-19T10:00:00+01:00"))
        .unwrap();
    assert_eq!(sessions.latest_open().unwrap().id, open_one.id());
}

// ---------------------------------------------------------------- finding

#[test]
fn find_by_path_stem_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let alpha = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let beta = sessions
        .create(&open("Beta", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let path = alpha.path().to_path_buf();

    assert_eq!(sessions.find(path.to_str().unwrap()).unwrap(), path);
    assert_eq!(sessions.find(alpha.id()).unwrap(), path);
    assert_eq!(
        sessions.find(&format!("{}.json", alpha.id())).unwrap(),
        path
    );
    assert_eq!(
        sessions.find("2026-11-22T1405-alpha").unwrap(),
        path,
        "unique prefix"
    );
    assert_eq!(sessions.find("2026-11-22T1405-b").unwrap(), beta.path());

    match sessions.find("2026-11-22") {
        Err(ResolveError::Ambiguous { candidates, .. }) => {
            let mut expected = vec![alpha.id().to_owned(), beta.id().to_owned()];
            expected.sort();
            assert_eq!(candidates, expected);
            let message = sessions.find("2026-11-22").unwrap_err().to_string();
            assert!(message.contains(alpha.id()) && message.contains(beta.id()));
        }
        other => panic!("expected ambiguous, got {other:?}"),
    }
    for unknown in ["2025", "nothing", "", "../sessions", "/no/such/file.json"] {
        let error = sessions.find(unknown).unwrap_err();
        assert!(matches!(error, ResolveError::Unknown { .. }), "{unknown}");
        assert!(error.to_string().contains("spanning list"));
    }
}

#[test]
fn find_does_not_offer_hidden_or_foreign_names() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let s = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    // The lock file starts with "." and must never be a candidate.
    assert!(lock_path(s.path()).exists());
    assert_eq!(sessions.find("2026").unwrap(), s.path());
    assert!(sessions.find(".2026").is_err());
}

// ---------------------------------------------------------------- locking

#[test]
fn a_session_has_one_writer() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let first = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    assert!(!first.recovered_stale_lock());
    let lock = lock_path(first.path());
    assert_eq!(first.lock_path(), lock);
    assert!(file_name(&lock).starts_with('.'));
    let holder_text = fs::read_to_string(&lock).unwrap();
    assert!(holder_text.starts_with(&format!("{} ", std::process::id())));

    let error = sessions.open_for_writing(first.path()).unwrap_err();
    match &error {
        StoreError::Locked { path, holder } => {
            assert_eq!(path, first.path());
            assert_eq!(holder.as_ref().unwrap().pid, std::process::id());
        }
        other => panic!("expected locked, got {other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains(&format!("pid {}", std::process::id())));
    assert!(message.contains("review"), "{message}");

    let path = first.path().to_path_buf();
    drop(first);
    assert!(!lock.exists(), "the lock file goes with the writer");
    let (second, session) = sessions.open_for_writing(&path).unwrap();
    assert!(!second.recovered_stale_lock());
    assert_eq!(session.setup().circle, "Alpha");
    assert!(lock.exists());
}

#[test]
fn recovering_a_stale_lock_removes_the_crashed_save_temps_of_that_session_only() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let first = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let path: PathBuf = first.path().to_path_buf();
    let id = first.id().to_owned();
    drop(first);
    fs::write(lock_path(&path), "424242 pc\n").unwrap();
    let orphan = dir.path().join(format!(".{id}.a1b2c3.tmp"));
    let someone_else = dir.path().join(".other-session.a1b2c3.tmp");
    fs::write(&orphan, "half a save").unwrap();
    fs::write(&someone_else, "not ours").unwrap();
    let (open_session, _) = sessions.open_for_writing(&path).unwrap();
    assert!(open_session.recovered_stale_lock());
    assert!(!orphan.exists(), "the crashed save's temp is gone");
    assert!(
        someone_else.exists(),
        "another session's temp is left alone"
    );
}

#[test]
fn a_stale_lock_is_recovered() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let first = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let path: PathBuf = first.path().to_path_buf();
    let lock = lock_path(&path);
    drop(first);
    // What a crash leaves: the lock file, but nobody holding the OS lock.
    fs::write(&lock, "424242 meeting-room-pc 2026-11-22T14:05:00+01:00\n").unwrap();
    let before = fs::read(&path).unwrap();

    let (open_session, _) = sessions.open_for_writing(&path).unwrap();
    assert!(open_session.recovered_stale_lock());
    let holder = open_session.stale_holder().unwrap();
    assert_eq!(holder.pid, 424242);
    assert_eq!(holder.host, "meeting-room-pc");
    let note = Lang::En.words().recovered_stale_lock(&path, Some(holder));
    assert!(note.contains("not closed properly"), "{note}");
    assert_eq!(fs::read(&path).unwrap(), before, "recovery keeps the file");
    assert!(
        fs::read_to_string(&lock)
            .unwrap()
            .starts_with(&std::process::id().to_string())
    );
    drop(open_session);
    assert!(!lock.exists());
}

#[test]
fn resuming_a_damaged_file_fails_without_touching_it() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let path = dir.path().join("broken.json");
    fs::write(&path, b"{\"format\": \"spanning-session\", \"version\": 9}").unwrap();
    match sessions.open_for_writing(&path) {
        Err(StoreError::Load(e)) => assert_eq!(e.kind, LoadErrorKind::NewerVersion { found: 9 }),
        other => panic!("expected a load error, got {other:?}"),
    }
    assert!(!lock_path(&path).exists(), "a failed resume leaves no lock");
}

// ---------------------------------------------------------------- symlinks

#[cfg(unix)]
#[test]
fn writing_through_a_symlink_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path().join("sessions"));
    let mut real = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap();
    let link = sessions
        .root()
        .join("2026-11-22T1405-link-governance-0000.json");
    std::os::unix::fs::symlink(real.path(), &link).unwrap();

    let error = sessions.open_for_writing(&link).unwrap_err();
    assert_eq!(error, StoreError::Symlink { path: link.clone() });
    assert!(error.to_string().contains("symbolic link"));
    assert!(!lock_path(&link).exists());

    // Reading through a link is fine.
    assert!(store::load(&link).is_ok());

    // A session file replaced by a link while open is not written through.
    let target = dir.path().join("elsewhere.json");
    fs::write(&target, b"precious").unwrap();
    let path = real.path().to_path_buf();
    fs::remove_file(&path).unwrap();
    std::os::unix::fs::symlink(&target, &path).unwrap();
    let session = open("Alpha", "2026-11-22T14:05:00+01:00");
    assert!(matches!(
        real.save(&session),
        Err(StoreError::Symlink { .. })
    ));
    assert_eq!(fs::read(&target).unwrap(), b"precious");
}

/// A lock file that is a folder, a link or a FIFO is named for what it is
/// (it used to read "is a symbolic link" for the session, or an OS error),
/// with what to do, in English and Dutch; the session is left alone.
#[cfg(unix)]
#[test]
fn a_lock_that_is_not_a_plain_file_is_named_for_what_it_is() {
    use spanning::store::LockFound;
    use spanning::text::Lang;
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path().join("sessions"));
    let path = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap()
        .path()
        .to_path_buf();
    let before = fs::read(&path).unwrap();
    let lock = lock_path(&path);
    type Make = Box<dyn Fn()>;
    let cases: [(LockFound, &str, &str, Make); 3] = [
        (LockFound::Directory, "a folder", "een map", {
            let lock = lock.clone();
            Box::new(move || fs::create_dir(&lock).unwrap())
        }),
        (
            LockFound::Symlink,
            "a symbolic link",
            "een symbolische koppeling",
            {
                let lock = lock.clone();
                let target = dir.path().join("elsewhere");
                Box::new(move || std::os::unix::fs::symlink(&target, &lock).unwrap())
            },
        ),
        (
            LockFound::Special,
            "a special file",
            "een speciaal bestand",
            {
                let lock = lock.clone();
                Box::new(move || {
                    assert!(
                        std::process::Command::new("mkfifo")
                            .arg(&lock)
                            .status()
                            .unwrap()
                            .success()
                    )
                })
            },
        ),
    ];
    for (found, en, nl, make) in cases {
        make();
        let error = sessions.open_for_writing(&path).unwrap_err();
        assert_eq!(
            error,
            StoreError::StrangeLock {
                path: lock.clone(),
                found
            }
        );
        let told = error.message(Lang::En.words());
        assert!(told.contains(en) && told.contains("Remove it"), "{told}");
        let told = error.message(Lang::Nl.words());
        assert!(told.contains(nl) && told.contains("Verwijder"), "{told}");
        assert_eq!(fs::read(&path).unwrap(), before);
        if lock.is_dir() && !lock.is_symlink() {
            fs::remove_dir(&lock).unwrap();
        } else {
            fs::remove_file(&lock).unwrap();
        }
    }
}

// ---------------------------------------------------------------- folder

#[test]
fn the_folder_comes_from_flag_then_environment_then_default() {
    let flag = Some(PathBuf::from("/from/flag"));
    let env = Some("/from/env".into());
    assert_eq!(
        SessionsDir::resolve_from(flag.clone(), env.clone()),
        PathBuf::from("/from/flag")
    );
    assert_eq!(
        SessionsDir::resolve_from(None, env),
        PathBuf::from("/from/env")
    );
    assert_eq!(
        SessionsDir::resolve_from(None, Some("".into())),
        PathBuf::from("sessions")
    );
    assert_eq!(
        SessionsDir::resolve_from(None, None),
        PathBuf::from("sessions")
    );
}

#[test]
fn resuming_a_missing_file_says_so_and_leaves_no_lock() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let path = dir.path().join("nope.json");
    match sessions.open_for_writing(&path) {
        Err(StoreError::Load(e)) => assert_eq!(e.kind, LoadErrorKind::NotFound),
        other => panic!("expected not found, got {other:?}"),
    }
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn concurrent_creates_get_distinct_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let handles: Vec<_> = (0..6)
        .map(|_| {
            let root = root.clone();
            std::thread::spawn(move || {
                let sessions = SessionsDir::new(root);
                let session = open("Same", "2026-11-22T14:05:00+01:00");
                (0..10)
                    .map(|_| {
                        let s = sessions.create(&session).unwrap();
                        s.path().to_path_buf()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut all: Vec<PathBuf> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 60);
    let listed = SessionsDir::new(&root).list();
    assert_eq!(listed.len(), 60);
    assert!(listed.iter().all(Result::is_ok));
}

// ------------------------------------------------- locking across processes

/// Environment variable that turns the helper below into a lock holder.
const HOLD_ENV: &str = "SPANNING_TEST_HOLD_SESSION";

/// Not a test on its own: run as a child process by
/// `a_lock_is_held_by_a_live_process_and_freed_when_it_dies`, it opens the
/// session named in the environment for writing and waits to be killed.
#[test]
#[ignore = "helper process for the cross-process lock test"]
fn hold_session_lock_helper() {
    let Some(path) = std::env::var_os(HOLD_ENV) else {
        return;
    };
    let path = PathBuf::from(path);
    let sessions = SessionsDir::new(path.parent().unwrap());
    let (_held, _) = sessions.open_for_writing(&path).unwrap();
    std::thread::sleep(std::time::Duration::from_secs(120));
}

/// The helper's full test name in this binary (its module path without the
/// binary's own name), as `--exact` wants it.
fn helper_test_name() -> String {
    let module = module_path!().split_once("::").map_or("", |(_, m)| m);
    if module.is_empty() {
        "hold_session_lock_helper".into()
    } else {
        format!("{module}::hold_session_lock_helper")
    }
}

#[test]
fn a_lock_is_held_by_a_live_process_and_freed_when_it_dies() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let path = sessions
        .create(&open("Alpha", "2026-11-22T14:05:00+01:00"))
        .unwrap()
        .path()
        .to_path_buf();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", &helper_test_name(), "--ignored", "--nocapture"])
        .env(HOLD_ENV, &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let child_pid = child.id();
    let lock = lock_path(&path);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !fs::read_to_string(&lock).is_ok_and(|t| t.starts_with(&format!("{child_pid} "))) {
        assert!(std::time::Instant::now() < deadline, "helper never locked");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }

    let result = sessions.open_for_writing(&path);
    match &result {
        Err(StoreError::Locked { holder, .. }) => {
            assert_eq!(holder.as_ref().unwrap().pid, child_pid);
        }
        other => {
            let _ = child.kill();
            panic!("expected locked by the helper, got {other:?}");
        }
    }

    // A crash: the OS drops the lock, the lock file stays behind.
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(lock.exists());
    let (recovered, _) = sessions.open_for_writing(&path).unwrap();
    assert!(recovered.recovered_stale_lock());
    assert_eq!(recovered.stale_holder().unwrap().pid, child_pid);
}
