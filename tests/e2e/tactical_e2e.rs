//! End-to-end: `spanning new --format tactical` in a pseudo terminal, in a
//! folder where the circle met tactically before, so the checklist, metrics
//! and projects come back pre-filled and the status line says from where;
//! the open actions are reviewed first and the carried item is offered.

use crate::support::pty;
use crate::support::tactical as tactical_support;

use std::fs;

use pty::Term;
use spanning::meeting::{MeetingFormat, Phase};
use spanning::store;
use spanning::text::Lang;

#[test]
fn a_tactical_meeting_starts_with_the_circles_lists_and_says_where_they_came_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    fs::create_dir_all(&sessions).expect("folder");
    let earlier = tactical_support::closed(Lang::En);
    let id = store::stem(earlier.session.setup(), 0x00aa);
    fs::write(
        sessions.join(format!("{id}.json")),
        store::session_bytes(&id, &earlier.session),
    )
    .expect("earlier meeting");

    let mut term = Term::spawn(
        &[
            "new",
            "--format",
            "tactical",
            "--title",
            "Weekly tactical",
            "--circle",
            "Operations",
            "--participants",
            "Ana, Bram, Chloë",
            "--timebox",
            "30m",
        ],
        dir.path(),
        80,
        24,
    );
    // A new meeting opens ready to start; Enter starts the check-in.
    term.wait_for("Ready to start");
    term.wait_for(&format!("Pre-filled from {id}.json"));
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    for _ in 0..3 {
        term.key("-");
    }
    // The circle's open actions come first (issue 14): the earlier
    // meeting's request Bram accepted is the oldest.
    term.key("n");
    term.wait_for("ACTION REVIEW");
    term.wait_for("Call the vendor about the service contract");
    term.key("+");
    term.wait_for("✓ done");
    term.key("n");
    term.wait_for("CHECKLIST");
    term.wait_for("Backups verified");
    term.key("+");
    term.wait_for("✓ check");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit(), "leaves when asked");

    let files: Vec<_> = fs::read_dir(&sessions)
        .expect("folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy().contains("-tactical-") && !p.ends_with(format!("{id}.json"))
        })
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("loads");
    let setup = loaded.session.setup();
    assert_eq!(setup.format, MeetingFormat::Tactical);
    assert_eq!(setup.tactical_lists.checklist.len(), 3);
    assert_eq!(setup.tactical_lists.progress.len(), 3);
    let state = loaded.session.state();
    assert_eq!(state.phase, Phase::Checklist);
    assert!(state.tactical.checklist[0].answer.is_some());
    assert_eq!(setup.tactical_lists.actions.len(), 4, "the open actions");
    assert_eq!(
        state.tactical.actions[0].answer.as_ref().map(|a| a.status),
        Some(spanning::meeting::actions::ActionStatus::Done)
    );
    // The item carried over at the earlier close-out is offered.
    assert_eq!(setup.offered.len(), 1);
    assert_eq!(setup.offered[0].label, "On-call gaps");
}

/// `--absent` marks someone absent from the start (issue 14): they get no
/// turn in the check-in, and the minutes say "absent (on leave)".
#[test]
fn someone_absent_at_setup_gets_no_turn_and_is_absent_in_the_minutes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = Term::spawn(
        &[
            "new",
            "--title",
            "Weekly governance",
            "--circle",
            "Operations",
            "--participants",
            "Ana, Bram, Chloë",
            "--absent",
            "bram: on leave",
        ],
        dir.path(),
        80,
        24,
    );
    term.wait_for("Ready to start");
    term.key("\r");
    term.wait_for("CHECK-IN ROUND");
    term.key("-");
    term.key("-");
    // Two turns were all the round had (Bram is not in it), so n moves on.
    term.key("n");
    term.wait_for("AGENDA");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit(), "leaves when asked");
    let files: Vec<_> = fs::read_dir(dir.path().join("sessions"))
        .expect("folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let loaded = store::load(&files[0]).expect("loads");
    let state = loaded.session.state();
    assert!(!state.people[1].present);
    let order = &state.rounds[0].order;
    assert_eq!(order.len(), 2, "{order:?}");
    let minutes = spanning::minutes::markdown(&loaded.session, Lang::En.words());
    assert!(minutes.contains("Bram, absent (on leave)"), "{minutes}");
}
