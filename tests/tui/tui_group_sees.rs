//! What the group must see at 80x24 (#15): the proposal under decision stays
//! on screen in every round about it, and whatever does not fit says how
//! much is cut off, in English and Dutch.

use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;
use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, PersonId};
use spanning::text::Lang;

const LONG: &str = "The Release lead writes release notes of at most five bullets for every release, \
posts them in the support channel before it goes out, keeps a changelog page in the wiki, \
asks support on Friday which questions customers asked about the release, and reports that \
in the next tactical meeting so the team hears what customers noticed.";

/// Six people, a proposal of five lines at 80 columns, in the objection
/// round after three of six turns.
fn six_in_objections(lang: Lang) -> Script {
    let setup = Scenario::new(
        "Weekly governance",
        "Product circle",
        tui_support::start(),
        &["Ana", "Bram", "Chloë", "Dewi", "Eva", "Femke"],
    )
    .lang(lang)
    .setup();
    let mut s = Script::open(setup);
    s.run(Command::StartCheckIn)
        .finish_round()
        .run(Command::OpenAgenda)
        .run(Command::AddItem {
            label: "Release notes".into(),
            owner: PersonId(1),
        })
        .run(Command::StartItem { item: None })
        .run(Command::StateTension {
            text: "Support hears about changes from customers.".into(),
        })
        .run(Command::StateProposal { text: LONG.into() })
        .run(Command::OpenClarifyingQuestions)
        .run(Command::OpenReactionRound)
        .finish_round()
        .run(Command::OpenAmendAndClarify)
        .run(Command::OpenObjectionRound)
        .say("Too much work for the release lead alone")
        .pass()
        .say("The wiki page duplicates the channel");
    s
}

fn screen(script: &Script) -> String {
    let mut app = script.app();
    tui_support::render(&mut app, 80, 24)
}

#[test]
fn the_objection_round_keeps_the_proposal_in_sight_at_80x24() {
    for (lang, more) in [(Lang::En, "more line"), (Lang::Nl, "▼ nog")] {
        let s = six_in_objections(lang);
        let text = screen(&s);
        assert!(
            text.contains("The Release lead writes release notes"),
            "{lang:?}: the proposal is on screen while the round runs\n{text}"
        );
        assert!(
            text.contains(more),
            "{lang:?}: cut text is announced\n{text}"
        );
        // Whose turn it is stays in sight, and the concerns raised so far.
        assert!(text.contains("▶ Femke"), "{lang:?}\n{text}");
        assert!(text.contains("1. Chloë: Too much work"), "{lang:?}\n{text}");
    }
}

#[test]
fn the_objection_round_with_concerns_shows_proposal_turns_and_concerns_at_80x24() {
    for (lang, more) in [(Lang::En, "more line"), (Lang::Nl, "▼ nog")] {
        let mut s = six_in_objections(lang);
        s.pass().say("Who writes them on holidays?").pass();
        let text = screen(&s);
        assert!(
            text.contains("The Release lead writes release notes"),
            "{lang:?}: the proposal under decision stays visible\n{text}"
        );
        assert!(
            text.contains("1. Chloë: Too much work"),
            "{lang:?}: the first concern\n{text}"
        );
        assert!(
            text.contains(more),
            "{lang:?}: hidden turns are counted\n{text}"
        );
    }
}

#[test]
fn a_round_too_long_for_its_box_says_how_much_is_below() {
    let mut s = six_in_objections(Lang::En);
    s.pass().say("Who writes them on holidays?").pass();
    let text = screen(&s);
    let turns_shown = ["Ana", "Bram", "Chloë", "Dewi", "Eva", "Femke"]
        .iter()
        .filter(|n| text.contains(&format!(" {n} (")) || text.contains(&format!(" {n}:")))
        .count();
    if turns_shown < 6 {
        assert!(
            text.contains("▼ "),
            "{turns_shown} of 6 turns and no marker\n{text}"
        );
    }
}

/// The same six people deciding the long proposal by consent, three
/// answers in, two of them long enough to wrap.
fn six_in_consent(lang: Lang) -> Script {
    use spanning::meeting::{ConsentAnswer, DriverPart, RuleSet};
    let setup = Scenario::new(
        "Product governance",
        "Product",
        tui_support::start(),
        &["Ana", "Bram", "Chloë", "Dewi", "Eva", "Femke"],
    )
    .lang(lang)
    .rules(RuleSet::Consent)
    .setup();
    let mut s = Script::open(setup);
    s.run(Command::StartCheckIn)
        .finish_round()
        .run(Command::OpenAgenda)
        .run(Command::AddItem {
            label: "Release notes".into(),
            owner: PersonId(1),
        })
        .run(Command::StartItem { item: None });
    for part in DriverPart::ALL {
        s.run(Command::DescribeDriver {
            part,
            text: "Support hears about changes from customers.".into(),
        });
    }
    s.run(Command::StateProposal { text: LONG.into() })
        .run(Command::OpenClarifyingQuestions)
        .run(Command::OpenReactionRound)
        .finish_round()
        .run(Command::OpenAmendAndClarify)
        .run(Command::OpenConsentRound);
    for answer in [
        ConsentAnswer::Consent,
        ConsentAnswer::Concern {
            text: "Fridays are busy, and asking support every week adds one more meeting to a full calendar.".into(),
        },
        ConsentAnswer::Objection {
            text: "The wiki page and the channel say the same thing twice; one of them will go stale within a month.".into(),
        },
    ] {
        s.run(Command::AnswerConsent {
            person: None,
            answer,
        });
    }
    s
}

#[test]
fn the_consent_round_shows_more_than_one_line_of_the_proposal_at_80x24() {
    for (lang, more) in [(Lang::En, "more line"), (Lang::Nl, "▼ nog")] {
        let text = screen(&six_in_consent(lang));
        assert!(
            text.contains("The Release lead writes release notes")
                && text.contains("release, posts them in the support channel")
                && text.contains("changelog page in the wiki"),
            "{lang:?}: three lines of the proposal under decision\n{text}"
        );
        assert!(
            text.contains(more),
            "{lang:?}: the rest is announced\n{text}"
        );
    }
}

const LONG_OBJECTION: &str = "The release lead alone cannot write notes for every release: \
we ship four times a week, the lead is also on call, and nobody covers when the lead is \
ill or on holiday, so the notes will be late exactly when customers need them most.";

/// Integration of three objections, the last one long (three lines at 80
/// columns), amended for and confirmed by its objector.
fn six_in_integration(lang: Lang) -> Script {
    use spanning::meeting::Criterion;
    let mut s = six_in_objections(lang);
    s.pass().say(LONG_OBJECTION).pass();
    for concern in [1, 2, 3] {
        for criterion in [
            Criterion::Harm,
            Criterion::Role,
            Criterion::CausedByProposal,
            Criterion::NotSafeToTry,
        ] {
            s.run(Command::TestCriterion {
                concern,
                criterion,
                argument: "holds".into(),
                holds: true,
            });
        }
    }
    s.run(Command::OpenIntegration)
        .run(Command::AmendProposal {
            text: format!("{LONG} A rotating helper covers."),
            for_objection: Some(3),
        })
        .run(Command::ConfirmObjector { concern: 3 });
    s
}

#[test]
fn integration_keeps_a_long_objections_confirmation_in_sight() {
    for (lang, objector) in [(Lang::En, "objector ✓"), (Lang::Nl, "bezwaarmaker ✓")] {
        let s = six_in_integration(lang);
        for (w, h) in [(80, 24), (120, 50)] {
            let mut app = s.app();
            // The long objection selected, so it is read in full.
            tui_support::key(&mut app, KeyCode::Down);
            tui_support::key(&mut app, KeyCode::Down);
            let text = tui_support::render(&mut app, w, h);
            assert!(
                text.contains("on holiday, so the notes will be late"),
                "{lang:?} {w}x{h}: the selected objection in full\n{text}"
            );
            assert!(
                text.contains(objector),
                "{lang:?} {w}x{h}: its confirmation on screen\n{text}"
            );
            assert!(
                text.contains("The Release lead writes release notes"),
                "{lang:?} {w}x{h}: and the proposal\n{text}"
            );
        }
    }
}
