//! A meeting under the consent rule set (Sociocracy 3.0 style), scripted
//! through the engine: the shipped consent example, the engine and minutes
//! tests and the consent screens' snapshots all start from it, so they
//! agree on what a consent meeting looks like.

#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};
use spanning::meeting::{
    Command, ConsentAnswer, Disposition, DriverPart, Ending, ItemId, OutputKind, Part, PersonId,
    RuleSet, Session, Setup,
};
use spanning::text::Lang;

use super::scenario::Scenario;

use spanning::tui::{App, NoPersist, TuiOptions};

use super::script::{Script, pass, said};

/// Noor facilitates and, in the first consent round, objects.
pub const NOOR: PersonId = PersonId(0);
/// Joost is secretary, owns the second item, and in the second consent
/// round objects with what turns out to be a preference.
pub const JOOST: PersonId = PersonId(1);
/// Fatima proposes the design reviews.
pub const FATIMA: PersonId = PersonId(2);
/// Pieter logs a concern.
pub const PIETER: PersonId = PersonId(3);

/// 10:30 on the example day, UTC+1.
pub fn opened() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 10, 30, 0).single())
        .expect("valid time")
}

/// The review date the agreement is adopted with.
pub fn review_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 22).expect("valid date")
}

/// Four people of the product circle, consent rules, one hour.
pub fn consent_setup(lang: Lang) -> Setup {
    Scenario::new(
        "Product governance",
        "Product",
        opened(),
        &["Noor (Product owner)", "Joost", "Fatima (Design)", "Pieter"],
    )
    .lang(lang)
    .rules(RuleSet::Consent)
    .roles(NOOR, Some(JOOST))
    .setup()
}

/// Where the scripted meeting can stop, in meeting order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Agenda built, nothing started.
    Agenda,
    /// Fatima has given the situation and its effect.
    DriverHalf,
    /// The whole driver and proposal v1.
    DriverFull,
    /// One clarifying question answered.
    Questions,
    /// One quick reaction given, two to go.
    QuickReactions,
    /// Amended to v2.
    Amended,
    /// First consent round: a consent and a concern, Noor's turn next.
    ConsentMidway,
    /// First consent round complete, with Noor's objection.
    ConsentObjected,
    /// Resolving objections, before any amendment.
    Resolving,
    /// v3 amended for objection 1, not yet confirmed.
    ResolveAmended,
    /// Second consent round complete: three consent, and Joost's objection
    /// taken as a concern after checking it with him.
    ConsentComplete,
    /// The agreement adopted with its review date.
    Adopted,
    /// The whole meeting, closed.
    Closed,
}

fn consent() -> ConsentAnswer {
    ConsentAnswer::Consent
}

fn answer(answer: ConsentAnswer) -> Command {
    Command::AnswerConsent {
        person: None,
        answer,
    }
}

fn driver(part: DriverPart, text: &str) -> Command {
    Command::DescribeDriver {
        part,
        text: text.into(),
    }
}

/// The script, each command tagged with the stage it completes.
pub fn script() -> Vec<(Option<Stage>, Command)> {
    use Stage::*;
    vec![
        (None, Command::StartCheckIn),
        (None, said("Happy the release went out.")),
        (None, pass()),
        (None, said("A bit worried about rework.")),
        (None, pass()),
        (None, Command::OpenAgenda),
        (
            None,
            Command::AddItem {
                label: "Design reviews".into(),
                owner: FATIMA,
            },
        ),
        (
            Some(Agenda),
            Command::AddItem {
                label: "Release notes".into(),
                owner: JOOST,
            },
        ),
        (None, Command::StartItem { item: None }),
        (
            None,
            driver(
                DriverPart::Situation,
                "Designs reach developers after the sprint has started.",
            ),
        ),
        (
            Some(DriverHalf),
            driver(
                DriverPart::Effect,
                "Half the stories need rework in the second week.",
            ),
        ),
        (
            None,
            driver(
                DriverPart::Need,
                "Developers see the designs before they plan.",
            ),
        ),
        (
            None,
            driver(
                DriverPart::Impact,
                "Stories start from agreed designs, with less rework and calmer sprints.",
            ),
        ),
        (
            Some(DriverFull),
            Command::StateProposal {
                text: "Fatima runs a 30-minute design review every Monday before planning."
                    .into(),
            },
        ),
        (None, Command::OpenClarifyingQuestions),
        (
            None,
            Command::AskQuestion {
                asker: JOOST,
                text: "Who attends the review?".into(),
            },
        ),
        (
            Some(Questions),
            Command::AnswerQuestion {
                question: 1,
                answer: Some("Anyone who builds the stories.".into()),
            },
        ),
        (None, Command::OpenReactionRound),
        (Some(QuickReactions), said("Love it, long overdue.")),
        (None, pass()),
        (None, said("Monday is busy, but fine.")),
        (None, Command::OpenAmendAndClarify),
        (
            None,
            Command::Clarify {
                text: "The review is open; nobody has to come.".into(),
            },
        ),
        (
            Some(Amended),
            Command::AmendProposal {
                text: "Fatima runs a 30-minute design review every Monday at 9:00 before planning; notes go to the wiki.".into(),
                for_objection: None,
            },
        ),
        (None, Command::OpenConsentRound),
        (None, answer(consent())),
        (
            Some(ConsentMidway),
            answer(ConsentAnswer::Concern {
                text: "Mondays are already full of meetings.".into(),
            }),
        ),
        (
            None,
            answer(ConsentAnswer::Objection {
                text: "The mobile team plans on Tuesdays; a Monday review comes too early for them.".into(),
            }),
        ),
        (Some(ConsentObjected), answer(consent())),
        (Some(Resolving), Command::OpenResolution),
        (
            Some(ResolveAmended),
            Command::AmendProposal {
                text: "Fatima runs a 30-minute design review the working day before each team's planning; notes go to the wiki.".into(),
                for_objection: Some(1),
            },
        ),
        (None, Command::ResolveObjection { objection: 1 }),
        (None, Command::OpenConsentRound),
        (None, answer(consent())),
        (None, answer(consent())),
        (
            None,
            answer(ConsentAnswer::Objection {
                text: "I would rather have the reviews on Fridays.".into(),
            }),
        ),
        (None, answer(consent())),
        (
            Some(ConsentComplete),
            Command::RequalifyObjection {
                objection: 2,
                reason: "Joost agreed it is a preference: it does not stop the reviews meeting the need.".into(),
            },
        ),
        (
            None,
            Command::RecordOutput {
                kind: OutputKind::NextAction,
                owner: Some(FATIMA),
                text: "Book the review slots in each team's calendar.".into(),
                role: None,
            },
        ),
        (
            Some(Adopted),
            Command::AdoptAgreement {
                review_date: review_date(),
                criteria: "Share of stories reworked, from the sprint reviews; ask the developers in the retrospective.".into(),
            },
        ),
        (None, Command::StartItem { item: None }),
        (
            None,
            driver(
                DriverPart::Situation,
                "Release notes are written the night before a release.",
            ),
        ),
        (
            None,
            Command::EndItem {
                ending: Ending::Unfinished,
                reason: Some("Out of time.".into()),
            },
        ),
        (None, Command::OpenClosingRound),
        (None, said("Good meeting.")),
        (None, pass()),
        (None, pass()),
        (None, said("Thanks for hearing the objection.")),
        (None, Command::OpenCloseOut),
        (
            None,
            Command::Dispose {
                item: ItemId(2),
                disposition: Disposition::CarriedOver,
            },
        ),
        (Some(Closed), Command::CloseSession),
    ]
}

/// Seconds between commands: a turn or an entry every half minute or so.
const STEP_SECS: i64 = 37;

/// The meeting in `lang`, run up to and including `stage`; also returns
/// the clock (seconds after opening) of the last command.
pub fn until(lang: Lang, stage: Stage) -> (Session, i64) {
    let mut played = Script::open(consent_setup(lang)).every(STEP_SECS);
    for (tag, command) in script() {
        played.run(command);
        if tag == Some(stage) {
            break;
        }
    }
    let clock = played.clock();
    (played.session, clock)
}

/// What the design-review agreement changes in the circle's record: a role
/// that runs the reviews, and the agreement itself as a policy (the fold
/// gives it the item's driver, review date and evaluation criteria).
pub fn agreement_parts() -> Vec<Part> {
    vec![
        Part::CreateRole {
            name: "Design Reviewer".into(),
            purpose: Some("Designs the teams have seen before they plan".into()),
            accountabilities: vec![
                "Running a 30-minute design review the working day before each team's planning"
                    .into(),
                "Putting the review notes on the wiki".into(),
            ],
            domains: vec![],
        },
        Part::CreatePolicy {
            title: "Design reviews".into(),
            text: "A 30-minute design review is held the working day before each team's planning; anyone who builds the stories may come, and the notes go to the wiki.".into(),
            domain: None,
        },
    ]
}

/// The whole consent meeting with the adopted agreement's structured
/// parts ([`agreement_parts`], added to the version the objection was
/// integrated in): the shipped consent example. The screens' snapshots
/// keep [`consent_meeting`], the same meeting without parts.
pub fn consent_meeting_with_parts() -> Session {
    let mut played = Script::open(consent_setup(Lang::En)).every(STEP_SECS);
    for (tag, command) in script() {
        played.run(command);
        if tag == Some(Stage::ResolveAmended) {
            for part in agreement_parts() {
                played.run(Command::AddPart { part });
            }
        }
    }
    played.session
}

/// The whole consent meeting, closed, in English.
pub fn consent_meeting() -> Session {
    until(Lang::En, Stage::Closed).0
}

/// The app on the meeting at `stage`, a little after the last command.
pub fn app(lang: Lang, stage: Stage) -> App {
    let (session, clock) = until(lang, stage);
    App::new(
        session,
        Box::new(NoPersist),
        &TuiOptions::default(),
        opened() + Duration::seconds(clock + 25),
    )
}
