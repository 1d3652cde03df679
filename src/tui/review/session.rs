//! One session in full: outputs first (that is what people come back for),
//! then every item's story, the rounds, notes and rulings, as the minutes
//! tell it, with a word diff between proposal versions and charts of who
//! spoke and where the time went. Scrollable by line, page and section.

use std::io::Write;
use std::path::{Path, PathBuf};

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::common::{self, clip, wrap};
use super::keys::{self, ReviewAction, ReviewScreen};
use crate::meeting::Session;
use crate::minutes;
use crate::record::DueAgreement;
use crate::review::story::phase_totals;
use crate::review::{Segment, SpanKind, Story};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::text::review_screens::ReviewLabel;
use crate::tui::theme::Theme;

/// What the session view asks its host to do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionOutcome {
    /// Nothing beyond redrawing.
    Stay,
    /// Back to the browser.
    Back,
    /// Open the replay.
    Replay,
    /// Open the circle's governance record as of this session.
    Record,
    /// Show help.
    Help,
}

/// The document laid out for one width: wrapped rows and where each
/// section starts, so jumps land exactly on a heading.
struct Doc {
    width: u16,
    rows: Vec<Line<'static>>,
    sections: Vec<(usize, String)>,
}

/// The session view's state.
pub struct SessionView {
    session: Session,
    path: PathBuf,
    export_dir: PathBuf,
    story: Story,
    minutes: String,
    words: &'static dyn Words,
    theme: Theme,
    doc: Option<Doc>,
    scroll: usize,
    page: usize,
    export: Option<String>,
    message: Option<Result<String, String>>,
    due: Vec<DueAgreement>,
}

impl SessionView {
    /// A view of a loaded session found at `path`; exports go by default
    /// next to the sessions folder (into its parent), never into it, so
    /// the folder keeps only session files.
    pub fn new(
        session: Session,
        path: PathBuf,
        export_dir: PathBuf,
        words: &'static dyn Words,
        theme: Theme,
    ) -> SessionView {
        let story = Story::of(&session);
        let minutes = minutes::markdown(&session, words);
        SessionView {
            session,
            path,
            export_dir,
            story,
            minutes,
            words,
            theme,
            doc: None,
            scroll: 0,
            page: 10,
            export: None,
            message: None,
            due: Vec::new(),
        }
    }

    /// Marks agreements whose review date is before `today` as overdue, at
    /// the top of the view, judging by this session alone (see
    /// [`SessionView::with_due`] for the folder's view).
    pub fn with_today(self, today: chrono::NaiveDate) -> SessionView {
        let loaded = crate::store::Loaded {
            id: self
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            session: self.session.clone(),
        };
        let own = crate::store::SessionSummary::of(&self.path, &loaded);
        let due = crate::record::overdue([&own], today);
        self.with_due(due)
    }

    /// Marks these agreements of this session as overdue, at the top of the
    /// view: the folder's due list, which also knows which agreements a
    /// later meeting of the circle has reviewed, so both views agree.
    pub fn with_due(mut self, due: Vec<DueAgreement>) -> SessionView {
        self.due = due;
        self.doc = None;
        self
    }

    /// The session shown.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Where its file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The first row shown.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// True while the export dialog takes typed keys.
    pub fn is_typing(&self) -> bool {
        self.export.is_some()
    }

    /// The file the export dialog proposes: the session's ID as Markdown,
    /// in the folder that holds the sessions folder.
    pub fn default_export_path(&self) -> PathBuf {
        let id = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "minutes".to_owned());
        self.export_dir.join(format!("{id}.md"))
    }

    /// Pasted text goes into the export dialog's path, if open.
    pub fn paste(&mut self, text: &str) {
        if let Some(path) = &mut self.export {
            path.push_str(&for_terminal_line(text));
        }
    }

    /// Handles one key press.
    pub fn key(&mut self, key: KeyEvent) -> SessionOutcome {
        if let Some(mut path) = self.export.take() {
            match key.code {
                KeyCode::Esc => self.message = None,
                KeyCode::Enter => self.message = Some(self.write_minutes(Path::new(&path))),
                KeyCode::Backspace => {
                    path.pop();
                    self.export = Some(path);
                }
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    path.push(c);
                    self.export = Some(path);
                }
                _ => self.export = Some(path),
            }
            return SessionOutcome::Stay;
        }
        let Some(action) = keys::lookup(ReviewScreen::Session, &key) else {
            return SessionOutcome::Stay;
        };
        self.message = None;
        let last = self.max_scroll();
        match action {
            ReviewAction::Help => return SessionOutcome::Help,
            ReviewAction::Back => return SessionOutcome::Back,
            ReviewAction::Replay => return SessionOutcome::Replay,
            ReviewAction::Record => return SessionOutcome::Record,
            ReviewAction::Export => {
                self.export = Some(self.default_export_path().display().to_string());
            }
            ReviewAction::Up => self.scroll = self.scroll.saturating_sub(1),
            ReviewAction::Down => self.scroll = (self.scroll + 1).min(last),
            ReviewAction::PageUp => self.scroll = self.scroll.saturating_sub(self.page),
            ReviewAction::PageDown => self.scroll = (self.scroll + self.page).min(last),
            ReviewAction::Top => self.scroll = 0,
            ReviewAction::Bottom => self.scroll = last,
            ReviewAction::NextSection => {
                if let Some(doc) = &self.doc
                    && let Some((row, _)) = doc.sections.iter().find(|(r, _)| *r > self.scroll)
                {
                    self.scroll = (*row).min(last);
                }
            }
            ReviewAction::PrevSection => {
                if let Some(doc) = &self.doc
                    && let Some((row, _)) =
                        doc.sections.iter().rev().find(|(r, _)| *r < self.scroll)
                {
                    self.scroll = *row;
                }
            }
            _ => {}
        }
        SessionOutcome::Stay
    }

    /// Scrolls so that the first row containing `text` is at the top;
    /// returns whether it was found (tests, and a "jump to item" caller).
    pub fn scroll_to(&mut self, text: &str, width: u16) -> bool {
        self.layout(width);
        let Some(doc) = &self.doc else { return false };
        let found = doc.rows.iter().position(|row| {
            let plain: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
            plain.contains(text)
        });
        if let Some(row) = found {
            self.scroll = row;
        }
        found.is_some()
    }

    fn max_scroll(&self) -> usize {
        self.doc
            .as_ref()
            .map_or(0, |d| d.rows.len().saturating_sub(self.page.max(1)))
    }

    /// Writes the minutes to a new file; never replaces an existing one
    /// (the file appears whole or not at all).
    fn write_minutes(&self, path: &Path) -> Result<String, String> {
        let words = self.words;
        let shown = path.display().to_string();
        if path.exists() {
            return Err(words.export_exists(&shown));
        }
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let mut tmp =
            tempfile::NamedTempFile::new_in(folder).map_err(|e| format!("{shown}: {e}"))?;
        tmp.write_all(self.minutes.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| format!("{shown}: {e}"))?;
        match tmp.persist_noclobber(path) {
            Ok(_) => Ok(words.export_written(&shown)),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(words.export_exists(&shown))
            }
            Err(e) => Err(format!("{shown}: {}", e.error)),
        }
    }

    fn layout(&mut self, width: u16) {
        if self.doc.as_ref().is_some_and(|d| d.width == width) {
            return;
        }
        let (lines, anchors) = self.document(width);
        let mut rows = Vec::new();
        let mut sections = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some((_, title)) = anchors.iter().find(|(at, _)| *at == i) {
                sections.push((rows.len(), title.clone()));
            }
            rows.extend(wrap(line, usize::from(width)));
        }
        self.doc = Some(Doc {
            width,
            rows,
            sections,
        });
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// The logical lines (before wrapping) and the section starts.
    fn document(&self, width: u16) -> (Vec<Line<'static>>, Vec<(usize, String)>) {
        let theme = &self.theme;
        let words = self.words;
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut anchors: Vec<(usize, String)> = Vec::new();
        let mut in_agenda = false;
        let mut item: Option<usize> = None;
        let agenda = words.agenda_heading();
        lines.extend(crate::tui::screens::consent::overdue_lines(
            &self.due, words, theme,
        ));
        for raw in self.minutes.lines() {
            let text = for_terminal_line(raw).into_owned();
            let starts_item = in_agenda && text.starts_with("### ");
            if (text.starts_with("## ") || starts_item)
                && let Some(i) = item.take()
            {
                self.diffs(i, &mut lines);
            }
            if text.starts_with("# ") || (lines.is_empty() && text.trim().is_empty()) {
                // The title already heads the screen.
                continue;
            } else if let Some(title) = text.strip_prefix("## ") {
                in_agenda = title == agenda;
                anchors.push((lines.len(), unescape(title)));
                lines.push(Line::from(Span::styled(
                    format!("■ {}", unescape(title)),
                    theme.heading.add_modifier(Modifier::REVERSED),
                )));
            } else if let Some(title) = text.strip_prefix("### ") {
                if starts_item {
                    item = title
                        .split_once(". ")
                        .and_then(|(n, _)| n.parse::<usize>().ok())
                        .and_then(|n| n.checked_sub(1));
                }
                lines.push(Line::from(Span::styled(
                    format!("▌ {}", unescape(title)),
                    theme.heading,
                )));
            } else if let Some(title) = text.strip_prefix("#### ") {
                lines.push(Line::from(Span::styled(
                    format!("  {}", unescape(title)),
                    theme.heading.add_modifier(Modifier::UNDERLINED),
                )));
            } else if let Some(quote) = text.strip_prefix('>') {
                lines.push(Line::from(vec![
                    Span::styled("  │ ", theme.muted),
                    Span::styled(unescape(quote.trim_start()), theme.proposal),
                ]));
            } else if let Some(row) = text.strip_prefix('|') {
                // A Markdown table row: cells in columns, the rule row left out.
                let cells: Vec<String> = row
                    .trim_end_matches('|')
                    .split(" | ")
                    .map(|c| unescape(c.trim()))
                    .collect();
                if cells.iter().all(|c| c.chars().all(|ch| "-: ".contains(ch))) {
                    continue;
                }
                let first = clip(&cells[0], 24);
                let pad = 26usize.saturating_sub(first.width());
                lines.push(Line::from(format!(
                    "  {first}{}{}",
                    " ".repeat(pad),
                    cells[1..].join("  ")
                )));
            } else if text.contains("**") {
                lines.push(Line::from(Span::styled(
                    unescape(&text.replace("**", "")),
                    Style::new().add_modifier(Modifier::BOLD),
                )));
            } else {
                lines.push(Line::from(unescape(&text)));
            }
        }
        if let Some(i) = item.take() {
            self.diffs(i, &mut lines);
        }
        lines.push(Line::default());
        anchors.push((
            lines.len(),
            words.review_label(ReviewLabel::Charts).to_owned(),
        ));
        lines.push(Line::from(Span::styled(
            format!("■ {}", words.review_label(ReviewLabel::Charts)),
            theme.heading.add_modifier(Modifier::REVERSED),
        )));
        lines.extend(self.charts(width));
        (lines, anchors)
    }

    /// The word diffs of one item's proposal versions, marked with
    /// brackets and signs as well as colour.
    fn diffs(&self, index: usize, lines: &mut Vec<Line<'static>>) {
        let Some(story) = self.story.items.get(index) else {
            return;
        };
        if story.diffs.is_empty() {
            return;
        }
        let theme = &self.theme;
        let words = self.words;
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("  {}", words.review_label(ReviewLabel::Changes)),
            theme.heading.add_modifier(Modifier::UNDERLINED),
        )));
        let mut legend = vec![Span::raw("  ")];
        for kind in [SpanKind::Added, SpanKind::Removed] {
            let (open, close) = kind.marks();
            legend.push(Span::styled(
                format!("{open}…{close}"),
                span_style(kind, theme),
            ));
            legend.push(Span::styled(
                format!(" {}   ", words.span_kind(kind)),
                theme.muted,
            ));
        }
        lines.push(Line::from(legend));
        for diff in &story.diffs {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                format!(
                    "  {}",
                    words.version_change(diff.from, diff.to, diff.for_objection)
                ),
                Style::new().add_modifier(Modifier::BOLD),
            )));
            let mut spans = vec![Span::styled("  │ ", theme.muted)];
            for span in &diff.spans {
                let (open, close) = span.kind.marks();
                let text = for_terminal_line(&span.text).into_owned();
                spans.push(Span::styled(
                    format!("{open}{text}{close}"),
                    span_style(span.kind, theme),
                ));
            }
            lines.push(Line::from(spans));
        }
    }

    /// Bar charts as text: speaking time, time per phase, and time per
    /// item against its fair share (the share marked with `│`, time over
    /// it drawn with a different glyph, so colour is never needed).
    fn charts(&self, width: u16) -> Vec<Line<'static>> {
        let theme = &self.theme;
        let words = self.words;
        let width = usize::from(width);
        let mut lines = Vec::new();
        let label_w = (width / 4).clamp(8, 24);
        let value_w = 30.min(width / 3);
        let bar_w = width.saturating_sub(label_w + value_w + 4).max(4);
        let label = |text: &str| {
            let t = clip(&for_terminal_line(text), label_w);
            let pad = label_w.saturating_sub(t.width());
            format!("  {t}{} ", " ".repeat(pad))
        };

        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("  {}", words.review_label(ReviewLabel::SpeakingTime)),
            theme.heading.add_modifier(Modifier::UNDERLINED),
        )));
        let most = self
            .story
            .speaking
            .iter()
            .map(|s| s.seconds)
            .max()
            .unwrap_or(0)
            .max(1);
        for s in &self.story.speaking {
            let filled = cells(s.seconds, most, bar_w);
            lines.push(Line::from(vec![
                Span::raw(label(&s.name)),
                Span::styled("█".repeat(filled), theme.ok.add_modifier(Modifier::BOLD)),
                Span::styled("·".repeat(bar_w - filled), theme.muted),
                Span::raw(format!(" {}", minutes::clock(s.seconds))),
            ]));
        }

        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("  {}", words.review_label(ReviewLabel::TimePerPhase)),
            theme.heading.add_modifier(Modifier::UNDERLINED),
        )));
        let totals = phase_totals(&self.story.phases);
        let span = self.story.span_secs.max(1);
        let state = self.session.state();
        for (segment, secs) in totals {
            let name = match segment {
                Segment::Item(id) => state
                    .agenda
                    .iter()
                    .position(|i| i.id == id)
                    .map(|p| format!("{}. {}", p + 1, state.agenda[p].label))
                    .unwrap_or_else(|| words.segment(segment).to_owned()),
                other => words.segment(other).to_owned(),
            };
            let filled = cells(secs, span, bar_w);
            lines.push(Line::from(vec![
                Span::raw(label(&name)),
                Span::styled("█".repeat(filled), theme.heading),
                Span::styled("·".repeat(bar_w - filled), theme.muted),
                Span::raw(format!(" {}", words.duration(secs))),
            ]));
        }

        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("  {}", words.review_label(ReviewLabel::TimePerItem)),
            theme.heading.add_modifier(Modifier::UNDERLINED),
        )));
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                words.review_label(ReviewLabel::FairShareMark),
                theme.heading,
            ),
            Span::raw("   "),
            Span::styled(words.review_label(ReviewLabel::OverMark), theme.warn),
        ]));
        let scale = self
            .story
            .item_times
            .iter()
            .map(|t| t.used_secs.unwrap_or(0).max(t.fair_share_secs.unwrap_or(0)))
            .max()
            .unwrap_or(0)
            .max(1);
        // Room for "20 min 30 s of 22 min 30 s · 2 min under" after the bar.
        let item_bar_w = width.saturating_sub(label_w + 48).max(10);
        for (n, t) in self.story.item_times.iter().enumerate() {
            let mut spans = vec![Span::raw(label(&format!("{}. {}", n + 1, t.label)))];
            let Some(used) = t.used_secs else {
                spans.push(Span::styled(
                    words.review_label(ReviewLabel::NotStarted),
                    theme.muted,
                ));
                lines.push(Line::from(spans));
                continue;
            };
            let used_cells = cells(used, scale, item_bar_w);
            let share_cells = t
                .fair_share_secs
                .map(|s| cells(s, scale, item_bar_w).min(item_bar_w - 1));
            let mut bar: Vec<(char, Style)> = (0..item_bar_w)
                .map(|i| {
                    let over = share_cells.is_some_and(|s| i >= s);
                    if i < used_cells {
                        if over {
                            ('▓', theme.warn)
                        } else {
                            ('█', theme.ok.add_modifier(Modifier::BOLD))
                        }
                    } else {
                        ('·', theme.muted)
                    }
                })
                .collect();
            if let Some(s) = share_cells {
                bar[s] = ('│', theme.heading.add_modifier(Modifier::BOLD));
            }
            for (c, style) in bar {
                spans.push(Span::styled(c.to_string(), style));
            }
            let used_text = words.duration(used);
            // A share of 0 s (no time left when the item started) is no share.
            let share_text = t
                .fair_share_secs
                .filter(|s| *s > 0)
                .map(|s| words.duration(s));
            spans.push(Span::raw(format!(
                " {}",
                words.used_of_share(&used_text, share_text.as_deref())
            )));
            if let Some(over) = t.over_secs() {
                let style = if over > 0 { theme.warn } else { theme.muted };
                spans.push(Span::styled(format!(" · {}", words.over_by(over)), style));
            }
            lines.push(Line::from(spans));
        }
        lines
    }

    /// Draws the view into `area`.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect) {
        let theme = self.theme;
        let words = self.words;
        let [title, body, status, keys_row] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.layout(body.width);
        self.page = usize::from(body.height).max(1);
        self.scroll = self.scroll.min(self.max_scroll());
        let Some(doc) = &self.doc else { return };
        let setup = self.session.setup();
        let current = doc
            .sections
            .iter()
            .enumerate()
            .rev()
            .find(|(_, (row, _))| *row <= self.scroll);
        let mut head = vec![
            Span::styled(
                format!(" {} ", for_terminal_line(&setup.title)),
                theme.title.add_modifier(Modifier::REVERSED),
            ),
            Span::styled(
                format!("  {}", for_terminal_line(&setup.circle)),
                theme.heading,
            ),
            Span::raw(format!("  {}", setup.opened_at.format("%Y-%m-%d %H:%M"))),
        ];
        if let Some((n, (_, name))) = current {
            // What is left of the row after the title, circle and date;
            // a section name longer than that ends in "…" (at 80 columns
            // "Next actions and projects" lost its end without a sign).
            let used: usize = head.iter().map(|s| s.content.width()).sum();
            let room = usize::from(title.width).saturating_sub(used);
            let section = format!(
                "  § {} · {}",
                words.section_of(n + 1, doc.sections.len()),
                name
            );
            if room > 4 {
                head.push(Span::styled(clip(&section, room), theme.muted));
            }
        }
        frame.render_widget(Paragraph::new(Line::from(head)), title);
        let rows: Vec<Line> = doc
            .rows
            .iter()
            .skip(self.scroll)
            .take(usize::from(body.height))
            .cloned()
            .collect();
        frame.render_widget(Paragraph::new(rows), body);
        let status_line = match &self.message {
            Some(Ok(text)) => Line::from(Span::styled(format!("✓ {text}"), theme.ok)),
            Some(Err(text)) => Line::from(Span::styled(format!("✗ {text}"), theme.error)),
            None => Line::default(),
        };
        frame.render_widget(Paragraph::new(status_line), status);
        frame.render_widget(
            Paragraph::new(common::hints(
                ReviewScreen::Session,
                keys_row.width,
                words,
                &theme,
            )),
            keys_row,
        );
        if let Some(path) = &self.export {
            let rect = crate::tui::widgets::centered(area, area.width.saturating_sub(4).min(90), 6);
            frame.render_widget(Clear, rect);
            let lines = vec![
                Line::from(Span::styled(
                    words.review_label(ReviewLabel::ExportHint),
                    theme.muted,
                )),
                Line::default(),
                Line::from(Span::styled(
                    format!("{}▏", for_terminal_line(path)),
                    theme.current,
                )),
            ];
            frame.render_widget(
                crate::tui::widgets::prose::Prose::new(lines).block(
                    Block::bordered()
                        .border_style(theme.border)
                        .title(Span::styled(
                            format!(" {} ", words.review_label(ReviewLabel::ExportTitle)),
                            theme.title,
                        )),
                ),
                rect,
            );
        }
    }
}

/// How a diff span looks: colour plus a modifier, so it reads without colour.
fn span_style(kind: SpanKind, theme: &Theme) -> Style {
    match kind {
        SpanKind::Same => theme.proposal,
        SpanKind::Added => theme.ok.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        SpanKind::Removed => theme.warn.add_modifier(Modifier::CROSSED_OUT),
    }
}

/// Cells of a bar `width` long for `value` out of `max`, rounded.
fn cells(value: i64, max: i64, width: usize) -> usize {
    if max <= 0 || value <= 0 {
        return 0;
    }
    let w = i64::try_from(width).unwrap_or(i64::MAX);
    usize::try_from((value.min(max) * w + max / 2) / max)
        .unwrap_or(0)
        .min(width)
}

/// Undoes the minutes' Markdown escaping for the screen: backslashes
/// before punctuation, and the trailing backslash of a hard line break.
fn unescape(text: &str) -> String {
    let text = text.strip_suffix('\\').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescaping_markdown() {
        assert_eq!(unescape("\\- maintaining\\"), "- maintaining");
        assert_eq!(unescape("a \\*b\\* c"), "a *b* c");
        assert_eq!(unescape("plain"), "plain");
    }

    #[test]
    fn bar_cells_round_and_clamp() {
        assert_eq!(cells(0, 10, 20), 0);
        assert_eq!(cells(10, 10, 20), 20);
        assert_eq!(cells(5, 10, 20), 10);
        assert_eq!(cells(50, 10, 20), 20);
        assert_eq!(cells(5, 0, 20), 0);
    }
}
