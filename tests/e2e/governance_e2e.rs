//! The governance record end to end (issue 13): a governance meeting in a
//! real terminal adopts a proposal with two parts (a new role and a
//! policy), typed through the part dialog; a second meeting of the same
//! circle in the same folder shows both in its governance view.

use crate::support::pty::Term;

const DOWN: &str = "\x1b[B";

/// `spanning new` of a governance meeting of Ana and Bram in Team
/// Alpha at 100x30, at its "Ready to start".
pub(crate) fn new_meeting(dir: &std::path::Path) -> Term {
    let term = Term::spawn(
        &[
            "new",
            "--title",
            "Governance",
            "--circle",
            "Team Alpha",
            "--participants",
            "Ana, Bram",
            "--timebox",
            "60m",
        ],
        dir,
        100,
        30,
    );
    term.wait_for("Ready to start");
    term
}

/// Types into the panel with focus (Enter opens it, Enter saves it).
pub(crate) fn state(term: &mut Term, text: &str) {
    term.key("\r");
    term.type_text(text);
    term.key("\r");
    term.wait_for(text);
}

/// From the presented proposal of Ana and Bram's meeting: no questions,
/// no reactions, no amendment, no objection, adopted, and the meeting
/// left with `q`.
pub(crate) fn adopt_unchanged_and_leave(term: &mut Term) {
    term.key("n");
    term.wait_for("CLARIFYING QUESTIONS");
    term.key("n");
    term.wait_for("REACTION");
    term.key("-");
    term.key("-");
    term.key("n");
    term.wait_for("AMEND AND CLARIFY");
    term.key("n");
    term.wait_for("OBJECTION ROUND");
    term.key("-");
    term.key("-");
    term.wait_for("Bram: no objection");
    term.key("e");
    term.wait_for("‹ adopted ›");
    term.key("\r");
    term.key("y");
    term.wait_for("AGENDA");
    term.key("q");
    term.key("y");
    assert!(term.wait_exit(), "leaving exits successfully");
}

#[test]
fn an_adopted_role_and_policy_show_in_the_next_meetings_governance_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut term = new_meeting(dir.path());
    term.key("\r");
    term.wait_for("NOW: ANA");
    term.key("-");
    term.key("-");
    term.wait_for("Everyone has had a turn");
    term.key("n");
    term.wait_for("AGENDA");
    term.key("a");
    term.wait_for("New agenda item");
    term.type_text("Support");
    term.key("\r");
    term.wait_for("1. Support");
    term.key("\r");
    term.wait_for("PRESENT PROPOSAL");
    state(&mut term, "Nobody answers customers");
    term.key("\t");
    state(&mut term, "Three mails unanswered");
    term.key("\t");
    state(&mut term, "A Support role and quiet hours");

    // Part 1: a new role (the first kind offered).
    term.key("+");
    term.wait_for("A part of the proposal");
    term.key("\t");
    term.type_text("Support");
    term.key("\t");
    term.type_text("Customers helped");
    term.key("\r");
    term.wait_for("+ Role Support");
    // Part 2: a policy (the eleventh kind).
    term.key("+");
    term.wait_for("A part of the proposal");
    for _ in 0..10 {
        term.key(DOWN);
    }
    term.wait_for("Create a policy");
    term.key("\t");
    term.type_text("Quiet hours");
    term.key("\t");
    term.type_text("No meetings before ten");
    term.key("\r");
    term.wait_for("+ Policy Quiet hours");

    adopt_unchanged_and_leave(&mut term);

    // The next meeting of the circle: `g` shows what was adopted.
    let mut next = new_meeting(dir.path());
    next.key("g");
    next.wait_for("Governance record: Team Alpha");
    next.wait_for("Support");
    next.wait_for("Purpose: Customers helped");
    next.wait_for("Quiet hours");
    next.wait_for("No meetings before ten");
    // Searching ignores case.
    next.type_text("QUIET");
    next.wait_for("0 roles, 1 policy");
    next.key("\x1b");
    next.wait_for("Ready to start");
    next.key("q");
    next.key("y");
    assert!(next.wait_exit());
}
