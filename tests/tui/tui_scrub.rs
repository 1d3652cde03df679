//! Session text is untrusted: whatever a hostile file holds, nothing that
//! reaches the terminal can carry a control, escape or bidi character.
//! (ratatui already drops such characters when it lays text out; `scrub`
//! guarantees it for every screen whatever a widget does, and turns what it
//! finds into a visible marker.)

use chrono::DateTime;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spanning::meeting::{
    Command, MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, Speech,
};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions, scrub};

fn forbidden(symbol: &str) -> bool {
    symbol.chars().any(|c| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn hostile_session_text_is_scrubbed_before_the_terminal() {
    let at = DateTime::parse_from_rfc3339("2026-11-22T14:05:00+01:00").expect("time");
    let setup = Setup {
        title: "Evil \u{202e}eltit\u{202c} \u{1b}[31mred".into(),
        circle: "c\u{2066}x\u{2069}".into(),
        lang: Lang::En,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: at,
        participants: vec![
            Participant::named("Ana\u{202e}"),
            Participant::named("Bram"),
        ],
        facilitator: PersonId(0),
        secretary: None,
        timebox_minutes: None,
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    };
    let mut session = Session::open(setup).expect("valid");
    session
        .execute(&Command::StartCheckIn, at)
        .expect("check-in");
    session
        .execute(
            &Command::Speak {
                person: None,
                speech: Speech::Said {
                    text: "hi \u{1b}]0;pwned\u{7} \u{202e}there".into(),
                },
            },
            at,
        )
        .expect("turn");
    let mut app = App::new(session, Box::new(NoPersist), &TuiOptions::default(), at);
    for (w, h) in [(80, 24), (160, 48)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        terminal
            .draw(|frame| {
                app.draw(frame);
                scrub(frame.buffer_mut());
            })
            .expect("draw");
        let buffer = terminal.backend().buffer();
        let bad: Vec<&str> = buffer
            .content
            .iter()
            .map(|c| c.symbol())
            .filter(|s| forbidden(s))
            .collect();
        assert!(bad.is_empty(), "{w}x{h}: {bad:?}");
        let screen: String = buffer.content.iter().map(|c| c.symbol()).collect();
        assert!(screen.contains("Evil"), "the rest of the title still shows");
    }
}

#[test]
fn scrub_marks_what_it_removes() {
    let mut buffer = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 3, 1));
    buffer[(0, 0)].set_symbol("a");
    buffer[(1, 0)].set_symbol("\u{202e}");
    buffer[(2, 0)].set_symbol("é");
    scrub(&mut buffer);
    let symbols: Vec<&str> = buffer.content.iter().map(|c| c.symbol()).collect();
    assert_eq!(symbols, ["a", "\u{fffd}", "é"]);
}
