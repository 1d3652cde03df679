//! The governance record as documents: Markdown a circle can commit as
//! `GOVERNANCE.md` (readable on its own), the structured JSON for tools,
//! the history of one role or policy ("governance blame"), and the
//! governance changes an adopted item made, in the minutes.
//!
//! Every text from the record is untrusted (it comes from session and
//! import files) and goes through [`escape`](super::escape); every fixed
//! word comes from [`crate::text::GovernanceWords`].

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::escape::{block, inline};
use super::{Minutes, md};
use crate::meeting::state::Item;
use crate::record::governance::{Change, Circle, Policy, Record, Role};
use crate::text::Words;
use crate::text::governance::RecordLabel;

/// The `format` field of the record's JSON.
pub const RECORD_FORMAT: &str = "spanning-governance";

/// Where a record was folded from, for its introduction line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Derived {
    /// As of this day (`--as-of`), or as it stands.
    pub as_of: Option<NaiveDate>,
    /// How many sessions the folder held (up to `as_of`).
    pub sessions: usize,
    /// How many import entries.
    pub imports: usize,
}

/// The record of `circles` (their [`Circle`]s, in order) as Markdown.
pub fn record_markdown(
    record: &Record,
    circles: &[&Circle],
    derived: Derived,
    words: &dyn Words,
) -> String {
    let mut out = String::new();
    for (n, circle) in circles.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        circle_markdown(&mut out, circle, derived, words);
        for (label, list) in [
            (RecordLabel::Conflicts, &record.conflicts),
            (RecordLabel::NotApplied, &record.not_applied),
        ] {
            let lines: Vec<String> = list
                .iter()
                .filter(|c| {
                    crate::record::circle_key(&c.circle) == crate::record::circle_key(&circle.name)
                })
                .map(|c| inline(&words.conflict(c)))
                .collect();
            if lines.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {}\n\n", words.record_label(label)));
            for c in lines {
                out.push_str(&format!("- {c}\n"));
            }
        }
    }
    out
}

fn circle_markdown(out: &mut String, circle: &Circle, derived: Derived, words: &dyn Words) {
    let label = |l| words.record_label(l);
    out.push_str(&format!("# {}\n\n", md(&words.record_title(&circle.name))));
    out.push_str(&format!(
        "{}\n",
        words.record_intro(derived.as_of, derived.sessions, derived.imports)
    ));
    if let Some(purpose) = &circle.purpose {
        out.push_str(&format!(
            "\n**{}:** {}\n",
            label(RecordLabel::Purpose),
            md(purpose)
        ));
    }
    out.push_str(&format!("\n## {}\n", label(RecordLabel::Roles)));
    for role in &circle.roles {
        role_markdown(out, role, words);
    }
    if !circle.policies.is_empty() {
        out.push_str(&format!("\n## {}\n", label(RecordLabel::Policies)));
        for policy in &circle.policies {
            policy_markdown(out, policy, words);
        }
    }
    let subs: Vec<&Role> = circle.sub_circles().collect();
    if !subs.is_empty() {
        out.push_str(&format!("\n## {}\n\n", label(RecordLabel::SubCircles)));
        for s in subs {
            out.push_str(&format!("- {}\n", md(&s.name)));
        }
    }
}

/// A role's name as shown: a core role in the reader's language.
pub fn role_name(role: &Role, words: &dyn Words) -> String {
    match role.core {
        Some(core) if role.name == core.name() => words.core_role(core).to_owned(),
        _ => role.name.clone(),
    }
}

fn role_markdown(out: &mut String, role: &Role, words: &dyn Words) {
    let label = |l| words.record_label(l);
    let mut tags = Vec::new();
    if role.core.is_some() {
        tags.push(label(RecordLabel::CoreTag));
    }
    if role.sub_circle {
        tags.push(label(RecordLabel::SubCircleTag));
    }
    let tags = if tags.is_empty() {
        String::new()
    } else {
        format!(" ({})", tags.join(", "))
    };
    out.push_str(&format!("\n### {}{tags}\n\n", md(&role_name(role, words))));
    if let Some(purpose) = &role.purpose {
        out.push_str(&format!(
            "**{}:** {}\n\n",
            label(RecordLabel::Purpose),
            md(purpose)
        ));
    }
    for (heading, list) in [
        (RecordLabel::Accountabilities, &role.accountabilities),
        (RecordLabel::Domains, &role.domains),
    ] {
        if list.is_empty() {
            continue;
        }
        out.push_str(&format!("**{}:**\n\n", label(heading)));
        for e in list {
            out.push_str(&format!("- {}\n", md(e)));
        }
        out.push('\n');
    }
    let fillers: Vec<String> = role.fillers.iter().map(|f| md(&words.filler(f))).collect();
    let fillers = if fillers.is_empty() {
        label(RecordLabel::Unfilled).to_owned()
    } else {
        fillers.join(", ")
    };
    out.push_str(&format!(
        "**{}:** {fillers}\n",
        label(RecordLabel::FilledBy)
    ));
    if let Some(notes) = &role.notes {
        out.push_str(&format!(
            "\n**{}:** {}\n",
            label(RecordLabel::Notes),
            md(notes)
        ));
    }
    if let Some(last) = role.history.last() {
        out.push_str(&format!(
            "\n*{}: {}*\n",
            label(RecordLabel::From),
            md(&words.source(&last.source))
        ));
    }
}

fn policy_markdown(out: &mut String, policy: &Policy, words: &dyn Words) {
    out.push_str(&format!("\n### {}\n\n", md(&policy.title)));
    out.push_str(&block(&policy.text));
    if let Some(scope) = &policy.domain {
        out.push_str(&format!(
            "\n{}\n",
            md(&words.policy_scope(&scope.role, &scope.domain))
        ));
    }
    if let Some(agreement) = &policy.agreement {
        if let Some(driver) = &agreement.driver {
            out.push_str(&format!(
                "\n**{}:** {}\n",
                words.record_label(RecordLabel::Driver),
                md(driver)
            ));
        }
        if let Some(review) = words.agreement_review(agreement) {
            out.push_str(&format!("\n{}\n", md(&review)));
        }
    }
    if let Some(last) = policy.history.last() {
        out.push_str(&format!(
            "\n*{}: {}*\n",
            words.record_label(RecordLabel::From),
            md(&words.source(&last.source))
        ));
    }
}

/// The record of `circles` as JSON for tools: every field, with the
/// history of every role and policy, and the conflicts.
pub fn record_json(record: &Record, circles: &[&Circle], derived: Derived) -> Value {
    let keys: Vec<String> = circles
        .iter()
        .map(|c| crate::record::circle_key(&c.name))
        .collect();
    json!({
        "format": RECORD_FORMAT,
        "version": 1,
        "as_of": derived.as_of,
        "sessions": derived.sessions,
        "imports": derived.imports,
        "circles": circles,
        "conflicts": record
            .conflicts
            .iter()
            .filter(|c| keys.contains(&crate::record::circle_key(&c.circle)))
            .collect::<Vec<_>>(),
        "not_applied": record
            .not_applied
            .iter()
            .filter(|c| keys.contains(&crate::record::circle_key(&c.circle)))
            .collect::<Vec<_>>(),
    })
}

/// One role's or policy's history as Markdown: each change with its date,
/// session, item, proposer, tension and integrated objections.
pub fn history_markdown(title: &str, history: &[Change], words: &dyn Words) -> String {
    let mut out = format!("# {}\n\n", md(title));
    for change in history {
        out.push_str(&format!(
            "- v{} — {}\n  - {}\n",
            change.version,
            md(&words.part(&change.part)),
            md(&words.source(&change.source))
        ));
        for o in &change.source.objections {
            out.push_str(&format!("  - {}\n", md(&words.integrated(o))));
        }
    }
    out
}

impl Minutes<'_> {
    /// Under an adopted decision: the governance changes it made, one line
    /// each the way a member reads them.
    pub(super) fn governance_changes(&mut self, item: &Item) {
        if item.is_election() {
            return;
        }
        let people: Vec<String> = self
            .state
            .people
            .iter()
            .map(|p| p.who.name.clone())
            .collect();
        let parts = item.adopted_parts(self.setup.opened_at, &people);
        if parts.is_empty() {
            return;
        }
        self.blank();
        let heading = format!(
            "**{}:**",
            self.w.record_label(RecordLabel::GovernanceChanges)
        );
        self.line(&heading);
        self.blank();
        for part in &parts {
            let line = md(&self.w.part(part));
            self.bullet(&line);
        }
    }
}
