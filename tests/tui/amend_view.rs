//! Amend and clarify shows what the proposer amends from (issue 15): the
//! reactions given, and the words changed from the version before, marked
//! as review marks them, at 80x24 and 160x48 in both languages.

use crate::support::tui as tui_support;

use spanning::text::Lang;
use spanning::text::tui::Label;
use tui_support::render;

#[test]
fn amend_and_clarify_shows_the_reactions_and_what_changed() {
    for lang in Lang::ALL {
        let words = lang.words();
        for (w, h) in [(80, 24), (160, 48)] {
            let mut app = tui_support::amend(lang).app();
            let screen = render(&mut app, w, h);
            let flat = screen.replace(['│', '\n'], " ");
            for wanted in [
                words.label(Label::ReactionsGiven),
                "Love it, long overdue",
                words.label(Label::ChangesFrom),
                "{+of at most five bullets",
                "[-short -]",
            ] {
                assert!(
                    flat.contains(wanted),
                    "{lang:?} {w}x{h}: {wanted}\n{screen}"
                );
            }
        }
    }
}
