//! Minutes that travel (issue 15): `show` laid out for a terminal but
//! Markdown unchanged through a pipe or with NO_COLOR, `export --format
//! html` a standalone page with every session text escaped, `--format
//! text` without Markdown marks, and `--format ics` the review dates and
//! role terms as a valid RFC 5545 calendar whose events keep their UID.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use spanning::meeting::{Command as Cmd, PersonId, Session};
use spanning::store;
use spanning::text::Lang;
use tempfile::TempDir;

use crate::support::consent;
use crate::support::election as election_support;
use crate::support::pty::Term;
use crate::support::scenario::Scenario;
use crate::support::{common, script};

fn spanning() -> Command {
    let mut cmd = Command::cargo_bin("spanning").expect("binary");
    cmd.env_remove("SPANNING_SESSIONS_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("NO_COLOR")
        .env("LANG", "C");
    cmd
}

/// A folder holding `session`; returns the folder and the session's ID.
fn folder_with(session: &Session) -> (TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = store::stem(session.setup(), 0x1234);
    fs::write(
        dir.path().join(format!("{id}.json")),
        store::session_bytes(&id, session),
    )
    .expect("write");
    (dir, id)
}

/// Runs `args` on the folder; returns stdout and stderr, and asserts success.
fn run(dir: &Path, args: &[&str]) -> (String, String) {
    let out = spanning()
        .arg("--sessions-dir")
        .arg(dir)
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// A meeting whose every text tries to be HTML, and one says "+38".
fn hostile_meeting() -> Session {
    let mut played = Scenario::new(
        "<script>alert('title')</script> & \"friends\"",
        "<b>Circle</b>",
        common::base(),
        &["Ana <i>x</i>", "Bram", "Chen"],
    )
    .open();
    played.run_all([
        Cmd::StartCheckIn,
        script::said("<img src=x onerror=alert(1)> +38 in the survey"),
        script::pass(),
        script::pass(),
        Cmd::OpenAgenda,
        Cmd::AddItem {
            label: "<script>label</script>".into(),
            owner: PersonId(1),
        },
        Cmd::StartItem { item: None },
        Cmd::StateTension {
            text: "<a href=\"http://evil.example\">click</a>".into(),
        },
        Cmd::GiveExample {
            text: "**bold** # not a heading\n> not a quote".into(),
        },
        Cmd::StateProposal {
            text: "<style>body{background:url(http://evil.example/x.png)}</style>".into(),
        },
    ]);
    played.session
}

#[test]
fn export_html_is_a_standalone_page_with_every_text_escaped() {
    let (dir, id) = folder_with(&hostile_meeting());
    let (page, _) = run(dir.path(), &["export", &id, "--format", "html"]);
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{page}"
    );
    assert!(page.trim_end().ends_with("</html>"), "{page}");
    assert!(page.contains("<meta charset=\"utf-8\">"));
    // Every session text is text: no tag of its own.
    for never in ["<script", "<img", "<a ", "<b>", "<i>", "<style"] {
        assert!(!page.contains(never), "{never:?} in:\n{page}");
    }
    assert!(page.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;friends&quot;</title>"), "{page}");
    assert!(
        page.contains("&lt;script&gt;label&lt;/script&gt;"),
        "{page}"
    );
    assert!(
        page.contains("&lt;img src=x onerror=alert(1)&gt; +38 in the survey"),
        "{page}"
    );
    // The escapes of the Markdown are resolved, not shown.
    assert!(!page.contains("\\+38") && !page.contains("\\*"), "{page}");
    // Styled inline (a pasted page keeps it), with no style block.
    assert!(page.contains("<h1 style=\""), "{page}");
    assert!(page.contains("<blockquote style=\""), "{page}");
    assert!(!page.contains("<style"), "{page}");
    // Only the page's own tags: every `<` opens one of them.
    let allowed = [
        "!DOCTYPE",
        "html",
        "/html",
        "head",
        "/head",
        "meta",
        "title",
        "/title",
        "body",
        "/body",
        "div",
        "/div",
        "h1",
        "/h1",
        "h2",
        "/h2",
        "h3",
        "/h3",
        "h4",
        "/h4",
        "p",
        "/p",
        "ul",
        "/ul",
        "li",
        "/li",
        "blockquote",
        "/blockquote",
        "strong",
        "/strong",
        "em",
        "/em",
        "br",
        "ol",
        "/ol",
        "code",
        "/code",
    ];
    for tag in page.split('<').skip(1) {
        let name: String = tag
            .chars()
            .take_while(|c| !matches!(c, ' ' | '>' | '\n'))
            .collect();
        assert!(
            allowed.contains(&name.as_str()),
            "unexpected tag <{name}> in:\n{page}"
        );
        // Its attributes: only the page's own, so no resource is ever
        // fetched (no src, href or url) and no script runs (no on...).
        let inside = &tag[..tag.find('>').expect("closed tag")];
        for (at, _) in inside.match_indices("=\"") {
            let key = inside[..at].rsplit(' ').next().unwrap();
            assert!(
                ["style", "lang", "charset", "name", "content"].contains(&key),
                "attribute {key:?} in <{inside}>"
            );
        }
        assert!(
            !inside.contains("url(") && !inside.contains("http"),
            "<{inside}>"
        );
    }
}

#[test]
fn export_html_in_dutch_says_so() {
    let (dir, id) = folder_with(&common::dutch_example_meeting());
    let (page, _) = run(dir.path(), &["export", &id, "--format", "html"]);
    assert!(page.contains("<html lang=\"nl\">"), "{page}");
    assert!(page.contains("Notulen gemaakt met spanning"), "{page}");
    let md = spanning::minutes::markdown(&common::dutch_example_meeting(), Lang::Nl.words());
    let first_heading = md.lines().find(|l| l.starts_with("## ")).unwrap();
    assert!(
        page.contains(&format!(">{}</h2>", &first_heading[3..])),
        "{page}"
    );
}

#[test]
fn export_text_has_no_markdown_marks() {
    let (dir, id) = folder_with(&hostile_meeting());
    let (text, _) = run(dir.path(), &["export", &id, "--format", "text"]);
    let md = spanning::minutes::markdown(&hostile_meeting(), Lang::En.words());
    assert!(md.contains("\\+38") || md.contains("+38"), "{md}");
    assert!(
        text.contains("<img src=x onerror=alert(1)> +38 in the survey"),
        "{text}"
    );
    assert!(
        text.contains("**bold** # not a heading"),
        "the text as typed: {text}"
    );
    for line in text.lines() {
        assert!(!line.starts_with('#'), "{line:?}");
        assert!(!line.starts_with("> "), "{line:?}");
        assert!(!line.contains('\\'), "{line:?}");
    }
    // Headings read as headings without marks.
    assert!(text.lines().any(|l| l == "DECISIONS"), "{text}");
    assert!(text.lines().any(|l| l.starts_with("• ")), "{text}");
    // The example's Markdown has bold; the text has none.
    let (dir, id) = folder_with(&common::example_meeting());
    let (text, _) = run(dir.path(), &["export", &id, "--format", "text"]);
    assert!(!text.contains("**"), "{text}");
    assert!(!text.contains("](") && !text.contains('\\'), "{text}");
}

#[test]
fn export_text_in_dutch() {
    let (dir, id) = folder_with(&common::dutch_example_meeting());
    let (text, _) = run(dir.path(), &["export", &id, "--format", "tekst"]);
    let md = spanning::minutes::markdown(&common::dutch_example_meeting(), Lang::Nl.words());
    let first_heading = md.lines().find(|l| l.starts_with("## ")).unwrap();
    assert!(
        text.lines().any(|l| l == first_heading[3..].to_uppercase()),
        "{text}"
    );
    assert!(!text.contains("**") && !text.contains("\n#"), "{text}");
}

/// The consent meeting with a backslash in the criteria too.
fn consent_meeting(lang: Lang) -> Session {
    let mut played = script::Script::open(consent::consent_setup(lang)).every(37);
    for (_, command) in consent::script() {
        played.run(match command {
            Cmd::AdoptAgreement { review_date, .. } => Cmd::AdoptAgreement {
                review_date,
                criteria: "Rework share, per sprint; ask devs \\ testers.".into(),
            },
            other => other,
        });
    }
    played.session
}

/// Every content line of a calendar, checked as RFC 5545 asks: CRLF line
/// ends, at most 75 octets a line; returns the parsed calendar's events.
fn events_of(ics: &str) -> Vec<Vec<(String, String)>> {
    assert!(ics.ends_with("\r\n"), "CRLF at the end");
    for line in ics.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid calendar");
    assert!(
        calendar
            .properties
            .iter()
            .any(|p| p.name.as_str() == "VERSION" && p.val.as_str() == "2.0")
    );
    assert!(
        calendar
            .properties
            .iter()
            .any(|p| p.name.as_str() == "PRODID")
    );
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|c| {
            c.properties
                .iter()
                .map(|p| {
                    let value = p.val.clone().unescape_text().as_str().to_owned();
                    let params: String = p
                        .params
                        .iter()
                        .map(|x| {
                            format!(
                                ";{}={}",
                                x.key.as_str(),
                                x.val.as_ref().map_or("", |v| v.as_str())
                            )
                        })
                        .collect();
                    (format!("{}{params}", p.name.as_str()), value)
                })
                .collect()
        })
        .collect()
}

fn prop<'e>(event: &'e [(String, String)], name: &str) -> &'e str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

#[test]
fn export_ics_puts_the_review_date_in_the_calendar() {
    for (lang, summary, criteria_word) in [
        (
            Lang::En,
            "Review the agreement “Design reviews”",
            "Evaluation criteria: ",
        ),
        (
            Lang::Nl,
            "Afspraak “Design reviews” evalueren",
            "Evaluatiecriteria: ",
        ),
    ] {
        let session = consent_meeting(lang);
        let (dir, id) = folder_with(&session);
        let (ics, err) = run(dir.path(), &["export", &id, "--format", "ics"]);
        assert!(err.is_empty(), "{err}");
        assert!(
            ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"),
            "{ics}"
        );
        // Escaped as RFC 5545 says: comma, semicolon and backslash.
        let unfolded = icalendar::parser::unfold(&ics);
        assert!(
            unfolded.contains("Rework share\\, per sprint\\; ask devs \\\\ testers."),
            "{unfolded}"
        );
        let events = events_of(&ics);
        assert_eq!(events.len(), 1, "{ics}");
        let event = &events[0];
        let date = consent::review_date().format("%Y%m%d").to_string();
        assert_eq!(prop(event, "DTSTART;VALUE=DATE"), date);
        assert_eq!(prop(event, "SUMMARY"), summary);
        let description = prop(event, "DESCRIPTION");
        assert!(
            description.contains(&format!(
                "{criteria_word}Rework share, per sprint; ask devs \\ testers."
            )),
            "{description}"
        );
        let stamp = prop(event, "DTSTAMP");
        assert!(stamp.len() == 16 && stamp.ends_with('Z'), "UTC: {stamp}");
        assert!(prop(event, "UID").ends_with("-review@spanning"));
    }
}

#[test]
fn the_uid_stays_the_same_so_importing_again_updates_the_event() {
    let session = consent_meeting(Lang::En);
    let (dir, id) = folder_with(&session);
    let (first, _) = run(dir.path(), &["export", &id, "--format", "ics"]);
    // The same session under another name, in Dutch: the same event.
    let copy = dir.path().join("renamed-copy.json");
    fs::copy(dir.path().join(format!("{id}.json")), &copy).unwrap();
    fs::remove_file(dir.path().join(format!("{id}.json"))).unwrap();
    let (again, _) = run(
        dir.path(),
        &["--lang", "nl", "export", "renamed-copy", "--format", "ics"],
    );
    let uid = |ics: &str| prop(&events_of(ics)[0], "UID").to_owned();
    assert_eq!(uid(&first), uid(&again));
    // Another meeting's agreement has another UID.
    let mut setup = consent::consent_setup(Lang::En);
    setup.circle = "Another circle".into();
    let mut played = script::Script::open(setup).every(37);
    played.run_all(consent::script().into_iter().map(|(_, c)| c));
    let (dir2, id2) = folder_with(&played.session);
    let (other, _) = run(dir2.path(), &["export", &id2, "--format", "ics"]);
    assert_ne!(uid(&first), uid(&other));
}

#[test]
fn export_ics_puts_the_end_of_an_elected_term_in_the_calendar() {
    for (lang, summary) in [
        (Lang::En, "End of term: Chen as Facilitator"),
        (Lang::Nl, "Einde termijn: Chen als Facilitator"),
    ] {
        let (dir, id) = folder_with(&election_support::closed_meeting(lang));
        let file = dir.path().join("terms.ics");
        let file_arg = file.display().to_string();
        let (ics, err) = run(
            dir.path(),
            &["export", &id, "--format", "ics", "-o", &file_arg],
        );
        assert!(ics.is_empty(), "written to the file: {ics}");
        assert!(!err.contains("no agreement"), "{err}");
        let written = fs::read_to_string(&file).unwrap();
        let events = events_of(&written);
        assert_eq!(events.len(), 1);
        assert_eq!(prop(&events[0], "SUMMARY"), summary);
        assert_eq!(prop(&events[0], "DTSTART;VALUE=DATE"), "20270522");
        assert_eq!(prop(&events[0], "DTEND;VALUE=DATE"), "20270523");
        assert!(prop(&events[0], "DESCRIPTION").contains("Bakery Coop"));
    }
}

#[test]
fn a_session_without_dates_gives_an_empty_calendar_and_says_so() {
    let (dir, id) = folder_with(&common::example_meeting());
    let (ics, err) = run(dir.path(), &["export", &id, "--format", "ics"]);
    assert!(events_of(&ics).is_empty());
    assert!(err.contains("no agreement with a review date"), "{err}");
    let (_, err) = run(
        dir.path(),
        &["--lang", "nl", "export", &id, "--format", "ics"],
    );
    assert!(
        err.contains("geen afspraak met een evaluatiedatum"),
        "{err}"
    );
}

#[test]
fn show_through_a_pipe_is_the_markdown_unchanged() {
    let (dir, id) = folder_with(&hostile_meeting());
    let (shown, _) = run(dir.path(), &["show", &id]);
    let (exported, _) = run(dir.path(), &["export", &id]);
    assert_eq!(shown, exported);
    assert!(shown.starts_with("# "), "{shown}");
}

/// `show` on a terminal: read as a document, no Markdown marks; with
/// NO_COLOR, the Markdown as it is.
#[test]
fn show_on_a_terminal_is_laid_out_for_reading() {
    let (dir, id) = folder_with(&common::example_meeting());
    let folder = dir.path().display().to_string();
    let term = Term::spawn(
        &["--sessions-dir", &folder, "show", &id],
        dir.path(),
        100,
        200,
    );
    term.wait_for("Speaking time");
    let screen = term.screen();
    // The headings read as headings, without their marks.
    assert!(
        screen.lines().any(|l| l.trim_end() == "Check-in round"),
        "{screen}"
    );
    assert!(!screen.lines().any(|l| l.starts_with('#')), "{screen}");
    assert!(!screen.contains("**"), "{screen}");
    assert!(screen.contains("• "), "bullets: {screen}");
    let term = Term::spawn_with_env(
        &["--sessions-dir", &folder, "show", &id],
        dir.path(),
        100,
        200,
        &[("NO_COLOR", "1")],
    );
    term.wait_for("Speaking time");
    let screen = term.screen();
    assert!(screen.contains("## Check-in round"), "{screen}");
    assert!(screen.contains("- Daan: skipped"), "{screen}");
}

/// `-o` without `--format`: the file name's extension says which.
#[test]
fn the_output_file_name_picks_the_format() {
    let (dir, id) = folder_with(&consent_meeting(Lang::En));
    for (name, starts) in [
        ("minutes.html", "<!DOCTYPE html>"),
        ("minutes.txt", "PRODUCT GOVERNANCE"),
        ("reviews.ics", "BEGIN:VCALENDAR\r\n"),
        ("minutes.md", "# "),
        ("export.JSON", "{"),
    ] {
        let file = dir.path().join(name);
        let arg = file.display().to_string();
        run(dir.path(), &["export", &id, "-o", &arg]);
        let written = fs::read_to_string(&file).unwrap();
        assert!(written.starts_with(starts), "{name}: {written}");
    }
    // An explicit --format wins over the name.
    let file = dir.path().join("odd.html");
    let arg = file.display().to_string();
    run(
        dir.path(),
        &["export", &id, "--format", "markdown", "-o", &arg],
    );
    assert!(fs::read_to_string(&file).unwrap().starts_with("# "));
}
