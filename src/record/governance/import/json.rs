//! What the GlassFrog and Holaspirit readers share: where a JSON value
//! lies (its path, and the line it starts on, for the messages), typed
//! access to `serde_json` values that turns every surprise into an
//! [`ImportProblem`] naming that path, and the plain text of a field that
//! may carry a little HTML.

use std::collections::HashMap;
use std::fmt::{self, Write as _};

use serde_json::{Map, Value};

use super::super::check::has;
use super::super::{CoreRole, circle_key};
use super::{ImportProblem, ImportedCircle, ImportedPolicy, ImportedRole, JsonAt, JsonKind};

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Seg {
    /// An object's key.
    Key(String),
    /// An array's index.
    Index(usize),
}

/// A path into a JSON document (`roles[2].links.people[0]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Path(Vec<Seg>);

impl Path {
    /// This path, one key further.
    pub(super) fn key(&self, key: &str) -> Path {
        let mut p = self.clone();
        p.0.push(Seg::Key(key.to_owned()));
        p
    }

    /// This path, one index further.
    pub(super) fn index(&self, n: usize) -> Path {
        let mut p = self.clone();
        p.0.push(Seg::Index(n));
        p
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(the whole file)");
        }
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if n == 0 => f.write_str(k)?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// The document being read: its text, to find the line of a path.
pub(super) struct Doc<'a> {
    text: &'a str,
}

impl<'a> Doc<'a> {
    /// The document `text` (already known to be valid JSON).
    pub(super) fn new(text: &'a str) -> Self {
        Doc { text }
    }

    /// Where `path` is: its text and the line its value starts on (the
    /// line of the nearest enclosing value that exists, when the path
    /// names a missing key).
    pub(super) fn at(&self, path: &Path) -> JsonAt {
        let mut segs = path.0.as_slice();
        let offset = loop {
            let mut scan = Scan {
                b: self.text.as_bytes(),
                i: 0,
            };
            if let Some(at) = scan.seek(segs) {
                break at;
            }
            match segs.split_last() {
                Some((_, rest)) => segs = rest,
                None => break 0,
            }
        };
        JsonAt {
            line: super::line_of(self.text, offset),
            path: path.to_string(),
        }
    }

    /// A problem of the wrong kind of value at `path`.
    pub(super) fn shape(&self, path: &Path, expected: JsonKind) -> ImportProblem {
        ImportProblem::JsonShape {
            at: self.at(path),
            expected,
        }
    }

    /// `value` as an object.
    pub(super) fn object<'v>(
        &self,
        value: &'v Value,
        path: &Path,
    ) -> Result<&'v Map<String, Value>, ImportProblem> {
        value
            .as_object()
            .ok_or_else(|| self.shape(path, JsonKind::Object))
    }

    /// The list under `key` of `map` (absent or `null`: empty).
    pub(super) fn list<'v>(
        &self,
        map: &'v Map<String, Value>,
        key: &str,
        path: &Path,
    ) -> Result<&'v [Value], ImportProblem> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(_) => Err(self.shape(&path.key(key), JsonKind::List)),
        }
    }

    /// The text under `key` of `map`, made plain and trimmed (absent,
    /// `null` or empty: none).
    pub(super) fn text(
        &self,
        map: &Map<String, Value>,
        key: &str,
        path: &Path,
    ) -> Result<Option<String>, ImportProblem> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(plain(s)).filter(|s| !s.is_empty())),
            Some(_) => Err(self.shape(&path.key(key), JsonKind::Text)),
        }
    }

    /// The text under `key` of `map`, which must be there and not empty.
    pub(super) fn required(
        &self,
        map: &Map<String, Value>,
        key: &str,
        path: &Path,
    ) -> Result<String, ImportProblem> {
        if !map.contains_key(key) || map.get(key) == Some(&Value::Null) {
            return Err(ImportProblem::JsonMissing {
                at: self.at(path),
                key: key.to_owned(),
            });
        }
        self.text(map, key, path)?
            .ok_or_else(|| ImportProblem::JsonEmpty {
                at: self.at(&path.key(key)),
            })
    }

    /// An id (a number or a text) at `path`.
    pub(super) fn id(&self, value: &Value, path: &Path) -> Result<String, ImportProblem> {
        id_of(value).ok_or_else(|| self.shape(path, JsonKind::Id))
    }

    /// The id under `key` of `map` (absent or `null`: none).
    pub(super) fn id_at(
        &self,
        map: &Map<String, Value>,
        key: &str,
        path: &Path,
    ) -> Result<Option<String>, ImportProblem> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => self.id(v, &path.key(key)).map(Some),
        }
    }

    /// The day under `key` of `map` (`2026-03-01`, or the date part of a
    /// date and time such as `2026-03-01T00:00:00+01:00`).
    pub(super) fn date(
        &self,
        map: &Map<String, Value>,
        key: &str,
        path: &Path,
    ) -> Result<Option<chrono::NaiveDate>, ImportProblem> {
        let Some(text) = self.text(map, key, path)? else {
            return Ok(None);
        };
        let day = text.get(..10).unwrap_or(&text);
        let rest = text.get(10..).unwrap_or("");
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
            .ok()
            .filter(|_| rest.is_empty() || rest.starts_with(['T', ' ']))
            .map(Some)
            .ok_or_else(|| ImportProblem::JsonBadDate {
                at: self.at(&path.key(key)),
            })
    }
}

/// The id `value` holds: a whole number or a non-empty text.
pub(super) fn id_of(value: &Value) -> Option<String> {
    match value {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

/// The plain text of `text`: HTML tags dropped (a paragraph or line break
/// becomes a space), the common entities decoded, white space collapsed.
pub(super) fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        // A tag is `<` then a letter, `/` or `!`, up to the next `>`.
        let is_tag =
            after[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>') {
            Some(close) if is_tag => {
                out.push(' ');
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    let mut decoded = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(amp) = rest.find('&') {
        decoded.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let known = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&apos;", '\''),
            ("&nbsp;", ' '),
        ];
        match known.iter().find(|(name, _)| after.starts_with(name)) {
            Some((name, c)) => {
                decoded.push(*c);
                rest = &after[name.len()..];
            }
            None => {
                decoded.push('&');
                rest = &after[1..];
            }
        }
    }
    decoded.push_str(rest);
    let mut collapsed = String::with_capacity(decoded.len());
    for word in decoded.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        let _ = collapsed.write_str(word);
    }
    collapsed
}

/// The circles an export fills, in the order it names them, with the
/// same checks as the TOML reader: one name per role and one title per
/// policy in a circle (core roles by any of their names).
#[derive(Default)]
pub(super) struct Circles {
    /// What was read.
    pub(super) circles: Vec<ImportedCircle>,
    /// Each circle's index by its [`circle_key`].
    keys: HashMap<String, usize>,
}

impl Circles {
    /// The circle named `name`, added if new.
    pub(super) fn circle(&mut self, name: &str) -> &mut ImportedCircle {
        let next = self.circles.len();
        let i = *self.keys.entry(circle_key(name)).or_insert(next);
        if i == next {
            self.circles.push(ImportedCircle {
                name: name.to_owned(),
                purpose: None,
                roles: Vec::new(),
                policies: Vec::new(),
            });
        }
        &mut self.circles[i]
    }

    /// Adds `role` to `circle`; refused when the circle has it already.
    pub(super) fn role(
        &mut self,
        doc: &Doc<'_>,
        circle: &str,
        role: ImportedRole,
        path: &Path,
    ) -> Result<(), ImportProblem> {
        let c = self.circle(circle);
        let core = CoreRole::named(&role.name);
        let taken = c.roles.iter().any(|o| {
            circle_key(&o.name) == circle_key(&role.name)
                || core.is_some() && CoreRole::named(&o.name) == core
        });
        if taken {
            return Err(ImportProblem::JsonDuplicateRole {
                at: doc.at(path),
                name: role.name,
                circle: c.name.clone(),
            });
        }
        c.roles.push(role);
        Ok(())
    }

    /// Adds `policy` to `circle`; refused when the circle has it already.
    pub(super) fn policy(
        &mut self,
        doc: &Doc<'_>,
        circle: &str,
        policy: ImportedPolicy,
        path: &Path,
    ) -> Result<(), ImportProblem> {
        let c = self.circle(circle);
        if c.policies
            .iter()
            .any(|o| circle_key(&o.title) == circle_key(&policy.title))
        {
            return Err(ImportProblem::JsonDuplicatePolicy {
                at: doc.at(path),
                title: policy.title,
                circle: c.name.clone(),
            });
        }
        c.policies.push(policy);
        Ok(())
    }

    /// Whether the role of `circle` named `name` holds `domain`.
    pub(super) fn holds(&self, circle: &str, name: &str, domain: &str) -> bool {
        self.keys
            .get(&circle_key(circle))
            .into_iter()
            .flat_map(|i| &self.circles[*i].roles)
            .any(|r| circle_key(&r.name) == circle_key(name) && has(&r.domains, domain))
    }
}

/// A scanner over valid JSON text that finds where a path's value starts.
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while self.b.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Reads a string (the scanner stands on its `"`), decoded.
    fn string(&mut self) -> Option<String> {
        let start = self.i;
        self.i += 1;
        loop {
            match self.peek()? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        serde_json::from_slice(self.b.get(start..self.i)?).ok()
    }

    /// Skips one value.
    fn skip(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.i += 1;
                loop {
                    self.ws();
                    match self.peek()? {
                        c if c == close => {
                            self.i += 1;
                            return Some(());
                        }
                        b',' | b':' => self.i += 1,
                        _ => self.skip()?,
                    }
                }
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, b',' | b'}' | b']') && !c.is_ascii_whitespace())
                {
                    self.i += 1;
                }
                Some(())
            }
        }
    }

    /// The offset where the value at `path` starts, from here.
    fn seek(&mut self, path: &[Seg]) -> Option<usize> {
        self.ws();
        let Some((first, rest)) = path.split_first() else {
            return Some(self.i);
        };
        match (self.peek()?, first) {
            (b'{', Seg::Key(want)) => {
                self.i += 1;
                loop {
                    self.ws();
                    match self.peek()? {
                        b'}' => return None,
                        b',' => self.i += 1,
                        b'"' => {
                            let key = self.string()?;
                            self.ws();
                            if self.peek()? != b':' {
                                return None;
                            }
                            self.i += 1;
                            if key == *want {
                                return self.seek(rest);
                            }
                            self.skip()?;
                        }
                        _ => return None,
                    }
                }
            }
            (b'[', Seg::Index(want)) => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.ws();
                    match self.peek()? {
                        b']' => return None,
                        b',' => self.i += 1,
                        _ if n == *want => return self.seek(rest),
                        _ => {
                            self.skip()?;
                            n += 1;
                        }
                    }
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_found_on_its_line() {
        let text = "{\n  \"roles\": [\n    {\"id\": 1},\n    {\n      \"name\": \"A\",\n      \"links\": {\"people\": [7, 8]}\n    }\n  ]\n}";
        let doc = Doc::new(text);
        let roles = Path::default().key("roles");
        assert_eq!(doc.at(&roles).line, 2);
        assert_eq!(doc.at(&roles.index(1)).line, 4);
        assert_eq!(doc.at(&roles.index(1).key("name")).line, 5);
        let person = roles.index(1).key("links").key("people").index(1);
        assert_eq!(doc.at(&person).line, 6);
        assert_eq!(doc.at(&person).path, "roles[1].links.people[1]");
        // A missing key: the line of the object that lacks it.
        assert_eq!(doc.at(&roles.index(0).key("name")).line, 3);
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain("<p>Baking &amp; selling</p><p>bread</p>"),
            "Baking & selling bread"
        );
        assert_eq!(plain("a < b and c > d"), "a < b and c > d");
        assert_eq!(plain("  R&D  team "), "R&D team");
    }
}
