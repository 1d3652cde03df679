//! Sessions that travel through git (`store::git`), against real local
//! repositories: a bare remote in a temporary folder and two clones, Ana's
//! laptop and Bram's. Week 1 on Ana's, pushed, pulled by Bram, week 2
//! there; two meetings at once whose second push is refused until the
//! user brings the histories together (spanning never merges); and a
//! remote that is gone (offline). Every repository gets its own user.name
//! and user.email, so this runs on a CI machine without a git identity.

use std::path::{Path, PathBuf};

use spanning::meeting::Session;
use spanning::record;
use spanning::store::git::{Committed, GitProblem, Pulled, Pushed, Repo};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

use crate::support::git::{Laptops, configure, git};
use crate::support::tactical;

fn repo(laptop: &Path) -> Repo {
    Repo::find(&laptop.join("sessions"))
        .expect("git is installed")
        .expect("the sessions folder is in a work tree")
}

/// Saves a closed session in a sessions folder; its file, relative to it.
fn save(dir: &SessionsDir, session: &Session) -> PathBuf {
    let open = dir.create(session).expect("session saved");
    PathBuf::from(open.path().file_name().expect("file name"))
}

fn message(session: &Session) -> String {
    let setup = session.setup();
    setup.lang.words().commit_message(
        &setup.title,
        &setup.circle,
        setup.opened_at.date_naive(),
        setup.format,
    )
}

#[test]
fn week_one_on_anas_laptop_reaches_bram_and_week_two_comes_back() {
    let laptops = Laptops::new();
    let (ana_dir, bram_dir) = (
        Laptops::sessions(&laptops.ana),
        Laptops::sessions(&laptops.bram),
    );
    let (ana, bram) = (repo(&laptops.ana), repo(&laptops.bram));

    // Week 1 on Ana's laptop.
    let week1 = tactical::closed(Lang::En).session;
    let file1 = save(&ana_dir, &week1);
    let status = ana.status().expect("status");
    assert_eq!(status.branch.as_deref(), Some("main"));
    assert_eq!(status.upstream.as_deref(), Some("origin/main"));
    assert_eq!(status.ahead_behind, Some((0, 0)));
    assert!(status.changed.contains(&file1), "{status:?}");
    assert_eq!(message(&week1), "Weekly tactical, Operations, 22 Nov 2026");
    assert_eq!(
        ana.commit(std::slice::from_ref(&file1), &message(&week1)),
        Ok(Committed::Made {
            message: "Weekly tactical, Operations, 22 Nov 2026".into(),
            files: 1
        })
    );
    assert_eq!(ana.status().expect("status").ahead_behind, Some((1, 0)));
    assert_eq!(
        ana.push(),
        Ok(Pushed::Sent {
            upstream: "origin/main".into(),
            commits: 1
        })
    );
    assert_eq!(
        laptops.remote_log(),
        vec!["Weekly tactical, Operations, 22 Nov 2026", "Start"]
    );

    // Bram brings it in before week 2: the folder remembers week 1.
    assert!(store::remembered_lists(&bram_dir, "Operations").is_none());
    assert_eq!(
        bram.pull(),
        Ok(Pulled::FastForwarded {
            upstream: "origin/main".into(),
            commits: 1,
            new_files: 1
        })
    );
    assert!(laptops.bram.join("sessions").join(&file1).is_file());
    let remembered = store::remembered_lists(&bram_dir, "Operations").expect("week 1 is here");
    assert_eq!(remembered.from, file1.display().to_string());
    let week2 = tactical::next_week(&week1, 7, "2");
    assert!(
        week2
            .setup()
            .tactical_lists
            .metrics
            .iter()
            .any(|m| m.previous.is_some()),
        "week 2's metric shows week 1's value: the memory travelled"
    );
    let file2 = save(&bram_dir, &week2);
    assert!(matches!(
        bram.commit(std::slice::from_ref(&file2), &message(&week2)),
        Ok(Committed::Made { .. })
    ));
    assert!(matches!(bram.push(), Ok(Pushed::Sent { commits: 1, .. })));

    // Back on Ana's laptop, both weeks fold into one memory.
    assert!(matches!(
        ana.pull(),
        Ok(Pulled::FastForwarded { commits: 1, .. })
    ));
    let memory = record::fold(&ana_dir, "operations", None);
    assert_eq!(memory.sessions.len(), 2, "{:?}", memory.sessions);
    assert_eq!(
        ana.pull(),
        Ok(Pulled::UpToDate {
            upstream: "origin/main".into()
        })
    );
    assert_eq!(
        ana.push(),
        Ok(Pushed::Nothing {
            upstream: "origin/main".into()
        })
    );
}

#[test]
fn concurrent_meetings_the_second_push_is_refused_and_spanning_never_merges() {
    let laptops = Laptops::new();
    let (ana_dir, bram_dir) = (
        Laptops::sessions(&laptops.ana),
        Laptops::sessions(&laptops.bram),
    );
    let (ana, bram) = (repo(&laptops.ana), repo(&laptops.bram));

    // Both meetings close at the same time; each is committed on its laptop.
    let week1 = tactical::closed(Lang::En).session;
    let other = crate::support::election::closed_meeting(Lang::Nl);
    let ana_file = save(&ana_dir, &week1);
    let bram_file = save(&bram_dir, &other);
    assert!(matches!(
        ana.commit(std::slice::from_ref(&ana_file), &message(&week1)),
        Ok(Committed::Made { .. })
    ));
    assert!(matches!(
        bram.commit(std::slice::from_ref(&bram_file), &message(&other)),
        Ok(Committed::Made { .. })
    ));

    // Ana pushes first; Bram's push is refused with "pull first".
    assert!(matches!(ana.push(), Ok(Pushed::Sent { .. })));
    let refused = bram.push().expect_err("the remote moved on");
    assert_eq!(
        refused,
        GitProblem::Rejected {
            upstream: "origin/main".into(),
            behind: true
        }
    );
    let en = Lang::En.words().git_problem(&refused);
    assert!(
        en.contains("someone pushed first") && en.contains("Pull first"),
        "{en}"
    );
    let nl = Lang::Nl.words().git_problem(&refused);
    assert!(
        nl.contains("iemand anders pushte eerst") && nl.contains("Haal eerst binnen"),
        "{nl}"
    );

    // A fast-forward is not possible, and spanning does not merge: it says
    // so and leaves Bram's commit and file as they were.
    let head = git(&laptops.bram, &["rev-parse", "HEAD"]);
    let diverged = bram.pull().expect_err("histories diverged");
    assert_eq!(
        diverged,
        GitProblem::Diverged {
            upstream: "origin/main".into(),
            ahead: 1,
            behind: 1
        }
    );
    assert!(
        Lang::En
            .words()
            .git_problem(&diverged)
            .contains("spanning never merges")
    );
    assert!(
        Lang::Nl
            .words()
            .git_problem(&diverged)
            .contains("spanning voegt nooit samen")
    );
    assert_eq!(git(&laptops.bram, &["rev-parse", "HEAD"]), head);
    assert!(laptops.bram.join("sessions").join(&bram_file).is_file());
    assert!(!laptops.bram.join("sessions").join(&ana_file).exists());

    // The user brings the histories together; then the push fast-forwards.
    git(&laptops.bram, &["pull", "--quiet", "--rebase"]);
    assert!(matches!(bram.push(), Ok(Pushed::Sent { commits: 1, .. })));
    assert!(matches!(
        ana.pull(),
        Ok(Pulled::FastForwarded {
            commits: 1,
            new_files: 1,
            ..
        })
    ));
    assert!(laptops.ana.join("sessions").join(&bram_file).is_file());
    assert_eq!(
        git(
            &laptops.remote,
            &["rev-list", "--merges", "--count", "main"]
        )
        .trim(),
        "0",
        "the shared history has no merge commit"
    );
    assert_eq!(
        laptops.remote_log(),
        vec![
            "Governance with an election, Bakery Coop, 22 nov 2026".to_owned(),
            "Weekly tactical, Operations, 22 Nov 2026".to_owned(),
            "Start".to_owned()
        ]
    );
}

#[test]
fn offline_the_session_is_committed_here_and_pushed_once_the_remote_is_back() {
    let laptops = Laptops::new();
    let ana_dir = Laptops::sessions(&laptops.ana);
    let ana = repo(&laptops.ana);
    let gone = laptops.temp.path().join("unplugged.git");
    std::fs::rename(&laptops.remote, &gone).expect("remote unplugged");

    let problem = ana.pull().expect_err("the remote is gone");
    assert!(
        matches!(&problem, GitProblem::Unreachable { upstream, .. } if upstream == "origin/main"),
        "{problem:?}"
    );
    let en = Lang::En
        .words()
        .not_pulled(&Lang::En.words().git_problem(&problem));
    assert!(
        en.starts_with("Colleagues' sessions not brought in: Could not reach origin/main (offline"),
        "{en}"
    );
    assert!(
        en.ends_with("Carrying on with the sessions on this computer."),
        "{en}"
    );
    let nl = Lang::Nl
        .words()
        .not_pulled(&Lang::Nl.words().git_problem(&problem));
    assert!(
        nl.contains("origin/main is niet bereikbaar (offline"),
        "{nl}"
    );

    // The meeting happens anyway; its commit needs no network.
    let week1 = tactical::closed(Lang::En).session;
    let file = save(&ana_dir, &week1);
    assert!(matches!(
        ana.commit(std::slice::from_ref(&file), &message(&week1)),
        Ok(Committed::Made { .. })
    ));
    assert!(matches!(ana.push(), Err(GitProblem::Unreachable { .. })));
    assert!(laptops.ana.join("sessions").join(&file).is_file());

    std::fs::rename(&gone, &laptops.remote).expect("remote back");
    assert!(matches!(ana.push(), Ok(Pushed::Sent { commits: 1, .. })));
    assert_eq!(
        laptops.remote_log()[0],
        "Weekly tactical, Operations, 22 Nov 2026"
    );
}

#[test]
fn a_commit_holds_only_the_named_files() {
    let laptops = Laptops::new();
    let ana_dir = Laptops::sessions(&laptops.ana);
    let ana = repo(&laptops.ana);
    let file = save(&ana_dir, &tactical::closed(Lang::En).session);
    std::fs::write(laptops.ana.join("sessions/notes.txt"), "mine").expect("notes");
    std::fs::write(laptops.ana.join("README.md"), "Changed and staged\n").expect("readme");
    git(&laptops.ana, &["add", "README.md"]);

    assert!(matches!(
        ana.commit(std::slice::from_ref(&file), "Week 1"),
        Ok(Committed::Made { files: 1, .. })
    ));
    let committed = git(&laptops.ana, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(committed.trim(), format!("sessions/{}", file.display()));
    let left = git(&laptops.ana, &["status", "--porcelain"]);
    assert!(
        left.contains("M  README.md"),
        "the staged change stays staged: {left}"
    );
    assert!(left.contains("?? sessions/notes.txt"), "{left}");
    // Committing again has nothing to do.
    assert_eq!(ana.commit(&[file], "Week 1"), Ok(Committed::Nothing));
}

#[test]
fn outside_a_work_tree_or_without_a_remote_branch_it_says_so() {
    let plain = tempfile::tempdir().expect("temp dir");
    assert!(Repo::find(plain.path()).expect("git runs").is_none());
    assert!(
        Repo::find(&plain.path().join("missing"))
            .expect("git runs")
            .is_none()
    );

    git(plain.path(), &["init", "--quiet", "-b", "main"]);
    configure(plain.path(), "Ana");
    let repo = Repo::find(plain.path())
        .expect("git runs")
        .expect("a work tree");
    let status = repo.status().expect("status");
    assert_eq!(
        (status.branch.as_deref(), status.upstream),
        (Some("main"), None)
    );
    let problem = repo.pull().expect_err("nothing to pull from");
    assert_eq!(
        problem,
        GitProblem::NoUpstream {
            branch: "main".into()
        }
    );
    assert!(
        Lang::En
            .words()
            .git_problem(&problem)
            .contains("git push -u origin main")
    );
    assert!(
        Lang::Nl
            .words()
            .git_problem(&problem)
            .contains("geen remote branch")
    );
}

#[test]
fn a_pull_never_overwrites_a_file_changed_here() {
    let laptops = Laptops::new();
    let (ana, bram) = (repo(&laptops.ana), repo(&laptops.bram));
    // Ana changes a shared file and pushes; Bram has his own edit to it,
    // not committed.
    std::fs::write(laptops.ana.join("sessions/.gitkeep"), "ana").expect("edit");
    assert!(matches!(
        ana.commit(&[PathBuf::from(".gitkeep")], "Ana's edit"),
        Ok(Committed::Made { .. })
    ));
    assert!(matches!(ana.push(), Ok(Pushed::Sent { .. })));
    std::fs::write(laptops.bram.join("sessions/.gitkeep"), "bram's own words").expect("edit");

    let problem = bram.pull().expect_err("git refuses to overwrite");
    assert_eq!(
        problem,
        GitProblem::InTheWay {
            files: vec!["sessions/.gitkeep".into()]
        }
    );
    assert_eq!(
        std::fs::read_to_string(laptops.bram.join("sessions/.gitkeep")).expect("read"),
        "bram's own words"
    );
    assert!(
        Lang::En
            .words()
            .git_problem(&problem)
            .contains("commit or move them")
    );
    assert!(
        Lang::Nl
            .words()
            .git_problem(&problem)
            .contains("commit of verplaats ze")
    );
}
