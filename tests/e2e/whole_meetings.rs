//! Whole meetings driven key by key in a pseudo terminal of 80x24, the
//! smallest screen a facilitator shares (issue 15): a governance meeting
//! (check-in, two tensions with questions and reactions, an objection
//! tested and integrated, an election, closing) and a Dutch werkoverleg
//! (tactical: reviews, triage with a next action, a project, a request
//! accepted with `+`). After EVERY key the screen is checked for what the
//! group must see at that moment: the proposal under decision (where there
//! is one), who has the floor, and each confirmation question.

use std::thread;
use std::time::{Duration, Instant};

use crate::support::pty::Term;

/// The meeting on the shared screen, with what must stay visible.
struct Room {
    term: Term,
    /// Shown on every screen until changed: the proposal's first words.
    proposal: Option<&'static str>,
    /// Keys pressed so far, for the failure message.
    keys: Vec<String>,
}

impl Room {
    fn new(term: Term) -> Room {
        Room {
            term,
            proposal: None,
            keys: Vec::new(),
        }
    }

    /// Waits until every text in `expect` (and the proposal, while one is
    /// under decision) is on screen; panics with the screen if not.
    fn sees(&self, expect: &[&str]) {
        let mut wanted: Vec<&str> = expect.to_vec();
        if let Some(p) = self.proposal {
            wanted.push(p);
        }
        let deadline = Instant::now() + Duration::from_secs(8);
        loop {
            let screen = self.term.screen();
            let missing: Vec<&&str> = wanted.iter().filter(|w| !screen.contains(**w)).collect();
            if missing.is_empty() {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "after keys {:?}\nnot on screen: {missing:?}\nthe screen (80x24):\n{screen}",
                    self.keys.iter().rev().take(6).rev().collect::<Vec<_>>()
                );
            }
            thread::sleep(Duration::from_millis(30));
        }
    }

    /// Presses a key, then checks the screen.
    fn press(&mut self, key: &str, expect: &[&str]) {
        self.keys.push(key.escape_debug().to_string());
        self.term.key(key);
        self.sees(expect);
    }

    /// Presses a key that opens an editor: the editor covers the panels
    /// below it, so only `expect` (who is speaking, the dialog) is checked
    /// until it is saved.
    fn opens(&mut self, key: &str, expect: &[&str]) {
        let proposal = self.proposal.take();
        self.press(key, expect);
        self.proposal = proposal;
    }

    /// Checks the screen while a dialog covers the panels.
    fn sees_in_dialog(&mut self, expect: &[&str]) {
        let proposal = self.proposal.take();
        self.sees(expect);
        self.proposal = proposal;
    }

    /// Types text into the open editor (not checked: it is being typed).
    fn types(&mut self, text: &str) {
        self.keys.push(format!("type {text:?}"));
        self.term.type_text(text);
    }
}

const ENTER: &str = "\r";
const TAB: &str = "\t";
const DOWN: &str = "\x1b[B";

#[test]
fn a_whole_governance_meeting_at_80x24() {
    let dir = tempfile::tempdir().expect("temp dir");
    let term = Term::spawn(
        &[
            "new",
            "--title",
            "Weekly governance",
            "--circle",
            "Team Alpha",
            "--participants",
            "Ana, Bram (Release lead), Chen, Dewi",
            "--timebox",
            "60m",
        ],
        dir.path(),
        80,
        24,
    );
    let mut room = Room::new(term);
    room.sees(&["Ready to start"]);

    // Check-in: a turn and three passes, each person's floor on screen.
    room.press(ENTER, &["CHECK-IN ROUND", "NOW: ANA"]);
    room.opens(ENTER, &["the gist"]);
    room.types("Glad to be here");
    room.press(ENTER, &["NOW: BRAM"]);
    room.press("-", &["NOW: CHEN"]);
    room.press("-", &["NOW: DEWI"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press(ENTER, &["AGENDA"]);

    // Two tensions, Bram's and Chen's.
    room.opens("a", &["New agenda item"]);
    room.types("Release notes");
    room.press(TAB, &[]);
    room.press(DOWN, &[]);
    room.press(ENTER, &["1. Release notes  (owner: Bram)"]);
    room.opens("a", &["New agenda item"]);
    room.types("Onboarding");
    room.press(TAB, &[]);
    room.press(DOWN, &[]);
    room.press(DOWN, &[]);
    room.press(ENTER, &["2. Onboarding  (owner: Chen)"]);

    // Item 1: the proposer has the floor while presenting.
    room.press(ENTER, &["PRESENT PROPOSAL", "speaking: Bram"]);
    room.opens(ENTER, &[]);
    room.types("Nobody knows what shipped");
    room.press(ENTER, &["Nobody knows what shipped", "speaking: Bram"]);
    room.press(TAB, &[]);
    room.opens(ENTER, &[]);
    room.types("Support asked twice");
    room.press(ENTER, &["Support asked twice", "speaking: Bram"]);
    room.press(TAB, &[]);
    room.opens(ENTER, &[]);
    room.types("Release lead writes notes for every release");
    room.press(ENTER, &["speaking: Bram"]);
    room.proposal = Some("Release lead writes notes");
    room.sees(&[]);
    room.press("n", &["CLARIFYING QUESTIONS", "speaking: Bram"]);
    room.opens("a", &[]);
    room.types("Also for hotfixes?");
    room.press(ENTER, &["Also for hotfixes?", "speaking: Bram"]);
    room.opens(ENTER, &[]);
    room.types("Yes");
    room.press(ENTER, &["Yes", "speaking: Bram"]);
    room.press("n", &["REACTION ROUND", "NOW: CHEN"]);
    room.opens(ENTER, &[]);
    room.types("Good, long overdue");
    room.press(ENTER, &["Good, long overdue", "NOW: ANA"]);
    room.press("-", &["NOW: DEWI"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press(ENTER, &["AMEND AND CLARIFY", "speaking: Bram"]);
    room.press("n", &["OBJECTION ROUND", "NOW: CHEN"]);
    room.opens(ENTER, &["Chen"]);
    room.types("Too much work for one role");
    room.press(ENTER, &["Too much work for one role", "NOW: DEWI"]);
    room.press("-", &["NOW: ANA"]);
    room.press("-", &["NOW: BRAM"]);
    room.press("-", &["Everyone has had a turn"]);
    // Chen's objection tested: the question for each criterion is on screen.
    room.opens(
        "T",
        &["Testing an objection", "Chen: Too much work for one role"],
    );
    for (letter, argument) in [
        ("(a)", "Slower releases"),
        ("(b)", "My role"),
        ("(c)", "New work"),
        ("(d)", "Known"),
    ] {
        room.sees_in_dialog(&[&format!("Criterion {letter} of (a)–(d)")]);
        room.types(argument);
        room.opens(ENTER, &[argument, "Does the argument hold? y = holds"]);
        if letter != "(d)" {
            room.opens("y", &["Testing an objection"]);
        }
    }
    room.press("y", &["valid", "Release lead writes notes"]);
    room.press(
        ENTER,
        &["INTEGRATION", "speaking: Chen & Bram", "valid objection"],
    );
    room.opens("a", &[]);
    room.types(", taking turns");
    room.proposal = Some("for every release, taking turns");
    room.press(ENTER, &["v2", "speaking: Chen & Bram"]);
    room.press("1", &["speaking: Chen & Bram", "objector ✓"]);
    room.press("2", &["speaking: Bram", "integrated in v2"]);
    room.press("n", &["OBJECTION ROUND", "v1 → ▶v2", "NOW: DEWI"]);
    room.press("-", &["NOW: CHEN"]);
    room.press("-", &["NOW: BRAM"]);
    room.press("-", &["NOW: ANA"]);
    room.press("-", &["Everyone has had a turn"]);
    // Adopting asks first; the question names the item and the outcome.
    room.press(ENTER, &["End \"Release notes\" as adopted?"]);
    room.proposal = None;
    room.press(
        "y",
        &["AGENDA", "1. Release notes  (owner: Bram)  — adopted"],
    );

    // Item 2: Chen's tension, a question, reactions, no objection.
    room.press(DOWN, &["▸· 2. Onboarding"]);
    room.press(ENTER, &["PRESENT PROPOSAL", "speaking: Chen"]);
    room.opens(ENTER, &[]);
    room.types("New people wait a week for access");
    room.press(ENTER, &["speaking: Chen"]);
    room.press(TAB, &[]);
    room.opens(ENTER, &[]);
    room.types("Eva waited eight days");
    room.press(ENTER, &["speaking: Chen"]);
    room.press(TAB, &[]);
    room.opens(ENTER, &[]);
    room.types("Chen grants access on the first day");
    room.proposal = Some("Chen grants access on the first day");
    room.press(ENTER, &["speaking: Chen"]);
    room.press("n", &["CLARIFYING QUESTIONS", "speaking: Chen"]);
    room.opens("a", &[]);
    room.types("Which systems?");
    room.press(ENTER, &["Which systems?", "speaking: Chen"]);
    room.opens(ENTER, &[]);
    room.types("Mail and the wiki");
    room.press(ENTER, &["Mail and the wiki", "speaking: Chen"]);
    room.press("n", &["REACTION ROUND", "NOW: BRAM"]);
    room.press("-", &["NOW: DEWI"]);
    room.opens(ENTER, &["Dewi"]);
    room.types("Yes please");
    room.press(ENTER, &["Yes please", "NOW: ANA"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press(ENTER, &["AMEND AND CLARIFY", "speaking: Chen"]);
    room.press("n", &["OBJECTION ROUND", "NOW: BRAM"]);
    room.press("-", &["NOW: ANA"]);
    room.press("-", &["NOW: DEWI"]);
    room.press("-", &["NOW: CHEN"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press(ENTER, &["End \"Onboarding\" as adopted?"]);
    room.proposal = None;
    room.press("y", &["AGENDA", "2. Onboarding  (owner: Chen)  — adopted"]);

    // An election: the role described, hidden nominations, the sharing
    // round, a candidate proposed, the objection round with the candidate
    // asked last.
    room.opens("v", &[]);
    room.types("Facilitator");
    room.press(ENTER, &["3. ⚑ election: Facilitator"]);
    room.press(DOWN, &[]);
    room.press(DOWN, &["▸· 3. ⚑ election: Facilitator"]);
    room.press(ENTER, &["DESCRIBE THE ROLE AND TERM", "Role: Facilitator"]);
    room.opens(ENTER, &["The role and its term"]);
    room.types("Runs our meetings");
    room.press(ENTER, &["Runs our meetings", "Term: 12 months"]);
    room.press("n", &["NOMINATIONS", "0 of 4 ballots in"]);
    // Ballots typed masked: the screen only ever says who has nominated.
    for (voter, nominee, count) in [
        ("Ana", "dewi", "1 of 4"),
        ("Bram", "Dewi", "2 of 4"),
        ("Chen", "dew", "3 of 4"),
        ("Dewi", "br", "all 4 ballots in; press n"),
    ] {
        room.opens(ENTER, &[voter]);
        room.types(nominee);
        room.press(ENTER, &[&format!("✓ {voter} has nominated"), count]);
    }
    room.press(
        "n",
        &[
            "NOMINATION SHARING ROUND",
            "NOW: CHEN",
            "Dewi nominated Bram",
        ],
    );
    room.opens(ENTER, &["Chen"]);
    room.types("Dewi keeps time well");
    room.press(ENTER, &["NOW: DEWI"]);
    room.press("-", &["NOW: ANA"]);
    room.press("-", &["NOW: BRAM"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press("n", &["CHANGE NOMINATIONS"]);
    room.press("n", &["PROPOSE A CANDIDATE", "★ Dewi: 3 nominations"]);
    room.opens(ENTER, &["Propose a candidate", "Candidate: ‹ Dewi ›"]);
    // The candidacy is the proposal under decision from here on.
    room.proposal = Some("Dewi — 12 months");
    room.press(ENTER, &["Dewi (the candidate) is asked last"]);
    room.press("n", &["OBJECTION ROUND", "NOW: CHEN"]);
    room.press("-", &["NOW: BRAM"]);
    room.press("-", &["NOW: ANA"]);
    room.press("-", &["NOW: DEWI"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press("n", &["End \"Facilitator\" as "]);
    room.proposal = None;
    room.press("y", &["AGENDA", "3. ⚑ election: Facilitator"]);

    // Closing round, close-out, and the session closed.
    room.press("c", &["CLOSING ROUND", "NOW: ANA"]);
    room.opens(ENTER, &["Ana"]);
    room.types("Good meeting");
    room.press(ENTER, &["NOW: BRAM"]);
    room.press("-", &["NOW: CHEN"]);
    room.press("-", &["NOW: DEWI"]);
    room.press("-", &["Everyone has had a turn"]);
    room.press(ENTER, &["CLOSE-OUT"]);
    room.press(
        ENTER,
        &["Close the session? After this only undo can reopen it."],
    );
    room.press(
        "y",
        &[
            "Release notes  (Bram): adopted v2",
            "Onboarding  (Chen): adopted v1",
            "Dewi elected as Facilitator for 12 months",
        ],
    );
    room.press(
        "q",
        &["Leave the meeting screen? Everything is already saved"],
    );
    room.press("y", &[]);
    assert!(room.term.wait_exit(), "leaves when asked");
    let state = saved_state(dir.path());
    assert_eq!(state.phase, spanning::meeting::Phase::Closed);
    assert_eq!(state.agenda.len(), 3);
}

/// The state of the one session in the folder, as saved.
fn saved_state(dir: &std::path::Path) -> spanning::meeting::MeetingState {
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join("sessions"))
        .expect("sessions folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    spanning::store::load(&files[0])
        .expect("the session loads")
        .session
        .state()
        .clone()
}

#[test]
fn a_whole_dutch_werkoverleg_at_80x24() {
    use spanning::text::Lang;
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("folder");
    // The circle met before: its checklist, metric and projects come back.
    let earlier = crate::support::tactical::closed(Lang::Nl);
    let id = spanning::store::stem(earlier.session.setup(), 0x00aa);
    std::fs::write(
        sessions.join(format!("{id}.json")),
        spanning::store::session_bytes(&id, &earlier.session),
    )
    .expect("earlier meeting");
    let term = Term::spawn_with_env(
        &[
            "new",
            "--format",
            "werkoverleg",
            "--title",
            "Werkoverleg",
            "--circle",
            "Operations",
            "--participants",
            "Ana, Bram (Infra), Chloë, Dewi",
            "--timebox",
            "45m",
        ],
        dir.path(),
        80,
        24,
        &[("LANG", "nl_NL.UTF-8")],
    );
    let mut room = Room::new(term);
    room.sees(&["Klaar om te beginnen"]);
    room.press(ENTER, &["INCHECKRONDE", "NU: ANA"]);
    room.press("-", &["NU: BRAM"]);
    room.press("-", &["NU: CHLOË"]);
    room.press("-", &["NU: DEWI"]);
    room.press("-", &["Iedereen heeft een beurt gehad"]);
    // The earlier meeting's open actions come back first, an accepted
    // request among them as the acceptor's ("toegezegd").
    room.press(
        "n",
        &[
            "ACTIELIJST DOORNEMEN",
            "▸1. Call the vendor about the service contract  — Bram, toegezegd",
        ],
    );
    // Reviews: the owner of the entry read out is on screen at each step.
    room.press(
        "n",
        &[
            "CHECKLIST DOORNEMEN",
            "▸1. Backups verified  — Bram (Infra)",
        ],
    );
    room.press("+", &["✓ check", "▸2. On-call rota published  — Ana"]);
    room.press(
        "-",
        &["✗ geen check", "▸3. Invoices sent  — Chloë (Office)"],
    );
    room.press("+", &["Checklist (3/3)"]);
    room.press(
        "n",
        &[
            "KENGETALLEN DOORNEMEN",
            "▸1. Open incidents  — Bram (Infra)",
        ],
    );
    room.opens(ENTER, &["Open incidents"]);
    room.types("2");
    room.press(ENTER, &["Kengetallen (1/1)"]);
    room.press("n", &["VOORTGANG", "▸1. Move to new office  — Chloë"]);
    room.press("-", &["– geen update", "▸2. Status page  — Eli"]);
    room.opens(ENTER, &["Status page"]);
    room.types("Live next week");
    room.press(
        ENTER,
        &["Live next week", "▸3. Printer replacement decided  — Chloë"],
    );
    room.press("-", &["Voortgang (3/3)"]);
    room.press("g", &["AGENDA"]);

    // Two items, Bram's and Chloë's.
    room.opens("a", &["Nieuw agendapunt"]);
    room.types("Printer");
    room.press(TAB, &[]);
    room.press(DOWN, &["eigenaar: ‹ Bram ›"]);
    room.press(ENTER, &["1. Printer  (eigenaar: Bram)"]);
    room.opens("a", &["Nieuw agendapunt"]);
    room.types("Nieuwe collega");
    room.press(TAB, &[]);
    room.press(DOWN, &[]);
    room.press(DOWN, &["eigenaar: ‹ Chloë ›"]);
    room.press(ENTER, &["2. Nieuwe collega  (eigenaar: Chloë)"]);

    // Triage of Bram's item: the owner's need, a request accepted with +,
    // a next action and a project.
    let owner = "Printer (eigenaar: Bram)";
    room.press(ENTER, &["TRIAGE", owner]);
    room.opens(ENTER, &["Wat heeft de eigenaar nodig?"]);
    room.types("Een printer die werkt");
    room.press(ENTER, &["Een printer die werkt", owner]);
    room.opens("a", &["Een verzoek aan een persoon of rol"]);
    room.press("\x1b[Z", &[]);
    room.press("\x1b[Z", &[]);
    room.press(DOWN, &[]);
    room.press(DOWN, &["Aan: ‹ Chloë ›"]);
    room.press(TAB, &[]);
    room.press(TAB, &[]);
    room.types("Bel de leverancier");
    room.press(ENTER, &["aan Chloë: Bel de leverancier  … wacht", owner]);
    room.press("+", &["aan Chloë: Bel de leverancier  ✓ toegezegd", owner]);
    room.opens("r", &["Uitkomst vastleggen", "Soort: ‹ volgende actie ›"]);
    room.types("Nieuwe printer bestellen");
    room.press(ENTER, &["Nieuwe printer bestellen", owner]);
    room.opens("r", &["Uitkomst vastleggen"]);
    room.press("\x1b[Z", &[]);
    room.press("\x1b[Z", &[]);
    room.press(DOWN, &["Soort: ‹ project ›"]);
    room.press(TAB, &[]);
    room.press(TAB, &[]);
    room.types("Printer vervangen");
    room.press(ENTER, &["Project — Bram: Printer vervangen", owner]);
    room.press(
        "n",
        &["Heb je wat je nodig hebt? “Printer” beëindigen als behoefte vervuld?"],
    );
    room.press(
        "j",
        &["AGENDA", "1. Printer  (eigenaar: Bram)  — behoefte vervuld"],
    );

    // Chloë's item: her need and a next action of her own.
    let owner = "Nieuwe collega (eigenaar: Chloë)";
    room.press(DOWN, &["▸· 2. Nieuwe collega"]);
    room.press(ENTER, &["TRIAGE", owner]);
    room.opens(ENTER, &["Wat heeft de eigenaar nodig?"]);
    room.types("Een laptop op dag een");
    room.press(ENTER, &["Een laptop op dag een", owner]);
    room.opens("r", &["Uitkomst vastleggen", "eigenaar: ‹ Chloë ›"]);
    room.types("Laptop bestellen");
    room.press(ENTER, &["Volgende actie — Chloë: Laptop bestellen", owner]);
    room.press(
        "n",
        &[
            "Heb je wat je nodig hebt? “Nieuwe collega” beëindigen als behoefte",
            "vervuld?",
        ],
    );
    room.press(
        "j",
        &[
            "AGENDA",
            "2. Nieuwe collega  (eigenaar: Chloë)  — behoefte vervuld",
        ],
    );

    // Closing round, close-out, closed.
    room.press("c", &["SLUITINGSRONDE", "NU: BRAM"]);
    room.opens(ENTER, &["Bram"]);
    room.types("Lekker kort");
    room.press(ENTER, &["NU: ANA"]);
    room.press("-", &["NU: DEWI"]);
    room.press("-", &["NU: CHLOË"]);
    room.press("-", &["Iedereen heeft een beurt gehad"]);
    room.press(ENTER, &["AFRONDING"]);
    room.press(
        ENTER,
        &[
            "De sessie sluiten? Daarna kan alleen ongedaan maken haar weer",
            "openen.",
        ],
    );
    room.press(
        "j",
        &[
            "Volgende acties en projecten per eigenaar",
            "Volgende actie: Nieuwe printer bestellen",
            "Project: Printer vervangen",
            "Volgende actie: Laptop bestellen",
        ],
    );
    room.press("q", &["Alles is al bewaard"]);
    room.press("j", &[]);
    assert!(room.term.wait_exit(), "leaves when asked");
    std::fs::remove_file(sessions.join(format!("{id}.json"))).expect("earlier meeting");
    let state = saved_state(dir.path());
    assert_eq!(state.phase, spanning::meeting::Phase::Closed);
    assert_eq!(state.outputs.len(), 3);
    let requests = &state.agenda[0].triage().requests;
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].accepted, Some(true), "accepted with +");
}
