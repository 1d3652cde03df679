//! `spanning import` of a GlassFrog or a Holaspirit JSON export, run as a
//! real process: the shipped examples (`examples/glassfrog-export.json`,
//! `examples/holaspirit-export.json`) become a record that `spanning
//! record` prints (roles, core roles by name, fillers with term and focus,
//! sub-circles, policies on a domain), and bad exports are refused in
//! English and Dutch naming the JSON path and line, with nothing written.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// Imports `file` into a new folder, saying which system's export it
/// read; returns the folder.
fn imported(file: &Path, read_as: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .arg("import")
        .arg(file)
        .assert()
        .success()
        .stdout(predicate::str::contains(read_as))
        .stdout(predicate::str::contains("Imported"));
    dir
}

fn record(dir: &Path, args: &[&str]) -> String {
    let out = spanning()
        .arg("--sessions-dir")
        .arg(dir)
        .arg("record")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

/// The Markdown section of `role` (from its heading to the next one).
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in\n{md}"));
    let rest = &md[start + heading.len()..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

fn circle<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["circles"]
        .as_array()
        .expect("circles")
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no circle {name} in {json}"))
}

fn role<'a>(circle: &'a Value, name: &str) -> &'a Value {
    circle["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no role {name} in {circle}"))
}

#[test]
fn the_glassfrog_example_becomes_the_record() {
    let dir = imported(
        &example("glassfrog-export.json"),
        "Read as a GlassFrog export.",
    );
    let md = record(dir.path(), &["--circle", "Riverside Makers"]);
    assert!(md.contains("# Governance of Riverside Makers"), "{md}");
    // "Lead Link" is the core role Circle Lead, with what the export says.
    let lead = section(&md, "### Circle Lead (core role)");
    assert!(
        lead.contains("A makerspace the neighbourhood uses"),
        "{lead}"
    );
    assert!(lead.contains("Amira Haddad"), "{lead}");
    let secretary = section(&md, "### Secretary (core role)");
    assert!(
        secretary.contains("Joost Visser (term ends 30 June 2027)"),
        "{secretary}"
    );
    assert!(secretary.contains("The circle's records"), "{secretary}");
    let membership = section(&md, "### Membership");
    assert!(
        membership.contains("Members who feel at home from their first visit"),
        "{membership}"
    );
    assert!(membership.contains("- Keeping the member list current"));
    assert!(membership.contains("- The member list"));
    assert!(membership.contains("Joost Visser, Tomás Ruiz"));
    assert!(md.contains("### Workshop (sub-circle)"), "{md}");
    assert!(md.contains("### Guest hours"), "{md}");

    let md = record(dir.path(), &["--circle", "workshop"]);
    assert!(
        md.contains("**Purpose:** Tools that work and people who can use them"),
        "the sub-circle has the purpose of the role it is: {md}"
    );
    let trainer = section(&md, "### Safety Trainer");
    assert!(
        trainer.contains("Lena Park, Noor Bakker (focus: laser cutter)"),
        "{trainer}"
    );
    let care = section(&md, "### Tool Care");
    // HTML entities are made plain (Markdown escapes the ampersand).
    assert!(
        care.contains("Ordering spare parts \\& consumables"),
        "{care}"
    );
    let policy = section(&md, "### Tool wall checkout");
    assert!(
        policy.contains("> Tools leave the wall only when signed out in the book."),
        "HTML tags dropped: {policy}"
    );
    assert!(
        policy.contains("On the domain \"The tool wall\" of role Tool Care"),
        "{policy}"
    );

    // The JSON record keeps GlassFrog's ids, so a later export updates the
    // same roles.
    let json: Value =
        serde_json::from_str(&record(dir.path(), &["--format", "json"])).expect("json");
    let makers = circle(&json, "Riverside Makers");
    assert_eq!(role(makers, "Membership")["id"], "glassfrog-1004");
    assert_eq!(role(makers, "Workshop")["sub_circle"], true);
    let workshop = circle(&json, "Workshop");
    assert_eq!(role(workshop, "Tool Care")["domains"][0], "The tool wall");
    // Dutch, from the same record.
    let nl = spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["--lang", "nl", "record", "--circle", "workshop"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let nl = String::from_utf8(nl).expect("utf-8");
    assert!(nl.contains("# Governance van Workshop"), "{nl}");
    assert!(nl.contains("Noor Bakker (focus: laser cutter)"), "{nl}");
}

#[test]
fn the_holaspirit_example_becomes_the_record() {
    let dir = imported(
        &example("holaspirit-export.json"),
        "Read as a Holaspirit export.",
    );
    let md = record(dir.path(), &["--circle", "Harbour Food Bank"]);
    assert!(
        md.contains("**Purpose:** No one in the harbour district goes to bed hungry"),
        "the anchor circle's purpose from its role: {md}"
    );
    assert!(section(&md, "### Circle Lead (core role)").contains("Sanne de Wit"));
    // A member without a display name: first and last name.
    assert!(section(&md, "### Secretary (core role)").contains("Youssef El Amrani"));
    let coordinator = section(&md, "### Volunteer Coordinator");
    assert!(
        coordinator.contains("**Purpose:** Enough hands on every shift"),
        "{coordinator}"
    );
    assert!(coordinator.contains("- Filling the shift rota two weeks ahead"));
    assert!(coordinator.contains("- The shift rota"));
    assert!(coordinator.contains("Youssef El Amrani, Ingrid Holm"));
    assert!(
        section(&md, "### Distribution (sub-circle)")
            .contains("Food reaches the families who need it, fresh and on time"),
        "{md}"
    );
    assert!(md.contains("### Donations"), "{md}");
    // The anchor circle's own role is the circle, not one of its roles.
    assert!(!md.contains("### Harbour Food Bank"), "{md}");

    let md = record(dir.path(), &["--circle", "Distribution"]);
    assert!(section(&md, "### Driver").contains("Ingrid Holm, Pieter Jansen"));
    let policy = section(&md, "### Cold store access");
    assert!(
        policy.contains("the door stays shut \\& logged."),
        "HTML made plain: {policy}"
    );
    assert!(
        policy.contains("On the domain \"The cold store\" of role Stock Keeper"),
        "{policy}"
    );
    let json: Value =
        serde_json::from_str(&record(dir.path(), &["--format", "json"])).expect("json");
    assert_eq!(
        role(circle(&json, "Distribution"), "Stock Keeper")["id"],
        "holaspirit-6a1f00c1e0a1000000000022"
    );
}

#[test]
fn importing_a_later_export_updates_the_same_roles() {
    let dir = imported(&example("glassfrog-export.json"), "GlassFrog");
    let mut json: Value =
        serde_json::from_slice(&fs::read(example("glassfrog-export.json")).expect("read"))
            .expect("json");
    // Membership is renamed in GlassFrog; its id stays.
    json[1]["roles"][3]["name"] = "Members and Guests".into();
    let later = dir.path().join("later.json");
    fs::write(&later, serde_json::to_vec_pretty(&json).expect("json")).expect("write");
    spanning()
        .arg("--sessions-dir")
        .arg(dir.path())
        .args(["--lang", "nl", "import"])
        .arg(&later)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Gelezen als export van GlassFrog.",
        ));
    let md = record(dir.path(), &["--circle", "Riverside Makers"]);
    assert!(md.contains("### Members and Guests"), "{md}");
    assert!(!md.contains("### Membership"), "renamed, not added: {md}");
}

/// Each bad export, with what the English and the Dutch message must say.
fn bad_exports() -> Vec<(&'static str, String, &'static str, &'static str)> {
    let gf = |roles: &str| {
        format!(
            "{{\n  \"circles\": [{{\"id\": 1, \"name\": \"Ops\"}}],\n  \"roles\": [\n{roles}\n  ],\n  \"linked\": {{\"people\": [{{\"id\": 7, \"name\": \"Chen\"}}]}}\n}}\n"
        )
    };
    vec![
        (
            "not JSON",
            "{\n  \"roles\": [\n    {\"id\": 1,, \"name\": \"A\"}\n  ]\n}\n".to_owned(),
            "line 3, column 14: this is not valid JSON",
            "regel 3, kolom 14: dit is geen geldige JSON",
        ),
        (
            "neither export",
            "{\"organization\": {\"name\": \"Ops\"}}".to_owned(),
            "not an export spanning reads",
            "geen export die spanning leest",
        ),
        (
            "roles not a list",
            "{\n  \"roles\": {\"id\": 1}\n}\n".to_owned(),
            "line 2 (`roles`): expected a list [ ] here",
            "regel 2 (`roles`): hier hoort een lijst [ ]",
        ),
        (
            "a role without a name",
            gf("    {\"id\": 11, \"links\": {\"circle\": 1}},\n    {\"id\": 12, \"purpose\": \"x\",\n     \"links\": {\"circle\": 1}}"),
            "line 4 (`roles[0]`): `name` is missing here; add it",
            "regel 4 (`roles[0]`): `name` ontbreekt hier; voeg het toe",
        ),
        (
            "an empty name",
            gf("    {\"id\": 11, \"name\": \"  \", \"links\": {\"circle\": 1}}"),
            "line 4 (`roles[0].name`): this is empty",
            "regel 4 (`roles[0].name`): dit is leeg",
        ),
        (
            "duplicate names",
            gf("    {\"id\": 11, \"name\": \"Finance\", \"links\": {\"circle\": 1}},\n    {\"id\": 12, \"name\": \"finance\", \"links\": {\"circle\": 1}}"),
            "line 5 (`roles[1]`): the circle \"Ops\" already has a role \"finance\"",
            "regel 5 (`roles[1]`): de cirkel \"Ops\" heeft in dit bestand al een rol \"finance\"",
        ),
        (
            "two names of one core role",
            gf("    {\"id\": 11, \"name\": \"Lead Link\", \"links\": {\"circle\": 1}},\n    {\"id\": 12, \"name\": \"Circle Lead\", \"links\": {\"circle\": 1}}"),
            "already has a role \"Circle Lead\"",
            "al een rol \"Circle Lead\"",
        ),
        (
            "an unknown circle",
            gf("    {\"id\": 11, \"name\": \"Finance\",\n     \"links\": {\"circle\": 99}}"),
            "line 5 (`roles[0].links.circle`): no circle with id 99 in this file",
            "regel 5 (`roles[0].links.circle`): geen cirkel met id 99 in dit bestand",
        ),
        (
            "an unknown person",
            gf("    {\"id\": 11, \"name\": \"Finance\", \"links\": {\"circle\": 1,\n     \"people\": [7, 8]}}"),
            "line 5 (`roles[0].links.people[1]`): no person with id 8",
            "regel 5 (`roles[0].links.people[1]`): geen persoon met id 8",
        ),
        (
            "a bad term end",
            gf("    {\"id\": 11, \"name\": \"Secretary\", \"elected_until\": \"next June\",\n     \"links\": {\"circle\": 1}}"),
            "line 4 (`roles[0].elected_until`): not a date; write it as 2025-06-30",
            "regel 4 (`roles[0].elected_until`): geen datum",
        ),
        (
            "a role without a circle",
            gf("    {\"id\": 11, \"name\": \"Finance\"}"),
            "line 4 (`roles[0]`): this names no circle",
            "regel 4 (`roles[0]`): hier staat geen cirkel bij",
        ),
        (
            "holaspirit: an unknown circle",
            "{\"data\": [\n  {\"id\": \"r1\", \"name\": \"Stock\",\n   \"parentCircle\": \"c9\"}\n]}\n".to_owned(),
            "line 3 (`data[0].parentCircle`): no circle with id c9",
            "regel 3 (`data[0].parentCircle`): geen cirkel met id c9",
        ),
        (
            "holaspirit: a role without a name",
            "{\"data\": [\n  {\"id\": \"c1\", \"name\": \"Ops\", \"coreRoles\": []},\n  {\"id\": \"r1\", \"parentCircle\": \"c1\"}\n]}\n".to_owned(),
            "line 3 (`data[1]`): `name` is missing here",
            "regel 3 (`data[1]`): `name` ontbreekt hier",
        ),
        (
            "holaspirit: duplicate names",
            "{\"data\": [\n  {\"id\": \"c1\", \"name\": \"Ops\", \"coreRoles\": []},\n  {\"id\": \"r1\", \"name\": \"Stock\", \"parentCircle\": \"c1\"},\n  {\"id\": \"r2\", \"name\": \"Stock \", \"parentCircle\": \"c1\"}\n]}\n".to_owned(),
            "line 4 (`data[2]`): the circle \"Ops\" already has a role \"Stock\"",
            "regel 4 (`data[2]`): de cirkel \"Ops\" heeft in dit bestand al een rol \"Stock\"",
        ),
        (
            "holaspirit: an accountability that is not linked",
            "{\"data\": [\n  {\"id\": \"c1\", \"name\": \"Ops\", \"coreRoles\": []},\n  {\"id\": \"r1\", \"name\": \"Stock\", \"parentCircle\": \"c1\",\n   \"accountabilities\": [\"a1\", \"a2\"]}\n],\n\"linked\": {\"accountabilities\": [{\"id\": \"a1\", \"description\": \"Counting\"}]}}\n".to_owned(),
            "line 4 (`data[1].accountabilities[1]`): no accountability with id a2",
            "regel 4 (`data[1].accountabilities[1]`): geen verantwoordelijkheid met id a2",
        ),
        (
            "holaspirit: a policy on a domain its role does not hold",
            "{\"data\": [\n  {\"id\": \"c1\", \"name\": \"Ops\", \"coreRoles\": []},\n  {\"id\": \"r1\", \"name\": \"Stock\", \"parentCircle\": \"c1\"},\n  {\"id\": \"p1\", \"title\": \"Keys\", \"body\": \"Ask\", \"circle\": \"c1\",\n   \"domain\": \"The keys\", \"domainRole\": \"r1\"}\n]}\n".to_owned(),
            "line 4 (`data[2]`): no role \"Stock\" with the domain \"The keys\"",
            "regel 4 (`data[2]`): geen rol \"Stock\" met het domein \"The keys\"",
        ),
    ]
}

#[test]
fn a_bad_export_names_the_json_path_and_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    for (what, json, en, nl) in bad_exports() {
        let file = dir.path().join("export.json");
        fs::write(&file, &json).expect("write");
        for (lang, expected) in [("en", en), ("nl", nl)] {
            spanning()
                .arg("--sessions-dir")
                .arg(&sessions)
                .args(["--lang", lang, "import"])
                .arg(&file)
                .assert()
                .failure()
                .stderr(predicate::str::contains(expected).name(what))
                .stderr(predicate::str::contains("export.json"));
        }
        assert!(!sessions.exists(), "nothing written for {what}");
    }
}

#[test]
fn circle_names_the_circle_of_roles_an_export_gives_without_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("roles.json");
    fs::write(
        &file,
        "{\"roles\": [{\"id\": 5, \"name\": \"Finance\", \"purpose\": \"Money well spent\"}]}",
    )
    .expect("write");
    let sessions = dir.path().join("sessions");
    spanning()
        .arg("--sessions-dir")
        .arg(&sessions)
        .args(["import", "--circle", "Ops"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Imported 1 role(s)"));
    let md = record(&sessions, &["--circle", "ops"]);
    assert!(
        section(&md, "### Finance").contains("Money well spent"),
        "{md}"
    );
}

#[test]
fn a_toml_file_that_starts_with_a_table_is_still_toml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("governance.toml");
    fs::write(
        &file,
        "[[circle]]\nname = \"Ops\"\n\n[[circle.role]]\nname = \"Finance\"\n",
    )
    .expect("write");
    let sessions = dir.path().join("sessions");
    spanning()
        .arg("--sessions-dir")
        .arg(&sessions)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    assert!(record(&sessions, &["--circle", "ops"]).contains("### Finance"));
}
