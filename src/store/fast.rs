//! Reading a session file the quick way. Every event is a `Recorded`: its
//! `seq` and `at` beside the internally tagged `Event`, flattened. serde's
//! derived reader for that shape copies each event into a buffer of its
//! own (to find the fields `Recorded` does not claim), and then into a
//! second one (to find the `type` tag) before the variant is read, which
//! was most of what `spanning list` spent after the JSON scan itself.
//! serde has no faster path for internally tagged enums (serde-rs/serde
//! issue 1495, pull request 1922, both open), and no maintained crate
//! offers one.
//!
//! Spanning always writes `seq`, `at` and `type` first. When an event
//! starts that way, `seq`, `at` and the tag are read here directly and
//! the rest of the object goes straight to the variant the tag names,
//! through the externally tagged copy of `Event` that `tag_first!` derives
//! from the same declaration (`EventByTag`), so nothing is buffered. Any
//! other order (a hand-edited file) is handed, with what was already read
//! replayed in front, to `Recorded`'s derived reader. The pieces that do
//! this (`Tagged`, `Rest`, `Replay`) are plain serde and live in
//! `meeting::tag_first`, which also uses them for enums nested in events
//! (a `turn_taken`'s `Speech`). Every reader here is derived from `Event`
//! and `Recorded` themselves, so a new event variant needs nothing here.
//!
//! This reader is only ever used for its successes: whenever it fails, the
//! file is read again by the derived `SessionFile` reader, whose error is
//! the one reported. So it has one duty: when it succeeds, it must give
//! exactly what the derived reader gives (the tests below check that for
//! every kind of event and for other key orders).

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::file::SessionFile;
use crate::meeting::event::{EventByTag, fast_timestamp};
use crate::meeting::tag_first::{Given, Replay, Text, read_tagged};
use crate::meeting::{Recorded, Setup};

/// The session file in `bytes`, if this reader can read it; `None` sends
/// the file to the derived reader, which then also explains what is wrong.
pub(super) fn read(bytes: &[u8]) -> Option<SessionFile> {
    // Checking the whole file as UTF-8 at once and parsing it as text is
    // cheaper than serde_json checking string by string (a tenth of the
    // parse); a file that is not UTF-8 is the derived reader's to refuse.
    let text = std::str::from_utf8(bytes).ok()?;
    serde_json::from_str::<QuickSessionFile>(text)
        .ok()
        .map(SessionFile::from)
}

/// [`SessionFile`] with its events read by [`QuickRecorded`]. Its fields
/// and their attributes must match `SessionFile`'s; the conversion below
/// names every field, so one added there does not compile until added here.
#[derive(Deserialize)]
struct QuickSessionFile {
    format: String,
    version: u32,
    id: String,
    setup: Setup,
    #[serde(deserialize_with = "events")]
    events: Vec<Recorded>,
}

impl From<QuickSessionFile> for SessionFile {
    fn from(quick: QuickSessionFile) -> Self {
        let QuickSessionFile {
            format,
            version,
            id,
            setup,
            events,
        } = quick;
        SessionFile {
            format,
            version,
            id,
            setup,
            events,
        }
    }
}

/// The events of a file, each read tag-first when it can be, with one
/// [`Clock`] for them all.
fn events<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Recorded>, D::Error> {
    struct Events;
    impl<'de> Visitor<'de> for Events {
        type Value = Vec<Recorded>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_seq<S: de::SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<Recorded>, S::Error> {
            let mut clock = Clock::default();
            let mut events = Vec::new();
            while let Some(event) = seq.next_element_seed(OneEvent(&mut clock))? {
                events.push(event);
            }
            Ok(events)
        }
    }
    d.deserialize_seq(Events)
}

/// One event of a file, read with the file's [`Clock`].
struct OneEvent<'c>(&'c mut Clock);

impl<'de> DeserializeSeed<'de> for OneEvent<'_> {
    type Value = Recorded;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Recorded, D::Error> {
        d.deserialize_map(RecordedVisitor { clock: self.0 })
    }
}

/// One event, read tag-first when it can be (see the module's comment).
#[cfg(test)]
struct QuickRecorded(Recorded);

#[cfg(test)]
impl<'de> Deserialize<'de> for QuickRecorded {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        OneEvent(&mut Clock::default())
            .deserialize(d)
            .map(QuickRecorded)
    }
}

/// The day and offset of the latest event time read in spanning's own
/// form: most events of a file share them, so only the time of day is
/// read again. What it gives is exactly what [`fast_timestamp`] gives.
#[derive(Default)]
struct Clock {
    /// The date (`YYYY-MM-DD`) and offset (`±HH:MM`) as written.
    key: [u8; 16],
    /// What they mean; `None` until a time was read.
    day: Option<(chrono::NaiveDate, FixedOffset)>,
}

impl Clock {
    /// An event's time, as `Recorded`'s own reader takes it.
    fn read<E: de::Error>(&mut self, text: &str) -> Result<DateTime<FixedOffset>, E> {
        let b = text.as_bytes();
        let key = (b.len() == 25).then(|| {
            let mut key = [0u8; 16];
            key[..10].copy_from_slice(&b[..10]);
            key[10..].copy_from_slice(&b[19..]);
            key
        });
        if let (Some(key), Some((date, offset))) = (key, self.day)
            && key == self.key
            && let Some(at) = same_day(b, date, offset)
        {
            return Ok(at);
        }
        match fast_timestamp(text) {
            Some(at) => {
                if let Some(key) = key {
                    self.key = key;
                    self.day = Some((at.naive_local().date(), *at.offset()));
                }
                Ok(at)
            }
            None => text.parse().map_err(E::custom),
        }
    }
}

/// The time in `b` (25 bytes, whose date and offset are `date` and
/// `offset`), read as [`fast_timestamp`] reads it; `None` when it would
/// not read it (then it reads the whole text itself). Worked out from the
/// seconds since local midnight, without chrono's general conversion from
/// local time (a tenth of what reading a time cost).
fn same_day(
    b: &[u8],
    date: chrono::NaiveDate,
    offset: FixedOffset,
) -> Option<DateTime<FixedOffset>> {
    const DAY: i32 = 86_400;
    if b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |at: usize| -> Option<i32> {
        let (hi, lo) = (b[at], b[at + 1]);
        (hi.is_ascii_digit() && lo.is_ascii_digit())
            .then(|| i32::from(hi - b'0') * 10 + i32::from(lo - b'0'))
    };
    let (hour, minute, second) = (num(11)?, num(14)?, num(17)?);
    // What `and_hms_opt` refuses (a leap second too) goes the long way.
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // The same instant in UTC, which is what `DateTime` holds; the local
    // day's midnight moved by the offset can fall on the day before or
    // after.
    let utc = hour * 3600 + minute * 60 + second - offset.local_minus_utc();
    let (utc_date, utc_second) = if utc < 0 {
        (date.pred_opt()?, utc + DAY)
    } else if utc >= DAY {
        (date.succ_opt()?, utc - DAY)
    } else {
        (date, utc)
    };
    let time =
        chrono::NaiveTime::from_num_seconds_from_midnight_opt(u32::try_from(utc_second).ok()?, 0)?;
    Some(DateTime::from_naive_utc_and_offset(
        utc_date.and_time(time),
        offset,
    ))
}

struct RecordedVisitor<'c> {
    clock: &'c mut Clock,
}

impl<'de> Visitor<'de> for RecordedVisitor<'_> {
    type Value = Recorded;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Recorded")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Recorded, A::Error> {
        // What was read before a key out of spanning's order: handed, with
        // that key, to `Recorded`'s derived reader as if read afresh.
        let general = |given: Vec<(&'static str, Given<'de>)>, key, map| {
            Recorded::deserialize(MapAccessDeserializer::new(Replay::new(given, key, map)))
        };
        let seq = match map.next_key::<Text<'de>>()? {
            Some(key) if key.0 == "seq" => map.next_value::<u64>()?,
            key => return general(Vec::new(), key, map),
        };
        let at = match map.next_key::<Text<'de>>()? {
            Some(key) if key.0 == "at" => map.next_value::<Text<'de>>()?,
            key => return general(vec![("seq", Given::U64(seq))], key, map),
        };
        match map.next_key::<Text<'de>>()? {
            Some(key) if key.0 == "type" => {}
            key => {
                let given = vec![("seq", Given::U64(seq)), ("at", Given::Text(at))];
                return general(given, key, map);
            }
        }
        let at = self.clock.read(&at.0)?;
        let event = read_tagged(&mut map, &["seq", "at", "type"], |tagged| {
            EventByTag::deserialize(tagged)
        })?;
        Ok(Recorded { seq, at, event })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;
    use serde_json::Value;

    use super::*;
    use crate::generate::{Spec, session};
    use crate::meeting::{Event, Lang, Speech};

    /// Both readers on one event's JSON text.
    fn both(json: &str) -> (Option<Recorded>, Option<Recorded>) {
        let quick = serde_json::from_str::<QuickRecorded>(json)
            .ok()
            .map(|q| q.0);
        let general = serde_json::from_str::<Recorded>(json).ok();
        (quick, general)
    }

    /// Every variant's `type`, taken from serde's own "expected one of"
    /// list, so a variant added to `Event` is in it without anyone
    /// writing it down.
    fn every_tag() -> BTreeSet<String> {
        let json = r#"{"type":"no such event"}"#;
        let message = serde_json::from_str::<Event>(json)
            .expect_err("unknown type")
            .to_string();
        let list = message
            .split("expected one of ")
            .nth(1)
            .expect("serde lists the variants");
        let tags: BTreeSet<String> = list
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect();
        assert!(tags.len() > 30, "{message}");
        tags
    }

    /// Events of every kind: generated meetings, the shipped example and
    /// the frozen version-1 file, and a hand-written sample of each kind
    /// none of those produce.
    fn samples() -> Vec<Recorded> {
        let mut events = Vec::new();
        for seed in 0..12 {
            let s = session(Spec {
                seed,
                events: 400,
                lang: if seed % 2 == 0 { Lang::En } else { Lang::Nl },
                leave_open: seed % 3 == 0,
            });
            events.extend(s.log().iter().cloned());
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![root.join("tests/data/session-v1.json")];
        for entry in std::fs::read_dir(root.join("sessions")).expect("sessions folder") {
            files.push(entry.expect("entry").path());
        }
        for path in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let bytes = std::fs::read(path).expect("read");
            let file: SessionFile = serde_json::from_slice(&bytes).expect("loads");
            events.extend(file.events);
        }
        let at = "2024-03-05T14:02:09+01:00";
        for rest in [
            r#""type":"help_requested""#,
            r#""type":"proposal_corrected","text":"Notes go out before release""#,
            r#""type":"timebox_changed","minutes":45"#,
            r#""type":"timebox_changed","minutes":null"#,
            r#""type":"secretary_changed","person":null"#,
            r#""type":"secretary_changed","person":2"#,
            r#""type":"facilitator_changed","person":1"#,
            r#""type":"round_reordered","order":[2,0,1]"#,
            r#""type":"participant_joined","person":4,"participant":{"name":"Eva","roles":["Ops"]}"#,
            r#""type":"presence_changed","person":1,"present":false,"reason":"train""#,
            r#""type":"item_edited","item":3,"label":"Budget","owner":1"#,
            r#""type":"item_moved","item":3,"position":0"#,
            r#""type":"item_removed","item":3"#,
            r#""type":"question_ruled_out_of_order","question":2,"reason":"a reaction""#,
            r#""type":"test_requested","concern":1,"by":2"#,
            r#""type":"secretary_ruled","concern":1,"upheld":true,"note":"breaks 2.1""#,
            r#""type":"objection_abandoned","concern":1,"reason":"no good faith""#,
            r#""type":"time_out_started","requested_by":2,"reason":"process""#,
            r#""type":"time_out_ended","note":"agreed""#,
            r#""type":"out_of_order","person":1,"kind":"cross_talk","note":"x""#,
            r#""type":"item_disposed","item":2,"disposition":"let_go""#,
            r#""type":"turn_skipped","person":3,"reason":"absent""#,
            r#""type":"retracted","retracts":1"#,
            r#""type":"entry_edited","list":"metrics","number":1,"text":"Uptime","role":"Ops""#,
            r#""type":"entry_removed","list":"checklist","number":2"#,
            r#""type":"action_reviewed","number":1,"status":"dropped","note":"not needed""#,
            r#""type":"offer_taken","number":1,"item":4,"owner":2"#,
            r#""type":"offer_let_go","number":2"#,
            r#""type":"project_status_set","number":1,"status":{"status":"waiting","on":"Finance"}"#,
            r#""type":"project_status_set","number":2,"status":{"status":"done"}"#,
            r#""type":"part_added","version":1,"part":{"part":"create_role","name":"Finance","accountabilities":["Paying invoices"]}"#,
            r#""type":"part_added","version":2,"part":{"part":"add_entry","role":{"id":"core:secretary","name":"Secretary","base":3},"list":"domain","text":"Minutes"}"#,
            r#""type":"part_changed","version":2,"number":1,"part":{"part":"remove_policy","policy":{"name":"Spending"}}"#,
            r#""type":"part_removed","version":2,"number":1"#,
        ] {
            let json = format!(r#"{{"seq":2,"at":"{at}",{rest}}}"#);
            let event: Recorded = serde_json::from_str(&json).expect("a valid sample");
            events.push(event);
        }
        events
    }

    /// The entries of an event's object in the order spanning writes them.
    fn entries(event: &Recorded) -> Vec<(String, Value)> {
        let Value::Object(map) = serde_json::to_value(event).expect("json") else {
            unreachable!("an event is an object")
        };
        let mut first: Vec<(String, Value)> = ["seq", "at", "type"]
            .iter()
            .map(|k| ((*k).to_owned(), map[*k].clone()))
            .collect();
        first.extend(
            map.into_iter()
                .filter(|(k, _)| !["seq", "at", "type"].contains(&k.as_str())),
        );
        first
    }

    fn object(entries: &[(String, Value)]) -> String {
        let inner: Vec<String> = entries
            .iter()
            .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), v))
            .collect();
        format!("{{{}}}", inner.join(","))
    }

    #[test]
    fn the_samples_hold_every_kind_of_event() {
        let found: BTreeSet<String> = samples()
            .iter()
            .map(|e| entries(e)[2].1.as_str().expect("tag").to_owned())
            .collect();
        let missing: Vec<String> = every_tag().difference(&found).cloned().collect();
        assert!(
            missing.is_empty(),
            "add a sample of each new event kind to samples(): {missing:?}"
        );
    }

    #[test]
    fn every_kind_of_event_reads_the_same_both_ways_in_every_order() {
        for event in samples() {
            let written = serde_json::to_string(&event).expect("json");
            let (quick, general) = both(&written);
            assert_eq!(quick.as_ref(), Some(&event), "{written}");
            assert_eq!(general.as_ref(), Some(&event), "{written}");
            // Hand-edited files: the same entries in other orders.
            let canonical = entries(&event);
            let n = canonical.len();
            let mut orders = vec![canonical.iter().rev().cloned().collect::<Vec<_>>()];
            for shift in 1..n {
                let mut rotated = canonical.clone();
                rotated.rotate_left(shift);
                orders.push(rotated);
            }
            for (a, b) in [(0, 1), (1, 2), (0, 2)] {
                let mut swapped = canonical.clone();
                swapped.swap(a, b);
                orders.push(swapped);
            }
            for order in orders {
                let json = object(&order);
                let (quick, general) = both(&json);
                assert_eq!(general.as_ref(), Some(&event), "{json}");
                assert_eq!(quick.as_ref(), Some(&event), "{json}");
            }
        }
    }

    #[test]
    fn what_the_general_reader_refuses_the_quick_one_does_not_accept() {
        let at = "2024-03-05T14:02:09+01:00";
        for json in [
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x","seq":2}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x","at":"{at}"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","s\u0065q":2,"text":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","type":"help_requested"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"help_requested","type":"help_requested"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x","typ\u0065":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"help_requested","seq":1}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x","text":"y"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"item_started"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"item_started","item":"3"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"phase_entered","phase":"nowhere"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":null,"text":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":{{"note_recorded":{{"text":"x"}}}}}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x""#),
            format!(r#"{{"seq":1,"at":"{at}","type":"no_such_event"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":5}}"#),
            r#"{"seq":1,"at":"yesterday","type":"note_recorded","text":"x"}"#.to_owned(),
            format!(r#"{{"seq":-1,"at":"{at}","type":"note_recorded","text":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","text":"x"}}"#),
            r#"{"seq":1,"type":"note_recorded","text":"x"}"#.to_owned(),
            format!(r#"{{"at":"{at}","type":"note_recorded","text":"x"}}"#),
            format!(r#"{{"seq":1,"seq":1,"at":"{at}","type":"note_recorded","text":"x"}}"#),
            "{}".to_owned(),
            "[]".to_owned(),
            "5".to_owned(),
        ] {
            let (quick, general) = both(&json);
            assert_eq!(general, None, "{json}");
            assert_eq!(quick, None, "{json}");
        }
    }

    #[test]
    fn odd_but_valid_events_read_the_same_both_ways() {
        let at = "2024-03-05T14:02:09+01:00";
        for json in [
            // Escapes in keys and values, unknown extra fields, other time forms.
            format!(r#"{{"seq":1,"at":"{at}","type":"note_recorded","t\u0065xt":"a\nb"}}"#),
            format!(r#"{{"s\u0065q":1,"at":"{at}","type":"note_recorded","text":"x"}}"#),
            format!(r#"{{"seq":1,"\u0061t":"{at}","type":"note_recorded","text":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","typ\u0065":"note_recorded","text":"x"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"note_r\u0065corded","text":"x"}}"#),
            format!(
                r#"{{"seq":1,"at":"{at}","type":"note_recorded","text":"x","extra":[1,{{"a":2}}]}}"#
            ),
            r#"{"seq":1,"at":"2024-03-05T14:02:09.250Z","type":"note_recorded","text":"x"}"#
                .to_owned(),
            format!(
                r#"{{"seq":1,"at":"{at}","type":"item_ended","ending":"adopted","reason":null}}"#
            ),
            format!(r#"{{"seq":1,"at":"{at}","type":"phase_entered","phase":"closed"}}"#),
            // A variant without fields ignores other entries, as serde's
            // internally tagged reader does; so does one with fields.
            format!(r#"{{"seq":1,"at":"{at}","type":"help_requested","text":"x","n":[1]}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"help_requested"}}"#),
            format!(r#"{{"seq":1,"at":"{at}","type":"item_started","item":3,"why":{{}}}}"#),
            // Optional fields left out or null, nested tagged values.
            format!(r#"{{"seq":1,"at":"{at}","type":"item_ended","ending":"adopted"}}"#),
            format!(
                r#"{{"seq":1,"at":"{at}","type":"turn_taken","person":1,"speech":{{"text":"a","kind":"said"}}}}"#
            ),
            // A numeric tag is a variant index to serde; the quick reader
            // leaves it to the general one rather than read it differently.
            format!(r#"{{"seq":1,"at":"{at}","type":17,"text":"x"}}"#),
        ] {
            let (quick, general) = both(&json);
            assert!(general.is_some(), "{json}");
            if let Some(quick) = quick {
                assert_eq!(Some(quick), general, "{json}");
            }
        }
    }

    #[test]
    fn speeches_read_the_same_both_ways_in_every_order() {
        let at = "2024-03-05T14:02:09+01:00";
        let said = Speech::Said {
            text: "Budget".into(),
        };
        for (speech, expected) in [
            (r#"{"kind":"said","text":"Budget"}"#, Some(&said)),
            (r#"{"text":"Budget","kind":"said"}"#, Some(&said)),
            (r#"{"kind":"said","extra":1,"text":"Budget"}"#, Some(&said)),
            (
                r#"{"extra":[1],"text":"Budget","kind":"said"}"#,
                Some(&said),
            ),
            (r#"{"t\u0065xt":"Budget","kin\u0064":"said"}"#, Some(&said)),
            (r#"{"kind":0,"text":"Budget"}"#, Some(&said)),
            (r#"["said","Budget"]"#, Some(&said)),
            (r#"{"kind":"pass"}"#, Some(&Speech::Pass)),
            (r#"{"kind":"pass","text":"Budget"}"#, Some(&Speech::Pass)),
            (r#"{"text":"Budget","kind":"pass"}"#, Some(&Speech::Pass)),
            (r#"{"kind":"said"}"#, None),
            (r#"{"text":"Budget"}"#, None),
            (r#"{"kind":"said","text":"Budget","kind":"said"}"#, None),
            (r#"{"kind":"said","text":"a","text":"b"}"#, None),
            (r#"{"kind":"said","text":5}"#, None),
            (r#"{"kind":"shouted","text":"Budget"}"#, None),
            (r#"{"kind":"pass","kind":"pass"}"#, None),
            (r#"{}"#, None),
            (r#""said""#, None),
        ] {
            for json in [
                format!(
                    r#"{{"seq":1,"at":"{at}","type":"turn_taken","person":1,"speech":{speech}}}"#
                ),
                format!(
                    r#"{{"seq":1,"at":"{at}","type":"turn_taken","speech":{speech},"person":1}}"#
                ),
                format!(
                    r#"{{"speech":{speech},"seq":1,"type":"turn_taken","at":"{at}","person":1}}"#
                ),
            ] {
                let (quick, general) = both(&json);
                let speech_of = |r: Option<Recorded>| match r.map(|r| r.event) {
                    Some(Event::TurnTaken { speech, .. }) => Some(speech),
                    _ => None,
                };
                assert_eq!(speech_of(general).as_ref(), expected, "{json}");
                // A numeric `kind` is a variant's number to serde, which
                // JSON text only gives it once buffered: the quick reader
                // leaves it to the derived one. Any other speech it reads.
                if !speech.starts_with(r#"{"kind":0"#) {
                    assert_eq!(speech_of(quick).as_ref(), expected, "{json}");
                } else if let Some(quick) = speech_of(quick) {
                    assert_eq!(Some(&quick), expected, "{json}");
                }
            }
        }
    }

    fn real_file() -> Vec<u8> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::read(root.join("tests/data/session-v1.json")).expect("frozen file")
    }

    #[test]
    fn whole_files_read_the_same_both_ways() {
        let bytes = real_file();
        let general: SessionFile = serde_json::from_slice(&bytes).expect("loads");
        assert_eq!(read(&bytes), Some(general));
        let s = session(Spec {
            seed: 3,
            events: 600,
            lang: Lang::Nl,
            leave_open: false,
        });
        let bytes = crate::store::session_bytes("x", &s);
        let general: SessionFile = serde_json::from_slice(&bytes).expect("loads");
        assert_eq!(read(&bytes).as_ref(), Some(&general));
        assert_eq!(general.events, s.log());
    }

    /// A time as `Recorded`'s derived reader reads it.
    fn plain_time(text: &str) -> Option<DateTime<FixedOffset>> {
        serde_json::from_value::<Recorded>(serde_json::json!({
            "seq": 1, "at": text, "type": "help_requested"
        }))
        .ok()
        .map(|r| r.at)
    }

    /// Every time of day read after another time of the same day and
    /// offset (the clock's quick path) reads as the derived reader reads
    /// it, on days whose UTC instant falls on the day before or after.
    #[test]
    fn times_sharing_a_day_read_as_the_derived_reader() {
        let dates = [
            "2024-03-05",
            "2024-02-29",
            "2023-12-31",
            "2024-01-01",
            "0000-01-01",
            "9999-12-31",
        ];
        let offsets = [
            "+01:00", "-05:30", "+00:00", "+14:00", "-12:00", "+05:45", "-00:00",
        ];
        let mut quick = 0;
        for date in dates {
            for offset in offsets {
                let mut clock = Clock::default();
                let first = format!("{date}T12:00:00{offset}");
                assert_eq!(
                    clock.read::<serde_json::Error>(&first).ok(),
                    plain_time(&first)
                );
                for h in 0..=24 {
                    for (m, sec) in [(0, 0), (30, 59), (59, 59), (60, 0), (0, 60)] {
                        let text = format!("{date}T{h:02}:{m:02}:{sec:02}{offset}");
                        let read = clock.read::<serde_json::Error>(&text).ok();
                        assert_eq!(read, plain_time(&text), "{text}");
                        quick += usize::from(read.is_some());
                    }
                }
            }
        }
        // On each day and offset, 24 hours x 3 ordinary minute/second
        // pairs, read the quick way, and the leap second `:60`, which
        // chrono takes and the quick way leaves to it; minute 60 and
        // hour 24 are refused both ways.
        assert_eq!(quick, dates.len() * offsets.len() * 24 * 4);
    }

    proptest! {
        /// A run of times read with one clock (so most share the day and
        /// offset of the one before, as in a file) reads each time as the
        /// derived reader does, odd and refused ones included.
        #[test]
        fn the_clock_reads_times_as_the_derived_reader(
            times in proptest::collection::vec(
                (
                    prop_oneof![Just("2024-03-05"), Just("2024-02-29"), Just("2023-02-29"), Just("2024-3-05x"), Just("2023-12-31"), Just("2024-01-01"), Just("0000-01-01"), Just("9999-12-31")],
                    prop_oneof![Just('T'), Just(' '), Just('t')],
                    0u32..26, 0u32..61, 0u32..62,
                    prop_oneof![Just("+01:00"), Just("-05:30"), Just("+00:00"), Just("Z"), Just("+25:00"), Just("+01:60"), Just("+14:00"), Just("-12:00"), Just("+05:45"), Just("-00:00")],
                    any::<bool>(),
                ),
                1..12,
            ),
        ) {
            let mut clock = Clock::default();
            for (date, t, h, m, sec, offset, digits) in times {
                let text = if digits {
                    format!("{date}{t}{h:02}:{m:02}:{sec:02}{offset}")
                } else {
                    format!("{date}{t}{h:02}:{m:02}:x{sec}{offset}")
                };
                let read = clock.read::<serde_json::Error>(&text).ok();
                prop_assert_eq!(read, plain_time(&text), "{}", text);
            }
        }

        /// A speech of any entries in any order, damaged or not, inside
        /// an event in spanning's order: the quick reader gives exactly
        /// what the derived one gives, and refuses what it refuses.
        #[test]
        fn speeches_of_any_shape_never_read_differently(
            entries in proptest::collection::vec(
                (
                    prop_oneof![Just(r#""kind""#), Just(r#""text""#), Just(r#""kin\u0064""#), Just(r#""x""#)],
                    prop_oneof![Just(r#""said""#), Just(r#""pass""#), Just(r#""no""#), Just("0"), Just("1"), Just("null"), Just("[1]"), Just(r#"{"kind":"said"}"#)],
                ),
                0..5,
            ),
            cut in proptest::option::of(0usize..60),
        ) {
            let items: Vec<String> = entries.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            let mut speech = format!("{{{}}}", items.join(","));
            if let Some(cut) = cut {
                speech.truncate(cut.min(speech.len()));
            }
            let json = format!(
                r#"{{"seq":1,"at":"2024-03-05T14:02:09+01:00","type":"turn_taken","person":1,"speech":{speech}}}"#
            );
            let (quick, general) = both(&json);
            if let Some(quick) = quick {
                prop_assert_eq!(Some(quick), general, "{}", json);
            }
        }

        /// Whatever damage a file has, the quick reader either gives up
        /// or gives exactly what the derived reader gives.
        #[test]
        fn damaged_files_never_read_differently(
            cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..4, proptest::collection::vec(any::<u8>(), 0..6)), 1..4)
        ) {
            let mut bytes = real_file();
            for (at, remove, insert) in &cuts {
                let start = at.index(bytes.len());
                let end = (start + remove).min(bytes.len());
                bytes.splice(start..end, insert.iter().copied());
            }
            if let Some(quick) = read(&bytes) {
                let general = serde_json::from_slice::<SessionFile>(&bytes);
                prop_assert_eq!(Some(quick), general.ok());
            }
        }
    }
}
