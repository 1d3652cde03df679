//! Runs the real `spanning` binary in a pseudo terminal and reads its screen
//! through a VT100 parser, so end-to-end tests see what a person would see.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running `spanning` in a pseudo terminal.
pub struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
}

impl Term {
    /// Starts the binary with `args` in `cwd`, on a `cols` x `rows` terminal.
    pub fn spawn(args: &[&str], cwd: &Path, cols: u16, rows: u16) -> Term {
        Term::spawn_with_env(args, cwd, cols, rows, &[])
    }

    /// Like `spawn`, with environment variables set on top (e.g. a Dutch
    /// locale, which is how most Dutch users end up in Dutch).
    pub fn spawn_with_env(
        args: &[&str],
        cwd: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Term {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_spanning"));
        cmd.args(args);
        Term::launch(cmd, cwd, cols, rows, env)
    }

    /// Like `spawn`, with the data segment (every allocation, on Linux)
    /// capped at `data_kb` kilobytes by the shell's `ulimit -d`: going
    /// over makes spanning fail, so a test can prove a memory bound.
    pub fn spawn_capped(args: &[&str], cwd: &Path, cols: u16, rows: u16, data_kb: u64) -> Term {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args([
            "-c",
            &format!("ulimit -d {data_kb} && exec \"$0\" \"$@\""),
            env!("CARGO_BIN_EXE_spanning"),
        ]);
        cmd.args(args);
        Term::launch(cmd, cwd, cols, rows, &[])
    }

    fn launch(
        mut cmd: CommandBuilder,
        cwd: &Path,
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Term {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo terminal");
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_GB.UTF-8");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("SPANNING_SESSIONS_DIR");
        // Preferences (the remembered theme) of the person running the
        // tests must not change what the tests see, nor be changed by them.
        cmd.env("XDG_CONFIG_HOME", cwd.join("config"));
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn spanning");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let feed = Arc::clone(&parser);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = feed.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Term {
            parser,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text`; panics with the screen if not.
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("screen never showed {text:?}; it shows:\n{}", self.screen());
    }

    /// Types text (as if on a keyboard, one write).
    pub fn type_text(&mut self, text: &str) {
        self.writer.write_all(text.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
        thread::sleep(Duration::from_millis(60));
    }

    /// Sends raw key bytes, e.g. "\r" for Enter, "\x1b" for Esc.
    pub fn key(&mut self, bytes: &str) {
        self.type_text(bytes);
    }

    /// Pastes text with bracketed-paste markers, as a terminal does.
    pub fn paste(&mut self, text: &str) {
        self.type_text(&format!("\x1b[200~{text}\x1b[201~"));
    }

    /// Puts `bytes` on the screen as if another program had written to
    /// the same terminal (a background job, a `wall` message): spanning
    /// does not know, so only a full redraw takes them away again.
    pub fn scribble(&self, bytes: &str) {
        if let Ok(mut p) = self.parser.lock() {
            p.process(bytes.as_bytes());
        }
    }

    /// Waits until the screen no longer shows `text`; panics with the
    /// screen if it stays.
    pub fn wait_gone(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if !self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("screen still shows {text:?}:\n{}", self.screen());
    }

    /// Kills the process with SIGKILL: no chance to clean up.
    pub fn kill_hard(&mut self) {
        if let Some(pid) = self.child.process_id() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        let _ = self.child.wait();
    }

    /// Resizes the terminal as a window manager would (the program gets
    /// SIGWINCH); the screen model follows.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.resize_program_only(cols, rows);
        if let Ok(mut p) = self.parser.lock() {
            p.screen_mut().set_size(rows, cols);
        }
    }

    /// Resizes only what the program sees, not the screen model: the vt100
    /// model itself panics on some tiny sizes, which is the harness's
    /// problem, not spanning's.
    pub fn resize_program_only(&mut self, cols: u16, rows: u16) {
        let _ = self._master.resize(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        });
    }

    /// Sends a signal by name (`TERM`, `HUP`, `INT`), as `kill` would.
    pub fn signal(&mut self, name: &str) {
        if let Some(pid) = self.child.process_id() {
            let _ = std::process::Command::new("kill")
                .args([&format!("-{name}"), &pid.to_string()])
                .status();
        }
    }

    /// The process id, for tests that kill it themselves.
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Waits for the process to end by itself; returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                // Let the reader thread take in the last bytes (the restore
                // sequence) before anyone inspects the screen.
                thread::sleep(Duration::from_millis(200));
                return status.success();
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("spanning did not exit; screen:\n{}", self.screen());
    }

    /// Whether the terminal is back in the normal screen (not the
    /// alternate one) with the cursor shown: what "restored" means.
    pub fn restored(&self) -> bool {
        self.parser
            .lock()
            .map(|p| !p.screen().alternate_screen() && !p.screen().hide_cursor())
            .unwrap_or(false)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
