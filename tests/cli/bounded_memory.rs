//! A session at every limit typing allows (text limit, log limit) is
//! read, checked and printed within 150 MB of memory: the process runs
//! with its data segment capped there (`ulimit -d`, which on Linux counts
//! every allocation), so going over makes it fail.

use std::process::Command;

use spanning::meeting::Command as Cmd;
use spanning::meeting::decide::MAX_TEXT_BYTES;
use spanning::store;

use crate::support::common::{at, open_meeting};

/// Notes at the text limit until the log is near its 32 MiB limit.
fn folder_at_the_limits() -> (tempfile::TempDir, String) {
    let mut session = open_meeting();
    for n in 0..126 {
        let text = format!("{n:04} {}", "x".repeat(MAX_TEXT_BYTES - 16));
        session
            .execute(&Cmd::Note { text }, at(90, n))
            .expect("a note at the limit is recorded");
    }
    let dir = tempfile::tempdir().expect("tmp");
    let id = store::stem(session.setup(), 7);
    std::fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    (dir, id)
}

fn run_capped(dir: &std::path::Path, args: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("spanning");
    let script = format!(
        "ulimit -d {kb} && exec '{bin}' --sessions-dir '{dir}' {args} >/dev/null",
        kb = 150 * 1024,
        bin = bin.display(),
        dir = dir.display(),
    );
    Command::new("sh")
        .args(["-c", &script])
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .output()
        .expect("run")
}

#[test]
fn a_session_at_the_limits_is_shown_checked_and_listed_within_150_mb() {
    let (dir, id) = folder_at_the_limits();
    for args in [format!("show {id}"), "check".to_owned(), "list".to_owned()] {
        let out = run_capped(dir.path(), &args);
        assert!(
            out.status.success(),
            "`{args}` under a 150 MB cap: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `spanning record` over a folder far larger than its memory cap: the
/// governance record keeps what each session adopted, not the sessions,
/// so it needs no more memory for 300 sessions than for a few.
#[test]
fn the_governance_record_of_a_large_folder_is_folded_within_60_mb() {
    use spanning::generate::{Spec, session};
    let dir = tempfile::tempdir().expect("tmp");
    let one = session(Spec {
        seed: 5,
        events: 2000,
        lang: spanning::text::Lang::En,
        leave_open: false,
    });
    let bytes = store::session_bytes("x", &one);
    for n in 0..300 {
        let id = format!("2026-01-01T{:02}{:02}-generated-{n:04}", n / 60, n % 60);
        std::fs::write(dir.path().join(format!("{id}.json")), &bytes).expect("write");
    }
    let bin = assert_cmd::cargo::cargo_bin("spanning");
    for args in ["record", "record --format json"] {
        let script = format!(
            "ulimit -d {kb} && exec '{bin}' --sessions-dir '{dir}' {args} >/dev/null",
            kb = 60 * 1024,
            bin = bin.display(),
            dir = dir.path().display(),
        );
        let out = Command::new("sh")
            .args(["-c", &script])
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "`{args}` under a 60 MB cap over {} MB of sessions: {}",
            300 * bytes.len() / 1_000_000,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
