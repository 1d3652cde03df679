//! Carried-over items across the sessions of one circle: which tensions
//! keep coming back, in which meetings they appeared, and whether they were
//! ever resolved. An item is matched from meeting to meeting by its label
//! and owner (folded, punctuation ignored), since items get new handles in
//! every session.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};

use super::catalogue::{Catalogue, Digest, ItemDigest};
use super::fold::{fold, key};
use crate::meeting::{Disposition, Ending};

/// What became of a carried item in one session it appeared in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Carried over again (or for the first time) to the next meeting.
    CarriedOver,
    /// Let go at close-out.
    LetGo,
    /// Ended during the meeting (adopted, withdrawn, …), without a
    /// close-out decision.
    Ended(Ending),
    /// Nothing decided yet: the session is still open, or the item was
    /// left without a decision.
    Undecided,
}

impl Outcome {
    fn of(item: &ItemDigest) -> Self {
        match (item.disposition, item.ending) {
            (Some(Disposition::CarriedOver), _) => Outcome::CarriedOver,
            (Some(Disposition::LetGo), _) => Outcome::LetGo,
            (None, Some(ending)) => Outcome::Ended(ending),
            (None, None) => Outcome::Undecided,
        }
    }

    /// Does this outcome close the thread? An item ended as unfinished
    /// (or, in a tactical meeting, cut off) still needs a close-out
    /// decision, so it does not.
    fn settles(self) -> bool {
        match self {
            Outcome::LetGo => true,
            Outcome::Ended(ending) => !matches!(ending, Ending::Unfinished | Ending::CutOff),
            Outcome::CarriedOver | Outcome::Undecided => false,
        }
    }
}

/// One session in which a carried item appeared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appearance {
    /// The session's ID.
    pub session: String,
    /// When that session opened.
    pub opened_at: DateTime<FixedOffset>,
    /// The label as typed in that session.
    pub label: String,
    /// What became of the item there.
    pub outcome: Outcome,
}

/// Where a carried item stands after the latest session it appeared in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Still carried (or undecided): the tension is open.
    Open,
    /// Ended in a later session (adopted, withdrawn, dropped, …).
    Resolved {
        /// How.
        ending: Ending,
        /// In which session.
        session: String,
    },
    /// Let go in a later session.
    LetGo {
        /// In which session.
        session: String,
    },
}

/// One carried-over tension followed across sessions, from the session
/// that first carried it over to the one that settled it (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    /// The label as first carried over.
    pub label: String,
    /// The owner's name.
    pub owner: String,
    /// Every session it appeared in, oldest first; the first carried it over.
    pub appearances: Vec<Appearance>,
    /// Where it stands now.
    pub status: Status,
}

impl Thread {
    /// True while no later session has settled it.
    pub fn is_open(&self) -> bool {
        self.status == Status::Open
    }
}

/// The carried-over threads of one circle (name matched case- and
/// diacritic-insensitively) among the given sessions, in the order they
/// were first carried over. A thread starts when an item is carried over,
/// gathers each later session with an item of the same label and owner,
/// and is settled by an ending other than "unfinished" (or "cut off") or
/// by letting go;
/// the same label carried over again afterwards starts a new thread.
pub fn threads<'a>(sessions: impl IntoIterator<Item = &'a Digest>, circle: &str) -> Vec<Thread> {
    let circle = fold(circle);
    let mut ordered: Vec<&Digest> = sessions
        .into_iter()
        .filter(|d| fold(&d.summary.circle) == circle)
        .collect();
    ordered.sort_by(|a, b| {
        a.summary
            .opened_at
            .cmp(&b.summary.opened_at)
            .then_with(|| a.summary.id.cmp(&b.summary.id))
    });
    let mut threads: Vec<Thread> = Vec::new();
    let mut open: HashMap<(String, String), usize> = HashMap::new();
    for digest in ordered {
        for item in &digest.items {
            let outcome = Outcome::of(item);
            let appearance = Appearance {
                session: digest.summary.id.clone(),
                opened_at: digest.summary.opened_at,
                label: item.label.clone(),
                outcome,
            };
            let item_key = (key(&item.label), key(&item.owner));
            if let Some(&index) = open.get(&item_key) {
                let thread = &mut threads[index];
                thread.appearances.push(appearance);
                thread.status = match outcome {
                    Outcome::LetGo => Status::LetGo {
                        session: digest.summary.id.clone(),
                    },
                    Outcome::Ended(ending) if outcome.settles() => Status::Resolved {
                        ending,
                        session: digest.summary.id.clone(),
                    },
                    _ => Status::Open,
                };
                if outcome.settles() {
                    open.remove(&item_key);
                }
            } else if outcome == Outcome::CarriedOver {
                open.insert(item_key, threads.len());
                threads.push(Thread {
                    label: item.label.clone(),
                    owner: item.owner.clone(),
                    appearances: vec![appearance],
                    status: Status::Open,
                });
            }
        }
    }
    threads
}

impl Catalogue {
    /// The carried-over threads of one circle among the sessions read so
    /// far; see [`threads`].
    pub fn carried(&self, circle: &str) -> Vec<Thread> {
        threads(self.digests(), circle)
    }
}
