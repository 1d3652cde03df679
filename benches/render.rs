//! Rendering the live meeting screen at 160x48 from a large session, at a
//! position in every phase and step (issue: median under 1 ms per frame),
//! plainly and in projector mode (large letters for the step and speaker).
//! `wrap_78x40` draws a long indented text with the screens' wrapping
//! (`Prose`, with its hanging indent) beside ratatui's own `Wrap`, its
//! floor, in the same run.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spanning::generate::{Spec, session};
use spanning::meeting::{Phase, Session};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, ThemeChoice, TuiOptions};

fn render(c: &mut Criterion) {
    let s = session(Spec {
        seed: 3,
        events: 2_000,
        lang: Lang::En,
        leave_open: false,
    });
    // The last position of each distinct screen (phase, step).
    let mut positions: BTreeMap<String, usize> = BTreeMap::new();
    for n in 1..=s.log().len() {
        let phase = s.state_after(n).phase;
        let key = match phase {
            Phase::Item { step, .. } => format!("item_{step:?}"),
            other => format!("{other:?}"),
        };
        positions.insert(key, n);
    }
    let mut group = c.benchmark_group("render_160x48");
    for (name, n) in positions {
        let prefix = Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).expect("valid");
        let now = prefix.state().last_at;
        // Projector mode adds the step and speaker in large letters.
        let projector = TuiOptions {
            theme: ThemeChoice::HighContrast,
            large_text: true,
            ..TuiOptions::default()
        };
        for (label, options) in [
            (name.clone(), TuiOptions::default()),
            (format!("projector_{name}"), projector),
        ] {
            let mut app = App::new(prefix.clone(), Box::new(NoPersist), &options, now);
            let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("terminal");
            group.bench_function(label, |b| {
                b.iter(|| {
                    terminal.draw(|f| app.draw(f)).expect("draw");
                    black_box(terminal.backend().buffer().area);
                })
            });
        }
    }
    group.finish();
}

fn wrap(c: &mut Criterion) {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::text::{Line, Text};
    use ratatui::widgets::{Paragraph, Widget, Wrap};
    use spanning::tui::widgets::prose::Prose;
    let mut lines = Vec::new();
    for i in 0..40 {
        lines.push(Line::from(format!("• Item {i}  (Bram): adopted v3")));
        lines.push(Line::from(format!(
            "    {}",
            "The Release lead writes release notes of at most five bullets for every release, \
             with a rotating helper, and posts them in the support channel before it goes out. "
                .repeat(2)
        )));
    }
    let text = Text::from(lines);
    let area = Rect::new(0, 0, 78, 40);
    let mut group = c.benchmark_group("wrap_78x40");
    group.bench_function("prose", |b| {
        b.iter(|| {
            let mut buf = Buffer::empty(area);
            Prose::new(text.clone()).render(area, &mut buf);
            black_box(buf.area);
        })
    });
    group.bench_function("ratatui_wrap_floor", |b| {
        b.iter(|| {
            let mut buf = Buffer::empty(area);
            Paragraph::new(text.clone())
                .wrap(Wrap { trim: false })
                .render(area, &mut buf);
            black_box(buf.area);
        })
    });
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}

criterion_group! { name = benches; config = config(); targets = render, wrap }
criterion_main!(benches);
