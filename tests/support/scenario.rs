//! The one way tests describe a meeting to open: a [`Scenario`] is a
//! governance meeting under the integrative rules, in English, an hour
//! long, the first person facilitating and the second as secretary, until
//! a setter says otherwise.

use chrono::{DateTime, FixedOffset};
use spanning::meeting::{
    ClockStart, MeetingFormat, Participant, PersonId, RuleSet, Setup, TacticalLists,
};
use spanning::text::Lang;

use super::script::Script;

/// A meeting to open, built up from its defaults.
pub struct Scenario {
    setup: Setup,
}

impl Scenario {
    /// `title` in `circle`, opened at `opened_at`, with `people` written
    /// as the command line takes them: `"Ana (Release/Finance)"`.
    pub fn new(
        title: &str,
        circle: &str,
        opened_at: DateTime<FixedOffset>,
        people: &[&str],
    ) -> Self {
        Scenario {
            setup: Setup {
                title: title.to_owned(),
                circle: circle.to_owned(),
                lang: Lang::En,
                format: MeetingFormat::Governance,
                rules: RuleSet::Integrative,
                opened_at,
                participants: people.iter().map(|p| Participant::parse_one(p)).collect(),
                facilitator: PersonId(0),
                secretary: Some(PersonId(1)),
                timebox_minutes: Some(60),
                tactical_lists: TacticalLists::default(),
                clock_starts: Default::default(),
                offered: Vec::new(),
            },
        }
    }

    /// Held in `lang`.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.setup.lang = lang;
        self
    }

    /// Decided under `rules`.
    pub fn rules(mut self, rules: RuleSet) -> Self {
        self.setup.rules = rules;
        self
    }

    /// A tactical meeting, starting from `lists` remembered from the last one.
    pub fn tactical(mut self, lists: TacticalLists) -> Self {
        self.setup.format = MeetingFormat::Tactical;
        self.setup.tactical_lists = lists;
        self
    }

    /// `facilitator` facilitates and `secretary` takes the minutes.
    pub fn roles(mut self, facilitator: PersonId, secretary: Option<PersonId>) -> Self {
        self.setup.facilitator = facilitator;
        self.setup.secretary = secretary;
        self
    }

    /// Timeboxed to `minutes`, or open-ended.
    pub fn timebox(mut self, minutes: Option<u32>) -> Self {
        self.setup.timebox_minutes = minutes;
        self
    }

    /// The meeting clock starts as `start` says (at the opening unless set,
    /// as in every file written before the ready-to-start screen).
    pub fn clock_starts(mut self, start: ClockStart) -> Self {
        self.setup.clock_starts = start;
        self
    }

    /// The setup to open.
    pub fn setup(self) -> Setup {
        self.setup
    }

    /// The meeting opened, ready to be played.
    pub fn open(self) -> Script {
        Script::open(self.setup)
    }
}
