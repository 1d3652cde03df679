//! The search index's tests: runs listed, places kept, rows filed and
//! taken out, and the index's verdicts against reading every text.

use super::*;

fn index_of(texts: &[&str]) -> GramIndex {
    let mut index = GramIndex::new(texts.len());
    for (i, t) in texts.iter().enumerate() {
        index.add(i, &grams_of(t.as_bytes()));
    }
    index
}

/// What a search makes of the index's verdict: the text is read
/// between the places it gives.
fn holds(index: &GramIndex, texts: &[&str], i: usize, word: &str) -> bool {
    match index.word(word.as_bytes()).verdict(i) {
        Verdict::No => false,
        Verdict::Yes => true,
        Verdict::Within(bytes) => {
            let text = texts[i].as_bytes();
            text[bytes.start.min(text.len())..bytes.end.min(text.len())]
                .windows(word.len())
                .any(|w| w == word.as_bytes())
        }
    }
}

#[test]
fn the_runs_of_a_text_are_each_listed_once() {
    let got = grams_of(b"ababa");
    let mut short = got.short.clone();
    short.sort_unstable();
    let mut want = vec![
        gram(b"a"),
        gram(b"b"),
        gram(b"ab"),
        gram(b"ba"),
        gram(b"aba"),
        gram(b"bab"),
    ];
    want.sort_unstable();
    assert_eq!(short, want);
    // Runs of four with their first places.
    let at = |first, last| Seen { first, last };
    assert_eq!(
        got.four,
        vec![(four(b"abab"), at(0, 0)), (four(b"baba"), at(1, 1))]
    );
    // A run standing again keeps its first place and moves its last.
    let got = grams_of(b"abcdxabcdabcd");
    assert!(got.four.contains(&(four(b"abcd"), at(0, 9))));
    assert!(got.four.contains(&(four(b"dxab"), at(3, 3))));
    // The table is clean again: the same runs are listed again.
    assert_eq!(grams_of(b"aba").short.len(), 5);
}

#[test]
fn places_past_the_largest_kept_are_kept_as_it() {
    let mut text = vec![b'a'; usize::from(FAR) + 10];
    text.extend_from_slice(b"wxyz");
    let got = grams_of(&text);
    let at = |first, last| Seen { first, last };
    assert!(got.four.contains(&(four(b"wxyz"), at(FAR, FAR))));
    assert!(got.four.contains(&(four(b"aaaa"), at(0, FAR))));
}

#[test]
fn a_long_text_lists_every_distinct_run_of_four_once() {
    // More distinct runs than the set first has room for.
    let text: String = (0..40_000u32).map(|n| format!("{n:05} ")).collect();
    let got = grams_of(text.as_bytes());
    let mut runs: Vec<Four> = got.four.iter().map(|&(r, _)| r).collect();
    let listed = runs.len();
    runs.sort_unstable();
    runs.dedup();
    assert_eq!(runs.len(), listed, "each once");
    let mut want: Vec<Four> = text.as_bytes().windows(4).map(four).collect();
    want.sort_unstable();
    want.dedup();
    assert_eq!(runs, want);
}

/// Every run of one to four bytes of `text`, listed the slow and
/// obvious way: the short ones as grams, the fours with their first
/// and last places.
fn runs_read_one_by_one(text: &[u8]) -> (Vec<Gram>, Vec<(Four, Seen)>) {
    let mut short: Vec<Gram> = (1..=3)
        .flat_map(|len| text.windows(len).map(gram))
        .collect();
    short.sort_unstable();
    short.dedup();
    let mut fours = std::collections::BTreeMap::new();
    for (i, run) in text.windows(4).enumerate() {
        let place = Place::try_from(i).unwrap_or(FAR).min(FAR);
        fours
            .entry(four(run))
            .and_modify(|seen: &mut Seen| seen.last = place)
            .or_insert(Seen {
                first: place,
                last: place,
            });
    }
    let fours = fours.into_iter().collect();
    (short, fours)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1_000))]

    /// Listing runs from the runs of four (and the text's end) gives
    /// exactly the runs read one by one, for any text, one after
    /// another on the same thread: the tables lent from one text to
    /// the next are left clean.
    #[test]
    fn the_runs_listed_are_the_runs_read_one_by_one(
        text in proptest::prop_oneof![
            proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200),
            proptest::collection::vec(proptest::sample::select(b"ab \xC3".to_vec()), 0..400),
            proptest::collection::vec(proptest::sample::select(b"abcdefgh".to_vec()), 0..1500),
        ],
    ) {
        let got = grams_of(&text);
        let mut short = got.short.clone();
        short.sort_unstable();
        let listed = short.len();
        short.dedup();
        proptest::prop_assert_eq!(short.len(), listed, "each short run once");
        let mut fours = got.four.clone();
        fours.sort_unstable_by_key(|&(r, _)| r);
        let (want_short, want_fours) = runs_read_one_by_one(&text);
        proptest::prop_assert_eq!(short, want_short);
        proptest::prop_assert_eq!(fours, want_fours);
    }
}

proptest::proptest! {
    /// For every word, the index's verdicts, with the text read where
    /// it says to, give exactly the texts holding it; with texts dense
    /// enough for rows to fill, and words whose runs stand elsewhere.
    #[test]
    fn the_index_agrees_with_reading_the_text(
        texts in proptest::collection::vec("[ab é\\n]{0,40}", 1..200),
        word in "[abé]{1,7}",
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let index = index_of(&refs);
        let found = index.word(word.as_bytes());
        for (i, t) in texts.iter().enumerate() {
            let has = t.contains(&word);
            proptest::prop_assert_eq!(holds(&index, &refs, i, &word), has, "{:?} in {:?}", word, t);
            match found.verdict(i) {
                Verdict::Yes => proptest::prop_assert!(has),
                Verdict::Within(bytes) => {
                    // Never past where the word first is, never
                    // short of where it last ends.
                    if let Some(at) = t.find(&word) {
                        proptest::prop_assert!(bytes.start <= at, "{} > {}", bytes.start, at);
                    }
                    if let Some(at) = t.rfind(&word) {
                        proptest::prop_assert!(at + word.len() <= bytes.end, "{} < {}", bytes.end, at);
                    }
                }
                Verdict::No => {}
            }
            if word.len() <= 4 {
                proptest::prop_assert!(!matches!(found.verdict(i), Verdict::Within(_)));
            }
        }
    }
}

#[test]
fn short_words_are_exact_rows() {
    let index = index_of(&["the agenda", "a gen da", "gend"]);
    for word in ["a", "ge", "gen", "gend"] {
        for i in 0..3 {
            assert!(
                !matches!(index.word(word.as_bytes()).verdict(i), Verdict::Within(_)),
                "{word} in {i}"
            );
        }
    }
    assert_eq!(index.word(b"gend").verdict(0), Verdict::Yes);
    assert_eq!(index.word(b"gend").verdict(1), Verdict::No);
}

#[test]
fn a_word_whose_runs_first_stand_in_it_is_found_without_reading() {
    let texts = [
        "the release calendar",
        "please release it",
        "a calm sea",
        "please release it please",
        "release the lease, please",
    ];
    let index = index_of(&texts);
    assert_eq!(index.word(b"release").verdict(0), Verdict::Yes);
    // "ease" first stands in "please", but last in "release": found
    // there with no text read.
    assert_eq!(index.word(b"release").verdict(1), Verdict::Yes);
    assert_eq!(index.word(b"calendar").verdict(2), Verdict::No);
    assert!(holds(&index, &texts, 1, "release"));
    // "ease" first and last stands in a "please": only where "rele"
    // is can the word start, and only the word's own bytes are read.
    assert_eq!(index.word(b"release").verdict(3), Verdict::Within(7..14));
    assert!(holds(&index, &texts, 3, "release"));
    // Every run held, but no place left for the word between their
    // first and last places: ruled out with no text read.
    assert_eq!(index.word(b"please").verdict(4), Verdict::Yes);
    assert_eq!(index.word(b"leaserel").verdict(4), Verdict::No);
    assert_eq!(index.word(b"eleasethe").verdict(4), Verdict::No);
}

#[test]
fn a_pasted_sentence_is_spelled_out_by_every_fourth_run() {
    let word = "the release calendar is not visible to the rest";
    let texts = [
        format!("note: {word}."),
        // One letter short in the middle.
        word.replace("visible", "visble"),
        // Both halves, the wrong way round.
        format!("{} {}", &word[24..], &word[..24]),
        format!("{word}{word}"),
    ];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let index = index_of(&refs);
    // "the " stands twice in the word: its first place is where the
    // word starts and its last where the word's second "the " is, so
    // the word is found there with no text read.
    assert_eq!(index.word(word.as_bytes()).verdict(0), Verdict::Yes);
    // Twice over, no run stands once: the text is read, from where
    // the word first is to where it last ends.
    assert_eq!(
        index.word(word.as_bytes()).verdict(3),
        Verdict::Within(0..2 * word.len())
    );
    for (i, t) in refs.iter().enumerate() {
        assert_eq!(holds(&index, &refs, i, word), t.contains(word), "{t}");
    }
    // Without a run standing twice, found with no text read.
    let word = "release calendar is not visible";
    assert_eq!(index.word(word.as_bytes()).verdict(0), Verdict::Yes);
}

#[test]
fn a_session_read_again_is_filed_again() {
    let mut index = index_of(&["calendar", "budget"]);
    assert_eq!(index.word(b"cal").verdict(0), Verdict::Yes);
    assert_eq!(index.word(b"calendar").verdict(0), Verdict::Yes);
    index.remove(0, &grams_of(b"calendar"));
    index.add(0, &grams_of(b"kwartaal"));
    assert_eq!(index.word(b"cal").verdict(0), Verdict::No);
    assert_eq!(index.word(b"calendar").verdict(0), Verdict::No);
    assert_eq!(index.word(b"kwartaal").verdict(0), Verdict::Yes);
    assert_eq!(index.word(b"bud").verdict(1), Verdict::Yes);
}

#[test]
fn full_rows_are_filed_and_taken_out_like_lists() {
    // Enough sessions holding "agenda" for its rows to be full.
    let texts: Vec<String> = (0..300)
        .map(|i| format!("{} agenda {i}", "x".repeat(i % 7)))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut index = index_of(&refs);
    assert!(matches!(
        index.fours.get(&four(b"agen")),
        Some(Placed::Many(_))
    ));
    for i in 0..300 {
        assert_eq!(index.word(b"agenda").verdict(i), Verdict::Yes);
    }
    index.remove(5, &grams_of(refs[5].as_bytes()));
    assert_eq!(index.word(b"agenda").verdict(5), Verdict::No);
    assert_eq!(index.word(b"agenda").verdict(6), Verdict::Yes);
}
