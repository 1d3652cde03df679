//! `--rules` on the command line: the consent rule set chosen at setup is
//! recorded in the session file, shown by `list` and the minutes, and a
//! value that is not a rule set is a clear error in the chosen language.

use crate::support::consent as consent_support;
use crate::support::pty;

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use spanning::meeting::RuleSet;
use spanning::store;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

#[test]
fn a_bad_rules_value_says_which_ones_exist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().display().to_string();
    spanning()
        .args(["new", "--title", "T", "--participants", "Ana, Bram"])
        .args(["--rules", "sociocracy", "--sessions-dir", &folder])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "'sociocracy' is not a rule set: choose integrative or consent",
        ));
    spanning()
        .args([
            "--lang",
            "nl",
            "new",
            "--title",
            "T",
            "--participants",
            "Ana",
        ])
        .args(["--rules", "x", "--sessions-dir", &folder])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "'x' is geen set besluitregels: kies integrative of consent",
        ));
    assert!(
        fs::read_dir(dir.path()).expect("folder").next().is_none(),
        "nothing was written"
    );
}

#[test]
fn help_explains_rules() {
    spanning()
        .args(["new", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--rules"))
        .stdout(predicate::str::contains("consent (Sociocracy 3.0 style)"));
}

#[test]
fn list_and_show_name_the_rule_set() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = consent_support::consent_meeting();
    let id = store::stem(session.setup(), 0x1234);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    let folder = dir.path().display().to_string();
    spanning()
        .args(["list", "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains("RULES"))
        .stdout(predicate::str::contains("consent (S3)"));
    spanning()
        .args(["list", "--json", "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"rules\": \"consent\""));
    spanning()
        .args(["show", &id, "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Rules: consent decision-making (Sociocracy 3.0 style)",
        ))
        .stdout(predicate::str::contains("Review date: 2027-02-22"));
}

/// A consent meeting long ago, whose agreement's review date has passed
/// whatever the machine's clock says.
fn long_ago() -> spanning::meeting::Session {
    use chrono::{Duration, NaiveDate};
    use spanning::meeting::{Command, Session};
    let setup = spanning::meeting::Setup {
        opened_at: chrono::DateTime::parse_from_rfc3339("2020-01-06T10:00:00+01:00").expect("time"),
        ..consent_support::consent_setup(spanning::text::Lang::En)
    };
    let mut session = Session::open(setup.clone()).expect("valid");
    let mut at = setup.opened_at;
    for (tag, command) in consent_support::script() {
        at += Duration::seconds(30);
        session.execute(&command, at).expect("accepted");
        if tag == Some(consent_support::Stage::ConsentComplete) {
            break;
        }
    }
    session
        .execute(
            &Command::AdoptAgreement {
                review_date: NaiveDate::from_ymd_opt(2020, 4, 6).expect("date"),
                criteria: "Ask in April.".into(),
            },
            at + Duration::seconds(30),
        )
        .expect("adopted");
    session
}

#[test]
fn list_says_how_many_agreements_are_due_for_review() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = long_ago();
    let id = store::stem(session.setup(), 0x0001);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    let folder = dir.path().display().to_string();
    spanning()
        .args(["list", "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "⚠ 1 agreement is past its review date: see it with `spanning review`, then v.",
        ));
    spanning()
        .args(["--lang", "nl", "list", "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 afspraak is over haar evaluatiedatum heen",
        ));
    // The JSON lists the agreement with its review date.
    spanning()
        .args(["list", "--json", "--sessions-dir", &folder])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"review_date\": \"2020-04-06\""));
}

#[test]
fn new_with_rules_consent_records_them_and_opens_the_meeting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = pty::Term::spawn(
        &[
            "new",
            "--title",
            "Product governance",
            "--participants",
            "Noor, Joost",
            "--rules",
            "consent",
        ],
        dir.path(),
        80,
        24,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    term.kill_hard();
    let files: Vec<_> = fs::read_dir(dir.path().join("sessions"))
        .expect("sessions folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("loads");
    assert_eq!(loaded.session.setup().rules, RuleSet::Consent);
}
