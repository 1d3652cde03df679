//! Minutes and the JSON export of a consent meeting: the driver instead of
//! tension and example, quick reactions, each consent round with its
//! concerns (logged, not blocking) and objections, how each objection was
//! resolved, and the agreement with its review date and criteria.

use crate::support::consent as consent_support;

use spanning::meeting::RuleSet;
use spanning::minutes::{export_json, markdown};
use spanning::text::Lang;

#[test]
fn english_minutes_tell_the_consent_story() {
    let session = consent_support::consent_meeting();
    let md = markdown(&session, Lang::En.words());
    let expect = [
        "- Rules: consent decision-making (Sociocracy 3.0 style)",
        "- Review date: 2027-02-22",
        "- Evaluation criteria: Share of stories reworked",
        "- Objection 1 by Noor was resolved in v3.",
        "- Concern logged by Pieter: Mondays are already full of meetings.",
        "#### Driver",
        "**Situation**",
        "> Designs reach developers after the sprint has started.",
        "**Impact**",
        "#### Round of quick reactions",
        "- Joost (00:37): Love it, long overdue.",
        "#### Consent round on v2",
        "- Pieter (00:37): concern (logged, not blocking): Mondays are already full of meetings.",
        "- Noor (00:37): objection 1: The mobile team plans on Tuesdays",
        "- Objection 1 by Noor (against v2)",
        "  - **resolved in v3, confirmed by the objector**",
        "#### Consent round on v3",
        "**v3** · 10:49 · amended for objection 1 · **adopted**",
        "- **Effect**: Not stated.",
    ];
    for line in expect {
        assert!(md.contains(line), "missing {line:?} in\n{md}");
    }
    assert!(
        !md.contains("#### Tension"),
        "no tension under consent rules"
    );
    assert!(!md.contains("Holacracy"));
    // Deterministic: the same session gives the same document.
    assert_eq!(md, markdown(&session, Lang::En.words()));
}

#[test]
fn dutch_minutes_use_the_dutch_words() {
    let session = consent_support::consent_meeting();
    let md = markdown(&session, Lang::Nl.words());
    for line in [
        "besluitvorming met consent (in de stijl van Sociocratie 3.0)",
        "- Evaluatiedatum: 2027-02-22",
        "#### Drijfveer",
        "#### Snelle reactieronde",
        "#### Consentronde over v2",
        "zorg (vastgelegd, blokkeert niet): Mondays are already full",
        "- Bezwaar 1 van Noor (tegen v2)",
        "opgelost in v3, bevestigd door de bezwaarmaker",
        "- Zorg van Pieter vastgelegd: Mondays are already full of meetings.",
    ] {
        assert!(md.contains(line), "missing {line:?} in\n{md}");
    }
}

#[test]
fn the_json_export_carries_driver_turns_and_review() {
    let session = consent_support::consent_meeting();
    let json = export_json(&session);
    assert_eq!(json["setup"]["rules"], "consent");
    let item = &json["state"]["agenda"][0];
    assert_eq!(
        item["driver"]["need"],
        "Developers see the designs before they plan."
    );
    assert_eq!(item["review"]["date"], "2027-02-22");
    let turns = item["consent_turns"].as_array().expect("turns");
    assert_eq!(turns.len(), 8);
    assert_eq!(turns[1]["answer"]["answer"], "concern");
    assert_eq!(turns[2]["answer"]["answer"], "objection");
    assert_eq!(turns[2]["objection"], 1);
    assert_eq!(item["concerns"][0]["integrated_in"], 3);
    // An integrative item exports no consent fields.
    let setup = spanning::meeting::Setup {
        rules: RuleSet::Integrative,
        ..consent_support::consent_setup(Lang::En)
    };
    let session = spanning::meeting::Session::open(setup).expect("valid");
    let json = export_json(&session);
    assert!(json["state"].get("rules").is_none());
}
