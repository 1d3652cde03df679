//! Indented lines keep their indent when they wrap on the shared screen:
//! the continuation of a proposal's text in the close-out summary, or of
//! a "⟳ review on …" line in the consent summary, starts under the first
//! row's text, not at the panel's edge where it would read as a new
//! paragraph. (How the indent shrinks on a very narrow panel is the
//! wrapping helper's own unit test: the screens need 60 columns.)

use crate::support::consent as consent_support;
use crate::support::tui as tui_support;

use consent_support::{Stage, app};
use spanning::text::Lang;
use tui_support::{closed, render};

/// The rows inside the panel's borders, from the row holding `first` on.
fn rows_from(screen: &str, first: &str) -> Vec<String> {
    let rows: Vec<String> = screen
        .lines()
        .map(|row| {
            let inner: String = row.chars().skip(1).collect();
            inner.trim_end_matches(['│', ' ']).to_owned()
        })
        .collect();
    let at = rows
        .iter()
        .position(|r| r.contains(first))
        .unwrap_or_else(|| panic!("no row with {first:?} in\n{screen}"));
    rows[at..].to_vec()
}

fn lead(row: &str) -> usize {
    row.chars().take_while(|c| *c == ' ').count()
}

#[test]
fn the_summary_keeps_the_proposal_indent_in_both_languages() {
    for lang in [Lang::En, Lang::Nl] {
        for (width, height) in [(80, 24), (60, 30), (160, 48)] {
            let screen = render(&mut closed(lang).app(), width, height);
            let rows = rows_from(&screen, "    The Release lead");
            // The proposal's rows: every one after the first starts four in.
            let proposal: Vec<&String> = rows.iter().skip(1).take_while(|r| lead(r) >= 4).collect();
            assert!(
                !proposal.is_empty(),
                "{lang:?} {width}x{height}: the proposal wraps\n{screen}"
            );
            for row in &proposal {
                assert_eq!(lead(row), 4, "{lang:?} {width}x{height}\n{screen}");
            }
            let text: String = std::iter::once(&rows[0])
                .chain(proposal.iter().copied())
                .map(|r| r.trim())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(
                text.ends_with("before it goes out."),
                "{lang:?} {width}x{height}: {text}\n{screen}"
            );
        }
    }
}

#[test]
fn the_consent_summary_hangs_a_review_line_under_its_text() {
    for lang in [Lang::En, Lang::Nl] {
        let screen = render(&mut app(lang, Stage::Closed), 80, 24);
        let rows = rows_from(&screen, "⟳ ");
        let first = &rows[0];
        let text_at = first.chars().position(|c| c == '⟳').expect("the mark") + 2;
        assert!(
            rows.len() > 1 && lead(&rows[1]) == text_at,
            "{lang:?}\n{screen}"
        );
    }
}
