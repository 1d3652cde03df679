//! What a circle's new tactical meeting remembers from its previous one:
//! the checklist, the metrics and the projects, so the facilitator does not
//! retype them. Read from the sessions folder by the shell (command line,
//! setup); the engine only sees the result, recorded in the new setup.

use crate::meeting::{MeetingFormat, TacticalLists};

use super::{SessionsDir, slug};

/// The lists found, and the file they came from (for the status line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    /// The file name of the meeting they came from.
    pub from: String,
    /// The definitions (answers dropped, projects it produced added).
    pub lists: TacticalLists,
}

/// The lists of this circle's newest tactical meeting in the folder (newest
/// by file name, which starts with the opening time). `None` when the
/// circle has had no tactical meeting, or the newest one defined nothing.
pub fn remembered_lists(dir: &SessionsDir, circle: &str) -> Option<Remembered> {
    let wanted = circle.trim().to_lowercase();
    let token = format!("-{}-tactical-", slug(circle));
    let paths = dir.session_paths().ok()?;
    let (path, loaded) = paths
        .iter()
        .rev()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(token.as_str()))
        })
        .filter_map(|p| super::load(p).ok().map(|l| (p, l)))
        .find(|(_, l)| {
            let setup = l.session.setup();
            setup.format == MeetingFormat::Tactical && setup.circle.trim().to_lowercase() == wanted
        })?;
    let lists = TacticalLists::remembered_from(loaded.session.state());
    if lists.is_empty() {
        return None;
    }
    Some(Remembered {
        from: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        lists,
    })
}
