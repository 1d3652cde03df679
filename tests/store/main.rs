//! The store tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod example_consent_session;
mod example_governance;
mod example_session;
mod example_session_election;
mod example_tactical_session;
mod forged;
mod git_sync;
mod hostile_text;
mod import_json;
mod journal;
mod load_fuzz;
mod load_limits;
mod newest_open;
mod no_offset;
mod quick_read;
mod record_v4;
mod record_v6;
mod record_v7;
mod store;
mod tactical_load;
mod tail;
mod temp_copy;
mod upgrades;
mod write_failures;
