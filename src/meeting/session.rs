//! A session: the setup, the ordered log, and the state folded from it.
//! The only way to change a session is `execute`, which validates, appends
//! one event and folds it in, so the log and the state can never disagree.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset};

use super::command::Command;
use super::decide::decide_at;
use super::event::{Event, Recorded};
use super::refusal::Refusal;
use super::setup::{PersonId, Setup};
use super::state::MeetingState;

/// What is wrong with a setup, before any meeting can start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupProblem {
    /// The title is empty.
    NoTitle,
    /// Nobody is taking part.
    NoParticipants,
    /// A participant has no name.
    UnnamedParticipant,
    /// Two participants share a name (case-insensitively).
    DuplicateName(String),
    /// The facilitator is not one of the participants.
    FacilitatorNotParticipant,
    /// The secretary is not one of the participants.
    SecretaryNotParticipant,
    /// A timebox of zero minutes.
    ZeroTimebox,
    /// A tactical meeting with a rule set other than the default: it takes
    /// no decisions, so rules for deciding do not apply to it.
    RulesInTactical,
    /// More participants than spanning supports.
    TooManyParticipants {
        /// The limit.
        limit: usize,
    },
    /// A title, circle, name or role longer than any text may be, so a
    /// paste or a hostile file cannot bloat every screen and listing.
    TextTooLong {
        /// The limit in kilobytes.
        limit_kb: usize,
    },
}

/// What is wrong with a stored log, found while folding it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogProblem {
    /// Sequence numbers must run 1, 2, 3, ... without gaps.
    BadSequence {
        /// The position in the log (from 1).
        position: u64,
        /// The number found there.
        found: u64,
    },
    /// An event is earlier than the one before it.
    TimeGoesBack {
        /// Its sequence number.
        seq: u64,
    },
    /// A retraction names an entry that is not earlier, or is itself a retraction.
    BadRetraction {
        /// The retraction's sequence number.
        seq: u64,
    },
    /// The meeting's opening time is outside the years spanning accepts
    /// ([`super::replay::YEARS`]).
    OpenedOutOfRange,
    /// An entry's time is outside the years spanning accepts.
    TimeOutOfRange {
        /// Its sequence number.
        seq: u64,
    },
    /// The engine refuses the entry in the meeting as it stood: the file
    /// records something that cannot have happened.
    Impossible {
        /// Its sequence number.
        seq: u64,
        /// Why the engine refuses it.
        refusal: Refusal,
    },
    /// The engine accepts the command behind the entry but would record it
    /// differently (another round order, number or person).
    NotAsDecided {
        /// Its sequence number.
        seq: u64,
    },
    /// An entry other than an undo past the most entries a session may
    /// record ([`MAX_EVENTS`]); typing refuses it, so the file was edited.
    TooManyEntries {
        /// Its sequence number.
        seq: u64,
        /// The limit.
        limit: usize,
    },
    /// A text longer than typing accepts ([`MAX_TEXT_BYTES`](super::decide::MAX_TEXT_BYTES)).
    TextTooLong {
        /// The entry's sequence number.
        seq: u64,
        /// The limit in kilobytes.
        limit_kb: usize,
    },
    /// The log is larger than a session may grow ([`MAX_LOG_BYTES`]).
    LogTooLarge {
        /// The first entry past the limit.
        seq: u64,
        /// The limit in megabytes.
        limit_mb: usize,
    },
}

/// A meeting and its complete record.
#[derive(Debug, Clone)]
pub struct Session {
    setup: Setup,
    log: Vec<Recorded>,
    state: MeetingState,
    /// Size of the log as compact JSON, kept up to date so the limit that
    /// keeps every session file loadable is checked without re-serialising.
    /// `None` until the first entry is added to a loaded log: measuring
    /// means serialising every entry again, which was over a third of
    /// `spanning list`, and readers never add entries.
    log_bytes: Option<usize>,
}

/// Most entries a session records (20,000 is a very long day of meetings).
pub const MAX_EVENTS: usize = 50_000;

/// Most bytes the log may take as compact JSON (32 MiB): with the pretty
/// printing of the file this stays well under the 64 MiB the loader
/// accepts, so a session spanning saved can always be opened again.
pub const MAX_LOG_BYTES: usize = 32 * 1024 * 1024;

/// The size one entry adds to the file, as compact JSON.
fn entry_bytes(entry: &Recorded) -> usize {
    super::measure::size(entry).json_bytes
}

/// What a loader knows of the bytes a stored log was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The file's size.
    pub bytes: usize,
    /// At least the longest JSON string in it, as written (escapes
    /// included, so never shorter than the text it stands for); a loader
    /// may give the file's size instead when that is no more than a text
    /// may be, since no string in it can then be longer.
    pub longest_string: usize,
}

/// The entry-count part of [`check_limits`], for logs whose source was
/// too small to break the others.
fn check_counts(log: &[Recorded]) -> Result<(), LogProblem> {
    match log
        .iter()
        .skip(MAX_EVENTS)
        .find(|e| !matches!(e.event, Event::Retracted { .. }))
    {
        Some(entry) => Err(LogProblem::TooManyEntries {
            seq: entry.seq,
            limit: MAX_EVENTS,
        }),
        None => Ok(()),
    }
}

/// Checks a stored log against the limits typing enforces, so no file
/// holds more than spanning would have written: no entry past
/// [`MAX_EVENTS`] but undos (which stay possible at the limit), no text
/// over the text limit, and no entry but an undo past [`MAX_LOG_BYTES`].
/// Returns the log's size as compact JSON.
fn check_limits(log: &[Recorded]) -> Result<usize, LogProblem> {
    let mut total = 0usize;
    for (i, entry) in log.iter().enumerate() {
        let undo = matches!(entry.event, Event::Retracted { .. });
        if i >= MAX_EVENTS && !undo {
            return Err(LogProblem::TooManyEntries {
                seq: entry.seq,
                limit: MAX_EVENTS,
            });
        }
        let size = super::measure::size(entry);
        if size.longest_text > super::decide::MAX_TEXT_BYTES {
            return Err(LogProblem::TextTooLong {
                seq: entry.seq,
                limit_kb: super::decide::MAX_TEXT_BYTES / 1024,
            });
        }
        total = total.saturating_add(size.json_bytes);
        if total > MAX_LOG_BYTES && !undo {
            return Err(LogProblem::LogTooLarge {
                seq: entry.seq,
                limit_mb: MAX_LOG_BYTES / (1024 * 1024),
            });
        }
    }
    Ok(total)
}

impl Session {
    /// Starts a session from a checked setup; the log is empty.
    pub fn open(setup: Setup) -> Result<Self, SetupProblem> {
        check_setup(&setup)?;
        let state = MeetingState::new(&setup);
        Ok(Self {
            setup,
            log: Vec::new(),
            state,
            log_bytes: Some(0),
        })
    }

    /// Rebuilds a session from a stored setup and log, checking the log's
    /// shape (sequence, time order, retractions, times a clock can give) and
    /// then replaying every entry through the engine, so a file that says
    /// something the engine never decides is refused with the first such
    /// entry named.
    pub fn from_log(setup: Setup, log: Vec<Recorded>) -> Result<Self, SessionLoadProblem> {
        Self::build(setup, log, true)
    }

    fn build(
        setup: Setup,
        mut log: Vec<Recorded>,
        measure: bool,
    ) -> Result<Self, SessionLoadProblem> {
        check_setup(&setup).map_err(SessionLoadProblem::Setup)?;
        if !super::replay::supported_time(setup.opened_at) {
            return Err(SessionLoadProblem::Log(LogProblem::OpenedOutOfRange));
        }
        // Before anything is folded: an over-long log is refused without
        // building a state from it.
        if log.len() > 2 * MAX_EVENTS {
            return Err(SessionLoadProblem::Log(LogProblem::TooManyEntries {
                seq: log.len() as u64,
                limit: MAX_EVENTS,
            }));
        }
        let log_bytes = if measure {
            Some(check_limits(&log).map_err(SessionLoadProblem::Log)?)
        } else {
            check_counts(&log).map_err(SessionLoadProblem::Log)?;
            None
        };
        let mut retracted = HashSet::new();
        let mut previous: Option<DateTime<FixedOffset>> = None;
        for (i, entry) in log.iter().enumerate() {
            let position = i as u64 + 1;
            if entry.seq != position {
                return Err(SessionLoadProblem::Log(LogProblem::BadSequence {
                    position,
                    found: entry.seq,
                }));
            }
            if previous.is_some_and(|p| entry.at < p) {
                return Err(SessionLoadProblem::Log(LogProblem::TimeGoesBack {
                    seq: entry.seq,
                }));
            }
            if !super::replay::supported_time(entry.at) {
                return Err(SessionLoadProblem::Log(LogProblem::TimeOutOfRange {
                    seq: entry.seq,
                }));
            }
            previous = Some(entry.at);
            if let Event::Retracted { retracts: seq } = entry.event {
                let target = seq
                    .checked_sub(1)
                    .and_then(|i| log.get(i as usize))
                    .filter(|t| t.seq < entry.seq && !matches!(t.event, Event::Retracted { .. }));
                if target.is_none() || !retracted.insert(seq) {
                    return Err(SessionLoadProblem::Log(LogProblem::BadRetraction {
                        seq: entry.seq,
                    }));
                }
            }
        }
        super::replay::check_undo_order(&log).map_err(SessionLoadProblem::Log)?;
        let state = match super::replay::replay_as_recorded(&setup, &mut log) {
            Some(checked) => checked.map_err(SessionLoadProblem::Log)?,
            None => {
                let retracted = retracted_set(&log, log.len());
                super::replay::replay(&setup, &mut log, &retracted)
                    .map_err(SessionLoadProblem::Log)?
            }
        };
        Ok(Self {
            setup,
            log,
            state,
            log_bytes,
        })
    }

    /// Like [`Session::from_log`] for a log read from `source`: when the
    /// source was too small to break a size limit and had no string longer
    /// than a text may be, the entries are not measured one by one (that
    /// doubled the cost of listing a folder).
    pub fn from_stored(
        setup: Setup,
        log: Vec<Recorded>,
        source: Source,
    ) -> Result<Self, SessionLoadProblem> {
        if source.bytes > MAX_LOG_BYTES || source.longest_string > super::decide::MAX_TEXT_BYTES {
            return Self::from_log(setup, log);
        }
        Self::build(setup, log, false)
    }

    /// Appends entries stored after the log (a follower reading a growing
    /// journal), each checked exactly as loading checks it: its sequence
    /// number and time, the limits typing enforces, an undo retracting the
    /// latest entry still in effect, and any other entry being what the
    /// engine decides in the meeting as it stood. `source` is what the
    /// whole log, these entries included, was read from: as at loading, a
    /// source too small to break a size limit spares measuring each entry.
    /// Costs the new entries, not the whole log. On a problem the entries
    /// before it stay appended (each was checked) and the rest are not.
    pub fn extend_stored(
        &mut self,
        entries: &[Recorded],
        source: Source,
    ) -> Result<(), SessionLoadProblem> {
        let problem = |p| Err(SessionLoadProblem::Log(p));
        let measure =
            source.bytes > MAX_LOG_BYTES || source.longest_string > super::decide::MAX_TEXT_BYTES;
        for entry in entries {
            let position = self.log.len() as u64 + 1;
            if entry.seq != position {
                return problem(LogProblem::BadSequence {
                    position,
                    found: entry.seq,
                });
            }
            if self.log.last().is_some_and(|last| entry.at < last.at) {
                return problem(LogProblem::TimeGoesBack { seq: entry.seq });
            }
            if !super::replay::supported_time(entry.at) {
                return problem(LogProblem::TimeOutOfRange { seq: entry.seq });
            }
            let undo = matches!(entry.event, Event::Retracted { .. });
            if self.log.len() >= MAX_EVENTS && !undo {
                return problem(LogProblem::TooManyEntries {
                    seq: entry.seq,
                    limit: MAX_EVENTS,
                });
            }
            // `None` while the log's size is known to be within the limit
            // without measuring (it is measured when next typed at).
            let mut total = None;
            if measure {
                let size = super::measure::size(entry);
                if size.longest_text > super::decide::MAX_TEXT_BYTES {
                    return problem(LogProblem::TextTooLong {
                        seq: entry.seq,
                        limit_kb: super::decide::MAX_TEXT_BYTES / 1024,
                    });
                }
                let log_bytes = *self
                    .log_bytes
                    .get_or_insert_with(|| self.log.iter().map(entry_bytes).sum());
                let grown = log_bytes.saturating_add(size.json_bytes);
                if grown > MAX_LOG_BYTES && !undo {
                    return problem(LogProblem::LogTooLarge {
                        seq: entry.seq,
                        limit_mb: MAX_LOG_BYTES / (1024 * 1024),
                    });
                }
                total = Some(grown);
            }
            let mut entry = entry.clone();
            let checked = match entry.event {
                Event::Retracted { retracts } => {
                    if self.undo_target() != Some(retracts) {
                        return problem(LogProblem::BadRetraction { seq: entry.seq });
                    }
                    super::replay::Checked::default()
                }
                _ => super::replay::check_entry(&self.state, &mut entry)
                    .map_err(SessionLoadProblem::Log)?,
            };
            self.log_bytes = total;
            self.log.push(entry);
            if undo {
                self.state = fold(&self.setup, &self.log, self.log.len());
            } else if let Some(entry) = self.log.last() {
                super::replay::fold_checked(&mut self.state, entry, checked);
            }
        }
        Ok(())
    }

    /// The setup the meeting opened with.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// The full log, retractions included.
    pub fn log(&self) -> &[Recorded] {
        &self.log
    }

    /// The meeting as it stands now.
    pub fn state(&self) -> &MeetingState {
        &self.state
    }

    /// The meeting as it stood after the first `entries` log entries; what
    /// replay shows at that position.
    pub fn state_after(&self, entries: usize) -> MeetingState {
        fold(&self.setup, &self.log, entries.min(self.log.len()))
    }

    /// What `command` would record at time `at`, without recording it: the
    /// one question every screen asks before opening a dialog or a
    /// confirmation, so a screen and the session always give the same
    /// answer (clock rules and undo included).
    pub fn probe(&self, command: &Command, at: DateTime<FixedOffset>) -> Result<Event, Refusal> {
        if *command == Command::Undo {
            let target = self.undo_target().ok_or(Refusal::NothingToUndo)?;
            return Ok(Event::Retracted { retracts: target });
        }
        decide_at(&self.state, command, at)
    }

    /// Validates a command at time `at` and, if accepted, appends its event.
    /// Time never runs backwards in the log: an earlier `at` (a clock jump)
    /// is recorded as the previous entry's time.
    pub fn execute(
        &mut self,
        command: &Command,
        at: DateTime<FixedOffset>,
    ) -> Result<&Recorded, Refusal> {
        let at = match self.log.last() {
            Some(last) if at < last.at => last.at,
            _ => at,
        };
        let event = self.probe(command, at)?;
        let seq = self.log.len() as u64 + 1;
        let entry = Recorded { seq, at, event };
        let bytes = entry_bytes(&entry);
        let log_bytes = *self
            .log_bytes
            .get_or_insert_with(|| self.log.iter().map(entry_bytes).sum());
        // Undo stays possible at the limit, so a mistake can still be taken back.
        let full = self.log.len() >= MAX_EVENTS || log_bytes + bytes > MAX_LOG_BYTES;
        if full && *command != Command::Undo {
            return Err(Refusal::SessionFull { limit: MAX_EVENTS });
        }
        self.log_bytes = Some(log_bytes + bytes);
        self.log.push(entry);
        if matches!(self.log[self.log.len() - 1].event, Event::Retracted { .. }) {
            self.state = fold(&self.setup, &self.log, self.log.len());
        } else {
            let entry = &self.log[self.log.len() - 1];
            self.state.apply(&entry.event, entry.at);
        }
        Ok(&self.log[self.log.len() - 1])
    }

    /// The entry an undo would retract: the latest one still in effect.
    pub fn undo_target(&self) -> Option<u64> {
        let retracted = retracted_set(&self.log, self.log.len());
        self.log
            .iter()
            .rev()
            .find(|e| !matches!(e.event, Event::Retracted { .. }) && !retracted.contains(&e.seq))
            .map(|e| e.seq)
    }

    /// The entry an undo would retract, for "undo what?" confirmations.
    pub fn undo_preview(&self) -> Option<&Recorded> {
        let seq = self.undo_target()?;
        self.log.get(seq as usize - 1)
    }

    /// Whose handle belongs to this name, ignoring case and diacritics
    /// (`eva` is Ëva), or the only name starting with it; for shells that
    /// take names from people.
    pub fn person_named(&self, name: &str) -> Option<PersonId> {
        let people = &self.state.people;
        super::fold::name_or_prefix_index(people.iter().map(|p| p.who.name.as_str()), name)
            .map(|i| people[i].id)
    }
}

/// Why a stored session could not be rebuilt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionLoadProblem {
    /// The setup itself is invalid.
    Setup(SetupProblem),
    /// The log is malformed.
    Log(LogProblem),
}

fn retracted_set(log: &[Recorded], entries: usize) -> HashSet<u64> {
    log[..entries]
        .iter()
        .filter_map(|e| match e.event {
            Event::Retracted { retracts: seq } => Some(seq),
            _ => None,
        })
        .collect()
}

/// State after the first `entries` entries: retractions within that prefix
/// remove their targets, then the rest is folded in order.
pub(super) fn fold(setup: &Setup, log: &[Recorded], entries: usize) -> MeetingState {
    let retracted = retracted_set(log, entries);
    let mut state = MeetingState::new(setup);
    for entry in &log[..entries] {
        if matches!(entry.event, Event::Retracted { .. }) {
            state.last_at = entry.at;
            continue;
        }
        if !retracted.contains(&entry.seq) {
            state.apply(&entry.event, entry.at);
        }
    }
    state
}

fn check_setup(setup: &Setup) -> Result<(), SetupProblem> {
    if setup.title.trim().is_empty() {
        return Err(SetupProblem::NoTitle);
    }
    if setup.participants.is_empty() {
        return Err(SetupProblem::NoParticipants);
    }
    if setup.participants.len() > super::decide::MAX_PARTICIPANTS {
        return Err(SetupProblem::TooManyParticipants {
            limit: super::decide::MAX_PARTICIPANTS,
        });
    }
    let texts = [&setup.title, &setup.circle]
        .into_iter()
        .chain(setup.participants.iter().map(|p| &p.name))
        .chain(setup.participants.iter().flat_map(|p| p.roles.iter()));
    for text in texts {
        if text.len() > super::decide::MAX_TEXT_BYTES {
            return Err(SetupProblem::TextTooLong {
                limit_kb: super::decide::MAX_TEXT_BYTES / 1024,
            });
        }
    }
    // Names in ASCII (nearly all) are compared without making a lowercase
    // copy of each: for them that is the same as comparing lowercase.
    let ascii = setup.participants.iter().all(|p| p.name.is_ascii());
    let mut seen = HashSet::new();
    for (i, p) in setup.participants.iter().enumerate() {
        let name = p.name.trim();
        if name.is_empty() {
            return Err(SetupProblem::UnnamedParticipant);
        }
        let duplicate = if ascii {
            setup.participants[..i]
                .iter()
                .any(|q| q.name.trim().eq_ignore_ascii_case(name))
        } else {
            !seen.insert(name.to_lowercase())
        };
        if duplicate {
            return Err(SetupProblem::DuplicateName(name.to_owned()));
        }
    }
    let count = setup.participants.len() as u32;
    if setup.facilitator.0 >= count {
        return Err(SetupProblem::FacilitatorNotParticipant);
    }
    if setup.secretary.is_some_and(|s| s.0 >= count) {
        return Err(SetupProblem::SecretaryNotParticipant);
    }
    if setup.timebox_minutes == Some(0) {
        return Err(SetupProblem::ZeroTimebox);
    }
    if setup.format == super::MeetingFormat::Tactical && setup.rules != super::RuleSet::Integrative
    {
        return Err(SetupProblem::RulesInTactical);
    }
    Ok(())
}
