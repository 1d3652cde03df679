//! A real headless Chromium for testing the live web page, driven over
//! WebDriver (chromedriver) with fantoccini, and a `spanning serve` server
//! run in the test process whose meeting the test sets step by step.
//!
//! Chromium and chromedriver are Debian's packages (`chromium`,
//! `chromium-driver`), installed by `.ci/run`. When they are missing the
//! browser tests fail and say how to install them: a browser test that
//! passes without a browser would prove nothing.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use spanning::meeting::Session;
use spanning::record::governance::Record;
use spanning::serve::record::RecordSection;
use spanning::serve::server::{self, Feed, Token};
use tokio::sync::watch;

/// One browser at a time: two Chromiums on a small CI machine only make
/// each other slow.
static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The Chromium flags of a quiet, isolated test browser.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
];

/// The first of `names` found on `PATH` (or as an absolute path).
fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        let direct = PathBuf::from(name);
        if direct.is_absolute() && direct.is_file() {
            return Some(direct);
        }
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// A free port on loopback (free when asked; taken by the caller at once).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A headless Chromium under chromedriver; both stop when dropped.
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts chromedriver and a fresh headless Chromium. Panics, saying
    /// how to install them, when either is missing.
    pub async fn start() -> Browser {
        let turn = ONE_BROWSER.lock().await;
        let chromium = find_program(&["chromium", "chromium-browser", "google-chrome"]).expect(
            "the browser tests need Chromium: install it with \
                 `apt-get install -y chromium chromium-driver` (.ci/run does this)",
        );
        let chromedriver = find_program(&["chromedriver", "/usr/lib/chromium/chromedriver"])
            .expect(
                "the browser tests need chromedriver: install it with \
                 `apt-get install -y chromium chromium-driver` (.ci/run does this)",
            );
        let port = free_port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().expect("profile folder");
        let mut args: Vec<String> = FLAGS.iter().map(|f| (*f).to_owned()).collect();
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".to_owned(),
            json!({ "binary": chromium, "args": args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => {
                    panic!("chromedriver at {url} did not start Chromium: {e}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
            _turn: turn,
        }
    }

    /// Makes the window `width` x `height` CSS pixels inside.
    pub async fn viewport(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("window size");
        // The window includes no chrome in headless mode, but ask the page
        // to be sure; correct once if it differs.
        let inner = self
            .client
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await
            .expect("inner size");
        let (w, h) = (
            inner[0].as_u64().unwrap_or(0) as u32,
            inner[1].as_u64().unwrap_or(0) as u32,
        );
        if (w, h) != (width, height) {
            self.client
                .set_window_size(
                    width + (width.saturating_sub(w)),
                    height + height.saturating_sub(h),
                )
                .await
                .expect("window size");
        }
    }

    /// The text of the first element `css` selects, or "" if none does.
    /// An update arriving between finding the element and reading it
    /// replaces the page's content (the element goes stale): it is found
    /// again, so a read never mistakes a page being updated for an empty one.
    pub async fn text(&self, css: &str) -> String {
        for _ in 0..20 {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => match element.text().await {
                    Ok(text) => return text,
                    Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
                },
                Err(_) => return String::new(),
            }
        }
        String::new()
    }

    /// Waits until the element `css` selects contains `needle`, failing
    /// with what it showed instead.
    pub async fn wait_for_text(&self, css: &str, needle: &str, within: Duration) -> Duration {
        let start = Instant::now();
        loop {
            let text = self.text(css).await;
            if text.contains(needle) {
                return start.elapsed();
            }
            if start.elapsed() > within {
                panic!("after {within:?}, {css} shows {text:?}, not {needle:?}");
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Runs `script` in the page and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("script runs")
    }

    /// Ends the browser session (and with it Chromium).
    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// `spanning serve`'s server in this process, on a free loopback port,
/// showing whatever meeting the test sets.
pub struct Served {
    /// The page's address, token included.
    pub url: String,
    /// The token.
    pub token: Token,
    feed: watch::Sender<Feed>,
    /// The "Governance record" section, as `spanning serve` keeps it.
    record: Option<Mutex<RecordSection>>,
    /// How many pages follow now, as the server reported it last.
    pub followers: Arc<Mutex<usize>>,
}

impl Served {
    /// Serves `session`; needs a running tokio runtime.
    pub async fn start(session: Session) -> Served {
        Served::start_with(session, None).await
    }

    /// Serves `session` with the governance record section over `record`
    /// (the circle as earlier meetings left it), when given.
    pub async fn start_with(session: Session, record: Option<Record>) -> Served {
        let record = record.map(|r| RecordSection::from_record(r, "served", &session));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("address");
        let token = Token::random().expect("random token");
        let first = match &record {
            Some(section) => Feed::with_record(session, server::now(), section.html()),
            None => Feed::new(session, server::now()),
        };
        let (feed, updates) = watch::channel(first);
        let followers = Arc::new(Mutex::new(0));
        let counted = followers.clone();
        tokio::spawn(server::run(
            listener,
            token.clone(),
            updates,
            Arc::new(move |n| *counted.lock().unwrap_or_else(|e| e.into_inner()) = n),
        ));
        Served {
            url: server::url(addr, &token),
            token,
            feed,
            record: record.map(Mutex::new),
            followers,
        }
    }

    /// Shows `session` from now on, as a save would.
    pub fn set(&self, session: Session) {
        let feed = match &self.record {
            Some(section) => {
                let html = section
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .update(&session);
                Feed::with_record(session, server::now(), html)
            }
            None => Feed::new(session, server::now()),
        };
        self.feed.send_replace(feed);
    }

    /// The followers count the server reported last.
    pub fn follower_count(&self) -> usize {
        *self.followers.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The server's root address, without the token.
    pub fn origin(&self) -> String {
        self.url
            .rsplit_once('/')
            .map(|(origin, _)| origin.to_owned())
            .unwrap_or_default()
    }
}

/// The session after the first `entries` of `session`'s log.
pub fn after(session: &Session, entries: usize) -> Session {
    Session::from_log(session.setup().clone(), session.log()[..entries].to_vec())
        .expect("a prefix of a valid log is valid")
}

/// The shortest prefix of `session`'s log after which `test` holds.
pub fn first_where(session: &Session, test: impl Fn(&Session) -> bool) -> Session {
    (0..=session.log().len())
        .map(|n| after(session, n))
        .find(|s| test(s))
        .expect("the meeting reaches that point")
}
