//! Starting from what exists: a circle that already has roles imports them
//! once from a human-writable TOML file (`spanning import FILE`, the
//! format is in README, "Importing a circle's governance").
//!
//! The import is itself a dated record entry: a new JSON file in the
//! folder `.governance` inside the sessions folder, never rewritten, read
//! by the fold in time order among the sessions. An imported role that the
//! record already has (same id, or same name) is updated; others are
//! added; nothing is removed by an import.
//!
//! Bad input is refused as a whole, naming the line, and nothing is
//! written.

use std::fs;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::check::has;
use super::{Agreement, Change, Filler, Policy, PolicyDomain, Record, Role, Source, circle_key};
use crate::meeting::{DomainScope, Part, Target};
use crate::record::changes::{BadChange, ChangeProblem};
use crate::store::{OpenError, SessionsDir, open_regular};

/// The folder, inside the sessions folder, that holds import entries.
pub const IMPORTS_DIR: &str = ".governance";

/// The marker every import entry carries.
pub const IMPORT_MARKER: &str = "spanning-governance-import";

/// Largest import file read (4 MiB): hundreds of roles fit easily.
pub const MAX_IMPORT_BYTES: u64 = 4 * 1024 * 1024;

/// One import, as stored in `.governance`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportEntry {
    /// Always [`IMPORT_MARKER`].
    pub format: String,
    /// Entry format version, 1.
    pub version: u32,
    /// When it was imported.
    pub at: DateTime<FixedOffset>,
    /// The file it was imported from (its name).
    pub source: String,
    /// What it holds.
    pub circles: Vec<ImportedCircle>,
}

/// A circle in an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedCircle {
    /// Its name.
    pub name: String,
    /// Its purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Its roles (core roles by their names update the core roles).
    #[serde(default)]
    pub roles: Vec<ImportedRole>,
    /// Its policies.
    #[serde(default)]
    pub policies: Vec<ImportedPolicy>,
}

/// A role in an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedRole {
    /// An id from the system it comes from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name.
    pub name: String,
    /// Its purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Its accountabilities.
    #[serde(default)]
    pub accountabilities: Vec<String>,
    /// Its domains.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// A sub-circle (its own roles under its name).
    #[serde(default)]
    pub sub_circle: bool,
    /// Who fills it.
    #[serde(default)]
    pub fillers: Vec<Filler>,
}

/// A policy in an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedPolicy {
    /// An id from the system it comes from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its title.
    pub title: String,
    /// What it says.
    pub text: String,
    /// The role and domain it is scoped to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<(String, String)>,
    /// As an agreement: driver, review date, criteria.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
}

/// What an import file says wrong; worded by `text`, always with the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    /// The file could not be read.
    Unreadable {
        /// What the system said.
        kind: io::ErrorKind,
    },
    /// Larger than any governance file.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Not TOML at this line.
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// A required key is missing in the table that starts at this line.
    Missing {
        /// Line, from 1.
        line: usize,
        /// The key.
        key: String,
    },
    /// A key spanning does not know (a typo?).
    Unknown {
        /// Line, from 1.
        line: usize,
        /// The key.
        key: String,
    },
    /// A value of the wrong kind (text where a list is expected, ...).
    WrongType {
        /// Line, from 1.
        line: usize,
    },
    /// A name, title or text is empty.
    Empty {
        /// Line, from 1.
        line: usize,
        /// The key.
        key: &'static str,
    },
    /// Not a date (YYYY-MM-DD).
    BadDate {
        /// Line, from 1.
        line: usize,
    },
    /// Two roles of one circle with the same name.
    DuplicateRole {
        /// Line of the second, from 1.
        line: usize,
        /// The name.
        name: String,
    },
    /// Two policies of one circle with the same title.
    DuplicatePolicy {
        /// Line of the second, from 1.
        line: usize,
        /// The title.
        title: String,
    },
    /// A policy scoped to a domain no role of the file holds.
    DomainNotHeld {
        /// Line, from 1.
        line: usize,
        /// The domain.
        domain: String,
        /// The role named.
        role: String,
    },
    /// Roles given at the top level without a circle name.
    NoCircle,
    /// Nothing to import.
    Nothing,
}

/// The TOML a person writes for one circle (see README): `circle = "Name"`
/// at the top, then `[[role]]` and `[[policy]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OneCircle {
    circle: Option<toml::Spanned<String>>,
    purpose: Option<String>,
    #[serde(default)]
    role: Vec<toml::Spanned<TomlRole>>,
    #[serde(default)]
    policy: Vec<toml::Spanned<TomlPolicy>>,
}

/// The TOML for several circles: `[[circle]]` tables, each with its
/// `[[circle.role]]` and `[[circle.policy]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Circles {
    circle: Vec<toml::Spanned<TomlCircle>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlCircle {
    name: toml::Spanned<String>,
    purpose: Option<String>,
    #[serde(default)]
    role: Vec<toml::Spanned<TomlRole>>,
    #[serde(default)]
    policy: Vec<toml::Spanned<TomlPolicy>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlRole {
    id: Option<String>,
    name: toml::Spanned<String>,
    purpose: Option<String>,
    #[serde(default)]
    accountabilities: Vec<String>,
    #[serde(default)]
    domains: Vec<String>,
    notes: Option<String>,
    #[serde(default)]
    sub_circle: bool,
    #[serde(default)]
    filled_by: Vec<toml::Spanned<TomlFiller>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum TomlFiller {
    Name(String),
    Full {
        person: String,
        focus: Option<String>,
        since: Option<toml::value::Datetime>,
        term_end: Option<toml::value::Datetime>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlPolicy {
    id: Option<String>,
    title: toml::Spanned<String>,
    text: String,
    role: Option<String>,
    domain: Option<String>,
    driver: Option<String>,
    review_date: Option<toml::value::Datetime>,
    criteria: Option<String>,
}

/// Line (from 1) of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn spanned_line(text: &str, span: Range<usize>) -> usize {
    line_of(text, span.start)
}

/// Reads the TOML `text` into the circles it holds; `circle` names the
/// circle of top-level roles (`--circle`). Refused as a whole with the
/// first problem, naming its line.
pub fn parse_toml(text: &str, circle: Option<&str>) -> Result<Vec<ImportedCircle>, ImportProblem> {
    // Which of the two shapes: `[[circle]]` tables, or one circle.
    let probe: toml::Table = toml::from_str(text).map_err(|e| toml_problem(text, &e))?;
    let mut circles = Vec::new();
    if matches!(probe.get("circle"), Some(toml::Value::Array(_))) {
        let file: Circles = toml::from_str(text).map_err(|e| toml_problem(text, &e))?;
        for c in &file.circle {
            let c = c.get_ref();
            let name = nonempty(c.name.get_ref(), spanned_line(text, c.name.span()), "name")?;
            circles.push(circle_of(
                text,
                name,
                c.purpose.clone(),
                &c.role,
                &c.policy,
            )?);
        }
    } else {
        let file: OneCircle = toml::from_str(text).map_err(|e| toml_problem(text, &e))?;
        let given = file
            .circle
            .as_ref()
            .map(|n| (n.get_ref().clone(), spanned_line(text, n.span())));
        let (name, line) = circle
            .map(|c| (c.to_owned(), 1))
            .or(given)
            .ok_or(ImportProblem::NoCircle)?;
        let name = nonempty(&name, line, "circle")?;
        circles.push(circle_of(
            text,
            name,
            file.purpose,
            &file.role,
            &file.policy,
        )?);
    }
    if circles
        .iter()
        .all(|c| c.roles.is_empty() && c.policies.is_empty() && c.purpose.is_none())
    {
        return Err(ImportProblem::Nothing);
    }
    Ok(circles)
}

fn nonempty(text: &str, line: usize, key: &'static str) -> Result<String, ImportProblem> {
    let t = text.trim();
    if t.is_empty() {
        Err(ImportProblem::Empty { line, key })
    } else {
        Ok(t.to_owned())
    }
}

fn clean(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in list.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
        if !has(&out, e) {
            out.push(e.to_owned());
        }
    }
    out
}

fn date(d: &toml::value::Datetime, line: usize) -> Result<NaiveDate, ImportProblem> {
    match (d.date, d.time) {
        (Some(date), None) => NaiveDate::from_ymd_opt(
            i32::from(date.year),
            u32::from(date.month),
            u32::from(date.day),
        )
        .ok_or(ImportProblem::BadDate { line }),
        _ => Err(ImportProblem::BadDate { line }),
    }
}

fn circle_of(
    text: &str,
    name: String,
    purpose: Option<String>,
    roles: &[toml::Spanned<TomlRole>],
    policies: &[toml::Spanned<TomlPolicy>],
) -> Result<ImportedCircle, ImportProblem> {
    let mut out = ImportedCircle {
        name,
        purpose: purpose
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty()),
        roles: Vec::new(),
        policies: Vec::new(),
    };
    for r in roles {
        let line = spanned_line(text, r.span());
        let r = r.get_ref();
        let name = nonempty(r.name.get_ref(), spanned_line(text, r.name.span()), "name")?;
        let taken = out.roles.iter().any(|o| {
            circle_key(&o.name) == circle_key(&name)
                || super::CoreRole::named(&o.name).is_some()
                    && super::CoreRole::named(&o.name) == super::CoreRole::named(&name)
        });
        if taken {
            return Err(ImportProblem::DuplicateRole { line, name });
        }
        let mut fillers = Vec::new();
        for f in &r.filled_by {
            let fline = spanned_line(text, f.span());
            fillers.push(match f.get_ref() {
                TomlFiller::Name(person) => Filler {
                    person: nonempty(person, fline, "person")?,
                    focus: None,
                    since: None,
                    term_end: None,
                },
                TomlFiller::Full {
                    person,
                    focus,
                    since,
                    term_end,
                } => Filler {
                    person: nonempty(person, fline, "person")?,
                    focus: focus
                        .as_ref()
                        .map(|f| f.trim().to_owned())
                        .filter(|f| !f.is_empty()),
                    since: since.as_ref().map(|d| date(d, fline)).transpose()?,
                    term_end: term_end.as_ref().map(|d| date(d, fline)).transpose()?,
                },
            });
        }
        out.roles.push(ImportedRole {
            id: r
                .id
                .as_ref()
                .map(|i| i.trim().to_owned())
                .filter(|i| !i.is_empty()),
            name,
            purpose: r
                .purpose
                .as_ref()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty()),
            accountabilities: clean(&r.accountabilities),
            domains: clean(&r.domains),
            notes: r
                .notes
                .as_ref()
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty()),
            sub_circle: r.sub_circle,
            fillers,
        });
    }
    for p in policies {
        let line = spanned_line(text, p.span());
        let p = p.get_ref();
        let title = nonempty(
            p.title.get_ref(),
            spanned_line(text, p.title.span()),
            "title",
        )?;
        if out
            .policies
            .iter()
            .any(|o| circle_key(&o.title) == circle_key(&title))
        {
            return Err(ImportProblem::DuplicatePolicy { line, title });
        }
        let domain = match (&p.role, &p.domain) {
            (None, None) => None,
            (Some(role), Some(domain)) => {
                let held = out
                    .roles
                    .iter()
                    .any(|r| circle_key(&r.name) == circle_key(role) && has(&r.domains, domain));
                if !held {
                    return Err(ImportProblem::DomainNotHeld {
                        line,
                        domain: domain.trim().to_owned(),
                        role: role.trim().to_owned(),
                    });
                }
                Some((role.trim().to_owned(), domain.trim().to_owned()))
            }
            (None, Some(_)) => {
                return Err(ImportProblem::Missing {
                    line,
                    key: "role".to_owned(),
                });
            }
            (Some(_), None) => {
                return Err(ImportProblem::Missing {
                    line,
                    key: "domain".to_owned(),
                });
            }
        };
        let agreement = (p.driver.is_some() || p.review_date.is_some() || p.criteria.is_some())
            .then(|| -> Result<Agreement, ImportProblem> {
                Ok(Agreement {
                    driver: p.driver.as_ref().map(|d| d.trim().to_owned()),
                    review_date: p.review_date.as_ref().map(|d| date(d, line)).transpose()?,
                    criteria: p.criteria.as_ref().map(|c| c.trim().to_owned()),
                })
            })
            .transpose()?;
        out.policies.push(ImportedPolicy {
            id: p
                .id
                .as_ref()
                .map(|i| i.trim().to_owned())
                .filter(|i| !i.is_empty()),
            title,
            text: nonempty(&p.text, line, "text")?,
            domain,
            agreement,
        });
    }
    Ok(out)
}

/// Turns the TOML reader's error into a problem with a line, keeping the
/// kind of mistake (missing key, unknown key, wrong kind of value) and
/// leaving the reader's English words out.
fn toml_problem(text: &str, e: &toml::de::Error) -> ImportProblem {
    let (line, column) = match e.span() {
        Some(span) => {
            let line = line_of(text, span.start);
            let start_of_line = text[..span.start.min(text.len())]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            (line, span.start.saturating_sub(start_of_line) + 1)
        }
        None => (1, 1),
    };
    let message = e.message();
    let quoted = |prefix: &str| {
        message.find(prefix).and_then(|i| {
            let rest = &message[i + prefix.len()..];
            rest.split('`').next().map(str::to_owned)
        })
    };
    if let Some(key) = quoted("missing field `") {
        ImportProblem::Missing { line, key }
    } else if let Some(key) = quoted("unknown field `") {
        ImportProblem::Unknown { line, key }
    } else if message.contains("invalid type") || message.contains("did not match any variant") {
        ImportProblem::WrongType { line }
    } else {
        ImportProblem::Syntax { line, column }
    }
}

/// Reads and checks the import file at `path`.
pub fn read_file(path: &Path, circle: Option<&str>) -> Result<Vec<ImportedCircle>, ImportProblem> {
    let file = open_regular(path).map_err(|e| ImportProblem::Unreadable {
        kind: match e {
            OpenError::Special(_) => io::ErrorKind::InvalidInput,
            OpenError::Io(e) => e.kind(),
        },
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportProblem::Unreadable { kind: e.kind() })?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportProblem::TooLarge {
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.into_bytes()[..at]).into_owned();
        ImportProblem::Syntax {
            line: line_of(&text, at),
            column: 1,
        }
    })?;
    parse_toml(&text, circle)
}

/// The import entries folder of `dir`.
pub fn imports_dir(dir: &SessionsDir) -> PathBuf {
    dir.root().join(IMPORTS_DIR)
}

impl ImportEntry {
    /// An entry for `circles`, imported from `source` at `at`.
    pub fn new(circles: Vec<ImportedCircle>, source: &str, at: DateTime<FixedOffset>) -> Self {
        ImportEntry {
            format: IMPORT_MARKER.to_owned(),
            version: 1,
            at,
            source: source.to_owned(),
            circles,
        }
    }
}

/// Writes `entry` as a new file in `.governance` and returns its path;
/// never overwrites (a name taken gets a number added).
pub fn write_entry(dir: &SessionsDir, entry: &ImportEntry) -> io::Result<PathBuf> {
    let stamp = entry.at.format("%Y-%m-%dT%H%M%S").to_string();
    let bytes = serde_json::to_vec_pretty(entry).map_err(io::Error::other)?;
    crate::record::changes::write_new(&imports_dir(dir), &format!("{stamp}-import"), &bytes)
}

/// Reads every import entry, oldest first (by time, then file name), with
/// each one's file stem; bad files are returned beside them.
pub fn load_entries(dir: &SessionsDir) -> (Vec<(String, ImportEntry)>, Vec<BadChange>) {
    let Ok(read) = fs::read_dir(imports_dir(dir)) else {
        return (Vec::new(), Vec::new());
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    let mut good = Vec::new();
    let mut bad = Vec::new();
    for path in paths {
        match read_entry(&path) {
            Ok(entry) => {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                good.push((stem, entry));
            }
            Err(problem) => bad.push(BadChange { path, problem }),
        }
    }
    good.sort_by(|(a_stem, a), (b_stem, b)| (a.at, a_stem).cmp(&(b.at, b_stem)));
    (good, bad)
}

fn read_entry(path: &Path) -> Result<ImportEntry, ChangeProblem> {
    let file = open_regular(path).map_err(|e| match e {
        OpenError::Special(kind) => ChangeProblem::Special(kind),
        OpenError::Io(e) => ChangeProblem::Unreadable(e.kind()),
    })?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ChangeProblem::Unreadable(e.kind()))?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ChangeProblem::TooLarge {
            limit: MAX_IMPORT_BYTES,
        });
    }
    let entry: ImportEntry =
        serde_json::from_slice(&bytes).map_err(|e| ChangeProblem::Invalid {
            line: e.line(),
            column: e.column(),
        })?;
    if entry.format != IMPORT_MARKER {
        return Err(ChangeProblem::NotAChange);
    }
    if entry.version != 1 {
        return Err(ChangeProblem::Newer {
            version: entry.version,
        });
    }
    Ok(entry)
}

impl Record {
    /// Folds one import entry (`stem`: its file stem, the source's name).
    pub fn import(&mut self, stem: &str, entry: &ImportEntry) {
        let source = Source {
            session: stem.to_owned(),
            imported: true,
            title: entry.source.clone(),
            at: entry.at,
            opened_at: entry.at,
            item: None,
            number: None,
            label: None,
            tension: None,
            proposer: None,
            version: None,
            objections: Vec::new(),
        };
        for c in &entry.circles {
            let key = circle_key(&c.name).replace(' ', "-");
            let circle = self.circle_mut(&c.name);
            circle.name.clone_from(&c.name);
            if c.purpose.is_some() {
                circle.purpose.clone_from(&c.purpose);
            }
            let mut subs = Vec::new();
            for (n, r) in c.roles.iter().enumerate() {
                let part = Part::CreateRole {
                    name: r.name.clone(),
                    purpose: r.purpose.clone(),
                    accountabilities: r.accountabilities.clone(),
                    domains: r.domains.clone(),
                };
                let target = Target {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    base: None,
                };
                let role = match circle.role_index(&target) {
                    Some(i) => &mut circle.roles[i],
                    None => {
                        let id =
                            r.id.clone()
                                .unwrap_or_else(|| format!("{stem}#{key}/r{}", n + 1));
                        circle.roles.push(Role {
                            id,
                            name: r.name.clone(),
                            core: None,
                            purpose: None,
                            accountabilities: Vec::new(),
                            domains: Vec::new(),
                            notes: None,
                            sub_circle: false,
                            fillers: Vec::new(),
                            version: 0,
                            history: Vec::new(),
                        });
                        circle.roles.last_mut().expect("just pushed")
                    }
                };
                if role.core.is_none() {
                    role.name.clone_from(&r.name);
                }
                role.purpose = r.purpose.clone().or(role.purpose.take());
                role.accountabilities.clone_from(&r.accountabilities);
                role.domains.clone_from(&r.domains);
                role.notes.clone_from(&r.notes);
                role.sub_circle = role.sub_circle || r.sub_circle;
                if !r.fillers.is_empty() {
                    role.fillers.clone_from(&r.fillers);
                }
                role.version += 1;
                role.history.push(Change {
                    part,
                    source: source.clone(),
                    version: role.version,
                });
                if role.sub_circle {
                    subs.push((role.name.clone(), role.purpose.clone()));
                }
            }
            for (n, p) in c.policies.iter().enumerate() {
                let domain = p.domain.as_ref().and_then(|(role, domain)| {
                    circle.role_named(role).map(|r| PolicyDomain {
                        role_id: r.id.clone(),
                        role: r.name.clone(),
                        domain: domain.clone(),
                    })
                });
                let part = Part::CreatePolicy {
                    title: p.title.clone(),
                    text: p.text.clone(),
                    domain: domain.as_ref().map(|d| DomainScope {
                        role: Target {
                            id: Some(d.role_id.clone()),
                            name: d.role.clone(),
                            base: None,
                        },
                        domain: d.domain.clone(),
                    }),
                };
                let target = Target {
                    id: p.id.clone(),
                    name: p.title.clone(),
                    base: None,
                };
                let policy = match circle.policy_index(&target) {
                    Some(i) => &mut circle.policies[i],
                    None => {
                        circle.policies.push(Policy {
                            id: p
                                .id
                                .clone()
                                .unwrap_or_else(|| format!("{stem}#{key}/p{}", n + 1)),
                            title: p.title.clone(),
                            text: String::new(),
                            domain: None,
                            agreement: None,
                            version: 0,
                            history: Vec::new(),
                        });
                        circle.policies.last_mut().expect("just pushed")
                    }
                };
                policy.title.clone_from(&p.title);
                policy.text.clone_from(&p.text);
                policy.domain = domain;
                policy.agreement.clone_from(&p.agreement);
                policy.version += 1;
                policy.history.push(Change {
                    part,
                    source: source.clone(),
                    version: policy.version,
                });
            }
            for (name, purpose) in subs {
                let sub = self.circle_mut(&name);
                if sub.purpose.is_none() {
                    sub.purpose = purpose;
                }
            }
        }
    }
}
