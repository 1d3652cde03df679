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
    for version in 1..=FORMAT_VERSION {
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
