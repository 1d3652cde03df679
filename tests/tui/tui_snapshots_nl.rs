//! The screens in Dutch at 80x24, the smallest comfortable size: Dutch
//! words run longer than English ones, so this is where a label gets cut
//! off. The scenes are the English ones (`tui_snapshots.rs`) with the
//! meeting held in Dutch; what people typed stays as typed.

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;
use tui_support::{Script, key};

#[test]
fn every_screen_in_dutch_at_80x24() {
    for (name, mut app) in tui_support::scenes_in(Lang::Nl) {
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(format!("nl_{name}_80x24"), terminal.backend());
    }
}

/// Dialogs and status lines the English snapshots leave out, because the
/// longest Dutch sentences are in them: leaving, ending an item, a refusal.
#[test]
fn dutch_confirmations_and_refusals_at_80x24() {
    let mut quit = tui_support::checkin_midway(Lang::Nl).app();
    key(&mut quit, KeyCode::Char('q'));
    let mut refused = tui_support::checkin_midway(Lang::Nl).app();
    key(&mut refused, KeyCode::Char('n'));
    let mut recorded = tui_support::checkin_midway(Lang::Nl).app();
    key(&mut recorded, KeyCode::Char('-'));
    let mut opening = Script::open(tui_support::setup_in(Lang::Nl)).app();
    key(&mut opening, KeyCode::Char('?'));
    for (name, mut app) in [
        ("confirm_quit", quit),
        ("refused_round_incomplete", refused),
        ("recorded_pass", recorded),
        ("opening_help", opening),
    ] {
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(format!("nl_{name}_80x24"), terminal.backend());
    }
}

#[test]
fn dutch_setup_and_too_small_screens() {
    let screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
        title: "Rolverleg".into(),
        circle: "Productcirkel".into(),
        participants: ["Ana", "Bram", "Chloë", "Dewi"]
            .map(spanning::meeting::Participant::named)
            .to_vec(),
        facilitator: 0,
        secretary: Some(1),
        timebox_minutes: Some(60),
        format: spanning::meeting::MeetingFormat::Governance,
        lang: Lang::Nl,
        opened_at: tui_support::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    });
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    insta::assert_snapshot!("nl_setup_80x24", terminal.backend());
    for w in [1u16, 10, 59, 60, 200, 400] {
        for h in [1u16, 5, 16, 30, 120] {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| screen.draw(f)).expect("draw");
        }
    }

    let mut app = tui_support::checkin_midway(Lang::Nl).app();
    let terminal = tui_support::terminal(&mut app, 59, 16);
    insta::assert_snapshot!("nl_too_small_59x16", terminal.backend());
}
