//! Shared helpers for the TUI tests: a fixed clock, a setup, and a way to
//! type at the app as a facilitator would.

#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{Command, Participant, PersonId, Setup};
use spanning::text::Lang;

use super::scenario::Scenario;

pub use super::script::Script;
use spanning::tui::{App, NoPersist, TuiOptions};

/// 10:00 on a fixed day, UTC+1: the meeting opens here.
pub fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).single())
        .expect("valid time")
}

/// `secs` seconds after the opening.
pub fn at(secs: i64) -> DateTime<FixedOffset> {
    start() + Duration::seconds(secs)
}

/// Four people, Ana facilitating and Bram as secretary, one hour.
pub fn setup() -> Setup {
    setup_in(Lang::En)
}

/// The same meeting held in `lang`: only the screens' words change, so
/// snapshots in two languages differ exactly where the words do.
pub fn setup_in(lang: Lang) -> Setup {
    Scenario::new(
        "Weekly governance",
        "Product circle",
        start(),
        &["Ana", "Bram (Release lead)", "Chloë", "Dewi"],
    )
    .lang(lang)
    .setup()
}

/// Twenty people (Person01..Person20), the first facilitating: a real
/// all-hands, to check the screen copes with a crowd.
pub fn twenty() -> Script {
    twenty_in(Lang::En)
}

/// [`twenty`] in another language.
pub fn twenty_in(lang: Lang) -> Script {
    let setup = Setup {
        participants: (1..=20)
            .map(|i| Participant::named(format!("Person{i:02}")))
            .collect(),
        ..setup_in(lang)
    };
    Script::open(setup)
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        app.now(),
    );
}

pub fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        let now = app.now();
        app.handle_event(Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers)), now);
    }
}

pub fn paste(app: &mut App, text: &str) {
    let now = app.now();
    app.handle_event(Event::Paste(text.into()), now);
}

/// The screen as text, for assertions.
pub fn render(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| app.draw(frame)).expect("draw");
    buffer_text(terminal.backend().buffer())
}

/// A drawn buffer as text, a line per row, for assertions and snapshots.
pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The test terminal after drawing, for insta (it renders cells and styles).
pub fn terminal(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| app.draw(frame)).expect("draw");
    terminal
}

use spanning::meeting::{Criterion, Disposition, Ending, ItemId, OutputKind};
use spanning::tui::ThemeChoice;

/// Check-in with a turn (with an emoji), a pass and a skip; Dewi is next.
pub fn checkin_midway(lang: Lang) -> Script {
    let mut s = Script::open(setup_in(lang));
    s.run(Command::StartCheckIn)
        .say("Fresh after a holiday 🌴, curious about the release")
        .pass()
        .run(Command::Skip {
            person: None,
            reason: "left early".into(),
        });
    s
}

/// The agenda with three items, nothing started.
pub fn agenda(lang: Lang) -> Script {
    let mut s = checkin_midway(lang);
    s.finish_round().run(Command::OpenAgenda);
    for (label, owner) in [("Release notes", 1), ("Onboarding", 2), ("Café budget", 3)] {
        s.run(Command::AddItem {
            label: label.into(),
            owner: PersonId(owner),
        });
    }
    s
}

/// Present proposal: tension and example given, no proposal yet.
pub fn present(lang: Lang) -> Script {
    let mut s = agenda(lang);
    s.run(Command::StartItem { item: None })
        .run(Command::StateTension {
            text: "Niemand weet wat er geleverd is: support hears about changes from customers, één keer per week at least.".into(),
        })
        .run(Command::GiveExample {
            text: "Last Tuesday a customer asked about the new export before support knew it existed.".into(),
        });
    s
}

/// Clarifying questions: answered, not specified, ruled out, open.
pub fn questions(lang: Lang) -> Script {
    let mut s = present(lang);
    s.run(Command::StateProposal {
        text: "The Release lead writes short release notes for every release and posts them in the support channel before the release goes out.".into(),
    })
    .run(Command::OpenClarifyingQuestions);
    for (asker, text) in [
        (2, "Also for hotfixes?"),
        (3, "How long should they be?"),
        (0, "Isn't this a waste of time?"),
        (3, "Who reviews them?"),
    ] {
        s.run(Command::AskQuestion {
            asker: PersonId(asker),
            text: text.into(),
        });
    }
    s.run(Command::AnswerQuestion {
        question: 1,
        answer: Some("Yes, every release".into()),
    })
    .run(Command::AnswerQuestion {
        question: 2,
        answer: None,
    })
    .run(Command::RuleQuestionOutOfOrder {
        question: 3,
        reason: "a reaction, not a question".into(),
    })
    .run(Command::AnswerQuestion {
        question: 4,
        answer: Some("Nobody".into()),
    });
    s
}

/// Reaction round with one reaction given.
pub fn reactions(lang: Lang) -> Script {
    let mut s = questions(lang);
    s.run(Command::OpenReactionRound)
        .say("Love it, long overdue");
    s
}

/// Amend and clarify, one clarification given.
pub fn amend(lang: Lang) -> Script {
    let mut s = reactions(lang);
    s.finish_round()
        .run(Command::OpenAmendAndClarify)
        .run(Command::Clarify {
            text: "Short means five bullet points at most.".into(),
        })
        .run(Command::AmendProposal {
            text: "The Release lead writes release notes of at most five bullets for every release and posts them in the support channel before it goes out.".into(),
            for_objection: None,
        });
    s
}

/// Objection round: two concerns, one half tested, one with a test request.
pub fn objections(lang: Lang) -> Script {
    let mut s = amend(lang);
    s.run(Command::OpenObjectionRound)
        .say("Too much work for the release lead alone")
        .pass()
        .say("Breaks our rule that policies need a review date")
        .pass()
        .run(Command::TestCriterion {
            concern: 1,
            criterion: Criterion::Harm,
            argument: "Releases would slow down".into(),
            holds: true,
        })
        .run(Command::TestCriterion {
            concern: 1,
            criterion: Criterion::Role,
            argument: "It's my role".into(),
            holds: true,
        })
        .run(Command::RequestTest {
            concern: 2,
            by: PersonId(3),
        });
    s
}

/// Integration: one valid objection, the other dismissed, v3 drafted, the
/// objector has confirmed.
pub fn integration(lang: Lang) -> Script {
    let mut s = objections(lang);
    s.run(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::CausedByProposal,
        argument: "Only with this proposal".into(),
        holds: true,
    })
    .run(Command::TestCriterion {
        concern: 1,
        criterion: Criterion::NotSafeToTry,
        argument: "Burn-out is known harm".into(),
        holds: true,
    })
    .run(Command::TestCriterion {
        concern: 2,
        criterion: Criterion::Harm,
        argument: "".into(),
        holds: false,
    })
    .run(Command::RecordOutput {
        kind: OutputKind::NextAction,
        owner: Some(PersonId(1)),
        text: "Draft a release-notes template".into(),
        role: None,
    })
    .run(Command::OpenIntegration)
    .run(Command::AmendProposal {
        text: "The Release lead writes release notes of at most five bullets for every release, with a rotating helper, and posts them in the support channel before it goes out.".into(),
        for_objection: Some(1),
    })
    .run(Command::ConfirmObjector { concern: 1 });
    s
}

/// Close-out: one adopted, one unfinished carried over, one unreached.
pub fn closeout(lang: Lang) -> Script {
    let mut s = integration(lang);
    s.run(Command::ConfirmProposer { concern: 1 })
        .run(Command::OpenObjectionRound)
        .finish_round()
        .run(Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        })
        .run(Command::StartItem { item: None })
        .run(Command::EndItem {
            ending: Ending::Unfinished,
            reason: None,
        })
        .run(Command::OpenClosingRound)
        .say("Good pace today")
        .finish_round()
        .run(Command::OpenCloseOut)
        .run(Command::Dispose {
            item: ItemId(2),
            disposition: Disposition::CarriedOver,
        });
    s
}

/// Closed, with a summary.
pub fn closed(lang: Lang) -> Script {
    let mut s = closeout(lang);
    s.run(Command::Dispose {
        item: ItemId(3),
        disposition: Disposition::LetGo,
    })
    .run(Command::CloseSession);
    s
}

/// Every screen and dialog the snapshot and no-panic tests cover, in English.
pub fn scenes() -> Vec<(&'static str, App)> {
    scenes_in(Lang::En)
}

/// Every screen and dialog, with the meeting held in `lang`.
pub fn scenes_in(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    out.push(("opening", Script::open(setup_in(lang)).app()));
    out.push(("checkin_midway", checkin_midway(lang).app()));
    let mut over = checkin_midway(lang).app();
    over.tick(at(checkin_midway(lang).clock() + 95));
    out.push(("checkin_turn_over_time", over));
    let mut help = checkin_midway(lang).app();
    key(&mut help, KeyCode::Char('?'));
    out.push(("help_overlay", help));
    let mut undo = checkin_midway(lang).app();
    key(&mut undo, KeyCode::Char('u'));
    out.push(("confirm_undo", undo));
    let mut group = checkin_midway(lang).app();
    key(&mut group, KeyCode::Char('p'));
    out.push(("presentation_mode", group));
    let mut turn = checkin_midway(lang).app();
    key(&mut turn, KeyCode::Enter);
    chars(&mut turn, "Tired but happy");
    out.push(("turn_editor", turn));
    out.push(("agenda", agenda(lang).app()));
    let mut add = agenda(lang).app();
    key(&mut add, KeyCode::Char('a'));
    chars(&mut add, "Team offsite");
    out.push(("agenda_add_item_form", add));
    let mut timeout = agenda(lang);
    timeout.run(Command::StartTimeOut {
        requested_by: Some(PersonId(2)),
        reason: "Are we allowed to merge items?".into(),
    });
    out.push(("time_out", timeout.app()));
    // A time-out one minute into Dewi's turn, ten minutes later: the turn
    // timer still reads 1:00.
    let mut paused = checkin_midway(lang);
    paused.run(Command::StartTimeOut {
        requested_by: Some(PersonId(2)),
        reason: "Can we skip people who are not here?".into(),
    });
    let mut paused_app = paused.app();
    paused_app.tick(at(paused.clock() + 600));
    out.push(("time_out_during_turn", paused_app));
    // Eva arrived late with roles, Dewi left; Chloë is selected.
    let mut people = agenda(lang);
    people
        .run(Command::AddParticipant {
            participant: Participant {
                name: "Eva".into(),
                roles: vec!["Finance".into(), "Ops".into()],
            },
        })
        .run(Command::SetPresence {
            person: PersonId(3),
            present: false,
            reason: Some("doctor".into()),
        });
    let mut people = people.app();
    key(&mut people, KeyCode::Char('w'));
    key(&mut people, KeyCode::Down);
    key(&mut people, KeyCode::Down);
    out.push(("people_dialog", people));
    let mut note = agenda(lang).app();
    key(&mut note, KeyCode::Char('m'));
    chars(&mut note, "Eva will send the slides");
    out.push(("note_form", note));
    out.push(("opening_twenty", twenty_in(lang).app()));
    let mut crowd = twenty_in(lang);
    crowd.run(Command::StartCheckIn);
    for _ in 0..17 {
        crowd.pass();
    }
    out.push(("round_of_twenty", crowd.app()));
    out.push(("present_proposal", present(lang).app()));
    let mut editing = present(lang).app();
    key(&mut editing, KeyCode::Tab);
    key(&mut editing, KeyCode::Tab);
    key(&mut editing, KeyCode::Enter);
    chars(&mut editing, "The Release lead writes notes");
    out.push(("present_proposal_editing", editing));
    out.push(("clarifying_questions", questions(lang).app()));
    out.push(("reaction_round", reactions(lang).app()));
    out.push(("amend_and_clarify", amend(lang).app()));
    out.push(("objection_round", objections(lang).app()));
    let mut concern = amend(lang);
    concern.run(Command::OpenObjectionRound);
    let mut concern = concern.app();
    key(&mut concern, KeyCode::Enter);
    chars(&mut concern, "Nobody checks the notes");
    out.push(("objection_concern_editor", concern));
    let mut objection_help = objections(lang).app();
    key(&mut objection_help, KeyCode::Char('?'));
    out.push(("objection_round_help", objection_help));
    let mut test = objections(lang).app();
    key(&mut test, KeyCode::Char('T'));
    chars(&mut test, "Nobody covers when the lead is ill");
    out.push(("objection_test_dialog", test));
    let mut ruling = objections(lang).app();
    key(&mut ruling, KeyCode::Char('T'));
    chars(&mut ruling, "Nobody covers when the lead is ill");
    key(&mut ruling, KeyCode::Enter);
    out.push(("objection_test_ruling", ruling));
    out.push(("integration", integration(lang).app()));
    let mut ending = integration(lang).app();
    key(&mut ending, KeyCode::Char('e'));
    out.push(("ending_form", ending));
    out.push(("close_out", closeout(lang).app()));
    let closed = closed(lang);
    let summary = App::new(
        closed.session.clone(),
        Box::new(NoPersist),
        &TuiOptions {
            saved_to: Some("~/spanning/2026-03-02-product-circle.json".into()),
            ..TuiOptions::default()
        },
        at(closed.clock() + 5),
    );
    out.push(("summary", summary));
    let mut no_color = checkin_midway(lang).app();
    no_color.set_theme(ThemeChoice::NoColor);
    out.push(("theme_no_color", no_color));
    let mut high = objections(lang).app();
    high.set_theme(ThemeChoice::HighContrast);
    out.push(("theme_high_contrast", high));
    out
}
