//! `spanning record` over the shipped `sessions/` folder shows what its
//! example meetings changed in the circles' governance: the consent
//! example's adopted agreement (a new role, and the agreement as a policy
//! with its driver, review date and evaluation criteria) and the election
//! example's elected Facilitator, in English and Dutch.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn sessions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
}

fn record(args: &[&str]) -> String {
    let out = Command::cargo_bin("spanning")
        .expect("binary")
        .env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .arg("--sessions-dir")
        .arg(sessions())
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// The Markdown section under `heading`, up to the next heading.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in\n{md}"));
    let rest = &md[start + heading.len()..];
    &rest[..rest.find("\n#").unwrap_or(rest.len())]
}

#[test]
fn the_consent_examples_agreement_is_in_the_record() {
    let md = record(&["record", "--circle", "Product"]);
    let role = section(&md, "### Design Reviewer");
    assert!(
        role.contains("**Purpose:** Designs the teams have seen before they plan"),
        "{role}"
    );
    assert!(
        role.contains(
            "- Running a 30-minute design review the working day before each team's planning"
        ),
        "{role}"
    );
    assert!(
        role.contains("item 1 \"Design reviews\", v3, proposed by Fatima"),
        "{role}"
    );
    let policy = section(&md, "### Design reviews");
    assert!(
        policy.contains(
            "> A 30-minute design review is held the working day before each team's planning"
        ),
        "{policy}"
    );
    assert!(
        policy.contains("**Driver:** Designs reach developers after the sprint has started."),
        "{policy}"
    );
    assert!(
        policy.contains("Review on 22 February 2027; evaluated by: Share of stories reworked"),
        "{policy}"
    );

    let nl = record(&["--lang", "nl", "record", "--circle", "product"]);
    let policy = section(&nl, "### Design reviews");
    assert!(
        policy.contains("**Aanleiding:** Designs reach developers"),
        "{policy}"
    );
    assert!(policy.contains("Evaluatie op 22 februari 2027"), "{policy}");
    assert!(nl.contains("### Design Reviewer"), "{nl}");
}

#[test]
fn the_election_example_fills_the_facilitator_in_the_record() {
    let md = record(&["record", "--circle", "Bakery Coop"]);
    let facilitator = section(&md, "### Facilitator (core role)");
    assert!(
        facilitator.contains("**Filled by:** Chen (since 22 November 2026; term ends 22 May 2027)"),
        "{facilitator}"
    );
    assert!(
        facilitator.contains("\"Governance with an election\""),
        "{facilitator}"
    );
    let nl = record(&["--lang", "nl", "record", "--circle", "bakery coop"]);
    assert!(
        section(&nl, "### Facilitator (kernrol)").contains("Chen"),
        "{nl}"
    );
}
