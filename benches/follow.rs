//! Following a meeting (issue 18): what a follower pays for one entry
//! saved to an open meeting of 100 / 1,000 / 10,000 entries, against its
//! floor in the same group, in the same run.
//!
//! - `refresh/N`: [`Tail::refresh`] after one save: the journal's new line
//!   read and the meeting rebuilt (the engine checks the whole log again).
//!   `load/N` is what a follower without the tail would pay (the file and
//!   journal read whole); `floor_parse_line` is reading the one entry's
//!   line alone.
//! - `watch/notify` and `watch/poll`: from a save's return to the
//!   watcher's call (the OS watcher; the 100 ms polling fallback), against
//!   `floor_save`, the save itself.
//!
//! `cargo bench --bench follow`.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use spanning::generate::{Spec, session};
use spanning::meeting::{Command, Recorded, Session};
use spanning::store::tail::{POLL_INTERVAL, Tail, Watch};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

/// An open meeting of exactly `entries` entries.
fn open_meeting(entries: usize) -> Session {
    let s = session(Spec {
        seed: 7,
        events: 2 * entries + 200,
        lang: Lang::En,
        leave_open: true,
    });
    assert!(s.log().len() >= entries, "{} < {entries}", s.log().len());
    Session::from_log(s.setup().clone(), s.log()[..entries].to_vec()).expect("prefix")
}

/// Adds one note, a typical entry, a second after the last one.
fn add_note(s: &mut Session, i: u64) {
    let at = s.state().last_at + TimeDelta::seconds(1);
    s.execute(
        &Command::Note {
            text: format!("Note {i}: the budget owner checks the figures with finance"),
        },
        at,
    )
    .expect("a note can always be recorded");
}

/// Refreshes are measured in runs of this many saves on a fresh copy of
/// the meeting, so its size stays what it says.
const RUN: u64 = 50;

fn refresh(c: &mut Criterion) {
    let mut group = c.benchmark_group("follow");
    group.measurement_time(Duration::from_secs(3));
    for entries in [100, 1_000, 10_000] {
        let base = open_meeting(entries);
        let dir = tempfile::tempdir().expect("temp dir");
        group.bench_function(BenchmarkId::new("refresh", entries), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut done = 0;
                while done < iters {
                    // Untimed: a fresh meeting whose journal has started,
                    // and a follower on it.
                    let mut s = base.clone();
                    let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
                    add_note(&mut s, 0);
                    open.save(&s).expect("save");
                    let mut tail = Tail::open(open.path()).expect("tail");
                    for i in 0..RUN.min(iters - done) {
                        add_note(&mut s, i + 1);
                        open.save(&s).expect("save");
                        let start = Instant::now();
                        assert!(black_box(tail.refresh().expect("refresh")));
                        total += start.elapsed();
                    }
                    done += RUN.min(iters - done);
                    let path = open.path().to_path_buf();
                    drop(open);
                    let _ = std::fs::remove_file(path);
                }
                total
            })
        });
        let mut s = base.clone();
        let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
        add_note(&mut s, 0);
        open.save(&s).expect("save");
        let path = open.path().to_path_buf();
        group.bench_function(BenchmarkId::new("load", entries), |b| {
            b.iter(|| black_box(store::load(&path).expect("load")))
        });
        let line = serde_json::to_vec(s.log().last().expect("an entry")).expect("json");
        group.bench_function(BenchmarkId::new("floor_parse_line", entries), |b| {
            b.iter(|| black_box(serde_json::from_slice::<Recorded>(&line).expect("entry")))
        });
        drop(open);
    }
    group.finish();
}

fn watch(c: &mut Criterion) {
    let mut group = c.benchmark_group("watch");
    group.measurement_time(Duration::from_secs(5));
    group.sample_size(20);
    let mut s = open_meeting(1_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
    add_note(&mut s, 0);
    open.save(&s).expect("save");
    let path = open.path().to_path_buf();
    let mut i = 1;
    let mut measure = |b: &mut criterion::Bencher, calls: &mpsc::Receiver<()>, wait: bool| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                while calls.try_recv().is_ok() {}
                add_note(&mut s, i);
                i += 1;
                let start = Instant::now();
                open.save(&s).expect("save");
                if wait {
                    calls
                        .recv_timeout(Duration::from_secs(5))
                        .expect("the watcher calls back");
                }
                total += start.elapsed();
            }
            total
        })
    };
    {
        let (send, calls) = mpsc::channel();
        let _watch = Watch::start(&path, move || {
            let _ = send.send(());
        });
        group.bench_function("notify", |b| measure(b, &calls, true));
        group.bench_function("floor_save", |b| measure(b, &calls, false));
    }
    {
        let (send, calls) = mpsc::channel();
        let _watch = Watch::polling(
            &path,
            POLL_INTERVAL,
            Arc::new(move || {
                let _ = send.send(());
            }),
        );
        group.bench_function("poll", |b| measure(b, &calls, true));
    }
    group.finish();
}

criterion_group!(benches, refresh, watch);
criterion_main!(benches);
