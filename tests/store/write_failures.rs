//! When the sessions folder cannot be written, the meeting goes on in
//! memory with a warning that stays, saving is retried (after every entry
//! and on a timer), and the facilitator can move the meeting elsewhere;
//! nothing the group said is lost.
//!
//! What is simulated, and how: a `Persist` double that fails on demand (any
//! cause); the real store with its folder deleted or replaced by a file
//! under the running meeting; a session file deleted under it; a folder
//! made immutable with `chattr +i` (root ignores `chmod`, not this); and a
//! full disk with a 64 KiB tmpfs. The last two need root and the tools;
//! without root the test says SKIPPED and checks nothing more, but as
//! root (as in CI) a simulation that cannot be set up fails the run.

use crate::support::tui as tui_support;

use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::sync::{Arc, Mutex};

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use spanning::meeting::Session;
use spanning::store::{self, OpenSession, SessionsDir};
use spanning::tui::{App, Persist, TuiOptions};
use tui_support::{Script, at, chars, key, render};

/// What the double saw: how many saves were tried and the last session
/// that was actually kept.
#[derive(Default)]
struct Seen {
    tries: usize,
    kept: Option<Session>,
    fail: bool,
    moved_to: Option<PathBuf>,
}

/// Fails while `fail` is set, like a full disk that is later cleared.
struct Flaky(Arc<Mutex<Seen>>);

impl Persist for Flaky {
    fn save(&mut self, session: &Session) -> Result<(), String> {
        let mut seen = self.0.lock().expect("lock");
        seen.tries += 1;
        if seen.fail {
            return Err("No space left on device".into());
        }
        seen.kept = Some(session.clone());
        Ok(())
    }

    fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<PathBuf, String> {
        let mut seen = self.0.lock().expect("lock");
        seen.moved_to = Some(target.to_path_buf());
        seen.fail = false;
        seen.kept = Some(session.clone());
        Ok(target.join("moved.json"))
    }
}

fn flaky_app(fail: bool) -> (App, Arc<Mutex<Seen>>) {
    let seen = Arc::new(Mutex::new(Seen {
        fail,
        ..Seen::default()
    }));
    let app = App::new(
        Script::open(tui_support::setup()).session.clone(),
        Box::new(Flaky(Arc::clone(&seen))),
        &TuiOptions::default(),
        at(1),
    );
    (app, seen)
}

fn ctrl(app: &mut App, c: char) {
    let now = app.now();
    app.handle_event(
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
        now,
    );
}

fn events(session: &Session) -> usize {
    session.log().len()
}

#[test]
fn a_failed_save_is_retried_on_a_timer_and_the_warning_goes_when_it_works() {
    let (mut app, seen) = flaky_app(true);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('-'));
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("NOT SAVED"), "{screen}");
    assert!(screen.contains("Ctrl-S saves elsewhere"), "{screen}");
    let tries = seen.lock().expect("lock").tries;
    assert_eq!(tries, 2, "one try per entry");

    // Not yet due: no retry hammering the disk several times a second.
    app.tick(at(5));
    assert_eq!(seen.lock().expect("lock").tries, tries);
    // Due: retried even though nobody typed anything; still failing.
    app.tick(at(12));
    assert_eq!(seen.lock().expect("lock").tries, tries + 1);
    assert!(render(&mut app, 100, 30).contains("NOT SAVED"));

    // The disk is back: the next timer retry saves everything.
    seen.lock().expect("lock").fail = false;
    app.tick(at(23));
    assert!(!app.unsaved());
    assert!(!render(&mut app, 100, 30).contains("NOT SAVED"));
    let kept = seen.lock().expect("lock").kept.clone().expect("saved");
    assert_eq!(events(&kept), events(app.session()));
}

#[test]
fn a_clock_jumping_backwards_does_not_postpone_the_retry() {
    let (mut app, seen) = flaky_app(true);
    app.tick(at(100));
    key(&mut app, KeyCode::Enter);
    let tries = seen.lock().expect("lock").tries;
    // NTP sets the clock an hour back: the retry happens at once, instead
    // of an hour later.
    app.tick(at(100 - 3600));
    assert_eq!(seen.lock().expect("lock").tries, tries + 1);
}

#[test]
fn the_next_entry_retries_and_saves_everything_said_while_failing() {
    let (mut app, seen) = flaky_app(true);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Tired but here");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('-'));
    assert!(app.unsaved());
    seen.lock().expect("lock").fail = false;
    key(&mut app, KeyCode::Char('-'));
    assert!(!app.unsaved());
    let kept = seen.lock().expect("lock").kept.clone().expect("saved");
    assert_eq!(events(&kept), events(app.session()));
    assert!(
        serde_json::to_string(kept.log())
            .expect("json")
            .contains("Tired but here")
    );
}

#[test]
fn ctrl_s_asks_where_and_continues_saving_there() {
    let (mut app, seen) = flaky_app(true);
    key(&mut app, KeyCode::Enter);
    // Ctrl-S works from inside an open dialog too.
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "half typed");
    ctrl(&mut app, 's');
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("Save the meeting elsewhere"), "{screen}");
    chars(&mut app, "/media/stick");
    key(&mut app, KeyCode::Enter);
    assert!(!app.unsaved());
    assert_eq!(
        seen.lock().expect("lock").moved_to.as_deref(),
        Some(Path::new("/media/stick"))
    );
    assert_eq!(app.saved_to(), Some("/media/stick/moved.json"));
    let screen = render(&mut app, 100, 30);
    assert!(screen.contains("Saved to"), "{screen}");
}

#[test]
fn an_empty_path_keeps_the_dialog_open() {
    let (mut app, _) = flaky_app(true);
    key(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Enter);
    assert!(app.unsaved());
    assert!(app.is_typing(), "the dialog stays open to type a path");
}

// ---- The real store ----

/// `Persist` over the real store, as the shell's sink does.
struct Real(OpenSession);

impl Persist for Real {
    fn save(&mut self, session: &Session) -> Result<(), String> {
        self.0.save(session).map_err(|e| e.to_string())
    }

    fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<PathBuf, String> {
        self.0
            .save_elsewhere(target, session)
            .map(|()| self.0.path().to_path_buf())
            .map_err(|e| e.to_string())
    }
}

fn real_app(dir: &Path) -> (App, PathBuf) {
    let session = Script::open(tui_support::setup()).session.clone();
    let open = SessionsDir::new(dir).create(&session).expect("create");
    let path = open.path().to_path_buf();
    let app = App::new(session, Box::new(Real(open)), &TuiOptions::default(), at(1));
    (app, path)
}

fn loads_with_all(path: &Path, app: &App) {
    let loaded = store::load(path).expect("the saved file loads");
    assert_eq!(events(&loaded.session), events(app.session()));
}

#[test]
fn a_session_file_deleted_under_the_meeting_is_written_again_at_the_next_entry() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (mut app, path) = real_app(&tmp.path().join("sessions"));
    key(&mut app, KeyCode::Enter);
    std::fs::remove_file(&path).expect("delete the session file");
    key(&mut app, KeyCode::Char('-'));
    assert!(!app.unsaved());
    loads_with_all(&path, &app);
}

#[test]
fn a_sessions_folder_replaced_by_a_file_warns_and_save_elsewhere_rescues_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let sessions = tmp.path().join("sessions");
    let (mut app, _) = real_app(&sessions);
    key(&mut app, KeyCode::Enter);
    // Someone's `git checkout` removes the folder and leaves a file there.
    std::fs::rename(&sessions, tmp.path().join("moved-away")).expect("move");
    std::fs::write(&sessions, "not a folder").expect("file");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Said while the folder was gone");
    key(&mut app, KeyCode::Enter);
    assert!(app.unsaved());
    let screen = render(&mut app, 120, 30);
    assert!(screen.contains("NOT SAVED"), "{screen}");

    let rescue = tmp.path().join("rescue");
    ctrl(&mut app, 's');
    chars(&mut app, &rescue.display().to_string());
    key(&mut app, KeyCode::Enter);
    assert!(!app.unsaved(), "{:?}", app.status());
    let new_path = PathBuf::from(app.saved_to().expect("saved somewhere"));
    assert!(new_path.starts_with(&rescue));
    loads_with_all(&new_path, &app);
    // And it keeps saving there.
    key(&mut app, KeyCode::Char('-'));
    loads_with_all(&new_path, &app);
    let text = std::fs::read_to_string(&new_path).expect("read");
    assert!(text.contains("Said while the folder was gone"));
}

#[test]
fn save_elsewhere_never_overwrites_an_existing_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let session = Script::open(tui_support::setup()).session.clone();
    let mut open = SessionsDir::new(tmp.path().join("a"))
        .create(&session)
        .expect("create");
    let taken = tmp.path().join("taken.json");
    std::fs::write(&taken, "precious").expect("write");
    assert!(open.save_elsewhere(&taken, &session).is_err());
    assert_eq!(std::fs::read_to_string(&taken).expect("read"), "precious");
    // A folder holding a file of the same name gets a numbered one.
    let other = tmp.path().join("b");
    std::fs::create_dir_all(&other).expect("dir");
    let same = other.join(format!("{}.json", open.id()));
    std::fs::write(&same, "also precious").expect("write");
    open.save_elsewhere(&other, &session)
        .expect("numbered name");
    assert_eq!(
        std::fs::read_to_string(&same).expect("read"),
        "also precious"
    );
    assert!(open.path().starts_with(&other) && open.path() != same);
    store::load(open.path()).expect("loads");
}

/// Whether the tests run as root: read from /proc, so no C bindings.
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|status| {
        status
            .lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .and_then(|ids| ids.split_whitespace().nth(1))
            == Some("0")
    })
}

/// A simulation that could not be set up. Without root that is expected
/// and the test says so; as root (CI runs as root) the tools must work,
/// or the test would pass while proving nothing, so the run fails.
fn skipped(why: &str) {
    assert!(
        !running_as_root(),
        "running as root, yet {why}: install the tool or allow it, so this test proves something"
    );
    eprintln!("SKIPPED: {why}");
}

/// Runs a command, true if it worked (tools may be missing or not allowed).
fn try_run(program: &str, args: &[&str]) -> bool {
    Process::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn an_immutable_folder_warns_and_the_retry_saves_once_it_is_writable() {
    let tmp = tempfile::tempdir().expect("tmp");
    let sessions = tmp.path().join("sessions");
    let (mut app, path) = real_app(&sessions);
    let dir = sessions.display().to_string();
    if !try_run("chattr", &["+i", &dir]) {
        skipped("chattr +i not available here; read-only folder not simulated");
        return;
    }
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('-'));
    let unsaved = app.unsaved();
    let undone = try_run("chattr", &["-i", &dir]);
    assert!(undone, "could not make the folder writable again");
    assert!(unsaved, "an immutable folder must fail the save");
    app.tick(at(60));
    assert!(!app.unsaved());
    loads_with_all(&path, &app);
}

#[test]
fn a_full_disk_leaves_no_empty_lock_file_behind() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mount = tmp.path().join("tiny");
    std::fs::create_dir_all(&mount).expect("dir");
    let at_mount = mount.display().to_string();
    if !try_run(
        "mount",
        &["-t", "tmpfs", "-o", "size=64k", "tmpfs", &at_mount],
    ) {
        skipped("cannot mount a tmpfs here; full disk not simulated");
        return;
    }
    let _unmount = Mounted(mount.clone());
    let sessions = mount.join("sessions");
    std::fs::create_dir_all(&sessions).expect("dir");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(mount.join("filler")).expect("filler");
        while f.write_all(&[0u8; 1024]).is_ok() {}
        let _ = f.sync_all();
    }
    let session = Session::open(tui_support::setup()).expect("setup");
    let result = SessionsDir::new(&sessions).create(&session);
    assert!(result.is_err(), "nothing can be written on a full disk");
    let left: Vec<_> = std::fs::read_dir(&sessions)
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// A tiny tmpfs, unmounted on drop (also when the test fails).
struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_warns_and_the_retry_saves_once_space_is_freed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mount = tmp.path().join("tiny");
    std::fs::create_dir_all(&mount).expect("dir");
    let at_mount = mount.display().to_string();
    if !try_run(
        "mount",
        &["-t", "tmpfs", "-o", "size=64k", "tmpfs", &at_mount],
    ) {
        skipped("cannot mount a tmpfs here; full disk not simulated");
        return;
    }
    let _unmount = Mounted(mount.clone());
    let (mut app, path) = real_app(&mount.join("sessions"));
    key(&mut app, KeyCode::Enter);
    // Fill the disk to the last byte.
    let filler = mount.join("filler");
    let mut chunk = 0u64;
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).expect("filler");
        while f.write_all(&[0u8; 1024]).is_ok() {
            chunk += 1;
        }
        let _ = f.sync_all();
    }
    assert!(chunk < 64, "the tmpfs is limited");
    key(&mut app, KeyCode::Enter);
    chars(&mut app, "Said on a full disk");
    key(&mut app, KeyCode::Enter);
    assert!(app.unsaved(), "a full disk must fail the save");
    // The file on disk is still the previous complete version.
    let before = store::load(&path).expect("the old version is intact");
    assert!(events(&before.session) < events(app.session()));

    std::fs::remove_file(&filler).expect("free space");
    app.tick(at(60));
    assert!(!app.unsaved());
    loads_with_all(&path, &app);
}

#[test]
fn the_warning_draws_at_every_size_without_panic() {
    let (mut app, _) = flaky_app(true);
    key(&mut app, KeyCode::Enter);
    assert!(app.unsaved());
    for w in [1u16, 2, 10, 40, 59, 60, 80, 133, 400] {
        for h in [1u16, 2, 5, 10, 24, 120] {
            let _ = render(&mut app, w, h);
        }
    }
    assert!(render(&mut app, 80, 24).contains("NOT SAVED"));
}
