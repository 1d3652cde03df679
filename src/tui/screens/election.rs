//! The steps of an election: describe the role and term, nominations
//! (only "✓ Ana has nominated" until all ballots are in), the nomination
//! sharing round with the ballots revealed, changed nominations, and the
//! facilitator's proposal with the count and the tie rule in sight. The
//! objection round and integration reuse their screens, with the candidate
//! and term in the proposal panel.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;

use super::View;
use super::item::header;
use super::rounds::split;
use crate::meeting::IdmStep;
use crate::meeting::election::Election;
use crate::meeting::state::{Item, MeetingState};
use crate::text::Words;
use crate::text::election::ElectionHeading;
use crate::text::tui::Label;
use crate::tui::theme::Theme;
use crate::tui::widgets::round_list;
use crate::tui::widgets::text_panel::{Panel, title};

/// The agenda line's label: elections are tagged, so the group sees why
/// they stand first.
pub fn agenda_label(item: &Item, words: &dyn Words) -> String {
    if item.is_election() {
        format!("⚑ {}: {}", words.election_tag(), item.label)
    } else {
        item.label.clone()
    }
}

/// Draws the current election step.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let Some(item) = state.active_item() else {
        return;
    };
    let Some(election) = item.election() else {
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    ratatui::widgets::Paragraph::new(header(view, item)).render(head, buf);
    let theme = &view.theme;
    let words = view.words;
    match item.step {
        Some(IdmStep::DescribeRole) => {
            role_panel(view, item, election, true).draw(buf, body, theme);
        }
        Some(IdmStep::Nominations) => {
            // The list is what matters here; the role stays in sight when
            // there is room for both.
            let ballots = if body.height >= 14 {
                let [role, ballots] = top_and_rest(body, 4);
                role_panel(view, item, election, false).draw(buf, role, theme);
                ballots
            } else {
                body
            };
            // The pointer is the facilitator's: the group's view (and a
            // replay or a follower, which show it) has no selection to show.
            let selected = (!view.presentation).then_some(view.selected);
            hidden_ballots(state, election, words, theme, selected).draw(buf, ballots, theme);
        }
        Some(IdmStep::NominationSharing) => {
            let Some(round) = state.current_round() else {
                return;
            };
            let [left, right] = split(body, round.order.len());
            round_list::draw(buf, left, round, state, view.now, words, theme);
            revealed(state, election, words, theme, None).draw(buf, right, theme);
        }
        Some(IdmStep::NominationChanges) => {
            let [left, right] = halves(body);
            revealed(state, election, words, theme, Some(view.selected)).draw(buf, left, theme);
            tally_panel(state, election, words, theme).draw(buf, right, theme);
        }
        _ => {
            let [left, right] = halves(body);
            tally_panel(state, election, words, theme).draw(buf, left, theme);
            candidacy_panel(view, item, false).draw(buf, right, theme);
        }
    }
}

fn top_and_rest(area: Rect, rows: u16) -> [Rect; 2] {
    Layout::vertical([
        Constraint::Length(rows.min(area.height / 2)),
        Constraint::Min(0),
    ])
    .areas(area)
}

/// Side by side when wide, stacked when narrow.
fn halves(area: Rect) -> [Rect; 2] {
    if area.width >= 110 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    }
}

/// The role description and the term.
fn role_panel(view: &View, item: &Item, election: &Election, focused: bool) -> Panel {
    let words = view.words;
    let theme = &view.theme;
    let opened = view.setup.opened_at;
    let mut lines = vec![match &election.description {
        Some(d) => Line::from(Span::styled(d.clone(), theme.proposal)),
        None => Line::from(Span::styled(words.label(Label::NotYet), theme.muted)),
    }];
    lines.push(Line::from(vec![
        Span::styled(
            format!("{}: ", words.election_heading(ElectionHeading::Term)),
            theme.heading,
        ),
        match &election.term {
            Some(t) => Span::styled(words.term(t, opened), theme.proposal),
            None => Span::styled(words.label(Label::NotYet), theme.muted),
        },
    ]));
    let name = format!(
        "{}: {}",
        words.election_heading(ElectionHeading::Role),
        item.label
    );
    let mut panel = Panel::new(title(&name, focused, theme), Text::from(lines)).counted(words);
    panel.highlight = focused;
    panel
}

/// Who has nominated, never whom: this is on the shared screen while the
/// ballots are still coming in. A pointer marks the selected voter, whose
/// ballot Enter opens (none without a selection).
fn hidden_ballots(
    state: &MeetingState,
    election: &Election,
    words: &'static dyn Words,
    theme: &Theme,
    selected: Option<usize>,
) -> Panel {
    let voters = election.voters(state);
    let needed = voters.len();
    let entered = voters
        .iter()
        .filter(|v| election.ballot_of(**v).is_some())
        .count();
    let selected = selected.map(|s| s.min(needed.saturating_sub(1)));
    let lines: Vec<Line> = voters
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let name = state.name(*v);
            let pointer = match selected {
                Some(s) if s == i => "▸ ",
                Some(_) => "  ",
                None => "",
            };
            let (text, style) = if election.ballot_of(*v).is_some() {
                (words.has_nominated(name), theme.ok)
            } else {
                (words.not_nominated(name), theme.muted)
            };
            Line::from(vec![
                Span::styled(pointer, theme.heading),
                Span::styled(text, style),
            ])
        })
        .collect();
    let name = format!(
        "{} — {}",
        words.election_heading(ElectionHeading::Ballots),
        if entered == needed {
            words.all_ballots_in(needed)
        } else {
            words.ballots_in(entered, needed)
        }
    );
    Panel::new(title(&name, true, theme), Text::from(lines)).counted(words)
}

/// The ballots as they stand, and the changes made.
fn revealed(
    state: &MeetingState,
    election: &Election,
    words: &'static dyn Words,
    theme: &Theme,
    selected: Option<usize>,
) -> Panel {
    let mut lines: Vec<Line> = election
        .ballots
        .iter()
        .enumerate()
        .map(|(i, b)| {
            // A pointer only where the selection means something (changes).
            let pointer = match selected {
                Some(s) if i == s.min(election.ballots.len().saturating_sub(1)) => "▸ ",
                Some(_) => "  ",
                None => "",
            };
            Line::from(Span::styled(
                format!(
                    "{pointer}{}",
                    words.ballot(state.name(b.voter), state.name(b.nominee))
                ),
                theme.heading,
            ))
        })
        .collect();
    if !election.changes.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            words.election_heading(ElectionHeading::Changes),
            theme.heading,
        )));
        for c in &election.changes {
            lines.push(Line::from(Span::styled(
                format!(
                    "  ↻ {}",
                    words.change(state.name(c.voter), state.name(c.from), state.name(c.to))
                ),
                theme.warn,
            )));
        }
    }
    Panel::new(
        title(
            words.election_heading(ElectionHeading::Ballots),
            false,
            theme,
        ),
        Text::from(lines),
    )
    .counted(words)
}

/// The count, leaders first, with the tie rule always in sight.
fn tally_panel(
    state: &MeetingState,
    election: &Election,
    words: &'static dyn Words,
    theme: &Theme,
) -> Panel {
    let leaders = election.leaders();
    let mut lines: Vec<Line> = election
        .tally()
        .into_iter()
        .map(|(p, n)| {
            let lead = leaders.contains(&p);
            Line::from(Span::styled(
                format!(
                    "{} {}",
                    if lead { "★" } else { " " },
                    words.tally(state.name(p), n)
                ),
                if lead { theme.current } else { theme.heading },
            ))
        })
        .collect();
    if leaders.len() > 1 {
        lines.push(Line::default());
        let names: Vec<String> = leaders.iter().map(|p| state.name(*p).to_owned()).collect();
        lines.push(Line::from(Span::styled(words.tie(&names), theme.warn)));
        // The rule only when it applies, as in the minutes (issue 15).
        lines.push(Line::from(Span::styled(words.tie_rule(), theme.muted)));
    }
    Panel::new(
        title(words.election_heading(ElectionHeading::Tally), false, theme),
        Text::from(lines),
    )
    .counted(words)
}

/// The election's proposal: the candidate and term in force, and that the
/// candidate is asked last. Used by the objection and integration screens.
pub fn candidacy_panel(view: &View, item: &Item, focused: bool) -> Panel {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let opened = view.setup.opened_at;
    let election = item.election();
    let candidacy = election.and_then(Election::candidacy);
    let name = match candidacy {
        Some(c) => format!(
            "{} {}",
            words.election_heading(ElectionHeading::Candidacies),
            words.version(c.version)
        ),
        None => words
            .election_heading(ElectionHeading::Candidacies)
            .to_owned(),
    };
    let mut lines = Vec::new();
    match candidacy {
        Some(c) => {
            // Candidate and term first: on a small screen the panel may
            // have one line, and the role is in the header already.
            let who = state.name(c.candidate);
            lines.push(Line::from(Span::styled(
                format!("{who} — {}", words.term(&c.term, opened)),
                theme.proposal,
            )));
            if c.tied.len() > 1 {
                let names: Vec<String> = c.tied.iter().map(|p| state.name(*p).to_owned()).collect();
                lines.push(Line::from(Span::styled(words.tie(&names), theme.warn)));
            }
            lines.push(Line::from(Span::styled(words.asked_last(who), theme.muted)));
        }
        None => lines.push(Line::from(Span::styled(
            words.label(Label::NotYet),
            theme.muted,
        ))),
    }
    let mut panel = Panel::new(title(&name, focused, theme), Text::from(lines)).counted(words);
    panel.highlight = focused;
    panel.scroll = view.scroll;
    panel
}

/// "Chen elected as Facilitator for 6 months (until ...)": the summary's
/// line for an adopted election.
pub fn elected_line(view: &View, item: &Item) -> Option<Line<'static>> {
    let elected = item.elected()?;
    let state = view.state;
    let term = view.words.term(&elected.term, view.setup.opened_at);
    Some(Line::from(Span::styled(
        format!(
            "    ★ {}",
            view.words
                .elected(state.name(elected.person), &elected.role, &term)
        ),
        view.theme.proposal,
    )))
}
