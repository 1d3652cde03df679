//! The example session with an election in `sessions/` is generated from
//! code, like the other example: `SPANNING_REGENERATE=1` rewrites it, and
//! otherwise this test checks that the shipped file is current and loads.

#![allow(clippy::unwrap_used)]

use crate::support::election as election_support;

use std::fs;
use std::path::PathBuf;

use spanning::meeting::{Disposition, Ending};
use spanning::store;
use spanning::text::Lang;

/// Fixed suffix so the example keeps one file name.
const SUFFIX: u16 = 0xe1ec;

#[test]
fn the_shipped_election_example_is_generated_from_the_engine_and_loads() {
    let session = election_support::closed_meeting(Lang::En);
    let id = store::stem(session.setup(), SUFFIX);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(format!("{id}.json"));
    assert!(
        id.starts_with("2026-11-22T0930-bakery-coop-governance"),
        "{id}"
    );
    let bytes = store::session_bytes(&id, &session);
    if std::env::var_os("SPANNING_REGENERATE").is_some() {
        fs::write(&path, &bytes).expect("write example");
    }
    let shipped = fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); run SPANNING_REGENERATE=1 cargo test --test store example_",
            path.display()
        )
    });
    assert!(
        shipped == bytes,
        "{} is out of date with the engine; run SPANNING_REGENERATE=1 cargo test --test store example_",
        path.display()
    );
    let loaded = store::load(&path).expect("the example loads");
    assert_eq!(loaded.id, id);
    let state = loaded.session.state();
    assert!(state.is_closed());
    let election = &state.agenda[0];
    assert!(election.is_election());
    assert_eq!(
        election.end.as_ref().map(|e| e.ending),
        Some(Ending::Adopted)
    );
    let elected = election.elected().expect("someone was elected");
    assert_eq!(state.name(elected.person), "Chen");
    let record = election.election().expect("election record");
    assert!(record.corrections > 0, "a corrected ballot");
    assert!(!record.changes.is_empty(), "a changed nomination");
    assert!(record.candidacies[0].tied.len() > 1, "a tie");
    assert!(
        election
            .concerns()
            .iter()
            .any(|c| c.integrated_in.is_some())
    );
    assert_eq!(state.agenda[1].disposition, Some(Disposition::CarriedOver));
}

/// `spanning show` and `spanning check` on the shipped sessions folder: the
/// election's minutes, in the language of the meeting, and a valid file.
#[test]
fn show_and_check_the_shipped_election_example() {
    let sessions = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sessions");
    let run = |args: &[&str]| {
        let mut cmd = assert_cmd::Command::cargo_bin("spanning").expect("binary");
        cmd.env_remove("SPANNING_SESSIONS_DIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .arg("--sessions-dir")
            .arg(&sessions)
            .args(args);
        let out = cmd.assert().success().get_output().stdout.clone();
        String::from_utf8(out).expect("utf-8")
    };
    let minutes = run(&["show", "2026-11-22T0930-bakery"]);
    assert!(
        minutes.contains("Chen elected as Facilitator for 6 months"),
        "{minutes}"
    );
    assert!(minutes.contains("Tie between Chen and Daan"), "{minutes}");
    let dutch = run(&["show", "2026-11-22T0930-bakery", "--lang", "nl"]);
    assert!(dutch.contains("Chen gekozen als Facilitator"), "{dutch}");
    run(&["check"]);
}
