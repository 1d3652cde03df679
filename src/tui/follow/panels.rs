//! What a follower can open besides the facilitator's screen: the agenda
//! with each item's state, and the proposal's versions with the changes
//! between them. Both are drawn from the same [`View`] as the meeting.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};

use crate::meeting::MeetingState;
use crate::meeting::state::Item;
use crate::review::story::{SpanKind, version_diffs};
use crate::sanitize::for_terminal_line;
use crate::text::Words;
use crate::tui::screens::{View, agenda, election::agenda_label};
use crate::tui::widgets::text_panel::{Panel as TextPanel, title};

/// What fills the follow screen below its status line.
///
/// Each panel is a variant here, a key in [`super::FollowScreen::key`] and
/// a drawing function in this module (the governance record reuses the
/// meeting screen's own overlay, [`crate::tui::govview::GovOverlay`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The meeting, as the facilitator's screen shows it.
    Meeting,
    /// The agenda: every item with its state.
    Agenda,
    /// The versions of a proposal, with the changes between them.
    Versions,
    /// The circle's governance record: the fold over the sessions folder
    /// up to this meeting, with this meeting's adoptions applied.
    Governance,
}

/// The agenda item the meeting is at, else the latest one started.
pub fn current_item(state: &MeetingState) -> Option<usize> {
    let active = state.active_item().map(|i| i.id);
    state
        .agenda
        .iter()
        .position(|i| Some(i.id) == active)
        .or_else(|| state.agenda.iter().rposition(|i| i.started_at.is_some()))
}

/// The agenda, with the follower's selection.
pub fn agenda(view: &View, area: Rect, buf: &mut Buffer) {
    agenda::draw(view, buf, area);
}

/// Whose versions the panel shows: the item selected in the agenda when
/// it was opened from there, else the one the meeting is at or was last.
pub fn versions_item(state: &MeetingState, chosen: Option<usize>) -> Option<&Item> {
    chosen
        .or_else(|| current_item(state))
        .and_then(|i| state.agenda.get(i))
}

/// The proposal's versions, oldest first, each followed by what changed
/// in the next one (marked with brackets and signs as well as colour).
pub fn versions(
    view: &View,
    chosen: Option<usize>,
    words: &'static dyn Words,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = &view.theme;
    let item = versions_item(view.state, chosen);
    let heading = words.versions_panel(
        &item
            .map(|i| for_terminal_line(&agenda_label(i, view.words)).into_owned())
            .unwrap_or_default(),
    );
    let mut lines: Vec<Line<'static>> = Vec::new();
    match item.filter(|i| !i.versions().is_empty()) {
        None => lines.push(Line::from(Span::styled(words.no_versions(), theme.muted))),
        Some(item) => {
            let diffs = version_diffs(item);
            for (n, version) in item.versions().iter().enumerate() {
                if n > 0 {
                    lines.push(Line::default());
                }
                lines.push(Line::from(Span::styled(
                    format!(
                        "{}  {}",
                        words.version_heading(version.number, version.for_objection),
                        version.at.format("%H:%M")
                    ),
                    Style::new().add_modifier(Modifier::BOLD),
                )));
                // The change from the version before, when there is one.
                if let Some(diff) = n.checked_sub(1).and_then(|i| diffs.get(i)) {
                    let mut spans = Vec::new();
                    for span in &diff.spans {
                        let (open, close) = span.kind.marks();
                        let text = for_terminal_line(&span.text).into_owned();
                        let style = match span.kind {
                            SpanKind::Same => theme.proposal,
                            SpanKind::Added => theme.ok.add_modifier(Modifier::UNDERLINED),
                            SpanKind::Removed => theme.error.add_modifier(Modifier::CROSSED_OUT),
                        };
                        spans.push(Span::styled(format!("{open}{text}{close}"), style));
                    }
                    lines.push(Line::from(spans));
                } else {
                    for line in version.text.lines() {
                        lines.push(Line::from(Span::styled(
                            for_terminal_line(line).into_owned(),
                            theme.proposal,
                        )));
                    }
                }
            }
        }
    }
    let mut panel = TextPanel::new(title(&heading, true, theme), Text::from(lines)).counted(words);
    panel.scroll = view.scroll;
    panel.draw(buf, area, theme);
}
