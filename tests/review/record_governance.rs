//! The governance record folded over a folder (src/record/governance):
//! adopted parts change it, nothing else does; every change says where it
//! comes from; two sessions held apart that change the same role from the
//! same base are a conflict; an election fills the role; parts are
//! checked against the record.

use chrono::{DateTime, Duration, FixedOffset};
use spanning::meeting::{Command, DomainScope, Ending, Part, RoleList, Session, Target};
use spanning::record::governance::{ConflictKind, CoreRole, PartProblem, Record, check_part};
use spanning::store::SessionsDir;
use spanning::text::Lang;

use crate::support::election as election_support;
use crate::support::governance::{add_accountability, at_agenda, create_role, item};

fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    (temp, dir)
}

fn day(n: i64) -> DateTime<FixedOffset> {
    crate::support::common::base() + Duration::days(n)
}

fn meeting(circle: &str, n: i64, items: &[(&str, Vec<Part>, Ending)]) -> Session {
    let mut s = at_agenda(circle, day(n));
    for (label, parts, ending) in items {
        item(&mut s, label, parts, *ending);
    }
    s.run(Command::OpenClosingRound);
    s.session
}

fn record_of(dir: &SessionsDir) -> Record {
    spanning::record::fold_folder(dir).governance
}

fn with_base(part: Part, record: &Record, circle: &str) -> Part {
    let target = |t: &Target| {
        record
            .circle(circle)
            .and_then(|c| c.role(t))
            .map_or_else(|| t.clone(), |r| r.target())
    };
    match part {
        Part::AddEntry { role, list, text } => Part::AddEntry {
            role: target(&role),
            list,
            text,
        },
        Part::ChangePurpose { role, purpose } => Part::ChangePurpose {
            role: target(&role),
            purpose,
        },
        other => other,
    }
}

#[test]
fn adopted_parts_change_the_record_and_remember_where_they_come_from() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[("Finance", vec![create_role("Finance")], Ending::Adopted)],
    ))
    .expect("saved");
    let before = record_of(&dir);
    let part = with_base(
        add_accountability("Finance", "Paying invoices"),
        &before,
        "Operations",
    );
    dir.create(&meeting(
        "operations.",
        7,
        &[("Invoices", vec![part], Ending::Adopted)],
    ))
    .expect("saved");
    let record = record_of(&dir);
    let ops = record
        .circle("OPERATIONS")
        .expect("one circle, any spelling");
    let finance = ops.role_named("finance").expect("created");
    assert_eq!(
        finance.accountabilities,
        vec!["Doing Finance".to_owned(), "Paying invoices".to_owned()]
    );
    assert_eq!(finance.version, 2);
    assert_eq!(finance.history.len(), 2);
    let blame = &finance.history[1].source;
    assert_eq!(blame.label.as_deref(), Some("Invoices"));
    assert_eq!(blame.proposer.as_deref(), Some("Chen"));
    assert_eq!(blame.tension.as_deref(), Some("No one holds Invoices"));
    assert!(record.conflicts.is_empty(), "{:?}", record.conflicts);
    // Core roles are there without being created.
    for core in CoreRole::ALL {
        assert!(ops.roles.iter().any(|r| r.core == Some(core)));
    }
}

#[test]
fn withdrawn_unfinished_and_retracted_proposals_never_change_the_record() {
    let (_t, dir) = folder();
    let mut s = at_agenda("Operations", day(0));
    item(&mut s, "Legal", &[create_role("Legal")], Ending::Withdrawn);
    item(&mut s, "Sales", &[create_role("Sales")], Ending::Unfinished);
    item(&mut s, "Hiring", &[create_role("Hiring")], Ending::Adopted);
    s.run(Command::Undo);
    dir.create(&s.session).expect("saved");
    let record = record_of(&dir);
    let names: Vec<&str> = record
        .circle("Operations")
        .map(|c| c.roles.iter().map(|r| r.name.as_str()).collect())
        .unwrap_or_default();
    assert!(
        !names
            .iter()
            .any(|n| ["Legal", "Sales", "Hiring"].contains(n)),
        "{names:?}"
    );
}

#[test]
fn two_sessions_held_apart_changing_the_same_role_conflict() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[("Finance", vec![create_role("Finance")], Ending::Adopted)],
    ))
    .expect("saved");
    let base = record_of(&dir);
    // Both laptops start from version 1 of Finance.
    let a = with_base(
        Part::ChangePurpose {
            role: Target::named("Finance"),
            purpose: "Money in order".into(),
        },
        &base,
        "Operations",
    );
    let b = with_base(
        Part::ChangePurpose {
            role: Target::named("Finance"),
            purpose: "Cash flow healthy".into(),
        },
        &base,
        "Operations",
    );
    dir.create(&meeting(
        "Operations",
        7,
        &[("Purpose", vec![a], Ending::Adopted)],
    ))
    .expect("saved");
    dir.create(&meeting(
        "Operations",
        8,
        &[("Cash", vec![b], Ending::Adopted)],
    ))
    .expect("saved");
    let record = record_of(&dir);
    let finance = record
        .circle("Operations")
        .and_then(|c| c.role_named("Finance"))
        .expect("role");
    assert_eq!(
        finance.purpose.as_deref(),
        Some("Cash flow healthy"),
        "the later applied"
    );
    assert_eq!(finance.history.len(), 3, "both kept");
    assert_eq!(record.conflicts.len(), 1);
    let conflict = &record.conflicts[0];
    assert_eq!(conflict.source.label.as_deref(), Some("Cash"));
    match &conflict.kind {
        ConflictKind::SameBase { base, earlier } => {
            assert_eq!(*base, 1);
            assert_eq!(earlier.label.as_deref(), Some("Purpose"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn one_session_changing_a_role_twice_is_no_conflict_and_a_later_base_is_none() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[("Finance", vec![create_role("Finance")], Ending::Adopted)],
    ))
    .expect("saved");
    let base = record_of(&dir);
    let one = with_base(
        add_accountability("Finance", "Budgeting"),
        &base,
        "Operations",
    );
    let two = with_base(add_accountability("Finance", "Paying"), &base, "Operations");
    dir.create(&meeting(
        "Operations",
        7,
        &[
            ("Budget", vec![one], Ending::Adopted),
            ("Pay", vec![two], Ending::Adopted),
        ],
    ))
    .expect("saved");
    let after = record_of(&dir);
    assert!(after.conflicts.is_empty(), "{:?}", after.conflicts);
    // A meeting that started after those changes sees version 3.
    let three = with_base(
        add_accountability("Finance", "Reporting"),
        &after,
        "Operations",
    );
    dir.create(&meeting(
        "Operations",
        9,
        &[("Report", vec![three], Ending::Adopted)],
    ))
    .expect("saved");
    assert!(record_of(&dir).conflicts.is_empty());
}

#[test]
fn a_part_that_no_longer_fits_is_not_applied_and_listed() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[("Finance", vec![create_role("Finance")], Ending::Adopted)],
    ))
    .expect("saved");
    let base = record_of(&dir);
    let remove = Part::RemoveRole {
        role: base
            .circle("Operations")
            .and_then(|c| c.role_named("Finance"))
            .expect("role")
            .target(),
    };
    let amend = with_base(add_accountability("Finance", "Paying"), &base, "Operations");
    dir.create(&meeting(
        "Operations",
        7,
        &[("Drop", vec![remove], Ending::Adopted)],
    ))
    .expect("saved");
    dir.create(&meeting(
        "Operations",
        8,
        &[("Pay", vec![amend], Ending::Adopted)],
    ))
    .expect("saved");
    let record = record_of(&dir);
    assert!(
        record
            .circle("Operations")
            .and_then(|c| c.role_named("Finance"))
            .is_none()
    );
    assert_eq!(record.conflicts.len(), 1);
    assert!(matches!(
        record.conflicts[0].kind,
        ConflictKind::NotApplied {
            problem: PartProblem::NoSuchRole { .. }
        }
    ));
}

#[test]
fn an_election_fills_the_role_until_the_term_ends() {
    let (_t, dir) = folder();
    dir.create(&election_support::closed_meeting(Lang::En))
        .expect("saved");
    let record = record_of(&dir);
    let facilitator = record
        .circle("Bakery Coop")
        .and_then(|c| c.role_named("Facilitator"))
        .expect("core role");
    assert_eq!(facilitator.core, Some(CoreRole::Facilitator));
    assert_eq!(facilitator.fillers.len(), 1);
    assert_eq!(facilitator.fillers[0].person, "Chen");
    assert_eq!(
        facilitator.fillers[0].term_end,
        chrono::NaiveDate::from_ymd_opt(2027, 5, 22)
    );
    // A Dutch circle elects the "Gespreksleider": the same core role.
    assert_eq!(
        CoreRole::named("gespreksleider"),
        Some(CoreRole::Facilitator)
    );
}

#[test]
fn parts_are_checked_against_the_record() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[(
            "Finance",
            vec![Part::CreateRole {
                name: "Finance".into(),
                purpose: None,
                accountabilities: vec![],
                domains: vec!["Bank account".into()],
            }],
            Ending::Adopted,
        )],
    ))
    .expect("saved");
    let record = record_of(&dir);
    let check = |part: Part| check_part(&record, "Operations", &part);
    assert_eq!(
        check(add_accountability("Legal", "x")),
        Err(PartProblem::NoSuchRole {
            name: "Legal".into(),
            circle: "Operations".into()
        })
    );
    assert_eq!(
        check(create_role("finance")),
        Err(PartProblem::RoleNameTaken {
            name: "Finance".into()
        })
    );
    assert_eq!(
        check(Part::RemoveRole {
            role: Target::named("Secretary")
        }),
        Err(PartProblem::CoreRole {
            name: "Secretary".into()
        })
    );
    let policy = |domain: &str| Part::CreatePolicy {
        title: "Spending".into(),
        text: "Ask Finance above 500".into(),
        domain: Some(DomainScope {
            role: Target::named("Finance"),
            domain: domain.into(),
        }),
    };
    assert_eq!(
        check(policy("Office keys")),
        Err(PartProblem::DomainNotHeld {
            domain: "Office keys".into(),
            role: "Finance".into()
        })
    );
    assert_eq!(check(policy("bank account")), Ok(()));
    assert_eq!(check(create_role("Legal")), Ok(()));
    assert_eq!(
        check(Part::RemoveEntry {
            role: Target::named("Finance"),
            list: RoleList::Accountability,
            text: "Nothing".into()
        }),
        Err(PartProblem::NoSuchEntry {
            role: "Finance".into(),
            list: RoleList::Accountability,
            text: "Nothing".into()
        })
    );
}

#[test]
fn a_part_another_session_got_in_the_way_of_is_settled_by_a_later_change_on_the_current_version() {
    let (_t, dir) = folder();
    dir.create(&meeting(
        "Operations",
        0,
        &[("Finance", vec![create_role("Finance")], Ending::Adopted)],
    ))
    .expect("saved");
    let base = record_of(&dir);
    // Both laptops add the same accountability to version 1 of Finance,
    // and both create a role Payroll.
    let add = || with_base(add_accountability("Finance", "Paying"), &base, "Operations");
    for n in [7, 8] {
        dir.create(&meeting(
            "Operations",
            n,
            &[
                ("Pay", vec![add()], Ending::Adopted),
                ("Payroll", vec![create_role("Payroll")], Ending::Adopted),
            ],
        ))
        .expect("saved");
    }
    let held_apart = record_of(&dir);
    let not_applied = |r: &Record| {
        r.conflicts
            .iter()
            .filter(|c| matches!(c.kind, ConflictKind::NotApplied { .. }))
            .count()
    };
    assert_eq!(not_applied(&held_apart), 2, "{:?}", held_apart.conflicts);
    // A later meeting amends Finance as it now stands: the entry is
    // settled, the role Payroll is not yet.
    let finance = with_base(
        Part::ChangePurpose {
            role: Target::named("Finance"),
            purpose: "Money in order".into(),
        },
        &held_apart,
        "Operations",
    );
    dir.create(&meeting(
        "Operations",
        14,
        &[("Finance", vec![finance], Ending::Adopted)],
    ))
    .expect("saved");
    let after = record_of(&dir);
    assert_eq!(after.conflicts.len(), 1, "{:?}", after.conflicts);
    assert!(matches!(after.conflicts[0].part, Part::CreateRole { .. }));
    // And one amending Payroll as it stands settles the second creation.
    let payroll = with_base(
        add_accountability("payroll", "Running the payroll"),
        &after,
        "Operations",
    );
    dir.create(&meeting(
        "Operations",
        15,
        &[("Payroll", vec![payroll], Ending::Adopted)],
    ))
    .expect("saved");
    let settled = record_of(&dir);
    assert!(settled.conflicts.is_empty(), "{:?}", settled.conflicts);
}
