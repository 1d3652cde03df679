//! What a new meeting is offered is folded from its own circle's sessions
//! alone (`record::fold_work`): a file whose start names another circle is
//! passed over unread, so `spanning new` in a folder of thousands of other
//! circles' sessions opens at once. Nothing of the circle is missed: a
//! file whose start does not say (keys in another order) is read whole.

use chrono::Duration;
use spanning::meeting::{MeetingFormat, Session};
use spanning::record::{self, FolderProblem, offer};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

use crate::support::consent;
use crate::support::tactical;

fn names(problems: &[FolderProblem]) -> Vec<String> {
    let mut names: Vec<String> = problems
        .iter()
        .map(|p| {
            p.path()
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// The file of `session` with its keys in another order than spanning
/// writes them: the events first, then the setup.
fn events_first(id: &str, session: &Session) -> Vec<u8> {
    let value: serde_json::Value =
        serde_json::from_slice(&store::session_bytes(id, session)).expect("json");
    let obj = value.as_object().expect("object");
    let mut text = String::from("{");
    for key in ["events", "format", "version", "id", "setup"] {
        text.push_str(&format!("{}:{},", serde_json::json!(key), obj[key]));
    }
    text.pop();
    text.push('}');
    text.into_bytes()
}

#[test]
fn the_offers_fold_reads_only_the_circles_files_and_misses_none_of_them() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let week1 = tactical::closed(Lang::En).session;
    dir.create(&week1).expect("saved");
    // Week 2 of the same circle, under a name that does not carry the
    // circle and with the setup after the events: read whole, and kept.
    let mut setup = week1.setup().clone();
    setup.opened_at += Duration::days(7);
    let week2 = Session::open(setup).expect("valid");
    std::fs::write(
        temp.path().join("from-a-colleague.json"),
        events_first("from-a-colleague", &week2),
    )
    .expect("write");
    dir.create(&consent::consent_meeting()).expect("saved");
    // Two damaged files: one of another circle (passed over unread), one
    // of this circle (read, and named as before).
    let damaged = |circle: &str| {
        format!(
            r#"{{"format":"spanning-session","version":7,"id":"x","setup":{{"title":"T","circle":"{circle}","opened_at":"2026-11-20T09:30:00+01:00"}},"events":[{{"seq":"#
        )
    };
    std::fs::write(temp.path().join("finance-damaged.json"), damaged("Finance")).expect("write");
    std::fs::write(
        temp.path().join("operations-damaged.json"),
        damaged("operations."),
    )
    .expect("write");

    let whole = record::fold(&dir, "Operations", None);
    let work = record::fold_work(&dir, "Operations");
    assert_eq!(whole.sessions.len(), 2, "both weeks are the circle's");
    assert_eq!(work.sessions, whole.sessions);
    let parts = |w: &record::Work| {
        format!(
            "{:?} {:?} {:?} {:?} {:?}",
            w.actions,
            w.projects,
            w.metrics,
            w.terms,
            w.carried()
        )
    };
    assert_eq!(parts(&work.work), parts(&whole.work));
    assert_eq!(work.circle, whole.circle);
    assert_eq!(
        names(&whole.problems),
        ["finance-damaged.json", "operations-damaged.json"]
    );
    assert_eq!(
        names(&work.problems),
        ["operations-damaged.json"],
        "another circle's file is not read for this circle's offers"
    );

    // What a new tactical meeting of the circle is offered is the same.
    let today = week1.setup().opened_at.date_naive() + chrono::Days::new(14);
    assert_eq!(
        offer::agenda_offers(&work, MeetingFormat::Tactical, today),
        offer::agenda_offers(&whole, MeetingFormat::Tactical, today)
    );
    assert!(!offer::agenda_offers(&work, MeetingFormat::Tactical, today).is_empty());
    assert_eq!(work.work.offered_actions(), whole.work.offered_actions());
    assert!(!work.work.offered_actions().is_empty());
}

#[test]
fn the_start_of_a_file_names_its_circle_and_never_hangs_on_a_pipe() {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    let open = dir.create(&consent::consent_meeting()).expect("saved");
    assert_eq!(
        store::head::circle_of(open.path()).as_deref(),
        Some("Product")
    );
    let pipe = temp.path().join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    assert_eq!(store::head::circle_of(&pipe), None);
    assert_eq!(
        store::head::circle_of(&temp.path().join("missing.json")),
        None
    );
}
