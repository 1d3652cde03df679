//! Saving: after every event the whole session file is rewritten
//! atomically. Measured apart: serialising the session, writing the file
//! through the store (temp file, fsync, rename, folder fsync), and the
//! fsync alone (issue: under 5 ms in all for a 2,000-event session, no
//! growth worse than linear).

use std::fs::File;
use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use spanning::generate::{Spec, session};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

fn save(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    // An open session stops halfway through its planned events, so asking
    // for twice the size gives open sessions of about 200, 2,000 and
    // 10,000 events: what is saved while a meeting runs.
    for events in [200, 2_000, 10_000] {
        let s = session(Spec {
            seed: 7,
            events: 2 * events,
            lang: Lang::En,
            leave_open: true,
        });
        let n = s.log().len();
        group.bench_with_input(BenchmarkId::new("serialise", n), &s, |b, s| {
            b.iter(|| black_box(store::session_bytes("bench", s)))
        });
        // For comparison only: what the same log costs without the
        // indentation that keeps files readable (the files stay pretty).
        group.bench_with_input(BenchmarkId::new("serialise_compact", n), &s, |b, s| {
            b.iter(|| black_box(serde_json::to_vec(s.log()).expect("json")))
        });
        let dir = tempfile::tempdir().expect("temp dir");
        let sessions = SessionsDir::new(dir.path());
        let mut open = sessions.create(&s).expect("create");
        group.bench_with_input(BenchmarkId::new("atomic_save_with_fsync", n), &s, |b, s| {
            b.iter(|| open.save(black_box(s)).expect("save"))
        });
        let bytes = store::session_bytes("bench", &s);
        let path = dir.path().join("plain.json");
        group.bench_with_input(
            BenchmarkId::new("write_without_fsync", n),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let mut f = File::create(&path).expect("create");
                    f.write_all(bytes).expect("write");
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("fsync_only", n), &bytes, |b, bytes| {
            let mut f = File::create(&path).expect("create");
            b.iter(|| {
                f.write_all(&bytes[..1]).expect("write");
                f.sync_all().expect("fsync");
            })
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! { name = benches; config = config(); targets = save }
criterion_main!(benches);
