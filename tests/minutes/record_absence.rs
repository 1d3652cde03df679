//! Someone on leave is marked absent before the check-in: they get no
//! turn, and the minutes say "absent (reason)", not that they left. Someone
//! leaving during the meeting still "left".

use spanning::meeting::{Command, Phase};
use spanning::text::Lang;

use crate::support::tactical::{self, BRAM, CHLOE, DEWI, Script};

fn meeting(lang: Lang, reason: &str) -> Script {
    let mut s = Script::open(tactical::setup_in(lang));
    s.at(
        5,
        Command::SetPresence {
            person: DEWI,
            present: false,
            reason: Some(reason.into()),
        },
    );
    s.at(5, Command::StartCheckIn);
    s
}

#[test]
fn absent_before_the_check_in_gets_no_turn_and_is_absent_in_the_minutes() {
    for (lang, reason, absent, left) in [
        (Lang::En, "on leave", "Dewi, absent (on leave)", "Dewi left"),
        (
            Lang::Nl,
            "met verlof",
            "Dewi, afwezig (met verlof)",
            "Dewi vertrok",
        ),
    ] {
        let mut s = meeting(lang, reason);
        let order = &s.session.state().current_round().expect("check-in").order;
        assert!(!order.contains(&DEWI), "absent people get no turn");
        assert_eq!(order.len(), 3);
        s.round(&[None, None, None]);
        assert_eq!(s.session.state().phase, Phase::CheckIn);
        let minutes = spanning::minutes::markdown(&s.session, lang.words());
        assert!(minutes.contains(absent), "{lang:?}:\n{minutes}");
        assert!(!minutes.contains(left), "{lang:?}:\n{minutes}");
    }
}

#[test]
fn leaving_during_the_meeting_is_still_leaving() {
    let mut s = meeting(Lang::En, "on leave");
    s.at(
        5,
        Command::SetPresence {
            person: CHLOE,
            present: false,
            reason: Some("doctor".into()),
        },
    );
    let minutes = spanning::minutes::markdown(&s.session, Lang::En.words());
    assert!(minutes.contains("Chloë left — doctor"), "{minutes}");
    assert!(minutes.contains("not present at the end"), "{minutes}");
    assert!(minutes.contains("Dewi, absent (on leave)"), "{minutes}");
}

#[test]
fn marked_absent_and_back_before_the_check_in_is_simply_present() {
    let mut s = Script::open(tactical::setup_in(Lang::En));
    s.at(
        5,
        Command::SetPresence {
            person: BRAM,
            present: false,
            reason: None,
        },
    );
    s.at(
        5,
        Command::SetPresence {
            person: BRAM,
            present: true,
            reason: None,
        },
    );
    s.at(5, Command::StartCheckIn);
    let minutes = spanning::minutes::markdown(&s.session, Lang::En.words());
    assert!(!minutes.contains("Bram left"), "{minutes}");
    assert!(!minutes.contains("Bram came back"), "{minutes}");
    assert!(!minutes.contains("absent"), "{minutes}");
}
