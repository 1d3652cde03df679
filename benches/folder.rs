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

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10)
}

criterion_group! { name = benches; config = config(); targets = folder, parse }
criterion_main!(benches);
