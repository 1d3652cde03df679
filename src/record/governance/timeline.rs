//! The record of one circle at each moment that could change it (issue
//! 13, review's "as of a chosen session"): the circle's governance
//! sessions and the import entries naming it, in time order, and the
//! record as it stood after any of them.
//!
//! Built from one reading of the folder: what every session adopted
//! ([`Adopted`], small) and the import entries are kept, the sessions
//! themselves are not; the record at a point is folded again from those
//! (no file is read), so stepping through a circle's history never waits
//! for the disk.

use std::sync::atomic::AtomicBool;

use chrono::{DateTime, FixedOffset};

use super::{Adopted, ImportEntry, Record};
use crate::meeting::MeetingFormat;
use crate::record::{FolderProblem, circle_key};
use crate::store::{Loaded, SessionsDir};

/// What the timeline keeps of one session: what it adopted, and what
/// names it as a moment.
struct Seen {
    adopted: Adopted,
    governance: bool,
    title: String,
}

impl Seen {
    fn of(loaded: &Loaded) -> Seen {
        let setup = loaded.session.setup();
        Seen {
            adopted: Adopted::of(&loaded.id, &loaded.session),
            governance: setup.format == MeetingFormat::Governance,
            title: setup.title.clone(),
        }
    }
}

/// A moment the record can be seen "as of".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// When: the session's opening, or the import's time.
    pub at: DateTime<FixedOffset>,
    /// The session's ID, or the import entry's file stem.
    pub id: String,
    /// The session's title, or the file the import was read from.
    pub title: String,
    /// True for an import entry.
    pub imported: bool,
}

/// One circle's moments, with what is needed to fold the record as of
/// any of them.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The circle as named by its newest session (or as asked for).
    name: String,
    /// What each session of the folder (every circle: moves cross
    /// circles) adopted, by opening time then ID.
    sessions: Vec<Adopted>,
    /// The folder's import entries, by time then file stem.
    entries: Vec<(String, ImportEntry)>,
    /// The circle's moments, oldest first.
    points: Vec<Point>,
}

impl Timeline {
    /// Reads the folder once and keeps the moments of `circle` (any
    /// spelling): its governance sessions, the sessions of it that
    /// changed the record, the session `also` (a tactical meeting the
    /// record was opened from), and the import entries naming it.
    /// Files that could not be read are returned, never fatal. Each
    /// session is dropped on the thread that read it once what it
    /// adopted is taken, so a folder of 10,000 sessions is never held
    /// in memory at once.
    pub fn read(
        dir: &SessionsDir,
        circle: &str,
        also: Option<&str>,
    ) -> (Timeline, Vec<FolderProblem>) {
        Self::read_until(dir, circle, also, &AtomicBool::new(false)).unwrap_or_default()
    }

    /// [`Timeline::read`], given up (`None`) once `stop` is set: no file
    /// is read after that, so a reading nobody waits for any more stops
    /// taking the machine's cores.
    pub fn read_until(
        dir: &SessionsDir,
        circle: &str,
        also: Option<&str>,
        stop: &AtomicBool,
    ) -> Option<(Timeline, Vec<FolderProblem>)> {
        let (seen, mut problems) =
            crate::record::map_folder_until(dir, |_| true, |_, l| Seen::of(&l), stop)?;
        let (entries, bad) = super::import::load_entries(dir);
        problems.extend(bad.into_iter().map(FolderProblem::BadImport));
        Some((Timeline::of(seen, entries, circle, also), problems))
    }

    /// The timeline of `circle` from what was taken of each session and
    /// the import entries (see [`Timeline::read`]).
    fn of(
        seen: Vec<Seen>,
        mut entries: Vec<(String, ImportEntry)>,
        circle: &str,
        also: Option<&str>,
    ) -> Timeline {
        let wanted = circle_key(circle);
        let mut name = circle.trim().to_owned();
        let mut points = Vec::new();
        let mut sessions = Vec::with_capacity(seen.len());
        let mut newest: Option<DateTime<FixedOffset>> = None;
        for s in seen {
            let adopted = s.adopted;
            if circle_key(&adopted.circle) == wanted {
                if newest.is_none_or(|t| adopted.opened_at >= t) {
                    newest = Some(adopted.opened_at);
                    name = adopted.circle.trim().to_owned();
                }
                if s.governance || !adopted.items.is_empty() || also == Some(adopted.id.as_str()) {
                    points.push(Point {
                        at: adopted.opened_at,
                        id: adopted.id.clone(),
                        title: s.title,
                        imported: false,
                    });
                }
            }
            sessions.push(adopted);
        }
        for (stem, entry) in &entries {
            if entry.circles.iter().any(|c| circle_key(&c.name) == wanted) {
                points.push(Point {
                    at: entry.at,
                    id: stem.clone(),
                    title: entry.source.clone(),
                    imported: true,
                });
            }
        }
        points.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
        sessions.sort_by(|a, b| (a.opened_at, &a.id).cmp(&(b.opened_at, &b.id)));
        entries.sort_by(|(a_stem, a), (b_stem, b)| (a.at, a_stem).cmp(&(b.at, b_stem)));
        Timeline {
            name,
            sessions,
            entries,
            points,
        }
    }

    /// The circle's name, as its newest session writes it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The circle's moments, oldest first.
    pub fn points(&self) -> &[Point] {
        &self.points
    }

    /// Where the session or import entry `id` is among the moments.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.points.iter().position(|p| p.id == id)
    }

    /// The last moment at or before `at` (the first one when all are
    /// later).
    pub fn position_at(&self, at: DateTime<FixedOffset>) -> Option<usize> {
        if self.points.is_empty() {
            return None;
        }
        Some(
            self.points
                .iter()
                .rposition(|p| p.at <= at)
                .unwrap_or_default(),
        )
    }

    /// The record of every circle as it stood at `at`: every session
    /// opened and every import made until then, in time order.
    pub fn record_at(&self, at: DateTime<FixedOffset>) -> Record {
        let end = self.sessions.partition_point(|s| s.opened_at <= at);
        let entries = self.entries.iter().take_while(|(_, e)| e.at <= at);
        merge(&self.sessions[..end], entries)
    }

    /// Folds into `record`, the record as it stood at `from`, what came
    /// after it up to and including `to`: stepping to a later moment
    /// without folding again from the start (the result is the record
    /// [`Timeline::record_at`] gives for `to`).
    pub fn advance(
        &self,
        record: &mut Record,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) {
        let start = self.sessions.partition_point(|s| s.opened_at <= from);
        let end = self.sessions.partition_point(|s| s.opened_at <= to);
        let entries = self
            .entries
            .iter()
            .skip_while(|(_, e)| e.at <= from)
            .take_while(|(_, e)| e.at <= to);
        merge_into(record, &self.sessions[start..end.max(start)], entries);
    }

    /// The record as it stood after the moment `n` (see
    /// [`Timeline::points`]); the whole folder's record when there is no
    /// such moment.
    pub fn record(&self, n: usize) -> Record {
        match self.points.get(n) {
            Some(p) => self.record_at(p.at),
            None => merge(&self.sessions, self.entries.iter()),
        }
    }
}

/// Folds sessions (in time order) and import entries (in time order)
/// together: an entry made before a session opened comes first.
pub(super) fn merge<'e>(
    sessions: &[Adopted],
    entries: impl IntoIterator<Item = &'e (String, ImportEntry)>,
) -> Record {
    let mut record = Record::default();
    merge_into(&mut record, sessions, entries);
    record
}

/// [`merge`] into a record folded until just before them.
fn merge_into<'e>(
    record: &mut Record,
    sessions: &[Adopted],
    entries: impl IntoIterator<Item = &'e (String, ImportEntry)>,
) {
    let mut entries = entries.into_iter().peekable();
    for adopted in sessions {
        while let Some((stem, entry)) = entries.next_if(|(_, e)| e.at < adopted.opened_at) {
            record.import(stem, entry);
        }
        record.adopt(adopted);
    }
    for (stem, entry) in entries {
        record.import(stem, entry);
    }
}
