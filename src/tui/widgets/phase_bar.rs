//! The phase bar: where the meeting is, with the current phase reversed,
//! bold and marked, so it reads from the back of the room without colour.

use ratatui::text::{Line, Span};

use crate::meeting::{IdmStep, MeetingState, Phase, RoundKind, RuleSet, views};
use crate::text::tui::Label;
use crate::text::{Words, capitalise};
use crate::tui::theme::Theme;

/// The phase bar as one line, at most `width` columns when it can be.
/// Long step names (Dutch "aanpassen en verduidelijken") do not fit beside
/// every other phase at 80 columns, so the bar gives up detail from the
/// least useful end: first the names of phases already done (a ✓ stays),
/// then the names of phases still to come (a · stays). The current phase
/// is always written in full, since it is what the room reads.
pub fn line(state: &MeetingState, words: &dyn Words, theme: &Theme, width: u16) -> Line<'static> {
    let mut fallback = Line::default();
    for detail in [Detail::Full, Detail::NoDone, Detail::Marks] {
        let line = line_with(state, words, theme, detail);
        if line.width() <= usize::from(width) {
            return line;
        }
        fallback = line;
    }
    fallback
}

/// The name of an item's step as the room knows it. Under consent rules
/// the proposer presents a driver, and the reaction round is S3's quick
/// reactions.
pub fn step_name(state: &MeetingState, step: IdmStep, words: &dyn Words) -> &'static str {
    match (state.active_rules(), step) {
        (RuleSet::Consent, IdmStep::PresentProposal) => words.driver_step(),
        (RuleSet::Consent, IdmStep::ReactionRound) => words.round(RoundKind::QuickReaction),
        _ => words.step(step),
    }
}

/// Where the meeting is, in words: the current step of an item, the ready
/// screen's heading before the check-in, else the phase.
pub fn where_now(state: &MeetingState, words: &dyn Words) -> String {
    match state.phase {
        Phase::Item { step, .. } => step_name(state, step, words).to_owned(),
        Phase::Opening => words.label(Label::Opening).to_owned(),
        phase => words.phase(phase).to_owned(),
    }
}

/// How much of the non-current phases the bar names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Detail {
    /// Every phase by name.
    Full,
    /// Done phases only as ✓.
    NoDone,
    /// Done phases as ✓, phases to come as ·.
    Marks,
}

fn line_with(
    state: &MeetingState,
    words: &dyn Words,
    theme: &Theme,
    detail: Detail,
) -> Line<'static> {
    let order = |p: &Phase| match p {
        Phase::Opening => 0,
        Phase::CheckIn | Phase::Actions | Phase::Checklist | Phase::Metrics | Phase::Progress => 1,
        Phase::Agenda | Phase::Item { .. } => 2,
        Phase::Closing => 4,
        Phase::CloseOut => 5,
        Phase::Closed => 6,
    };
    let now = order(&state.phase);
    let current = match state.phase {
        Phase::Item { step, .. } => {
            let (n, m) = views::item_position(state).unwrap_or((0, 0));
            let name = step_name(state, step, words);
            Some((3, format!("{} · {name}", words.item_of(n, m))))
        }
        Phase::Actions | Phase::Checklist | Phase::Metrics | Phase::Progress => {
            Some((1, capitalise(words.phase(state.phase))))
        }
        _ => None,
    };
    let segments = [
        (1, words.label(Label::BarCheckIn).to_owned()),
        (2, words.label(Label::BarAgenda).to_owned()),
        (3, words.label(Label::BarItems).to_owned()),
        (4, words.label(Label::BarClosing).to_owned()),
        (5, words.label(Label::BarCloseOut).to_owned()),
    ];
    let mut spans = Vec::new();
    for (i, (rank, name)) in segments.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" › ", theme.muted));
        }
        let is_current = match &current {
            Some((r, _)) => *r == rank,
            None => rank == now && !(rank == 2 && matches!(state.phase, Phase::Item { .. })),
        };
        if is_current {
            let text = match &current {
                Some((_, t)) => t.clone(),
                None => name,
            };
            spans.push(Span::styled(
                format!("▶ {} ◀", text.to_uppercase()),
                theme.current,
            ));
        } else if rank < now || (rank == 3 && now > 3) {
            let text = match detail {
                Detail::Full => format!("✓{name}"),
                Detail::NoDone | Detail::Marks => "✓".to_owned(),
            };
            spans.push(Span::styled(text, theme.muted));
        } else if detail == Detail::Marks && rank > current.as_ref().map_or(now, |(r, _)| *r) {
            spans.push(Span::styled("·", theme.muted));
        } else {
            spans.push(Span::raw(name));
        }
    }
    Line::from(spans)
}
