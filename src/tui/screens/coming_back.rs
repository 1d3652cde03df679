//! What comes back from earlier meetings, on the opening screen: the
//! open actions the action review will go through, the projects of the
//! progress review, the items offered to the agenda (carried over,
//! agreements due for review, terms ending) and the checklist and metrics,
//! each counted with who owns how many, and as many entries as the panel
//! has rows for ("… 3 more" where cut). Everything is read from what the
//! meeting was pre-filled with (its setup, folded into the state), so the
//! numbers are the ones the action review, the progress review and the
//! agenda show later; the folder is not read again.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};

use super::View;
use crate::meeting::offers::OfferKind;
use crate::meeting::projects::ProjectState;
use crate::meeting::tactical::Entry;
use crate::text::clip;
use crate::text::memory::BackKind;
use crate::tui::widgets::prose::wrap_line;
use crate::tui::widgets::text_panel::{Panel, title};

/// One kind of what comes back: its counted heading, who owns how many,
/// and its entries (text, and what is said beside it: owner, age).
struct Section {
    heading: String,
    owners: Option<String>,
    entries: Vec<(String, String)>,
}

/// "Bram 2, Ana 1": how many each owner has, in order of first mention.
fn per_owner(owners: impl IntoIterator<Item = String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for owner in owners {
        match counts.iter_mut().find(|(o, _)| *o == owner) {
            Some((_, n)) => *n += 1,
            None => counts.push((owner, 1)),
        }
    }
    (!counts.is_empty()).then(|| {
        counts
            .iter()
            // A no-break space: a wrapped line never parts a name from
            // its count.
            .map(|(o, n)| format!("{o}\u{a0}{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// What this meeting was pre-filled with, per kind; empty when nothing
/// comes back (a circle's first meeting, or nothing left open).
fn sections(view: &View) -> Vec<Section> {
    let state = view.state;
    let words = view.words;
    let mut out = Vec::new();
    let actions = &state.tactical.actions;
    if !actions.is_empty() {
        let accepted = actions.iter().filter(|a| a.offered.accepted).count();
        let owner = |a: &crate::meeting::actions::ReviewedAction| {
            a.offered
                .owner
                .clone()
                .unwrap_or_else(|| words.action_no_owner().to_owned())
        };
        out.push(Section {
            heading: words.coming_back(BackKind::Actions { accepted }, actions.len()),
            owners: per_owner(actions.iter().map(owner)),
            entries: actions
                .iter()
                .map(|a| (a.offered.text.clone(), super::memory::owner_text(a, words)))
                .collect(),
        });
    }
    let projects = &state.tactical.progress;
    if !projects.is_empty() {
        let owner = |e: &Entry| {
            e.owner
                .map(|p| state.name(p).to_owned())
                .or_else(|| e.former_owner.as_ref().map(|n| words.former_owner(n)))
                .unwrap_or_else(|| words.action_no_owner().to_owned())
        };
        out.push(Section {
            heading: words.coming_back(BackKind::Projects, projects.len()),
            owners: per_owner(projects.iter().map(owner)),
            entries: projects
                .iter()
                .map(|e| {
                    let beside = match &e.status {
                        Some(s @ ProjectState::Waiting { .. }) => {
                            format!("{}, {}", owner(e), words.project_state(s))
                        }
                        _ => owner(e),
                    };
                    (e.text.clone(), beside)
                })
                .collect(),
        });
    }
    for kind in [
        BackKind::Carried,
        BackKind::ReviewsDue,
        BackKind::TermsEnding,
    ] {
        let offers: Vec<_> = state
            .offers
            .iter()
            .filter(|o| match o.offered.kind {
                OfferKind::Carried { .. } => kind == BackKind::Carried,
                OfferKind::ReviewDue { .. } => kind == BackKind::ReviewsDue,
                OfferKind::TermEnds { .. } => kind == BackKind::TermsEnding,
            })
            .collect();
        if offers.is_empty() {
            continue;
        }
        let owner = |o: &crate::meeting::offers::Offer| match &o.offered.kind {
            OfferKind::TermEnds { person, .. } => Some(person.clone()),
            _ => o.offered.owner.clone(),
        };
        out.push(Section {
            heading: words.coming_back(kind, offers.len()),
            owners: per_owner(offers.iter().filter_map(|o| owner(o))),
            entries: offers
                .iter()
                .map(|o| {
                    let label = match (&o.offered.kind, &o.offered.owner) {
                        (OfferKind::TermEnds { .. }, _) | (_, None) => o.offered.label.clone(),
                        (_, Some(who)) => format!("{} ({who})", o.offered.label),
                    };
                    (label, words.offer_reason(&o.offered.kind))
                })
                .collect(),
        });
    }
    let (checklist, metrics) = (state.tactical.checklist.len(), state.tactical.metrics.len());
    if checklist + metrics > 0 {
        out.push(Section {
            heading: words.coming_back(BackKind::Lists { metrics }, checklist),
            owners: None,
            entries: Vec::new(),
        });
    }
    out
}

/// Whether anything comes back to this meeting.
pub fn any(view: &View) -> bool {
    !view.state.tactical.actions.is_empty()
        || !view.state.tactical.progress.is_empty()
        || !view.state.offers.is_empty()
        || !view.state.tactical.checklist.is_empty()
        || !view.state.tactical.metrics.is_empty()
}

/// A section's heading line: the count in its words, owners muted.
fn heading_line(section: &Section, view: &View) -> Line<'static> {
    let mut spans = vec![Span::styled(section.heading.clone(), view.theme.heading)];
    if let Some(owners) = &section.owners {
        spans.push(Span::styled(format!(" — {owners}"), view.theme.muted));
    }
    Line::from(spans)
}

/// One entry on one row of `width` columns: what is said beside it is
/// kept (who owns it, since when) and the text is cut to fit; when both
/// do not fit, what is beside keeps at least half the row, and all of it
/// when the text leaves room.
fn entry_line(text: &str, beside: &str, width: usize, muted: Style) -> Line<'static> {
    use unicode_width::UnicodeWidthStr;
    let text_width = text.width();
    let beside = format!(" — {beside}");
    let beside_room = (width / 2).max(width.saturating_sub(text_width + 4)).max(1);
    let beside = clip(&beside, beside_room);
    let room = width.saturating_sub(beside.as_str().width() + 4);
    Line::from(vec![
        Span::raw(format!("  • {}", clip(text, room.max(1)))),
        Span::styled(beside, muted),
    ])
}

/// The lines for an inner area of `rows` x `width`: every heading, then
/// entries shared out among the kinds one row each in turn (so every kind
/// shows its first entry before any shows a second), a kind cut short
/// ending on "… N more".
fn lines(view: &View, rows: usize, width: usize) -> Vec<Line<'static>> {
    let sections = sections(view);
    let headings: Vec<Line<'static>> = sections.iter().map(|s| heading_line(s, view)).collect();
    let heading_rows: usize = headings
        .iter()
        .map(|l| wrap_line(l, u16::try_from(width).unwrap_or(u16::MAX)).len())
        .sum();
    let mut left = rows.saturating_sub(heading_rows);
    let mut given = vec![0usize; sections.len()];
    while left > 0 {
        let before = left;
        for (i, s) in sections.iter().enumerate() {
            if left > 0 && given[i] < s.entries.len() {
                given[i] += 1;
                left -= 1;
            }
        }
        if left == before {
            break;
        }
    }
    let mut out = Vec::new();
    for ((section, heading), rows) in sections.iter().zip(headings).zip(given) {
        out.push(heading);
        let n = section.entries.len();
        let muted = view.theme.muted;
        match rows {
            r if r >= n => {
                for (text, beside) in &section.entries {
                    out.push(entry_line(text, beside, width, muted));
                }
            }
            0 => {}
            1 => {
                // No row for the "more" line: it goes beside the one shown.
                let (text, beside) = &section.entries[0];
                let beside = format!("{beside}  {}", view.words.more_items(n - 1));
                out.push(entry_line(text, &beside, width, muted));
            }
            r => {
                for (text, beside) in &section.entries[..r - 1] {
                    out.push(entry_line(text, beside, width, muted));
                }
                out.push(Line::from(Span::styled(
                    format!("    {}", view.words.more_items(n - (r - 1))),
                    muted,
                )));
            }
        }
    }
    out
}

/// Rows the panel wants at `width` columns with every entry shown,
/// borders included (0 when nothing comes back).
pub fn rows_needed(view: &View, width: u16) -> u16 {
    if !any(view) {
        return 0;
    }
    let inner = usize::from(width.saturating_sub(2));
    let all = lines(view, usize::MAX / 2, inner);
    let rows: usize = all
        .iter()
        .map(|l| wrap_line(l, width.saturating_sub(2)).len())
        .sum();
    u16::try_from(rows + 2).unwrap_or(u16::MAX)
}

/// Draws the panel into `area`.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let rows = usize::from(area.height.saturating_sub(2));
    let width = usize::from(area.width.saturating_sub(2));
    let text = Text::from(lines(view, rows, width));
    Panel::new(
        title(view.words.coming_back_title(), false, &view.theme),
        text,
    )
    .counted(view.words)
    .draw(buf, area, &view.theme);
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;

    #[test]
    fn a_short_entry_keeps_all_that_is_said_beside_it() {
        let beside = "4 keer doorgeschoven sinds 1 mei 2022";
        let row = |text: &str, width| {
            entry_line(text, beside, width, Style::new())
                .spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        };
        // 78 columns: "  • next time — 4 keer doorgeschoven sinds 1 mei 2022" fits whole.
        assert_eq!(row("next time", 78), format!("  • next time — {beside}"));
        // A long text is cut, what is beside it kept while it fits in
        // half the row.
        let long = row(&"word ".repeat(30), 90);
        assert!(long.ends_with(beside), "{long}");
        assert!(long.contains('…') && long.width() <= 90, "{long}");
        // Too narrow for both: each keeps its share, cut with "…".
        let narrow = row("next time", 30);
        assert!(narrow.width() <= 30 && narrow.contains('…'), "{narrow}");
    }

    #[test]
    fn owners_are_counted_in_order_of_first_mention_and_never_parted_from_their_count() {
        let owners = ["Bram", "Ana", "Bram"].map(str::to_owned);
        let said = per_owner(owners).expect("owners");
        assert_eq!(said, "Bram\u{a0}2, Ana\u{a0}1");
        let line = Line::from(format!("Action list: 5 open — Dewi\u{a0}1, {said}"));
        for width in 10..40 {
            for row in wrap_line(&line, width) {
                let text: String = row.spans.iter().map(|s| s.content.as_ref()).collect();
                assert!(
                    !text.trim_end().ends_with("Bram") && !text.trim_end().ends_with("Ana"),
                    "{width}: {text:?}"
                );
            }
        }
        assert_eq!(per_owner(Vec::new()), None);
    }
}
