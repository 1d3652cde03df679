//! The catalogue's search index: for every run of one, two, three or four
//! bytes of folded text, which sessions hold it, and for runs of four
//! where each session holds it first and last. Built as sessions are read
//! (each session's runs are listed on the reading thread, the catalogue
//! files them when it takes the result), so a key typed into search looks
//! up rows instead of reading every session's text:
//!
//! - a word of one to four bytes is exactly its row: no text is read;
//! - a longer word is covered by its runs of four (overlapping, so they
//!   spell it out). The word at `p` puts each run, `j` bytes into it, at
//!   `p + j`, between the run's first and last place in the session. A
//!   session where every run stands exactly there, at its first or its
//!   last place, for one `p`, holds the word at `p`: no text is read. A
//!   session where no `p` fits between all the first and last places
//!   does not hold it: no text is read either. Only the other sessions
//!   are read, and only the bytes between the earliest and the latest
//!   place the word can start at (plus its length), usually finding it
//!   right at the start.
//!
//! So a common word ("agenda" in nearly every session) costs a pass over
//! a few rows and next to no text, at any length of text.
//!
//! A row is a list of sessions while few hold the run, and one entry per
//! session once many do: a bit for runs of one to three bytes, a first
//! and a last place (two bytes each) for runs of four. Places past 65,533
//! bytes are kept as that number: as a first place a bound that stays
//! true (the text is read from it), as a last place no bound at all.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A run of one to three bytes as a number: its length above its bytes,
/// so runs of different lengths never share a key.
pub(super) type Gram = u32;

/// A run of four bytes, as they are (big-endian): no two runs share one.
type Four = u32;

/// A first place, in bytes from the start of the text.
type Place = u16;

/// No place: the session does not hold the run.
const ABSENT: Place = Place::MAX;

/// The largest place kept; a run first seen later is kept here, which
/// still bounds where a word can start from below, but no longer says
/// exactly where the run is.
const FAR: Place = Place::MAX - 1;

fn gram(run: &[u8]) -> Gram {
    let mut key = (run.len() as u32) << 24;
    for (i, &b) in run.iter().enumerate() {
        key |= u32::from(b) << (8 * (run.len() - 1 - i));
    }
    key
}

fn four(run: &[u8]) -> Four {
    u32::from_be_bytes([run[0], run[1], run[2], run[3]])
}

thread_local! {
    /// Which runs of three bytes the text being listed has shown already:
    /// one bit for each of the 2^24 possible runs (2 MiB a reading
    /// thread), cleared bit by bit after each text.
    static SEEN: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Where a text holds a run of four: its first and its last place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    first: Place,
    last: Place,
}

/// Not held at all (in a full row).
const NOT_SEEN: Seen = Seen {
    first: ABSENT,
    last: ABSENT,
};

/// The runs of one text, listed on the thread that read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Grams {
    /// Every distinct run of one, two and three bytes.
    short: Vec<Gram>,
    /// Every distinct run of four bytes, with its first and last place.
    four: Vec<(Four, Seen)>,
}

impl Grams {
    /// True when nothing was listed (an empty text, or given away).
    pub(super) fn is_empty(&self) -> bool {
        self.short.is_empty()
    }
}

/// The runs of four bytes listed so far, each with where it is in the
/// list (to move its last place on): open addressing, grown as it fills,
/// so it stays small for the usual text and bounded by twice the distinct
/// runs of a long one.
///
/// Its slots are the reading thread's own ([`SLOTS`]), lent for one text
/// and handed back cleared: a table allocated afresh for every text came
/// from pages the kernel had to hand out (and take back) each time, and a
/// fresh zeroed page read before it is written costs a second fault that
/// stops every other core to flush its address cache.
struct FourSet {
    /// A run in the low 32 bits, its place in the list plus one above
    /// them, or 0 for an empty slot; only the first `len` are in use.
    slots: Vec<u64>,
    /// The slots in use: a power of two.
    len: usize,
    filled: usize,
}

thread_local! {
    /// The slots of the last [`FourSet`] on this thread, all 0 between
    /// texts: kept up to 2^15 (256 KiB a reading thread); a longer text's
    /// grown table is given back to the allocator.
    static SLOTS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

impl FourSet {
    fn with_room_for(runs: usize) -> Self {
        let len = (runs * 2).next_power_of_two().clamp(64, 1 << 15);
        let mut slots = SLOTS.with_borrow_mut(std::mem::take);
        if slots.len() < len {
            slots.resize(len, 0);
        }
        Self {
            slots,
            len,
            filled: 0,
        }
    }

    fn slot(&self, run: Four) -> usize {
        let bits = self.len.trailing_zeros();
        (run.wrapping_mul(0x9E37_79B1) >> (32 - bits)) as usize
    }

    /// Where `run` is in the list, or, when it is not there yet, adds it
    /// at `next` and gives `None`.
    fn entry(&mut self, run: Four, next: usize) -> Option<usize> {
        if (self.filled + 1) * 2 > self.len {
            let old: Vec<u64> = self.slots[..self.len]
                .iter()
                .copied()
                .filter(|&s| s != 0)
                .collect();
            self.slots[..self.len].fill(0);
            self.len *= 2;
            if self.slots.len() < self.len {
                self.slots.resize(self.len, 0);
            }
            for s in old {
                let mut at = self.slot(s as u32);
                while self.slots[at] != 0 {
                    at = (at + 1) & (self.len - 1);
                }
                self.slots[at] = s;
            }
        }
        let mut at = self.slot(run);
        loop {
            match self.slots[at] {
                0 => {
                    self.slots[at] = u64::from(run) | (next as u64 + 1) << 32;
                    self.filled += 1;
                    return None;
                }
                s if s as u32 == run => return Some((s >> 32) as usize - 1),
                _ => at = (at + 1) & (self.len - 1),
            }
        }
    }
}

impl Drop for FourSet {
    /// Hands the slots back to the thread, cleared for the next text.
    fn drop(&mut self) {
        let mut slots = std::mem::take(&mut self.slots);
        slots[..self.len].fill(0);
        SLOTS.with_borrow_mut(|kept| {
            if kept.len() < slots.len() && slots.len() <= 1 << 15 {
                *kept = slots;
            }
        });
    }
}

/// Every distinct run of one, two and three bytes of `text`, and every
/// distinct run of four with the places it first and last stands, in no
/// particular order.
///
/// Only the runs of four are looked up for every byte. Each shorter run
/// begins a longer one, except the one ending the text: so the distinct
/// runs of three are the beginnings of the distinct runs of four plus the
/// text's last three bytes, and likewise down to runs of one. Most runs
/// of four stand more than once, so this looks at far fewer runs than a
/// lookup of every length at every byte.
pub(super) fn grams_of(text: &[u8]) -> Grams {
    let mut out = Grams::default();
    let mut fours = FourSet::with_room_for(text.len());
    for (i, run) in text.windows(4).enumerate() {
        let run = four(run);
        let place = Place::try_from(i).unwrap_or(FAR).min(FAR);
        match fours.entry(run, out.four.len()) {
            Some(at) => out.four[at].1.last = place,
            None => out.four.push((
                run,
                Seen {
                    first: place,
                    last: place,
                },
            )),
        }
    }
    drop(fours);
    // The text's last run of `len` bytes, as a number.
    let last = |len: usize| {
        let start = text.len().checked_sub(len)?;
        Some(
            text[start..]
                .iter()
                .fold(0u32, |n, &b| n << 8 | u32::from(b)),
        )
    };
    SEEN.with_borrow_mut(|seen| {
        if seen.is_empty() {
            seen.resize((1 << 24) / 64, 0);
        }
        let beginnings = out.four.iter().map(|&(run, _)| run >> 8);
        for three in beginnings.chain(last(3)) {
            let at = three as usize;
            if seen[at / 64] & (1 << (at % 64)) == 0 {
                seen[at / 64] |= 1 << (at % 64);
                out.short.push(3 << 24 | three);
            }
        }
        let threes = out.short.len();
        let mut two_seen = [0u64; (1 << 16) / 64];
        for i in 0..threes {
            let two = (out.short[i] & 0xFF_FFFF) >> 8;
            let at = two as usize;
            if two_seen[at / 64] & (1 << (at % 64)) == 0 {
                two_seen[at / 64] |= 1 << (at % 64);
                out.short.push(2 << 24 | two);
            }
        }
        if let Some(two) = last(2) {
            let at = two as usize;
            if two_seen[at / 64] & (1 << (at % 64)) == 0 {
                out.short.push(2 << 24 | two);
            }
        }
        let mut one_seen = [false; 256];
        for i in threes..out.short.len() {
            let one = (out.short[i] & 0xFFFF) >> 8;
            if !std::mem::replace(&mut one_seen[one as usize], true) {
                out.short.push(1 << 24 | one);
            }
        }
        if let Some(one) = last(1)
            && !one_seen[one as usize]
        {
            out.short.push(1 << 24 | one);
        }
        // Leave the table clean for the next text.
        for &three in &out.short[..threes] {
            let at = (three & 0xFF_FFFF) as usize;
            seen[at / 64] = 0;
        }
    });
    out
}

/// Which sessions hold one run of one to three bytes.
#[derive(Debug, Clone)]
enum Row {
    /// Session indices, unsorted, each once.
    Few(Vec<u32>),
    /// One bit per session index.
    Many(Vec<u64>),
}

/// Which sessions hold one run of four bytes, and where first and last.
#[derive(Debug, Clone)]
enum Placed {
    /// Session indices, unsorted, each once, and beside each its places.
    Few(Vec<u32>, Vec<Seen>),
    /// Places per session index ([`NOT_SEEN`] where it is not held).
    Many(Vec<Seen>),
}

impl Placed {
    /// How many sessions may hold the run (all of them, for a full row).
    fn size(&self, len: usize) -> usize {
        match self {
            Placed::Few(sessions, _) => sessions.len(),
            Placed::Many(_) => len,
        }
    }
}

/// A set of session indices as bits, what a search intersects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Hits(Vec<u64>);

impl Hits {
    /// True if session `index` is in the set.
    pub(super) fn contains(&self, index: usize) -> bool {
        self.0
            .get(index / 64)
            .is_some_and(|w| w & (1 << (index % 64)) != 0)
    }
}

/// A multiplicative hash for run keys: they are small numbers, and the
/// standard hasher's defence against chosen keys is not needed here.
#[derive(Default)]
struct GramHasher(u64);

impl Hasher for GramHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Rows<K, R> = HashMap<K, R, BuildHasherDefault<GramHasher>>;

/// The index over a catalogue of `len` sessions.
#[derive(Debug, Clone, Default)]
pub(super) struct GramIndex {
    /// How many sessions the catalogue holds (indices are below it).
    len: usize,
    /// Runs of one to three bytes.
    rows: Rows<Gram, Row>,
    /// Runs of four bytes, with places.
    fours: Rows<Four, Placed>,
}

/// What the index says about one searched word, session by session.
pub(super) enum WordHits {
    /// Exactly the sessions holding it.
    Exact(Hits),
    /// Per session: [`NO`], [`YES`], or the first and last place the word
    /// can start at (its text is read between them).
    Placed {
        /// The word's length in bytes.
        len: usize,
        /// One entry per session index.
        verdicts: Vec<(u32, u32)>,
    },
}

const NO: (u32, u32) = (u32::MAX, 0);
const YES: (u32, u32) = (u32::MAX - 1, 0);

/// Whether one session holds a word, as far as the index can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Verdict {
    /// It does not.
    No,
    /// It does.
    Yes,
    /// It may, and only within these bytes of its text (the range may run
    /// past the text's end): read them.
    Within(std::ops::Range<usize>),
}

impl WordHits {
    /// The verdict for session `index`.
    pub(super) fn verdict(&self, index: usize) -> Verdict {
        match self {
            WordHits::Exact(hits) if hits.contains(index) => Verdict::Yes,
            WordHits::Exact(_) => Verdict::No,
            WordHits::Placed { len, verdicts } => {
                match verdicts.get(index).copied().unwrap_or(NO) {
                    NO => Verdict::No,
                    YES => Verdict::Yes,
                    (from, last) => {
                        Verdict::Within(from as usize..(last as usize).saturating_add(*len))
                    }
                }
            }
        }
    }
}

/// Where a session may hold a word, gathered over the rows of its runs.
/// The word at `p` puts each of its runs, `j` bytes into it, at `p + j`,
/// which lies between the run's first and last place: so `p` is at least
/// every run's first place less `j` (`earliest`), and at most every
/// run's last place less `j` (`latest`; a last place kept as [`FAR`]
/// bounds nothing).
#[derive(Clone, Copy)]
struct Candidate {
    index: u32,
    earliest: i32,
    latest: i32,
    /// Where the rarest run's first and last place would start the word,
    /// while every run since stands exactly there (at its first or last
    /// place): then the word is there. `NONE` once not.
    pinned: [i32; 2],
}

/// No pinned start.
const NONE: i32 = i32::MIN;

/// A place less `j`, or [`NONE`] for a place kept as [`FAR`] (only a
/// bound, not where the run is).
fn exact(place: Place, j: i32) -> i32 {
    if place == FAR {
        NONE
    } else {
        i32::from(place) - j
    }
}

impl Candidate {
    /// Session `index`, from where it holds the rarest run, at `j` in the
    /// word (`seen` is not [`NOT_SEEN`]).
    fn new(index: usize, seen: Seen, j: i32) -> Self {
        let pinned = [exact(seen.first, j), exact(seen.last, j)];
        Candidate {
            index: index as u32,
            earliest: i32::from(seen.first) - j,
            latest: if pinned[1] == NONE {
                i32::MAX
            } else {
                pinned[1]
            },
            pinned,
        }
    }

    /// Takes in where the session holds a further run, at `j` in the
    /// word: false when it does not, or no start is left for the word.
    fn take(&mut self, seen: Seen, j: i32) -> bool {
        if seen.first == ABSENT {
            return false;
        }
        let first = exact(seen.first, j);
        let last = exact(seen.last, j);
        self.earliest = self.earliest.max(i32::from(seen.first) - j);
        if last != NONE {
            self.latest = self.latest.min(last);
        }
        for pin in &mut self.pinned {
            if *pin != first && *pin != last {
                *pin = NONE;
            }
        }
        self.earliest <= self.latest
    }

    /// What the index can tell of the session, as a number.
    fn verdict(&self) -> (u32, u32) {
        if self.latest < 0 {
            NO
        } else if self.pinned != [NONE; 2] {
            // Every run stands where the word would put it.
            YES
        } else {
            // A first place is at most FAR: never taken for NO or YES.
            (self.earliest.max(0) as u32, self.latest as u32)
        }
    }
}

impl GramIndex {
    /// An empty index for a catalogue of `len` sessions.
    pub(super) fn new(len: usize) -> Self {
        Self {
            len,
            rows: HashMap::default(),
            fours: HashMap::default(),
        }
    }

    fn words(&self) -> usize {
        self.len.div_ceil(64)
    }

    /// Files session `index` under each of its runs (from [`grams_of`]).
    /// A session filed again must be [`GramIndex::remove`]d first.
    pub(super) fn add(&mut self, index: usize, grams: &Grams) {
        if index >= self.len {
            return;
        }
        let words = self.words();
        // A row turns into bits once a list would take more memory.
        let many_from = words * 2;
        for &g in &grams.short {
            let row = self.rows.entry(g).or_insert_with(|| Row::Few(Vec::new()));
            match row {
                Row::Few(list) => {
                    list.push(index as u32);
                    if list.len() > many_from {
                        let mut bits = vec![0u64; words];
                        for &i in list.iter() {
                            bits[i as usize / 64] |= 1 << (i % 64);
                        }
                        *row = Row::Many(bits);
                    }
                }
                Row::Many(bits) => bits[index / 64] |= 1 << (index % 64),
            }
        }
        // Likewise for places: eight bytes a session in a list, four in a
        // full row.
        let many_from = self.len / 2;
        for &(run, place) in &grams.four {
            let row = self
                .fours
                .entry(run)
                .or_insert_with(|| Placed::Few(Vec::new(), Vec::new()));
            match row {
                Placed::Few(sessions, places) => {
                    sessions.push(index as u32);
                    places.push(place);
                    if sessions.len() > many_from {
                        let mut all = vec![NOT_SEEN; self.len];
                        for (&i, &p) in sessions.iter().zip(places.iter()) {
                            all[i as usize] = p;
                        }
                        *row = Placed::Many(all);
                    }
                }
                Placed::Many(all) => all[index] = place,
            }
        }
    }

    /// Takes session `index` out of the rows of its runs `grams` (as
    /// [`grams_of`] listed them from the text it was filed with), when its
    /// file was read again: only those rows, not the whole index.
    pub(super) fn remove(&mut self, index: usize, grams: &Grams) {
        for g in &grams.short {
            match self.rows.get_mut(g) {
                Some(Row::Few(list)) => list.retain(|&i| i as usize != index),
                Some(Row::Many(bits)) => {
                    if let Some(w) = bits.get_mut(index / 64) {
                        *w &= !(1 << (index % 64));
                    }
                }
                None => {}
            }
        }
        for (run, _) in &grams.four {
            match self.fours.get_mut(run) {
                Some(Placed::Few(sessions, places)) => {
                    if let Some(at) = sessions.iter().position(|&i| i as usize == index) {
                        sessions.swap_remove(at);
                        places.swap_remove(at);
                    }
                }
                Some(Placed::Many(all)) => {
                    if let Some(p) = all.get_mut(index) {
                        *p = NOT_SEEN;
                    }
                }
                None => {}
            }
        }
    }

    fn row(&self, g: Gram) -> Hits {
        let mut bits = vec![0u64; self.words()];
        match self.rows.get(&g) {
            None => {}
            Some(Row::Many(row)) => bits.copy_from_slice(row),
            Some(Row::Few(list)) => {
                for &i in list {
                    bits[i as usize / 64] |= 1 << (i % 64);
                }
            }
        }
        Hits(bits)
    }

    /// Which sessions hold `word` (folded), as far as the index tells.
    pub(super) fn word(&self, word: &[u8]) -> WordHits {
        if word.is_empty() {
            // Every text holds the empty word.
            let mut bits = vec![u64::MAX; self.words()];
            if let Some(last) = bits.last_mut()
                && !self.len.is_multiple_of(64)
            {
                *last = (1 << (self.len % 64)) - 1;
            }
            return WordHits::Exact(Hits(bits));
        }
        if word.len() <= 3 {
            return WordHits::Exact(self.row(gram(word)));
        }
        let none = || WordHits::Placed {
            len: word.len(),
            verdicts: Vec::new(),
        };
        // The runs that spell the word out: all of them for a word of a
        // usual length (each narrows), for a long one (a pasted sentence)
        // every fourth and the last, which still cover every byte.
        let last = word.len() - 4;
        let step = if last < 24 { 1 } else { 4 };
        let mut runs: Vec<(i32, &Placed)> = Vec::new();
        let tail = (!last.is_multiple_of(step)).then_some(last);
        for j in (0..=last).step_by(step).chain(tail) {
            match self.fours.get(&four(&word[j..j + 4])) {
                Some(row) => runs.push((j as i32, row)),
                None => return none(),
            }
        }
        // The rarest first, so the candidates are few from the start.
        runs.sort_by_key(|(_, row)| row.size(self.len));
        let mut verdicts = vec![NO; self.len];
        let full: Vec<(i32, &[Seen])> = runs
            .iter()
            .filter_map(|&(j, row)| match row {
                Placed::Many(all) => Some((j, all.as_slice())),
                Placed::Few(..) => None,
            })
            .collect();
        if full.len() == runs.len() {
            // Every row is full (a common word): one pass down them
            // together, session by session.
            let (j, first) = full[0];
            for (i, &seen) in first.iter().enumerate() {
                if seen.first == ABSENT {
                    continue;
                }
                let mut c = Candidate::new(i, seen, j);
                if full[1..].iter().all(|&(j, row)| c.take(row[i], j)) {
                    verdicts[i] = c.verdict();
                }
            }
            return WordHits::Placed {
                len: word.len(),
                verdicts,
            };
        }
        let mut candidates: Vec<Candidate> = match runs[0] {
            (j, Placed::Few(sessions, places)) => sessions
                .iter()
                .zip(places)
                .map(|(&i, &p)| Candidate::new(i as usize, p, j))
                .collect(),
            (j, Placed::Many(all)) => all
                .iter()
                .enumerate()
                .filter(|(_, p)| p.first != ABSENT)
                .map(|(i, &p)| Candidate::new(i, p, j))
                .collect(),
        };
        // A list row is spread into places per session to look up, and
        // taken back out after.
        let mut spread: Vec<Seen> = Vec::new();
        for &(j, row) in &runs[1..] {
            if candidates.is_empty() {
                break;
            }
            let all: &[Seen] = match row {
                Placed::Many(all) => all,
                Placed::Few(sessions, places) => {
                    if spread.is_empty() {
                        spread = vec![NOT_SEEN; self.len];
                    }
                    for (&i, &p) in sessions.iter().zip(places) {
                        spread[i as usize] = p;
                    }
                    &spread
                }
            };
            candidates.retain_mut(|c| c.take(all[c.index as usize], j));
            if let Placed::Few(sessions, _) = row {
                for &i in sessions {
                    spread[i as usize] = NOT_SEEN;
                }
            }
        }
        for c in candidates {
            verdicts[c.index as usize] = c.verdict();
        }
        WordHits::Placed {
            len: word.len(),
            verdicts,
        }
    }

    /// Bytes the rows take, roughly (for measuring, not for limits).
    pub fn bytes(&self) -> usize {
        let short: usize = self
            .rows
            .values()
            .map(|r| match r {
                Row::Few(list) => list.capacity() * 4,
                Row::Many(bits) => bits.len() * 8,
            } + 32)
            .sum();
        let four: usize = self
            .fours
            .values()
            .map(|r| match r {
                Placed::Few(sessions, places) => sessions.capacity() * 4 + places.capacity() * 4,
                Placed::Many(all) => all.len() * 4,
            } + 56)
            .sum();
        short + four
    }
}

#[cfg(test)]
#[path = "grams_tests.rs"]
mod tests;
