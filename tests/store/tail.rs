//! Live reading (`src/store/tail.rs`): a follower reads an open meeting as
//! it is saved, only what was appended while it can, the pair again when
//! the writer wrote the file whole; it never writes; its watcher calls back
//! after a save, with the OS watcher or by polling. And follower presence
//! (`src/store/presence.rs`): how many people follow, summed over fresh
//! presence files.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use spanning::generate::{Spec, session};
use spanning::meeting::Session;
use spanning::store::presence::{self, Presence};
use spanning::store::tail::{Tail, Watch, WatchMode, Writer};
use spanning::store::{SessionsDir, journal_path, lock_path, session_bytes};
use spanning::text::Lang;

/// An open meeting of about `events` entries.
fn meeting(events: usize) -> Session {
    session(Spec {
        seed: 23,
        events,
        lang: Lang::En,
        leave_open: true,
    })
}

/// The meeting as it stood after its first `n` entries.
fn first(s: &Session, n: usize) -> Session {
    Session::from_log(s.setup().clone(), s.log()[..n].to_vec()).unwrap()
}

/// Every file in `dir` with its bytes, to show nothing was written.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| (e.path(), fs::read(e.path()).unwrap()))
        .collect();
    all.sort();
    all
}

#[test]
fn a_tail_reads_each_saved_entry_from_the_journal_without_reading_the_file_again() {
    let s = meeting(60);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    open.save(&first(&s, 11)).unwrap();
    let mut tail = Tail::open(open.path()).unwrap();
    assert_eq!(tail.session().log(), &s.log()[..11]);
    assert!(!tail.refresh().unwrap(), "nothing saved, nothing changed");
    for k in 12..=n {
        open.save(&first(&s, k)).unwrap();
        let before = snapshot(dir.path());
        assert!(tail.refresh().unwrap(), "entry {k} is seen");
        assert_eq!(tail.session().log(), &s.log()[..k]);
        assert_eq!(tail.session().state(), first(&s, k).state());
        assert_eq!(snapshot(dir.path()), before, "reading wrote nothing");
    }
    assert_eq!(
        tail.whole_reads(),
        1,
        "only the journal's new lines were read"
    );
    assert!(!tail.refresh().unwrap());
}

#[test]
fn a_torn_last_journal_line_is_not_there_yet_until_it_is_whole() {
    let s = meeting(40);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path().join("live"))
        .create(&first(&s, 10))
        .unwrap();
    for k in 11..n - 1 {
        open.save(&first(&s, k)).unwrap();
    }
    // The same pair as the writer leaves it, in a folder of its own so
    // its journal can be appended to by hand.
    let copy_dir = dir.path().join("copy");
    fs::create_dir_all(&copy_dir).unwrap();
    let path = copy_dir.join(open.path().file_name().unwrap());
    fs::copy(open.path(), &path).unwrap();
    fs::copy(journal_path(open.path()), journal_path(&path)).unwrap();
    let mut tail = Tail::open(&path).unwrap();
    assert_eq!(tail.session().log().len(), n - 2);

    let append = |bytes: &[u8]| {
        let mut journal = fs::read(journal_path(&path)).unwrap();
        journal.extend_from_slice(bytes);
        fs::write(journal_path(&path), journal).unwrap();
    };
    let line = serde_json::to_string(&s.log()[n - 2]).unwrap();
    let (half, rest) = line.as_bytes().split_at(line.len() / 2);
    append(half);
    assert!(!tail.refresh().unwrap(), "half a line is not an entry");
    assert_eq!(tail.session().log().len(), n - 2);
    append(rest);
    assert!(
        !tail.refresh().unwrap(),
        "a line without its newline is not an entry"
    );
    append(b"\n");
    assert!(tail.refresh().unwrap());
    assert_eq!(tail.session().log(), &s.log()[..n - 1]);
    // Two entries in one append are both read.
    let last = serde_json::to_string(&s.log()[n - 1]).unwrap();
    append(format!("{last}\n").as_bytes());
    assert!(tail.refresh().unwrap());
    assert_eq!(tail.session().log(), s.log());
    assert_eq!(tail.whole_reads(), 1);
}

#[test]
fn a_file_written_whole_while_following_is_read_again_from_the_start() {
    let s = meeting(60);
    let n = s.log().len();
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let mut open = sessions.create(&first(&s, 10)).unwrap();
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    for k in 11..=20 {
        open.save(&first(&s, k)).unwrap();
    }
    let mut tail = Tail::open(&path).unwrap();
    assert_eq!(tail.session().log().len(), 20);

    // Leaving compacts the journal into the file (written whole, the
    // journal removed); resuming starts a fresh journal.
    drop(open);
    assert!(!journal_path(&path).exists());
    assert!(!tail.refresh().unwrap(), "the same meeting, compacted");
    assert_eq!(tail.whole_reads(), 2);
    let (mut open, _) = sessions.open_for_writing(&path).unwrap();
    for k in 21..=30 {
        open.save(&first(&s, k)).unwrap();
    }
    assert!(tail.refresh().unwrap());
    assert_eq!(tail.session().log(), &s.log()[..30]);

    // A compaction as the writer does it when the journal grows long: the
    // file written whole in its ordinary version with entries the tail
    // has not seen, then an empty journal and the file pointing to it.
    let whole = first(&s, 40);
    let temp = dir.path().join(".compact.tmp");
    fs::write(&temp, session_bytes(&id, &whole)).unwrap();
    fs::rename(&temp, &path).unwrap();
    assert!(tail.refresh().unwrap());
    assert_eq!(tail.session().log(), &s.log()[..40]);
    // The writer goes on saving (a whole rewrite, then appends).
    for k in 41..=n {
        open.save(&first(&s, k)).unwrap();
        tail.refresh().unwrap();
    }
    assert_eq!(tail.session().log(), s.log());
    drop(open);
}

#[test]
fn a_tail_refuses_a_missing_or_damaged_file_and_keeps_what_it_read() {
    let s = meeting(30);
    let dir = tempfile::tempdir().unwrap();
    let missing = Tail::open(&dir.path().join("nope.json")).unwrap_err();
    assert!(
        matches!(
            missing,
            spanning::store::StoreError::Load(spanning::store::LoadError {
                kind: spanning::store::LoadErrorKind::NotFound,
                ..
            })
        ),
        "{missing:?}"
    );
    let open = SessionsDir::new(dir.path()).create(&s).unwrap();
    let path = open.path().to_path_buf();
    let mut tail = Tail::open(&path).unwrap();
    drop(open);
    fs::write(&path, b"{ not json").unwrap();
    assert!(tail.refresh().is_err());
    assert_eq!(
        tail.session().log(),
        s.log(),
        "the meeting as last read stays"
    );
}

#[test]
fn the_writer_is_told_apart_writing_left_stopped_and_closed() {
    let s = meeting(30);
    let dir = tempfile::tempdir().unwrap();
    let sessions = SessionsDir::new(dir.path());
    let open = sessions.create(&s).unwrap();
    let path = open.path().to_path_buf();
    let tail = Tail::open(&path).unwrap();
    assert!(matches!(tail.writer(), Writer::Writing(Some(_))));
    drop(open);
    assert_eq!(tail.writer(), Writer::Left);

    // A lock file naming a process of this machine that is gone: the
    // writer was killed.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let host = fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    fs::write(
        lock_path(&path),
        format!("{gone} {} 2026-03-02T10:00:00+01:00\n", host.trim()),
    )
    .unwrap();
    match tail.writer() {
        Writer::Stopped(holder) => assert_eq!(holder.pid, gone),
        other => panic!("expected a stopped writer, got {other:?}"),
    }
    fs::remove_file(lock_path(&path)).unwrap();

    let closed = session(Spec {
        seed: 4,
        events: 40,
        lang: Lang::Nl,
        leave_open: false,
    });
    let open = sessions.create(&closed).unwrap();
    let tail = Tail::open(open.path()).unwrap();
    assert_eq!(tail.writer(), Writer::Closed);
}

/// Waits up to `within` for a call on `calls`.
fn called(calls: &mpsc::Receiver<()>, within: Duration) -> bool {
    calls.recv_timeout(within).is_ok()
}

fn drain(calls: &mpsc::Receiver<()>) {
    while calls.try_recv().is_ok() {}
}

fn watch_calls_back_after_each_save(make: impl Fn(&Path, mpsc::Sender<()>) -> Watch) {
    let s = meeting(30);
    let dir = tempfile::tempdir().unwrap();
    let mut open = SessionsDir::new(dir.path()).create(&first(&s, 10)).unwrap();
    open.save(&first(&s, 11)).unwrap();
    let (send, calls) = mpsc::channel();
    let watch = make(open.path(), send);
    let mut tail = Tail::open(open.path()).unwrap();
    for k in 12..=16 {
        drain(&calls);
        open.save(&first(&s, k)).unwrap();
        assert!(
            called(&calls, Duration::from_secs(5)),
            "{:?} called back after save {k}",
            watch.mode()
        );
        tail.refresh().unwrap();
        assert_eq!(tail.session().log().len(), k);
    }
    drop(open);
    drop(watch);
}

#[test]
fn the_file_watcher_calls_back_after_each_save() {
    watch_calls_back_after_each_save(|path, send| {
        let watch = Watch::start(path, move || {
            let _ = send.send(());
        });
        // Linux always has inotify in this test's environment.
        assert_eq!(watch.mode(), WatchMode::Notify);
        watch
    });
}

#[test]
fn the_polling_fallback_calls_back_after_each_save() {
    watch_calls_back_after_each_save(|path, send| {
        let watch = Watch::polling(
            path,
            Duration::from_millis(100),
            Arc::new(move || {
                let _ = send.send(());
            }),
        );
        assert_eq!(watch.mode(), WatchMode::Polling);
        watch
    });
}

#[test]
fn presence_counts_fresh_followers_and_forgets_those_gone() {
    let root = tempfile::tempdir().unwrap();
    let sessions = tempfile::tempdir().unwrap();
    let id = "2026-03-02-1000-ops-0001";
    let now = SystemTime::now;
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, now()),
        0
    );

    let me = Presence::announce_in(root.path(), sessions.path(), id, 1).unwrap();
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, now()),
        1
    );
    // Another follower process standing for three browsers.
    let folder = presence::session_folder(root.path(), sessions.path(), id);
    fs::write(folder.join("999999"), "3\n").unwrap();
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, now()),
        4
    );
    // Another session, or the same ID in another folder, is not this one.
    assert_eq!(
        presence::count_in(
            root.path(),
            sessions.path(),
            "2026-03-02-1000-ops-0002",
            now()
        ),
        0
    );
    // The same folder by another spelling of its path is the same.
    let spelled = sessions.path().join(".");
    assert_eq!(presence::count_in(root.path(), &spelled, id, now()), 4);
    let elsewhere = tempfile::tempdir().unwrap();
    assert_eq!(
        presence::count_in(root.path(), elsewhere.path(), id, now()),
        0
    );

    // The same count as written: a changed number is written at once.
    me.set(2);
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while presence::count_in(root.path(), sessions.path(), id, now()) != 5 {
        assert!(
            std::time::Instant::now() < deadline,
            "the new count is written"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Files not rewritten for a while are followers killed: not counted.
    let later = now() + presence::STALE_AFTER + Duration::from_secs(2);
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, later),
        0
    );
    // Garbage and pipes count as nothing and never block.
    fs::write(folder.join("1"), "lots").unwrap();
    #[cfg(unix)]
    {
        let fifo = folder.join("2");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
    }
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, now()),
        5
    );
    // A follower that ends removes its file.
    let file = me.path().to_path_buf();
    drop(me);
    assert!(!file.exists());
    assert_eq!(
        presence::count_in(root.path(), sessions.path(), id, now()),
        3
    );
}

#[test]
fn presence_is_kept_fresh_outside_the_sessions_folder() {
    let root = tempfile::tempdir().unwrap();
    let sessions = tempfile::tempdir().unwrap();
    let me = Presence::announce_in(root.path(), sessions.path(), "x", 1).unwrap();
    assert!(me.path().starts_with(root.path()));
    assert_eq!(fs::read_dir(sessions.path()).unwrap().count(), 0);
    assert_eq!(
        presence::root_from(Some("/run/user/1000".into())),
        Path::new("/run/user/1000/spanning-followers")
    );
    assert_eq!(
        presence::root_from(Some("".into())),
        std::env::temp_dir().join("spanning-followers")
    );
}
