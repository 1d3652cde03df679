//! The argument's editor in the objection test keeps three rows at 80x24
//! however long the objection (it was one row): the objection is
//! shortened to fit, ending in "…", and Tab shows it whole and shortens
//! it again; nothing typed is lost on the way.

#![allow(clippy::unwrap_used)]

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{Command, Criterion, PersonId};
use spanning::text::Lang;
use spanning::text::tui::{KeyText, Label};
use tui_support::{Script, chars, key, render};

/// The objection's last words: shown only when it is whole.
const END: &str = "nobody has time for in a release week.";

/// An objection round with one long objection, asked to be tested, two
/// criteria ruled on with long arguments.
fn long_objection(lang: Lang) -> Script {
    let objection = format!(
        "Too much work for the release lead alone: the lead must also chase every \
         team for their changes, answer support questions about the last release, \
         check the wording with product and legal, translate the notes for the \
         Dutch customers, update the status page, write to the two partners who \
         resell us, keep the changelog, run the \
         release retrospective with every team that shipped, and post the notes in three channels before anything goes \
         out, which {END}"
    );
    let argument = "Releases would slow down because the lead must also chase every team \
                    for their changes and answer support on top of the release itself";
    let mut s = tui_support::amend(lang);
    s.run(Command::OpenObjectionRound)
        .say(&objection)
        .pass()
        .pass()
        .pass()
        .run(Command::RequestTest {
            concern: 1,
            by: PersonId(3),
        });
    for criterion in [Criterion::Harm, Criterion::Role] {
        s.run(Command::TestCriterion {
            concern: 1,
            criterion,
            argument: argument.into(),
            holds: true,
        });
    }
    s
}

fn opened(lang: Lang) -> spanning::tui::App {
    let mut app = long_objection(lang).app();
    key(&mut app, KeyCode::Char('T'));
    assert!(app.is_typing(), "{lang:?}: the test dialog is open");
    app
}

/// Rows inside the argument's editor, read off the screen: from its title
/// down to its bottom border.
fn editor_rows(screen: &str, lang: Lang) -> usize {
    let title = format!("┌ {} ", lang.words().label(Label::Argument));
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (top, col) = rows
        .iter()
        .enumerate()
        .find_map(|(i, r)| {
            let text: String = r.iter().collect();
            text.find(&title)
                .map(|byte| (i, text[..byte].chars().count()))
        })
        .unwrap_or_else(|| panic!("{lang:?}: no editor\n{screen}"));
    rows[top + 1..]
        .iter()
        .take_while(|r| r.get(col) == Some(&'│'))
        .count()
}

fn hint(lang: Lang, text: KeyText) -> String {
    lang.words().key_line(text).hints[0].text.clone()
}

#[test]
fn the_argument_editor_keeps_three_rows_at_80x24_with_a_long_objection() {
    for lang in Lang::ALL {
        let words = lang.words();
        let mut app = opened(lang);
        let screen = render(&mut app, 80, 24);
        let rows = editor_rows(&screen, lang);
        assert!(rows >= 3, "{lang:?}: {rows} rows to type in\n{screen}");
        let current = format!("▶ (c) {}", words.criterion(Criterion::CausedByProposal));
        assert!(
            screen.contains(&current),
            "{lang:?}: the criterion\n{screen}"
        );
        // Shortened, and saying so.
        assert!(!screen.contains(END), "{lang:?}: shortened\n{screen}");
        assert!(screen.contains("1. Chloë: Too much"), "{lang:?}\n{screen}");
        assert!(screen.contains('…'), "{lang:?}: cut with …\n{screen}");
        assert!(
            screen.contains(&hint(lang, KeyText::WholeObjection)),
            "{lang:?}: Tab is offered\n{screen}"
        );
        // Where the screen has room nothing is cut and no Tab is offered.
        let big = render(&mut app, 160, 48);
        assert!(big.contains("release week."), "{lang:?}: whole\n{big}");
        assert!(!big.contains(&hint(lang, KeyText::WholeObjection)), "{big}");
        assert!(editor_rows(&big, lang) >= 3);
    }
}

#[test]
fn tab_shows_the_objection_whole_and_shortens_it_again() {
    for lang in Lang::ALL {
        let mut app = opened(lang);
        chars(&mut app, "Only with this proposal");
        key(&mut app, KeyCode::Tab);
        let screen = render(&mut app, 80, 24);
        let flat = screen
            .replace(['│', '\n'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(END), "{lang:?}: whole after Tab\n{screen}");
        assert!(
            screen.contains(&hint(lang, KeyText::ShortObjection)),
            "{lang:?}: Tab shortens again\n{screen}"
        );
        assert!(editor_rows(&screen, lang) >= 3, "{lang:?}\n{screen}");
        assert!(screen.contains("Only with this proposal"), "{screen}");
        key(&mut app, KeyCode::Tab);
        let screen = render(&mut app, 80, 24);
        assert!(!screen.contains(END), "{lang:?}: shortened again\n{screen}");
        // The typed argument is untouched and is what is ruled on.
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Tab);
        assert!(!app.is_typing(), "{lang:?}: still asking for the ruling");
        let yes = if lang == Lang::Nl { 'j' } else { 'y' };
        key(&mut app, KeyCode::Char(yes));
        let item = app.session().state().active_item().cloned().unwrap();
        let concern = item.concern(1).unwrap();
        let last = concern.tests.last().unwrap();
        assert_eq!(last.criterion, Criterion::CausedByProposal);
        assert_eq!(last.argument, "Only with this proposal");
        assert!(last.holds);
    }
}

#[test]
fn a_long_objection_in_the_test_at_80x24_and_160x48_in_both_languages() {
    for lang in Lang::ALL {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = opened(lang);
            chars(&mut app, "Only with this proposal");
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("long_objection_test_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
        let mut app = opened(lang);
        key(&mut app, KeyCode::Tab);
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(
            format!("long_objection_whole_{}_80x24", lang.code()),
            terminal.backend()
        );
    }
}

/// Arguments shortened to one row free rows; those go back to the blank
/// rows between the objection, the criteria and the question before the
/// editor grows past its three rows (found playing a Dutch meeting).
#[test]
fn rows_freed_by_shortened_arguments_separate_the_question_again() {
    for lang in Lang::ALL {
        let mut s = tui_support::amend(lang);
        s.run(Command::OpenObjectionRound)
            .say(
                "Te veel werk voor de releasebeheerder alleen: die moet ook elk team achter \
                 de wijzigingen aan zitten, supportvragen over de vorige release beantwoorden, \
                 de tekst met product en juridisch afstemmen, de notities vertalen voor de \
                 Engelse klanten en ze in drie kanalen zetten voordat er iets uitgaat, en daar \
                 heeft niemand tijd voor in een releaseweek.",
            )
            .pass()
            .pass()
            .pass();
        for (criterion, argument) in [
            (
                Criterion::Harm,
                "Releases gaan trager omdat de releasebeheerder ook alle teams achter de \
                 wijzigingen aan moet zitten en support moet beantwoorden bovenop de release zelf",
            ),
            (
                Criterion::Role,
                "Het is mijn rol om releases uit te brengen",
            ),
        ] {
            s.run(Command::TestCriterion {
                concern: 1,
                criterion,
                argument: argument.into(),
                holds: true,
            });
        }
        let mut app = s.app();
        key(&mut app, KeyCode::Char('T'));
        let screen = render(&mut app, 80, 24);
        let words = lang.words();
        let heading = words.criterion_heading('c', words.criterion(Criterion::CausedByProposal));
        let rows: Vec<&str> = screen.lines().collect();
        let at = rows
            .iter()
            .position(|r| r.contains(&heading))
            .unwrap_or_else(|| panic!("{lang:?}: the question\n{screen}"));
        let above: String = rows[at - 1].chars().skip(3).take(74).collect();
        assert!(above.trim().is_empty(), "{lang:?}: a blank row\n{screen}");
        let harm = rows
            .iter()
            .find(|r| r.contains("(a)"))
            .unwrap_or_else(|| panic!("{lang:?}: (a)\n{screen}"));
        assert!(harm.contains('…'), "{lang:?}: (a) shortened\n{screen}");
        assert!(
            screen.contains("releaseweek."),
            "{lang:?}: objection whole\n{screen}"
        );
        assert!(editor_rows(&screen, lang) >= 3, "{lang:?}\n{screen}");
    }
}

/// The amend dialog in integration names the objection under its title:
/// a long one was cut after two rows without a sign. It now takes up to
/// three rows and ends in "…"; at 160x48 it is whole.
#[test]
fn the_integration_dialog_shortens_a_long_objection_with_a_sign() {
    for lang in Lang::ALL {
        let mut s = long_objection(lang);
        for (criterion, argument) in [
            (Criterion::CausedByProposal, "Only with this proposal"),
            (Criterion::NotSafeToTry, "Burn-out is known harm"),
        ] {
            s.run(Command::TestCriterion {
                concern: 1,
                criterion,
                argument: argument.into(),
                holds: true,
            });
        }
        s.run(Command::OpenIntegration);
        let mut app = s.app();
        key(&mut app, KeyCode::Char('a'));
        assert!(app.is_typing(), "{lang:?}: the amend dialog is open");
        let screen = render(&mut app, 80, 24);
        let rows: Vec<&str> = screen.lines().collect();
        let first = rows
            .iter()
            .position(|r| r.contains("1. Chloë: Too much work"))
            .unwrap_or_else(|| panic!("{lang:?}: the objection\n{screen}"));
        assert!(
            rows[first + 2].contains('…'),
            "{lang:?}: three rows, the last ending in …\n{screen}"
        );
        assert!(!screen.contains(END), "{lang:?}\n{screen}");
        let big = render(&mut app, 160, 48);
        let flat = big
            .replace(['│', '\n'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(END), "{lang:?}: whole at 160x48\n{big}");
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("long_objection_amend_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}
