//! Large generated tactical meetings (2,000 entries, English and Dutch,
//! closed and left open): they round-trip through the file byte for byte,
//! every screen they pass through draws, and the minutes list the work per
//! owner. Also prints how long a frame of each tactical screen takes.

use std::collections::BTreeMap;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spanning::generate::{Spec, tactical_session};
use spanning::meeting::{Ending, MeetingFormat, Phase, Session};
use spanning::store;
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};

fn big(lang: Lang, leave_open: bool, seed: u64) -> Session {
    tactical_session(Spec {
        seed,
        events: 2_000,
        lang,
        leave_open,
    })
}

#[test]
fn large_tactical_sessions_round_trip_and_close() {
    for (lang, open, seed) in [
        (Lang::En, false, 1),
        (Lang::Nl, false, 2),
        (Lang::En, true, 3),
    ] {
        let s = big(lang, open, seed);
        assert_eq!(s.setup().format, MeetingFormat::Tactical);
        assert_eq!(s.state().is_closed(), !open);
        assert!(s.log().len() >= if open { 1_000 } else { 1_900 });
        let state = s.state();
        assert!(state.agenda.iter().any(|i| i.triage().requests.len() >= 2));
        assert!(
            state
                .agenda
                .iter()
                .any(|i| i.end.as_ref().is_some_and(|e| e.ending == Ending::NeedMet))
        );
        assert!(state.tactical.checklist.iter().all(|e| e.answer.is_some()));
        let id = store::stem(s.setup(), 1);
        let bytes = store::session_bytes(&id, &s);
        let dir = tempfile::tempdir().expect("temp");
        let path = dir.path().join(format!("{id}.json"));
        std::fs::write(&path, &bytes).expect("write");
        let loaded = store::load(&path).expect("loads");
        assert_eq!(loaded.session.state(), state);
        assert_eq!(store::session_bytes(&id, &loaded.session), bytes);
        let minutes = spanning::minutes::markdown(&s, lang.words());
        assert!(minutes.contains(&format!("## {}", lang.words().per_owner())));
    }
}

#[test]
fn every_screen_of_a_large_tactical_session_draws() {
    let s = big(Lang::En, false, 4);
    // The last position of each distinct screen, as the render bench does.
    let mut positions: BTreeMap<String, usize> = BTreeMap::new();
    for n in 1..=s.log().len() {
        let phase = s.state_after(n).phase;
        let key = match phase {
            Phase::Item { step, .. } => format!("item_{step:?}"),
            other => format!("{other:?}"),
        };
        positions.insert(key, n);
    }
    for wanted in ["Checklist", "Metrics", "Progress", "item_Triage", "Closed"] {
        assert!(positions.contains_key(wanted), "{wanted}: {positions:?}");
    }
    for (name, n) in positions {
        let prefix = Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).expect("valid");
        let now = prefix.state().last_at;
        let mut app = App::new(prefix, Box::new(NoPersist), &TuiOptions::default(), now);
        for (w, h) in [(80, 24), (160, 48)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            terminal.draw(|f| app.draw(f)).expect("draw");
        }
        let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
        let frames = 50;
        let start = Instant::now();
        for _ in 0..frames {
            terminal.draw(|f| app.draw(f)).expect("draw");
        }
        let per_frame = start.elapsed() / frames;
        let build = if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        };
        println!("{name}: {per_frame:?} per 160x48 frame ({build} build)");
        assert!(
            per_frame.as_millis() < 100,
            "{name} takes {per_frame:?} per frame"
        );
    }
}
