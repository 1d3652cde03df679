//! The circle's memory: what lasts between meetings (process.md, "The
//! circle's memory"). Always *derived*: a fold, in time order, over the
//! sessions of one circle in the sessions folder. Nothing here is stored or
//! cached as truth, and no file is shared and rewritten by several meetings,
//! so a sessions folder kept in git never has a merge conflict.
//!
//! One fold, one module: every concern (the governance record, the work
//! between meetings) implements [`Fold`] and sees the same sessions in the
//! same order. Layer: above `store` and `review`, below `minutes`, `text`,
//! `tui` and `cli`.

pub mod changes;
pub mod due;
pub mod governance;
pub mod offer;
mod stream;
pub mod work;

pub use due::{DueAgreement, overdue};
pub use work::{
    Action, ActionSource, ActionStatus, Carried, ElectedTerm, Metric, MetricValue, Origin, Project,
    ProjectStatus, ProjectUpdate, StatusChange, Work,
};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, FixedOffset};

use crate::meeting::Session;
use crate::review::Digest;
use crate::review::fold::key;
use crate::store::{self, Loaded, SessionsDir};

/// One concern of the memory, folded session by session in time order.
pub trait Fold {
    /// Takes the next session of the circle into account.
    fn session(&mut self, session: &Folded<'_>);
}

/// A session as the fold sees it: where it comes from and the meeting.
#[derive(Debug, Clone, Copy)]
pub struct Folded<'a> {
    /// The session's ID (its file stem), for "where does this come from?".
    pub id: &'a str,
    /// Where the file is.
    pub path: &'a Path,
    /// When the meeting opened; the fold's order.
    pub opened_at: DateTime<FixedOffset>,
    /// The meeting, folded.
    pub session: &'a Session,
    /// What review reads of it (summary, people, items by name; not its
    /// search text), so every concern reuses one reading of the session
    /// instead of its own.
    pub digest: &'a Digest,
}

/// A file (or the folder itself) the fold could not read; named, never
/// fatal: one bad file never stops the others. Worded by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    /// The folder could not be listed.
    Unlisted {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        kind: std::io::ErrorKind,
    },
    /// A session file could not be loaded.
    Unloadable(store::LoadError),
    /// A change file (see [`changes`]) could not be read.
    BadChange(changes::BadChange),
    /// A governance import entry (see [`governance::import`]) could not
    /// be read.
    BadImport(changes::BadChange),
}

impl FolderProblem {
    /// The file or folder it is about.
    pub fn path(&self) -> &Path {
        match self {
            FolderProblem::Unlisted { path, .. } => path,
            FolderProblem::Unloadable(e) => &e.path,
            FolderProblem::BadChange(b) | FolderProblem::BadImport(b) => &b.path,
        }
    }
}

/// Everything a circle's next meeting starts from.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// The circle as named by its newest session.
    pub circle: String,
    /// The IDs of the sessions folded, oldest first.
    pub sessions: Vec<String>,
    /// Files that could not be read (not only this circle's: a bad file
    /// might have been one of its sessions).
    pub problems: Vec<FolderProblem>,
    /// Actions, projects, metrics, carried items, due reviews.
    pub work: work::Work,
    /// The governance record of every circle in the folder (moves between
    /// a circle and its sub-circles cross circles), as of the same moment;
    /// this circle's part is `governance.circle(&circle)`.
    pub governance: governance::Record,
}

/// The key that identifies a circle across sessions: its name ignoring
/// case, diacritics, punctuation and spacing ("Sociaal Domein" and
/// "sociaal  domein." are one circle).
pub fn circle_key(name: &str) -> String {
    key(name)
}

/// Every circle's memory, as the folder holds it now.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    /// One memory per circle, ordered by circle key.
    pub circles: Vec<Memory>,
    /// The governance record of every circle.
    pub governance: governance::Record,
    /// Files that could not be read, each named once.
    pub problems: Vec<FolderProblem>,
}

/// Loads every session file of `dir` (in parallel, one thread per core),
/// keeping the bad ones as problems: the walk every fold starts from.
pub fn load_all(dir: &SessionsDir) -> (Vec<(PathBuf, Loaded)>, Vec<FolderProblem>) {
    map_folder(dir, |_| true, |path, loaded| (path.to_path_buf(), loaded))
}

/// Loads the session files at `paths` (in parallel, one thread per core),
/// keeping the bad ones as problems, in the order given.
fn load_paths(paths: Vec<PathBuf>) -> (Vec<(PathBuf, Loaded)>, Vec<FolderProblem>) {
    map_paths(&paths, |path, loaded| (path.to_path_buf(), loaded))
}

/// What every session of `dir` adopted (see [`governance::Adopted`]),
/// with the files that could not be read: the governance record's whole
/// input. Each session is dropped as soon as it is read, so the memory
/// this takes grows with what was adopted, not with the folder (all of a
/// 10,000-session folder held at once took 1.2 GB, kept by `serve` and a
/// meeting for as long as they ran).
pub fn load_adopted(dir: &SessionsDir) -> (Vec<governance::Adopted>, Vec<FolderProblem>) {
    map_folder(
        dir,
        |_| true,
        |_, loaded| governance::Adopted::of(&loaded.id, &loaded.session),
    )
}

/// Lists the session files of `dir`, and of those `select` takes keeps
/// `keep` of each good one (see [`map_paths`]); a folder that cannot be
/// listed is the one problem.
pub(crate) fn map_folder<T: Send>(
    dir: &SessionsDir,
    select: impl Fn(&Path) -> bool,
    keep: impl Fn(&Path, Loaded) -> T + Sync,
) -> (Vec<T>, Vec<FolderProblem>) {
    map_folder_until(dir, select, keep, &AtomicBool::new(false)).unwrap_or_default()
}

/// [`map_folder`] that gives up, with `None`, once `stop` is set: no
/// file is read after that (a view whose reading was called off).
pub(crate) fn map_folder_until<T: Send>(
    dir: &SessionsDir,
    select: impl Fn(&Path) -> bool,
    keep: impl Fn(&Path, Loaded) -> T + Sync,
    stop: &AtomicBool,
) -> Option<(Vec<T>, Vec<FolderProblem>)> {
    match dir.session_paths() {
        Ok(mut paths) => {
            paths.retain(|p| select(p));
            map_paths_until(&paths, keep, stop)
        }
        Err(e) => Some((
            Vec::new(),
            vec![FolderProblem::Unlisted {
                path: dir.root().to_path_buf(),
                kind: e.kind(),
            }],
        )),
    }
}

/// Loads the session files at `paths` and keeps `keep` of each good one
/// (in parallel, see [`store::parallel`]), keeping the bad ones as
/// problems, in the order given.
fn map_paths<T: Send>(
    paths: &[PathBuf],
    keep: impl Fn(&Path, Loaded) -> T + Sync,
) -> (Vec<T>, Vec<FolderProblem>) {
    map_paths_until(paths, keep, &AtomicBool::new(false)).unwrap_or_default()
}

/// [`map_paths`], or `None` once `stop` is set: each reader looks at it
/// before every file.
fn map_paths_until<T: Send>(
    paths: &[PathBuf],
    keep: impl Fn(&Path, Loaded) -> T + Sync,
    stop: &AtomicBool,
) -> Option<(Vec<T>, Vec<FolderProblem>)> {
    // Reading and replaying the files is nearly all the fold's time, and
    // each file is independent; a session is dropped on the thread that
    // read it.
    let results = store::parallel::map_in_order(paths.len(), |i| {
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        Some(store::load(&paths[i]).map(|l| keep(&paths[i], l)))
    });
    let mut kept = Vec::with_capacity(paths.len());
    let mut problems = Vec::new();
    for result in results {
        match result? {
            Ok(t) => kept.push(t),
            Err(e) => problems.push(FolderProblem::Unloadable(e)),
        }
    }
    Some((kept, problems))
}

/// Folds one circle's sessions (already filtered) in time order: by
/// opening time, then by ID so two sessions opened in the same second
/// always fold the same way.
///
/// Changes made between meetings (`changes`, oldest first) are applied
/// in time order among the sessions: a change made before a meeting is
/// seen by it, and that meeting's own review counts after it.
fn fold_sessions(
    mut sessions: Vec<(PathBuf, Loaded)>,
    circle: &str,
    changes: &[changes::Change],
) -> Memory {
    sessions.sort_by(|(_, a), (_, b)| {
        (a.session.setup().opened_at, &a.id).cmp(&(b.session.setup().opened_at, &b.id))
    });
    let mut fold = stream::CircleFold::new(circle, changes);
    for (path, l) in &sessions {
        fold.add(path, l);
    }
    fold.finish()
}

/// Folds the sessions of `circle` in `dir`, oldest first, up to and
/// including `as_of` when given (the memory as it stood then).
pub fn fold(dir: &SessionsDir, circle: &str, as_of: Option<DateTime<FixedOffset>>) -> Memory {
    let wanted = circle_key(circle);
    let (loaded, mut problems) = load_all(dir);
    let (record, _) = governance::fold_loaded(
        dir,
        &loaded,
        |t| as_of.is_none_or(|a| t <= a),
        &mut problems,
    );
    let mine = loaded
        .into_iter()
        .filter(|(_, l)| {
            let setup = l.session.setup();
            circle_key(&setup.circle) == wanted && as_of.is_none_or(|t| setup.opened_at <= t)
        })
        .collect();
    let (changes, bad) = changes::load_changes(dir);
    let changes: Vec<changes::Change> = changes
        .into_iter()
        .filter(|c| as_of.is_none_or(|t| c.at <= t))
        .collect();
    let mut memory = fold_sessions(mine, circle, &changes);
    memory.governance = record;
    memory.problems = problems;
    memory
        .problems
        .extend(bad.into_iter().map(FolderProblem::BadChange));
    memory
}

/// The work between meetings of `circle` alone, as the folder holds it
/// now: what [`fold`] gives for it, without the governance record (left
/// empty) and without reading the other circles' sessions. A file whose
/// start names another circle (see [`store::head`]) is passed over
/// unread; every other file is read whole and kept only if it is of the
/// circle, so no session of it is missed. What a new meeting is offered
/// needs only this, and in a folder of thousands of sessions of other
/// circles it is a fraction of the whole fold's time and memory.
pub fn fold_work(dir: &SessionsDir, circle: &str) -> Memory {
    let wanted = circle_key(circle);
    let (changes, bad) = changes::load_changes(dir);
    let paths = match dir.session_paths() {
        Ok(paths) => paths,
        Err(e) => {
            let mut memory = fold_sessions(Vec::new(), circle, &changes);
            memory.problems.push(FolderProblem::Unlisted {
                path: dir.root().to_path_buf(),
                kind: e.kind(),
            });
            memory
                .problems
                .extend(bad.into_iter().map(FolderProblem::BadChange));
            return memory;
        }
    };
    let (queued, unknown) = queue_by_head(paths, |key| key == wanted);
    let mut queue: Vec<stream::Queued> = queued.into_iter().map(|(_, q)| q).collect();
    let (whole, mut problems) = load_paths(unknown);
    queue.extend(
        whole
            .into_iter()
            .map(|(path, loaded)| stream::Queued::Read {
                path,
                loaded: Box::new(loaded),
            }),
    );
    let Ok(streamed) = stream::fold_circle(&wanted, circle, queue, &changes, true) else {
        return fold_work_whole(dir, circle);
    };
    let mut memory = streamed.memory;
    problems.extend(streamed.problems);
    // In the folder's order, as reading it whole gives them.
    problems.sort_by(|a, b| a.path().cmp(b.path()));
    memory.problems = problems;
    memory
        .problems
        .extend(bad.into_iter().map(FolderProblem::BadChange));
    memory
}

/// [`fold_work`] with every file of the circle read before folding: for
/// a folder where a file's start and its whole reading disagree.
fn fold_work_whole(dir: &SessionsDir, circle: &str) -> Memory {
    let wanted = circle_key(circle);
    let (loaded, problems) = map_folder(
        dir,
        |p| store::head::circle_of(p).is_none_or(|c| circle_key(&c) == wanted),
        |path, loaded| (path.to_path_buf(), loaded),
    );
    let mine = loaded
        .into_iter()
        .filter(|(_, l)| circle_key(&l.session.setup().circle) == wanted)
        .collect();
    let (changes, bad) = changes::load_changes(dir);
    let mut memory = fold_sessions(mine, circle, &changes);
    memory.problems = problems;
    memory
        .problems
        .extend(bad.into_iter().map(FolderProblem::BadChange));
    memory
}

/// The files of `paths` whose starts name a circle `take` takes (by its
/// key), queued with that key and their opening times, and the files
/// whose starts do not say (to be read whole). Files of other circles
/// are left out.
fn queue_by_head(
    paths: Vec<PathBuf>,
    take: impl Fn(&str) -> bool,
) -> (Vec<(String, stream::Queued)>, Vec<PathBuf>) {
    let mut queue = Vec::new();
    let mut unknown = Vec::new();
    for path in paths {
        match store::head::head_of(&path) {
            Some(head) => {
                let key = circle_key(&head.circle);
                if take(&key) {
                    let opened_at = head.opened_at;
                    queue.push((key, stream::Queued::Unread { path, opened_at }));
                }
            }
            None => unknown.push(path),
        }
    }
    (queue, unknown)
}

/// One circle's sessions, loaded, with where each file is.
type CircleSessions = Vec<(PathBuf, Loaded)>;

/// Folds every circle of `dir`: what `spanning actions` lists.
///
/// One circle at a time: the files are grouped by the circle their start
/// names (see [`store::head`]; a file whose start does not say is read
/// whole first), and a circle's sessions are read, folded and dropped
/// before the next circle's are read, keeping only what each adopted for
/// the governance record. So the memory this takes grows with the
/// largest circle, not with the folder (all of a 10,000-session folder
/// held at once took 1.2 GB). Should a file's start ever name another
/// circle than the file does, the whole folder is folded at once
/// instead, as before, so the answer never depends on the grouping.
pub fn fold_folder(dir: &SessionsDir) -> Folder {
    let Ok(paths) = dir.session_paths() else {
        return fold_folder_whole(dir);
    };
    let mut by_head: BTreeMap<String, Vec<stream::Queued>> = BTreeMap::new();
    let (queued, unknown) = queue_by_head(paths, |_| true);
    for (key, queued) in queued {
        by_head.entry(key).or_default().push(queued);
    }
    let (whole, mut problems) = load_paths(unknown);
    for (path, l) in whole {
        by_head
            .entry(circle_key(&l.session.setup().circle))
            .or_default()
            .push(stream::Queued::Read {
                path,
                loaded: Box::new(l),
            });
    }
    let (changes, bad_changes) = changes::load_changes(dir);
    let mut adopted = Vec::new();
    let mut circles = Vec::with_capacity(by_head.len());
    for (key, queue) in by_head {
        let Ok(streamed) = stream::fold_circle(&key, "", queue, &changes, false) else {
            return fold_folder_whole(dir);
        };
        problems.extend(streamed.problems);
        adopted.extend(streamed.adopted);
        circles.push(streamed.memory);
    }
    // Problems in the folder's order, as reading it whole gives them.
    problems.sort_by(|a, b| a.path().cmp(b.path()));
    let (record, _) = governance::fold_adopted(dir, adopted, |_| true, &mut problems);
    problems.extend(bad_changes.into_iter().map(FolderProblem::BadChange));
    for memory in &mut circles {
        memory.governance = record.clone();
    }
    Folder {
        circles,
        governance: record,
        problems,
    }
}

/// [`fold_folder`] with the whole folder read at once.
fn fold_folder_whole(dir: &SessionsDir) -> Folder {
    let (loaded, mut problems) = load_all(dir);
    let (record, _) = governance::fold_loaded(dir, &loaded, |_| true, &mut problems);
    let mut circles: BTreeMap<String, Vec<(PathBuf, Loaded)>> = BTreeMap::new();
    for (path, l) in loaded {
        circles
            .entry(circle_key(&l.session.setup().circle))
            .or_default()
            .push((path, l));
    }
    let (changes, bad) = changes::load_changes(dir);
    problems.extend(bad.into_iter().map(FolderProblem::BadChange));
    // Circles are independent: each core folds every n-th circle, and
    // the memories are put back in circle order.
    let circles: Vec<CircleSessions> = circles.into_values().collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8)
        .min(circles.len().max(1));
    let one = |sessions: CircleSessions| {
        let name = sessions
            .first()
            .map(|(_, l)| l.session.setup().circle.clone())
            .unwrap_or_default();
        let mut memory = fold_sessions(sessions, &name, &changes);
        memory.governance = record.clone();
        memory
    };
    let mut groups: Vec<Vec<(usize, CircleSessions)>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, sessions) in circles.into_iter().enumerate() {
        groups[i % threads].push((i, sessions));
    }
    let mut folded: Vec<(usize, Memory)> = std::thread::scope(|scope| {
        let handles: Vec<_> = groups
            .into_iter()
            .map(|group| {
                let one = &one;
                scope.spawn(move || {
                    group
                        .into_iter()
                        .map(|(i, sessions)| (i, one(sessions)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(part) => part,
                // A panic while folding is as loud here as it would be
                // single-threaded.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    folded.sort_by_key(|(i, _)| *i);
    Folder {
        circles: folded.into_iter().map(|(_, m)| m).collect(),
        governance: record,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Spec, session};
    use crate::meeting::Lang;

    /// What a folder's fold shows, in a form that compares (the work's
    /// project index is a hash map, whose order is not the fold's).
    fn shown(folder: &Folder) -> Vec<String> {
        let mut shown: Vec<String> = folder
            .circles
            .iter()
            .map(|m| {
                format!(
                    "{} {:?} {:?} {:?} {:?} {:?}",
                    m.circle,
                    m.sessions,
                    m.work.actions,
                    m.work.projects,
                    m.work.metrics,
                    m.work.terms
                )
            })
            .collect();
        shown.push(format!("{:?}", folder.governance));
        shown.extend(
            folder
                .problems
                .iter()
                .map(|p| p.path().display().to_string()),
        );
        shown
    }

    /// Thirty generated sessions of several circles, and two more under
    /// names that do not sort by opening time, one of them written with
    /// its keys in another order (events before the setup); an empty file
    /// and one that is not a session.
    fn sample_folder() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().expect("temp folder");
        for n in 0..30u64 {
            let s = session(Spec {
                seed: n * 7 + 1,
                events: 40 + 5 * n as usize,
                lang: if n % 4 == 3 { Lang::Nl } else { Lang::En },
                leave_open: n % 10 == 9,
            });
            let id = store::stem(s.setup(), n as u16);
            std::fs::write(
                tmp.path().join(format!("{id}.json")),
                store::session_bytes(&id, &s),
            )
            .expect("write");
        }
        // Keys in another order (serde_json's own maps sort them, so the
        // events come before the setup).
        let s = session(Spec {
            seed: 99,
            events: 120,
            lang: Lang::En,
            leave_open: false,
        });
        let id = store::stem(s.setup(), 99);
        let value: serde_json::Value =
            serde_json::from_slice(&store::session_bytes(&id, &s)).expect("json");
        std::fs::write(
            tmp.path().join("0000-keys-reordered.json"),
            serde_json::to_vec(&value).expect("json"),
        )
        .expect("write");
        // A file renamed by hand: its name sorts last, its meeting is in
        // the middle (the fold goes by opening time, not by name).
        let s = session(Spec {
            seed: 12,
            events: 90,
            lang: Lang::Nl,
            leave_open: false,
        });
        let id = store::stem(s.setup(), 12);
        std::fs::write(
            tmp.path().join("zzzz-renamed.json"),
            store::session_bytes(&id, &s),
        )
        .expect("write");
        // A file whose start names no circle (read whole first) and one
        // that cannot be read at all.
        std::fs::write(tmp.path().join("2026-01-01T0000-empty-0000.json"), "").expect("write");
        std::fs::write(tmp.path().join("2026-01-02T0000-odd-0001.json"), "[1, 2").expect("write");
        tmp
    }

    #[test]
    fn one_circle_at_a_time_folds_what_the_whole_folder_at_once_folds() {
        let tmp = sample_folder();
        let dir = SessionsDir::new(tmp.path());
        let by_circle = fold_folder(&dir);
        let whole = fold_folder_whole(&dir);
        assert!(
            by_circle.circles.len() > 1,
            "the sample has several circles"
        );
        assert_eq!(by_circle.problems.len(), 2);
        assert_eq!(shown(&by_circle), shown(&whole));
    }

    #[test]
    fn one_circle_read_a_batch_at_a_time_folds_what_reading_it_whole_folds() {
        let tmp = sample_folder();
        let dir = SessionsDir::new(tmp.path());
        let folder = fold_folder(&dir);
        assert!(folder.circles.len() > 1, "the sample has several circles");
        for circle in folder.circles.iter().map(|m| m.circle.clone()) {
            let streamed = fold_work(&dir, &circle);
            let whole = fold_work_whole(&dir, &circle);
            assert!(streamed.sessions.len() > 4, "{circle}: several batches");
            let shown = |m: &Memory| {
                format!(
                    "{} {:?} {:?} {:?} {:?} {:?} {:?}",
                    m.circle,
                    m.sessions,
                    m.work.actions,
                    m.work.projects,
                    m.work.metrics,
                    m.work.terms,
                    m.problems
                        .iter()
                        .map(FolderProblem::path)
                        .collect::<Vec<_>>()
                )
            };
            assert_eq!(shown(&streamed), shown(&whole), "{circle}");
            assert_eq!(streamed.problems.len(), 2, "{circle}");
        }
        // A circle with no sessions keeps the name asked for.
        assert_eq!(fold_work(&dir, " Nobody ").circle, "Nobody");
    }
}
