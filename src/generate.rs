//! Synthetic sessions for benchmarks and load tests: realistic meetings
//! (check-in, agenda, full integrative decision-making with questions,
//! reactions, tested objections and integration, outputs, time-outs,
//! closing and close-out) in English and Dutch, driven through the real
//! engine so every generated file is a valid session. Deterministic for a
//! given seed, so benchmark inputs are reproducible.

use chrono::{DateTime, FixedOffset, TimeDelta};

use crate::meeting::{
    Command, Criterion, Disposition, Ending, MeetingFormat, OutOfOrderKind, OutputKind,
    Participant, PersonId, Phase, RuleSet, Session, Setup, Speech,
};
use crate::text::Lang;

mod tactical;
pub use tactical::tactical_session;

const NAMES: &[&str] = &[
    "Ana",
    "Bram de Vries",
    "Chen",
    "Daan",
    "Eline Brouwer",
    "Fatima",
    "Gijs",
    "Hanna",
    "Iris",
    "Joëlle",
    "Kees",
    "Lotte",
    "Mohammed",
    "Noor",
    "Oskar",
    "Priya",
    "Zoë van den Berg",
];
const ROLES: &[&str] = &[
    "Release Manager",
    "Customer Support",
    "Marketing",
    "People Ops",
    "Finance",
    "Circle Lead",
];
const CIRCLES: &[&str] = &[
    "Team Alpha",
    "Operations",
    "Kring Zuid",
    "Product",
    "Café De Spanning",
];
const LABELS: &[&str] = &[
    "release notes",
    "budget",
    "onboarding",
    "website owner",
    "on-call rota",
    "hiring",
    "werkplek",
    "klantvragen",
    "roadmap",
    "office plants",
    "security review",
    "planning",
];
const EN: &[&str] = &[
    "Support hears about changes from customers before we tell them.",
    "The release calendar is not visible to the rest of the organisation.",
    "Nobody owns the contact form, so questions wait for days.",
    "We agreed on a budget but no role can approve spending under 500 euro.",
    "New colleagues spend their first week looking for the right people.",
    "Hotfixes go out without anyone in support knowing.",
    "The on-call rota is kept in someone's head.",
    "Meetings run over because agenda items are not prepared.",
];
const NL: &[&str] = &[
    "Support hoort wijzigingen van klanten voordat wij het vertellen.",
    "De releasekalender is niet zichtbaar voor de rest van de organisatie.",
    "Niemand is eigenaar van het contactformulier, dus vragen blijven dagen liggen.",
    "We hebben een budget, maar geen rol mag uitgaven onder de 500 euro goedkeuren.",
    "Nieuwe collega's zoeken hun eerste week naar de juiste mensen.",
    "Hotfixes gaan live zonder dat support het weet.",
    "Het wachtrooster zit in iemands hoofd.",
    "Vergaderingen lopen uit omdat agendapunten niet voorbereid zijn.",
];

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Seed: the same seed gives the same session.
    pub seed: u64,
    /// Roughly how many events (the session stops at the first natural
    /// point past this, so it may run a few dozen over).
    pub events: usize,
    /// Meeting language (also the language of the texts).
    pub lang: Lang,
    /// Leave the session unfinished (as after a crash).
    pub leave_open: bool,
}

struct Driver {
    session: Session,
    now: DateTime<FixedOffset>,
    rng: fastrand::Rng,
    texts: &'static [&'static str],
}

impl Driver {
    /// Executes a command a realistic moment later; refusals are ignored
    /// because the driver only sends commands the flow allows.
    fn run(&mut self, command: Command) -> bool {
        self.now += TimeDelta::seconds(self.rng.i64(5..90));
        self.session.execute(&command, self.now).is_ok()
    }

    fn sentence(&mut self) -> String {
        self.texts[self.rng.usize(..self.texts.len())].to_owned()
    }

    fn paragraph(&mut self, sentences: usize) -> String {
        (0..sentences)
            .map(|_| self.sentence())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn events(&self) -> usize {
        self.session.log().len()
    }

    fn people(&self) -> usize {
        self.session.state().people.len()
    }

    fn someone(&mut self) -> PersonId {
        PersonId(self.rng.u32(..self.people() as u32))
    }

    /// Gives everyone in the current round a turn.
    fn round(&mut self, said_chance: f32) {
        while self.session.state().whose_turn().is_some() {
            let speech = if self.rng.f32() < said_chance {
                Speech::Said {
                    text: self.sentence(),
                }
            } else {
                Speech::Pass
            };
            if self.rng.f32() < 0.02 {
                self.run(Command::Skip {
                    person: None,
                    reason: "left early".into(),
                });
            } else {
                self.run(Command::Speak {
                    person: None,
                    speech,
                });
            }
        }
    }

    fn item(&mut self) {
        if !self.run(Command::StartItem { item: None }) {
            return;
        }
        let tension = self.paragraph(1);
        self.run(Command::StateTension { text: tension });
        let example = self.paragraph(1);
        self.run(Command::GiveExample { text: example });
        let sentences = self.rng.usize(2..5);
        let proposal = self.paragraph(sentences);
        self.run(Command::StateProposal {
            text: proposal.clone(),
        });
        if self.rng.f32() < 0.05 {
            self.run(Command::EndItem {
                ending: Ending::Withdrawn,
                reason: Some("the proposer wants to talk to Finance first".into()),
            });
            return;
        }
        self.run(Command::OpenClarifyingQuestions);
        for number in 1..=self.rng.u32(0..4) {
            let asker = self.someone();
            let question = format!("{}?", self.sentence().trim_end_matches('.'));
            self.run(Command::AskQuestion {
                asker,
                text: question,
            });
            let roll = self.rng.f32();
            if roll < 0.1 {
                self.run(Command::RuleQuestionOutOfOrder {
                    question: number,
                    reason: "a reaction, not a question".into(),
                });
            } else {
                let answer = (roll < 0.8).then(|| self.sentence());
                self.run(Command::AnswerQuestion {
                    question: number,
                    answer,
                });
            }
        }
        self.run(Command::OpenReactionRound);
        self.round(0.6);
        self.run(Command::OpenAmendAndClarify);
        let mut version_text = proposal;
        if self.rng.f32() < 0.4 {
            version_text = format!("{version_text} {}", self.sentence());
            self.run(Command::AmendProposal {
                text: version_text.clone(),
                for_objection: None,
            });
        }
        loop {
            self.run(Command::OpenObjectionRound);
            self.round(0.15);
            let concerns: Vec<u32> = self
                .session
                .state()
                .active_item()
                .map(|i| {
                    i.concerns()
                        .iter()
                        .filter(|c| c.is_unhandled())
                        .map(|c| c.number)
                        .collect()
                })
                .unwrap_or_default();
            for concern in &concerns {
                if self.rng.bool() {
                    self.run(Command::RecordObjection { concern: *concern });
                } else {
                    for criterion in Criterion::ALL {
                        let holds = self.rng.f32() < 0.75;
                        let argument = self.sentence();
                        self.run(Command::TestCriterion {
                            concern: *concern,
                            criterion,
                            argument,
                            holds,
                        });
                        if !holds {
                            break;
                        }
                    }
                }
            }
            let open: Vec<u32> = self
                .session
                .state()
                .active_item()
                .map(|i| {
                    i.concerns()
                        .iter()
                        .filter(|c| c.is_open_objection())
                        .map(|c| c.number)
                        .collect()
                })
                .unwrap_or_default();
            if open.is_empty() {
                break;
            }
            self.run(Command::OpenIntegration);
            for concern in open {
                version_text = format!("{version_text} {}", self.sentence());
                self.run(Command::AmendProposal {
                    text: version_text.clone(),
                    for_objection: Some(concern),
                });
                self.run(Command::ConfirmObjector { concern });
                self.run(Command::ConfirmProposer { concern });
            }
        }
        if self.rng.f32() < 0.5 {
            let owner = Some(self.someone());
            let kind = [
                OutputKind::NextAction,
                OutputKind::Project,
                OutputKind::Information,
            ][self.rng.usize(..3)];
            let text = self.sentence();
            self.run(Command::RecordOutput {
                kind,
                owner,
                text,
                role: None,
            });
        }
        if self.rng.f32() < 0.1 {
            self.run(Command::EndItem {
                ending: Ending::Unfinished,
                reason: Some("time ran out".into()),
            });
        } else {
            self.run(Command::EndItem {
                ending: Ending::Adopted,
                reason: None,
            });
        }
    }
}

/// Generates one session. Always valid: every event went through the engine.
pub fn session(spec: Spec) -> Session {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let count = rng.usize(4..10);
    let mut names: Vec<&str> = NAMES.to_vec();
    rng.shuffle(&mut names);
    let participants: Vec<Participant> = names[..count]
        .iter()
        .map(|n| Participant {
            name: (*n).to_owned(),
            roles: (0..rng.usize(0..3))
                .map(|_| ROLES[rng.usize(..ROLES.len())].to_owned())
                .collect(),
        })
        .collect();
    let base = DateTime::parse_from_rfc3339("2022-01-03T09:00:00+01:00").unwrap_or_default();
    let opened_at = base + TimeDelta::days(rng.i64(0..1400)) + TimeDelta::minutes(rng.i64(0..600));
    // Dutch texts for Dutch meetings, English otherwise.
    let dutch = spec.lang == Lang::Nl;
    let title = if dutch {
        "Rolverleg"
    } else {
        "Governance meeting"
    };
    let setup = Setup {
        title: format!("{title} {}", rng.u32(1..500)),
        circle: CIRCLES[rng.usize(..CIRCLES.len())].to_owned(),
        lang: spec.lang,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at,
        participants,
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: Some(90),
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    };
    let Ok(session) = Session::open(setup) else {
        unreachable!("generated setups are valid: unique names, people present");
    };
    let texts = if dutch { NL } else { EN };
    let mut d = Driver {
        session,
        now: opened_at,
        rng,
        texts,
    };
    d.run(Command::StartCheckIn);
    d.round(0.7);
    d.run(Command::OpenAgenda);
    let closing_cost = 2 * count + 12;
    while d.events() + closing_cost < spec.events {
        let owner = d.someone();
        let label = LABELS[d.rng.usize(..LABELS.len())].to_owned();
        d.run(Command::AddItem { label, owner });
        if d.rng.f32() < 0.05 {
            let requested_by = Some(d.someone());
            d.run(Command::StartTimeOut {
                requested_by,
                reason: "are we still on process?".into(),
            });
            d.run(Command::EndTimeOut { note: None });
        }
        if d.rng.f32() < 0.05 {
            let person = Some(d.someone());
            d.run(Command::RecordOutOfOrder {
                person,
                kind: OutOfOrderKind::CrossTalk,
                note: "responded during a round".into(),
            });
        }
        d.item();
        if spec.leave_open && d.events() * 2 > spec.events {
            return d.session;
        }
    }
    for _ in 0..d.rng.usize(0..3) {
        let owner = d.someone();
        d.run(Command::AddItem {
            label: "next time".into(),
            owner,
        });
    }
    if spec.leave_open {
        return d.session;
    }
    d.run(Command::OpenClosingRound);
    d.round(0.7);
    d.run(Command::OpenCloseOut);
    let undecided: Vec<_> = d
        .session
        .state()
        .agenda
        .iter()
        .filter(|i| i.needs_disposition())
        .map(|i| i.id)
        .collect();
    for item in undecided {
        let disposition = if d.rng.bool() {
            Disposition::CarriedOver
        } else {
            Disposition::LetGo
        };
        d.run(Command::Dispose { item, disposition });
    }
    d.run(Command::CloseSession);
    debug_assert!(matches!(d.session.state().phase, Phase::Closed));
    d.session
}
