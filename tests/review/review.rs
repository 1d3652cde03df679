//! Review and replay: the catalogue over a real folder (search, filters,
//! bad files, two-phase filling), carried-over threads across sessions,
//! proposal diffs, time charts and the replay cursor.

use crate::support::common;
use crate::support::scenario::Scenario;
use crate::support::script::Script;

use std::fs;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, TimeZone};
use proptest::prelude::*;
use spanning::meeting::{
    Command, Disposition, Ending, Event, ItemId, OutputKind, PersonId, PhaseKind, Session,
};
use spanning::review::replay::{IDLE_SHOWN, pace};
use spanning::review::{
    Catalogue, EntryStatus, Highlight, MarkerKind, Outcome, Query, Replay, Segment, SpanKind,
    Speed, Status, Story, story,
};
use spanning::store::{LoadErrorKind, SessionsDir};
use spanning::text::Lang;

use common::{at, example_meeting};

// ---------------------------------------------------------------------------
// Generated sessions

/// What happens to an item in a generated meeting.
#[derive(Clone, Copy)]
enum Fate {
    /// Processed and adopted.
    Adopt,
    /// Not reached, carried over at close-out.
    Carry,
    /// Not reached, let go at close-out.
    LetGo,
}

/// One generated item: label, owner (index into people), fate.
struct PlannedItem {
    label: &'static str,
    owner: u32,
    fate: Fate,
    tension: &'static str,
    proposal: &'static str,
}

fn item(label: &'static str, owner: u32, fate: Fate) -> PlannedItem {
    PlannedItem {
        label,
        owner,
        fate,
        tension: "Something is not working.",
        proposal: "Try something else.",
    }
}

/// November 2026, day `day`, 10:00 at +01:00.
fn day(day: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, day, 10, 0, 0).single())
        .expect("valid time")
}

/// Drives the engine through a short but complete meeting: check-in,
/// agenda, the adopted items processed in full, closing, close-out with
/// the others carried over or let go, closed.
fn meeting(
    circle: &str,
    title: &str,
    people: &[&str],
    opened: DateTime<FixedOffset>,
    items: &[PlannedItem],
    output: Option<&str>,
) -> Session {
    let setup = Scenario::new(title, circle, opened, people)
        .roles(PersonId(0), None)
        .setup();
    let mut played = Script::open(setup).every(10);
    played.run(Command::StartCheckIn);
    for _ in people {
        played.pass();
    }
    played.run(Command::OpenAgenda);
    let mut ids = Vec::new();
    for planned in items {
        played.run(Command::AddItem {
            label: planned.label.to_owned(),
            owner: PersonId(planned.owner),
        });
        ids.push(played.session.state().agenda.last().expect("added").id);
    }
    for (planned, id) in items.iter().zip(&ids) {
        if !matches!(planned.fate, Fate::Adopt) {
            continue;
        }
        played.run(Command::StartItem { item: Some(*id) });
        played.run(Command::StateTension {
            text: planned.tension.to_owned(),
        });
        played.run(Command::GiveExample {
            text: "Last week.".to_owned(),
        });
        played.run(Command::StateProposal {
            text: planned.proposal.to_owned(),
        });
        played.run(Command::OpenClarifyingQuestions);
        played.run(Command::OpenReactionRound);
        for _ in 1..people.len() {
            played.pass();
        }
        played.run(Command::OpenAmendAndClarify);
        played.run(Command::OpenObjectionRound);
        for _ in people {
            played.pass();
        }
        if let Some(text) = output {
            played.run(Command::RecordOutput {
                kind: OutputKind::NextAction,
                owner: Some(PersonId(planned.owner)),
                text: text.to_owned(),
                role: None,
            });
        }
        played.run(Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        });
    }
    played.run(Command::OpenClosingRound);
    for _ in people {
        played.pass();
    }
    played.run(Command::OpenCloseOut);
    for (planned, id) in items.iter().zip(&ids) {
        let disposition = match planned.fate {
            Fate::Adopt => continue,
            Fate::Carry => Disposition::CarriedOver,
            Fate::LetGo => Disposition::LetGo,
        };
        played.run(Command::Dispose {
            item: *id,
            disposition,
        });
    }
    played.run(Command::CloseSession);
    played.session
}

fn save(dir: &SessionsDir, session: &Session) -> String {
    let open = dir.create(session).expect("session saved");
    open.id().to_owned()
}

/// A folder with three sessions of two circles, a truncated file and a
/// foreign JSON file. Returns the folder and the IDs, oldest first.
fn search_folder() -> (tempfile::TempDir, SessionsDir, Vec<String>) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let badge = PlannedItem {
        tension: "Newcomers wait days for their building badge.",
        proposal: "Give every newcomer a badge on day one.",
        ..item("Onboarding", 1, Fate::Adopt)
    };
    let ops = meeting(
        "Opérations",
        "Weekly governance",
        &["Zoë van den Berg", "Bram de Vries", "Chen"],
        day(2),
        &[badge, item("Parking", 2, Fate::Carry)],
        Some("Order twenty badges"),
    );
    let mkt = meeting(
        "Marketing",
        "Campaign planning",
        &["Søren Ødegaard", "Eline Brouwer"],
        day(9),
        &[item("Website copy", 1, Fate::Adopt)],
        Some("Rewrite the landing page"),
    );
    let ops2 = meeting(
        "operations",
        "Weekly governance",
        &["Bram de Vries", "Chen", "Łukasz"],
        day(16),
        &[item("Parking", 1, Fate::LetGo)],
        None,
    );
    let ids = vec![save(&dir, &ops), save(&dir, &mkt), save(&dir, &ops2)];
    let bytes = fs::read(temp.path().join(format!("{}.json", ids[0]))).expect("read back");
    fs::write(
        temp.path().join("broken-truncated.json"),
        &bytes[..bytes.len() / 2],
    )
    .expect("write truncated");
    fs::write(
        temp.path().join("foreign.json"),
        b"{\"hello\": \"world\"}\n",
    )
    .expect("write foreign");
    (temp, dir, ids)
}

fn ids_of(catalogue: &Catalogue, hits: &[usize]) -> Vec<String> {
    hits.iter()
        .map(|&i| catalogue.entry(i).expect("hit in range").id.clone())
        .collect()
}

// ---------------------------------------------------------------------------
// Catalogue

#[test]
fn catalogue_lists_newest_first_and_keeps_bad_files() {
    let (_temp, dir, ids) = search_folder();
    let catalogue = Catalogue::load(&dir);
    assert_eq!(catalogue.len(), 5);
    assert!(catalogue.is_complete());
    let order = catalogue.order();
    let listed = ids_of(&catalogue, &order);
    assert_eq!(
        listed[..3],
        [ids[2].clone(), ids[1].clone(), ids[0].clone()],
        "sessions newest first"
    );
    let bad: Vec<&LoadErrorKind> = order[3..]
        .iter()
        .map(|&i| match &catalogue.entries()[i].status {
            EntryStatus::Bad(e) => &e.kind,
            other => panic!("expected a bad entry, got {other:?}"),
        })
        .collect();
    assert!(matches!(bad[0], LoadErrorKind::Truncated { .. }), "{bad:?}");
    assert_eq!(bad[1], &LoadErrorKind::Foreign);
}

#[test]
fn search_is_case_and_diacritic_insensitive_and_needs_every_word() {
    let (_temp, dir, ids) = search_folder();
    let catalogue = Catalogue::load(&dir);
    let find = |q: Query| ids_of(&catalogue, &catalogue.search(&q));

    // Participant names, either way round.
    assert_eq!(find(Query::text("zoe")), [ids[0].clone()]);
    assert_eq!(find(Query::text("ZOË")), [ids[0].clone()]);
    assert_eq!(find(Query::text("soren odegaard")), [ids[1].clone()]);
    assert_eq!(find(Query::text("lukasz")), [ids[2].clone()]);
    // Circles and titles.
    assert_eq!(
        find(Query::text("operations")),
        [ids[2].clone(), ids[0].clone()]
    );
    assert_eq!(find(Query::text("campaign")), [ids[1].clone()]);
    // Tension, proposal and output texts; every word must match.
    assert_eq!(find(Query::text("badge newcomer")), [ids[0].clone()]);
    assert_eq!(find(Query::text("twenty badges")), [ids[0].clone()]);
    assert_eq!(find(Query::text("landing")), [ids[1].clone()]);
    assert!(find(Query::text("badge landing")).is_empty());
    // Item labels.
    assert_eq!(
        find(Query::text("parking")),
        [ids[2].clone(), ids[0].clone()]
    );
    // Bad files can be found by their name, never by a filter.
    assert_eq!(find(Query::text("truncated")), ["broken-truncated"]);
    assert!(find(Query::text("truncated").in_circle("Marketing")).is_empty());
}

#[test]
fn circle_and_participant_filters_narrow_the_list() {
    let (_temp, dir, ids) = search_folder();
    let catalogue = Catalogue::load(&dir);
    let find = |q: Query| ids_of(&catalogue, &catalogue.search(&q));

    let ops = Query::default().in_circle("OPERATIONS");
    assert_eq!(find(ops.clone()), [ids[2].clone(), ids[0].clone()]);
    assert_eq!(
        find(ops.clone().with_participant("zoe van den berg")),
        [ids[0].clone()]
    );
    assert_eq!(
        find(ops.with_participant("Bram de Vries")),
        [ids[2].clone(), ids[0].clone()]
    );
    assert_eq!(
        find(Query::text("parking").with_participant("Łukasz")),
        [ids[2].clone()]
    );
    assert!(find(Query::default().in_circle("Sales")).is_empty());

    // Picker lists: one spelling per folded name.
    assert_eq!(catalogue.circles().len(), 2);
    assert!(
        catalogue
            .participants()
            .contains(&"Søren Ødegaard".to_owned())
    );

    // Refining an earlier result keeps its order.
    let all = catalogue.search(&Query::text("o"));
    let refined = catalogue.refine(&all, &Query::text("o parking"));
    assert_eq!(
        ids_of(&catalogue, &refined),
        [ids[2].clone(), ids[0].clone()]
    );
}

#[test]
fn catalogue_fills_in_two_phases() {
    let (_temp, dir, _ids) = search_folder();
    let mut catalogue = Catalogue::scan(&dir);
    assert_eq!(catalogue.len(), 5);
    assert_eq!(catalogue.progress(), (0, 5));
    assert!(!catalogue.is_complete());
    // Every name is listed at once; text search waits for the files.
    assert_eq!(catalogue.order().len(), 5);
    assert!(catalogue.search(&Query::text("zoe")).is_empty());

    // A worker reads one entry and hands it over.
    let (index, path) = catalogue.pending()[0].clone();
    catalogue.fill(index, spanning::review::read_entry(&path));
    assert_eq!(catalogue.progress(), (1, 5));
    // The rest a few at a time.
    assert_eq!(catalogue.fill_pending(2), 2);
    assert_eq!(catalogue.fill_pending(10), 0);
    assert!(catalogue.is_complete());
    let full = Catalogue::load(&dir);
    let ids = |c: &Catalogue| ids_of(c, &c.order());
    assert_eq!(ids(&catalogue), ids(&full));
    assert_eq!(catalogue.search(&Query::text("zoe")).len(), 1);
}

#[test]
fn a_missing_folder_is_an_empty_catalogue() {
    let temp = tempfile::tempdir().expect("temp dir");
    let catalogue = Catalogue::load(&SessionsDir::new(temp.path().join("nope")));
    assert!(catalogue.is_empty());
}

#[test]
fn catalogue_build_time_is_measured() {
    const N: usize = 120;
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let circles = ["Opérations", "Marketing", "Finance", "Support"];
    let people = ["Zoë", "Bram", "Chen", "Daan", "Eline"];
    for n in 0..N {
        let session = meeting(
            circles[n % circles.len()],
            "Weekly governance",
            &people,
            day(1) + TimeDelta::hours(n as i64),
            &[
                item("Onboarding", 1, Fate::Adopt),
                item("Release calendar", 2, Fate::Adopt),
                item("Parking", 3, Fate::Carry),
            ],
            Some("Publish the calendar"),
        );
        save(&dir, &session);
    }
    let started = Instant::now();
    let scanned = Catalogue::scan(&dir);
    let scan_time = started.elapsed();
    // The first screen of a big folder: names only, whatever the files hold.
    let big = tempfile::tempdir().expect("temp dir");
    for n in 0..1000 {
        let name = format!(
            "2026-{:02}-{:02}T1000-circle-governance-{n:04x}.json",
            n % 12 + 1,
            n % 28 + 1
        );
        fs::write(big.path().join(name), b"{}").expect("write");
    }
    let started = Instant::now();
    let first_screen = Catalogue::scan(&SessionsDir::new(big.path())).order();
    let first_screen_time = started.elapsed();
    assert_eq!(first_screen.len(), 1000);
    let started = Instant::now();
    let catalogue = Catalogue::load(&dir);
    let load_time = started.elapsed();
    let started = Instant::now();
    let hits = catalogue.search(&Query::text("zoe calendar").in_circle("operations"));
    let search_time = started.elapsed();
    println!(
        "catalogue of {N} sessions (debug build): scan {scan_time:?}, full load {load_time:?}, search {search_time:?}; first screen of 1000 files (scan + order) {first_screen_time:?}"
    );
    assert_eq!(scanned.len(), N);
    assert_eq!(hits.len(), N / circles.len());
}

// ---------------------------------------------------------------------------
// Carried-over items

/// A thread as "label (owner)", its (session, outcome) list and status.
type ThreadLine = (String, Vec<(String, Outcome)>, Status);

#[test]
fn carried_items_are_followed_across_a_circles_sessions() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let people = ["Zoë", "Bram", "Chen", "Daan", "Eline"];
    let s1 = meeting(
        "Operations",
        "Week 1",
        &people,
        day(2),
        &[
            item("Budget", 1, Fate::Adopt),
            item("Onboarding checklist", 3, Fate::Carry),
            item("Office plants", 4, Fate::Carry),
        ],
        None,
    );
    let s2 = meeting(
        "Opérations",
        "Week 2",
        &people,
        day(9),
        &[
            item("Office plants", 4, Fate::Adopt),
            item("Office plants", 2, Fate::Adopt),
            item("onboarding  Checklist.", 3, Fate::Carry),
            item("Parking", 2, Fate::Carry),
        ],
        None,
    );
    let s3 = meeting(
        "operations",
        "Week 3",
        &people,
        day(16),
        &[
            item("Onboarding checklist", 3, Fate::Adopt),
            item("Parking", 2, Fate::LetGo),
            item("Coffee machine", 0, Fate::Carry),
        ],
        None,
    );
    // Another circle with the same label must not join the thread.
    let other = meeting(
        "Marketing",
        "Week 2",
        &people,
        day(10),
        &[item("Onboarding checklist", 3, Fate::Adopt)],
        None,
    );
    // Saved out of order: history follows the opening time.
    let id3 = save(&dir, &s3);
    let id1 = save(&dir, &s1);
    save(&dir, &other);
    let id2 = save(&dir, &s2);
    let catalogue = Catalogue::load(&dir);
    let threads = catalogue.carried("OPERATIONS");

    let summary: Vec<ThreadLine> = threads
        .iter()
        .map(|t| {
            (
                format!("{} ({})", t.label, t.owner),
                t.appearances
                    .iter()
                    .map(|a| (a.session.clone(), a.outcome))
                    .collect(),
                t.status.clone(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "Onboarding checklist (Daan)".to_owned(),
                vec![
                    (id1.clone(), Outcome::CarriedOver),
                    (id2.clone(), Outcome::CarriedOver),
                    (id3.clone(), Outcome::Ended(Ending::Adopted)),
                ],
                Status::Resolved {
                    ending: Ending::Adopted,
                    session: id3.clone()
                },
            ),
            (
                "Office plants (Eline)".to_owned(),
                vec![
                    (id1.clone(), Outcome::CarriedOver),
                    (id2.clone(), Outcome::Ended(Ending::Adopted)),
                ],
                Status::Resolved {
                    ending: Ending::Adopted,
                    session: id2.clone()
                },
            ),
            (
                "Parking (Chen)".to_owned(),
                vec![
                    (id2.clone(), Outcome::CarriedOver),
                    (id3.clone(), Outcome::LetGo),
                ],
                Status::LetGo {
                    session: id3.clone()
                },
            ),
            (
                "Coffee machine (Zoë)".to_owned(),
                vec![(id3.clone(), Outcome::CarriedOver)],
                Status::Open,
            ),
        ]
    );
    assert_eq!(threads.iter().filter(|t| t.is_open()).count(), 1);
    assert!(catalogue.carried("Marketing").is_empty());
}

// ---------------------------------------------------------------------------
// Story

#[test]
fn amendment_diff_marks_the_changed_words() {
    let session = example_meeting();
    let website = &session.state().agenda[1];
    assert_eq!(website.label, "Website owner");
    let diffs = story::version_diffs(website);
    assert_eq!(diffs.len(), 2);
    let first = &diffs[0];
    assert_eq!((first.from, first.to, first.for_objection), (1, 2, None));
    let spans: Vec<(SpanKind, &str)> = first
        .spans
        .iter()
        .map(|s| (s.kind, s.text.as_str()))
        .collect();
    assert_eq!(
        spans,
        vec![
            (
                SpanKind::Same,
                "Create a role Website Steward, accountable for answering the contact form within "
            ),
            (SpanKind::Removed, "two"),
            (SpanKind::Added, "three"),
            (SpanKind::Same, " working days."),
        ]
    );
    // The integration amendment: both texts can be rebuilt from the spans.
    let second = &diffs[1];
    assert_eq!(
        (second.from, second.to, second.for_objection),
        (2, 3, Some(1))
    );
    let rebuild = |skip: SpanKind| -> String {
        second
            .spans
            .iter()
            .filter(|s| s.kind != skip)
            .map(|s| s.text.as_str())
            .collect()
    };
    assert_eq!(rebuild(SpanKind::Added), website.versions()[1].text);
    assert_eq!(rebuild(SpanKind::Removed), website.versions()[2].text);
    assert!(second.spans.windows(2).all(|w| w[0].kind != w[1].kind));
    // Marks never rely on colour.
    assert_eq!(SpanKind::Added.symbol(), '+');
    assert_eq!(SpanKind::Removed.marks(), ("[-", "-]"));
}

#[test]
fn phase_durations_tile_the_session() {
    for session in [example_meeting(), common::open_meeting()] {
        let phases = story::phase_times(&session);
        let total: i64 = phases.iter().map(|p| p.secs).sum();
        assert_eq!(total, story::session_span_secs(&session));
        for pair in phases.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "no gaps between segments");
            assert_eq!(
                pair[0].start_offset_secs + pair[0].secs,
                pair[1].start_offset_secs
            );
        }
    }
    let session = example_meeting();
    let phases = story::phase_times(&session);
    let segments: Vec<Segment> = phases.iter().map(|p| p.segment).collect();
    assert_eq!(
        segments,
        vec![
            Segment::Opening,
            Segment::CheckIn,
            Segment::Agenda,
            Segment::Item(ItemId(1)),
            Segment::Agenda,
            Segment::Item(ItemId(2)),
            Segment::Agenda,
            Segment::Item(ItemId(3)),
            Segment::Agenda,
            Segment::Closing,
            Segment::CloseOut,
        ]
    );
    // Check-in from 00:30 to 04:00; item 2 from 15:00 to 35:30.
    assert_eq!((phases[1].start_offset_secs, phases[1].secs), (30, 210));
    assert_eq!((phases[5].start_offset_secs, phases[5].secs), (900, 1230));
    assert_eq!(story::session_span_secs(&session), 59 * 60 + 30);
    let totals = story::phase_totals(&phases);
    assert_eq!(totals.iter().map(|(_, s)| s).sum::<i64>(), 59 * 60 + 30);
}

#[test]
fn story_charts_speaking_and_item_time() {
    let session = example_meeting();
    let story = Story::of(&session);
    let names: Vec<&str> = story.speaking.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Zoë van den Berg",
            "Bram de Vries",
            "Chen",
            "Daan",
            "Eline Brouwer"
        ]
    );
    let views = spanning::meeting::views::speaking_time(session.state());
    assert!(
        story
            .speaking
            .iter()
            .zip(&views)
            .all(|(s, (p, secs))| s.person == *p && s.seconds == *secs)
    );
    let times: Vec<(i64, Option<i64>)> = story
        .item_times
        .iter()
        .map(|t| (t.used_secs.expect("all started"), t.fair_share_secs))
        .collect();
    // Items ran 06:00–14:20, 15:00–35:30, 36:00–55:00.
    assert_eq!(times[0].0, 500);
    assert_eq!(times[1].0, 1230);
    assert_eq!(times[2].0, 1140);
    assert!(times.iter().all(|(_, share)| share.is_some()));
    let first = &story.item_times[0];
    assert_eq!(
        first.over_secs(),
        Some(500 - first.fair_share_secs.expect("timebox"))
    );
    assert_eq!(story.items[1].diffs.len(), 2);
}

// ---------------------------------------------------------------------------
// Replay

fn positions_of(session: &Session, wanted: impl Fn(&Event) -> bool) -> Vec<usize> {
    session
        .log()
        .iter()
        .enumerate()
        .filter(|(_, e)| wanted(&e.event))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn replay_matches_the_engine_at_every_position() {
    let session = example_meeting();
    let mut replay = Replay::new(&session);
    assert_eq!(replay.position(), 0);
    assert_eq!(replay.state(), &session.state_after(0));
    while replay.step_forward() {
        assert_eq!(replay.state(), &session.state_after(replay.position()));
    }
    assert_eq!(replay.position(), session.log().len());
    assert_eq!(replay.state(), session.state());
    while replay.step_back() {
        assert_eq!(replay.state(), &session.state_after(replay.position()));
    }
    assert_eq!(replay.position(), 0);
    replay.end();
    assert_eq!(replay.state(), session.state());
    replay.start();
    assert_eq!(replay.seek(10_000), session.log().len());
}

#[test]
fn replay_jumps_between_items_and_phases() {
    let session = example_meeting();
    let items = positions_of(&session, |e| matches!(e, Event::ItemStarted { .. }));
    let phases = positions_of(&session, |e| matches!(e, Event::PhaseEntered { .. }));
    assert_eq!(items.len(), 3);
    assert_eq!(
        phases.len(),
        5,
        "check-in, agenda, closing, close-out, closed"
    );

    let mut replay = Replay::new(&session);
    assert_eq!(replay.item_starts(), items.as_slice());
    assert_eq!(replay.phase_changes(), phases.as_slice());
    for (n, &expected) in items.iter().enumerate() {
        assert_eq!(replay.next_item(), Some(expected));
        let phase = replay.state().phase;
        assert!(
            matches!(phase, spanning::meeting::Phase::Item { item, .. } if item == ItemId(n as u32 + 1)),
            "{phase:?}"
        );
    }
    assert_eq!(replay.next_item(), None);
    assert_eq!(replay.position(), items[2], "no move without a next item");
    assert_eq!(replay.prev_item(), Some(items[1]));
    assert_eq!(replay.prev_item(), Some(items[0]));
    assert_eq!(replay.prev_item(), None);

    replay.start();
    let mut seen = Vec::new();
    while let Some(p) = replay.next_phase_change() {
        seen.push(p);
    }
    assert_eq!(seen, phases);
    assert!(replay.state().is_closed());
    // Closing the session is the last entry, so from the end the
    // previous phase change is close-out.
    replay.end();
    assert_eq!(phases[4], session.log().len());
    assert_eq!(replay.prev_phase_change(), Some(phases[3]));
    assert_eq!(replay.state().phase, spanning::meeting::Phase::CloseOut);
    assert_eq!(replay.prev_phase_change(), Some(phases[2]));
    assert_eq!(replay.state().phase, spanning::meeting::Phase::Closing);

    // The timeline carries the same marks, with labels and offsets.
    let timeline = replay.timeline();
    assert_eq!(timeline.markers.len(), 8);
    assert_eq!(timeline.span_secs(), 59 * 60 + 30);
    let item_marks: Vec<(i64, &str)> = timeline
        .markers
        .iter()
        .filter_map(|m| match &m.kind {
            MarkerKind::Item { label, .. } => Some((m.offset_secs, label.as_str())),
            MarkerKind::Phase(_) => None,
        })
        .collect();
    assert_eq!(
        item_marks,
        [
            (360, "Release calendar"),
            (900, "Website owner"),
            (2160, "Onboarding checklist")
        ]
    );
    assert_eq!(
        timeline.markers[0].kind,
        MarkerKind::Phase(PhaseKind::CheckIn)
    );
    replay.seek(items[1]);
    assert_eq!(replay.at(), at(15, 0));
    assert!((replay.fraction() - 900.0 / 3570.0).abs() < 1e-9);
    replay.start();
    assert_eq!(replay.fraction(), 0.0);
    replay.end();
    assert_eq!(replay.fraction(), 1.0);
}

#[test]
fn replay_highlights_rulings() {
    let session = example_meeting();
    let mut replay = Replay::new(&session);
    assert!(replay.commentary().is_none());
    let mut seen = Vec::new();
    while replay.step_forward() {
        let commentary = replay.commentary().expect("an entry was applied");
        assert_eq!(commentary.entry.seq as usize, replay.position());
        if let Some(h) = commentary.highlight {
            seen.push(h);
        }
    }
    let count = |h: Highlight| seen.iter().filter(|s| **s == h).count();
    assert_eq!(count(Highlight::QuestionRuledOut), 1);
    assert_eq!(count(Highlight::TimeOut), 1);
    assert_eq!(count(Highlight::TimeOutEnded), 1);
    assert_eq!(count(Highlight::OutOfOrder), 1);
    assert_eq!(count(Highlight::ObjectionTest), 7);
    assert_eq!(seen.len(), 11);
}

#[test]
fn idle_gaps_are_compressed_during_playback() {
    // A short gap is scaled, never compressed.
    let short = pace(Duration::from_secs(10), Speed::X1).expect("timed speed");
    assert_eq!(
        (short.wait, short.compressed),
        (Duration::from_secs(10), false)
    );
    let fast = pace(Duration::from_secs(10), Speed::X4).expect("timed speed");
    assert_eq!(fast.wait, Duration::from_millis(2500));
    // An idle gap is shown for at most two seconds, and says so.
    let idle = pace(Duration::from_secs(240), Speed::X2).expect("timed speed");
    assert_eq!(idle.wait, IDLE_SHOWN);
    assert!(idle.compressed);
    assert_eq!(idle.real, Duration::from_secs(240));
    // Idle, but short enough at 16x to play as is.
    let quick = pace(Duration::from_secs(30), Speed::X16).expect("timed speed");
    assert_eq!(
        (quick.wait, quick.compressed),
        (Duration::from_millis(1875), false)
    );
    // Step mode has no timer.
    assert!(pace(Duration::from_secs(5), Speed::NextEvent).is_none());
    assert_eq!(Speed::X1.faster(), Speed::X2);
    assert_eq!(Speed::X1.slower(), Speed::X1);

    // In the example, the third item sits idle from 43:00 to 55:00.
    let session = example_meeting();
    let mut replay = Replay::new(&session);
    let note = positions_of(&session, |e| matches!(e, Event::NoteRecorded { .. }))[0];
    replay.seek(note);
    let delay = replay.delay_to_next(Speed::X1).expect("more events");
    assert!(delay.compressed);
    assert_eq!(delay.real, Duration::from_secs(12 * 60));
    assert_eq!(delay.wait, IDLE_SHOWN);
    let words = Lang::En.words();
    assert_eq!(
        words.idle_compressed(delay.real.as_secs()),
        "⏩ 12 min compressed"
    );
    // From the opening to the first event: 30 s at 16x is 1.875 s.
    replay.start();
    let first = replay.delay_to_next(Speed::X16).expect("events");
    assert_eq!(first.wait, Duration::from_millis(1875));
    replay.end();
    assert!(replay.delay_to_next(Speed::X1).is_none());
}

/// A long meeting for timing: `items` items processed in full with
/// questions and an amendment, notes, and an undo in every item.
fn long_meeting(items: usize) -> Session {
    let people = ["Zoë", "Bram", "Chen", "Daan", "Eline"];
    let mut played = Scenario::new("Marathon", "Operations", day(1), &people)
        .timebox(Some(24 * 60))
        .open()
        .every(7);
    played.run(Command::StartCheckIn);
    for _ in people {
        played.pass();
    }
    played.run(Command::OpenAgenda);
    for n in 0..items {
        played.run(Command::AddItem {
            label: format!("Item {n}"),
            owner: PersonId(n as u32 % 5),
        });
        played.run(Command::StartItem { item: None });
        played.run(Command::StateTension {
            text: format!("Tension number {n}."),
        });
        played.run(Command::GiveExample {
            text: "It happened yesterday.".to_owned(),
        });
        played.run(Command::StateProposal {
            text: format!("Proposal {n}: do the thing weekly."),
        });
        played.run(Command::OpenClarifyingQuestions);
        for q in 1..=3 {
            played.run(Command::AskQuestion {
                asker: PersonId((n as u32 + q) % 5),
                text: format!("Question {q}?"),
            });
            played.run(Command::AnswerQuestion {
                question: q,
                answer: Some("Yes.".to_owned()),
            });
        }
        played.run(Command::Note {
            text: "A note that will be undone.".to_owned(),
        });
        played.run(Command::Undo);
        played.run(Command::OpenReactionRound);
        for _ in 1..people.len() {
            played.pass();
        }
        played.run(Command::OpenAmendAndClarify);
        played.run(Command::AmendProposal {
            text: format!("Proposal {n}: do the thing every other week."),
            for_objection: None,
        });
        played.run(Command::OpenObjectionRound);
        for _ in people {
            played.pass();
        }
        played.run(Command::EndItem {
            ending: Ending::Adopted,
            reason: None,
        });
    }
    played.session
}

#[test]
fn seeking_a_ten_thousand_event_session_is_measured() {
    let session = long_meeting(360);
    let len = session.log().len();
    assert!(len >= 10_000, "{len} events");
    let started = Instant::now();
    let mut replay = Replay::new(&session);
    let build = started.elapsed();

    // Pseudo-random seeks in both directions.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut worst = Duration::ZERO;
    let mut total = Duration::ZERO;
    const SEEKS: u32 = 200;
    for _ in 0..SEEKS {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let target = (x % (len as u64 + 1)) as usize;
        let started = Instant::now();
        replay.seek(target);
        let took = started.elapsed();
        worst = worst.max(took);
        total += took;
    }
    let started = Instant::now();
    replay.end();
    replay.step_back();
    let step_back = started.elapsed();
    println!(
        "replay of {len} events (debug build): build {build:?}, {SEEKS} random seeks mean {:?}, worst {worst:?}, step back from the end {step_back:?}",
        total / SEEKS
    );
    // Spot checks against the engine (not timed).
    for target in [0, 1, 255, 256, 257, len / 2, len - 1, len] {
        replay.seek(target);
        assert_eq!(replay.state(), &session.state_after(target), "at {target}");
    }
}

/// The example meeting with undos woven in: before a script command,
/// choice 1 executes it, undoes it and executes it again; choice 2 also
/// records a note in between and undoes both.
pub(crate) fn meeting_with_undos(choices: &[u8]) -> Session {
    let mut session = Session::open(common::example_setup()).expect("valid setup");
    let script: Vec<_> = [
        common::opening_script(),
        common::first_item_script(),
        common::second_item_script(),
        common::third_item_and_closing_script(),
    ]
    .concat();
    for (n, (when, command)) in script.iter().enumerate() {
        let exec = |session: &mut Session, command: &Command| {
            session
                .execute(command, *when)
                .unwrap_or_else(|r| panic!("{command:?} refused: {r:?}"));
        };
        exec(&mut session, command);
        // Undo is refused in some places (after closing); then no undo here.
        let choice = choices.get(n).copied().unwrap_or(0) % 3;
        if choice == 2
            && session
                .execute(
                    &Command::Note {
                        text: "Oops".to_owned(),
                    },
                    *when,
                )
                .is_ok()
        {
            exec(&mut session, &Command::Undo);
        }
        if choice != 0 && session.execute(&Command::Undo, *when).is_ok() {
            exec(&mut session, command);
        }
    }
    session
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Wherever the cursor goes, in whatever order, its state is what the
    /// engine folds for that prefix, undos included, whatever the
    /// snapshot spacing.
    #[test]
    fn replay_state_equals_state_after(
        choices in proptest::collection::vec(0u8..6, 0..160),
        every in 1usize..40,
        seeks in proptest::collection::vec(0usize..400, 1..40),
    ) {
        let session = meeting_with_undos(&choices);
        let len = session.log().len();
        let mut replay = Replay::with_snapshot_every(session.clone(), every);
        for target in seeks {
            let target = target % (len + 1);
            prop_assert_eq!(replay.seek(target), target);
            prop_assert_eq!(replay.state(), &session.state_after(target));
            if replay.step_forward() {
                prop_assert_eq!(replay.state(), &session.state_after(target + 1));
            }
            if replay.step_back() && replay.step_back() {
                prop_assert_eq!(replay.state(), &session.state_after(replay.position()));
            }
        }
    }
}

#[test]
fn a_worker_thread_can_fill_the_catalogue() {
    fn sendable<T: Send + 'static>() {}
    sendable::<EntryStatus>();

    let (_temp, dir, ids) = search_folder();
    let mut catalogue = Catalogue::scan(&dir);
    let first_screen = catalogue.order();
    let work = catalogue.pending();
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        for (index, path) in work {
            if tx
                .send((index, spanning::review::read_entry(&path)))
                .is_err()
            {
                break;
            }
        }
    });
    for (index, status) in rx {
        catalogue.fill(index, status);
    }
    worker.join().expect("worker finished");
    assert!(catalogue.is_complete());
    // Reading did not reorder the sessions the first screen showed.
    let names = |c: &Catalogue, order: &[usize]| -> Vec<String> {
        order
            .iter()
            .map(|&i| c.entries()[i].id.clone())
            .filter(|id| ids.contains(id))
            .collect()
    };
    assert_eq!(
        names(&catalogue, &first_screen),
        names(&catalogue, &catalogue.order())
    );
    // The scan lists dated names first, so they are read first.
    let scanned = Catalogue::scan(&dir);
    assert_eq!(scanned.entries()[0].id, ids[2]);
    assert!(scanned.entries()[0].time_in_name().is_some());
    assert_eq!(scanned.order(), (0..5).collect::<Vec<_>>());
}

#[test]
fn a_catalogue_can_be_built_from_sessions_in_memory() {
    let loaded = spanning::store::Loaded {
        id: "2026-11-22T1405-operations-governance-0001".to_owned(),
        session: example_meeting(),
    };
    let path = std::path::PathBuf::from("example.json");
    let catalogue = Catalogue::from_loaded([(path.as_path(), &loaded)]);
    assert_eq!(catalogue.search(&Query::text("steward")).len(), 1);
    let digest = catalogue.entries()[0].digest().expect("ready");
    assert_eq!(digest.items.len(), 3);
    assert_eq!(digest.items[2].disposition, Some(Disposition::CarriedOver));
    assert_eq!(catalogue.carried("operations").len(), 1);
}

#[test]
fn replay_says_what_an_undo_took_back() {
    let session = meeting_with_undos(&[0, 1]);
    let mut replay = Replay::new(&session);
    replay.seek(2);
    let undone = replay.commentary().expect("entry");
    assert!(undone.retracted_later);
    replay.step_forward();
    let undo = replay.commentary().expect("entry");
    assert!(matches!(undo.entry.event, Event::Retracted { retracts: 2 }));
    assert_eq!(undo.undoes.map(|e| e.seq), Some(2));
    assert_eq!(replay.state(), &session.state_after(3));
    assert!((replay.position_fraction() - 3.0 / session.log().len() as f64).abs() < 1e-9);
}

#[test]
fn english_has_words_for_every_review_label() {
    let words = Lang::En.words();
    for speed in Speed::ALL {
        assert!(!words.speed(speed).is_empty());
    }
    for kind in [SpanKind::Same, SpanKind::Added, SpanKind::Removed] {
        assert!(!words.span_kind(kind).is_empty());
    }
    assert_eq!(words.idle_compressed(45), "⏩ 45 s compressed");
    assert_eq!(words.idle_compressed(250), "⏩ 4 min compressed");
    assert_eq!(
        words.thread_status(&Status::LetGo {
            session: "s3".to_owned()
        }),
        "let go in s3"
    );
    assert_eq!(words.outcome(Outcome::Undecided), "not decided yet");
    assert_eq!(words.highlight(Highlight::ObjectionTest), "objection test");
    assert_eq!(words.segment(Segment::CloseOut), "close-out");
    assert_eq!(words.reading_progress(3, 10), "read 3 of 10 sessions");
}

// ---------------------------------------------------------------------------
// Browser selection while the folder is read

/// Found in a play-test: a 0-byte file whose name sorts after the
/// sessions was the first row before the background read and took the
/// selection with it to the last row once it turned out unreadable. The
/// selection stays on the first row (the newest readable session) until
/// the person moves it, and then on what they chose.
#[test]
fn the_browser_selection_does_not_follow_an_unreadable_file_as_rows_move() {
    let (temp, dir, ids) = search_folder();
    fs::write(temp.path().join("2026-12-06T1904-zero-bytes.json"), b"").expect("write empty");
    let mut browser = spanning::tui::review::Browser::open(&dir, Lang::En.words());
    browser.finish_reading();
    let selected = browser.selected_entry().expect("a row is selected");
    let catalogue = browser.catalogue();
    assert_eq!(
        catalogue.entry(selected).map(|e| e.id.clone()),
        Some(ids[2].clone()),
        "the newest readable session, not {:?}",
        catalogue.entry(selected).map(|e| e.path.clone())
    );
    assert_eq!(browser.results().first(), Some(&selected), "the first row");

    // Once the person picks a row, the selection stays on that entry.
    let mut browser = spanning::tui::review::Browser::open(&dir, Lang::En.words());
    browser.key(ratatui::crossterm::event::KeyEvent::new(
        ratatui::crossterm::event::KeyCode::Down,
        ratatui::crossterm::event::KeyModifiers::NONE,
    ));
    let picked = browser.selected_entry().expect("a row is selected");
    browser.finish_reading();
    assert_eq!(
        browser.selected_entry(),
        Some(picked),
        "what the person chose"
    );
}
