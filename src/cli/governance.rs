//! The governance record on the command line: `spanning import`,
//! `spanning record`, `spanning history`, and the record's conflicts in
//! `spanning check`. Read from the one fold of the folder (src/record), so
//! it says exactly what the next meeting starts from.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;

use super::{ExportFormat, message};
use crate::minutes::governance::{
    Derived, history_markdown, record_json, record_markdown, role_name,
};
use crate::record::governance::{self, Change, Circle, ImportEntry, Record, import};
use crate::record::{FolderProblem, circle_key};
use crate::sanitize::{for_terminal, for_terminal_line};
use crate::store::SessionsDir;
use crate::text::Words;

/// `spanning import FILE [--circle C]`: checks the whole file first, then
/// writes one new entry in `.governance`; bad input writes nothing.
pub(super) fn import(
    dir: &SessionsDir,
    file: &Path,
    circle: Option<&str>,
    words: &dyn Words,
) -> Result<ExitCode> {
    let shown = for_terminal_line(&file.display().to_string()).into_owned();
    let (export, circles) = import::read_file_as(file, circle)
        .map_err(|p| message(words.import_problem(&shown, &p)))?;
    let roles = circles.iter().map(|c| c.roles.len()).sum();
    let policies = circles.iter().map(|c| c.policies.len()).sum();
    let count = circles.len();
    let name = file
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let now = chrono::Local::now().fixed_offset();
    // Whole seconds, as every time spanning writes.
    let now = chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now);
    let entry = ImportEntry::new(circles, &name, now);
    let path = import::write_entry(dir, &entry)?;
    let mut out = std::io::stdout().lock();
    if let Some(export) = export {
        writeln!(out, "{}", words.imported_from(export))?;
    }
    writeln!(
        out,
        "{}",
        for_terminal_line(&words.imported(&path.display().to_string(), count, roles, policies))
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Reads `--as-of`: a day (`2025-06-30`).
fn as_of(given: Option<&str>, words: &dyn Words) -> Result<Option<NaiveDate>> {
    given
        .map(|g| {
            NaiveDate::parse_from_str(g.trim(), "%Y-%m-%d")
                .map_err(|_| message(words.bad_as_of(&for_terminal_line(g))))
        })
        .transpose()
}

/// The record of the folder as of a day, refusing only an unlistable
/// folder; other unreadable files are said on stderr.
fn folded(
    dir: &SessionsDir,
    day: Option<NaiveDate>,
    words: &dyn Words,
) -> Result<(Record, governance::Stats)> {
    let (record, stats, problems) =
        governance::fold(dir, |t| day.is_none_or(|d| t.date_naive() <= d));
    if let Some(problem @ FolderProblem::Unlisted { .. }) = problems.first() {
        return Err(message(problem.message(words)));
    }
    if !problems.is_empty() {
        let mut err = std::io::stderr().lock();
        writeln!(err, "{}", words.unreadable_heading())?;
        for p in &problems {
            writeln!(err, "  {}", for_terminal_line(&p.message(words)))?;
        }
    }
    Ok((record, stats))
}

fn circle_names(record: &Record) -> String {
    record
        .circles
        .values()
        .map(|c| for_terminal_line(&c.name).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `spanning record [--circle C] [--as-of DATE] [--format markdown|json]`.
pub(super) fn record(
    dir: &SessionsDir,
    circle: Option<&str>,
    as_of_day: Option<&str>,
    format: ExportFormat,
    words: &dyn Words,
) -> Result<ExitCode> {
    let day = as_of(as_of_day, words)?;
    let (record, stats) = folded(dir, day, words)?;
    let circles: Vec<&Circle> = match circle {
        Some(c) => match record.circle(c) {
            Some(found) => vec![found],
            None if record.circles.is_empty() => {
                writeln!(
                    std::io::stdout().lock(),
                    "{}",
                    for_terminal_line(&words.no_record(c))
                )?;
                return Ok(ExitCode::SUCCESS);
            }
            None => {
                return Err(message(
                    words.unknown_circle(&for_terminal_line(c), &circle_names(&record)),
                ));
            }
        },
        None => record.circles.values().collect(),
    };
    let derived = Derived {
        as_of: day,
        sessions: stats.sessions,
        imports: stats.imports,
    };
    let mut out = std::io::stdout().lock();
    match format {
        ExportFormat::Json => {
            // serde_json escapes control characters: safe as it is.
            let doc = record_json(&record, &circles, derived);
            writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        }
        ExportFormat::Markdown if circles.is_empty() => {
            let folder = dir.root().display().to_string();
            writeln!(out, "{}", for_terminal_line(&words.no_record(&folder)))?;
        }
        ExportFormat::Markdown => {
            let text = record_markdown(&record, &circles, derived, words);
            write!(out, "{}", for_terminal(&text))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `spanning history ROLE-OR-POLICY [--circle C]`: every change of each
/// role or policy with that name (or id), removed ones too.
pub(super) fn history(
    dir: &SessionsDir,
    subject: &str,
    circle: Option<&str>,
    words: &dyn Words,
) -> Result<ExitCode> {
    let (record, _) = folded(dir, None, words)?;
    let wanted = circle_key(subject);
    let mut found: Vec<(String, bool, &Circle, &[Change])> = Vec::new();
    let mut known: Vec<String> = Vec::new();
    for c in record.circles.values() {
        if circle.is_some_and(|want| circle_key(want) != circle_key(&c.name)) {
            continue;
        }
        for role in c.roles.iter().chain(&c.removed_roles) {
            known.push(role_name(role, words));
            if role.is_named(subject) || role.id == subject.trim() {
                found.push((role_name(role, words), false, c, &role.history));
            }
        }
        for policy in c.policies.iter().chain(&c.removed_policies) {
            known.push(policy.title.clone());
            if circle_key(&policy.title) == wanted || policy.id == subject.trim() {
                found.push((policy.title.clone(), true, c, &policy.history));
            }
        }
    }
    if found.is_empty() {
        known.sort();
        known.dedup();
        known.truncate(30);
        return Err(message(words.unknown_subject(
            &for_terminal_line(subject),
            &for_terminal_line(&known.join(", ")),
        )));
    }
    let mut out = std::io::stdout().lock();
    for (n, (name, policy, c, history)) in found.into_iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let title = words.history_title(&name, policy, &c.name);
        write!(
            out,
            "{}",
            for_terminal(&history_markdown(&title, history, words))
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
