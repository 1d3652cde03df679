//! Minutes and export of a realistic meeting: the full Markdown as a
//! snapshot, escaping of hostile session text, and the JSON export.

use crate::support::common;

use common::{dutch_example_meeting, dutch_open_meeting, example_meeting, open_meeting};
use spanning::minutes::markdown;
use spanning::text::Lang;

#[test]
fn example_meeting_minutes() {
    let session = example_meeting();
    assert!(session.state().is_closed());
    insta::assert_snapshot!(markdown(&session, Lang::En.words()));
}

#[test]
fn open_meeting_minutes() {
    let session = open_meeting();
    insta::assert_snapshot!(markdown(&session, Lang::En.words()));
}

/// The same meeting as a Dutch team would read it afterwards: in the
/// language recorded in its setup.
#[test]
fn dutch_example_meeting_minutes() {
    let session = dutch_example_meeting();
    assert_eq!(session.setup().lang, Lang::Nl);
    insta::assert_snapshot!(markdown(&session, session.setup().lang.words()));
}

#[test]
fn dutch_open_meeting_minutes() {
    let session = dutch_open_meeting();
    insta::assert_snapshot!(markdown(&session, session.setup().lang.words()));
}

#[test]
fn dutch_minutes_use_dutch_dates_and_no_english_chrome() {
    let doc = markdown(&dutch_example_meeting(), Lang::Nl.words());
    assert!(doc.contains("22 november 2026, 14:05"), "{doc}");
    assert!(doc.contains("59 min 30 s"), "{doc}");
    for english in [
        "November",
        "Decisions",
        "Circle Operations",
        "adopted",
        "Objection round",
        "no objection",
        "Speaking time",
        "Holacracy Constitution",
    ] {
        assert!(
            !doc.contains(english),
            "English {english:?} in Dutch minutes:\n{doc}"
        );
    }
}

mod outputs_first {
    use super::*;

    #[test]
    fn decisions_and_actions_come_before_the_story() {
        let doc = markdown(&example_meeting(), Lang::En.words());
        let position = |needle: &str| {
            doc.find(needle)
                .unwrap_or_else(|| panic!("{needle:?} missing"))
        };
        let order = [
            "## Decisions",
            "## Next actions and projects",
            "## Shared information",
            "## Carried over and let go",
            "## Meeting",
            "## Check-in round",
            "## Agenda items",
            "## Closing round",
            "## Notes",
            "## Rulings",
            "## Speaking time",
        ];
        for pair in order.windows(2) {
            assert!(position(pair[0]) < position(pair[1]), "{pair:?}");
        }
        assert!(doc.starts_with("# Weekly governance\n"));
        assert!(doc.contains("Circle Operations, 22 November 2026, 14:05"));
        assert!(!doc.contains("Still open"));
    }

    #[test]
    fn open_meeting_says_where_it_stands() {
        let doc = markdown(&open_meeting(), Lang::En.words());
        assert!(doc.contains("**Still open.**"));
        assert!(doc.contains("item 2 “Website owner”, objection round"));
        assert!(doc.contains("- Chen: no turn yet"));
        assert!(doc.contains("so far"));
    }
}

mod escaping {
    use super::*;
    use chrono::{DateTime, FixedOffset};
    use common::{at, base, run};
    use spanning::meeting::{
        Command, Criterion, Disposition, Ending, ItemId, MeetingFormat, OutOfOrderKind, OutputKind,
        Participant, PersonId, RuleSet, Session, Setup, Speech,
    };

    /// Everything a hostile session file could put in a text field.
    const HOSTILE: &str = "# Heading\n| table | x |\n|---|---|\n<script>alert(1)</script>\n[link](x) ![img](y)\n```\nfenced\n```\n\u{1b}[31mred\u{1b}[0m \u{1b}]0;title\u{7}\n\u{202e}reversed\u{202c} \u{2067}iso\u{2069}\n- list\n+ plus\n1. one\n2) two\n===\n    indented code\n<!-- comment -->\n&#x202E; *em* _em_ ~~s~~ \\";

    /// A label is one to three words, so hostile labels have no spaces.
    const HOSTILE_LABEL: &str = "#|<b>*_[l](x)`~\u{1b}[2J\u{202e}";

    /// One meeting script with every free text produced by `text`, so a
    /// benign and a hostile run differ only in their texts.
    fn meeting(text: &dyn Fn(&str) -> String, label: &dyn Fn(&str) -> String) -> Session {
        let people = ["Ann", "Bob", "Cas"];
        let setup = Setup {
            title: text("Title"),
            circle: text("Circle"),
            lang: Lang::En,
            format: MeetingFormat::Governance,
            rules: RuleSet::Integrative,
            opened_at: base(),
            participants: people
                .iter()
                .map(|n| Participant {
                    name: label(n),
                    roles: vec![text("Role")],
                })
                .collect(),
            facilitator: PersonId(0),
            secretary: Some(PersonId(1)),
            timebox_minutes: Some(30),
            tactical_lists: Default::default(),
            clock_starts: Default::default(),
            offered: Vec::new(),
        };
        let mut session = Session::open(setup).expect("valid setup");
        let said = |t: &str| Command::Speak {
            person: None,
            speech: Speech::Said { text: text(t) },
        };
        let pass = Command::Speak {
            person: None,
            speech: Speech::Pass,
        };
        let script: Vec<(DateTime<FixedOffset>, Command)> = vec![
            (at(0, 10), Command::StartCheckIn),
            (at(0, 20), said("checkin")),
            (at(0, 30), pass.clone()),
            (
                at(0, 40),
                Command::Skip {
                    person: None,
                    reason: text("skip"),
                },
            ),
            (at(1, 0), Command::OpenAgenda),
            (
                at(1, 10),
                Command::AddItem {
                    label: label("Item"),
                    owner: PersonId(2),
                },
            ),
            (
                at(1, 15),
                Command::AddItem {
                    label: label("Later"),
                    owner: PersonId(1),
                },
            ),
            (at(1, 20), Command::StartItem { item: None }),
            (
                at(1, 30),
                Command::StateTension {
                    text: text("tension"),
                },
            ),
            (
                at(1, 40),
                Command::GiveExample {
                    text: text("example"),
                },
            ),
            (
                at(1, 50),
                Command::StateProposal {
                    text: text("proposal"),
                },
            ),
            (at(2, 0), Command::OpenClarifyingQuestions),
            (
                at(2, 10),
                Command::AskQuestion {
                    asker: PersonId(0),
                    text: text("question"),
                },
            ),
            (
                at(2, 20),
                Command::AnswerQuestion {
                    question: 1,
                    answer: Some(text("answer")),
                },
            ),
            (
                at(2, 30),
                Command::AskQuestion {
                    asker: PersonId(1),
                    text: text("reaction"),
                },
            ),
            (
                at(2, 40),
                Command::RuleQuestionOutOfOrder {
                    question: 2,
                    reason: text("ruling"),
                },
            ),
            (at(2, 50), Command::OpenReactionRound),
            (at(3, 0), said("reacts")),
            (at(3, 10), pass.clone()),
            (at(3, 20), Command::OpenAmendAndClarify),
            (
                at(3, 30),
                Command::Clarify {
                    text: text("clarify"),
                },
            ),
            (
                at(3, 40),
                Command::StartTimeOut {
                    requested_by: Some(PersonId(1)),
                    reason: text("timeout"),
                },
            ),
            (
                at(4, 40),
                Command::EndTimeOut {
                    note: Some(text("agreed")),
                },
            ),
            (at(4, 50), Command::OpenObjectionRound),
            (at(5, 0), said("concern one")),
            (
                at(5, 5),
                Command::RecordOutOfOrder {
                    person: Some(PersonId(2)),
                    kind: OutOfOrderKind::DiscussionInRound,
                    note: text("interrupt"),
                },
            ),
            (at(5, 10), said("concern two")),
            (at(5, 20), pass.clone()),
            (at(5, 30), Command::RecordObjection { concern: 1 }),
            (
                at(5, 40),
                Command::TestCriterion {
                    concern: 2,
                    criterion: Criterion::Harm,
                    argument: text("argument"),
                    holds: false,
                },
            ),
            (at(5, 50), Command::OpenIntegration),
            (
                at(6, 0),
                Command::AmendProposal {
                    text: text("amended"),
                    for_objection: Some(1),
                },
            ),
            (at(6, 10), Command::ConfirmObjector { concern: 1 }),
            (at(6, 20), Command::ConfirmProposer { concern: 1 }),
            (at(6, 30), Command::OpenObjectionRound),
            (at(6, 40), pass.clone()),
            (at(6, 50), pass.clone()),
            (at(7, 0), pass.clone()),
            (
                at(7, 10),
                Command::RecordOutput {
                    kind: OutputKind::NextAction,
                    owner: Some(PersonId(0)),
                    text: text("action"),
                    role: None,
                },
            ),
            (at(7, 15), Command::Note { text: text("note") }),
            (
                at(7, 20),
                Command::EndItem {
                    ending: Ending::Adopted,
                    reason: None,
                },
            ),
            (at(7, 30), Command::OpenClosingRound),
            (at(7, 40), said("closing")),
            (at(7, 50), pass.clone()),
            (at(8, 0), said("bye")),
            (at(8, 10), Command::OpenCloseOut),
            (
                at(8, 20),
                Command::Dispose {
                    item: ItemId(2),
                    disposition: Disposition::LetGo,
                },
            ),
            (at(8, 30), Command::CloseSession),
        ];
        run(&mut session, &script);
        session
    }

    fn benign() -> Session {
        meeting(&|t| t.to_owned(), &|t| t.to_owned())
    }

    fn hostile() -> Session {
        meeting(&|t| format!("{t} {HOSTILE}"), &|t| {
            format!("{t}{HOSTILE_LABEL}")
        })
    }

    /// The shape of a Markdown document: what kind each line is, outside
    /// blockquotes (whose length follows the text by design).
    fn skeleton(doc: &str) -> Vec<String> {
        doc.lines()
            .filter(|l| !(l.starts_with("> ") || *l == ">"))
            .map(|l| {
                let hashes = l.len() - l.trim_start_matches('#').len();
                if hashes > 0 {
                    format!("h{hashes}")
                } else if l.is_empty() {
                    "blank".to_owned()
                } else if l.starts_with("   - ") {
                    "li3".to_owned()
                } else if l.starts_with("  - ") {
                    "li2".to_owned()
                } else if l.starts_with("- ") {
                    "li".to_owned()
                } else if l.starts_with('|') {
                    format!("table{}", l.matches(" | ").count())
                } else if l.starts_with(|c: char| c.is_ascii_digit()) {
                    "ol".to_owned()
                } else {
                    "p".to_owned()
                }
            })
            .collect()
    }

    #[test]
    fn hostile_text_cannot_change_the_structure() {
        let plain = markdown(&benign(), Lang::En.words());
        let evil = markdown(&hostile(), Lang::En.words());
        assert_eq!(skeleton(&plain), skeleton(&evil));
        // Same number of blockquote blocks, each escaped line by line.
        let quotes = |d: &str| d.lines().filter(|l| l.starts_with('>')).count();
        assert!(quotes(&evil) > quotes(&plain));
    }

    #[test]
    fn hostile_text_cannot_reach_the_terminal() {
        let evil = markdown(&hostile(), Lang::En.words());
        for c in evil.chars() {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            assert!(c == '\n' || !(c.is_control() || bidi), "{c:?} in minutes");
        }
        assert!(
            evil.contains('\u{fffd}'),
            "removed controls must stay visible"
        );
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let evil = markdown(&hostile(), Lang::En.words());
        for raw in [
            "<script>",
            "```",
            "[link](x)",
            "![img]",
            "<!-- comment -->",
            "&#x202E;",
            "*em*",
            "_em_",
            "~~s~~",
        ] {
            assert!(!evil.contains(raw), "{raw:?} left unescaped");
        }
        for escaped in [
            "> proposal \\# Heading\\",
            "> \\| table \\| x \\|\\",
            "> \\|---\\|---\\|\\",
            "> \\<script\\>alert(1)\\</script\\>\\",
            "> \\[link\\](x) !\\[img\\](y)\\",
            "> \\`\\`\\`\\",
            "> \u{fffd}red\u{fffd} \u{fffd}\\",
            "> \u{fffd}reversed\u{fffd} \u{fffd}iso\u{fffd}\\",
            "> \\- list\\",
            "> \\+ plus\\",
            "> 1\\. one\\",
            "> 2\\) two\\",
            "> \\===\\",
            "> \u{a0}\u{a0}\u{a0}\u{a0}indented code\\",
            "> \\&\\#x202E; \\*em\\* \\_em\\_ \\~\\~s\\~\\~ \\\\\n",
        ] {
            assert!(evil.contains(escaped), "missing {escaped:?}");
        }
        // One-line places: headings, list entries and table cells.
        assert!(evil.contains("# Title \\# Heading \\| table \\| x \\|"));
        assert!(evil.contains("### 1. Item\\#\\|\\<b\\>\\*\\_\\[l\\](x)\\`\\~\u{fffd}\u{fffd}"));
        assert!(evil.contains("| Ann\\#\\|\\<b\\>"));
    }
}

mod export {
    use super::*;
    use spanning::meeting::{MeetingState, Recorded, Session, Setup};
    use spanning::minutes::{EXPORT_FORMAT, EXPORT_VERSION, export_json};

    #[test]
    fn export_round_trips_and_is_self_contained() {
        let session = example_meeting();
        let value = export_json(&session);
        let text = serde_json::to_string_pretty(&value).expect("serializes");
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("parses");
        assert_eq!(parsed, value);

        assert_eq!(parsed["format"], EXPORT_FORMAT);
        assert_eq!(parsed["version"], EXPORT_VERSION);
        let setup: Setup = serde_json::from_value(parsed["setup"].clone()).expect("setup");
        assert_eq!(&setup, session.setup());
        let events: Vec<Recorded> =
            serde_json::from_value(parsed["events"].clone()).expect("events");
        assert_eq!(events, session.log());

        // The exported setup and events alone rebuild the same meeting.
        let rebuilt = Session::from_log(setup, events).expect("valid log");
        assert_eq!(rebuilt.state(), session.state());
        let state: &MeetingState = session.state();
        assert_eq!(
            parsed["state"],
            serde_json::to_value(state).expect("state serializes")
        );
        assert_eq!(parsed["state"]["phase"]["phase"], "closed");
        assert_eq!(parsed["state"]["agenda"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn summary_counts_and_speaking_time() {
        let value = export_json(&example_meeting());
        let summary = &value["summary"];
        assert_eq!(summary["closed"], true);
        assert_eq!(summary["tally"]["items"], 3);
        assert_eq!(summary["tally"]["adopted"], 2);
        assert_eq!(summary["tally"]["ended_otherwise"], 1);
        assert_eq!(summary["tally"]["carried_over"], 1);
        let speaking = summary["speaking_time"].as_array().expect("array");
        let names: Vec<&str> = speaking.iter().filter_map(|p| p["name"].as_str()).collect();
        assert_eq!(
            names,
            [
                "Zoë van den Berg",
                "Bram de Vries",
                "Chen",
                "Daan",
                "Eline Brouwer"
            ]
        );
        assert_eq!(speaking[1]["seconds"], 215);
        assert_eq!(speaking[1]["person"], 1);
    }
}

mod changes {
    use super::*;
    use common::{BRAM, CHEN, ZOE, at, example_setup, run};
    use spanning::meeting::{Command, ItemId, Participant, Session, Speech};

    #[test]
    fn changes_the_state_no_longer_shows_are_listed() {
        let mut session = Session::open(example_setup()).expect("valid setup");
        let pass = Command::Speak {
            person: None,
            speech: Speech::Pass,
        };
        run(
            &mut session,
            &[
                (at(0, 10), Command::StartCheckIn),
                (
                    at(0, 20),
                    Command::AddParticipant {
                        participant: Participant {
                            name: "Fleur Jansen".to_owned(),
                            roles: vec!["Finance".to_owned()],
                        },
                    },
                ),
                (
                    at(0, 30),
                    Command::SetPresence {
                        person: CHEN,
                        present: false,
                        reason: Some("Doctor's appointment".to_owned()),
                    },
                ),
                (at(0, 40), Command::SetFacilitator { person: BRAM }),
                (at(0, 50), Command::SetSecretary { person: None }),
                (at(1, 0), Command::SetTimebox { minutes: Some(90) }),
                (
                    at(1, 10),
                    Command::SetPresence {
                        person: CHEN,
                        present: true,
                        reason: None,
                    },
                ),
                (at(1, 20), pass.clone()),
                (at(1, 30), pass.clone()),
                (at(1, 40), pass.clone()),
                (at(1, 50), pass.clone()),
                (at(2, 0), pass.clone()),
                // Fleur joined during the check-in, so she has a turn too.
                (at(2, 5), pass.clone()),
                (at(2, 10), Command::OpenAgenda),
                (
                    at(2, 20),
                    Command::AddItem {
                        label: "Coffee machine".to_owned(),
                        owner: ZOE,
                    },
                ),
                (at(2, 30), Command::RemoveItem { item: ItemId(1) }),
                (
                    at(2, 40),
                    Command::Note {
                        text: "typo".to_owned(),
                    },
                ),
                (at(2, 50), Command::Undo),
            ],
        );
        let doc = markdown(&session, Lang::En.words());
        for expected in [
            "## Changes during the meeting",
            "- 14:05 · Fleur Jansen joined",
            "- 14:05 · Chen left — Doctor's appointment",
            "- 14:05 · Bram de Vries facilitates from here on",
            "- 14:05 · no secretary from here on",
            "- 14:06 · timebox set to 1 h 30 min",
            "- 14:06 · Chen came back",
            "- 14:07 · “Coffee machine” taken off the agenda",
            "- 1 entry was corrected (undone)",
            "  - Fleur Jansen (Finance), joined later",
            "- Facilitator: Bram de Vries",
            "- Secretary: none",
        ] {
            assert!(doc.contains(expected), "missing {expected:?} in\n{doc}");
        }
        assert!(
            !doc.contains("typo"),
            "undone entries stay out of the minutes"
        );
    }
}

use crate::support::tactical as tactical_support;

mod tactical {
    //! Minutes of a tactical meeting: work per owner first, the reviews,
    //! and each item's triage instead of proposals and objections.

    use super::tactical_support;
    use spanning::minutes::{export_json, markdown};
    use spanning::text::Lang;

    #[test]
    fn tactical_minutes_name_no_rule_set() {
        for (lang, field, name) in [
            (Lang::En, "Rules:", "Holacracy"),
            (Lang::Nl, "Spelregels:", "Holacracy-constitutie"),
        ] {
            let s = tactical_support::closed(lang);
            let md = markdown(&s.session, lang.words());
            assert!(
                !md.contains(field),
                "{lang:?}: a tactical meeting has no rule set\n{md}"
            );
            assert!(!md.contains(name), "{lang:?}\n{md}");
            assert!(
                md.contains("Printer replacement decided"),
                "{lang:?}: the minutes are there"
            );
        }
        let governance = markdown(&super::example_meeting(), Lang::En.words());
        assert!(
            governance.contains("Rules:"),
            "governance minutes keep theirs"
        );
    }

    #[test]
    fn an_item_started_after_the_timebox_ran_out_has_no_share_of_0_s() {
        use spanning::meeting::Command;
        for (lang, zero) in [(Lang::En, "of 0 s"), (Lang::Nl, "van 0 s")] {
            let mut s = tactical_support::at_agenda(lang);
            s.at(4 * 3600, Command::StartItem { item: None });
            s.at(
                8,
                Command::Note {
                    text: "late".into(),
                },
            );
            let md = markdown(&s.session, lang.words());
            assert!(!md.contains(zero), "{lang:?}: no share of 0 s\n{md}");
            assert!(
                md.contains("8 s"),
                "{lang:?}: the time used is still there\n{md}"
            );
        }
    }

    #[test]
    fn tactical_minutes_list_work_per_owner_then_reviews_and_triage() {
        let s = tactical_support::closed(Lang::En);
        let md = markdown(&s.session, Lang::En.words());
        let per_owner = md
            .find("## Next actions and projects per owner")
            .expect("per-owner section");
        let info = md.find("## Shared information").expect("information");
        assert!(per_owner < info, "work first");
        let section = &md[per_owner..info];
        // Owners in seating order, each with their own list, roles said.
        let ana = section.find("### Ana").expect("Ana");
        let bram = section.find("### Bram").expect("Bram");
        let chloe = section.find("### Chloë").expect("Chloë");
        let dewi = section.find("### Dewi").expect("Dewi");
        assert!(ana < bram && bram < chloe && chloe < dewi);
        assert!(
            section
                .contains("- Next action: Call the printer vendor (as Infra), from “Printer jams”")
        );
        assert!(section.contains("- Project: Printer replacement decided (as Office)"));
        // A request Bram accepted in triage is a next action of his, listed
        // after his own next actions and before any project; the declined
        // one (to Finance) is nobody's work.
        let bram_list = &section[bram..chloe];
        let accepted = bram_list
            .find("- Accepted request: Call the vendor about the service contract, from “Printer jams”")
            .expect("Bram's accepted request in his list");
        assert!(
            bram_list
                .find("- Next action: Call the printer vendor")
                .is_some_and(|a| a < accepted)
        );
        assert!(
            !section.contains("new printer fits the budget"),
            "declined is not work"
        );
        assert!(
            !section.contains("second floor printer"),
            "information is not owned work"
        );
        assert!(
            !md.contains("## Decisions"),
            "no governance decisions section"
        );
        assert!(md.contains("- Format: tactical meeting"));
        assert!(md.contains("## Checklist"));
        assert!(md.contains("- Backups verified — Bram (Infra): ✓ check"));
        assert!(md.contains("- On-call rota published — Ana: ✗ no check — Rota slipped a week"));
        assert!(md.contains("## Metrics"));
        assert!(md.contains("- Open incidents — Bram (Infra): = 3 (was 7)"));
        assert!(md.contains("## Progress updates"));
        assert!(md.contains("- Status page — Eli (not here) (Comms): – no update"));
        assert!(md.contains("#### Need"));
        assert!(md.contains("1. to Bram: Call the vendor about the service contract — ✓ accepted"));
        assert!(
            md.contains("2. to Finance: Check whether a new printer fits the budget — ✗ declined")
        );
        assert!(md.contains("need met"));
        assert!(md.contains("cut off"));
        assert!(!md.contains("#### Tension"));
    }

    #[test]
    fn dutch_tactical_minutes_use_dutch_words() {
        let s = tactical_support::closed(Lang::Nl);
        let md = markdown(&s.session, Lang::Nl.words());
        assert!(md.contains("## Volgende acties en projecten per eigenaar"));
        assert!(md.contains("(als Infra), uit"));
        assert!(md.contains("## Kengetallen"));
        assert!(md.contains("werkoverleg"));
        assert!(md.contains("✓ toegezegd"), "a request is promised (#15)");
        assert!(
            md.contains("- Toegezegd verzoek: Call the vendor about the service contract, uit"),
            "an accepted request is Bram's next action: {md}"
        );
    }

    #[test]
    fn the_json_export_groups_work_per_owner_and_carries_the_triage() {
        let s = tactical_support::closed(Lang::En);
        let json = export_json(&s.session);
        let per_owner = json["summary"]["per_owner"].as_array().expect("per owner");
        let names: Vec<&str> = per_owner
            .iter()
            .map(|g| g["name"].as_str().unwrap_or("-"))
            .collect();
        assert_eq!(names, ["Ana", "Bram", "Chloë", "Dewi"]);
        assert_eq!(per_owner[1]["outputs"][0]["role"], "Infra");
        assert_eq!(
            per_owner[1]["accepted_requests"][0]["request"]["text"],
            "Call the vendor about the service contract",
            "Bram's accepted request goes with his work"
        );
        assert_eq!(
            per_owner[0]["accepted_requests"].as_array().map(Vec::len),
            Some(0)
        );
        assert_eq!(json["setup"]["format"], "tactical");
        assert_eq!(
            json["state"]["agenda"][0]["triage"]["requests"][1]["accepted"],
            false
        );
        assert_eq!(
            json["state"]["tactical"]["metrics"][0]["answer"]["text"],
            "3 (was 7)"
        );
    }
}

#[test]
#[ignore = "prints the tactical minutes for reading"]
fn print_tactical_minutes() {
    let s = tactical_support::closed(spanning::text::Lang::En);
    println!(
        "{}",
        spanning::minutes::markdown(&s.session, spanning::text::Lang::En.words())
    );
}
