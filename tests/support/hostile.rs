//! A sessions folder as an attacker (or an unlucky `git pull`) leaves it:
//! good sessions beside a named pipe, links to the terminal, a folder, a
//! file with a time no clock gives, a forged log and a file name full of
//! escape sequences. Every reader must handle the good ones, name the bad
//! ones and never hang.

use std::fs;
use std::path::{Path, PathBuf};

use spanning::meeting::{Command, Session};
use spanning::store;

use super::common;

/// The folder and what is in it.
pub struct Hostile {
    /// Holds the folder (`root/sessions`); removed when dropped.
    pub dir: tempfile::TempDir,
    /// The closed example meeting, a good file.
    pub closed_id: String,
    /// An open meeting, a good file: what `resume` and home offer.
    pub open_id: String,
    /// A good, open session whose file name carries escape sequences.
    pub evil_name: PathBuf,
    /// The entry of `forged.json` that cannot have happened.
    pub forged_seq: u64,
    /// Files that must be named as unreadable, by file name.
    pub bad: Vec<&'static str>,
}

impl Hostile {
    /// The sessions folder.
    pub fn sessions(&self) -> PathBuf {
        self.dir.path().join("sessions")
    }
}

fn write(dir: &Path, name: &str, id: &str, session: &Session) {
    fs::write(dir.join(name), store::session_bytes(id, session)).expect("write");
}

/// The example meeting's JSON with `change` applied.
fn edited(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let session = common::example_meeting();
    let mut value: serde_json::Value =
        serde_json::from_slice(&store::session_bytes("x", &session)).expect("json");
    change(&mut value);
    serde_json::to_vec_pretty(&value).expect("json")
}

/// Builds the folder. The title of the open meeting is "Open governance".
pub fn folder() -> Hostile {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    fs::create_dir(&sessions).expect("folder");

    let closed = common::example_meeting();
    let closed_id = store::stem(closed.setup(), 0x1111);
    write(&sessions, &format!("{closed_id}.json"), &closed_id, &closed);
    let mut setup = common::example_setup();
    setup.title = "Open governance".into();
    let mut open = Session::open(setup).expect("valid");
    common::run(&mut open, &common::opening_script());
    let open_id = store::stem(open.setup(), 0x2222);
    write(&sessions, &format!("{open_id}.json"), &open_id, &open);
    let evil_name = sessions.join("2026-01-01T0000-x\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{9b}31m.json");
    fs::write(&evil_name, store::session_bytes("evil", &open)).expect("write");

    fs::write(
        sessions.join("far-future.json"),
        edited(|v| v["setup"]["opened_at"] = "+262142-12-31T23:59:59Z".into()),
    )
    .expect("write");
    // Well-formed, but an item adopted straight after it started: no
    // proposal, no objection round.
    let mut forged = Session::open(common::example_setup()).expect("valid");
    common::run(&mut forged, &common::opening_script());
    let at = forged.log().last().expect("entries").at;
    let owner = forged.state().facilitator;
    for command in [
        Command::AddItem {
            label: "Budget".into(),
            owner,
        },
        Command::StartItem { item: None },
    ] {
        forged.execute(&command, at).expect("accepted");
    }
    let forged_seq = forged.log().len() as u64 + 1;
    let mut value: serde_json::Value =
        serde_json::from_slice(&store::session_bytes("forged", &forged)).expect("json");
    value["events"]
        .as_array_mut()
        .expect("events")
        .push(serde_json::json!({
            "seq": forged_seq,
            "at": at.to_rfc3339(),
            "type": "item_ended",
            "ending": "adopted",
        }));
    fs::write(
        sessions.join("forged.json"),
        serde_json::to_vec_pretty(&value).expect("json"),
    )
    .expect("write");
    let fifo = sessions.join("y.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/tty", sessions.join("tty.json")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", sessions.join("zero.json")).expect("link");
    // A folder is no session: `list` passes over it, `check` names it.
    fs::create_dir(sessions.join("archive.json")).expect("folder");
    Hostile {
        dir,
        closed_id,
        open_id,
        evil_name,
        forged_seq,
        bad: vec![
            "far-future.json",
            "forged.json",
            "y.json",
            "tty.json",
            "zero.json",
        ],
    }
}
