//! The meeting's time budget as it stands: what is left of the timebox,
//! and each item's fair share of it (process.md, step 3). Read from the
//! state the fold keeps; nothing here changes it.

use chrono::{DateTime, FixedOffset};

use super::state::MeetingState;

impl MeetingState {
    /// Seconds of meeting time left, if there is a timebox.
    pub fn remaining_secs(&self, now: DateTime<FixedOffset>) -> Option<i64> {
        let minutes = self.timebox_minutes?;
        // Before the clock starts the whole timebox is still ahead. No
        // time is added to the start: the end of a timebox could lie past
        // the last time chrono represents; subtracting two times cannot
        // overflow.
        let elapsed = self
            .clock_from
            .map_or(0, |start| (now - start).num_seconds());
        Some(
            i64::from(minutes)
                .saturating_mul(60)
                .saturating_sub(elapsed)
                .max(0),
        )
    }

    /// Items still to process: the active one and the pending ones.
    pub fn remaining_items(&self) -> usize {
        let active = usize::from(self.active_item().is_some());
        let pending = self
            .agenda
            .iter()
            .filter(|i| i.is_pending() && i.disposition.is_none())
            .count();
        active + pending
    }

    /// Each remaining item's fair share of the remaining meeting time, in
    /// seconds: remaining time divided by remaining items (process.md, step 3).
    /// Between items this is what the next item started gets; during an
    /// item, see [`MeetingState::waiting_share_secs`].
    pub fn fair_share_secs(&self, now: DateTime<FixedOffset>) -> Option<i64> {
        match self.active_item() {
            Some(_) => self.waiting_share_secs(now),
            None => {
                let remaining = self.remaining_secs(now)?;
                let items = self.remaining_items().max(1) as i64;
                Some(remaining / items)
            }
        }
    }

    /// The time per item of the items not started yet, in seconds, as it
    /// stands now: the remaining meeting time, less what the item in
    /// progress still has of its own share, spread evenly over the items
    /// waiting. It is worked out from the timebox every time, so changing
    /// the timebox re-spreads it at once; an item keeps the share it got
    /// when it started (its `allowance_secs`), whatever the timebox does
    /// afterwards. `None` without a timebox or with nothing waiting.
    pub fn waiting_share_secs(&self, now: DateTime<FixedOffset>) -> Option<i64> {
        let remaining = self.remaining_secs(now)?;
        let waiting = self
            .agenda
            .iter()
            .filter(|i| i.is_pending() && i.disposition.is_none())
            .count() as i64;
        if waiting == 0 {
            return None;
        }
        let reserved = self.active_item().map_or(0, |item| {
            let used = super::views::item_time_used(item, now).unwrap_or(0);
            item.allowance_secs.map_or(0, |share| (share - used).max(0))
        });
        Some((remaining - reserved).max(0) / waiting)
    }
}
