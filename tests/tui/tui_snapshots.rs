//! Snapshots of every screen and dialog at 80x24 (the minimum comfortable
//! size) and 160x48 (a projector), with a fixed clock. Theme snapshots add
//! a style map so NO_COLOR and high contrast can be reviewed too.

use crate::support::tui as tui_support;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

#[test]
fn every_screen_at_80x24_and_160x48() {
    for (name, mut app) in tui_support::scenes() {
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
        }
    }
}

#[test]
fn too_small_terminal_says_so() {
    let (_, mut app) = tui_support::scenes().swap_remove(1);
    for (w, h) in [(59, 16), (60, 15), (30, 8)] {
        let terminal = tui_support::terminal(&mut app, w, h);
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), terminal.backend());
    }
}

/// Runs of equal style per row: where colour and modifiers are.
fn style_map(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let style = buffer[(x, y)].style();
            let start = x;
            while x < buffer.area.width && buffer[(x, y)].style() == style {
                x += 1;
            }
            if style.fg.is_some_and(|c| c != Color::Reset)
                || style.bg.is_some_and(|c| c != Color::Reset)
                || !style.add_modifier.is_empty()
            {
                let text: String = (start..x).map(|i| buffer[(i, y)].symbol()).collect();
                out.push_str(&format!(
                    "{y:>2}:{start:>3}-{x:<3} fg={:?} bg={:?} {:?} {:?}\n",
                    style.fg.unwrap_or(Color::Reset),
                    style.bg.unwrap_or(Color::Reset),
                    style.add_modifier,
                    text.trim_end()
                ));
            }
        }
    }
    out
}

#[test]
fn themes_carry_meaning_without_colour() {
    for (name, mut app) in tui_support::scenes() {
        if !name.starts_with("theme_") {
            continue;
        }
        let terminal = tui_support::terminal(&mut app, 80, 24);
        insta::assert_snapshot!(
            format!("{name}_styles"),
            style_map(terminal.backend().buffer())
        );
        if name == "theme_no_color" {
            for cell in terminal.backend().buffer().content() {
                assert!(cell.fg == Color::Reset && cell.bg == Color::Reset);
            }
        }
    }
}

#[test]
fn the_current_speaker_is_reversed_and_bold_in_every_theme() {
    for (name, mut app) in tui_support::scenes() {
        if name != "checkin_midway" && !name.starts_with("theme_no") {
            continue;
        }
        let terminal = tui_support::terminal(&mut app, 80, 24);
        let buffer = terminal.backend().buffer();
        let found = (0..buffer.area.height).any(|y| {
            (0..buffer.area.width).any(|x| {
                let cell = &buffer[(x, y)];
                cell.symbol() == "▶" && cell.modifier.contains(Modifier::REVERSED | Modifier::BOLD)
            })
        });
        assert!(found, "{name}: no reversed bold ▶ marker");
    }
}

#[test]
fn rendering_never_panics_from_1x1_to_400x120() {
    let sizes: Vec<(u16, u16)> = [
        1u16, 2, 5, 10, 20, 40, 59, 60, 61, 80, 100, 133, 160, 250, 400,
    ]
    .iter()
    .flat_map(|w| [1u16, 2, 3, 8, 15, 16, 17, 24, 30, 48, 80, 120].map(|h| (*w, h)))
    .collect();
    // Every language: longer words must not find an edge case English misses.
    for lang in spanning::text::Lang::ALL {
        for (name, mut app) in tui_support::scenes_in(lang) {
            for (w, h) in &sizes {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    tui_support::terminal(&mut app, *w, *h);
                }));
                assert!(result.is_ok(), "{lang:?} {name} panicked at {w}x{h}");
            }
        }
    }
}

#[test]
fn setup_screen() {
    let screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
        title: "Weekly governance".into(),
        circle: "Product circle".into(),
        participants: spanning::meeting::Participant::parse_list(
            "Ana, Bram (Release lead), Chloë, Dewi",
        ),
        facilitator: 0,
        secretary: Some(1),
        timebox_minutes: Some(60),
        format: spanning::meeting::MeetingFormat::Governance,
        lang: spanning::text::Lang::En,
        opened_at: tui_support::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    });
    for (w, h) in [(80, 24), (160, 48), (30, 10)] {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
        terminal.draw(|f| screen.draw(f)).expect("draw");
        insta::assert_snapshot!(format!("setup_{w}x{h}"), terminal.backend());
    }
    for w in [1u16, 10, 59, 60, 200, 400] {
        for h in [1u16, 5, 16, 30, 120] {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| screen.draw(f)).expect("draw");
        }
    }
}
