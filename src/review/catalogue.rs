//! The session browser's data: every file in the sessions folder as an
//! entry, searchable as the person types.
//!
//! Building is two-phase so the first screen never waits for the whole
//! folder: [`Catalogue::scan`] only lists file names (their stems start
//! with the opening time, so they already sort newest first), and each
//! entry is then read on its own ([`read_entry`], [`Catalogue::fill`] or
//! [`Catalogue::fill_pending`]), on a worker thread or a few per UI tick.
//! Nothing is cached on disk. A file that cannot be read stays in the
//! catalogue as a bad entry carrying its error: never dropped, never fatal.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use chrono::{NaiveDateTime, Timelike};

use super::fold::fold;
use super::grams::{GramIndex, Grams, Verdict, WordHits, grams_of};
use crate::meeting::{Disposition, Ending, ItemId, Session};
use crate::store::{self, LoadError, LoadErrorKind, Loaded, SessionSummary, SessionsDir};

/// One file of the sessions folder; its index in [`Catalogue::entries`]
/// never changes, so a UI can keep it as the selection while entries fill.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where the file is.
    pub path: PathBuf,
    /// The session ID (file stem), shown even before the file is read.
    pub id: String,
    /// Whether the file has been read, and what it held.
    pub status: EntryStatus,
}

impl Entry {
    /// The opening time the file name carries (minute precision, the
    /// meeting's local time), so a pending entry can show a date before
    /// its file is read.
    pub fn time_in_name(&self) -> Option<NaiveDateTime> {
        time_in_name(&self.id)
    }

    /// The digest, once the file has been read successfully.
    pub fn digest(&self) -> Option<&Digest> {
        match &self.status {
            EntryStatus::Ready(d) => Some(d),
            _ => None,
        }
    }
}

/// How far an entry has been read; a UI shows a placeholder for pending
/// entries and the error for bad ones.
#[derive(Debug, Clone)]
pub enum EntryStatus {
    /// Listed, not read yet.
    Pending,
    /// Read: the summary and what search and cross-session review need.
    Ready(Box<Digest>),
    /// Could not be read; the error names the file and the remedy.
    Bad(LoadError),
}

/// What the browser keeps of one session: its summary plus the text that
/// search looks through, so the full log need not stay in memory.
#[derive(Debug, Clone)]
pub struct Digest {
    /// The line `spanning list` shows.
    pub summary: SessionSummary,
    /// Everyone who took part (late arrivals included), as named.
    pub people: Vec<String>,
    /// The agenda, for carried-over history across sessions.
    pub items: Vec<ItemDigest>,
    /// Folded text of everything searchable, one field per line.
    /// Shared with the catalogue, which keeps every session's text side
    /// by side for search to reach without touching the digest.
    haystack: Arc<str>,
    /// Folded circle name.
    circle_key: String,
    /// Folded participant names.
    people_keys: Vec<String>,
    /// Every run of one to four bytes of the haystack, until the
    /// catalogue files them in its index (then empty).
    grams: Grams,
}

/// One agenda item as cross-session review needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDigest {
    /// Its handle within its session.
    pub id: ItemId,
    /// The label as typed.
    pub label: String,
    /// The owner's name (names, not handles, are stable across sessions).
    pub owner: String,
    /// How it ended, if it did.
    pub ending: Option<Ending>,
    /// What close-out decided, if anything.
    pub disposition: Option<Disposition>,
}

impl Digest {
    /// Digests a loaded session found at `path`: everything search and
    /// carried-over history need, folded once so typing stays fast.
    pub fn of(path: &Path, loaded: &Loaded) -> Self {
        let summary = SessionSummary::of(path, loaded);
        let session = &loaded.session;
        let state = session.state();
        let people: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
        let items = state
            .agenda
            .iter()
            .map(|i| ItemDigest {
                id: i.id,
                label: i.label.clone(),
                owner: state.name(i.owner).to_owned(),
                ending: i.end.as_ref().map(|e| e.ending),
                disposition: i.disposition,
            })
            .collect();
        let haystack = haystack(session);
        Self {
            circle_key: fold(&summary.circle),
            people_keys: people.iter().map(|n| fold(n)).collect(),
            grams: grams_of(haystack.as_bytes()),
            haystack: haystack.into(),
            summary,
            people,
            items,
        }
    }

    /// [`Digest::of`] without the search text, for folds that never search
    /// (the circle's memory): building the text and its runs was most of
    /// a digest's cost. A search over it finds nothing.
    pub fn without_text(path: &Path, loaded: &Loaded) -> Self {
        let summary = SessionSummary::of(path, loaded);
        let state = loaded.session.state();
        let people: Vec<String> = state.people.iter().map(|p| p.who.name.clone()).collect();
        let items = state
            .agenda
            .iter()
            .map(|i| ItemDigest {
                id: i.id,
                label: i.label.clone(),
                owner: state.name(i.owner).to_owned(),
                ending: i.end.as_ref().map(|e| e.ending),
                disposition: i.disposition,
            })
            .collect();
        Self {
            circle_key: fold(&summary.circle),
            people_keys: Vec::new(),
            grams: Grams::default(),
            haystack: Arc::default(),
            summary,
            people,
            items,
        }
    }

    /// The folded text free-text search looks through (title, circle,
    /// names and roles, each item's texts, outputs and notes, one per
    /// line): a session matches a word exactly when this holds it.
    pub fn search_text(&self) -> &str {
        &self.haystack
    }

    /// Does this session match every part of the query? `words` says,
    /// for each word of the query, which sessions the index found may
    /// hold it; `index` is this session's place in the catalogue. What
    /// the index alone tells is asked first, so a session it settles is
    /// not touched at all (a folder's digests are far apart in memory).
    /// `text` is this session's search text, as the catalogue keeps it.
    fn matches(&self, index: usize, text: &str, query: &Folded, words: &[WordHits]) -> bool {
        if words.iter().any(|w| w.verdict(index) == Verdict::No) {
            return false;
        }
        query.circle.as_ref().is_none_or(|c| *c == self.circle_key)
            && query
                .participant
                .as_ref()
                .is_none_or(|p| self.people_keys.contains(p))
            && words
                .iter()
                .zip(&query.finders)
                .all(|(w, f)| match w.verdict(index) {
                    Verdict::No => false,
                    Verdict::Yes => true,
                    Verdict::Within(bytes) => {
                        // Usually the word is right where it can first
                        // start: compared there before searching on.
                        let text = text.as_bytes();
                        text.get(bytes.start..bytes.end.min(text.len()))
                            .is_some_and(|part| {
                                part.starts_with(f.needle()) || f.find(part).is_some()
                            })
                    }
                })
    }
}

/// Everything free-text search looks at, folded: title, circle, names and
/// roles, and per item its label, tension, example, every proposal
/// version, how it ended and why, plus the outputs and notes.
fn haystack(session: &Session) -> String {
    let setup = session.setup();
    let state = session.state();
    let mut fields: Vec<&str> = vec![&setup.title, &setup.circle];
    for p in &state.people {
        fields.push(&p.who.name);
        fields.extend(p.who.roles.iter().map(String::as_str));
    }
    for item in &state.agenda {
        fields.push(&item.label);
        fields.extend(item.tension());
        fields.extend(item.example());
        fields.extend(
            crate::meeting::DriverPart::ALL
                .map(|p| item.driver().part(p))
                .into_iter()
                .flatten(),
        );
        fields.extend(item.review().map(|r| r.criteria.as_str()));
        fields.extend(item.versions().iter().map(|v| v.text.as_str()));
        fields.extend(item.end.as_ref().and_then(|e| e.reason.as_deref()));
    }
    fields.extend(state.outputs.iter().map(|o| o.text.as_str()));
    fields.extend(state.notes.iter().map(|n| n.text.as_str()));
    fold(&fields.join("\n"))
}

/// What the person typed and picked in the browser. Every part narrows:
/// all words must occur somewhere in the session, and the circle and
/// participant filters must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Free text: words separated by spaces, case and diacritics ignored.
    pub text: String,
    /// Only sessions of this circle (exact name, case and diacritics ignored).
    pub circle: Option<String>,
    /// Only sessions this person took part in (exact name, likewise).
    pub participant: Option<String>,
}

impl Query {
    /// A free-text query, the common case while typing.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// Narrows to one circle.
    pub fn in_circle(mut self, circle: impl Into<String>) -> Self {
        self.circle = Some(circle.into());
        self
    }

    /// Narrows to sessions a person took part in.
    pub fn with_participant(mut self, name: impl Into<String>) -> Self {
        self.participant = Some(name.into());
        self
    }

    /// True when nothing narrows the list: every entry is shown.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.circle.is_none() && self.participant.is_none()
    }

    fn folded(&self) -> Folded {
        let words: Vec<String> = fold(&self.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        Folded {
            finders: words
                .iter()
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
                .collect(),
            words,
            circle: self.circle.as_deref().map(fold),
            participant: self.participant.as_deref().map(fold),
        }
    }
}

/// A query folded once per search rather than once per entry.
struct Folded {
    words: Vec<String>,
    /// Each word's substring searcher, built once per search.
    finders: Vec<memchr::memmem::Finder<'static>>,
    circle: Option<String>,
    participant: Option<String>,
}

/// Reads one session file into an entry status. Pure apart from reading
/// the file and `Send`, so a UI can run it on a worker thread and hand
/// the result to [`Catalogue::fill`].
pub fn read_entry(path: &Path) -> EntryStatus {
    match store::load(path) {
        Ok(loaded) => EntryStatus::Ready(Box::new(Digest::of(path, &loaded))),
        Err(e) => EntryStatus::Bad(e),
    }
}

/// All sessions of a folder, as the browser lists them.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    /// Every index in display order, sorted once after the entries last
    /// changed: a search only filters it, so a key typed costs the match
    /// checks alone, never a sort (nor a copy of an ID per hit).
    order: OnceLock<Vec<usize>>,
    /// Which read sessions hold which short runs of text (see
    /// [`super::grams`]), filled as entries are read.
    index: GramIndex,
    /// Each entry's search text (its digest's, shared; empty until read),
    /// side by side, so a search that must read some text does not reach
    /// through every digest for it.
    texts: Vec<Arc<str>>,
}

impl Catalogue {
    /// Phase one: lists the folder without reading any file, so the first
    /// screen can show every session's name at once. A missing folder is an
    /// empty catalogue; an unreadable one is a single bad entry naming it.
    pub fn scan(dir: &SessionsDir) -> Self {
        let paths = match dir.session_paths() {
            Ok(paths) => paths,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                let kind = if e.kind() == io::ErrorKind::PermissionDenied {
                    LoadErrorKind::PermissionDenied
                } else {
                    LoadErrorKind::Unreadable {
                        detail: e.to_string(),
                    }
                };
                return Self {
                    entries: vec![Entry {
                        path: dir.root().to_path_buf(),
                        id: String::new(),
                        status: EntryStatus::Bad(LoadError::new(dir.root(), kind)),
                    }],
                    order: OnceLock::new(),
                    index: GramIndex::new(1),
                    texts: Vec::new(),
                };
            }
        };
        let mut entries: Vec<Entry> = paths
            .into_iter()
            .map(|path| Entry {
                id: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path,
                status: EntryStatus::Pending,
            })
            .collect();
        // In display order (newest names first, undated names last), so
        // reading in index order fills the top of the screen first.
        entries.sort_by_cached_key(|e| {
            let time = time_in_name(&e.id);
            (Reverse(time.is_some()), Reverse(time), e.id.clone())
        });
        Self {
            index: GramIndex::new(entries.len()),
            texts: Vec::new(),
            entries,
            order: OnceLock::new(),
        }
    }

    /// Both phases at once: lists and reads every file, on all cores. For
    /// the CLI and tests; an interactive screen should scan and fill
    /// incrementally.
    pub fn load(dir: &SessionsDir) -> Self {
        let mut catalogue = Self::scan(dir);
        let work = catalogue.pending();
        let read = store::parallel::map_in_order(work.len(), |i| {
            let (index, path) = &work[i];
            (*index, read_entry(path))
        });
        for (index, status) in read {
            catalogue.fill(index, status);
        }
        catalogue
    }

    /// Builds a catalogue from sessions already in memory (a UI that just
    /// closed a meeting, tests), each with the path it is known by.
    pub fn from_loaded<'a>(sessions: impl IntoIterator<Item = (&'a Path, &'a Loaded)>) -> Self {
        let sessions: Vec<(&Path, &Loaded)> = sessions.into_iter().collect();
        let mut catalogue = Self {
            entries: sessions
                .iter()
                .map(|(path, loaded)| Entry {
                    path: path.to_path_buf(),
                    id: loaded.id.clone(),
                    status: EntryStatus::Pending,
                })
                .collect(),
            order: OnceLock::new(),
            index: GramIndex::new(sessions.len()),
            texts: Vec::new(),
        };
        // Filled as read entries are, so the index holds them too.
        for (i, (path, loaded)) in sessions.into_iter().enumerate() {
            catalogue.fill(i, EntryStatus::Ready(Box::new(Digest::of(path, loaded))));
        }
        catalogue
    }

    /// Every entry, in stable index order: the display order of the scan
    /// (see [`Catalogue::order`] for the order once files are read).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// One entry by index.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// How many files the folder holds, good and bad.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True for an empty folder.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries still to read, with their paths: the work list for a
    /// background reader.
    pub fn pending(&self) -> Vec<(usize, PathBuf)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.status, EntryStatus::Pending))
            .map(|(i, e)| (i, e.path.clone()))
            .collect()
    }

    /// How many entries have been read (well or badly), of how many; for a
    /// "reading 340 of 1000" line while search results are still partial.
    pub fn progress(&self) -> (usize, usize) {
        let read = self
            .entries
            .iter()
            .filter(|e| !matches!(e.status, EntryStatus::Pending))
            .count();
        (read, self.entries.len())
    }

    /// True once every file has been read: search results are final.
    pub fn is_complete(&self) -> bool {
        self.entries
            .iter()
            .all(|e| !matches!(e.status, EntryStatus::Pending))
    }

    /// Stores what reading an entry found (from [`read_entry`], possibly on
    /// another thread). An index out of range is ignored: the result
    /// belongs to an older listing.
    pub fn fill(&mut self, index: usize, status: EntryStatus) {
        let len = self.entries.len();
        let Some(entry) = self.entries.get_mut(index) else {
            return;
        };
        if let EntryStatus::Ready(old) = &entry.status {
            self.index.remove(index, &grams_of(old.haystack.as_bytes()));
        }
        entry.status = status;
        if self.texts.len() < len {
            self.texts.resize(len, Arc::default());
        }
        self.texts[index] = match &entry.status {
            EntryStatus::Ready(digest) => Arc::clone(&digest.haystack),
            _ => Arc::default(),
        };
        if let EntryStatus::Ready(digest) = &mut entry.status {
            // Listed on the reading thread; a digest that was filed before
            // (a copy from another catalogue) has given its list away.
            let grams = match std::mem::take(&mut digest.grams) {
                grams if grams.is_empty() => grams_of(digest.haystack.as_bytes()),
                grams => grams,
            };
            self.index.add(index, &grams);
        }
        self.order = OnceLock::new();
    }

    /// Reads up to `max` pending entries now, newest first, and returns how
    /// many are still pending; lets a UI fill the catalogue a few files per
    /// frame without a thread.
    pub fn fill_pending(&mut self, max: usize) -> usize {
        let next: Vec<usize> = (0..self.entries.len())
            .filter(|&i| matches!(self.entries[i].status, EntryStatus::Pending))
            .take(max)
            .collect();
        for index in next {
            let status = read_entry(&self.entries[index].path);
            self.fill(index, status);
        }
        self.pending_count()
    }

    fn pending_count(&self) -> usize {
        self.entries.len() - self.progress().0
    }

    /// Every entry in display order: newest first (by the opening time as
    /// read, or as the file name says while pending), bad files last.
    pub fn order(&self) -> Vec<usize> {
        self.search(&Query::default())
    }

    /// The entries matching the query, in display order. Pending entries
    /// only match an empty query (they are shown, not yet searchable);
    /// bad entries match an empty query or free text found in their file
    /// name, so a broken file can still be found, but never a circle or
    /// participant filter.
    pub fn search(&self, query: &Query) -> Vec<usize> {
        let order = self.order.get_or_init(|| {
            let mut all: Vec<usize> = (0..self.entries.len()).collect();
            all.sort_by_cached_key(|&i| self.sort_key(i));
            all
        });
        if query.is_empty() {
            return order.clone();
        }
        self.refine(order, query)
    }

    /// Narrows an earlier result as the person keeps typing more words:
    /// only entries already in `within` are checked, and their order is
    /// kept. (Entries read since `within` was made are not added; search
    /// again once [`Catalogue::is_complete`] changes.)
    pub fn refine(&self, within: &[usize], query: &Query) -> Vec<usize> {
        let all = query.is_empty();
        let folded = query.folded();
        let words: Vec<WordHits> = folded
            .words
            .iter()
            .map(|w| self.index.word(w.as_bytes()))
            .collect();
        within
            .iter()
            .copied()
            .filter(|&i| i < self.entries.len() && self.entry_matches(i, all, &folded, &words))
            .collect()
    }

    fn entry_matches(&self, index: usize, all: bool, query: &Folded, words: &[WordHits]) -> bool {
        let entry = &self.entries[index];
        match &entry.status {
            EntryStatus::Ready(d) => {
                all || d.matches(index, self.texts.get(index).map_or("", |t| t), query, words)
            }
            EntryStatus::Pending => all,
            EntryStatus::Bad(_) => {
                all || (query.circle.is_none() && query.participant.is_none() && {
                    let name = fold(&entry.id);
                    query.words.iter().all(|w| name.contains(w))
                })
            }
        }
    }

    /// Roughly how many bytes the search index takes (for measuring).
    pub fn index_bytes(&self) -> usize {
        self.index.bytes()
    }

    /// Display order: readable sessions and pending names by time, newest
    /// first (local wall-clock time, which is what file names carry), then
    /// pending names without a time, then bad files by path. Ties go by ID.
    fn sort_key(&self, index: usize) -> (u8, Reverse<Option<NaiveDateTime>>, String) {
        let entry = &self.entries[index];
        match &entry.status {
            // To the minute, like file names, so an entry does not jump
            // past its neighbours when it is read.
            EntryStatus::Ready(d) => (
                0,
                Reverse(
                    d.summary
                        .opened_at
                        .naive_local()
                        .with_second(0)
                        .and_then(|t| t.with_nanosecond(0)),
                ),
                entry.id.clone(),
            ),
            EntryStatus::Pending => match time_in_name(&entry.id) {
                Some(t) => (0, Reverse(Some(t)), entry.id.clone()),
                None => (1, Reverse(None), entry.id.clone()),
            },
            EntryStatus::Bad(_) => (2, Reverse(None), entry.path.to_string_lossy().into_owned()),
        }
    }

    /// The circles of all read sessions, for a circle filter to pick from.
    pub fn circles(&self) -> Vec<String> {
        distinct(self.digests().map(|d| d.summary.circle.as_str()))
    }

    /// Everyone who took part in any read session, for a participant filter.
    pub fn participants(&self) -> Vec<String> {
        distinct(
            self.digests()
                .flat_map(|d| d.people.iter().map(String::as_str)),
        )
    }

    /// The read sessions, in index order.
    pub fn digests(&self) -> impl Iterator<Item = &Digest> {
        self.entries.iter().filter_map(Entry::digest)
    }
}

/// Names that fold alike count once (the first spelling seen is kept),
/// sorted by their folded form.
fn distinct<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for name in names {
        seen.entry(fold(name)).or_insert_with(|| name.to_owned());
    }
    seen.into_values().collect()
}

/// The opening time a session file name starts with (`2026-11-22T1405-…`),
/// so unread entries sort where they will land once read.
/// Read by hand rather than by chrono's format parser: every name of the
/// folder is read this way before the first frame.
fn time_in_name(id: &str) -> Option<NaiveDateTime> {
    let head = id.as_bytes().get(..15)?;
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        head[range].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if head[4] != b'-' || head[7] != b'-' || head[10] != b'T' {
        return None;
    }
    let date = chrono::NaiveDate::from_ymd_opt(
        i32::try_from(number(0..4)?).ok()?,
        number(5..7)?,
        number(8..10)?,
    )?;
    date.and_hms_opt(number(11..13)?, number(13..15)?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_in_a_name_is_read_as_chrono_reads_it() {
        let names = [
            "2026-11-22T1405-governance-ab12",
            "2026-11-22T1405",
            "1999-01-01T0000-x",
            "2024-02-29T2359-leap",
            "2026-02-29T1200-no-leap-day",
            "2026-13-01T1200-month",
            "2026-11-22T2460-minute",
            "2026-11-22T2400-hour",
            "2026-11-22 1405-space",
            "2026/11/22T1405-slashes",
            "20x6-11-22T1405-letter",
            "2026-11-22T140",
            "notes",
            "",
            "2026-11-22T14é5-accent",
        ];
        for name in names {
            let chrono = name
                .get(..15)
                .and_then(|h| NaiveDateTime::parse_from_str(h, "%Y-%m-%dT%H%M").ok());
            assert_eq!(time_in_name(name), chrono, "{name}");
        }
    }

    /// The search index over one text, and whether it may hold a word.
    struct OneText(GramIndex);

    impl OneText {
        fn of(text: &str) -> Self {
            let mut index = GramIndex::new(1);
            index.add(0, &grams_of(text.as_bytes()));
            Self(index)
        }

        fn may_contain(&self, word: &str) -> bool {
            self.0.word(word.as_bytes()).verdict(0) != Verdict::No
        }
    }

    proptest::proptest! {
        /// The search index never rules out a word the text contains.
        #[test]
        fn pieces_never_rule_out_what_is_there(
            text in "[a-zé ëø\\n]{0,200}",
            from in 0usize..200,
            len in 1usize..12,
        ) {
            let pieces = OneText::of(&text);
            let chars: Vec<char> = text.chars().collect();
            let from = from.min(chars.len());
            let word: String = chars[from..(from + len).min(chars.len())].iter().collect();
            proptest::prop_assert!(pieces.may_contain(&word));
        }
    }

    #[test]
    fn pieces_rule_out_most_absent_words() {
        let text = fold("Weekly governance: the release calendar, Zoë's proposal");
        let pieces = OneText::of(&text);
        assert!(pieces.may_contain("calendar"));
        assert!(pieces.may_contain("zoe"));
        let absent = ["budget", "quarterly", "xylophone", "kwartaal", "jj"];
        let ruled_out = absent.iter().filter(|w| !pieces.may_contain(w)).count();
        assert!(ruled_out >= 4, "{ruled_out} of {}", absent.len());
    }

    /// The index gives the same results as reading every session's text
    /// (what search did before it), on generated meetings in both
    /// languages, filled in two halves with a search between.
    #[test]
    fn search_finds_what_reading_every_text_finds() {
        use crate::generate::{Spec, session};
        use crate::text::Lang;
        let loaded: Vec<(PathBuf, Loaded)> = (0..24)
            .map(|seed| {
                let lang = if seed % 2 == 0 { Lang::En } else { Lang::Nl };
                let id = format!("2026-01-{:02}T1000-s{seed}", seed + 1);
                let s = session(Spec {
                    seed,
                    events: 120,
                    lang,
                    leave_open: seed % 5 == 0,
                });
                (
                    PathBuf::from(format!("{id}.json")),
                    Loaded { id, session: s },
                )
            })
            .collect();
        let full = Catalogue::from_loaded(loaded.iter().map(|(p, l)| (p.as_path(), l)));
        let mut halves = Catalogue::from_loaded(std::iter::empty());
        halves.entries = full
            .entries
            .iter()
            .map(|e| Entry {
                path: e.path.clone(),
                id: e.id.clone(),
                status: EntryStatus::Pending,
            })
            .collect();
        halves.index = GramIndex::new(halves.entries.len());
        let words = [
            "e", "en", "the", "een", "besluit", "proposal", "voorstel", "zq", "é", "ing", "agenda",
            "x", "ee", "tion", "a b", "en de", "2026", "s1",
        ];
        let reading = |c: &Catalogue, text: &str| -> Vec<usize> {
            let words: Vec<String> = fold(text).split_whitespace().map(str::to_owned).collect();
            c.order()
                .into_iter()
                .filter(|&i| match c.entries[i].digest() {
                    Some(d) => words.iter().all(|w| d.haystack.contains(w.as_str())),
                    None => false,
                })
                .collect()
        };
        let mut found_any = 0;
        for step in 0..2 {
            let from = step * loaded.len() / 2;
            for i in from..from + loaded.len() / 2 {
                let status = full.entries[i].status.clone();
                halves.fill(i, status);
            }
            for w in words {
                let want = reading(&full, w);
                assert_eq!(full.search(&Query::text(w)), want, "{w}");
                let half = reading(&halves, w);
                assert_eq!(
                    halves.search(&Query::text(w)),
                    half,
                    "{w} after half {step}"
                );
                found_any += usize::from(!want.is_empty());
            }
        }
        assert!(found_any >= 20, "the words are found in some sessions");
        // A session read again is found by its new text only.
        let first = full.order()[0];
        let mut again = full.clone();
        let other = (first + 1) % loaded.len();
        let status = full.entries[other].status.clone();
        again.fill(first, status);
        for w in words {
            assert_eq!(
                again.search(&Query::text(w)),
                reading(&again, w),
                "{w} read again"
            );
        }
    }
}
