//! Words for the sessions folder: why a file could not be read or written,
//! why an ID names no session, and what to do about it.

use std::fmt;
use std::path::Path;

use crate::meeting::Lang;
use crate::store::{Abandoned, LoadError, LockHolder, ResolveError, SessionStatus, StoreError};
use crate::text::Words;

/// How a language explains problems with session files. Every message
/// names the file and says what the person can do next.
pub trait StoreWords {
    /// Why a session file could not be loaded.
    fn load_error(&self, error: &LoadError) -> String;
    /// Why a session could not be created, resumed or saved.
    fn store_error(&self, error: &StoreError) -> String;
    /// Why an ID given on the command line names no single session.
    fn resolve_error(&self, error: &ResolveError) -> String;
    /// Told when resuming took over a lock left by a crashed spanning.
    fn recovered_stale_lock(&self, path: &Path, holder: Option<&LockHolder>) -> String;
    /// Asked before `resume` takes over the lock of a spanning that is
    /// gone or lost its terminal; says what taking over does and ends with
    /// the answers, the safe one the default.
    fn take_over_question(&self, path: &Path, holder: &LockHolder, why: Abandoned) -> String;
    /// Whether a typed answer to [`StoreWords::take_over_question`] is yes.
    fn take_over_agreed(&self, answer: &str) -> bool;
    /// Asked when the temporary folder holds a copy of the session at
    /// `session` with `more` entries beyond it (left there when the
    /// sessions folder could not be written); ends with the answers.
    fn temp_copy_question(&self, copy: &Path, session: &Path, more: usize) -> String;
    /// Told when the copy was moved back into the sessions folder.
    fn temp_copy_moved(&self, session: &Path) -> String;
    /// Told when the copy is left where it is.
    fn temp_copy_left(&self, copy: &Path) -> String;
    /// Told when the copy was not moved back: the session file is longer
    /// or different now, and is never overwritten by it.
    fn temp_copy_refused(&self, copy: &Path, session: &Path) -> String;
    /// "open" / "closed", for session lists.
    fn session_status(&self, status: SessionStatus) -> &'static str;
}

impl LoadError {
    /// The message in the given language.
    pub fn message(&self, words: &dyn Words) -> String {
        words.load_error(self)
    }
}

/// In English: for logs and errors passed on with `?`. What a person reads
/// goes through [`LoadError::message`] in their language.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.words()))
    }
}

impl StoreError {
    /// The message in the given language.
    pub fn message(&self, words: &dyn Words) -> String {
        words.store_error(self)
    }
}

/// In English: for logs and errors passed on with `?`. What a person reads
/// goes through [`StoreError::message`] in their language.
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.words()))
    }
}

impl ResolveError {
    /// The message in the given language.
    pub fn message(&self, words: &dyn Words) -> String {
        words.resolve_error(self)
    }
}

/// In English: for logs and errors passed on with `?`. What a person reads
/// goes through [`ResolveError::message`] in their language.
impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En.words()))
    }
}
