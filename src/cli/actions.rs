//! `spanning actions`: what each person has to do, across every circle of
//! the sessions folder, oldest first. Read from the one fold of the folder
//! (src/record), so it says exactly what the next meeting will review.
//! Bad files are named after the list and never stop it.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use super::ExportFormat;
use super::message;
use crate::record::{self, Action, ActionStatus, FolderProblem};
use crate::review::fold::key;
use crate::sanitize::{for_terminal_line, path_for_terminal};
use crate::store::SessionsDir;
use crate::text::{IoDoing, Words};

/// Which actions to list.
#[derive(Debug, Clone, Default)]
pub(super) struct Filter {
    /// Only this circle (matched like circle names: case, accents and
    /// punctuation ignored).
    pub circle: Option<String>,
    /// Only this owner (matched the same way).
    pub owner: Option<String>,
    /// Only open actions.
    pub open_only: bool,
}

/// One person's actions, oldest first.
struct Owned<'a> {
    /// The owner as first written, `None` for nobody's.
    owner: Option<&'a str>,
    /// Each action with its circle's name.
    actions: Vec<(&'a str, &'a Action)>,
}

/// Groups the matching actions per owner: owners by folded name, nobody's
/// last; each owner's actions oldest first.
fn grouped<'a>(folder: &'a record::Folder, filter: &Filter) -> Vec<Owned<'a>> {
    let wanted_owner = filter.owner.as_deref().map(key);
    let mut groups: Vec<(Option<String>, Owned<'a>)> = Vec::new();
    for memory in &folder.circles {
        for action in &memory.work.actions {
            if filter.open_only && action.status != ActionStatus::Open {
                continue;
            }
            let owner_key = action.owner.as_deref().map(key);
            if wanted_owner.is_some() && owner_key != wanted_owner {
                continue;
            }
            let entry = (memory.circle.as_str(), action);
            match groups.iter_mut().find(|(k, _)| *k == owner_key) {
                Some((_, g)) => g.actions.push(entry),
                None => groups.push((
                    owner_key,
                    Owned {
                        owner: action.owner.as_deref(),
                        actions: vec![entry],
                    },
                )),
            }
        }
    }
    groups.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut out: Vec<Owned<'a>> = groups.into_iter().map(|(_, g)| g).collect();
    for g in &mut out {
        g.actions
            .sort_by(|(_, a), (_, b)| (a.at, &a.key).cmp(&(b.at, &b.key)));
    }
    out
}

/// The circles of the folder, as written, for "choose one of".
fn circle_names(folder: &record::Folder) -> String {
    folder
        .circles
        .iter()
        .map(|m| for_terminal_line(&m.circle).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn actions(
    dir: &SessionsDir,
    filter: &Filter,
    format: ExportFormat,
    words: &dyn Words,
) -> Result<ExitCode> {
    let mut folder = record::fold_folder(dir);
    if let Some(problem @ FolderProblem::Unlisted { .. }) = folder.problems.first() {
        return Err(message(problem.message(words)));
    }
    // Short keys must be unique across the folder, not only among the
    // lines shown, or `spanning action` could not take them.
    let all_keys = Endings::of(
        folder
            .circles
            .iter()
            .flat_map(|m| m.work.actions.iter().map(|a| a.key.as_str())),
    );
    if let Some(circle) = &filter.circle {
        let wanted = record::circle_key(circle);
        if !folder
            .circles
            .iter()
            .any(|m| record::circle_key(&m.circle) == wanted)
        {
            return Err(message(words.unknown_circle(
                &for_terminal_line(circle),
                &circle_names(&folder),
            )));
        }
        folder
            .circles
            .retain(|m| record::circle_key(&m.circle) == wanted);
    }
    let groups = grouped(&folder, filter);
    let mut out = std::io::stdout().lock();
    match format {
        ExportFormat::Json => {
            let actions: Vec<Value> = groups
                .iter()
                .flat_map(|g| g.actions.iter())
                .map(|(circle, action)| {
                    let mut value = serde_json::to_value(action).unwrap_or(Value::Null);
                    if let Value::Object(map) = &mut value {
                        map.insert("circle".to_owned(), Value::String((*circle).to_owned()));
                    }
                    value
                })
                .collect();
            let problems: Vec<Value> = folder
                .problems
                .iter()
                .map(|p| {
                    let path = p.path();
                    json!({
                        "path": path.to_string_lossy(),
                        "message": p.message(words),
                    })
                })
                .collect();
            let doc = json!({ "actions": actions, "problems": problems });
            // serde_json escapes control characters, so the JSON is safe
            // to print as it is.
            writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        }
        ExportFormat::Markdown => {
            write_markdown(&mut out, &all_keys, &groups, filter, words)?;
            if !folder.problems.is_empty() {
                writeln!(out)?;
                writeln!(out, "{}", words.unreadable_heading())?;
                for p in &folder.problems {
                    writeln!(out, "  {}", for_terminal_line(&p.message(words)))?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Every action key of the folder, for asking how many end a given way:
/// each key's bytes reversed, sorted, so the keys ending with a text are
/// the run starting with that text reversed. Asking costs a search, not a
/// pass over every key (which made `spanning actions` quadratic: 12,000
/// keys in a 10,000-session folder meant 144 million comparisons).
struct Endings(Vec<Vec<u8>>);

impl Endings {
    fn of<'a>(keys: impl Iterator<Item = &'a str>) -> Self {
        let mut reversed: Vec<Vec<u8>> = keys.map(|k| k.bytes().rev().collect()).collect();
        reversed.sort_unstable();
        Self(reversed)
    }

    /// How many keys end with `tail` (as `str::ends_with` counts them).
    fn ending_with(&self, tail: &str) -> usize {
        let wanted: Vec<u8> = tail.bytes().rev().collect();
        let from = self.0.partition_point(|k| k.as_slice() < wanted.as_slice());
        self.0[from..].partition_point(|k| k.starts_with(&wanted))
    }
}

/// The handle people type: the session's random suffix and the action's
/// place ("1234#a3"), or the whole key when that is not unique.
fn short_key(all: &Endings, action: &Action) -> String {
    let short = short_form(&action.key);
    if all.ending_with(short) == 1 {
        short.to_owned()
    } else {
        action.key.clone()
    }
}

fn short_form(key: &str) -> &str {
    match key.split_once('#') {
        Some((session, _)) => session.rfind('-').map_or(key, |i| &key[i + 1..]),
        None => key,
    }
}

/// The actions whose key ends with `given` (a short handle or the whole
/// key).
fn matching<'a>(folder: &'a record::Folder, given: &str) -> Vec<&'a Action> {
    let given = given.trim();
    folder
        .circles
        .iter()
        .flat_map(|m| m.work.actions.iter())
        .filter(|a| {
            a.key == given
                || (a.key.ends_with(given) && a.key[..a.key.len() - given.len()].ends_with('-'))
        })
        .collect()
}

/// `spanning action KEY STATUS`: records a status change made between
/// meetings as a new file (see `record::changes`).
pub(super) fn mark(
    dir: &SessionsDir,
    key: &str,
    status: ActionStatus,
    note: Option<String>,
    words: &dyn Words,
) -> Result<ExitCode> {
    let folder = record::fold_folder(dir);
    if let Some(problem @ FolderProblem::Unlisted { .. }) = folder.problems.first() {
        return Err(message(problem.message(words)));
    }
    let found = matching(&folder, key);
    let [action] = found.as_slice() else {
        return Err(message(
            words.unknown_action(&for_terminal_line(key), found.len()),
        ));
    };
    let now = chrono::Local::now().fixed_offset();
    let change = record::changes::Change::new(&action.key, status, note, now);
    let folder = path_for_terminal(&record::changes::changes_dir(dir));
    let path = record::changes::write_change(dir, &change)
        .with_context(|| words.io_doing(IoDoing::WriteFile, &folder))?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}",
        for_terminal_line(&words.change_written(&action.text, status, &path.display().to_string()))
    )?;
    Ok(ExitCode::SUCCESS)
}

fn write_markdown(
    out: &mut impl Write,
    all: &Endings,
    groups: &[Owned<'_>],
    filter: &Filter,
    words: &dyn Words,
) -> Result<()> {
    if groups.is_empty() {
        let owner = filter.owner.as_deref().map(for_terminal_line);
        writeln!(
            out,
            "{}",
            words.no_actions(filter.open_only, owner.as_deref())
        )?;
        return Ok(());
    }
    writeln!(out, "# {}", words.action_list_heading(filter.open_only))?;
    for group in groups {
        writeln!(out)?;
        let owner = group.owner.map_or_else(
            || words.no_owner().to_owned(),
            |o| for_terminal_line(o).into_owned(),
        );
        writeln!(out, "## {owner}")?;
        for (circle, action) in &group.actions {
            let mark = match action.status {
                ActionStatus::Open => "[ ]",
                ActionStatus::Done => "[x]",
                ActionStatus::Dropped => "[-]",
            };
            let mut line = format!("- {mark} {}", for_terminal_line(&action.text));
            if let Some(role) = &action.role {
                line.push_str(&format!(" ({})", for_terminal_line(role)));
            }
            line.push_str(" — ");
            line.push_str(&for_terminal_line(&words.action_origin(circle, action)));
            if action.status != ActionStatus::Open {
                line.push_str(&format!(" · {}", words.action_status(action.status)));
                if let Some(change) = &action.changed {
                    line.push_str(&format!(" {}", words.day(change.at.date_naive())));
                    if let Some(note) = &change.note {
                        line.push_str(&format!(": {}", for_terminal_line(note)));
                    }
                }
            }
            line.push_str(&format!(
                " · `{}`",
                for_terminal_line(&short_key(all, action))
            ));
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Endings;

    proptest! {
        /// The index counts exactly what a pass over every key counts, for
        /// keys that share endings, have no dash, or hold wide characters.
        #[test]
        fn endings_count_as_a_pass_over_every_key(
            keys in proptest::collection::vec("[a-c0-2é#-]{0,8}", 0..40),
            tail in "[a-c0-2é#-]{0,4}",
        ) {
            let index = Endings::of(keys.iter().map(String::as_str));
            let mut asked: Vec<&str> = keys.iter().map(String::as_str).collect();
            asked.push(&tail);
            for wanted in asked {
                let passed = keys.iter().filter(|k| k.ends_with(wanted)).count();
                prop_assert_eq!(index.ending_with(wanted), passed, "{:?}", wanted);
            }
        }
    }
}
