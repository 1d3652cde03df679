//! The governance record of one circle in review (issue 13): its roles
//! (purpose, accountabilities, domains, who fills them until when) and
//! policies as they stood after the session it was opened from, drawn by
//! the same lines as the meeting's governance view, then each role's and
//! policy's changes with where they come from; the conflicts between
//! sessions the record holds for the circle at that moment come first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::common::{self, wrap};
use super::keys::{ReviewAction, ReviewScreen};
use crate::record::governance::{Circle, Conflict};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::governance::RecordLabel;
use crate::tui::govview::{body_lines, matching};
use crate::tui::theme::Theme;

/// The record view's state.
pub struct RecordView {
    circle: Circle,
    as_of: chrono::NaiveDate,
    conflicts: Vec<Conflict>,
    scroll: usize,
}

impl RecordView {
    /// The circle as it stood on `as_of`, with its conflicts then.
    pub fn new(circle: Circle, as_of: chrono::NaiveDate, conflicts: Vec<Conflict>) -> RecordView {
        RecordView {
            circle,
            as_of,
            conflicts,
            scroll: 0,
        }
    }

    /// The conflicts shown.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Keys scroll.
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
                    format!(
                        " {} ",
                        for_terminal_line(&words.gov_title(&self.circle.name))
                    ),
                    theme.title.add_modifier(Modifier::REVERSED),
                ),
                Span::styled(
                    format!("  {}", words.gov_as_of(&words.day(self.as_of))),
                    theme.heading,
                ),
            ])),
            title,
        );
        let mut lines: Vec<Line<'static>> = Vec::new();
        if !self.conflicts.is_empty() {
            lines.push(Line::from(Span::styled(
                words.record_label(RecordLabel::Conflicts).to_owned(),
                theme.error,
            )));
            for c in &self.conflicts {
                lines.push(Line::from(Span::styled(
                    format!("  ⚠ {}", for_terminal_line(&words.conflict(c))),
                    theme.error,
                )));
            }
            lines.push(Line::default());
        }
        let (roles, policies) = matching(&self.circle, "");
        // Record text comes from session files: made safe for the terminal.
        lines.extend(
            body_lines(&roles, &policies, words, theme)
                .into_iter()
                .map(|l| {
                    Line::from(
                        l.spans
                            .iter()
                            .map(|s| {
                                Span::styled(for_terminal_line(&s.content).into_owned(), s.style)
                            })
                            .collect::<Vec<_>>(),
                    )
                }),
        );
        // Each role's and policy's changes, oldest first ("governance
        // blame"): what changed and where it comes from (date, session,
        // item, proposer, integrated objections).
        let histories = self
            .circle
            .roles
            .iter()
            .map(|r| (words.diff_role(&r.name), &r.history))
            .chain(
                self.circle
                    .policies
                    .iter()
                    .map(|p| (words.diff_policy(&p.title), &p.history)),
            )
            .filter(|(_, h)| !h.is_empty())
            .collect::<Vec<_>>();
        if !histories.is_empty() {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                words
                    .record_label(RecordLabel::GovernanceChanges)
                    .to_owned(),
                theme.heading,
            )));
        }
        for (name, history) in histories {
            lines.push(Line::from(Span::styled(
                format!("  {}", for_terminal_line(&name)),
                theme.title,
            )));
            for change in history {
                lines.push(Line::from(vec![
                    Span::raw(format!(
                        "    v{} {}",
                        change.version,
                        for_terminal_line(&words.part(&change.part))
                    )),
                    Span::styled(
                        format!(" — {}", for_terminal_line(&words.source(&change.source))),
                        theme.muted,
                    ),
                ]));
            }
        }
        let rows: Vec<Line> = lines
            .iter()
            .flat_map(|l| wrap(l, usize::from(body.width)))
            .collect();
        self.scroll = self
            .scroll
            .min(rows.len().saturating_sub(usize::from(body.height)));
        frame.render_widget(
            Paragraph::new(
                rows.into_iter()
                    .skip(self.scroll)
                    .take(usize::from(body.height))
                    .collect::<Vec<_>>(),
            ),
            body,
        );
        frame.render_widget(
            Paragraph::new(common::hints(ReviewScreen::Record, words, theme)),
            keys_row,
        );
    }
}
