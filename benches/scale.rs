//! Issue 17's rows, each measured beside its floor in the same bench group,
//! so a figure is read as a ratio that stays true on a busy machine:
//!
//! - `replay_49000`: replay keys at 160x48 in a 49,000-entry session (one
//!   step at the start, middle and end, Home/End), and opening it, beside
//!   the cursor's own step and one frame drawn without moving; and the
//!   closed meeting's summary built (what End adds the first time).
//! - `list_cpu` / `list_wall`: `spanning list`'s work over the folder,
//!   beside reading every file with serde's `IgnoredAny` (the JSON scan
//!   alone, nothing kept), in CPU time of the whole process and in wall time;
//!   and, to show where `list` stands between the two, every file read
//!   into its entries without the engine's check (`part_entries_read`).
//! - `first_frame`: the real binary in a 160x48 pseudo terminal until its
//!   first frame (`new`, `review`, `replay`), beside `--version` run the
//!   same way (needs `script` from util-linux).
//! - `review_search`: a key typed into review's search, Backspace, the
//!   next key, the fourth, fifth and last key of a longer word, and a
//!   pasted word of twelve letters, each with its frame, beside the frame
//!   alone.
//! - `review_read`: review reading every file of the folder, beside `list`.
//!
//! Groups over the folder carry its size in their name (`list_cpu_10000`).
//! The folder is 10,000 sessions of 250-350 entries (about 620 MB), as
//! `spanning generate --count 10000 --min-events 250 --max-events 350`
//! writes it; it is written once into `target/bench-folders/` and reused.
//! `SPANNING_BENCH_SESSIONS=1000` measures a smaller one (how it grows).
//! `scripts/floor.sh` runs this and prints the table as ratios.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::generate::{Spec, session};
use spanning::review::Speed;
use spanning::review::catalogue::Catalogue;
use spanning::review::replay::Replay;
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;
use spanning::tui::screens::View;
use spanning::tui::screens::summary::SummaryText;
use spanning::tui::theme::Theme;

#[path = "support/mod.rs"]
mod support;

/// How many sessions the folder holds.
fn folder_size() -> usize {
    std::env::var("SPANNING_BENCH_SESSIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// The folder of `folder_size()` sessions, written on first use.
fn folder() -> SessionsDir {
    let count = folder_size();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-folders")
        .join(format!("sessions-{count}"));
    // Hidden, so it is no session; written last, so a half-written folder
    // is written again.
    let done = root.join(".complete");
    let dir = SessionsDir::new(&root);
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&root);
        support::write_folder(&dir, count, 250, 350, 1);
        std::fs::write(&done, b"").expect("mark the folder complete");
    }
    dir
}

/// CPU time of this whole process so far (every thread, finished ones
/// included), from `/proc/self/stat` in clock ticks of 10 ms: fine for
/// measurements of a tenth of a second and more.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat (Linux)");
    // Fields after the command name, which is in parentheses.
    let rest = &stat[stat.rfind(')').expect("stat format") + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 =
        fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime");
    Duration::from_millis(ticks * 10)
}

/// Runs `work` `iters` times and returns the CPU time it took.
fn cpu_of(iters: u64, mut work: impl FnMut()) -> Duration {
    let start = cpu_time();
    for _ in 0..iters {
        work();
    }
    cpu_time() - start
}

/// The JSON scan every reader has to do at least: each file read and run
/// through serde_json without keeping anything, on all cores as `list`.
fn ignored_any_scan(paths: &[PathBuf]) -> usize {
    let half = paths.len().div_ceil(2).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(half)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|p| {
                            let bytes = std::fs::read(p).expect("read");
                            serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).expect("json");
                            bytes.len()
                        })
                        .sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("worker")).sum()
    })
}

/// Every file read into its setup and entries, as `list` reads them, on
/// every core, with nothing checked or folded.
fn entries_read(paths: &[PathBuf]) -> usize {
    spanning::store::parallel::map_in_order(paths.len(), |i| {
        let bytes = std::fs::read(&paths[i]).expect("read");
        spanning::store::parse(&paths[i], &bytes)
            .expect("a good file")
            .events
            .len()
    })
    .into_iter()
    .sum()
}

fn list(c: &mut Criterion) {
    let dir = folder();
    let paths = dir.session_paths().expect("paths");
    let mut group = c.benchmark_group(format!("list_cpu_{}", folder_size()));
    group.bench_function("list", |b| {
        b.iter_custom(|n| cpu_of(n, || drop(black_box(dir.list()))))
    });
    group.bench_function("floor_ignored_any_scan", |b| {
        b.iter_custom(|n| {
            cpu_of(n, || {
                black_box(ignored_any_scan(&paths));
            })
        })
    });
    // Not a floor: where `list` stands between the scan and its whole
    // work. Reading every file into its entries, as `list` does, without
    // asking the engine about each entry (which `list` must, to name a
    // file whose entries the engine would never have recorded).
    group.bench_function("part_entries_read", |b| {
        b.iter_custom(|n| {
            cpu_of(n, || {
                black_box(entries_read(&paths));
            })
        })
    });
    group.finish();
    let mut group = c.benchmark_group(format!("list_wall_{}", folder_size()));
    group.bench_function("list", |b| b.iter(|| black_box(dir.list())));
    group.bench_function("floor_ignored_any_scan", |b| {
        b.iter(|| black_box(ignored_any_scan(&paths)))
    });
    group.finish();
}

/// Starts the real binary in a 160x48 pseudo terminal made by `script`
/// (util-linux, as `scripts/bench.sh` does) and waits for it to end: after
/// its first frame, or after printing its version. The floor runs the
/// same way, so the terminal's own start-up is in both.
fn in_pty(args: &[&str]) {
    let bin = env!("CARGO_BIN_EXE_spanning");
    let line = format!(
        "stty cols 160 rows 48; SPANNING_EXIT_AFTER_FIRST_FRAME=1 TERM=xterm-256color {bin} {}",
        args.iter()
            .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let status = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("script (util-linux) runs");
    assert!(status.success(), "{line}");
}

fn first_frame(c: &mut Criterion) {
    let dir = folder();
    let root = dir.root().display().to_string();
    let newest = dir
        .session_paths()
        .expect("paths")
        .pop()
        .expect("a session");
    let id = newest
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    let mut group = c.benchmark_group(format!("first_frame_{}", folder_size()));
    group.bench_function("floor_version", |b| b.iter(|| in_pty(&["--version"])));
    group.bench_function("new", |b| {
        b.iter(|| in_pty(&["--sessions-dir", &root, "new"]))
    });
    group.bench_function("review", |b| {
        b.iter(|| in_pty(&["--sessions-dir", &root, "review"]))
    });
    group.bench_function("replay", |b| {
        b.iter(|| in_pty(&["--sessions-dir", &root, "replay", &id]))
    });
    group.finish();
}

fn press(app: &mut ReviewApp, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    app.handle_event(ev, Instant::now());
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut ReviewApp) {
    terminal.draw(|f| app.draw(f)).expect("draw");
    black_box(terminal.backend().buffer().area);
}

/// Times `timed` (a key and its frame) `n` times, running `untimed` after
/// each to put the screen back.
fn keys(
    n: u64,
    terminal: &mut Terminal<TestBackend>,
    app: &mut ReviewApp,
    timed: KeyCode,
    untimed: KeyCode,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..n {
        let start = Instant::now();
        press(app, timed);
        draw(terminal, app);
        total += start.elapsed();
        press(app, untimed);
    }
    total
}

fn review_search(c: &mut Criterion) {
    let dir = folder();
    let catalogue = Catalogue::load(&dir);
    let text: usize = catalogue.digests().map(|d| d.search_text().len()).sum();
    eprintln!(
        "search index over {} sessions: {:.1} MB, for {:.1} MB of folded text",
        catalogue.len(),
        catalogue.index_bytes() as f64 / 1e6,
        text as f64 / 1e6
    );
    let mut app = ReviewApp::browse_catalogue(
        "sessions",
        catalogue,
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    press(&mut app, KeyCode::Char('/'));
    let mut group = c.benchmark_group(format!("review_search_{}", folder_size()));
    group.bench_function("floor_frame", |b| b.iter(|| draw(&mut terminal, &mut app)));
    // The first key searches every session; "e" is in nearly all of them.
    group.bench_function("first_key", |b| {
        b.iter_custom(|n| {
            keys(
                n,
                &mut terminal,
                &mut app,
                KeyCode::Char('e'),
                KeyCode::Backspace,
            )
        })
    });
    // Backspace from "e" back to everything, then "e" again (untimed).
    press(&mut app, KeyCode::Char('e'));
    group.bench_function("backspace", |b| {
        b.iter_custom(|n| {
            keys(
                n,
                &mut terminal,
                &mut app,
                KeyCode::Backspace,
                KeyCode::Char('e'),
            )
        })
    });
    // "e" is typed: "en" is English and Dutch ("een"), a common case.
    group.bench_function("next_key", |b| {
        b.iter_custom(|n| {
            keys(
                n,
                &mut terminal,
                &mut app,
                KeyCode::Char('n'),
                KeyCode::Backspace,
            )
        })
    });
    // The keys of a longer word, from its fourth byte on: "agenda" (in
    // English, and in Dutch "agendapunten": 9,940 of the 10,000 sessions)
    // typed from "age" ("agen", a run of four), "agen" ("agend", the
    // first key needing places) and "agend" ("agenda").
    press(&mut app, KeyCode::Backspace);
    for (name, before, key) in [
        ("word_key_4", "age", 'n'),
        ("word_key_5", "agen", 'd'),
        ("long_word_key", "agend", 'a'),
    ] {
        for c in before.chars() {
            press(&mut app, KeyCode::Char(c));
        }
        group.bench_function(name, |b| {
            b.iter_custom(|n| {
                keys(
                    n,
                    &mut terminal,
                    &mut app,
                    KeyCode::Char(key),
                    KeyCode::Backspace,
                )
            })
        });
        for _ in before.chars() {
            press(&mut app, KeyCode::Backspace);
        }
    }
    // A word of twelve letters pasted into the empty field: a common one
    // ("organisation", in every English session) and a Dutch one
    // ("agendapunten"), each searched from nothing, then cleared (Esc,
    // and `/` to type again; untimed).
    for (name, word) in [
        ("paste_common_12", "organisation"),
        ("paste_dutch_12", "agendapunten"),
    ] {
        group.bench_function(name, |b| {
            b.iter_custom(|n| {
                let mut total = Duration::ZERO;
                for _ in 0..n {
                    let start = Instant::now();
                    app.handle_event(Event::Paste(word.to_owned()), Instant::now());
                    draw(&mut terminal, &mut app);
                    total += start.elapsed();
                    press(&mut app, KeyCode::Esc);
                    press(&mut app, KeyCode::Char('/'));
                }
                total
            })
        });
    }
    group.finish();
}

fn review_read(c: &mut Criterion) {
    let dir = folder();
    let mut group = c.benchmark_group(format!("review_read_{}", folder_size()));
    group.bench_function("floor_list", |b| b.iter(|| black_box(dir.list())));
    group.bench_function("review_reads_all", |b| {
        b.iter(|| {
            let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::Default);
            let browser = app.browser_mut().expect("browser");
            browser.finish_reading();
            black_box(browser.catalogue().len())
        })
    });
    group.finish();
}

fn replay(c: &mut Criterion) {
    let big = session(Spec {
        seed: 17,
        events: 49_000,
        lang: Lang::En,
        leave_open: false,
    });
    let n = big.log().len();
    let open = || {
        ReviewApp::replay(
            big.clone(),
            None,
            Speed::X1,
            false,
            Lang::En,
            ThemeChoice::Default,
        )
    };
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    let mut group = c.benchmark_group("replay_49000");
    group.bench_function("open", |b| {
        b.iter_batched(
            || big.clone(),
            |s| {
                let mut app =
                    ReviewApp::replay(s, None, Speed::X1, false, Lang::En, ThemeChoice::Default);
                draw(&mut terminal, &mut app);
                app
            },
            BatchSize::PerIteration,
        )
    });
    // The cursor alone over the session (its checkpoints), the part of
    // opening that is not the screen's.
    group.bench_function("floor_cursor_open", |b| {
        b.iter_batched(
            || big.clone(),
            Replay::from_session,
            BatchSize::PerIteration,
        )
    });
    let mut app = open();
    for (name, at) in [("start", 1), ("middle", n / 2), ("end", n)] {
        if let Some(r) = app.replay_view() {
            r.seek(at);
        }
        group.bench_function(format!("step_{name}"), |b| {
            b.iter_custom(|iters| {
                keys(
                    iters,
                    &mut terminal,
                    &mut app,
                    KeyCode::Left,
                    KeyCode::Right,
                )
            })
        });
    }
    // Far jumps both ways, each timed.
    group.bench_function("home_or_end", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                let key = if i % 2 == 0 {
                    KeyCode::Home
                } else {
                    KeyCode::End
                };
                let start = Instant::now();
                press(&mut app, key);
                draw(&mut terminal, &mut app);
                total += start.elapsed();
            }
            total
        })
    });
    group.bench_function("floor_frame", |b| b.iter(|| draw(&mut terminal, &mut app)));
    // What End costs the first time it lands on the closed meeting, on
    // top of a frame: building its summary (kept after).
    let summary_view = View {
        state: big.state(),
        setup: big.setup(),
        words: Lang::En.words(),
        theme: Theme::new(ThemeChoice::Default),
        now: big.setup().opened_at,
        selected: 0,
        scroll: 0,
        focus: 0,
        presentation: true,
        saved_to: None,
        status: None,
        save_error: None,
        governance: None,
        conflicts: &[],
        summary: None,
    };
    group.bench_function("end_summary_build", |b| {
        b.iter(|| SummaryText::of(black_box(&summary_view)))
    });
    let mut cursor = Replay::new(&big);
    cursor.seek(n);
    let mut back = true;
    group.bench_function("floor_cursor_step", |b| {
        b.iter(|| {
            back = !back;
            black_box(if back {
                cursor.step_forward()
            } else {
                cursor.step_back()
            })
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
}

criterion_group! { name = benches; config = config(); targets = replay, review_search, review_read, list, first_frame }
criterion_main!(benches);
