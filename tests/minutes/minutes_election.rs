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
