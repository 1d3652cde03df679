//! A scripted tactical meeting of the Operations circle, driven through
//! the engine: the example session, minutes, review and screen tests all
//! build on it, so they agree on what a tactical meeting looks like.
#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use spanning::meeting::{
    Command, Disposition, Ending, EntryAnswer, EntryDef, OutputKind, PersonId, RequestTo, Session,
    Setup, TacticalList, TacticalLists,
};
use spanning::text::Lang;

use super::scenario::Scenario;

pub use super::script::Script;

/// Seating order of the example circle.
pub const ANA: PersonId = PersonId(0);
/// Bram.
pub const BRAM: PersonId = PersonId(1);
/// Chloë.
pub const CHLOE: PersonId = PersonId(2);
/// Dewi.
pub const DEWI: PersonId = PersonId(3);

/// When the example meeting opens.
pub fn opened() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T09:30:00+01:00").expect("valid time")
}

/// The circle's previous tactical meeting left these lists behind.
pub fn remembered() -> TacticalLists {
    let def = |text: &str, owner: Option<&str>, role: Option<&str>| EntryDef {
        text: text.into(),
        owner: owner.map(str::to_owned),
        role: role.map(str::to_owned),
        previous: None,
        waiting_on: None,
    };
    TacticalLists {
        checklist: vec![
            def("Backups verified", Some("Bram"), Some("Infra")),
            def("On-call rota published", Some("Ana"), None),
        ],
        metrics: vec![def("Open incidents", Some("Bram"), Some("Infra"))],
        progress: vec![
            def("Move to new office", Some("Chloë"), None),
            def("Status page", Some("Eli"), Some("Comms")),
        ],
        actions: Vec::new(),
    }
}

/// A tactical setup in `lang`, with the remembered lists and a timebox.
pub fn setup_in(lang: Lang) -> Setup {
    let title = match lang {
        Lang::Nl => "Werkoverleg",
        Lang::En => "Weekly tactical",
    };
    Scenario::new(
        title,
        "Operations",
        opened(),
        &[
            "Ana (Facilitator)",
            "Bram (Infra)",
            "Chloë (Office)",
            "Dewi",
        ],
    )
    .lang(lang)
    .tactical(remembered())
    .roles(ANA, Some(DEWI))
    .timebox(Some(30))
    .setup()
}

/// Check-in done; the checklist is under review.
pub fn at_checklist(lang: Lang) -> Script {
    let mut s = Script::open(setup_in(lang));
    s.at(5, Command::StartCheckIn);
    s.round(&[Some("Tired but fine"), None, Some("Boxes everywhere"), None]);
    s.at(5, Command::OpenChecklist);
    s
}

/// Checklist answered; metrics under review.
pub fn at_metrics(lang: Lang) -> Script {
    let mut s = at_checklist(lang);
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Checklist,
            number: 1,
            answer: EntryAnswer::Check { note: None },
        },
    );
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Checklist,
            number: 2,
            answer: EntryAnswer::NoCheck {
                note: Some("Rota slipped a week".into()),
            },
        },
    );
    s.at(
        30,
        Command::DefineEntry {
            list: TacticalList::Checklist,
            text: "Invoices sent".into(),
            owner: Some(CHLOE),
            role: Some("Office".into()),
        },
    );
    s.at(5, Command::OpenMetrics);
    s
}

/// Metrics reported; progress under review.
pub fn at_progress(lang: Lang) -> Script {
    let mut s = at_metrics(lang);
    s.at(
        25,
        Command::AnswerEntry {
            list: TacticalList::Metrics,
            number: 1,
            answer: EntryAnswer::Value {
                text: "3 (was 7)".into(),
            },
        },
    );
    s.at(5, Command::OpenProgress);
    s
}

/// Progress heard; agenda built with three items.
pub fn at_agenda(lang: Lang) -> Script {
    let mut s = at_progress(lang);
    s.at(
        30,
        Command::AnswerEntry {
            list: TacticalList::Progress,
            number: 1,
            answer: EntryAnswer::Update {
                text: "Keys handed over; movers booked for the 4th".into(),
            },
        },
    );
    s.at(
        10,
        Command::AnswerEntry {
            list: TacticalList::Progress,
            number: 2,
            answer: EntryAnswer::NoUpdate,
        },
    );
    s.at(5, Command::OpenAgenda);
    s.at(
        15,
        Command::AddItem {
            label: "Printer jams".into(),
            owner: CHLOE,
        },
    );
    s.at(
        15,
        Command::AddItem {
            label: "On-call gaps".into(),
            owner: ANA,
        },
    );
    s.at(
        15,
        Command::AddItem {
            label: "Status page".into(),
            owner: DEWI,
        },
    );
    s
}

/// The first item in triage: a need, two requests (one open), one output.
pub fn in_triage(lang: Lang) -> Script {
    let mut s = at_agenda(lang);
    s.at(10, Command::StartItem { item: None });
    s.at(
        30,
        Command::StateNeed {
            text: "Someone to call the printer vendor this week".into(),
        },
    );
    s.at(
        20,
        Command::MakeRequest {
            to: RequestTo::Person(BRAM),
            text: "Call the vendor about the service contract".into(),
        },
    );
    s.at(
        10,
        Command::AnswerRequest {
            number: 1,
            accepted: true,
        },
    );
    s.at(
        20,
        Command::MakeRequest {
            to: RequestTo::Role("Finance".into()),
            text: "Check whether a new printer fits the budget".into(),
        },
    );
    s.at(
        20,
        Command::RecordOutput {
            kind: OutputKind::NextAction,
            owner: Some(BRAM),
            text: "Call the printer vendor".into(),
            role: Some("Infra".into()),
        },
    );
    s
}

/// The whole meeting, closed: one item need met, one cut off and carried
/// over, one never reached and let go.
pub fn closed(lang: Lang) -> Script {
    let mut s = in_triage(lang);
    s.at(
        10,
        Command::AnswerRequest {
            number: 2,
            accepted: false,
        },
    );
    s.at(
        15,
        Command::RecordOutput {
            kind: OutputKind::Project,
            owner: Some(CHLOE),
            text: "Printer replacement decided".into(),
            role: Some("Office".into()),
        },
    );
    s.at(
        10,
        Command::RecordOutput {
            kind: OutputKind::Information,
            owner: None,
            text: "The second floor printer is out until Monday".into(),
            role: None,
        },
    );
    s.at(
        10,
        Command::EndItem {
            ending: Ending::NeedMet,
            reason: None,
        },
    );
    s.at(10, Command::StartItem { item: None });
    s.at(
        20,
        Command::StateNeed {
            text: "Cover for the nights of the 12th and 13th".into(),
        },
    );
    s.at(
        30,
        Command::RecordOutput {
            kind: OutputKind::NextAction,
            owner: Some(DEWI),
            text: "Take the night of the 12th".into(),
            role: None,
        },
    );
    s.at(
        20,
        Command::RecordOutput {
            kind: OutputKind::NextAction,
            owner: Some(ANA),
            text: "Ask the other circle about the 13th".into(),
            role: Some("Facilitator".into()),
        },
    );
    // The item's fair share (about ten minutes) runs out.
    s.at(
        600,
        Command::EndItem {
            ending: Ending::CutOff,
            reason: Some("Time share used".into()),
        },
    );
    s.at(10, Command::OpenClosingRound);
    s.round(&[None, Some("Quick and useful"), None, None]);
    s.at(5, Command::OpenCloseOut);
    s.at(
        10,
        Command::Dispose {
            item: spanning::meeting::ItemId(2),
            disposition: Disposition::CarriedOver,
        },
    );
    s.at(
        10,
        Command::Dispose {
            item: spanning::meeting::ItemId(3),
            disposition: Disposition::LetGo,
        },
    );
    s.at(5, Command::CloseSession);
    s
}

/// A later tactical meeting of the same circle, `days` after `previous`,
/// starting from the lists `previous` left (as `spanning new` does): the
/// metric is reported as `metric`, the progress and agenda are passed,
/// and the meeting closes.
pub fn next_week(previous: &Session, days: i64, metric: &str) -> Session {
    let mut setup = setup_in(previous.setup().lang);
    setup.opened_at = previous.setup().opened_at + chrono::Duration::days(days);
    setup.tactical_lists = TacticalLists::remembered_from(previous.state());
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenMetrics);
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Metrics,
            number: 1,
            answer: EntryAnswer::Value {
                text: metric.into(),
            },
        },
    );
    s.at(5, Command::OpenProgress);
    s.at(5, Command::OpenAgenda);
    s.at(10, Command::OpenClosingRound);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenCloseOut);
    s.at(5, Command::CloseSession);
    s.session
}
