//! Session files live for years in shared folders, so every file format
//! version spanning ever wrote has a file checked in under `tests/data/`
//! (generated once by the code of its day, then frozen) that must keep
//! loading; a file from a newer spanning is refused with a clear message
//! and left exactly as it was.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use spanning::store::{self, FORMAT_VERSION, LoadErrorKind, SessionStatus, SessionSummary};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

#[test]
fn every_format_version_has_a_frozen_file_that_still_loads() {
    // Version 6 is the governance record's (issue 13, built in parallel):
    // its frozen file arrives with it; every other version has one here.
    for version in (1..=FORMAT_VERSION).filter(|v| *v != 6 || data("session-v6.json").exists()) {
        let path = data(&format!("session-v{version}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("check in {}: {e}", path.display()));
        assert!(
            text.contains(&format!("\"version\": {version},")),
            "{} must stay a version-{version} file",
            path.display()
        );
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let _ = spanning::minutes::markdown(&loaded.session, loaded.session.setup().lang.words());
    }
}

#[test]
fn the_version_1_file_means_what_it_meant() {
    let path = data("session-v1.json");
    let loaded = store::load(&path).expect("loads");
    let summary = SessionSummary::of(&path, &loaded);
    assert_eq!(summary.title, "Weekly governance");
    assert_eq!(summary.circle, "Operations");
    assert_eq!(summary.status, SessionStatus::Closed);
    assert_eq!(loaded.session.log().len(), 96);
    assert_eq!(summary.items, 3);
}

#[test]
fn the_version_2_file_means_what_it_meant() {
    let path = data("session-v2.json");
    let loaded = store::load(&path).expect("loads");
    let summary = SessionSummary::of(&path, &loaded);
    assert_eq!(summary.title, "Product governance");
    assert_eq!(summary.rules, spanning::meeting::RuleSet::Consent);
    assert_eq!(summary.status, SessionStatus::Closed);
    assert_eq!(loaded.session.log().len(), 51);
}

/// Week 2 of a werkoverleg (issue 14): offered four open actions and one
/// carried item; answered gedaan, loopt nog, vervalt and loopt nog with a
/// note; the item taken onto the agenda and carried over again.
#[test]
fn the_version_7_file_means_what_it_meant() {
    use spanning::meeting::actions::ActionStatus;
    use spanning::meeting::offers::OfferAnswer;
    let path = data("session-v7.json");
    let loaded = store::load(&path).expect("loads");
    let state = loaded.session.state();
    assert_eq!(state.phase, spanning::meeting::Phase::Closed);
    let answers: Vec<Option<ActionStatus>> = state
        .tactical
        .actions
        .iter()
        .map(|a| a.answer.as_ref().map(|x| x.status))
        .collect();
    assert_eq!(
        answers,
        vec![
            Some(ActionStatus::Done),
            Some(ActionStatus::Open),
            Some(ActionStatus::Dropped),
            Some(ActionStatus::Open),
        ]
    );
    assert_eq!(state.offers.len(), 1);
    assert_eq!(state.offers[0].offered.label, "On-call gaps");
    assert!(matches!(
        state.offers[0].answer,
        Some(OfferAnswer::Taken { .. })
    ));
    assert_eq!(store::version_needed(&loaded.session), 7);
    let minutes = spanning::minutes::markdown(&loaded.session, loaded.session.setup().lang.words());
    assert!(minutes.contains("## Actielijst: gedaan"), "{minutes}");
}

/// Each session is written in the oldest format that holds it: what
/// version 1 could hold stays version 1, so an older spanning sharing the
/// folder keeps reading it; a session using tactical meetings, consent
/// rules, an election or a role on an output is version 2, so an older
/// spanning says "written by a newer spanning" instead of failing on an
/// entry it does not know.
#[test]
fn sessions_are_written_in_the_oldest_version_that_holds_them() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions");
    // The Operations example's proposals have parts (version 6, issue 13);
    // what it was before, without them, is frozen as session-v1.json. The
    // consent example's agreement has parts too (version 6); a consent
    // session without them stays version 2 (session-v2.json).
    let expected = [
        ("2026-11-22T1405-operations-governance-7f3a.json", 6),
        ("2026-11-22T1030-product-governance-5c3e.json", 6),
        ("2026-11-22T0930-bakery-coop-governance-e1ec.json", 2),
        ("2026-11-22T0930-operations-tactical-7ac7.json", 2),
    ];
    for (name, version) in expected {
        let path = examples.join(name);
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store::version_needed(&loaded.session), version, "{name}");
        let written: serde_json::Value =
            serde_json::from_slice(&store::session_bytes("x", &loaded.session)).expect("json");
        assert_eq!(written["version"], version, "{name}");
    }

    // A role on an output is new in version 2, even in a governance meeting
    // (the frozen version-1 example: a governance meeting without parts).
    assert_eq!(
        store::version_needed(
            &store::load(&data("session-v1.json"))
                .expect("loads")
                .session
        ),
        1
    );
    let path = data("session-v1.json");
    let mut session = store::load(&path).expect("loads").session;
    let reopened = spanning::meeting::Session::from_log(
        session.setup().clone(),
        session.log()[..session.log().len() - 1].to_vec(),
    );
    if let Ok(open) = reopened
        && !open.state().is_closed()
    {
        session = open;
    }
    assert!(!session.state().is_closed(), "an entry can still be added");
    let at = session.state().last_at;
    session
        .execute(
            &spanning::meeting::Command::RecordOutput {
                kind: spanning::meeting::OutputKind::NextAction,
                owner: Some(spanning::meeting::PersonId(0)),
                text: "Book the room".into(),
                role: Some("Facilitator".into()),
            },
            at,
        )
        .expect("recorded");
    assert_eq!(store::version_needed(&session), 2);
}

fn newer_copy(dir: &Path) -> (PathBuf, Vec<u8>) {
    let text = std::fs::read_to_string(data("session-v1.json")).expect("read");
    let newer = text.replacen(
        "\"version\": 1,",
        &format!("\"version\": {},", FORMAT_VERSION + 1),
        1,
    );
    let path = dir.join("from-the-future.json");
    std::fs::write(&path, &newer).expect("write");
    (path, newer.into_bytes())
}

#[test]
fn a_newer_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tmp");
    let (path, bytes) = newer_copy(dir.path());
    let err = store::load(&path).expect_err("refused");
    assert_eq!(
        err.kind,
        LoadErrorKind::NewerVersion {
            found: u64::from(FORMAT_VERSION) + 1
        }
    );
    assert!(err.to_string().contains("Upgrade spanning"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
}

#[test]
fn resuming_a_newer_file_says_upgrade_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("dir");
    let (path, bytes) = newer_copy(&sessions);
    let out = Command::cargo_bin("spanning")
        .expect("binary")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["--sessions-dir", &sessions.display().to_string()])
        .args(["resume", &path.display().to_string()])
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("newer spanning"), "{stderr}");
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
    let left: Vec<_> = std::fs::read_dir(&sessions)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left.len(), 1, "no lock or temp file left: {left:?}");
}

/// A meeting whose proposal was stated with a typo and corrected before
/// clarifying questions started.
fn corrected_meeting() -> spanning::meeting::Session {
    use spanning::meeting::Command;
    let mut s = crate::support::tui::present(spanning::text::Lang::En);
    s.run(Command::StateProposal {
        text: "Release ntoes go out with every release.".into(),
    })
    .run(Command::CorrectProposal {
        text: "Release notes go out with every release.".into(),
    })
    .run(Command::OpenClarifyingQuestions);
    s.session
}

#[test]
#[ignore = "writes tests/data/session-v3.json; run once when the format changes"]
fn write_the_version_3_file() {
    let session = corrected_meeting();
    std::fs::write(
        data("session-v3.json"),
        store::session_bytes("session-v3", &session),
    )
    .expect("written");
}

/// A correction is new in version 3: a session with one says so, and the
/// corrected text is the proposal's only version when it is read back.
#[test]
fn the_version_3_file_means_what_it_meant() {
    let path = data("session-v3.json");
    let loaded = store::load(&path).expect("loads");
    assert_eq!(store::version_needed(&loaded.session), 3);
    let item = loaded.session.state().active_item().expect("an item runs");
    assert_eq!(item.versions().len(), 1);
    assert_eq!(
        item.versions()[0].text,
        "Release notes go out with every release."
    );
    // Without the correction the same meeting is still a version-1 file.
    let mut plain = crate::support::tui::present(spanning::text::Lang::En);
    plain
        .run(spanning::meeting::Command::StateProposal {
            text: "Release notes go out with every release.".into(),
        })
        .run(spanning::meeting::Command::OpenClarifyingQuestions);
    let plain = plain.session;
    assert_eq!(store::version_needed(&plain), 1);
}
