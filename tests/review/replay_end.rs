//! Replay's End lands on the closed meeting's summary, built once: at
//! opening, kept through Home and End again, and drawn as the live
//! summary screen draws it (in both languages).

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::generate::{Spec, session};
use spanning::review::Speed;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::ReviewApp;

fn screen(app: &mut ReviewApp) -> String {
    let mut t = Terminal::new(TestBackend::new(160, 48)).expect("test terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    crate::support::tui::buffer_text(t.backend().buffer())
}

fn press(app: &mut ReviewApp, code: KeyCode) {
    app.handle_event(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        Instant::now(),
    );
}

#[test]
fn end_draws_the_summary_built_once_at_opening() {
    for (lang, title, more) in [
        (Lang::En, "Summary", "more lines"),
        (Lang::Nl, "Samenvatting", "regels"),
    ] {
        let s = session(Spec {
            seed: 11,
            events: 1_500,
            lang,
            leave_open: false,
        });
        let len = s.log().len();
        let mut app = ReviewApp::replay(s, None, Speed::X1, false, lang, ThemeChoice::Default);
        let kept = |app: &mut ReviewApp| app.replay_view().expect("replay").kept_summary();
        assert_eq!(kept(&mut app), Some(len), "{lang:?}: built at opening");
        press(&mut app, KeyCode::End);
        let first = screen(&mut app);
        assert!(first.contains(title), "{lang:?}: {first}");
        assert!(
            first.contains(more),
            "{lang:?}: a long summary says what is below"
        );
        press(&mut app, KeyCode::Home);
        let home = screen(&mut app);
        assert!(!home.contains(more), "{lang:?}: {home}");
        assert_eq!(kept(&mut app), Some(len), "{lang:?}: kept at Home");
        press(&mut app, KeyCode::End);
        assert_eq!(
            screen(&mut app),
            first,
            "{lang:?}: End again, the same screen"
        );
        assert_eq!(kept(&mut app), Some(len));
    }
}
