//! The sessions folder: `spanning list`'s work (read and summarise every
//! file) at 100 and 1,000 sessions of about 300 events, next to merely
//! reading the same bytes, and review's first step (listing names only).
//! Issue: list over 1,000 sessions under 300 ms and within 3x of reading.
//! Also one typical session (about 300 events) parsed from memory: by
//! serde's derived reader alone, by the store's reader (tag-first), and
//! loaded whole (read, parse, fold), so the cost of each step shows.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use spanning::review::catalogue::Catalogue;
use spanning::store::{self, SessionFile, SessionsDir};

#[path = "support/mod.rs"]
mod support;

fn folder(c: &mut Criterion) {
    let mut group = c.benchmark_group("folder");
    for count in [100, 1_000] {
        let temp = tempfile::tempdir().expect("temp dir");
        let dir = SessionsDir::new(temp.path());
        support::write_folder(&dir, count, 250, 350, 1);
        group.bench_function(BenchmarkId::new("list", count), |b| {
            b.iter(|| black_box(dir.list()))
        });
        group.bench_function(BenchmarkId::new("read_bytes_only", count), |b| {
            b.iter(|| {
                let paths = dir.session_paths().expect("paths");
                let total: usize = paths
                    .iter()
                    .map(|p| std::fs::read(p).expect("read").len())
                    .sum();
                black_box(total)
            })
        });
        group.bench_function(BenchmarkId::new("review_first_scan", count), |b| {
            b.iter(|| black_box(Catalogue::scan(&dir)))
        });
    }
    group.finish();
}

fn parse(c: &mut Criterion) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    support::write_folder(&dir, 1, 300, 300, 1);
    let path = dir.session_paths().expect("paths").remove(0);
    let bytes = std::fs::read(&path).expect("read");
    let events = store::parse(&path, &bytes).expect("parses").events.len();
    let mut group = c.benchmark_group("parse");
    group.bench_function(BenchmarkId::new("derived_reader", events), |b| {
        b.iter(|| black_box(serde_json::from_slice::<SessionFile>(&bytes).expect("parses")))
    });
    group.bench_function(BenchmarkId::new("store_reader", events), |b| {
        b.iter(|| black_box(store::parse(&path, &bytes).expect("parses")))
    });
    group.bench_function(BenchmarkId::new("load_and_fold", events), |b| {
        b.iter(|| black_box(store::load(&path).expect("loads")))
    });
    group.finish();
}

/// The circle's memory (issue 14): the work fold over every circle of a
/// 1,000-session folder, with what a new meeting is offered from it
/// (open actions, carried items, due reviews, ending terms), next to its
/// floor: loading the same sessions, on the same threads, without
/// folding them. Goal: under 300 ms.
fn memory(c: &mut Criterion) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    support::write_folder(&dir, 1_000, 250, 350, 1);
    let today = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("date");
    let mut group = c.benchmark_group("memory");
    group.bench_function(BenchmarkId::new("work_fold_and_offers", 1_000), |b| {
        b.iter(|| {
            let folder = spanning::record::fold_folder(&dir);
            let offered: usize = folder
                .circles
                .iter()
                .map(|m| {
                    m.work.offered_actions().len()
                        + spanning::record::offer::agenda_offers(
                            m,
                            spanning::meeting::MeetingFormat::Governance,
                            today,
                        )
                        .len()
                })
                .sum();
            black_box((folder, offered))
        })
    });
    group.bench_function(BenchmarkId::new("load_only_floor", 1_000), |b| {
        b.iter(|| {
            let paths = dir.session_paths().expect("paths");
            let threads = std::thread::available_parallelism()
                .map_or(1, std::num::NonZeroUsize::get)
                .clamp(1, 8);
            let loaded: usize = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let paths = &paths;
                        scope.spawn(move || {
                            (t..paths.len())
                                .step_by(threads)
                                .filter_map(|i| store::load(&paths[i]).ok())
                                .count()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
            });
            black_box(loaded)
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10)
}

criterion_group! { name = benches; config = config(); targets = folder, parse, memory }
criterion_main!(benches);
