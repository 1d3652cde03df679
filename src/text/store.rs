//! Words for the sessions folder: why a file could not be read or written,
//! why an ID names no session, and what to do about it.

use std::path::Path;

use crate::store::{LoadError, LockHolder, ResolveError, SessionStatus, StoreError};

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
    /// "open" / "closed", for session lists.
    fn session_status(&self, status: SessionStatus) -> &'static str;
}
