//! How many people follow the meeting (`spanning follow`, `spanning
//! serve`), shown on the facilitator's screen. The count comes from the
//! [`Persist`] (the store counts followers' presence files) and is asked
//! for once a second at most, never once per frame.

use std::time::{Duration, Instant};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Persist;
use super::theme::Theme;
use crate::text::Words;

/// How often the count is asked for.
pub const POLL_EVERY: Duration = Duration::from_secs(1);

/// The follower count as last asked for.
#[derive(Debug, Default, Clone)]
pub struct FollowerCount {
    count: usize,
    asked: Option<Instant>,
}

impl FollowerCount {
    /// Asks `persist` again if the last answer is older than
    /// [`POLL_EVERY`] at `now`.
    pub fn poll(&mut self, persist: &mut dyn Persist, now: Instant) {
        if self
            .asked
            .is_some_and(|asked| now.saturating_duration_since(asked) < POLL_EVERY)
        {
            return;
        }
        self.asked = Some(now);
        self.count = persist.followers();
    }

    /// How many follow.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Draws "👁 3 following" at the right end of `row` (the title row),
    /// in words, so it reads without colour; nothing when nobody follows.
    pub fn draw(&self, words: &dyn Words, theme: &Theme, row: Rect, buf: &mut Buffer) {
        if self.count == 0 || row.height == 0 {
            return;
        }
        let text = format!(" {} ", words.followers(self.count));
        let width = u16::try_from(text.width()).unwrap_or(u16::MAX);
        if width >= row.width {
            return;
        }
        let at = Rect {
            x: row.right() - width,
            y: row.y,
            width,
            height: 1,
        };
        Span::styled(text, theme.heading).render(at, buf);
    }
}
