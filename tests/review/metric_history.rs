//! Review's metric history: each metric of a circle over its tactical
//! meetings as a one-line chart with every value and its date beside it
//! (issue 14), drawn at 80x24 and 160x48 in English and Dutch, and
//! reached with `m` from the browser over a real folder.

use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::record::{Metric, MetricValue};
use spanning::store::SessionsDir;
use spanning::text::Lang;
use spanning::tui::ThemeChoice;
use spanning::tui::review::{MetricsView, Reads, ReviewApp, ReviewScreen};
use spanning::tui::theme::Theme;

use crate::support::tactical;

fn at(week: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T09:30:00+01:00").expect("time") + Duration::weeks(week)
}

fn metric(name: &str, owner: Option<&str>, values: &[&str]) -> Metric {
    Metric {
        name: name.into(),
        owner: owner.map(str::to_owned),
        history: values
            .iter()
            .enumerate()
            .map(|(week, value)| MetricValue {
                session: format!("week-{week}"),
                at: at(week as i64),
                value: (*value).into(),
            })
            .collect(),
    }
}

/// Five weeks of open incidents (one week not counted), three of a
/// satisfaction score with a decimal comma, and a metric never reported.
fn metrics() -> Vec<Metric> {
    vec![
        metric(
            "Open incidents",
            Some("Bram"),
            &["3", "5", "8", "not counted", "4"],
        ),
        metric("Customer satisfaction", Some("Chloë"), &["7,5", "8", "8,2"]),
        metric("Invoices overdue", None, &[]),
    ]
}

fn screen(view: &mut MetricsView, lang: Lang, w: u16, h: u16) -> (Terminal<TestBackend>, String) {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    let theme = Theme::new(ThemeChoice::NoColor);
    t.draw(|f| view.draw(f, f.area(), lang.words(), &theme))
        .expect("draw");
    let buffer = t.backend().buffer().clone();
    let mut text = String::new();
    for y in 0..h {
        for x in 0..w {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    (t, text)
}

#[test]
fn each_metric_is_a_chart_with_its_values_and_dates_beside_it() {
    for lang in [Lang::En, Lang::Nl] {
        let mut view = MetricsView::new("Operations".into(), metrics());
        assert_eq!(
            view.metrics().len(),
            2,
            "a metric never reported has no chart"
        );
        for (w, h) in [(80, 24), (160, 48)] {
            let (t, text) = screen(&mut view, lang, w, h);
            let (points, span, title) = match lang {
                Lang::En => (
                    "22 Nov: 3 · 29 Nov: 5 · 6 Dec: 8 · 13 Dec: not counted · 20 Dec: 4",
                    "Open incidents (Bram) — 5 values since 22 Nov 2026",
                    "Metric history",
                ),
                Lang::Nl => (
                    "22 nov: 3 · 29 nov: 5 · 6 dec: 8 · 13 dec: not counted · 20 dec: 4",
                    "Open incidents (Bram) — 5 waarden sinds 22 nov 2026",
                    "Kengetallen door de tijd",
                ),
            };
            assert!(text.contains(title), "{lang:?} {w}x{h}:\n{text}");
            assert!(text.contains(span), "{lang:?} {w}x{h}:\n{text}");
            // The chart: lowest (3) at the bottom, highest (8) full, a gap
            // for the week not counted, then 4; the values beside it.
            assert!(
                text.contains(&format!(
                    "▁▄█·▂  {}",
                    &points[..points.find(" · 6").expect("cut")]
                )),
                "{lang:?} {w}x{h}:\n{text}"
            );
            if w == 160 {
                assert!(text.contains(points), "{lang:?} {w}x{h}:\n{text}");
            }
            assert!(text.contains("Customer satisfaction (Chloë)"), "{text}");
            assert!(!text.contains("Invoices overdue"), "{text}");
            insta::assert_snapshot!(format!("metrics_{}_{w}x{h}", lang.code()), t.backend());
        }
    }
}

#[test]
fn a_circle_without_metrics_says_so() {
    let mut view = MetricsView::new("Product".into(), Vec::new());
    let (_, en) = screen(&mut view, Lang::En, 80, 24);
    assert!(en.contains("No metric has been reported in this circle's tactical meetings."));
    let (_, nl) = screen(&mut view, Lang::Nl, 80, 24);
    assert!(nl.contains("In de werkoverleggen van deze cirkel is nog geen kengetal gemeld."));
}

#[test]
fn m_in_the_browser_shows_the_history_folded_from_the_circles_meetings() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let week1 = tactical::closed(Lang::En).session;
    let week2 = tactical::next_week(&week1, 7, "2");
    let week3 = tactical::next_week(&week2, 7, "6");
    for session in [&week1, &week2, &week3] {
        drop(dir.create(session).expect("saved"));
    }
    let mut app = ReviewApp::browse(&dir, Lang::En, ThemeChoice::NoColor);
    app.browser_mut().expect("browser").finish_reading();
    app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::NONE)),
        Instant::now(),
    );
    // Read in the background, with a box saying so meanwhile.
    assert_eq!(app.reading(), Some((Reads::Metrics, "Operations")));
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    let shown = crate::support::tui::buffer_text(t.backend().buffer());
    assert!(
        shown.contains("Reading this circle's sessions across the folder"),
        "{shown}"
    );
    app.wait_for_reading();
    assert_eq!(app.screen(), ReviewScreen::Metrics);
    let view = app.metrics_view().expect("metric history open");
    let values: Vec<&str> = view.metrics()[0]
        .history
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(values, vec!["3 (was 7)", "2", "6"]);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    let buffer = t.backend().buffer();
    let text: String = (0..24)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .map(|(x, y)| buffer[(x, y)].symbol().to_owned())
        .collect();
    assert!(
        text.contains("▃▁█  22 Nov: 3 (was 7) · 29 Nov: 2 · 6 Dec: 6"),
        "{text}"
    );
    app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)),
        Instant::now(),
    );
    assert_eq!(app.screen(), ReviewScreen::Browser);
}
