//! The work between meetings (process.md, "Work between meetings"): next
//! actions, projects, metrics, carried-over items, due reviews and terms,
//! folded over a circle's sessions.

use super::{Fold, Folded};

/// What a circle has to do between meetings, as its sessions left it.
#[derive(Debug, Clone, Default)]
pub struct Work {
    /// The sessions taken into account, oldest first.
    pub seen: Vec<String>,
}

impl Fold for Work {
    fn session(&mut self, session: &Folded<'_>) {
        self.seen.push(session.id.to_owned());
    }
}
