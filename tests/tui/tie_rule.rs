//! The tie rule shows on the propose-a-candidate screen only when the
//! count is tied, as in the minutes (issue 15).

use spanning::meeting::{Command, PersonId, Term};
use spanning::text::Lang;

use crate::support::script::Script;
use crate::support::tui as tui_support;

/// An election up to proposing a candidate, with the four ballots given.
fn at_proposal(lang: Lang, nominees: [u32; 4]) -> Script {
    let mut s = Script::open(tui_support::setup_in(lang));
    s.run(Command::StartCheckIn).finish_round();
    s.run(Command::OpenAgenda).run(Command::AddElection {
        role: "Facilitator".into(),
        owner: PersonId(1),
    });
    s.run(Command::StartItem { item: None })
        .run(Command::DescribeRole {
            text: "Runs our meetings".into(),
            term: Term {
                months: 12,
                note: None,
            },
        })
        .run(Command::OpenNominations);
    for (voter, nominee) in nominees.into_iter().enumerate() {
        s.run(Command::Nominate {
            voter: PersonId(voter as u32),
            nominee: PersonId(nominee),
        });
    }
    s.run(Command::OpenNominationSharing).finish_round();
    s.run(Command::OpenNominationChanges)
        .run(Command::OpenCandidateProposal);
    s
}

#[test]
fn the_tie_rule_shows_only_on_a_tie() {
    for (lang, rule) in [(Lang::En, "Tie rule"), (Lang::Nl, "Bij gelijke stand")] {
        for (w, h) in [(80, 24), (160, 48)] {
            // Dewi three, Bram one: no tie, no rule.
            let mut app = at_proposal(lang, [3, 3, 3, 1]).app();
            let screen = tui_support::render(&mut app, w, h);
            assert!(!screen.contains(rule), "{lang:?} {w}x{h}:\n{screen}");
            // Dewi two, Bram two: the tie and the rule.
            let mut app = at_proposal(lang, [3, 3, 1, 1]).app();
            let screen = tui_support::render(&mut app, w, h);
            assert!(screen.contains(rule), "{lang:?} {w}x{h}:\n{screen}");
        }
    }
}
