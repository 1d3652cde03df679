//! A dialog's key line breaks between hints, never inside one (a Dutch
//! form at 80 columns showed "Esc =" at the end of a row and "annuleren"
//! on the next), and where a dialog is too narrow for every hint the ones
//! that may go are dropped before save and cancel: checked for every
//! dialog in English and Dutch at 80x24, the smallest size (60x16) and
//! 160x48; at 40x12 every screen asks for a larger terminal instead.

use crate::support::tui as tui_support;

use ratatui::crossterm::event::KeyCode;
use spanning::text::Lang;
use spanning::text::tui::{KeyLine, KeyText, Label};
use spanning::tui::App;
use spanning::tui::widgets::key_rows;
use strum::VariantArray;
use unicode_width::UnicodeWidthStr;

/// The key texts that are hints (the others are sentences).
const HINT_LINES: [KeyText; 7] = [
    KeyText::EditKeys,
    KeyText::LineKeys,
    KeyText::FormKeys,
    KeyText::ChoiceKeys,
    KeyText::ConfirmKeys,
    KeyText::RulingKeys,
    KeyText::SetupKeys,
];

fn lines(lang: Lang) -> Vec<KeyLine> {
    HINT_LINES
        .iter()
        .map(|t| lang.words().key_line(*t))
        .collect()
}

/// Every hint's text in `lang`, each with where its key's "=" ends.
fn hints(lang: Lang) -> Vec<String> {
    lines(lang)
        .into_iter()
        .flat_map(|l| l.hints.into_iter().map(|h| h.text))
        .collect()
}

/// Each place in `row` where a hint starts ("Esc =", "Tab ="): the row
/// goes on with the whole of some hint there. A hint cut at its end
/// ("Esc =" and then the border) fails.
fn assert_no_hint_cut(row: &str, hints: &[String], context: &str) {
    for hint in hints {
        let Some(eq) = hint.find(" =") else { continue };
        let head = &hint[..eq + 2];
        for (at, _) in row.match_indices(head) {
            let whole = hints.iter().any(|h| {
                h.find(head).is_some_and(|o| {
                    at >= o
                        && row
                            .get(at - o..)
                            .is_some_and(|rest| rest.starts_with(h.as_str()))
                })
            });
            assert!(whole, "{context}: a hint is cut in row {row:?}");
        }
    }
}

fn dialog_scenes(lang: Lang) -> Vec<(String, App)> {
    let mut out: Vec<(String, App)> = tui_support::scenes_in(lang)
        .into_iter()
        .map(|(n, a)| (n.to_owned(), a))
        .collect();
    for (name, app) in super::tui_tactical::scenes(lang)
        .into_iter()
        .chain(super::tui_election::scenes(lang))
        .chain(super::consent_snapshots::scenes(lang))
    {
        out.push((name.to_owned(), app));
    }
    // The question dialog of clarifying questions: a form of two fields.
    let mut ask = tui_support::questions(lang).app();
    tui_support::key(&mut ask, KeyCode::Char('a'));
    out.push(("ask_form".to_owned(), ask));
    out
}

#[test]
fn dialog_key_lines_break_between_hints_in_both_languages() {
    for lang in Lang::ALL {
        let hints = hints(lang);
        let mut forms = 0;
        for (name, mut app) in dialog_scenes(lang) {
            for (w, h) in [(80, 24), (60, 16), (160, 48)] {
                let screen = tui_support::render(&mut app, w, h);
                for row in screen.lines() {
                    assert_no_hint_cut(row, &hints, &format!("{lang:?} {name} {w}x{h}\n{screen}"));
                }
                // A typing dialog always says how to save and cancel.
                if app.is_typing() {
                    forms += 1;
                    let cancel = lang.words().key_line(KeyText::LineKeys).hints[1]
                        .text
                        .clone();
                    assert!(
                        screen.contains(&cancel),
                        "{lang:?} {name} {w}x{h}: {cancel} is shown\n{screen}"
                    );
                }
            }
        }
        assert!(forms > 20, "{lang:?}: the scenes open dialogs ({forms})");
    }
}

/// The Dutch form at 80 columns: its line breaks after a whole hint, the
/// row ending with the separator's "·" so it reads on.
#[test]
fn the_dutch_form_keys_at_80_columns_keep_esc_with_annuleren() {
    let mut app = tui_support::questions(Lang::Nl).app();
    tui_support::key(&mut app, KeyCode::Char('a'));
    let screen = tui_support::render(&mut app, 80, 24);
    assert!(screen.contains("Esc = annuleren"), "{screen}");
    assert!(screen.contains("Enter = bewaren ·"), "{screen}");
}

/// At 40x12 no dialog is drawn cut: every screen asks for a larger
/// terminal, in its language, whole.
#[test]
fn at_40x12_every_dialog_asks_for_a_larger_terminal() {
    for lang in Lang::ALL {
        let notice = lang.words().too_small(40, 12, 60, 16);
        for (name, mut app) in dialog_scenes(lang) {
            let screen = tui_support::render(&mut app, 40, 12);
            let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(flat, notice, "{lang:?} {name} at 40x12\n{screen}");
        }
    }
}

/// Every key line at every width from 12 to 120 columns and one to three
/// rows: no row is wider than the width, no hint is broken across rows,
/// the hints that must stay always show whole, and those that may go are
/// dropped only when the rows are too few for all.
#[test]
fn key_rows_keep_save_and_cancel_and_drop_the_rest_last_first() {
    let style = ratatui::style::Style::new();
    for lang in Lang::ALL {
        for text in KeyText::VARIANTS {
            let line = lang.words().key_line(*text);
            for width in 12..=120u16 {
                for max in 1..=3usize {
                    let rows: Vec<String> = key_rows(&line, width, max, style)
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                    let context = format!("{lang:?} {text:?} {width} cols, {max} rows: {rows:?}");
                    let fits_alone = line
                        .hints
                        .iter()
                        .all(|h| h.text.width() + 2 <= usize::from(width));
                    for row in &rows {
                        assert!(row.width() <= usize::from(width), "{context}");
                    }
                    if !fits_alone {
                        continue;
                    }
                    let shown: Vec<bool> = line
                        .hints
                        .iter()
                        .map(|h| rows.iter().any(|r| r.contains(&h.text)))
                        .collect();
                    for (hint, shown) in line.hints.iter().zip(&shown) {
                        if hint.keep {
                            assert!(shown, "{context}: {} is kept", hint.text);
                        }
                        // A hint is whole on one row or not there at all.
                        let first = hint.text.split(' ').next().unwrap_or_default();
                        if !shown {
                            assert!(
                                !rows
                                    .iter()
                                    .any(|r| r.ends_with(first)
                                        || r.ends_with(&format!("{first} ="))),
                                "{context}: {} is cut",
                                hint.text
                            );
                        }
                    }
                    // Dropped ones go from the last droppable one on, and
                    // only when all of them need more rows than there are.
                    let all = key_rows(&line, width, usize::MAX, style);
                    let dropped: Vec<usize> = (0..shown.len()).filter(|i| !shown[*i]).collect();
                    if let Some(first_dropped) = dropped.first() {
                        assert!(
                            line.hints[*first_dropped..]
                                .iter()
                                .zip(&shown[*first_dropped..])
                                .all(|(h, s)| !*s || h.keep),
                            "{context}: dropped from the last one on"
                        );
                        assert!(all.len() > max, "{context}: dropped only to fit");
                    }
                    // Everything at once when there is room for it.
                    if all.len() <= max {
                        assert!(shown.iter().all(|s| *s), "{context}: all fit");
                    }
                }
            }
        }
    }
}

/// The key lines are the same hints in both languages: as many, and the
/// same ones kept.
#[test]
fn key_lines_have_the_same_hints_in_english_and_dutch() {
    for (en, nl) in lines(Lang::En).iter().zip(lines(Lang::Nl)) {
        let keep = |l: &KeyLine| l.hints.iter().map(|h| h.keep).collect::<Vec<_>>();
        assert_eq!(keep(en), keep(&nl), "{en:?} / {nl:?}");
        assert_eq!(en.lead.is_empty(), nl.lead.is_empty());
    }
}

/// The governance view's footer (counts and keys, one row) keeps its way
/// back whole: in Dutch at 80 columns "Esc terug" was cut to "Esc".
#[test]
fn the_governance_view_keeps_its_way_back_at_80_and_60_columns() {
    for lang in Lang::ALL {
        let back = lang
            .words()
            .gov_keys(5, 1)
            .hints
            .last()
            .map(|h| h.text.clone())
            .expect("a way back");
        let mut app = super::governance_view::app(lang, true);
        tui_support::key(&mut app, KeyCode::Char('g'));
        for (w, h) in [(80, 24), (60, 16)] {
            let screen = tui_support::render(&mut app, w, h);
            let footer = screen
                .lines()
                .find(|l| l.contains(&lang.words().gov_keys(5, 1).hints[0].text))
                .unwrap_or_else(|| panic!("{lang:?} {w}x{h}: the footer\n{screen}"));
            assert!(footer.contains(&back), "{lang:?} {w}x{h}: {back}\n{screen}");
        }
    }
}

/// Every editor of `screen` has a row to type in: no top border sits
/// right above its bottom border.
fn assert_no_squashed_editor(screen: &str, context: &str) {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    for pair in rows.windows(2) {
        for (col, c) in pair[0].iter().enumerate() {
            if *c == '┌' && pair[0].get(col + 1) == Some(&'─') && pair[1].get(col) == Some(&'└')
            {
                panic!("{context}: an editor with no row to type in\n{screen}");
            }
        }
    }
}

/// A new role's form has four texts: in Dutch at 80x24 its two-row keys
/// left the third editor no row to type in (its borders touched, "▼ nog
/// 1 regel" on an empty field). The keys now keep one row and every
/// editor a row.
#[test]
fn a_new_roles_form_at_80x24_keeps_a_row_in_every_editor() {
    for lang in Lang::ALL {
        let mut app = super::part_dialog::app(&super::part_dialog::presenting(lang));
        tui_support::key(&mut app, KeyCode::Char('+'));
        assert!(app.is_typing(), "{lang:?}: the part dialog is open");
        let cancel = lang.words().key_line(KeyText::FormKeys).hints[3]
            .text
            .clone();
        for (w, h) in [(80, 24), (60, 16), (160, 48)] {
            let screen = tui_support::render(&mut app, w, h);
            let context = format!("{lang:?} {w}x{h}");
            assert_no_squashed_editor(&screen, &context);
            assert!(screen.contains(&cancel), "{context}: {cancel}\n{screen}");
        }
        // At 60x16 not every field fits: those around the focus show, and
        // the border says how many more there are; Tab reaches them.
        let below = lang.words().fields_hidden(0, 2);
        let screen = tui_support::render(&mut app, 60, 16);
        assert!(screen.contains(&below), "{lang:?}: {below}\n{screen}");
        for _ in 0..4 {
            tui_support::key(&mut app, KeyCode::Tab);
        }
        let screen = tui_support::render(&mut app, 60, 16);
        assert_no_squashed_editor(&screen, &format!("{lang:?} 60x16 after Tab"));
        let last = format!("▶ {}", lang.words().label(Label::PartDomains));
        assert!(screen.contains(&last), "{lang:?}: {last}\n{screen}");
        let above = lang.words().fields_hidden(2, 0);
        assert!(screen.contains(&above), "{lang:?}: {above}\n{screen}");
        // The title is cut with a sign, not mid-word without one.
        let title = lang.words().dialog(spanning::text::tui::Dialog::Part);
        let top = screen.lines().find(|l| l.contains('┌')).unwrap_or_default();
        assert!(
            top.contains(title) || top.contains("… "),
            "{lang:?}: the title\n{screen}"
        );
        for _ in 0..4 {
            tui_support::key(&mut app, KeyCode::BackTab);
        }
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("new_role_form_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

/// `text` is on `screen` whole, or as a beginning of it ending in "…":
/// never cut without a sign.
fn whole_or_marked(screen: &str, text: &str) -> bool {
    if screen.contains(text) {
        return true;
    }
    // Each "…" on the screen and the words before it, back to the gap
    // (two spaces or a border) where they start.
    screen.lines().any(|row| {
        row.match_indices('…').any(|(at, _)| {
            let before = &row[..at];
            let start = before
                .rfind("  ")
                .map(|i| i + 2)
                .max(before.rfind('│').map(|i| i + '│'.len_utf8()))
                .unwrap_or(0);
            let cut = before[start..].trim();
            cut.chars().count() >= 3 && text.starts_with(cut)
        })
    })
}

/// The help overlay at the smallest size, in Dutch, cut meanings at the
/// column's edge ("indiener vraagt hul") and lost its last key off the
/// bottom: every key now shows, a long meaning ends in "…".
#[test]
fn the_help_overlay_at_60x16_shows_every_key_and_marks_what_it_shortens() {
    use spanning::tui::keys::bindings;
    use spanning::tui::screens::screen_of;
    for lang in Lang::ALL {
        let words = lang.words();
        for scene in [tui_support::present(lang), tui_support::objections(lang)] {
            let mut app = scene.app();
            tui_support::key(&mut app, KeyCode::Char('?'));
            let screen = tui_support::render(&mut app, 60, 16);
            for b in bindings(screen_of(app.session().state())) {
                let what = words.key_action(b.action);
                assert!(
                    whole_or_marked(&screen, what),
                    "{lang:?}: {} {what}\n{screen}",
                    b.cap(words)
                );
            }
        }
    }
}

/// The people dialog at 60 columns: a person with many roles has them
/// end in "…" instead of being cut without a sign.
#[test]
fn the_people_dialog_at_60_columns_marks_roles_it_shortens() {
    use spanning::meeting::{Command, Participant};
    for lang in Lang::ALL {
        let mut script = tui_support::agenda(lang);
        script.run(Command::AddParticipant {
            participant: Participant {
                name: "Anneloes".into(),
                roles: vec![
                    "Releasebeheer".into(),
                    "Financiën".into(),
                    "Klantcontact".into(),
                ],
            },
        });
        let mut app = script.app();
        tui_support::key(&mut app, KeyCode::Char('w'));
        let screen = tui_support::render(&mut app, 60, 16);
        let row = screen
            .lines()
            .find(|r| r.contains("Anneloes"))
            .unwrap_or_else(|| panic!("{lang:?}\n{screen}"));
        assert!(
            row.contains("Releasebeheer / Financiën / Klantcontact") || row.contains('…'),
            "{lang:?}: {row}\n{screen}"
        );
    }
}

/// A dialog that is one choice (who asked for an objection's test) said
/// "Alt+Enter = new line" with nothing to type in, and not how to choose.
#[test]
fn a_one_choice_dialog_says_how_to_choose_not_how_to_type() {
    use spanning::meeting::Command;
    for lang in Lang::ALL {
        let mut script = tui_support::amend(lang);
        script
            .run(Command::OpenObjectionRound)
            .say("Who pays the buddy?");
        let mut app = script.app();
        tui_support::key(&mut app, KeyCode::Char('b'));
        assert!(app.is_typing(), "{lang:?}: the dialog is open");
        let words = lang.words();
        let choose = words.key_line(KeyText::ChoiceKeys).hints[0].text.clone();
        let new_line = words.key_line(KeyText::EditKeys).hints[1].text.clone();
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = tui_support::render(&mut app, w, h);
            assert!(screen.contains(&choose), "{lang:?} {w}x{h}\n{screen}");
            assert!(!screen.contains(&new_line), "{lang:?} {w}x{h}\n{screen}");
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("request_test_dialog_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

/// The clock row at the smallest width: in Dutch the item's fair share
/// ("tijd per punt 16:40") ran off the edge. Its labels now go first and
/// the numbers stay; whatever is still too wide ends in "…".
#[test]
fn the_clock_row_keeps_its_numbers_at_60_columns() {
    for lang in Lang::ALL {
        for (name, mut app) in tui_support::scenes_in(lang) {
            let screen = tui_support::render(&mut app, 60, 16);
            let Some(row) = screen.lines().find(|r| r.starts_with('⏱')) else {
                continue;
            };
            let row = row.trim_end();
            // A dialog over the clock row: its own borders are on it.
            if row.matches('│').count() > 1 || row.contains(['┌', '└']) {
                continue;
            }
            assert!(
                row.ends_with(|c: char| c.is_ascii_digit())
                    || row.ends_with('…')
                    || row.ends_with(lang.words().label(spanning::text::tui::Label::Left))
                    || row.ends_with(lang.words().label(spanning::text::tui::Label::Over))
                    || row.ends_with(
                        lang.words()
                            .label(spanning::text::tui::Label::ClockNotStarted)
                    ),
                "{lang:?} {name}: {row:?}\n{screen}"
            );
            if let Some(share) = app
                .session()
                .state()
                .active_item()
                .and_then(|i| i.allowance_secs)
            {
                let share = spanning::tui::widgets::duration(share);
                assert!(row.contains(&share), "{lang:?} {name}: {share} in {row:?}");
            }
        }
    }
}

/// The step's key hints at 60 columns keep help and leave: the objection
/// round's hints took four rows in Dutch and the fourth, "?  hulp  q
/// verlaten", was dropped; now lesser hints go first.
#[test]
fn the_steps_keys_keep_help_and_leave_at_60_columns() {
    use spanning::text::keys::Action;
    for lang in Lang::ALL {
        let words = lang.words();
        let help = format!("?  {}", words.key_action(Action::Help));
        let quit = format!("q  {}", words.key_action(Action::Quit));
        for (name, mut app) in tui_support::scenes_in(lang) {
            if name.contains("presentation") || name.contains("help") {
                continue;
            }
            let screen = tui_support::render(&mut app, 60, 16);
            let bottom: Vec<&str> = screen.lines().rev().take(3).collect();
            let keys = bottom.join("\n");
            assert!(
                keys.contains(&help) && keys.contains(&quit),
                "{lang:?} {name}: {help} and {quit}\n{screen}"
            );
            // Where the step has a next step, it is offered too.
            let offered = spanning::tui::keys::hint_bindings(
                spanning::tui::screens::screen_of(app.session().state()),
                app.session().state().time_out.is_some(),
            )
            .into_iter()
            .find(|b| b.action == Action::Next);
            if let Some(b) = offered.filter(|_| !keys.contains('│')) {
                let next = format!("{}  {}", b.cap(words), words.key_action(Action::Next));
                assert!(keys.contains(&next), "{lang:?} {name}: {next}\n{screen}");
            }
        }
    }
}

/// The setup screen's keys (before a meeting opens) break between hints
/// too, in both languages at 80 and 60 columns.
#[test]
fn the_setup_screens_keys_break_between_hints() {
    for lang in Lang::ALL {
        let screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
            title: "Weekly governance".into(),
            circle: "Operations".into(),
            participants: spanning::meeting::Participant::parse_list("Ana, Bram, Chloë"),
            facilitator: 0,
            secretary: None,
            timebox_minutes: Some(60),
            format: spanning::meeting::MeetingFormat::Governance,
            lang,
            opened_at: tui_support::start(),
            theme: spanning::tui::ThemeChoice::Default,
            rules: spanning::meeting::RuleSet::Integrative,
            absent: String::new(),
        });
        let hints = hints(lang);
        let cancel = lang.words().key_line(KeyText::SetupKeys).hints[3]
            .text
            .clone();
        for (w, h) in [(80, 24), (60, 16)] {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| screen.draw(f)).expect("draw");
            let text = tui_support::buffer_text(terminal.backend().buffer());
            for row in text.lines() {
                assert_no_hint_cut(row, &hints, &format!("{lang:?} setup {w}x{h}\n{text}"));
            }
            assert!(text.contains(&cancel), "{lang:?} {w}x{h}: {cancel}\n{text}");
        }
    }
}

/// Below 20 rows the prompt keeps one row (ending in "…") and the keys
/// two, so the step's panels keep rows of text: at 60x16 in Dutch the
/// objection round showed the proposal's borders with nothing between.
#[test]
fn at_60x16_the_proposal_under_decision_keeps_a_row_of_text() {
    for lang in Lang::ALL {
        for script in [tui_support::reactions(lang), tui_support::objections(lang)] {
            let mut app = script.app();
            let screen = tui_support::render(&mut app, 60, 16);
            assert!(
                screen.contains("The Release lead writes"),
                "{lang:?}: the proposal's first words\n{screen}"
            );
            let prompt = screen
                .lines()
                .find(|r| r.starts_with('»'))
                .unwrap_or_else(|| panic!("{lang:?}: the prompt\n{screen}"));
            let next = screen
                .lines()
                .skip_while(|r| !r.starts_with('»'))
                .nth(1)
                .unwrap_or_default();
            assert!(
                prompt.trim_end().ends_with('…') || !next.starts_with("  "),
                "{lang:?}: one row of prompt\n{screen}"
            );
        }
    }
}

/// At 60x16 with the objection round done and a concern raised, the
/// concerns panel vanished without a sign (the round's empty list and
/// the proposal took the rows). Now the round keeps its headline, the
/// proposal a row, and the concern shows.
#[test]
fn at_60x16_a_raised_concern_stays_in_sight_after_the_round() {
    use spanning::meeting::Command;
    for lang in Lang::ALL {
        let mut script = tui_support::amend(lang);
        script
            .run(Command::OpenObjectionRound)
            .say("Too much work for the release lead alone, and nobody has time for it")
            .pass()
            .pass()
            .pass();
        let mut app = script.app();
        let screen = tui_support::render(&mut app, 60, 16);
        let title = lang.words().label(spanning::text::tui::Label::Concerns);
        assert!(screen.contains(title), "{lang:?}: {title}\n{screen}");
        assert!(
            screen.contains("1. Chloë: Too much work"),
            "{lang:?}: the concern\n{screen}"
        );
        assert!(
            screen.contains("The Release lead writes"),
            "{lang:?}: the proposal\n{screen}"
        );
    }
}

/// The setup form at 60x16: its editors were squeezed to their borders
/// with no row to type in, and "‹ Rolverleg" lost its "›". Each text now
/// has a row without borders under its whole label.
#[test]
fn the_setup_form_at_60x16_keeps_a_row_for_every_text() {
    use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers};
    for lang in Lang::ALL {
        let mut screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
            title: String::new(),
            circle: String::new(),
            participants: Vec::new(),
            facilitator: 0,
            secretary: None,
            timebox_minutes: None,
            format: spanning::meeting::MeetingFormat::Governance,
            lang,
            opened_at: tui_support::start(),
            theme: spanning::tui::ThemeChoice::Default,
            rules: spanning::meeting::RuleSet::Integrative,
            absent: String::new(),
        });
        let typed = |screen: &mut spanning::tui::SetupScreen, text: &str| {
            for c in text.chars() {
                screen.handle_event(Event::Key(KeyEvent::new(
                    KeyCode::Char(c),
                    KeyModifiers::NONE,
                )));
            }
            screen.handle_event(Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)));
        };
        for text in ["Weekly governance", "Operations", "Ana, Bram"] {
            typed(&mut screen, text);
        }
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(60, 16)).expect("terminal");
        terminal.draw(|f| screen.draw(f)).expect("draw");
        let text = tui_support::buffer_text(terminal.backend().buffer());
        for typed in ["Weekly governance", "Operations", "Ana, Bram"] {
            assert!(text.contains(typed), "{lang:?}: {typed}\n{text}");
        }
        let people = lang.words().label(Label::ParticipantList);
        assert!(whole_or_marked(&text, people), "{lang:?}: {people}\n{text}");
        let format = text
            .lines()
            .find(|l| l.contains('‹') && l.contains(lang.words().label(Label::Rules)))
            .unwrap_or_else(|| panic!("{lang:?}: the format's row\n{text}"));
        assert_eq!(
            format.matches('‹').count(),
            format.matches('›').count(),
            "{lang:?}: {format}"
        );
    }
}
