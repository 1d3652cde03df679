//! A Holaspirit export: the answers of its API (`GET
//! /api/organizations/{id}/roles`, `.../circles`, `.../policies`) saved as
//! JSON, one answer or a list of them (pages, or several endpoints).
//!
//! Each answer has `data` (a list, or one object) and may have `linked`
//! with what the data refers to by id: `members`, `accountabilities`,
//! `domains`, `circles`, `roles`, `policies`. In `data`, an object with a
//! `title` and no `name` is a policy `{id, title, body, circle, domain,
//! domainRole}`; one with `coreRoles`, `subRoles` or `rolesCount` is a
//! circle `{id, name, parentCircle}`; any other is a role `{id,
//! name, purpose, parentCircle, circle, accountabilities, domains,
//! members}`. A role's `circle` is the circle it is expanded into (its
//! sub-circle); its `parentCircle` the circle it belongs to.
//! Accountabilities and domains are texts, objects with a `description`,
//! or ids of `linked` ones; members are ids of `linked.members`
//! (`displayName`, else `firstName` and `lastName`). Everything else is
//! ignored. Bodies and descriptions may be HTML: they are made plain.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::glassfrog::{answers, dedup};
use super::json::{Circles, Doc, Path, id_of};
use super::{ImportProblem, ImportedCircle, ImportedPolicy, ImportedRole, RefKind};
use crate::record::governance::Filler;

type Obj = Map<String, Value>;
type Found<'v> = (Option<String>, Path, &'v Obj);

#[derive(Default)]
struct Index<'v> {
    circles: Vec<Found<'v>>,
    roles: Vec<Found<'v>>,
    policies: Vec<Found<'v>>,
    members: HashMap<String, String>,
    /// `None`: the file has no `linked.accountabilities` (texts are texts).
    accountabilities: Option<HashMap<String, String>>,
    /// id → (description, role id).
    domains: Option<HashMap<String, (String, Option<String>)>>,
}

fn push<'v>(into: &mut Vec<Found<'v>>, found: Found<'v>) {
    if found
        .0
        .as_ref()
        .is_none_or(|id| !into.iter().any(|(i, ..)| i.as_ref() == Some(id)))
    {
        into.push(found);
    }
}

/// A circle of the circles endpoint (a role expanded into a circle, as
/// the roles endpoint gives it, has none of these).
fn is_circle(o: &Obj) -> bool {
    ["coreRoles", "subRoles", "rolesCount"]
        .iter()
        .any(|k| o.contains_key(*k))
}

fn is_policy(o: &Obj) -> bool {
    o.contains_key("title") && !o.contains_key("name")
}

fn member_name(doc: &Doc<'_>, o: &Obj, path: &Path) -> Result<String, ImportProblem> {
    if let Some(name) = doc.text(o, "displayName", path)? {
        return Ok(name);
    }
    let first = doc.text(o, "firstName", path)?;
    let last = doc.text(o, "lastName", path)?;
    match (first, last) {
        (Some(f), Some(l)) => Ok(format!("{f} {l}")),
        (Some(one), None) | (None, Some(one)) => Ok(one),
        (None, None) => Err(ImportProblem::JsonMissing {
            at: doc.at(path),
            key: "displayName".into(),
        }),
    }
}

fn index<'v>(doc: &Doc<'_>, answers: &[(Path, &'v Obj)]) -> Result<Index<'v>, ImportProblem> {
    let mut ix = Index::default();
    for (path, a) in answers {
        let dp = path.key("data");
        let data: Vec<(Path, &Value)> = match a.get("data") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(n, v)| (dp.index(n), v))
                .collect(),
            Some(one) => vec![(dp.clone(), one)],
        };
        for (p, v) in data {
            let o = doc.object(v, &p)?;
            let found = (doc.id_at(o, "id", &p)?, p, o);
            if is_policy(o) {
                push(&mut ix.policies, found);
            } else if is_circle(o) {
                push(&mut ix.circles, found);
            } else {
                push(&mut ix.roles, found);
            }
        }
    }
    for (path, a) in answers {
        let lp = path.key("linked");
        let linked = match a.get("linked") {
            None | Some(Value::Null) => continue,
            Some(v) => doc.object(v, &lp)?,
        };
        for (key, into) in [
            ("circles", &mut ix.circles),
            ("roles", &mut ix.roles),
            ("policies", &mut ix.policies),
        ] {
            for (n, v) in doc.list(linked, key, &lp)?.iter().enumerate() {
                let p = lp.key(key).index(n);
                let o = doc.object(v, &p)?;
                push(into, (doc.id_at(o, "id", &p)?, p, o));
            }
        }
        for (n, v) in doc.list(linked, "members", &lp)?.iter().enumerate() {
            let p = lp.key("members").index(n);
            let o = doc.object(v, &p)?;
            if let Some(id) = doc.id_at(o, "id", &p)? {
                let name = member_name(doc, o, &p)?;
                ix.members.entry(id).or_insert(name);
            }
        }
        if linked.contains_key("accountabilities") {
            let into = ix.accountabilities.get_or_insert_with(HashMap::new);
            for (n, v) in doc
                .list(linked, "accountabilities", &lp)?
                .iter()
                .enumerate()
            {
                let p = lp.key("accountabilities").index(n);
                let o = doc.object(v, &p)?;
                if let Some(id) = doc.id_at(o, "id", &p)? {
                    let text = doc.required(o, "description", &p)?;
                    into.entry(id).or_insert(text);
                }
            }
        }
        if linked.contains_key("domains") {
            let into = ix.domains.get_or_insert_with(HashMap::new);
            for (n, v) in doc.list(linked, "domains", &lp)?.iter().enumerate() {
                let p = lp.key("domains").index(n);
                let o = doc.object(v, &p)?;
                if let Some(id) = doc.id_at(o, "id", &p)? {
                    let text = doc.required(o, "description", &p)?;
                    let role = doc.id_at(o, "role", &p)?;
                    into.entry(id).or_insert((text, role));
                }
            }
        }
    }
    Ok(ix)
}

/// The name of circle `id` (referred to at `path`): the circle's own, or
/// the name of the role expanded into it.
fn circle_name(
    doc: &Doc<'_>,
    ix: &Index<'_>,
    id: &str,
    path: &Path,
) -> Result<String, ImportProblem> {
    if let Some((_, cp, c)) = ix.circles.iter().find(|(i, ..)| i.as_deref() == Some(id)) {
        return doc.required(c, "name", cp);
    }
    if let Some((_, rp, r)) = ix
        .roles
        .iter()
        .find(|(_, _, r)| r.get("circle").and_then(id_of).as_deref() == Some(id))
    {
        return doc.required(r, "name", rp);
    }
    Err(ImportProblem::JsonUnknownRef {
        at: doc.at(path),
        kind: RefKind::Circle,
        id: id.to_owned(),
    })
}

/// A role's `accountabilities` or `domains`: texts, objects with a
/// description, or ids of `known` (when the file links them).
fn entries<'k, T>(
    doc: &Doc<'_>,
    r: &Obj,
    path: &Path,
    key: &str,
    known: Option<&'k HashMap<String, T>>,
    text_of: impl Fn(&'k T) -> String,
    kind: RefKind,
) -> Result<Vec<(Option<String>, String)>, ImportProblem> {
    let mut out = Vec::new();
    for (n, v) in doc.list(r, key, path)?.iter().enumerate() {
        let p = path.key(key).index(n);
        match v {
            Value::Object(o) => {
                out.push((doc.id_at(o, "id", &p)?, doc.required(o, "description", &p)?))
            }
            Value::String(s) => match known {
                Some(known) => match known.get(s.trim()) {
                    Some(t) => out.push((Some(s.trim().to_owned()), text_of(t))),
                    None => {
                        return Err(ImportProblem::JsonUnknownRef {
                            at: doc.at(&p),
                            kind,
                            id: s.trim().to_owned(),
                        });
                    }
                },
                None => {
                    let text = super::json::plain(s);
                    if !text.is_empty() {
                        out.push((None, text));
                    }
                }
            },
            _ => return Err(doc.shape(&p, super::JsonKind::Text)),
        }
    }
    Ok(out)
}

/// The circles of a Holaspirit export; `fallback` (`--circle`) for roles
/// and policies that name no circle.
pub(super) fn read(
    doc: &Doc<'_>,
    value: &Value,
    fallback: Option<&str>,
) -> Result<Vec<ImportedCircle>, ImportProblem> {
    let answers = answers(doc, value)?;
    let ix = index(doc, &answers)?;
    let mut out = Circles::default();
    for (_, path, c) in &ix.circles {
        let name = doc.required(c, "name", path)?;
        let purpose = doc.text(c, "purpose", path)?;
        let circle = out.circle(&name);
        if circle.purpose.is_none() {
            circle.purpose = purpose;
        }
    }
    for (id, path, r) in &ix.roles {
        let name = doc.required(r, "name", path)?;
        let expanded = doc.id_at(r, "circle", path)?;
        let purpose = doc.text(r, "purpose", path)?;
        // The circle a role is expanded into has the role's purpose.
        if let Some(cid) = &expanded {
            let circle = circle_name(doc, &ix, cid, &path.key("circle"))?;
            let c = out.circle(&circle);
            if c.purpose.is_none() {
                c.purpose.clone_from(&purpose);
            }
        }
        let circle = match (doc.id_at(r, "parentCircle", path)?, fallback) {
            (Some(pid), _) => circle_name(doc, &ix, &pid, &path.key("parentCircle"))?,
            // The anchor circle's own role: the circle, not one of its roles.
            (None, _) if expanded.is_some() => continue,
            (None, Some(f)) => f.to_owned(),
            (None, None) => return Err(ImportProblem::JsonNoCircle { at: doc.at(path) }),
        };
        let accountabilities = entries(
            doc,
            r,
            path,
            "accountabilities",
            ix.accountabilities.as_ref(),
            String::clone,
            RefKind::Accountability,
        )?;
        let domains = entries(
            doc,
            r,
            path,
            "domains",
            ix.domains.as_ref(),
            |(d, _)| d.clone(),
            RefKind::Domain,
        )?;
        let mut fillers: Vec<Filler> = Vec::new();
        for (n, v) in doc.list(r, "members", path)?.iter().enumerate() {
            let p = path.key("members").index(n);
            let person = match v.as_object() {
                Some(o) => member_name(doc, o, &p)?,
                None => {
                    let mid = doc.id(v, &p)?;
                    ix.members
                        .get(&mid)
                        .cloned()
                        .ok_or(ImportProblem::JsonUnknownRef {
                            at: doc.at(&p),
                            kind: RefKind::Person,
                            id: mid,
                        })?
                }
            };
            if !fillers.iter().any(|f| f.person == person) {
                fillers.push(Filler {
                    person,
                    focus: None,
                    since: None,
                    term_end: None,
                });
            }
        }
        let role = ImportedRole {
            id: id.as_ref().map(|i| format!("holaspirit-{i}")),
            name,
            purpose,
            accountabilities: dedup(accountabilities),
            domains: dedup(domains),
            notes: None,
            sub_circle: expanded.is_some(),
            fillers,
        };
        out.role(doc, &circle, role, path)?;
    }
    for (id, path, p) in &ix.policies {
        let title = doc.required(p, "title", path)?;
        let text = doc.text(p, "body", path)?.unwrap_or_else(|| title.clone());
        let circle = match (doc.id_at(p, "circle", path)?, fallback) {
            (Some(cid), _) => circle_name(doc, &ix, &cid, &path.key("circle"))?,
            (None, Some(f)) => f.to_owned(),
            (None, None) => return Err(ImportProblem::JsonNoCircle { at: doc.at(path) }),
        };
        // The domain: a linked one (with the role holding it), or its text.
        let (domain, domain_role) = match doc.id_at(p, "domain", path)? {
            None => (None, None),
            Some(d) => match ix.domains.as_ref().and_then(|ds| ds.get(&d)) {
                Some((text, role)) => (Some(text.clone()), role.clone()),
                None => (Some(super::json::plain(&d)), None),
            },
        };
        let role = match doc.id_at(p, "domainRole", path)?.or(domain_role) {
            None => None,
            Some(rid) => match ix
                .roles
                .iter()
                .find(|(i, ..)| i.as_deref() == Some(rid.as_str()))
            {
                Some((_, rp, r)) => Some(doc.required(r, "name", rp)?),
                None => {
                    return Err(ImportProblem::JsonUnknownRef {
                        at: doc.at(&path.key("domainRole")),
                        kind: RefKind::Role,
                        id: rid,
                    });
                }
            },
        };
        let domain = match (domain, role) {
            (Some(domain), Some(role)) => {
                if !out.holds(&circle, &role, &domain) {
                    return Err(ImportProblem::JsonDomainNotHeld {
                        at: doc.at(path),
                        domain,
                        role,
                    });
                }
                Some((role, domain))
            }
            // A domain no role holds is the circle's: held by the circle.
            _ => None,
        };
        let policy = ImportedPolicy {
            id: id.as_ref().map(|i| format!("holaspirit-{i}")),
            title,
            text,
            domain,
            agreement: None,
        };
        out.policy(doc, &circle, policy, path)?;
    }
    Ok(out.circles)
}
