//! The project board of one circle in review: every project its meetings
//! recorded (from the circle's memory, `record::fold`), grouped per owner
//! or per status (`b` switches), each with its status, when it last
//! changed and its last update; a finished project keeps its last update.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::common;
use super::keys::{ReviewAction, ReviewScreen};
use crate::record::{Project, ProjectStatus};
use crate::sanitize::for_terminal_line;
use crate::text::{Words, capitalise};
use crate::tui::theme::Theme;

/// The board view's state.
pub struct BoardView {
    circle: String,
    projects: Vec<Project>,
    per_owner: bool,
    scroll: usize,
}

impl BoardView {
    /// The circle's projects, grouped per owner first.
    pub fn new(circle: String, projects: Vec<Project>) -> BoardView {
        BoardView {
            circle,
            projects,
            per_owner: true,
            scroll: 0,
        }
    }

    /// Grouped per owner (else per status)?
    pub fn per_owner(&self) -> bool {
        self.per_owner
    }

    /// `b` switches the grouping; the rest scrolls.
    pub fn act(&mut self, action: ReviewAction) {
        if action == ReviewAction::Board {
            self.per_owner = !self.per_owner;
            self.scroll = 0;
        } else {
            common::scroll(&mut self.scroll, action);
        }
    }

    fn groups(&self, words: &dyn Words) -> Vec<(String, Vec<&Project>)> {
        let rank = |s: &ProjectStatus| match s {
            ProjectStatus::Current => 0,
            ProjectStatus::Waiting { .. } => 1,
            ProjectStatus::Done => 2,
            ProjectStatus::Dropped => 3,
            ProjectStatus::Removed => 4,
        };
        let mut sorted: Vec<&Project> = self.projects.iter().collect();
        if !self.per_owner {
            sorted.sort_by_key(|p| rank(&p.status));
        }
        let mut groups: Vec<(String, Vec<&Project>)> = Vec::new();
        for p in sorted {
            let heading = if self.per_owner {
                p.owner
                    .clone()
                    .unwrap_or_else(|| words.action_no_owner().to_owned())
            } else {
                match &p.status {
                    ProjectStatus::Waiting { .. } => capitalise(words.project_states()[1])
                        .trim_end_matches(['…', ' '])
                        .to_owned(),
                    s => capitalise(&words.project_status(s)),
                }
            };
            match groups.iter_mut().find(|(h, _)| *h == heading) {
                Some((_, list)) => list.push(p),
                None => groups.push((heading, vec![p])),
            }
        }
        groups
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
                    format!(" {} ", words.board_title(self.per_owner)),
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
        if self.projects.is_empty() {
            lines.push(Line::from(Span::styled(
                words.no_projects().to_owned(),
                theme.muted,
            )));
        }
        for (heading, projects) in self.groups(words) {
            lines.push(Line::from(Span::styled(
                for_terminal_line(&heading).into_owned(),
                theme.title,
            )));
            for p in projects {
                let beside = if self.per_owner {
                    words.project_status(&p.status)
                } else {
                    let owner = p
                        .owner
                        .clone()
                        .unwrap_or_else(|| words.action_no_owner().to_owned());
                    match &p.status {
                        s @ ProjectStatus::Waiting { .. } => {
                            format!("{owner} · {}", words.project_status(s))
                        }
                        _ => owner,
                    }
                };
                let since = p.changed.as_ref().map_or_else(String::new, |c| {
                    format!(", {}", words.day(c.at.date_naive()))
                });
                let style = if p.status.is_active() {
                    theme.proposal
                } else {
                    theme.muted
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {}", for_terminal_line(&p.text)), style),
                    Span::styled(
                        format!("  — {}{since}", for_terminal_line(&beside)),
                        theme.muted,
                    ),
                ]));
                if let Some(last) = p.updates.last() {
                    lines.push(Line::from(Span::styled(
                        format!(
                            "    {}",
                            words.last_update(&for_terminal_line(&last.text), last.at.date_naive())
                        ),
                        theme.muted,
                    )));
                }
            }
            lines.push(Line::default());
        }
        common::scrolled_text(
            frame,
            body,
            keys_row,
            &lines,
            &mut self.scroll,
            ReviewScreen::Board,
            words,
            theme,
        );
    }
}
