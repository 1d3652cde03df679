//! The HTTP side of `spanning serve`: one page and its event stream, both
//! behind a random token, and nothing else. Built on axum's router and
//! server-sent events over hyper's HTTP/1 connection handling, with the
//! accept loop written here so that the number of connections, the size of
//! a request head and the time to send it are all bounded.
//!
//! Nothing in a URL reaches the file system: the only answers are the page
//! and the stream, rendered from the meeting held in memory; any other path,
//! a wrong or missing token, or any method but GET gets 404 with an empty
//! body.

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use chrono::{DateTime, FixedOffset, Local};
use futures_util::stream;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};

use super::page;
use crate::meeting::Session;

/// Most connections open at once (page loads and event streams together);
/// one more is accepted and closed at once, so a browser retries later
/// instead of waiting in a queue.
pub const MAX_CONNECTIONS: usize = 256;
/// Largest request head (request line and headers) read, in bytes; hyper's
/// smallest allowed buffer. A page request is a few hundred bytes.
pub const MAX_REQUEST_BYTES: usize = 8192;
/// Time a client has to send its request head.
const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// The secret part of the page's address: 128 random bits as 32 lowercase
/// hex digits, from the operating system's random source (`getrandom`). A
/// seeded generator such as `fastrand` is made for speed, not secrecy: its
/// next outputs can be computed from a few earlier ones, so it must not
/// guard a meeting.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A new random token.
    pub fn random() -> io::Result<Token> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(io::Error::other)?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    /// The token as it appears in the address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares in time independent of where the first difference is, so
    /// response times give nothing away about the token.
    fn matches(&self, candidate: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), candidate.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

/// The meeting as last read, with its live part rendered once for every
/// follower.
#[derive(Clone)]
pub struct Feed {
    /// The meeting.
    pub session: Arc<Session>,
    /// The live part rendered when it was read, the record included.
    pub live: Arc<str>,
    /// The "Governance record" section, rendered when the meeting's
    /// adoptions last changed (empty without a sessions folder).
    pub record: Arc<str>,
}

impl Feed {
    /// The feed for `session` as read at `now`, without a record section.
    pub fn new(session: Session, now: DateTime<FixedOffset>) -> Feed {
        Feed::with_record(session, now, Arc::from(""))
    }

    /// The feed for `session` as read at `now`, with the record section
    /// `record` (see [`super::record::RecordSection`]) at the end.
    pub fn with_record(session: Session, now: DateTime<FixedOffset>, record: Arc<str>) -> Feed {
        let live = format!("{}{record}", page::live(&session, now)).into();
        Feed {
            session: Arc::new(session),
            live,
            record,
        }
    }
}

/// The local time, for clocks.
pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// Called with the number of open pages whenever it changes.
pub type OnFollowers = Arc<dyn Fn(usize) + Send + Sync>;

/// What every request handler shares.
#[derive(Clone)]
struct App {
    token: Token,
    feed: watch::Receiver<Feed>,
    followers: Arc<AtomicUsize>,
    on_followers: OnFollowers,
}

/// Counts one open event stream for as long as it lives.
struct Following {
    followers: Arc<AtomicUsize>,
    on_followers: OnFollowers,
}

impl Following {
    fn start(app: &App) -> Following {
        let count = app.followers.fetch_add(1, Ordering::SeqCst) + 1;
        (app.on_followers)(count);
        Following {
            followers: app.followers.clone(),
            on_followers: app.on_followers.clone(),
        }
    }
}

impl Drop for Following {
    fn drop(&mut self) {
        let count = self.followers.fetch_sub(1, Ordering::SeqCst) - 1;
        (self.on_followers)(count);
    }
}

/// Serves the page on `listener` until the task is dropped. `feed` carries
/// every new state of the meeting; `on_followers` hears how many pages are
/// open.
pub async fn run(
    listener: TcpListener,
    token: Token,
    feed: watch::Receiver<Feed>,
    on_followers: OnFollowers,
) -> io::Result<()> {
    let app = App {
        token,
        feed,
        followers: Arc::new(AtomicUsize::new(0)),
        on_followers,
    };
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors and the like: wait, then go on; one
            // failed accept must not end the page for everyone.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request: Request<_>| {
                let app = app.clone();
                async move { Ok::<_, Infallible>(answer(&app, &request)) }
            });
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(MAX_REQUEST_BYTES)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(slot);
        });
    }
}

/// The one place a request is answered.
fn answer<B>(app: &App, request: &Request<B>) -> Response<Body> {
    if request.method() != Method::GET {
        return not_found();
    }
    let path = request.uri().path();
    let Some(rest) = path.strip_prefix('/') else {
        return not_found();
    };
    let (token, tail) = rest.split_once('/').unwrap_or((rest, ""));
    if !app.token.matches(token) {
        return not_found();
    }
    match tail {
        "" => page_response(app, token),
        "events" => events(app),
        _ => not_found(),
    }
}

/// 404 with an empty body: no hint of what exists.
fn not_found() -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// Headers every answer with content carries: never cached or framed, the
/// address (with its token) never sent on as a referrer, and content run
/// only from the page itself.
fn harden(response: &mut Response<Body>) {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

fn page_response(app: &App, token: &str) -> Response<Body> {
    let feed = app.feed.borrow().clone();
    let events = format!("/{token}/events");
    let body = page::document(&feed.session, now(), &events, &feed.record);
    let mut response = Response::new(Body::from(body));
    harden(&mut response);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // The page's own inline style and script run; nothing else loads.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    );
    response
}

/// The event stream: the full live part at once (so a page that connects
/// or reconnects is in step), then one event per saved change.
fn events(app: &App) -> Response<Body> {
    let mut feed = app.feed.clone();
    let first = {
        let feed = feed.borrow_and_update();
        format!("{}{}", page::live(&feed.session, now()), feed.record)
    };
    let following = Following::start(app);
    let updates = stream::unfold(
        (feed, Some(first), following),
        |(mut feed, first, following)| async move {
            let data: Arc<str> = match first {
                Some(first) => first.into(),
                None => {
                    feed.changed().await.ok()?;
                    feed.borrow_and_update().live.clone()
                }
            };
            let event = Event::default().data(&*data);
            Some((Ok::<_, Infallible>(event), (feed, None, following)))
        },
    );
    let mut response = Sse::new(updates)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(5)))
        .into_response();
    harden(&mut response);
    response
}

/// The address the page is served at.
pub fn url(addr: SocketAddr, token: &Token) -> String {
    format!("http://{addr}/{}", token.as_str())
}
