//! The consent rule set's screens: the driver beside the proposal, the
//! consent round with its tally, and resolving objections one by one.
//! They reuse the item header and proposal panel so a consent meeting
//! looks like the same app, only the words and the middle differ.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Paragraph};

use super::View;
use super::integration::objections;
use super::item::{header, proposal_panel};
use super::rounds::split;
use crate::meeting::consent::{self, ConsentAnswer};
use crate::meeting::state::{ConcernStatus, Item, Round};
use crate::meeting::{DriverPart, Event, IdmStep, MeetingState, Phase, RuleSet, views};
use crate::text::tui::Label;
use crate::tui::widgets::duration;
use crate::tui::widgets::prose::Prose;
use crate::tui::widgets::round_list;
use crate::tui::widgets::text_panel::{Panel, title};

/// Panels the driver screen's focus moves through: four driver parts, then
/// the proposal.
pub const DRIVER_PANELS: usize = 5;

/// The label of a driver part's panel.
pub fn part_label(part: DriverPart) -> Label {
    match part {
        DriverPart::Situation => Label::Situation,
        DriverPart::Effect => Label::Effect,
        DriverPart::Need => Label::Need,
        DriverPart::Impact => Label::Impact,
    }
}

/// Which driver-screen panel a replay shows focused after `event`: the
/// part just described, or the proposal; `None` outside the driver screen.
pub fn replay_focus(event: &Event, state: &MeetingState) -> Option<usize> {
    let presenting = state.active_rules() == RuleSet::Consent
        && matches!(
            state.phase,
            Phase::Item {
                step: IdmStep::PresentProposal,
                ..
            }
        );
    if !presenting {
        return None;
    }
    match event {
        Event::DriverDescribed { part, .. } => DriverPart::ALL.iter().position(|p| p == part),
        Event::ProposalStated { .. } => Some(DriverPart::ALL.len()),
        _ => Some(0),
    }
}

/// The driver as it was described, one line per part given, for the
/// steps where consent is judged against it (questions, the consent
/// round); `None` outside consent rules or before any part was given.
pub fn driver_summary(view: &View, item: &Item) -> Option<Panel> {
    if view.state.active_rules() != RuleSet::Consent || item.is_election() {
        return None;
    }
    let words = view.words;
    let theme = &view.theme;
    let lines: Vec<Line<'static>> = DriverPart::ALL
        .into_iter()
        .filter_map(|part| {
            let text = item.driver().part(part)?;
            Some(Line::from(vec![
                Span::styled(
                    format!("{}: ", words.label(part_label(part))),
                    theme.heading,
                ),
                Span::raw(text.to_owned()),
            ]))
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    Some(
        Panel::new(
            title(words.label(Label::Driver), false, theme),
            Text::from(lines),
        )
        .counted(words),
    )
}

/// The proposal under decision, with the driver above it under consent
/// rules: the proposal keeps up to three lines (five rows), the driver
/// gets as much as it needs of the rest, up to half the area.
pub fn proposal_with_driver(view: &View, item: &Item, focused: bool, buf: &mut Buffer, area: Rect) {
    let proposal = super::item::proposal_panel(view, item, focused);
    let keep = proposal.rows_needed(area.width).clamp(3, 5);
    match driver_summary(view, item) {
        Some(driver) if area.height >= keep + 3 => {
            let rows = driver
                .rows_needed(area.width)
                .min(area.height / 2)
                .max(3)
                .min(area.height - keep);
            let [top, bottom] =
                Layout::vertical([Constraint::Length(rows), Constraint::Min(3)]).areas(area);
            driver.draw(buf, top, &view.theme);
            proposal.draw(buf, bottom, &view.theme);
        }
        _ => proposal.draw(buf, area, &view.theme),
    }
}

/// Draws present-the-driver: the driver as four labelled lines (the
/// focused one marked ▶ and reversed), the proposal under it.
pub fn driver(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(item) = state.active_item() else {
        return;
    };
    // The proposer has the floor while describing the driver.
    let body = super::item::draw_head(view, item, buf, area);
    let mut lines = Vec::new();
    for (i, part) in DriverPart::ALL.into_iter().enumerate() {
        let focused = view.focus == i;
        let name = words.label(part_label(part));
        let heading = if focused {
            Span::styled(format!("▶ {name}:"), theme.current)
        } else {
            Span::styled(format!("  {name}:"), theme.heading)
        };
        let text = match item.driver().part(part) {
            Some(t) => Span::raw(format!(" {t}")),
            None => Span::styled(format!(" {}", words.label(Label::NotYet)), theme.muted),
        };
        lines.push(Line::from(vec![heading, text]));
    }
    // As tall as the wrapped driver needs, leaving the proposal three rows.
    let needed = rows_for(&lines, body.width) + 2;
    let rows = needed.clamp(6, body.height.saturating_sub(3).max(6));
    let [driver_area, proposal] =
        Layout::vertical([Constraint::Length(rows), Constraint::Min(3)]).areas(body);
    let focused = view.focus < DriverPart::ALL.len();
    let mut panel = Panel::new(
        title(words.label(Label::Driver), focused, theme),
        Text::from(lines),
    )
    .counted(words);
    panel.highlight = focused;
    panel.draw(buf, driver_area, theme);
    proposal_panel(view, item, view.focus == DriverPart::ALL.len()).draw(buf, proposal, theme);
}

/// "⟳ review on 2027-02-22: criteria" under an agreement adopted with
/// consent rules; nothing for other items.
pub fn review_line(
    item: &Item,
    words: &dyn crate::text::Words,
    theme: &crate::tui::theme::Theme,
) -> Option<Line<'static>> {
    let review = item.review()?;
    Some(Line::from(Span::styled(
        format!(
            "    ⟳ {} {}: {}",
            words.label(Label::ReviewOn),
            words.date(review.date),
            review.criteria.replace('\n', " ")
        ),
        theme.muted,
    )))
}

/// "⚠ review overdue: “label” — review 2027-02-22, 30 days overdue" for
/// each agreement of this session past its review date; the review's
/// session view puts them first.
pub fn overdue_lines(
    due: &[crate::record::DueAgreement],
    words: &dyn crate::text::Words,
    theme: &crate::tui::theme::Theme,
) -> Vec<Line<'static>> {
    due.iter()
        .map(|agreement| {
            let date = agreement.review_date.format("%Y-%m-%d").to_string();
            Line::from(vec![
                Span::styled(
                    format!("⚠ {}: ", words.label(Label::ReviewOverdue)),
                    theme.warn,
                ),
                Span::styled(
                    words.quoted(&crate::sanitize::for_terminal_line(&agreement.label)),
                    theme.heading,
                ),
                Span::styled(
                    format!(" — {}", words.review_overdue(&date, agreement.days_overdue)),
                    theme.warn,
                ),
            ])
        })
        .collect()
}

/// Rows these lines take when wrapped inside a bordered panel `width`
/// wide, over-estimated for wrapped lines the way `keep_in_view` counts
/// them, so a panel sized by it never scrolls its own content away.
fn rows_for(lines: &[Line], width: u16) -> u16 {
    let inner = usize::from(width.saturating_sub(2)).max(1);
    lines
        .iter()
        .map(|l| {
            let guess = match l.width() {
                w if w <= inner => 1,
                w => w.div_ceil(inner) as u16 + 1,
            };
            // A hanging indent can take a row more than the width says.
            let rows = crate::tui::widgets::prose::rows(l, width.saturating_sub(2));
            guess.max(u16::try_from(rows).unwrap_or(u16::MAX))
        })
        .sum()
}

/// Draws the consent round: each person's answer with ✓ consent, ◆ concern,
/// ✗ objection; whose turn it is reversed and marked ▶; the tally on top.
pub fn round(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let Some(item) = state.active_item() else {
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    Paragraph::new(header(view, item)).render(head, buf);
    let Some(round) = state.current_round() else {
        return;
    };
    let [left, right] = if body.width >= 110 {
        split(body, round.order.len())
    } else {
        // Stacked: the round as tall as its wrapped answers need (head and
        // borders included), leaving the proposal under decision up to three
        // lines (it says on its border when there is more).
        let needed = rows_for(&person_lines(view, item, round), body.width) + 4;
        let mut proposal_rows = proposal_panel(view, item, false)
            .rows_needed(body.width)
            .clamp(3, 5);
        // Consent is judged against the driver: it keeps a few rows too.
        if let Some(driver) = driver_summary(view, item) {
            proposal_rows += driver.rows_needed(body.width).clamp(3, 4);
        }
        let rows = needed.min(body.height.saturating_sub(proposal_rows)).max(5);
        Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(body)
    };
    round_list(view, buf, left, item);
    let notes = logged(view, item);
    // The logged concerns get what the proposal (three rows at least) leaves,
    // up to half; with less than three rows they would show nothing, and
    // this round's concerns are in the round list anyway.
    // The proposal keeps three rows, six with the driver above it.
    let top = if driver_summary(view, item).is_some() {
        proposal_panel(view, item, false)
            .rows_needed(right.width)
            .clamp(3, 5)
            + 3
    } else {
        3
    };
    let room = right.height.saturating_sub(top).min(right.height / 2);
    let wanted = rows_for(&notes, right.width) + 2;
    if notes.is_empty() || room < 3 {
        proposal_with_driver(view, item, false, buf, right);
    } else {
        let [proposal, logged_area] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(wanted.min(room))])
                .areas(right);
        proposal_with_driver(view, item, false, buf, proposal);
        Panel::new(
            title(view.words.label(Label::LoggedConcerns), false, &view.theme),
            notes.into(),
        )
        .counted(view.words)
        .draw(buf, logged_area, &view.theme);
    }
}

fn round_list(view: &View, buf: &mut Buffer, area: Rect, item: &Item) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(round) = state.current_round() else {
        return;
    };
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(area);
    let (consents, concerns, objections) = consent::tally(item, round.number);
    let waiting = round.waiting().len();
    let tally = format!(
        "✓{consents} {}  ◆{concerns} {}  ✗{objections} {}  …{waiting} {}",
        words.label(Label::Consent),
        words.label(Label::Concern),
        words.label(Label::Objection).to_lowercase(),
        words.label(Label::Waiting),
    );
    let headline = match round.current() {
        Some(p) => {
            let used = views::floor_secs(state, round, view.now);
            Line::from(vec![
                Span::styled(
                    format!(
                        " ▶ {}: {} ",
                        words.label(Label::Now),
                        state.name(p).to_uppercase()
                    ),
                    theme.current,
                ),
                Span::raw(format!(" {}", duration(used))),
            ])
        }
        None => Line::from(Span::styled(words.label(Label::RoundComplete), theme.ok)),
    };
    let mut heading = Line::from(vec![
        Span::styled(words.round(round.kind).to_uppercase(), theme.heading),
        Span::styled(format!("  {tally}"), theme.muted),
    ]);
    if heading.width() > usize::from(area.width) {
        // Narrow: the tally as marks and numbers only, so the heading keeps
        // one row and whose turn it is stays in sight below it.
        heading = Line::from(vec![
            Span::styled(words.round(round.kind).to_uppercase(), theme.heading),
            Span::styled(
                format!("  ✓{consents} ◆{concerns} ✗{objections} …{waiting}"),
                theme.muted,
            ),
        ]);
    }
    Prose::new(vec![heading, headline]).render(head, buf);
    let current = round.current();
    let mut lines = person_lines(view, item, round);
    if let Some(index) = current.and_then(|c| round.order.iter().position(|p| *p == c)) {
        crate::tui::widgets::keep_in_view(&mut lines, index, 2, list, |n| {
            Line::from(Span::styled(words.earlier_turns(n), theme.muted))
        });
    }
    Prose::new(lines)
        .block(Block::bordered().border_style(theme.border))
        .render(list, buf);
}

/// One line per person in speaking order: ✓ consent, ◆ concern (or an
/// objection taken as one), ✗ objection, ⤼ skipped, ▶ whose turn it is.
fn person_lines(view: &View, item: &Item, round: &Round) -> Vec<Line<'static>> {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let current = round.current();
    let mut lines = Vec::new();
    for person in &round.order {
        let name = state.name(*person).to_owned();
        let given = consent::round_turns(item, round.number).find(|t| t.person == *person);
        let away = round_list::absent_marker(state, round, *person, words, theme);
        let line = if Some(*person) == current {
            Line::from(
                [Span::styled(format!("▶ {name}"), theme.current)]
                    .into_iter()
                    .chain(away)
                    .collect::<Vec<_>>(),
            )
        } else if let Some(t) = given {
            match &t.answer {
                ConsentAnswer::Consent => Line::from(vec![
                    Span::styled("✓ ", theme.ok),
                    Span::raw(name),
                    Span::styled(format!(": {}", words.label(Label::Consent)), theme.muted),
                ]),
                ConsentAnswer::Concern { text } => Line::from(vec![
                    Span::styled("◆ ", theme.warn),
                    Span::styled(name, theme.heading),
                    Span::styled(format!(" ({})", words.label(Label::Concern)), theme.warn),
                    Span::raw(format!(": {text}")),
                ]),
                ConsentAnswer::Objection { text } if consent::requalified(item, t).is_some() => {
                    Line::from(vec![
                        Span::styled("◆ ", theme.warn),
                        Span::styled(name, theme.heading),
                        Span::styled(
                            format!(
                                " ({} {} → {})",
                                words.label(Label::Objection).to_lowercase(),
                                t.objection.unwrap_or_default(),
                                words.label(Label::Concern)
                            ),
                            theme.warn,
                        ),
                        Span::raw(format!(": {text}")),
                    ])
                }
                ConsentAnswer::Objection { text } => Line::from(vec![
                    Span::styled("✗ ", theme.error),
                    Span::styled(name, theme.heading),
                    Span::styled(
                        format!(
                            " ({} {})",
                            words.label(Label::Objection),
                            t.objection.unwrap_or_default()
                        ),
                        theme.error,
                    ),
                    Span::raw(format!(": {text}")),
                ]),
            }
        } else {
            match round.turn_of(*person) {
                Some(t) => match &t.outcome {
                    crate::meeting::state::TurnOutcome::Skipped { reason } => Line::from(vec![
                        Span::styled("⤼ ", theme.muted),
                        Span::raw(name),
                        Span::styled(format!(": {} ({reason})", words.skipped()), theme.muted),
                    ]),
                    _ => Line::from(Span::raw(format!("  {name}"))),
                },
                None => Line::from(
                    [Span::raw(format!("  {name}"))]
                        .into_iter()
                        .chain(away)
                        .collect::<Vec<_>>(),
                ),
            }
        };
        lines.push(line);
    }
    lines
        .iter_mut()
        .for_each(crate::tui::widgets::text_panel::flat_line);
    lines
}

/// Concerns logged on this item so far (every consent round, objections
/// taken as concerns included), newest first: a short panel keeps the
/// latest in sight.
fn logged(view: &View, item: &Item) -> Vec<Line<'static>> {
    let state = view.state;
    item.consent_turns()
        .iter()
        .rev()
        .filter_map(|t| match &t.answer {
            ConsentAnswer::Objection { text } if consent::requalified(item, t).is_some() => {
                Some(Line::from(vec![
                    Span::styled("◆ ", view.theme.warn),
                    Span::styled(
                        format!(
                            "{} ({}): ",
                            state.name(t.person),
                            view.words.version(t.version)
                        ),
                        view.theme.heading,
                    ),
                    Span::raw(text.clone()),
                ]))
            }
            ConsentAnswer::Concern { text } => Some(Line::from(vec![
                Span::styled("◆ ", view.theme.warn),
                Span::styled(
                    format!(
                        "{} ({}): ",
                        state.name(t.person),
                        view.words.version(t.version)
                    ),
                    view.theme.heading,
                ),
                Span::raw(text.clone()),
            ])),
            _ => None,
        })
        .collect()
}

/// Draws resolving objections: the proposal, then each objection with
/// whether its objector confirmed it resolved.
pub fn resolve(view: &View, buf: &mut Buffer, area: Rect) {
    let state = view.state;
    let words = view.words;
    let theme = &view.theme;
    let Some(item) = state.active_item() else {
        return;
    };
    let body = super::item::draw_head(view, item, buf, area);
    let list = objections(state);
    let selected = view.selected.min(list.len().saturating_sub(1));
    let mut lines = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let (style, pointer) = if i == selected {
            (theme.current, "▸ ")
        } else {
            (theme.heading, "  ")
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{pointer}{}",
                words.concern_line(c.number, state.name(c.objector), &c.text)
            ),
            style,
        )));
        let status = match c.status() {
            ConcernStatus::Integrated { version } => Span::styled(
                format!(
                    "    {} ({})",
                    words.label(Label::Resolved),
                    words.version(version)
                ),
                theme.ok,
            ),
            _ => Span::styled(
                format!(
                    "    ✗ {} ({})",
                    words.label(Label::NotResolved),
                    words.version(c.against_version)
                ),
                theme.warn,
            ),
        };
        lines.push(Line::from(status));
    }
    // As tall as the wrapped objections need, up to two thirds of the body.
    let rows = (rows_for(&lines, body.width) + 2).clamp(4, (body.height * 2 / 3).max(4));
    let [proposal, objections_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(rows)]).areas(body);
    proposal_panel(view, item, false).draw(buf, proposal, theme);
    if selected > 0 {
        crate::tui::widgets::keep_in_view(&mut lines, 2 * selected, 1, objections_area, |n| {
            Line::from(Span::styled(words.more_above(n.div_ceil(2)), theme.muted))
        });
    }
    Panel::new(
        title(words.label(Label::Objections), false, theme),
        lines.into(),
    )
    .counted(words)
    .draw(buf, objections_area, theme);
}
