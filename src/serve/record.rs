//! The page's "Governance record" section: the circle's roles (purpose,
//! accountabilities, domains, fillers and terms) and policies, from the
//! record fold over the sessions folder. The folder is folded once when
//! serving starts (up to this meeting's opening); this meeting's adopted
//! proposals are applied again only when what it adopted changes, never
//! on every update. Every text passes through [`html`].

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use crate::meeting::Session;
use crate::minutes::escape::html;
use crate::record::governance::{Adopted, Circle, Record};
use crate::store::SessionsDir;
use crate::text::Words;

/// The record before this meeting, and the section as last rendered.
pub struct RecordSection {
    before: Record,
    id: String,
    adopted: Option<Adopted>,
    html: Arc<str>,
}

impl RecordSection {
    /// Folds the sessions folder `dir` up to just before `session` opened
    /// (so the meeting itself is applied from what it adopted), and
    /// renders the section for `session`, saved under `id`.
    pub fn fold(dir: &Path, id: &str, session: &Session) -> RecordSection {
        let before = session.setup().opened_at - chrono::TimeDelta::nanoseconds(1);
        let record = crate::record::governance::fold(&SessionsDir::new(dir), |t| t <= before).0;
        RecordSection::from_record(record, id, session)
    }

    /// The section over a record already at hand.
    pub fn from_record(before: Record, id: &str, session: &Session) -> RecordSection {
        let mut section = RecordSection {
            before,
            id: id.to_owned(),
            adopted: None,
            html: Arc::from(""),
        };
        section.update(session);
        section
    }

    /// The section as last rendered.
    pub fn html(&self) -> Arc<str> {
        self.html.clone()
    }

    /// The section for `session` as it is now: rendered again only when
    /// what the meeting adopted changed since the last call.
    pub fn update(&mut self, session: &Session) -> Arc<str> {
        let adopted = Adopted::of(&self.id, session);
        if self.adopted.as_ref() != Some(&adopted) {
            let mut record = self.before.clone();
            record.adopt(&adopted);
            let circle = record.circle_or_new(&session.setup().circle);
            self.html = render(&circle, session.setup().lang.words()).into();
            self.adopted = Some(adopted);
        }
        self.html.clone()
    }
}

/// The section's HTML for `circle`, in `words`.
pub fn render(circle: &Circle, words: &dyn Words) -> String {
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        "<section id=\"record\" aria-labelledby=\"record-h\"><h2 id=\"record-h\">{}</h2>",
        html(&words.gov_title(&circle.name))
    );
    out.push_str("<div class=\"roles\">");
    for role in &circle.roles {
        let mut tags = String::new();
        if role.core.is_some() {
            let _ = write!(
                tags,
                " <span class=\"muted\">{}</span>",
                html(words.gov_core())
            );
        }
        if role.sub_circle {
            let _ = write!(
                tags,
                " <span class=\"muted\">{}</span>",
                html(words.gov_sub_circle())
            );
        }
        let _ = write!(
            out,
            "<article class=\"role\"><h3>{}{tags}</h3><ul>",
            html(&role.name)
        );
        if let Some(purpose) = &role.purpose {
            let _ = write!(
                out,
                "<li>{}: {}</li>",
                html(words.gov_purpose()),
                html(purpose)
            );
        }
        for a in &role.accountabilities {
            let _ = write!(
                out,
                "<li>{}: {}</li>",
                html(words.gov_accountability()),
                html(a)
            );
        }
        for d in &role.domains {
            let _ = write!(out, "<li>{}: {}</li>", html(words.gov_domain()), html(d));
        }
        if role.fillers.is_empty() {
            if role.core.is_none() {
                let _ = write!(
                    out,
                    "<li class=\"muted\">{}</li>",
                    html(words.gov_unfilled())
                );
            }
        } else {
            for f in &role.fillers {
                let _ = write!(
                    out,
                    "<li>{}</li>",
                    html(&words.gov_filler(&f.person, f.term_end))
                );
            }
        }
        out.push_str("</ul></article>");
    }
    let _ = write!(out, "</div><h3>{}</h3>", html(words.gov_policies()));
    if circle.policies.is_empty() {
        let _ = write!(
            out,
            "<p class=\"muted\">{}</p>",
            html(words.gov_no_policies())
        );
    } else {
        out.push_str("<ul class=\"policies\">");
        for p in &circle.policies {
            let domain = p
                .domain
                .as_ref()
                .map(|d| format!(" ({})", words.gov_policy_domain(&d.domain, &d.role)))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<li><strong>{}</strong>{}<br>{}</li>",
                html(&p.title),
                html(&domain),
                html(&p.text)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    out
}
