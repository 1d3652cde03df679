//! Serving one session: the store's [`Tail`] reads it as it grows, woken by
//! its [`Watch`] (the operating system's file watcher, or polling); each
//! change is rendered once and handed to the server; the number of open
//! pages is made known through [`Presence`], so the facilitator's screen
//! can say how many people follow.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;

use anyhow::Result;
use tokio::runtime::Runtime;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::record::RecordSection;
use super::server::{self, Feed, OnFollowers, Token, now};
use crate::store::presence::Presence;
use crate::store::tail::{Tail, Watch};
use crate::text::Words;

/// A page being served: its address, and what keeps it up to date.
pub struct Serving {
    addr: SocketAddr,
    token: Token,
    title: String,
    feed: watch::Receiver<Feed>,
    runtime: Runtime,
    server: JoinHandle<std::io::Result<()>>,
    // Dropped with the server: stops the watcher and the feeding thread,
    // and removes the presence file.
    _watch: Watch,
    _presence: Option<Arc<Presence>>,
}

/// Starts serving the session at `path` (in the sessions folder
/// `sessions_dir`) on `listener`, with a new random token.
pub fn start(
    sessions_dir: &Path,
    path: &Path,
    listener: std::net::TcpListener,
    words: &'static dyn Words,
) -> Result<Serving> {
    let mut tail = Tail::open(path).map_err(|e| anyhow::anyhow!(words.store_error(&e)))?;
    let token = Token::random()?;
    let title = tail.session().setup().title.clone();
    // The circle's record: the folder folded once, now; this meeting's
    // adoptions applied again only when they change.
    let mut record = RecordSection::fold(sessions_dir, &tail_id(path), tail.session());
    let (feed_tx, feed) = watch::channel(Feed::with_record(
        tail.session().clone(),
        now(),
        record.update(tail.session()),
    ));
    let (wake, woken) = mpsc::channel::<()>();
    let watcher = Watch::start(path, move || {
        let _ = wake.send(());
    });
    std::thread::Builder::new()
        .name("spanning-serve-feed".into())
        .spawn(move || {
            // Ends when the watcher (and with it the sender) is dropped.
            while woken.recv().is_ok() {
                while woken.try_recv().is_ok() {}
                // On an error the meeting as last read stays on the page;
                // the next change tries again.
                if let Ok(true) = tail.refresh() {
                    let section = record.update(tail.session());
                    feed_tx.send_replace(Feed::with_record(tail.session().clone(), now(), section));
                }
            }
        })?;
    // Without a presence file the page still works; the facilitator's
    // screen only counts these followers out.
    let presence = Presence::announce(sessions_dir, tail_id(path).as_str(), 0)
        .ok()
        .map(Arc::new);
    let counted = presence.clone();
    let on_followers: OnFollowers = Arc::new(move |count| {
        if let Some(presence) = &counted {
            presence.set(count);
        }
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let listener = {
        let _entered = runtime.enter();
        tokio::net::TcpListener::from_std(listener)?
    };
    let server = runtime.spawn(server::run(
        listener,
        token.clone(),
        feed.clone(),
        on_followers,
    ));
    Ok(Serving {
        addr,
        token,
        title,
        feed,
        runtime,
        server,
        _watch: watcher,
        _presence: presence,
    })
}

/// A session's ID: its file stem.
fn tail_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Serving {
    /// Where the server listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The token in the page's address.
    pub fn token(&self) -> &Token {
        &self.token
    }

    /// The meeting's title (untrusted: sanitize before printing).
    pub fn title(&self) -> String {
        self.title.clone()
    }

    /// Serves until Ctrl-C (or SIGTERM), saying once when the meeting
    /// closes.
    pub fn wait(self, words: &'static dyn Words) -> Result<()> {
        let Serving {
            runtime,
            server,
            mut feed,
            ..
        } = self;
        runtime.block_on(async move {
            let closed = async {
                loop {
                    if feed.borrow_and_update().session.state().is_closed() {
                        println!("{}", words.serve_closed());
                        break;
                    }
                    if feed.changed().await.is_err() {
                        break;
                    }
                }
                std::future::pending::<()>().await;
            };
            tokio::select! {
                result = server => match result {
                    Ok(result) => result.map_err(anyhow::Error::from),
                    Err(e) => Err(anyhow::Error::from(e)),
                },
                _ = stop_signal() => Ok(()),
                () = closed => Ok(()),
            }
        })
    }
}

/// Ctrl-C, or a polite request to stop.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
