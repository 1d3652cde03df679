//! Engine tests for proposal parts: which version a part lands in, what
//! an amendment copies, the refusals, what an adopted item gives the
//! record, the elected person's role, and replaying a saved session.

#![allow(clippy::unwrap_used)]

use crate::support::election as election_support;
use crate::support::governance::{
    add_accountability, at_agenda, create_role, item, present, to_objections,
};
use crate::support::script::Script;

use spanning::meeting::{
    Action, Command, DomainScope, Ending, Event, IdmStep, Part, PartField, PartRefusal, PersonId,
    Phase, PolicyScope, Refusal, Session, Target,
};
use spanning::text::Lang;

fn opened() -> chrono::DateTime<chrono::FixedOffset> {
    crate::support::common::base()
}

fn versions(script: &Script) -> Vec<(u32, String, Vec<Part>)> {
    script
        .session
        .state()
        .active_item()
        .unwrap()
        .versions()
        .iter()
        .map(|v| (v.number, v.text.clone(), v.parts.clone()))
        .collect()
}

#[test]
fn parts_added_while_presenting_belong_to_the_first_version() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    s.when(Command::AddPart {
        part: add_accountability("Finance", "Paying invoices"),
    })
    .then(Event::PartAdded {
        version: 1,
        part: Box::new(add_accountability("Finance", "Paying invoices")),
    });
    let v = versions(&s);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].2.len(), 2);
}

#[test]
fn a_part_edit_after_a_round_heard_the_version_makes_a_new_one() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    s.run(Command::OpenClarifyingQuestions);
    s.run(Command::OpenReactionRound);
    s.finish_round();
    s.run(Command::OpenAmendAndClarify);
    // The reaction round heard v1: the first edit makes v2, a copy.
    s.when(Command::AddPart {
        part: add_accountability("Finance", "Paying invoices"),
    })
    .then(Event::PartAdded {
        version: 2,
        part: Box::new(add_accountability("Finance", "Paying invoices")),
    });
    // The next edit changes v2 itself.
    s.when(Command::RemovePart { number: 1 })
        .then(Event::PartRemoved {
            version: 2,
            number: 1,
        });
    let v = versions(&s);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].2, vec![create_role("Finance")], "v1 is never edited");
    assert_eq!(v[1].1, v[0].1, "same text");
    assert_eq!(
        v[1].2,
        vec![add_accountability("Finance", "Paying invoices")]
    );
}

#[test]
fn an_amendment_keeps_the_parts_of_the_version_it_amends() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    s.run(Command::OpenClarifyingQuestions);
    s.run(Command::OpenReactionRound);
    s.finish_round();
    s.run(Command::OpenAmendAndClarify);
    s.run(Command::AmendProposal {
        text: "Create Finance, with a purpose".into(),
        for_objection: None,
    });
    let v = versions(&s);
    assert_eq!(v[1].2, vec![create_role("Finance")]);
    // Stated in this step and not yet heard: edits go to v2.
    s.when(Command::AddPart {
        part: add_accountability("Finance", "Budgeting"),
    })
    .then(Event::PartAdded {
        version: 2,
        part: Box::new(add_accountability("Finance", "Budgeting")),
    });
}

#[test]
fn parts_are_refused_where_they_do_not_belong() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    s.run(Command::OpenClarifyingQuestions);
    let refusal = s
        .when(Command::AddPart {
            part: create_role("Legal"),
        })
        .then_refused();
    assert!(matches!(
        refusal,
        Refusal::NotNow {
            action: Action::EditParts,
            ..
        }
    ));
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    let mut padded = create_role("Finance");
    if let Part::CreateRole { name, .. } = &mut padded {
        *name = " Finance ".into();
    }
    s.when(Command::AddPart { part: padded })
        .then_refusal(Refusal::Part(PartRefusal::Duplicate));
    s.when(Command::AddPart {
        part: create_role("  "),
    })
    .then_refusal(Refusal::Part(PartRefusal::Empty {
        field: PartField::RoleName,
    }));
    s.when(Command::AddPart {
        part: Part::AssignRole {
            role: Target::named("Finance"),
            person: "Ana".into(),
            term_end: None,
        },
    })
    .then_refusal(Refusal::Part(PartRefusal::ElectionOnly));
    s.when(Command::ChangePart {
        number: 2,
        part: create_role("Legal"),
    })
    .then_refusal(Refusal::Part(PartRefusal::NoSuchPart { number: 2 }));
    s.when(Command::ChangePart {
        number: 1,
        part: create_role("Finance"),
    })
    .then_refusal(Refusal::Part(PartRefusal::Unchanged));
    s.when(Command::AddPart {
        part: Part::RenameRole {
            role: Target::named("Finance"),
            name: "Finance".into(),
        },
    })
    .then_refusal(Refusal::Part(PartRefusal::Unchanged));
    s.when(Command::AddPart {
        part: Part::MoveRole {
            role: Target::named("Finance"),
            from: "Ops".into(),
            to: "ops.".into(),
        },
    })
    .then_refusal(Refusal::Part(PartRefusal::SameCircle));
}

#[test]
fn an_election_has_no_parts() {
    let (session, clock) = election_support::until_objection_round(Lang::En);
    let mut s = Script::resume(session.clone(), session.setup().opened_at);
    s.now += chrono::TimeDelta::seconds(clock);
    // In the election's objection round parts are not even in step; in
    // its integration they are refused as an election's.
    let refusal = s
        .when(Command::AddPart {
            part: create_role("Legal"),
        })
        .then_refused();
    assert!(matches!(
        refusal,
        Refusal::NotNow {
            action: Action::EditParts,
            ..
        }
    ));
}

#[test]
fn the_adopted_version_gives_its_parts_and_a_withdrawn_one_nothing() {
    let mut s = at_agenda("Ops", opened());
    item(
        &mut s,
        "Finance",
        &[create_role("Finance")],
        Ending::Adopted,
    );
    item(&mut s, "Legal", &[create_role("Legal")], Ending::Withdrawn);
    let state = s.session.state();
    let names: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
    let parts: Vec<Vec<Part>> = state
        .agenda
        .iter()
        .map(|i| i.adopted_parts(state.opened_at, &names))
        .collect();
    assert_eq!(parts, vec![vec![create_role("Finance")], vec![]]);
}

#[test]
fn an_elected_person_gets_the_role_and_the_record_the_term() {
    let session = election_support::closed_meeting(Lang::En);
    let state = session.state();
    let chen = &state.people[election_support::CHEN.0 as usize];
    assert!(
        chen.who.roles.iter().any(|r| r == "Facilitator"),
        "{:?}",
        chen.who.roles
    );
    assert_eq!(
        chen.who
            .roles
            .iter()
            .filter(|r| *r == "Facilitator")
            .count(),
        1
    );
    let names: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
    let parts: Vec<Part> = state
        .agenda
        .iter()
        .flat_map(|i| i.adopted_parts(state.opened_at, &names))
        .collect();
    assert_eq!(
        parts,
        vec![Part::AssignRole {
            role: Target::named("Facilitator"),
            person: "Chen".into(),
            term_end: chrono::NaiveDate::from_ymd_opt(2027, 5, 22),
        }]
    );
}

#[test]
fn undo_takes_a_part_back() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Finance", PersonId(2), &[create_role("Finance")]);
    s.run(Command::Undo);
    assert!(versions(&s)[0].2.is_empty());
    assert!(matches!(
        s.session.state().phase,
        Phase::Item {
            step: IdmStep::PresentProposal,
            ..
        }
    ));
}

#[test]
fn a_session_with_parts_replays_to_the_same_state() {
    let mut s = at_agenda("Ops", opened());
    present(
        &mut s,
        "Finance",
        PersonId(2),
        &[
            create_role("Finance"),
            add_accountability("Finance", "Paying"),
        ],
    );
    to_objections(&mut s);
    s.run(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let replayed =
        Session::from_log(s.session.setup().clone(), s.session.log().to_vec()).expect("replays");
    assert_eq!(replayed.state(), s.session.state());
    assert_eq!(spanning::store::version_needed(&s.session), 6);
}

/// A changed policy's new scope is shaped like a new policy's: a domain
/// needs its text, trimmed; the whole circle needs nothing.
#[test]
fn a_changed_policys_scope_is_trimmed_and_needs_its_domain() {
    let mut s = at_agenda("Ops", opened());
    present(&mut s, "Spending", PersonId(2), &[]);
    let change = |domain: &str| Part::ChangePolicy {
        policy: Target::named("Spending"),
        title: "Spending".into(),
        text: "Ask".into(),
        scope: Some(PolicyScope::Domain(DomainScope {
            role: Target::named("Finance"),
            domain: domain.into(),
        })),
    };
    s.when(Command::AddPart {
        part: change("   "),
    })
    .then_refusal(Refusal::Part(PartRefusal::Empty {
        field: PartField::Domain,
    }));
    let event = s
        .when(Command::AddPart {
            part: change(" Bank "),
        })
        .then_event();
    let Event::PartAdded { part, .. } = event else {
        panic!("{event:?}");
    };
    assert_eq!(*part, change("Bank"));
    s.when(Command::AddPart {
        part: Part::ChangePolicy {
            policy: Target::named("Spending"),
            title: "Spending".into(),
            text: "Ask".into(),
            scope: Some(PolicyScope::Circle),
        },
    })
    .then_event();
}
