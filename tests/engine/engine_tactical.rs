//! The tactical meeting in the engine: every allowed and refused command of
//! the checklist, metrics and progress reviews and of triage, the format
//! refusals both ways, remembering lists, and a full meeting.

use std::ops::{Deref, DerefMut};

use crate::support::tactical as tactical_support;

use chrono::TimeDelta;
use spanning::meeting::state::Phase;
use spanning::meeting::{
    Command, Disposition, Ending, EntryAnswer, Field, IdmStep, MeetingFormat, OutputKind, PersonId,
    Refusal, RequestTo, Session, Setup, Speech, TacticalList, TacticalLists, TacticalRefusal,
};
use spanning::store;
use spanning::text::Lang;
use tactical_support::{ANA, BRAM, CHLOE, DEWI, Script};

use TacticalList::{Checklist, Metrics, Progress};

/// A meeting recording a command every ten seconds, for refusals as well
/// as entries.
struct M(Script);

impl Deref for M {
    type Target = Script;
    fn deref(&self) -> &Script {
        &self.0
    }
}

impl DerefMut for M {
    fn deref_mut(&mut self) -> &mut Script {
        &mut self.0
    }
}

impl M {
    fn from(script: Script) -> M {
        M(script.every(10))
    }

    fn tactical() -> M {
        let mut setup = tactical_support::setup_in(Lang::En);
        setup.tactical_lists = TacticalLists::default();
        M::open(setup)
    }

    fn governance() -> M {
        let mut setup = tactical_support::setup_in(Lang::En);
        setup.format = MeetingFormat::Governance;
        setup.tactical_lists = TacticalLists::default();
        M::open(setup)
    }

    fn open(setup: Setup) -> M {
        M(Script::open(setup).every(10))
    }

    fn try_at(&mut self, secs: i64, command: Command) -> Result<(), Refusal> {
        self.when_after(secs, command).result().map(|_| ())
    }

    fn ok(&mut self, command: Command) {
        self.run(command);
    }

    fn refused(&mut self, command: Command) -> Refusal {
        // `then_refused` also checks it reads as a sentence in every language.
        self.when(command).then_refused()
    }

    fn phase(&self) -> Phase {
        self.session.state().phase
    }

    fn checked_in(&mut self) {
        self.ok(Command::StartCheckIn);
        for _ in 0..4 {
            self.ok(Command::Speak {
                person: None,
                speech: Speech::Pass,
            });
        }
    }

    fn define(&mut self, list: TacticalList, text: &str, owner: Option<PersonId>) {
        self.ok(Command::DefineEntry {
            list,
            text: text.into(),
            owner,
            role: None,
        });
    }

    fn triaging(&mut self) {
        self.checked_in();
        self.ok(Command::OpenAgenda);
        self.ok(Command::AddItem {
            label: "Printer jams".into(),
            owner: CHLOE,
        });
        self.ok(Command::StartItem { item: None });
    }
}

fn tactical(r: Refusal) -> TacticalRefusal {
    match r {
        Refusal::Tactical(t) => t,
        other => panic!("expected a tactical refusal, got {other:?}"),
    }
}

fn not_now(r: &Refusal) -> bool {
    matches!(r, Refusal::NotNow { .. })
}

#[test]
fn reviews_follow_check_in_in_order_and_each_can_be_skipped() {
    let mut m = M::tactical();
    m.ok(Command::StartCheckIn);
    assert!(matches!(
        m.refused(Command::OpenChecklist),
        Refusal::RoundIncomplete { .. }
    ));
    for _ in 0..4 {
        m.ok(Command::Speak {
            person: None,
            speech: Speech::Pass,
        });
    }
    m.ok(Command::OpenChecklist);
    assert_eq!(m.phase(), Phase::Checklist);
    assert!(not_now(&m.refused(Command::OpenChecklist)));
    m.ok(Command::OpenMetrics);
    assert_eq!(m.phase(), Phase::Metrics);
    assert!(not_now(&m.refused(Command::OpenChecklist)), "no way back");
    m.ok(Command::OpenProgress);
    assert_eq!(m.phase(), Phase::Progress);
    assert!(not_now(&m.refused(Command::OpenMetrics)));
    m.ok(Command::OpenAgenda);
    assert_eq!(m.phase(), Phase::Agenda);
    assert!(not_now(&m.refused(Command::OpenProgress)));

    // Skipping: straight from check-in to progress, and from the checklist to the agenda.
    let mut m = M::tactical();
    m.checked_in();
    m.ok(Command::OpenProgress);
    assert_eq!(m.phase(), Phase::Progress);
    let mut m = M::tactical();
    m.checked_in();
    m.ok(Command::OpenChecklist);
    m.ok(Command::OpenAgenda);
    assert_eq!(m.phase(), Phase::Agenda);
    // And a tactical meeting may skip all three.
    let mut m = M::tactical();
    m.checked_in();
    m.ok(Command::OpenAgenda);
    assert_eq!(m.phase(), Phase::Agenda);
}

#[test]
fn a_governance_meeting_refuses_every_tactical_command() {
    let mut m = M::governance();
    m.checked_in();
    let commands = [
        Command::OpenChecklist,
        Command::OpenMetrics,
        Command::OpenProgress,
        Command::DefineEntry {
            list: Checklist,
            text: "x".into(),
            owner: Some(ANA),
            role: None,
        },
        Command::EditEntry {
            list: Metrics,
            number: 1,
            text: "x".into(),
            owner: Some(ANA),
            role: None,
        },
        Command::RemoveEntry {
            list: Progress,
            number: 1,
        },
        Command::AnswerEntry {
            list: Progress,
            number: 1,
            answer: EntryAnswer::NoUpdate,
        },
        Command::StateNeed { text: "x".into() },
        Command::MakeRequest {
            to: RequestTo::Person(BRAM),
            text: "x".into(),
        },
        Command::AnswerRequest {
            number: 1,
            accepted: true,
        },
        Command::EndItem {
            ending: Ending::NeedMet,
            reason: None,
        },
        Command::EndItem {
            ending: Ending::CutOff,
            reason: None,
        },
    ];
    for command in commands {
        assert_eq!(tactical(m.refused(command)), TacticalRefusal::TacticalOnly);
    }
    let message = Lang::En
        .words()
        .refusal(&Refusal::Tactical(TacticalRefusal::TacticalOnly));
    assert!(message.contains("governance meeting"), "{message}");
}

#[test]
fn a_tactical_meeting_refuses_governance_steps_with_a_clear_message() {
    let mut m = M::tactical();
    m.triaging();
    assert_eq!(
        m.session.state().phase,
        Phase::Item {
            item: spanning::meeting::ItemId(1),
            step: IdmStep::Triage
        }
    );
    let commands = [
        Command::StateTension { text: "t".into() },
        Command::GiveExample { text: "e".into() },
        Command::RequestHelp,
        Command::StateProposal { text: "p".into() },
        Command::OpenClarifyingQuestions,
        Command::AskQuestion {
            asker: BRAM,
            text: "q".into(),
        },
        Command::OpenReactionRound,
        Command::OpenAmendAndClarify,
        Command::Clarify { text: "c".into() },
        Command::AmendProposal {
            text: "p2".into(),
            for_objection: None,
        },
        Command::OpenObjectionRound,
        Command::OpenIntegration,
        Command::RecordObjection { concern: 1 },
        Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        },
        Command::EndItem {
            ending: Ending::Discarded,
            reason: Some("r".into()),
        },
        Command::EndItem {
            ending: Ending::Dropped,
            reason: Some("r".into()),
        },
        Command::EndItem {
            ending: Ending::ProcessBreakdown,
            reason: Some("r".into()),
        },
    ];
    for command in commands {
        assert_eq!(
            tactical(m.refused(command)),
            TacticalRefusal::GovernanceOnly
        );
    }
    let message = Lang::En
        .words()
        .refusal(&Refusal::Tactical(TacticalRefusal::GovernanceOnly));
    assert!(message.contains("tactical meeting"), "{message}");
    // Withdrawn and unfinished still end a triage item.
    m.ok(Command::EndItem {
        ending: Ending::Withdrawn,
        reason: None,
    });
}

#[test]
fn entries_are_defined_edited_removed_only_in_their_own_review() {
    let mut m = M::tactical();
    m.checked_in();
    let define = |list, text: &str, owner, role: Option<&str>| Command::DefineEntry {
        list,
        text: text.into(),
        owner,
        role: role.map(str::to_owned),
    };
    assert!(not_now(&m.refused(define(
        Checklist,
        "Backups",
        Some(BRAM),
        None
    ))));
    m.ok(Command::OpenChecklist);
    assert!(not_now(&m.refused(define(
        Metrics,
        "Incidents",
        Some(BRAM),
        None
    ))));
    m.when(define(Checklist, "  ", Some(BRAM), None))
        .then_refusal(Refusal::Empty {
            field: Field::Entry,
        });
    assert_eq!(
        tactical(m.refused(define(Checklist, "Backups", None, Some("  ")))),
        TacticalRefusal::NoOwner
    );
    m.when(define(Checklist, "Backups", Some(PersonId(9)), None))
        .then_refusal(Refusal::UnknownPerson { id: 9 });
    m.ok(define(Checklist, " Backups verified ", Some(BRAM), None));
    m.ok(define(Checklist, "Rota published", None, Some("On-call")));
    m.ok(define(Checklist, "Invoices", Some(CHLOE), Some("Office")));
    let list = &m.session.state().tactical.checklist;
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].text, "Backups verified");
    assert_eq!(list[1].role.as_deref(), Some("On-call"));
    assert_eq!(list.iter().map(|e| e.number).collect::<Vec<_>>(), [1, 2, 3]);

    m.ok(Command::EditEntry {
        list: Checklist,
        number: 2,
        text: "On-call rota published".into(),
        owner: Some(ANA),
        role: Some("On-call".into()),
    });
    let e = &m.session.state().tactical.checklist[1];
    assert_eq!(
        (e.text.as_str(), e.owner),
        ("On-call rota published", Some(ANA))
    );
    assert_eq!(
        tactical(m.refused(Command::EditEntry {
            list: Checklist,
            number: 7,
            text: "x".into(),
            owner: Some(ANA),
            role: None,
        })),
        TacticalRefusal::UnknownEntry {
            list: Checklist,
            number: 7
        }
    );
    m.ok(Command::RemoveEntry {
        list: Checklist,
        number: 1,
    });
    assert_eq!(
        tactical(m.refused(Command::RemoveEntry {
            list: Checklist,
            number: 1,
        })),
        TacticalRefusal::UnknownEntry {
            list: Checklist,
            number: 1
        }
    );
    // Numbers are never reused, so answers in the log stay unambiguous.
    m.define(Checklist, "Plants watered", Some(DEWI));
    assert_eq!(
        m.session
            .state()
            .tactical
            .checklist
            .iter()
            .map(|e| e.number)
            .collect::<Vec<_>>(),
        [2, 3, 4]
    );
}

#[test]
fn answers_must_fit_their_list_and_can_be_corrected() {
    let mut m = M::tactical();
    m.checked_in();
    m.ok(Command::OpenChecklist);
    m.define(Checklist, "Backups verified", Some(BRAM));
    let answer = |list, number, answer| Command::AnswerEntry {
        list,
        number,
        answer,
    };
    assert_eq!(
        tactical(m.refused(answer(
            Checklist,
            1,
            EntryAnswer::Value { text: "3".into() }
        ))),
        TacticalRefusal::WrongAnswer { list: Checklist }
    );
    assert_eq!(
        tactical(m.refused(answer(Checklist, 2, EntryAnswer::Check { note: None }))),
        TacticalRefusal::UnknownEntry {
            list: Checklist,
            number: 2
        }
    );
    m.ok(answer(
        Checklist,
        1,
        EntryAnswer::NoCheck {
            note: Some("  ".into()),
        },
    ));
    assert_eq!(
        m.session.state().tactical.checklist[0].answer,
        Some(EntryAnswer::NoCheck { note: None }),
        "a blank note is no note"
    );
    m.ok(answer(
        Checklist,
        1,
        EntryAnswer::Check {
            note: Some("done late".into()),
        },
    ));
    assert_eq!(
        m.session.state().tactical.checklist[0].answer,
        Some(EntryAnswer::Check {
            note: Some("done late".into())
        })
    );
    m.ok(Command::Undo);
    assert_eq!(
        m.session.state().tactical.checklist[0].answer,
        Some(EntryAnswer::NoCheck { note: None })
    );

    m.ok(Command::OpenMetrics);
    assert!(not_now(&m.refused(answer(
        Checklist,
        1,
        EntryAnswer::Check { note: None }
    ))));
    m.define(Metrics, "Open incidents", Some(BRAM));
    m.when(answer(Metrics, 1, EntryAnswer::Value { text: " ".into() }))
        .then_refusal(Refusal::Empty {
            field: Field::Value,
        });
    assert_eq!(
        tactical(m.refused(answer(Metrics, 1, EntryAnswer::NoUpdate))),
        TacticalRefusal::WrongAnswer { list: Metrics }
    );
    m.ok(answer(Metrics, 1, EntryAnswer::Value { text: "3".into() }));

    m.ok(Command::OpenProgress);
    m.define(Progress, "New office", Some(CHLOE));
    m.when(answer(Progress, 1, EntryAnswer::Update { text: "".into() }))
        .then_refusal(Refusal::Empty {
            field: Field::Update,
        });
    assert_eq!(
        tactical(m.refused(answer(Progress, 1, EntryAnswer::Check { note: None }))),
        TacticalRefusal::WrongAnswer { list: Progress }
    );
    m.ok(answer(Progress, 1, EntryAnswer::NoUpdate));
    assert_eq!(
        m.session.state().tactical.progress[0].answer,
        Some(EntryAnswer::NoUpdate)
    );
}

#[test]
fn remembered_lists_prefill_and_match_owners_by_name() {
    let s = tactical_support::at_checklist(Lang::En);
    let state = s.session.state();
    let checklist = &state.tactical.checklist;
    assert_eq!(checklist.len(), 2);
    assert_eq!(checklist[0].owner, Some(BRAM));
    assert_eq!(checklist[0].role.as_deref(), Some("Infra"));
    assert!(checklist.iter().all(|e| e.answer.is_none()));
    let progress = &state.tactical.progress;
    // Eli is not in this meeting: the entry keeps the role and says whose it was.
    assert_eq!(progress[1].owner, None);
    assert_eq!(progress[1].former_owner.as_deref(), Some("Eli"));
    assert_eq!(progress[1].role.as_deref(), Some("Comms"));
    // New entries are numbered after the remembered ones.
    let mut m = M::from(s);
    m.define(Checklist, "Invoices sent", Some(CHLOE));
    assert_eq!(m.session.state().tactical.checklist[2].number, 3);
}

#[test]
fn the_next_meeting_remembers_lists_and_projects_not_answers() {
    let s = tactical_support::closed(Lang::En);
    let lists = TacticalLists::remembered_from(s.session.state());
    assert_eq!(
        lists.checklist.len(),
        3,
        "the item added in this meeting too"
    );
    assert_eq!(lists.checklist[2].owner.as_deref(), Some("Chloë"));
    assert_eq!(lists.metrics.len(), 1);
    let projects: Vec<&str> = lists.progress.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        projects,
        [
            "Move to new office",
            "Status page",
            "Printer replacement decided"
        ]
    );
    assert_eq!(lists.progress[1].owner.as_deref(), Some("Eli"));
}

#[test]
fn triage_records_need_requests_and_outputs_with_roles() {
    let mut m = M::tactical();
    assert!(not_now(&m.refused(Command::StateNeed { text: "x".into() })));
    m.triaging();
    m.when(Command::StateNeed { text: " ".into() })
        .then_refusal(Refusal::Empty { field: Field::Need });
    m.ok(Command::StateNeed {
        text: "A vendor call".into(),
    });
    m.ok(Command::StateNeed {
        text: "A vendor call this week".into(),
    });
    assert_eq!(
        m.session
            .state()
            .active_item()
            .and_then(|i| i.triage().need.as_deref()),
        Some("A vendor call this week"),
        "the need can be restated"
    );
    m.when(Command::MakeRequest {
        to: RequestTo::Person(PersonId(8)),
        text: "x".into(),
    })
    .then_refusal(Refusal::UnknownPerson { id: 8 });
    m.when(Command::MakeRequest {
        to: RequestTo::Role(" ".into()),
        text: "x".into(),
    })
    .then_refusal(Refusal::Empty { field: Field::Role });
    m.when(Command::MakeRequest {
        to: RequestTo::Person(BRAM),
        text: "".into(),
    })
    .then_refusal(Refusal::Empty {
        field: Field::Request,
    });
    m.ok(Command::MakeRequest {
        to: RequestTo::Person(BRAM),
        text: "Call the vendor".into(),
    });
    m.ok(Command::MakeRequest {
        to: RequestTo::Role(" Finance ".into()),
        text: "Check the budget".into(),
    });
    assert_eq!(
        tactical(m.refused(Command::EndItem {
            ending: Ending::NeedMet,
            reason: None,
        })),
        TacticalRefusal::RequestsOpen {
            numbers: vec![1, 2]
        }
    );
    m.ok(Command::AnswerRequest {
        number: 1,
        accepted: true,
    });
    assert_eq!(
        tactical(m.refused(Command::AnswerRequest {
            number: 1,
            accepted: false,
        })),
        TacticalRefusal::RequestAnswered { number: 1 }
    );
    assert_eq!(
        tactical(m.refused(Command::AnswerRequest {
            number: 3,
            accepted: false,
        })),
        TacticalRefusal::UnknownRequest { number: 3 }
    );
    m.ok(Command::AnswerRequest {
        number: 2,
        accepted: false,
    });
    m.ok(Command::RecordOutput {
        kind: OutputKind::NextAction,
        owner: Some(BRAM),
        text: "Call the vendor".into(),
        role: Some(" Infra ".into()),
    });
    m.ok(Command::RecordOutput {
        kind: OutputKind::Project,
        owner: Some(CHLOE),
        text: "Printer replaced".into(),
        role: Some("   ".into()),
    });
    let state = m.session.state();
    let item = state.active_item().expect("active");
    assert_eq!(item.triage().requests.len(), 2);
    assert_eq!(
        item.triage().requests[1].to,
        RequestTo::Role("Finance".into())
    );
    assert_eq!(item.triage().requests[0].accepted, Some(true));
    assert_eq!(item.triage().requests[1].accepted, Some(false));
    assert_eq!(state.outputs[0].role.as_deref(), Some("Infra"));
    assert_eq!(state.outputs[1].role, None, "a blank role is no role");
    m.ok(Command::EndItem {
        ending: Ending::NeedMet,
        reason: None,
    });
    assert_eq!(m.phase(), Phase::Agenda);
    let item = &m.session.state().agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::NeedMet));
    assert!(!item.needs_disposition());
    assert!(not_now(&m.refused(Command::MakeRequest {
        to: RequestTo::Person(BRAM),
        text: "x".into(),
    })));
    assert!(not_now(&m.refused(Command::EndItem {
        ending: Ending::NeedMet,
        reason: None,
    })));
}

#[test]
fn an_item_is_cut_off_only_once_its_time_share_is_used_and_then_needs_close_out() {
    // No timebox: no time share.
    let mut setup = tactical_support::setup_in(Lang::En);
    setup.timebox_minutes = None;
    let mut m = M::open(setup);
    m.triaging();
    let cut = || Command::EndItem {
        ending: Ending::CutOff,
        reason: None,
    };
    assert_eq!(tactical(m.refused(cut())), TacticalRefusal::NoTimeShare);

    // A 30-minute meeting with one item: its share is what is left.
    let mut m = M::tactical();
    m.triaging();
    let allowance = m
        .session
        .state()
        .active_item()
        .and_then(|i| i.allowance_secs)
        .expect("a share");
    match tactical(m.refused(cut())) {
        TacticalRefusal::TimeShareLeft { secs } => assert!(secs > 0 && secs <= allowance),
        other => panic!("{other:?}"),
    }
    m.try_at(allowance, Command::Note { text: "…".into() })
        .expect("a note");
    m.ok(cut());
    let item = &m.session.state().agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::CutOff));
    assert!(item.needs_disposition());
    m.ok(Command::OpenClosingRound);
    for _ in 0..4 {
        m.ok(Command::Speak {
            person: None,
            speech: Speech::Pass,
        });
    }
    m.ok(Command::OpenCloseOut);
    assert!(matches!(
        m.refused(Command::CloseSession),
        Refusal::ItemsUndecided { .. }
    ));
    m.ok(Command::Dispose {
        item: item_id(1),
        disposition: Disposition::CarriedOver,
    });
    m.ok(Command::CloseSession);
    assert!(m.session.state().is_closed());
}

fn item_id(n: u32) -> spanning::meeting::ItemId {
    spanning::meeting::ItemId(n)
}

#[test]
fn a_full_tactical_meeting_runs_to_close_and_round_trips_through_the_file() {
    let s = tactical_support::closed(Lang::En);
    let state = s.session.state();
    assert!(state.is_closed());
    assert_eq!(state.format, MeetingFormat::Tactical);
    let endings: Vec<Option<Ending>> = state
        .agenda
        .iter()
        .map(|i| i.end.as_ref().map(|e| e.ending))
        .collect();
    assert_eq!(endings, [Some(Ending::NeedMet), Some(Ending::CutOff), None]);
    assert_eq!(
        state
            .agenda
            .iter()
            .map(|i| i.disposition)
            .collect::<Vec<_>>(),
        [
            None,
            Some(Disposition::CarriedOver),
            Some(Disposition::LetGo)
        ]
    );
    assert_eq!(state.outputs.len(), 5);
    assert_eq!(state.tactical.checklist.len(), 3);
    assert!(state.tactical.progress.iter().all(|e| e.answer.is_some()));

    let id = store::stem(s.session.setup(), 1);
    assert!(id.contains("-operations-tactical-"), "{id}");
    let bytes = store::session_bytes(&id, &s.session);
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join(format!("{id}.json"));
    std::fs::write(&path, &bytes).expect("write");
    let loaded = store::load(&path).expect("loads");
    assert_eq!(loaded.session.state(), state);
    assert_eq!(store::session_bytes(&id, &loaded.session), bytes);
    let text = String::from_utf8(bytes).expect("utf-8");
    assert!(text.contains("\"format\": \"tactical\""));
    assert!(text.contains("\"tactical_lists\""));
    assert!(text.contains("\"type\": \"request_made\""));
}

#[test]
fn governance_setups_are_written_exactly_as_before() {
    let m = M::governance();
    let json = serde_json::to_string(m.session.setup()).expect("json");
    assert!(!json.contains("tactical_lists"), "{json}");
    let back: Setup = serde_json::from_str(&json).expect("reads back");
    assert_eq!(&back, m.session.setup());
}

#[test]
fn the_next_tactical_meeting_of_a_circle_finds_the_lists_in_the_folder() {
    let dir = tempfile::tempdir().expect("temp");
    let sessions = store::SessionsDir::new(dir.path());
    assert!(store::remembered_lists(&sessions, "Operations").is_none());
    let s = tactical_support::closed(Lang::En);
    let id = store::stem(s.session.setup(), 2);
    std::fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, &s.session),
    )
    .expect("write");
    // A later governance meeting of the same circle does not hide it.
    let mut later = M::governance().session.setup().clone();
    later.opened_at = s.session.setup().opened_at + TimeDelta::days(1);
    let gov = Session::open(later).expect("setup");
    let gid = store::stem(gov.setup(), 3);
    std::fs::write(
        dir.path().join(format!("{gid}.json")),
        store::session_bytes(&gid, &gov),
    )
    .expect("write");
    // An older tactical meeting with a shorter checklist is not the one.
    let mut earlier = tactical_support::setup_in(Lang::En);
    earlier.opened_at -= TimeDelta::days(7);
    earlier.tactical_lists.checklist.truncate(1);
    let old = Session::open(earlier).expect("setup");
    let oid = store::stem(old.setup(), 1);
    std::fs::write(
        dir.path().join(format!("{oid}.json")),
        store::session_bytes(&oid, &old),
    )
    .expect("write");
    assert!(gid > id && id > oid, "{oid} < {id} < {gid}");
    let found = store::remembered_lists(&sessions, "operations").expect("found");
    assert_eq!(found.from, format!("{id}.json"));
    assert_eq!(found.lists.checklist.len(), 3);
    assert!(store::remembered_lists(&sessions, "Sales").is_none());
}

#[test]
fn a_cut_off_item_keeps_its_carried_over_thread_open_until_its_need_is_met() {
    use spanning::review::Digest;
    use spanning::review::carried::threads;
    let dir = tempfile::tempdir().expect("temp");
    let write = |session: &Session, suffix: u16| {
        let id = store::stem(session.setup(), suffix);
        let path = dir.path().join(format!("{id}.json"));
        std::fs::write(&path, store::session_bytes(&id, session)).expect("write");
        Digest::of(&path, &store::load(&path).expect("loads"))
    };
    let first = write(&tactical_support::closed(Lang::En).session, 1);
    // The next week "On-call gaps" comes back and is cut off again, with
    // no close-out decision yet: the thread stays open.
    let next_week = || {
        let mut setup = tactical_support::setup_in(Lang::En);
        setup.opened_at += TimeDelta::days(7);
        let mut m = M::open(setup);
        m.checked_in();
        m.ok(Command::OpenAgenda);
        m.ok(Command::AddItem {
            label: "On-call gaps".into(),
            owner: ANA,
        });
        m.ok(Command::StartItem { item: None });
        m
    };
    let mut cut = next_week();
    let share = cut
        .session
        .state()
        .active_item()
        .and_then(|i| i.allowance_secs)
        .expect("a share");
    cut.try_at(share, Command::Note { text: "…".into() })
        .expect("a note");
    cut.ok(Command::EndItem {
        ending: Ending::CutOff,
        reason: None,
    });
    let t = threads([&first, &write(&cut.session, 2)], "Operations");
    assert_eq!(t.len(), 1);
    assert!(t[0].is_open(), "{:?}", t[0].status);
    // Met the week after: that settles it.
    let mut met = next_week();
    met.ok(Command::EndItem {
        ending: Ending::NeedMet,
        reason: None,
    });
    let t = threads([&first, &write(&met.session, 3)], "Operations");
    assert!(!t[0].is_open(), "{:?}", t[0].status);
}

/// Once the whole meeting is over its timebox every item's time is up: a
/// cut-off is no longer refused with "still N min of its time share" (#15).
#[test]
fn an_item_can_be_cut_off_once_the_meeting_is_over_its_timebox() {
    let cut = || Command::EndItem {
        ending: Ending::CutOff,
        reason: None,
    };
    let mut m = M::tactical();
    m.triaging();
    assert!(matches!(
        tactical(m.refused(cut())),
        TacticalRefusal::TimeShareLeft { .. }
    ));
    // The meeting shortened to what has already passed: over time now.
    m.ok(Command::SetTimebox { minutes: Some(1) });
    m.try_at(
        61,
        Command::Note {
            text: "over time".into(),
        },
    )
    .expect("a note");
    m.ok(cut());
    let item = &m.session.state().agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::CutOff));
}
