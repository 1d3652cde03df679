//! Each metric of one circle over its tactical meetings: a one-line
//! chart (ratatui's `Sparkline`, lowest value low, highest high, a gap for
//! a value without a number) with every value as reported and its date
//! beside it, so the chart is never the only way to read the numbers.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, SparklineBar};

use super::common::{self, wrap};
use super::keys::{ReviewAction, ReviewScreen};
use crate::record::Metric;
use crate::review::metrics::{levels, number};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;

/// Most values a chart shows: the newest ones when there are more.
const MAX_POINTS: usize = 40;

/// The metric history view's state.
pub struct MetricsView {
    circle: String,
    metrics: Vec<Metric>,
    scroll: usize,
}

impl MetricsView {
    /// The metrics of a circle that have at least one value reported, in
    /// the order they were first reported or defined.
    pub fn new(circle: String, metrics: Vec<Metric>) -> MetricsView {
        MetricsView {
            circle,
            metrics: metrics
                .into_iter()
                .filter(|m| !m.history.is_empty())
                .collect(),
            scroll: 0,
        }
    }

    /// The metrics shown.
    pub fn metrics(&self) -> &[Metric] {
        &self.metrics
    }

    /// Scrolls a metric at a time; every other action is the host's.
    pub fn act(&mut self, action: ReviewAction) {
        common::scroll(&mut self.scroll, action);
        self.scroll = self.scroll.min(self.metrics.len().saturating_sub(1));
    }

    /// Draws the view into `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        let [title, body, keys_row] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(" {} ", words.review_label(ReviewLabel::MetricsTitle)),
                    theme.title.add_modifier(Modifier::REVERSED),
                ),
                Span::styled(
                    format!("  {}", for_terminal_line(&self.circle)),
                    theme.heading,
                ),
            ])),
            title,
        );
        frame.render_widget(
            Paragraph::new(common::hints(
                ReviewScreen::Metrics,
                keys_row.width,
                words,
                theme,
            )),
            keys_row,
        );
        if self.metrics.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::from(Span::styled(
                    words.review_label(ReviewLabel::NoMetrics),
                    theme.muted,
                ))),
                body,
            );
            return;
        }
        let mut y = body.y;
        for metric in self.metrics.iter().skip(self.scroll) {
            let shown = &metric.history[metric.history.len().saturating_sub(MAX_POINTS)..];
            let chart_width = shown.len() as u16;
            let text_x = body.x + 2 + chart_width + 2;
            let text_width = (body.x + body.width).saturating_sub(text_x);
            let points = Line::from(Span::raw(
                shown
                    .iter()
                    .map(|v| words.metric_point(v.at.date_naive(), &for_terminal_line(&v.value)))
                    .collect::<Vec<_>>()
                    .join(" · "),
            ));
            let rows = if text_width >= 10 {
                wrap(&points, usize::from(text_width))
            } else {
                Vec::new()
            };
            let height = 1 + (rows.len() as u16).max(1);
            if y + height > body.y + body.height {
                break;
            }
            let mut heading = vec![Span::styled(
                for_terminal_line(&metric.name).into_owned(),
                theme.heading,
            )];
            if let Some(owner) = &metric.owner {
                heading.push(Span::styled(
                    format!(" ({})", for_terminal_line(owner)),
                    theme.proposal,
                ));
            }
            heading.push(Span::styled(
                format!(
                    " — {}",
                    words.metric_span(metric.history.len(), metric.history[0].at.date_naive())
                ),
                theme.muted,
            ));
            frame.render_widget(
                Paragraph::new(Line::from(heading)),
                Rect::new(body.x, y, body.width, 1),
            );
            let values: Vec<Option<f64>> = shown.iter().map(|v| number(&v.value)).collect();
            let bars: Vec<SparklineBar> = levels(&values)
                .into_iter()
                .map(SparklineBar::from)
                .collect();
            frame.render_widget(
                Sparkline::default()
                    .data(bars)
                    .max(8)
                    .style(theme.ok)
                    .absent_value_symbol("·")
                    .absent_value_style(theme.muted),
                Rect::new(
                    body.x + 2,
                    y + 1,
                    chart_width.min(body.width.saturating_sub(2)),
                    1,
                ),
            );
            if text_width >= 10 {
                frame.render_widget(
                    Paragraph::new(rows),
                    Rect::new(text_x, y + 1, text_width, height - 1),
                );
            }
            y += height + 1;
        }
    }
}
