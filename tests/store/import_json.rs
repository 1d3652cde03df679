//! The GlassFrog and Holaspirit readers of `spanning import` on the other
//! shapes their APIs give (the shipped examples are read in tests/cli):
//! roles written out inside a circle's links, roles known only from
//! `linked`, one object as `data`, texts where ids could be, a policy
//! scoped through its linked domain; and what they read folds into the
//! record like a TOML import.

use chrono::{FixedOffset, TimeZone};
use spanning::record::governance::Record;
use spanning::record::governance::import::{
    Export, ImportEntry, ImportProblem, ImportedCircle, RefKind, parse, parse_json,
};

fn json(text: &str, circle: Option<&str>) -> Result<(Export, Vec<ImportedCircle>), ImportProblem> {
    let value: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
    parse_json(text, &value, circle)
}

fn named<'a>(circles: &'a [ImportedCircle], name: &str) -> &'a ImportedCircle {
    circles
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no circle {name} in {circles:?}"))
}

#[test]
fn glassfrog_roles_written_out_in_a_circles_links_are_read() {
    // As GlassFrog's answers about meetings carry circles: each with its
    // roles in full and the role it is (`supported_role`) written out.
    let text = r#"{"circles": [{
        "id": 25, "name": "General Company Circle",
        "links": {
          "roles": [
            {"id": 3259, "name": "Bookkeeper", "purpose": "Books free of chaos",
             "links": {"domains": [], "accountabilities": [], "circle": 25,
                       "supporting_circle": null, "people": [914]}},
            {"id": 139, "name": "Secretary", "elected_until": "2017-03-24",
             "links": {"circle": 25, "people": [914]}}
          ],
          "policies": [],
          "supported_role": {"id": 136, "name": "General Company Circle",
            "purpose": "Exquisite Organization",
            "links": {"circle": 16, "supporting_circle": 25}}
        }}],
      "linked": {"people": [{"id": 914, "name": "Ann"}]}}"#;
    let (export, circles) = json(text, None).expect("reads");
    assert_eq!(export, Export::GlassFrog);
    assert_eq!(circles.len(), 1);
    let gcc = &circles[0];
    assert_eq!(gcc.purpose.as_deref(), Some("Exquisite Organization"));
    let names: Vec<&str> = gcc.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Bookkeeper", "Secretary"]);
    let secretary = &gcc.roles[1];
    assert_eq!(secretary.fillers[0].person, "Ann");
    assert_eq!(
        secretary.fillers[0]
            .term_end
            .map(|d| d.to_string())
            .as_deref(),
        Some("2017-03-24")
    );
    assert_eq!(gcc.roles[0].id.as_deref(), Some("glassfrog-3259"));
}

#[test]
fn glassfrog_roles_known_only_from_linked_are_read_by_name() {
    // `GET /circles` with its roles linked: ids, names and their circle.
    let text = r#"{"circles": [{"id": 1, "name": "Eng",
        "links": {"roles": [10, 12], "policies": [20], "domain": [30]}}],
      "linked": {
        "roles": [{"id": 10, "name": "Lead Link", "is_core": true, "links": {"circle": 1}},
                  {"id": 12, "name": "Tester", "is_core": false}],
        "policies": [{"id": 20, "title": "Code Review", "body": "All code reviewed",
                      "links": {"domain": 30}}],
        "domains": [{"id": 30, "description": "Product roadmap"}]}}"#;
    let (_, circles) = json(text, None).expect("reads");
    let eng = named(&circles, "Eng");
    let names: Vec<&str> = eng.roles.iter().map(|r| r.name.as_str()).collect();
    // Tester names no circle of its own; Eng lists it.
    assert_eq!(names, ["Lead Link", "Tester"]);
    // The circle's own domain: the policy is held by the circle.
    assert_eq!(eng.policies[0].title, "Code Review");
    assert_eq!(eng.policies[0].text, "All code reviewed");
    assert_eq!(eng.policies[0].domain, None);
}

#[test]
fn holaspirit_one_object_texts_and_a_policy_through_its_linked_domain() {
    // One role (`GET /roles/{id}`): no parentCircle, so --circle says
    // where; accountabilities given as texts (nothing linked to look up).
    let one = r#"{"data": {"id": "r1", "name": "Stock Keeper", "parentCircle": null,
        "accountabilities": ["<p>Checking dates</p>", "Ordering"], "domains": []}}"#;
    let (export, circles) = json(one, Some("Distribution")).expect("reads");
    assert_eq!(export, Export::Holaspirit);
    let role = &named(&circles, "Distribution").roles[0];
    assert_eq!(role.accountabilities, ["Checking dates", "Ordering"]);
    assert!(matches!(
        json(one, None),
        Err(ImportProblem::JsonNoCircle { at }) if at.path == "data" && at.line == 1
    ));

    // A policy on a linked domain, the role found from the domain.
    let text = r#"{"data": [
        {"id": "c1", "name": "Ops", "subRoles": ["r1"]},
        {"id": "r1", "name": "Stock Keeper", "parentCircle": "c1", "domains": ["d1"]},
        {"id": "p1", "title": "Cold store", "body": "Shut the door.", "circle": "c1", "domain": "d1"}
      ],
      "linked": {"domains": [{"id": "d1", "description": "The cold store", "role": "r1"}]}}"#;
    let (_, circles) = json(text, None).expect("reads");
    let ops = named(&circles, "Ops");
    assert_eq!(ops.roles[0].domains, ["The cold store"]);
    assert_eq!(
        ops.policies[0].domain,
        Some(("Stock Keeper".to_owned(), "The cold store".to_owned()))
    );
    // A member id nothing links.
    let text = r#"{"data": [{"id": "r1", "name": "Driver", "members": ["m9"]}]}"#;
    assert!(matches!(
        json(text, Some("Ops")),
        Err(ImportProblem::JsonUnknownRef { kind: RefKind::Person, id, at })
            if id == "m9" && at.path == "data[0].members[0]"
    ));
}

#[test]
fn what_an_export_gives_folds_into_the_record_like_a_toml_import() {
    // A byte order mark, as some tools save JSON with, is no problem.
    let text = "\u{feff}{\"roles\": [{\"id\": 7, \"name\": \"Finance\", \"purpose\": \"Money\"}]}";
    let circles = parse(text, true, Some("Ops")).expect("reads");
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 1, 10, 0, 0).single())
        .expect("time");
    let mut record = Record::default();
    record.import("e1", &ImportEntry::new(circles, "export.json", at));
    // Then the team's own TOML names the same role: updated, not added.
    let toml = "circle = \"ops\"\n[[role]]\nname = \"finance\"\npurpose = \"Money well spent\"\n";
    let circles = parse(toml, false, None).expect("reads");
    record.import("e2", &ImportEntry::new(circles, "gov.toml", at));
    let ops = record.circle("Ops").expect("circle");
    let finance = ops.role_named("Finance").expect("role");
    assert_eq!(finance.id, "glassfrog-7");
    assert_eq!(finance.purpose.as_deref(), Some("Money well spent"));
    assert_eq!(finance.history.len(), 2);
}
