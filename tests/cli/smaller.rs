//! Smaller things a demanding user tripped over (issue 16, "Smaller"):
//! an empty `SPANNING_SESSIONS_DIR` counts as unset, `export --force`
//! never replaces a session file with minutes, and a file that starts
//! with a byte order mark loads.

use std::fs;

use assert_cmd::Command;
use spanning::store;

use crate::support::common;

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

/// A folder with `sessions/<id>.json` holding the example meeting.
fn cwd_with_sessions() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tmp");
    let session = common::example_meeting();
    let id = store::stem(session.setup(), 0x42);
    fs::create_dir_all(dir.path().join("sessions")).expect("dir");
    fs::write(
        dir.path().join("sessions").join(format!("{id}.json")),
        store::session_bytes(&id, &session),
    )
    .expect("write");
    (dir, id)
}

#[test]
fn an_empty_sessions_dir_variable_counts_as_unset() {
    let (dir, id) = cwd_with_sessions();
    let out = spanning()
        .current_dir(dir.path())
        .env("SPANNING_SESSIONS_DIR", "")
        .arg("list")
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&id));
}

#[test]
fn export_force_never_replaces_a_session_file() {
    let (dir, id) = cwd_with_sessions();
    let target = dir.path().join("sessions").join(format!("{id}.json"));
    let before = fs::read(&target).expect("read");
    for (lang, words) in [("en", "is a session file"), ("nl", "is een sessiebestand")] {
        let out = spanning()
            .current_dir(dir.path())
            .args(["--lang", lang, "export", &id, "--force", "-o"])
            .arg(&target)
            .output()
            .expect("run");
        assert!(!out.status.success());
        let told = String::from_utf8_lossy(&out.stderr);
        assert!(told.contains(words), "{told}");
        assert_eq!(fs::read(&target).expect("read"), before, "{lang}");
    }
    // Another session's file, under any name, is protected too.
    let other = dir.path().join("copy.md");
    fs::write(&other, &before).expect("write");
    let out = spanning()
        .current_dir(dir.path())
        .args(["export", &id, "--force", "-o"])
        .arg(&other)
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert_eq!(fs::read(&other).expect("read"), before);
    // An ordinary file is still replaced with --force.
    let notes = dir.path().join("notes.md");
    fs::write(&notes, "old notes").expect("write");
    spanning()
        .current_dir(dir.path())
        .args(["export", &id, "--force", "-o"])
        .arg(&notes)
        .assert()
        .success();
    assert!(fs::read_to_string(&notes).expect("read").contains("# "));
}

#[test]
fn a_file_starting_with_a_byte_order_mark_loads_and_is_left_as_it_is() {
    let (dir, id) = cwd_with_sessions();
    let path = dir.path().join("sessions").join(format!("{id}.json"));
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(&path).expect("read"));
    fs::write(&path, &bytes).expect("write");
    spanning()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .success();
    spanning()
        .current_dir(dir.path())
        .args(["show", &id])
        .assert()
        .success();
    assert_eq!(fs::read(&path).expect("read"), bytes);
}

#[test]
fn new_without_a_terminal_writes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    for (lang, words) in [("en", "nothing was written"), ("nl", "niets geschreven")] {
        let out = spanning()
            .current_dir(dir.path())
            .args([
                "--lang",
                lang,
                "new",
                "--title",
                "Weekly",
                "--participants",
                "Ann,Bo",
            ])
            .output()
            .expect("run");
        assert!(!out.status.success());
        let told = String::from_utf8_lossy(&out.stderr);
        assert!(told.contains(words), "{told}");
        let written = fs::read_dir(dir.path().join("sessions"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(written, 0, "{lang}: no session file is left behind");
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn new_files_follow_the_umask_and_force_keeps_a_files_mode() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, id) = cwd_with_sessions();
    let bin = assert_cmd::cargo::cargo_bin("spanning");
    let run = |umask: &str, args: &str| {
        let status = std::process::Command::new("sh")
            .current_dir(dir.path())
            .env("LANG", "C")
            .env_remove("SPANNING_SESSIONS_DIR")
            .args([
                "-c",
                &format!("umask {umask} && exec '{}' {args}", bin.display()),
            ])
            .status()
            .expect("run");
        assert!(status.success(), "{args}");
    };
    run("027", &format!("export {id} -o new.md"));
    assert_eq!(mode(&dir.path().join("new.md")), 0o640);
    run("022", &format!("export {id} -o open.md"));
    assert_eq!(mode(&dir.path().join("open.md")), 0o644);
    // --force replaces the content, not who may read it.
    let kept = dir.path().join("kept.md");
    fs::write(&kept, "old").expect("write");
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o600)).expect("chmod");
    run("022", &format!("export {id} --force -o kept.md"));
    assert_eq!(mode(&kept), 0o600);

    // A new session file, written by the store, follows the umask too.
    let umask = fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .expect("umask readable on Linux");
    let sessions = store::SessionsDir::new(dir.path().join("fresh"));
    let open = sessions
        .create(&spanning::meeting::Session::open(common::example_setup()).expect("setup"))
        .expect("create");
    assert_eq!(mode(open.path()), 0o666 & !umask);
}
