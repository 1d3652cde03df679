//! Words for the sessions folder: why a file could not be read or written,
//! why an ID names no session, and what to do about it.

use std::path::Path;

use crate::store::{Abandoned, LoadError, LockHolder, ResolveError, SessionStatus, StoreError};

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
    /// "open" / "closed", for session lists.
    fn session_status(&self, status: SessionStatus) -> &'static str;
}
