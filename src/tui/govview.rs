//! The circle's governance record on the meeting screen (issue 13): the
//! record as the sessions folder held it when the meeting opened, folded
//! once in the background, and the overlay any step of a meeting opens
//! with one key (the secretary's duty, constitution v5 §5.4.5 b): roles,
//! purposes, accountabilities, domains, fillers and terms, policies;
//! type to search, ignoring case and diacritics; Esc goes back to the step
//! unchanged.

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use crate::meeting::Session;
use crate::record::circle_key;
use crate::record::governance::{Adopted, Circle, Conflict, Policy, Record, Role};
use crate::review::fold::key;
use crate::store::SessionsDir;
use crate::text::Words;
use crate::tui::theme::Theme;
use crate::tui::widgets::prose::Prose;

/// The governance record as it stood when the meeting opened, filled in
/// by a background fold (so opening a meeting never waits for the
/// folder), plus the id the meeting's own adoptions are recorded under.
#[derive(Debug, Clone)]
pub struct RecordAtStart {
    record: Arc<OnceLock<Record>>,
    id: String,
    /// The conflicts of the meeting's circle, picked from the record once
    /// it is there.
    conflicts: Arc<OnceLock<Vec<Conflict>>>,
    /// The record without histories (see [`shape`]), made with the fold:
    /// what opening the view starts from.
    shape: Arc<OnceLock<Record>>,
}

/// The record as the view draws it: every circle's roles and policies
/// without their histories, removed ones or conflicts. Cheap to clone and
/// to fold a meeting's adoptions into, so opening the view stays within a
/// frame however long the folder's history is (`benches/governance.rs`).
fn shape(record: &Record) -> Record {
    let role = |r: &Role| Role {
        id: r.id.clone(),
        name: r.name.clone(),
        core: r.core,
        purpose: r.purpose.clone(),
        accountabilities: r.accountabilities.clone(),
        domains: r.domains.clone(),
        notes: r.notes.clone(),
        sub_circle: r.sub_circle,
        fillers: r.fillers.clone(),
        version: r.version,
        history: Vec::new(),
    };
    let policy = |p: &Policy| Policy {
        id: p.id.clone(),
        title: p.title.clone(),
        text: p.text.clone(),
        domain: p.domain.clone(),
        agreement: p.agreement.clone(),
        version: p.version,
        history: Vec::new(),
    };
    Record {
        circles: record
            .circles
            .iter()
            .map(|(key, c)| {
                let circle = Circle {
                    name: c.name.clone(),
                    purpose: c.purpose.clone(),
                    roles: c.roles.iter().map(role).collect(),
                    policies: c.policies.iter().map(policy).collect(),
                    removed_roles: Vec::new(),
                    removed_policies: Vec::new(),
                };
                (key.clone(), circle)
            })
            .collect(),
        ..Record::default()
    }
}

impl RecordAtStart {
    /// Folds the folder's record up to just before `opened_at` (so the
    /// meeting itself is not in it) on a background thread.
    pub fn fold_in_background(
        dir: SessionsDir,
        id: &str,
        opened_at: DateTime<FixedOffset>,
    ) -> Self {
        let record = Arc::new(OnceLock::new());
        let shaped = Arc::new(OnceLock::new());
        let (filled, shape_filled) = (Arc::clone(&record), Arc::clone(&shaped));
        let before = opened_at - chrono::TimeDelta::nanoseconds(1);
        std::thread::spawn(move || {
            let folded = crate::record::governance::fold(&dir, |t| t <= before).0;
            // The shape first: the record being there means both are.
            let _ = shape_filled.set(shape(&folded));
            let _ = filled.set(folded);
        });
        RecordAtStart {
            record,
            id: id.to_owned(),
            conflicts: Arc::default(),
            shape: shaped,
        }
    }

    /// A record already at hand (tests, or a caller that folded itself).
    pub fn ready(record: Record, id: &str) -> Self {
        let shaped = OnceLock::new();
        let _ = shaped.set(shape(&record));
        let cell = OnceLock::new();
        let _ = cell.set(record);
        RecordAtStart {
            record: Arc::new(cell),
            id: id.to_owned(),
            conflicts: Arc::default(),
            shape: Arc::new(shaped),
        }
    }

    /// The record at the meeting's start, once the fold is done.
    pub fn at_start(&self) -> Option<&Record> {
        self.record.get()
    }

    /// The conflicts between sessions that the record at the start holds
    /// for `circle` (the meeting's circle, any spelling); none while the
    /// fold is still running.
    pub fn conflicts(&self, circle: &str) -> &[Conflict] {
        let Some(record) = self.at_start() else {
            return &[];
        };
        self.conflicts.get_or_init(|| {
            let key = circle_key(circle);
            record
                .conflicts
                .iter()
                .filter(|c| circle_key(&c.circle) == key)
                .cloned()
                .collect()
        })
    }

    /// The meeting's circle as it stands now: the record at the start
    /// with this meeting's adopted proposals applied. `None` while the
    /// fold is still running.
    /// The circle carries no histories (the view does not draw them).
    pub fn circle_now(&self, session: &Session) -> Option<Circle> {
        let start = self.at_start()?;
        let shape = self.shape.get_or_init(|| shape(start));
        let circle = &session.setup().circle;
        let adopted = Adopted::of(&self.id, session);
        if adopted.items.is_empty() {
            return Some(shape.circle_or_new(circle));
        }
        // Adoptions may move roles between circles: the whole shape.
        let mut record = shape.clone();
        record.adopt(&adopted);
        Some(record.circle_or_new(circle))
    }
}

/// The open governance view: what is typed in its search, how far it is
/// scrolled, and the circle it shows (taken when it opened).
#[derive(Debug, Clone, Default)]
pub(crate) struct GovView {
    /// The search text, matched ignoring case and diacritics.
    pub filter: String,
    /// Rows scrolled off the top.
    pub scroll: u16,
    /// The circle shown; `None` until the background fold is done.
    pub circle: Option<Box<Circle>>,
}

/// What a search looks in for a role, as a search key.
pub(crate) fn role_text(role: &Role) -> String {
    let mut all = vec![role.name.clone()];
    // A core role is found by its name in any language ("secretaris"),
    // as the view shows it in the reader's.
    if role.core.is_some() {
        all.extend(
            crate::text::Lang::ALL
                .iter()
                .map(|lang| crate::minutes::governance::role_name(role, lang.words())),
        );
    }
    all.extend(role.purpose.clone());
    all.extend(role.accountabilities.iter().cloned());
    all.extend(role.domains.iter().cloned());
    all.extend(role.fillers.iter().map(|f| f.person.clone()));
    key(&all.join(" "))
}

/// What a search looks in for a policy, as a search key.
pub(crate) fn policy_text(policy: &Policy) -> String {
    let mut all = vec![policy.title.clone(), policy.text.clone()];
    if let Some(d) = &policy.domain {
        all.push(d.role.clone());
        all.push(d.domain.clone());
    }
    key(&all.join(" "))
}

/// The roles and policies of `circle` that match `filter` (all when it is
/// empty), ignoring case and diacritics.
pub(crate) fn matching<'c>(circle: &'c Circle, filter: &str) -> (Vec<&'c Role>, Vec<&'c Policy>) {
    let wanted = key(filter);
    let hit = |text: String| wanted.is_empty() || text.contains(&wanted);
    let roles = circle.roles.iter().filter(|r| hit(role_text(r))).collect();
    let policies = circle
        .policies
        .iter()
        .filter(|p| hit(policy_text(p)))
        .collect();
    (roles, policies)
}

/// One role's block: its name (marked core or sub-circle), purpose,
/// accountabilities, domains and who fills it until when. The meeting's
/// governance view and review's record view draw roles with it.
pub(crate) fn role_lines(role: &Role, words: &dyn Words, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut head = vec![Span::styled(
        crate::minutes::governance::role_name(role, words),
        theme.heading,
    )];
    if role.core.is_some() {
        head.push(Span::styled(format!(" {}", words.gov_core()), theme.muted));
    }
    if role.sub_circle {
        head.push(Span::styled(
            format!(" {}", words.gov_sub_circle()),
            theme.muted,
        ));
    }
    lines.push(Line::from(head));
    if let Some(purpose) = &role.purpose {
        lines.push(Line::from(format!("  {}: {purpose}", words.gov_purpose())));
    }
    for a in &role.accountabilities {
        lines.push(Line::from(format!(
            "  • {}: {a}",
            words.gov_accountability()
        )));
    }
    for d in &role.domains {
        lines.push(Line::from(format!("  ◆ {}: {d}", words.gov_domain())));
    }
    if role.fillers.is_empty() {
        if role.core.is_none() {
            lines.push(Line::from(Span::styled(
                format!("  {}", words.gov_unfilled()),
                theme.muted,
            )));
        }
    } else {
        for f in &role.fillers {
            lines.push(Line::from(format!(
                "  ☺ {}",
                words.gov_filler(&f.person, f.term_end)
            )));
        }
    }
    lines
}

/// One policy's block: its title (with the domain it is held on) and
/// text; shared like [`role_lines`].
pub(crate) fn policy_lines(policy: &Policy, words: &dyn Words) -> Vec<Line<'static>> {
    let mut head = format!("  § {}", policy.title);
    if let Some(d) = &policy.domain {
        head.push_str(&format!(
            " ({})",
            words.gov_policy_domain(&d.domain, &d.role)
        ));
    }
    vec![Line::from(head), Line::from(format!("    {}", policy.text))]
}

/// The heading of the policies, and the note when there are none.
pub(crate) fn policies_heading(none: bool, words: &dyn Words, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::default(),
        Line::from(Span::styled(words.gov_policies().to_owned(), theme.heading)),
    ];
    if none {
        lines.push(Line::from(Span::styled(
            format!("  {}", words.gov_no_policies()),
            theme.muted,
        )));
    }
    lines
}

/// The view's body: one block per role, then the policies.
pub(crate) fn body_lines(
    roles: &[&Role],
    policies: &[&Policy],
    words: &dyn Words,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for role in roles {
        lines.extend(role_lines(role, words, theme));
    }
    lines.extend(policies_heading(policies.is_empty(), words, theme));
    for p in policies {
        lines.extend(policy_lines(p, words));
    }
    lines
}

/// The overlay, drawn over the step.
pub(crate) struct GovOverlay<'a> {
    /// The view's state.
    pub view: &'a GovView,
    /// The meeting's circle name, for the title.
    pub circle_name: &'a str,
    /// Whether the folder gives a record at all.
    pub available: bool,
    /// Whether typing searches (the meeting screen); the follow screen's
    /// keys browse instead, so it shows no search line.
    pub searchable: bool,
    /// The words.
    pub words: &'a dyn Words,
    /// The colours.
    pub theme: &'a Theme,
}

impl Widget for GovOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (words, theme) = (self.words, self.theme);
        let rect = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        };
        Clear.render(rect, buf);
        let block = Block::bordered()
            .title(Line::from(Span::styled(
                format!(" {} ", words.gov_title(self.circle_name)),
                theme.current,
            )))
            .border_style(theme.heading);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let [search, body, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(inner);
        let body = if self.searchable {
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{}: ", words.gov_search()), theme.muted),
                Span::styled(format!("{}▏", self.view.filter), theme.selected),
            ]))
            .render(search, buf);
            body
        } else {
            // No search line: the body starts at the top.
            search.union(body)
        };
        let Some(circle) = &self.view.circle else {
            let note = if self.available {
                words.gov_loading()
            } else {
                words.gov_unavailable()
            };
            Prose::new(Span::styled(note, theme.muted)).render(body, buf);
            return;
        };
        let (roles, policies) = matching(circle, &self.view.filter);
        let lines = if roles.is_empty() && policies.is_empty() {
            vec![Line::from(Span::styled(
                words.gov_no_match(&self.view.filter),
                theme.warn,
            ))]
        } else {
            body_lines(&roles, &policies, words, theme)
        };
        Prose::new(lines).scroll(self.view.scroll).render(body, buf);
        // Broken between hints; on a narrow screen the lesser ones go
        // before the way back does.
        let keys = if self.searchable {
            words.gov_keys(roles.len(), policies.len())
        } else {
            words.gov_keys_follow(roles.len(), policies.len())
        };
        Paragraph::new(crate::tui::widgets::key_rows(
            &keys,
            footer.width,
            usize::from(footer.height),
            theme.muted,
        ))
        .render(footer, buf);
    }
}
