//! The meeting clock: elapsed, remaining of the timebox, and the current
//! item's time against its fair share (over: ⚠ and the warning style).

use chrono::{DateTime, FixedOffset};
use ratatui::text::{Line, Span};

use super::duration;
use crate::meeting::{MeetingState, views};
use crate::text::Words;
use crate::text::tui::Label;
use crate::tui::theme::Theme;

/// The clock as one line.
pub fn line(
    state: &MeetingState,
    now: DateTime<FixedOffset>,
    words: &dyn Words,
    theme: &Theme,
) -> Line<'static> {
    line_at(state, now, words, theme, false)
}

/// The clock as one line of at most `width` columns: where the whole one
/// is wider (Dutch at 60 columns lost "tijd per punt 31:35" off the
/// edge), the labels of elapsed time and of the fair share go, the
/// numbers stay; past that it ends in "…".
pub fn line_within(
    state: &MeetingState,
    now: DateTime<FixedOffset>,
    words: &dyn Words,
    theme: &Theme,
    width: u16,
) -> Line<'static> {
    let whole = line_at(state, now, words, theme, false);
    if whole.width() <= usize::from(width) {
        return whole;
    }
    let terse = line_at(state, now, words, theme, true);
    if terse.width() <= usize::from(width) {
        return terse;
    }
    let mut rows = super::prose::wrap_line(&terse, width);
    super::prose::shorten(&mut rows, 1, width);
    rows.into_iter().next().unwrap_or_default()
}

fn line_at(
    state: &MeetingState,
    now: DateTime<FixedOffset>,
    words: &dyn Words,
    theme: &Theme,
    terse: bool,
) -> Line<'static> {
    // On the ready-to-start screen the clock has not started: say so rather
    // than show a 0:00 that looks like a running clock.
    let elapsed = match state.clock_from {
        Some(_) if terse => format!("⏱ {}", duration(views::elapsed_secs(state, now))),
        Some(_) => format!(
            "⏱ {} {}",
            duration(views::elapsed_secs(state, now)),
            words.label(Label::Elapsed)
        ),
        None => format!("⏱ {}", words.label(Label::ClockNotStarted)),
    };
    let mut spans = vec![Span::raw(elapsed)];
    spans.push(Span::styled(" · ", theme.muted));
    // Past the timebox, say by how much: "5 minutes over" is what the
    // facilitator needs to propose cutting or extending, not "0:00 left".
    // Elapsed stops at the close, so a summary shows the final overrun.
    let over = state
        .timebox_minutes
        .map(|m| views::elapsed_secs(state, now) - i64::from(m) * 60);
    match over {
        Some(over) if over >= 0 => spans.push(Span::styled(
            format!("⚠ {} {}", duration(over), words.label(Label::Over)),
            theme.warn,
        )),
        Some(over) => spans.push(Span::raw(format!(
            "{} {}",
            duration(-over),
            words.label(Label::Left)
        ))),
        None => spans.push(Span::styled(words.label(Label::NoTimebox), theme.muted)),
    }
    if let Some(item) = state.active_item() {
        let used = views::item_time_used(item, now).unwrap_or(0);
        spans.push(Span::styled("  │  ", theme.muted));
        let share = item.allowance_secs;
        let over = share.is_some_and(|s| used > s);
        let text = match share {
            Some(s) if terse => format!(
                "{}{} {} / {}",
                if over { "⚠ " } else { "" },
                words.label(Label::ItemTime),
                duration(used),
                duration(s)
            ),
            Some(s) => format!(
                "{}{} {} / {} {}",
                if over { "⚠ " } else { "" },
                words.label(Label::ItemTime),
                duration(used),
                words.label(Label::FairShare),
                duration(s)
            ),
            None => format!("{} {}", words.label(Label::ItemTime), duration(used)),
        };
        spans.push(if over {
            Span::styled(text, theme.warn)
        } else {
            Span::raw(text)
        });
    } else if let Some(share) = state
        .fair_share_secs(now)
        .filter(|_| state.phase == crate::meeting::Phase::Agenda && state.remaining_items() > 0)
    {
        spans.push(Span::styled("  │  ", theme.muted));
        spans.push(Span::raw(format!(
            "{} {}",
            words.label(Label::FairShare),
            duration(share)
        )));
    }
    Line::from(spans)
}

/// The time per item of the items not started yet, for the lines under
/// the timebox: re-spread at once when the timebox changes, then what the
/// item in progress keeps of the share it started with (both from the
/// engine's [`MeetingState::waiting_share_secs`]). Empty without a
/// timebox or with nothing waiting.
pub fn waiting_share(
    state: &MeetingState,
    now: DateTime<FixedOffset>,
    words: &dyn Words,
) -> Vec<String> {
    let Some(share) = state.waiting_share_secs(now) else {
        return Vec::new();
    };
    let waiting = state
        .agenda
        .iter()
        .filter(|i| i.is_pending() && i.disposition.is_none())
        .count();
    let mut lines = vec![words.waiting_share(&duration(share), waiting)];
    if let Some(kept) = state
        .active_item()
        .and_then(|item| item.allowance_secs)
        .filter(|s| *s > 0)
    {
        lines.push(words.share_kept(&duration(kept)));
    }
    lines
}
