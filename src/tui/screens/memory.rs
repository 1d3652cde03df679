//! What earlier meetings left this one, on screen: the action review
//! (the circle's open actions, each done / still open / dropped), the
//! items offered to the agenda (carried over, reviews due, terms ending;
//! drawn under the agenda), and the project board of a tactical meeting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};

use super::View;
use crate::meeting::EntryAnswer;
use crate::meeting::actions::{ActionStatus, ReviewedAction};
use crate::meeting::projects::ProjectState;
use crate::meeting::tactical::Entry;
use crate::text::capitalise;
use crate::tui::widgets::keep_in_view;
use crate::tui::widgets::text_panel::{Panel, title};

/// Draws the action review: each offered action with its owner, age and
/// answer, oldest first.
pub fn draw_actions(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let actions = &state.tactical.actions;
    let selected = view.selected.min(actions.len().saturating_sub(1));
    let answered = actions.iter().filter(|a| a.answer.is_some()).count();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, action) in actions.iter().enumerate() {
        let current = i == selected;
        let pointer = if current { "▸" } else { " " };
        let owner = owner_text(action, words);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{pointer}{}. {}", action.number, action.offered.text),
                if current {
                    theme.current
                } else {
                    theme.heading
                },
            ),
            Span::styled(
                format!(
                    "  — {owner}, {}",
                    words.action_since(action.offered.since.date_naive())
                ),
                theme.muted,
            ),
        ]));
        let answer = answer_span(action, "     ", view);
        lines.push(Line::from(answer));
    }
    if !actions.is_empty() {
        keep_in_view(&mut lines, selected * 2, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    let heading = format!(
        "{} ({answered}/{})",
        words.action_list_title(),
        actions.len()
    );
    Panel::new(title(&heading, true, theme), lines.into())
        .counted(words)
        .draw(buf, area, theme);
}

/// Whose an offered action is: the owner (or "no owner"), the role it was
/// taken on in, and whether it was an accepted request.
pub(super) fn owner_text(action: &ReviewedAction, words: &dyn crate::text::Words) -> String {
    let owner = action
        .offered
        .owner
        .clone()
        .unwrap_or_else(|| words.action_no_owner().to_owned());
    let mut owner = match &action.offered.role {
        Some(role) => format!("{owner} ({role})"),
        None => owner,
    };
    if action.offered.accepted {
        owner.push_str(&format!(", {}", words.accepted()));
    }
    owner
}

/// How the meeting answered an action (✓ done, … still open, ✗ dropped,
/// with its note), or that it was not answered, after `indent`.
fn answer_span(action: &ReviewedAction, indent: &str, view: &View) -> Span<'static> {
    let words = view.words;
    let theme = &view.theme;
    match &action.answer {
        Some(a) => {
            let mark = match a.status {
                ActionStatus::Done => "✓",
                ActionStatus::Open => "…",
                ActionStatus::Dropped => "✗",
            };
            let mut text = format!("{indent}{mark} {}", words.action_answer(a.status));
            if let Some(note) = &a.note {
                text.push_str(&format!(": {note}"));
            }
            Span::styled(
                text,
                if a.status == ActionStatus::Open {
                    theme.warn
                } else {
                    theme.ok
                },
            )
        }
        None => Span::styled(format!("{indent}{}", words.unanswered()), theme.muted),
    }
}

/// The action review as the summary of a closed tactical meeting shows
/// it: each offered action with its owner and answer (nothing when none
/// was offered), so the screen read out at the end agrees with the
/// minutes and `spanning actions`.
pub fn action_review_lines(view: &View) -> Vec<Line<'static>> {
    let actions = &view.state.tactical.actions;
    if actions.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::default(),
        Line::from(Span::styled(
            view.words.action_list_title().to_owned(),
            view.theme.heading,
        )),
    ];
    for action in actions {
        lines.push(Line::from(vec![
            Span::raw(format!("• {}", action.offered.text)),
            Span::styled(
                format!(" — {}  ", owner_text(action, view.words)),
                view.theme.muted,
            ),
            answer_span(action, "", view),
        ]));
    }
    lines
}

/// Rows the offers panel wants at `width` columns (0 when nothing is
/// offered): the agenda gives it that much, up to half its height.
pub fn offers_rows(view: &View, width: u16) -> u16 {
    if view.state.offers.is_empty() {
        return 0;
    }
    offers_panel(view).rows_needed(width)
}

fn offers_panel(view: &View) -> Panel {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let first_open = state.offers.iter().position(|o| o.is_open());
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, offer) in state.offers.iter().enumerate() {
        let marked = Some(i) == first_open;
        let pointer = if marked { "▸" } else { " " };
        let owner = offer
            .offered
            .owner
            .as_deref()
            .map_or_else(String::new, |o| format!(" ({o})"));
        let style = if marked {
            theme.current
        } else if offer.is_open() {
            theme.heading
        } else {
            theme.muted
        };
        lines.push(Line::from(vec![
            Span::styled(
                format!("{pointer}{}. {}{owner}", offer.number, offer.offered.label),
                style,
            ),
            Span::styled(
                format!(
                    "  — {}; {}",
                    words.offer_reason(&offer.offered.kind),
                    words.offer_answer(offer.answer)
                ),
                theme.muted,
            ),
        ]));
    }
    if first_open.is_some() && !view.presentation {
        lines.push(Line::from(Span::styled(
            words.offer_keys().to_owned(),
            theme.muted,
        )));
    }
    Panel::new(
        title(words.offers_heading(), first_open.is_some(), theme),
        Text::from(lines),
    )
    .counted(words)
}

/// Draws the items earlier meetings offer the agenda, the first one still
/// to decide marked: `+` takes it, `-` lets it go.
pub fn draw_offers(view: &View, buf: &mut Buffer, area: Rect) {
    offers_panel(view).draw(buf, area, &view.theme);
}

/// The progress list as a board: the projects grouped per owner (each
/// with its status) or per status (each with its owner), with the last
/// update given here or before. `b` cycles list → per owner → per status.
pub fn draw_board(view: &View, buf: &mut Buffer, area: Rect, per_owner: bool) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let entries = &state.tactical.progress;
    let owner_of = |e: &Entry| {
        e.owner
            .map(|p| state.name(p).to_owned())
            .or_else(|| e.former_owner.as_ref().map(|n| words.former_owner(n)))
            .unwrap_or_else(|| words.action_no_owner().to_owned())
    };
    let status_of = |e: &Entry| e.status.clone().unwrap_or(ProjectState::Current);
    let rank = |s: &ProjectState| match s {
        ProjectState::Current => 0,
        ProjectState::Waiting { .. } => 1,
        ProjectState::Done => 2,
        ProjectState::Dropped => 3,
    };
    let mut groups: Vec<(String, Vec<&Entry>)> = Vec::new();
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    if !per_owner {
        sorted.sort_by_key(|e| rank(&status_of(e)));
    }
    for e in sorted {
        let heading = if per_owner {
            owner_of(e)
        } else {
            match status_of(e) {
                ProjectState::Waiting { .. } => capitalise(words.project_states()[1])
                    .trim_end_matches(['…', ' '])
                    .to_owned(),
                s => capitalise(&words.project_state(&s)),
            }
        };
        match groups.iter_mut().find(|(h, _)| *h == heading) {
            Some((_, list)) => list.push(e),
            None => groups.push((heading, vec![e])),
        }
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (heading, list) in groups {
        lines.push(Line::from(Span::styled(heading, theme.title)));
        for e in list {
            let beside = match status_of(e) {
                s if per_owner => words.project_state(&s),
                s @ ProjectState::Waiting { .. } => {
                    format!("{} · {}", owner_of(e), words.project_state(&s))
                }
                _ => owner_of(e),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("  {}. {}", e.number, e.text), theme.heading),
                Span::styled(format!("  — {beside}"), theme.muted),
            ]));
            let update = match &e.answer {
                Some(EntryAnswer::Update { text }) => Some(text.clone()),
                _ => e
                    .previous
                    .as_ref()
                    .map(|p| words.last_update(&p.value, p.at.date_naive())),
            };
            if let Some(update) = update {
                lines.push(Line::from(Span::styled(
                    format!("     {update}"),
                    theme.muted,
                )));
            }
        }
    }
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            words
                .tactical_label(crate::text::tactical::TacticalLabel::EmptyList)
                .to_owned(),
            theme.muted,
        )));
    }
    let heading = format!(
        "{} · {}",
        words.board_title(per_owner),
        words.board_switch(per_owner)
    );
    Panel::new(title(&heading, true, theme), Text::from(lines))
        .counted(words)
        .draw(buf, area, theme);
}
