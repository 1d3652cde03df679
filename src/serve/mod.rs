//! `spanning serve`: the open meeting as a live read-only web page, for
//! people without a terminal (phones, laptops in the room or on the call).
//!
//! A shell beside the terminal UI and the command line: it reads the
//! session as it grows with the store's [`Tail`](crate::store::tail::Tail)
//! (never writing, never locking), renders the page on the server from the
//! folded meeting ([`page`]), and pushes each new state to every open page
//! as a server-sent event ([`server`]). The page's address carries a random
//! token; the server listens on 127.0.0.1 unless told otherwise.

pub mod page;
pub mod record;
mod run;
pub mod server;

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};
use std::process::ExitCode;

use anyhow::Result;
use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

use crate::sanitize::{for_terminal, path_for_terminal};
use crate::store::{ResolveError, SessionsDir};
use crate::text::Words;
use crate::text::serve::ServeLabel;

pub use run::{Serving, start};
pub use server::{Feed, MAX_CONNECTIONS, MAX_REQUEST_BYTES, Token};

/// The port `spanning serve` listens on unless `--port` says otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// `spanning serve [ID] [--bind ADDR] [--port N]`: serves the meeting
/// until Ctrl-C. `id` defaults to the newest unfinished meeting.
pub fn serve(
    dir: &SessionsDir,
    id: Option<&str>,
    bind: Option<&str>,
    port: u16,
    words: &'static dyn Words,
) -> Result<ExitCode> {
    let path = match id {
        Some(id) => dir.find(id).map_err(|e| message(e.message(words)))?,
        None => match dir.latest_open() {
            Ok(summary) => summary.path,
            Err(ResolveError::NothingOpen { dir }) => {
                return Err(message(words.nothing_to_serve(&path_for_terminal(&dir))));
            }
            Err(e) => return Err(message(e.message(words))),
        },
    };
    let ip = match bind {
        Some(typed) => typed
            .trim()
            .parse::<IpAddr>()
            .map_err(|_| message(words.bad_bind(typed)))?,
        None => IpAddr::V4(Ipv4Addr::LOCALHOST),
    };
    let listener = listen(SocketAddr::new(ip, port), words)?;
    let serving = start(dir.root(), &path, listener, words)?;
    let url = server::url(shown_addr(serving.addr()), serving.token());
    println!(
        "{}",
        words.serving_at(&for_terminal(&serving.title()), &url)
    );
    if let Some(code) = qr(&url) {
        println!("{code}");
        println!("{}", words.serve_label(ServeLabel::ScanHint));
    }
    println!("{}", words.serve_label(ServeLabel::TokenWarning));
    if !ip.is_loopback() {
        println!(
            "{}",
            words.reachable_from_network(&serving.addr().to_string())
        );
    }
    println!("{}", words.serve_label(ServeLabel::StopHint));
    serving.wait(words)?;
    Ok(ExitCode::SUCCESS)
}

/// Binds `addr`, with a message saying what to do when it cannot be.
pub fn listen(addr: SocketAddr, words: &dyn Words) -> Result<TcpListener> {
    TcpListener::bind(addr).map_err(|e| {
        let shown = addr.to_string();
        match e.kind() {
            io::ErrorKind::AddrInUse => message(words.port_taken(&shown)),
            _ => message(words.cannot_bind(&shown, &e.to_string())),
        }
    })
}

/// The address to print: a server listening on every interface
/// (0.0.0.0 or ::) is reached through this machine's address on the
/// network, which the route to a documentation address (192.0.2.1,
/// RFC 5737) reveals without sending anything.
fn shown_addr(addr: SocketAddr) -> SocketAddr {
    if !addr.ip().is_unspecified() {
        return addr;
    }
    let local = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|socket| {
            socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            socket.local_addr()
        })
        .map(|a| a.ip())
        .ok()
        .filter(|ip| !ip.is_unspecified());
    SocketAddr::new(
        local.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        addr.port(),
    )
}

/// The address as a QR code drawn with half-block characters, two rows of
/// modules per line, with its quiet zone; `None` if it does not fit a code.
pub fn qr(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

/// An error carrying a message already worded for the user.
fn message(text: String) -> anyhow::Error {
    anyhow::anyhow!(for_terminal(&text).into_owned())
}
