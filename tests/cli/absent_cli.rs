//! `spanning new --absent` (issue 14): a name that is not a participant,
//! a name given twice or everyone absent is refused with what to type
//! instead, in English and Dutch, and no session file is made.

use assert_cmd::Command;
use predicates::prelude::*;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

#[test]
fn a_bad_absent_list_is_refused_before_anything_is_written() {
    for (lang, absent, says) in [
        ("en", "Brm: on leave", "'Brm' is not among the participants"),
        ("en", "Bram; bram", "Bram is named twice"),
        ("en", "Ana; Bram", "everyone is marked absent"),
        (
            "nl",
            "Brm: met verlof",
            "'Brm' staat niet bij de deelnemers",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        spanning()
            .current_dir(dir.path())
            .args([
                "--lang",
                lang,
                "new",
                "--title",
                "Weekly",
                "--circle",
                "Ops",
                "--participants",
                "Ana, Bram",
                "--absent",
                absent,
            ])
            .assert()
            .failure()
            .stderr(predicate::str::contains(says));
        assert!(
            !dir.path().join("sessions").exists()
                || std::fs::read_dir(dir.path().join("sessions"))
                    .expect("folder")
                    .next()
                    .is_none(),
            "no session file for a refused setup"
        );
    }
}
