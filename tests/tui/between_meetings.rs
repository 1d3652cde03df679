//! Nothing falls between meetings (issue 14), as a team lives it: week 1,
//! then week 2 (and week 3) of the same circle in the same sessions
//! folder, each next meeting set up the way `spanning new` sets it up
//! (`store::remembered_lists`, then `record::offer::offer_to`), and
//! checked from the second meeting's screens, driven by keys, and from
//! its minutes. Tactical: the action review (done / still open /
//! dropped, with a note; "gedaan / loopt nog / vervalt") and the item
//! carried over at close-out offered on the agenda with its age.
//! Governance: a carried item let go is not offered again; agreements
//! past their review date and ending terms are offered. Snapshots of the
//! new screens at 80x24 and 160x48, in English and Dutch.

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::crossterm::event::KeyCode;
use spanning::meeting::actions::ActionStatus;
use spanning::meeting::offers::{OfferAnswer, OfferKind};
use spanning::meeting::{Command, Disposition, PersonId, Phase, Session, Setup};
use spanning::record;
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;
use spanning::text::tui::Label;
use spanning::tui::{App, NoPersist, TuiOptions};

use crate::support::script::Script;
use crate::support::tactical;
use crate::support::tui::{chars, key, render};

pub(crate) fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    (temp, dir)
}

pub(crate) fn save(dir: &SessionsDir, session: &Session) {
    dir.create(session).expect("session saved");
}

pub(crate) fn app_at(session: &Session, now: DateTime<FixedOffset>) -> App {
    App::new(
        session.clone(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        now,
    )
}

/// The next tactical meeting of the Operations circle, `weeks` after week
/// 1, set up from the folder as `spanning new` does.
pub(crate) fn tactical_setup(dir: &SessionsDir, lang: Lang, weeks: i64) -> Setup {
    let mut setup = tactical::setup_in(lang);
    setup.opened_at = tactical::opened() + Duration::days(7 * weeks);
    setup.tactical_lists = store::remembered_lists(dir, &setup.circle)
        .map(|r| r.lists)
        .unwrap_or_default();
    record::offer::offer_to(dir, &mut setup);
    setup
}

/// Week 2 until its check-in round is done, as an app.
fn week_two_after_checkin(dir: &SessionsDir, lang: Lang) -> Script {
    let mut s = Script::open(tactical_setup(dir, lang, 1));
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s
}

fn texts(session: &Session) -> Vec<(String, Option<ActionStatus>)> {
    session
        .state()
        .tactical
        .actions
        .iter()
        .map(|a| (a.offered.text.clone(), a.answer.as_ref().map(|x| x.status)))
        .collect()
}

/// Week 2, driven by keys: n opens the action list; +, s, - and Enter
/// (with a note) answer it; g goes to the agenda, where the carried item
/// is offered with its age and + takes it. Returns the app.
fn drive_week_two(dir: &SessionsDir, lang: Lang) -> App {
    let s = week_two_after_checkin(dir, lang);
    let mut app = s.app();
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.session().state().phase, Phase::Actions);
    let screen = render(&mut app, 160, 48);
    let (title, accepted_owner) = match lang {
        Lang::En => ("Action list (0/4)", "Bram"),
        Lang::Nl => ("Actielijst (0/4)", "Bram"),
    };
    assert!(screen.contains(title), "{screen}");
    // Oldest first: the request Bram accepted came before his action.
    let first = screen
        .find("Call the vendor about the service contract")
        .expect("accepted request offered as Bram's action");
    let second = screen
        .find("Call the printer vendor")
        .expect("next action offered");
    assert!(first < second, "{screen}");
    assert!(screen.contains(accepted_owner));
    assert!(screen.contains("Take the night of the 12th"));
    assert!(screen.contains("Ask the other circle about the 13th"));
    assert!(screen.contains(match lang {
        Lang::En => "since 22 Nov 2026",
        Lang::Nl => "sinds 22 nov 2026",
    }));

    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('-'));
    // The last one with a note: Enter, the answer (→ still open), Tab,
    // the note, Enter.
    key(&mut app, KeyCode::Enter);
    assert!(app.is_typing());
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Tab);
    chars(&mut app, "Waiting for their reply");
    key(&mut app, KeyCode::Enter);
    assert!(!app.is_typing());
    assert_eq!(
        texts(app.session()),
        vec![
            (
                "Call the vendor about the service contract".to_owned(),
                Some(ActionStatus::Done)
            ),
            (
                "Call the printer vendor".to_owned(),
                Some(ActionStatus::Open)
            ),
            (
                "Take the night of the 12th".to_owned(),
                Some(ActionStatus::Dropped)
            ),
            (
                "Ask the other circle about the 13th".to_owned(),
                Some(ActionStatus::Open)
            ),
        ]
    );
    let screen = render(&mut app, 160, 48);
    for word in match lang {
        Lang::En => ["done", "still open", "dropped", "Waiting for their reply"],
        Lang::Nl => ["gedaan", "loopt nog", "vervalt", "Waiting for their reply"],
    } {
        assert!(screen.contains(word), "{word}: {screen}");
    }

    // n moves on to the checklist; g straight to the agenda.
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.session().state().phase, Phase::Checklist);
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(app.session().state().phase, Phase::Agenda);
    let screen = render(&mut app, 160, 48);
    let (heading, age) = match lang {
        Lang::En => ("From earlier meetings", "carried over since 22 Nov 2026"),
        Lang::Nl => (
            "Uit eerdere vergaderingen",
            "doorgeschoven sinds 22 nov 2026",
        ),
    };
    assert!(screen.contains(heading), "{screen}");
    assert!(screen.contains("On-call gaps (Ana)"), "{screen}");
    assert!(screen.contains(age), "{screen}");
    key(&mut app, KeyCode::Char('+'));
    let state = app.session().state();
    assert_eq!(state.agenda.len(), 1);
    assert_eq!(state.agenda[0].label, "On-call gaps");
    assert_eq!(state.name(state.agenda[0].owner), "Ana");
    assert!(matches!(
        state.offers[0].answer,
        Some(OfferAnswer::Taken { .. })
    ));
    app
}

/// Closes a meeting the app holds: closing round, close-out (the taken
/// item carried over again), close.
fn close_carrying(app: &App, people: usize) -> Session {
    let mut s = Script::resume(app.session().clone(), app.now());
    s.at(10, Command::OpenClosingRound);
    s.round(&vec![None; people]);
    s.at(5, Command::OpenCloseOut);
    let pending: Vec<_> = s
        .session
        .state()
        .agenda
        .iter()
        .filter(|i| i.end.is_none())
        .map(|i| i.id)
        .collect();
    for item in pending {
        s.at(
            10,
            Command::Dispose {
                item,
                disposition: Disposition::CarriedOver,
            },
        );
    }
    s.at(5, Command::CloseSession);
    s.session
}

#[test]
fn tactical_week_two_reviews_the_action_list_and_takes_the_carried_item() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &tactical::closed(lang).session);
        let app = drive_week_two(&dir, lang);
        let week2 = close_carrying(&app, 4);
        let minutes = spanning::minutes::markdown(&week2, lang.words());
        let (done, open, dropped) = match lang {
            Lang::En => (
                "## Action list: done",
                "## Action list: still open",
                "## Action list: dropped",
            ),
            Lang::Nl => (
                "## Actielijst: gedaan",
                "## Actielijst: loopt nog",
                "## Actielijst: vervalt",
            ),
        };
        let at = |needle: &str| {
            minutes
                .find(needle)
                .unwrap_or_else(|| panic!("{needle} in {minutes}"))
        };
        assert!(at(done) < at(open) && at(open) < at(dropped), "{minutes}");
        // Per owner: Bram's done request, Bram's and Ana's open actions.
        let done_part = &minutes[at(done)..at(open)];
        assert!(done_part.contains("### Bram"), "{done_part}");
        assert!(done_part.contains("Call the vendor about the service contract"));
        let open_part = &minutes[at(open)..at(dropped)];
        assert!(open_part.contains("### Bram") && open_part.contains("### Ana"));
        assert!(open_part.contains("Waiting for their reply"), "{open_part}");
        assert!(minutes.contains(match lang {
            Lang::En => "On-call gaps (Ana) — carried over since 22 Nov 2026: taken onto the agenda (#1)",
            Lang::Nl => "On-call gaps (Ana) — doorgeschoven sinds 22 nov 2026: op de agenda gezet (#1)",
        }), "{minutes}");
        // The JSON export carries the answers too, for other tools.
        let json = spanning::minutes::export_json(&week2);
        assert_eq!(json["state"]["offers"][0]["answer"]["answer"], "taken");
        assert_eq!(
            json["state"]["tactical"]["actions"][2]["answer"]["status"],
            "dropped"
        );
        // The file says what it was offered: replay needs no folder.
        let bytes = store::session_bytes("x", &week2);
        let text = String::from_utf8(bytes).expect("utf-8");
        assert!(text.contains("\"version\": 7"), "{text}");
        assert!(text.contains("\"offer_taken\""));
    }
}

/// The summary read out at the end of week 2 says how the action list
/// was answered, as the minutes and `spanning actions` do: it used to
/// list only the new outputs and the progress updates.
#[test]
fn tactical_week_twos_summary_shows_the_answered_action_list() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &tactical::closed(lang).session);
        let app = drive_week_two(&dir, lang);
        let week2 = close_carrying(&app, 4);
        let mut app = app_at(&week2, week2.state().closed_at.expect("closed"));
        let screen = render(&mut app, 160, 48);
        let (heading, done, open, dropped) = match lang {
            Lang::En => ("Action list", "✓ done", "… still open", "✗ dropped"),
            Lang::Nl => ("Actielijst", "✓ gedaan", "… loopt nog", "✗ vervalt"),
        };
        assert!(screen.contains(heading), "{lang:?}: {screen}");
        let line = |needle: &str| {
            screen
                .lines()
                .find(|l| l.contains(needle))
                .unwrap_or_else(|| panic!("{lang:?}: {needle} in {screen}"))
                .to_owned()
        };
        assert!(
            line("Call the vendor about the service contract").contains(done),
            "{screen}"
        );
        assert!(line("Call the printer vendor").contains(open), "{screen}");
        assert!(
            line("Take the night of the 12th").contains(dropped),
            "{screen}"
        );
        assert!(
            line("Ask the other circle about the 13th").contains("Waiting for their reply"),
            "{screen}"
        );
    }
}

#[test]
fn tactical_week_three_is_offered_only_what_is_still_open_and_the_item_carried_twice() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &tactical::closed(lang).session);
        let app = drive_week_two(&dir, lang);
        save(&dir, &close_carrying(&app, 4));

        let setup = tactical_setup(&dir, lang, 2);
        let offered: Vec<&str> = setup
            .tactical_lists
            .actions
            .iter()
            .map(|a| a.text.as_str())
            .collect();
        assert_eq!(
            offered,
            vec![
                "Call the printer vendor",
                "Ask the other circle about the 13th"
            ],
            "done and dropped actions are not offered again"
        );
        assert_eq!(setup.offered.len(), 1);
        assert_eq!(setup.offered[0].label, "On-call gaps");
        assert!(matches!(
            setup.offered[0].kind,
            OfferKind::Carried { times: 2, .. }
        ));
        let mut s = Script::open(setup);
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        s.at(5, Command::OpenAgenda);
        let mut app = s.app();
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains(match lang {
                Lang::En => "carried twice since 22 Nov 2026",
                Lang::Nl => "2 keer doorgeschoven sinds 22 nov 2026",
            }),
            "{screen}"
        );
    }
}

/// A governance meeting of the product circle (the TUI tests' setup) whose
/// close-out carries both its items over.
pub(crate) fn governance_week_one(lang: Lang) -> Session {
    let mut s = Script::open(crate::support::tui::setup_in(lang));
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenAgenda);
    for (label, owner) in [("Budget rules", 1), ("Desk policy", 2)] {
        s.at(
            10,
            Command::AddItem {
                label: label.into(),
                owner: PersonId(owner),
            },
        );
    }
    s.at(10, Command::OpenClosingRound);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenCloseOut);
    for item in [1, 2] {
        s.at(
            5,
            Command::Dispose {
                item: spanning::meeting::ItemId(item),
                disposition: Disposition::CarriedOver,
            },
        );
    }
    s.at(5, Command::CloseSession);
    s.session
}

pub(crate) fn governance_setup(dir: &SessionsDir, lang: Lang, weeks: i64) -> Setup {
    let mut setup = crate::support::tui::setup_in(lang);
    setup.opened_at = crate::support::tui::start() + Duration::days(7 * weeks);
    record::offer::offer_to(dir, &mut setup);
    setup
}

#[test]
fn governance_week_two_takes_one_carried_item_and_lets_the_other_go_and_week_three_remembers() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &governance_week_one(lang));
        // A tactical meeting of the same circle is not offered governance
        // items.
        let mut other = tactical::setup_in(lang);
        other.circle = "Product circle".into();
        record::offer::offer_to(&dir, &mut other);
        assert!(other.offered.is_empty());

        let mut s = Script::open(governance_setup(&dir, lang, 1));
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        s.at(5, Command::OpenAgenda);
        let mut app = s.app();
        let screen = render(&mut app, 80, 24);
        assert!(screen.contains("Budget rules (Bram)"), "{screen}");
        assert!(screen.contains("Desk policy (Chloë)"), "{screen}");
        key(&mut app, KeyCode::Char('+'));
        key(&mut app, KeyCode::Char('-'));
        let state = app.session().state();
        assert_eq!(state.agenda.len(), 1);
        assert_eq!(state.agenda[0].label, "Budget rules");
        assert_eq!(state.offers[1].answer, Some(OfferAnswer::LetGo));
        // Nothing left to decide: + is refused with why.
        key(&mut app, KeyCode::Char('+'));
        assert_eq!(app.session().state().agenda.len(), 1);
        let week2 = close_carrying(&app, 4);
        let minutes = spanning::minutes::markdown(&week2, lang.words());
        assert!(
            minutes.contains(match lang {
                Lang::En => "Desk policy (Chloë) — carried over since 2 Mar 2026: let go",
                Lang::Nl => "Desk policy (Chloë) — doorgeschoven sinds 2 mrt 2026: losgelaten",
            }),
            "{minutes}"
        );
        save(&dir, &week2);

        let week3 = governance_setup(&dir, lang, 2);
        let labels: Vec<&str> = week3.offered.iter().map(|o| o.label.as_str()).collect();
        assert_eq!(labels, vec!["Budget rules"], "the item let go stays gone");
        assert!(matches!(
            week3.offered[0].kind,
            OfferKind::Carried { times: 2, .. }
        ));
    }
}

/// An empty agenda with items offered below it said only "press a to add
/// a tension", and both panels were marked as the one in use, though the
/// keys act on the offer: now the agenda says how to take it, and only the
/// offers are marked. Once the agenda holds an item, it is marked again.
#[test]
fn an_empty_agenda_with_items_offered_says_how_to_take_one() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &governance_week_one(lang));
        let mut s = Script::open(governance_setup(&dir, lang, 1));
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        s.at(5, Command::OpenAgenda);
        let mut app = s.app();
        let words = lang.words();
        let agenda = words.label(Label::Agenda);
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = render(&mut app, w, h);
            // The sentence as read across its wrapped rows.
            let said = screen
                .replace('│', " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                said.contains(words.label(Label::AgendaEmptyOffered)),
                "{lang:?} {w}x{h}\n{screen}"
            );
            assert!(
                !screen.contains(&format!("▶ {agenda} ")),
                "{lang:?}\n{screen}"
            );
            assert!(
                screen.contains(&format!(" {agenda} ")),
                "{lang:?}\n{screen}"
            );
        }
        key(&mut app, KeyCode::Char('+'));
        let screen = render(&mut app, 80, 24);
        assert!(
            screen.contains(&format!("▶ {agenda} ")),
            "{lang:?}\n{screen}"
        );
    }
}

#[test]
fn governance_agenda_is_offered_agreements_past_review_and_ending_terms() {
    let (_temp, dir) = folder();
    let consent = crate::support::consent::consent_meeting();
    save(&dir, &consent);
    let mut setup = crate::support::consent::consent_setup(Lang::En);
    setup.opened_at = consent.setup().opened_at + Duration::days(120);
    record::offer::offer_to(&dir, &mut setup);
    let due: Vec<_> = setup
        .offered
        .iter()
        .filter(|o| matches!(o.kind, OfferKind::ReviewDue { .. }))
        .collect();
    assert_eq!(due.len(), 1, "{:?}", setup.offered);
    // Letting it go means it is not offered again.
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenAgenda);
    let number = s
        .session
        .state()
        .offers
        .iter()
        .find(|o| matches!(o.offered.kind, OfferKind::ReviewDue { .. }))
        .map(|o| o.number)
        .expect("due review offered");
    s.at(5, Command::LetGoOffer { number });
    save(&dir, &s.session);
    let mut later = crate::support::consent::consent_setup(Lang::En);
    later.opened_at = consent.setup().opened_at + Duration::days(150);
    record::offer::offer_to(&dir, &mut later);
    assert!(
        !later
            .offered
            .iter()
            .any(|o| matches!(o.kind, OfferKind::ReviewDue { .. })),
        "{:?}",
        later.offered
    );

    // An elected role whose term ends before the next meeting.
    let (_temp, dir) = folder();
    let election = crate::support::election::closed_meeting(Lang::En);
    save(&dir, &election);
    let memory = record::fold(&dir, &election.setup().circle, None);
    let ends = memory.work.terms.first().expect("a term").ends;
    let mut setup = crate::support::election::setup_in(Lang::En);
    let day = ends - chrono::Days::new(3);
    setup.opened_at = setup.opened_at + (day - setup.opened_at.date_naive());
    record::offer::offer_to(&dir, &mut setup);
    let term = setup
        .offered
        .iter()
        .find(|o| matches!(o.kind, OfferKind::TermEnds { .. }))
        .unwrap_or_else(|| panic!("term offered: {:?}", setup.offered));
    let mut s = Script::open(setup.clone());
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None, None]);
    s.at(5, Command::OpenAgenda);
    let mut app = s.app();
    let screen = render(&mut app, 160, 48);
    assert!(screen.contains(term.label.as_str()), "{screen}");
    assert!(screen.contains("term ends"), "{screen}");
    // The carried "coffee budget" comes first: let it go, take the term.
    key(&mut app, KeyCode::Char('-'));
    key(&mut app, KeyCode::Char('+'));
    let state = app.session().state();
    let taken = state
        .agenda
        .iter()
        .find(|i| i.label == term.label)
        .expect("the election is on the agenda");
    assert!(taken.is_election(), "an ending term becomes an election");
}

/// Week 2 at the progress review, by keys: n into and through the action
/// list, the checklist and the metrics.
fn week_two_at_progress(dir: &SessionsDir, lang: Lang) -> App {
    let s = week_two_after_checkin(dir, lang);
    let mut app = s.app();
    for _ in 0..4 {
        key(&mut app, KeyCode::Char('n'));
    }
    assert_eq!(app.session().state().phase, Phase::Progress);
    app
}

#[test]
fn tactical_projects_are_finished_or_waiting_shown_on_a_board_and_remembered() {
    for lang in [Lang::En, Lang::Nl] {
        let (_temp, dir) = folder();
        save(&dir, &tactical::closed(lang).session);
        let mut app = week_two_at_progress(&dir, lang);
        let names: Vec<String> = app
            .session()
            .state()
            .tactical
            .progress
            .iter()
            .map(|e| e.text.clone())
            .collect();
        assert_eq!(
            names,
            vec![
                "Move to new office",
                "Status page",
                "Printer replacement decided"
            ]
        );
        // The office move: an update, then done ("afgerond").
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "Moved in");
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Up);
        key(&mut app, KeyCode::Char('s'));
        assert!(app.is_typing());
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Enter);
        // The status page waits on the comms budget; waiting on nobody is
        // refused with why.
        key(&mut app, KeyCode::Down);
        key(&mut app, KeyCode::Char('s'));
        key(&mut app, KeyCode::Right);
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "waiting on nobody is refused");
        // The refusal puts the focus on what it waits on: typed at once.
        chars(&mut app, "Comms budget");
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing());
        let screen = render(&mut app, 160, 48);
        let (done, waiting) = match lang {
            Lang::En => ("[done]", "[waiting on Comms budget]"),
            Lang::Nl => ("[afgerond]", "[wacht op Comms budget]"),
        };
        assert!(
            screen.contains(done) && screen.contains(waiting),
            "{screen}"
        );

        // b: per owner, b: per status, b: the list again.
        key(&mut app, KeyCode::Char('b'));
        let screen = render(&mut app, 160, 48);
        assert!(
            screen.contains(match lang {
                Lang::En => "Projects per owner",
                Lang::Nl => "Projecten per eigenaar",
            }),
            "{screen}"
        );
        assert!(
            screen.contains("Chloë") && screen.contains("Moved in"),
            "{screen}"
        );
        key(&mut app, KeyCode::Char('b'));
        let screen = render(&mut app, 160, 48);
        assert!(
            screen.contains(match lang {
                Lang::En => "Projects per status",
                Lang::Nl => "Projecten per status",
            }),
            "{screen}"
        );
        let current = match lang {
            Lang::En => "Current",
            Lang::Nl => "Loopt",
        };
        assert!(screen.contains(current), "{screen}");
        key(&mut app, KeyCode::Char('b'));
        assert!(render(&mut app, 160, 48).contains(done));

        key(&mut app, KeyCode::Char('g'));
        let week2 = close_carrying(&app, 4);
        let minutes = spanning::minutes::markdown(&week2, lang.words());
        assert!(
            minutes.contains(match lang {
                Lang::En => "Move to new office: done; last update: Moved in (29 Nov 2026)",
                Lang::Nl => "Move to new office: afgerond; laatste update: Moved in (29 nov 2026)",
            }),
            "{minutes}"
        );
        save(&dir, &week2);

        // The fold keeps the finished project with its dated updates.
        let memory = record::fold(&dir, "Operations", None);
        let office = memory.work.project("Move to new office").expect("kept");
        assert_eq!(office.status, record::ProjectStatus::Done);
        assert_eq!(
            office.updates.last().map(|u| u.text.as_str()),
            Some("Moved in")
        );
        let page = memory.work.project("Status page").expect("kept");
        assert_eq!(
            page.status,
            record::ProjectStatus::Waiting {
                on: "Comms budget".into()
            }
        );

        // Week 3: the finished project is off the list; the waiting one
        // still waits.
        let setup = tactical_setup(&dir, lang, 2);
        let texts: Vec<&str> = setup
            .tactical_lists
            .progress
            .iter()
            .map(|d| d.text.as_str())
            .collect();
        assert!(!texts.contains(&"Move to new office"), "{texts:?}");
        let mut s = Script::open(setup);
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        let page = s
            .session
            .state()
            .tactical
            .progress
            .iter()
            .find(|e| e.text == "Status page")
            .expect("still on the list");
        assert_eq!(
            page.status,
            Some(spanning::meeting::projects::ProjectState::Waiting {
                on: "Comms budget".into()
            })
        );
    }
}

/// The new screens, for snapshots.
fn scenes(lang: Lang) -> Vec<(&'static str, App)> {
    let (_temp, dir) = folder();
    save(&dir, &tactical::closed(lang).session);
    let s = week_two_after_checkin(&dir, lang);
    let mut review = s.app();
    key(&mut review, KeyCode::Char('n'));
    key(&mut review, KeyCode::Char('+'));
    let mut note = s.app();
    key(&mut note, KeyCode::Char('n'));
    key(&mut note, KeyCode::Enter);
    let mut agenda = s.app();
    key(&mut agenda, KeyCode::Char('n'));
    key(&mut agenda, KeyCode::Char('g'));
    let now = agenda.now();
    let agenda = app_at(agenda.session(), now);
    let mut status = week_two_at_progress(&dir, lang);
    key(&mut status, KeyCode::Char('s'));
    let mut per_owner = week_two_at_progress(&dir, lang);
    key(&mut per_owner, KeyCode::Char('b'));
    let mut per_status = week_two_at_progress(&dir, lang);
    key(&mut per_status, KeyCode::Char('b'));
    key(&mut per_status, KeyCode::Char('b'));
    vec![
        ("between_action_review", review),
        ("between_action_note", note),
        ("between_agenda_offers", agenda),
        ("between_project_status", status),
        ("between_board_per_owner", per_owner),
        ("between_board_per_status", per_status),
    ]
}

#[test]
fn the_new_screens_at_80x24_and_160x48_in_english_and_dutch() {
    for lang in [Lang::En, Lang::Nl] {
        let prefix = match lang {
            Lang::En => "",
            Lang::Nl => "nl_",
        };
        for (name, mut app) in scenes(lang) {
            for (w, h) in [(80, 24), (160, 48)] {
                let terminal = crate::support::tui::terminal(&mut app, w, h);
                insta::assert_snapshot!(format!("{prefix}{name}_{w}x{h}"), terminal.backend());
            }
        }
    }
}

fn absent_setup_screen(lang: Lang, absent: &str) -> spanning::tui::SetupScreen {
    spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
        title: "Weekly governance".into(),
        circle: "Operations".into(),
        participants: spanning::meeting::Participant::parse_list("Ana, Bram, Chloë"),
        facilitator: 0,
        secretary: None,
        timebox_minutes: None,
        format: spanning::meeting::MeetingFormat::Governance,
        lang,
        opened_at: crate::support::tui::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: absent.into(),
    })
}

fn setup_key(screen: &mut spanning::tui::SetupScreen, code: KeyCode) {
    use ratatui::crossterm::event::{Event, KeyEvent, KeyModifiers};
    screen.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn setup_screen_text(screen: &spanning::tui::SetupScreen, w: u16, h: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    format!("{}", terminal.backend())
}

#[test]
fn the_setup_screen_marks_people_absent_with_a_reason_and_refuses_unknown_names() {
    for (lang, reason, unknown) in [
        (Lang::En, "on leave", "'Brm' is not among the participants"),
        (Lang::Nl, "met verlof", "'Brm' staat niet bij de deelnemers"),
    ] {
        // Typed on the screen: Tab to the last field.
        let mut screen = absent_setup_screen(lang, "");
        for _ in 0..8 {
            setup_key(&mut screen, KeyCode::Tab);
        }
        for c in format!("bram: {reason}").chars() {
            setup_key(&mut screen, KeyCode::Char(c));
        }
        let shown = setup_screen_text(&screen, 80, 24);
        assert!(shown.contains(&format!("bram: {reason}")), "{shown}");
        setup_key(&mut screen, KeyCode::Enter);
        assert!(screen.outcome().flatten().is_some(), "confirmed");
        assert_eq!(
            screen.absent(),
            &[spanning::meeting::absent::Absent {
                person: PersonId(1),
                reason: Some(reason.into()),
            }]
        );

        // A name that is not a participant keeps the form open, saying why.
        let mut screen = absent_setup_screen(lang, "Brm");
        setup_key(&mut screen, KeyCode::Enter);
        assert!(screen.outcome().is_none(), "not confirmed");
        let shown = setup_screen_text(&screen, 160, 48);
        assert!(shown.contains(unknown), "{shown}");
    }
}

#[test]
fn the_setup_screen_with_someone_absent_at_80x24_and_160x48() {
    for lang in [Lang::En, Lang::Nl] {
        let prefix = match lang {
            Lang::En => "",
            Lang::Nl => "nl_",
        };
        let screen = absent_setup_screen(
            lang,
            match lang {
                Lang::En => "Bram: on leave",
                Lang::Nl => "Bram: met verlof",
            },
        );
        for (w, h) in [(80, 24), (160, 48)] {
            let mut terminal =
                ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| screen.draw(f)).expect("draw");
            insta::assert_snapshot!(
                format!("{prefix}between_setup_absent_{w}x{h}"),
                terminal.backend()
            );
        }
    }
}
