//! Starting from what exists: a circle that already has roles imports them
//! once from a human-writable TOML file (`spanning import FILE`, the
//! format is in README, "Importing a circle's governance"), or from a
//! GlassFrog or Holaspirit JSON export ([`parse_json`]; the shapes read
//! are in README too).
//!
//! The import is itself a dated record entry: a new JSON file in the
//! folder `.governance` inside the sessions folder, never rewritten, read
//! by the fold in time order among the sessions. An imported role that the
//! record already has (same id, or same name) is updated; others are
//! added; nothing is removed by an import.
//!
//! Bad input is refused as a whole, naming the line, and nothing is
//! written.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{Agreement, Change, Filler, Policy, PolicyDomain, Record, Role, Source, circle_key};
use crate::meeting::{DomainScope, Part, Target};
use crate::record::changes::{BadChange, ChangeProblem};
use crate::store::{OpenError, SessionsDir, open_regular};

mod glassfrog;
mod holaspirit;
mod json;
mod toml_file;

pub use toml_file::parse_toml;

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
    /// A `.json` file (or one that starts like JSON) that is not JSON.
    NotJson {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
    },
    /// JSON, but neither a GlassFrog nor a Holaspirit export.
    UnknownExport,
    /// A value of the wrong kind in a JSON export.
    JsonShape {
        /// Where.
        at: JsonAt,
        /// What spanning expected there.
        expected: JsonKind,
    },
    /// A required key is missing in the JSON object at `at`.
    JsonMissing {
        /// The object that lacks it.
        at: JsonAt,
        /// The key.
        key: String,
    },
    /// A name or title is empty in a JSON export.
    JsonEmpty {
        /// Where.
        at: JsonAt,
    },
    /// An id that names nothing in the export.
    JsonUnknownRef {
        /// Where the id is.
        at: JsonAt,
        /// What it should name.
        kind: RefKind,
        /// The id.
        id: String,
    },
    /// Two roles of one circle with the same name in a JSON export.
    JsonDuplicateRole {
        /// The second.
        at: JsonAt,
        /// The name.
        name: String,
        /// The circle.
        circle: String,
    },
    /// Two policies of one circle with the same title in a JSON export.
    JsonDuplicatePolicy {
        /// The second.
        at: JsonAt,
        /// The title.
        title: String,
        /// The circle.
        circle: String,
    },
    /// A policy scoped to a domain its role does not hold.
    JsonDomainNotHeld {
        /// The policy.
        at: JsonAt,
        /// The domain.
        domain: String,
        /// The role named.
        role: String,
    },
    /// Not a date in a JSON export.
    JsonBadDate {
        /// Where.
        at: JsonAt,
    },
    /// A role or policy that says no circle (and no --circle given).
    JsonNoCircle {
        /// The role or policy.
        at: JsonAt,
    },
}

/// Where something is in a JSON export: for the messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonAt {
    /// The line its value starts on, from 1.
    pub line: usize,
    /// Its path (`roles[2].links.circle`).
    pub path: String,
}

/// The kind of JSON value spanning expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// `{ ... }`.
    Object,
    /// `[ ... ]`.
    List,
    /// `"text"`.
    Text,
    /// An id: a number or a text.
    Id,
}

/// What an id in an export should name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A circle.
    Circle,
    /// A role.
    Role,
    /// A person (GlassFrog) or member (Holaspirit).
    Person,
    /// An accountability.
    Accountability,
    /// A domain.
    Domain,
    /// A policy.
    Policy,
}

/// Which system a JSON export comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// GlassFrog (API v3 responses).
    GlassFrog,
    /// Holaspirit (API responses).
    Holaspirit,
}

/// Line (from 1) of byte offset `at` in `text`.
pub(super) fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Reads and checks the import file at `path`.
pub fn read_file(path: &Path, circle: Option<&str>) -> Result<Vec<ImportedCircle>, ImportProblem> {
    read_file_as(path, circle).map(|(_, circles)| circles)
}

/// Reads and checks the import file at `path`, saying which system's
/// export it was (none: the TOML a person writes).
pub fn read_file_as(
    path: &Path,
    circle: Option<&str>,
) -> Result<(Option<Export>, Vec<ImportedCircle>), ImportProblem> {
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
    parse_as(
        &text,
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json")),
        circle,
    )
}

/// Reads an import file's `text`: a GlassFrog or Holaspirit JSON export
/// when `json` (the file is named `.json`) or when the text starts like
/// JSON, else the TOML a person writes. `circle` (`--circle`) names the
/// circle of roles and policies the file gives without one.
pub fn parse(
    text: &str,
    json: bool,
    circle: Option<&str>,
) -> Result<Vec<ImportedCircle>, ImportProblem> {
    parse_as(text, json, circle).map(|(_, circles)| circles)
}

/// [`parse`], saying which system's export it was (none: TOML).
pub fn parse_as(
    text: &str,
    json: bool,
    circle: Option<&str>,
) -> Result<(Option<Export>, Vec<ImportedCircle>), ImportProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    let value = if json || start.starts_with('{') {
        Some(
            serde_json::from_str::<serde_json::Value>(text).map_err(|e| {
                ImportProblem::NotJson {
                    line: e.line().max(1),
                    column: e.column().max(1),
                }
            })?,
        )
    } else if start.starts_with('[') {
        // `[[circle]]` starts a TOML file too: JSON only if it reads.
        serde_json::from_str::<serde_json::Value>(text).ok()
    } else {
        None
    };
    match value {
        Some(value) => parse_json(text, &value, circle).map(|(e, circles)| (Some(e), circles)),
        None => parse_toml(text, circle).map(|circles| (None, circles)),
    }
}

/// Reads a JSON export already parsed into `value` (`text`, for the lines
/// of the messages): which system it comes from, and its circles.
pub fn parse_json(
    text: &str,
    value: &serde_json::Value,
    circle: Option<&str>,
) -> Result<(Export, Vec<ImportedCircle>), ImportProblem> {
    let doc = json::Doc::new(text);
    let export = detect(value).ok_or(ImportProblem::UnknownExport)?;
    let circles = match export {
        Export::GlassFrog => glassfrog::read(&doc, value, circle)?,
        Export::Holaspirit => holaspirit::read(&doc, value, circle)?,
    };
    if circles
        .iter()
        .all(|c| c.roles.is_empty() && c.policies.is_empty() && c.purpose.is_none())
    {
        return Err(ImportProblem::Nothing);
    }
    Ok((export, circles))
}

/// Which system `value` comes from: Holaspirit answers carry `data` at
/// the top, GlassFrog answers `roles`, `circles` or `policies`; a list of
/// answers (pages, or several endpoints saved together) is read whole.
fn detect(value: &serde_json::Value) -> Option<Export> {
    let answers: Vec<&serde_json::Map<String, serde_json::Value>> = match value {
        serde_json::Value::Array(items) => items.iter().filter_map(|v| v.as_object()).collect(),
        one => one.as_object().into_iter().collect(),
    };
    if answers.iter().any(|a| a.contains_key("data")) {
        Some(Export::Holaspirit)
    } else if answers.iter().any(|a| {
        ["roles", "circles", "policies"]
            .iter()
            .any(|k| a.contains_key(*k))
    }) {
        Some(Export::GlassFrog)
    } else {
        None
    }
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
    let paths = crate::record::changes::entry_paths(&imports_dir(dir));
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
