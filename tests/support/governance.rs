//! Governance meetings whose proposals have parts: playing an item to
//! adoption (or to another ending) with given parts, for the engine's part
//! rules, the record fold and its property test.

use chrono::{DateTime, FixedOffset};
use spanning::meeting::{Command, Ending, Part, PersonId, RoleList, Target};

use super::scenario::Scenario;
use super::script::Script;

/// The people of these meetings; Ana facilitates, Bram is secretary.
pub const PEOPLE: [&str; 3] = ["Ana", "Bram", "Chen"];

/// A governance meeting of `circle`, opened at `opened_at`, at its agenda.
pub fn at_agenda(circle: &str, opened_at: DateTime<FixedOffset>) -> Script {
    let mut script = Scenario::new("Governance", circle, opened_at, &PEOPLE).open();
    script.run(Command::StartCheckIn);
    script.finish_round();
    script.run(Command::OpenAgenda);
    script
}

/// Puts `label` (owned by `owner`) on the agenda, starts it and presents
/// a proposal with `parts`: the item is then in its first step.
pub fn present(script: &mut Script, label: &str, owner: PersonId, parts: &[Part]) {
    script.run(Command::AddItem {
        label: label.to_owned(),
        owner,
    });
    script.run(Command::StartItem { item: None });
    script.run(Command::StateTension {
        text: format!("No one holds {label}"),
    });
    script.run(Command::GiveExample {
        text: "Last week it was dropped".to_owned(),
    });
    script.run(Command::StateProposal {
        text: format!("Change {label}"),
    });
    for part in parts {
        script.run(Command::AddPart { part: part.clone() });
    }
}

/// From presenting to the objection round, without questions or amendments.
pub fn to_objections(script: &mut Script) {
    script.run(Command::OpenClarifyingQuestions);
    script.run(Command::OpenReactionRound);
    script.finish_round();
    script.run(Command::OpenAmendAndClarify);
    script.run(Command::OpenObjectionRound);
    script.finish_round();
}

/// Plays an item with `parts` to `ending` (adopted after an objection
/// round without objections; any other ending while presenting).
pub fn item(script: &mut Script, label: &str, parts: &[Part], ending: Ending) {
    present(script, label, PersonId(2), parts);
    if ending == Ending::Adopted {
        to_objections(script);
    }
    script.run(Command::EndItem {
        ending,
        reason: None,
    });
}

/// "Create role `name`" with one accountability.
pub fn create_role(name: &str) -> Part {
    Part::CreateRole {
        name: name.to_owned(),
        purpose: Some(format!("{name} done well")),
        accountabilities: vec![format!("Doing {name}")],
        domains: Vec::new(),
    }
}

/// "Add accountability `text` to `role`" (named only).
pub fn add_accountability(role: &str, text: &str) -> Part {
    Part::AddEntry {
        role: Target::named(role),
        list: RoleList::Accountability,
        text: text.to_owned(),
    }
}

/// The record after an earlier meeting of "Product circle" adopted the
/// role Financiën and the policy "Spending limit" (the screens' tests of
/// parts and their before → after panel start from it).
pub fn finance_record() -> spanning::record::governance::Record {
    use chrono::TimeZone;
    let earlier = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 23, 10, 0, 0).single())
        .expect("valid time");
    let mut script = at_agenda("Product circle", earlier);
    let parts = [
        Part::CreateRole {
            name: "Financiën".to_owned(),
            purpose: Some("Money well spent".to_owned()),
            accountabilities: vec!["Paying invoices".to_owned()],
            domains: Vec::new(),
        },
        Part::CreatePolicy {
            title: "Spending limit".to_owned(),
            text: "Up to 200 euro without asking".to_owned(),
            domain: None,
        },
    ];
    item(&mut script, "Money", &parts, Ending::Adopted);
    let mut record = spanning::record::governance::Record::default();
    record.meeting("2026-02-23-product", &script.session);
    record
}

/// The record after two earlier meetings: "Product circle" adopted the
/// role Financiën (accountability "Paying invoices", domain "Bank
/// account"), the roles Sales and Design, each expanded into a
/// sub-circle, and the policy "Spending limit"; then Sales met and
/// adopted its own role "Lead finder" and policy "Call hours". Design has
/// nothing of its own. The part dialog's moves, expansions and collapses
/// start from it.
pub fn circles_record() -> spanning::record::governance::Record {
    use chrono::TimeZone;
    let day = |d: u32| {
        FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 2, d, 10, 0, 0).single())
            .expect("valid time")
    };
    let mut product = at_agenda("Product circle", day(23));
    let roles = [
        Part::CreateRole {
            name: "Financiën".to_owned(),
            purpose: Some("Money well spent".to_owned()),
            accountabilities: vec!["Paying invoices".to_owned()],
            domains: vec!["Bank account".to_owned()],
        },
        create_role("Sales"),
        create_role("Design"),
        Part::CreatePolicy {
            title: "Spending limit".to_owned(),
            text: "Up to 200 euro without asking".to_owned(),
            domain: None,
        },
    ];
    item(&mut product, "Roles", &roles, Ending::Adopted);
    let expand = [
        Part::ExpandRole {
            role: Target::named("Sales"),
        },
        Part::ExpandRole {
            role: Target::named("Design"),
        },
    ];
    item(&mut product, "Circles", &expand, Ending::Adopted);
    let mut sales = at_agenda("Sales", day(24));
    let own = [
        create_role("Lead finder"),
        Part::CreatePolicy {
            title: "Call hours".to_owned(),
            text: "Customers are called between nine and five".to_owned(),
            domain: None,
        },
    ];
    item(&mut sales, "Own roles", &own, Ending::Adopted);
    let mut record = spanning::record::governance::Record::default();
    record.meeting("2026-02-23-product", &product.session);
    record.meeting("2026-02-24-sales", &sales.session);
    record
}

/// A governance meeting of `circle` opened at `opened_at` that adopted
/// one item, `label`, with `part`, and went on to its closing round.
pub fn adopted_one(
    circle: &str,
    opened_at: DateTime<FixedOffset>,
    label: &str,
    part: Part,
) -> spanning::meeting::Session {
    let mut s = at_agenda(circle, opened_at);
    item(&mut s, label, &[part], Ending::Adopted);
    s.run(Command::OpenClosingRound);
    s.session
}

/// A drawn screen with the random tail of each session ID
/// (`…-governance-1a2b`) masked, so a snapshot is the same on every run.
pub fn without_random_ids(screen: &str) -> String {
    const MARK: &str = "-governance-";
    let mut out = String::new();
    let mut rest = screen;
    while let Some(at) = rest.find(MARK) {
        let (head, tail) = rest.split_at(at + MARK.len());
        out.push_str(head);
        let hex = tail
            .chars()
            .take(4)
            .take_while(char::is_ascii_hexdigit)
            .count();
        out.push_str(&"x".repeat(hex));
        rest = &tail[hex..];
    }
    out.push_str(rest);
    out
}
