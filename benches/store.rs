//! Saving (issue 17): one entry saved to an open meeting of 100 / 1,000 /
//! 20,000 entries, against its floor measured in the same group, in the
//! same run: appending one line of the same size to a file and syncing
//! its data (`fdatasync`). The goal is within 2x of the floor at every
//! size. `meeting` saves a whole meeting entry by entry from its creation
//! (journal start, compactions and the complete file at the end
//! included), which must grow linearly with its length.
//!
//! `cargo bench --bench store`; `-- save/` for the per-entry figures only.

use std::fs::{File, OpenOptions};
use std::hint::black_box;
use std::io::Write;
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use spanning::generate::{Spec, session};
use spanning::meeting::{Command, Session};
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

/// Saves are measured in runs of this many entries on a fresh copy of
/// the meeting, so the size stays what it says.
const RUN: u64 = 200;

fn save(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    for entries in [100, 1_000, 20_000] {
        let base = open_meeting(entries);
        let dir = tempfile::tempdir().expect("temp dir");
        group.bench_with_input(BenchmarkId::new("one_entry", entries), &base, |b, base| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut done = 0;
                while done < iters {
                    // Untimed: a fresh meeting of `entries` entries whose
                    // journal has started (its first save).
                    let mut s = base.clone();
                    let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
                    add_note(&mut s, 0);
                    open.save(&s).expect("save");
                    for i in 0..RUN.min(iters - done) {
                        add_note(&mut s, i + 1);
                        let start = Instant::now();
                        open.save(black_box(&s)).expect("save");
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
        // For comparison, in the same run: what a save cost before the
        // journal, the whole file rewritten the way the store still does
        // at close (serialise, temporary file, fsync, rename, folder fsync).
        group.bench_with_input(
            BenchmarkId::new("before_whole_file", entries),
            &base,
            |b, base| {
                let path = dir.path().join("whole.json");
                b.iter(|| {
                    let bytes = store::session_bytes("bench", black_box(base));
                    let mut temp = tempfile::Builder::new()
                        .prefix(".whole.")
                        .tempfile_in(dir.path())
                        .expect("temp");
                    temp.as_file_mut().write_all(&bytes).expect("write");
                    temp.as_file().sync_all().expect("fsync");
                    temp.persist(&path).expect("rename");
                    File::open(dir.path())
                        .and_then(|d| d.sync_all())
                        .expect("folder fsync");
                })
            },
        );
        // The floor: one line as long as a note's, appended and synced.
        let mut line = serde_json::to_vec(base.log().last().expect("entries")).expect("json");
        line.push(b'\n');
        let path = dir.path().join("floor.jsonl");
        group.bench_with_input(
            BenchmarkId::new("floor_append_fdatasync", entries),
            &line,
            |b, line| {
                let mut f = OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
                    .expect("open");
                b.iter(|| {
                    f.write_all(line).expect("write");
                    f.sync_data().expect("fdatasync");
                })
            },
        );
    }
    group.finish();
}

fn meeting(c: &mut Criterion) {
    let mut group = c.benchmark_group("meeting");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    // A generated opening (check-in, agenda), then notes up to the length.
    let start = open_meeting(50);
    for entries in [100, 1_000, 20_000] {
        let dir = tempfile::tempdir().expect("temp dir");
        group.bench_with_input(
            BenchmarkId::new("every_save", entries),
            &start,
            |b, start| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let mut s = start.clone();
                        let timer = Instant::now();
                        let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
                        total += timer.elapsed();
                        for i in 0..(entries - start.log().len()) as u64 {
                            // Recording the entry is the engine's cost; only
                            // saving it is measured.
                            add_note(&mut s, i);
                            let timer = Instant::now();
                            open.save(&s).expect("save");
                            total += timer.elapsed();
                        }
                        let path = open.path().to_path_buf();
                        let timer = Instant::now();
                        drop(open);
                        total += timer.elapsed();
                        let _ = std::fs::remove_file(path);
                    }
                    total
                })
            },
        );
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! { name = benches; config = config(); targets = save, meeting }
criterion_main!(benches);
