//! A whole meeting's saves, measured once: an open meeting grows entry by
//! entry to the given length (default 20,000), saved after each entry
//! through the store, against its floor in the same run (as many lines of
//! the same size appended to another file, one `fdatasync` each, taken in
//! turns with the saves so both see the same disk). Too long for
//! criterion's ten samples at 20,000 entries; `benches/store.rs` measures
//! the shorter meetings and the single save.
//!
//! `cargo run --release --example save_meeting -- 20000`

use std::fs::OpenOptions;
use std::io::Write;
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use spanning::generate::{Spec, session};
use spanning::meeting::{Command, Session};
use spanning::store::SessionsDir;
use spanning::text::Lang;

fn main() {
    let entries: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let generated = session(Spec {
        seed: 7,
        events: 300,
        lang: Lang::En,
        leave_open: true,
    });
    let start = 50.min(generated.log().len());
    let mut s = Session::from_log(generated.setup().clone(), generated.log()[..start].to_vec())
        .expect("prefix");
    let dir = tempfile::tempdir().expect("temp dir");

    // The floor's file, appended to right after each save so both see the
    // same disk (on a shared machine its speed changes by the minute).
    let mut floor_file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.path().join("floor.jsonl"))
        .expect("open");
    let mut floor = Duration::ZERO;
    let mut saving = Duration::ZERO;
    let mut slowest = Duration::ZERO;
    let timer = Instant::now();
    let mut open = SessionsDir::new(dir.path()).create(&s).expect("create");
    saving += timer.elapsed();
    let mut i = 0u64;
    while s.log().len() < entries {
        i += 1;
        let at = s.state().last_at + TimeDelta::seconds(1);
        let text = format!("Note {i}: the budget owner checks the figures with finance");
        s.execute(&Command::Note { text }, at).expect("note");
        let timer = Instant::now();
        open.save(&s).expect("save");
        let took = timer.elapsed();
        slowest = slowest.max(took);
        saving += took;
        let mut line = serde_json::to_vec(s.log().last().expect("entries")).expect("json");
        line.push(b'\n');
        let timer = Instant::now();
        floor_file.write_all(&line).expect("write");
        floor_file.sync_data().expect("fdatasync");
        floor += timer.elapsed();
    }
    let timer = Instant::now();
    drop(open);
    let leaving = timer.elapsed();
    saving += leaving;

    let saves = (entries - start) as f64;
    println!(
        "{entries} entries: {saves} saves took {:.2} s in all ({:.3} ms each, slowest {:.1} ms, \
         leaving {:.1} ms); floor (append + fdatasync, same count) {:.2} s ({:.3} ms each): {:.2}x",
        saving.as_secs_f64(),
        saving.as_secs_f64() * 1000.0 / saves,
        slowest.as_secs_f64() * 1000.0,
        leaving.as_secs_f64() * 1000.0,
        floor.as_secs_f64(),
        floor.as_secs_f64() * 1000.0 / saves,
        saving.as_secs_f64() / floor.as_secs_f64()
    );
}
