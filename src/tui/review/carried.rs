//! Carried-over items of one circle: each tension that was carried to a
//! next meeting, followed through every meeting it came back in, open
//! ones first, so a circle sees what keeps returning unresolved.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::common;
use super::keys::{ReviewAction, ReviewScreen};
use crate::review::Thread;
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;

/// The carried-over view's state.
pub struct CarriedView {
    circle: String,
    threads: Vec<Thread>,
    scroll: usize,
}

impl CarriedView {
    /// The threads of a circle, open ones first (each group keeps the
    /// order they were first carried over in).
    pub fn new(circle: String, mut threads: Vec<Thread>) -> CarriedView {
        threads.sort_by_key(|t| !t.is_open());
        CarriedView {
            circle,
            threads,
            scroll: 0,
        }
    }

    /// The threads, in display order.
    pub fn threads(&self) -> &[Thread] {
        &self.threads
    }

    /// Scrolls; every other action is the host's.
    pub fn act(&mut self, action: ReviewAction) {
        common::scroll(&mut self.scroll, action);
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
                    format!(" {} ", words.review_label(ReviewLabel::CarriedTitle)),
                    theme.title.add_modifier(Modifier::REVERSED),
                ),
                Span::styled(
                    format!("  {}", for_terminal_line(&self.circle)),
                    theme.heading,
                ),
            ])),
            title,
        );
        let mut lines: Vec<Line<'static>> = Vec::new();
        if self.threads.is_empty() {
            lines.push(Line::from(Span::styled(
                words.review_label(ReviewLabel::NoCarried),
                theme.muted,
            )));
        }
        for thread in &self.threads {
            let (mark, style) = if thread.is_open() {
                ("● ", theme.warn)
            } else {
                ("✓ ", theme.ok)
            };
            lines.push(Line::from(vec![
                Span::styled(mark, style),
                Span::styled(
                    format!(
                        "{} ({})",
                        words.quoted(&for_terminal_line(&thread.label)),
                        for_terminal_line(&thread.owner)
                    ),
                    theme.proposal,
                ),
                Span::styled(
                    format!(
                        " — {}, {}",
                        for_terminal_line(&words.thread_status(&thread.status)),
                        words.appearances(thread.appearances.len())
                    ),
                    style,
                ),
            ]));
            for a in &thread.appearances {
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("    {}  ", a.opened_at.format("%Y-%m-%d %H:%M")),
                        theme.muted,
                    ),
                    Span::raw(format!(
                        "{} · {}",
                        for_terminal_line(&a.label),
                        words.outcome(a.outcome)
                    )),
                ]));
            }
            lines.push(Line::default());
        }
        common::scrolled_text(
            frame,
            body,
            keys_row,
            &lines,
            &mut self.scroll,
            ReviewScreen::Carried,
            words,
            theme,
        );
    }
}
