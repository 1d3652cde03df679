//! The diff panel (issue 13): on the proposal-bearing screens each part of
//! the proposal under decision reads as before → after against the
//! circle's record at the meeting's start, with marks (`+` `−` `→`), never
//! colour alone; cut at 80x24 with "N more lines".

use spanning::meeting::{Command, Part, PersonId, RoleList, Target};
use spanning::text::Lang;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::{App, TuiOptions};

use crate::support::governance as gov;
use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;

use gov::finance_record as record;

/// A meeting of the same circle in `lang`, presenting a proposal with
/// `parts`.
fn presenting(lang: Lang, parts: &[Part]) -> Script {
    let mut script = Scenario::new(
        "Governance",
        "Product circle",
        tui_support::start(),
        &gov::PEOPLE,
    )
    .lang(lang)
    .open();
    script.run(Command::StartCheckIn);
    script.finish_round();
    script.run(Command::OpenAgenda);
    gov::present(&mut script, "Budget", PersonId(2), parts);
    script
}

fn parts() -> Vec<Part> {
    vec![
        Part::AddEntry {
            role: Target::named("Financiën"),
            list: RoleList::Accountability,
            text: "Publishing the budget".to_owned(),
        },
        Part::ChangePolicy {
            policy: Target::named("Spending limit"),
            title: "Spending limit".to_owned(),
            text: "Up to 500 euro without asking".to_owned(),
            scope: None,
        },
        Part::RemoveRole {
            role: Target::named("Archivist"),
        },
    ]
}

fn app(script: &Script, with_record: bool) -> App {
    let options = TuiOptions {
        governance: with_record.then(|| RecordAtStart::ready(record(), "now")),
        ..TuiOptions::default()
    };
    script.app_with(&options)
}

#[test]
fn each_part_reads_before_and_after_with_marks() {
    let script = presenting(Lang::En, &parts());
    let shown = tui_support::render(&mut app(&script, true), 160, 48);
    assert!(shown.contains("Changes to the record:"), "{shown}");
    assert!(shown.contains("→ Role Financiën"), "{shown}");
    assert!(
        shown.contains("+ Accountability: Publishing the budget"),
        "{shown}"
    );
    // The policy's text before (from the record) and after.
    assert!(shown.contains("− Up to 200 euro without asking"), "{shown}");
    assert!(shown.contains("+ Up to 500 euro without asking"), "{shown}");
    // A role the record does not hold is said to be missing.
    assert!(
        shown.contains("− Role Archivist (not in the record)"),
        "{shown}"
    );
}

#[test]
fn the_diff_follows_the_proposal_through_its_steps() {
    let mut script = presenting(Lang::En, &parts());
    gov::to_objections(&mut script);
    let shown = tui_support::render(&mut app(&script, true), 160, 48);
    assert!(
        shown.contains("+ Accountability: Publishing the budget"),
        "{shown}"
    );
}

/// Amend and clarify once amended marks what changed in the text, and the
/// parts the amendment keeps stay listed under it (they were dropped from
/// that panel: found playing a meeting in tmux), en and nl.
#[test]
fn an_amended_proposal_keeps_its_parts_in_sight() {
    for lang in [Lang::En, Lang::Nl] {
        let heading = format!("{}:", lang.words().diff_title());
        let mut script = presenting(lang, &parts());
        script.run(Command::OpenClarifyingQuestions);
        script.run(Command::OpenReactionRound);
        script.finish_round();
        script.run(Command::OpenAmendAndClarify);
        script.run(Command::AmendProposal {
            text: "Change Budget, and say so in the newsletter".to_owned(),
            for_objection: None,
        });
        let shown = tui_support::render(&mut app(&script, true), 160, 48);
        assert!(shown.contains("{+"), "{lang:?}: the text's marks\n{shown}");
        assert!(shown.contains(&heading), "{lang:?}: the parts\n{shown}");
        assert!(
            shown.contains("Publishing the budget"),
            "{lang:?}: the parts\n{shown}"
        );
    }
}

/// A part changing a core role names it in the meeting's language, as the
/// governance view and the record do ("Rol Secretary" in a Dutch meeting's
/// proposal panel: found playing a meeting in tmux), en and nl.
#[test]
fn a_core_role_in_a_part_reads_in_the_meetings_language() {
    use spanning::record::governance::CoreRole;
    let part = Part::AddEntry {
        role: Target::named("Secretary"),
        list: RoleList::Accountability,
        text: "Sending the agenda".to_owned(),
    };
    for lang in [Lang::En, Lang::Nl] {
        let words = lang.words();
        let script = presenting(lang, std::slice::from_ref(&part));
        let shown = tui_support::render(&mut app(&script, true), 160, 48);
        let name = words.diff_role(words.core_role(CoreRole::Secretary));
        assert!(shown.contains(&name), "{lang:?}: {name}\n{shown}");
        if lang == Lang::Nl {
            assert!(!shown.contains("Secretary"), "{lang:?}\n{shown}");
        }
    }
}

#[test]
fn without_a_record_the_parts_show_as_given() {
    let script = presenting(Lang::En, &parts());
    let shown = tui_support::render(&mut app(&script, false), 160, 48);
    assert!(
        shown.contains("+ Accountability: Publishing the budget"),
        "{shown}"
    );
    assert!(!shown.contains("not in the record"), "{shown}");
}

#[test]
fn a_long_diff_is_cut_with_how_many_more_at_80x24() {
    let many: Vec<Part> = (1..=12)
        .map(|n| Part::AddEntry {
            role: Target::named("Financiën"),
            list: RoleList::Accountability,
            text: format!("Duty number {n}"),
        })
        .collect();
    for (lang, more) in [(Lang::En, "more lines"), (Lang::Nl, "regels")] {
        let mut script = presenting(lang, &many);
        let shown = tui_support::render(&mut app(&script, true), 80, 24);
        assert!(shown.contains(more), "{shown}");
        assert!(!shown.contains("Duty number 12"), "{shown}");
        // The objection round gives the proposal half the screen: at
        // 160x48 every part fits.
        gov::to_objections(&mut script);
        let roomy = tui_support::render(&mut app(&script, true), 160, 48);
        assert!(roomy.contains("Duty number 12"), "{roomy}");
        assert!(!roomy.contains(more), "{roomy}");
    }
}

#[test]
fn diff_panel_snapshots() {
    for lang in [Lang::En, Lang::Nl] {
        let mut script = presenting(lang, &parts());
        let mut present = app(&script, true);
        gov::to_objections(&mut script);
        let mut objections = app(&script, true);
        for (name, app) in [("present", &mut present), ("objections", &mut objections)] {
            for (w, h) in [(80, 24), (160, 48)] {
                let terminal = tui_support::terminal(app, w, h);
                insta::assert_snapshot!(
                    format!("diff_{name}_{}_{w}x{h}", lang.code()),
                    terminal.backend()
                );
            }
        }
    }
}
