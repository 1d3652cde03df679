//! The governance record of one circle in review (issue 13). A list of
//! the circle's roles, sub-circles, policies and what was removed; the
//! selected one's block (drawn by the same lines as the meeting's
//! governance view) and its latest changes beside it; Enter opens its
//! whole history ("governance blame": each change with its date,
//! session, item, proposer and integrated objections, conflicts marked).
//! ←/→ step the "as of" moment through the circle's governance sessions
//! and imports, keeping the selection while the role still exists; `/`
//! searches as in the meeting's view. The conflicts between sessions the
//! record holds for the circle at that moment come first.

use std::sync::atomic::AtomicBool;

use chrono::{DateTime, FixedOffset};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::common;
use super::keys::{self, ReviewAction, ReviewScreen};
use crate::record::circle_key;
use crate::record::governance::{Change, Circle, Conflict, Policy, Role, Timeline};
use crate::review::fold::key;
use crate::sanitize::for_terminal_line;
use crate::store::SessionsDir;
use crate::text::Words;
use crate::tui::govview::{policy_text, role_text};

mod draw;

/// What the record view asks its host to do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordOutcome {
    /// Nothing beyond redrawing.
    Stay,
    /// Back to where it was opened from.
    Back,
    /// Show help.
    Help,
}

/// One row of the list: which role or policy, by its place in the circle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Role(usize),
    Policy(usize),
    RemovedRole(usize),
    RemovedPolicy(usize),
}

/// A role or policy, whichever an entry is.
#[derive(Clone, Copy)]
enum Subject<'c> {
    Role(&'c Role),
    Policy(&'c Policy),
}

impl<'c> Subject<'c> {
    fn id(self) -> &'c str {
        match self {
            Subject::Role(r) => &r.id,
            Subject::Policy(p) => &p.id,
        }
    }

    fn history(self) -> &'c [Change] {
        match self {
            Subject::Role(r) => &r.history,
            Subject::Policy(p) => &p.history,
        }
    }

    /// "Role Finance" / "Policy Budget", as the diff panel words them.
    fn named(self, words: &dyn Words) -> String {
        match self {
            // A core role by its name in the screen's language, as the
            // list names it.
            Subject::Role(r) => words.diff_role(&crate::minutes::governance::role_name(r, words)),
            Subject::Policy(p) => words.diff_policy(&p.title),
        }
    }

    /// Whether a conflict's part is about this role or policy: by id,
    /// or by name for a part built without the record.
    fn concerned_by(self, conflict: &Conflict) -> bool {
        let (target, name) = match self {
            Subject::Role(r) => (conflict.part.role(), &r.name),
            Subject::Policy(p) => (conflict.part.policy(), &p.title),
        };
        target.is_some_and(|t| match &t.id {
            Some(id) => id == self.id(),
            None => circle_key(&t.name) == circle_key(name),
        })
    }
}

/// The record view's state.
pub struct RecordView {
    timeline: Timeline,
    /// Which of the timeline's moments is shown; `None`: as of `at`
    /// between them (a session the folder does not hold).
    point: Option<usize>,
    at: DateTime<FixedOffset>,
    circle: Circle,
    conflicts: Vec<Conflict>,
    /// Parts that did not fit the record (no conflict between sessions).
    not_applied: Vec<Conflict>,
    filter: String,
    searching: bool,
    selected: usize,
    /// The selected role's or policy's id, kept across steps and searches.
    chosen: Option<String>,
    /// Some while the history screen is up.
    history: Option<History>,
    /// The list's first row shown.
    list_scroll: usize,
    /// Files of the folder that could not be read (the record may lack
    /// what they hold).
    unreadable: usize,
    /// The whole record as of `at`, kept so a step to a later moment
    /// folds only what came between.
    record: crate::record::governance::Record,
}

/// The history screen's state: how far it is scrolled, and whose history
/// it is (named here too, for a moment before it existed).
struct History {
    scroll: usize,
    policy: bool,
    name: String,
}

impl RecordView {
    /// The record of `circle` as it stood after the session `id` (opened
    /// at `at`), with the circle's other moments read from `dir` to step
    /// through; without a folder, the session's moment alone.
    pub fn open(
        dir: Option<&SessionsDir>,
        circle: &str,
        id: Option<&str>,
        at: DateTime<FixedOffset>,
    ) -> RecordView {
        let (timeline, problems) =
            dir.map_or_else(Default::default, |d| Timeline::read(d, circle, id));
        Self::of(timeline, problems.len(), circle, id, at)
    }

    /// [`RecordView::open`], or `None` once `stop` is set (Esc while it
    /// was being read): the folder is then no longer read.
    pub fn open_until(
        dir: Option<&SessionsDir>,
        circle: &str,
        id: Option<&str>,
        at: DateTime<FixedOffset>,
        stop: &AtomicBool,
    ) -> Option<RecordView> {
        let (timeline, problems) = match dir {
            Some(d) => Timeline::read_until(d, circle, id, stop)?,
            None => Default::default(),
        };
        Some(Self::of(timeline, problems.len(), circle, id, at))
    }

    /// The view of `timeline` as of the session `id`.
    fn of(
        timeline: Timeline,
        unreadable: usize,
        circle: &str,
        id: Option<&str>,
        at: DateTime<FixedOffset>,
    ) -> RecordView {
        let point = id.and_then(|id| timeline.position(id));
        let mut view = RecordView {
            timeline,
            point,
            at,
            circle: Circle::new(circle),
            conflicts: Vec::new(),
            not_applied: Vec::new(),
            filter: String::new(),
            searching: false,
            selected: 0,
            chosen: None,
            history: None,
            list_scroll: 0,
            unreadable,
            record: Default::default(),
        };
        view.refold();
        view
    }

    /// The conflicts shown.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// The circle as shown.
    pub fn circle(&self) -> &Circle {
        &self.circle
    }

    /// Which of the circle's moments is shown (0 the oldest), and how
    /// many there are.
    pub fn point(&self) -> (Option<usize>, usize) {
        (self.point, self.timeline.points().len())
    }

    /// The name of the role or policy selected in the list.
    pub fn selected_name(&self) -> Option<&str> {
        self.entries()
            .get(self.selected)
            .map(|&e| match self.subject(e) {
                Subject::Role(r) => r.name.as_str(),
                Subject::Policy(p) => p.title.as_str(),
            })
    }

    /// How many roles and policies the list shows (the search narrows it).
    pub fn listed(&self) -> usize {
        self.entries().len()
    }

    /// The key table that applies: the list, or a history.
    pub fn screen(&self) -> ReviewScreen {
        if self.history.is_some() {
            ReviewScreen::RecordHistory
        } else {
            ReviewScreen::Record
        }
    }

    /// True while typed keys go into the search.
    pub fn is_typing(&self) -> bool {
        self.searching
    }

    /// Folds the record as of the moment shown and finds the selection
    /// again.
    fn refold(&mut self) {
        self.record = match self.point {
            Some(n) => self.timeline.record(n),
            None => self.timeline.record_at(self.at),
        };
        if let Some(p) = self.point.and_then(|n| self.timeline.points().get(n)) {
            self.at = p.at;
        }
        self.take_circle();
    }

    /// Takes the circle, its conflicts and the selection from the record.
    fn take_circle(&mut self) {
        let record = &self.record;
        let name = if self.timeline.name().is_empty() {
            self.circle.name.clone()
        } else {
            self.timeline.name().to_owned()
        };
        let wanted = circle_key(&name);
        let mine = |c: &&Conflict| circle_key(&c.circle) == wanted;
        self.conflicts = record.conflicts.iter().filter(mine).cloned().collect();
        self.not_applied = record.not_applied.iter().filter(mine).cloned().collect();
        self.circle = record.circle_or_new(&name);
        self.reselect();
    }

    /// The list as the search leaves it, in the order drawn.
    fn entries(&self) -> Vec<Entry> {
        let wanted = key(&self.filter);
        let hit = |text: String| wanted.is_empty() || text.contains(&wanted);
        let c = &self.circle;
        let roles = |sub: bool| {
            c.roles
                .iter()
                .enumerate()
                .filter(move |(_, r)| r.sub_circle == sub)
                .filter(|(_, r)| hit(role_text(r)))
                .map(|(i, _)| Entry::Role(i))
        };
        let mut out: Vec<Entry> = roles(false).chain(roles(true)).collect();
        out.extend(
            (0..c.policies.len())
                .filter(|&i| hit(policy_text(&c.policies[i])))
                .map(Entry::Policy),
        );
        out.extend(
            (0..c.removed_roles.len())
                .filter(|&i| hit(role_text(&c.removed_roles[i])))
                .map(Entry::RemovedRole),
        );
        out.extend(
            (0..c.removed_policies.len())
                .filter(|&i| hit(policy_text(&c.removed_policies[i])))
                .map(Entry::RemovedPolicy),
        );
        out
    }

    fn subject(&self, entry: Entry) -> Subject<'_> {
        let c = &self.circle;
        match entry {
            Entry::Role(i) => Subject::Role(&c.roles[i]),
            Entry::Policy(i) => Subject::Policy(&c.policies[i]),
            Entry::RemovedRole(i) => Subject::Role(&c.removed_roles[i]),
            Entry::RemovedPolicy(i) => Subject::Policy(&c.removed_policies[i]),
        }
    }

    /// The role or policy with this id, removed ones too.
    fn by_id(&self, id: &str) -> Option<Subject<'_>> {
        let c = &self.circle;
        c.roles
            .iter()
            .chain(&c.removed_roles)
            .find(|r| r.id == id)
            .map(Subject::Role)
            .or_else(|| {
                c.policies
                    .iter()
                    .chain(&c.removed_policies)
                    .find(|p| p.id == id)
                    .map(Subject::Policy)
            })
    }

    /// Selects the chosen role or policy again when it is still listed,
    /// else the row at the same place.
    fn reselect(&mut self) {
        let entries = self.entries();
        let found = self
            .chosen
            .as_deref()
            .and_then(|id| entries.iter().position(|&e| self.subject(e).id() == id));
        match found {
            Some(i) => self.selected = i,
            // A history stays on its role or policy, even at a moment
            // before it existed.
            None if self.history.is_some() => {}
            None => {
                self.selected = self.selected.min(entries.len().saturating_sub(1));
                self.chosen = entries
                    .get(self.selected)
                    .map(|&e| self.subject(e).id().to_owned());
            }
        }
    }

    fn select(&mut self, n: usize) {
        let entries = self.entries();
        self.selected = n.min(entries.len().saturating_sub(1));
        self.chosen = entries
            .get(self.selected)
            .map(|&e| self.subject(e).id().to_owned());
    }

    /// Steps the "as of" moment one of the circle's moments earlier or
    /// later; nothing happens past the first or the last.
    fn step(&mut self, later: bool) {
        let points = self.timeline.points();
        let next = match (self.point, later) {
            (Some(n), true) => (n + 1 < points.len()).then_some(n + 1),
            (Some(n), false) => n.checked_sub(1),
            (None, true) => points.iter().position(|p| p.at > self.at),
            (None, false) => points.iter().rposition(|p| p.at < self.at),
        };
        let Some(n) = next else {
            return;
        };
        self.point = Some(n);
        match self.timeline.points().get(n).map(|p| p.at) {
            // Later: fold only what came between.
            Some(to) if later && to >= self.at => {
                self.timeline.advance(&mut self.record, self.at, to);
                self.at = to;
                self.take_circle();
            }
            _ => self.refold(),
        }
    }

    /// Pasted text goes into the search while it is typed.
    pub fn paste(&mut self, text: &str) {
        if self.searching {
            self.filter.push_str(&for_terminal_line(text));
            self.reselect();
        }
    }

    /// Handles one key press.
    pub fn key(&mut self, key: KeyEvent) -> RecordOutcome {
        if self.searching {
            match key.code {
                KeyCode::Esc => {
                    self.filter.clear();
                    self.searching = false;
                }
                KeyCode::Enter | KeyCode::Down | KeyCode::Tab => self.searching = false,
                KeyCode::Backspace => {
                    self.filter.pop();
                }
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    self.filter.push(c);
                }
                _ => return RecordOutcome::Stay,
            }
            self.reselect();
            return RecordOutcome::Stay;
        }
        let Some(action) = keys::lookup(self.screen(), &key) else {
            return RecordOutcome::Stay;
        };
        match action {
            ReviewAction::Help => return RecordOutcome::Help,
            ReviewAction::EarlierPoint => self.step(false),
            ReviewAction::LaterPoint => self.step(true),
            ReviewAction::Back => {
                if self.history.take().is_some() {
                    self.reselect();
                } else if !self.filter.is_empty() && key.code == KeyCode::Esc {
                    // Esc first widens a narrowed list, as in the browser.
                    self.filter.clear();
                    self.reselect();
                } else {
                    return RecordOutcome::Back;
                }
            }
            other => {
                if let Some(h) = &mut self.history {
                    common::scroll(&mut h.scroll, other);
                } else {
                    self.list_key(other);
                }
            }
        }
        RecordOutcome::Stay
    }

    fn list_key(&mut self, action: ReviewAction) {
        let n = self.selected;
        match action {
            ReviewAction::Search => self.searching = true,
            ReviewAction::History => {
                if let Some(&e) = self.entries().get(n) {
                    let subject = self.subject(e);
                    let (policy, name) = match subject {
                        Subject::Role(r) => (false, r.name.clone()),
                        Subject::Policy(p) => (true, p.title.clone()),
                    };
                    self.chosen = Some(subject.id().to_owned());
                    self.history = Some(History {
                        scroll: 0,
                        policy,
                        name,
                    });
                }
            }
            ReviewAction::Up => self.select(n.saturating_sub(1)),
            ReviewAction::Down => self.select(n + 1),
            ReviewAction::PageUp => self.select(n.saturating_sub(10)),
            ReviewAction::PageDown => self.select(n + 10),
            ReviewAction::Top => self.select(0),
            ReviewAction::Bottom => self.select(usize::MAX),
            _ => {}
        }
    }
}
