//! Typing without fear: typed text is never thrown away silently (Esc asks
//! first, Ctrl-C keeps a draft that comes back on resume), an undone text
//! comes back in its editor, and names are found whatever the accents.

use std::cell::RefCell;
use std::rc::Rc;

use crate::support::scenario::Scenario;
use crate::support::tui as tui_support;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Command, Event as Entry, PersonId, Session};
use spanning::text::Lang;
use spanning::tui::app::Status;
use spanning::tui::{App, Persist, TuiOptions};
use tui_support::{Script, chars, key, render};

/// The proposal dialog open on the present screen, `text` typed in it.
fn proposal_typed(lang: Lang, text: &str) -> App {
    let mut app = tui_support::present(lang).app();
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    assert!(app.is_typing(), "the proposal dialog is open");
    chars(&mut app, text);
    app
}

fn entries(app: &App) -> usize {
    app.session().log().len()
}

fn info(app: &App) -> String {
    match app.status() {
        Some(Status::Info(text) | Status::Refused(text)) => text.clone(),
        None => String::new(),
    }
}

fn ctrl(app: &mut App, c: char) {
    let now = app.now();
    app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
        now,
    );
}

#[test]
fn esc_with_typed_text_asks_first_and_no_goes_back_to_it() {
    for (lang, question, yes) in [
        (Lang::En, "Throw away what you typed", 'y'),
        (Lang::Nl, "Wat je typte in", 'j'),
    ] {
        let mut app = proposal_typed(lang, "Release notes go out with every release");
        let before = entries(&app);
        key(&mut app, KeyCode::Esc);
        let screen = render(&mut app, 100, 30);
        assert!(screen.contains(question), "{lang:?}: {screen}");
        // No (or Esc again) goes back to the dialog with the text in it.
        key(&mut app, KeyCode::Esc);
        assert!(app.is_typing(), "{lang:?}");
        assert!(render(&mut app, 100, 30).contains("Release notes go out"));
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('n'));
        assert!(app.is_typing(), "{lang:?}");
        chars(&mut app, " on time");
        assert!(render(&mut app, 100, 30).contains("every release on time"));
        // Yes throws it away; nothing is recorded.
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char(yes));
        assert!(!app.is_typing(), "{lang:?}");
        assert_eq!(entries(&app), before);
        assert_eq!(info(&app), lang.words().cancelled());
    }
}

#[test]
fn esc_without_typed_text_closes_at_once() {
    let mut app = tui_support::present(Lang::En).app();
    // The tension dialog opens with the tension stated: unchanged, Esc closes.
    key(&mut app, KeyCode::Enter);
    assert!(app.is_typing());
    key(&mut app, KeyCode::Esc);
    assert!(!app.is_typing());
    assert_eq!(info(&app), "Nothing changed.");
    // Blanks alone are nothing to lose either.
    let mut app = proposal_typed(Lang::En, "   ");
    key(&mut app, KeyCode::Esc);
    assert!(!app.is_typing());
}

#[test]
fn the_discard_question_at_80x24_and_160x48_in_both_languages() {
    for lang in [Lang::En, Lang::Nl] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = proposal_typed(lang, "Release notes go out with every release");
            key(&mut app, KeyCode::Esc);
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("typing_{}_discard_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

/// A store that keeps the draft in memory, shared between two apps: the
/// meeting left and the meeting resumed.
#[derive(Clone, Default)]
struct Drafts(Rc<RefCell<Option<String>>>);

impl Persist for Drafts {
    fn save(&mut self, _session: &Session) -> Result<(), String> {
        Ok(())
    }

    fn keep_draft(&mut self, draft: Option<&str>) -> Result<(), String> {
        *self.0.borrow_mut() = draft.map(str::to_owned);
        Ok(())
    }

    fn kept_draft(&mut self) -> Option<String> {
        self.0.borrow().clone()
    }
}

fn app_with(session: Session, drafts: &Drafts) -> App {
    App::new(
        session,
        Box::new(drafts.clone()),
        &TuiOptions::default(),
        tui_support::at(3600),
    )
}

#[test]
fn ctrl_c_keeps_the_draft_and_resume_offers_it_back() {
    for lang in [Lang::En, Lang::Nl] {
        let drafts = Drafts::default();
        let session = tui_support::present(lang).app().session().clone();
        let mut app = app_with(session, &drafts);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "Release notes go out with every release");
        ctrl(&mut app, 'c');
        assert!(app.should_quit(), "{lang:?}");
        assert!(drafts.0.borrow().is_some(), "{lang:?}: the draft is kept");
        let left = app.session().clone();

        // Resumed: the dialog is open again with the text, and says why.
        let mut resumed = app_with(left, &drafts);
        assert!(resumed.is_typing(), "{lang:?}");
        assert_eq!(info(&resumed), lang.words().draft_restored(false));
        assert!(render(&mut resumed, 100, 30).contains("Release notes go out"));
        key(&mut resumed, KeyCode::Enter);
        assert!(matches!(
            resumed.session().log().last().map(|r| &r.event),
            Some(Entry::ProposalStated { text, .. }) if text == "Release notes go out with every release"
        ));
        // Recorded: the draft is forgotten, the next resume starts plain.
        assert!(drafts.0.borrow().is_none(), "{lang:?}");
    }
}

#[test]
fn ctrl_c_without_typed_text_keeps_nothing() {
    let drafts = Drafts::default();
    let mut app = app_with(
        tui_support::present(Lang::En).app().session().clone(),
        &drafts,
    );
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 'c');
    assert!(app.should_quit());
    assert!(drafts.0.borrow().is_none());
}

#[test]
fn a_draft_that_does_not_read_is_ignored() {
    let drafts = Drafts(Rc::new(RefCell::new(Some("{not a draft".into()))));
    let app = app_with(
        tui_support::present(Lang::En).app().session().clone(),
        &drafts,
    );
    assert!(!app.is_typing());
}

/// A draft kept by spanning before dialogs were typed structs (label-keyed
/// fields) does not describe today's dialogs: the meeting opens without it,
/// with no error, and the session is untouched.
#[test]
fn a_draft_of_the_older_label_keyed_shape_is_ignored() {
    let old = r#"{"dialog":"Ask","subtitle":"","about":"Nothing","focus":1,
        "fields":[{"Choice":{"label":"Person","options":["Ann"],"values":[0],"selected":0}},
                  {"Text":{"label":"Question","text":"Why now?"}}],
        "opened_with":["",""]}"#;
    let drafts = Drafts(Rc::new(RefCell::new(Some(old.into()))));
    let session = tui_support::present(Lang::En).app().session().clone();
    let app = app_with(session.clone(), &drafts);
    assert!(!app.is_typing());
    assert_eq!(app.session().state(), session.state());
}

#[test]
fn an_undone_proposal_comes_back_in_the_editor() {
    for (lang, yes) in [(Lang::En, 'y'), (Lang::Nl, 'j')] {
        let mut app = proposal_typed(lang, "Release ntoes go out");
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing(), "{lang:?}: recorded");
        key(&mut app, KeyCode::Char('u'));
        key(&mut app, KeyCode::Char(yes));
        assert!(
            app.session()
                .state()
                .active_item()
                .expect("an item runs")
                .versions()
                .is_empty(),
            "{lang:?}: undone"
        );
        // The proposal panel still has the focus.
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing());
        assert_eq!(info(&app), lang.words().draft_restored(true));
        assert!(render(&mut app, 100, 30).contains("Release ntoes go out"));
        // Corrected, not retyped.
        for _ in 0.."ntoes go out".len() {
            key(&mut app, KeyCode::Backspace);
        }
        chars(&mut app, "notes go out");
        key(&mut app, KeyCode::Enter);
        let item = app.session().state().active_item().expect("an item runs");
        assert_eq!(item.versions().len(), 1);
        assert_eq!(item.versions()[0].text, "Release notes go out");
    }
}

/// Ana, Bram, Ëva and Chén.
fn accented(lang: Lang) -> Script {
    let mut s = Script::open(
        Scenario::new(
            "Weekly governance",
            "Product circle",
            tui_support::start(),
            &["Ana", "Bram", "Ëva", "Chén"],
        )
        .lang(lang)
        .setup(),
    );
    s.run(Command::StartCheckIn);
    for _ in 0..4 {
        s.pass();
    }
    s.run(Command::OpenAgenda);
    s
}

#[test]
fn a_person_picker_jumps_to_a_name_ignoring_accents() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = accented(lang).app();
        key(&mut app, KeyCode::Char('a'));
        chars(&mut app, "Release notes");
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Char('e'));
        key(&mut app, KeyCode::Enter);
        let items = &app.session().state().agenda;
        assert_eq!(items.last().map(|i| i.owner), Some(PersonId(2)), "{lang:?}");
        key(&mut app, KeyCode::Char('a'));
        chars(&mut app, "Onboarding");
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Char('C'));
        key(&mut app, KeyCode::Enter);
        let items = &app.session().state().agenda;
        assert_eq!(items.last().map(|i| i.owner), Some(PersonId(3)), "{lang:?}");
    }
}

#[test]
fn typed_names_are_found_ignoring_case_and_accents() {
    let session = accented(Lang::En).app().session().clone();
    assert_eq!(session.person_named("eva"), Some(PersonId(2)));
    assert_eq!(session.person_named("CHEN"), Some(PersonId(3)));
    assert_eq!(session.person_named("ch"), Some(PersonId(3)));
    assert_eq!(session.person_named("Ëva"), Some(PersonId(2)));
    assert_eq!(session.person_named("zoe"), None);
}

fn setup_key(screen: &mut spanning::tui::SetupScreen, code: KeyCode) {
    screen.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn the_setup_screen_jumps_to_a_name_ignoring_accents() {
    for lang in [Lang::En, Lang::Nl] {
        let mut screen = spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
            title: "Weekly governance".into(),
            circle: String::new(),
            participants: spanning::meeting::Participant::parse_list("Ana, Bram, Ëva, Chén"),
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
        // Title, circle, participants, then the facilitator and secretary.
        for _ in 0..3 {
            setup_key(&mut screen, KeyCode::Tab);
        }
        setup_key(&mut screen, KeyCode::Char('e'));
        setup_key(&mut screen, KeyCode::Tab);
        setup_key(&mut screen, KeyCode::Char('c'));
        setup_key(&mut screen, KeyCode::Enter);
        let setup = screen.outcome().flatten().expect("a setup");
        assert_eq!(setup.facilitator, PersonId(2), "{lang:?}");
        assert_eq!(setup.secretary, Some(PersonId(3)), "{lang:?}");
    }
}

/// The proposal stated with a typo, still being presented.
fn stated_with_a_typo(lang: Lang) -> App {
    let mut s = tui_support::present(lang);
    s.run(Command::StateProposal {
        text: "Release ntoes go out with every release".into(),
    });
    s.app()
}

#[test]
fn a_stated_proposal_with_a_typo_is_corrected_not_retyped() {
    for lang in [Lang::En, Lang::Nl] {
        let mut app = stated_with_a_typo(lang);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Enter);
        assert!(app.is_typing(), "{lang:?}: the correction dialog opens");
        let title = lang
            .words()
            .dialog(spanning::text::tui::Dialog::CorrectProposal);
        let screen = render(&mut app, 100, 30);
        assert!(screen.contains(title), "{lang:?}: {screen}");
        assert!(
            screen.contains("Release ntoes go out"),
            "{lang:?}: {screen}"
        );
        for _ in 0.."ntoes go out with every release".len() {
            key(&mut app, KeyCode::Backspace);
        }
        chars(&mut app, "notes go out with every release");
        key(&mut app, KeyCode::Enter);
        assert!(!app.is_typing(), "{lang:?}: {}", info(&app));
        let item = app.session().state().active_item().expect("an item runs");
        assert_eq!(item.versions().len(), 1, "{lang:?}");
        assert_eq!(
            item.versions()[0].text,
            "Release notes go out with every release"
        );
        assert!(matches!(
            app.session().log().last().map(|r| &r.event),
            Some(Entry::ProposalCorrected { .. })
        ));
    }
}

#[test]
fn the_correction_dialog_at_80x24_and_160x48_in_both_languages() {
    for lang in [Lang::En, Lang::Nl] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = stated_with_a_typo(lang);
            key(&mut app, KeyCode::Tab);
            key(&mut app, KeyCode::Tab);
            key(&mut app, KeyCode::Enter);
            let terminal = tui_support::terminal(&mut app, w, h);
            insta::assert_snapshot!(
                format!("typing_{}_correct_proposal_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
    }
}

#[test]
fn esc_in_the_objection_test_with_a_typed_argument_asks_first() {
    for (lang, yes) in [(Lang::En, 'y'), (Lang::Nl, 'j')] {
        let title = lang
            .words()
            .label(spanning::text::tui::Label::TestTitle)
            .to_owned();
        let mut app = tui_support::objections(lang).app();
        key(&mut app, KeyCode::Char('T'));
        assert!(render(&mut app, 100, 30).contains(&title), "{lang:?}");
        chars(&mut app, "New work for the role");
        key(&mut app, KeyCode::Esc);
        // The question's start (it wraps in the box).
        let question: String = lang
            .words()
            .confirm_discard(&title)
            .chars()
            .take(20)
            .collect();
        let shown = render(&mut app, 100, 30);
        assert!(shown.contains(&question), "{lang:?}: {shown}");
        key(&mut app, KeyCode::Char('n'));
        assert!(app.is_typing(), "{lang:?}: back to the argument");
        assert!(render(&mut app, 100, 30).contains("New work for the role"));
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char(yes));
        assert!(!app.is_typing(), "{lang:?}");
        assert_eq!(info(&app), lang.words().cancelled());
        // An empty argument closes at once, as before.
        key(&mut app, KeyCode::Char('T'));
        key(&mut app, KeyCode::Esc);
        assert!(!app.is_typing(), "{lang:?}");
    }
}

fn setup_screen(lang: Lang) -> spanning::tui::SetupScreen {
    spanning::tui::SetupScreen::new(spanning::tui::SetupDefaults {
        title: "Weekly governance".into(),
        circle: String::new(),
        participants: vec![],
        facilitator: 0,
        secretary: None,
        timebox_minutes: None,
        format: spanning::meeting::MeetingFormat::Governance,
        lang,
        opened_at: tui_support::start(),
        theme: spanning::tui::ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    })
}

fn draw_setup(
    screen: &spanning::tui::SetupScreen,
    w: u16,
    h: u16,
) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    terminal.draw(|f| screen.draw(f)).expect("draw");
    terminal
}

/// The setup screen with the participants typed, then Esc.
fn setup_typed_then_esc(lang: Lang) -> spanning::tui::SetupScreen {
    let mut screen = setup_screen(lang);
    setup_key(&mut screen, KeyCode::Tab);
    setup_key(&mut screen, KeyCode::Tab);
    for c in "Ana, Bram, Ëva, Chén".chars() {
        setup_key(&mut screen, KeyCode::Char(c));
    }
    setup_key(&mut screen, KeyCode::Esc);
    screen
}

#[test]
fn esc_on_the_setup_screen_with_typed_text_asks_first() {
    for (lang, yes) in [(Lang::En, 'y'), (Lang::Nl, 'j')] {
        let mut screen = setup_typed_then_esc(lang);
        assert_eq!(screen.outcome(), None, "{lang:?}: not cancelled yet");
        let title = lang
            .words()
            .label(spanning::text::tui::Label::SetupTitle)
            .to_owned();
        let question: String = lang
            .words()
            .confirm_discard(&title)
            .chars()
            .take(20)
            .collect();
        let shown = format!("{}", draw_setup(&screen, 100, 30).backend());
        assert!(shown.contains(&question), "{lang:?}: {shown}");
        // No goes back with everything still typed.
        setup_key(&mut screen, KeyCode::Char('n'));
        assert_eq!(screen.outcome(), None);
        setup_key(&mut screen, KeyCode::Enter);
        let setup = screen.outcome().flatten().expect("a setup");
        assert_eq!(setup.participants.len(), 4, "{lang:?}");
        // Yes cancels.
        let mut screen = setup_typed_then_esc(lang);
        setup_key(&mut screen, KeyCode::Char(yes));
        assert_eq!(screen.outcome(), Some(None), "{lang:?}");
    }
}

#[test]
fn the_setup_discard_question_at_80x24_and_160x48_in_both_languages() {
    for lang in [Lang::En, Lang::Nl] {
        for (w, h) in [(80, 24), (160, 48)] {
            let screen = setup_typed_then_esc(lang);
            insta::assert_snapshot!(
                format!("typing_{}_setup_discard_{w}x{h}", lang.code()),
                draw_setup(&screen, w, h).backend()
            );
        }
    }
}

#[test]
fn ctrl_c_in_the_objection_test_keeps_the_argument_for_resume() {
    for lang in [Lang::En, Lang::Nl] {
        let drafts = Drafts::default();
        let session = tui_support::objections(lang).app().session().clone();
        let mut app = app_with(session, &drafts);
        key(&mut app, KeyCode::Char('T'));
        chars(&mut app, "New work for the role");
        ctrl(&mut app, 'c');
        assert!(app.should_quit(), "{lang:?}");
        assert!(drafts.0.borrow().is_some(), "{lang:?}");
        let mut resumed = app_with(app.session().clone(), &drafts);
        assert!(resumed.is_typing(), "{lang:?}: the test dialog is back");
        assert_eq!(info(&resumed), lang.words().draft_restored(false));
        assert!(render(&mut resumed, 100, 30).contains("New work for the role"));
        // The ruling goes on from there and records the kept argument.
        key(&mut resumed, KeyCode::Enter);
        key(
            &mut resumed,
            KeyCode::Char(if lang == Lang::Nl { 'j' } else { 'y' }),
        );
        assert!(matches!(
            resumed.session().log().last().map(|r| &r.event),
            Some(Entry::CriterionTested { argument, .. }) if argument == "New work for the role"
        ));
    }
}

#[test]
fn a_kept_draft_is_not_offered_again_once_it_is_stale() {
    let drafts = Drafts::default();
    let session = tui_support::objections(Lang::En).app().session().clone();
    let mut app = app_with(session, &drafts);
    key(&mut app, KeyCode::Char('T'));
    chars(&mut app, "New work for the role");
    ctrl(&mut app, 'c');
    let mut resumed = app_with(app.session().clone(), &drafts);
    key(&mut resumed, KeyCode::Enter);
    key(&mut resumed, KeyCode::Char('y'));
    // Still testing, nothing typed for the next criterion: leaving now
    // must not bring the old argument back.
    assert!(resumed.is_typing());
    ctrl(&mut resumed, 'c');
    assert!(drafts.0.borrow().is_none());
    let again = app_with(resumed.session().clone(), &drafts);
    assert!(!again.is_typing());
}

/// A nomination typed when spanning was left comes back still hidden: the
/// kept draft remembers that the nominee field is masked, so resuming in
/// front of the group never shows the name.
#[test]
fn a_kept_nomination_stays_hidden_on_resume() {
    use spanning::meeting::Term;
    for lang in Lang::ALL {
        let mut s = tui_support::agenda(lang);
        s.run(Command::AddElection {
            role: "Facilitator".into(),
            owner: PersonId(1),
        })
        .run(Command::StartItem { item: None })
        .run(Command::DescribeRole {
            text: "Runs our meetings".into(),
            term: Term::months(12),
        })
        .run(Command::OpenNominations);
        let drafts = Drafts::default();
        let mut app = app_with(s.app().session().clone(), &drafts);
        key(&mut app, KeyCode::Enter);
        chars(&mut app, "Dewi");
        assert!(
            !render(&mut app, 100, 30).contains("Dewi"),
            "{lang:?}: masked"
        );
        ctrl(&mut app, 'c');
        assert!(drafts.0.borrow().is_some(), "{lang:?}: the draft is kept");
        let mut resumed = app_with(app.session().clone(), &drafts);
        assert!(resumed.is_typing(), "{lang:?}: the dialog is open again");
        let screen = render(&mut resumed, 100, 30);
        assert!(!screen.contains("Dewi"), "{lang:?}: still masked\n{screen}");
        assert!(screen.contains("●●●●"), "{lang:?}: typed, hidden\n{screen}");
    }
}
