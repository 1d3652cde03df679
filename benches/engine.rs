//! Engine figures: folding a session's events into its state, and seeking
//! a replay cursor, at several session sizes (issue: fold 10,000 events
//! under 5 ms; seek anywhere in a 10,000-event session under 16 ms).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use spanning::generate::{Spec, session};
use spanning::meeting::Session;
use spanning::review::replay::Replay;
use spanning::text::Lang;

fn sized(events: usize) -> Session {
    session(Spec {
        seed: 42,
        events,
        lang: Lang::En,
        leave_open: false,
    })
}

fn fold(c: &mut Criterion) {
    let mut group = c.benchmark_group("fold");
    for events in [1_000, 10_000, 20_000] {
        let s = sized(events);
        let (setup, log) = (s.setup().clone(), s.log().to_vec());
        group.bench_with_input(BenchmarkId::from_parameter(log.len()), &log, |b, log| {
            b.iter(|| Session::from_log(setup.clone(), black_box(log.clone())))
        });
        group.bench_with_input(BenchmarkId::new("clone_only", log.len()), &log, |b, log| {
            b.iter(|| black_box(log.clone()))
        });
    }
    group.finish();
}

fn seek(c: &mut Criterion) {
    let mut group = c.benchmark_group("replay_seek");
    for events in [1_000, 10_000] {
        let s = sized(events);
        let n = s.log().len();
        let mut replay = Replay::new(&s);
        // Alternate far jumps in both directions: the worst case for a
        // snapshot-and-fold cursor.
        let targets: Vec<usize> = (0..64).map(|i| (i * 7_919) % (n + 1)).collect();
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            let mut k = 0;
            b.iter(|| {
                k = (k + 1) % targets.len();
                black_box(replay.seek(targets[k]))
            })
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
}

criterion_group! { name = benches; config = config(); targets = fold, seek }
criterion_main!(benches);
