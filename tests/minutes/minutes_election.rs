//! Minutes and export of a meeting with an election: role, term, ballots as
//! shared, the corrected ballot, the change, the count with the tie and the
//! tie rule, the candidacies, the objection round and the result.

#![allow(clippy::unwrap_used)]

use crate::support::election as election_support;

use spanning::minutes;
use spanning::text::Lang;

#[test]
fn the_minutes_tell_the_whole_election() {
    let session = election_support::closed_meeting(Lang::En);
    let md = minutes::markdown(&session, Lang::En.words());
    for expected in [
        "### 1. Facilitator",
        "Election; candidacy v2 adopted at 10:19:",
        "**Chen elected as Facilitator for 6 months (until 2027-05-22); then review the load on Pastry**",
        "#### Role",
        "Runs our governance and tactical meetings and protects the process.",
        "12 months (until 2027-11-22); until the autumn retreat",
        "- Ana nominated Chen",
        "- Eva nominated Eva",
        "1 ballot corrected before sharing",
        "Eva changed from Eva to Bram",
        "- Chen: 2 nominations",
        "- Bram: 1 nomination",
        "Tie rule: on a tie for the most nominations",
        "v1: Chen, 12 months (until 2027-11-22); until the autumn retreat",
        "  - Tie between Chen and Daan: the facilitator proposes one of them.",
        "v2: Chen, 6 months (until 2027-05-22); then review the load on Pastry · 10:10 · amended for objection 1 · **elected**",
        "#### Nomination sharing round",
        "#### Objection round",
        "A year is too long while Chen also runs Pastry.",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
    // The mistyped ballot never appears: the corrected one replaced it.
    assert!(!md.contains("Eva nominated Bram"), "{md}");
    // The tension item that was carried over has no election sections.
    let coffee = &md[md.find("### 2. coffee budget").expect("item 2")..];
    assert!(!coffee.contains("#### Role"));
}

#[test]
fn the_dutch_minutes_say_it_in_dutch() {
    let session = election_support::closed_meeting(Lang::Nl);
    let md = minutes::markdown(&session, Lang::Nl.words());
    for expected in [
        "Chen gekozen als Facilitator voor 6 maanden (tot 22-05-2027)",
        "Ana nomineerde Chen",
        "Gelijke stand tussen Chen en Daan",
        "Bij gelijke stand: de gespreksleider",
        "1 nominatie gecorrigeerd voor het delen",
        "#### Nominatieronde",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
}

#[test]
fn ballots_not_yet_shared_are_counted_not_shown() {
    use spanning::meeting::{Command, Ending};
    let (mut session, _) = election_support::until_objection_round(Lang::En);
    // Rebuild up to the nominations only: undo back to two ballots.
    while !matches!(
        session.state().phase,
        spanning::meeting::Phase::Item {
            step: spanning::meeting::IdmStep::Nominations,
            ..
        }
    ) || session
        .state()
        .active_item()
        .and_then(|i| i.election())
        .is_some_and(|e| e.ballots.len() > 2)
    {
        let at = session.state().last_at + chrono::TimeDelta::seconds(1);
        session.execute(&Command::Undo, at).expect("undo");
    }
    let at = session.state().last_at + chrono::TimeDelta::seconds(1);
    session
        .execute(
            &Command::EndItem {
                ending: Ending::Unfinished,
                reason: None,
            },
            at,
        )
        .expect("unfinished");
    let md = minutes::markdown(&session, Lang::En.words());
    assert!(md.contains("2 ballots entered, not shared"), "{md}");
    assert!(!md.contains("nominated Chen"), "{md}");
    assert!(!md.contains("nominated Daan"), "{md}");
}

#[test]
fn the_export_lists_who_was_elected() {
    let session = election_support::closed_meeting(Lang::En);
    let doc = minutes::export_json(&session);
    let elected = &doc["summary"]["elected"][0];
    assert_eq!(elected["role"], "Facilitator");
    assert_eq!(elected["name"], "Chen");
    assert_eq!(elected["term"]["months"], 6);
    assert_eq!(elected["ends"], "2027-05-22");
    let item = &doc["state"]["agenda"][0];
    assert_eq!(item["election"]["ballots"].as_array().unwrap().len(), 5);
    assert_eq!(item["election"]["candidacies"][0]["tied"][1], 3);
    // A session without an election exports no "elected" key at all.
    let plain = spanning::meeting::Session::open(election_support::setup_in(Lang::En)).unwrap();
    assert!(
        minutes::export_json(&plain)["summary"]
            .get("elected")
            .is_none()
    );
}

/// The election item's part of the minutes: from its heading to the next item.
fn election_section(md: &str) -> &str {
    // The last "### 1." heading: the decisions summary names it first.
    let start = md.rfind("### 1. ").expect("item 1");
    let end = md[start..].find("### 2. ").map_or(md.len(), |e| start + e);
    &md[start..end]
}

/// The minutes follow the election as it happened: the ballots, then the
/// sharing round where they were explained, then the changes, the count,
/// the candidacies and their objection rounds, and the result last.
#[test]
fn the_sharing_round_comes_before_the_result() {
    for (lang, sharing, elected, changes) in [
        (
            Lang::En,
            "#### Nomination sharing round",
            "#### Elected",
            "#### Changed nominations",
        ),
        (
            Lang::Nl,
            "#### Nominatieronde",
            "#### Gekozen",
            "#### Gewijzigde nominaties",
        ),
    ] {
        let session = election_support::closed_meeting(lang);
        let md = minutes::markdown(&session, lang.words());
        let section = election_section(&md);
        let at = |text: &str| {
            section
                .find(text)
                .unwrap_or_else(|| panic!("missing {text:?} in:\n{section}"))
        };
        assert!(at(sharing) < at(changes), "{section}");
        assert!(at(changes) < at(elected), "{section}");
        // The result closes the item: nothing but the elected line after it.
        let last = section.rfind("#### ").expect("headings");
        assert_eq!(last, at(elected), "{section}");
    }
}

/// The tie rule is printed where it was applied (the example has a tie
/// between Chen and Daan), and not at all in an election without a tie.
#[test]
fn the_tie_rule_is_printed_only_on_a_tie() {
    use election_support::{BRAM, CHEN, DAAN};
    use spanning::meeting::{Command, Ending};
    for (lang, rule) in [(Lang::En, "Tie rule:"), (Lang::Nl, "Bij gelijke stand:")] {
        let tied = minutes::markdown(&election_support::closed_meeting(lang), lang.words());
        assert!(tied.contains(rule), "{tied}");
        // Bram nominates Chen instead of Daan: Chen leads alone.
        let script: Vec<Command> = election_support::script()
            .into_iter()
            .map(|c| match c {
                Command::Nominate {
                    voter: BRAM,
                    nominee: DAAN,
                } => Command::Nominate {
                    voter: BRAM,
                    nominee: CHEN,
                },
                other => other,
            })
            .collect();
        let mut played = crate::support::script::Script::open(election_support::setup_in(lang));
        played.run_all(script);
        let mut rest: Vec<Command> = (0..5).map(|_| crate::support::script::pass()).collect();
        rest.push(Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        });
        played.run_all(rest);
        let md = minutes::markdown(&played.session, lang.words());
        let section = election_section(&md);
        assert!(!section.contains(rule), "{section}");
        assert!(
            !section.contains("Tie between") && !section.contains("Gelijke stand"),
            "{section}"
        );
        assert!(section.contains("Chen"), "{section}");
    }
}

#[test]
fn election_minutes_snapshot() {
    let session = election_support::closed_meeting(Lang::En);
    let md = minutes::markdown(&session, Lang::En.words());
    insta::assert_snapshot!(election_section(&md));
}

#[test]
fn dutch_election_minutes_snapshot() {
    let session = election_support::closed_meeting(Lang::Nl);
    let md = minutes::markdown(&session, Lang::Nl.words());
    insta::assert_snapshot!(election_section(&md));
}
