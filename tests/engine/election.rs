//! Engine tests for integrative elections: every allowed and refused
//! command of each election step, the hidden ballots, the tie rule, the
//! candidate asked last, the elected output, and the session file.

#![allow(clippy::unwrap_used)]

use std::ops::{Deref, DerefMut};

use crate::support::election as election_support;
use crate::support::script::Script;

use election_support::{ANA, BRAM, CHEN, DAAN, EVA};
use spanning::meeting::{
    Command, Direction, ElectionRefusal, Ending, Event, IdmStep, ItemId, ItemKind, Participant,
    Phase, Refusal, RoundKind, RuleSet, Speech, Term,
};
use spanning::text::Lang;

/// The election meeting, a command every 30 seconds.
struct Meeting(Script);

impl Deref for Meeting {
    type Target = Script;
    fn deref(&self) -> &Script {
        &self.0
    }
}

impl DerefMut for Meeting {
    fn deref_mut(&mut self) -> &mut Script {
        &mut self.0
    }
}

impl Meeting {
    fn new() -> Self {
        Self::with_rules(RuleSet::Integrative)
    }

    fn with_rules(rules: RuleSet) -> Self {
        let mut setup = election_support::setup_in(Lang::En);
        setup.rules = rules;
        Meeting(Script::open(setup).every(30))
    }

    fn ok(&mut self, command: Command) {
        self.run(command);
    }

    fn refused(&mut self, command: Command) -> Refusal {
        // `then_refused` also checks it reads as a sentence in every language.
        self.when(command).then_refused()
    }

    fn pass(&mut self) {
        self.ok(Command::Speak {
            person: None,
            speech: Speech::Pass,
        });
    }

    fn agenda(&mut self) {
        self.ok(Command::StartCheckIn);
        for _ in 0..5 {
            self.pass();
        }
        self.ok(Command::OpenAgenda);
    }

    fn labels(&self) -> Vec<String> {
        self.session
            .state()
            .agenda
            .iter()
            .map(|i| i.label.clone())
            .collect()
    }

    fn step(&self) -> Option<IdmStep> {
        match self.session.state().phase {
            Phase::Item { step, .. } => Some(step),
            _ => None,
        }
    }

    fn election(&self) -> &spanning::meeting::election::Election {
        self.session
            .state()
            .active_item()
            .and_then(|i| i.election())
            .expect("an election is running")
    }

    /// Agenda with one election started and described.
    fn described(&mut self) {
        self.agenda();
        self.ok(Command::AddElection {
            role: "Facilitator".into(),
            owner: BRAM,
        });
        self.ok(Command::StartItem { item: None });
        self.ok(Command::DescribeRole {
            text: "Runs our meetings".into(),
            term: Term::months(12),
        });
    }

    fn nominate(&mut self, ballots: &[(spanning::meeting::PersonId, spanning::meeting::PersonId)]) {
        for (voter, nominee) in ballots {
            self.ok(Command::Nominate {
                voter: *voter,
                nominee: *nominee,
            });
        }
    }

    /// Described, all five ballots in (Chen 2, Daan 2, Eva 1), sharing done,
    /// in the changes step.
    fn at_changes(&mut self) {
        self.described();
        self.ok(Command::OpenNominations);
        self.nominate(&[
            (ANA, CHEN),
            (BRAM, DAAN),
            (CHEN, DAAN),
            (DAAN, CHEN),
            (EVA, EVA),
        ]);
        self.ok(Command::OpenNominationSharing);
        for _ in 0..5 {
            self.pass();
        }
        self.ok(Command::OpenNominationChanges);
    }
}

fn election_refusal(r: Refusal) -> ElectionRefusal {
    match r {
        Refusal::Election(e) => e,
        other => panic!("expected an election refusal, got {other:?}"),
    }
}

#[test]
fn an_election_goes_first_and_tensions_cannot_overtake_it() {
    let mut m = Meeting::new();
    m.agenda();
    for label in ["coffee budget", "oven"] {
        m.ok(Command::AddItem {
            label: label.into(),
            owner: CHEN,
        });
    }
    m.ok(Command::AddElection {
        role: "Facilitator".into(),
        owner: BRAM,
    });
    m.ok(Command::AddElection {
        role: "Secretary".into(),
        owner: EVA,
    });
    m.ok(Command::AddItem {
        label: "signage".into(),
        owner: DAAN,
    });
    assert_eq!(
        m.labels(),
        [
            "Facilitator",
            "Secretary",
            "coffee budget",
            "oven",
            "signage"
        ]
    );
    let facilitator = m.session.state().agenda[0].id;
    let coffee = m.session.state().agenda[2].id;
    // A tension cannot move ahead of an election, nor an election below a tension.
    let r = election_refusal(m.refused(Command::MoveItem {
        item: coffee,
        position: 0,
    }));
    assert_eq!(
        r,
        ElectionRefusal::ElectionFirst {
            role: "Facilitator".into()
        }
    );
    let r = election_refusal(m.refused(Command::MoveItem {
        item: facilitator,
        position: 3,
    }));
    assert_eq!(
        r,
        ElectionRefusal::ElectionFirst {
            role: "Facilitator".into()
        }
    );
    // Elections may swap among themselves, tensions among themselves.
    m.ok(Command::MoveItem {
        item: facilitator,
        position: 1,
    });
    m.ok(Command::MoveItem {
        item: coffee,
        position: 4,
    });
    assert_eq!(
        m.labels(),
        [
            "Secretary",
            "Facilitator",
            "oven",
            "signage",
            "coffee budget"
        ]
    );
    // Starting a tension while an election waits is refused, with the role named.
    let msg = Lang::En
        .words()
        .refusal(&m.refused(Command::StartItem { item: Some(coffee) }));
    assert!(msg.contains("Secretary"), "{msg}");
    m.ok(Command::StartItem { item: None });
    assert_eq!(m.step(), Some(IdmStep::DescribeRole));
    assert_eq!(m.session.state().active_item().unwrap().label, "Secretary");
    // An election asked for while one runs goes after the started item,
    // after the elections already waiting.
    m.ok(Command::AddElection {
        role: "Rep link".into(),
        owner: ANA,
    });
    assert_eq!(
        m.labels(),
        [
            "Secretary",
            "Facilitator",
            "Rep link",
            "oven",
            "signage",
            "coffee budget"
        ]
    );
}

#[test]
fn asking_for_an_election_checks_the_role_and_owner() {
    let mut m = Meeting::new();
    let r = m.refused(Command::AddElection {
        role: "Facilitator".into(),
        owner: ANA,
    });
    assert!(matches!(r, Refusal::NotNow { .. }));
    m.agenda();
    assert!(matches!(
        m.refused(Command::AddElection {
            role: "  ".into(),
            owner: ANA
        }),
        Refusal::Empty { .. }
    ));
    assert!(matches!(
        m.refused(Command::AddElection {
            role: "a very long role name".into(),
            owner: ANA
        }),
        Refusal::LabelTooLong { words: 5 }
    ));
    assert!(matches!(
        m.refused(Command::AddElection {
            role: "Facilitator".into(),
            owner: spanning::meeting::PersonId(9)
        }),
        Refusal::UnknownPerson { id: 9 }
    ));
}

#[test]
fn describing_the_role_and_term() {
    let mut m = Meeting::new();
    m.agenda();
    m.ok(Command::AddElection {
        role: "Facilitator".into(),
        owner: BRAM,
    });
    m.ok(Command::StartItem { item: None });
    assert_eq!(
        election_refusal(m.refused(Command::OpenNominations)),
        ElectionRefusal::NoRoleDescription
    );
    // Tension steps do not apply to an election.
    assert!(matches!(
        m.refused(Command::StateTension { text: "x".into() }),
        Refusal::NotNow { .. }
    ));
    for months in [0, 121] {
        assert_eq!(
            election_refusal(m.refused(Command::DescribeRole {
                text: "Runs meetings".into(),
                term: Term::months(months),
            })),
            ElectionRefusal::TermOutOfRange { max: 120 }
        );
    }
    assert!(matches!(
        m.refused(Command::DescribeRole {
            text: " ".into(),
            term: Term::months(12),
        }),
        Refusal::Empty { .. }
    ));
    m.ok(Command::DescribeRole {
        text: "Runs meetings".into(),
        term: Term::months(6),
    });
    // A second description corrects the first.
    m.ok(Command::DescribeRole {
        text: "Runs our meetings".into(),
        term: Term {
            months: 12,
            note: Some("  ".into()),
        },
    });
    let e = m.election();
    assert_eq!(e.description.as_deref(), Some("Runs our meetings"));
    assert_eq!(e.term, Some(Term::months(12)), "a blank note is no note");
    // Nominations only after describing.
    assert!(matches!(
        m.refused(Command::Nominate {
            voter: ANA,
            nominee: BRAM
        }),
        Refusal::NotNow { .. }
    ));
    m.ok(Command::OpenNominations);
    assert_eq!(m.step(), Some(IdmStep::Nominations));
    assert!(matches!(
        m.refused(Command::DescribeRole {
            text: "late".into(),
            term: Term::months(1),
        }),
        Refusal::NotNow { .. }
    ));
}

#[test]
fn ballots_stay_hidden_until_all_are_in_and_can_be_corrected() {
    let mut m = Meeting::new();
    m.described();
    m.ok(Command::OpenNominations);
    m.nominate(&[(ANA, CHEN), (BRAM, DAAN)]);
    // Not everyone has nominated: sharing is refused, naming who is missing.
    let r = election_refusal(m.refused(Command::OpenNominationSharing));
    assert_eq!(
        r,
        ElectionRefusal::BallotsMissing {
            waiting: vec!["Chen".into(), "Daan".into(), "Eva".into()]
        }
    );
    // The status line and undo name the voter, never the nominee.
    let last = m.session.log().last().unwrap().event.clone();
    assert!(matches!(last, Event::Nominated { .. }));
    for lang in Lang::ALL {
        let said = lang.words().event(&last, m.session.state());
        assert!(said.contains("Bram"), "{said}");
        assert!(!said.contains("Daan"), "the nominee leaked: {said}");
    }
    assert!(!m.election().revealed);
    // An absent voter cannot nominate; anyone can be nominated, oneself too.
    m.ok(Command::SetPresence {
        person: EVA,
        present: false,
        reason: None,
    });
    m.when(Command::Nominate {
        voter: EVA,
        nominee: ANA,
    })
    .then_refusal(Refusal::NotPresent { name: "Eva".into() });
    assert!(matches!(
        m.refused(Command::Nominate {
            voter: ANA,
            nominee: spanning::meeting::PersonId(7)
        }),
        Refusal::UnknownPerson { id: 7 }
    ));
    m.nominate(&[(CHEN, CHEN), (DAAN, EVA)]);
    // A mistyped ballot is corrected by entering it again.
    m.nominate(&[(DAAN, CHEN)]);
    let e = m.election();
    assert_eq!(e.ballots.len(), 4);
    assert_eq!(e.ballot_of(DAAN).unwrap().nominee, CHEN);
    assert_eq!(e.corrections, 1);
    // Undo takes a ballot back.
    m.ok(Command::Undo);
    assert_eq!(m.election().ballot_of(DAAN).unwrap().nominee, EVA);
    m.nominate(&[(DAAN, CHEN)]);
    // Eva is absent: the four present ballots are all that is needed.
    m.ok(Command::OpenNominationSharing);
    assert!(m.election().revealed);
    let round = m.session.state().current_round().unwrap();
    assert_eq!(round.kind, RoundKind::NominationSharing);
    assert_eq!(round.order.len(), 4);
    assert!(matches!(
        m.refused(Command::Nominate {
            voter: ANA,
            nominee: BRAM
        }),
        Refusal::NotNow { .. }
    ));
}

#[test]
fn the_sharing_round_must_complete_before_changes() {
    let mut m = Meeting::new();
    m.described();
    m.ok(Command::OpenNominations);
    m.nominate(&[
        (ANA, CHEN),
        (BRAM, DAAN),
        (CHEN, DAAN),
        (DAAN, CHEN),
        (EVA, EVA),
    ]);
    m.ok(Command::OpenNominationSharing);
    m.ok(Command::Speak {
        person: None,
        speech: Speech::Said {
            text: "Chen listens well".into(),
        },
    });
    assert!(matches!(
        m.refused(Command::OpenNominationChanges),
        Refusal::RoundIncomplete {
            kind: RoundKind::NominationSharing,
            ..
        }
    ));
    assert!(matches!(
        m.refused(Command::ChangeNomination {
            voter: ANA,
            nominee: BRAM
        }),
        Refusal::NotNow { .. }
    ));
    for _ in 0..4 {
        m.pass();
    }
    m.ok(Command::OpenNominationChanges);
    assert_eq!(m.step(), Some(IdmStep::NominationChanges));
}

#[test]
fn changing_nominations_updates_the_count() {
    let mut m = Meeting::new();
    m.at_changes();
    assert_eq!(m.election().tally(), vec![(CHEN, 2), (DAAN, 2), (EVA, 1)]);
    assert_eq!(
        election_refusal(m.refused(Command::ChangeNomination {
            voter: ANA,
            nominee: CHEN
        })),
        ElectionRefusal::SameNominee {
            name: "Chen".into()
        }
    );
    // Someone who joined late has no ballot to change.
    m.ok(Command::AddParticipant {
        participant: Participant::named("Fay"),
    });
    assert_eq!(
        election_refusal(m.refused(Command::ChangeNomination {
            voter: spanning::meeting::PersonId(5),
            nominee: CHEN
        })),
        ElectionRefusal::NoBallot { name: "Fay".into() }
    );
    m.ok(Command::ChangeNomination {
        voter: EVA,
        nominee: DAAN,
    });
    let e = m.election();
    assert_eq!(e.tally(), vec![(DAAN, 3), (CHEN, 2)]);
    assert_eq!(e.leaders(), vec![DAAN]);
    assert_eq!(e.changes.len(), 1);
    assert_eq!((e.changes[0].from, e.changes[0].to), (EVA, DAAN));
    assert_eq!(e.ballot_of(EVA).unwrap().first_nominee, EVA);
    m.ok(Command::OpenCandidateProposal);
    assert_eq!(m.step(), Some(IdmStep::ProposeCandidate));
    // No tie: only the leader can be proposed.
    assert_eq!(
        election_refusal(m.refused(Command::ProposeCandidate {
            candidate: CHEN,
            term: None,
            for_objection: None,
        })),
        ElectionRefusal::NotLeading {
            name: "Chen".into(),
            leaders: vec!["Daan".into()]
        }
    );
    m.ok(Command::ProposeCandidate {
        candidate: DAAN,
        term: None,
        for_objection: None,
    });
    let c = m.election().candidacy().unwrap().clone();
    assert_eq!((c.candidate, c.version, c.tied.len()), (DAAN, 1, 0));
    assert_eq!(c.term, Term::months(12), "the described term by default");
}

#[test]
fn on_a_tie_the_facilitator_chooses_among_the_tied_leaders() {
    let mut m = Meeting::new();
    m.at_changes();
    assert!(matches!(
        m.refused(Command::ProposeCandidate {
            candidate: CHEN,
            term: None,
            for_objection: None,
        }),
        Refusal::NotNow { .. }
    ));
    m.ok(Command::OpenCandidateProposal);
    assert_eq!(
        election_refusal(m.refused(Command::OpenObjectionRound)),
        ElectionRefusal::NoCandidate
    );
    // Integrating an objection is for integration, not the first proposal.
    assert!(matches!(
        m.refused(Command::ProposeCandidate {
            candidate: CHEN,
            term: None,
            for_objection: Some(1),
        }),
        Refusal::NotNow { .. }
    ));
    let r = election_refusal(m.refused(Command::ProposeCandidate {
        candidate: EVA,
        term: None,
        for_objection: None,
    }));
    assert_eq!(
        r,
        ElectionRefusal::NotLeading {
            name: "Eva".into(),
            leaders: vec!["Chen".into(), "Daan".into()]
        }
    );
    let msg = Lang::En.words().refusal(&Refusal::Election(r));
    assert!(msg.contains("Chen or Daan"), "{msg}");
    m.ok(Command::ProposeCandidate {
        candidate: DAAN,
        term: None,
        for_objection: None,
    });
    // Choosing again before the round replaces the proposal with a new version.
    m.ok(Command::ProposeCandidate {
        candidate: CHEN,
        term: Some(Term::months(9)),
        for_objection: None,
    });
    let c = m.election().candidacy().unwrap().clone();
    assert_eq!(c.candidate, CHEN);
    assert_eq!(c.version, 2);
    assert_eq!(c.tied, vec![CHEN, DAAN], "the tie is recorded");
}

#[test]
fn the_candidate_is_asked_last_even_when_the_order_changes() {
    let mut m = Meeting::new();
    m.at_changes();
    m.ok(Command::OpenCandidateProposal);
    m.ok(Command::ProposeCandidate {
        candidate: CHEN,
        term: None,
        for_objection: None,
    });
    m.ok(Command::OpenObjectionRound);
    let order = m.session.state().current_round().unwrap().order.clone();
    assert_eq!(order.len(), 5);
    assert_eq!(order.last(), Some(&CHEN));
    for (first, direction) in [
        (CHEN, Direction::Forward),
        (BRAM, Direction::Backward),
        (DAAN, Direction::Forward),
    ] {
        m.ok(Command::SetRoundOrder { first, direction });
        let order = m.session.state().current_round().unwrap().order.clone();
        assert_eq!(
            order.last(),
            Some(&CHEN),
            "{first:?} {direction:?}: {order:?}"
        );
        assert_eq!(order.len(), 5);
        if first != CHEN {
            assert_eq!(order[0], first);
        }
    }
    // Nobody may jump the candidate's place either: Chen's turn by name is
    // allowed (turns may be taken out of order), the order itself keeps Chen last.
    m.ok(Command::Speak {
        person: Some(CHEN),
        speech: Speech::Pass,
    });
    let round = m.session.state().current_round().unwrap().clone();
    assert_eq!(round.order.last(), Some(&CHEN));
    assert!(round.has_had_turn(CHEN));
    for _ in 0..4 {
        m.pass();
    }
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let item = m
        .session
        .state()
        .agenda
        .iter()
        .find(|i| i.is_election())
        .unwrap();
    let elected = item.elected().expect("elected");
    assert_eq!(elected.person, CHEN);
    assert_eq!(elected.role, "Facilitator");
    assert_eq!(elected.term, Term::months(12));
}

#[test]
fn an_objection_is_integrated_by_another_term_or_candidate() {
    let mut m = Meeting::new();
    m.at_changes();
    m.ok(Command::OpenCandidateProposal);
    m.ok(Command::ProposeCandidate {
        candidate: CHEN,
        term: None,
        for_objection: None,
    });
    m.ok(Command::OpenObjectionRound);
    let order = m.session.state().current_round().unwrap().order.clone();
    for p in order {
        let speech = if p == DAAN {
            Speech::Said {
                text: "Chen is overloaded".into(),
            }
        } else {
            Speech::Pass
        };
        m.ok(Command::Speak {
            person: Some(p),
            speech,
        });
    }
    m.ok(Command::RecordObjection { concern: 1 });
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Adopted,
            reason: None
        }),
        Refusal::ObjectionsOpen { .. }
    ));
    m.ok(Command::OpenIntegration);
    assert_eq!(
        election_refusal(m.refused(Command::AmendProposal {
            text: "Chen for 6 months".into(),
            for_objection: Some(1)
        })),
        ElectionRefusal::CandidacyNotText
    );
    assert_eq!(
        election_refusal(m.refused(Command::ProposeCandidate {
            candidate: CHEN,
            term: None,
            for_objection: None,
        })),
        ElectionRefusal::SameCandidacy
    );
    // The objector can only confirm once something changed.
    assert!(matches!(
        m.refused(Command::ConfirmObjector { concern: 1 }),
        Refusal::NotAmendedSinceObjection { number: 1 }
    ));
    // A candidacy can only integrate an open objection.
    m.when(Command::ProposeCandidate {
        candidate: EVA,
        term: None,
        for_objection: Some(2),
    })
    .then_refusal(Refusal::UnknownConcern { number: 2 });
    // In integration any participant may be proposed, not only the leaders.
    m.ok(Command::ProposeCandidate {
        candidate: EVA,
        term: Some(Term::months(6)),
        for_objection: Some(1),
    });
    assert_eq!(m.election().candidacy().unwrap().for_objection, Some(1));
    m.ok(Command::ConfirmObjector { concern: 1 });
    m.ok(Command::ConfirmProposer { concern: 1 });
    m.ok(Command::OpenObjectionRound);
    let order = m.session.state().current_round().unwrap().order.clone();
    assert_eq!(order.last(), Some(&EVA), "the new candidate is asked last");
    for _ in 0..5 {
        m.pass();
    }
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let item = m
        .session
        .state()
        .agenda
        .iter()
        .find(|i| i.is_election())
        .unwrap();
    let elected = item.elected().unwrap();
    assert_eq!((elected.person, elected.term.months), (EVA, 6));
    assert_eq!(item.election().unwrap().candidacies.len(), 2);
}

#[test]
fn an_election_can_end_without_a_result() {
    let mut m = Meeting::new();
    m.described();
    // Process breakdown belongs to integration; withdrawn and unfinished work anywhere.
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::ProcessBreakdown,
            reason: Some("stuck".into())
        }),
        Refusal::EndingNotAllowed { .. }
    ));
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Discarded,
            reason: Some("no".into())
        }),
        Refusal::EndingNotAllowed { .. }
    ));
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Dropped,
            reason: Some("no".into())
        }),
        Refusal::EndingNotAllowed { .. }
    ));
    m.ok(Command::EndItem {
        ending: Ending::Unfinished,
        reason: None,
    });
    let item = &m.session.state().agenda[0];
    assert!(item.elected().is_none());
    assert!(item.needs_disposition());
}

#[test]
fn the_full_meeting_elects_chen_for_six_months() {
    let session = election_support::closed_meeting(Lang::En);
    let state = session.state();
    assert!(state.is_closed());
    let item = state.agenda.iter().find(|i| i.is_election()).unwrap();
    let e = item.election().unwrap();
    assert_eq!(e.corrections, 1);
    assert_eq!(e.changes.len(), 1);
    assert_eq!(e.candidacies[0].tied, vec![CHEN, DAAN]);
    let elected = item.elected().unwrap();
    assert_eq!(elected.person, CHEN);
    assert_eq!(elected.term.months, 6);
    assert_eq!(
        Lang::En.words().term(&elected.term, state.opened_at),
        "6 months (until 2027-05-22); then review the load on Pastry"
    );
    assert_eq!(item.concerns()[0].integrated_in, Some(2));
}

#[test]
fn old_files_are_unchanged_and_elections_round_trip() {
    // A tension item is written exactly as before (no kind field).
    let tension = Event::ItemAdded {
        item: ItemId(1),
        label: "oven".into(),
        owner: ANA,
        kind: ItemKind::Tension,
    };
    let json = serde_json::to_string(&tension).unwrap();
    assert_eq!(
        json,
        r#"{"type":"item_added","item":1,"label":"oven","owner":0}"#
    );
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), tension);
    let election = Event::ItemAdded {
        item: ItemId(2),
        label: "Facilitator".into(),
        owner: ANA,
        kind: ItemKind::Election,
    };
    let json = serde_json::to_string(&election).unwrap();
    assert!(json.contains(r#""kind":"election""#), "{json}");
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), election);
    // The whole meeting survives the session file.
    let session = election_support::closed_meeting(Lang::En);
    let id = spanning::store::stem(session.setup(), 1);
    let bytes = spanning::store::session_bytes(&id, &session);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{id}.json"));
    std::fs::write(&path, &bytes).unwrap();
    let loaded = spanning::store::load(&path).unwrap();
    assert_eq!(loaded.session.log(), session.log());
    assert_eq!(loaded.session.state(), session.state());
    assert_eq!(spanning::store::session_bytes(&id, &loaded.session), bytes);
}

/// Every election word exists in both languages, and Dutch is not English
/// left untranslated.
#[test]
fn election_words_are_said_in_every_language() {
    use spanning::text::election::ElectionHeading;
    let en = Lang::En.words();
    let nl = Lang::Nl.words();
    let steps = [
        IdmStep::DescribeRole,
        IdmStep::Nominations,
        IdmStep::NominationSharing,
        IdmStep::NominationChanges,
        IdmStep::ProposeCandidate,
    ];
    let term = Term {
        months: 1,
        note: Some("note".into()),
    };
    let names = vec!["Chen".to_owned(), "Daan".to_owned()];
    let said = |w: &dyn spanning::text::Words| -> Vec<String> {
        let mut all: Vec<String> = steps.iter().map(|s| w.step(*s).to_owned()).collect();
        all.extend(ElectionHeading::ALL.map(|h| w.election_heading(h).to_owned()));
        all.extend([
            w.round(RoundKind::NominationSharing).to_owned(),
            w.term(&term, election_support::opened()),
            w.tie_rule().to_owned(),
            w.election_tag().to_owned(),
            w.has_nominated("Ana"),
            w.not_nominated("Ana"),
            w.ballots_in(1, 2),
            w.ballot("Ana", "Bo"),
            w.change("Ana", "Bo", "Cy"),
            w.tally("Bo", 2),
            w.tie(&names),
            w.asked_last("Bo"),
            w.elected("Bo", "Facilitator", "x"),
            w.election_adopted("v1", "10:00"),
            w.ballots_not_shared(2),
            w.ballot_corrections(2),
        ]);
        all
    };
    let (english, dutch) = (said(en), said(nl));
    for (e, n) in english.iter().zip(&dutch) {
        assert!(!e.trim().is_empty() && !n.trim().is_empty());
        assert_ne!(e, n, "left in English: {e}");
    }
    assert_eq!(
        en.term(&term, election_support::opened()),
        "1 month (until 2026-12-22); note"
    );
    // "v1: Bo, 12 months": the same in both languages, by design.
    for w in [en, nl] {
        assert_eq!(w.candidacy(1, "Bo", "x"), "v1: Bo, x");
    }
}

/// Each election command is refused, as "not now", outside its step, and
/// on a tension item.
#[test]
fn election_commands_are_refused_outside_their_steps() {
    let commands = || {
        vec![
            Command::DescribeRole {
                text: "x".into(),
                term: Term::months(1),
            },
            Command::OpenNominations,
            Command::Nominate {
                voter: ANA,
                nominee: BRAM,
            },
            Command::OpenNominationSharing,
            Command::OpenNominationChanges,
            Command::ChangeNomination {
                voter: ANA,
                nominee: BRAM,
            },
            Command::OpenCandidateProposal,
            Command::ProposeCandidate {
                candidate: BRAM,
                term: None,
                for_objection: None,
            },
        ]
    };
    let mut m = Meeting::new();
    m.agenda();
    for c in commands() {
        assert!(matches!(m.refused(c), Refusal::NotNow { .. }));
    }
    m.ok(Command::AddItem {
        label: "oven".into(),
        owner: CHEN,
    });
    m.ok(Command::StartItem { item: None });
    for c in commands() {
        assert!(matches!(m.refused(c), Refusal::NotNow { .. }));
    }
    // Asking for an election while a tension is processed puts it next.
    m.ok(Command::AddElection {
        role: "Facilitator".into(),
        owner: ANA,
    });
    assert_eq!(m.labels(), ["oven", "Facilitator"]);
    // In the election, each command only in its own step.
    m.ok(Command::EndItem {
        ending: Ending::Withdrawn,
        reason: None,
    });
    m.ok(Command::StartItem { item: None });
    let allowed_first = [0usize]; // DescribeRole
    for (i, c) in commands().into_iter().enumerate() {
        if allowed_first.contains(&i) {
            continue;
        }
        let r = m.refused(c);
        assert!(
            matches!(r, Refusal::NotNow { .. } | Refusal::Election(_)),
            "{r:?}"
        );
    }
}

/// In a meeting that decides proposals by consent, an election is still an
/// *integrative* election: its objection round, criteria tests and plain
/// adoption work, and the consent commands are refused during it with the
/// reason. The next tension item is decided by consent again.
#[test]
fn an_election_in_a_consent_meeting_follows_integrative_rules() {
    let mut m = Meeting::with_rules(RuleSet::Consent);
    m.at_changes();
    m.ok(Command::OpenCandidateProposal);
    m.ok(Command::ProposeCandidate {
        candidate: CHEN,
        term: None,
        for_objection: None,
    });
    assert_eq!(m.session.state().active_rules(), RuleSet::Integrative);
    let r = m.refused(Command::OpenConsentRound);
    assert!(
        matches!(
            r,
            Refusal::WrongRules {
                rules: RuleSet::Integrative,
                ..
            }
        ),
        "{r:?}"
    );
    m.ok(Command::OpenObjectionRound);
    let order = m.session.state().current_round().unwrap().order.clone();
    assert_eq!(order.last(), Some(&CHEN));
    for p in order {
        let speech = if p == DAAN {
            Speech::Said {
                text: "Chen is away in March".into(),
            }
        } else {
            Speech::Pass
        };
        m.ok(Command::Speak {
            person: Some(p),
            speech,
        });
    }
    m.ok(Command::TestCriterion {
        concern: 1,
        criterion: spanning::meeting::Criterion::Harm,
        argument: String::new(),
        holds: false,
    });
    m.ok(Command::EndItem {
        ending: Ending::Adopted,
        reason: None,
    });
    let state = m.session.state();
    let item = state.agenda.iter().find(|i| i.is_election()).unwrap();
    assert_eq!(item.elected().expect("elected").person, CHEN);
    assert!(item.review().is_none(), "no review date for an election");
    assert_eq!(state.active_rules(), RuleSet::Consent);

    // A tension item afterwards is decided by consent again.
    m.ok(Command::AddItem {
        label: "Oven".into(),
        owner: ANA,
    });
    m.ok(Command::StartItem { item: None });
    assert_eq!(m.session.state().active_rules(), RuleSet::Consent);
    assert!(matches!(
        m.refused(Command::StateTension {
            text: "Too hot".into()
        }),
        Refusal::WrongRules {
            rules: RuleSet::Consent,
            ..
        }
    ));
}

/// Someone who joins during an election's objection round gets a turn,
/// before the candidate, who is still asked last.
#[test]
fn a_late_arrival_in_the_objection_round_comes_before_the_candidate() {
    let mut m = Meeting::new();
    m.at_changes();
    m.ok(Command::OpenCandidateProposal);
    m.ok(Command::ProposeCandidate {
        candidate: CHEN,
        term: None,
        for_objection: None,
    });
    m.ok(Command::OpenObjectionRound);
    m.ok(Command::AddParticipant {
        participant: Participant::named("Fenna"),
    });
    let order = m.session.state().current_round().unwrap().order.clone();
    assert_eq!(order.len(), 6);
    assert_eq!(order.last(), Some(&CHEN));
    assert_eq!(order[4], spanning::meeting::PersonId(5));
}

#[test]
fn the_outcome_dialog_offers_only_endings_the_engine_allows_an_election() {
    let mut m = Meeting::new();
    m.described();
    let state = m.session.state();
    // One table: the dialog's list is the election process's endings, and
    // the engine refuses an ending outside it as "not at this step".
    let offered = spanning::meeting::views::endings(state);
    assert!(!offered.contains(&Ending::Discarded), "{offered:?}");
    assert!(offered.contains(&Ending::Withdrawn));
    assert!(matches!(
        m.refused(Command::EndItem {
            ending: Ending::Discarded,
            reason: Some("no".into())
        }),
        Refusal::EndingNotAllowed { .. }
    ));
}
