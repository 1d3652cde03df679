//! The live page in a real headless Chromium: what a participant sees at
//! each step of a scripted meeting, on a phone (390x844) and a desktop
//! (1280x800), in English and Dutch, each step arriving by server-sent
//! event without a reload; session text that looks like markup stays text;
//! and `spanning serve` itself following a meeting as it is saved.
//!
//! These tests fail when Chromium or chromedriver is missing (`.ci/run`
//! installs them): see `tests/support/browser.rs`.

use std::time::{Duration, Instant};

use spanning::meeting::{
    Command, Ending, IdmStep, MeetingState, PersonId, Phase, RoundKind, Session, Speech,
};
use spanning::record::governance::Record;
use spanning::text::tui::Label;
use spanning::text::{Lang, Words, capitalise};

use crate::support::browser::{Browser, Served, first_where};
use crate::support::common::{dutch_example_meeting, example_meeting};
use crate::support::governance as gov;
use crate::support::scenario::Scenario;
use crate::support::script::said;

/// How long a pushed update may take to show in these tests: generous for
/// a loaded CI machine (the load test measures the real figure).
const SHOWS_WITHIN: Duration = Duration::from_secs(5);

const PHONE: (u32, u32) = (390, 844);
const DESKTOP: (u32, u32) = (1280, 800);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn item_step(state: &MeetingState) -> Option<IdmStep> {
    match state.phase {
        Phase::Item { step, .. } => Some(step),
        _ => None,
    }
}

/// The points of the example meeting a participant looks at.
struct Steps {
    check_in: Session,
    agenda: Session,
    time_out: Session,
    amended: Session,
    integration: Session,
    closed: Session,
}

fn steps(meeting: &Session) -> Steps {
    Steps {
        check_in: first_where(meeting, |s| {
            s.state().phase == Phase::CheckIn
                && s.state().rounds.last().is_some_and(|r| r.turns.len() >= 2)
        }),
        agenda: first_where(meeting, |s| {
            s.state().phase == Phase::Agenda && s.state().agenda.len() == 3
        }),
        time_out: first_where(meeting, |s| s.state().time_out.is_some()),
        amended: first_where(meeting, |s| {
            item_step(s.state()) == Some(IdmStep::AmendAndClarify)
                && s.state()
                    .active_item()
                    .and_then(|i| i.current_version())
                    .is_some_and(|v| v.number == 2)
        }),
        integration: first_where(meeting, |s| {
            item_step(s.state()) == Some(IdmStep::Integration)
        }),
        closed: meeting.clone(),
    }
}

/// The page fits the window: nothing scrolls sideways.
async fn fits(browser: &Browser, what: &str) {
    let overflow = browser
        .eval("return document.documentElement.scrollWidth - window.innerWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap_or(1) <= 0,
        "{what}: the page is wider than the window by {overflow}"
    );
}

/// Plays the example meeting's steps into one open page and checks each.
async fn walk(browser: &Browser, served: &Served, meeting: &Session, size: (u32, u32)) {
    let words: &dyn Words = meeting.setup().lang.words();
    let steps = steps(meeting);
    let what = |step: &str| format!("{step} at {}x{}", size.0, size.1);

    // Check-in: the round so far, and whose turn it is.
    served.set(steps.check_in.clone());
    let state = steps.check_in.state();
    let phase = capitalise(words.phase(Phase::CheckIn));
    browser
        .wait_for_text("#now .phase", &phase, SHOWS_WITHIN)
        .await;
    let speaker = state.name(state.whose_turn().expect("someone's turn"));
    assert!(browser.text("#floor").await.contains(speaker));
    // The tag is set in capitals by the style sheet.
    let floor = browser.text("#floor").await.to_lowercase();
    assert!(
        floor.contains(&words.label(Label::Now).to_lowercase()),
        "{floor}"
    );
    let round = browser.text("#round").await;
    assert!(round.contains("Glad to be here"), "{round}");
    assert!(
        round.contains(&capitalise(words.round(RoundKind::CheckIn))),
        "{round}"
    );
    let current = browser.text("#round li[aria-current=step]").await;
    assert!(current.contains(speaker), "{current}");
    // The meeting clock runs between updates.
    let before = browser.text("#timers time").await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_ne!(
        browser.text("#timers time").await,
        before,
        "the clock ticks"
    );
    fits(browser, &what("check-in")).await;

    // Agenda building: three items waiting.
    served.set(steps.agenda.clone());
    browser
        .wait_for_text("#agenda", "Onboarding checklist", SHOWS_WITHIN)
        .await;
    let agenda = browser.text("#agenda").await;
    for label in ["Release calendar", "Website owner", "Onboarding checklist"] {
        assert!(agenda.contains(label), "{agenda}");
    }
    assert_eq!(
        agenda.matches(words.label(Label::Waiting)).count(),
        3,
        "{agenda}"
    );
    assert!(
        browser
            .text("#round")
            .await
            .contains(spanning::text::serve::ServeWords::serve_label(
                words,
                spanning::text::serve::ServeLabel::NoRound
            ))
    );
    fits(browser, &what("agenda")).await;

    // A time-out: said at the top, with its reason; nobody has the floor.
    served.set(steps.time_out.clone());
    browser
        .wait_for_text("#now .timeout", words.label(Label::TimeOut), SHOWS_WITHIN)
        .await;
    let reason = &steps
        .time_out
        .state()
        .time_out
        .as_ref()
        .expect("time-out")
        .reason;
    assert!(
        browser
            .text("#now .timeout")
            .await
            .contains(reason.as_str())
    );
    assert!(browser.text("#floor .nobody").await.len() > 3);
    fits(browser, &what("time-out")).await;

    // Amend and clarify on item 2: the proposal as it stands, its
    // proposer speaking, and what changed from version 1.
    served.set(steps.amended.clone());
    let step = capitalise(words.step(IdmStep::AmendAndClarify));
    browser
        .wait_for_text("#now .step", &step, SHOWS_WITHIN)
        .await;
    let item = steps.amended.state().active_item().expect("item");
    // The time-out before was in this same step: wait for the floor the
    // update gives (the proposer's), not only for the step's name.
    browser
        .wait_for_text(
            "#floor",
            steps.amended.state().name(item.owner),
            SHOWS_WITHIN,
        )
        .await;
    assert!(browser.text("#now .phase").await.contains("Website owner"));
    let floor = browser.text("#floor").await.to_lowercase();
    assert!(
        floor.contains(&words.label(Label::Speaking).to_lowercase()),
        "{floor}"
    );
    assert!(
        browser
            .text("#floor")
            .await
            .contains(steps.amended.state().name(item.owner))
    );
    let proposal = browser.text("#item .proposal").await;
    assert!(proposal.contains("three working days"), "{proposal}");
    assert_eq!(browser.text("#item ins").await.trim(), "three");
    assert_eq!(browser.text("#item del").await.trim(), "two");
    fits(browser, &what("amend and clarify")).await;

    // Integration: the objection, and both people working on it.
    served.set(steps.integration.clone());
    let step = capitalise(words.step(IdmStep::Integration));
    browser
        .wait_for_text("#now .step", &step, SHOWS_WITHIN)
        .await;
    let holders = spanning::meeting::views::floor_holders(steps.integration.state());
    let floor = browser.text("#floor").await;
    for person in holders {
        assert!(
            floor.contains(steps.integration.state().name(person)),
            "{floor}"
        );
    }
    let concerns = browser.text("#item .concerns").await;
    assert!(
        concerns.contains("It overlaps with Customer Support"),
        "{concerns}"
    );
    fits(browser, &what("integration")).await;

    // Closed: the summary, what the meeting produced, the agenda's endings.
    served.set(steps.closed.clone());
    browser
        .wait_for_text("#now", words.label(Label::Closed), SHOWS_WITHIN)
        .await;
    assert!(browser.text("#floor .nobody").await.len() > 3);
    let produced = browser.text("#produced").await;
    assert!(!produced.is_empty(), "outputs listed");
    for output in &steps.closed.state().outputs {
        assert!(
            produced.contains(output.text.lines().next().unwrap_or("")),
            "{produced}"
        );
    }
    let agenda = browser.text("#agenda").await;
    assert!(
        agenda.contains(words.ending_for(spanning::meeting::Ending::Adopted, false)),
        "{agenda}"
    );
    fits(browser, &what("closed")).await;
}

/// The circle's record after an earlier meeting adopted the role
/// "Finance <b>" (its name would be markup if not escaped).
fn earlier_record(meeting: &Session) -> Record {
    let at = meeting.setup().opened_at - chrono::TimeDelta::days(7);
    let mut script = gov::at_agenda(&meeting.setup().circle, at);
    gov::item(
        &mut script,
        "Money",
        &[gov::create_role("Finance <b>")],
        Ending::Adopted,
    );
    let mut record = Record::default();
    record.meeting("earlier", &script.session);
    record
}

async fn follow_the_meeting(meeting: Session, expect_lang: &str, expect_heading: &str) {
    let steps = steps(&meeting);
    let served = Served::start_with(steps.check_in.clone(), Some(earlier_record(&meeting))).await;
    let browser = Browser::start().await;
    for size in [PHONE, DESKTOP] {
        browser.viewport(size.0, size.1).await;
        browser.client.goto(&served.url).await.expect("page opens");
        let lang = browser.eval("return document.documentElement.lang;").await;
        assert_eq!(lang, expect_lang);
        // Headings are set in capitals by the style sheet.
        browser
            .wait_for_text("#floor h2", &expect_heading.to_uppercase(), SHOWS_WITHIN)
            .await;
        browser.wait_for_text("#conn", "live", SHOWS_WITHIN).await;
        assert_eq!(served.follower_count(), 1, "the open page is counted");
        // The governance record: a role from an earlier meeting, its
        // name shown as typed, not as markup.
        browser
            .wait_for_text("#record", "Finance <b>", SHOWS_WITHIN)
            .await;
        walk(&browser, &served, &meeting, size).await;
        // Still there after every update of the walk.
        browser
            .wait_for_text("#record", "Finance <b>", SHOWS_WITHIN)
            .await;
    }
    browser.close().await;
}

#[test]
fn a_participant_follows_the_meeting_in_english_on_a_phone_and_a_desktop() {
    runtime().block_on(follow_the_meeting(
        example_meeting(),
        "en",
        "Who has the floor",
    ));
}

#[test]
fn a_participant_follows_the_meeting_in_dutch_on_a_phone_and_a_desktop() {
    runtime().block_on(follow_the_meeting(
        dutch_example_meeting(),
        "nl",
        "Wie heeft het woord",
    ));
}

const HOSTILE_TITLE: &str = "<script>window.__pwned = 'title'</script>Plan";
const HOSTILE_LABEL: &str = "<img/src=x/onerror=window.__pwned='label'>";
const HOSTILE_TURN: &str = "</li></ol><script>window.__pwned = 'turn'</script><b>bold</b>";

#[test]
fn session_text_that_looks_like_markup_stays_text() {
    runtime().block_on(async {
        let mut script = Scenario::new(
            HOSTILE_TITLE,
            "<i>Circle</i>",
            crate::support::common::base(),
            &["Ana <u>Lead</u>", "Bram"],
        )
        .open();
        script.run(Command::StartCheckIn);
        script.run(said(HOSTILE_TURN));
        let served = Served::start(script.session.clone()).await;
        let browser = Browser::start().await;
        browser.viewport(PHONE.0, PHONE.1).await;
        browser.client.goto(&served.url).await.expect("page opens");
        assert_eq!(browser.text("h1").await, HOSTILE_TITLE);
        let title = browser.eval("return document.title;").await;
        assert!(title.as_str().unwrap_or("").contains(HOSTILE_TITLE), "{title}");
        assert!(browser.text("#round").await.contains(HOSTILE_TURN));
        // An update through the event stream is escaped as well.
        script.run(crate::support::script::pass());
        script.run(Command::OpenAgenda);
        script.run(Command::AddItem {
            label: HOSTILE_LABEL.to_owned(),
            owner: PersonId(0),
        });
        served.set(script.session.clone());
        browser
            .wait_for_text("#agenda", HOSTILE_LABEL, SHOWS_WITHIN)
            .await;
        let pwned = browser.eval("return window.__pwned === undefined;").await;
        assert_eq!(pwned, serde_json::Value::Bool(true), "no session text ran");
        let injected = browser
            .eval(
                "return document.querySelectorAll('main script, main img, main b, main u, h1 script, header i').length;",
            )
            .await;
        assert_eq!(injected, 0, "no element came from session text");
        let agenda = browser.text("#agenda").await;
        assert!(agenda.contains("Ana <u>Lead</u>"), "{agenda}");
        browser.close().await;
    });
}

#[test]
fn spanning_serve_follows_a_meeting_as_it_is_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let sessions = dir.path().join("sessions");
    let folder = spanning::store::SessionsDir::new(&sessions);
    let mut script = Scenario::new(
        "Live governance",
        "Operations",
        crate::support::common::base(),
        &["Ana", "Bram", "Chen"],
    )
    .lang(Lang::Nl)
    .open();
    let mut file = folder.create(&script.session).expect("create");
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_spanning"))
        .arg("--sessions-dir")
        .arg(&sessions)
        .args(["--lang", "nl", "serve", "--port", "0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spanning serve starts");
    let url = {
        use std::io::BufRead;
        let stdout = server.stdout.take().expect("stdout");
        let mut lines = std::io::BufReader::new(stdout).lines();
        let url = loop {
            let line = lines
                .next()
                .expect("serve prints its address")
                .expect("line");
            if let Some(at) = line.find("http://") {
                break line[at..].trim().to_owned();
            }
        };
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        url
    };
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "loopback by default: {url}"
    );
    runtime().block_on(async {
        let browser = Browser::start().await;
        browser.viewport(PHONE.0, PHONE.1).await;
        browser.client.goto(&url).await.expect("page opens");
        browser.wait_for_text("#conn", "live", SHOWS_WITHIN).await;
        // The facilitator's screen can count this page.
        let id = file.id().to_owned();
        let deadline = Instant::now() + Duration::from_secs(5);
        while spanning::store::presence::count(&sessions, &id) != 1 {
            assert!(
                Instant::now() < deadline,
                "the page is counted as a follower"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Each save shows on the page.
        script.run(Command::StartCheckIn);
        file.save(&script.session).expect("save");
        let check_in = capitalise(Lang::Nl.words().phase(Phase::CheckIn));
        browser
            .wait_for_text("#now .phase", &check_in, SHOWS_WITHIN)
            .await;
        script.run(Command::Speak {
            person: None,
            speech: Speech::Said {
                text: "Fijn dat we er zijn".to_owned(),
            },
        });
        file.save(&script.session).expect("save");
        browser
            .wait_for_text("#round", "Fijn dat we er zijn", SHOWS_WITHIN)
            .await;
        browser.close().await;
    });
    let _ = server.kill();
    let _ = server.wait();
}

#[test]
fn a_tactical_meeting_shows_its_reviews_and_triage_in_english_and_dutch() {
    use crate::support::tactical::{at_metrics, at_progress, in_triage};
    use spanning::meeting::TacticalList;
    runtime().block_on(async {
        let browser = Browser::start().await;
        browser.viewport(PHONE.0, PHONE.1).await;
        for lang in Lang::ALL {
            let words = lang.words();
            let served = Served::start(at_metrics(lang).session).await;
            browser.client.goto(&served.url).await.expect("page opens");
            browser
                .wait_for_text("#review", "Open incidents", SHOWS_WITHIN)
                .await;
            let review = browser.text("#review").await;
            assert!(
                review
                    .to_lowercase()
                    .contains(&words.list_title(TacticalList::Metrics).to_lowercase()),
                "{review}"
            );
            assert!(review.contains(words.unanswered()), "{review}");
            assert!(review.contains("Bram"), "{review}");

            served.set(at_progress(lang).session);
            browser
                .wait_for_text("#review", "Move to new office", SHOWS_WITHIN)
                .await;
            fits(&browser, "progress review").await;

            served.set(in_triage(lang).session);
            browser
                .wait_for_text("#item", "Someone to call the printer vendor", SHOWS_WITHIN)
                .await;
            let item = browser.text("#item").await;
            assert!(
                item.contains("Call the vendor about the service contract"),
                "{item}"
            );
            assert!(item.contains(words.request_state(Some(true))), "{item}");
            assert!(item.contains(words.request_state(None)), "{item}");
            assert!(item.contains("Finance"), "{item}");
            assert_eq!(browser.text("#review").await, "", "no review during triage");
            let produced = browser.text("#produced").await;
            assert!(produced.contains("Call the printer vendor"), "{produced}");
            fits(&browser, "triage").await;
        }
        browser.close().await;
    });
}

#[test]
fn an_election_shows_who_has_nominated_but_never_whom_until_the_sharing_round() {
    use crate::support::election::{ANA, CHEN, played_until_objection_round};
    runtime().block_on(async {
        let browser = Browser::start().await;
        browser.viewport(PHONE.0, PHONE.1).await;
        for lang in Lang::ALL {
            let words = lang.words();
            let meeting = played_until_objection_round(lang).session;
            let hidden = first_where(&meeting, |s| {
                s.state()
                    .active_item()
                    .and_then(|i| i.election())
                    .is_some_and(|e| e.ballots.len() == 3 && !e.revealed)
            });
            let state = hidden.state();
            let (ana, chen) = (state.name(ANA), state.name(CHEN));
            let served = Served::start(hidden.clone()).await;
            browser.client.goto(&served.url).await.expect("page opens");
            let nominated = words.has_nominated(ana);
            browser
                .wait_for_text("#item", &nominated, SHOWS_WITHIN)
                .await;
            let item = browser.text("#item").await;
            assert!(item.contains(&words.ballots_in(3, 5)), "{item}");
            assert!(
                !item.contains(&words.ballot(ana, chen)),
                "a ballot shows before the sharing round: {item}"
            );
            assert!(item.contains("Runs our governance"), "{item}");

            let shared = first_where(&meeting, |s| {
                s.state()
                    .active_item()
                    .and_then(|i| i.election())
                    .is_some_and(|e| e.revealed)
            });
            served.set(shared);
            browser
                .wait_for_text("#item", &words.ballot(ana, chen), SHOWS_WITHIN)
                .await;

            served.set(meeting.clone());
            let candidacy =
                words.election_heading(spanning::text::election::ElectionHeading::Candidacies);
            browser
                .wait_for_text("#item", candidacy, SHOWS_WITHIN)
                .await;
            assert!(browser.text("#item .proposal").await.contains(chen));
            fits(&browser, "election").await;
        }
        browser.close().await;
    });
}
