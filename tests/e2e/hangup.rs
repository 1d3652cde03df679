//! Closing the terminal ends spanning. The real binary runs in a pseudo
//! terminal; every descriptor of the master side is then closed, as when a
//! window is closed, an SSH connection drops or a tmux session is killed.
//! Each full-screen loop (setup, meeting, home, review browser, session
//! view, replay) must then end by itself within a couple of seconds, with
//! every confirmed entry in the session file and the session's lock given
//! back, so the next `resume` just opens the meeting.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use spanning::meeting::state::TurnOutcome;
use spanning::store;

/// How long a hung-up spanning may take to save, give back its lock and
/// end: the goal is a second, with room for a busy test machine.
const LIMIT: Duration = Duration::from_secs(3);

const COLS: u16 = 100;
const ROWS: u16 = 30;

/// A `spanning` in a pseudo terminal whose master side can be closed
/// completely: the reader thread gives its descriptor back on request.
struct Hangable {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Option<Box<dyn Write + Send>>,
    master: Option<Box<dyn MasterPty + Send>>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    stop_reading: Arc<AtomicBool>,
}

impl Hangable {
    fn spawn(args: &[&str], cwd: &Path) -> Hangable {
        Hangable::spawn_program(env!("CARGO_BIN_EXE_spanning"), args, cwd, &[])
    }

    fn spawn_program(program: &str, args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Hangable {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo terminal");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_GB.UTF-8");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("SPANNING_SESSIONS_DIR");
        cmd.env("XDG_CONFIG_HOME", cwd.join("config"));
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn spanning");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let mut input = pair.master.try_clone_reader().expect("pty reader");
        let (feed, stop) = (Arc::clone(&parser), Arc::clone(&stop_reading));
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = input.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = feed.lock() {
                    p.process(&buf[..n]);
                }
                if stop.load(Ordering::SeqCst) {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Hangable {
            parser,
            writer: Some(writer),
            master: Some(pair.master),
            child,
            reader: Some(reader),
            stop_reading,
        }
    }

    fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("screen never showed {text:?}; it shows:\n{}", self.screen());
    }

    fn key(&mut self, bytes: &str) {
        let writer = self.writer.as_mut().expect("the terminal is still open");
        writer.write_all(bytes.as_bytes()).expect("write");
        writer.flush().expect("flush");
        thread::sleep(Duration::from_millis(60));
    }

    /// Closes the master side and returns how long spanning took to end,
    /// or panics with the screen if it is still running after ten seconds.
    fn hang_up(&mut self) -> Duration {
        let screen = self.screen();
        // The reader thread blocks in `read` on its own copy of the master;
        // a resize makes spanning redraw, which wakes the thread to see it
        // should let go.
        self.stop_reading.store(true, Ordering::SeqCst);
        if let Some(master) = &self.master {
            let _ = master.resize(PtySize {
                rows: ROWS,
                cols: COLS - 1,
                pixel_width: 0,
                pixel_height: 0,
            });
        }
        let reader = self.reader.take().expect("hung up once");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !reader.is_finished() {
            assert!(
                Instant::now() < deadline,
                "no redraw after a resize; screen:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(10));
        }
        let _ = reader.join();
        let closed = Instant::now();
        drop(self.writer.take());
        drop(self.master.take());
        let deadline = closed + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return closed.elapsed();
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("spanning still runs ten seconds after its terminal closed; it showed:\n{screen}");
    }
}

impl Drop for Hangable {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait()
            && let Some(pid) = self.child.process_id()
        {
            // A spanning stuck on a dead terminal ignores gentler signals.
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
            let _ = self.child.wait();
        }
    }
}

/// Hangs up `term` and checks it ended in time.
fn hang_up_in_time(term: &mut Hangable, what: &str) {
    let took = term.hang_up();
    eprintln!("{what}: ended {took:?} after its terminal closed");
    assert!(
        took < LIMIT,
        "{what}: spanning took {took:?} to end after its terminal closed"
    );
}

fn sessions(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join("sessions")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect()
}

fn lock_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join("sessions")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "lock"))
        .collect()
}

/// What was said in the check-in round of the only session.
fn check_in(dir: &Path) -> (String, Vec<TurnOutcome>) {
    let files = sessions(dir);
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("the session loads after the hang-up");
    let turns = loaded.session.state().rounds[0]
        .turns
        .iter()
        .map(|t| t.outcome.clone())
        .collect();
    (loaded.id, turns)
}

#[test]
fn closing_the_terminal_ends_every_screen_saved_and_unlocked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();

    // The setup form: nothing confirmed, nothing written.
    let mut setup = Hangable::spawn(&["new"], root);
    setup.wait_for("New meeting");
    hang_up_in_time(&mut setup, "setup");
    assert!(sessions(root).is_empty(), "a hung-up setup saves nothing");

    // A meeting with one turn said and one passed.
    let mut meeting = Hangable::spawn(
        &[
            "new",
            "--title",
            "Weekly",
            "--participants",
            "Ana, Bram, Chen",
        ],
        root,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    meeting.wait_for("Ready to start");
    meeting.key("\r");
    meeting.wait_for("NOW: ANA");
    meeting.key("\r");
    meeting.wait_for("the gist");
    meeting.key("Glad to be here");
    meeting.key("\r");
    meeting.wait_for("NOW: BRAM");
    meeting.key("-");
    meeting.wait_for("NOW: CHEN");
    hang_up_in_time(&mut meeting, "meeting");
    let said = TurnOutcome::Said {
        text: "Glad to be here".into(),
    };
    let (id, turns) = check_in(root);
    assert_eq!(turns.len(), 2, "{turns:?}");
    assert_eq!(turns[0], said);
    assert!(lock_files(root).is_empty(), "{:?}", lock_files(root));

    // `resume` opens it at once (no "another spanning holds it"), and a
    // hang-up of the resumed meeting keeps what was added there too.
    let mut resumed = Hangable::spawn(&["resume", &id], root);
    resumed.wait_for("NOW: CHEN");
    resumed.key("\r");
    resumed.wait_for("the gist");
    resumed.key("Late but here");
    resumed.key("\r");
    resumed.wait_for("Recorded");
    hang_up_in_time(&mut resumed, "resumed meeting");
    let (_, turns) = check_in(root);
    assert_eq!(turns.len(), 3, "{turns:?}");
    assert_eq!(turns[0], said);
    assert_eq!(
        turns[2],
        TurnOutcome::Said {
            text: "Late but here".into()
        }
    );
    assert!(lock_files(root).is_empty(), "{:?}", lock_files(root));

    // The home screen, with the meeting still unfinished.
    let mut home = Hangable::spawn(&[], root);
    home.wait_for("Unfinished meetings");
    hang_up_in_time(&mut home, "home");

    // The review browser, a session opened in it, and a replay.
    let mut browser = Hangable::spawn(&["review"], root);
    browser.wait_for("Past sessions");
    browser.wait_for("Weekly");
    hang_up_in_time(&mut browser, "review browser");

    let mut view = Hangable::spawn(&["review"], root);
    view.wait_for("Weekly");
    view.key("\r");
    view.wait_for("■ Meeting");
    hang_up_in_time(&mut view, "session view");

    let mut replay = Hangable::spawn(&["replay", &id], root);
    replay.wait_for("Replay");
    hang_up_in_time(&mut replay, "replay");

    // Nothing was lost or changed by the readers, and nothing stays locked.
    let (_, turns) = check_in(root);
    assert_eq!(turns.len(), 3, "{turns:?}");
    assert!(lock_files(root).is_empty(), "{:?}", lock_files(root));
    let mut last = Hangable::spawn(&["resume", &id], root);
    last.wait_for("Everyone has had a turn");
    hang_up_in_time(&mut last, "last resume");
}

/// This machine's name as spanning writes it into lock files.
fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .expect("Linux names its host")
        .split_whitespace()
        .next()
        .expect("a host name")
        .to_owned()
}

/// Waits until somebody holds the lock file at `lock`.
fn wait_until_locked(lock: &Path) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(file) = File::open(lock)
            && file.try_lock().is_err()
        {
            return;
        }
        thread::sleep(Duration::from_millis(20));
    }
    panic!("{} never got locked", lock.display());
}

/// Writes who holds the lock, as a spanning does.
fn name_holder(lock: &Path, pid: u32) {
    let since = chrono::Local::now().fixed_offset().to_rfc3339();
    std::fs::write(lock, format!("{pid} {} {since}\n", host())).expect("lock text");
}

/// `flock` holding the lock file in a session of its own, without a
/// terminal: what a spanning left running by a closed window looked like
/// (before it ended by itself).
fn holder_without_terminal(lock: &Path) -> std::process::Child {
    let child = std::process::Command::new("setsid")
        .arg("flock")
        .arg("-o")
        .arg(lock)
        .args(["sleep", "60"])
        .stdin(std::process::Stdio::null())
        .spawn()
        .expect("setsid and flock (util-linux) run");
    wait_until_locked(lock);
    child
}

/// A meeting that was opened and left by a closed terminal; its id and
/// lock file.
fn left_meeting(root: &Path) -> (String, PathBuf) {
    let mut meeting = Hangable::spawn(
        &["new", "--title", "Weekly", "--participants", "Ana, Bram"],
        root,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    meeting.wait_for("Ready to start");
    meeting.key("\r");
    meeting.wait_for("NOW: ANA");
    hang_up_in_time(&mut meeting, "meeting");
    let (id, _) = check_in(root);
    let lock = store::lock_path(&sessions(root)[0]);
    (id, lock)
}

fn still_runs(child: &mut std::process::Child) -> bool {
    matches!(child.try_wait(), Ok(None))
}

/// Waits for a holder to end; whether it did within five seconds.
fn ended(child: &mut std::process::Child) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if !still_runs(child) {
            return true;
        }
        thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn resume_offers_to_stop_a_holder_without_a_terminal_and_then_opens_the_meeting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, lock) = left_meeting(dir.path());
    let mut holder = holder_without_terminal(&lock);
    name_holder(&lock, holder.id());

    // Declining keeps the lock and says who has it.
    let mut declined = Hangable::spawn(&["resume", &id], dir.path());
    declined.wait_for("lost its terminal");
    declined.wait_for("[y/N]");
    declined.key("n\r");
    declined.wait_for("has this session open");
    assert!(still_runs(&mut holder), "a declined offer stops nobody");

    // In Dutch, "j" is yes and anything else no.
    let mut dutch = Hangable::spawn_program(
        env!("CARGO_BIN_EXE_spanning"),
        &["resume", &id],
        dir.path(),
        &[("LANG", "nl_NL.UTF-8")],
    );
    dutch.wait_for("terminal verloren");
    dutch.wait_for("[j/N]");
    dutch.key("y\r");
    dutch.wait_for("heeft deze sessie open");
    assert!(still_runs(&mut holder), "\"y\" is not yes in Dutch");

    let mut resumed = Hangable::spawn(&["resume", &id], dir.path());
    resumed.wait_for("lost its terminal");
    resumed.key("y\r");
    resumed.wait_for("NOW: ANA");
    assert!(
        ended(&mut holder),
        "the holder without a terminal was stopped"
    );
    hang_up_in_time(&mut resumed, "resumed meeting");
    assert!(!lock.exists(), "the lock is given back");
}

#[test]
fn the_home_screen_resume_makes_the_same_offer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, lock) = left_meeting(dir.path());
    let mut holder = holder_without_terminal(&lock);
    name_holder(&lock, holder.id());

    let mut home = Hangable::spawn(&[], dir.path());
    home.wait_for("Unfinished meetings");
    home.key("\r");
    home.wait_for("lost its terminal");
    home.key("y\r");
    home.wait_for("NOW: ANA");
    assert!(
        ended(&mut holder),
        "the holder without a terminal was stopped"
    );
    hang_up_in_time(&mut home, "meeting resumed from home");
    assert!(!lock.exists(), "the lock is given back");
}

#[test]
fn resume_offers_to_remove_the_lock_of_a_holder_that_is_gone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, lock) = left_meeting(dir.path());
    // The lock is held, but the process it names no longer exists.
    let mut holder = holder_without_terminal(&lock);
    let mut gone = std::process::Command::new("true")
        .spawn()
        .expect("true runs");
    gone.wait().expect("true ends");
    name_holder(&lock, gone.id());

    let mut resumed = Hangable::spawn(&["resume", &id], dir.path());
    resumed.wait_for("has stopped");
    resumed.key("y\r");
    resumed.wait_for("NOW: ANA");
    hang_up_in_time(&mut resumed, "resumed meeting");
    let _ = holder.kill();
    let _ = holder.wait();
}

#[test]
fn resume_never_offers_the_lock_of_a_holder_at_its_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (id, lock) = left_meeting(dir.path());
    // `flock` in a terminal of its own: someone could still be using it.
    let lock_text = lock.to_string_lossy().into_owned();
    let holder =
        Hangable::spawn_program("flock", &["-o", &lock_text, "sleep", "60"], dir.path(), &[]);
    wait_until_locked(&lock);
    let pid = holder.child.process_id().expect("flock runs");
    name_holder(&lock, pid);

    let mut refused = Hangable::spawn(&["resume", &id], dir.path());
    refused.wait_for("has this session open");
    assert!(!refused.screen().contains("[y/N]"), "{}", refused.screen());
    hang_up_in_time(&mut refused, "refused resume");
    assert!(
        matches!(std::fs::read_to_string(&lock), Ok(text) if text.starts_with(&pid.to_string())),
        "the lock still names its holder"
    );
}

/// Closing the window with a dialog open keeps what was typed in it as a
/// draft, as Ctrl-C and a stop signal do, and resuming opens the dialog
/// with it; spanning ends normally, not by a panic. (ratatui's drop wrote
/// "Failed to show the cursor" to the closed terminal, which panicked
/// before the draft was kept.)
#[test]
fn closing_the_terminal_with_a_dialog_open_keeps_its_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let mut meeting = Hangable::spawn(
        &["new", "--title", "Weekly", "--participants", "Ana, Bram"],
        root,
    );
    meeting.wait_for("Ready to start");
    meeting.key("\r");
    meeting.wait_for("NOW: ANA");
    meeting.key("m");
    meeting.wait_for("Note for the minutes");
    meeting.key("typed when the window closed");
    meeting.wait_for("typed when the window closed");
    hang_up_in_time(&mut meeting, "meeting with a dialog open");
    let status = meeting.child.try_wait().expect("wait").expect("ended");
    assert!(status.success(), "ended by a panic: {status:?}");
    let (id, _) = check_in(root);
    let draft = root.join("sessions").join(format!(".{id}.draft"));
    let names: Vec<_> = std::fs::read_dir(root)
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert!(draft.is_file(), "no {draft:?} among {names:?}");
    let mut resumed = Hangable::spawn(&["resume", &id], root);
    resumed.wait_for("typed when the window closed");
    hang_up_in_time(&mut resumed, "resumed with the draft");
}
