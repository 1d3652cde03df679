//! The one way tests play a meeting: a [`Script`] opens a session and
//! records commands on a test clock, and its given/when/then form states an
//! engine rule in one line each: commands given ([`Script::given`]),
//! command when ([`Script::when`]), event or refusal expected ([`Then`]).

use chrono::{DateTime, FixedOffset, TimeDelta};
use spanning::meeting::{Command, Event, Refusal, Session, Setup, Speech};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};

/// A running meeting and the time of its last command. Each command is
/// recorded a fixed step after the one before (a minute unless
/// [`Script::every`] says otherwise), or after the seconds [`Script::at`]
/// names.
pub struct Script {
    /// The session played so far.
    pub session: Session,
    /// When the last command was recorded (the opening at first).
    pub now: DateTime<FixedOffset>,
    step: TimeDelta,
}

impl Script {
    /// Opens the meeting; panics if the setup is invalid.
    pub fn open(setup: Setup) -> Script {
        Script {
            now: setup.opened_at,
            session: Session::open(setup).expect("valid setup"),
            step: TimeDelta::seconds(60),
        }
    }

    /// Goes on from `session`, played up to `now`.
    pub fn resume(session: Session, now: DateTime<FixedOffset>) -> Script {
        Script {
            session,
            now,
            step: TimeDelta::seconds(60),
        }
    }

    /// The same script with `secs` seconds between commands.
    pub fn every(mut self, secs: i64) -> Script {
        self.step = TimeDelta::seconds(secs);
        self
    }

    /// Seconds from the opening to the last command.
    pub fn clock(&self) -> i64 {
        (self.now - self.session.setup().opened_at).num_seconds()
    }

    /// Records `command` `secs` seconds after the last one; panics with
    /// the engine's reason if it is refused.
    pub fn at(&mut self, secs: i64, command: Command) -> &mut Script {
        self.now += TimeDelta::seconds(secs);
        if let Err(r) = self.session.execute(&command, self.now) {
            panic!("{command:?} refused: {}", Lang::En.words().refusal(&r));
        }
        self
    }

    /// Records `command` one step after the last one.
    pub fn run(&mut self, command: Command) -> &mut Script {
        self.at(self.step.num_seconds(), command)
    }

    /// Records `commands` in order, one step apart.
    pub fn run_all(&mut self, commands: impl IntoIterator<Item = Command>) -> &mut Script {
        for command in commands {
            self.run(command);
        }
        self
    }

    /// The script after the `given` commands, one step apart.
    pub fn given(mut self, commands: impl IntoIterator<Item = Command>) -> Script {
        self.run_all(commands);
        self
    }

    /// Whoever's turn it is says `text`.
    pub fn say(&mut self, text: &str) -> &mut Script {
        self.run(said(text))
    }

    /// Whoever's turn it is passes.
    pub fn pass(&mut self) -> &mut Script {
        self.run(pass())
    }

    /// Passes until the current round is complete.
    pub fn finish_round(&mut self) -> &mut Script {
        while self.session.state().whose_turn().is_some() {
            self.pass();
        }
        self
    }

    /// Everyone in turn says the text or passes (`None`), 40 seconds apart.
    pub fn round(&mut self, said_in_turn: &[Option<&str>]) -> &mut Script {
        for s in said_in_turn {
            self.at(40, s.map_or_else(pass, said));
        }
        self
    }

    /// The app on this meeting, 42 seconds after the last command.
    pub fn app(&self) -> App {
        App::new(
            self.session.clone(),
            Box::new(NoPersist),
            &TuiOptions::default(),
            self.now + TimeDelta::seconds(42),
        )
    }

    /// [`Script::app`] with the caller's options (e.g. a governance record).
    pub fn app_with(&self, options: &TuiOptions) -> App {
        App::new(
            self.session.clone(),
            Box::new(NoPersist),
            options,
            self.now + TimeDelta::seconds(42),
        )
    }

    /// Tries `command` one step after the last one, for a [`Then`] to
    /// check; an accepted command is recorded, so scripts go on from it.
    pub fn when(&mut self, command: Command) -> Then {
        let secs = self.step.num_seconds();
        self.when_after(secs, command)
    }

    /// [`Script::when`] `secs` seconds after the last command.
    pub fn when_after(&mut self, secs: i64, command: Command) -> Then {
        self.now += TimeDelta::seconds(secs);
        let before = self.session.log().len();
        let result = self
            .session
            .execute(&command, self.now)
            .map(|recorded| recorded.event.clone());
        let appended = self.session.log().len() - before;
        Then {
            command,
            result,
            appended,
        }
    }
}

/// What the engine did with the command of [`Script::when`].
#[must_use = "a when without a then asserts nothing"]
pub struct Then {
    command: Command,
    result: Result<Event, Refusal>,
    appended: usize,
}

impl Then {
    /// The command was accepted: returns the event it recorded.
    pub fn then_event(self) -> Event {
        match self.result {
            Ok(event) => {
                assert_eq!(self.appended, 1, "an accepted command appends one entry");
                event
            }
            Err(r) => panic!(
                "{:?} refused: {}",
                self.command,
                Lang::En.words().refusal(&r)
            ),
        }
    }

    /// The command was accepted and recorded exactly `expected`.
    pub fn then(self, expected: Event) {
        assert_eq!(self.then_event(), expected);
    }

    /// The command was refused without touching the log, and the reason
    /// reads as a sentence in every language: returns it.
    pub fn then_refused(self) -> Refusal {
        match self.result {
            Ok(event) => panic!("{:?} should be refused, got {event:?}", self.command),
            Err(refusal) => {
                assert_eq!(self.appended, 0, "a refusal must not append");
                for lang in Lang::ALL {
                    let said = lang.words().refusal(&refusal);
                    assert!(
                        said.trim().ends_with('.'),
                        "{lang:?}: {refusal:?} said as {said:?}"
                    );
                }
                refusal
            }
        }
    }

    /// The engine's answer as it is, for a test that goes on either way.
    pub fn result(self) -> Result<Event, Refusal> {
        self.result
    }

    /// The command was refused with exactly `expected`.
    pub fn then_refusal(self, expected: Refusal) {
        assert_eq!(self.then_refused(), expected);
    }

    /// The command was refused; returns the reason as English says it.
    pub fn then_says(self) -> String {
        Lang::En.words().refusal(&self.then_refused())
    }
}

/// `text` said by whoever's turn it is.
pub fn said(text: &str) -> Command {
    Command::Speak {
        person: None,
        speech: Speech::Said { text: text.into() },
    }
}

/// A pass by whoever's turn it is.
pub fn pass() -> Command {
    Command::Speak {
        person: None,
        speech: Speech::Pass,
    }
}
