//! A part picked, changed and adopted in a real terminal (issue 13): the
//! proposer adds an accountability to a role picked from the record, sees
//! it numbered on the diff panel, opens it again from the part list (`*`)
//! to reword it, and after adoption `spanning record` prints the wording
//! as changed.

use crate::governance_e2e::{adopt_unchanged_and_leave, new_meeting, state};

const DOWN: &str = "\x1b[B";

#[test]
fn a_part_picked_from_the_record_is_changed_from_the_part_list_and_adopted() {
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
    term.type_text("Timekeeping");
    term.key("\r");
    term.wait_for("1. Timekeeping");
    term.key("\r");
    term.wait_for("PRESENT PROPOSAL");
    state(&mut term, "Meetings overrun");
    term.key("\t");
    state(&mut term, "Last week by forty minutes");
    term.key("\t");
    state(&mut term, "The facilitator keeps time");

    // Add an accountability (the eighth kind) to a role picked by letter.
    term.key("+");
    term.wait_for("A part of the proposal");
    for _ in 0..7 {
        term.key(DOWN);
    }
    term.wait_for("Add an accountability or domain");
    term.key("\t");
    term.key("f");
    term.wait_for("‹ Facilitator ›");
    term.key("\t");
    term.key("\t");
    term.type_text("Keeping time");
    term.key("\r");
    term.wait_for("1. → Role Facilitator");
    term.wait_for("+ Accountability: Keeping time");

    // Change it from the part list: picked by its number, opened as it is.
    term.key("*");
    term.wait_for("The proposal's parts");
    term.key("1");
    term.key("\r");
    term.wait_for("Change a part of the proposal");
    // The focus is on the role; the text is two fields further.
    term.key("\t");
    term.key("\t");
    term.type_text(" to the minute");
    term.key("\r");
    term.wait_for("+ Accountability: Keeping time to the minute");

    adopt_unchanged_and_leave(&mut term);

    let out = assert_cmd::Command::cargo_bin("spanning")
        .expect("binary")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .current_dir(dir.path())
        .args(["record", "--circle", "Team Alpha"])
        .output()
        .expect("runs");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(printed.contains("Keeping time to the minute"), "{printed}");
    assert!(
        !printed
            .lines()
            .any(|l| l.trim_end().ends_with("Keeping time")),
        "the first wording was changed, not kept beside it: {printed}"
    );
}
