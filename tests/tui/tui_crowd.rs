//! A meeting of twenty: the shared screen must still show whose turn it is.

use crate::support::tui as tui_support;

use spanning::meeting::Command;
use tui_support::{at, render, twenty};

#[test]
fn the_current_speaker_is_on_screen_in_a_round_of_twenty() {
    let mut s = twenty();
    s.run(Command::StartCheckIn);
    for _ in 0..17 {
        s.pass();
    }
    let mut app = s.app();
    app.tick(at(s.clock() + 5));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("▶ Person18"), "{screen}");
    assert!(screen.contains("earlier turns"), "{screen}");
    // Who comes after them is visible too.
    assert!(screen.contains("Person20"), "{screen}");
}

#[test]
fn long_wrapped_turns_never_push_the_current_speaker_out_of_sight() {
    let mut s = twenty();
    s.run(Command::StartCheckIn);
    for i in 0..17 {
        s.say(&format!(
            "{i}: {}",
            "a rather long check-in that wraps over lines ".repeat(3)
        ));
    }
    let mut app = s.app();
    for (w, h) in [(60, 16), (80, 24), (100, 30), (160, 48)] {
        let screen = render(&mut app, w, h);
        assert!(screen.contains("▶ Person18"), "{w}x{h}\n{screen}");
    }
}

#[test]
fn a_long_agenda_keeps_the_selected_item_in_sight_and_up_answers_at_once() {
    use ratatui::crossterm::event::KeyCode;
    use spanning::meeting::PersonId;
    let mut s = twenty();
    s.run(Command::StartCheckIn)
        .finish_round()
        .run(Command::OpenAgenda);
    for i in 0..20u32 {
        s.run(Command::AddItem {
            label: format!("Item {}", i + 1),
            owner: PersonId(i),
        });
    }
    let mut app = s.app();
    for _ in 0..40 {
        tui_support::key(&mut app, KeyCode::Down);
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("▸· 20. Item 20"), "{screen}");
    assert!(screen.contains("more above"), "{screen}");
    tui_support::key(&mut app, KeyCode::Up);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("▸· 19. Item 19"), "{screen}");
}

#[test]
fn many_questions_keep_the_selected_one_in_sight() {
    use ratatui::crossterm::event::KeyCode;
    use spanning::meeting::PersonId;
    let mut s = tui_support::present(spanning::text::Lang::En);
    s.run(Command::StateProposal {
        text: "Release notes for every release.".into(),
    })
    .run(Command::OpenClarifyingQuestions);
    for i in 1..=12u32 {
        s.run(Command::AskQuestion {
            asker: PersonId(i % 4),
            text: format!("Question number {i}?"),
        });
    }
    let mut app = s.app();
    for _ in 0..11 {
        tui_support::key(&mut app, KeyCode::Down);
    }
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = render(&mut app, w, h);
        assert!(screen.contains("Question number 12?"), "{w}x{h}\n{screen}");
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("more above"), "{screen}");
}

#[test]
fn everyone_of_twenty_finds_their_name_on_the_opening_screen() {
    let mut app = twenty().app();
    for (w, h) in [(80, 24), (160, 48)] {
        let screen = render(&mut app, w, h);
        for i in 1..=20 {
            assert!(
                screen.contains(&format!("Person{i:02}")),
                "{w}x{h}\n{screen}"
            );
        }
    }
}

#[test]
fn the_people_dialog_scrolls_to_the_selected_person_of_twenty() {
    use ratatui::crossterm::event::KeyCode;
    let mut s = twenty();
    s.run(Command::StartCheckIn);
    let mut app = s.app();
    tui_support::key(&mut app, KeyCode::Char('w'));
    for _ in 0..25 {
        tui_support::key(&mut app, KeyCode::Down);
    }
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("▶ Person20"), "{screen}");
    tui_support::key(&mut app, KeyCode::Char('f'));
    assert_eq!(
        app.session().state().facilitator,
        spanning::meeting::PersonId(19)
    );
}
