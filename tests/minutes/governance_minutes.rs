//! The governance changes an adopted item made, in the minutes (the way
//! a member reads them, in English and Dutch) and in the JSON export
//! (structured, per item); a free-text proposal and a withdrawn one add
//! nothing.

use spanning::meeting::{DomainScope, Ending, Part, RoleList, Session, Target};
use spanning::minutes::{export_json, markdown};
use spanning::text::Lang;

use crate::support::governance::{add_accountability, at_agenda, create_role, item};

fn meeting(lang: Lang) -> Session {
    let mut s = at_agenda("Operations", crate::support::common::base());
    s.session = {
        let mut setup = s.session.setup().clone();
        setup.lang = lang;
        let log = s.session.log().to_vec();
        Session::from_log(setup, log).expect("same meeting")
    };
    item(
        &mut s,
        "Finance",
        &[
            create_role("Finance"),
            add_accountability("Finance", "Paying invoices"),
            Part::ChangeEntry {
                role: Target::named("Secretary"),
                list: RoleList::Domain,
                from: "Minutes".into(),
                to: "Minutes and the record".into(),
            },
            Part::CreatePolicy {
                title: "Spending".into(),
                text: "Ask Finance above 500 euro".into(),
                domain: Some(DomainScope {
                    role: Target::named("Finance"),
                    domain: "Bank account".into(),
                }),
            },
        ],
        Ending::Adopted,
    );
    item(&mut s, "Notes", &[], Ending::Adopted);
    item(&mut s, "Legal", &[create_role("Legal")], Ending::Withdrawn);
    s.session
}

#[test]
fn the_minutes_list_the_governance_changes_as_a_member_reads_them() {
    let en = markdown(&meeting(Lang::En), Lang::En.words());
    assert!(en.contains("**Governance changes:**"), "{en}");
    assert!(
        en.contains(
            "- Role Finance: created; purpose: Finance done well; accountabilities: Doing Finance"
        ),
        "{en}"
    );
    assert!(
        en.contains("- Role Finance: accountability added: Paying invoices"),
        "{en}"
    );
    assert!(
        en.contains(
            "- Role Secretary: domain changed from \"Minutes\" to \"Minutes and the record\""
        ),
        "{en}"
    );
    assert!(
        en.contains("- Policy Spending (on domain \"Bank account\" of role Finance): created: Ask Finance above 500 euro"),
        "{en}"
    );
    assert_eq!(
        en.matches("**Governance changes:**").count(),
        1,
        "only the item with parts"
    );
    assert!(
        !en.contains("Role Legal"),
        "a withdrawn proposal changes nothing"
    );
    let nl = markdown(&meeting(Lang::Nl), Lang::Nl.words());
    assert!(nl.contains("**Wijzigingen in de governance:**"), "{nl}");
    assert!(
        nl.contains("- Rol Finance: verantwoordelijkheid toegevoegd: Paying invoices"),
        "{nl}"
    );
    assert!(
        !nl.contains("Rol Secretary"),
        "a core role goes by its Dutch name in Dutch minutes: {nl}"
    );
    assert!(
        nl.contains(
            "- Rol Secretaris: domein gewijzigd van \"Minutes\" in \"Minutes and the record\""
        ),
        "{nl}"
    );
}

#[test]
fn the_export_carries_the_changes_structured_per_item() {
    let doc = export_json(&meeting(Lang::En));
    let agenda = doc["state"]["agenda"].as_array().expect("agenda");
    let changes = agenda[0]["governance_changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 4);
    assert_eq!(changes[0]["part"], "create_role");
    assert_eq!(changes[1]["part"], "add_entry");
    assert_eq!(changes[1]["list"], "accountability");
    assert_eq!(changes[1]["role"]["name"], "Finance");
    assert!(agenda[1].get("governance_changes").is_none(), "free text");
    assert!(agenda[2].get("governance_changes").is_none(), "withdrawn");
    // The versions carry their parts too.
    assert_eq!(
        agenda[0]["versions"][0]["parts"].as_array().map(Vec::len),
        Some(4)
    );
}
