//! Drawing the record view: the list beside the record's blocks and the
//! selected one's latest changes, or one role's or policy's history.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Entry, RecordView, Subject};
use crate::record::governance::{Change, Conflict, ConflictKind};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::governance::RecordLabel;
use crate::text::review_screens::ReviewLabel;
use crate::tui::govview::{policies_heading, policy_lines, role_lines};
use crate::tui::review::common::{self, wrap};
use crate::tui::theme::Theme;

/// A line of record text (from session files) made safe for the terminal.
fn safe(line: Line<'static>) -> Line<'static> {
    Line::from(
        line.spans
            .into_iter()
            .map(|s| Span::styled(for_terminal_line(&s.content).into_owned(), s.style))
            .collect::<Vec<_>>(),
    )
    .style(line.style)
}

/// A styled line cut at `width` columns, with "…" where it was cut.
fn clip_line(line: Line<'static>, width: usize) -> Line<'static> {
    let total: usize = line.spans.iter().map(|s| s.content.width()).sum();
    if total <= width {
        return line;
    }
    let mut left = width.saturating_sub(1);
    let mut spans = Vec::new();
    'spans: for span in line.spans {
        let mut text = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if w > left {
                spans.push(Span::styled(text, span.style));
                break 'spans;
            }
            left -= w;
            text.push(c);
        }
        spans.push(Span::styled(text, span.style));
    }
    spans.push(Span::raw("…"));
    Line::from(spans).style(line.style)
}

/// A count of rows as a terminal height (a longer list fills the screen).
fn rows16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Wraps lines to `width`.
fn rows_of(lines: Vec<Line<'static>>, width: u16) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(safe)
        .flat_map(|l| wrap(&l, usize::from(width)))
        .collect()
}

/// Draws `rows` from `scroll` on, as many as fit.
fn show(frame: &mut Frame, area: Rect, rows: Vec<Line<'static>>, scroll: usize) {
    frame.render_widget(
        Paragraph::new(
            rows.into_iter()
                .skip(scroll)
                .take(usize::from(area.height))
                .collect::<Vec<_>>(),
        ),
        area,
    );
}

impl RecordView {
    /// Draws the view into `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        let [title, body, keys_row] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let heading = match &self.history {
            Some(h) => words.history_title(&h.name, h.policy, &self.circle.name),
            None => words.gov_title(&self.circle.name),
        };
        let mut when = words.gov_as_of(&words.day(self.at.date_naive()));
        let points = self.timeline.points();
        if let Some(p) = self.point.and_then(|n| points.get(n)) {
            let n = self.point.unwrap_or_default() + 1;
            when.push_str(" · ");
            when.push_str(&words.gov_point(&p.title, p.imported, n, points.len()));
        }
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    format!(" {} ", for_terminal_line(&heading)),
                    theme.title.add_modifier(Modifier::REVERSED),
                ),
                Span::styled(format!("  {}", for_terminal_line(&when)), theme.heading),
            ])),
            title,
        );
        if self.history.is_some() {
            self.draw_history(frame, body, words, theme);
        } else {
            self.draw_list(frame, body, words, theme);
        }
        frame.render_widget(
            Paragraph::new(common::hints(self.screen(), keys_row.width, words, theme)),
            keys_row,
        );
    }

    /// Unreadable files, then the conflicts of the circle at this moment,
    /// as lines.
    fn conflict_lines(&self, words: &dyn Words, theme: &Theme) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        if self.unreadable > 0 {
            lines.push(Line::from(Span::styled(
                words.home_unreadable(self.unreadable),
                theme.warn,
            )));
        }
        if self.conflicts.is_empty() {
            return lines;
        }
        lines.push(Line::from(Span::styled(
            words.record_label(RecordLabel::Conflicts).to_owned(),
            theme.error,
        )));
        lines.extend(self.conflicts.iter().map(|c| {
            Line::from(Span::styled(
                format!("  ⚠ {}", words.conflict(c)),
                theme.error,
            ))
        }));
        lines
    }

    fn draw_list(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        // The search line: always there, so a narrowed list is never
        // taken for the whole record.
        let mut search = vec![Span::styled(
            format!("/ {}: ", words.gov_search()),
            theme.heading,
        )];
        if self.searching {
            search.push(Span::styled(
                format!("{}▏", for_terminal_line(&self.filter)),
                theme.current,
            ));
            if self.filter.is_empty() {
                search.push(Span::styled(
                    format!(" {}", words.review_label(ReviewLabel::SearchHint)),
                    theme.muted,
                ));
            }
        } else {
            search.push(Span::raw(for_terminal_line(&self.filter).into_owned()));
        }
        let mut conflicts = rows_of(self.conflict_lines(words, theme), area.width);
        let cap = usize::from(area.height / 4);
        if conflicts.len() > cap {
            // Too many to spell out: one row each (Enter on the role or
            // policy marked ⚠ shows the whole text in its history).
            conflicts = self
                .conflict_lines(words, theme)
                .into_iter()
                .map(|l| {
                    let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                    Line::from(Span::styled(
                        common::clip(&for_terminal_line(&text), usize::from(area.width)),
                        theme.error,
                    ))
                })
                .take(cap.max(2))
                .collect();
        }
        let cap = if conflicts.is_empty() {
            0
        } else {
            rows16(conflicts.len()).saturating_add(1)
        };
        let [search_row, conflict_rows, rest] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(cap),
            Constraint::Min(1),
        ])
        .areas(area);
        frame.render_widget(Paragraph::new(Line::from(search)), search_row);
        show(frame, conflict_rows, conflicts, 0);

        let list_width = (rest.width * 2 / 5).clamp(18, 40);
        let [list, _, detail] = Layout::horizontal([
            Constraint::Length(list_width),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(rest);
        let entries = self.entries();
        self.draw_entries(frame, list, &entries, words, theme);
        let Some(&selected) = entries.get(self.selected) else {
            return;
        };
        let changes = self.change_lines(self.subject(selected), words, theme);
        // One row per change, cut at the edge: the history has them whole.
        let changes: Vec<Line<'static>> = changes
            .into_iter()
            .map(|l| clip_line(safe(l), usize::from(detail.width)))
            .collect();
        let below = rows16(changes.len()).min(detail.height * 2 / 5);
        let (blocks, start) = self.block_rows(&entries, selected, detail.width, words, theme);
        // The changes right under the blocks when both fit, else at the
        // bottom with the blocks scrolled to the selected one.
        let above = rows16(blocks.len()).clamp(1, detail.height.saturating_sub(below).max(1));
        let [blocks_area, changes_area] =
            Layout::vertical([Constraint::Length(above), Constraint::Length(below)]).areas(detail);
        let scroll = start.min(blocks.len().saturating_sub(usize::from(above)));
        show(frame, blocks_area, blocks, scroll);
        // The newest changes when not all fit, under their heading.
        let skip = changes.len().saturating_sub(usize::from(below));
        let mut shown = changes;
        if skip > 0 && shown.len() > 2 {
            shown.drain(2..(2 + skip).min(shown.len()));
        }
        show(frame, changes_area, shown, 0);
    }

    fn draw_entries(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        entries: &[Entry],
        words: &dyn Words,
        theme: &Theme,
    ) {
        if entries.is_empty() {
            let note = Line::from(Span::styled(words.gov_no_match(&self.filter), theme.warn));
            show(frame, area, rows_of(vec![note], area.width), 0);
            return;
        }
        let mut rows: Vec<Line<'static>> = Vec::new();
        let mut selected_row = 0;
        let mut section = None;
        for (i, &entry) in entries.iter().enumerate() {
            let subject = self.subject(entry);
            let heading = match (entry, subject) {
                (Entry::Role(_), Subject::Role(r)) if r.sub_circle => {
                    words.record_label(RecordLabel::SubCircles)
                }
                (Entry::Role(_), _) => words.record_label(RecordLabel::Roles),
                (Entry::Policy(_), _) => words.gov_policies(),
                _ => words.gov_removed(),
            };
            if section != Some(heading) {
                if section.is_some() {
                    rows.push(Line::default());
                }
                let style = if heading == words.gov_removed() {
                    theme.muted
                } else {
                    theme.heading
                };
                rows.push(Line::from(Span::styled(heading.to_owned(), style)));
                section = Some(heading);
            }
            let name = match subject {
                Subject::Role(r) => crate::minutes::governance::role_name(r, words),
                Subject::Policy(p) => p.title.clone(),
            };
            let width = usize::from(area.width).saturating_sub(8);
            let mut spans = vec![Span::raw(format!(
                " {}",
                common::clip(&for_terminal_line(&name), width)
            ))];
            if self.conflicts.iter().any(|c| subject.concerned_by(c)) {
                spans.push(Span::styled(" ⚠", theme.error));
            }
            let version = match subject {
                Subject::Role(r) => r.version,
                Subject::Policy(p) => p.version,
            };
            if version > 0 {
                spans.push(Span::styled(format!(" v{version}"), theme.muted));
            }
            let mut line = Line::from(spans);
            if i == self.selected {
                selected_row = rows.len();
                line = line.style(theme.selected);
            }
            rows.push(line);
        }
        let height = usize::from(area.height);
        if selected_row < self.list_scroll {
            self.list_scroll = selected_row.saturating_sub(1);
        } else if selected_row >= self.list_scroll + height {
            self.list_scroll = selected_row + 1 - height;
        }
        self.list_scroll = self.list_scroll.min(rows.len().saturating_sub(height));
        show(frame, area, rows, self.list_scroll);
    }

    /// The record's blocks (the roles and policies listed), drawn as the
    /// meeting's governance view draws them, the selected one's name
    /// marked (a removed one alone), wrapped to `width`; with the row the
    /// selected block starts on.
    fn block_rows(
        &self,
        entries: &[Entry],
        selected: Entry,
        width: u16,
        words: &dyn Words,
        theme: &Theme,
    ) -> (Vec<Line<'static>>, usize) {
        let block = |entry: Entry| match self.subject(entry) {
            Subject::Role(r) => role_lines(r, words, theme),
            Subject::Policy(p) => policy_lines(p, words),
        };
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut start = 0;
        let mut mark = |lines: &mut Vec<Line<'static>>, entry: Entry| {
            let mut own = block(entry);
            if entry == selected {
                start = lines.len();
                if let Some(first) = own.first_mut() {
                    *first = first.clone().style(theme.selected);
                }
            }
            lines.extend(own);
        };
        if matches!(selected, Entry::RemovedRole(_) | Entry::RemovedPolicy(_)) {
            lines.push(Line::from(Span::styled(
                words.gov_removed().to_owned(),
                theme.muted,
            )));
            mark(&mut lines, selected);
        } else {
            for &e in entries.iter().filter(|e| matches!(e, Entry::Role(_))) {
                mark(&mut lines, e);
            }
            let policies: Vec<Entry> = entries
                .iter()
                .copied()
                .filter(|e| matches!(e, Entry::Policy(_)))
                .collect();
            lines.extend(policies_heading(policies.is_empty(), words, theme));
            for e in policies {
                mark(&mut lines, e);
            }
        }
        // Rows before the selected block, counted after wrapping.
        let before: usize = lines[..start]
            .iter()
            .map(|l| wrap(&safe(l.clone()), usize::from(width)).len())
            .sum();
        (rows_of(lines, width), before)
    }

    /// A role's or policy's changes, one line each, under a heading.
    fn change_lines(
        &self,
        subject: Subject<'_>,
        words: &dyn Words,
        theme: &Theme,
    ) -> Vec<Line<'static>> {
        let history = subject.history();
        let mut lines = vec![
            Line::default(),
            Line::from(vec![Span::styled(
                format!(
                    "{}: {}",
                    words.record_label(RecordLabel::GovernanceChanges),
                    subject.named(words)
                ),
                theme.heading,
            )]),
        ];
        if history.is_empty() {
            lines.push(Line::from(Span::styled(
                format!("  {}", words.gov_no_changes()),
                theme.muted,
            )));
        }
        for change in history {
            let mut spans = vec![Span::raw(format!(
                "  v{} {}",
                change.version,
                words.part(&change.part)
            ))];
            if self.same_base(change).is_some() {
                spans.push(Span::styled(" ⚠", theme.error));
            }
            spans.push(Span::styled(
                format!(" — {}", words.source(&change.source)),
                theme.muted,
            ));
            lines.push(Line::from(spans));
        }
        lines
    }

    /// The conflict in which this change is the later one, applied over
    /// an earlier change it did not see.
    fn same_base(&self, change: &Change) -> Option<&Conflict> {
        self.conflicts.iter().find(|c| {
            matches!(c.kind, ConflictKind::SameBase { .. })
                && c.part == change.part
                && c.source.session == change.source.session
                && c.source.item == change.source.item
        })
    }

    fn draw_history(&mut self, frame: &mut Frame, area: Rect, words: &dyn Words, theme: &Theme) {
        let Some(history) = &self.history else {
            return;
        };
        let mut lines: Vec<Line<'static>> = Vec::new();
        let subject = self.chosen.as_deref().and_then(|id| self.by_id(id));
        match subject {
            None => {
                let what = if history.policy {
                    words.diff_policy(&history.name)
                } else {
                    words.diff_role(&history.name)
                };
                lines.push(Line::from(Span::styled(
                    words.gov_not_yet(&what),
                    theme.warn,
                )));
            }
            Some(subject) => self.history_lines(subject, &mut lines, words, theme),
        }
        let rows = rows_of(lines, area.width);
        let scroll = match &mut self.history {
            Some(h) => {
                h.scroll = h
                    .scroll
                    .min(rows.len().saturating_sub(usize::from(area.height)));
                h.scroll
            }
            None => 0,
        };
        show(frame, area, rows, scroll);
    }

    /// A role's or policy's whole history: what it is now, the parts
    /// about it that could not be applied, then each change with where it
    /// comes from, its integrated objections and its conflict.
    fn history_lines(
        &self,
        subject: Subject<'_>,
        lines: &mut Vec<Line<'static>>,
        words: &dyn Words,
        theme: &Theme,
    ) {
        let removed = self
            .circle
            .removed_roles
            .iter()
            .any(|r| r.id == subject.id())
            || self
                .circle
                .removed_policies
                .iter()
                .any(|p| p.id == subject.id());
        if removed {
            lines.push(Line::from(Span::styled(
                words.gov_removed().to_owned(),
                theme.muted,
            )));
        }
        lines.extend(match subject {
            Subject::Role(r) => role_lines(r, words, theme),
            Subject::Policy(p) => policy_lines(p, words),
        });
        let not_applied: Vec<&Conflict> = self
            .conflicts
            .iter()
            .filter(|c| matches!(c.kind, ConflictKind::NotApplied { .. }))
            .chain(&self.not_applied)
            .filter(|c| subject.concerned_by(c))
            .collect();
        if !not_applied.is_empty() {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                words.record_label(RecordLabel::NotApplied).to_owned(),
                theme.error,
            )));
            for c in not_applied {
                lines.push(Line::from(Span::styled(
                    format!("  ⚠ {}", words.conflict(c)),
                    theme.error,
                )));
            }
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            words
                .record_label(RecordLabel::GovernanceChanges)
                .to_owned(),
            theme.heading,
        )));
        if subject.history().is_empty() {
            lines.push(Line::from(Span::styled(
                format!("  {}", words.gov_no_changes()),
                theme.muted,
            )));
        }
        let bold = Style::new().add_modifier(Modifier::BOLD);
        for change in subject.history() {
            lines.push(Line::from(vec![
                Span::styled(format!("  v{} ", change.version), theme.heading),
                Span::styled(words.part(&change.part), bold),
            ]));
            lines.push(Line::from(Span::styled(
                format!("     {}", words.source(&change.source)),
                theme.muted,
            )));
            for o in &change.source.objections {
                lines.push(Line::from(format!("     ✓ {}", words.integrated(o))));
            }
            if let Some(c) = self.same_base(change) {
                lines.push(Line::from(Span::styled(
                    format!("     ⚠ {}", words.conflict(c)),
                    theme.error,
                )));
            }
        }
    }
}
