//! The work between meetings, folded over a circle's sessions (src/record):
//! week 1 of the Operations circle's tactical meeting, then week 2, and
//! what the fold says after each. Also: bad files are named and never
//! stop the fold, other circles stay apart, due agreements and terms.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use spanning::meeting::{
    Command, Disposition, Ending, EntryAnswer, ItemId, Session, TacticalList, TacticalLists,
};
use spanning::record::{self, ActionSource, ActionStatus, FolderProblem, ProjectStatus};
use spanning::store::SessionsDir;
use spanning::text::Lang;

use crate::support::consent;
use crate::support::tactical::{self, ANA, BRAM, Script};

fn save(dir: &SessionsDir, session: &Session) -> String {
    let open = dir.create(session).expect("session saved");
    open.id().to_owned()
}

fn week_one() -> Session {
    tactical::closed(Lang::En).session
}

/// Week 2: a week later, starting from what week 1 left (as setup does),
/// Bram reports the metric, Chloë updates the printer project, the
/// status page is taken off the list, and "On-call gaps" is carried over
/// again.
fn week_two(week1: &Session) -> Session {
    let mut setup = tactical::setup_in(Lang::En);
    setup.opened_at = week1.setup().opened_at + Duration::days(7);
    setup.tactical_lists = TacticalLists::remembered_from(week1.state());
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenMetrics);
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Metrics,
            number: 1,
            answer: EntryAnswer::Value { text: "2".into() },
        },
    );
    s.at(5, Command::OpenProgress);
    let printer = s
        .session
        .state()
        .tactical
        .progress
        .iter()
        .find(|e| e.text == "Printer replacement decided")
        .expect("the project week 1 produced is on the list")
        .number;
    s.at(
        20,
        Command::AnswerEntry {
            list: TacticalList::Progress,
            number: printer,
            answer: EntryAnswer::Update {
                text: "Quotes from two vendors".into(),
            },
        },
    );
    s.at(
        20,
        Command::RemoveEntry {
            list: TacticalList::Progress,
            number: 2,
        },
    );
    s.at(5, Command::OpenAgenda);
    s.at(
        15,
        Command::AddItem {
            label: "On-call gaps".into(),
            owner: ANA,
        },
    );
    s.at(10, Command::OpenClosingRound);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenCloseOut);
    s.at(
        10,
        Command::Dispose {
            item: ItemId(1),
            disposition: Disposition::CarriedOver,
        },
    );
    s.at(5, Command::CloseSession);
    let _ = (BRAM, Ending::NeedMet);
    s.session
}

fn folder() -> (tempfile::TempDir, SessionsDir) {
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = SessionsDir::new(temp.path());
    (temp, dir)
}

fn day(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("valid time")
}

#[test]
fn week_one_leaves_actions_accepted_requests_projects_metrics_and_a_carried_item() {
    let (_temp, dir) = folder();
    let id = save(&dir, &week_one());
    let memory = record::fold(&dir, "operations", None);
    assert_eq!(memory.circle, "Operations");
    assert_eq!(memory.sessions, vec![id.clone()]);
    assert!(memory.problems.is_empty());
    let work = &memory.work;

    let actions: Vec<(&str, Option<&str>, ActionSource)> = work
        .actions
        .iter()
        .map(|a| (a.text.as_str(), a.owner.as_deref(), a.source))
        .collect();
    assert_eq!(
        actions,
        vec![
            (
                "Call the printer vendor",
                Some("Bram"),
                ActionSource::NextAction
            ),
            (
                "Take the night of the 12th",
                Some("Dewi"),
                ActionSource::NextAction
            ),
            (
                "Ask the other circle about the 13th",
                Some("Ana"),
                ActionSource::NextAction
            ),
            (
                "Call the vendor about the service contract",
                Some("Bram"),
                ActionSource::Accepted
            ),
        ],
        "the declined request to Finance is nobody's action"
    );
    assert!(work.actions.iter().all(|a| a.status == ActionStatus::Open));
    let accepted = &work.actions[3];
    assert_eq!(accepted.key, format!("{id}#i1r1"));
    assert_eq!(accepted.origin.item_label.as_deref(), Some("Printer jams"));
    assert_eq!(work.actions[0].key, format!("{id}#a1"));
    assert_eq!(work.actions[0].role.as_deref(), Some("Infra"));

    let printer = work
        .project("printer replacement decided")
        .expect("project");
    assert_eq!(printer.status, ProjectStatus::Current);
    assert_eq!(printer.owner.as_deref(), Some("Chloë"));
    let office = work.project("Move to new office").expect("project");
    assert_eq!(
        office.last_update().map(|u| u.text.as_str()),
        Some("Keys handed over; movers booked for the 4th")
    );

    let incidents = work.metric("Open incidents").expect("metric");
    assert_eq!(incidents.history.len(), 1);
    assert_eq!(incidents.history[0].value, "3 (was 7)");

    let carried = work.carried();
    assert_eq!(carried.len(), 1, "{carried:?}");
    assert_eq!(carried[0].label, "On-call gaps");
    assert_eq!(carried[0].times, 1);
}

#[test]
fn week_two_adds_history_updates_removal_and_carries_twice_since_week_one() {
    let (_temp, dir) = folder();
    let first = week_one();
    let second = week_two(&first);
    let id1 = save(&dir, &first);
    let id2 = save(&dir, &second);
    let memory = record::fold(&dir, "Operations", None);
    assert_eq!(memory.sessions, vec![id1.clone(), id2.clone()]);
    let work = &memory.work;

    let incidents = work.metric("open incidents").expect("metric");
    let values: Vec<&str> = incidents.history.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, vec!["3 (was 7)", "2"]);
    let previous = incidents.previous(&id2).expect("a previous value");
    assert_eq!(previous.value, "3 (was 7)");
    assert_eq!(previous.at, first.setup().opened_at);

    let printer = work.project("Printer replacement decided").expect("p");
    assert_eq!(printer.status, ProjectStatus::Current);
    assert_eq!(printer.updates.len(), 1);
    assert_eq!(printer.updates[0].session, id2);
    assert_eq!(
        work.projects
            .iter()
            .filter(|p| p.text == "Printer replacement decided")
            .count(),
        1,
        "a project carried on the list is one project, not two"
    );
    let status_page = work.project("Status page").expect("p");
    assert_eq!(status_page.status, ProjectStatus::Removed);
    assert_eq!(
        status_page.changed.as_ref().map(|c| c.session.as_str()),
        Some(id2.as_str())
    );

    let carried = work.carried();
    assert_eq!(carried.len(), 1, "{carried:?}");
    assert_eq!(carried[0].times, 2, "carried twice");
    assert_eq!(carried[0].since, first.setup().opened_at);
    assert_eq!(carried[0].sessions, vec![id1.clone(), id2.clone()]);

    // Old sessions' actions count as open until a meeting says otherwise.
    assert_eq!(work.open_actions().count(), 4);

    // As it stood before week 2.
    let before = record::fold(&dir, "Operations", Some(day("2026-11-23T00:00:00+01:00")));
    assert_eq!(before.sessions, vec![id1]);
    assert_eq!(
        before
            .work
            .metric("Open incidents")
            .expect("test fixture")
            .history
            .len(),
        1
    );
}

#[test]
fn bad_files_are_named_and_never_stop_the_fold() {
    let (temp, dir) = folder();
    save(&dir, &week_one());
    std::fs::write(temp.path().join("broken.json"), "{ not json").expect("test fixture");
    std::fs::write(temp.path().join("empty.json"), "").expect("test fixture");
    let memory = record::fold(&dir, "Operations", None);
    assert_eq!(memory.sessions.len(), 1);
    assert_eq!(memory.work.actions.len(), 4);
    let mut named: Vec<String> = memory
        .problems
        .iter()
        .map(|p| {
            assert!(matches!(p, FolderProblem::Unloadable(_)), "{p:?}");
            p.path()
                .file_name()
                .expect("test fixture")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    named.sort();
    assert_eq!(named, vec!["broken.json", "empty.json"]);

    let folder = record::fold_folder(&dir);
    assert_eq!(folder.circles.len(), 1);
    assert_eq!(folder.problems.len(), 2);
}

#[test]
fn a_missing_folder_is_a_problem_not_a_panic() {
    let (temp, _) = folder();
    let dir = SessionsDir::new(temp.path().join("nowhere"));
    let memory = record::fold(&dir, "Operations", None);
    assert!(memory.sessions.is_empty());
    assert!(matches!(
        memory.problems.as_slice(),
        [FolderProblem::Unlisted { .. }]
    ));
}

#[test]
fn circles_stay_apart_and_names_match_loosely() {
    let (_temp, dir) = folder();
    save(&dir, &week_one());
    save(&dir, &consent::consent_meeting());
    let folder = record::fold_folder(&dir);
    let names: Vec<&str> = folder.circles.iter().map(|m| m.circle.as_str()).collect();
    assert_eq!(names, vec!["Operations", "Product"]);
    assert_eq!(record::fold(&dir, " OPERATIONS. ", None).sessions.len(), 1);
    assert!(record::fold(&dir, "Finance", None).sessions.is_empty());
}

#[test]
fn the_due_reviews_come_from_the_fold() {
    let (_temp, dir) = folder();
    save(&dir, &consent::consent_meeting());
    let memory = record::fold(&dir, "Product", None);
    let review = consent::review_date();
    assert!(memory.work.due(review).is_empty(), "due on the day itself");
    let due = memory.work.due(review + Duration::days(30));
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].days_overdue, 30);
    assert_eq!(due[0].circle, "Product");
    let _ = NaiveDate::MIN;
}

#[test]
fn elected_terms_end_and_are_offered_before_they_do() {
    let (_temp, dir) = folder();
    save(&dir, &crate::support::election::closed_meeting(Lang::En));
    let memory = record::fold(&dir, "Bakery Coop", None);
    let terms = &memory.work.terms;
    assert_eq!(terms.len(), 1, "{terms:?}");
    let ends = terms[0].ends;
    assert!(ends > NaiveDate::from_ymd_opt(2026, 11, 22).expect("test fixture"));
    assert!(
        memory.work.terms_ending(ends).is_empty(),
        "not before its end"
    );
    let ending = memory.work.terms_ending(ends + Duration::days(1));
    assert_eq!(ending.len(), 1);
    assert_eq!(ending[0].role, terms[0].role);
}

#[test]
fn changes_between_meetings_set_the_status_in_time_order() {
    use spanning::record::changes::{Change, write_change};
    let (_temp, dir) = folder();
    let id = save(&dir, &week_one());
    let key = format!("{id}#a2");
    let tuesday = day("2026-11-24T10:00:00+01:00");
    let wednesday = day("2026-11-25T10:00:00+01:00");
    write_change(
        &dir,
        &Change::new(
            &key,
            ActionStatus::Done,
            Some("Swapped with Eli".into()),
            wednesday,
        ),
    )
    .expect("written");
    write_change(
        &dir,
        &Change::new(&key, ActionStatus::Dropped, None, tuesday),
    )
    .expect("written");
    let memory = record::fold(&dir, "Operations", None);
    let action = memory.work.action(&key).expect("action");
    assert_eq!(action.status, ActionStatus::Done, "the later change wins");
    let change = action.changed.as_ref().expect("changed");
    assert_eq!(change.at, wednesday);
    assert_eq!(change.note.as_deref(), Some("Swapped with Eli"));
    assert_eq!(memory.work.open_actions().count(), 3);

    let monday = record::fold(&dir, "Operations", Some(day("2026-11-24T12:00:00+01:00")));
    let action = monday.work.action(&key).expect("action");
    assert_eq!(
        action.status,
        ActionStatus::Dropped,
        "as it stood on Tuesday"
    );
}

#[test]
fn week_two_reviews_week_ones_actions_and_the_fold_keeps_the_answers() {
    let (_temp, dir) = folder();
    let first = week_one();
    let id1 = save(&dir, &first);
    // Between the meetings Dewi says the night is taken care of…
    spanning::record::changes::write_change(
        &dir,
        &spanning::record::changes::Change::new(
            &format!("{id1}#a2"),
            ActionStatus::Done,
            None,
            day("2026-11-25T10:00:00+01:00"),
        ),
    )
    .expect("written");
    let memory = record::fold(&dir, "Operations", None);
    let offered = memory.work.offered_actions();
    assert_eq!(offered.len(), 3, "the three still open, oldest first");
    assert_eq!(
        offered[0].text,
        "Call the vendor about the service contract"
    );

    // …and week 2 reviews what it was offered.
    let mut setup = tactical::setup_in(Lang::En);
    setup.opened_at = first.setup().opened_at + Duration::days(7);
    setup.tactical_lists = TacticalLists::remembered_from(first.state());
    setup.tactical_lists.actions = offered;
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    let number_of = |s: &Script, text: &str| {
        s.session
            .state()
            .tactical
            .actions
            .iter()
            .find(|a| a.offered.text == text)
            .expect("offered")
            .number
    };
    let vendor = number_of(&s, "Call the printer vendor");
    let ask = number_of(&s, "Ask the other circle about the 13th");
    s.at(
        10,
        Command::ReviewAction {
            number: vendor,
            status: ActionStatus::Done,
            note: Some("Contract renewed".into()),
        },
    );
    s.at(
        10,
        Command::ReviewAction {
            number: ask,
            status: ActionStatus::Dropped,
            note: None,
        },
    );
    let id2 = save(&dir, &s.session);
    assert_eq!(spanning::store::version_needed(&s.session), 4);

    let memory = record::fold(&dir, "Operations", None);
    let work = &memory.work;
    let vendor = work.action(&format!("{id1}#a1")).expect("action");
    assert_eq!(vendor.status, ActionStatus::Done);
    let change = vendor.changed.as_ref().expect("changed");
    assert_eq!(change.session, id2);
    assert_eq!(change.note.as_deref(), Some("Contract renewed"));
    assert_eq!(
        work.action(&format!("{id1}#a3")).expect("action").status,
        ActionStatus::Dropped
    );
    assert_eq!(
        work.action(&format!("{id1}#a2")).expect("action").status,
        ActionStatus::Done,
        "the change between meetings still counts"
    );
    let open: Vec<&str> = work.open_actions().map(|a| a.text.as_str()).collect();
    assert_eq!(open, vec!["Call the vendor about the service contract"]);
}
