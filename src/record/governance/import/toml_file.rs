//! The TOML a person writes (README, "Importing a circle's governance"):
//! one circle with `circle = "Name"` at the top, or `[[circle]]` tables.

use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;

use super::super::check::has;
use super::super::{Agreement, CoreRole, Filler, circle_key};
use super::{ImportProblem, ImportedCircle, ImportedPolicy, ImportedRole, line_of};

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
                || CoreRole::named(&o.name).is_some()
                    && CoreRole::named(&o.name) == CoreRole::named(&name)
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
