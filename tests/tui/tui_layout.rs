//! Layout rules every language must keep at 80x24, the smallest comfortable
//! size. Snapshots show one language's screens as they are; these rules say
//! what must hold for any wording, so a longer word in a new translation
//! fails here with a name instead of silently cutting a label off.

use crate::support::tui as tui_support;

use spanning::text::tui::{Dialog, KeyText, Label, Prompt};
use spanning::text::{Lang, Words};
use spanning::tui::keys::{Action, hint_bindings};
use spanning::tui::screens::screen_of;
use unicode_width::UnicodeWidthStr;

const WIDTH: usize = 80;

/// Rows `text` takes when wrapped word by word at `width` columns.
fn rows(text: &str, width: usize) -> usize {
    let mut rows = 1;
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        if used == 0 {
            used = w;
        } else if used + 1 + w <= width {
            used += 1 + w;
        } else {
            rows += 1;
            used = w;
        }
    }
    rows
}

/// The frame keeps two rows for the facilitator's line; a third is lost.
#[test]
fn every_prompt_fits_in_two_rows() {
    let prompts = [
        Prompt::Opening,
        Prompt::CheckIn,
        Prompt::Agenda,
        Prompt::Present,
        Prompt::Questions,
        Prompt::Reactions,
        Prompt::Amend,
        Prompt::Objections,
        Prompt::Integration,
        Prompt::Closing,
        Prompt::CloseOut,
        Prompt::Summary,
        Prompt::Testing,
        Prompt::TimeOut,
    ];
    for lang in Lang::ALL {
        for prompt in prompts {
            let text = format!("» {}", lang.words().prompt(prompt));
            assert!(
                rows(&text, WIDTH) <= 2,
                "{}: {prompt:?} needs more than two rows: {text}",
                lang.code()
            );
        }
    }
}

/// Key lines inside dialogs are one row; dialog titles sit in the border.
#[test]
fn dialog_titles_and_key_lines_fit_their_dialogs() {
    // A dialog at 80 columns is 76 wide: 74 inside the border.
    let inside = 74;
    let dialogs = [
        Dialog::Turn,
        Dialog::Concern,
        Dialog::Skip,
        Dialog::Order,
        Dialog::AddItem,
        Dialog::EditItem,
        Dialog::Tension,
        Dialog::Example,
        Dialog::Proposal,
        Dialog::Ask,
        Dialog::Answer,
        Dialog::RuleOut,
        Dialog::Clarify,
        Dialog::Amend,
        Dialog::AmendForObjection,
        Dialog::RequestTest,
        Dialog::SecretaryRuling,
        Dialog::Abandon,
        Dialog::Ending,
        Dialog::Output,
        Dialog::TimeOutStart,
        Dialog::TimeOutEnd,
        Dialog::OutOfOrder,
    ];
    for lang in Lang::ALL {
        let w = lang.words();
        for dialog in dialogs {
            let title = w.dialog(dialog);
            assert!(
                title.width() + 2 <= inside,
                "{}: title of {dialog:?} is cut: {title}",
                lang.code()
            );
        }
        for label in [Label::TestTitle, Label::HomeTitle, Label::SetupTitle] {
            let text = w.label(label);
            assert!(
                text.width() <= inside,
                "{}: {label:?} is cut: {text}",
                lang.code()
            );
        }
        for keys in [KeyText::EditKeys, KeyText::RulingKeys, KeyText::ConfirmKeys] {
            let text = w.key_text(keys);
            assert!(
                text.width() <= inside,
                "{}: {keys:?} is cut: {text}",
                lang.code()
            );
        }
        // Forms and the setup screen use the whole width, inside a border.
        for keys in [KeyText::FormKeys, KeyText::SetupKeys] {
            let text = w.key_text(keys);
            assert!(
                text.width() <= WIDTH - 2,
                "{}: {keys:?}: {text}",
                lang.code()
            );
        }
    }
}

fn rendered_rows(app: &mut spanning::tui::App) -> Vec<String> {
    tui_support::render(app, 80, 24)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The phase the meeting is in is never cut off the phase bar, and the key
/// hints fit the two bottom rows, from the first hint to how to leave:
/// hints that need a third row take it from the meeting itself.
#[test]
fn the_current_phase_and_every_key_hint_show_on_every_screen() {
    for lang in Lang::ALL {
        let w: &dyn Words = lang.words();
        let leave = format!("q  {}", w.key_action(Action::Quit));
        for (name, mut app) in tui_support::scenes_in(lang) {
            let screen = screen_of(app.session().state());
            let time_out = app.session().state().time_out.is_some();
            let first = hint_bindings(screen, time_out)
                .into_iter()
                .next()
                .map(|b| format!("{}  {}", b.cap(w), w.key_action(b.action)))
                .unwrap_or_default();
            let rows = rendered_rows(&mut app);
            let bar = &rows[1];
            if bar.contains('▶') && !bar.contains('┌') {
                assert!(bar.contains('◀'), "{}: {name}: bar cut: {bar}", lang.code());
            }
            if name != "presentation_mode" {
                // Two rows of hints, three where a step has that many keys.
                let bottom = rows[rows.len() - 3..].join("\n");
                // A dialog may cover the start of the hints, not their end.
                let covered = bottom.contains('└') || bottom.contains('│');
                assert!(
                    bottom.contains(&leave) && (covered || bottom.contains(&first)),
                    "{}: {name}: key hints cut:\n{bottom}",
                    lang.code()
                );
            }
        }
    }
}

/// A status line longer than its two rows (a long turn, a part with its
/// purpose and accountabilities) ends in "…" on the second row instead of
/// stopping mid-sentence (found playing a meeting at 80x24), en and nl.
#[test]
fn a_status_line_too_long_for_its_rows_ends_in_an_ellipsis() {
    use ratatui::crossterm::event::KeyCode;
    use spanning::text::Lang;
    let long = "We need to talk about the release calendar, the hotfix rule, \
                the freeze before each release, who tests what and when, and \
                how the customers hear about it all, before Friday comes";
    for lang in [Lang::En, Lang::Nl] {
        let mut app = crate::support::tui::checkin_midway(lang).app();
        crate::support::tui::key(&mut app, KeyCode::Enter);
        crate::support::tui::paste(&mut app, long);
        crate::support::tui::key(&mut app, KeyCode::Enter);
        let screen = crate::support::tui::render(&mut app, 80, 24);
        let lines: Vec<&str> = screen.lines().collect();
        let prefix = lang.words().recorded("");
        let first = lines
            .iter()
            .position(|l| l.starts_with(prefix.trim_end()))
            .unwrap_or_else(|| panic!("{lang:?}: the status\n{screen}"));
        assert!(
            lines[first + 1].trim_end().ends_with('…'),
            "{lang:?}: the second row\n{screen}"
        );
        assert!(
            lines[first].contains("We need to talk"),
            "{lang:?}: the first row\n{screen}"
        );
    }
}
