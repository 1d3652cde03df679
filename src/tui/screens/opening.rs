//! Before the check-in round: who is here and in which role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::text::tui::Label;
use crate::tui::app::App;
use crate::tui::widgets::duration;
use crate::tui::widgets::text_panel::{Panel, title};

/// Draws the opening screen.
pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let state = app.session.state();
    let words = app.words;
    let theme = &app.theme;
    let mut lines = Vec::new();
    for person in state.present_people() {
        let mut spans = vec![Span::styled(
            format!("• {}", person.who.name),
            theme.heading,
        )];
        if person.id == state.facilitator {
            spans.push(Span::raw(format!(
                "  ({})",
                words.label(Label::Facilitator)
            )));
        }
        if Some(person.id) == state.secretary {
            spans.push(Span::raw(format!("  ({})", words.label(Label::Secretary))));
        }
        if !person.who.roles.is_empty() {
            spans.push(Span::styled(
                format!("  {}", person.who.roles.join(", ")),
                theme.muted,
            ));
        }
        lines.push(Line::from(spans));
    }
    if let Some(minutes) = state.timebox_minutes {
        lines.push(Line::default());
        lines.push(Line::from(format!(
            "⏱ {}",
            duration(i64::from(minutes) * 60)
        )));
    }
    let heading = format!(
        "{} · {}",
        words.label(Label::Opening),
        words.label(Label::Participants)
    );
    Panel::new(title(&heading, true, theme), lines.into()).draw(frame, area, theme);
}
