//! `spanning serve` over plain HTTP: only the page and its event stream,
//! only with the token; everything else is an empty 404. Request heads and
//! connections are bounded; a reconnecting page gets the full state first;
//! open pages are counted. And the command line: a taken port or a bad
//! `--bind` is said clearly, in English and Dutch.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use spanning::serve::{MAX_CONNECTIONS, MAX_REQUEST_BYTES};

use crate::support::browser::{Served, first_where};
use crate::support::common::{example_meeting, open_meeting};

/// A status line and body, read to the end of a `Connection: close`
/// request.
struct Answer {
    status: u16,
    head: String,
    body: String,
}

fn request(origin: &str, raw: &str) -> Answer {
    let addr = origin.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream.write_all(raw.as_bytes()).expect("send");
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

fn get(origin: &str, path: &str) -> Answer {
    request(
        origin,
        &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    )
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// Runs the server on its own thread for blocking clients.
fn serve_in_background(
    session: spanning::meeting::Session,
) -> (Served, std::thread::JoinHandle<()>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    let handle = std::thread::spawn(move || {
        let rt = runtime();
        rt.block_on(async move {
            let served = Served::start(session).await;
            tx.send(served).expect("hand over");
            // Keep serving until the test ends.
            tokio::task::spawn_blocking(move || stop_rx.recv())
                .await
                .ok();
        });
    });
    let served = rx.recv().expect("server up");
    // The stop sender lives as long as the test: leak it on purpose so the
    // server thread outlives every client of the test.
    std::mem::forget(stop_tx);
    (served, handle)
}

#[test]
fn the_page_needs_the_token_and_nothing_else_answers() {
    let (served, _server) = serve_in_background(example_meeting());
    let origin = served.origin();
    let token = served.token.as_str().to_owned();

    let page = get(&origin, &format!("/{token}"));
    assert_eq!(page.status, 200, "{}", page.head);
    assert!(page.body.contains("Weekly governance"));
    assert!(page.head.to_lowercase().contains("content-security-policy"));
    assert!(
        page.head
            .to_lowercase()
            .contains("referrer-policy: no-referrer")
    );

    let mut wrong = token.clone();
    wrong.replace_range(0..1, if token.starts_with('0') { "1" } else { "0" });
    let others = [
        "/".to_owned(),
        String::new() + "/" + &wrong,
        format!("/{wrong}/events"),
        format!("/{}", &token[..31]),
        format!("/{token}x"),
        format!("/{token}/x"),
        format!("/{token}/events/x"),
        format!("/{token}/../../etc/passwd"),
        format!("/{token}/..%2f..%2fetc%2fpasswd"),
        "/favicon.ico".to_owned(),
        "/sessions".to_owned(),
        format!("/{}", token.to_uppercase()),
    ];
    for path in &others {
        let answer = get(&origin, path);
        assert_eq!(answer.status, 404, "{path}: {}", answer.head);
        assert_eq!(answer.body, "", "{path} must have an empty body");
    }
    // Only GET: nothing can be changed through the page.
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let answer = request(
            &origin,
            &format!(
                "{method} /{token} HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
            ),
        );
        assert_eq!(answer.status, 404, "{method}: {}", answer.head);
        assert_eq!(answer.body, "");
    }
}

#[test]
fn the_token_is_128_random_bits() {
    let a = spanning::serve::Token::random().expect("token");
    let b = spanning::serve::Token::random().expect("token");
    assert_eq!(a.as_str().len(), 32);
    assert!(a.as_str().bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a.as_str(), b.as_str());
}

#[test]
fn a_request_head_over_the_limit_is_refused() {
    let (served, _server) = serve_in_background(example_meeting());
    let token = served.token.as_str().to_owned();
    let big = "a".repeat(MAX_REQUEST_BYTES * 4);
    let answer = request(
        &served.origin(),
        &format!("GET /{token} HTTP/1.1\r\nHost: x\r\nX-Big: {big}\r\nConnection: close\r\n\r\n"),
    );
    assert_ne!(answer.status, 200, "an oversized head must not be served");
    assert!(
        answer.status == 431 || answer.status == 0,
        "refused with 431 or closed, got {}",
        answer.head
    );
}

#[test]
fn connections_beyond_the_limit_are_closed_at_once() {
    let (served, _server) = serve_in_background(example_meeting());
    let addr = served.origin().trim_start_matches("http://").to_owned();
    let held: Vec<TcpStream> = (0..MAX_CONNECTIONS)
        .map(|_| TcpStream::connect(&addr).expect("connect"))
        .collect();
    // Let the server accept them all.
    std::thread::sleep(Duration::from_millis(300));
    let mut extra = TcpStream::connect(&addr).expect("connect");
    extra
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let start = Instant::now();
    let mut buf = [0u8; 16];
    let read = extra.read(&mut buf);
    assert!(
        matches!(read, Ok(0)) || read.is_err() && start.elapsed() < Duration::from_secs(4),
        "the connection past the limit is closed: {read:?}"
    );
    assert!(start.elapsed() < Duration::from_secs(4));
    drop(held);
    // Once the others are gone, pages are served again.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let answer = get(&served.origin(), &format!("/{}", served.token.as_str()));
        if answer.status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "served again after the limit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Reads one server-sent event's data (its `data:` lines joined).
fn next_event(reader: &mut BufReader<TcpStream>) -> String {
    let mut data = Vec::new();
    loop {
        let mut line = String::new();
        let n = reader.read_line(&mut line).expect("read event");
        assert!(n > 0, "stream ended");
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if !data.is_empty() {
                return data.join("\n");
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("data:") {
            data.push(rest.strip_prefix(' ').unwrap_or(rest).to_owned());
        }
        // Chunk sizes of the chunked body and comments are skipped.
    }
}

fn open_stream(origin: &str, token: &str) -> BufReader<TcpStream> {
    let addr = origin.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "GET /{token}/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n"
    )
    .expect("send");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).expect("status");
    assert!(line.contains(" 200 "), "{line}");
    reader
}

#[test]
fn a_reconnecting_page_gets_the_full_state_first_and_is_counted() {
    let meeting = example_meeting();
    let check_in = first_where(&meeting, |s| {
        s.state().phase == spanning::meeting::Phase::CheckIn
    });
    let (served, _server) = serve_in_background(check_in);
    let (origin, token) = (served.origin(), served.token.as_str().to_owned());

    let mut first = open_stream(&origin, &token);
    let state = next_event(&mut first);
    assert!(state.contains("id=\"now\""), "{state}");
    assert!(state.contains("Check-in"), "{state}");
    let deadline = Instant::now() + Duration::from_secs(5);
    while served.follower_count() != 1 {
        assert!(Instant::now() < deadline, "one follower counted");
        std::thread::sleep(Duration::from_millis(10));
    }

    // A save while the page is connected arrives as the next event.
    let agenda = first_where(&meeting, |s| s.state().agenda.len() == 3);
    served.set(agenda);
    let update = next_event(&mut first);
    assert!(update.contains("Onboarding checklist"), "{update}");

    // The page goes away; saves go on; it comes back and is in step at once.
    first.get_ref().shutdown(Shutdown::Both).expect("close");
    drop(first);
    served.set(example_meeting());
    let mut again = open_stream(&origin, &token);
    let state = next_event(&mut again);
    assert!(state.contains("The session is closed"), "{state}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while served.follower_count() != 1 {
        assert!(
            Instant::now() < deadline,
            "the closed page is no longer counted: {}",
            served.follower_count()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(again);
}

#[test]
fn a_taken_port_is_said_clearly_in_english_and_dutch() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let dir = tempfile::tempdir().expect("dir");
    let sessions = dir.path().join("sessions");
    let dirs = spanning::store::SessionsDir::new(&sessions);
    let mut file = dirs.create(&open_meeting()).expect("create");
    file.save(&open_meeting()).expect("save");
    for (lang, says) in [
        ("en", "another program already uses that port"),
        ("nl", "een ander programma gebruikt die poort al"),
    ] {
        let out = assert_cmd::Command::cargo_bin("spanning")
            .expect("binary")
            .args(["--lang", lang, "--sessions-dir"])
            .arg(&sessions)
            .args(["serve", "--port", &port])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{lang}: {stderr}");
        assert!(
            stderr.contains("--port"),
            "{lang} says how to fix it: {stderr}"
        );
    }
    for (lang, says) in [
        ("en", "is not an IP address for --bind"),
        ("nl", "is geen IP-adres voor --bind"),
    ] {
        let out = assert_cmd::Command::cargo_bin("spanning")
            .expect("binary")
            .args(["--lang", lang, "--sessions-dir"])
            .arg(&sessions)
            .args(["serve", "--bind", "my-laptop", "--port", "0"])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{lang}: {stderr}");
        assert!(
            stderr.contains("127.0.0.1"),
            "{lang} says what to use: {stderr}"
        );
    }
    drop(taken);
}

#[test]
fn session_text_is_escaped_in_the_page_and_in_every_event() {
    let mut script = crate::support::scenario::Scenario::new(
        "<script>alert('title')</script>",
        "\"><img src=x onerror=alert(1)>",
        crate::support::common::base(),
        &["Ana", "Bram"],
    )
    .open();
    script.run(spanning::meeting::Command::StartCheckIn);
    script.run(crate::support::script::said(
        "</li><script>alert(2)</script>&amp;",
    ));
    let (served, _server) = serve_in_background(script.session.clone());
    let (origin, token) = (served.origin(), served.token.as_str().to_owned());
    let page = get(&origin, &format!("/{token}"));
    assert_eq!(page.status, 200);
    for raw in ["<script>alert", "<img", "</li><script>"] {
        assert!(!page.body.contains(raw), "{raw} reached the page");
    }
    assert!(
        page.body
            .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
    );
    assert!(
        page.body.contains("&amp;amp;"),
        "an entity in session text stays text"
    );
    // The page's own script is the only one.
    assert_eq!(page.body.matches("<script>").count(), 1);
    let mut stream = open_stream(&origin, &token);
    let event = next_event(&mut stream);
    assert!(
        event.contains("&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;"),
        "{event}"
    );
    assert!(!event.contains("<script>"));
}

#[test]
fn a_folder_without_an_open_meeting_says_what_to_do_in_english_and_dutch() {
    let dir = tempfile::tempdir().expect("dir");
    for (lang, says) in [
        ("en", "There is no unfinished meeting in"),
        ("nl", "Er is geen onafgemaakte vergadering in"),
    ] {
        let out = assert_cmd::Command::cargo_bin("spanning")
            .expect("binary")
            .args(["--lang", lang, "--sessions-dir"])
            .arg(dir.path())
            .args(["serve", "--port", "0"])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("runs");
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{lang}: {stderr}");
        assert!(stderr.contains("spanning serve ID"), "{lang}: {stderr}");
    }
}
