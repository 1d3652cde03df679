//! Agreements due for review: every agreement adopted under the consent
//! rule set whose review date has passed, across all sessions of the
//! folder, most overdue first, with the circle and session it came from
//! and how it was to be evaluated.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::common;
use super::keys::{ReviewAction, ReviewScreen};
use crate::record::DueAgreement;
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;

/// The due-for-review view's state.
pub struct DueView {
    agreements: Vec<DueAgreement>,
    scroll: usize,
}

impl DueView {
    /// The agreements, in the order `record::overdue` gives them.
    pub fn new(agreements: Vec<DueAgreement>) -> DueView {
        DueView {
            agreements,
            scroll: 0,
        }
    }

    /// The agreements shown.
    pub fn agreements(&self) -> &[DueAgreement] {
        &self.agreements
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
            Paragraph::new(Line::from(Span::styled(
                format!(" {} ", words.review_label(ReviewLabel::DueTitle)),
                theme.title.add_modifier(Modifier::REVERSED),
            ))),
            title,
        );
        let mut lines: Vec<Line<'static>> = Vec::new();
        if self.agreements.is_empty() {
            lines.push(Line::from(Span::styled(
                words.review_label(ReviewLabel::NoDue),
                theme.muted,
            )));
        }
        for a in &self.agreements {
            let date = a.review_date.format("%Y-%m-%d").to_string();
            lines.push(Line::from(vec![
                Span::styled("⚠ ", theme.warn),
                Span::styled(
                    format!(
                        "{} ({})",
                        words.quoted(&for_terminal_line(&a.label)),
                        for_terminal_line(&a.owner)
                    ),
                    theme.proposal,
                ),
                Span::styled(
                    format!(" — {}", words.review_overdue(&date, a.days_overdue)),
                    theme.warn,
                ),
            ]));
            lines.push(Line::from(vec![
                Span::styled(
                    format!("    {}  ", a.opened_at.format("%Y-%m-%d %H:%M")),
                    theme.muted,
                ),
                Span::raw(format!(
                    "{} · {}",
                    for_terminal_line(&a.circle),
                    for_terminal_line(&a.title)
                )),
            ]));
            lines.push(Line::from(vec![
                Span::styled(
                    format!("    {}: ", words.review_label(ReviewLabel::Criteria)),
                    theme.muted,
                ),
                Span::raw(for_terminal_line(&a.criteria).into_owned()),
            ]));
            lines.push(Line::default());
        }
        common::scrolled_text(
            frame,
            body,
            keys_row,
            &lines,
            &mut self.scroll,
            ReviewScreen::Due,
            words,
            theme,
        );
    }
}
