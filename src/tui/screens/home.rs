//! The home screen of a bare `spanning`: start a new meeting, or resume an
//! unfinished one. Unfinished meetings come first and the newest is
//! selected, so a meeting cut short by a crash is offered, never ignored.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::sanitize::for_terminal_line;
use crate::text::Lang;
use crate::text::tui::Label;
use crate::tui::keys::{self, Action};
use crate::tui::theme::{Theme, ThemeChoice};
use crate::tui::widgets::prose::Prose;

/// One session as the home screen lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeEntry {
    /// Title (untrusted: sanitised when drawn).
    pub title: String,
    /// Circle (untrusted).
    pub circle: String,
    /// When it opened.
    pub opened_at: DateTime<FixedOffset>,
    /// Agenda items.
    pub items: usize,
    /// Where the file is; handed back on resume.
    pub path: std::path::PathBuf,
}

/// What the home screen shows.
#[derive(Debug, Clone)]
pub struct HomeData {
    /// The sessions folder, as the user named it.
    pub folder: String,
    /// Unfinished sessions, newest first.
    pub unfinished: Vec<HomeEntry>,
    /// Recently closed sessions, newest first.
    pub recent: Vec<HomeEntry>,
    /// Files in the folder that could not be read.
    pub unreadable: usize,
    /// Language of the screen.
    pub lang: Lang,
    /// Palette.
    pub theme: ThemeChoice,
    /// Consent agreements past their review date, across the folder.
    pub due_reviews: usize,
    /// The sessions folder's git work tree, when it is in one.
    pub git: Option<HomeGit>,
}

/// The sessions folder in git, as the home screen says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeGit {
    /// Branch, remote branch and ahead/behind as last fetched.
    pub status: crate::store::git::Status,
    /// Closed sessions and status changes not committed yet.
    pub unshared: usize,
}

/// What the facilitator chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeChoice {
    /// Start a new meeting.
    New,
    /// Continue this unfinished session.
    Resume(std::path::PathBuf),
    /// Browse past sessions (review and replay).
    Browse,
    /// Leave.
    Quit,
}

/// The home screen's state; testable without a terminal.
pub struct HomeScreen {
    data: HomeData,
    selected: usize,
    theme: Theme,
    choice: Option<HomeChoice>,
    loading: bool,
}

impl HomeScreen {
    /// A home screen with the newest unfinished meeting selected.
    pub fn new(data: HomeData) -> HomeScreen {
        HomeScreen {
            theme: Theme::new(data.theme),
            data,
            selected: 0,
            choice: None,
            loading: false,
        }
    }

    /// A home screen shown before the folder has been read: reading a
    /// large folder takes a noticeable moment, and starting a new meeting
    /// or browsing should not wait for it. `data` gives the folder, language
    /// and palette; its lists are ignored until [`HomeScreen::loaded`].
    pub fn loading(data: HomeData) -> HomeScreen {
        HomeScreen {
            loading: true,
            ..HomeScreen::new(HomeData {
                unfinished: Vec::new(),
                recent: Vec::new(),
                unreadable: 0,
                due_reviews: 0,
                git: None,
                ..data
            })
        }
    }

    /// Whether the folder is still being read.
    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// The folder has been read: show what it holds, newest unfinished
    /// meeting selected, as if the screen had opened with it.
    pub fn loaded(&mut self, data: HomeData) {
        self.data = HomeData {
            lang: self.data.lang,
            theme: self.data.theme,
            ..data
        };
        self.selected = 0;
        self.loading = false;
    }

    /// The choice, once made.
    pub fn choice(&self) -> Option<&HomeChoice> {
        self.choice.as_ref()
    }

    /// Handles one terminal event. Pastes are ignored: there is nothing to
    /// type here, and pasted text must never trigger commands.
    pub fn handle_event(&mut self, event: Event) {
        let Event::Key(key) = event else {
            return;
        };
        if key.kind == KeyEventKind::Release {
            return;
        }
        let count = self.data.unfinished.len();
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            self.choice = Some(HomeChoice::Quit);
            return;
        }
        match keys::lookup_home(&key) {
            Some(Action::NewMeeting) => self.choice = Some(HomeChoice::New),
            Some(Action::Browse) => self.choice = Some(HomeChoice::Browse),
            Some(Action::Quit) => self.choice = Some(HomeChoice::Quit),
            // Until the folder is read, Enter cannot know what to resume,
            // and starting a new meeting instead would surprise.
            Some(Action::Resume) if self.loading => {}
            Some(Action::Resume) => {
                self.choice = Some(match self.data.unfinished.get(self.selected) {
                    Some(entry) => HomeChoice::Resume(entry.path.clone()),
                    None => HomeChoice::New,
                });
            }
            Some(Action::Up) if count > 0 => {
                self.selected = (self.selected + count - 1) % count;
            }
            Some(Action::Down) if count > 0 => self.selected = (self.selected + 1) % count,
            _ => {}
        }
    }

    /// Draws the screen; a small terminal gets the "enlarge" notice.
    pub fn draw(&self, frame: &mut Frame) {
        let words = self.data.lang.words();
        let theme = &self.theme;
        let area = frame.area();
        if crate::tui::widgets::too_small(
            frame.buffer_mut(),
            area,
            (super::MIN_WIDTH, super::MIN_HEIGHT),
            words,
            theme,
        ) {
            return;
        }
        let block = Block::bordered()
            .border_style(theme.border)
            .title(Line::from(Span::styled(
                format!(" {} ", words.label(Label::HomeTitle)),
                theme.title,
            )));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        // A git line under the folder's, wrapped if long; a blank line after.
        let head_height = if self.data.git.is_some() { 4 } else { 2 };
        let [folder, body, keys] = Layout::vertical([
            Constraint::Length(head_height),
            Constraint::Min(1),
            Constraint::Length(2),
        ])
        .areas(inner);
        let mut head = vec![Line::from(vec![
            Span::styled(format!("{}: ", words.label(Label::HomeFolder)), theme.muted),
            Span::raw(for_terminal_line(&self.data.folder).into_owned()),
        ])];
        if let Some(git) = &self.data.git {
            // Branch names are the user's, but sanitised all the same.
            head.push(Line::from(Span::styled(
                for_terminal_line(&words.git_home(&git.status, git.unshared)).into_owned(),
                theme.muted,
            )));
        }
        frame.render_widget(Prose::new(head), folder);

        let mut lines: Vec<Line> = Vec::new();
        if self.loading {
            lines.push(Line::from(Span::styled(
                words.label(Label::HomeLoading),
                theme.muted,
            )));
        } else if self.data.unfinished.is_empty() && self.data.recent.is_empty() {
            lines.push(Line::from(words.label(Label::HomeEmpty)));
        }
        if !self.data.unfinished.is_empty() {
            lines.push(Line::from(Span::styled(
                words.label(Label::HomeUnfinished),
                theme.heading,
            )));
            for (i, entry) in self.data.unfinished.iter().enumerate() {
                let chosen = i == self.selected;
                let marker = if chosen { "▶ " } else { "  " };
                let style = if chosen {
                    theme.current
                } else {
                    theme.proposal
                };
                lines.push(Line::from(Span::styled(
                    format!("{marker}{}", self.describe(entry)),
                    style,
                )));
            }
            lines.push(Line::default());
        }
        if !self.data.recent.is_empty() {
            lines.push(Line::from(Span::styled(
                words.label(Label::HomeRecent),
                theme.heading,
            )));
            for entry in &self.data.recent {
                lines.push(Line::from(Span::styled(
                    format!("  {}", self.describe(entry)),
                    theme.muted,
                )));
            }
        }
        if self.data.unreadable > 0 {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                words.home_unreadable(self.data.unreadable),
                theme.warn,
            )));
        }
        if self.data.due_reviews > 0 {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                words.home_due(self.data.due_reviews),
                theme.warn,
            )));
        }
        frame.render_widget(Prose::new(lines), body);

        // From the home key table; "resume" only when there is something to resume.
        // From the home key table; "resume" only when there is something to
        // resume. Packed so a key never sits apart from its meaning.
        let pairs: Vec<(String, &str)> = keys::home_bindings()
            .into_iter()
            .filter(|b| b.hint)
            .filter(|b| {
                b.action != Action::Resume || (!self.loading && !self.data.unfinished.is_empty())
            })
            .map(|b| (b.cap(words), words.key_action(b.action)))
            .collect();
        let hints = crate::tui::widgets::hint_lines(&pairs, usize::from(keys.width), theme);
        frame.render_widget(Paragraph::new(hints), keys);
    }

    fn describe(&self, entry: &HomeEntry) -> String {
        let words = self.data.lang.words();
        format!(
            "{}  {} · {} · {}",
            entry.opened_at.format("%Y-%m-%d %H:%M"),
            for_terminal_line(&entry.title),
            for_terminal_line(&entry.circle),
            words.home_items(entry.items)
        )
    }
}
