//! The tactical meeting's screens: one list under review (checklist,
//! metrics or projects) with every answer beside its entry, and triage of
//! an item (the need, requests and their answers, the outputs so far, and
//! the time share). Replay draws them too, read-only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::View;
use crate::meeting::tactical::{Entry, RequestTo};
use crate::meeting::{MeetingState, views};
use crate::text::tactical::TacticalLabel;
use crate::text::tui::Label;
use crate::text::{Words, capitalise};
use crate::tui::theme::Theme;
use crate::tui::widgets::keep_in_view;
use crate::tui::widgets::text_panel::{Panel, or_placeholder, title};

/// Draws the list under review.
pub fn draw_review(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(list) = crate::meeting::TacticalList::of_phase(state.phase) else {
        return;
    };
    if list == crate::meeting::TacticalList::Progress && view.focus > 0 {
        return super::memory::draw_board(view, buf, area, view.focus == 1);
    }
    let entries = state.tactical.list(list);
    let selected = view.selected.min(entries.len().saturating_sub(1));
    let answered = entries.iter().filter(|e| e.answer.is_some()).count();
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let current = i == selected;
        let pointer = if current { "▸" } else { " " };
        let owner = owner_text(state, entry, words);
        lines.push(Line::from(vec![
            Span::styled(
                format!("{pointer}{}. {}", entry.number, entry.text),
                if current {
                    theme.current
                } else {
                    theme.heading
                },
            ),
            Span::styled(format!("  — {owner}"), theme.muted),
        ]));
        let answer = match &entry.answer {
            Some(a) => Span::styled(format!("     {}", words.entry_answer(a)), theme.ok),
            None => Span::styled(format!("     {}", words.unanswered()), theme.warn),
        };
        let mut answer_line = vec![answer];
        if let Some(status) = &entry.status {
            answer_line.push(Span::styled(
                format!("   [{}]", words.project_state(status)),
                theme.heading,
            ));
        }
        // A metric's earlier value beside the new one, so nobody types
        // "42 (last month 35)".
        if let Some(previous) = &entry.previous {
            answer_line.push(Span::styled(
                format!(
                    "   {}",
                    if list == crate::meeting::TacticalList::Progress {
                        words.last_update(&previous.value, previous.at.date_naive())
                    } else {
                        words.previous_value(&previous.value, previous.at.date_naive())
                    }
                ),
                theme.muted,
            ));
        }
        lines.push(Line::from(answer_line));
    }
    if entries.is_empty() {
        lines.push(Line::from(Span::styled(
            words.tactical_label(TacticalLabel::EmptyList),
            theme.muted,
        )));
    } else {
        keep_in_view(&mut lines, selected * 2, 1, area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    let heading = format!("{} ({answered}/{})", words.list_title(list), entries.len());
    Panel::new(title(&heading, true, theme), lines.into())
        .counted(words)
        .draw(buf, area, theme);
}

/// Draws triage of the active item.
pub fn draw_triage(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(item) = state.active_item() else {
        return;
    };
    let left = item
        .allowance_secs
        .map(|a| a - views::item_time_used(item, view.now).unwrap_or(0));
    let header = Line::from(vec![
        Span::styled(format!("{} ", item.label), theme.title),
        Span::styled(
            format!(
                "({}: {})  ",
                words.label(Label::Owner),
                state.name(item.owner)
            ),
            theme.heading,
        ),
        Span::styled(
            words.time_share(left),
            if left.is_some_and(|l| l <= 0) {
                theme.warn
            } else {
                theme.muted
            },
        ),
    ]);
    let outputs: Vec<_> = state
        .outputs
        .iter()
        .filter(|o| o.item == Some(item.id))
        .collect();
    let requests = &item.triage().requests;
    let need_rows = 4;
    let [head, need, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(need_rows),
        Constraint::Min(0),
    ])
    .areas(area);
    let [req_area, out_area] = if area.width >= 120 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(rest)
    } else {
        Layout::vertical([
            Constraint::Length((requests.len().max(1) as u16 + 2).min(rest.height / 2)),
            Constraint::Min(0),
        ])
        .areas(rest)
    };
    ratatui::widgets::Paragraph::new(header).render(head, buf);
    let mut need_panel = Panel::new(
        title(words.need(), true, theme),
        or_placeholder(
            item.triage().need.as_deref(),
            words.label(Label::NotYet),
            theme,
        ),
    )
    .counted(words);
    need_panel.highlight = true;
    need_panel.draw(buf, need, theme);

    let selected = view.selected.min(requests.len().saturating_sub(1));
    let mut lines: Vec<Line<'static>> = requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let current = i == selected;
            let to = request_target(state, &r.to);
            Line::from(vec![
                Span::styled(
                    format!(
                        "{}{}. {}: {}",
                        if current { "▸" } else { " " },
                        r.number,
                        words.request_to(&to),
                        r.text
                    ),
                    if current {
                        theme.current
                    } else {
                        theme.heading
                    },
                ),
                Span::styled(
                    format!("  {}", words.request_state(r.accepted)),
                    match r.accepted {
                        Some(true) => theme.ok,
                        Some(false) => theme.error,
                        None => theme.warn,
                    },
                ),
            ])
        })
        .collect();
    if requests.is_empty() {
        lines.push(Line::from(Span::styled(
            words.tactical_label(TacticalLabel::NoRequests),
            theme.muted,
        )));
    } else {
        keep_in_view(&mut lines, selected, 0, req_area, |n| {
            Line::from(Span::styled(words.more_above(n), theme.muted))
        });
    }
    Panel::new(title(words.requests(), false, theme), lines.into())
        .counted(words)
        .draw(buf, req_area, theme);

    let mut out_lines: Vec<Line<'static>> = outputs
        .iter()
        .map(|o| {
            Line::from(vec![
                Span::styled(
                    format!("• {}", capitalise(words.output_kind(o.kind))),
                    theme.heading,
                ),
                Span::styled(
                    format!(
                        " — {}: ",
                        owner_with_role(state, o.owner, o.role.as_deref(), words)
                    ),
                    theme.muted,
                ),
                Span::raw(o.text.clone()),
            ])
        })
        .collect();
    if out_lines.is_empty() {
        out_lines.push(Line::from(Span::styled(
            words.tactical_label(TacticalLabel::NoOutputs),
            theme.muted,
        )));
    }
    let height = usize::from(out_area.height.saturating_sub(2));
    if out_lines.len() > height && height > 0 {
        let drop = out_lines.len() - height + 1;
        out_lines.drain(..drop);
        out_lines.insert(
            0,
            Line::from(Span::styled(words.more_above(drop), theme.muted)),
        );
    }
    Panel::new(
        title(words.tactical_label(TacticalLabel::Outputs), false, theme),
        out_lines.into(),
    )
    .counted(words)
    .draw(buf, out_area, theme);
}

/// "Ana", "Ana (Finance)", "(Finance)" or "no owner", for outputs.
pub fn owner_with_role(
    state: &MeetingState,
    owner: Option<crate::meeting::PersonId>,
    role: Option<&str>,
    words: &dyn Words,
) -> String {
    match (owner, role) {
        (Some(p), Some(r)) => format!("{} ({r})", state.name(p)),
        (Some(p), None) => state.name(p).to_owned(),
        (None, Some(r)) => format!("({r})"),
        (None, None) => words.no_owner().to_owned(),
    }
}

/// A request's addressee: a person's name or the role.
pub fn request_target(state: &MeetingState, to: &RequestTo) -> String {
    match to {
        RequestTo::Person(p) => state.name(*p).to_owned(),
        RequestTo::Role(r) => r.clone(),
    }
}

/// Who an entry belongs to, as the screens show it: "Ana (Finance)".
pub fn owner_text(state: &MeetingState, entry: &Entry, words: &dyn Words) -> String {
    let person = entry
        .owner
        .map(|p| state.name(p).to_owned())
        .or_else(|| entry.former_owner.as_deref().map(|n| words.former_owner(n)));
    match (person, entry.role.as_deref()) {
        (Some(p), Some(r)) => format!("{p} ({r})"),
        (Some(p), None) => p,
        (None, Some(r)) => format!("({r})"),
        (None, None) => words.no_owner().to_owned(),
    }
}

/// Next actions and projects per owner (owner in bold, then their list),
/// then shared information: the closed tactical meeting's summary, and
/// review's session view.
pub fn per_owner_lines(
    state: &MeetingState,
    words: &dyn Words,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(Span::styled(words.per_owner(), theme.heading))];
    let groups = crate::meeting::tactical::outputs_per_owner(state);
    if groups.is_empty() {
        lines.push(Line::from(Span::styled(
            words.label(Label::NoOutputs),
            theme.muted,
        )));
    }
    for group in groups {
        let owner = match group.owner {
            Some(p) => state.name(p).to_owned(),
            None => words.no_owner().to_owned(),
        };
        lines.push(Line::from(Span::styled(format!("▸ {owner}"), theme.title)));
        for entry in group.entries() {
            let (kind, text, role) = match entry {
                crate::meeting::tactical::Owned::Output(o) => {
                    (words.output_kind(o.kind), &o.text, o.role.as_deref())
                }
                crate::meeting::tactical::Owned::Accepted(a) => {
                    (words.accepted_request(), &a.request.text, a.role)
                }
            };
            let role = role.map(|r| format!(" ({r})")).unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!("    • {}: ", capitalise(kind)), theme.muted),
                Span::raw(text.clone()),
                Span::styled(role, theme.muted),
            ]));
        }
    }
    let info: Vec<_> = state
        .outputs
        .iter()
        .filter(|o| o.kind == crate::meeting::OutputKind::Information)
        .collect();
    if !info.is_empty() {
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            words.shared_information(),
            theme.heading,
        )));
        for o in info {
            lines.push(Line::from(format!("• {}", o.text)));
        }
    }
    lines
}

/// The checklist, metrics and progress as answered, one line per entry,
/// for the summary and review's session view.
pub fn review_lines(state: &MeetingState, words: &dyn Words, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for list in crate::meeting::TacticalList::ALL {
        let entries = state.tactical.list(list);
        if entries.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            words.list_title(list),
            theme.heading,
        )));
        for e in entries {
            let answer = match &e.answer {
                Some(a) => Span::styled(words.entry_answer(a), theme.ok),
                None => Span::styled(words.unanswered().to_owned(), theme.warn),
            };
            lines.push(Line::from(vec![
                Span::raw(format!("• {}", e.text)),
                Span::styled(format!(" — {}  ", owner_text(state, e, words)), theme.muted),
                answer,
            ]));
        }
    }
    lines
}
