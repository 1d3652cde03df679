//! The diff panel's lines: each part of the proposal under decision as a
//! before → after change to the circle's record as it stood when the
//! meeting opened, numbered as the part list (`*`) numbers them. Marks carry the meaning (`+` added, `−` removed, `→`
//! changed), colour only repeats them, so it reads in NO_COLOR and on a
//! projector alike.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::meeting::{Part, PolicyScope, RoleList, Target};
use crate::record::governance::Circle;
use crate::text::Words;
use crate::tui::theme::Theme;

/// What a line of the diff says about the record.
#[derive(Clone, Copy)]
enum Mark {
    Added,
    Removed,
    Changed,
}

impl Mark {
    fn sign(self) -> &'static str {
        match self {
            Mark::Added => "+",
            Mark::Removed => "−",
            Mark::Changed => "→",
        }
    }

    fn style(self, theme: &Theme) -> Style {
        match self {
            Mark::Added => theme.ok,
            Mark::Removed => theme.error,
            Mark::Changed => theme.warn,
        }
    }
}

struct Diff<'a> {
    lines: Vec<Line<'static>>,
    /// The number of the part being drawn, from 1: the part list (`*`)
    /// and its keys name parts by it.
    number: usize,
    words: &'a dyn Words,
    theme: &'a Theme,
}

impl Diff<'_> {
    fn head(&mut self, mark: Mark, what: String, known: bool) {
        let mut spans = vec![
            Span::styled(format!("{}. ", self.number), self.theme.heading),
            Span::styled(format!("{} ", mark.sign()), mark.style(self.theme)),
            Span::styled(what, self.theme.heading),
        ];
        if !known {
            spans.push(Span::styled(
                format!(" {}", self.words.diff_not_in_record()),
                self.theme.warn,
            ));
        }
        self.lines.push(Line::from(spans));
    }

    fn line(&mut self, mark: Mark, text: String) {
        self.lines.push(Line::from(vec![
            Span::styled(format!("    {} ", mark.sign()), mark.style(self.theme)),
            Span::raw(text),
        ]));
    }

    fn list(&self, list: RoleList) -> &'static str {
        match list {
            RoleList::Accountability => self.words.gov_accountability(),
            RoleList::Domain => self.words.gov_domain(),
        }
    }
}

/// The diff of `parts` against `circle` (the record at the meeting's
/// start; `None` when the meeting has no sessions folder: what a part
/// names is then shown as the part gives it).
pub fn lines(
    parts: &[Part],
    circle: Option<&Circle>,
    words: &dyn Words,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut d = Diff {
        lines: Vec::new(),
        number: 0,
        words,
        theme,
    };
    let role = |t: &Target| circle.and_then(|c| c.role(t));
    let policy = |t: &Target| circle.and_then(|c| c.policy(t));
    // Without a record nothing can be said to be missing from it.
    let known = |found: bool| circle.is_none() || found;
    for (n, part) in parts.iter().enumerate() {
        d.number = n + 1;
        match part {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => {
                d.head(Mark::Added, words.diff_role(name), true);
                if let Some(p) = purpose {
                    d.line(Mark::Added, format!("{}: {p}", words.gov_purpose()));
                }
                for a in accountabilities {
                    d.line(Mark::Added, format!("{}: {a}", words.gov_accountability()));
                }
                for x in domains {
                    d.line(Mark::Added, format!("{}: {x}", words.gov_domain()));
                }
            }
            Part::RenameRole { role: t, name } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Removed, t.name.clone());
                d.line(Mark::Added, name.clone());
            }
            Part::ChangePurpose { role: t, purpose } => {
                let found = role(t);
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(found.is_some()),
                );
                if let Some(old) = found.and_then(|r| r.purpose.as_ref()) {
                    d.line(Mark::Removed, format!("{}: {old}", words.gov_purpose()));
                }
                d.line(Mark::Added, format!("{}: {purpose}", words.gov_purpose()));
            }
            Part::RemoveRole { role: t } => {
                let found = role(t);
                d.head(
                    Mark::Removed,
                    words.diff_role(&words.role_target(t)),
                    known(found.is_some()),
                );
                if let Some(r) = found {
                    if let Some(p) = &r.purpose {
                        d.line(Mark::Removed, format!("{}: {p}", words.gov_purpose()));
                    }
                    for a in &r.accountabilities {
                        d.line(
                            Mark::Removed,
                            format!("{}: {a}", words.gov_accountability()),
                        );
                    }
                    for x in &r.domains {
                        d.line(Mark::Removed, format!("{}: {x}", words.gov_domain()));
                    }
                }
            }
            Part::MoveRole { role: t, from, to } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Removed, words.diff_circle(from));
                d.line(Mark::Added, words.diff_circle(to));
            }
            Part::ExpandRole { role: t } | Part::CollapseCircle { role: t } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Changed, words.part(part));
            }
            Part::AddEntry {
                role: t,
                list,
                text,
            } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Added, format!("{}: {text}", d.list(*list)));
            }
            Part::ChangeEntry {
                role: t,
                list,
                from,
                to,
            } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Removed, format!("{}: {from}", d.list(*list)));
                d.line(Mark::Added, format!("{}: {to}", d.list(*list)));
            }
            Part::RemoveEntry {
                role: t,
                list,
                text,
            } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Removed, format!("{}: {text}", d.list(*list)));
            }
            Part::CreatePolicy {
                title,
                text,
                domain,
            } => {
                let mut what = words.diff_policy(title);
                if let Some(scope) = domain {
                    what.push_str(&format!(
                        " ({})",
                        words.gov_policy_domain(&scope.domain, &scope.role.name)
                    ));
                }
                d.head(Mark::Added, what, true);
                d.line(Mark::Added, text.clone());
            }
            Part::ChangePolicy {
                policy: t,
                title,
                text,
                scope,
            } => {
                let found = policy(t);
                d.head(
                    Mark::Changed,
                    words.diff_policy(&t.name),
                    known(found.is_some()),
                );
                if *title != t.name {
                    d.line(Mark::Removed, t.name.clone());
                    d.line(Mark::Added, title.clone());
                }
                if let Some(old) = found {
                    d.line(Mark::Removed, old.text.clone());
                }
                d.line(Mark::Added, text.clone());
                // What it holds on, when that changes too.
                if let Some(scope) = scope {
                    if let Some(old) = found {
                        let was = match &old.domain {
                            Some(on) => words.gov_policy_domain(&on.domain, &on.role),
                            None => words.part_circle_wide().to_owned(),
                        };
                        d.line(Mark::Removed, was);
                    }
                    let now = match scope {
                        PolicyScope::Circle => words.part_circle_wide().to_owned(),
                        PolicyScope::Domain(on) => {
                            words.gov_policy_domain(&on.domain, &on.role.name)
                        }
                    };
                    d.line(Mark::Added, now);
                }
            }
            Part::RemovePolicy { policy: t } => {
                let found = policy(t);
                d.head(
                    Mark::Removed,
                    words.diff_policy(&t.name),
                    known(found.is_some()),
                );
                if let Some(old) = found {
                    d.line(Mark::Removed, old.text.clone());
                }
            }
            Part::MovePolicy {
                policy: t,
                from,
                to,
            } => {
                d.head(
                    Mark::Changed,
                    words.diff_policy(&t.name),
                    known(policy(t).is_some()),
                );
                d.line(Mark::Removed, words.diff_circle(from));
                d.line(Mark::Added, words.diff_circle(to));
            }
            Part::AssignRole {
                role: t,
                person,
                term_end,
            } => {
                d.head(
                    Mark::Changed,
                    words.diff_role(&words.role_target(t)),
                    known(role(t).is_some()),
                );
                d.line(Mark::Added, words.diff_filled(person, *term_end));
            }
        }
    }
    d.lines
}
