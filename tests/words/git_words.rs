//! The words of sessions in git: every line exists in both languages, the
//! Dutch is not English left over, and commit messages read as a person
//! would write them ("Weekly tactical, Sociaal Domein, 6 Dec 2026").

use std::path::PathBuf;

use chrono::NaiveDate;
use spanning::meeting::MeetingFormat;
use spanning::store::git::{Committed, GitProblem, Pulled, Pushed, Status};
use spanning::text::Lang;

fn problems() -> Vec<GitProblem> {
    vec![
        GitProblem::NotInstalled,
        GitProblem::NotARepo,
        GitProblem::Detached,
        GitProblem::NoUpstream {
            branch: "main".into(),
        },
        GitProblem::Unreachable {
            upstream: "origin/main".into(),
            detail: "fatal: unable to access".into(),
        },
        GitProblem::Auth {
            upstream: "origin/main".into(),
        },
        GitProblem::Diverged {
            upstream: "origin/main".into(),
            ahead: 1,
            behind: 2,
        },
        GitProblem::Diverged {
            upstream: "origin/main".into(),
            ahead: 0,
            behind: 0,
        },
        GitProblem::InTheWay {
            files: vec!["a.json".into()],
        },
        GitProblem::Rejected {
            upstream: "origin/main".into(),
            behind: true,
        },
        GitProblem::Rejected {
            upstream: "origin/main".into(),
            behind: false,
        },
        GitProblem::Ignored {
            files: vec!["a.json".into()],
        },
        GitProblem::NoIdentity,
        GitProblem::TimedOut {
            step: "fetch",
            seconds: 30,
        },
        GitProblem::Failed {
            step: "commit",
            detail: "error: hook".into(),
        },
    ]
}

/// Every git line, in a language, with a name for failures.
fn lines(lang: Lang) -> Vec<(String, String)> {
    let w = lang.words();
    let day = NaiveDate::from_ymd_opt(2026, 12, 6).expect("day");
    let status = Status {
        branch: Some("main".into()),
        upstream: Some("origin/main".into()),
        ahead_behind: Some((1, 2)),
        changed: vec![PathBuf::from("a.json")],
    };
    let mut out: Vec<(String, String)> = problems()
        .iter()
        .map(|p| (format!("{p:?}"), w.git_problem(p)))
        .collect();
    out.extend([
        ("home".to_owned(), w.git_home(&status, 2)),
        (
            "home, detached".to_owned(),
            w.git_home(&Status::default(), 0),
        ),
        (
            "home, no remote".to_owned(),
            w.git_home(
                &Status {
                    branch: Some("main".into()),
                    ..Status::default()
                },
                0,
            ),
        ),
        ("pull question".to_owned(), w.pull_question("origin/main")),
        ("pulling".to_owned(), w.pulling("origin/main")),
        (
            "share question".to_owned(),
            w.share_question("Week 1", Some("origin/main")),
        ),
        (
            "share question, no remote".to_owned(),
            w.share_question("Week 1", None),
        ),
        (
            "up to date".to_owned(),
            w.pulled(&Pulled::UpToDate {
                upstream: "origin/main".into(),
            }),
        ),
        (
            "fast-forwarded".to_owned(),
            w.pulled(&Pulled::FastForwarded {
                upstream: "origin/main".into(),
                commits: 2,
                new_files: 1,
            }),
        ),
        (
            "committed".to_owned(),
            w.committed(&Committed::Made {
                message: "Week 1".into(),
                files: 1,
            }),
        ),
        ("already".to_owned(), w.committed(&Committed::Nothing)),
        (
            "pushed".to_owned(),
            w.pushed(&Pushed::Sent {
                upstream: "origin/main".into(),
                commits: 1,
            }),
        ),
        (
            "nothing to push".to_owned(),
            w.pushed(&Pushed::Nothing {
                upstream: "origin/main".into(),
            }),
        ),
        ("not pulled".to_owned(), w.not_pulled("x")),
        ("not pushed".to_owned(), w.not_pushed("x")),
        (
            "untitled commit".to_owned(),
            w.commit_message("", "Sociaal Domein", day, MeetingFormat::Tactical),
        ),
        ("changes".to_owned(), w.changes_commit_message(3)),
        ("nothing".to_owned(), w.nothing_to_commit().to_owned()),
        ("unfinished".to_owned(), w.unfinished_not_committed(2)),
    ]);
    out
}

#[test]
fn git_words_exist_in_both_languages_and_the_dutch_is_dutch() {
    let english = lines(Lang::En);
    let dutch = lines(Lang::Nl);
    assert_eq!(english.len(), dutch.len());
    for ((what, en), (_, nl)) in english.iter().zip(&dutch) {
        assert!(!en.trim().is_empty(), "en {what} is empty");
        assert!(!nl.trim().is_empty(), "nl {what} is empty");
        assert_ne!(en, nl, "nl {what} is still English");
    }
}

#[test]
fn commit_messages_read_as_people_write_them() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 6).expect("day");
    let en = Lang::En.words();
    let nl = Lang::Nl.words();
    assert_eq!(
        en.commit_message(
            "Weekly tactical",
            "Sociaal Domein",
            day,
            MeetingFormat::Tactical
        ),
        "Weekly tactical, Sociaal Domein, 6 Dec 2026"
    );
    assert_eq!(
        nl.commit_message(
            "Wekelijks werkoverleg",
            "Sociaal Domein",
            day,
            MeetingFormat::Tactical
        ),
        "Wekelijks werkoverleg, Sociaal Domein, 6 dec 2026"
    );
    // No title: the format's name; no circle: left out; a title from a
    // file that holds a line break or escape stays on one line.
    assert_eq!(
        nl.commit_message("", "", day, MeetingFormat::Governance),
        "Rolverleg, 6 dec 2026"
    );
    assert_eq!(
        en.commit_message("Week\n1\u{1b}[2J", "Ops", day, MeetingFormat::Tactical),
        "Week 1 [2J, Ops, 6 Dec 2026"
    );
    assert_eq!(
        en.changes_commit_message(1),
        "1 status change between meetings"
    );
    assert_eq!(
        nl.changes_commit_message(2),
        "2 statuswijzigingen tussen vergaderingen"
    );
}
