//! The steps of one item that are not rounds: present proposal, clarifying
//! questions, amend and clarify. The tension, example and proposal stay
//! large and central; the proposal versions read v1 → v2 → v3 with the
//! current one highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;

use super::View;
use crate::meeting::state::{Item, ProposalVersion, TurnOutcome};
use crate::meeting::{IdmStep, RoundKind};
use crate::review::SpanKind;
use crate::text::Words;
use crate::text::tui::Label;
use crate::tui::theme::Theme;
use crate::tui::widgets::text_panel::{Panel, or_placeholder, title};

/// "v1 → v2 → v3" with the current version marked and reversed.
pub fn versions_line(item: &Item, words: &dyn Words, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let count = item.versions().len();
    for (i, v) in item.versions().iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" → ", theme.muted));
        }
        if i + 1 == count {
            spans.push(Span::styled(
                format!("▶{}", words.version(v.number)),
                theme.current,
            ));
        } else {
            spans.push(Span::styled(words.version(v.number), theme.muted));
        }
    }
    spans
}

/// The item's headline: label, proposer and the versions.
pub fn header(view: &View, item: &Item) -> Line<'static> {
    let state = view.state;
    let theme = &view.theme;
    let mut spans = vec![
        Span::styled(
            format!("{} ", super::election::agenda_label(item, view.words)),
            theme.title,
        ),
        Span::styled(
            format!(
                "({}: {})  ",
                view.words.label(Label::Owner),
                state.name(item.owner)
            ),
            theme.heading,
        ),
    ];
    spans.extend(versions_line(item, view.words, theme));
    Line::from(spans)
}

/// "▶ speaking: Bram" for whoever has the floor in a step that is not a
/// round (rounds say "NOW: X" in their own headline), if anyone does.
pub fn speaking(view: &View) -> Option<Span<'static>> {
    let people = crate::meeting::views::floor_holders(view.state);
    if people.is_empty() {
        return None;
    }
    let names: Vec<&str> = people.iter().map(|p| view.state.name(*p)).collect();
    Some(Span::styled(
        format!(
            " ▶ {}: {} ",
            view.words.label(Label::Speaking),
            names.join(" & ")
        ),
        view.theme.current,
    ))
}

/// Draws the item's headline and who is speaking: on one row when both
/// fit, the speaker on a row of its own below when they do not, so a long
/// headline never pushes the name off the screen. Returns the area left
/// below.
pub fn draw_head(view: &View, item: &Item, buf: &mut Buffer, area: Rect) -> Rect {
    let head = header(view, item);
    let Some(speaker) = speaking(view) else {
        let [row, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        ratatui::widgets::Paragraph::new(head).render(row, buf);
        return rest;
    };
    let fits = head.width() + 2 + speaker.width() <= usize::from(area.width);
    let [row, second, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(!fits)),
        Constraint::Min(0),
    ])
    .areas(area);
    if fits {
        let mut spans = head.spans;
        spans.push(Span::raw("  "));
        spans.push(speaker);
        ratatui::widgets::Paragraph::new(Line::from(spans)).render(row, buf);
    } else {
        ratatui::widgets::Paragraph::new(head).render(row, buf);
        ratatui::widgets::Paragraph::new(Line::from(speaker)).render(second, buf);
    }
    rest
}

/// The current proposal, bold, with its version in the title.
pub fn proposal_panel(view: &View, item: &Item, focused: bool) -> Panel {
    if item.is_election() {
        return super::election::candidacy_panel(view, item, focused);
    }
    let words = view.words;
    let theme = &view.theme;
    let name = match item.current_version() {
        Some(v) => format!(
            "{} {}",
            words.label(Label::Proposal),
            words.version(v.number)
        ),
        None => words.label(Label::Proposal).to_owned(),
    };
    let text = match item.current_version() {
        Some(v) => {
            let mut text = Text::from(v.text.clone());
            push_parts(&mut text, view, v);
            text
        }
        None if item.help_requested() => {
            Text::from(Span::styled(words.label(Label::HelpRequested), theme.warn))
        }
        None => Text::from(Span::styled(words.label(Label::NotYet), theme.muted)),
    };
    let mut panel = Panel::new(title(&name, focused, theme), text).counted(words);
    panel.style = theme.proposal;
    panel.highlight = focused;
    panel.scroll = view.scroll;
    panel
}

/// The version's parts under its text, as before → after against the
/// record: the panel's scroll and "N more lines" cover both. Nothing for a
/// version without parts.
fn push_parts(text: &mut Text<'static>, view: &View, version: &ProposalVersion) {
    if version.parts.is_empty() {
        return;
    }
    let words = view.words;
    text.push_line(Line::default());
    text.push_line(Line::from(Span::styled(
        format!("{}:", words.diff_title()),
        view.theme.heading,
    )));
    for line in super::diff::lines(&version.parts, view.governance, words, &view.theme) {
        text.push_line(line);
    }
}

/// Draws present proposal, clarifying questions or amend and clarify.
pub fn draw(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let Some(item) = state.active_item() else {
        return;
    };
    let body = draw_head(view, item, buf, area);
    match item.step {
        Some(IdmStep::ClarifyingQuestions) => questions(view, buf, body, item),
        Some(IdmStep::AmendAndClarify) => amend(view, buf, body, item),
        _ => present(view, buf, body, item),
    }
}

fn present(view: &View, buf: &mut Buffer, area: Rect, item: &Item) {
    let words = view.words;
    let theme = &view.theme;
    let small = area.height < 20;
    let side = if small { 4 } else { area.height / 4 };
    let [tension, example, proposal] = Layout::vertical([
        Constraint::Length(side),
        Constraint::Length(side),
        Constraint::Min(3),
    ])
    .areas(area);
    let placeholder = words.label(Label::NotYet);
    let mut t = Panel::new(
        title(words.label(Label::Tension), view.focus == 0, theme),
        or_placeholder(item.tension(), placeholder, theme),
    )
    .counted(words);
    t.highlight = view.focus == 0;
    t.draw(buf, tension, theme);
    let mut e = Panel::new(
        title(words.label(Label::Example), view.focus == 1, theme),
        or_placeholder(item.example(), placeholder, theme),
    )
    .counted(words);
    e.highlight = view.focus == 1;
    e.draw(buf, example, theme);
    proposal_panel(view, item, view.focus == 2).draw(buf, proposal, theme);
}

fn questions(view: &View, buf: &mut Buffer, area: Rect, item: &Item) {
    let words = view.words;
    let theme = &view.theme;
    let state = view.state;
    let [proposal, list] =
        Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area);
    super::consent::proposal_with_driver(view, item, false, buf, proposal);
    let mut lines = Vec::new();
    if item.questions().is_empty() {
        lines.push(Line::from(Span::styled(
            words.label(Label::NoQuestions),
            theme.muted,
        )));
    }
    let selected = view.selected.min(item.questions().len().saturating_sub(1));
    for (i, q) in item.questions().iter().enumerate() {
        let mark = if q.ruled_out.is_some() {
            "✗"
        } else if q.answer.is_some() {
            "✓"
        } else {
            "?"
        };
        let (style, pointer) = if i == selected {
            (theme.current, "▸")
        } else {
            (theme.heading, " ")
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{pointer}{mark} {}. {}: {}",
                q.number,
                state.name(q.asker),
                q.text
            ),
            style,
        )));
        let answer = match (&q.answer, &q.ruled_out) {
            (_, Some(reason)) => Span::styled(
                format!("    {}: {reason}", words.label(Label::RuledOut)),
                theme.muted,
            ),
            (Some(Some(a)), None) => Span::raw(format!("    → {a}")),
            (Some(None), None) => Span::styled(
                format!("    → {}", words.label(Label::NotSpecified)),
                theme.muted,
            ),
            (None, None) => Span::styled(
                format!("    … {}", words.label(Label::Unanswered)),
                theme.warn,
            ),
        };
        lines.push(Line::from(answer));
    }
    if !item.questions().is_empty() {
        // Two lines per question: the selected one and its answer stay in sight.
        crate::tui::widgets::keep_in_view(&mut lines, 2 * selected, 1, list, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    Panel::new(
        title(words.label(Label::Questions), false, theme),
        lines.into(),
    )
    .counted(words)
    .draw(buf, list, theme);
}

fn amend(view: &View, buf: &mut Buffer, area: Rect, item: &Item) {
    let words = view.words;
    let theme = &view.theme;
    let reactions = reaction_lines(view, item);
    let rows = (item.clarifications().len() as u16 + 2)
        .min(area.height / 3)
        .max(3);
    // The reactions given stay in sight while the proposer amends: as tall
    // as they need, up to a third of the screen.
    let reaction_rows = if reactions.is_empty() {
        0
    } else {
        let panel = Panel::new(Line::default(), reactions.clone().into());
        panel.rows_needed(area.width).min(area.height / 3).max(3)
    };
    let [proposal, reactions_area, clarifications] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(reaction_rows),
        Constraint::Length(rows),
    ])
    .areas(area);
    changes_panel(view, item).draw(buf, proposal, theme);
    if !reactions.is_empty() {
        Panel::new(
            title(words.label(Label::ReactionsGiven), false, theme),
            reactions.into(),
        )
        .counted(words)
        .draw(buf, reactions_area, theme);
    }
    let lines: Vec<Line> = item
        .clarifications()
        .iter()
        .map(|c| Line::from(format!("• {c}")))
        .collect();
    Panel::new(
        title(words.label(Label::Clarifications), false, theme),
        lines.into(),
    )
    .counted(words)
    .draw(buf, clarifications, theme);
}

/// What each person said in the item's last reaction round.
fn reaction_lines(view: &View, item: &Item) -> Vec<Line<'static>> {
    let state = view.state;
    let round = state.rounds.iter().rev().find(|r| {
        r.item == Some(item.id) && matches!(r.kind, RoundKind::Reaction | RoundKind::QuickReaction)
    });
    round
        .map(|r| {
            r.turns
                .iter()
                .filter_map(|t| match &t.outcome {
                    TurnOutcome::Said { text } => Some(Line::from(vec![
                        Span::styled(format!("{}: ", state.name(t.person)), view.theme.heading),
                        Span::raw(text.clone()),
                    ])),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The proposal while amending: once amended, what changed from the
/// version before is marked the way review marks it ({+added+},
/// [-removed-], in colour where there is colour).
fn changes_panel(view: &View, item: &Item) -> Panel {
    let words = view.words;
    let theme = &view.theme;
    let versions = item.versions();
    let (Some(new), Some(old)) = (versions.last(), versions.iter().rev().nth(1)) else {
        return proposal_panel(view, item, true);
    };
    if item.is_election() {
        return proposal_panel(view, item, true);
    }
    let name = format!(
        "{} {} · {} {}",
        words.label(Label::Proposal),
        words.version(new.number),
        words.label(Label::ChangesFrom),
        words.version(old.number)
    );
    let spans: Vec<Span<'static>> = crate::review::story::word_diff(&old.text, &new.text)
        .into_iter()
        .map(|s| {
            let (open, close) = s.kind.marks();
            let style = match s.kind {
                SpanKind::Same => theme.proposal,
                SpanKind::Added => theme.ok.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                SpanKind::Removed => theme.warn.add_modifier(Modifier::CROSSED_OUT),
            };
            Span::styled(format!("{open}{}{close}", s.text), style)
        })
        .collect();
    let mut text: Text<'static> = spans_to_lines(spans).into();
    // An amendment keeps its parts: they stay in sight under the marked
    // text, as on every other step that shows the proposal.
    push_parts(&mut text, view, new);
    let mut panel = Panel::new(title(&name, true, theme), text).counted(words);
    panel.style = theme.proposal;
    panel.highlight = true;
    panel.scroll = view.scroll;
    panel
}

/// Spans split into lines at the newlines inside them.
fn spans_to_lines(spans: Vec<Span<'static>>) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    for span in spans {
        let mut parts = span.content.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty()
                && let Some(line) = lines.last_mut()
            {
                line.spans.push(Span::styled(part.to_owned(), span.style));
            }
            if parts.peek().is_some() {
                lines.push(Line::default());
            }
        }
    }
    lines
}
