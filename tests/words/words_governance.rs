//! The governance record's words: every part as a member reads it, every
//! part kind, label, refusal, check problem, import problem and conflict
//! is said in both languages, never empty, and Dutch is never English.

use chrono::{FixedOffset, NaiveDate, TimeZone};
use spanning::meeting::{DomainScope, Part, PartField, PartKind, PolicyScope, RoleList, Target};
use spanning::record::governance::import::{Export, JsonAt, JsonKind, RefKind};
use spanning::record::governance::{
    Conflict, ConflictKind, CoreRole, ImportProblem, PartProblem, Source,
};
use spanning::text::governance::RecordLabel;
use spanning::text::{Lang, Words};
use strum::VariantArray;

fn t(name: &str) -> Target {
    Target::named(name)
}

fn every_part() -> Vec<Part> {
    let parts = vec![
        Part::CreateRole {
            name: "Finance".into(),
            purpose: Some("Money".into()),
            accountabilities: vec!["Paying".into()],
            domains: vec!["Bank".into()],
        },
        Part::RenameRole {
            role: t("Finance"),
            name: "Money".into(),
        },
        Part::ChangePurpose {
            role: t("Finance"),
            purpose: "Cash".into(),
        },
        Part::RemoveRole { role: t("Finance") },
        Part::MoveRole {
            role: t("Finance"),
            from: "Ops".into(),
            to: "Sales".into(),
        },
        Part::ExpandRole { role: t("Finance") },
        Part::CollapseCircle { role: t("Finance") },
        Part::AddEntry {
            role: t("Finance"),
            list: RoleList::Accountability,
            text: "Paying".into(),
        },
        Part::ChangeEntry {
            role: t("Finance"),
            list: RoleList::Domain,
            from: "Bank".into(),
            to: "Banks".into(),
        },
        Part::RemoveEntry {
            role: t("Finance"),
            list: RoleList::Domain,
            text: "Bank".into(),
        },
        Part::CreatePolicy {
            title: "Spending".into(),
            text: "Ask".into(),
            domain: Some(DomainScope {
                role: t("Finance"),
                domain: "Bank".into(),
            }),
        },
        Part::ChangePolicy {
            policy: t("Spending"),
            title: "Spend".into(),
            text: "Ask".into(),
            scope: None,
        },
        Part::ChangePolicy {
            policy: t("Spending"),
            title: "Spending".into(),
            text: "Ask".into(),
            scope: Some(PolicyScope::Circle),
        },
        Part::ChangePolicy {
            policy: t("Spending"),
            title: "Spending".into(),
            text: "Ask".into(),
            scope: Some(PolicyScope::Domain(DomainScope {
                role: t("Finance"),
                domain: "Bank".into(),
            })),
        },
        Part::RemovePolicy {
            policy: t("Spending"),
        },
        Part::MovePolicy {
            policy: t("Spending"),
            from: "Ops".into(),
            to: "Sales".into(),
        },
        Part::AssignRole {
            role: t("Facilitator"),
            person: "Chen".into(),
            term_end: NaiveDate::from_ymd_opt(2027, 5, 22),
        },
    ];
    for kind in PartKind::VARIANTS {
        assert!(parts.iter().any(|p| p.kind() == *kind), "{kind:?} sampled");
    }
    parts
}

fn every_problem() -> Vec<PartProblem> {
    vec![
        PartProblem::NoSuchRole {
            name: "X".into(),
            circle: "Ops".into(),
        },
        PartProblem::NoSuchPolicy {
            title: "X".into(),
            circle: "Ops".into(),
        },
        PartProblem::RoleNameTaken { name: "X".into() },
        PartProblem::PolicyTitleTaken { title: "X".into() },
        PartProblem::CoreRole { name: "X".into() },
        PartProblem::DomainNotHeld {
            domain: "D".into(),
            role: "X".into(),
        },
        PartProblem::NoSuchEntry {
            role: "X".into(),
            list: RoleList::Accountability,
            text: "a".into(),
        },
        PartProblem::EntryExists {
            role: "X".into(),
            list: RoleList::Domain,
            text: "a".into(),
        },
        PartProblem::NotASubCircle { circle: "C".into() },
        PartProblem::AlreadySubCircle { name: "X".into() },
        PartProblem::NotSubCircle { name: "X".into() },
        PartProblem::IntoItself { name: "X".into() },
        PartProblem::CircleNotEmpty {
            name: "X".into(),
            roles: vec!["A".into()],
            policies: Vec::new(),
        },
        PartProblem::CircleNotEmpty {
            name: "X".into(),
            roles: vec!["A".into(), "B".into()],
            policies: vec!["P".into(), "Q".into()],
        },
    ]
    .into_iter()
    .inspect(exhaustive_problem)
    .collect()
}

/// Fails to compile when a problem is added without a sample above.
fn exhaustive_problem(problem: &PartProblem) {
    match problem {
        PartProblem::NoSuchRole { .. }
        | PartProblem::NoSuchPolicy { .. }
        | PartProblem::RoleNameTaken { .. }
        | PartProblem::PolicyTitleTaken { .. }
        | PartProblem::CoreRole { .. }
        | PartProblem::DomainNotHeld { .. }
        | PartProblem::NoSuchEntry { .. }
        | PartProblem::EntryExists { .. }
        | PartProblem::NotASubCircle { .. }
        | PartProblem::AlreadySubCircle { .. }
        | PartProblem::NotSubCircle { .. }
        | PartProblem::IntoItself { .. }
        | PartProblem::CircleNotEmpty { .. } => {}
    }
}

fn every_import_problem() -> Vec<ImportProblem> {
    vec![
        ImportProblem::Unreadable {
            kind: std::io::ErrorKind::NotFound,
        },
        ImportProblem::Unreadable {
            kind: std::io::ErrorKind::PermissionDenied,
        },
        ImportProblem::TooLarge { limit: 10 },
        ImportProblem::Syntax { line: 3, column: 4 },
        ImportProblem::Missing {
            line: 3,
            key: "name".into(),
        },
        ImportProblem::Unknown {
            line: 3,
            key: "nme".into(),
        },
        ImportProblem::WrongType { line: 3 },
        ImportProblem::Empty {
            line: 3,
            key: "name",
        },
        ImportProblem::BadDate { line: 3 },
        ImportProblem::DuplicateRole {
            line: 3,
            name: "A".into(),
        },
        ImportProblem::DuplicatePolicy {
            line: 3,
            title: "P".into(),
        },
        ImportProblem::DomainNotHeld {
            line: 3,
            domain: "D".into(),
            role: "A".into(),
        },
        ImportProblem::NoCircle,
        ImportProblem::Nothing,
        ImportProblem::NotJson { line: 3, column: 4 },
        ImportProblem::UnknownExport,
        ImportProblem::JsonShape {
            at: at(),
            expected: JsonKind::Object,
        },
        ImportProblem::JsonShape {
            at: at(),
            expected: JsonKind::List,
        },
        ImportProblem::JsonShape {
            at: at(),
            expected: JsonKind::Text,
        },
        ImportProblem::JsonShape {
            at: at(),
            expected: JsonKind::Id,
        },
        ImportProblem::JsonMissing {
            at: at(),
            key: "name".into(),
        },
        ImportProblem::JsonEmpty { at: at() },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Circle,
            id: "9".into(),
        },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Role,
            id: "9".into(),
        },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Person,
            id: "9".into(),
        },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Accountability,
            id: "9".into(),
        },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Domain,
            id: "9".into(),
        },
        ImportProblem::JsonUnknownRef {
            at: at(),
            kind: RefKind::Policy,
            id: "9".into(),
        },
        ImportProblem::JsonDuplicateRole {
            at: at(),
            name: "A".into(),
            circle: "C".into(),
        },
        ImportProblem::JsonDuplicatePolicy {
            at: at(),
            title: "P".into(),
            circle: "C".into(),
        },
        ImportProblem::JsonDomainNotHeld {
            at: at(),
            domain: "D".into(),
            role: "A".into(),
        },
        ImportProblem::JsonBadDate { at: at() },
        ImportProblem::JsonNoCircle { at: at() },
    ]
}

/// Where a JSON problem is, for the messages.
fn at() -> JsonAt {
    JsonAt {
        line: 12,
        path: "roles[1].links.circle".into(),
    }
}

fn source() -> Source {
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).single())
        .expect("time");
    Source {
        session: "s".into(),
        imported: false,
        title: "Governance".into(),
        at,
        opened_at: at,
        item: Some(1),
        number: Some(1),
        label: Some("Finance".into()),
        tension: Some("t".into()),
        proposer: Some("Chen".into()),
        version: Some(2),
        objections: vec![],
    }
}

/// Said in `lang`, not empty, and (for Dutch) not the English words.
fn said(lang: Lang, what: &str, text: &str, english: &str) {
    assert!(!text.trim().is_empty(), "{lang:?} {what} is empty");
    if lang == Lang::Nl {
        assert_ne!(text, english, "{what} is left in English");
    }
}

#[test]
fn every_governance_word_is_said_in_both_languages() {
    let en: &dyn Words = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        for part in every_part() {
            said(lang, &format!("{part:?}"), &w.part(&part), &en.part(&part));
        }
        for kind in PartKind::VARIANTS {
            said(
                lang,
                &format!("{kind:?}"),
                w.part_kind(*kind),
                en.part_kind(*kind),
            );
        }
        for field in PartField::VARIANTS {
            said(
                lang,
                &format!("{field:?}"),
                w.part_field(*field),
                en.part_field(*field),
            );
        }
        for label in RecordLabel::VARIANTS {
            let (ours, theirs) = (w.record_label(*label), en.record_label(*label));
            // "Facilitator" and the like are the same word in Dutch.
            assert!(!ours.is_empty(), "{label:?}");
            if lang == Lang::Nl && !matches!(label, RecordLabel::Driver) {
                assert_ne!(ours, theirs, "{label:?} left in English");
            }
        }
        for core in CoreRole::ALL {
            assert!(!w.core_role(core).is_empty());
        }
        for problem in every_problem() {
            said(
                lang,
                &format!("{problem:?}"),
                &w.part_problem(&problem),
                &en.part_problem(&problem),
            );
        }
        for export in [Export::GlassFrog, Export::Holaspirit] {
            said(
                lang,
                &format!("{export:?}"),
                &w.imported_from(export),
                &en.imported_from(export),
            );
        }
        for problem in every_import_problem() {
            let text = w.import_problem("gov.toml", &problem);
            said(
                lang,
                &format!("{problem:?}"),
                &text,
                &en.import_problem("gov.toml", &problem),
            );
            assert!(text.contains("gov.toml"), "{text}");
            // A problem in a JSON export names its line and its path.
            if format!("{problem:?}").starts_with("Json") {
                assert!(
                    text.contains("12 (`roles[1].links.circle`)"),
                    "{lang:?}: {text}"
                );
            }
        }
        for kind in [
            ConflictKind::SameBase {
                base: 1,
                earlier: Box::new(source()),
            },
            ConflictKind::NotApplied {
                problem: PartProblem::CoreRole { name: "X".into() },
            },
        ] {
            let c = Conflict {
                circle: "Ops".into(),
                part: every_part().remove(0),
                source: source(),
                kind,
            };
            said(lang, "conflict", &w.conflict(&c), &en.conflict(&c));
        }
        said(lang, "source", &w.source(&source()), &en.source(&source()));
        said(lang, "no record", &w.no_record("Ops"), &en.no_record("Ops"));
        said(lang, "as of", &w.bad_as_of("x"), &en.bad_as_of("x"));
        said(
            lang,
            "conflicts",
            &w.check_conflicts(2),
            &en.check_conflicts(2),
        );
        said(
            lang,
            "not applied",
            &w.check_not_applied(2),
            &en.check_not_applied(2),
        );
        said(
            lang,
            "imported",
            &w.imported("p", 1, 2, 3),
            &en.imported("p", 1, 2, 3),
        );
        said(
            lang,
            "intro",
            &w.record_intro(None, 3, 1),
            &en.record_intro(None, 3, 1),
        );
    }
}

/// The part dialog's pickers and the part list (issue 13) are worded in
/// both languages, each naming what it is about.
#[test]
fn part_dialog_and_part_list_words_are_said_in_both_languages() {
    let en: &dyn Words = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let pairs: [(&str, String, String); 10] = [
            (
                "no entries",
                w.part_no_entries("Sales", w.role_list(RoleList::Domain)),
                en.part_no_entries("Sales", en.role_list(RoleList::Domain)),
            ),
            (
                "no sub-circles",
                w.part_no_sub_circles(),
                en.part_no_sub_circles(),
            ),
            (
                "this circle",
                w.part_this_circle("Ops"),
                en.part_this_circle("Ops"),
            ),
            (
                "circle wide",
                w.part_circle_wide().to_owned(),
                en.part_circle_wide().to_owned(),
            ),
            (
                "on domain",
                w.part_on_domain("Bank", "Finance"),
                en.part_on_domain("Bank", "Finance"),
            ),
            (
                "none",
                w.parts_none().to_owned(),
                en.parts_none().to_owned(),
            ),
            (
                "pick",
                w.parts_pick().to_owned(),
                en.parts_pick().to_owned(),
            ),
            (
                "editing",
                w.part_editing(2, "Role X"),
                en.part_editing(2, "Role X"),
            ),
            (
                "confirm",
                w.confirm_remove_part(2, "Role X"),
                en.confirm_remove_part(2, "Role X"),
            ),
            (
                "nothing to pick",
                w.part_nothing_to_pick(),
                en.part_nothing_to_pick(),
            ),
        ];
        for (what, ours, theirs) in pairs {
            said(lang, what, &ours, &theirs);
        }
        assert!(w.part_no_entries("Sales", "x").contains("Sales"));
        assert!(w.part_this_circle("Ops").contains("Ops"));
        let on = w.part_on_domain("Bank", "Finance");
        assert!(on.contains("Bank") && on.contains("Finance"), "{on}");
        let confirm = w.confirm_remove_part(2, "Role X");
        assert!(
            confirm.contains('2') && confirm.contains("Role X"),
            "{confirm}"
        );
        assert!(w.part_editing(2, "Role X").contains("Role X"));
        // A sub-circle's role in a picker: its name and its circle.
        let inside = w.part_in_circle("Lead finder", "Sales");
        assert!(inside.contains("Lead finder") && inside.contains("Sales"));
    }
}
