//! A GlassFrog export: the answers of its API v3 (`GET /roles`,
//! `GET /circles`, ...) saved as JSON, one answer or a list of them.
//!
//! Each answer has `roles` and/or `circles` at the top and a `linked`
//! object with what they refer to by id: `people`, `accountabilities`,
//! `domains`, `policies`, `circles`, `roles` (and `assignments`, for a
//! filler's focus). A role is `{id, name, purpose, is_core,
//! elected_until, links: {circle, supporting_circle, accountabilities,
//! domains, people}}`; a circle `{id, name, short_name, strategy, links:
//! {roles, policies, domain, supported_role}}`; an accountability or
//! domain `{id, description}`; a person `{id, name, email}`; a policy
//! `{id, title, body, links: {circle, domain}}`; an assignment `{id,
//! focus, links: {person, role}}`. Everything else is ignored.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::json::{Circles, Doc, Path, id_of};
use super::{ImportProblem, ImportedCircle, ImportedPolicy, ImportedRole, RefKind};
use crate::record::governance::Filler;

type Obj = Map<String, Value>;

/// Everything an export holds, by id, with where it is.
#[derive(Default)]
struct Index<'v> {
    people: HashMap<String, String>,
    accountabilities: HashMap<String, String>,
    domains: HashMap<String, String>,
    circles: Vec<(Option<String>, Path, &'v Obj)>,
    roles: Vec<(Option<String>, Path, &'v Obj)>,
    policies: Vec<(Option<String>, Path, &'v Obj)>,
    /// (role id, person id) → focus.
    focus: HashMap<(String, String), String>,
}

impl<'v> Index<'v> {
    fn circle(&self, id: &str) -> Option<&(Option<String>, Path, &'v Obj)> {
        self.circles.iter().find(|(i, ..)| i.as_deref() == Some(id))
    }

    fn role(&self, id: &str) -> Option<&(Option<String>, Path, &'v Obj)> {
        self.roles.iter().find(|(i, ..)| i.as_deref() == Some(id))
    }

    fn policy(&self, id: &str) -> Option<&(Option<String>, Path, &'v Obj)> {
        self.policies
            .iter()
            .find(|(i, ..)| i.as_deref() == Some(id))
    }
}

/// The answers in `value`: one object, or a list of them.
pub(super) fn answers<'v>(
    doc: &Doc<'_>,
    value: &'v Value,
) -> Result<Vec<(Path, &'v Obj)>, ImportProblem> {
    let root = Path::default();
    match value {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(n, v)| {
                let path = root.index(n);
                doc.object(v, &path).map(|o| (path, o))
            })
            .collect(),
        other => Ok(vec![(root.clone(), doc.object(other, &root)?)]),
    }
}

/// Adds the objects of `list` (at `path`) to `into`, each with its id;
/// an id seen before is kept as first seen.
fn gather<'v>(
    doc: &Doc<'_>,
    list: &'v [Value],
    path: &Path,
    into: &mut Vec<(Option<String>, Path, &'v Obj)>,
) -> Result<(), ImportProblem> {
    for (n, v) in list.iter().enumerate() {
        let p = path.index(n);
        let o = doc.object(v, &p)?;
        let id = doc.id_at(o, "id", &p)?;
        if id
            .as_ref()
            .is_none_or(|id| !into.iter().any(|(i, ..)| i.as_ref() == Some(id)))
        {
            into.push((id, p, o));
        }
    }
    Ok(())
}

/// Reads `{id, <key>}` objects of `list` into `into` (id → text).
fn texts(
    doc: &Doc<'_>,
    list: &[Value],
    path: &Path,
    key: &str,
    into: &mut HashMap<String, String>,
) -> Result<(), ImportProblem> {
    for (n, v) in list.iter().enumerate() {
        let p = path.index(n);
        let o = doc.object(v, &p)?;
        let Some(id) = doc.id_at(o, "id", &p)? else {
            return Err(ImportProblem::JsonMissing {
                at: doc.at(&p),
                key: "id".into(),
            });
        };
        into.entry(id).or_insert(doc.required(o, key, &p)?);
    }
    Ok(())
}

fn links<'v>(doc: &Doc<'_>, o: &'v Obj, path: &Path) -> Result<(&'v Obj, Path), ImportProblem> {
    static EMPTY: std::sync::OnceLock<Obj> = std::sync::OnceLock::new();
    let p = path.key("links");
    match o.get("links") {
        None | Some(Value::Null) => Ok((EMPTY.get_or_init(Obj::new), p)),
        Some(v) => Ok((doc.object(v, &p)?, p)),
    }
}

fn index<'v>(doc: &Doc<'_>, answers: &[(Path, &'v Obj)]) -> Result<Index<'v>, ImportProblem> {
    let mut ix = Index::default();
    // The answers' own roles and circles first, then what they link.
    for (path, a) in answers {
        gather(
            doc,
            doc.list(a, "roles", path)?,
            &path.key("roles"),
            &mut ix.roles,
        )?;
        gather(
            doc,
            doc.list(a, "circles", path)?,
            &path.key("circles"),
            &mut ix.circles,
        )?;
        gather(
            doc,
            doc.list(a, "policies", path)?,
            &path.key("policies"),
            &mut ix.policies,
        )?;
    }
    let mut assignments = Vec::new();
    for (path, a) in answers {
        gather(
            doc,
            doc.list(a, "assignments", path)?,
            &path.key("assignments"),
            &mut assignments,
        )?;
        let lp = path.key("linked");
        let linked = match a.get("linked") {
            None | Some(Value::Null) => continue,
            Some(v) => doc.object(v, &lp)?,
        };
        texts(
            doc,
            doc.list(linked, "people", &lp)?,
            &lp.key("people"),
            "name",
            &mut ix.people,
        )?;
        texts(
            doc,
            doc.list(linked, "accountabilities", &lp)?,
            &lp.key("accountabilities"),
            "description",
            &mut ix.accountabilities,
        )?;
        texts(
            doc,
            doc.list(linked, "domains", &lp)?,
            &lp.key("domains"),
            "description",
            &mut ix.domains,
        )?;
        gather(
            doc,
            doc.list(linked, "circles", &lp)?,
            &lp.key("circles"),
            &mut ix.circles,
        )?;
        gather(
            doc,
            doc.list(linked, "policies", &lp)?,
            &lp.key("policies"),
            &mut ix.policies,
        )?;
        gather(
            doc,
            doc.list(linked, "assignments", &lp)?,
            &lp.key("assignments"),
            &mut assignments,
        )?;
    }
    // Roles written out inside a circle's links, then the linked ones
    // (often only id, name and circle).
    let circles = ix.circles.clone();
    for (_, path, c) in &circles {
        let (l, lp) = links(doc, c, path)?;
        for (n, v) in doc.list(l, "roles", &lp)?.iter().enumerate() {
            if let Some(o) = v.as_object() {
                let p = lp.key("roles").index(n);
                let id = doc.id_at(o, "id", &p)?;
                if id
                    .as_ref()
                    .is_none_or(|id| !ix.roles.iter().any(|(i, ..)| i.as_ref() == Some(id)))
                {
                    ix.roles.push((id, p, o));
                }
            }
        }
    }
    for (path, a) in answers {
        if let Some(linked) = a.get("linked").and_then(Value::as_object) {
            let lp = path.key("linked");
            gather(
                doc,
                doc.list(linked, "roles", &lp)?,
                &lp.key("roles"),
                &mut ix.roles,
            )?;
        }
    }
    for (_, path, a) in &assignments {
        let (l, lp) = links(doc, a, path)?;
        let role = doc.id_at(l, "role", &lp)?;
        let person = doc.id_at(l, "person", &lp)?;
        if let (Some(role), Some(person), Some(focus)) = (role, person, doc.text(a, "focus", path)?)
        {
            ix.focus.insert((role, person), focus);
        }
    }
    Ok(ix)
}

/// A role's or circle's list of linked texts (`accountabilities`,
/// `domains`): ids looked up in `known`, or objects with a description.
fn linked_texts(
    doc: &Doc<'_>,
    l: &Obj,
    lp: &Path,
    key: &str,
    known: &HashMap<String, String>,
    kind: RefKind,
) -> Result<Vec<(Option<String>, String)>, ImportProblem> {
    let mut out = Vec::new();
    for (n, v) in doc.list(l, key, lp)?.iter().enumerate() {
        let p = lp.key(key).index(n);
        if let Some(o) = v.as_object() {
            out.push((
                id_of(o.get("id").unwrap_or(&Value::Null)),
                doc.required(o, "description", &p)?,
            ));
            continue;
        }
        let id = doc.id(v, &p)?;
        match known.get(&id) {
            Some(text) => out.push((Some(id), text.clone())),
            None => {
                return Err(ImportProblem::JsonUnknownRef {
                    at: doc.at(&p),
                    kind,
                    id,
                });
            }
        }
    }
    Ok(out)
}

/// The name of the circle `id`, referred to at `path`.
fn circle_name(
    doc: &Doc<'_>,
    ix: &Index<'_>,
    id: &str,
    path: &Path,
) -> Result<String, ImportProblem> {
    match ix.circle(id) {
        Some((_, cp, c)) => doc.required(c, "name", cp),
        None => Err(ImportProblem::JsonUnknownRef {
            at: doc.at(path),
            kind: RefKind::Circle,
            id: id.to_owned(),
        }),
    }
}

/// The circles of a GlassFrog export; `fallback` (`--circle`) for roles
/// and policies that name no circle.
pub(super) fn read(
    doc: &Doc<'_>,
    value: &Value,
    fallback: Option<&str>,
) -> Result<Vec<ImportedCircle>, ImportProblem> {
    let answers = answers(doc, value)?;
    let ix = index(doc, &answers)?;
    let mut out = Circles::default();
    // Every circle, in the order the export gives them, with the purpose
    // of the role it is (its `supported_role`, or the role whose
    // `supporting_circle` it is).
    for (id, path, c) in &ix.circles {
        let name = doc.required(c, "name", path)?;
        let (l, lp) = links(doc, c, path)?;
        let supported = match l.get("supported_role") {
            Some(Value::Object(o)) => Some((lp.key("supported_role"), o)),
            Some(v) => id_of(v)
                .and_then(|rid| ix.role(&rid))
                .map(|(_, p, o)| (p.clone(), *o)),
            None => None,
        };
        let supported = supported.or_else(|| {
            ix.roles.iter().find_map(|(_, p, r)| {
                let sc = r
                    .get("links")
                    .and_then(|l| l.get("supporting_circle"))
                    .and_then(id_of);
                (sc.is_some() && sc == *id).then(|| (p.clone(), *r))
            })
        });
        let purpose = match supported {
            Some((p, r)) => doc.text(r, "purpose", &p)?,
            None => None,
        };
        let circle = out.circle(&name);
        if circle.purpose.is_none() {
            circle.purpose = purpose;
        }
    }
    // Roles: into the circle they say (`links.circle`), else the circle
    // listing them, else --circle. A role with no circle that a circle is
    // expanded from is that circle itself (the anchor circle's role).
    let mut held: HashMap<(String, String), (String, String)> = HashMap::new();
    for (id, path, r) in &ix.roles {
        let name = doc.required(r, "name", path)?;
        let (l, lp) = links(doc, r, path)?;
        let supporting = doc.id_at(l, "supporting_circle", &lp)?;
        let circle = match doc.id_at(l, "circle", &lp)? {
            Some(cid) => circle_name(doc, &ix, &cid, &lp.key("circle"))?,
            None => {
                let listing = id.as_ref().and_then(|rid| {
                    ix.circles.iter().find(|(_, _, c)| {
                        c.get("links")
                            .and_then(|l| l.get("roles"))
                            .and_then(Value::as_array)
                            .is_some_and(|rs| {
                                rs.iter().any(|v| {
                                    id_of(v).or_else(|| v.get("id").and_then(id_of)).as_ref()
                                        == Some(rid)
                                })
                            })
                    })
                });
                match (listing, supporting.is_some(), fallback) {
                    (Some((_, cp, c)), ..) => doc.required(c, "name", cp)?,
                    (None, true, _) => continue,
                    (None, false, Some(f)) => f.to_owned(),
                    (None, false, None) => {
                        return Err(ImportProblem::JsonNoCircle { at: doc.at(path) });
                    }
                }
            }
        };
        let accountabilities = linked_texts(
            doc,
            l,
            &lp,
            "accountabilities",
            &ix.accountabilities,
            RefKind::Accountability,
        )?;
        let domains = linked_texts(doc, l, &lp, "domains", &ix.domains, RefKind::Domain)?;
        for (did, text) in &domains {
            if let Some(did) = did {
                held.insert((circle.clone(), did.clone()), (name.clone(), text.clone()));
            }
        }
        let term_end = doc.date(r, "elected_until", path)?;
        let mut fillers = Vec::new();
        for (n, v) in doc.list(l, "people", &lp)?.iter().enumerate() {
            let p = lp.key("people").index(n);
            let (pid, person) = match v.as_object() {
                Some(o) => (
                    id_of(o.get("id").unwrap_or(&Value::Null)),
                    doc.required(o, "name", &p)?,
                ),
                None => {
                    let pid = doc.id(v, &p)?;
                    let person = ix.people.get(&pid).cloned().ok_or_else(|| {
                        ImportProblem::JsonUnknownRef {
                            at: doc.at(&p),
                            kind: RefKind::Person,
                            id: pid.clone(),
                        }
                    })?;
                    (Some(pid), person)
                }
            };
            let focus = match (id, pid) {
                (Some(rid), Some(pid)) => ix.focus.get(&(rid.clone(), pid)).cloned(),
                _ => None,
            };
            if !fillers
                .iter()
                .any(|f: &Filler| f.person == person && f.focus == focus)
            {
                fillers.push(Filler {
                    person,
                    focus,
                    since: None,
                    term_end,
                });
            }
        }
        let role = ImportedRole {
            id: id.as_ref().map(|i| format!("glassfrog-{i}")),
            name,
            purpose: doc.text(r, "purpose", path)?,
            accountabilities: dedup(accountabilities),
            domains: dedup(domains),
            notes: None,
            sub_circle: supporting.is_some(),
            fillers,
        };
        out.role(doc, &circle, role, path)?;
    }
    // Policies: those a circle lists, then those that name their circle.
    let mut placed: Vec<String> = Vec::new();
    let mut todo: Vec<(String, Path, &Obj)> = Vec::new();
    for (_, path, c) in &ix.circles {
        let name = doc.required(c, "name", path)?;
        let (l, lp) = links(doc, c, path)?;
        for (n, v) in doc.list(l, "policies", &lp)?.iter().enumerate() {
            let p = lp.key("policies").index(n);
            let (pid, pp, po) = match v.as_object() {
                Some(o) => (id_of(o.get("id").unwrap_or(&Value::Null)), p, o),
                None => {
                    let pid = doc.id(v, &p)?;
                    let (_, pp, po) =
                        ix.policy(&pid)
                            .ok_or_else(|| ImportProblem::JsonUnknownRef {
                                at: doc.at(&p),
                                kind: RefKind::Policy,
                                id: pid.clone(),
                            })?;
                    (Some(pid), pp.clone(), *po)
                }
            };
            if let Some(pid) = pid {
                if placed.contains(&pid) {
                    continue;
                }
                placed.push(pid);
            }
            todo.push((name.clone(), pp, po));
        }
    }
    for (id, path, p) in &ix.policies {
        if id.as_ref().is_some_and(|i| placed.contains(i)) {
            continue;
        }
        let (l, lp) = links(doc, p, path)?;
        let circle = match (doc.id_at(l, "circle", &lp)?, fallback) {
            (Some(cid), _) => circle_name(doc, &ix, &cid, &lp.key("circle"))?,
            (None, Some(f)) => f.to_owned(),
            (None, None) => return Err(ImportProblem::JsonNoCircle { at: doc.at(path) }),
        };
        todo.push((circle, path.clone(), *p));
    }
    for (circle, path, p) in todo {
        let title = doc.required(p, "title", &path)?;
        let text = doc.text(p, "body", &path)?.unwrap_or_else(|| title.clone());
        let (l, lp) = links(doc, p, &path)?;
        // Scoped to a role's domain when a role of its circle holds the
        // domain it names; a domain of the circle itself: held by the circle.
        let domain = match doc.id_at(l, "domain", &lp)? {
            Some(did) => held.get(&(circle.clone(), did)).cloned(),
            None => None,
        };
        let policy = ImportedPolicy {
            id: doc.id_at(p, "id", &path)?.map(|i| format!("glassfrog-{i}")),
            title,
            text,
            domain,
            agreement: None,
        };
        out.policy(doc, &circle, policy, &path)?;
    }
    Ok(out.circles)
}

/// The texts of `list`, each once (ignoring case and spacing).
pub(super) fn dedup(list: Vec<(Option<String>, String)>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, text) in list {
        if !crate::record::governance::check::has(&out, &text) {
            out.push(text);
        }
    }
    out
}
