//! The election screens and dialogs: snapshots at 80x24 and 160x48 and in
//! Dutch at 80x24, the hidden-ballot rule on screen, and a whole election
//! driven by keys.

#![allow(clippy::unwrap_used)]

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, Ending, IdmStep, PersonId, Phase, Term};
use spanning::text::Lang;
use tui_support::{Script, chars, key, render};

const ANA: PersonId = PersonId(0);
const BRAM: PersonId = PersonId(1);
const CHLOE: PersonId = PersonId(2);
const DEWI: PersonId = PersonId(3);

/// Agenda with a tension and an election asked for after it.
fn agenda(lang: Lang) -> Script {
    let mut s = Script::open(tui_support::setup_in(lang));
    s.run(Command::StartCheckIn).finish_round();
    s.run(Command::OpenAgenda)
        .run(Command::AddItem {
            label: "Café budget".into(),
            owner: DEWI,
        })
        .run(Command::AddElection {
            role: "Facilitator".into(),
            owner: BRAM,
        });
    s
}

fn describe(lang: Lang) -> Script {
    let mut s = agenda(lang);
    s.run(Command::StartItem { item: None });
    s
}

fn described(lang: Lang) -> Script {
    let mut s = describe(lang);
    s.run(Command::DescribeRole {
        text: "Runs our governance and tactical meetings and protects the process.".into(),
        term: Term {
            months: 12,
            note: Some("until the summer retreat".into()),
        },
    });
    s
}

/// Two of four ballots in: Ana and Bram both nominated Dewi.
fn nominations(lang: Lang) -> Script {
    let mut s = described(lang);
    s.run(Command::OpenNominations)
        .run(Command::Nominate {
            voter: ANA,
            nominee: DEWI,
        })
        .run(Command::Nominate {
            voter: BRAM,
            nominee: DEWI,
        });
    s
}

fn sharing(lang: Lang) -> Script {
    let mut s = nominations(lang);
    s.run(Command::Nominate {
        voter: CHLOE,
        nominee: BRAM,
    })
    .run(Command::Nominate {
        voter: DEWI,
        nominee: BRAM,
    })
    .run(Command::OpenNominationSharing)
    .say("Dewi keeps us to time and is fair");
    s
}

fn changes(lang: Lang) -> Script {
    let mut s = sharing(lang);
    s.finish_round()
        .run(Command::OpenNominationChanges)
        .run(Command::ChangeNomination {
            voter: DEWI,
            nominee: CHLOE,
        })
        .run(Command::ChangeNomination {
            voter: DEWI,
            nominee: BRAM,
        });
    s
}

/// Dewi and Bram tied at two.
fn propose(lang: Lang) -> Script {
    let mut s = changes(lang);
    s.run(Command::OpenCandidateProposal);
    s
}

fn objections(lang: Lang) -> Script {
    let mut s = propose(lang);
    s.run(Command::ProposeCandidate {
        candidate: DEWI,
        term: None,
        for_objection: None,
    })
    .run(Command::OpenObjectionRound)
    .say("Dewi already holds two roles; a year overloads Operations.");
    s
}

fn integration(lang: Lang) -> Script {
    let mut s = objections(lang);
    s.finish_round()
        .run(Command::RecordObjection { concern: 1 })
        .run(Command::OpenIntegration);
    s
}

fn closed(lang: Lang) -> Script {
    let mut s = integration(lang);
    s.run(Command::ProposeCandidate {
        candidate: DEWI,
        term: Some(Term::months(6)),
        for_objection: None,
    })
    .run(Command::ConfirmObjector { concern: 1 })
    .run(Command::ConfirmProposer { concern: 1 })
    .run(Command::OpenObjectionRound)
    .finish_round()
    .run(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    })
    .run(Command::OpenClosingRound)
    .finish_round()
    .run(Command::OpenCloseOut)
    .run(Command::Dispose {
        item: spanning::meeting::ItemId(1),
        disposition: spanning::meeting::Disposition::LetGo,
    })
    .run(Command::CloseSession);
    s
}

pub(crate) fn scenes(lang: Lang) -> Vec<(&'static str, spanning::tui::App)> {
    let mut out = Vec::new();
    out.push(("election_agenda", agenda(lang).app()));
    let mut add = agenda(lang).app();
    key(&mut add, KeyCode::Char('v'));
    chars(&mut add, "Secretary");
    out.push(("election_add_form", add));
    out.push(("election_describe", describe(lang).app()));
    let mut form = described(lang).app();
    key(&mut form, KeyCode::Enter);
    out.push(("election_describe_form", form));
    out.push(("election_nominations_hidden", nominations(lang).app()));
    let mut nominate = nominations(lang).app();
    key(&mut nominate, KeyCode::Enter);
    chars(&mut nominate, "Dew");
    out.push(("election_nominate_form", nominate));
    let mut help = nominations(lang).app();
    key(&mut help, KeyCode::Char('?'));
    out.push(("election_nominations_help", help));
    let mut missing = nominations(lang).app();
    key(&mut missing, KeyCode::Char('n'));
    out.push(("election_ballots_missing", missing));
    out.push(("election_sharing_round", sharing(lang).app()));
    out.push(("election_changes", changes(lang).app()));
    let mut change = changes(lang).app();
    key(&mut change, KeyCode::Enter);
    out.push(("election_change_form", change));
    out.push(("election_propose_tie", propose(lang).app()));
    let mut pick = propose(lang).app();
    key(&mut pick, KeyCode::Enter);
    out.push(("election_propose_form", pick));
    out.push(("election_objections", objections(lang).app()));
    out.push(("election_integration", integration(lang).app()));
    let mut other = integration(lang).app();
    key(&mut other, KeyCode::Char('a'));
    out.push(("election_integration_propose_form", other));
    out.push(("election_summary", closed(lang).app()));
    out
}

#[test]
fn every_election_screen_at_80x24_and_160x48() {
    for (name, mut app) in scenes(Lang::En) {
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        }
    }
}

#[test]
fn every_election_screen_in_dutch_at_80x24() {
    for (name, mut app) in scenes(Lang::Nl) {
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(format!("nl_{name}_80x24"), terminal.backend());
    }
}

/// While ballots come in, the screen says who has nominated, never whom:
/// not in the list, not on the status line, not at any size.
#[test]
fn ballots_are_hidden_on_screen_until_all_are_in() {
    let mut app = nominations(Lang::En).app();
    for (w, h) in [(80, 24), (160, 48), (60, 16)] {
        let screen = render(&mut app, w, h);
        assert!(screen.contains("✓ Ana has nominated"), "{screen}");
        assert!(screen.contains("· Chloë has not nominated yet"), "{screen}");
        assert!(!screen.contains("nominated Dewi"), "{screen}");
        assert!(!screen.contains("Dewi:"), "no count yet: {screen}");
    }
    // Correcting Ana's ballot by keys: whom is typed masked, and a name
    // that is no one's is refused without echoing it.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Zed");
    key(&mut app, KeyCode::Enter);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("No single participant"), "{screen}");
    assert!(
        !screen.contains("Zed"),
        "typed text is never shown: {screen}"
    );
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    chars(&mut app, "chl");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("●●●"), "masked: {screen}");
    assert!(!screen.contains("chl"), "{screen}");
    key(&mut app, KeyCode::Enter);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Ana's nomination"), "{screen}");
    assert!(!screen.contains("Chloë:"), "{screen}");
    let e = app
        .session()
        .state()
        .active_item()
        .unwrap()
        .election()
        .cloned()
        .unwrap();
    assert_eq!(e.ballot_of(ANA).unwrap().nominee, CHLOE, "corrected");
    assert_eq!(e.corrections, 1);
    // The selection moved on to the first person without a ballot.
    key(&mut app, KeyCode::Enter);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Chloë"), "{screen}");
}

/// Asking for an election selects it: it goes first and nothing else may
/// start before it, so Enter starts it. The selection stayed on the tension
/// and Enter was refused (found playing a meeting in tmux), en and nl.
#[test]
fn an_election_just_asked_for_is_selected_and_enter_starts_it() {
    for lang in [Lang::En, Lang::Nl] {
        let mut s = Script::open(tui_support::setup_in(lang));
        s.run(Command::StartCheckIn).finish_round();
        s.run(Command::OpenAgenda).run(Command::AddItem {
            label: "Café budget".into(),
            owner: DEWI,
        });
        let mut app = s.app();
        chars(&mut app, "v");
        chars(&mut app, "Facilitator");
        key(&mut app, KeyCode::Enter);
        let state = app.session().state();
        assert!(state.agenda[0].is_election(), "{lang:?}");
        key(&mut app, KeyCode::Enter);
        assert_eq!(step(&app), Some(IdmStep::DescribeRole), "{lang:?}");
        assert_eq!(
            app.session().state().active_item().map(|i| i.label.clone()),
            Some("Facilitator".to_owned()),
            "{lang:?}"
        );
    }
}

/// The nominations list points at the selected voter, whose ballot Enter
/// opens: ↑ ↓ moved an invisible selection (found playing a meeting in
/// tmux), en and nl.
#[test]
fn the_nominations_list_points_at_the_voter_enter_opens() {
    for lang in [Lang::En, Lang::Nl] {
        let words = lang.words();
        let mut app = nominations(lang).app();
        let pointed = |app: &mut spanning::tui::App| {
            let screen = render(app, 80, 24);
            let lines: Vec<String> = screen
                .lines()
                .filter(|l| l.contains('▸'))
                .map(str::to_owned)
                .collect();
            assert_eq!(lines.len(), 1, "{lang:?}: one pointer\n{screen}");
            lines[0].clone()
        };
        // Ana and Bram have nominated: the meeting (here resumed) points
        // at the next one who has not, as the live meeting would.
        assert!(
            pointed(&mut app).contains(&words.not_nominated("Chloë")),
            "{lang:?}"
        );
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Up);
        assert!(
            pointed(&mut app).contains(&words.has_nominated("Ana")),
            "{lang:?}"
        );
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Down);
        let line = pointed(&mut app);
        assert!(
            line.contains(&words.not_nominated("Chloë")),
            "{lang:?}: {line}"
        );
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "Dewi");
        key(&mut app, KeyCode::Enter);
        let e = app
            .session()
            .state()
            .active_item()
            .unwrap()
            .election()
            .cloned()
            .unwrap();
        assert_eq!(e.ballot_of(CHLOE).unwrap().nominee, DEWI, "{lang:?}");
        // The pointer moved on to the next voter without a ballot.
        assert!(
            pointed(&mut app).contains(&words.not_nominated("Dewi")),
            "{lang:?}"
        );
    }
}

/// The line under the ballot dialog's title names the voter: choosing
/// another voter (Tab, a letter) changes it, so the screen never says
/// "Ana" over a ballot that is recorded as Dewi's.
#[test]
fn the_ballot_dialog_names_the_voter_chosen() {
    for (lang, title) in [
        (Lang::En, "Enter a nomination"),
        (Lang::Nl, "Een nominatie invoeren"),
    ] {
        let mut app = nominations(lang).app();
        // From Chloë, the next to nominate, up to Ana.
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Enter);
        let under_title = |app: &mut spanning::tui::App| {
            let screen = render(app, 80, 24);
            let lines: Vec<&str> = screen.lines().collect();
            let at = lines.iter().position(|l| l.contains(title)).unwrap();
            lines[at + 1].to_owned()
        };
        assert!(under_title(&mut app).contains("Ana"), "{lang:?}");
        key(&mut app, KeyCode::BackTab);
        chars(&mut app, "d");
        let line = under_title(&mut app);
        assert!(line.contains("Dewi"), "{lang:?}: {line}");
        assert!(!line.contains("Ana"), "{lang:?}: {line}");
        chars(&mut app, "c");
        key(&mut app, KeyCode::Tab);
        chars(&mut app, "Bra");
        key(&mut app, KeyCode::Enter);
        let e = app
            .session()
            .state()
            .active_item()
            .unwrap()
            .election()
            .cloned()
            .unwrap();
        assert_eq!(e.ballot_of(CHLOE).unwrap().nominee, BRAM, "{lang:?}");
    }
}

#[test]
fn an_election_driven_by_keys() {
    let mut app = tui_support::agenda(Lang::En).app();
    // Ask for an election: it goes to the top.
    key(&mut app, KeyCode::Char('v'));
    chars(&mut app, "Facilitator");
    key(&mut app, KeyCode::Enter);
    let state = app.session().state();
    assert!(state.agenda[0].is_election());
    assert_eq!(state.agenda[0].label, "Facilitator");
    // Start it and describe the role and term.
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    assert_eq!(step(&app), Some(IdmStep::DescribeRole));
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Runs our meetings");
    key(&mut app, KeyCode::Tab);
    // Months are a picker starting at 12: one down makes 13, one up back to 12.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::Nominations));
    // Four ballots, one by one: Enter, the nominee's name (or a unique
    // start of it) typed masked, Enter; the voter moves on by itself.
    for nominee in ["dewi", "Dewi", "br", "BRAM"] {
        key(&mut app, KeyCode::Enter);
        chars(&mut app, nominee);
        key(&mut app, KeyCode::Enter);
    }
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::NominationSharing));
    assert!(render(&mut app, 80, 24).contains("nominated Dewi"));
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('-'));
    }
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::NominationChanges));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ProposeCandidate));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Tie between"), "{screen}");
    // The picker offers only the tied leaders: Bram first, then Dewi.
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let e = app
        .session()
        .state()
        .active_item()
        .unwrap()
        .election()
        .cloned()
        .unwrap();
    let c = e.candidacy().unwrap();
    assert_eq!(c.candidate, DEWI);
    assert_eq!(c.tied, vec![BRAM, DEWI]);
    assert_eq!(c.term.months, 12);
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(step(&app), Some(IdmStep::ObjectionRound));
    let order = app.session().state().current_round().unwrap().order.clone();
    assert_eq!(order.last(), Some(&DEWI));
    assert!(render(&mut app, 80, 24).contains("Dewi (the candidate) is asked last"));
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('-'));
    }
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('y'));
    let state = app.session().state();
    assert_eq!(state.phase, Phase::Agenda);
    let elected = state.agenda[0].elected().unwrap();
    assert_eq!(
        (elected.person, elected.role.as_str()),
        (DEWI, "Facilitator")
    );
}

fn step(app: &spanning::tui::App) -> Option<IdmStep> {
    match app.session().state().phase {
        Phase::Item { step, .. } => Some(step),
        _ => None,
    }
}

/// An election ends as "elected", never "adopted" (#15): in the ending
/// dialog's confirmation, on the summary and in the minutes, en and nl.
#[test]
fn an_election_says_elected_everywhere() {
    for (lang, elected, adopted) in [
        (Lang::En, "elected", "adopted"),
        (Lang::Nl, "gekozen", "aangenomen"),
    ] {
        // The confirmation after choosing the first ending in the dialog.
        let mut s = objections(lang);
        s.finish_round();
        let mut app = s.app();
        tui_support::key(&mut app, KeyCode::Char('e'));
        let dialog = tui_support::render(&mut app, 120, 36);
        assert!(
            dialog.contains(elected),
            "{lang:?}: the dialog offers it\n{dialog}"
        );
        tui_support::key(&mut app, KeyCode::Enter);
        let confirm = tui_support::render(&mut app, 120, 36);
        assert!(
            confirm.contains(elected) && !confirm.contains(adopted),
            "{lang:?}: the confirmation\n{confirm}"
        );
        let session = closed(lang).session;
        let mut summary = closed(lang).app();
        let text = tui_support::render(&mut summary, 120, 36);
        assert!(text.contains(elected), "{lang:?}: the summary\n{text}");
        assert!(!text.contains(adopted), "{lang:?}: the summary\n{text}");
        let md = spanning::minutes::markdown(&session, lang.words());
        assert!(md.contains(elected), "{lang:?}: the minutes\n{md}");
        assert!(
            !md.contains(&format!("{adopted} (v")),
            "{lang:?}: the minutes\n{md}"
        );
    }
}

/// `n` after an objection round where nobody objected asks to end the
/// election as "elected" too, not only the ending dialog (`e`): found
/// playing a whole meeting, where `n` is the usual way out.
#[test]
fn next_step_after_a_clean_objection_round_asks_to_end_as_elected() {
    for (lang, elected, adopted) in [
        (Lang::En, "elected", "adopted"),
        (Lang::Nl, "gekozen", "aangenomen"),
    ] {
        let mut s = propose(lang);
        s.run(Command::ProposeCandidate {
            candidate: DEWI,
            term: None,
            for_objection: None,
        })
        .run(Command::OpenObjectionRound)
        .finish_round();
        let mut app = s.app();
        key(&mut app, KeyCode::Char('n'));
        let confirm = render(&mut app, 120, 36);
        let question = lang.words().confirm_ending(elected, "Facilitator");
        assert!(
            confirm.contains(&question),
            "{lang:?}: the confirmation\n{confirm}"
        );
        assert!(
            !confirm.contains(adopted),
            "{lang:?}: the confirmation\n{confirm}"
        );
        let yes = if lang == Lang::Nl { 'j' } else { 'y' };
        key(&mut app, KeyCode::Char(yes));
        // The status line that confirms it says so too.
        let after = render(&mut app, 120, 36);
        assert!(
            after.contains(elected) && !after.contains(adopted),
            "{lang:?}: the status line\n{after}"
        );
        let item = &app.session().state().agenda[0];
        assert_eq!(
            item.end.as_ref().map(|e| e.ending),
            Some(Ending::Adopted),
            "{lang:?}"
        );
    }
}

/// The nominee picker's line as drawn in the open dialog.
fn nominee_line(app: &mut spanning::tui::App, lang: Lang) -> String {
    let label = lang
        .words()
        .label(spanning::text::tui::Label::Nominee)
        .to_owned();
    render(app, 100, 30)
        .lines()
        .find(|l| l.contains(&format!("{label}:")))
        .unwrap_or_default()
        .to_owned()
}

/// "Change nomination" opens on the voter's current nominee (Ana
/// nominated Dewi), and the nominee follows when another voter is picked
/// (Dewi, who changed to Bram): Enter without a change changes nothing.
#[test]
fn change_nomination_opens_on_the_voters_current_nominee() {
    for lang in Lang::ALL {
        let mut app = changes(lang).app();
        // Dewi changed last: the meeting points at Dewi; up to Ana.
        key(&mut app, KeyCode::Enter);
        assert!(
            nominee_line(&mut app, lang).contains("‹ Bram ›"),
            "{lang:?}: Dewi's nominee"
        );
        key(&mut app, KeyCode::Esc);
        for _ in 0..3 {
            key(&mut app, KeyCode::Up);
        }
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the dialog is open");
        let line = nominee_line(&mut app, lang);
        assert!(line.contains("‹ Dewi ›"), "{lang:?}: {line}");
        // ↑ wraps from Ana to Dewi, the last voter.
        key(&mut app, KeyCode::Up);
        let line = nominee_line(&mut app, lang);
        assert!(line.contains("‹ Bram ›"), "{lang:?}: {line}");
    }
}

/// The term picker takes typed numbers: "2" then "4" is 24 months, "6"
/// alone is 6.
#[test]
fn the_term_picker_accepts_typed_numbers() {
    for lang in Lang::ALL {
        for (typed, months) in [("24", 24), ("6", 6), ("120", 120)] {
            let mut app = described(lang).app();
            key(&mut app, KeyCode::Enter);
            key(&mut app, KeyCode::Tab);
            chars(&mut app, typed);
            key(&mut app, KeyCode::Enter);
            let e = app
                .session()
                .state()
                .active_item()
                .unwrap()
                .election()
                .cloned()
                .unwrap();
            assert_eq!(e.term.unwrap().months, months, "{lang:?}: typed {typed}");
        }
    }
}

/// Once every ballot is in, the nominations header no longer says they
/// are hidden: it says all are in and which key reveals them (en and nl).
#[test]
fn the_nominations_header_says_when_all_ballots_are_in() {
    for (lang, all_in, waiting, next) in [
        (
            Lang::En,
            "all 4 ballots in",
            "hidden until all are in",
            "press n",
        ),
        (
            Lang::Nl,
            "alle 4 nominaties binnen",
            "verborgen tot alle binnen zijn",
            "druk n",
        ),
    ] {
        let mut s = nominations(lang);
        let screen = render(&mut s.app(), 160, 48);
        assert!(screen.contains(waiting), "{screen}");
        s.run(Command::Nominate {
            voter: CHLOE,
            nominee: DEWI,
        })
        .run(Command::Nominate {
            voter: DEWI,
            nominee: BRAM,
        });
        let screen = render(&mut s.app(), 160, 48);
        assert!(screen.contains(all_in), "{screen}");
        assert!(screen.contains(next), "{screen}");
        assert!(!screen.contains(waiting), "{screen}");
    }
}

/// In the term picker ↑ and → make the number of months larger, ↓ and ←
/// smaller, from the 12 it opens with; a list of people keeps ↑ as the
/// entry before.
#[test]
fn up_makes_the_term_longer() {
    for lang in Lang::ALL {
        for (keys, months) in [
            (&[KeyCode::Up][..], 13),
            (&[KeyCode::Up, KeyCode::Right][..], 14),
            (&[KeyCode::Down][..], 11),
            (&[KeyCode::Left, KeyCode::Left, KeyCode::Up][..], 11),
        ] {
            let mut app = described(lang).app();
            key(&mut app, KeyCode::Enter);
            key(&mut app, KeyCode::Tab);
            for k in keys {
                key(&mut app, *k);
            }
            key(&mut app, KeyCode::Enter);
            let e = app
                .session()
                .state()
                .active_item()
                .unwrap()
                .election()
                .cloned()
                .unwrap();
            assert_eq!(e.term.unwrap().months, months, "{lang:?}: {keys:?}");
        }
    }
    // People are not numbers: ↓ then ↑ is back on the first.
    let mut app = agenda(Lang::En).app();
    key(&mut app, KeyCode::Char('a'));
    chars(&mut app, "Cleaning");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    let state = app.session().state();
    let item = state.agenda.iter().find(|i| i.label == "Cleaning").unwrap();
    assert_eq!(state.name(item.owner), "Bram");
}
