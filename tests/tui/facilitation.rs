//! Before and around the meeting, as the room sees it: the ready-to-start
//! screen with the clock not yet running, "speaking: X" on every step with
//! a speaker, and projector mode's large letters on a big terminal.

use crate::support::consent as consent_support;
use crate::support::scenario::Scenario;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::{ClockStart, Command};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, ThemeChoice, TuiOptions};
use tui_support::{Script, key, render};

/// A meeting opened on the ready screen, five minutes into the wait.
fn ready(lang: Lang) -> App {
    let script = Scenario::new(
        "Weekly governance",
        "Product circle",
        tui_support::start(),
        &["Ana", "Bram (Release lead)", "Chloë", "Dewi"],
    )
    .lang(lang)
    .clock_starts(ClockStart::CheckIn)
    .open();
    let mut app = script.app();
    app.tick(tui_support::at(300));
    app
}

#[test]
fn the_ready_screen_waits_with_the_clock_stopped() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = ready(lang);
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("ready_to_start_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
        let screen = render(&mut app, 80, 24);
        let (stopped, starts) = match lang {
            Lang::En => (
                "⏱ not started · 1:00:00 left",
                "start with the check-in round",
            ),
            Lang::Nl => (
                "⏱ niet gestart · 1:00:00 over",
                "starten met de incheckronde",
            ),
        };
        assert!(screen.contains(stopped), "{screen}");
        assert!(screen.contains(starts), "{screen}");
        // Enter starts the check-in, and with it the clock, at 0:00.
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.session().state().clock_from, Some(tui_support::at(300)));
        let screen = render(&mut app, 80, 24);
        let running = match lang {
            Lang::En => "⏱ 0:00 elapsed · 1:00:00 left",
            Lang::Nl => "⏱ 0:00 verstreken · 1:00:00 over",
        };
        assert!(screen.contains(running), "{screen}");
    }
}

/// Every step with a speaker says who it is, not only the rounds.
#[test]
fn every_step_with_a_speaker_says_who_is_speaking() {
    for lang in [Lang::En, Lang::Nl] {
        let label = match lang {
            Lang::En => "speaking",
            Lang::Nl => "aan het woord",
        };
        for (step, script, who) in [
            ("present proposal", tui_support::present(lang), "Bram"),
            ("clarifying questions", tui_support::questions(lang), "Bram"),
            ("amend and clarify", tui_support::amend(lang), "Bram"),
            (
                "integration",
                tui_support::integration(lang),
                "Chloë & Bram",
            ),
        ] {
            for (w, h) in [(80, 24), (160, 48)] {
                let screen = render(&mut script.app(), w, h);
                let expected = format!("▶ {label}: {who}");
                assert!(
                    screen.contains(&expected),
                    "{step} at {w}x{h} should show {expected:?}:\n{screen}"
                );
            }
        }
        // Under consent rules: the proposer presenting the driver, and the
        // objector with the proposer while an objection is resolved.
        for (step, stage) in [
            ("driver", consent_support::Stage::DriverHalf),
            ("resolve objections", consent_support::Stage::Resolving),
        ] {
            let mut app = consent_support::app(lang, stage);
            let state = app.session().state().clone();
            let item = state.active_item().expect("an item");
            let owner = state.name(item.owner).to_owned();
            let screen = render(&mut app, 80, 24);
            let expected = format!("▶ {label}: ");
            assert!(
                screen.contains(&expected) && screen.contains(&owner),
                "{step} should show {expected:?} with {owner}:\n{screen}"
            );
        }
        // Agenda building has nobody on the floor, and says nobody.
        let screen = render(&mut tui_support::agenda(lang).app(), 80, 24);
        assert!(!screen.contains(&format!("{label}:")), "{screen}");
    }
}

fn projector(script: &Script) -> App {
    App::new(
        script.session.clone(),
        Box::new(NoPersist),
        &TuiOptions {
            theme: ThemeChoice::HighContrast,
            large_text: true,
            ..TuiOptions::default()
        },
        script.now + chrono::TimeDelta::seconds(42),
    )
}

/// Projector mode writes the step and who has the floor in large letters
/// on a big terminal, and leaves a small one as it was.
#[test]
fn projector_mode_shows_step_and_speaker_in_large_letters_when_there_is_room() {
    for lang in [Lang::En, Lang::Nl] {
        for (name, script) in [
            ("checkin", tui_support::checkin_midway(lang)),
            ("present", tui_support::present(lang)),
        ] {
            let mut app = projector(&script);
            let big = tui_support::terminal(&mut app, 160, 48);
            insta::assert_snapshot!(
                format!("projector_{name}_{}_160x48", lang.code()),
                big.backend()
            );
            // At 80x24 the panels need every row: no large letters, the
            // same screen as without projector mode.
            let small = render(&mut app, 80, 24);
            let mut plain = script.app();
            plain.set_theme(ThemeChoice::HighContrast);
            assert_eq!(small, render(&mut plain, 80, 24), "{name} {lang:?}");
            let wide = render(&mut app, 160, 48);
            assert!(
                wide.contains('█') || wide.contains('▀') || wide.contains('▄'),
                "{name} {lang:?}:\n{wide}"
            );
        }
    }
}

/// NO_COLOR takes the colours away, not the large letters.
#[test]
fn large_letters_survive_no_color() {
    let script = tui_support::checkin_midway(Lang::En);
    let mut app = projector(&script);
    app.set_theme(ThemeChoice::NoColor);
    let terminal = tui_support::terminal(&mut app, 160, 48);
    let buffer = terminal.backend().buffer();
    assert!(
        buffer
            .content()
            .iter()
            .any(|c| c.symbol() == "▀" || c.symbol() == "█")
    );
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset)
    );
}

/// Undoing the check-in goes back to the ready screen with the clock stopped.
#[test]
fn undoing_the_check_in_returns_to_the_ready_screen() {
    let mut script = Scenario::new("W", "C", tui_support::start(), &["Ana", "Bram"])
        .clock_starts(ClockStart::CheckIn)
        .open();
    script.at(60, Command::StartCheckIn);
    script.at(5, Command::Undo);
    let screen = render(&mut script.app(), 80, 24);
    assert!(screen.contains("Ready to start"), "{screen}");
    assert!(screen.contains("not started"), "{screen}");
}
