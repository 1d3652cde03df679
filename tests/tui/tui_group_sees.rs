//! What the group must see at 80x24 (#15): the proposal under decision stays
//! on screen in every round about it, and whatever does not fit says how
//! much is cut off, in English and Dutch.

use crate::support::scenario::Scenario;
use crate::support::script::Script;
use crate::support::tui as tui_support;
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
