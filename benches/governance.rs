//! The governance record (issue 13): folding it over 1,000 governance
//! sessions, each adopting proposals with parts (roles created and
//! amended, policies), against the floor of loading the same sessions
//! without folding, and the fold alone on sessions already loaded.
//! Issue: the record over 1,000 sessions under 300 ms.
//!
//! Then, from that record already folded: opening the governance view in
//! a meeting of one of its circles (`g`: the circle as it stands now,
//! taken from the record, and the overlay drawn at 160x48), against the
//! floor of drawing the same meeting screen without it. Issue: the view
//! opens within one frame after the fold.

use std::hint::black_box;
use std::time::Duration;

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::{
    Command, Ending, MeetingFormat, Part, Participant, PersonId, RoleList, RuleSet, Session, Setup,
    Speech, TacticalLists, Target,
};
use spanning::record::governance;
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;
use spanning::tui::govview::RecordAtStart;
use spanning::tui::{App, NoPersist, TuiOptions};

const PEOPLE: [&str; 5] = ["Ana", "Bram", "Chen", "Daan", "Eva"];
const ROLES: usize = 40;

fn opened(n: usize) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2020, 1, 6, 10, 0, 0).single())
        .expect("valid")
        + TimeDelta::days(n as i64)
}

fn role(n: usize) -> String {
    format!("Role {}", n % ROLES)
}

/// The parts of item `k` of meeting `n`: early meetings create the roles,
/// later ones amend them and add policies.
fn parts(n: usize, k: usize) -> Vec<Part> {
    let r = n * 3 + k;
    if r < ROLES {
        return vec![Part::CreateRole {
            name: role(r),
            purpose: Some(format!("Purpose of {}", role(r))),
            accountabilities: vec![format!("Doing the work of {}", role(r))],
            domains: vec![format!("Domain {}", r % ROLES)],
        }];
    }
    vec![
        Part::AddEntry {
            role: Target::named(role(r)),
            list: RoleList::Accountability,
            text: format!("Accountability {r}"),
        },
        Part::ChangePurpose {
            role: Target::named(role(r + 7)),
            purpose: format!("Purpose {r}"),
        },
        Part::CreatePolicy {
            title: format!("Policy {r}"),
            text: format!("What policy {r} says"),
            domain: None,
        },
    ]
}

fn meeting(n: usize) -> Session {
    let setup = Setup {
        title: "Governance".into(),
        circle: format!("Circle {}", n % 5),
        lang: Lang::En,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: opened(n),
        participants: PEOPLE.iter().map(|p| Participant::named(*p)).collect(),
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: Some(60),
        tactical_lists: TacticalLists::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    };
    let mut s = Session::open(setup).expect("valid");
    let mut at = opened(n);
    let mut run = |s: &mut Session, c: Command| {
        at += TimeDelta::seconds(20);
        s.execute(&c, at).expect("accepted");
    };
    let pass = Command::Speak {
        person: None,
        speech: Speech::Pass,
    };
    run(&mut s, Command::StartCheckIn);
    for _ in 0..5 {
        run(&mut s, pass.clone());
    }
    run(&mut s, Command::OpenAgenda);
    for k in 0..3 {
        run(
            &mut s,
            Command::AddItem {
                label: format!("Item {k}"),
                owner: PersonId(2),
            },
        );
        run(&mut s, Command::StartItem { item: None });
        run(
            &mut s,
            Command::StateTension {
                text: "A tension".into(),
            },
        );
        run(
            &mut s,
            Command::GiveExample {
                text: "An example".into(),
            },
        );
        run(
            &mut s,
            Command::StateProposal {
                text: "A proposal".into(),
            },
        );
        for part in parts(n, k) {
            run(&mut s, Command::AddPart { part });
        }
        run(&mut s, Command::OpenClarifyingQuestions);
        run(&mut s, Command::OpenReactionRound);
        for _ in 0..4 {
            run(&mut s, pass.clone());
        }
        run(&mut s, Command::OpenAmendAndClarify);
        run(&mut s, Command::OpenObjectionRound);
        for _ in 0..5 {
            run(&mut s, pass.clone());
        }
        run(
            &mut s,
            Command::EndItem {
                ending: Ending::Adopted,
                reason: None,
            },
        );
    }
    run(&mut s, Command::OpenClosingRound);
    for _ in 0..5 {
        run(&mut s, pass.clone());
    }
    run(&mut s, Command::OpenCloseOut);
    run(&mut s, Command::CloseSession);
    s
}

fn record(c: &mut Criterion) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let count = 1_000;
    for n in 0..count {
        let s = meeting(n);
        let id = store::stem(s.setup(), n as u16);
        std::fs::write(
            temp.path().join(format!("{id}.json")),
            store::session_bytes(&id, &s),
        )
        .expect("write");
    }
    let (record, stats, _) = governance::fold(&dir, |_| true);
    assert_eq!(stats.sessions, count);
    assert!(record.circles.len() == 5 && record.conflicts.is_empty());
    let mut group = c.benchmark_group("governance");
    group.bench_function(BenchmarkId::new("load_only_floor", count), |b| {
        b.iter(|| black_box(spanning::record::load_all(&dir)))
    });
    group.bench_function(BenchmarkId::new("record_fold", count), |b| {
        b.iter(|| black_box(governance::fold(&dir, |_| true)))
    });
    // Review's record view stepping "as of": the record refolded from
    // what each session adopted, without reading a file, at the newest
    // of a circle's moments (the most to fold).
    let (timeline, _) = governance::Timeline::read(&dir, "Circle 0", None);
    let last = timeline.points().len() - 1;
    group.bench_function(BenchmarkId::new("timeline_refold_at_newest", count), |b| {
        b.iter(|| black_box(timeline.record(last)))
    });
    // → from the moment before: only what came between is folded (the
    // record at the moment before cloned in each run, as its floor shows).
    let points = timeline.points();
    let (before, newest) = (points[last - 1].at, points[last].at);
    let at_before = timeline.record(last - 1);
    group.bench_function(BenchmarkId::new("timeline_clone_floor", count), |b| {
        b.iter(|| black_box(at_before.clone()))
    });
    group.bench_function(BenchmarkId::new("timeline_step_forward", count), |b| {
        b.iter(|| {
            let mut record = at_before.clone();
            timeline.advance(&mut record, before, newest);
            black_box(record)
        })
    });
    let (loaded, _) = spanning::record::load_all(&dir);
    group.bench_function(BenchmarkId::new("fold_only_loaded", count), |b| {
        b.iter(|| {
            let mut problems = Vec::new();
            black_box(governance::fold_loaded(
                &dir,
                &loaded,
                |_| true,
                &mut problems,
            ))
        })
    });
    group.finish();
}

/// A governance meeting of "Circle 0", opened after every folded session
/// and at its agenda: the screen `g` is pressed on.
fn at_agenda(n: usize) -> Session {
    let mut s = meeting(n);
    let setup = s.setup().clone();
    s = Session::open(setup).expect("valid");
    let mut at = opened(n);
    for c in [Command::StartCheckIn]
        .into_iter()
        .chain((0..5).map(|_| Command::Speak {
            person: None,
            speech: Speech::Pass,
        }))
        .chain([Command::OpenAgenda])
    {
        at += TimeDelta::seconds(20);
        s.execute(&c, at).expect("accepted");
    }
    s
}

fn open_view(c: &mut Criterion) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let count = 1_000;
    for n in 0..count {
        let s = meeting(n);
        let id = store::stem(s.setup(), n as u16);
        std::fs::write(
            temp.path().join(format!("{id}.json")),
            store::session_bytes(&id, &s),
        )
        .expect("write");
    }
    let (record, _, _) = governance::fold(&dir, |_| true);
    // Circle 0 meets again (meeting n has circle n % 5).
    let session = at_agenda(count);
    let now = session.state().last_at;
    let options = TuiOptions {
        governance: Some(RecordAtStart::ready(record, "now")),
        ..TuiOptions::default()
    };
    let mut app = App::new(session, Box::new(NoPersist), &options, now);
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    let key = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    // The view opens with the circle's roles on it.
    app.handle_event(key(KeyCode::Char('g')), now);
    terminal.draw(|f| app.draw(f)).expect("draw");
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("Governance record: Circle 0") && shown.contains("Role 0"));
    app.handle_event(key(KeyCode::Esc), now);

    let mut group = c.benchmark_group("governance_view");
    group.bench_function("meeting_screen_floor", |b| {
        b.iter(|| {
            terminal.draw(|f| app.draw(f)).expect("draw");
            black_box(terminal.backend().buffer().area);
        })
    });
    group.bench_function(BenchmarkId::new("open_and_draw", count), |b| {
        b.iter(|| {
            app.handle_event(key(KeyCode::Char('g')), now);
            terminal.draw(|f| app.draw(f)).expect("draw");
            black_box(terminal.backend().buffer().area);
            app.handle_event(key(KeyCode::Esc), now);
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
}

criterion_group! { name = benches; config = config(); targets = record, open_view }
criterion_main!(benches);
