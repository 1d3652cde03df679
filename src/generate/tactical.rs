//! Synthetic tactical meetings: check-in, the three reviews (with lists
//! remembered from an earlier meeting), and triage of many items with
//! needs, requests, outputs per owner, need-met and cut-off endings. For
//! load tests and benchmarks of the tactical screens, driven through the
//! real engine like [`super::session`].

use chrono::{DateTime, TimeDelta};

use super::{Driver, LABELS, NAMES, ROLES, Spec};
use crate::meeting::{
    Command, Disposition, Ending, EntryAnswer, EntryDef, MeetingFormat, OutputKind, Participant,
    PersonId, RequestTo, RuleSet, Session, Setup, TacticalList, TacticalLists,
};
use crate::text::Lang;

/// Generates one tactical session. Always valid: every event went through
/// the engine.
pub fn tactical_session(spec: Spec) -> Session {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let count = rng.usize(4..10);
    let mut names: Vec<&str> = NAMES.to_vec();
    rng.shuffle(&mut names);
    let participants: Vec<Participant> = names[..count]
        .iter()
        .map(|n| Participant {
            name: (*n).to_owned(),
            roles: vec![ROLES[rng.usize(..ROLES.len())].to_owned()],
        })
        .collect();
    let base = DateTime::parse_from_rfc3339("2022-01-03T09:00:00+01:00").unwrap_or_default();
    let opened_at = base + TimeDelta::days(rng.i64(0..1400)) + TimeDelta::minutes(rng.i64(0..600));
    let dutch = spec.lang == Lang::Nl;
    let def = |rng: &mut fastrand::Rng, text: &str| EntryDef {
        text: text.to_owned(),
        owner: Some(names[rng.usize(..count)].to_owned()),
        role: None,
        previous: None,
        waiting_on: None,
    };
    let lists = TacticalLists {
        checklist: (0..rng.usize(2..8))
            .map(|i| def(&mut rng, &format!("checklist {i}")))
            .collect(),
        metrics: (0..rng.usize(1..6))
            .map(|i| def(&mut rng, &format!("metric {i}")))
            .collect(),
        progress: (0..rng.usize(1..6))
            .map(|i| def(&mut rng, &format!("project {i}")))
            .collect(),
        actions: Vec::new(),
    };
    let setup = Setup {
        title: format!(
            "{} {}",
            if dutch {
                "Werkoverleg"
            } else {
                "Tactical meeting"
            },
            rng.u32(1..500)
        ),
        circle: "Operations".to_owned(),
        lang: spec.lang,
        format: MeetingFormat::Tactical,
        rules: RuleSet::Integrative,
        opened_at,
        participants,
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: Some(60),
        tactical_lists: lists,
        clock_starts: Default::default(),
        offered: Vec::new(),
    };
    let Ok(session) = Session::open(setup) else {
        unreachable!("generated setups are valid: unique names, people present");
    };
    let mut d = Driver {
        session,
        now: opened_at,
        rng,
        texts: if dutch { super::NL } else { super::EN },
    };
    d.run(Command::StartCheckIn);
    d.round(0.5);
    for (open, list) in [
        (Command::OpenChecklist, TacticalList::Checklist),
        (Command::OpenMetrics, TacticalList::Metrics),
        (Command::OpenProgress, TacticalList::Progress),
    ] {
        d.run(open);
        let numbers: Vec<u32> = d
            .session
            .state()
            .tactical
            .list(list)
            .iter()
            .map(|e| e.number)
            .collect();
        for number in numbers {
            let answer = match list {
                TacticalList::Checklist if d.rng.f32() < 0.8 => EntryAnswer::Check { note: None },
                TacticalList::Checklist => EntryAnswer::NoCheck {
                    note: Some(d.sentence()),
                },
                TacticalList::Metrics => EntryAnswer::Value {
                    text: d.rng.u32(0..500).to_string(),
                },
                TacticalList::Progress if d.rng.bool() => EntryAnswer::NoUpdate,
                TacticalList::Progress => EntryAnswer::Update { text: d.sentence() },
            };
            d.run(Command::AnswerEntry {
                list,
                number,
                answer,
            });
        }
    }
    d.run(Command::OpenAgenda);
    let closing_cost = 2 * count + 12;
    while d.events() + closing_cost < spec.events {
        let owner = d.someone();
        let label = LABELS[d.rng.usize(..LABELS.len())].to_owned();
        d.run(Command::AddItem { label, owner });
        d.triage();
        if spec.leave_open && d.events() * 2 > spec.events {
            return d.session;
        }
    }
    if spec.leave_open {
        return d.session;
    }
    d.run(Command::OpenClosingRound);
    d.round(0.5);
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
    d.session
}

impl Driver {
    /// Triage of the next item: a need, a few requests answered, outputs
    /// with owners and roles, then need met (or, now and then, cut off).
    fn triage(&mut self) {
        if !self.run(Command::StartItem { item: None }) {
            return;
        }
        let need = self.sentence();
        self.run(Command::StateNeed { text: need });
        for number in 1..=self.rng.u32(0..3) {
            let to = if self.rng.bool() {
                RequestTo::Person(self.someone())
            } else {
                RequestTo::Role(ROLES[self.rng.usize(..ROLES.len())].to_owned())
            };
            let text = self.sentence();
            self.run(Command::MakeRequest { to, text });
            let accepted = self.rng.f32() < 0.8;
            self.run(Command::AnswerRequest { number, accepted });
        }
        for _ in 0..self.rng.usize(1..4) {
            let kind = [
                OutputKind::NextAction,
                OutputKind::NextAction,
                OutputKind::Project,
                OutputKind::Information,
            ][self.rng.usize(..4)];
            let owner = (kind != OutputKind::Information).then(|| self.someone());
            let role = (self.rng.bool() && owner.is_some())
                .then(|| ROLES[self.rng.usize(..ROLES.len())].to_owned());
            let text = self.sentence();
            self.run(Command::RecordOutput {
                kind,
                owner,
                text,
                role,
            });
        }
        let cut = self.rng.f32() < 0.15
            && self.run(Command::EndItem {
                ending: Ending::CutOff,
                reason: Some("time share used".into()),
            });
        if !cut {
            self.run(Command::EndItem {
                ending: Ending::NeedMet,
                reason: None,
            });
        }
    }
}
