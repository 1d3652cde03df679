//! The load test of `spanning serve` (ignored by default; README.md,
//! "Following in a browser", gives its figures): 200 pages follow a
//! meeting over loopback while the facilitator saves entry after entry.
//! It measures how long after a save each page has it (the 99th
//! percentile must stay under 300 ms), the server's memory (under
//! 100 MB), the facilitator's save time with and without the followers,
//! and that pages that drop and reconnect are in step at once.
//!
//! ```sh
//! cargo test --release --test e2e -- --ignored serve_load --nocapture
//! ```

use std::io::BufRead;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use spanning::meeting::{Command, PersonId};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::support::scenario::Scenario;
use crate::support::script::pass;

const FOLLOWERS: usize = 200;
const UPDATES: usize = 40;
const RECONNECTING: usize = 50;

/// The agenda label of update `k`, as it shows in the page.
fn marker(k: usize) -> String {
    format!("<strong>u{k:03}</strong>")
}

/// The highest update number a page's live part shows, if any.
fn highest(data: &str) -> Option<usize> {
    (0..UPDATES).rev().find(|k| data.contains(&marker(*k)))
}

/// One page following the stream: records when each update arrived.
async fn follow(
    addr: String,
    token: String,
    arrived: Arc<Mutex<Vec<Vec<Option<Instant>>>>>,
    me: usize,
    connected: tokio::sync::mpsc::Sender<String>,
) {
    let mut stream = TcpStream::connect(&addr).await.expect("connect");
    stream
        .write_all(
            format!("GET /{token}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                .as_bytes(),
        )
        .await
        .expect("send");
    let mut reader = BufReader::new(stream);
    let mut first = true;
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let Some(data) = line.strip_prefix("data: ") else {
            continue;
        };
        let now = Instant::now();
        if first {
            first = false;
            let _ = connected.send(data.to_owned()).await;
            continue;
        }
        if let Some(top) = highest(data) {
            let mut arrived = arrived.lock().unwrap_or_else(|e| e.into_inner());
            for slot in arrived[me].iter_mut().take(top + 1) {
                slot.get_or_insert(now);
            }
        }
    }
}

fn memory_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[test]
#[ignore = "load test: run with --ignored --nocapture, in release"]
fn serve_load_200_followers_on_loopback() {
    let dir = tempfile::tempdir().expect("dir");
    let sessions = dir.path().join("sessions");
    let folder = spanning::store::SessionsDir::new(&sessions);
    let mut script = Scenario::new(
        "Load test",
        "Operations",
        crate::support::common::base(),
        &["Ana", "Bram", "Chen"],
    )
    .open();
    script.run(Command::StartCheckIn);
    script.run(pass()).run(pass()).run(pass());
    script.run(Command::OpenAgenda);
    let mut file = folder.create(&script.session).expect("create");
    file.save(&script.session).expect("save");

    // The facilitator's save time before anyone follows.
    let mut alone = Vec::new();
    for k in 0..UPDATES {
        script.run(Command::AddItem {
            label: format!("a{k:03}"),
            owner: PersonId(1),
        });
        let start = Instant::now();
        file.save(&script.session).expect("save");
        alone.push(start.elapsed());
    }

    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_spanning"))
        .arg("--sessions-dir")
        .arg(&sessions)
        .args(["serve", "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spanning serve starts");
    let url = {
        let stdout = server.stdout.take().expect("stdout");
        let mut lines = std::io::BufReader::new(stdout).lines();
        let url = loop {
            let line = lines.next().expect("address").expect("line");
            if let Some(at) = line.find("http://") {
                break line[at..].trim().to_owned();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        url
    };
    let rest = url.trim_start_matches("http://");
    let (addr, token) = rest.split_once('/').expect("token in the address");
    let (addr, token) = (addr.to_owned(), token.to_owned());
    let pid = server.id();
    let idle_rss = memory_kb(pid, "VmRSS:");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let arrived = Arc::new(Mutex::new(vec![vec![None; UPDATES]; FOLLOWERS]));
    let saved: Arc<Mutex<Vec<Instant>>> = Arc::new(Mutex::new(Vec::new()));
    let (with_followers, reconnected_ok) = runtime.block_on(async {
        let (connected, mut ready) = tokio::sync::mpsc::channel(FOLLOWERS);
        let mut pages = Vec::new();
        for me in 0..FOLLOWERS {
            pages.push(tokio::spawn(follow(
                addr.clone(),
                token.clone(),
                arrived.clone(),
                me,
                connected.clone(),
            )));
        }
        for _ in 0..FOLLOWERS {
            ready.recv().await.expect("every page gets the full state");
        }
        // The facilitator saves on its own thread, as its own process would.
        let writer_saved = saved.clone();
        let writer = std::thread::spawn(move || {
            let mut times = Vec::new();
            for k in 0..UPDATES {
                script.run(Command::AddItem {
                    label: format!("u{k:03}"),
                    owner: PersonId(0),
                });
                let start = Instant::now();
                file.save(&script.session).expect("save");
                times.push(start.elapsed());
                writer_saved
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(start);
                std::thread::sleep(Duration::from_millis(150));
            }
            (times, script, file)
        });
        let (times, mut script, mut file) = loop {
            if writer.is_finished() {
                break writer.join().expect("writer");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        tokio::time::sleep(Duration::from_millis(500)).await;

        // Some pages drop; saves go on; they come back in step.
        for page in pages.drain(..RECONNECTING) {
            page.abort();
        }
        script.run(Command::AddItem {
            label: "after".to_owned(),
            owner: PersonId(1),
        });
        file.save(&script.session).expect("save");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (connected, mut ready) = tokio::sync::mpsc::channel(RECONNECTING);
        let sink = Arc::new(Mutex::new(vec![vec![None; UPDATES]; RECONNECTING]));
        for me in 0..RECONNECTING {
            pages.push(tokio::spawn(follow(
                addr.clone(),
                token.clone(),
                sink.clone(),
                me,
                connected.clone(),
            )));
        }
        let mut in_step = 0;
        for _ in 0..RECONNECTING {
            let first = ready.recv().await.expect("full state on reconnect");
            if first.contains("<strong>after</strong>") {
                in_step += 1;
            }
        }
        for page in pages {
            page.abort();
        }
        (times, in_step == RECONNECTING)
    });
    let peak_rss = memory_kb(pid, "VmHWM:");
    let _ = server.kill();
    let _ = server.wait();

    let saved = saved.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let arrived = arrived.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut latencies = Vec::new();
    let mut missing = 0;
    for page in &arrived {
        for (k, at) in page.iter().enumerate() {
            match at {
                Some(at) => latencies.push(at.saturating_duration_since(saved[k])),
                None => missing += 1,
            }
        }
    }
    latencies.sort();
    alone.sort();
    let mut with = with_followers.clone();
    with.sort();
    let p50 = percentile(&latencies, 0.5);
    let p99 = percentile(&latencies, 0.99);
    let max = *latencies.last().expect("latencies");
    println!(
        "serve load: {FOLLOWERS} followers, {UPDATES} saves: update latency p50 {p50:?}, p99 {p99:?}, max {max:?}; \
         server memory idle {} MB, peak {} MB; facilitator save median {:?} alone, {:?} with followers; \
         {RECONNECTING} reconnecting pages in step: {reconnected_ok}",
        idle_rss / 1024,
        peak_rss / 1024,
        percentile(&alone, 0.5),
        percentile(&with, 0.5),
    );
    assert_eq!(missing, 0, "every page got every update");
    assert!(p99 < Duration::from_millis(300), "p99 {p99:?}");
    assert!(peak_rss < 100 * 1024, "peak memory {peak_rss} kB");
    assert!(reconnected_ok, "reconnecting pages resync");
}
