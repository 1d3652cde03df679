//! Week 1 then week 2: a project's last update is offered beside it in the
//! progress review, and a project taken off the list in week 2 keeps its
//! last update in week 2's minutes (en + nl).

use chrono::Duration;
use spanning::meeting::{Command, TacticalList, TacticalLists};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};

use crate::support::tactical::{self, Script};

#[test]
fn a_finished_project_keeps_its_last_update_in_the_minutes() {
    for (lang, beside, heading, closed) in [
        (
            Lang::En,
            "(last update: Keys handed over; movers booked for the 4th, 22 Nov 2026)",
            "Taken off the project list (done or dropped)",
            "Move to new office — last update: Keys handed over; movers booked for the 4th (22 Nov 2026)",
        ),
        (
            Lang::Nl,
            "(laatste stand: Keys handed over; movers booked for the 4th, 22 nov 2026)",
            "Van de projectenlijst gehaald (afgerond of vervallen)",
            "Move to new office — laatste stand: Keys handed over; movers booked for the 4th (22 nov 2026)",
        ),
    ] {
        let week1 = tactical::closed(lang).session;
        let mut setup = tactical::setup_in(lang);
        setup.opened_at = week1.setup().opened_at + Duration::days(7);
        setup.tactical_lists = TacticalLists::remembered_from(week1.state());
        let mut s = Script::open(setup);
        s.at(5, Command::StartCheckIn);
        s.round(&[None, None, None, None]);
        s.at(5, Command::OpenProgress);
        let mut app = App::new(
            s.session.clone(),
            Box::new(NoPersist),
            &TuiOptions::default(),
            s.now,
        );
        let screen = crate::support::tui::render(&mut app, 160, 48);
        assert!(screen.contains(beside), "{lang:?}:\n{screen}");

        let before = spanning::minutes::markdown(&s.session, lang.words());
        assert!(
            !before.contains(heading),
            "nothing taken off yet:\n{before}"
        );
        s.at(
            20,
            Command::RemoveEntry {
                list: TacticalList::Progress,
                number: 1,
            },
        );
        let minutes = spanning::minutes::markdown(&s.session, lang.words());
        assert!(minutes.contains(heading), "{lang:?}:\n{minutes}");
        assert!(minutes.contains(closed), "{lang:?}:\n{minutes}");
    }
}
