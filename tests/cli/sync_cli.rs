//! `spanning sync`, run as a real process against real local git
//! repositories (a bare remote and two clones, see `support::git`): it
//! brings in colleagues' sessions fast-forward only, commits only
//! spanning's own files (closed sessions, one commit each, and status
//! changes), pushes, and says in one line what it could not do.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use spanning::meeting::Session;
use spanning::record::ActionStatus;
use spanning::record::changes::{Change, write_change};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

use crate::support::git::{Laptops, git};
use crate::support::{common, election, tactical};

/// `spanning --sessions-dir <laptop>/sessions sync`, with no git settings
/// but the repositories' own.
fn sync(laptop: &Path) -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .arg("--sessions-dir")
        .arg(laptop.join("sessions"))
        .arg("sync");
    cmd
}

fn write(laptop: &Path, session: &Session, suffix: u16) -> String {
    let id = store::stem(session.setup(), suffix);
    let name = format!("{id}.json");
    std::fs::write(
        laptop.join("sessions").join(&name),
        store::session_bytes(&id, session),
    )
    .expect("write");
    name
}

#[test]
fn sync_shares_closed_sessions_and_changes_and_the_other_laptop_brings_them_in() {
    let laptops = Laptops::new();
    let week1 = write(&laptops.ana, &tactical::closed(Lang::En).session, 1);
    let open = write(&laptops.ana, &common::open_meeting(), 2);
    let change = Change::new(
        "1234#a1",
        ActionStatus::Done,
        None,
        tactical::opened() + chrono::Duration::days(2),
    );
    write_change(&SessionsDir::new(laptops.ana.join("sessions")), &change).expect("change");
    std::fs::write(laptops.ana.join("sessions/notes.txt"), "mine").expect("notes");

    sync(&laptops.ana)
        .assert()
        .success()
        .stdout(predicate::str::contains("Up to date with origin/main."))
        .stdout(predicate::str::contains(
            "Committed “Weekly tactical, Operations, 22 Nov 2026” (1 file).",
        ))
        .stdout(predicate::str::contains(
            "Committed “1 status change between meetings” (1 file).",
        ))
        .stdout(predicate::str::contains("Pushed 2 commits to origin/main."))
        .stdout(predicate::str::contains(
            "1 unfinished meeting is not committed until closed.",
        ));
    assert_eq!(
        laptops.remote_log(),
        vec![
            "1 status change between meetings",
            "Weekly tactical, Operations, 22 Nov 2026",
            "Start"
        ]
    );
    // Never anything but spanning's closed sessions and changes.
    let left = git(&laptops.ana, &["status", "--porcelain"]);
    assert!(left.contains(&format!("?? sessions/{open}")), "{left}");
    assert!(left.contains("?? sessions/notes.txt"), "{left}");

    // Bram brings them in, in Dutch.
    sync(&laptops.bram)
        .args(["--lang", "nl"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 commits binnengehaald van origin/main (2 nieuwe bestanden in de sessiemap).",
        ))
        .stdout(predicate::str::contains(
            "Niets nieuws van spanning om te committen.",
        ));
    assert!(laptops.bram.join("sessions").join(&week1).is_file());

    // Nothing new: says so, and succeeds.
    sync(&laptops.ana)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Nothing new of spanning's to commit.",
        ));
}

#[test]
fn sync_offline_commits_here_and_says_it_could_not_push() {
    let laptops = Laptops::new();
    write(&laptops.ana, &tactical::closed(Lang::En).session, 1);
    let gone = laptops.temp.path().join("unplugged.git");
    std::fs::rename(&laptops.remote, &gone).expect("unplug");
    sync(&laptops.ana).assert().failure().stderr(predicate::str::contains(
        "Committed here, not pushed: Could not reach origin/main (offline, or the remote moved)",
    ));
    let log = git(&laptops.ana, &["log", "--format=%s", "-1"]);
    assert_eq!(log.trim(), "Weekly tactical, Operations, 22 Nov 2026");

    // In Dutch, once more offline: nothing new to commit, still not pushed.
    sync(&laptops.ana)
        .args(["--lang", "nl"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "Hier gecommit, niet gepusht: origin/main is niet bereikbaar (offline",
        ));
    std::fs::rename(&gone, &laptops.remote).expect("plug back in");
    sync(&laptops.ana)
        .assert()
        .success()
        .stdout(predicate::str::contains("Pushed 1 commit to origin/main."));
}

#[test]
fn sync_after_meetings_on_both_laptops_asks_the_user_to_bring_them_together() {
    let laptops = Laptops::new();
    // Bram's meeting is committed while he is offline.
    let bram_file = write(&laptops.bram, &election::closed_meeting(Lang::Nl), 1);
    let gone = laptops.temp.path().join("unplugged.git");
    std::fs::rename(&laptops.remote, &gone).expect("unplug");
    sync(&laptops.bram).assert().failure();
    std::fs::rename(&gone, &laptops.remote).expect("plug back in");
    // Meanwhile Ana shares hers.
    write(&laptops.ana, &tactical::closed(Lang::En).session, 2);
    sync(&laptops.ana).assert().success();

    // Bram's histories differ from the remote's: spanning never merges.
    let head = git(&laptops.bram, &["rev-parse", "HEAD"]);
    sync(&laptops.bram).assert().failure().stderr(predicate::str::contains(
        "This computer and origin/main both have new commits (1 here, 1 there) and spanning never merges: bring them together with git pull --rebase, then run spanning sync.",
    ));
    sync(&laptops.bram)
        .args(["--lang", "nl"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("spanning voegt nooit samen"));
    assert_eq!(git(&laptops.bram, &["rev-parse", "HEAD"]), head);

    // Once Bram has brought them together, sync pushes: a fast-forward.
    git(&laptops.bram, &["pull", "--quiet", "--rebase"]);
    sync(&laptops.bram)
        .assert()
        .success()
        .stdout(predicate::str::contains("Pushed 1 commit to origin/main."));
    sync(&laptops.ana)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Brought in 1 commit from origin/main (1 new file in the sessions folder).",
        ));
    assert!(laptops.ana.join("sessions").join(&bram_file).is_file());
    assert_eq!(
        git(
            &laptops.remote,
            &["rev-list", "--merges", "--count", "main"]
        )
        .trim(),
        "0"
    );
}

#[test]
fn sync_outside_git_says_there_is_nothing_to_sync() {
    let plain = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(plain.path().join("sessions")).expect("folder");
    sync(plain.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "The sessions folder is not in a git repository",
        ));
    sync(plain.path())
        .args(["--lang", "nl"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "De sessiemap staat niet in een git-repository",
        ));
}

/// A remote that wants a password: a tiny HTTP server on this computer
/// answering every request with "401 Unauthorized". Serves until the test
/// ends (or a minute has passed).
fn server_wanting_a_password() -> u16 {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listen");
    let port = listener.local_addr().expect("address").port();
    listener.set_nonblocking(true).expect("non-blocking");
    std::thread::spawn(move || {
        let end = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while std::time::Instant::now() < end {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(2)));
                    let mut request = [0u8; 4096];
                    let _ = stream.read(&mut request);
                    let _ = stream.write_all(
                        b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"circle\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    );
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
    });
    port
}

#[test]
fn sync_never_asks_for_a_password_and_says_what_to_do() {
    let laptops = Laptops::new();
    write(&laptops.ana, &tactical::closed(Lang::En).session, 1);
    let port = server_wanting_a_password();
    git(
        &laptops.ana,
        &[
            "remote",
            "set-url",
            "origin",
            &format!("http://127.0.0.1:{port}/circle.git"),
        ],
    );
    let mut cmd = sync(&laptops.ana);
    for proxy in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        cmd.env_remove(proxy);
    }
    cmd.timeout(std::time::Duration::from_secs(60))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "Committed here, not pushed: origin/main asks for a password or key, and spanning never asks for one",
        ));
    let log = git(&laptops.ana, &["log", "--format=%s", "-1"]);
    assert_eq!(log.trim(), "Weekly tactical, Operations, 22 Nov 2026");
}
