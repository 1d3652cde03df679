//! The catalogue's search index: for every run of one, two or three bytes
//! of folded text, which sessions hold it. Built as sessions are read
//! (each session's runs are listed on the reading thread, the catalogue
//! files them when it takes the result), so a key typed into search looks
//! up rows instead of reading every session's text:
//!
//! - a word of one to three bytes is exactly its row: no text is read;
//! - a longer word can only be in sessions that hold all of its runs of
//!   four bytes (kept by a 24-bit hash), so only those sessions' text is
//!   read to confirm it.
//!
//! A row is a sorted list of sessions while few hold the run, and a bit
//! per session once many do, so memory stays below four bytes per session
//! and run, and one eighth of a byte per session for a run nearly all hold.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A run of one to three bytes as a number: its length above its bytes,
/// so runs of different lengths never share a key.
pub(super) type Gram = u32;

fn gram(run: &[u8]) -> Gram {
    let mut key = (run.len() as u32) << 24;
    for (i, &b) in run.iter().enumerate() {
        key |= u32::from(b) << (8 * (run.len() - 1 - i));
    }
    key
}

/// A run of four bytes, hashed into 24 bits: rows of four-byte runs
/// narrow long words further, and a shared hash only widens a row (the
/// text is read to confirm a long word anyway).
fn gram4(run: &[u8]) -> Gram {
    let n = u32::from_le_bytes([run[0], run[1], run[2], run[3]]);
    (4 << 24) | (n.wrapping_mul(0x9E37_79B1) >> 8)
}

thread_local! {
    /// Which runs of three bytes the text being listed has shown already:
    /// one bit for each of the 2^24 possible runs (2 MiB a reading
    /// thread), cleared bit by bit after each text.
    static SEEN: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    /// The same for runs of four bytes, by their 24-bit hash.
    static SEEN4: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// Every distinct run of one, two and three bytes of `text`, and every
/// distinct hash of a run of four, in no particular order.
pub(super) fn grams_of(text: &[u8]) -> Vec<Gram> {
    let mut short_seen = vec![0u64; (1 << 16) / 64];
    let mut one_seen = [0u64; 4];
    let mut out = Vec::new();
    SEEN.with_borrow_mut(|seen| {
        SEEN4.with_borrow_mut(|seen4| {
            if seen.is_empty() {
                seen.resize((1 << 24) / 64, 0);
            }
            if seen4.is_empty() {
                seen4.resize((1 << 24) / 64, 0);
            }
            for (i, &a) in text.iter().enumerate() {
                if one_seen[usize::from(a) / 64] & (1 << (a % 64)) == 0 {
                    one_seen[usize::from(a) / 64] |= 1 << (a % 64);
                    out.push(gram(&[a]));
                }
                let Some(&b) = text.get(i + 1) else { continue };
                let two = usize::from(a) << 8 | usize::from(b);
                if short_seen[two / 64] & (1 << (two % 64)) == 0 {
                    short_seen[two / 64] |= 1 << (two % 64);
                    out.push(gram(&[a, b]));
                }
                let Some(&c) = text.get(i + 2) else { continue };
                let three = two << 8 | usize::from(c);
                if seen[three / 64] & (1 << (three % 64)) == 0 {
                    seen[three / 64] |= 1 << (three % 64);
                    out.push(gram(&[a, b, c]));
                }
                let Some(&d) = text.get(i + 3) else { continue };
                let four = gram4(&[a, b, c, d]);
                let h = (four & 0xFF_FFFF) as usize;
                if seen4[h / 64] & (1 << (h % 64)) == 0 {
                    seen4[h / 64] |= 1 << (h % 64);
                    out.push(four);
                }
            }
            // Leave the table clean for the next text.
            for &g in &out {
                let low = (g & 0xFF_FFFF) as usize;
                match g >> 24 {
                    3 => seen[low / 64] = 0,
                    4 => seen4[low / 64] = 0,
                    _ => {}
                }
            }
        })
    });
    out
}

/// Which sessions hold one run.
#[derive(Debug, Clone)]
enum Row {
    /// Session indices, unsorted, each once.
    Few(Vec<u32>),
    /// One bit per session index.
    Many(Vec<u64>),
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

    fn and(&mut self, other: &Hits) {
        for (w, o) in self.0.iter_mut().zip(&other.0) {
            *w &= o;
        }
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

/// The index over a catalogue of `len` sessions.
#[derive(Debug, Clone, Default)]
pub(super) struct GramIndex {
    /// How many sessions the catalogue holds (indices are below it).
    len: usize,
    rows: HashMap<Gram, Row, BuildHasherDefault<GramHasher>>,
}

/// What the index says about one searched word.
pub(super) struct WordHits {
    /// Sessions that may hold the word.
    pub(super) hits: Hits,
    /// True when every session in `hits` holds it (a word of one to three
    /// bytes); otherwise each must still be read to confirm.
    pub(super) exact: bool,
}

impl GramIndex {
    /// An empty index for a catalogue of `len` sessions.
    pub(super) fn new(len: usize) -> Self {
        Self {
            len,
            rows: HashMap::default(),
        }
    }

    fn words(&self) -> usize {
        self.len.div_ceil(64)
    }

    /// Files session `index` under each of its runs (from [`grams_of`]).
    /// A session filed again must be [`GramIndex::remove`]d first.
    pub(super) fn add(&mut self, index: usize, grams: &[Gram]) {
        if index >= self.len {
            return;
        }
        let words = self.words();
        // A row turns into bits once a list would take more memory.
        let many_from = words * 2;
        for &g in grams {
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
    }

    /// Takes session `index` out of every row (its file was read again).
    pub(super) fn remove(&mut self, index: usize) {
        for row in self.rows.values_mut() {
            match row {
                Row::Few(list) => list.retain(|&i| i as usize != index),
                Row::Many(bits) => {
                    if let Some(w) = bits.get_mut(index / 64) {
                        *w &= !(1 << (index % 64));
                    }
                }
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

    /// The sessions that may hold `word` (folded).
    pub(super) fn word(&self, word: &[u8]) -> WordHits {
        if word.is_empty() {
            // Every text holds the empty word.
            let mut bits = vec![u64::MAX; self.words()];
            if let Some(last) = bits.last_mut()
                && !self.len.is_multiple_of(64)
            {
                *last = (1 << (self.len % 64)) - 1;
            }
            return WordHits {
                hits: Hits(bits),
                exact: true,
            };
        }
        if word.len() <= 3 {
            return WordHits {
                hits: self.row(gram(word)),
                exact: true,
            };
        }
        let mut runs: Vec<Gram> = word.windows(4).map(gram4).collect();
        runs.sort_unstable();
        runs.dedup();
        let mut hits = self.row(runs[0]);
        for &g in &runs[1..] {
            hits.and(&self.row(g));
        }
        WordHits { hits, exact: false }
    }

    /// Bytes the rows take, roughly (for measuring, not for limits).
    pub fn bytes(&self) -> usize {
        self.rows
            .values()
            .map(|r| match r {
                Row::Few(list) => list.capacity() * 4,
                Row::Many(bits) => bits.len() * 8,
            } + 32)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_of(texts: &[&str]) -> GramIndex {
        let mut index = GramIndex::new(texts.len());
        for (i, t) in texts.iter().enumerate() {
            index.add(i, &grams_of(t.as_bytes()));
        }
        index
    }

    #[test]
    fn the_runs_of_a_text_are_each_listed_once() {
        let mut got = grams_of(b"abab");
        got.sort_unstable();
        let mut want = vec![
            gram(b"a"),
            gram(b"b"),
            gram(b"ab"),
            gram(b"ba"),
            gram(b"aba"),
            gram(b"bab"),
            gram4(b"abab"),
        ];
        want.sort_unstable();
        assert_eq!(got, want);
        // The table is clean again: the same runs are listed again.
        assert_eq!(grams_of(b"aba").len(), 5);
    }

    proptest::proptest! {
        /// For every word, the index gives exactly the texts holding it
        /// when the word is short, and never leaves one out when it is
        /// long; with texts dense enough for rows to turn into bits.
        #[test]
        fn the_index_agrees_with_reading_the_text(
            texts in proptest::collection::vec("[ab é\\n]{0,40}", 1..200),
            word in "[abé]{1,5}",
        ) {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let index = index_of(&refs);
            let found = index.word(word.as_bytes());
            for (i, t) in texts.iter().enumerate() {
                let holds = t.contains(&word);
                if holds {
                    proptest::prop_assert!(found.hits.contains(i), "{word:?} in {t:?}");
                }
                if found.exact {
                    proptest::prop_assert_eq!(found.hits.contains(i), holds, "{:?} in {:?}", word, t);
                }
            }
            proptest::prop_assert_eq!(found.exact, word.len() <= 3);
        }
    }

    #[test]
    fn a_session_read_again_is_filed_again() {
        let mut index = index_of(&["calendar", "budget"]);
        assert!(index.word(b"cal").hits.contains(0));
        index.remove(0);
        index.add(0, &grams_of(b"kwartaal"));
        assert!(!index.word(b"cal").hits.contains(0));
        assert!(index.word(b"kwa").hits.contains(0));
        assert!(index.word(b"bud").hits.contains(1));
    }

    #[test]
    fn long_words_are_narrowed_to_sessions_with_all_their_runs() {
        let index = index_of(&["the release calendar", "a calm sea", "zoe"]);
        let found = index.word(b"calendar");
        assert!(!found.exact);
        assert!(found.hits.contains(0));
        assert!(!found.hits.contains(1), "lacks \"enda\"");
        assert!(!found.hits.contains(2));
    }
}
