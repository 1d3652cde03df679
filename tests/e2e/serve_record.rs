//! The served page's "Governance record" section (issue 18): the circle's
//! roles and policies as earlier meetings in the folder left them, every
//! text escaped, in the meeting's language; folded once at start and
//! rendered again only when the meeting's adopted items change.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use spanning::meeting::{Ending, Part, Session};
use spanning::record::governance::Record;
use spanning::serve::record::RecordSection;
use spanning::store::SessionsDir;
use spanning::text::Lang;

use crate::support::common::{dutch_open_meeting, open_meeting};
use crate::support::governance as gov;

/// An earlier meeting of `circle`, a week before `today`, that adopted a
/// role whose every text would be markup if not escaped.
fn earlier(circle: &str, today: &Session) -> Session {
    let at = today.setup().opened_at - TimeDelta::days(7);
    let mut script = gov::at_agenda(circle, at);
    let parts = [
        Part::CreateRole {
            name: "Finance <script>alert(1)</script>".to_owned(),
            purpose: Some("Money & \"care\"".to_owned()),
            accountabilities: vec!["Paying <b>invoices</b>".to_owned()],
            domains: vec!["The bank account".to_owned()],
        },
        Part::CreatePolicy {
            title: "Spending limit".to_owned(),
            text: "Up to 200 euro <i>without</i> asking".to_owned(),
            domain: None,
        },
    ];
    gov::item(&mut script, "Money", &parts, Ending::Adopted);
    script.session
}

fn page(origin: std::net::SocketAddr, token: &str) -> String {
    let mut stream = TcpStream::connect(origin).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    stream
        .write_all(
            format!("GET /{token} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .expect("send");
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn the_page_lists_a_role_from_an_earlier_meeting_escaped_in_english_and_dutch() {
    for (today, heading, purpose, policies) in [
        (
            open_meeting(),
            "Governance record: Operations",
            "Purpose: Money &amp; &quot;care&quot;",
            "Policies",
        ),
        (
            dutch_open_meeting(),
            "Governance-register: Operations",
            "Doel: Money &amp; &quot;care&quot;",
            "Beleid",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let sessions = SessionsDir::new(dir.path());
        let before = earlier(&today.setup().circle, &today);
        let mut open = sessions.create(&before).expect("create earlier");
        open.save(&before).expect("save earlier");
        drop(open);
        let open = sessions.create(&today).expect("create today");
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let serving = spanning::serve::start(dir.path(), open.path(), listener, Lang::En.words())
            .expect("serving");
        let (addr, token) = (serving.addr(), serving.token().as_str().to_owned());
        // Served as `spanning serve` serves, on a thread of its own that
        // ends with the test binary.
        std::thread::spawn(move || serving.wait(Lang::En.words()));
        let body = page(addr, &token);
        let section = body
            .split("<section id=\"record\"")
            .nth(1)
            .unwrap_or_else(|| panic!("no record section in\n{body}"));
        for expected in [
            heading,
            "Finance &lt;script&gt;alert(1)&lt;/script&gt;",
            purpose,
            "Paying &lt;b&gt;invoices&lt;/b&gt;",
            "The bank account",
            policies,
            "Spending limit",
            "Up to 200 euro &lt;i&gt;without&lt;/i&gt; asking",
            // The core roles are in every circle's record.
            "Facilitator",
        ] {
            assert!(section.contains(expected), "{expected:?} in\n{section}");
        }
        assert!(!body.contains("<script>alert"), "{body}");
        assert!(!body.contains("<b>invoices"), "{body}");
        // Inside the live part, so every update keeps it.
        assert!(section.contains("</main>"));
    }
}

#[test]
fn the_section_is_rendered_again_only_when_the_meetings_adoptions_change() {
    let today = open_meeting();
    let mut section = RecordSection::from_record(Record::default(), "today", &today);
    let first = section.update(&today);
    // Nothing adopted since: the same rendering, not a new one.
    assert!(Arc::ptr_eq(&first, &section.update(&today)));
    assert!(!first.contains("Finance"));
    // A meeting that adopted a role: rendered again, with it.
    let adopting = earlier(&today.setup().circle, &today);
    let again = section.update(&adopting);
    assert!(!Arc::ptr_eq(&first, &again));
    assert!(again.contains("Finance &lt;script&gt;"), "{again}");
    assert!(Arc::ptr_eq(&again, &section.update(&adopting)));
}

#[test]
fn a_role_the_served_meeting_adopts_reaches_the_page_once_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = SessionsDir::new(dir.path());
    let opened = open_meeting().setup().opened_at;
    let mut script = gov::at_agenda("Operations", opened);
    let mut open = sessions.create(&script.session).expect("create");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let serving = spanning::serve::start(dir.path(), open.path(), listener, Lang::En.words())
        .expect("serving");
    let (addr, token) = (serving.addr(), serving.token().as_str().to_owned());
    std::thread::spawn(move || serving.wait(Lang::En.words()));
    let before = page(addr, &token);
    assert!(before.contains("<section id=\"record\""), "{before}");
    assert!(!before.contains("Logistics"), "{before}");
    gov::item(
        &mut script,
        "Logistics",
        &[gov::create_role("Logistics")],
        Ending::Adopted,
    );
    open.save(&script.session).expect("save");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let body = page(addr, &token);
        let section = body.split("<section id=\"record\"").nth(1).unwrap_or("");
        if section.contains("Logistics") && section.contains("Doing Logistics") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the adopted role never reached the page:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
