//! Week 2's opening says what comes back (issue: a facilitator wants to
//! see it before the check-in, not first at the action review and the
//! agenda): the open actions and accepted requests, the projects, the
//! carried items (and for governance reviews due and ending terms),
//! counted per kind with who owns how many, the entries as far as the
//! screen allows and "… N more" where cut. The numbers are the ones the
//! action review and the agenda show later.

use ratatui::crossterm::event::KeyCode;
use spanning::meeting::Phase;
use spanning::record;
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::App;

use crate::between_meetings::{
    folder, governance_setup, governance_week_one, save, tactical_setup,
};
use crate::support::script::Script;
use crate::support::tactical;
use crate::support::tui::{key, render};

/// Week 2 of the Operations circle at its opening, set up from a folder
/// holding week 1 as `spanning new` does.
fn tactical_week_two(lang: Lang) -> (tempfile::TempDir, App) {
    let (temp, dir) = folder();
    save(&dir, &tactical::closed(lang).session);
    let app = Script::open(tactical_setup(&dir, lang, 1)).app();
    (temp, app)
}

fn governance_week_two(lang: Lang) -> (tempfile::TempDir, App) {
    let (temp, dir) = folder();
    save(&dir, &governance_week_one(lang));
    let app = Script::open(governance_setup(&dir, lang, 1)).app();
    (temp, app)
}

/// Whether `text` is on screen; an owner and their count are held
/// together by a no-break space, read here as a space.
fn has(screen: &str, text: &str) {
    let screen = screen.replace('\u{a0}', " ");
    assert!(screen.contains(text), "{text:?} not on screen:\n{screen}");
}

#[test]
fn week_twos_opening_counts_what_comes_back_per_kind_and_owner_and_names_it() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, mut app) = tactical_week_two(lang);
        let state = app.session().state();
        assert_eq!(state.phase, Phase::Opening);
        // The counts are those of what the meeting was pre-filled with:
        // what the action review, the progress review and the agenda show.
        assert_eq!(state.tactical.actions.len(), 4);
        assert_eq!(state.tactical.progress.len(), 3);
        assert_eq!(state.offers.len(), 1);
        let wide = render(&mut app, 160, 48);
        let (title, actions, projects, carried, lists, age, accepted, absent) = match lang {
            Lang::En => (
                "Coming back from earlier meetings",
                "Action list: 4 open (1 accepted request) — Bram 2, Dewi 1, Ana 1",
                "Projects: 3 — Chloë 2, Eli (not here) 1",
                "Carried over: 1 — Ana 1",
                "Checklist: 3 items · metrics: 1",
                "On-call gaps (Ana) — carried over since 22 Nov 2026",
                "Call the vendor about the service contract — Bram, accepted",
                "Status page — Eli (not here)",
            ),
            Lang::Nl => (
                "Terug uit eerdere vergaderingen",
                "Actielijst: 4 open (1 toegezegd verzoek) — Bram 2, Dewi 1, Ana 1",
                "Projecten: 3 — Chloë 2, Eli (niet aanwezig) 1",
                "Doorgeschoven: 1 — Ana 1",
                "Checklist: 3 punten · kengetallen: 1",
                "On-call gaps (Ana) — doorgeschoven sinds 22 nov 2026",
                "Call the vendor about the service contract — Bram, toegezegd",
                "Status page — Eli (niet aanwezig)",
            ),
        };
        for text in [
            title, actions, projects, carried, lists, age, accepted, absent,
        ] {
            has(&wide, text);
        }
        // Every entry, with its owner, where there is room for all.
        for text in [
            "Call the printer vendor — Bram (Infra)",
            "Take the night of the 12th — Dewi",
            "Ask the other circle about the 13th — Ana",
            "Move to new office — Chloë",
            "Printer replacement decided — Chloë",
        ] {
            has(&wide, text);
        }
        assert!(!wide.contains('…'), "nothing cut at 160x48:\n{wide}");

        // At 80x24 every kind keeps its count and owners and shows its
        // first entry; the rest is counted as cut.
        let narrow = render(&mut app, 80, 24);
        for text in [title, actions, projects, carried, lists] {
            has(&narrow, text);
        }
        has(&narrow, "Call the vendor about the service contract");
        has(&narrow, "Move to new office — Chloë");
        has(&narrow, "On-call gaps (Ana)");
        let (three, two) = match lang {
            Lang::En => ("… 3 more", "… 2 more"),
            Lang::Nl => ("… nog 3", "… nog 2"),
        };
        has(&narrow, three);
        has(&narrow, two);
        has(
            &narrow,
            match lang {
                Lang::En => "Ready to start",
                Lang::Nl => "Klaar om te beginnen",
            },
        );
        has(&narrow, "Dewi");

        // And the action review shows the same four.
        key(&mut app, KeyCode::Enter);
        for _ in 0..4 {
            key(&mut app, KeyCode::Char('-'));
        }
        key(&mut app, KeyCode::Char('n'));
        assert_eq!(app.session().state().phase, Phase::Actions);
        has(
            &render(&mut app, 160, 48),
            match lang {
                Lang::En => "Action list (0/4)",
                Lang::Nl => "Actielijst (0/4)",
            },
        );
    }
}

#[test]
fn a_governance_week_twos_opening_names_the_carried_items_reviews_due_and_ending_terms() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, mut app) = governance_week_two(lang);
        for (w, h) in [(80, 24), (120, 36), (160, 48)] {
            let screen = render(&mut app, w, h);
            has(
                &screen,
                match lang {
                    Lang::En => "Carried over: 2 — Bram 1, Chloë 1",
                    Lang::Nl => "Doorgeschoven: 2 — Bram 1, Chloë 1",
                },
            );
            has(&screen, "Budget rules (Bram)");
            has(&screen, "Desk policy (Chloë)");
            // Nothing tactical is said in a governance meeting.
            assert!(!screen.contains("Checklist"), "{screen}");
        }
    }
    // Agreements past their review date and ending terms, from the
    // folders the agenda tests use.
    let (_temp, dir) = folder();
    let consent = crate::support::consent::consent_meeting();
    save(&dir, &consent);
    let mut setup = crate::support::consent::consent_setup(Lang::En);
    setup.opened_at = consent.setup().opened_at + chrono::Duration::days(120);
    record::offer::offer_to(&dir, &mut setup);
    let mut app = Script::open(setup).app();
    let screen = render(&mut app, 160, 48);
    has(&screen, "Agreements due for review: 1");
    has(&screen, "review was due");

    let (_temp, dir) = folder();
    let election = crate::support::election::closed_meeting(Lang::Nl);
    save(&dir, &election);
    let memory = record::fold(&dir, &election.setup().circle, None);
    let ends = memory.work.terms.first().expect("a term").ends;
    let mut setup = crate::support::election::setup_in(Lang::Nl);
    let day = ends - chrono::Days::new(3);
    setup.opened_at = setup.opened_at + (day - setup.opened_at.date_naive());
    record::offer::offer_to(&dir, &mut setup);
    let mut app = Script::open(setup).app();
    let screen = render(&mut app, 80, 24);
    has(&screen, "Termijnen die aflopen: 1");
    has(&screen, "loopt af op");
}

/// A circle's first meeting has nothing to bring back: no panel, the
/// opening as it always was.
#[test]
fn a_first_meeting_opens_without_the_panel() {
    let (_temp, dir) = folder();
    for lang in [Lang::En, Lang::Nl] {
        let app_dir: &SessionsDir = &dir;
        let mut setup = crate::support::tui::setup_in(lang);
        record::offer::offer_to(app_dir, &mut setup);
        let mut app = Script::open(setup).app();
        let screen = render(&mut app, 80, 24);
        assert!(
            !screen.contains("Coming back") && !screen.contains("Terug uit"),
            "{screen}"
        );
    }
}

fn scenes(lang: Lang) -> Vec<(&'static str, App, tempfile::TempDir)> {
    let (t1, tactical) = tactical_week_two(lang);
    let (t2, governance) = governance_week_two(lang);
    vec![
        ("opening_coming_back_tactical", tactical, t1),
        ("opening_coming_back_governance", governance, t2),
    ]
}

#[test]
fn the_opening_with_what_comes_back_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let prefix = match lang {
            Lang::En => "",
            Lang::Nl => "nl_",
        };
        for (name, mut app, _temp) in scenes(lang) {
            for (w, h) in [(80, 24), (160, 48)] {
                let terminal = crate::support::tui::terminal(&mut app, w, h);
                insta::assert_snapshot!(format!("{prefix}{name}_{w}x{h}"), terminal.backend());
            }
        }
    }
}
