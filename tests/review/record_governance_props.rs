//! The governance record's property: whatever meetings a folder holds,
//! the record equals applying the adopted parts of every session in time
//! order to a plain model of roles; a withdrawn, unfinished or retracted
//! proposal never changes it.

use std::collections::BTreeMap;

use chrono::Duration;
use proptest::prelude::*;
use spanning::meeting::{Command, Ending, Part, PersonId, RoleList, Session, Target};
use spanning::store::{self, SessionsDir};

use crate::support::governance::{at_agenda, present, to_objections};

const NAMES: [&str; 4] = ["Finance", "Legal", "Sales", "Hiring"];
const TEXTS: [&str; 3] = ["Paying", "Hiring people", "Selling"];

#[derive(Debug, Clone)]
enum Spec {
    Create(usize),
    Add(usize, usize),
    Remove(usize),
    Purpose(usize, usize),
}

impl Spec {
    fn part(&self) -> Part {
        match *self {
            Spec::Create(n) => Part::CreateRole {
                name: NAMES[n].into(),
                purpose: None,
                accountabilities: vec![],
                domains: vec![],
            },
            Spec::Add(n, t) => Part::AddEntry {
                role: Target::named(NAMES[n]),
                list: RoleList::Accountability,
                text: TEXTS[t].into(),
            },
            Spec::Remove(n) => Part::RemoveRole {
                role: Target::named(NAMES[n]),
            },
            Spec::Purpose(n, t) => Part::ChangePurpose {
                role: Target::named(NAMES[n]),
                purpose: TEXTS[t].into(),
            },
        }
    }
}

/// How an item ends: adopted, withdrawn, unfinished, or adopted and the
/// adoption taken back (undo) before it is withdrawn.
#[derive(Debug, Clone, Copy)]
enum End {
    Adopted,
    Withdrawn,
    Unfinished,
    Retracted,
}

fn spec() -> impl Strategy<Value = Spec> {
    prop_oneof![
        (0..4usize).prop_map(Spec::Create),
        (0..4usize, 0..3usize).prop_map(|(n, t)| Spec::Add(n, t)),
        (0..4usize).prop_map(Spec::Remove),
        (0..4usize, 0..3usize).prop_map(|(n, t)| Spec::Purpose(n, t)),
    ]
}

fn end() -> impl Strategy<Value = End> {
    prop_oneof![
        3 => Just(End::Adopted),
        1 => Just(End::Withdrawn),
        1 => Just(End::Unfinished),
        1 => Just(End::Retracted),
    ]
}

type Meetings = Vec<Vec<(Vec<Spec>, End)>>;

fn meetings() -> impl Strategy<Value = Meetings> {
    prop::collection::vec(
        prop::collection::vec((prop::collection::vec(spec(), 0..4), end()), 1..4),
        1..5,
    )
}

/// The plain model: role name → (purpose, accountabilities).
type Model = BTreeMap<String, (Option<String>, Vec<String>)>;

fn apply(model: &mut Model, part: &Part) {
    match part {
        Part::CreateRole { name, .. } => {
            model.entry(name.clone()).or_insert((None, Vec::new()));
        }
        Part::AddEntry { role, text, .. } => {
            if let Some((_, list)) = model.get_mut(&role.name)
                && !list.contains(text)
            {
                list.push(text.clone());
            }
        }
        Part::RemoveRole { role } => {
            model.remove(&role.name);
        }
        Part::ChangePurpose { role, purpose } => {
            if let Some((p, _)) = model.get_mut(&role.name) {
                *p = Some(purpose.clone());
            }
        }
        _ => unreachable!("not generated"),
    }
}

fn play(n: usize, items: &[(Vec<Spec>, End)], model: &mut Model) -> Session {
    let mut s = at_agenda(
        "Operations",
        crate::support::common::base() + Duration::days(n as i64),
    );
    for (k, (specs, end)) in items.iter().enumerate() {
        let mut parts: Vec<Part> = Vec::new();
        for p in specs.iter().map(Spec::part) {
            if !parts.contains(&p) {
                parts.push(p);
            }
        }
        present(&mut s, &format!("Item {k}"), PersonId(2), &parts);
        let ending = match end {
            End::Adopted | End::Retracted => {
                to_objections(&mut s);
                Ending::Adopted
            }
            End::Withdrawn => Ending::Withdrawn,
            End::Unfinished => Ending::Unfinished,
        };
        s.run(Command::EndItem {
            ending,
            reason: None,
        });
        match end {
            End::Adopted => parts.iter().for_each(|p| apply(model, p)),
            End::Retracted => {
                s.run(Command::Undo);
                s.run(Command::EndItem {
                    ending: Ending::Withdrawn,
                    reason: None,
                });
            }
            End::Withdrawn | End::Unfinished => {}
        }
    }
    s.session
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn the_record_is_the_adopted_parts_applied_in_time_order(meetings in meetings()) {
        let temp = tempfile::tempdir().expect("temp dir");
        let dir = SessionsDir::new(temp.path());
        let mut model = Model::new();
        // Written newest first: the fold must order them by time itself.
        let mut sessions = Vec::new();
        for (n, items) in meetings.iter().enumerate() {
            sessions.push(play(n, items, &mut model));
        }
        for (i, session) in sessions.iter().enumerate().rev() {
            let id = store::stem(session.setup(), 0x1000 + i as u16);
            std::fs::write(
                temp.path().join(format!("{id}.json")),
                store::session_bytes(&id, session),
            )
            .expect("write");
        }
        let record = spanning::record::fold_folder(&dir).governance;
        let got: Model = record
            .circle("Operations")
            .map(|c| {
                c.roles
                    .iter()
                    .filter(|r| r.core.is_none())
                    .map(|r| (r.name.clone(), (r.purpose.clone(), r.accountabilities.clone())))
                    .collect()
            })
            .unwrap_or_default();
        prop_assert_eq!(got, model);
    }
}
