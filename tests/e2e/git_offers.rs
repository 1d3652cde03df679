//! The offers around a meeting when the sessions folder is in git, run in
//! a pseudo terminal against real local repositories (`support::git`):
//! before `spanning new`, bringing in colleagues' sessions (fast-forward
//! only; yes is the default, no leaves the folder alone); after close-out,
//! committing that session with a readable message and pushing it.

use std::path::Path;

use spanning::store::SessionsDir;
use spanning::store::git::Repo;
use spanning::text::Lang;

use crate::support::git::{Laptops, git};
use crate::support::pty::Term;
use crate::support::{tactical, tui as tui_support};

/// No global or system git settings of the person running the tests.
const GIT_ENV: [(&str, &str); 2] = [
    ("GIT_CONFIG_NOSYSTEM", "1"),
    ("GIT_CONFIG_GLOBAL", "/dev/null"),
];

/// Week 1 on Ana's laptop, committed and pushed; returns its file name.
fn week_one_pushed(laptops: &Laptops) -> String {
    let dir = Laptops::sessions(&laptops.ana);
    let open = dir
        .create(&tactical::closed(Lang::En).session)
        .expect("saved");
    let name = open.path().file_name().expect("name").to_owned();
    drop(open);
    let repo = Repo::find(dir.root()).expect("git").expect("work tree");
    repo.commit(
        &[name.clone().into()],
        "Weekly tactical, Operations, 22 Nov 2026",
    )
    .expect("committed");
    repo.push().expect("pushed");
    name.to_string_lossy().into_owned()
}

fn new_meeting(laptop: &Path, cwd: &Path, env: &[(&str, &str)]) -> Term {
    let sessions = laptop.join("sessions").display().to_string();
    Term::spawn_with_env(
        &[
            "--sessions-dir",
            &sessions,
            "new",
            "--title",
            "Weekly tactical",
            "--circle",
            "Operations",
            "--format",
            "tactical",
            "--participants",
            "Ana,Bram",
        ],
        cwd,
        160,
        40,
        env,
    )
}

#[test]
fn new_offers_to_bring_in_colleagues_sessions_first() {
    let laptops = Laptops::new();
    let week1 = week_one_pushed(&laptops);
    let mut term = new_meeting(&laptops.bram, laptops.temp.path(), &GIT_ENV);
    term.wait_for(
        "The sessions folder is in git. Bring in colleagues' sessions from origin/main first (git pull --ff-only)? [Y/n]",
    );
    term.key("\r");
    term.wait_for("Ready to start");
    // The meeting starts from week 1's lists, brought in a moment ago.
    term.wait_for("Brought in 1 commit from origin/main (1 new file in the sessions folder).");
    assert!(laptops.bram.join("sessions").join(&week1).is_file());
    term.key("\r");
    term.kill_hard();
}

#[test]
fn new_in_dutch_leaves_the_folder_alone_when_told_no() {
    let laptops = Laptops::new();
    let week1 = week_one_pushed(&laptops);
    let mut env = GIT_ENV.to_vec();
    env.push(("LANG", "nl_NL.UTF-8"));
    let mut term = new_meeting(&laptops.bram, laptops.temp.path(), &env);
    term.wait_for(
        "De sessiemap staat in git. Eerst de sessies van collega's binnenhalen van origin/main (git pull --ff-only)? [J/n]",
    );
    term.key("n\r");
    term.wait_for("Klaar om te beginnen");
    term.key("\r");
    assert!(!laptops.bram.join("sessions").join(&week1).exists());
    term.kill_hard();
}

#[test]
fn closing_a_meeting_offers_to_commit_it_and_push() {
    let laptops = Laptops::new();
    let dir = SessionsDir::new(laptops.bram.join("sessions"));
    let open = dir
        .create(&tui_support::closeout(Lang::En).session)
        .expect("saved");
    let path = open.path().display().to_string();
    drop(open);
    let mut term = Term::spawn_with_env(&["resume", &path], laptops.temp.path(), 160, 40, &GIT_ENV);
    term.wait_for("Unreached and unfinished items");
    term.key("\x1b[B");
    term.key("l");
    term.key("\r");
    term.wait_for("Close the session?");
    term.key("y");
    term.wait_for("▶ Summary");
    term.key("q");
    term.wait_for("Leave the meeting screen?");
    term.key("y");
    term.wait_for("Commit this session to git as “Weekly governance, Product circle,");
    term.wait_for("and push it to origin/main? [Y/n]");
    term.key("\r");
    term.wait_for("Pushed 1 commit to origin/main.");
    assert!(term.wait_exit());
    let log = git(&laptops.remote, &["log", "--format=%s", "-1", "main"]);
    assert!(
        log.starts_with("Weekly governance, Product circle, "),
        "{log}"
    );
}

#[test]
fn the_home_screen_says_the_folder_is_in_git_and_n_offers_the_pull() {
    let laptops = Laptops::new();
    week_one_pushed(&laptops);
    // Bram's clone has fetched Ana's week 1 but not merged it yet, and
    // has a closed session of his own not committed.
    git(&laptops.bram, &["fetch", "--quiet"]);
    drop(
        SessionsDir::new(laptops.bram.join("sessions"))
            .create(&tui_support::closed(Lang::En).session)
            .expect("saved"),
    );
    let sessions = laptops.bram.join("sessions").display().to_string();
    let mut term = Term::spawn_with_env(
        &["--sessions-dir", &sessions],
        laptops.temp.path(),
        120,
        30,
        &GIT_ENV,
    );
    term.wait_for("git: branch main · 1 behind origin/main (last fetch) · 1 file not committed");
    term.key("n");
    term.wait_for(
        "Bring in colleagues' sessions from origin/main first (git pull --ff-only)? [Y/n]",
    );
    term.key("\r");
    // The setup starts from the newest meeting, which is Ana's week 1 of
    // Operations: it was brought in before the form was filled.
    term.wait_for("Ana (Facilitator), Bram (Infra), Chloë (Office), Dewi");
    term.kill_hard();
}
