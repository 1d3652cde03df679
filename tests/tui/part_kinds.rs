//! The part dialog's kinds beyond create/rename/change/remove (issue 13):
//! moving a role or policy into or out of a sub-circle, expanding a role
//! into a circle, collapsing a circle back into a role, a policy on a
//! held domain, and picking an accountability or domain from the role's
//! own instead of retyping it. Each is driven by keys, becomes an engine
//! event, and changes the record once the proposal is adopted.

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{
    Command, DomainScope, Ending, Part, PersonId, PolicyScope, RoleList, Target,
};
use spanning::record::governance::{PartProblem, Record, check_part};
use spanning::text::Lang;
use spanning::tui::app::Status;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::{App, TuiOptions};

use crate::support::governance as gov;
use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;

const CIRCLE: &str = "Product circle";

/// A meeting of the circle in `lang`, presenting a proposal with `parts`.
fn presenting(lang: Lang, parts: &[Part]) -> Script {
    let mut script = Scenario::new("Governance", CIRCLE, tui_support::start(), &gov::PEOPLE)
        .lang(lang)
        .open();
    script.run(Command::StartCheckIn);
    script.finish_round();
    script.run(Command::OpenAgenda);
    gov::present(&mut script, "Structure", PersonId(2), parts);
    script
}

fn app_in(lang: Lang) -> App {
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(gov::circles_record(), "now")),
        ..TuiOptions::default()
    };
    presenting(lang, &[]).app_with(&options)
}

fn app() -> App {
    app_in(Lang::En)
}

fn parts(app: &App) -> Vec<Part> {
    app.session()
        .state()
        .active_item()
        .and_then(|i| i.current_version())
        .map(|v| v.parts.clone())
        .unwrap_or_default()
}

/// Opens the part dialog on the kind at `index` of its list.
fn open(app: &mut App, index: usize) {
    tui_support::key(app, KeyCode::Char('+'));
    for _ in 0..index {
        tui_support::key(app, KeyCode::Down);
    }
}

const MOVE_ROLE: usize = 4;
const EXPAND: usize = 5;
const COLLAPSE: usize = 6;
const CHANGE_ENTRY: usize = 8;
const REMOVE_ENTRY: usize = 9;
const CREATE_POLICY: usize = 10;
const MOVE_POLICY: usize = 13;

/// The meeting in `app` played on to adoption, folded on top of the
/// record it started from.
fn adopted(app: &App) -> Record {
    let mut script = Script::resume(app.session().clone(), tui_support::at(3000));
    gov::to_objections(&mut script);
    script.run(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let mut record = gov::circles_record();
    record.meeting("2026-03-02-product", &script.session);
    record
}

fn refusal(app: &App) -> String {
    match app.status() {
        Some(Status::Refused(why)) => why.clone(),
        other => panic!("no refusal: {other:?}"),
    }
}

#[test]
fn a_role_moves_into_a_sub_circle_picked_from_the_record() {
    let mut app = app();
    open(&mut app, MOVE_ROLE);
    tui_support::key(&mut app, KeyCode::Tab); // the role: Financiën first
    tui_support::key(&mut app, KeyCode::Tab); // to: Sales first
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::MoveRole { role, from, to }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Financiën");
    assert!(role.id.is_some(), "picked from the record, with its id");
    assert_eq!((from.as_str(), to.as_str()), (CIRCLE, "Sales"));
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("− circle Product circle"), "{shown}");
    assert!(shown.contains("+ circle Sales"), "{shown}");
    let record = adopted(&app);
    let sales = record.circle("Sales").expect("Sales");
    assert!(sales.role_named("Financiën").is_some(), "{sales:?}");
    assert!(
        record
            .circle(CIRCLE)
            .and_then(|c| c.role_named("Financiën"))
            .is_none()
    );
}

#[test]
fn a_role_moves_out_of_a_sub_circle_into_this_circle() {
    let mut app = app();
    open(&mut app, MOVE_ROLE);
    tui_support::key(&mut app, KeyCode::Tab);
    // Financiën, Sales, Design, then the sub-circles' roles: ↑ wraps to
    // the last, Lead finder in Sales.
    tui_support::key(&mut app, KeyCode::Up);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("Lead finder (in Sales)"), "{shown}");
    tui_support::key(&mut app, KeyCode::Tab);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("Product circle (this circle)"), "{shown}");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::MoveRole { role, from, to }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Lead finder");
    assert_eq!((from.as_str(), to.as_str()), ("Sales", CIRCLE));
    let record = adopted(&app);
    assert!(
        record
            .circle(CIRCLE)
            .and_then(|c| c.role_named("Lead finder"))
            .is_some()
    );
    assert!(
        record
            .circle("Sales")
            .and_then(|c| c.role_named("Lead finder"))
            .is_none()
    );
}

#[test]
fn a_sub_circle_is_never_offered_to_move_into_itself_and_is_refused_if_asked() {
    let mut app = app();
    open(&mut app, MOVE_ROLE);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::key(&mut app, KeyCode::Down); // Sales, a sub-circle
    tui_support::key(&mut app, KeyCode::Tab);
    let shown = tui_support::render(&mut app, 160, 48);
    // Neither where it is (this circle) nor itself: Design only.
    assert!(shown.contains("To circle: ‹ Design ›  1/1"), "{shown}");
    // Asked by hand all the same, the record says no, in both languages.
    let record = gov::circles_record();
    let sales = record.circle(CIRCLE).and_then(|c| c.role_named("Sales"));
    let part = Part::MoveRole {
        role: sales.expect("Sales").target(),
        from: CIRCLE.to_owned(),
        to: "Sales".to_owned(),
    };
    let problem = check_part(&record, CIRCLE, &part).expect_err("into itself");
    assert_eq!(
        problem,
        PartProblem::IntoItself {
            name: "Sales".to_owned()
        }
    );
    for (lang, says) in [(Lang::En, "into itself"), (Lang::Nl, "in zichzelf")] {
        let text = lang.words().part_problem(&problem);
        assert!(text.contains(says) && text.contains("Sales"), "{text}");
    }
}

#[test]
fn a_role_is_expanded_into_a_circle() {
    let mut app = app();
    open(&mut app, EXPAND);
    tui_support::key(&mut app, KeyCode::Tab);
    // Only roles that can expand: not core roles, not sub-circles.
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("Role: ‹ Financiën ›  1/1"), "{shown}");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::ExpandRole { role }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Financiën");
    let record = adopted(&app);
    let role = record
        .circle(CIRCLE)
        .and_then(|c| c.role_named("Financiën"));
    assert!(role.is_some_and(|r| r.sub_circle), "{role:?}");
    assert!(record.circle("Financiën").is_some());
}

#[test]
fn an_empty_sub_circle_collapses_back_into_a_role() {
    let mut app = app();
    open(&mut app, COLLAPSE);
    tui_support::key(&mut app, KeyCode::Tab);
    // Sub-circles only: Sales, Design.
    tui_support::key(&mut app, KeyCode::Down);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("Sub-circle: ‹ Design ›  2/2"), "{shown}");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::CollapseCircle { role }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Design");
    let record = adopted(&app);
    let role = record.circle(CIRCLE).and_then(|c| c.role_named("Design"));
    assert!(role.is_some_and(|r| !r.sub_circle), "{role:?}");
}

#[test]
fn a_sub_circle_with_roles_of_its_own_is_not_collapsed_in_either_language() {
    for (lang, says) in [(Lang::En, "still has"), (Lang::Nl, "heeft nog")] {
        let mut app = app_in(lang);
        open(&mut app, COLLAPSE);
        tui_support::key(&mut app, KeyCode::Tab); // Sales
        tui_support::key(&mut app, KeyCode::Enter);
        assert!(parts(&app).is_empty());
        let why = refusal(&app);
        for word in [says, "Sales", "Lead finder", "Call hours"] {
            assert!(why.contains(word), "{lang:?}: {why}");
        }
        // The dialog stays open on the same choice.
        let shown = tui_support::render(&mut app, 160, 48);
        assert!(shown.contains("‹ Sales ›"), "{shown}");
    }
}

#[test]
fn a_move_in_a_circle_without_sub_circles_says_what_to_do_first() {
    for (lang, says, empty) in [
        (Lang::En, "no sub-circles", "‹ nothing to pick ›  0/0"),
        (Lang::Nl, "geen subcirkels", "‹ niets om te kiezen ›  0/0"),
    ] {
        let options = TuiOptions {
            governance: Some(RecordAtStart::ready(gov::finance_record(), "now")),
            ..TuiOptions::default()
        };
        let mut app = presenting(lang, &[]).app_with(&options);
        open(&mut app, MOVE_ROLE);
        // The circle to go to has nothing to offer, and says so.
        let shown = tui_support::render(&mut app, 160, 48);
        assert!(shown.contains(empty), "{shown}");
        tui_support::key(&mut app, KeyCode::Enter);
        assert!(parts(&app).is_empty());
        let why = refusal(&app);
        assert!(why.contains(says), "{lang:?}: {why}");
    }
}

#[test]
fn a_policy_moves_out_of_a_sub_circle() {
    let mut app = app();
    open(&mut app, MOVE_POLICY);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::key(&mut app, KeyCode::Up); // Call hours (in Sales)
    tui_support::key(&mut app, KeyCode::Tab); // this circle first
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::MovePolicy { policy, from, to }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(policy.name, "Call hours");
    assert_eq!((from.as_str(), to.as_str()), ("Sales", CIRCLE));
    let record = adopted(&app);
    let here = record.circle(CIRCLE).expect("circle");
    assert!(here.policies.iter().any(|p| p.title == "Call hours"));
    let sales = record.circle("Sales").expect("Sales");
    assert!(sales.policies.iter().all(|p| p.title != "Call hours"));
}

#[test]
fn a_new_policy_holds_on_a_domain_picked_from_those_held() {
    let mut app = app();
    open(&mut app, CREATE_POLICY);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Card payments");
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Only the treasurer pays by card");
    tui_support::key(&mut app, KeyCode::Tab);
    let shown = tui_support::render(&mut app, 160, 48);
    // The circle, or the one domain a role of the circle holds.
    assert!(shown.contains("‹ the whole circle ›  1/2"), "{shown}");
    tui_support::key(&mut app, KeyCode::Down);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(
        shown.contains("‹ domain \"Bank account\" of Financiën ›  2/2"),
        "{shown}"
    );
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [
        Part::CreatePolicy {
            title,
            domain: Some(scope),
            ..
        },
    ] = got.as_slice()
    else {
        panic!("{got:?}");
    };
    assert_eq!(title, "Card payments");
    assert_eq!(scope.domain, "Bank account");
    assert_eq!(scope.role.name, "Financiën");
    assert!(scope.role.id.is_some());
    let record = adopted(&app);
    let policy = record
        .circle(CIRCLE)
        .and_then(|c| c.policies.iter().find(|p| p.title == "Card payments"))
        .expect("adopted");
    let on = policy.domain.as_ref().expect("scoped");
    assert_eq!(
        (on.role.as_str(), on.domain.as_str()),
        ("Financiën", "Bank account")
    );
}

#[test]
fn a_policy_on_a_domain_nobody_holds_is_refused_only_when_asked_by_hand() {
    // The picker offers held domains only (above); a hand-made part still
    // meets the record's refusal, worded in both languages.
    let record = gov::circles_record();
    let part = Part::CreatePolicy {
        title: "Ads".to_owned(),
        text: "No ads".to_owned(),
        domain: Some(DomainScope {
            role: Target::named("Financiën"),
            domain: "Marketing budget".to_owned(),
        }),
    };
    let problem = check_part(&record, CIRCLE, &part).expect_err("not held");
    assert!(matches!(problem, PartProblem::DomainNotHeld { .. }));
    for (lang, says) in [(Lang::En, "Nobody holds"), (Lang::Nl, "Niemand heeft")] {
        let text = lang.words().part_problem(&problem);
        assert!(
            text.contains(says) && text.contains("Marketing budget"),
            "{text}"
        );
    }
}

#[test]
fn an_entry_to_remove_is_picked_from_the_roles_own_list() {
    let mut app = app();
    open(&mut app, REMOVE_ENTRY);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "ff"); // Facilitator, Financiën
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::key(&mut app, KeyCode::Down); // domains
    tui_support::key(&mut app, KeyCode::Tab);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(
        shown.contains("As it is now: ‹ Bank account ›  1/1"),
        "{shown}"
    );
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::RemoveEntry { role, list, text }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(role.name, "Financiën");
    assert_eq!(*list, RoleList::Domain);
    assert_eq!(text, "Bank account");
}

#[test]
fn a_changed_entry_opens_with_its_wording_to_edit() {
    let mut app = app();
    open(&mut app, CHANGE_ENTRY);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "ff");
    tui_support::key(&mut app, KeyCode::Tab); // accountability
    tui_support::key(&mut app, KeyCode::Tab); // Paying invoices
    tui_support::key(&mut app, KeyCode::Tab); // the new wording, as it is
    tui_support::chars(&mut app, " within a week");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::ChangeEntry { from, to, .. }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(from, "Paying invoices");
    assert_eq!(to, "Paying invoices within a week");
    let record = adopted(&app);
    let role = record
        .circle(CIRCLE)
        .and_then(|c| c.role_named("Financiën"));
    assert_eq!(
        role.map(|r| r.accountabilities.clone()),
        Some(vec!["Paying invoices within a week".to_owned()])
    );
}

#[test]
fn a_role_without_entries_in_the_list_says_so_in_either_language() {
    for (lang, says) in [(Lang::En, "has no domain"), (Lang::Nl, "heeft geen domein")] {
        let mut app = app_in(lang);
        open(&mut app, REMOVE_ENTRY);
        tui_support::key(&mut app, KeyCode::Tab);
        tui_support::chars(&mut app, "s"); // Secretary
        tui_support::chars(&mut app, "s"); // Sales
        tui_support::key(&mut app, KeyCode::Tab);
        tui_support::key(&mut app, KeyCode::Down); // domains: none
        tui_support::key(&mut app, KeyCode::Enter);
        assert!(parts(&app).is_empty());
        let why = refusal(&app);
        assert!(
            why.contains(says) && why.contains("Sales"),
            "{lang:?}: {why}"
        );
    }
}

#[test]
fn part_kind_snapshots() {
    let scenes: [(&str, usize, &[KeyCode]); 5] = [
        (
            "move_role",
            MOVE_ROLE,
            &[KeyCode::Tab, KeyCode::Up, KeyCode::Tab],
        ),
        ("expand", EXPAND, &[KeyCode::Tab]),
        ("collapse", COLLAPSE, &[KeyCode::Tab]),
        ("move_policy", MOVE_POLICY, &[KeyCode::Tab, KeyCode::Up]),
        (
            "policy_on_domain",
            CREATE_POLICY,
            &[KeyCode::Tab, KeyCode::Tab, KeyCode::Tab, KeyCode::Down],
        ),
    ];
    for lang in [Lang::En, Lang::Nl] {
        for (name, kind, keys) in scenes {
            let mut app = app_in(lang);
            open(&mut app, kind);
            for key in keys {
                tui_support::key(&mut app, *key);
            }
            for (w, h) in [(80, 24), (160, 48)] {
                let terminal = tui_support::terminal(&mut app, w, h);
                insta::assert_snapshot!(
                    format!("part_{name}_{}_{w}x{h}", lang.code()),
                    terminal.backend()
                );
            }
        }
    }
}

const CHANGE_POLICY: usize = 11;

#[test]
fn a_changed_policy_opens_on_what_it_holds_on_and_can_move_to_a_held_domain() {
    let mut app = app();
    open(&mut app, CHANGE_POLICY);
    tui_support::key(&mut app, KeyCode::Tab); // Spending limit
    tui_support::key(&mut app, KeyCode::Tab); // title: empty keeps it
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Up to 200 euro, card payments too");
    tui_support::key(&mut app, KeyCode::Tab);
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("‹ the whole circle ›  1/2"), "{shown}");
    tui_support::key(&mut app, KeyCode::Down);
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::ChangePolicy { policy, scope, .. }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(policy.name, "Spending limit");
    let Some(PolicyScope::Domain(on)) = scope else {
        panic!("{scope:?}");
    };
    assert_eq!(
        (on.role.name.as_str(), on.domain.as_str()),
        ("Financiën", "Bank account")
    );
    let shown = tui_support::render(&mut app, 160, 48);
    assert!(shown.contains("− the whole circle"), "{shown}");
    assert!(
        shown.contains("+ on domain \"Bank account\" of role Financiën"),
        "{shown}"
    );
    let record = adopted(&app);
    let policy = record
        .circle(CIRCLE)
        .and_then(|c| c.policies.iter().find(|p| p.title == "Spending limit"))
        .expect("kept");
    let on = policy.domain.as_ref().expect("now scoped");
    assert_eq!(on.domain, "Bank account");
    assert_eq!(policy.text, "Up to 200 euro, card payments too");
}

#[test]
fn a_changed_policy_keeps_what_it_holds_on_unless_another_is_picked() {
    let mut app = app();
    open(&mut app, CHANGE_POLICY);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::key(&mut app, KeyCode::Tab);
    tui_support::chars(&mut app, "Up to 300 euro without asking");
    tui_support::key(&mut app, KeyCode::Enter);
    let got = parts(&app);
    let [Part::ChangePolicy { scope, .. }] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert_eq!(*scope, None, "what it holds on is left as it is");
}

#[test]
fn a_policy_scoped_by_hand_to_a_domain_nobody_holds_is_refused_when_changed_too() {
    let record = gov::circles_record();
    let policy = record
        .circle(CIRCLE)
        .and_then(|c| c.policies.first())
        .map(|p| p.target())
        .expect("a policy");
    let part = Part::ChangePolicy {
        policy,
        title: "Spending limit".to_owned(),
        text: "Ask first".to_owned(),
        scope: Some(PolicyScope::Domain(DomainScope {
            role: Target::named("Sales"),
            domain: "Bank account".to_owned(),
        })),
    };
    let problem = check_part(&record, CIRCLE, &part).expect_err("Sales holds no domain");
    assert_eq!(
        problem,
        PartProblem::DomainNotHeld {
            domain: "Bank account".to_owned(),
            role: "Sales".to_owned()
        }
    );
}

#[test]
fn a_policy_on_a_domain_goes_back_to_the_whole_circle() {
    let record = gov::circles_record();
    let policy = record
        .circle(CIRCLE)
        .and_then(|c| c.policies.first())
        .map(|p| p.target())
        .expect("a policy");
    let change = |scope| Part::ChangePolicy {
        policy: policy.clone(),
        title: "Spending limit".to_owned(),
        text: "Ask first".to_owned(),
        scope,
    };
    let held = Some(PolicyScope::Domain(DomainScope {
        role: Target::named("Financiën"),
        domain: "Bank account".to_owned(),
    }));
    let at = tui_support::start();
    let scoped = record.preview(CIRCLE, &[change(held)], at);
    let domain = |r: &Record| {
        r.circle(CIRCLE)
            .and_then(|c| c.policies.first())
            .and_then(|p| p.domain.clone())
    };
    assert!(domain(&scoped).is_some());
    // Unchanged when the part does not say.
    assert!(domain(&scoped.preview(CIRCLE, &[change(None)], at)).is_some());
    let back = scoped.preview(CIRCLE, &[change(Some(PolicyScope::Circle))], at);
    assert_eq!(domain(&back), None);
}

#[test]
fn a_move_into_a_circle_that_is_no_sub_circle_is_refused_when_asked_by_hand() {
    // The picker offers this circle and its sub-circles only.
    let record = gov::circles_record();
    let financien = record
        .circle(CIRCLE)
        .and_then(|c| c.role_named("Financiën"))
        .map(|r| r.target())
        .expect("Financiën");
    let part = Part::MoveRole {
        role: financien,
        from: CIRCLE.to_owned(),
        to: "Marketing".to_owned(),
    };
    let problem = check_part(&record, CIRCLE, &part).expect_err("no such sub-circle");
    assert_eq!(
        problem,
        PartProblem::NotASubCircle {
            circle: "Marketing".to_owned()
        }
    );
    for (lang, says) in [(Lang::En, "sub-circles"), (Lang::Nl, "subcirkel")] {
        let text = lang.words().part_problem(&problem);
        assert!(text.contains(says) && text.contains("Marketing"), "{text}");
    }
}
