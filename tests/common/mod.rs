//! Shared helpers for the TUI tests: a fixed clock, a setup, and a way to
//! type at the app as a facilitator would.

#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{
    Command, MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, Speech,
};
use spanning::text::Lang;
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
    Setup {
        title: "Weekly governance".into(),
        circle: "Product circle".into(),
        lang: Lang::En,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: start(),
        participants: vec![
            Participant::named("Ana"),
            Participant {
                name: "Bram".into(),
                roles: vec!["Release lead".into()],
            },
            Participant::named("Chloë"),
            Participant::named("Dewi"),
        ],
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: Some(60),
    }
}

/// A session driven through the engine, with a clock that moves one
/// minute per command.
pub struct Script {
    pub session: Session,
    pub clock: i64,
}

impl Script {
    pub fn new() -> Script {
        Script {
            session: Session::open(setup()).expect("valid setup"),
            clock: 0,
        }
    }

    pub fn run(&mut self, command: Command) -> &mut Script {
        self.clock += 60;
        self.session
            .execute(&command, at(self.clock))
            .unwrap_or_else(|r| panic!("{command:?} refused: {r:?}"));
        self
    }

    pub fn say(&mut self, text: &str) -> &mut Script {
        self.run(Command::Speak {
            person: None,
            speech: Speech::Said { text: text.into() },
        })
    }

    pub fn pass(&mut self) -> &mut Script {
        self.run(Command::Speak {
            person: None,
            speech: Speech::Pass,
        })
    }

    /// Passes until the current round is complete.
    pub fn finish_round(&mut self) -> &mut Script {
        while self.session.state().whose_turn().is_some() {
            self.pass();
        }
        self
    }

    pub fn app(&self) -> App {
        App::new(
            self.session.clone(),
            Box::new(NoPersist),
            &TuiOptions::default(),
            at(self.clock + 42),
        )
    }
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        at(3000),
    );
}

pub fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        app.handle_event(
            Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers)),
            at(3000),
        );
    }
}

pub fn paste(app: &mut App, text: &str) {
    app.handle_event(Event::Paste(text.into()), at(3000));
}

/// The screen as text, for assertions.
pub fn render(app: &mut App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| app.draw(frame)).expect("draw");
    let buffer = terminal.backend().buffer();
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
