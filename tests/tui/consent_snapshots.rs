//! Snapshots of the consent rule set's screens and dialogs at 80x24 and
//! 160x48, and in Dutch at 80x24: the driver, quick reactions, the consent
//! round (tally, current speaker, concern and objection dialogs),
//! resolving objections, the adoption dialog and the setup's rules choice.

use crate::support::consent as consent_support;
use crate::support::tui as tui_support;

use consent_support::{Stage, app};
use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;
use spanning::tui::App;
use tui_support::{chars, key};

pub(crate) fn scenes(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    out.push(("consent_driver", app(lang, Stage::DriverHalf)));
    let mut editing = app(lang, Stage::DriverHalf);
    key(&mut editing, KeyCode::Down);
    key(&mut editing, KeyCode::Down);
    key(&mut editing, KeyCode::Enter);
    chars(&mut editing, "Developers see the designs first");
    out.push(("consent_driver_editing", editing));
    out.push(("consent_driver_full", app(lang, Stage::DriverFull)));
    out.push(("consent_questions", app(lang, Stage::Questions)));
    out.push(("consent_quick_reactions", app(lang, Stage::QuickReactions)));
    out.push(("consent_round_midway", app(lang, Stage::ConsentMidway)));
    let mut turn = app(lang, Stage::ConsentMidway);
    key(&mut turn, KeyCode::Enter);
    out.push(("consent_turn_dialog", turn));
    let mut concern = app(lang, Stage::ConsentMidway);
    key(&mut concern, KeyCode::Char('k'));
    chars(&mut concern, "Mondays are full");
    out.push(("consent_concern_dialog", concern));
    let mut objection = app(lang, Stage::ConsentMidway);
    key(&mut objection, KeyCode::Char('x'));
    chars(&mut objection, "Too early for the mobile team");
    out.push(("consent_objection_dialog", objection));
    let mut help = app(lang, Stage::ConsentMidway);
    key(&mut help, KeyCode::Char('?'));
    out.push(("consent_round_help", help));
    out.push(("consent_round_objected", app(lang, Stage::ConsentObjected)));
    let mut requalify = app(lang, Stage::ConsentObjected);
    key(&mut requalify, KeyCode::Char('z'));
    chars(&mut requalify, "Checked with Noor: a worry, not a block");
    out.push(("consent_requalify_dialog", requalify));
    let (mut taken, clock) = consent_support::until(lang, Stage::ConsentObjected);
    taken
        .execute(
            &spanning::meeting::Command::RequalifyObjection {
                objection: 1,
                reason: "Checked with Noor: a worry, not a block.".into(),
            },
            consent_support::opened() + chrono::Duration::seconds(clock + 20),
        )
        .expect("requalified");
    out.push((
        "consent_round_requalified",
        App::new(
            taken,
            Box::new(spanning::tui::NoPersist),
            &spanning::tui::TuiOptions::default(),
            consent_support::opened() + chrono::Duration::seconds(clock + 40),
        ),
    ));
    out.push(("consent_resolve", app(lang, Stage::Resolving)));
    out.push(("consent_resolve_amended", app(lang, Stage::ResolveAmended)));
    let mut amend = app(lang, Stage::Resolving);
    key(&mut amend, KeyCode::Char('a'));
    out.push(("consent_resolve_amend_dialog", amend));
    out.push(("consent_round_complete", app(lang, Stage::ConsentComplete)));
    let mut adopt = app(lang, Stage::ConsentComplete);
    key(&mut adopt, KeyCode::Char('n'));
    chars(&mut adopt, "Rework share in sprint reviews");
    out.push(("consent_adopt_dialog", adopt));
    let mut bad_date = app(lang, Stage::ConsentComplete);
    key(&mut bad_date, KeyCode::Char('n'));
    chars(&mut bad_date, "Rework share");
    key(&mut bad_date, KeyCode::BackTab);
    for _ in 0..10 {
        key(&mut bad_date, KeyCode::Backspace);
    }
    chars(&mut bad_date, "next spring");
    key(&mut bad_date, KeyCode::Enter);
    out.push(("consent_adopt_bad_date", bad_date));
    out.push(("consent_summary", app(lang, Stage::Closed)));
    out
}

#[test]
fn consent_screens_at_80x24_and_160x48() {
    for (name, mut app) in scenes(Lang::En) {
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        }
    }
}

#[test]
fn consent_screens_in_dutch_at_80x24() {
    for (name, mut app) in scenes(Lang::Nl) {
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(format!("nl_{name}_80x24"), terminal.backend());
    }
}

#[test]
fn consent_screens_never_panic_at_any_size() {
    for (name, mut app) in scenes(Lang::En) {
        for (w, h) in [(60, 16), (61, 17), (100, 30), (240, 70)] {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                tui_support::render(&mut app, w, h)
            }));
            assert!(result.is_ok(), "{name} panicked at {w}x{h}");
        }
    }
}

#[test]
fn the_setup_screen_offers_the_rule_sets() {
    for lang in [Lang::En, Lang::Nl] {
        let screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
            title: "Product governance".into(),
            circle: "Product".into(),
            participants: spanning::meeting::Participant::parse_list("Noor, Joost, Fatima"),
            facilitator: 0,
            secretary: None,
            timebox_minutes: Some(60),
            lang,
            opened_at: consent_support::opened(),
            theme: spanning::tui::ThemeChoice::Default,
            rules: spanning::meeting::RuleSet::Consent,
            absent: String::new(),
            format: spanning::meeting::MeetingFormat::Governance,
        });
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
        terminal.draw(|f| screen.draw(f)).expect("draw");
        insta::assert_snapshot!(
            format!("consent_setup_{}_80x24", lang.code()),
            terminal.backend()
        );
    }
}

#[test]
fn whose_turn_it_is_stays_in_sight_at_the_smallest_size() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = app(lang, Stage::ConsentMidway);
        let screen = tui_support::render(&mut app, 60, 16);
        let now = if lang == Lang::En {
            "NOW: NOOR"
        } else {
            "NU: NOOR"
        };
        assert!(screen.contains(now), "{screen}");
        // The tally stays too: in words where they fit, else as marks.
        assert!(screen.contains("✓1") && screen.contains("◆1"), "{screen}");
    }
}

/// Consent is judged against the driver: it stays on screen during the
/// clarifying questions and the consent round, at 80x24 too, in both
/// languages (its title and its first part at least).
#[test]
fn the_driver_is_shown_during_questions_and_the_consent_round() {
    for lang in Lang::ALL {
        let title = lang
            .words()
            .label(spanning::text::tui::Label::Driver)
            .to_owned();
        for stage in [
            Stage::Questions,
            Stage::ConsentMidway,
            Stage::ConsentObjected,
        ] {
            for (w, h) in [(80, 24), (160, 48)] {
                let mut app = app(lang, stage);
                let screen = crate::support::tui::render(&mut app, w, h);
                assert!(
                    screen.contains(&title) && screen.contains("Designs reach developers"),
                    "{lang:?} {stage:?} {w}x{h}:\n{screen}"
                );
            }
        }
    }
}

/// The review date's label shows the format of the date it is pre-filled
/// with: Dutch pre-fills day first (06-03-2027) and the label said
/// JJJJ-MM-DD (found playing a meeting in tmux), en and nl.
#[test]
fn the_review_date_label_shows_the_format_it_is_filled_in() {
    let shape = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_alphanumeric() { '9' } else { c })
            .collect()
    };
    for lang in [Lang::En, Lang::Nl] {
        let mut adopt = app(lang, Stage::ConsentComplete);
        key(&mut adopt, KeyCode::Char('n'));
        let screen = tui_support::render(&mut adopt, 160, 48);
        let label = lang
            .words()
            .label(spanning::text::tui::Label::ReviewDate)
            .to_owned();
        let lines: Vec<&str> = screen.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains(&label))
            .unwrap_or_else(|| panic!("{lang:?}: the label\n{screen}"));
        // The field's box under the label holds the pre-filled date.
        let value: String = lines[at + 2]
            .split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .find(|t| t.len() == 10)
            .unwrap_or_else(|| panic!("{lang:?}: the date\n{screen}"))
            .to_owned();
        let hint = label
            .split(['(', ')'])
            .nth(1)
            .unwrap_or_else(|| panic!("{lang:?}: a format in {label}"));
        assert_eq!(shape(hint), shape(&value), "{lang:?}: {label} over {value}");
        let first = hint.split('-').next().unwrap_or_default();
        assert_eq!(
            first.len(),
            value.split('-').next().unwrap_or_default().len(),
            "{lang:?}: {label} over {value}"
        );
    }
}
