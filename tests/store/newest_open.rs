//! `resume`, `follow` and `serve` without an ID take the newest unfinished
//! session; the store finds it from the start of each file and reads
//! whole only the files it must (`store::head`). The answer is the one a
//! full listing gives, whatever the folder holds: ties in opening time,
//! files whose start does not say, closed and damaged files, a pipe.

use chrono::Duration;
use spanning::meeting::{Session, Source};
use spanning::store::{self, SessionStatus, SessionsDir};

use crate::support::common::{example_meeting, example_setup, open_meeting};

/// What a full listing says is the newest open session.
fn by_listing(dir: &SessionsDir) -> Option<String> {
    dir.list()
        .into_iter()
        .flatten()
        .find(|s| s.status == SessionStatus::Open)
        .map(|s| s.id)
}

fn newest(dir: &SessionsDir) -> Option<String> {
    dir.latest_open().ok().map(|s| s.id)
}

/// The same meeting, opened `days` earlier (its entries where they were).
fn earlier(session: &Session, days: i64) -> Session {
    let mut setup = session.setup().clone();
    setup.opened_at -= Duration::days(days);
    let source = Source {
        bytes: 0,
        longest_string: 0,
    };
    Session::from_stored(setup, session.log().to_vec(), source).expect("the same meeting")
}

/// The file of `session` with the events before the setup: its start
/// says nothing, so it is read whole.
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
fn the_newest_open_session_is_the_one_the_listing_names() {
    let temp = tempfile::tempdir().expect("temp dir");
    let root = temp.path();
    let dir = SessionsDir::new(root);
    let write = |name: &str, bytes: Vec<u8>| std::fs::write(root.join(name), bytes).expect("write");
    let open = open_meeting();
    let closed = example_meeting();
    assert_eq!(newest(&dir), None, "an empty folder has nothing open");

    write(
        "a-closed.json",
        store::session_bytes("a", &earlier(&closed, 1)),
    );
    write(
        "b-open.json",
        store::session_bytes("b", &earlier(&open, 30)),
    );
    assert_eq!(newest(&dir).as_deref(), Some("b-open"));

    // Two open sessions opened at the same moment: the lower ID first.
    write(
        "d-open.json",
        store::session_bytes("d", &earlier(&open, 20)),
    );
    write(
        "c-open.json",
        store::session_bytes("c", &earlier(&open, 20)),
    );
    assert_eq!(newest(&dir), by_listing(&dir));
    assert_eq!(newest(&dir).as_deref(), Some("c-open"));

    // A newer open one whose start does not say is still found ...
    write(
        "z-events-first.json",
        events_first("z", &earlier(&open, 10)),
    );
    assert_eq!(newest(&dir).as_deref(), Some("z-events-first"));
    // ... and one newer still whose start does say comes before it.
    write("e-open.json", store::session_bytes("e", &earlier(&open, 5)));
    assert_eq!(newest(&dir).as_deref(), Some("e-open"));

    // A file whose start looks newest but which is damaged further on is
    // passed over, like a closed one and a pipe.
    let mut damaged = store::session_bytes("f", &earlier(&open, 2));
    damaged.truncate(damaged.len() / 2);
    write("f-damaged.json", damaged);
    write(
        "g-closed.json",
        store::session_bytes("g", &earlier(&closed, 1)),
    );
    let made = std::process::Command::new("mkfifo")
        .arg(root.join("h-pipe.json"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    assert_eq!(newest(&dir), by_listing(&dir));
    assert_eq!(newest(&dir).as_deref(), Some("e-open"));
    let _ = example_setup();
}
