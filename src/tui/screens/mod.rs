//! Screens: one module per meeting phase or step, all drawn inside the same
//! persistent frame (title, phase bar, clock, prompt, status, keys). Which
//! screen shows is derived from the session alone, so a resumed session
//! opens on exactly the screen it stopped on.

pub mod agenda;
pub mod closeout;
pub mod coming_back;
pub mod consent;
pub mod dialogs;
pub mod diff;
pub mod election;
pub mod home;
pub mod integration;
pub mod item;
pub mod memory;
pub mod objection_test;
pub mod objections;
pub mod opening;
pub mod rounds;
pub mod setup;
pub mod summary;
pub mod tactical;

use chrono::{DateTime, FixedOffset};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::keys::{self, Screen};
use super::theme::Theme;
use super::widgets::{clock, phase_bar};
use crate::meeting::{IdmStep, MeetingState, Phase, RuleSet, Setup};
use crate::text::Words;
use crate::text::tactical::TacticalPrompt;
use crate::text::tui::{Label, Prompt};
use crate::tui::widgets::prose::Prose;

/// The smallest terminal the meeting screen works in.
pub const MIN_WIDTH: u16 = 60;
/// The smallest terminal height the meeting screen works in.
pub const MIN_HEIGHT: u16 = 16;

/// Which screen (and key table) the meeting's phase calls for.
pub fn screen_of(state: &MeetingState) -> Screen {
    match state.phase {
        Phase::Opening => Screen::Opening,
        Phase::CheckIn | Phase::Closing => Screen::Round,
        Phase::Agenda => Screen::Agenda,
        Phase::Item { step, .. } => match step {
            IdmStep::PresentProposal if state.active_rules() == RuleSet::Consent => Screen::Driver,
            IdmStep::PresentProposal => Screen::Present,
            IdmStep::ClarifyingQuestions => Screen::Questions,
            IdmStep::ReactionRound => Screen::Round,
            IdmStep::AmendAndClarify => Screen::Amend,
            IdmStep::ObjectionRound => Screen::Objections,
            IdmStep::Integration => Screen::Integration,
            IdmStep::ConsentRound => Screen::Consent,
            IdmStep::ResolveObjections => Screen::Resolve,
            IdmStep::DescribeRole => Screen::Describe,
            IdmStep::Nominations => Screen::Nominations,
            IdmStep::NominationSharing => Screen::Sharing,
            IdmStep::NominationChanges => Screen::Changes,
            IdmStep::ProposeCandidate => Screen::Propose,
            IdmStep::Triage => Screen::Triage,
        },
        Phase::CloseOut => Screen::CloseOut,
        Phase::Closed => Screen::Summary,
        Phase::Checklist | Phase::Metrics | Phase::Progress => Screen::Review,
        Phase::Actions => Screen::Actions,
    }
}

/// The facilitator prompt for where the meeting stands (also the replay's
/// commentary, so a trainee reads what the facilitator read).
pub(crate) fn prompt_of(state: &MeetingState) -> Prompt {
    if state.time_out.is_some() {
        return Prompt::TimeOut;
    }
    match state.phase {
        Phase::Opening => Prompt::Opening,
        Phase::CheckIn => Prompt::CheckIn,
        Phase::Agenda => Prompt::Agenda,
        Phase::Item { step, .. } => match step {
            IdmStep::PresentProposal if state.active_rules() == RuleSet::Consent => Prompt::Driver,
            IdmStep::PresentProposal => Prompt::Present,
            IdmStep::ReactionRound if state.active_rules() == RuleSet::Consent => {
                Prompt::QuickReactions
            }
            IdmStep::ClarifyingQuestions => Prompt::Questions,
            IdmStep::ReactionRound => Prompt::Reactions,
            IdmStep::AmendAndClarify => Prompt::Amend,
            IdmStep::ObjectionRound => Prompt::Objections,
            IdmStep::Integration => Prompt::Integration,
            IdmStep::ConsentRound => Prompt::ConsentRound,
            IdmStep::ResolveObjections => Prompt::Resolve,
            IdmStep::DescribeRole => Prompt::DescribeRole,
            IdmStep::Nominations => Prompt::Nominations,
            IdmStep::NominationSharing => Prompt::NominationSharing,
            IdmStep::NominationChanges => Prompt::NominationChanges,
            IdmStep::ProposeCandidate => Prompt::ProposeCandidate,
            IdmStep::Triage => Prompt::Tactical(TacticalPrompt::Triage),
        },
        Phase::Closing => Prompt::Closing,
        Phase::CloseOut => Prompt::CloseOut,
        Phase::Closed => Prompt::Summary,
        Phase::Actions => Prompt::Tactical(TacticalPrompt::Actions),
        Phase::Checklist | Phase::Metrics | Phase::Progress => {
            match crate::meeting::TacticalList::of_phase(state.phase) {
                Some(list) => Prompt::Tactical(TacticalPrompt::Review(list)),
                None => Prompt::Agenda,
            }
        }
    }
}

/// What the status line says: a confirmation or a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusLine<'a> {
    /// Something was recorded or cancelled.
    Info(&'a str),
    /// The engine (or the app) refused; the reason in the engine's words.
    Refused(&'a str),
}

/// Everything a meeting screen reads: the meeting, the selection on
/// screen, the theme, the words and the time. The live app builds one per
/// frame, the replay one per position; screens know nothing else.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The folded meeting.
    pub state: &'a MeetingState,
    /// The setup it opened with (title, circle).
    pub setup: &'a Setup,
    /// The words of the chosen language.
    pub words: &'static dyn Words,
    /// The colours.
    pub theme: Theme,
    /// The wall-clock time the clocks count to.
    pub now: DateTime<FixedOffset>,
    /// The selected row of the screen's list.
    pub selected: usize,
    /// Lines scrolled away in the screen's main panel.
    pub scroll: u16,
    /// Which panel has focus.
    pub focus: usize,
    /// The group's view: no prompt, no key hints.
    pub presentation: bool,
    /// Where the session was saved (the summary shows it).
    pub saved_to: Option<&'a str>,
    /// The status line.
    pub status: Option<StatusLine<'a>>,
    /// Why the last save failed, if it did.
    pub save_error: Option<&'a str>,
    /// The circle's governance record as it stood when the meeting
    /// opened (the diff panel's "before"); `None` outside a sessions
    /// folder or while it is still being folded.
    pub governance: Option<&'a crate::record::governance::Circle>,
    /// The conflicts between sessions that the record at the meeting's
    /// start holds for this meeting's circle (shown at the opening and
    /// the agenda, to be resolved in this meeting).
    pub conflicts: &'a [crate::record::governance::Conflict],
    /// The closed meeting's summary, when built once beforehand (the
    /// replay, per position); `None` builds it for the frame.
    pub summary: Option<&'a summary::SummaryText>,
}

/// The line that tells a governance meeting its circle's record has
/// conflicts between sessions; `None` when it has none, and in a tactical
/// meeting (which cannot change the record, so cannot resolve them).
pub fn conflicts_line(view: &View<'_>) -> Option<Line<'static>> {
    if view.setup.format == crate::meeting::MeetingFormat::Tactical {
        return None;
    }
    let first = view.conflicts.first()?;
    let text = view
        .words
        .gov_conflicts_banner(view.conflicts.len(), &view.words.part(&first.part));
    Some(Line::styled(text, view.theme.error))
}

/// The whole meeting frame as a widget: title, phase bar, clock, banners,
/// the current phase's screen, prompt, status and key hints, drawn into
/// any rectangle (the terminal, or the replay's middle).
pub struct MeetingScreen<'a>(pub &'a View<'a>);

/// Just the current phase's screen, without the frame around it.
pub struct Body<'a>(pub &'a View<'a>);

impl Widget for Body<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let view = self.0;
        match screen_of(view.state) {
            Screen::Opening => opening::draw(view, buf, area),
            Screen::Round => rounds::draw(view, buf, area),
            Screen::Agenda => agenda::draw(view, buf, area),
            Screen::Present | Screen::Questions | Screen::Amend => item::draw(view, buf, area),
            Screen::Objections => objections::draw(view, buf, area),
            Screen::Integration => integration::draw(view, buf, area),
            Screen::CloseOut => closeout::draw(view, buf, area),
            Screen::Summary => summary::draw(view, buf, area),
            Screen::Driver => consent::driver(view, buf, area),
            Screen::Consent => consent::round(view, buf, area),
            Screen::Resolve => consent::resolve(view, buf, area),
            Screen::Describe
            | Screen::Nominations
            | Screen::Sharing
            | Screen::Changes
            | Screen::Propose => election::draw(view, buf, area),
            Screen::Review => tactical::draw_review(view, buf, area),
            Screen::Triage => tactical::draw_triage(view, buf, area),
            Screen::Actions => memory::draw_actions(view, buf, area),
        }
    }
}

/// The rows under a meeting screen's body: the prompt, the status line and
/// the key hints, as many rows as each needs at this width.
struct Footer {
    hints: Vec<Line<'static>>,
    prompt_rows: u16,
    status_rows: u16,
    keys_rows: u16,
    prompt_text: String,
}

fn footer(view: &View<'_>, area: Rect) -> Footer {
    let state = view.state;
    let words = view.words;
    let theme = view.theme;
    let timeout = state.time_out.is_some();
    let facilitator = !view.presentation;
    let screen = screen_of(state);
    let prompt_text = words.prompt(prompt_of(state));
    // Elections exist in governance meetings only; a tactical agenda does
    // not offer the key (the engine refuses it there with the reason).
    let elections = crate::meeting::election::elections_allowed(state.format);
    let pairs: Vec<(String, &'static str, keys::Action)> = keys::hint_bindings(screen, timeout)
        .into_iter()
        .filter(|b| elections || b.action != keys::Action::AddElection)
        // The part list only once the proposal has parts.
        .filter(|b| {
            b.action != keys::Action::Parts
                || state
                    .active_item()
                    .and_then(|i| i.current_version())
                    .is_some_and(|v| !v.parts.is_empty())
        })
        // Taking or letting go an offer only while one waits.
        .filter(|b| {
            state.offers.iter().any(|o| o.is_open())
                || !matches!(b.action, keys::Action::TakeOffer | keys::Action::LetGoOffer)
        })
        // Project status and the board belong to the progress review.
        .filter(|b| {
            state.phase == Phase::Progress
                || !matches!(
                    b.action,
                    keys::Action::Tactical(
                        crate::text::tactical::TacticalKey::ProjectStatus
                            | crate::text::tactical::TacticalKey::Board
                    )
                )
        })
        .map(|b| (b.cap(words), words.key_action(b.action), b.action))
        .collect();
    // Past three rows (60 columns, in Dutch) the last hints went, help and
    // leave among them: the others go instead, from the last one on (every
    // key stays in the help overlay), the next step last of all.
    let mut pairs = pairs;
    // Help and leave always; the next step too: it is how a step ends.
    let fixed = |a: keys::Action| {
        matches!(
            a,
            keys::Action::Help | keys::Action::Quit | keys::Action::Next
        )
    };
    let as_pairs = |p: &[(String, &'static str, keys::Action)]| -> Vec<(String, &'static str)> {
        p.iter().map(|(c, w, _)| (c.clone(), *w)).collect()
    };
    // Below 20 rows (60x16) the body needs the rows more: two rows of keys
    // and one of prompt (ending in "…"), so the panels keep rows of text.
    let tight = area.height < 20;
    let most_key_rows = if tight { 2 } else { 3 };
    while super::widgets::hint_lines(&as_pairs(&pairs), usize::from(area.width), &theme).len()
        > most_key_rows
        && let Some(i) = pairs.iter().rposition(|(_, _, a)| !fixed(*a))
    {
        pairs.remove(i);
    }
    let pairs = as_pairs(&pairs);
    // Packed so a key never sits on one line and its meaning on the next.
    let hints = super::widgets::hint_lines(&pairs, usize::from(area.width), &theme);
    // Measured in display columns, so wide characters count right.
    let rows_for = |columns: usize| {
        if columns > usize::from(area.width) {
            2
        } else {
            1
        }
    };
    let prompt_rows = if facilitator {
        rows_for(prompt_text.width() + 2).min(if tight { 1 } else { 2 })
    } else {
        0
    };
    // A refusal must be readable in full: it explains what to do instead.
    let status_rows = match &view.status {
        Some(StatusLine::Refused(text) | StatusLine::Info(text)) => rows_for(text.width() + 2),
        None => 1,
    };
    // Every key the step takes is offered (#15): three rows at most, the
    // third only where a step has that many keys (triage at 80 columns).
    let keys_rows = if facilitator {
        (hints.len() as u16).clamp(1, most_key_rows as u16)
    } else {
        0
    };
    Footer {
        hints,
        prompt_rows,
        status_rows,
        keys_rows,
        prompt_text: prompt_text.to_owned(),
    }
}

/// How many rows at the bottom of `area` the prompt, status line and key
/// hints take: a dialog asking a question sits above them, so the step's
/// keys stay readable under it.
pub fn footer_rows(view: &View<'_>, area: Rect) -> u16 {
    let f = footer(view, area);
    f.prompt_rows + f.status_rows + f.keys_rows
}

impl Widget for MeetingScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let view = self.0;
        if super::widgets::too_small(buf, area, (MIN_WIDTH, MIN_HEIGHT), view.words, &view.theme) {
            return;
        }
        let state = view.state;
        let words = view.words;
        let theme = view.theme;
        let timeout = state.time_out.is_some();
        let save_error = view.save_error.is_some();
        let facilitator = !view.presentation;
        let Footer {
            hints,
            prompt_rows,
            status_rows,
            keys_rows,
            prompt_text,
        } = footer(view, area);
        let [
            title,
            bar,
            clock_row,
            large,
            banner,
            warning,
            body,
            prompt,
            status,
            keys_row,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(super::widgets::large_text::rows(&theme, area)),
            Constraint::Length(u16::from(timeout)),
            Constraint::Length(2 * u16::from(save_error)),
            Constraint::Min(0),
            Constraint::Length(prompt_rows),
            Constraint::Length(status_rows),
            Constraint::Length(keys_rows),
        ])
        .areas(area);

        let setup = view.setup;
        let mut title_spans = vec![Span::styled(
            format!(" {} ", setup.title),
            theme.title.add_modifier(ratatui::style::Modifier::REVERSED),
        )];
        title_spans.push(Span::styled(format!("  {}", setup.circle), theme.heading));
        if view.presentation {
            title_spans.push(Span::styled(
                format!("  [{}]", words.label(Label::GroupView)),
                theme.muted,
            ));
        }
        Paragraph::new(Line::from(title_spans)).render(title, buf);
        Paragraph::new(phase_bar::line(state, words, &theme, bar.width)).render(bar, buf);
        Paragraph::new(clock::line_within(
            state,
            view.now,
            words,
            &theme,
            clock_row.width,
        ))
        .render(clock_row, buf);
        super::widgets::large_text::draw(state, words, &theme, buf, large);
        if let Some(t) = &state.time_out {
            let text = format!(
                " ⏸ {} ({}): {} ",
                words.label(Label::TimeOut),
                super::widgets::duration((view.now - t.since).num_seconds().max(0)),
                t.reason
            );
            Paragraph::new(Span::styled(text, theme.banner)).render(banner, buf);
        }
        if let Some(e) = &view.save_error {
            let text = format!(" ⚠ {}: {e} ", words.label(Label::NotSaved));
            let hint = format!("   {} ", words.label(Label::SaveRetryHint));
            Paragraph::new(vec![
                Line::from(Span::styled(text, theme.error)),
                Line::from(Span::styled(hint, theme.error)),
            ])
            .render(warning, buf);
        }

        Body(view).render(body, buf);

        if facilitator {
            // Cut with "…" where it needs more rows than it has.
            let parts = [("» ", theme.heading), (prompt_text.as_str(), theme.muted)];
            match cut_to_rows(&parts, prompt.width, usize::from(prompt.height)) {
                Some(rows) => Paragraph::new(rows).render(prompt, buf),
                None => {
                    let line = Line::from(vec![
                        Span::styled("» ", theme.heading),
                        Span::styled(prompt_text, theme.muted),
                    ]);
                    Prose::new(line).render(prompt, buf);
                }
            }
        }
        let (status_text, status_style) = match &view.status {
            Some(StatusLine::Refused(text)) => (format!("✗ {text}"), theme.error),
            Some(StatusLine::Info(text)) => ((*text).to_owned(), theme.ok),
            None => (String::new(), theme.ok),
        };
        // A text longer than its rows ends in "…" on the last row, so the
        // room sees it goes on, rather than stopping mid-sentence.
        match cut_to_rows(
            &[(&status_text, status_style)],
            status.width,
            usize::from(status.height),
        ) {
            Some(rows) => Paragraph::new(rows).render(status, buf),
            None => {
                Prose::new(Line::from(Span::styled(status_text, status_style))).render(status, buf)
            }
        }
        if facilitator {
            Paragraph::new(hints).render(keys_row, buf);
        }
    }
}

/// `parts` (text and style) wrapped as every screen wraps them
/// (`widgets::prose`, with its hanging indent) into at most `rows` rows of
/// `width` columns, the last ending in "…", when they need more rows than
/// that; `None` when they fit (drawn wrapped as they are). It reads only
/// as much text as could fill the rows twice over, so a note of 256 KB
/// costs no more than a short one.
fn cut_to_rows(
    parts: &[(&str, ratatui::style::Style)],
    width: u16,
    rows: usize,
) -> Option<Vec<Line<'static>>> {
    if width < 2 || rows == 0 {
        return None;
    }
    let limit = 2 * rows * usize::from(width);
    let mut used = 0;
    let mut whole = true;
    let mut spans = Vec::new();
    for (text, style) in parts {
        let mut end = text.len();
        for (at, c) in text.char_indices() {
            used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used > limit {
                end = at;
                whole = false;
                break;
            }
        }
        spans.push(Span::styled(text[..end].to_owned(), *style));
        if !whole {
            break;
        }
    }
    let mut wrapped = crate::tui::widgets::prose::wrap_line(&Line::from(spans), width);
    if wrapped.len() <= rows && whole {
        return None;
    }
    wrapped.truncate(rows);
    let last = wrapped.last_mut()?;
    // Room for the "…": characters off the end of the last row.
    let mut room = last.width() + 1;
    while room > usize::from(width) {
        let Some(span) = last.spans.last_mut() else {
            break;
        };
        let mut text = span.content.to_string();
        match text.pop() {
            Some(c) => {
                room -= unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                span.content = text.into();
            }
            None => {
                last.spans.pop();
            }
        }
    }
    let style = last.spans.last().map(|s| s.style).unwrap_or_default();
    last.spans.push(Span::styled("…", style));
    Some(wrapped)
}

#[cfg(test)]
mod tests {
    use super::cut_to_rows;
    use ratatui::style::Style;

    fn text(rows: &[ratatui::text::Line]) -> Vec<String> {
        rows.iter()
            .map(|r| r.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_long_refusal_is_cut_with_its_indent_and_an_ellipsis() {
        let refusal = format!(
            "✗ {}",
            "nobody may speak twice before everyone spoke once ".repeat(40)
        );
        let rows = cut_to_rows(&[(&refusal, Style::new())], 30, 3).expect("cut");
        let rows = text(&rows);
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(
            rows[1].starts_with("  ") && !rows[1].starts_with("   "),
            "{rows:?}"
        );
        assert!(rows[2].ends_with('…'), "{rows:?}");
        assert!(
            rows.iter()
                .all(|r| unicode_width::UnicodeWidthStr::width(r.as_str()) <= 30)
        );
    }

    #[test]
    fn a_prompt_too_long_for_its_rows_is_cut_keeping_its_styles() {
        let mark = Style::new().bold();
        let said = Style::new().italic();
        let prompt = "Ask each person in turn whether they see a reason this would cause harm or move us backwards";
        let rows = cut_to_rows(&[("» ", mark), (prompt, said)], 30, 2).expect("cut");
        assert_eq!(rows[0].spans[0].content, "» ");
        assert_eq!(rows[0].spans[0].style, mark);
        let shown = text(&rows);
        assert!(
            shown[1].starts_with("  ") && shown[1].ends_with('…'),
            "{shown:?}"
        );
        assert!(
            shown
                .iter()
                .all(|r| unicode_width::UnicodeWidthStr::width(r.as_str()) <= 30)
        );
        assert_eq!(rows[1].spans.last().map(|s| s.style), Some(said));
    }

    #[test]
    fn a_refusal_that_fits_with_its_indent_is_not_cut() {
        assert!(cut_to_rows(&[("✗ short enough", Style::new())], 30, 1).is_none());
        // Fits in two rows only without the indent: cut, not silently lost.
        let refusal = format!("✗ {}", "abcd ".repeat(11));
        assert!(cut_to_rows(&[(&refusal, Style::new())], 30, 2).is_some());
    }
}
