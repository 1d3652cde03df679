//! Rendering the review screens at 160x48 (issue: every screen of review
//! and replay under 1 ms per frame with a large session): the browser over
//! a folder of sessions, carried-over items across it, the help overlay,
//! the session view of a 2,000-event session at the top and scrolled down,
//! and its replay at the start, middle and end.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::generate::{Spec, session};
use spanning::review::Speed;
use spanning::review::catalogue::Catalogue;
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;

#[path = "support/mod.rs"]
mod support;

fn frame(c: &mut Criterion, name: &str, app: &mut ReviewApp) {
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
    c.bench_function(name, |b| {
        b.iter(|| {
            terminal.draw(|f| app.draw(f)).expect("draw");
            black_box(terminal.backend().buffer().area);
        })
    });
}

fn key(app: &mut ReviewApp, code: KeyCode) {
    let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    app.handle_event(ev, std::time::Instant::now());
}

fn render(c: &mut Criterion) {
    let big = session(Spec {
        seed: 3,
        events: 2_000,
        lang: Lang::En,
        leave_open: false,
    });

    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    support::write_folder(&dir, 200, 50, 400, 11);
    let mut browser = ReviewApp::browse_catalogue(
        "sessions",
        Catalogue::load(&dir),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    frame(c, "review_160x48/browser_200_sessions", &mut browser);
    // The carried-over threads of the first session's circle, across the
    // 200 sessions, and the help overlay over the browser.
    key(&mut browser, KeyCode::Char('c'));
    frame(c, "review_160x48/carried_over", &mut browser);
    key(&mut browser, KeyCode::Esc);
    key(&mut browser, KeyCode::Char('?'));
    frame(c, "review_160x48/browser_help", &mut browser);

    let mut view = ReviewApp::view(
        big.clone(),
        PathBuf::from("big.json"),
        PathBuf::from("."),
        Lang::En,
        ThemeChoice::Default,
    );
    frame(c, "review_160x48/session_view_top", &mut view);
    for _ in 0..20 {
        key(&mut view, KeyCode::PageDown);
    }
    frame(c, "review_160x48/session_view_scrolled", &mut view);

    let n = big.log().len();
    for (name, at) in [("start", 0), ("middle", n / 2), ("end", n)] {
        let mut replay = ReviewApp::replay(
            big.clone(),
            None,
            Speed::X1,
            false,
            Lang::En,
            ThemeChoice::Default,
        );
        if let Some(r) = replay.replay_view() {
            r.seek(at);
        }
        frame(c, &format!("replay_160x48/{name}"), &mut replay);
    }
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! { name = benches; config = config(); targets = render }
criterion_main!(benches);
